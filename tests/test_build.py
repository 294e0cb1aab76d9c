"""`thidua build`: byte-stable output in every format, one node per fact, the committed graph."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from click.testing import CliRunner

from thidua.build import BuildReport, build, load_documents, render
from thidua.cli import cli

FACTS = Path("data/facts")

TWO_SOURCES = """\
source: {{id: {sid}, title: {title}, published: 2024-01-10}}
facts:
  - kind: role
    cluster: {{authority: Bộ Công an, bloc: Công an tỉnh, number: 4}}
    year: 2024
    role: head
    member: {{org: Công an, province: {head}}}
    evidence: {{text: "{head} làm Cụm trưởng", start: 0, end: 30}}
"""


@pytest.fixture(autouse=True)
def _in_root(root: Path) -> None:
    os.chdir(root)


def _build_subprocess(out: Path, seed: str, *paths: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    subprocess.run([sys.executable, "-m", "thidua", "build", *paths, "-o", str(out), "-q"], check=True, env=env)
    return out.read_bytes()


def test_turtle_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    a = _build_subprocess(tmp_path / "a.ttl", "1", str(FACTS))
    b = _build_subprocess(tmp_path / "b.ttl", "4242", str(FACTS))
    assert a == b


def test_turtle_is_identical_whatever_the_input_order(tmp_path: Path) -> None:
    files = sorted(str(p) for p in FACTS.glob("*.yaml"))
    a, _ = build(files, None)
    b, _ = build(list(reversed(files)), None)
    report = BuildReport()
    docs = load_documents(files, report)
    for d in docs:
        d.facts.reverse()
    c = render(list(reversed(docs)), ox.RdfFormat.TURTLE)
    assert a == b == c


def test_output_parses_in_rdflib_and_pyoxigraph_and_checks(tmp_path: Path) -> None:
    out = tmp_path / "x.ttl"
    result = CliRunner().invoke(cli, ["build", str(FACTS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    g = rdflib.Graph().parse(out)
    assert len(g) == len(list(ox.parse(path=str(out))))
    check = CliRunner().invoke(cli, ["check", str(out)])
    assert check.exit_code == 0, check.output
    assert "conforms" in check.stderr


def test_committed_graph_is_up_to_date() -> None:
    data, _ = build([FACTS], None)
    assert Path("data/kg.ttl").read_bytes() == data, "data/kg.ttl is stale: run `make kg`"


@pytest.mark.parametrize("ext", [".nt", ".trig", ".jsonld", ".ttl"])
def test_every_format_is_stable_and_parses(ext: str, tmp_path: Path) -> None:
    a = _build_subprocess(tmp_path / f"a{ext}", "3", str(FACTS))
    b = _build_subprocess(tmp_path / f"b{ext}", "9", str(FACTS))
    assert a == b
    fmt = {".nt": "nt", ".trig": "trig", ".jsonld": "json-ld", ".ttl": "turtle"}[ext]
    if fmt == "trig":
        ds = rdflib.Dataset().parse(data=a.decode(), format="trig")
        names = {str(c.identifier) for c in ds.contexts()}
        assert any(n.endswith("/source/000_04449a6f02635736") for n in names)
        assert any(n.endswith("/source/003_afaf06af57fe05b8") for n in names)
    else:
        g = rdflib.Graph().parse(data=a.decode(), format=fmt)
        assert len(g) > 2000
    if ext == ".jsonld":
        doc = json.loads(a)
        assert "@context" in doc and doc["@context"]["td"].endswith("ontology#")


def test_same_fact_from_two_sources_is_one_node_with_two_sources(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(TWO_SOURCES.format(sid="a", title="Bài A", head="Bình Phước"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(TWO_SOURCES.format(sid="b", title="Bài B", head="Bình Phước"), encoding="utf-8")
    data, report = build([tmp_path], None)
    g = rdflib.Graph().parse(data=data.decode(), format="turtle")
    q = """PREFIX td: <https://w3id.org/thidua/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
           SELECT ?f (COUNT(DISTINCT ?s) AS ?n) (COUNT(DISTINCT ?e) AS ?ev)
           WHERE { ?f a td:RoleAssignment ; prov:wasDerivedFrom ?s ; td:evidence ?e } GROUP BY ?f"""
    rows = list(g.query(q))
    assert len(rows) == 1 and int(rows[0][1]) == 2 and int(rows[0][2]) == 2
    assert report.conflicts == 0


def test_contradicting_sources_give_two_nodes_and_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(TWO_SOURCES.format(sid="a", title="Bài A", head="Bình Phước"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(TWO_SOURCES.format(sid="b", title="Bài B", head="Tây Ninh"), encoding="utf-8")
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0
    assert "1 contradicting slots" in result.stderr
    g = rdflib.Graph().parse(out)
    facts = set(g.subjects(rdflib.RDF.type, rdflib.URIRef("https://w3id.org/thidua/ontology#RoleAssignment")))
    assert len(facts) == 2


def test_base_iri_is_configurable_and_validated(tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    ok = CliRunner().invoke(cli, ["build", str(FACTS), "-o", str(out), "--base", "https://example.org/kg/"])
    assert ok.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "https://example.org/kg/fact/role/" in text and "w3id.org/thidua/id/" not in text
    bad = CliRunner().invoke(cli, ["build", str(FACTS), "-o", str(out), "--base", "not an iri"])
    assert bad.exit_code == 1 and "base IRI" in bad.stderr


def test_no_blank_nodes(tmp_path: Path) -> None:
    data, _ = build([FACTS], None)
    assert not any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)
                   for t in ox.parse(data, format=ox.RdfFormat.TURTLE))


def test_unknown_output_extension_is_a_clear_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(FACTS), "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code == 1
    assert "unknown RDF format '.xlsx'" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


def test_stdout_output(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["build", str(FACTS), "-o", "-", "-q"])
    assert result.exit_code == 0
    assert result.stdout.startswith("@prefix dcterms:")
