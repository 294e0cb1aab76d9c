"""Fault injection: `thidua query run --endpoint` and `thidua push` against servers that fail.

A loopback server that misbehaves on cue (``tests/support/faulty_server.py``: refused, slow past
the timeout, 5xx, malformed JSON, HTML, empty answers, connections cut mid-request) and a real
``oxigraph serve`` (``tests/support/oxigraph_server.py``, the queries helper's fixture) with a
proxy that cuts a push half-way. Contract (issues 4 and 6): one clear line naming the endpoint,
retries where they are safe (reads, and the idempotent PUT of a push), and a push that either
replaces the graph as a whole or leaves the old one.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from thidua.cli import cli

pytestmark = pytest.mark.server

GRAPH = "https://w3id.org/thidua/graph/test"
FACTS = """\
source: {{id: {sid}, title: Tin {sid}, published: 2023-12-08}}
facts:
{facts}"""
ROLE = """\
  - kind: role
    cluster: {{authority: Bộ TTTT, bloc: Sở TTTT, number: {n}}}
    year: {year}
    role: head
    member: {{org: Sở TTTT, province: {province}}}
"""
PROVINCES = ["Bắc Ninh", "Nam Định", "Hải Dương", "Hà Nam", "Thái Bình", "Ninh Bình", "Hưng Yên", "Vĩnh Phúc"]


@pytest.fixture(autouse=True)
def _in_root(root: Path) -> None:
    os.chdir(root)


def make_graph(tmp_path: Path, sid: str, n_facts: int) -> tuple[Path, int]:
    """A built Turtle file with ``n_facts`` role facts from source ``sid``; returns (path, triples)."""
    facts = "".join(
        ROLE.format(n=1 + i // 30, year=1995 + i % 30, province=PROVINCES[(i + len(sid)) % len(PROVINCES)])
        for i in range(n_facts)
    )
    src = tmp_path / f"{sid}.yaml"
    src.write_text(FACTS.format(sid=sid, facts=facts), encoding="utf-8")
    out = tmp_path / f"{sid}.ttl"
    result = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    return out, sum(1 for _ in ox.parse(path=str(out), format=ox.RdfFormat.TURTLE))


def run(*args: str) -> tuple[int, str, str, float]:
    t0 = time.monotonic()
    result = CliRunner().invoke(cli, list(args))
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result.exit_code, result.stdout, result.stderr, time.monotonic() - t0


def one_line_error(stderr: str, *needles: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1, stderr
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle.lower() in errors[0].lower(), (needle, errors[0])
    return errors[0]


# ----------------------------------------------------------------------------- queries


def test_query_refused_connection(dead_endpoint: str) -> None:
    code, _, err, took = run("query", "run", "clusters", "--endpoint", dead_endpoint, "--timeout", "2")
    assert code == 1
    one_line_error(err, dead_endpoint.rsplit("/", 1)[0].split("//")[1], "connect")
    assert took < 20


def test_query_slow_past_the_timeout(faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["slow"], slow_seconds=20)
    code, _, err, took = run("query", "run", "clusters", "--endpoint", server.url + "/query", "--timeout", "1")
    assert code == 1
    one_line_error(err, server.url.split("//")[1], "timeout")
    assert took < 10, f"a 1 s timeout took {took:.1f} s"


@pytest.mark.parametrize("status", ["500", "502", "503"])
def test_query_retries_server_errors_then_succeeds(faulty_server, status: str) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server([status, status, "ok"])
    code, out, err, _ = run("query", "run", "clusters", "--endpoint", server.url + "/query", "--format", "json")
    assert code == 0, err
    assert '"ok"' in out
    assert len(server.requests) == 3


def test_query_gives_up_after_a_bounded_number_of_5xx(faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["500"])
    code, _, err, took = run("query", "run", "clusters", "--endpoint", server.url + "/query")
    assert code == 1
    one_line_error(err, server.url.split("//")[1], "500")
    assert 2 <= len(server.requests) <= 6
    assert took < 30


@pytest.mark.parametrize("status", ["400", "401", "403", "404"])
def test_query_client_errors_are_not_retried(faulty_server, status: str) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server([status])
    code, _, err, _ = run("query", "run", "clusters", "--endpoint", server.url + "/query")
    assert code == 1
    one_line_error(err, server.url.split("//")[1])
    assert len(server.requests) == 1, "a 4xx answer will not change on retry"


def test_query_retries_a_connection_cut_without_answer(faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["cut", "ok"])
    code, out, err, _ = run("query", "run", "clusters", "--endpoint", server.url + "/query", "--format", "json")
    assert code == 0, err
    assert '"ok"' in out
    assert len(server.requests) == 2


def test_query_connection_always_cut(faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["cut"])
    code, _, err, _ = run("query", "run", "clusters", "--endpoint", server.url + "/query")
    assert code == 1
    one_line_error(err, server.url.split("//")[1])
    assert 2 <= len(server.requests) <= 6


@pytest.mark.parametrize("step", ["bad_json", "html", "empty"])
def test_query_malformed_answer(faulty_server, step: str) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server([step])
    code, out, err, _ = run("query", "run", "clusters", "--endpoint", server.url + "/query")
    assert code == 1
    one_line_error(err, server.url.split("//")[1])
    assert out == ""


def test_credentials_in_the_url_are_refused_and_not_shown(faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["ok"])
    url = server.url.replace("http://", "http://bob:hunter2@") + "/query"
    code, out, err, _ = run("query", "run", "clusters", "--endpoint", url)
    assert code == 1
    one_line_error(err, "THIDUA_SPARQL_USER")
    assert "hunter2" not in err + out
    assert server.requests == []


def test_environment_credentials_go_as_basic_auth_and_are_never_shown(faulty_server, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["500"])
    monkeypatch.setenv("THIDUA_SPARQL_USER", "alice")
    monkeypatch.setenv("THIDUA_SPARQL_PASSWORD", "s3cret-pw")
    code, out, err, _ = run("query", "run", "clusters", "--endpoint", server.url + "/query")
    assert code == 1
    assert "s3cret-pw" not in err + out and "alice" not in err + out
    assert server.requests and all(
        any(k.lower() == "authorization" for k in r["headers"]) for r in server.requests
    )
    assert all("s3cret" not in r["path"] for r in server.requests)


# ----------------------------------------------------------------------------- push (loopback)


def _push(path: Path, server_url: str, *extra: str) -> tuple[int, str, str, float]:
    return run(
        "push", str(path), "--endpoint", server_url + "/store", "--graph", GRAPH,
        "--query-endpoint", server_url + "/query", *extra,
    )  # fmt: skip


def test_push_refused(tmp_path: Path, dead_endpoint: str) -> None:
    ttl, _ = make_graph(tmp_path, "a", 3)
    base = dead_endpoint.rsplit("/", 1)[0]
    code, _, err, took = _push(ttl, base, "--timeout", "2")
    assert code == 1
    one_line_error(err, base.split("//")[1])
    assert took < 30


def test_push_retries_5xx_then_verifies_the_count(tmp_path: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    ttl, n = make_graph(tmp_path, "a", 3)
    server = faulty_server(["503", "500", "204", f"count:{n}"])
    code, _, err, _ = _push(ttl, server.url)
    assert code == 0, err
    methods = [r["method"] for r in server.requests]
    assert methods[:3] == ["PUT", "PUT", "PUT"], methods
    whole = ttl.read_bytes()
    assert all(r["body"] == whole for r in server.requests[:3]), "every retry sends the whole file"


@pytest.mark.parametrize("status", ["400", "401", "413"])
def test_push_client_errors_are_not_retried(tmp_path: Path, faulty_server, status: str) -> None:  # type: ignore[no-untyped-def]
    ttl, _ = make_graph(tmp_path, "a", 3)
    server = faulty_server([status])
    code, _, err, _ = _push(ttl, server.url)
    assert code == 1
    one_line_error(err, status)
    assert [r["method"] for r in server.requests] == ["PUT"]


def test_push_count_mismatch_is_an_error(tmp_path: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    ttl, n = make_graph(tmp_path, "a", 3)
    server = faulty_server(["204", "count:0"])
    code, _, err, _ = _push(ttl, server.url)
    assert code == 1
    one_line_error(err, str(n), "0")


def test_push_of_a_bad_file_sends_nothing(tmp_path: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix td: <https://w3id.org/thidua/ontology#> .\ntd:a td:b \"unterminated .\n", encoding="utf-8")
    server = faulty_server(["204"])
    code, _, err, _ = _push(bad, server.url)
    assert code == 1
    one_line_error(err, "bad.ttl")
    assert server.requests == []


def test_push_cut_every_time_gives_up(tmp_path: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    ttl, _ = make_graph(tmp_path, "a", 3)
    server = faulty_server(["cut"])
    code, _, err, took = _push(ttl, server.url, "--timeout", "5")
    assert code == 1
    one_line_error(err, server.url.split("//")[1])
    assert 1 <= len(server.requests) <= 5
    assert took < 60


def test_push_slow_past_the_timeout(tmp_path: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    ttl, _ = make_graph(tmp_path, "a", 3)
    server = faulty_server(["slow"], slow_seconds=20)
    code, _, err, took = _push(ttl, server.url, "--timeout", "1")
    assert code == 1
    one_line_error(err, "timeout")
    assert took < 15


# ----------------------------------------------------------------------------- push (real Oxigraph)


def _count(server, graph: str = GRAPH) -> int:  # type: ignore[no-untyped-def]
    from thidua.endpoint import RemoteStore

    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    return RemoteStore(server.query_url, timeout=30).select(q)[1][0]["n"]


def _sources(server) -> set[str]:  # type: ignore[no-untyped-def]
    from thidua.endpoint import RemoteStore

    q = f"SELECT ?id WHERE {{ GRAPH <{GRAPH}> {{ ?s <https://w3id.org/thidua/ontology#sourceId> ?id }} }}"
    return {row["id"] for row in RemoteStore(server.query_url, timeout=30).select(q)[1]}


def test_push_replaces_the_whole_graph_on_a_real_server(tmp_path: Path, empty_oxigraph) -> None:  # type: ignore[no-untyped-def]
    a, na = make_graph(tmp_path, "first", 40)
    b, nb = make_graph(tmp_path, "second", 5)
    assert _push(a, empty_oxigraph.url)[0] == 0
    assert _count(empty_oxigraph) == na and _sources(empty_oxigraph) == {"first"}
    code, _, err, _ = _push(b, empty_oxigraph.url)
    assert code == 0, err
    assert _count(empty_oxigraph) == nb
    assert _sources(empty_oxigraph) == {"second"}, "nothing of the old graph may remain"


def test_push_cut_mid_body_leaves_the_old_graph(tmp_path: Path, empty_oxigraph, cutting_proxy) -> None:  # type: ignore[no-untyped-def]
    old, n_old = make_graph(tmp_path, "old", 20)
    new, _ = make_graph(tmp_path, "new", 300)
    assert _push(old, empty_oxigraph.url)[0] == 0
    assert _count(empty_oxigraph) == n_old
    size = new.stat().st_size
    proxy = cutting_proxy(empty_oxigraph.port, cut_after=2000 + size // 3)
    code, _, err, took = run(
        "push", str(new), "--endpoint", proxy.url + "/store", "--graph", GRAPH,
        "--query-endpoint", empty_oxigraph.query_url, "--timeout", "10",
    )  # fmt: skip
    assert code == 1
    one_line_error(err, proxy.url.split("//")[1])
    assert proxy.cuts >= 1
    assert took < 90
    # Neither half of the new graph nor a mix: the old graph, whole.
    assert _count(empty_oxigraph) == n_old
    assert _sources(empty_oxigraph) == {"old"}


def test_query_against_a_server_that_stopped(tmp_path: Path, empty_oxigraph) -> None:  # type: ignore[no-untyped-def]
    url = empty_oxigraph.query_url
    empty_oxigraph.stop()
    code, _, err, took = run("query", "run", "clusters", "--endpoint", url, "--timeout", "2")
    assert code == 1
    one_line_error(err, url.split("//")[1].split("/")[0])
    assert took < 20
