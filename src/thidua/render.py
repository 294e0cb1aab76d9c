"""Graph pages: a named view's rows -> a networkx graph -> a self-contained pyvis HTML page.

The pictures are data, not code paths: each view is a named query (``queries/view_*.rq``) whose
rows are facts in one column vocabulary (``fact kind year cluster member province ...`` plus the
source and its evidence). This module turns those rows into a graph (one node per cluster,
member agency, province, award and conference; one edge per relation, parallel facts merged with
their years) and writes the page.

Safety and offline use (``../shared/MEASURED.md``): pyvis is used with ``cdn_resources="in_line"``
and its Bootstrap links are removed, so the page loads nothing from the network; a Content
Security Policy in the page allows only its own scripts (by hash) and no connection at all.
Nothing from an article or a user reaches the page as HTML: pyvis's ``heading`` is left empty,
node ``title`` is never set from Python (one title containing "href" makes pyvis insert every
title as raw HTML), tooltips are built in the browser as text nodes (``textContent``), and the
header, legend and filter lists are escaped here.

Layout (measured in ``docs/RENDERING.md``): every node gets a cheap deterministic position,
grouped by cluster (a sunflower spiral around each cluster, clusters on a grid); small graphs
then run physics from there and switch it off once the layout settles, large ones draw at once
with physics off. Large graphs also merge awards and conferences per recipient / cluster.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from thidua.gazetteer import gazetteer
from thidua.querylib import MAX_YEAR, MIN_YEAR, load_query, resolve_province
from thidua.vocab import TDP_NS, UnknownTerm, vocabularies

VIEWS = ("clusters", "rotation", "awards")

#: Above this many nodes the page draws at once from the precomputed layout, physics off
#: (physics on: 100 nodes ~0.9 s to first drawing, 400 ~3 s, 1,000 ~9 s; see docs/RENDERING.md).
PHYSICS_MAX_NODES = 300
#: Physics steps before the first drawing; the grouped layout it starts from is already close.
STABILIZATION_ITERATIONS = 250
#: Above this many nodes, awards and conferences are merged per recipient / cluster.
AGGREGATE_ABOVE = 1500
#: Facts listed in one tooltip, sources per fact, characters per text.
TIP_FACTS, TIP_SOURCES, TIP_CHARS = 8, 3, 240


# --------------------------------------------------------------------------- views and filters


class RowSource(Protocol):
    """Anything that answers a SELECT with (variables, rows): the embedded store or an endpoint."""

    def select(self, query: str) -> tuple[list[str], list[dict[str, Any]]]: ...


@dataclass(frozen=True)
class ViewFilter:
    """Checked filter values: ints, a vocabulary notation and a gazetteer id, never raw text.

    They reach a view as its typed parameters (``cluster`` integer, ``authority``, ``year_from``
    / ``year_to`` years, ``province``), which :mod:`thidua.querylib` turns into RDF terms written
    in place of ``?_name``. A province (by name or gazetteer id, today's map first) matches itself
    and every old province that rolls up to it: 'Bắc Ninh' today is the merged province, so it
    also matches the old Bắc Ninh and Bắc Giang; 'Bắc Giang' matches just that one.
    """

    number: int | None = None
    authority: str | None = None  # vocabulary notation, e.g. "bo_tttt"
    year_from: int | None = None
    year_to: int | None = None
    province: str | None = None  # gazetteer id, e.g. "2025-24"

    @classmethod
    def from_user(
        cls,
        cluster: int | str | None = None,
        authority: str | None = None,
        year: int | str | None = None,
        years: str | None = None,
        province: str | None = None,
    ) -> ViewFilter:
        """Check and resolve user input; a bad value raises ValueError with a one-line message.

        >>> f = ViewFilter.from_user(cluster="3", years="2022-2024", authority="Bộ TT&TT")
        >>> f.number, f.year_from, f.year_to, f.authority
        (3, 2022, 2024, 'bo_tttt')
        """
        number = _int_in(cluster, 1, 999, "cluster number") if cluster is not None else None
        notation = None
        if authority is not None:
            try:
                notation = vocabularies().lookup("authority", authority).notation
            except UnknownTerm as exc:
                raise ValueError(str(exc)) from None
        if year is not None and years is not None:
            raise ValueError("give --year or --years, not both")
        lo = hi = None
        if year is not None:
            lo = hi = _int_in(year, MIN_YEAR, MAX_YEAR, "year")
        elif years is not None:
            lo, hi = parse_years(years)
        pid = resolve_province(province).id if province is not None else None  # raises QueryError
        return cls(number=number, authority=notation, year_from=lo, year_to=hi, province=pid)

    def parameters(self) -> dict[str, Any]:
        """The view parameters this filter sets (absent ones stay free in the query)."""
        values = {
            "cluster": self.number,
            "authority": self.authority,
            "year_from": self.year_from,
            "year_to": self.year_to,
            "province": self.province,
        }
        return {k: v for k, v in values.items() if v is not None}

    def describe(self) -> str:
        """Plain-text summary for the page header: 'cụm 3 · 2022–2024 · Bắc Ninh'."""
        parts = []
        if self.number is not None:
            parts.append(f"cụm {self.number}")
        if self.authority:
            parts.append(vocabularies().lookup("authority", self.authority).label_vi)
        if self.year_from is not None and self.year_to is not None:
            parts.append(format_years(range(self.year_from, self.year_to + 1)))
        if self.province:
            parts.append(province_label(self.province))
        return " · ".join(parts)


def _int_in(value: int | str, lo: int, hi: int, what: str) -> int:
    text = str(value).strip()
    if not re.fullmatch(r"\d{1,4}", text):
        raise ValueError(f"{what} must be a whole number, got {str(value)[:40]!r}")
    n = int(text)
    if not lo <= n <= hi:
        raise ValueError(f"{what} {n} is out of range {lo}-{hi}")
    return n


def parse_years(text: str) -> tuple[int, int]:
    """'2019-2024' (or '2019–2024', or one year) -> (2019, 2024).

    >>> parse_years("2019-2024")
    (2019, 2024)
    """
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–:]\s*(\d{4})\s*)?", str(text))
    if not m:
        raise ValueError(f"years must look like 2019-2024, got {str(text)[:40]!r}")
    lo = _int_in(m.group(1), MIN_YEAR, MAX_YEAR, "year")
    hi = _int_in(m.group(2), MIN_YEAR, MAX_YEAR, "year") if m.group(2) else lo
    if hi < lo:
        raise ValueError(f"years {lo}-{hi}: the first year is after the last")
    return lo, hi


def view_query(name: str):  # type: ignore[no-untyped-def]
    """The named query ``view_<name>`` (a :class:`thidua.querylib.NamedQuery`)."""
    if name not in VIEWS:
        raise ValueError(f"unknown view {name!r}; use one of {', '.join(VIEWS)}")
    return load_query(f"view_{name}")


def run_view(source: RowSource, name: str, flt: ViewFilter | None = None) -> list[dict[str, Any]]:
    """Rows of a view, its parameters bound from the filter."""
    query = view_query(name).bind(flt.parameters() if flt else {})
    return source.select(query)[1]


# --------------------------------------------------------------------------- labels


@cache
def _label(kind: str, notation: str) -> str:
    concept = vocabularies().find(kind, notation)
    return concept.label_vi if concept else notation


@cache
def province_label(pid: str) -> str:
    """A province's name, with its period when the name exists before and after 2025."""
    gaz = gazetteer()
    p = gaz.by_id.get(pid)
    if p is None:
        return pid
    same = [q for q in gaz.candidates(p.name) if q.name == p.name]
    return p.display if len(same) > 1 else p.name


@cache
def _agency_stems() -> tuple[tuple[str, str], ...]:
    """(full stem, short form) per agency type, longest stem first: ('Sở Thông tin và Truyền
    thông', 'Sở TTTT'). The short form is the shortest SKOS altLabel."""
    out = []
    for c in vocabularies().in_scheme("agency"):
        stem = c.label_vi.removesuffix(" tỉnh")
        short = min(c.alt_labels, key=lambda a: (len(a), a)) if c.alt_labels else stem
        out.append((stem, short.removesuffix(" tỉnh")))
    return tuple(sorted(out, key=lambda sc: (-len(sc[0]), sc[0])))


@cache
def short_member_label(label: str) -> str:
    """A member's label for the canvas: the agency's short form and the province name.

    >>> short_member_label("Sở Thông tin và Truyền thông tỉnh Bắc Ninh")
    'Sở TTTT Bắc Ninh'
    """
    for stem, short in _agency_stems():
        if label.startswith(stem + " "):
            rest = label[len(stem) + 1 :]
            for unit in ("tỉnh ", "thành phố "):
                rest = rest.removeprefix(unit)
            return f"{short} {rest}"
    return label


@cache
def short_cluster_label(label: str) -> str:
    """A cluster's label for the canvas: its name and bloc; the authority stays in the tooltip.

    >>> short_cluster_label("Cụm thi đua số 3 (Sở Thông tin và Truyền thông, Bộ Thông tin và Truyền thông)")
    'Cụm thi đua số 3 · Sở TTTT'
    """
    m = re.fullmatch(r"(.+?) \((.+)\)", label)
    if m:
        for stem, short in _agency_stems():
            if m.group(2).startswith((stem + ", ", stem + " tỉnh, ")):
                return f"{m.group(1)} · {short}"
    return label


def format_years(years: Iterable[int]) -> str:
    """Compact year list: [2019, 2020, 2021, 2023] -> '2019–2021, 2023'.

    >>> format_years([2019, 2020, 2021, 2023])
    '2019–2021, 2023'
    """
    ys = sorted(set(years))
    if not ys:
        return ""
    runs: list[list[int]] = [[ys[0], ys[0]]]
    for y in ys[1:]:
        if y == runs[-1][1] + 1:
            runs[-1][1] = y
        else:
            runs.append([y, y])
    parts = [str(a) if a == b else f"{a}–{b}" for a, b in runs]
    if len(parts) > 4:
        return f"{ys[0]}–{ys[-1]} ({len(ys)} năm)"
    return ", ".join(parts)


def _clip(text: str, n: int = TIP_CHARS) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= n else text[: n - 1] + "…"


# --------------------------------------------------------------------------- rows -> graph

#: Node types: label (vi, en), vis shape, colour. The legend is made from this table.
NODE_TYPES: dict[str, tuple[str, str, str, str]] = {
    "cluster": ("Cụm thi đua", "cluster", "hexagon", "#d62728"),
    "member": ("Đơn vị thành viên", "member agency", "dot", "#1f77b4"),
    "province": ("Tỉnh, thành phố", "province", "square", "#2ca02c"),
    "award": ("Khen thưởng", "award", "star", "#ff9f1c"),
    "conference": ("Hội nghị", "conference", "diamond", "#9467bd"),
}
NODE_SIZE = {"cluster": 26, "member": 14, "province": 12, "award": 14, "conference": 13}


@dataclass
class Fact:
    """One fact of the rows, with every source that states it."""

    iri: str
    row: dict[str, Any]
    sources: list[tuple[str, str, str, str]] = field(default_factory=list)  # title, date, url, evidence

    @property
    def year(self) -> int | None:
        y = self.row.get("year")
        return y if isinstance(y, int) else None

    def describe(self) -> str:
        r = self.row
        year = f" {self.year}" if self.year else ""
        if r["kind"] == "role":
            who = r.get("memberLabel") or r["member"]
            return f"{_label('role', r['role'])}{year}: {who} — {r.get('clusterLabel') or ''}"
        if r["kind"] == "membership":
            return f"Thành viên{year}: {r.get('memberLabel') or r['member']} — {r.get('clusterLabel') or ''}"
        if r["kind"] == "conference":
            where = f", tại {r['locationLabel']}" if r.get("locationLabel") else ""
            host = f", đăng cai: {r['memberLabel']}" if r.get("memberLabel") else ""
            date = f" ngày {r['date']}" if r.get("date") else ""
            return f"Hội nghị tổng kết năm{year or ' ?'}{date}{where}{host} — {r.get('clusterLabel') or ''}"
        award = r.get("awardName") or _label("award", r["award"])
        by = f", do {r['clusterLabel']} đề nghị" if r.get("clusterLabel") else ""
        decision = f", QĐ {r['decision']}" if r.get("decision") else ""
        status = _label("status", r["status"])
        return f"{award} ({status}) năm{year or ' ?'}: {r.get('memberLabel') or ''}{by}{decision}"

    def tip_lines(self) -> list[str]:
        lines = ["• " + _clip(self.describe())]
        for title, date, url, evidence in self.sources[:TIP_SOURCES]:
            src = " ".join(x for x in (_clip(title or "(không tiêu đề)", 160), f"({date})" if date else "", url) if x)
            lines.append("   Nguồn: " + src)
            if evidence:
                lines.append("   Trích: “" + _clip(evidence, 200) + "”")
        if len(self.sources) > TIP_SOURCES:
            lines.append(f"   … và {len(self.sources) - TIP_SOURCES} nguồn khác")
        return lines


def group_facts(rows: Iterable[dict[str, Any]]) -> dict[str, Fact]:
    """Rows (one per fact, source, evidence, predecessor) -> facts with their sources, in IRI order."""
    facts: dict[str, Fact] = {}
    seen: set[tuple] = set()
    for r in rows:
        f = facts.get(r["fact"])
        if f is None:
            f = facts[r["fact"]] = Fact(r["fact"], dict(r))
        prev = r.get("previous")
        if prev and not f.row.get("previous"):
            f.row["previous"], f.row["previousLabel"] = prev, r.get("previousLabel")
        if r.get("source"):
            src = (
                r.get("sourceTitle") or "",
                r.get("published") or "",
                r.get("sourceUrl") or "",
                r.get("evidence") or "",
            )
            key = (r["fact"], *src)
            if key not in seen:
                seen.add(key)
                f.sources.append(src)
    for f in facts.values():
        f.sources.sort()
    return dict(sorted(facts.items()))


class _Builder:
    """Accumulates nodes and merged edges (networkx MultiDiGraph, one key per relation)."""

    def __init__(self, aggregate: bool) -> None:
        import networkx as nx

        self.g = nx.MultiDiGraph()
        self.aggregate = aggregate

    def node(self, nid: str, kind: str, label: str, fact: Fact | None = None, clusters: Iterable[str] = ()) -> str:
        g = self.g
        if nid not in g:
            g.add_node(nid, kind=kind, label=label, facts={}, years=set(), clusters=set())
        data = g.nodes[nid]
        if fact is not None:
            data["facts"][fact.iri] = fact
            if fact.year:
                data["years"].add(fact.year)
        data["clusters"].update(c for c in clusters if c)
        return nid

    def edge(self, u: str, v: str, rel: str, label: str, fact: Fact | None, cluster: str | None = None) -> None:
        g = self.g
        if not g.has_edge(u, v, key=rel):
            g.add_edge(
                u, v, key=rel, rel=rel, label=label, facts={}, years=set(), clusters=set(), structural=fact is None
            )
        data = g.edges[u, v, rel]
        if fact is not None:
            data["facts"][fact.iri] = fact
            if fact.year:
                data["years"].add(fact.year)
        if cluster:
            data["clusters"].add(cluster)

    def member(self, r: dict[str, Any], fact: Fact | None, cluster: str | None, key: str = "member") -> str | None:
        iri = r.get(key)
        if not iri:
            return None
        label = r.get(f"{key}Label") or iri.rsplit("/", 1)[-1]
        m = self.node(iri, "member", label, fact, [cluster] if cluster else ())
        province = r.get("province") if key == "member" else None
        if province:
            p = self.node(
                province, "province", province_label(province[len(TDP_NS) :]), fact, [cluster] if cluster else ()
            )
            self.edge(m, p, "in", "", None)
        return m

    def cluster(self, r: dict[str, Any], fact: Fact) -> str | None:
        c = r.get("cluster")
        if not c:
            return None
        return self.node(c, "cluster", r.get("clusterLabel") or c.rsplit("/", 1)[-1], fact, [c])

    def add(self, f: Fact, view: str) -> None:
        r = f.row
        kind = r["kind"]
        c = self.cluster(r, f)
        year = f" {f.year}" if f.year else ""
        if kind in ("role", "membership"):
            m = self.member(r, f, c)
            if m is None or c is None:
                return
            rel = f"role:{r['role']}" if kind == "role" else "member"
            self.edge(m, c, rel, _label("role", r["role"]) if kind == "role" else "thành viên", f, c)
            prev = r.get("previous")
            if kind == "role" and view == "rotation" and prev and prev != m:
                # the predecessor's node is not given this fact (its tooltip lists its own); the edge is
                p = self.member({"member": prev, "memberLabel": r.get("previousLabel")}, None, c)
                self.edge(p, m, f"after:{r['role']}", f"tiếp nối {_label('role', r['role'])}", f, c)
        elif kind == "conference":
            nid = f"conferences:{c}" if self.aggregate else f.iri
            k = self.node(nid, "conference", f"Hội nghị{year}", f, [c])
            if c:
                self.edge(k, c, "review", "tổng kết", f, c)
            host = self.member(r, f, c)
            if host:
                self.edge(host, k, "host", "đăng cai", f, c)
            if r.get("location"):
                loc = r["location"]
                self.node(loc, "province", province_label(loc[len(TDP_NS) :]), f, [c])
                self.edge(k, loc, "at", "tại", f, c)
        elif kind == "award":
            m = self.member(r, f, c)
            award = r.get("awardName") or _label("award", r["award"])
            if self.aggregate and m:
                nid = f"awards:{m}:{r['award']}:{r['status']}"
            else:
                nid = f.iri
            k = self.node(nid, "award", f"{award}{year}", f, [c] if c else ())
            if m:
                status = _label("status", r["status"])
                self.edge(k, m, f"award:{r['status']}", f"{status} {award}", f, c)
            if c:
                self.edge(c, k, "proposes", "đề nghị", f, c)


def build_graph(rows: Iterable[dict[str, Any]], view: str = "clusters", aggregate: bool | None = None):  # type: ignore[no-untyped-def]
    """A networkx MultiDiGraph of the view's facts.

    Node attributes: ``kind`` (cluster, member, province, award, conference), ``label``,
    ``facts`` (IRI -> :class:`Fact`), ``years``, ``clusters``. Edge keys name the
    relation (``role:head``, ``member``, ``award:proposed`` ...); parallel facts of one relation
    are merged into one edge carrying all their years. With ``aggregate`` (default: when the
    graph would exceed :data:`AGGREGATE_ABOVE` nodes) awards are merged per recipient, type and
    status, and conferences per cluster.
    """
    facts = group_facts(rows)
    if aggregate is None:
        aggregate = _node_count(facts.values()) > AGGREGATE_ABOVE
    b = _Builder(aggregate)
    for f in facts.values():
        b.add(f, view)
    _finish(b.g)
    return b.g


def _node_count(facts: Iterable[Fact]) -> int:
    """Nodes the graph has without aggregation: entities plus one node per award / conference."""
    entities: set[str] = set()
    events = 0
    for f in facts:
        r = f.row
        entities.update(r[k] for k in ("cluster", "member", "province", "location", "previous") if r.get(k))
        events += r["kind"] in ("award", "conference")
    return len(entities) + events


def _finish(g) -> None:  # type: ignore[no-untyped-def]
    """Provinces inherit their members' years and clusters; aggregated nodes show their count."""
    for u, v, data in g.edges(data=True):
        if data["structural"]:
            g.nodes[v]["years"].update(g.nodes[u]["years"])
            g.nodes[v]["clusters"].update(g.nodes[u]["clusters"])
    for _, data in g.nodes(data=True):
        if data["kind"] in ("award", "conference") and len(data["facts"]) > 1:
            data["label"] = re.sub(r" \d{4}$", "", data["label"]) + f" ×{len(data['facts'])}"
    for _, _, data in g.edges(data=True):
        if data["years"] and data["label"]:
            data["label"] = f"{data['label']} {format_years(data['years'])}"


# --------------------------------------------------------------------------- layout


def grouped_layout(g, spacing: float = 70.0) -> dict[str, tuple[float, float]]:  # type: ignore[no-untyped-def]
    """Deterministic positions in O(N + E): nodes grouped by their nearest cluster.

    A breadth-first walk from all clusters puts each node in the group most of its already placed
    neighbours are in (ties: the cluster that sorts first), so a province joins the cluster most of
    its members belong to; each group is a sunflower spiral around its cluster,
    and groups sit on a grid, largest first. Nodes reaching no cluster form their own groups.
    """
    und = {n: sorted(set(g.successors(n)) | set(g.predecessors(n))) for n in sorted(g.nodes)}
    home: dict[str, str] = {}
    layer = [n for n in und if g.nodes[n]["kind"] == "cluster"]
    for c in layer:
        home[c] = c
    while layer:  # breadth-first, a layer at a time: each node joins its neighbours' commonest group
        votes: dict[str, Counter] = defaultdict(Counter)
        for n in layer:
            for m in und[n]:
                if m not in home:
                    votes[m][home[n]] += 1
        for m, counter in votes.items():
            home[m] = min(counter, key=lambda k: (-counter[k], k))
        layer = sorted(votes)
    for n in und:  # components without a cluster: group by their own first node
        if n not in home:
            home[n], todo = n, [n]
            while todo:
                for m in und[todo.pop()]:
                    if m not in home:
                        home[m] = n
                        todo.append(m)
    groups: dict[str, list[str]] = defaultdict(list)
    for n in und:
        groups[home[n]].append(n)
    order = sorted(groups, key=lambda k: (-len(groups[k]), k))
    golden = math.pi * (3 - math.sqrt(5))
    radius = {k: spacing * (math.sqrt(len(groups[k])) + 1) for k in order}
    cell = 2 * max(radius.values(), default=spacing) + spacing
    cols = max(1, math.ceil(math.sqrt(len(order))))
    pos: dict[str, tuple[float, float]] = {}
    for gi, k in enumerate(order):
        cx, cy = (gi % cols) * cell, (gi // cols) * cell
        members = sorted(groups[k], key=lambda n: (n != k, g.nodes[n]["kind"], n))
        for i, n in enumerate(members):
            r = spacing * math.sqrt(i)
            pos[n] = (round(cx + r * math.cos(i * golden), 1), round(cy + r * math.sin(i * golden), 1))
    return pos


# --------------------------------------------------------------------------- graph -> page


def _canvas_label(kind: str, label: str) -> str:
    if kind == "member":
        return short_member_label(label)
    if kind == "cluster":
        return short_cluster_label(label)
    return label


class _Tips:
    """Tooltip text, each fact's lines stored once in a page-wide table (nodes and edges share
    them by index), so a fact shown on a member, its cluster and their edge is written once."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}
        self.texts: list[str] = []

    def refs(self, facts: dict[str, Fact]) -> dict[str, Any]:
        shown = list(facts.values())[:TIP_FACTS]
        ids = []
        for f in shown:
            if f.iri not in self.index:
                self.index[f.iri] = len(self.texts)
                self.texts.append("\n".join(f.tip_lines()))
            ids.append(self.index[f.iri])
        return {"tipFacts": ids, "tipCount": len(facts)} if ids else {}

    def node(self, g, n: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
        data = g.nodes[n]
        vi, en, *_ = NODE_TYPES[data["kind"]]
        lines = [data["label"], f"{vi} ({en})"]
        if data["years"]:
            lines.append("Năm: " + format_years(data["years"]))
        if data["kind"] == "province":  # a province's facts are its members'; name the members instead
            members = sorted(g.nodes[m]["label"] for m in g.predecessors(n) if g.nodes[m]["kind"] == "member")
            lines += [f"Đơn vị: {m}" for m in members[:TIP_FACTS]]
            if len(members) > TIP_FACTS:
                lines.append(f"… và {len(members) - TIP_FACTS} đơn vị khác")
            return {"tipHead": "\n".join(lines)}
        return {"tipHead": "\n".join(lines), **self.refs(data["facts"])}

    def edge(self, data: dict[str, Any]) -> dict[str, Any]:
        return {"tipHead": data["label"] or data["rel"], **self.refs(data["facts"])}


EDGE_COLOURS = {"role:head": "#d62728", "role:deputy": "#ff7f0e", "member": "#9aa7b8", "in": "#c7d3c0"}
#: Edge legend: relation prefix -> label and CSS line style (only relations present are shown).
EDGE_LEGEND = {
    "role:head": ("Cụm trưởng", "3px solid #d62728"),
    "role:deputy": ("Cụm phó", "2px solid #ff7f0e"),
    "member": ("thành viên", "2px solid #9aa7b8"),
    "after:": ("tiếp nối năm sau", "2px dashed #8c8c8c"),
}


def graph_to_pyvis(g, physics: bool | None = None):  # type: ignore[no-untyped-def]
    """A pyvis Network filled directly (``from_nx`` is O(N·E)), and the tooltip fact table.

    Ids, order and options are stable. No ``title`` is set: tooltips are composed in the page.
    """
    from pyvis.network import Network

    n_nodes = g.number_of_nodes()
    big = n_nodes > PHYSICS_MAX_NODES
    if physics is None:
        physics = not big
    net = Network(height="calc(100vh - 150px)", width="100%", directed=True, cdn_resources="in_line", heading="")
    pos = grouped_layout(g)
    tips = _Tips()
    for n in sorted(g.nodes):
        data = g.nodes[n]
        _, _, shape, colour = NODE_TYPES[data["kind"]]
        x, y = pos[n]
        node = {
            "id": n,
            "label": _clip(_canvas_label(data["kind"], data["label"]), 60),
            "shape": shape,
            "color": colour,
            "size": NODE_SIZE[data["kind"]],
            "x": x,
            "y": y,
            "kind": data["kind"],
            "years": sorted(data["years"]),
            "clusters": sorted(data["clusters"]),
            **tips.node(g, n),
        }
        if data["kind"] in ("cluster", "member"):
            node["widthConstraint"] = {"maximum": 160}
        net.nodes.append(node)
        net.node_ids.append(n)
        net.node_map[n] = node
    edges = sorted(g.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2]))
    parallel: dict[tuple[str, str], int] = {}
    for i, (u, v, _k, data) in enumerate(edges):
        colour = EDGE_COLOURS.get(data["rel"], "#8c8c8c")
        if data["structural"] and big:  # member -> province: faint, or they hide everything else
            colour = "rgba(150, 170, 140, 0.35)"
        edge = {
            "id": f"e{i}",
            "from": u,
            "to": v,
            "label": _clip(data["label"], 60),
            "color": colour,
            "years": sorted(data["years"]),
            "clusters": sorted(data["clusters"]),
            "structural": data["structural"],
            "width": 3 if data["rel"] == "role:head" else (0.5 if data["structural"] and big else 1.5),
        }
        if not data["structural"]:
            edge.update(tips.edge(data))
        if data["rel"].startswith("after:"):
            edge["dashes"] = True
        # Parallel relations (member and head of one cluster) curve apart instead of overlapping.
        nth = parallel.get((u, v), 0)
        parallel[(u, v)] = nth + 1
        if nth:
            edge["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": min(0.15 * nth, 0.6)}
        net.edges.append(edge)
    net.options = {
        "nodes": {"font": {"size": 13, "face": "DejaVu Sans, Arial, sans-serif"}},
        "edges": {
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {"size": 10, "align": "middle", "face": "DejaVu Sans, Arial, sans-serif"},
            "smooth": False,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"springLength": 110, "avoidOverlap": 0.2},
            "stabilization": {
                "enabled": physics,
                "iterations": STABILIZATION_ITERATIONS,
                "updateInterval": 50,
                "fit": True,
            },
        },
        "layout": {"improvedLayout": False, "randomSeed": 1},
    }
    # Vietnamese as UTF-8, not \\uXXXX (a third of the size); '<', '>', '&', "'" are still escaped.
    net.templateEnv.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False}
    return net, tips.texts


_BOOTSTRAP = re.compile(
    r"\s*<link\s+href=\"https://cdn\.jsdelivr\.net/[^>]*/>|\s*<script\s+src=\"https://cdn\.jsdelivr\.net/[^>]*>\s*</script>"
)
_EMPTY_HEADING = re.compile(r"\s*<center>\s*<h1>\s*</h1>\s*</center>")
_REMOTE = re.compile(
    r"<(?:script|link|img|iframe|source|embed|object)\b[^>]*\b(?:src|href|data)\s*=\s*[\"']?\s*(?:https?:)?//", re.I
)
_SCRIPT = re.compile(r"<script(?![^>]*application/json)[^>]*>(.*?)</script>", re.S)


def _json_for_html(value: Any) -> str:
    """JSON that is safe inside a <script> element (no '<', '>' or '&' left)."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def render_page(g, *, title: str, subtitle: str = "", physics: bool | None = None) -> str:  # type: ignore[no-untyped-def]
    """The HTML page of a graph: offline, escaped, byte-identical for the same graph."""
    net, fact_texts = graph_to_pyvis(g, physics)
    page = net.generate_html()
    page, n = _BOOTSTRAP.subn("", page)
    if n != 2:
        raise RuntimeError("pyvis template changed: its Bootstrap links were not found; the page would load them")
    page = _EMPTY_HEADING.sub("", page)
    years = sorted({y for _, d in g.nodes(data=True) for y in d["years"]})
    clusters = sorted(
        ((n, d["label"]) for n, d in g.nodes(data=True) if d["kind"] == "cluster"), key=lambda c: (c[1], c[0])
    )
    kinds = sorted({d["kind"] for _, d in g.nodes(data=True)}, key=list(NODE_TYPES).index)
    rels = {k for _, _, k in g.edges(keys=True)}
    lines = [rel for rel in EDGE_LEGEND if any(k.startswith(rel) for k in rels)]
    header = _header_html(title, subtitle, years, clusters, kinds, lines, g.number_of_nodes(), g.number_of_edges())
    meta = {"physics": bool(net.options["physics"]["enabled"]), "nodes": g.number_of_nodes(), "facts": fact_texts}
    tail = (
        f'<script type="application/json" id="thidua-meta">{_json_for_html(meta)}</script>\n'
        f"<script>{PAGE_JS}</script>\n"
    )
    page = page.replace("<body>", "<body>\n" + header, 1).replace("</body>", tail + "</body>", 1)
    if page.count(_PYVIS_MAIN) != 1:
        raise RuntimeError("pyvis template changed: its drawing script was not found")
    page = page.replace(_PYVIS_MAIN, f"<script>{PRE_JS}</script>\n{_PYVIS_MAIN}", 1)
    page = page.replace("<html>", '<!DOCTYPE html>\n<html lang="vi">', 1)
    hashes = " ".join(
        "'sha256-" + _b64(hashlib.sha256(s.encode("utf-8")).digest()) + "'" for s in _SCRIPT.findall(page)
    )
    csp = (
        f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src data:; "
        "connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    head = (
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>{html.escape(title)}</title>'
    )
    page = page.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n' + head, 1)
    if _REMOTE.search(page):
        raise RuntimeError("the page would load a remote resource; refusing to write it")
    return page


def _b64(data: bytes) -> str:
    import base64

    return base64.b64encode(data).decode("ascii")


def _header_html(title, subtitle, years, clusters, kinds, lines, n_nodes, n_edges) -> str:  # type: ignore[no-untyped-def]
    e = html.escape
    legend = "".join(
        f'<span class="lg"><span class="sw sw-{NODE_TYPES[k][2]}" style="background:{NODE_TYPES[k][3]}"></span>'
        f"{e(NODE_TYPES[k][0])} <i>({e(NODE_TYPES[k][1])})</i></span>"
        for k in kinds
    ) + "".join(
        f'<span class="lg"><span class="ln" style="border-top:{style}"></span>{e(label)}</span>'
        for label, style in (EDGE_LEGEND[rel] for rel in lines)
    )
    sub = e(subtitle) + " · " if subtitle else ""
    year_opts = "".join(f'<option value="{y}">{y}</option>' for y in years)
    cluster_opts = "".join(f'<option value="{e(c)}">{e(label)}</option>' for c, label in clusters)
    return f"""<style>
body {{ font-family: "DejaVu Sans", Arial, sans-serif; margin: 0; padding: 0 12px; color: #222; }}
#thidua-head h1 {{ font-size: 18px; margin: 8px 0 2px; }}
#thidua-head .sub {{ color: #555; font-size: 13px; }}
#thidua-head .bar {{ display: flex; flex-wrap: wrap; gap: 14px; align-items: center; margin: 6px 0; font-size: 13px; }}
#thidua-head select {{ font-size: 13px; max-width: 360px; }}
.lg {{ white-space: nowrap; margin-right: 12px; }} .lg i {{ color: #777; font-style: normal; }}
.sw {{ display: inline-block; width: 12px; height: 12px; margin-right: 4px; vertical-align: middle; }}
.ln {{ display: inline-block; width: 22px; margin-right: 4px; vertical-align: middle; }}
.sw-dot {{ border-radius: 50%; }} .sw-diamond {{ transform: rotate(45deg) scale(.8); }}
.sw-star {{ clip-path: polygon(50% 0,61% 35%,98% 35%,68% 57%,79% 91%,50% 70%,21% 91%,32% 57%,2% 35%,39% 35%); }}
.sw-hexagon {{ clip-path: polygon(25% 0,75% 0,100% 50%,75% 100%,25% 100%,0 50%); }}
.card {{ width: 100%; }}
div.vis-tooltip {{ max-width: 560px; white-space: pre-wrap; font-size: 12px;
  font-family: "DejaVu Sans", Arial, sans-serif; }}
</style>
<div id="thidua-head">
<h1>{e(title)}</h1>
<div class="sub">{sub}<span id="thidua-count">{n_nodes}</span> / {n_nodes} nút, {n_edges} cạnh</div>
<div class="bar">
<label>Năm <select id="thidua-year"><option value="">tất cả</option>{year_opts}</select></label>
<label>Cụm <select id="thidua-cluster"><option value="">tất cả</option>{cluster_opts}</select></label>
<span id="thidua-legend">{legend}</span>
</div>
</div>
"""


_PYVIS_MAIN = '<script type="text/javascript">'

#: Runs before pyvis draws: notes the time of vis-network's first drawing, which may happen
#: inside ``new vis.Network(...)`` itself, before any listener added afterwards could see it.
PRE_JS = r"""
(function () {
  "use strict";
  window.thiduaFirstDraw = null;
  var emit = vis.Network.prototype.emit;
  vis.Network.prototype.emit = function (name) {
    if (name === "afterDrawing" && window.thiduaFirstDraw === null) { window.thiduaFirstDraw = performance.now(); }
    return emit.apply(this, arguments);
  };
})();
"""

#: The page's own script: text tooltips, the year/cluster filters, physics off once settled,
#: and ``window.thidua`` for tests and the benchmark (first drawing time, visible counts).
PAGE_JS = r"""
(function () {
  "use strict";
  var meta = JSON.parse(document.getElementById("thidua-meta").textContent);
  var state = {firstDraw: null, stabilized: !meta.physics, tips: 0, networkReady: performance.now()};
  window.thidua = state;
  state.network = network; state.nodes = nodes; state.edges = edges;
  function tipElement(text) {
    var div = document.createElement("div");
    div.className = "thidua-tip";
    div.textContent = text;  // text, never HTML: titles and evidence come from articles
    return div;
  }
  function tipText(item) {
    var parts = [item.tipHead];
    if (item.tipFacts) {
      if (item.tipCount) { parts.push("Dữ kiện (" + item.tipCount + "):"); }
      item.tipFacts.forEach(function (i) { parts.push(meta.facts[i]); });
      if (item.tipCount > item.tipFacts.length) {
        parts.push("… và " + (item.tipCount - item.tipFacts.length) + " dữ kiện khác");
      }
    }
    return parts.join("\n");
  }
  // Tooltips are made when first hovered (making 15,000 of them up front costs ~1.5 s at 5,000
  // nodes); vis-network reads the title after its tooltip delay, so the first hover shows it.
  function ensureTip(set, id) {
    var item = set.get(id);
    if (item && item.tipHead && !item.title) {
      set.update({id: id, title: tipElement(tipText(item))});
      state.tips += 1;
    }
  }
  network.on("hoverNode", function (p) { ensureTip(nodes, p.node); });
  network.on("hoverEdge", function (p) { ensureTip(edges, p.edge); });
  // firstDraw / settledAt: milliseconds since navigation start (read by the benchmark)
  state.firstDraw = window.thiduaFirstDraw;
  state.settledAt = meta.physics ? null : state.firstDraw;
  if (state.firstDraw === null) {
    network.once("afterDrawing", function () {
      state.firstDraw = window.thiduaFirstDraw || performance.now();
      if (!meta.physics) { state.settledAt = state.firstDraw; }
    });
  }
  if (meta.physics) {
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      state.stabilized = true;
      state.settledAt = performance.now();
    });
  }
  var yearSel = document.getElementById("thidua-year");
  var clusterSel = document.getElementById("thidua-cluster");
  function matches(item, year, cluster) {
    return (year === null || item.years.indexOf(year) >= 0) &&
           (cluster === "" || item.clusters.indexOf(cluster) >= 0);
  }
  function apply() {
    var year = yearSel.value === "" ? null : parseInt(yearSel.value, 10);
    var cluster = clusterSel.value;
    var all = year === null && cluster === "";
    var shown = {}, structural = [];
    var edgeUpd = [];
    edges.forEach(function (e) {
      if (e.structural) { structural.push(e); return; }
      var ok = all || matches(e, year, cluster);
      if (ok) { shown[e.from] = true; shown[e.to] = true; }
      edgeUpd.push({id: e.id, hidden: !ok});
    });
    structural.forEach(function (e) {
      var ok = all || shown[e.from] === true;
      if (ok) { shown[e.to] = true; }
      edgeUpd.push({id: e.id, hidden: !ok});
    });
    var nodeUpd = [], count = 0;
    nodes.forEach(function (n) {
      var ok = all || shown[n.id] === true;
      if (ok) { count += 1; }
      nodeUpd.push({id: n.id, hidden: !ok});
    });
    nodes.update(nodeUpd); edges.update(edgeUpd);
    document.getElementById("thidua-count").textContent = String(count);
    state.visible = count;
  }
  state.apply = apply;
  state.visible = nodes.length;
  yearSel.addEventListener("change", apply);
  clusterSel.addEventListener("change", apply);
})();
"""


# --------------------------------------------------------------------------- one call


def graph_page(
    source: RowSource,
    view: str = "clusters",
    flt: ViewFilter | None = None,
    *,
    physics: bool | None = None,
    aggregate: bool | None = None,
) -> tuple[str, Any]:
    """Run a view, build its graph and render the page; returns (html, graph)."""
    rows = run_view(source, view, flt)
    g = build_graph(rows, view, aggregate=aggregate)
    q = view_query(view)
    subtitle = " · ".join(x for x in (q.title_en, flt.describe() if flt else "") if x)
    return render_page(g, title=q.title_vi, subtitle=subtitle, physics=physics), g


__all__: Sequence[str] = (
    "VIEWS",
    "ViewFilter",
    "build_graph",
    "graph_page",
    "graph_to_pyvis",
    "grouped_layout",
    "parse_years",
    "render_page",
    "run_view",
    "view_query",
)
