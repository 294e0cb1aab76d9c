"""Misbehaving servers on 127.0.0.1 for the fault-injection tests.

- :class:`FaultyServer`: an HTTP server that answers each request by the next step of a script
  (``"ok"``, ``"400"``/``"401"``/``"403"``/``"404"``/``"413"``, ``"500"``/``"502"``/``"503"``,
  ``"slow"``, ``"bad_json"``, ``"html"``, ``"cut"``, ``"empty"``, ``"count:N"``, ``"204"``),
  repeating the last step, and records every request.
- :class:`CuttingProxy`: a TCP proxy in front of a real server that forwards at most ``cut_after``
  bytes of each request and then drops both connections (a connection cut mid-push).

Every wait is bounded and every thread stops on ``close()``; nothing listens beyond loopback.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
from collections.abc import Iterator

import pytest

LOOPBACK = "127.0.0.1"

SELECT_OK = {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "ok"}}]}}


def count_result(n: int) -> dict:
    datatype = "http://www.w3.org/2001/XMLSchema#integer"
    binding = {"n": {"type": "literal", "datatype": datatype, "value": str(n)}}
    return {"head": {"vars": ["n"]}, "results": {"bindings": [binding]}}


class _Handler(http.server.BaseHTTPRequestHandler):
    server: FaultyServer  # type: ignore[assignment]
    protocol_version = "HTTP/1.1"

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        step = self.server.next_step()
        if step == "cut":
            # Read a little of the body, then drop the connection without any answer.
            self.rfile.read(min(length, 16))
            self.server.record(self, b"")
            self.close_connection = True
            try:
                self.connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            return
        body = self.rfile.read(length) if length else b""
        self.server.record(self, body)
        if step == "slow":
            self.server.stopping.wait(self.server.slow_seconds)  # bounded; returns early on close()
            step = "ok"
        if step.startswith("count:"):
            self._send(200, json.dumps(count_result(int(step[6:]))).encode(), "application/sparql-results+json")
        elif step == "ok":
            self._send(200, json.dumps(SELECT_OK).encode(), "application/sparql-results+json")
        elif step == "204":
            self._send(204, b"", None)
        elif step in ("400", "401", "403", "404", "413"):
            self._send(int(step), b"client error\n", "text/plain")
        elif step in ("500", "502", "503"):
            self._send(int(step), b"internal error: the store is on fire\n", "text/plain")
        elif step == "bad_json":
            self._send(200, b'{"head": {"vars": ["x"]}, "results": {"bindings": [', "application/sparql-results+json")
        elif step == "html":
            self._send(200, b"<html><body>Service Unavailable</body></html>", "text/html")
        elif step == "empty":
            self._send(200, b"", "application/sparql-results+json")
        else:
            raise AssertionError(f"unknown step {step!r}")

    def _send(self, status: int, body: bytes, ctype: str | None) -> None:
        try:
            self.send_response(status)
            if ctype:
                self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (timeout): nothing to answer

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args: object) -> None:
        pass


class FaultyServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, script: list[str] | None = None, slow_seconds: float = 30.0) -> None:
        super().__init__((LOOPBACK, 0), _Handler)
        self.script = list(script or ["ok"])
        self.slow_seconds = slow_seconds
        self.requests: list[dict] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self.server_address[1]}"

    def next_step(self) -> str:
        with self._lock:
            return self.script.pop(0) if len(self.script) > 1 else self.script[0]

    def record(self, handler: _Handler, body: bytes) -> None:
        with self._lock:
            self.requests.append(
                {"method": handler.command, "path": handler.path, "headers": dict(handler.headers), "body": body}
            )

    def close(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        self._thread.join(5)


class CuttingProxy:
    """Forward to ``target_port`` on loopback; cut every connection after ``cut_after`` request bytes."""

    def __init__(self, target_port: int, cut_after: int) -> None:
        self.target_port = target_port
        self.cut_after = cut_after
        self.cuts = 0
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._sock.bind((LOOPBACK, 0))
        self._sock.listen(16)
        self._sock.settimeout(0.1)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._loop, daemon=True)
        self._accept.start()

    @property
    def url(self) -> str:
        return f"http://{LOOPBACK}:{self._sock.getsockname()[1]}"

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                continue
            t = threading.Thread(target=self._pipe, args=(client,), daemon=True)
            t.start()
            self._threads.append(t)

    def _pipe(self, client: socket.socket) -> None:
        upstream = socket.create_connection((LOOPBACK, self.target_port), timeout=5)
        client.settimeout(5)
        sent = 0
        try:
            while sent < self.cut_after and not self._stop.is_set():
                try:
                    data = client.recv(min(65536, self.cut_after - sent))
                except (TimeoutError, OSError):
                    break
                if not data:
                    break
                upstream.sendall(data)
                sent += len(data)
            self.cuts += 1
        finally:
            for s in (client, upstream):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self._stop.set()
        self._accept.join(2)
        for t in self._threads:
            t.join(2)
        self._sock.close()


@pytest.fixture
def faulty_server() -> Iterator:
    """A factory: ``faulty_server(["500", "ok"], slow_seconds=5)`` -> a running FaultyServer."""
    made: list[FaultyServer] = []

    def make(script: list[str] | None = None, slow_seconds: float = 30.0) -> FaultyServer:
        s = FaultyServer(script, slow_seconds)
        made.append(s)
        return s

    yield make
    for s in made:
        s.close()


@pytest.fixture
def cutting_proxy() -> Iterator:
    """A factory: ``cutting_proxy(target_port, cut_after)`` -> a running CuttingProxy."""
    made: list[CuttingProxy] = []

    def make(target_port: int, cut_after: int) -> CuttingProxy:
        p = CuttingProxy(target_port, cut_after)
        made.append(p)
        return p

    yield make
    for p in made:
        p.close()
