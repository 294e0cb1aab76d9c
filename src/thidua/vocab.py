"""Namespaces and the controlled vocabularies, loaded from the ontology's data files.

The ontology (``ontology/thidua.ttl``) is the single source of terms: :class:`TD` mirrors it as
an rdflib ``DefinedNamespace`` that rejects a mistyped term, and a test keeps the two equal.
Surface forms (``Sở TT&TT``, ``Khối trưởng``...) are ``skos:altLabel``s in
``ontology/vocabularies.ttl``, and misspellings real pages print (``Bằng khem``) are
``skos:hiddenLabel``s, read but never shown; :class:`Vocabulary` looks them up on a folded key.

>>> vocabularies().lookup("agency", "Sở TT&TT").notation
'so_tttt'
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import pyoxigraph as ox
from rdflib import Namespace
from rdflib.namespace import DefinedNamespace
from rdflib.term import URIRef

from thidua.text import clean_value, fold

TD_NS = "https://w3id.org/thidua/ontology#"
TDV_NS = "https://w3id.org/thidua/vocab/"
TDP_NS = "https://w3id.org/thidua/province/"
DEFAULT_BASE = "https://w3id.org/thidua/id/"

ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")
TDV = Namespace(TDV_NS)
TDP = Namespace(TDP_NS)

#: Prefixes written in every Turtle file, in this order (the order is part of byte stability).
PREFIXES: dict[str, str] = {
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "prov": "http://www.w3.org/ns/prov#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "schema": "https://schema.org/",
    "sh": "http://www.w3.org/ns/shacl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "td": TD_NS,
    "tdp": TDP_NS,
    "tdv": TDV_NS,
    "time": "http://www.w3.org/2006/time#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class TD(DefinedNamespace):
    """Terms of ``ontology/thidua.ttl``; an unknown attribute raises instead of minting an IRI."""

    _fail = True
    _NS = Namespace(TD_NS)

    EmulationCluster: URIRef
    MemberAgency: URIRef
    Province: URIRef
    Year: URIRef
    Fact: URIRef
    RoleAssignment: URIRef
    ClusterMembership: URIRef
    AwardStatement: URIRef
    ReviewConference: URIRef
    Evidence: URIRef
    SourceArticle: URIRef
    ProvinceChange: URIRef
    AuthorityChange: URIRef
    authority: URIRef
    bloc: URIRef
    clusterNumber: URIRef
    clusterName: URIRef
    agencyType: URIRef
    province: URIRef
    year: URIRef
    performanceYear: URIRef
    reviewsYear: URIRef
    awardType: URIRef
    awardName: URIRef
    grantor: URIRef
    recipient: URIRef
    status: URIRef
    proposedBy: URIRef
    decisionNumber: URIRef
    cluster: URIRef
    host: URIRef
    conferenceType: URIRef
    membershipBasis: URIRef
    evidence: URIRef
    evidenceText: URIRef
    startOffset: URIRef
    endOffset: URIRef
    method: URIRef
    rule: URIRef
    textHash: URIRef
    sourceId: URIRef
    gsoCode: URIRef
    period: URIRef
    unitType: URIRef
    validFrom: URIRef
    validTo: URIRef
    successor: URIRef
    rollsUpTo: URIRef


# Vocabulary kinds used by loaders, mapped to their SKOS concept scheme.
SCHEMES: dict[str, str] = {
    "role": "roles",
    "award": "award-types",
    "status": "statuses",
    "agency": "agency-types",
    "authority": "authorities",
    "method": "methods",
    "basis": "membership-bases",
    "conference_type": "conference-types",
}


def ontology_file(name: str) -> str:
    """Text of a data file shipped in ``thidua.ontology`` (works from a wheel or a checkout)."""
    return resources.files("thidua.ontology").joinpath(name).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Concept:
    """One SKOS concept: its IRI, machine notation, labels and surface forms."""

    iri: str
    notation: str
    scheme: str
    label_vi: str
    label_en: str
    alt_labels: tuple[str, ...] = ()
    # misspellings real pages print ("Bằng khem"): read by the extractor, never shown
    hidden_labels: tuple[str, ...] = ()


class UnknownTerm(ValueError):
    """A value that names no concept of a vocabulary; the message lists the closest ones."""


@dataclass
class Vocabulary:
    """All concepts by scheme, with a folded-key index of every label and notation."""

    concepts: dict[str, Concept] = field(default_factory=dict)  # by IRI
    _index: dict[tuple[str, str], Concept] = field(default_factory=dict)
    # authorities that only grant awards (``tdv:grantor-only``): never a cluster's authority, and not in
    # the extractor's authority layer (a province's committee is read by the award rules with its province)
    grantor_only: frozenset[str] = frozenset()

    def add(self, concept: Concept) -> None:
        self.concepts[concept.iri] = concept
        keys = {concept.notation, concept.label_vi, concept.label_en, *concept.alt_labels, *concept.hidden_labels}
        for key in keys:
            self._index.setdefault((concept.scheme, fold(key)), concept)

    def lookup(self, kind: str, value: str) -> Concept:
        """The concept of ``kind`` (see :data:`SCHEMES`) that ``value`` names, or UnknownTerm."""
        scheme = SCHEMES[kind]
        found = self._index.get((scheme, fold(clean_value(value))))
        if found is None:
            raise UnknownTerm(f"unknown {kind} {value!r}{self._suggest(scheme, value)}")
        return found

    def find(self, kind: str, value: str) -> Concept | None:
        try:
            return self.lookup(kind, value)
        except UnknownTerm:
            return None

    def by_notation(self, kind: str, notation: str) -> Concept:
        return self.lookup(kind, notation)

    def in_scheme(self, kind: str) -> list[Concept]:
        scheme = SCHEMES[kind]
        return sorted((c for c in self.concepts.values() if c.scheme == scheme), key=lambda c: c.notation)

    def surface_forms(self, kind: str) -> list[tuple[str, Concept]]:
        """Every label of every concept of a kind, longest first (for the extractor's regexes)."""
        out = []
        for concept in self.in_scheme(kind):
            for form in {concept.label_vi, *concept.alt_labels, *concept.hidden_labels}:
                out.append((form, concept))
        return sorted(out, key=lambda fc: (-len(fc[0]), fc[0]))

    def _suggest(self, scheme: str, value: str) -> str:
        names = sorted({c.label_vi for c in self.concepts.values() if c.scheme == scheme})
        close = difflib.get_close_matches(value, names, n=3, cutoff=0.5)
        if not close:
            close = [
                c.label_vi
                for c in self.concepts.values()
                if c.scheme == scheme and fold(value) and fold(value) in fold(c.label_vi)
            ][:3]
        return f" (did you mean: {', '.join(close)}?)" if close else ""


_SKOS = "http://www.w3.org/2004/02/skos/core#"


@cache
def vocabularies() -> Vocabulary:
    """Parse ``vocabularies.ttl`` once (pyoxigraph: a few ms) into a :class:`Vocabulary`."""
    data: dict[str, dict[str, list]] = {}
    for t in ox.parse(ontology_file("vocabularies.ttl").encode(), format=ox.RdfFormat.TURTLE):
        s = t.subject.value
        p = t.predicate.value
        if not p.startswith(_SKOS):
            continue
        entry = data.setdefault(s, {})
        o = t.object
        lang = getattr(o, "language", None)
        entry.setdefault(p[len(_SKOS) :] + (f"@{lang}" if lang else ""), []).append(o.value)
    vocab = Vocabulary()
    for iri in sorted(data):
        entry = data[iri]
        if "inScheme" not in entry:
            continue
        scheme = entry["inScheme"][0][len(TDV_NS) :]
        vocab.add(
            Concept(
                iri=iri,
                notation=entry["notation"][0],
                scheme=scheme,
                label_vi=entry["prefLabel@vi"][0],
                label_en=entry["prefLabel@en"][0],
                alt_labels=tuple(sorted(entry.get("altLabel@vi", []))),
                hidden_labels=tuple(sorted(entry.get("hiddenLabel@vi", []))),
            )
        )
    members = {m for entry in data.values() if "inScheme" not in entry for m in entry.get("member", [])}
    vocab.grantor_only = frozenset(vocab.concepts[m].notation for m in members if m in vocab.concepts)
    return vocab


#: Member agency type -> the authority that organises its clusters when an article leaves it implicit.
DEFAULT_AUTHORITY: dict[str, str] = {}


def default_authority(agency_notation: str) -> str | None:
    """The authority notation implied by a bloc (Sở TTTT -> Bộ TTTT), from ``defaults.yaml``."""
    if not DEFAULT_AUTHORITY:
        import yaml

        DEFAULT_AUTHORITY.update(yaml.safe_load(ontology_file("defaults.yaml"))["default_authority"])
    return DEFAULT_AUTHORITY.get(agency_notation)
