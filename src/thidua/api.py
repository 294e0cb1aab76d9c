"""The Python API for notebooks: build or load a graph, get facts as dicts, run named queries.

>>> import thidua
>>> kg = thidua.load("data/kg.ttl")                        # or thidua.build_graph(["data/facts"])
>>> [r["province"] for r in kg.query("rotation_history", number=3) if r["role"] == "head"]
['Bắc Ninh', 'Nam Định']
>>> heads = [f for f in kg.facts("role") if f["role"] == "head"]
>>> sorted((f["cluster_number"], f["year"], f["member_province"]) for f in heads)[0]
(3, 2023, 'Bắc Ninh')

Facts come back as the flat rows of ``thidua export --format csv`` (one dict per fact and
source), ready for ``pandas.DataFrame(kg.facts())``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from thidua.store import EmbeddedStore
from thidua.turtle import format_for, serialize, sorted_unique
from thidua.vocab import DEFAULT_BASE

_INT_COLUMNS = ("cluster_number", "year", "reviews_year", "evidence_start", "evidence_end")


class KnowledgeGraph:
    """A graph held in an embedded Oxigraph store, with the questions researchers ask of it."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.triples = sorted_unique(triples)
        self.store = EmbeddedStore()
        self.store.store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object) for t in self.triples)

    def __len__(self) -> int:
        return len(self.triples)

    def facts(self, kind: str | None = None) -> list[dict[str, Any]]:
        """Every fact (optionally of one kind) as a flat dict with its source and evidence."""
        from thidua.export import _flat, documents

        rows = [_flat(doc, f) for doc in documents(self.triples) for f in doc["facts"]]
        return [r for r in rows if kind is None or r["kind"] == kind]

    def query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Run a named query (``thidua query list``) with typed, validated parameters."""
        from thidua.querylib import load_query

        return self.store.select(load_query(name).bind(params))[1]

    def sparql(self, text: str) -> list[dict[str, Any]]:
        """Run an ad-hoc SELECT query; rows as dicts of plain values."""
        from thidua.querylib import check_service

        check_service(text)
        return self.store.select(text)[1]

    def to_rdflib(self):  # type: ignore[no-untyped-def]
        """The graph as an rdflib Graph (for pyshacl, rdflib tools); slower for large graphs."""
        import rdflib

        nt = ox.serialize(self.triples, format=ox.RdfFormat.N_TRIPLES)
        return rdflib.Graph(bind_namespaces="none").parse(data=nt.decode("utf-8"), format="nt")

    def save(self, path: str | Path) -> None:
        """Write the graph (format from the extension), sorted and byte-stable, atomically."""
        from thidua.turtle import write_atomic

        write_atomic(path, serialize(self.triples, format_for(path)))


def load(*paths: str | Path) -> KnowledgeGraph:
    """Load graph files (.ttl, .nt, .trig, .jsonld...) into a :class:`KnowledgeGraph`."""
    from thidua.validate import read_graph

    triples: list[ox.Triple] = []
    for p in paths:
        triples.extend(read_graph(p))
    return KnowledgeGraph(triples)


def build_graph(paths: Iterable[str | Path], base: str = DEFAULT_BASE) -> KnowledgeGraph:
    """Build a graph from facts files or folders (and articles, through the extractor).

    Raises ValueError listing the problems if any input was bad; use ``thidua build`` for a
    best-effort build that reports and skips bad files.
    """
    from thidua.build import BuildReport, graph_triples, load_documents
    from thidua.cli import _article_loader

    report = BuildReport()
    docs = load_documents(list(paths), report, article_loader=_article_loader(None))
    if report.errors:
        raise ValueError("; ".join(report.errors))
    return KnowledgeGraph(graph_triples(sorted(docs, key=lambda d: d.source.id), base))
