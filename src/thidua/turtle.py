"""Byte-stable RDF writing.

pyoxigraph's serializer is fast (~1 s per million triples) but follows insertion order, and
rdflib's ``longturtle`` is stable but ~25x slower (``../shared/MEASURED.md``). Sorting the
triples by their N-Triples form and streaming them through pyoxigraph gives both: the same
graph always yields the same bytes, whatever the input order or ``PYTHONHASHSEED``. Every
node is an IRI (no blank nodes), so there are no unstable labels to sort.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from thidua.vocab import PREFIXES

#: File extension -> pyoxigraph format, for ``build -o`` and every ``--data`` input.
FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}


def format_for(path: str | Path) -> ox.RdfFormat:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: unknown RDF format {suffix or '(no extension)'!r}; use one of {', '.join(FORMATS)}")
    return FORMATS[suffix]


def sort_key(t: ox.Triple | ox.Quad) -> tuple[str, ...]:
    if isinstance(t, ox.Quad):
        return (str(t.graph_name), str(t.subject), str(t.predicate), str(t.object))
    return (str(t.subject), str(t.predicate), str(t.object))


def sorted_unique(items: Iterable[ox.Triple | ox.Quad]) -> list:
    """Deduplicate and sort; the sort key is the N-Triples text, identical on every machine.

    The order is that of :func:`sort_key`. Triples are keyed by ``str(triple)`` (``"<s> <p> <o>"``),
    one string instead of a tuple of three, which sorts the same way (no IRI or blank-node label
    contains a space or ``>`` inside it) and is about twice as fast at a million triples
    (``bench/``). Quads (the static files parse as default-graph quads) keep the tuple key;
    when triples and quads could interleave the general path is taken.
    """
    triples: dict[str, ox.Triple] = {}
    quads: dict[tuple[str, ...], ox.Quad] = {}
    for t in items:
        if isinstance(t, ox.Quad):
            quads[sort_key(t)] = t
        else:
            triples[str(t)] = t
    ordered = sorted(triples)
    if quads and ordered and ordered[-1] >= min(quads)[0]:
        keyed = {sort_key(t): t for t in (*triples.values(), *quads.values())}
        return [keyed[k] for k in sorted(keyed)]
    return [triples[k] for k in ordered] + [quads[k] for k in sorted(quads)]


def serialize(items: Iterable[ox.Triple | ox.Quad], fmt: ox.RdfFormat) -> bytes:
    """Sorted, prefix-stable bytes of the triples (or quads for TriG/N-Quads)."""
    return serialize_counted(items, fmt)[0]


def serialize_counted(items: Iterable[ox.Triple | ox.Quad], fmt: ox.RdfFormat) -> tuple[bytes, int]:
    """:func:`serialize` and the number of statements written (no need to parse them back)."""
    ordered = sorted_unique(items)
    if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        body = ox.serialize(ordered, format=fmt, prefixes=PREFIXES)
        return PREFIX_HEADER + _strip_prefix_lines(body), len(ordered)
    return ox.serialize(ordered, format=fmt), len(ordered)


#: The prefix block, in a fixed order we own (the serializer's own order is not specified).
PREFIX_HEADER = "".join(f"@prefix {k}: <{v}> .\n" for k, v in PREFIXES.items()).encode()


def _strip_prefix_lines(body: bytes) -> bytes:
    pos = 0
    while body.startswith(b"@prefix ", pos):
        pos = body.index(b"\n", pos) + 1
    return body[pos:]


def write_atomic(path: str | Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it over: readers never see half a file."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


MAX_JSON_DEPTH_NOTE = "nested too deeply to be a graph (a parser bomb?)"


def preflight(path: str | Path, fmt: ox.RdfFormat | None = None) -> None:
    """Refuse, with a one-line ValueError, graph files that pyoxigraph 0.5 mishandles.

    Its JSON-LD parser recurses without a limit (a 90 KB file nested 10,000 deep kills the
    process), and its RDF/XML parser accepts a document cut off before its closing tags as a
    valid partial graph. JSON is checked by Python's json module (which stops at its recursion
    limit), RDF/XML by expat for well-formedness, with entity declarations refused.
    """
    fmt = fmt or format_for(path)
    if fmt not in (ox.RdfFormat.JSON_LD, ox.RdfFormat.RDF_XML):
        return
    try:
        data = Path(path).read_bytes()
    except OSError:
        return  # the loader reports unreadable files in its own words
    if fmt == ox.RdfFormat.JSON_LD:
        import json

        try:
            json.loads(data)
        except RecursionError:
            raise ValueError(f"{path}: not valid JSON-LD: {MAX_JSON_DEPTH_NOTE}") from None
        except (ValueError, UnicodeDecodeError) as exc:
            raise ValueError(f"{path}: not valid JSON-LD: {str(exc).splitlines()[0]}") from None
        return
    from xml.parsers import expat

    parser = expat.ParserCreate()

    def refuse_entities(*_args: object) -> None:
        raise ValueError("entity declarations are not allowed")

    parser.EntityDeclHandler = refuse_entities
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise ValueError(f"{path}: not valid RDF/XML: {expat.errors.messages[exc.code]} (line {exc.lineno})") from None
    except ValueError as exc:
        raise ValueError(f"{path}: not valid RDF/XML: {exc}") from None
