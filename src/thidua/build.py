"""Build: facts files (and, through the extractor, articles) -> one validated graph file.

The built graph is self-contained: besides the facts it carries the ontology, the SKOS
vocabularies and the gazetteer, so any SPARQL 1.1 server loaded with the one file can answer
every named query (labels, roll-up to today's provinces) without further imports.
"""

from __future__ import annotations

import gc
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from thidua.loaders.facts import FactsError, iter_fact_files, load_file
from thidua.model import Document
from thidua.triples import TripleMaker
from thidua.turtle import format_for, serialize_counted, sorted_unique, write_atomic
from thidua.vocab import DEFAULT_BASE, ontology_file

STATIC_FILES = ("thidua.ttl", "vocabularies.ttl", "provinces.ttl")


@cache
def static_triples() -> tuple[ox.Triple, ...]:
    """The ontology, vocabularies and gazetteer as triples (parsed once per process)."""
    out: list[ox.Triple] = []
    for name in STATIC_FILES:
        out.extend(ox.parse(ontology_file(name).encode(), format=ox.RdfFormat.TURTLE))
    return tuple(out)


@dataclass
class BuildReport:
    """What a build read and what it skipped; printed as the summary of ``thidua build``."""

    documents: int = 0
    files: int = 0
    facts: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    conflicts: int = 0
    triples: int = 0

    def summary(self) -> str:
        kinds = ", ".join(f"{k} {self.facts[k]}" for k in ("role", "membership", "award", "conference"))
        line = f"{self.documents} documents, {sum(self.facts.values())} facts ({kinds}), {self.triples} triples"
        if self.conflicts:
            line += f"; {self.conflicts} contradicting slots (see `thidua query run conflicts`)"
        if self.errors:
            line += f"; {len(self.errors)} file(s) or document(s) failed"
        return line


def load_documents(
    paths: Iterable[str | Path],
    report: BuildReport,
    article_loader: Callable[[Path], tuple[list[Document], list[str]]] | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> list[Document]:
    """Every document under ``paths``; bad ones go to ``report.errors``, the rest load.

    Facts files (.yaml/.yml/.jsonl/.json) load directly; other files go to ``article_loader``
    (the extractor), when given.
    """
    docs: list[Document] = []
    for path in _expand(paths, with_articles=article_loader is not None):
        report.files += 1
        if on_file:
            on_file(path)
        if path.suffix.lower() in (".yaml", ".yml", ".jsonl", ".json") or article_loader is None:
            if not path.exists():
                report.errors.append(f"{path}: no such file or folder")
                continue
            loaded, errors = load_file(path)
            report.errors.extend(str(e) for e in errors)
        else:
            loaded, article_errors = article_loader(path)
            report.errors.extend(article_errors)
        docs.extend(loaded)
    return docs


ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


def _expand(paths: Iterable[str | Path], *, with_articles: bool) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir() and with_articles:
            out.extend(
                sorted(
                    q
                    for q in p.rglob("*")
                    if q.is_file() and q.suffix.lower() in (*ARTICLE_SUFFIXES, ".yaml", ".yml", ".jsonl", ".json")
                )
            )
        elif p.is_dir():
            out.extend(iter_fact_files([p]))
        else:
            out.append(p)
    return out


def count_conflicts(docs: Iterable[Document]) -> int:
    """Slots (cluster, year, role / reviewed year) that different sources fill differently."""
    by_slot: dict[tuple, set] = {}
    for d in docs:
        for f in d.facts:
            # (a role of unknown year contradicts nothing: its year may be any)
            if f.kind == "conference" or (f.kind == "role" and f.year is not None):
                by_slot.setdefault(f.slot(), set()).add(f.key())
    return sum(1 for keys in by_slot.values() if len(keys) > 1)


def graph_triples(docs: Iterable[Document], base: str = DEFAULT_BASE, *, include_static: bool = True) -> list:
    maker = TripleMaker(base)
    out: list[ox.Triple] = list(static_triples()) if include_static else []
    for doc in docs:
        out.extend(maker.document(doc))
    return out


def graph_quads(docs: list[Document], base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """TriG view: one named graph per source (its facts, evidence, metadata); shared entities and
    the ontology in the default graph."""
    quads: list[ox.Quad] = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in static_triples()]
    shared = TripleMaker(base)
    for doc in docs:
        per_source = TripleMaker(base)
        g = ox.NamedNode(per_source.mint.source(doc.source))
        for t in per_source.document(doc):
            subject = t.subject.value
            is_entity = "/cluster/" in subject or "/org/" in subject or "/year/" in subject
            if is_entity:
                if shared._once(f"{subject} {t.predicate.value} {t.object}"):
                    quads.append(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()))
            else:
                quads.append(ox.Quad(t.subject, t.predicate, t.object, g))
    return quads


