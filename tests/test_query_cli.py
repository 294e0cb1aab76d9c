"""``thidua query list|show|run``, ``push`` and ``serve`` through the command line."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.cli import cli


def run(*args: str, env: dict | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def test_query_list_names_every_query() -> None:
    r = run("query", "list", "--format", "json")
    assert r.exit_code == 0
    names = {row["name"] for row in json.loads(r.stdout)}
    assert {"rotation_history", "conflicts", "award_table"} <= names


def test_query_show() -> None:
    r = run("query", "show", "rotation_history")
    assert r.exit_code == 0
    assert "number (integer, required, example: 3)" in r.stdout
    assert "SELECT ?year ?role ?province ?org" in r.stdout


def test_query_run_table(query_graph: Path) -> None:
    r = run("query", "run", "rotation_history", "-p", "number", "3", "-p", "authority", "Bộ TT&TT",
            "--data", str(query_graph))  # fmt: skip
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split()[:4] == ["year", "role", "province", "org"]
    assert "Nam Định" in r.stdout and "5 row(s)" in r.stderr


def test_query_run_json_is_an_array_of_objects_keyed_by_variables(query_graph: Path) -> None:
    r = run("query", "run", "rotation_history", "-p", "number", "3", "--data", str(query_graph), "--format", "json")
    rows = json.loads(r.stdout)
    assert isinstance(rows, list) and len(rows) == 10
    assert list(rows[0])[:4] == ["year", "role", "province", "org"]
    assert rows[0]["year"] == 2022 and rows[0]["role"] in ("head", "deputy")
    assert r.stderr == ""  # data only on stdout, nothing else unless asked


@pytest.mark.parametrize("fmt", ["csv", "tsv", "jsonl"])
def test_query_run_other_formats(query_graph: Path, fmt: str) -> None:
    r = run("query", "run", "award_table", "-p", "rollup", "true", "--data", str(query_graph), "--format", fmt)
    assert r.exit_code == 0
    if fmt == "jsonl":
        rows = [json.loads(line) for line in r.stdout.splitlines()]
    else:
        rows = list(csv.DictReader(io.StringIO(r.stdout), delimiter="," if fmt == "csv" else "\t"))
    assert {row["province"] for row in rows} == {"Ninh Bình", "Bắc Ninh", "Hưng Yên"}


def test_query_run_file(query_graph: Path, tmp_path: Path) -> None:
    f = tmp_path / "my.rq"
    f.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/thidua/ontology#RoleAssignment> }")
    r = run("query", "run", "--file", str(f), "--data", str(query_graph), "--format", "json")
    assert json.loads(r.stdout) == [{"n": 10}]  # 11 stated, one by two sources


def test_query_run_print_query_writes_terms(query_graph: Path) -> None:
    r = run("query", "run", "awards", "-p", "province", "Bắc Ninh", "--print-query")
    assert "<https://w3id.org/thidua/province/2025-24>" in r.stdout


def test_query_run_remote_equals_local(query_graph: Path, oxigraph_server) -> None:  # type: ignore[no-untyped-def]
    local = run("query", "run", "conflicts", "--data", str(query_graph), "--format", "json")
    remote = run("query", "run", "conflicts", "--endpoint", oxigraph_server.query_url, "--format", "json")
    assert remote.exit_code == 0
    assert json.loads(remote.stdout) == json.loads(local.stdout)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "run", "rotation_histry"], "did you mean: rotation_history"),
        (["query", "run", "rotation_history"], "missing required parameter(s) number"),
        (["query", "run", "rotation_history", "-p", "number", "ba"], "parameter number: 'ba' is not an integer"),
        (["query", "run", "awards", "-p", "province", "Ninh Binhh"], "closest: Ninh Bình"),
        (["query", "run", "awards", "-p", "tinh", "Ninh Bình"], "unknown parameter(s) tinh"),
        (["query", "run", "conflicts", "--data", "nowhere.ttl"], "nowhere.ttl: no such file"),
        (["query", "run", "conflicts", "--data", "x.ttl", "--endpoint", "http://127.0.0.1:1/q"], "not both"),
        (["query", "run"], "give a query NAME or --file FILE"),
        (["query", "show", "nope"], "no query named 'nope'"),
        (["query", "run", "conflicts", "--endpoint", "ftp://x/q"], "not an http(s) endpoint"),
    ],
)
def test_query_errors_are_one_line(args: list[str], message: str, query_graph: Path) -> None:
    has_store = "--data" in args or "--endpoint" in args
    if args[:2] == ["query", "run"] and len(args) > 2 and not has_store:
        args = [*args, "--data", str(query_graph)]
    r = run(*args)
    assert r.exit_code == 1
    assert message in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and r.stderr.startswith("error: ")


def test_query_against_a_dead_endpoint(dead_endpoint: str) -> None:
    r = run("query", "run", "conflicts", "--endpoint", dead_endpoint, "--timeout", "2")
    assert r.exit_code == 1
    assert r.stderr.startswith(f"error: {dead_endpoint}: cannot connect")


def test_service_is_refused_unless_allowed(query_graph: Path, tmp_path: Path) -> None:
    f = tmp_path / "fed.rq"
    f.write_text("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    r = run("query", "run", "--file", str(f), "--data", str(query_graph))
    assert r.exit_code == 1 and "--allow-service HOST" in r.stderr


def test_push_command(empty_oxigraph, query_graph: Path) -> None:  # type: ignore[no-untyped-def]
    graph = "https://w3id.org/thidua/graph/cli"
    r = run("push", str(query_graph), "--endpoint", empty_oxigraph.store_url, "--graph", graph)
    assert r.exit_code == 0, r.stderr
    assert r.stderr.startswith("pushed ") and graph in r.stderr
    r = run("query", "run", "rotation_history", "-p", "number", "3", "--endpoint", empty_oxigraph.query_url,
            "--graph", graph, "--format", "json")  # fmt: skip
    assert len(json.loads(r.stdout)) == 10


def test_push_to_a_dead_server(dead_endpoint: str, query_graph: Path) -> None:
    r = run("push", str(query_graph), "--endpoint", dead_endpoint.replace("/query", "/store"))
    assert r.exit_code == 1 and "cannot connect" in r.stderr


@pytest.mark.server
def test_serve_starts_answers_and_stops_on_ctrl_c(query_graph: Path) -> None:
    from thidua.serve import free_port

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "thidua", "serve", str(query_graph), "--port", str(port)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        lines = []
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stderr.readline()
            lines.append(line)
            if "Ctrl-C" in line or not line:
                break
        text = "".join(lines)
        assert f"http://127.0.0.1:{port}/query" in text and "thidua query run rotation_history" in text
        body = urllib.request.urlopen(
            f"http://127.0.0.1:{port}/query?query=ASK%7B%3Fs%20a%20%3Fo%7D",
            timeout=10,
        ).read()
        assert b"true" in body
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=15) == 0
        assert "server stopped" in proc.stderr.read()
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
