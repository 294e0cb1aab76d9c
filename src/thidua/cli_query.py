"""``thidua query list|show|run``, ``thidua push`` and ``thidua serve``: thin click commands over
:mod:`thidua.querylib`, :mod:`thidua.store`, :mod:`thidua.endpoint` and :mod:`thidua.serve`.

Rows go to stdout in the chosen format; messages to stderr; every domain error is one line
(``error: ...``, exit 1).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
import time
import unicodedata
from pathlib import Path
from typing import Any

import click

from thidua.cli import CliError, say

DEFAULT_DATA = Path("data/kg.ttl")
FORMATS = ("table", "csv", "tsv", "json", "jsonl")


# --------------------------------------------------------------------------- output


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4g}" if v != int(v) else f"{v:.1f}"
    return str(v)


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


# Terminal control characters in data (from any graph file) are shown escaped, never sent raw.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def format_rows(names: list[str], rows: list[dict[str, Any]], fmt: str) -> str:
    """Rows as text in one of :data:`FORMATS` (json: an array of objects keyed by the variables)."""
    if fmt == "json":
        return json.dumps([{n: r.get(n) for n in names} for r in rows], ensure_ascii=False, indent=1) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps({n: r.get(n) for n in names}, ensure_ascii=False) + "\n" for r in rows)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        if fmt == "csv":
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(names)
            for r in rows:
                w.writerow([_cell(r.get(n)) for n in names])
            return buf.getvalue()
        clean = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
        lines = ["\t".join(names)] + ["\t".join(clean(_cell(r.get(n))) for n in names) for r in rows]
        return "\n".join(lines) + "\n"
    cells = [[_CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", _cell(r.get(n)).replace("\n", " ")) for n in names]
             for r in rows]  # fmt: skip
    widths = [max([_width(n)] + [_width(row[i]) for row in cells]) for i, n in enumerate(names)]
    pad = lambda s, w: s + " " * (w - _width(s))
    out = ["  ".join(pad(n, w) for n, w in zip(names, widths, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    out += ["  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(out) + "\n"


def _write(text: str) -> None:
    sys.stdout.write(text)
    sys.stdout.flush()


# --------------------------------------------------------------------------- stores


def open_store(
    data: tuple[Path, ...], endpoint: str | None, graph: str | None, timeout: float, allow_service: tuple[str, ...]
):  # type: ignore[no-untyped-def]
    """The embedded store loaded with ``data`` (default data/kg.ttl), or the remote endpoint."""
    if data and endpoint:
        raise CliError("give --data FILE or --endpoint URL, not both")
    if endpoint:
        from thidua.endpoint import EndpointError, RemoteStore

        try:
            return RemoteStore(endpoint, timeout=timeout, default_graph=graph)
        except EndpointError as exc:
            raise CliError(str(exc)) from None
    if graph:
        raise CliError("--graph applies to --endpoint (the embedded store sees every graph of its files)")
    files = list(data) or ([DEFAULT_DATA] if DEFAULT_DATA.is_file() else [])
    if not files:
        raise CliError(f"no data: pass --data FILE (no {DEFAULT_DATA} here) or --endpoint URL")
    from thidua.store import EmbeddedStore

    try:
        return EmbeddedStore.from_files(files, allow_service=allow_service)
    except ValueError as exc:
        raise CliError(str(exc)) from None


# --------------------------------------------------------------------------- query


@click.group()
def query() -> None:
    """Named SPARQL queries: list them, show one, run one locally or on a SPARQL server.

    \b
    Example:
      thidua query list
      thidua query run rotation_history -p number 3 -p authority "Bộ TT&TT"
    """


@query.command("list")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
def list_cmd(fmt: str) -> None:
    """List the named queries with their titles and parameters.

    \b
    Example:
      thidua query list --format json
    """
    from thidua.querylib import QueryError, load_all

    try:
        queries = load_all()
    except QueryError as exc:
        raise CliError(str(exc)) from None
    rows = [
        {
            "name": q.name,
            "title_en": q.title_en,
            "title_vi": q.title_vi,
            "parameters": " ".join(f"{n}{'' if p.required else '?'}:{p.type}" for n, p in q.parameters.items()),
        }
        for q in queries
    ]
    _write(format_rows(["name", "title_en", "title_vi", "parameters"], rows, fmt))


@query.command("show")
@click.argument("name")
def show_cmd(name: str) -> None:
    """Show a query: titles, description, parameters with examples, and the SPARQL.

    \b
    Example:
      thidua query show rotation_history
    """
    from thidua.querylib import QueryError, load_query

    try:
        q = load_query(name)
    except QueryError as exc:
        raise CliError(str(exc)) from None
    lines = [f"{q.name}: {q.title_en}", f"  {q.title_vi}", "", q.description_en, "", q.description_vi, ""]
    if q.parameters:
        lines.append("Parameters:")
        for n, p in q.parameters.items():
            req = "required" if p.required else "optional"
            ex = f", example: {p.example}" if p.example is not None else ""
            lines.append(f"  {n} ({p.type}, {req}{ex}): {p.description}")
        lines.append("")
    example = " ".join(f"-p {n} {_quote(str(v))}" for n, v in q.examples().items() if q.parameters[n].required)
    lines += [f"Example: thidua query run {q.name} {example}".rstrip(), f"Tags: {', '.join(q.tags)}", "", q.text]
    _write("\n".join(lines).rstrip() + "\n")


def _quote(s: str) -> str:
    import shlex

    return shlex.quote(s)


@query.command("run")
@click.argument("name", required=False)
@click.option("--file", "query_file", type=click.Path(path_type=Path), help="Run a .rq file instead of a named query.")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE", help="A parameter value.")
@click.option("--data", "data", multiple=True, type=click.Path(path_type=Path), help="Graph file(s) [data/kg.ttl].")
@click.option("--endpoint", help="SPARQL query endpoint URL (credentials: THIDUA_SPARQL_USER/PASSWORD).")
@click.option("--graph", help="With --endpoint: query this named graph as the default graph.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--timeout", type=float, default=60.0, show_default=True, help="Seconds to wait for a remote answer.")
@click.option("--allow-service", multiple=True, metavar="HOST", help="Let SERVICE reach this host (local only).")
@click.option("--print-query", is_flag=True, help="Print the query with its parameters written in, do not run it.")
@click.option("--time", "show_time", is_flag=True, help="Report the query time on stderr.")
def run_cmd(
    name: str | None,
    query_file: Path | None,
    params: tuple[tuple[str, str], ...],
    data: tuple[Path, ...],
    endpoint: str | None,
    graph: str | None,
    fmt: str,
    timeout: float,
    allow_service: tuple[str, ...],
    print_query: bool,
    show_time: bool,
) -> None:
    """Run a named query (or --file my.rq) on graph files or a SPARQL endpoint.

    Parameters are typed and validated (a cluster number, a year, a province name resolved
    through the gazetteer, an authority or bloc through the vocabularies) and written into the
    query as RDF terms, the same way for local and remote runs.

    \b
    Example:
      thidua query run rotation_history -p number 3 --data data/kg.ttl
      thidua query run award_table -p rollup true --format csv
      thidua query run conflicts --endpoint http://127.0.0.1:7878/query
      thidua query run --file my.rq --format json
    """
    from thidua.querylib import QueryError, load_query, query_from_file

    if bool(name) == bool(query_file):
        raise CliError("give a query NAME or --file FILE (see `thidua query list`)")
    values: dict[str, str] = {}
    for pname, pvalue in params:
        if pname in values:
            raise CliError(f"parameter {pname} given twice")
        values[pname] = pvalue
    try:
        q = load_query(name) if name else query_from_file(str(query_file))
        text = q.bind(values)
    except QueryError as exc:
        raise CliError(str(exc)) from None
    if print_query:
        _write(text if text.endswith("\n") else text + "\n")
        return
    store = open_store(data, endpoint, graph, timeout, allow_service)
    t = time.perf_counter()
    try:
        if q.form == "ASK":
            _write(("true" if store.ask(text) else "false") + "\n")
            return
        if q.form != "SELECT":
            raise CliError(f"{q.name}: only SELECT and ASK queries can be run here ({q.form} given)")
        names, rows = store.select(text)
    except ValueError as exc:  # QueryError, EndpointError and store errors are ValueErrors
        raise CliError(str(exc)) from None
    elapsed = time.perf_counter() - t
    _write(format_rows(names, rows, fmt))
    if show_time or fmt == "table":
        say(f"{len(rows)} row(s) in {elapsed * 1000:.1f} ms from {store.endpoint}")


# --------------------------------------------------------------------------- push / serve


@click.command()
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--endpoint", required=True, help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store.")
@click.option("--graph", help="Named graph IRI to replace (default: the default graph).")
@click.option("--query-endpoint", help="Query endpoint used to verify the count (guessed for Oxigraph, Fuseki).")
@click.option("--timeout", type=float, default=600.0, show_default=True)
def push(file: Path, endpoint: str, graph: str | None, query_endpoint: str | None, timeout: float) -> None:
    """Publish a graph file to a SPARQL server, replacing the named graph as a whole.

    Uses the SPARQL 1.1 Graph Store Protocol (HTTP PUT): the file is parsed locally first, the
    server swaps the graph in one request (a failed push leaves the old graph), and the triple
    count is read back and checked. Credentials come from THIDUA_SPARQL_USER/PASSWORD.

    \b
    Example:
      thidua push data/kg.ttl --endpoint http://127.0.0.1:7878/store --graph https://w3id.org/thidua/graph
    """
    from thidua.endpoint import EndpointError
    from thidua.endpoint import push as run_push

    t = time.perf_counter()
    try:
        n = run_push(file, endpoint, graph, query_url=query_endpoint, timeout=timeout)
    except (EndpointError, ValueError) as exc:
        raise CliError(str(exc)) from None
    from thidua.endpoint import safe_url

    say(f"pushed {n} triples to {safe_url(endpoint)} ({graph or 'default graph'}) in {time.perf_counter() - t:.1f} s")


@click.command()
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=7878, show_default=True, help="0 = any free port.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind (loopback by default).")
def serve(files: tuple[Path, ...], port: int, host: str) -> None:
    """Start a local Oxigraph SPARQL server loaded with the graph; Ctrl-C stops it.

    \b
    Example:
      thidua serve data/kg.ttl --port 7878
    """
    from thidua.serve import ServerError
    from thidua.serve import serve as run_serve

    paths = list(files) or ([DEFAULT_DATA] if DEFAULT_DATA.is_file() else [])
    if not paths:
        raise CliError(f"no graph file given and no {DEFAULT_DATA} here")
    for p in paths:
        if not p.is_file():
            raise CliError(f"{p}: no such file")
    if host not in ("127.0.0.1", "localhost", "::1"):
        say(f"warning: binding {host} makes the server (read-write, no authentication) reachable from other machines")
    try:
        run_serve(paths, port or None, host, say=say)
    except ServerError as exc:
        raise CliError(str(exc)) from None
