"""A parameter can never change a query: injection attempts through every parameter type either
fail validation with a clear error or arrive as one inert RDF term. SERVICE is refused locally;
remote JSON-LD contexts are never fetched."""

from __future__ import annotations

import socket
import threading

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thidua.querylib import (
    PARAM_TYPES,
    QueryError,
    apply_guards,
    check_service,
    load_query,
    make_term,
    substitute,
    tokenize,
)

ATTACKS = [
    '3 } UNION { ?s ?p ?o }',
    "3\n} UNION { ?s ?p ?o } #",
    '" } UNION { ?s ?p ?o } #',
    "' } UNION { ?s ?p ?o } #",
    '"""',
    "Ninh Bình\" ; ?p ?o . } #",
    "http://x/a> } UNION { ?s ?p ?o } <http://x/b",
    "http://x/a>\n?s ?p ?o",
    "https://w3id.org/thidua/id/fact/x> ?p ?o } UNION { ?fact ?p <x",
    "}",
    "{",
    "?_number",
    "$_number",
    "\\",
    "\\u0022 } UNION {",
    "# comment\n",
    "x\r\n} LIMIT 1",
    "<>",
    "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o }",
]


@pytest.mark.parametrize("ptype", PARAM_TYPES)
@pytest.mark.parametrize("attack", ATTACKS)
def test_attack_is_rejected_or_inert(ptype: str, attack: str) -> None:
    """Either a clear QueryError, or a term that tokenizes as exactly one RDF term."""
    try:
        term = make_term(ptype, attack)
    except QueryError as exc:
        assert str(exc) and "\n" not in str(exc)
        return
    # What gets through is one inert term: free text as one escaped literal, or an IRI
    # (a relative value is resolved under the base) that tokenizes as a single IRI.
    assert ptype in ("string", "iri")
    kinds = [t.kind for t in tokenize(str(term))]
    assert kinds == (["string"] if ptype == "string" else ["iri"])


@pytest.mark.parametrize("attack", ATTACKS)
def test_string_attack_matches_nothing_and_adds_nothing(query_store, attack: str) -> None:  # type: ignore[no-untyped-def]
    q = load_query("sources_of")
    text = q.bind({"source": attack})
    _names, rows = query_store.select(text)
    assert rows == []  # no source has that id: the value was compared, not executed
    assert "SERVICE" not in [t.text.upper() for t in tokenize(text) if t.kind == "word"]


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("rotation_history", "number"),
        ("rotation_history", "authority"),
        ("rotation_history", "bloc"),
        ("awards", "province"),
        ("awards", "year"),
        ("awards", "type"),
        ("awards", "status"),
        ("sources_of", "fact"),
        ("award_table", "rollup"),
    ],
)
@pytest.mark.parametrize("attack", ATTACKS[:9])
def test_typed_parameters_reject_attacks(query: str, param: str, attack: str) -> None:
    q = load_query(query)
    values = {n: p.example for n, p in q.parameters.items() if p.required}
    values[param] = attack
    with pytest.raises(QueryError, match=f"parameter {param}"):
        q.bind(values)


def test_iri_with_angle_bracket_is_refused() -> None:
    with pytest.raises(QueryError, match="not allowed in an IRI"):
        make_term("iri", "https://w3id.org/thidua/id/fact/role/x>")


def test_substitute_refuses_anything_but_a_term() -> None:
    with pytest.raises(QueryError):
        substitute("SELECT * WHERE { ?s ?p ?_x }", {"x": "<http://a> } UNION { ?s ?p ?o"})  # type: ignore[dict-item]


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(st.text(max_size=80))
def test_any_text_stays_one_literal(text: str) -> None:
    q = load_query("sources_of")
    template_tokens = tokenize(apply_guards(q.text, {"source"}))
    if text == "":
        return  # an empty value means the parameter is absent
    try:
        bound = q.bind({"source": text})
    except QueryError:
        return  # e.g. too long: refused, never formatted
    # Same structure: only the parameter's tokens differ, and the result still parses.
    kinds = [t.kind for t in tokenize(bound) if t.kind not in ("ws", "comment")]
    assert kinds.count("string") == [t.kind for t in template_tokens].count("string") + 1
    ox.Store().query(bound)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_any_text_for_typed_parameters_fails_cleanly(text: str) -> None:
    for ptype in ("integer", "year", "province", "iri", "authority", "bloc", "boolean"):
        try:
            term = make_term(ptype, text)
        except QueryError as exc:
            assert "\n" not in str(exc).strip()
            continue
        assert len([t for t in tokenize(str(term)) if t.kind == "iri"]) <= 1


# --------------------------------------------------------------------------- SERVICE


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { service silent <http://example.org/sparql> { ?s ?p ?o } }",
        "SELECT * WHERE { ?x ?y ?z . SERVICE ?endpoint { ?s ?p ?o } }",
    ],
)
def test_local_store_refuses_service(query_store, query: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(QueryError, match="SERVICE"):
        query_store.select(query)


def test_service_word_in_strings_or_iris_is_not_service() -> None:
    check_service('SELECT * WHERE { ?s ?p "SERVICE <http://x/>" . ?s <http://x/SERVICE> ?o } # SERVICE')


def test_allowed_service_host_passes_the_check() -> None:
    check_service("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }", ["query.wikidata.org"])
    with pytest.raises(QueryError):
        check_service("SELECT * { SERVICE <https://evil.example/sparql> { ?s ?p ?o } }", ["query.wikidata.org"])


def test_jsonld_remote_context_is_never_fetched(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from thidua.store import EmbeddedStore

    hits: list[bytes] = []
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(4)
    srv.settimeout(3)

    def watch() -> None:
        try:
            conn, _ = srv.accept()
            hits.append(conn.recv(100))
            conn.close()
        except OSError:
            pass

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    port = srv.getsockname()[1]
    doc = tmp_path / "remote.jsonld"
    doc.write_text(f'{{"@context": "http://127.0.0.1:{port}/ctx.jsonld", "@id": "http://x/a", "name": "b"}}')
    with pytest.raises(ValueError, match="remote @context, which is never fetched"):
        EmbeddedStore.from_files([doc])
    srv.close()
    t.join(4)
    assert hits == []
