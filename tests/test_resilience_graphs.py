# ruff: noqa: E501  (the table of bad inputs reads best one case per line)
"""Resilience: malformed graph files given to every command that reads one.

`check`, `export`, `query run --data`, `graph --data` and `push` (which parses locally before
sending anything) each get every kind of broken graph file: one clear line naming the file,
exit 1, no traceback, nothing written. Parser bombs (deep nesting, XML entity expansion) run in
a real process with a time limit, so a crash or a hang is caught as one.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.cli import cli

GOOD_TTL = Path("data/kg.ttl")
PREFIXES = "@prefix td: <https://w3id.org/thidua/ontology#> .\n@prefix tdv: <https://w3id.org/thidua/vocab/> .\n"


def _good() -> bytes:
    return GOOD_TTL.read_bytes()


BAD: dict[str, tuple[str, object]] = {
    "truncated_turtle": ("t.ttl", lambda: _good()[: len(_good()) // 2]),
    "binary": ("b.ttl", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 16),
    "utf16": ("u16.ttl", lambda: _good()[:4000].decode("utf-8", "ignore").encode("utf-16")),
    "latin1_bytes": ("l1.ttl", lambda: PREFIXES.encode() + '<http://a/x> td:label "Hà Nội café" .\n'.encode("latin-1", "replace") + b'<http://a/y> td:label "\xe9\xe0" .\n'),
    "nul_bytes": ("nul.ttl", lambda: _good()[:3000] + b"\x00\x00" + _good()[3000:6000]),
    "undefined_prefix": ("up.ttl", lambda: b"<http://a/x> nope:p <http://a/y> .\n"),
    "unterminated_literal": ("ul.ttl", lambda: PREFIXES.encode() + b'<http://a/x> td:label "never closed .\n'),
    "bad_iri": ("bi.ttl", lambda: b"<http://a/x y> <http://a/p> <http://a/o> .\n"),
    "turtle_in_nt": ("t.nt", lambda: _good()[:3000]),
    "bad_jsonld": ("g.jsonld", lambda: b'{"@context": {"@vocab": "http://a/"}, "@id": "http://a/x", "name": '),
    "jsonld_not_json": ("g2.jsonld", lambda: b"<html>not json</html>"),
    "bad_rdfxml": ("g.rdf", lambda: b"<?xml version='1.0'?><rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about='http://a/x'>"),
    "unknown_extension": ("g.txt", lambda: _good()[:2000]),
    "missing_file": ("nope.ttl", None),
    "a_folder": ("dir.ttl", "dir"),
}

COMMANDS = {
    "check": lambda p, tmp: ["check", str(p)],
    "export": lambda p, tmp: ["export", str(p), "-o", str(tmp / "out.jsonl")],
    "query": lambda p, tmp: ["query", "run", "clusters", "--data", str(p)],
    "graph": lambda p, tmp: ["graph", "--data", str(p), "-o", str(tmp / "out.html")],
    "push": lambda p, tmp: ["push", str(p), "--endpoint", "http://127.0.0.1:9/store", "--query-endpoint", "http://127.0.0.1:9/query", "--timeout", "1"],
}


def _make(tmp_path: Path, case: str) -> Path:
    name, builder = BAD[case]
    path = tmp_path / name
    if builder == "dir":
        path.mkdir()
    elif builder is not None:
        path.write_bytes(builder())  # type: ignore[operator]
    return path


@pytest.fixture(autouse=True)
def _in_root(root: Path) -> None:
    os.chdir(root)


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_graph_file_is_one_line(case: str, command: str, tmp_path: Path) -> None:
    path = _make(tmp_path, case)
    result = CliRunner().invoke(cli, COMMANDS[command](path, tmp_path))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code in (1, 2), result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:") or line.startswith("Error:")]
    assert len(errors) == 1, result.stderr
    assert path.name in errors[0], errors[0]
    assert "Traceback" not in result.output
    assert not (tmp_path / "out.jsonl").exists() and not (tmp_path / "out.html").exists()


def test_export_to_a_file_keeps_the_old_file_on_bad_input(tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    out.write_text("old,content\n", encoding="utf-8")
    bad = _make(tmp_path, "truncated_turtle")
    result = CliRunner().invoke(cli, ["export", str(bad), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "old,content\n"


def test_query_with_one_good_and_one_bad_file_names_the_bad_one(tmp_path: Path) -> None:
    bad = _make(tmp_path, "unterminated_literal")
    result = CliRunner().invoke(cli, ["query", "run", "clusters", "--data", str(GOOD_TTL), "--data", str(bad)])
    assert result.exit_code == 1
    assert "ul.ttl" in result.stderr and "kg.ttl" not in result.stderr.replace(str(bad), "")


BOMBS = {
    "deep_collections": ("deep.ttl", lambda: b"<http://a/x> <http://a/p> " + b"(" * 100_000 + b")" * 100_000 + b" .\n"),
    "deep_blank_nodes": ("deepb.ttl", lambda: b"<http://a/x> <http://a/p> " + b"[ <http://a/p> " * 100_000 + b"1" + b" ]" * 100_000 + b" .\n"),
    "deep_jsonld": ("deep.jsonld", lambda: b'{"@context": {"@vocab": "http://a/"}, "@id": "http://a/x", "p": ' + b'{"p": ' * 10_000 + b"1" + b"}" * 10_000 + b"}"),
    "xml_entity_bomb": ("bomb.rdf", lambda: (
        b"<?xml version='1.0'?>\n<!DOCTYPE r [\n<!ENTITY a 'lollollollollollollollollollol'>\n"
        + b"".join(f"<!ENTITY {chr(98 + i)} '{('&' + chr(97 + i) + ';') * 10}'>\n".encode() for i in range(9))
        + b"]>\n<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:p='http://a/'>"
        + b"<rdf:Description rdf:about='http://a/x'><p:q>&j;</p:q></rdf:Description></rdf:RDF>\n"
    )),
    "xml_external_entity": ("xxe.rdf", lambda: (
        b"<?xml version='1.0'?>\n<!DOCTYPE r [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n"
        b"<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#' xmlns:p='http://a/'>"
        b"<rdf:Description rdf:about='http://a/x'><p:q>&x;</p:q></rdf:Description></rdf:RDF>\n"
    )),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", sorted(BOMBS))
def test_parser_bombs_fail_cleanly_in_a_real_process(case: str, tmp_path: Path) -> None:
    name, builder = BOMBS[case]
    path = tmp_path / name
    path.write_bytes(builder())  # type: ignore[operator]
    proc = subprocess.run(
        [sys.executable, "-m", "thidua", "query", "run", "--file", str(_select_all(tmp_path)), "--data", str(path), "--format", "tsv"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "PYTHONFAULTHANDLER": ""},
    )  # fmt: skip
    assert proc.returncode in (0, 1), f"exit {proc.returncode} (crash?): {proc.stderr[-500:]}"
    assert "Traceback" not in proc.stderr
    assert "root:" not in proc.stdout, "an external entity was resolved"
    if proc.returncode == 1:
        assert len([line for line in proc.stderr.splitlines() if line.startswith("error:")]) == 1, proc.stderr
    assert len(proc.stdout) < 10_000_000, "entity expansion was not bounded"


def _select_all(tmp_path: Path) -> Path:
    q = tmp_path / "all.rq"
    q.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }\n", encoding="utf-8")
    return q
