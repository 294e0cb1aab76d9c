"""``thidua serve``: a real Oxigraph SPARQL server on the loopback interface, loaded with a graph.

The server is the ``oxigraph`` binary of the ``oxigraph`` package (found next to the running
Python, or on PATH), run in memory: ``oxigraph serve --bind 127.0.0.1:PORT``. The graph is loaded
over HTTP (``POST /store?no_transaction``, 2x faster than a transactional load, see
``../shared/MEASURED.md``). The server is stopped by its PID (terminate, then kill after a grace
period), never by name. Tests use the same class (``tests/support/oxigraph_server.py``).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from thidua.endpoint import USER_AGENT, EndpointError

LOOPBACK = "127.0.0.1"


class ServerError(RuntimeError):
    """The server binary is missing, did not start, or refused the data (one line)."""


def find_oxigraph() -> str:
    """Path of the ``oxigraph`` server binary: beside ``sys.executable`` first, then PATH."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.is_file() and os.access(here, os.X_OK):
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServerError("the `oxigraph` server binary is not installed (pip install 'thidua-kg[server]' or oxigraph)")


def free_port(host: str = LOOPBACK) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


_MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".trig": "application/trig",
    ".jsonld": "application/ld+json",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
}


def _die_with_parent() -> None:
    """In the child: ask Linux to SIGTERM the server when the Python process that started it dies
    (even by SIGKILL), so a killed ``thidua serve`` or test run never leaves a server behind."""
    import ctypes

    try:
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except OSError:
        pass


class OxigraphServer:
    """One ``oxigraph serve`` process, in memory, on ``host:port``; a context manager."""

    def __init__(
        self,
        port: int | None = None,
        host: str = LOOPBACK,
        *,
        union_default_graph: bool = False,
        timeout_s: int | None = None,
        log: Path | None = None,
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        self.union_default_graph = union_default_graph
        self.timeout_s = timeout_s
        self.log = log
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def store_url(self) -> str:
        return self.url + "/store"

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def start(self, wait: float = 20.0) -> OxigraphServer:
        cmd = [find_oxigraph(), "serve", "--bind", f"{self.host}:{self.port}"]
        if self.union_default_graph:
            cmd.append("--union-default-graph")
        if self.timeout_s:
            cmd += ["--timeout-s", str(self.timeout_s)]
        out = open(self.log, "ab") if self.log else subprocess.DEVNULL
        try:
            self.proc = subprocess.Popen(
                cmd, stdout=out, stderr=out, stdin=subprocess.DEVNULL, start_new_session=True,
                preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
            )  # fmt: skip
        finally:
            if self.log:
                out.close()  # type: ignore[union-attr]
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise ServerError(f"oxigraph exited with status {self.proc.returncode} (port {self.port} in use?)")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.2):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise ServerError(f"oxigraph did not listen on {self.url} within {wait:g} s")

    def load(self, path: str | Path, graph: str | None = None, timeout: float = 600.0) -> None:
        """Load a graph file into the default graph (or ``graph``) without a transaction."""
        suffix = Path(path).suffix.lower()
        if suffix not in _MEDIA_TYPES:
            raise ServerError(f"{path}: unknown RDF format {suffix!r}")
        from urllib.parse import urlencode

        from thidua.turtle import preflight

        try:
            preflight(path)
        except ValueError as exc:
            raise ServerError(str(exc)) from None
        params = "no_transaction&" + (urlencode({"graph": graph}) if graph else "default")
        if suffix in (".nq", ".trig"):
            params = "no_transaction"
        data = Path(path).read_bytes()
        req = urllib.request.Request(
            f"{self.store_url}?{params}",
            data=data,
            method="POST",
            headers={"Content-Type": _MEDIA_TYPES[suffix], "User-Agent": USER_AGENT},
        )
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace").strip().splitlines()
            raise ServerError(f"{path}: oxigraph refused the data: {detail[0] if detail else exc.code}") from None
        except urllib.error.URLError as exc:
            raise ServerError(f"{self.url}: cannot load {path}: {exc.reason}") from None

    def stop(self, grace: float = 5.0) -> None:
        """Terminate the process by PID, kill it if it does not exit within ``grace`` seconds."""
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM if os.name != "nt" else signal.CTRL_BREAK_EVENT)
        try:
            proc.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=grace)

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def examples(url: str) -> list[str]:
    """Lines printed by ``thidua serve``: where to point a browser and how to query."""
    q = "SELECT ?c ?label WHERE { ?c a <https://w3id.org/thidua/ontology#EmulationCluster> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 10"  # noqa: E501
    return [
        f"SPARQL endpoint: {url}/query   (Graph Store: {url}/store; query page: {url}/)",
        "Examples:",
        f"  thidua query run rotation_history -p number 3 --endpoint {url}/query",
        f"  thidua query run award_table -p rollup true --endpoint {url}/query --format csv",
        f"  curl -s {url}/query -H 'Accept: text/csv' --data-urlencode 'query={q}'",
        "Press Ctrl-C to stop.",
    ]


def serve(paths: list[Path], port: int | None, host: str = LOOPBACK, say=print) -> None:  # type: ignore[no-untyped-def]
    """Run a server loaded with ``paths`` until Ctrl-C (SIGINT) or SIGTERM; stop it cleanly."""
    server = OxigraphServer(port, host, union_default_graph=True)
    stopping = {"flag": False}

    def _on_term(signum, frame):  # type: ignore[no-untyped-def]
        stopping["flag"] = True

    previous = signal.signal(signal.SIGTERM, _on_term)
    # A process started in the background of a non-interactive shell inherits SIGINT ignored;
    # restore Python's handler so Ctrl-C (or kill -INT) always stops the server cleanly.
    previous_int = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        server.start()
        for p in paths:
            t = time.perf_counter()
            server.load(p)
            say(f"loaded {p} in {time.perf_counter() - t:.1f} s")
        for line in examples(server.url):
            say(line)
        while not stopping["flag"]:
            if server.proc is None or server.proc.poll() is not None:
                raise ServerError("oxigraph stopped unexpectedly")
            time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
        signal.signal(signal.SIGTERM, previous)
        signal.signal(signal.SIGINT, previous_int)
        say("server stopped")


__all__ = ["EndpointError", "OxigraphServer", "ServerError", "examples", "find_oxigraph", "free_port", "serve"]
