"""The named query library: headers validated strictly, every query parses with its parameters
written in, and every query returns the expected rows on the fixture graph."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest
from support.oxigraph_server import CASES, QUERY_FIXTURES, normalize

from thidua.querylib import (
    QueryError,
    load_all,
    load_query,
    parse_query,
    query_names,
    substitute,
    tokenize,
)

FIXTURES = QUERY_FIXTURES
REQUIRED_QUERIES = {
    "rotation_history", "succession", "cluster_members", "clusters", "awards", "award_table",
    "province_profile", "conferences", "conflicts", "sources_of",
}  # fmt: skip


def run_case(store, case: dict) -> tuple[list[str], list[dict]]:  # type: ignore[no-untyped-def]
    q = load_query(case["query"])
    names, rows = store.select(q.bind(case.get("params") or {}))
    return names, normalize(rows)


def test_the_library_has_every_researcher_question() -> None:
    assert REQUIRED_QUERIES <= set(query_names())


@pytest.mark.parametrize("name", sorted(REQUIRED_QUERIES))
def test_query_header_is_bilingual_and_typed(name: str) -> None:
    q = load_query(name)
    assert q.title_vi and q.title_en and q.description_vi and q.description_en
    assert q.tags
    for p in q.parameters.values():
        assert p.description
        assert p.example is not None, f"{name}: parameter {p.name} has no example"
    assert q.form == "SELECT"


def test_every_query_parses_with_and_without_optional_parameters() -> None:
    store = ox.Store()
    for q in load_all():
        required = {n: p.example for n, p in q.parameters.items() if p.required}
        store.query(q.bind(required))
        store.query(q.bind(q.examples()))


def test_rotation_history_contract(query_store) -> None:  # type: ignore[no-untyped-def]
    q = load_query("rotation_history")
    assert q.parameters["number"].type == "integer" and q.parameters["number"].required
    assert not q.parameters["authority"].required and not q.parameters["bloc"].required
    names, rows = query_store.select(q.bind({"number": 3, "authority": "Bộ TT&TT"}))
    assert {"year", "role", "province", "org", "sources"} <= set(names)
    assert {r["role"] for r in rows} == {"head", "deputy"}
    keys = [(r["year"], r["role"]) for r in rows]
    # year by year, the head before the deputy
    assert keys == sorted(keys, key=lambda k: (k[0], k[1] != "head"))
    head_2024 = [r for r in rows if r["year"] == 2024 and r["role"] == "head"]
    assert head_2024[0]["province"] == "Nam Định" and head_2024[0]["n_sources"] == 2


@pytest.mark.parametrize("case", sorted(CASES))
def test_query_case_matches_expected_rows(case: str, query_store, update_golden: bool) -> None:  # type: ignore[no-untyped-def]
    names, rows = run_case(query_store, CASES[case])
    expected_file = FIXTURES / "expected" / f"{case}.json"
    got = {"variables": names, "rows": rows}
    if update_golden or not expected_file.exists():
        expected_file.parent.mkdir(parents=True, exist_ok=True)
        expected_file.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        if not update_golden:
            pytest.fail(f"wrote missing golden file {expected_file.name}; review it and rerun")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert got == expected
    assert rows, f"{case}: the fixture graph must give rows"


def test_every_required_query_has_a_case() -> None:
    assert REQUIRED_QUERIES <= {c["query"] for c in CASES.values()}


def test_fixture_graph_covers_the_hard_cases(query_store) -> None:  # type: ignore[no-untyped-def]
    _, conflicts = run_case(query_store, CASES["conflicts"])
    assert {r["kind"] for r in conflicts} == {"role", "conference"}
    _, rows = run_case(query_store, CASES["rotation_history_3"])
    assert len({r["authority"] for r in rows}) == 3  # three authorities have a cluster number 3
    _, table = run_case(query_store, CASES["award_table_rollup"])
    bac_ninh = next(r for r in table if r["province"] == "Bắc Ninh")
    assert bac_ninh["period"] == "2025" and bac_ninh["total"] == 3  # old Bắc Ninh + old Bắc Giang


# --------------------------------------------------------------------------- header strictness

GOOD = """#+ title: {vi: Thử, en: Test}
#+ description: {vi: Mô tả, en: Description}
#+ parameters:
#+   n: {type: integer, required: true, example: 3, description: a number}
#+ tags: [t]
SELECT ?s WHERE { ?s ?p ?_n }
"""


def test_a_good_header_parses() -> None:
    q = parse_query(GOOD, "t")
    assert q.parameters["n"].type == "integer"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (GOOD.replace("#+ tags: [t]", "#+ tags: [t]\n#+ author: me"), "unknown header key"),
        (GOOD.replace("?_n }", "?_n . ?s ?q ?_m }"), "used but not declared"),
        (GOOD.replace("?_n }", "?o }"), "declared but not used"),
        (GOOD.replace("{vi: Thử, en: Test}", "{en: Test}"), "title"),
        (GOOD.replace("type: integer", "type: number"), "type"),
        (GOOD.replace("example: 3", "example: ba"), "example"),
        (GOOD.replace("description: a number", "description: a number, default: 2"), "unknown key"),
        (GOOD.replace("SELECT ?s WHERE", "SELECT ?s WHERE WHERE"), "syntax"),
        (GOOD.replace("SELECT ?s WHERE", "SELECT ?_n WHERE"), "does not parse with parameters"),
        ("SELECT * WHERE { ?s ?p ?o }", "no '#\\+ ' YAML header"),
        ("#+ title: [\nSELECT * {}", "not valid YAML"),
    ],
)
def test_bad_headers_are_errors(text: str, message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_query(text, "t")


def test_unknown_query_name_suggests() -> None:
    with pytest.raises(QueryError, match="did you mean: rotation_history"):
        load_query("rotation_histry")


# --------------------------------------------------------------------------- substitution


def test_tokenize_is_lossless_for_every_query() -> None:
    for q in load_all():
        assert "".join(t.text for t in tokenize(q.text)) == q.text


def test_substitution_writes_terms_and_rewrites_bound() -> None:
    text = "SELECT ?x WHERE { ?x <http://p> ?_a . FILTER(!BOUND(?_b) || ?x = ?_b) } # ?_a in a comment"
    out = substitute(text, {"a": ox.Literal(3), "b": ox.NamedNode("http://e/x")})
    assert '"3"^^<http://www.w3.org/2001/XMLSchema#integer>' in out
    assert "!true || ?x = <http://e/x>" in out
    assert out.endswith("# ?_a in a comment")  # comments and strings are never touched


def test_absent_optional_parameter_drops_its_guarded_lines() -> None:
    q = load_query("awards")
    absent = q.bind({})
    assert "?_province" not in absent and "rollsUpTo" not in absent
    given = q.bind({"province": "Bắc Ninh"})
    assert "td:rollsUpTo? <https://w3id.org/thidua/province/2025-24> .  #? province" in given


def test_unguarded_absent_parameter_stays_free() -> None:
    text = load_query("rotation_history").bind({"number": 3})
    assert "FILTER(!BOUND(?_bloc) || ?b = ?_bloc)" in text
    text = load_query("rotation_history").bind({"number": 3, "bloc": "Sở TTTT"})
    assert "FILTER(!true || ?b = <https://w3id.org/thidua/vocab/agency-so_tttt>)" in text


def test_guards_must_name_declared_parameters() -> None:
    with pytest.raises(QueryError, match="guard"):
        guarded = "SELECT ?s WHERE { ?s ?p ?_n .\n ?s ?p ?o . #? m\n}"
        parse_query(GOOD.replace("SELECT ?s WHERE { ?s ?p ?_n }", guarded), "t")


def test_missing_required_and_unknown_parameters() -> None:
    q = load_query("rotation_history")
    with pytest.raises(QueryError, match="missing required parameter"):
        q.bind({})
    with pytest.raises(QueryError, match="unknown parameter"):
        q.bind({"number": 3, "cluster": 3})


@pytest.mark.parametrize(
    ("ptype", "value", "message"),
    [
        ("integer", "ba", "not an integer"),
        ("integer", "3.5", "not an integer"),
        ("year", "23", "not a year"),
        ("year", "1800", "out of range"),
        ("province", "Ninh Binhh", "closest: Ninh Bình"),
        ("province", "Quảng", "unknown province"),
        ("authority", "Bộ Thông tin", "did you mean"),
        ("bloc", "Sở XYZ", "unknown agency"),
        ("iri", "javascript:alert(1)", "only http"),
        ("boolean", "maybe", "not a boolean"),
    ],
)
def test_bad_values_give_clear_errors(ptype: str, value: str, message: str) -> None:
    from thidua.querylib import make_term

    with pytest.raises(QueryError, match=message):
        make_term(ptype, value)


def test_province_names_resolve_through_the_gazetteer() -> None:
    from thidua.querylib import make_term

    assert make_term("province", "Bắc Ninh").value.endswith("/2025-24")  # today's Bắc Ninh
    assert make_term("province", "pre2025-27").value.endswith("/pre2025-27")  # the old one, by id
    assert make_term("province", "Bac Giang").value.endswith("/pre2025-24")
    assert make_term("province", "TP.HCM").value.endswith("/2025-79")


@pytest.mark.parametrize("name", ["thidua.querylib", "thidua.endpoint", "thidua.serve"])
def test_docstring_examples_run(name: str, root) -> None:  # type: ignore[no-untyped-def]
    import doctest
    import importlib
    import os

    os.chdir(root)
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
