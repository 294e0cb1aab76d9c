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

from thidua.turtle import format_for

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

    def __init__(self) -> None:
        self.store = ox.Store()

    @classmethod
    def from_files(cls, paths: Iterable[str | Path]) -> EmbeddedStore:
        """Load graph files (format from the extension); a bad file raises ValueError naming it."""
        s = cls()
        for path in paths:
            s.load_file(path)
        return s

    def load_file(self, path: str | Path) -> None:
        fmt = format_for(path)
        try:
            self.store.bulk_load(path=str(path), format=fmt)
        except FileNotFoundError:
            raise ValueError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise ValueError(f"{path}: is a folder, not a graph file") from None
        except SyntaxError as exc:
            raise ValueError(f"{path}: not valid {fmt.name}: {str(exc).splitlines()[0]}") from None
        except OSError as exc:
            raise ValueError(f"{path}: cannot read: {exc}") from None

    def load_bytes(self, data: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> None:
        self.store.bulk_load(data, format=fmt)

    def __len__(self) -> int:
        return len(self.store)

    def select(self, query: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT; return the variable names and one dict per row."""
        result = self.store.query(query)
        if not isinstance(result, ox.QuerySolutions):
            raise ValueError("expected a SELECT query")
        names = [v.value for v in result.variables]
        rows = [{n: term_value(sol[n]) for n in names} for sol in result]
        return names, rows

    def construct(self, query: str) -> list[ox.Triple]:
        result = self.store.query(query)
        if not isinstance(result, ox.QueryTriples):
            raise ValueError("expected a CONSTRUCT or DESCRIBE query")
        return list(result)
