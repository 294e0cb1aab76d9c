"""`thidua check`: SHACL shapes and ontology checks list every violation and exit 1."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.cli import cli

KG = Path(__file__).resolve().parent.parent / "data" / "kg.ttl"


def _check(path: Path):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["check", str(path)])


def test_committed_graph_conforms() -> None:
    result = _check(KG)
    assert result.exit_code == 0 and "conforms" in result.stderr


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("td:clusterNumber 3", "td:clusterNumbr 3"), "uses undeclared property td:clusterNumbr"),
        (("td:clusterNumber 3", "td:clusterNumber 3 , 4"), "td:clusterNumber"),
        (("td:year 2024", "td:year 3024"), "Value is not <= Literal(\"2100\""),
        (("org:role tdv:role-head", "org:role tdv:role-boss"), "unknown vocabulary term <https://w3id.org/thidua/vocab/role-boss>"),
        (("td:startOffset 125", "td:startOffset 999"), "evidence start offset is after its end offset"),
        (("a td:RoleAssignment", "a td:RoleAssignment , td:AwardStatement"), "typed as 2 fact kinds"),
    ],
)  # fmt: skip
def test_violations_are_listed_and_exit_1(edit: tuple[str, str], expected: str, tmp_path: Path) -> None:
    text = KG.read_text(encoding="utf-8")
    old, new = edit
    assert old in text
    bad = tmp_path / "bad.ttl"
    bad.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = _check(bad)
    assert result.exit_code == 1
    assert expected in result.stdout
    assert "violation(s)" in result.stderr


def test_fact_without_source_violates(tmp_path: Path) -> None:
    text = KG.read_text(encoding="utf-8")
    bad = tmp_path / "nosource.ttl"
    bad.write_text(text.replace("prov:wasDerivedFrom", "rdfs:seeAlso"), encoding="utf-8")
    result = _check(bad)
    assert result.exit_code == 1
    assert "a fact needs at least one source article" in result.stdout


@pytest.mark.parametrize(
    ("content", "expected"),
    [("<a> <b> .", "not valid Turtle"), ("", None), ("\x00\x01", "not valid Turtle")],
)
def test_unreadable_graph_is_one_line(content: str, expected: str | None, tmp_path: Path) -> None:
    path = tmp_path / "g.ttl"
    path.write_text(content, encoding="utf-8")
    result = _check(path)
    if expected is None:  # an empty graph is valid Turtle: it conforms trivially
        assert result.exit_code == 0
        return
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and expected in result.stderr and str(path) in result.stderr


def test_missing_file_and_wrong_extension(tmp_path: Path) -> None:
    assert "no such file" in _check(tmp_path / "nope.ttl").stderr
    other = tmp_path / "g.xlsx"
    other.write_text("x", encoding="utf-8")
    result = _check(other)
    assert result.exit_code == 1 and "unknown RDF format '.xlsx'" in result.stderr
