"""``thidua check``: SHACL shapes plus the ontology checks SHACL cannot express.

The graph is validated together with the shipped ontology, vocabularies and gazetteer, so a
file built elsewhere (or edited by hand) is checked against the same definitions. The
ontology checks catch what a closed vocabulary needs: a mistyped ``td:`` term, a concept or
province IRI that does not exist, a fact typed as two kinds, an evidence text longer than its span.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from thidua.build import static_triples
from thidua.turtle import format_for, preflight
from thidua.vocab import PREFIXES, TD_NS, TDP_NS, TDV_NS, ontology_file

RDF_TYPE = PREFIXES["rdf"] + "type"
FACT_CLASSES = {TD_NS + c for c in ("RoleAssignment", "ClusterMembership", "AwardStatement", "ReviewConference")}


def read_graph(path: str | Path) -> list[ox.Triple]:
    """Triples of a graph file (quads' graph names dropped); one-line ValueError if unreadable."""
    fmt = format_for(path)
    try:
        data = Path(path).read_bytes()
        preflight(path, fmt)
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: is a folder, not a graph file") from None
    except OSError as exc:
        raise ValueError(f"{path}: cannot read: {exc.strerror or exc}") from None
    try:
        items = list(ox.parse(data, format=fmt))
    except SyntaxError as exc:
        raise ValueError(f"{path}: not valid {fmt.name.replace('_', '-')}: {str(exc).splitlines()[0]}") from None
    except ValueError as exc:
        raise ValueError(f"{path}: cannot parse: {str(exc).splitlines()[0]}") from None
    return [ox.Triple(t.subject, t.predicate, t.object) if isinstance(t, ox.Quad) else t for t in items]


@cache
def _declared_terms() -> frozenset[str]:
    terms = set()
    for t in ox.parse(ontology_file("thidua.ttl").encode(), format=ox.RdfFormat.TURTLE):
        if isinstance(t.subject, ox.NamedNode) and t.subject.value.startswith(TD_NS):
            terms.add(t.subject.value)
    return frozenset(terms)


def ontology_violations(triples: list[ox.Triple]) -> list[str]:
    declared = _declared_terms()
    defined: set[str] = set()
    for t in static_triples():
        if isinstance(t.subject, ox.NamedNode):
            defined.add(t.subject.value)
    problems: set[str] = set()
    types: dict[str, set[str]] = defaultdict(set)
    ev: dict[str, dict[str, object]] = defaultdict(dict)
    for t in triples:
        s, p, o = t.subject, t.predicate.value, t.object
        if isinstance(s, ox.BlankNode):
            problems.add(f"_:{s.value}: blank node (every node must be an IRI so the graph is stable)")
        if p.startswith(TD_NS) and p not in declared:
            node = s.value if isinstance(s, ox.NamedNode) else s
            problems.add(f"<{node}> uses undeclared property td:{p[len(TD_NS):]}")
        if isinstance(o, ox.NamedNode):
            v = o.value
            if p == RDF_TYPE and v.startswith(TD_NS) and v not in declared:
                problems.add(f"<{s.value}> has undeclared class td:{v[len(TD_NS):]}")
            if (v.startswith(TDV_NS) or v.startswith(TDP_NS)) and v not in defined:
                problems.add(f"<{s.value}> {_short(p)} refers to unknown vocabulary term <{v}>")
            if p == RDF_TYPE and v in FACT_CLASSES:
                types[s.value].add(v)
        if p in (TD_NS + "evidenceText", TD_NS + "startOffset", TD_NS + "endOffset") and isinstance(o, ox.Literal):
            ev[s.value][p[len(TD_NS) :]] = o.value
    for node, ts in types.items():
        if len(ts) > 1:
            problems.add(f"<{node}> is typed as {len(ts)} fact kinds: {', '.join(sorted(_short(x) for x in ts))}")
    for node, d in ev.items():
        try:
            start, end = int(d["startOffset"]), int(d["endOffset"])  # type: ignore[arg-type]
        except (KeyError, ValueError):
            continue
        text = d.get("evidenceText")
        if isinstance(text, str) and len(text) > end - start:
            problems.add(f"<{node}> evidence text is longer ({len(text)}) than its span {start}-{end}")
    return sorted(problems)


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return f"<{iri}>"


def shacl_violations(triples: list[ox.Triple]) -> list[str]:
    """Run pyshacl with ``ontology/shapes.ttl``; one line per result."""
    import rdflib
    from pyshacl import validate

    data = rdflib.Graph(bind_namespaces="none")
    nt = ox.serialize([*triples, *static_triples()], format=ox.RdfFormat.N_TRIPLES)
    data.parse(data=nt.decode("utf-8"), format="nt")
    shapes = rdflib.Graph(bind_namespaces="none").parse(data=ontology_file("shapes.ttl"), format="turtle")
    conforms, results, _text = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    if conforms:
        return []
    SH = rdflib.Namespace(PREFIXES["sh"])
    lines = set()
    for r in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        lines.add(f"<{focus}> {_short(str(path)) if path else ''}: {msg}".replace("  ", " "))
    return sorted(lines)


def check_triples(triples: list[ox.Triple]) -> list[str]:
    return ontology_violations(triples) + shacl_violations(triples)


def check_file(path: str | Path) -> list[str]:
    """All violations of a graph file, sorted; ValueError (one line) if it cannot be read."""
    return check_triples(read_graph(path))
