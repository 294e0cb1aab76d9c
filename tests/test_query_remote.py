"""The same rows from a real Oxigraph server as from the embedded store; push replaces a named
graph whole and verifies it; dead, silent and erroring endpoints give one clear line."""

from __future__ import annotations

import base64
import time

import pytest
import yaml
from support.oxigraph_server import CASES, normalize

from thidua.endpoint import EndpointError, RemoteStore, push, safe_url
from thidua.querylib import load_query

pytestmark = pytest.mark.server


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_case_gives_the_same_rows_remotely(case: str, query_store, oxigraph_server) -> None:  # type: ignore[no-untyped-def]
    q = load_query(CASES[case]["query"])
    text = q.bind(CASES[case].get("params") or {})
    remote = RemoteStore(oxigraph_server.query_url, timeout=20)
    local_names, local_rows = query_store.select(text)
    remote_names, remote_rows = remote.select(text)
    assert remote_names == local_names
    assert normalize(remote_rows) == normalize(local_rows)
    assert local_rows


def test_long_queries_use_post(recording_endpoint) -> None:  # type: ignore[no-untyped-def]
    recording_endpoint.handler.status = 200
    recording_endpoint.handler.body = b'{"head": {"vars": ["n"]}, "results": {"bindings": []}}'
    store = RemoteStore(recording_endpoint.url + "/sparql", retries=0)
    store.select("SELECT ?n WHERE { ?n ?p ?o }")
    store.select("SELECT ?n WHERE { ?n ?p ?o } " + "#" * 3000)
    methods = [r["method"] for r in recording_endpoint.handler.requests]
    assert methods == ["GET", "POST"]
    agent = recording_endpoint.handler.requests[0]["headers"]["User-Agent"]
    assert agent.startswith("thidua-kg/")


def test_credentials_come_from_the_environment_and_never_show(recording_endpoint, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("THIDUA_SPARQL_USER", "nhom")
    monkeypatch.setenv("THIDUA_SPARQL_PASSWORD", "bí-mật-123")
    store = RemoteStore(recording_endpoint.url + "/sparql", retries=0)
    with pytest.raises(EndpointError) as info:
        store.select("SELECT * WHERE { ?s ?p ?o }")
    sent = recording_endpoint.handler.requests[0]["headers"].get("Authorization", "")
    assert sent == "Basic " + base64.b64encode("nhom:bí-mật-123".encode()).decode()
    assert "bí-mật" not in str(info.value) and "nhom" not in str(info.value)


def test_credentials_in_the_url_are_refused() -> None:
    with pytest.raises(EndpointError, match="THIDUA_SPARQL_USER") as info:
        RemoteStore("http://user:secret@127.0.0.1:1/query")
    assert "secret" not in str(info.value)
    assert safe_url("http://u:p@host:8/q") == "http://host:8/q"


def test_dead_endpoint_is_one_clear_line(dead_endpoint) -> None:  # type: ignore[no-untyped-def]
    store = RemoteStore(dead_endpoint, retries=2, backoff=0.01)
    with pytest.raises(EndpointError) as info:
        store.select("SELECT * WHERE { ?s ?p ?o }")
    msg = str(info.value)
    assert msg.startswith(dead_endpoint) and "cannot connect" in msg and "after 3 attempts" in msg
    assert "\n" not in msg


def test_silent_endpoint_times_out(silent_endpoint) -> None:  # type: ignore[no-untyped-def]
    store = RemoteStore(silent_endpoint, timeout=1.0, retries=2, backoff=0.01)
    t = time.monotonic()
    with pytest.raises(EndpointError, match="no answer within 1 s") as info:
        store.select("SELECT * WHERE { ?s ?p ?o }")
    assert time.monotonic() - t < 5  # a timeout is not retried
    assert str(info.value).startswith(silent_endpoint)


def test_erroring_endpoint_is_retried_then_reported(recording_endpoint) -> None:  # type: ignore[no-untyped-def]
    url = recording_endpoint.url + "/sparql"
    store = RemoteStore(url, retries=2, backoff=0.01)
    with pytest.raises(EndpointError) as info:
        store.select("SELECT * WHERE { ?s ?p ?o }")
    msg = str(info.value)
    assert msg.startswith(url) and "server error (500)" in msg and "after 3 attempts" in msg
    assert "\n" not in msg
    assert len(recording_endpoint.handler.requests) == 3


def test_a_bad_query_is_not_retried(oxigraph_server) -> None:  # type: ignore[no-untyped-def]
    store = RemoteStore(oxigraph_server.query_url, retries=3, backoff=0.01)
    with pytest.raises(EndpointError, match="rejected the query"):
        store.select("SELECT * WHERE { ?s ?p }")


# --------------------------------------------------------------------------- push


GRAPH = "https://w3id.org/thidua/graph/test"


def count(server, graph: str = GRAPH) -> int:  # type: ignore[no-untyped-def]
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    _, rows = RemoteStore(server.query_url).select(query)
    return rows[0]["n"]


def test_push_replaces_the_named_graph_and_verifies(empty_oxigraph, query_graph, tmp_path) -> None:  # type: ignore[no-untyped-def]
    n = push(query_graph, empty_oxigraph.store_url, GRAPH)
    assert n == count(empty_oxigraph) > 2000
    small = tmp_path / "small.ttl"
    small.write_text("<https://w3id.org/thidua/id/a> <https://w3id.org/thidua/id/b> 1, 2 .\n", encoding="utf-8")
    assert push(small, empty_oxigraph.store_url, GRAPH) == 2
    assert count(empty_oxigraph) == 2  # replaced as a whole, not merged
    remote = RemoteStore(empty_oxigraph.query_url, default_graph=GRAPH)
    assert remote.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[1] == [{"n": 2}]


def test_a_bad_file_never_reaches_the_server(empty_oxigraph, query_graph, tmp_path) -> None:  # type: ignore[no-untyped-def]
    before = push(query_graph, empty_oxigraph.store_url, GRAPH)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> <c> .\n<https://x/a> <https://x/b> \"unterminated .\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid Turtle"):
        push(bad, empty_oxigraph.store_url, GRAPH)
    assert count(empty_oxigraph) == before  # the old graph is still there


def test_a_refused_push_leaves_the_old_graph(recording_endpoint, query_graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EndpointError, match="push refused: HTTP 500") as info:
        push(query_graph, recording_endpoint.url + "/store", GRAPH, retries=1, backoff=0.01)
    assert "after 2 attempts" in str(info.value)
    assert [r["method"] for r in recording_endpoint.handler.requests] == ["PUT", "PUT"]
    assert recording_endpoint.handler.requests[0]["path"].startswith("/store?graph=https%3A%2F%2Fw3id.org")


def test_push_count_mismatch_is_an_error(empty_oxigraph, query_graph, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import thidua.endpoint as endpoint

    real = endpoint.graph_triples
    monkeypatch.setattr(endpoint, "graph_triples", lambda p: (*real(p)[:2], real(p)[2] + 1))
    with pytest.raises(EndpointError, match=r"pushed \d+ triples but the graph now holds"):
        push(query_graph, empty_oxigraph.store_url, GRAPH)


def test_push_needs_a_valid_graph_iri(empty_oxigraph, query_graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(EndpointError, match="--graph"):
        push(query_graph, empty_oxigraph.store_url, "http://x/a b")


def test_fixture_cases_file_is_yaml() -> None:
    assert isinstance(yaml.safe_load(yaml.safe_dump(CASES)), dict)
