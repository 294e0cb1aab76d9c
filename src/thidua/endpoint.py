"""A remote SPARQL 1.1 server behind the same small interface as :class:`thidua.store.EmbeddedStore`.

``RemoteStore(url).select(query)`` returns ``(variables, rows)`` with rows as dicts of plain
values, typed exactly as the embedded store types them, so a named query gives the same rows
locally and remotely. Queries go through SPARQLWrapper: GET for short queries, POST for long
ones, a timeout, a User-Agent, HTTP basic credentials from ``THIDUA_SPARQL_USER`` /
``THIDUA_SPARQL_PASSWORD`` (never from the command line, never printed), and retries with
exponential backoff on 5xx answers and connection errors. Every failure is one line that names
the endpoint (without credentials).

:func:`push` publishes a graph file with the SPARQL 1.1 Graph Store Protocol: the file is parsed
locally first (a bad file never reaches the server), the named graph is replaced as a whole with
one ``PUT`` (the server swaps it atomically: a failed request leaves the old graph), and the
triple count is read back and compared.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from thidua import __version__

USER_AGENT = f"thidua-kg/{__version__} (+https://w3id.org/thidua; SPARQLWrapper)"
ENV_USER = "THIDUA_SPARQL_USER"
ENV_PASSWORD = "THIDUA_SPARQL_PASSWORD"
#: Queries longer than this (characters) are sent with POST, shorter ones with GET (cacheable).
POST_THRESHOLD = 1500

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTS = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}
_FLOATS = {_XSD + "decimal", _XSD + "double"}


class EndpointError(ValueError):
    """A remote failure; ``str()`` is one line naming the endpoint."""


def safe_url(url: str) -> str:
    """The URL without any ``user:password@`` part, for messages."""
    parts = urllib.parse.urlsplit(url)
    if parts.username or parts.password:
        netloc = parts.hostname or ""
        if parts.port:
            netloc += f":{parts.port}"
        parts = parts._replace(netloc=netloc)
    return urllib.parse.urlunsplit(parts)


def check_url(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise EndpointError(f"{safe_url(url)!r} is not an http(s) endpoint URL")
    if parts.username or parts.password:
        raise EndpointError(
            f"{safe_url(url)}: do not put credentials in the URL; set {ENV_USER} and {ENV_PASSWORD} instead"
        )
    return url


def credentials() -> tuple[str, str] | None:
    user = os.environ.get(ENV_USER)
    if not user:
        return None
    return user, os.environ.get(ENV_PASSWORD, "")


def binding_value(b: dict[str, Any] | None) -> Any:
    """A SPARQL JSON result binding as the same plain value :func:`thidua.store.term_value` gives."""
    if b is None:
        return None
    value = b.get("value")
    if b.get("type") in ("literal", "typed-literal"):
        dt = b.get("datatype")
        if dt in _INTS:
            try:
                return int(value)
            except (TypeError, ValueError):
                return value
        if dt in _FLOATS:
            try:
                return float(value)
            except (TypeError, ValueError):
                return value
    return value


class RemoteStore:
    """A SPARQL 1.1 query endpoint (Oxigraph, Fuseki, Virtuoso, GraphDB, QLever...)."""

    def __init__(
        self,
        url: str,
        *,
        timeout: float = 60.0,
        retries: int = 3,
        backoff: float = 0.5,
        default_graph: str | None = None,
    ) -> None:
        self.url = check_url(url)
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.default_graph = default_graph

    @property
    def endpoint(self) -> str:
        return safe_url(self.url)

    def _wrapper(self, query: str):  # type: ignore[no-untyped-def]
        from SPARQLWrapper import GET, JSON, POST, SPARQLWrapper

        sw = SPARQLWrapper(self.url, agent=USER_AGENT)
        sw.setQuery(query)
        sw.setReturnFormat(JSON)
        sw.setTimeout(self.timeout)
        sw.setMethod(POST if len(query) > POST_THRESHOLD else GET)
        if self.default_graph:
            sw.addDefaultGraph(self.default_graph)
        creds = credentials()
        if creds:
            sw.setCredentials(*creds)
        return sw

    def _fail(self, what: str) -> EndpointError:
        return EndpointError(f"{self.endpoint}: {what}")

    def _run(self, query: str) -> dict[str, Any]:
        from SPARQLWrapper.SPARQLExceptions import (
            EndPointInternalError,
            EndPointNotFound,
            QueryBadFormed,
            Unauthorized,
            URITooLong,
        )

        attempt = 0
        while True:
            try:
                response = self._wrapper(query).query()
                raw = response.response.read()
                break
            except QueryBadFormed as exc:
                raise self._fail(f"the server rejected the query (400): {_first_line(exc)}") from None
            except Unauthorized:
                raise self._fail(f"not authorised (401); set {ENV_USER} and {ENV_PASSWORD}") from None
            except EndPointNotFound:
                raise self._fail("no SPARQL endpoint at this URL (404)") from None
            except URITooLong:
                raise self._fail("query too long for GET (414)") from None
            except EndPointInternalError as exc:
                problem = f"server error (500): {_first_line(exc)}"
            except urllib.error.HTTPError as exc:
                if exc.code < 500:
                    raise self._fail(f"HTTP {exc.code} {exc.reason}") from None
                problem = f"server error ({exc.code} {exc.reason})"
            except TimeoutError:
                raise self._fail(f"no answer within {self.timeout:g} s (timeout)") from None
            except urllib.error.URLError as exc:
                if isinstance(exc.reason, TimeoutError | socket.timeout):
                    raise self._fail(f"no answer within {self.timeout:g} s (timeout)") from None
                problem = f"cannot connect ({_reason(exc)})"
            except (ConnectionError, http_client_errors()) as exc:
                problem = f"connection failed ({type(exc).__name__}: {_first_line(exc)})"
            attempt += 1
            if attempt > self.retries:
                tries = f" after {attempt} attempts" if attempt > 1 else ""
                raise self._fail(problem + tries)
            time.sleep(self.backoff * 2 ** (attempt - 1))
        try:
            return json.loads(raw)
        except ValueError:
            raise self._fail("answer is not SPARQL JSON results") from None

    def select(self, query: str) -> tuple[list[str], list[dict[str, Any]]]:
        data = self._run(query)
        if "results" not in data:
            raise self._fail("expected a SELECT query")
        names = list(data.get("head", {}).get("vars", []))
        rows = [{n: binding_value(b.get(n)) for n in names} for b in data["results"]["bindings"]]
        return names, rows

    def ask(self, query: str) -> bool:
        data = self._run(query)
        if "boolean" not in data:
            raise self._fail("expected an ASK query")
        return bool(data["boolean"])


def http_client_errors() -> type[Exception]:
    import http.client

    return http.client.HTTPException


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(("EndPointInternalError", "QueryBadFormed")):
            return line[:200]
    return text.splitlines()[0][:200] if text else type(exc).__name__


def _reason(exc: urllib.error.URLError) -> str:
    reason = exc.reason
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason)


# --------------------------------------------------------------------------- Graph Store Protocol


def graph_triples(path: str | Path) -> tuple[bytes, str, int]:
    """Parse a graph file locally: (body to send, its media type, triple count).

    Turtle and N-Triples are sent as they are; other formats (and TriG/N-Quads, whose graphs are
    merged into one) are sent as N-Triples. A file that does not parse raises ValueError.
    """
    from thidua.turtle import format_for, preflight

    fmt = format_for(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    preflight(path, fmt)
    try:
        items = list(ox.parse(data, format=fmt))
    except SyntaxError as exc:
        raise ValueError(f"{path}: not valid {fmt.name}: {str(exc).splitlines()[0]}") from None
    triples = {ox.Triple(q.subject, q.predicate, q.object) if isinstance(q, ox.Quad) else q for q in items}
    if fmt == ox.RdfFormat.TURTLE:
        return data, "text/turtle; charset=utf-8", len(triples)
    if fmt == ox.RdfFormat.N_TRIPLES and len(triples) == len(items):
        return data, "application/n-triples", len(triples)
    body = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES)
    return body, "application/n-triples", len(triples)


def query_url_for(store_url: str) -> str:
    """The query endpoint beside a Graph Store endpoint, for the servers whose layout is known."""
    parts = urllib.parse.urlsplit(store_url)
    path = parts.path.rstrip("/")
    for gsp, query in (("/store", "/query"), ("/data", "/sparql")):
        if path.endswith(gsp):
            return urllib.parse.urlunsplit(parts._replace(path=path[: -len(gsp)] + query, query=""))
    raise EndpointError(f"{safe_url(store_url)}: cannot guess the query endpoint; pass --query-endpoint URL")


def _request(url: str, method: str, body: bytes | None, headers: dict[str, str], timeout: float):  # type: ignore[no-untyped-def]
    headers = {"User-Agent": USER_AGENT, **headers}
    creds = credentials()
    if creds:
        token = base64.b64encode(f"{creds[0]}:{creds[1]}".encode()).decode()
        headers["Authorization"] = f"Basic {token}"
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    return urllib.request.urlopen(req, timeout=timeout)


def push(
    path: str | Path,
    store_url: str,
    graph: str | None = None,
    *,
    query_url: str | None = None,
    timeout: float = 600.0,
    retries: int = 2,
    backoff: float = 1.0,
) -> int:
    """Replace ``graph`` (None = the default graph) on a Graph Store endpoint; return the count.

    >>> push("data/kg.ttl", "http://127.0.0.1:7878/store", "https://w3id.org/thidua/graph")  # doctest: +SKIP
    """
    check_url(store_url)
    if graph is not None:
        from thidua.querylib import QueryError, check_iri

        try:
            graph = check_iri(graph)
        except QueryError as exc:
            raise EndpointError(f"--graph: {exc}") from None
    body, media_type, expected = graph_triples(path)
    target = store_url + ("&" if "?" in store_url else "?")
    target += urllib.parse.urlencode({"graph": graph}) if graph else "default"
    where = safe_url(store_url)
    attempt = 0
    while True:
        try:
            with _request(target, "PUT", body, {"Content-Type": media_type}, timeout) as resp:
                resp.read()
            break
        except urllib.error.HTTPError as exc:
            detail = exc.read()[:300].decode("utf-8", "replace").strip().splitlines()
            msg = f"{where}: push refused: HTTP {exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")
            if exc.code < 500:
                raise EndpointError(msg) from None
            problem = msg
        except TimeoutError:
            raise EndpointError(f"{where}: no answer within {timeout:g} s while pushing (timeout)") from None
        except urllib.error.URLError as exc:
            problem = f"{where}: cannot connect ({_reason(exc)})"
        except (ConnectionError, http_client_errors()) as exc:
            problem = f"{where}: connection failed ({type(exc).__name__})"
        attempt += 1
        if attempt > retries:
            raise EndpointError(problem + (f" after {attempt} attempts" if attempt > 1 else ""))
        time.sleep(backoff * 2 ** (attempt - 1))
    counter = RemoteStore(query_url or query_url_for(store_url), timeout=min(timeout, 120.0))
    if graph:
        count_query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {ox.NamedNode(graph)} {{ ?s ?p ?o }} }}"
    else:
        count_query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    _, rows = counter.select(count_query)
    found = rows[0]["n"] if rows else 0
    if found != expected:
        raise EndpointError(f"{where}: pushed {expected} triples but the graph now holds {found}")
    return expected
