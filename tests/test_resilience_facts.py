# ruff: noqa: E501  (the table of bad inputs reads best one case per line)
"""Resilience: bad facts files given to `thidua build`.

Every case is one kind of bad input placed in a batch beside a good facts file. The contract
(issues 2 and 6): one clear one-line error naming the bad file, no traceback, exit status 1,
the good file still built into the output, and no temporary or half-written file left behind.
A few inputs are odd but valid (a UTF-8 BOM, YAML anchors): they must load without an error.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from thidua.cli import cli

GOOD_ID = "good-source-1"
GOOD = f"""\
source: {{id: {GOOD_ID}, title: Hội nghị Cụm 3, published: 2023-12-08}}
facts:
  - kind: role
    cluster: {{authority: Bộ Thông tin và Truyền thông, bloc: Sở Thông tin và Truyền thông, number: 3}}
    year: 2024
    role: head
    member: {{org: Sở Thông tin và Truyền thông, province: Nam Định}}
"""

CLUSTER = "{authority: Bộ Thông tin và Truyền thông, bloc: Sở Thông tin và Truyền thông, number: 3}"


def role_doc(sid: str = "bad-1", *, year: str = "2024", province: str = "Bắc Ninh", extra: str = "", **src: str) -> str:
    source = ", ".join([f"id: {sid}", "published: 2023-12-08", *(f"{k}: {v}" for k, v in src.items())])
    return (
        f"source: {{{source}}}\nfacts:\n  - kind: role\n    cluster: {CLUSTER}\n    year: {year}\n"
        f"    role: head\n    member: {{org: Sở TTTT, province: {province}}}\n{extra}"
    )


def jsonl_doc(sid: str, **fact: object) -> str:
    f = {
        "kind": "membership",
        "cluster": {"authority": "Bộ TTTT", "bloc": "Sở TTTT", "number": 3},
        "year": 2023,
        "member": {"org": "Sở TTTT", "province": "Hải Dương"},
        **fact,
    }
    return json.dumps({"source": {"id": sid}, "facts": [f]}, ensure_ascii=False)


def _bomb(levels: int = 10, width: int = 10) -> str:
    lines = ['a0: &a0 ["lol"]']
    for i in range(1, levels):
        refs = ", ".join([f"*a{i - 1}"] * width)
        lines.append(f"a{i}: &a{i} [{refs}]")
    return "\n".join(lines) + "\n"


def _nested_yaml(depth: int) -> str:
    return "source: {id: deep}\nfacts: " + "[" * depth + "]" * depth + "\n"


TWENTY_ONE_MB = 21 * 1024 * 1024

#: name -> (file name, content, regex the one error line must match). Content may be bytes.
BAD: dict[str, tuple[str, bytes | str, str]] = {
    "truncated_yaml": ("t.yaml", GOOD[: GOOD.index("role: head") + 7].replace(GOOD_ID, "t-1") + "{org: [", r"invalid YAML"),
    "truncated_jsonl": ("t.jsonl", jsonl_doc("t-2")[:-25], r"t\.jsonl:1: invalid JSON"),
    "binary_png": ("b.yaml", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, r"not UTF-8|NUL"),
    "random_bytes_jsonl": ("r.jsonl", bytes((i * 73 + 11) % 256 for i in range(4096)), r"not UTF-8|NUL|invalid JSON"),
    "utf16_with_bom": ("u16.yaml", role_doc("u16").encode("utf-16"), r"not UTF-8|NUL"),
    "utf16le_no_bom": ("u16le.yaml", role_doc("u16le").encode("utf-16-le"), r"not UTF-8|NUL"),
    "windows_1258": ("cp.yaml", role_doc("cp1258", title="Hội nghị").encode("cp1258", errors="replace"), r"not UTF-8"),
    "latin1": ("l1.yaml", "source: {id: l1, title: 'Hà Nội café'}\nfacts: []\n".encode("latin-1", "replace"), r"not UTF-8"),
    "nul_bytes": ("nul.yaml", role_doc("nul").replace("Bắc Ninh", "Bắc\x00Ninh").encode(), r"NUL"),
    "empty_file": ("empty.yaml", b"", r"empty"),
    "only_comments": ("comments.yaml", "# nothing here\n", r"empty"),
    "yaml_bomb": ("bomb.yaml", _bomb(), r"YAML bomb|expands"),
    "yaml_recursive_anchor": ("rec.yaml", "source: &s {id: rec, self: *s}\nfacts: []\n", r"invalid YAML|recurs|unknown field|found undefined alias"),
    "yaml_python_tag": ("tag.yaml", "source: !!python/object/apply:os.system ['echo pwned']\nfacts: []\n", r"invalid YAML"),
    "yaml_deep_nesting": ("deep.yaml", _nested_yaml(20_000), r"invalid YAML|nesting|fact"),
    "json_deep_nesting": ("deep.jsonl", '{"source": {"id": "d"}, "facts": ' + "[" * 100_000 + "]" * 100_000 + "}\n", r"invalid JSON|nesting|fact"),
    "top_level_list": ("list.yaml", "- a\n- b\n", r"must be a mapping"),
    "facts_not_a_list": ("fnl.yaml", "source: {id: fnl}\nfacts: {kind: role}\n", r"'facts' must be a list"),
    "year_as_words": ("yw.yaml", role_doc("yw", year="hai nghìn"), r"year must be a year"),
    "year_as_float": ("yf.yaml", role_doc("yf", year="2023.5"), r"year must be a year"),
    "year_as_bool": ("yb.yaml", role_doc("yb", year="true"), r"year must be a year"),
    "year_out_of_range_low": ("y1.yaml", role_doc("y1", year="1800"), r"out of range"),
    "year_out_of_range_high": ("y2.yaml", role_doc("y2", year="2200"), r"out of range"),
    "impossible_date": ("d1.yaml", "source: {id: d1, published: '2023-02-30'}\nfacts: []\n", r"not a valid date|invalid YAML value"),
    "unquoted_impossible_date": ("d2.yaml", "source: {id: d2, published: 2023-02-30}\nfacts: []\n", r"not a valid date|invalid YAML value|day is out of range"),
    "month_13": ("d3.yaml", "source: {id: d3, published: '2023-13-01'}\nfacts: []\n", r"not a valid date"),
    "date_out_of_range": ("d4.yaml", "source: {id: d4, published: '0999-01-01'}\nfacts: []\n", r"out of range"),
    "cluster_number_negative": ("cn.yaml", role_doc("cn").replace("number: 3", "number: -3"), r"cluster number|out of range"),
    "cluster_number_list": ("cl.yaml", role_doc("cl").replace("number: 3", "number: [3]"), r"cluster number"),
    "evidence_offset_string": ("ev.jsonl", jsonl_doc("ev", evidence={"text": "x", "start": "12", "end": 20}), r"evidence start"),
    "evidence_end_before_start": ("ev2.jsonl", jsonl_doc("ev2", evidence={"start": 30, "end": 20}), r"before start"),
    "unknown_province": ("up.yaml", role_doc("up", province="Atlantis"), r"unknown province 'Atlantis'"),
    "ambiguous_province_prefix": ("ap.yaml", role_doc("ap", province="Quảng"), r"unknown province 'Quảng' \(closest: .*Quảng"),
    "province_as_number": ("pn.yaml", role_doc("pn", province="27"), r"province"),
    "province_as_list": ("pl.yaml", role_doc("pl", province="[Bắc Ninh, Hà Nam]"), r"province must be a province name"),
    "unknown_kind": ("uk.jsonl", jsonl_doc("uk", kind="rumour"), r"unknown kind 'rumour'"),
    "misspelt_field": ("mf.jsonl", jsonl_doc("mf", yaer=2023), r"unknown field\(s\) 'yaer'.*did you mean 'year'"),
    "missing_year": ("my.yaml", role_doc("my").replace("    year: 2024\n", ""), r"year"),
    "bad_source_id": ("sid.yaml", role_doc("'../../etc/passwd'"), r"id .* must be a slug"),
    "source_id_with_iri_breakers": ("sid2.jsonl", jsonl_doc("x> <y\" ."), r"must be a slug"),
    "javascript_url": ("url.yaml", role_doc("url", url="'javascript:alert(1)'"), r"not an http\(s\) URL"),
    "duplicate_fact": ("dup.yaml", role_doc("dup", extra="  - kind: role\n    cluster: " + CLUSTER + "\n    year: 2024\n    role: head\n    member: {org: Sở TTTT, province: Bắc Ninh}\n"), r"duplicate of fact 1"),
    "contradicting_facts": ("con.yaml", role_doc("con", extra="  - kind: role\n    cluster: " + CLUSTER + "\n    year: 2024\n    role: head\n    member: {org: Sở TTTT, province: Hà Nam}\n"), r"contradicts fact 1"),
    "lone_surrogate_json": ("sur.jsonl", '{"source": {"id": "sur", "title": "A\\ud800B"}, "facts": []}\n', r"surrogate|not valid text|invalid"),
    "wrong_type_member": ("wm.jsonl", jsonl_doc("wm", member="Sở TTTT Hải Dương"), r"member must be a mapping"),
    "over_size_limit": ("big.yaml", b"", r"over the 20 MB limit"),  # content written separately (sparse)
}  # fmt: skip

#: Valid but unusual inputs: they must load, no error.
ODD_BUT_VALID: dict[str, tuple[str, bytes | str]] = {
    "utf8_bom_yaml": ("bom.yaml", b"\xef\xbb\xbf" + role_doc("bom").encode()),
    "utf8_bom_jsonl": ("bom.jsonl", b"\xef\xbb\xbf" + jsonl_doc("bomj").encode() + b"\n"),
    "yaml_anchors": (
        "anchors.yaml",
        "source: {id: anchors, published: 2023-12-08}\nfacts:\n"
        f"  - kind: membership\n    cluster: &c3 {CLUSTER}\n    year: 2023\n    member: {{org: Sở TTTT, province: Hà Nam}}\n"
        "  - kind: membership\n    cluster: *c3\n    year: 2023\n    member: {org: Sở TTTT, province: Thái Bình}\n",
    ),
    "nfd_and_nbsp": ("nfd.yaml", role_doc("nfd", province="Ba\u0306\u0301c\u00a0Ninh")),
    "crlf_line_ends": ("crlf.yaml", role_doc("crlf").replace("\n", "\r\n")),
    "turtle_breakers_in_title": ("tb.yaml", role_doc("tb", title="'a \"\"\" b \\\\ c > <x> . @prefix'")),
}


def _write(path: Path, content: bytes | str) -> None:
    if path.name == "big.yaml":
        with path.open("wb") as fh:  # 21 MB without holding it in memory
            fh.write(b"# padding\n" * (TWENTY_ONE_MB // 10))
        return
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def _sources_in(ttl: Path) -> set[str]:
    q = "SELECT ?id WHERE { ?s <https://w3id.org/thidua/ontology#sourceId> ?id }"
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    return {row["id"].value for row in store.query(q)}


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


@pytest.fixture(autouse=True)
def _in_root(root: Path) -> None:
    os.chdir(root)


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_facts_file_is_one_line_and_the_batch_goes_on(case: str, tmp_path: Path) -> None:
    name, content, pattern = BAD[case]
    good, bad = tmp_path / "good.yaml", tmp_path / name
    good.write_text(GOOD, encoding="utf-8")
    _write(bad, content)
    out = tmp_path / "out" / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(good), str(bad), "-o", str(out)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 1, result.output
    errors = _error_lines(result.stderr)
    assert len(errors) == 1, result.stderr
    assert name in errors[0] and re.search(pattern, errors[0]), errors[0]
    assert "Traceback" not in result.output
    assert GOOD_ID in _sources_in(out)
    assert _leftovers(out.parent) == []


@pytest.mark.parametrize("case", sorted(ODD_BUT_VALID))
def test_odd_but_valid_facts_load(case: str, tmp_path: Path) -> None:
    name, content = ODD_BUT_VALID[case]
    path = tmp_path / name
    _write(path, content)
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert _error_lines(result.stderr) == []
    assert len(_sources_in(out)) == 1
    # The Turtle parses in rdflib too (quotes, backslashes and '>' in text are escaped).
    import rdflib

    assert len(rdflib.Graph().parse(out, format="turtle")) > 0


def test_nfd_province_resolves_like_nfc(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.yaml").write_text(role_doc("same", province="Ba\u0306\u0301c\u00a0Ninh"), encoding="utf-8")
    (tmp_path / "b" / "x.yaml").write_text(role_doc("same", province="Bắc Ninh"), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(tmp_path / "a"), "-o", str(tmp_path / "a.ttl")]).exit_code == 0
    assert runner.invoke(cli, ["build", str(tmp_path / "b"), "-o", str(tmp_path / "b.ttl")]).exit_code == 0
    assert (tmp_path / "a.ttl").read_bytes() == (tmp_path / "b.ttl").read_bytes()


def test_one_bad_line_in_jsonl_keeps_the_other_lines(tmp_path: Path) -> None:
    lines = [jsonl_doc("line-1"), '{"source": {"id": "line-2"}, "facts": [', jsonl_doc("line-3", year=1700), jsonl_doc("line-4")]
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(path), "-o", str(out)])
    assert result.exit_code == 1
    errors = _error_lines(result.stderr)
    assert len(errors) == 2, result.stderr
    assert "mixed.jsonl:2" in errors[0] and "mixed.jsonl:3" in errors[1]
    assert _sources_in(out) == {"line-1", "line-4"}


def test_contradicting_sources_are_both_kept_and_counted(tmp_path: Path) -> None:
    """Two documents that disagree are not an error: both facts are kept for `conflicts`."""
    (tmp_path / "a.yaml").write_text(role_doc("src-a", province="Bắc Ninh"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(role_doc("src-b", province="Hà Nam"), encoding="utf-8")
    (tmp_path / "c.yaml").write_text(role_doc("src-c", province="Bắc Ninh"), encoding="utf-8")
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "1 contradicting slot" in result.stderr
    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.TURTLE)
    q = """SELECT ?f (COUNT(?src) AS ?n) WHERE {
      ?f a <https://w3id.org/thidua/ontology#RoleAssignment> ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?src }
      GROUP BY ?f ORDER BY ?n"""
    counts = [int(row["n"].value) for row in store.query(q)]
    assert counts == [1, 2]  # Hà Nam from one source; Bắc Ninh one node with two sources


def test_same_source_id_in_two_files_is_reported_or_merged_not_crashed(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(role_doc("same-id", province="Bắc Ninh"), encoding="utf-8")
    (tmp_path / "b.yaml").write_text(role_doc("same-id", province="Hà Nam", title="Khác"), encoding="utf-8")
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(tmp_path), "-o", str(out)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    assert result.exit_code in (0, 1)
    assert all("\n" not in e for e in _error_lines(result.stderr))


def test_all_inputs_bad_keeps_the_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "kg.ttl"
    out.write_bytes(b"# the previous graph\n")
    bad = tmp_path / "bad.yaml"
    bad.write_text(role_doc("allbad", province="Atlantis"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_bytes() == b"# the previous graph\n"
    assert _leftovers(tmp_path) == []


def test_missing_input_path_is_one_line(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(good), str(tmp_path / "nope.yaml"), "-o", str(out)])
    assert result.exit_code == 1
    errors = _error_lines(result.stderr)
    assert len(errors) == 1 and "nope.yaml" in errors[0]
    assert GOOD_ID in _sources_in(out)


def test_unwritable_output_is_one_line(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = subprocess.run(
        [sys.executable, "-m", "thidua", "build", str(good), "-o", str(blocker / "kg.ttl")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) >= 1
    assert all(line.startswith(("error:", "1 documents")) for line in proc.stderr.strip().splitlines()), proc.stderr


@pytest.mark.slow
def test_whole_bad_batch_in_one_process(tmp_path: Path) -> None:
    """Every bad file at once, through `python -m thidua` in a real process: one line each."""
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.yaml").write_text(GOOD, encoding="utf-8")
    expected_bad = set()
    for case, (name, content, _pattern) in BAD.items():
        if case in ("over_size_limit", "yaml_deep_nesting", "json_deep_nesting"):
            continue  # each has its own test; keep this one quick
        target = folder / name
        _write(target, content)
        expected_bad.add(name)
    for name, content in ODD_BUT_VALID.values():
        _write(folder / name, content)
    out = tmp_path / "kg.ttl"
    proc = subprocess.run(
        [sys.executable, "-m", "thidua", "build", str(folder), "-o", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = _error_lines(proc.stderr)
    named = {Path(e.split(":")[1].strip()).name for e in errors}
    assert named == expected_bad, (named ^ expected_bad, proc.stderr)
    assert len(errors) == len(expected_bad), proc.stderr
    sources = _sources_in(out)
    assert GOOD_ID in sources
    assert {"bom", "bomj", "anchors", "nfd", "crlf", "tb"} <= sources