def render(docs: list[Document], fmt: ox.RdfFormat, base: str = DEFAULT_BASE) -> bytes:
    """The bytes of the graph in ``fmt``; byte-identical for the same facts in any order."""
    return render_counted(docs, fmt, base)[0]


def render_counted(docs: list[Document], fmt: ox.RdfFormat, base: str = DEFAULT_BASE) -> tuple[bytes, int]:
    """:func:`render` and the number of statements written (-1 for JSON-LD)."""
    docs = sorted(docs, key=lambda d: d.source.id)
    if fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
        return serialize_counted(graph_quads(docs, base), fmt)
    if fmt == ox.RdfFormat.JSON_LD:
        return _jsonld(graph_triples(docs, base)), -1
    return serialize_counted(graph_triples(docs, base), fmt)


def _jsonld(triples: list[ox.Triple]) -> bytes:
    """JSON-LD compacted with the project's context file, nodes sorted by @id."""
    import rdflib

    nt = ox.serialize(sorted_unique(triples), format=ox.RdfFormat.N_TRIPLES)
    g = rdflib.Graph(bind_namespaces="none").parse(data=nt.decode("utf-8"), format="nt")
    context = json.loads(ontology_file("context.jsonld"))["@context"]
    doc = json.loads(g.serialize(format="json-ld", context=context, auto_compact=True))
    graph = doc.get("@graph", [doc])
    for node in graph:
        for k, v in node.items():
            if isinstance(v, list):
                node[k] = sorted(v, key=lambda x: json.dumps(x, sort_keys=True, ensure_ascii=False))
    graph.sort(key=lambda n: str(n.get("@id", "")))
    out = {"@context": "https://w3id.org/thidua/context.jsonld", "@graph": graph}
    out["@context"] = context
    return (json.dumps(out, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


@contextmanager
def _gc_paused(pause: bool = True) -> Iterator[None]:
    """No cyclic garbage collection while a build makes its millions of small, acyclic objects.

    Python's collector rescans every live object as they pile up: at a million triples that
    was ~4 s of a ~15 s build (``bench/``). Reference counting still frees everything; the
    collector is switched back on afterwards.
    """
    was_enabled = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def build(
    paths: Iterable[str | Path],
    output: str | Path | None,
    base: str = DEFAULT_BASE,
    article_loader: Callable[[Path], tuple[list[Document], list[str]]] | None = None,
    on_file: Callable[[Path], None] | None = None,
) -> tuple[bytes, BuildReport]:
    """Load, convert and (when ``output`` is a path) atomically write the graph."""
    report = BuildReport()
    fmt = format_for(output) if output not in (None, "-") else ox.RdfFormat.TURTLE
    # The extractor (articles) may make cyclic garbage: collect as usual while it runs.
    with _gc_paused(article_loader is None):
        docs = load_documents(paths, report, article_loader=article_loader, on_file=on_file)
    report.documents = len(docs)
    for d in docs:
        report.facts.update(f.kind for f in d.facts)
    report.conflicts = count_conflicts(docs)
    with _gc_paused():
        # Counted while writing: parsing the output back cost ~1 s per million triples (bench/).
        data, report.triples = render_counted(docs, fmt, base)
    if output not in (None, "-") and (docs or not report.errors):
        # With every input broken there is nothing to write: keep any previous file.
        write_atomic(output, data)
    return data, report


__all__ = ["BuildReport", "FactsError", "build", "graph_triples", "load_documents", "render", "static_triples"]
