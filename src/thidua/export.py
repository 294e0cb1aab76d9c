"""Facts back out of a graph: the facts format (JSON Lines / YAML) and a flat CSV table.

``export`` is the inverse of ``build``: the JSON Lines it writes (one document per source)
build back into the same graph (a property test keeps build -> export -> build a fixed point).
The CSV has one row per fact and source, for pandas or a spreadsheet.

>>> import thidua
>>> facts = thidua.facts("data/kg.ttl")          # doctest: +SKIP
>>> facts[0]["kind"], facts[0]["source"]["id"]    # doctest: +SKIP
('award', '000_04449a6f02635736')
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from thidua.gazetteer import gazetteer
from thidua.validate import read_graph
from thidua.vocab import PREFIXES, TD_NS, TDP_NS, vocabularies

RDF_TYPE = PREFIXES["rdf"] + "type"
ORG, PROV, SCHEMA = PREFIXES["org"], PREFIXES["prov"], PREFIXES["schema"]
KIND_OF = {
    TD_NS + "RoleAssignment": "role",
    TD_NS + "ClusterMembership": "membership",
    TD_NS + "AwardStatement": "award",
    TD_NS + "ReviewConference": "conference",
}
KIND_ORDER = {"role": 0, "membership": 1, "award": 2, "conference": 3}


class _Graph:
    """Subject -> predicate -> values, from a list of triples (one pass, no SPARQL needed)."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.props: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for t in triples:
            if isinstance(t.subject, ox.NamedNode):
                self.props[t.subject.value][t.predicate.value].append(t.object)

    def one(self, s: str, p: str) -> Any:
        values = self.props.get(s, {}).get(p)
        return values[0] if values else None

    def value(self, s: str, p: str) -> Any:
        o = self.one(s, p)
        return None if o is None else o.value

    def int(self, s: str, p: str) -> int | None:
        v = self.value(s, p)
        return int(v) if v is not None else None


def _concept_label(iri: str | None, kind: str) -> str | None:
    if iri is None:
        return None
    concept = vocabularies().concepts.get(iri)
    if concept is None:
        return iri
    return concept.notation if kind in ("role", "status", "award", "basis", "conference_type") else concept.label_vi


def _cluster(g: _Graph, iri: str | None) -> dict | None:
    if iri is None:
        return None
    out: dict[str, Any] = {
        "authority": _concept_label(g.value(iri, TD_NS + "authority"), "authority"),
        "bloc": _concept_label(g.value(iri, TD_NS + "bloc"), "agency"),
    }
    number = g.int(iri, TD_NS + "clusterNumber")
    if number is not None:
        out["number"] = number
    else:
        out["name"] = g.value(iri, TD_NS + "clusterName")
    return out


def _province_name(iri: str | None) -> tuple[str | None, str | None]:
    if iri is None or not iri.startswith(TDP_NS):
        return None, None
    p = gazetteer().by_id.get(iri[len(TDP_NS) :])
    return (p.name, p.id) if p else (None, None)


def _member(g: _Graph, iri: str | None) -> dict | None:
    if iri is None:
        return None
    agency = g.value(iri, TD_NS + "agencyType")
    if agency is None:
        return {"name": g.value(iri, PREFIXES["rdfs"] + "label")}
    name, pid = _province_name(g.value(iri, TD_NS + "province"))
    return {"org": _concept_label(agency, "agency"), "province": name, "province_id": pid}


def _fact_dict(g: _Graph, iri: str, kind: str) -> dict[str, Any]:
    f: dict[str, Any] = {"kind": kind}
    if kind in ("role", "membership"):
        f["cluster"] = _cluster(g, g.value(iri, ORG + "organization"))
        f["year"] = g.int(iri, TD_NS + "year")
        if kind == "role":
            f["role"] = _concept_label(g.value(iri, ORG + "role"), "role")
        f["member"] = _member(g, g.value(iri, ORG + "member"))
        if kind == "membership":
            f["basis"] = _concept_label(g.value(iri, TD_NS + "membershipBasis"), "basis")
    elif kind == "award":
        award = _concept_label(g.value(iri, TD_NS + "awardType"), "award")
        if award == "other":
            award = f"other:{g.value(iri, TD_NS + 'awardName')}"
        f["award"] = award
        f["grantor"] = _concept_label(g.value(iri, TD_NS + "grantor"), "authority")
        f["recipient"] = _member(g, g.value(iri, TD_NS + "recipient"))
        f["year"] = g.int(iri, TD_NS + "performanceYear")
        f["status"] = _concept_label(g.value(iri, TD_NS + "status"), "status")
        f["cluster"] = _cluster(g, g.value(iri, TD_NS + "proposedBy"))
        f["decision"] = g.value(iri, TD_NS + "decisionNumber")
    else:
        f["cluster"] = _cluster(g, g.value(iri, TD_NS + "cluster"))
        f["date"] = g.value(iri, SCHEMA + "startDate")
        name, pid = _province_name(g.value(iri, SCHEMA + "location"))
        f["location"] = name
        if pid:
            f["location_id"] = pid
        f["host"] = _member(g, g.value(iri, TD_NS + "host"))
        f["reviews_year"] = g.int(iri, TD_NS + "reviewsYear")
        f["type"] = _concept_label(g.value(iri, TD_NS + "conferenceType"), "conference_type")
    return f


def _source(g: _Graph, iri: str) -> dict[str, Any]:
    src: dict[str, Any] = {"id": g.value(iri, TD_NS + "sourceId")}
    for key, pred in (
        ("title", SCHEMA + "headline"),
        ("published", SCHEMA + "datePublished"),
        ("publisher", SCHEMA + "publisher"),
        ("url", SCHEMA + "url"),
        ("text_sha256", TD_NS + "textHash"),
    ):
        v = g.value(iri, pred)
        if v is not None:
            src[key] = v
    return src


