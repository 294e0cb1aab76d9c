"""Fact objects -> RDF triples under the thidua ontology (pyoxigraph terms).

Triples are made directly as pyoxigraph terms: at a million triples an rdflib Graph costs
~1.4 KB per triple and 25 s to write, where a list of pyoxigraph triples sorted and streamed
through its serializer takes a few seconds (``../shared/MEASURED.md``). The rdflib view needed
by pyshacl or a notebook is made from the serialized bytes when asked for.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from thidua import ids
from thidua.gazetteer import gazetteer
from thidua.model import ClusterRef, Document, Fact, MemberRef, Source
from thidua.vocab import PREFIXES, TD_NS, TDV_NS, vocabularies

N, L = ox.NamedNode, ox.Literal
_XSD = PREFIXES["xsd"]
XSD_INT = N(_XSD + "integer")
XSD_DATE = N(_XSD + "date")
XSD_GYM = N(_XSD + "gYearMonth")
XSD_URI = N(_XSD + "anyURI")
RDF_TYPE = N(PREFIXES["rdf"] + "type")
RDFS_LABEL = N(PREFIXES["rdfs"] + "label")
ORG = PREFIXES["org"]
PROV = PREFIXES["prov"]
SCHEMA = PREFIXES["schema"]


def td(local: str) -> ox.NamedNode:
    return N(TD_NS + local)


CLASS_OF = {
    "role": td("RoleAssignment"),
    "membership": td("ClusterMembership"),
    "award": td("AwardStatement"),
    "conference": td("ReviewConference"),
}


def _int(v: int) -> ox.Literal:
    return L(str(v), datatype=XSD_INT)


def _vi(text: str) -> ox.Literal:
    return L(text, language="vi")


def member_label(m: MemberRef) -> str:
    """'Sở Thông tin và Truyền thông tỉnh Bắc Ninh', 'Công an thành phố Hà Nội'."""
    if m.name:
        return m.name
    agency = vocabularies().lookup("agency", m.agency).label_vi
    p = gazetteer().by_id[m.province]
    stem = agency[: -len(" tỉnh")] if agency.endswith(" tỉnh") else agency
    return f"{stem} {p.unit_type} {p.name}"


def cluster_label(c: ClusterRef) -> str:
    vocab = vocabularies()
    head = f"Cụm thi đua số {c.number}" if c.number is not None else f"Cụm thi đua {c.name}"
    parts = [vocab.lookup("agency", c.bloc).label_vi] if c.bloc else []
    parts.append(vocab.lookup("authority", c.authority).label_vi)
    return f"{head} ({', '.join(parts)})"


class TripleMaker:
    """Turns documents into triples; entities (clusters, members, years) are emitted once."""

    def __init__(self, base: str | None = None) -> None:
        self.mint = ids.Minter(base) if base else ids.Minter()
        self._done: set[str] = set()

    def _once(self, iri: str) -> bool:
        if iri in self._done:
            return False
        self._done.add(iri)
        return True

    # -- entities ---------------------------------------------------------------------
    def cluster(self, c: ClusterRef) -> Iterator[ox.Triple]:
        s = N(self.mint.cluster(c))
        if not self._once(s.value):
            return
        yield ox.Triple(s, RDF_TYPE, td("EmulationCluster"))
        yield ox.Triple(s, RDFS_LABEL, _vi(cluster_label(c)))
        yield ox.Triple(s, td("authority"), N(ids.concept("authority", c.authority)))
        if c.bloc:
            yield ox.Triple(s, td("bloc"), N(ids.concept("agency", c.bloc)))
        if c.number is not None:
            yield ox.Triple(s, td("clusterNumber"), _int(c.number))
        if c.name:
            yield ox.Triple(s, td("clusterName"), L(c.name))

    def member(self, m: MemberRef) -> Iterator[ox.Triple]:
        s = N(self.mint.member(m))
        if not self._once(s.value):
            return
        yield ox.Triple(s, RDF_TYPE, td("MemberAgency"))
        yield ox.Triple(s, RDFS_LABEL, _vi(member_label(m)))
        if m.agency:
            yield ox.Triple(s, td("agencyType"), N(ids.concept("agency", m.agency)))
        if m.province:
            yield ox.Triple(s, td("province"), N(ids.province(m.province)))

    def year(self, y: int) -> Iterator[ox.Triple]:
        s = N(self.mint.year(y))
        if not self._once(s.value):
            return
        yield ox.Triple(s, RDF_TYPE, td("Year"))
        yield ox.Triple(s, RDFS_LABEL, L(str(y)))
        yield ox.Triple(s, td("year"), _int(y))

    def source(self, src: Source) -> Iterator[ox.Triple]:
        s = N(self.mint.source(src))
        if not self._once(s.value):
            return
        yield ox.Triple(s, RDF_TYPE, td("SourceArticle"))
        yield ox.Triple(s, td("sourceId"), L(src.id))
        if src.title:
            yield ox.Triple(s, N(SCHEMA + "headline"), _vi(src.title))
        if src.published:
            yield ox.Triple(s, N(SCHEMA + "datePublished"), L(src.published, datatype=XSD_DATE))
        if src.publisher:
            yield ox.Triple(s, N(SCHEMA + "publisher"), L(src.publisher))
        if src.url:
            yield ox.Triple(s, N(SCHEMA + "url"), L(src.url, datatype=XSD_URI))
        if src.text_hash:
            yield ox.Triple(s, td("textHash"), L(src.text_hash))

    # -- facts ------------------------------------------------------------------------
    def fact(self, f: Fact) -> Iterator[ox.Triple]:
        firi = self.mint.fact(f)
        s = N(firi)
        src = N(self.mint.source(f.source))
        yield ox.Triple(s, N(PROV + "wasDerivedFrom"), src)
        yield from self._evidence(s, firi, f, src)
        if not self._once(firi):
            return
        yield ox.Triple(s, RDF_TYPE, CLASS_OF[f.kind])
        if f.cluster is not None:
            yield from self.cluster(f.cluster)
        cluster = N(self.mint.cluster(f.cluster)) if f.cluster is not None else None
        if f.kind in ("role", "membership"):
            yield from self.member(f.member)
            yield ox.Triple(s, N(ORG + "organization"), cluster)
            yield ox.Triple(s, N(ORG + "member"), N(self.mint.member(f.member)))
            if f.year is not None:
                yield from self.year(f.year)
                yield ox.Triple(s, td("year"), _int(f.year))
                yield ox.Triple(s, N(ORG + "memberDuring"), N(self.mint.year(f.year)))
            if f.kind == "role":
                yield ox.Triple(s, N(ORG + "role"), N(ids.concept("role", f.role)))
            else:
                yield ox.Triple(s, td("membershipBasis"), N(ids.concept("basis", f.basis)))
        elif f.kind == "award":
            yield from self.member(f.recipient)
            yield ox.Triple(s, td("awardType"), N(ids.concept("award", f.award)))
            if f.award_name:
                yield ox.Triple(s, td("awardName"), L(f.award_name))
            if f.grantor:
                yield ox.Triple(s, td("grantor"), N(ids.concept("authority", f.grantor)))
            yield ox.Triple(s, td("recipient"), N(self.mint.member(f.recipient)))
            if f.year is not None:
                yield ox.Triple(s, td("performanceYear"), _int(f.year))
            yield ox.Triple(s, td("status"), N(ids.concept("status", f.status)))
            if cluster is not None:
                yield ox.Triple(s, td("proposedBy"), cluster)
            if f.decision:
                yield ox.Triple(s, td("decisionNumber"), L(f.decision))
        else:
            yield ox.Triple(s, td("cluster"), cluster)
            if f.date:
                dtype = XSD_DATE if len(f.date) == 10 else XSD_GYM
                yield ox.Triple(s, N(SCHEMA + "startDate"), L(f.date, datatype=dtype))
            if f.location:
                yield ox.Triple(s, N(SCHEMA + "location"), N(ids.province(f.location)))
            if f.host is not None:
                yield from self.member(f.host)
                yield ox.Triple(s, td("host"), N(self.mint.member(f.host)))
            if f.reviews_year is not None:
                yield ox.Triple(s, td("reviewsYear"), _int(f.reviews_year))
            yield ox.Triple(s, td("conferenceType"), N(ids.concept("conference", f.conference_type)))

    def _evidence(self, s: ox.NamedNode, firi: str, f: Fact, src: ox.NamedNode) -> Iterator[ox.Triple]:
        e = N(self.mint.evidence(firi, f))
        if not self._once(e.value):
            return
        ev = f.evidence
        yield ox.Triple(s, td("evidence"), e)
        yield ox.Triple(e, RDF_TYPE, td("Evidence"))
        yield ox.Triple(e, N(PROV + "wasQuotedFrom"), src)
        method = "extracted" if ev is not None and ev.rule else "curated"
        yield ox.Triple(e, td("method"), N(f"{TDV_NS}method-{method}"))
        if ev is None:
            return
        if ev.text is not None:
            yield ox.Triple(e, td("evidenceText"), L(ev.text))
        if ev.start is not None:
            yield ox.Triple(e, td("startOffset"), _int(ev.start))
        if ev.end is not None:
            yield ox.Triple(e, td("endOffset"), _int(ev.end))
        if ev.rule:
            yield ox.Triple(e, td("rule"), L(ev.rule))

    def document(self, doc: Document) -> Iterator[ox.Triple]:
        yield from self.source(doc.source)
        for f in doc.facts:
            yield from self.fact(f)


def document_triples(docs: Iterable[Document], base: str | None = None) -> list[ox.Triple]:
    maker = TripleMaker(base)
    out: list[ox.Triple] = []
    for doc in docs:
        out.extend(maker.document(doc))
    return out
