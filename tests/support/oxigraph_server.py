"""Fixtures for the query tests: the fixture graph, a real ``oxigraph serve`` on a free loopback
port (stopped by its PID), and misbehaving endpoints (dead, silent, erroring) on loopback."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

QUERY_FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "queries"
#: Named-query cases on the fixture graph; expected rows in expected/<case>.json.
CASES: dict = yaml.safe_load((QUERY_FIXTURES / "cases.yaml").read_text(encoding="utf-8"))
#: Columns built with GROUP_CONCAT: SPARQL leaves their inner order to the engine.
CONCAT_COLUMNS = {"sources", "years", "roles", "transitions"}


def normalize(rows: list[dict]) -> list[dict]:
    """Rows with the parts of GROUP_CONCAT columns sorted (their order is the engine's choice)."""
    out = []
    for r in rows:
        r = dict(r)
        for k in CONCAT_COLUMNS & set(r):
            if isinstance(r[k], str):
                sep = ", " if k in ("roles", "transitions") else " "
                r[k] = sep.join(sorted(r[k].split(sep)))
        out.append(r)
    return out


@pytest.fixture(scope="session")
def query_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture facts of tests/fixtures/queries built into one Turtle file (with the ontology)."""
    from thidua.build import build

    out = tmp_path_factory.mktemp("querygraph") / "fixture.ttl"
    _, report = build([QUERY_FIXTURES / "facts"], out)
    assert not report.errors, report.errors
    return out


@pytest.fixture(scope="session")
def query_store(query_graph: Path):  # type: ignore[no-untyped-def]
    from thidua.store import EmbeddedStore

    return EmbeddedStore.from_files([query_graph])


def _server():  # type: ignore[no-untyped-def]
    from thidua.serve import OxigraphServer, ServerError, find_oxigraph

    try:
        find_oxigraph()
    except ServerError as exc:
        # The oxigraph server is a test dependency (pip extra "test"): missing is a failure.
        pytest.fail(str(exc))
    return OxigraphServer()


@pytest.fixture(scope="session")
def oxigraph_server(query_graph: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator:
    """A real Oxigraph server on 127.0.0.1:<free port> loaded with the fixture graph."""
    server = _server()
    server.log = tmp_path_factory.mktemp("oxigraph") / "server.log"
    server.start()
    try:
        server.load(query_graph)
        yield server
    finally:
        pid = server.pid
        server.stop()
        _assert_gone(pid)


@pytest.fixture
def empty_oxigraph(tmp_path: Path) -> Iterator:
    """A fresh, empty Oxigraph server for push tests."""
    server = _server()
    server.log = tmp_path / "server.log"
    server.start()
    try:
        yield server
    finally:
        pid = server.pid
        server.stop()
        _assert_gone(pid)


def _assert_gone(pid: int | None) -> None:
    import os

    if pid is None:
        return
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return
    except PermissionError:
        return
    # A zombie is gone for our purposes only once reaped; Popen.wait() in stop() reaps it.
    raise AssertionError(f"oxigraph process {pid} still running after stop()")


@pytest.fixture
def dead_endpoint() -> str:
    """A loopback URL where nothing listens (the port was free a moment ago)."""
    from thidua.serve import free_port

    return f"http://127.0.0.1:{free_port()}/query"


@pytest.fixture
def silent_endpoint() -> Iterator[str]:
    """A loopback server that accepts connections and never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        sock.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
                held.append(conn)
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/query"
    finally:
        stop.set()
        t.join(2)
        for c in held:
            c.close()
        sock.close()


class RecordingHandler(http.server.BaseHTTPRequestHandler):
    """Answers every request with ``status`` and records method, path, headers and body."""

    status = 500
    body = b"internal error: the store is on fire\n"
    requests: list[dict]

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        data = self.rfile.read(length) if length else b""
        self.requests.append({"method": self.command, "path": self.path, "headers": dict(self.headers), "body": data})
        self.send_response(self.status)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_GET = do_POST = do_PUT = _answer

    def log_message(self, *args: object) -> None:  # quiet
        pass


@pytest.fixture
def recording_endpoint() -> Iterator:
    """A loopback HTTP server answering 500 to everything (set ``.status``/``.body`` to change),
    with the list of requests it received as ``.requests``."""
    handler = type("Handler", (RecordingHandler,), {"requests": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    server.url = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    server.handler = handler  # type: ignore[attr-defined]
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
