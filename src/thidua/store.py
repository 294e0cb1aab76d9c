"""The embedded store: an in-memory Oxigraph loaded from graph files.

Chosen by measurement (``../shared/MEASURED.md``): Oxigraph parses a million triples in ~2.4 s
and answers the named queries 10-100x faster than a plain rdflib Graph. It is used through
pyoxigraph's own API, not through rdflib (oxrdflib silently falls back to the slow parser
unless every call names an ``ox-*`` format).

Rows come back as dicts of plain Python values keyed by the query's variables, the same
shape :mod:`thidua.endpoint` returns for a remote server, so callers do not care which is used.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from thidua.turtle import format_for, preflight

_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTS = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger")}


def term_value(term: Any) -> Any:
    """A result term as a plain value: IRIs and strings as str, integers as int, None if unbound."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        if term.datatype.value in _INTS:
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if term.datatype.value == _XSD + "decimal" or term.datatype.value == _XSD + "double":
            try:
                return float(term.value)
            except ValueError:
                return term.value
        return term.value
    return term.value


class EmbeddedStore:
    """An in-memory Oxigraph store with the small interface shared with the remote store."""

    def __init__(self, allow_service: tuple[str, ...] = ()) -> None:
        self.store = ox.Store()
        #: Hosts a query's SERVICE clause may reach; by default none (see :meth:`select`).
        self.allow_service = tuple(allow_service)
        #: True once a file with named graphs (TriG, N-Quads) is loaded: queries then see the union.
        self.union = False

    @property
    def endpoint(self) -> str:
        """What the store is, for messages (the remote store names its URL here)."""
        return "embedded store"

    @classmethod
    def from_files(cls, paths: Iterable[str | Path], allow_service: tuple[str, ...] = ()) -> EmbeddedStore:
        """Load graph files (format from the extension); a bad file raises ValueError naming it."""
        s = cls(allow_service)
        for path in paths:
            s.load_file(path)
        return s

    def load_file(self, path: str | Path) -> None:
        fmt = format_for(path)
        preflight(path, fmt)
        try:
            self.store.bulk_load(path=str(path), format=fmt)
        except FileNotFoundError:
            raise ValueError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise ValueError(f"{path}: is a folder, not a graph file") from None
        except SyntaxError as exc:
            first = str(exc).splitlines()[0]
            if "LoadDocumentCallback" in first:
                # pyoxigraph has no document loader: a remote @context is never fetched.
                first = "it names a remote @context, which is never fetched; embed the context in the file"
            raise ValueError(f"{path}: not valid {fmt.name}: {first}") from None
        except OSError as exc:
            raise ValueError(f"{path}: cannot read: {exc}") from None
        if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS) and not self.union:
            self.union = next(iter(self.store.named_graphs()), None) is not None

    def load_bytes(self, data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> None:
        self.store.bulk_load(data, format=fmt)

    def __len__(self) -> int:
        return len(self.store)

    def _query(self, query: str):  # type: ignore[no-untyped-def]
        """Run a query; SERVICE only to allowed hosts (pyoxigraph would otherwise fetch any URL)."""
        from thidua.querylib import check_service

        check_service(query, self.allow_service)
        try:
            return self.store.query(query, use_default_graph_as_union=self.union)
        except SyntaxError as exc:
            raise ValueError(f"SPARQL syntax error: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise ValueError(f"query failed: {str(exc).splitlines()[0]}") from None

    def select(self, query: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT; return the variable names and one dict per row."""
        result = self._query(query)
        if not isinstance(result, ox.QuerySolutions):
            raise ValueError("expected a SELECT query")
        names = [v.value for v in result.variables]
        # A solution iterates its terms in variable order (None when unbound): ~15 % faster
        # than looking each variable up by name.
        rows = [dict(zip(names, map(term_value, sol), strict=True)) for sol in result]
        return names, rows

    def ask(self, query: str) -> bool:
        result = self._query(query)
        if not isinstance(result, ox.QueryBoolean):
            raise ValueError("expected an ASK query")
        return bool(result)

    def construct(self, query: str) -> list[ox.Triple]:
        result = self._query(query)
        if not isinstance(result, ox.QueryTriples):
            raise ValueError("expected a CONSTRUCT or DESCRIBE query")
        return list(result)