def _evidence(g: _Graph, fact: str, source: str) -> dict[str, Any] | None:
    """The evidence of ``fact`` quoted from ``source`` (the first by offsets if several)."""
    found = []
    for e in g.props.get(fact, {}).get(TD_NS + "evidence", []):
        if g.value(e.value, PROV + "wasQuotedFrom") != source:
            continue
        ev: dict[str, Any] = {}
        for key, pred in (("text", "evidenceText"), ("start", "startOffset"), ("end", "endOffset"), ("rule", "rule")):
            v = g.value(e.value, TD_NS + pred)
            if v is not None:
                ev[key] = int(v) if key in ("start", "end") else v
        found.append(ev)
    if not found:
        return None
    found.sort(key=lambda d: (d.get("start", -1), d.get("end", -1), d.get("rule", ""), d.get("text", "")))
    return found[0] or None


def documents(triples: Iterable[ox.Triple]) -> list[dict[str, Any]]:
    """One facts-format document per source, facts sorted by kind then content."""
    g = _Graph(triples)
    by_source: dict[str, list[dict]] = defaultdict(list)
    for s, props in g.props.items():
        kinds = [KIND_OF[o.value] for o in props.get(RDF_TYPE, []) if o.value in KIND_OF]
        if not kinds:
            continue
        base = _fact_dict(g, s, kinds[0])
        for src in props.get(PROV + "wasDerivedFrom", []):
            f = dict(base)
            ev = _evidence(g, s, src.value)
            if ev:
                f["evidence"] = ev
            by_source[src.value].append(f)
    # A source with no facts (an article read but found empty) is still a document.
    for s, props in g.props.items():
        if any(o.value == TD_NS + "SourceArticle" for o in props.get(RDF_TYPE, [])):
            by_source.setdefault(s, [])
    docs = []
    for src_iri in sorted(by_source, key=lambda i: g.value(i, TD_NS + "sourceId") or i):
        facts = sorted(
            by_source[src_iri],
            key=lambda f: (KIND_ORDER[f["kind"]], json.dumps(f, sort_keys=True, ensure_ascii=False)),
        )
        docs.append({"source": _source(g, src_iri), "facts": facts})
    return docs


CSV_COLUMNS = [
    "source_id", "source_title", "source_published", "source_publisher", "source_url",
    "kind", "cluster_authority", "cluster_bloc", "cluster_number", "cluster_name",
    "year", "role", "member_org", "member_province", "member_name", "basis",
    "award", "grantor", "recipient_org", "recipient_province", "recipient_name", "status", "decision",
    "date", "location", "host_org", "host_province", "host_name", "reviews_year", "conference_type",
    "province_today", "evidence_text", "evidence_start", "evidence_end", "method", "rule",
]  # fmt: skip


def _flat(doc: dict, f: dict) -> dict[str, Any]:
    src = doc["source"]
    row: dict[str, Any] = {
        "source_id": src.get("id"), "source_title": src.get("title"), "source_published": src.get("published"),
        "source_publisher": src.get("publisher"), "source_url": src.get("url"), "kind": f["kind"],
        "year": f.get("year"), "role": f.get("role"), "basis": f.get("basis"), "award": f.get("award"),
        "grantor": f.get("grantor"), "status": f.get("status"), "decision": f.get("decision"),
        "date": f.get("date"), "location": f.get("location"), "reviews_year": f.get("reviews_year"),
        "conference_type": f.get("type"),
    }  # fmt: skip
    c = f.get("cluster") or {}
    row.update(
        cluster_authority=c.get("authority"), cluster_bloc=c.get("bloc"),
        cluster_number=c.get("number"), cluster_name=c.get("name"),
    )  # fmt: skip
    gaz = gazetteer()
    today = None
    for who in ("member", "recipient", "host"):
        m = f.get(who) or {}
        row[f"{who}_org"] = m.get("org")
        row[f"{who}_province"] = m.get("province")
        if who != "host" or m:
            row[f"{who}_name"] = m.get("name")
        if m.get("province_id") and today is None and who != "host":
            today = gaz.rolls_up_to(gaz.by_id[m["province_id"]]).name
    row["province_today"] = today
    ev = f.get("evidence") or {}
    row.update(
        evidence_text=ev.get("text"), evidence_start=ev.get("start"), evidence_end=ev.get("end"),
        method="extracted" if ev.get("rule") else "curated", rule=ev.get("rule"),
    )  # fmt: skip
    return row


def to_csv(docs: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for doc in docs:
        for f in doc["facts"]:
            w.writerow({k: ("" if v is None else v) for k, v in _flat(doc, f).items()})
    return buf.getvalue().encode("utf-8")


def to_jsonl(docs: list[dict]) -> bytes:
    return "".join(json.dumps(d, ensure_ascii=False, sort_keys=False) + "\n" for d in docs).encode("utf-8")


def to_yaml(docs: list[dict]) -> bytes:
    import yaml

    return yaml.safe_dump_all(docs, allow_unicode=True, sort_keys=False, width=120).encode("utf-8")


def export_file(path: str | Path, fmt: str) -> bytes:
    docs = documents(read_graph(path))
    return {"jsonl": to_jsonl, "csv": to_csv, "yaml": to_yaml}[fmt](docs)


def flat_facts(path: str | Path) -> list[dict[str, Any]]:
    """Every fact of a graph file as one flat dict per fact and source (the CSV's rows)."""
    return [_flat(doc, f) for doc in documents(read_graph(path)) for f in doc["facts"]]
