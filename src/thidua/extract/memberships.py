"""Membership facts: which units belong to a cluster, and how the article shows it.

``Cụm ... gồm (N) <agency> các tỉnh: X, Y và Z`` (also ``thành viên ... bao gồm``, a list in
parentheses, a list split by agency type) is an *explicit* list; ``như các Đài ... X, Y`` gives
*examples*; ``Dự hội nghị có lãnh đạo <agency> các tỉnh: ...`` gives *attendance*; ``Các đơn vị
còn lại (trong Cụm) là ...`` a *complement*. Items that are not provinces (districts, national
units) end the list: they never yield a province fact. The year is the year the article reviews
(null for a school year).
"""

from __future__ import annotations

import re

from thidua.extract.common import Candidate, Context, member_of

_EXPLICIT = re.compile(
    r"(?<![a-z])(?:bao\s+gom|gom|thanh\s+vien(?:\s+cua)?|"
    # "(Cụm) có 6 thành viên là ...", "hiện có 5 đơn vị là ..." (a count of at least three: a whole cluster)
    r"co\s+(?:0?[3-9]|1\d|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:thanh\s+vien|don\s+vi)\s+la)(?![a-z])"
)
_EXAMPLES = re.compile(r"(?<![a-z])nhu(?:\s+cac)?(?![a-z])")
_ATTEND = re.compile(
    r"(?<![a-z])(?:tham\s+du|du\s+hoi\s+nghi|cung\s+du|den\s+du|toi\s+du|(?P<points>diem\s+cau(?:\s+tai)?))(?![a-z])"
)
_COMPLEMENT = re.compile(r"(?<![a-z])cac\s+don\s+vi\s+con\s+lai(?:\s+(?:trong|cua)\s+cum)?\s+(?:la|gom)(?![a-z])")
_IN_CLUSTER = re.compile(r"(?<![a-z])(?:trong|cua)\s+(?:cum|khoi)(?![a-z])")
_IN_CLUSTER_AFTER = re.compile(r"\s*(?:trong|thuoc)\s+(?:cum|khoi)(?![a-z])")
_CONTINUED = re.compile(
    r"\s*(?:cung\s+voi\s+do|ngoai\s+ra|ben\s+canh\s+do|them\s+vao\s+do)\s*,?\s*(?:la|con\s+co|co|gom)(?![a-z])"
)
_PEOPLE = re.compile(r"\s*(?:co\s+)?(?:cac\s+)?(?:lanh\s+dao|dai\s+dien|dai\s+bieu|dong\s+chi|ong|ba)(?![a-z])")
_NOT_MEMBERS = re.compile(
    r"(?<![a-z])(?:noi\s+dung|tieu\s+chi|chi\s+tieu|hoat\s+dong|linh\s+vuc|nhiem\s+vu|phong\s+trao|giai\s+phap|"
    r"huyen|quan|thi\s+xa|xa|phuong|ca\s+nhan|tap\s+the)(?![a-z])"
)
_RANGE = re.compile(r"(?<![a-z])(?:tu|den|toi)\s*$")  # "(từ Thanh Hóa đến Quảng Trị)" is a range, not a list
_ITEM_SEP = re.compile(
    r"^\s*(?:\(\s*)?(?:,|;|va|&)?\s*(?:(?:va|cung)\s+)?(?:[-+•*]\s*)?(?:cac\s+)?(?:\d{1,2}\s+)?"
    r"(?:(?:tinh|thanh\s+pho|tp\.?)\s*,?\s*){0,2}:?\s*$"
)


def extract_memberships(ctx: Context) -> list[Candidate]:
    an = ctx.an
    out: list[Candidate] = []
    explicit_clusters: set[int] = set()
    # only sentences with a membership cue are read (one scan of the text, not one per sentence)
    cued = {an.sentence_at(m.start()).start for rx in (_EXPLICIT, _COMPLEMENT, _EXAMPLES) for m in rx.finditer(an.sh)}
    for s in an.sentences:
        if s.start not in cued:
            continue
        seg = an.sh[s.start : s.end]
        clusters_here = [c for c in ctx.clusters.mentions if s.start <= c.start < s.end]
        m = _COMPLEMENT.search(seg)
        if m:
            got = _list(ctx, s.start + m.end(), s.end, "complement", "membership.complement")
            if got:
                # the units named just before ("X làm Cụm trưởng, Y làm Cụm phó. Các đơn vị còn lại ...")
                prev = [t for t in an.sentences if t.end <= s.start][-1:]
                for t in prev:
                    for u in an.units:
                        if t.start <= u.start < t.end:
                            fact = {
                                "kind": "membership", "cluster": got[0].fact["cluster"], "year": got[0].fact["year"],
                                "member": member_of(u.agency, u.province), "basis": "complement",
                            }  # fmt: skip
                            out.append(Candidate(fact, t.start, s.end, "membership.complement", agency=u.agency))
                out.extend(got)
            continue
        m = _EXPLICIT.search(seg, clusters_here[0].end - s.start) if clusters_here else _unnumbered_cue(seg)
        if m:
            if not clusters_here or clusters_here[0].start < s.start + m.start():
                if _PEOPLE.match(an.sh, s.start + m.end()):
                    # "... gồm lãnh đạo Sở TTTT các tỉnh: ..." lists who attended
                    out.extend(_list(ctx, s.start + m.end(), s.end, "attendance", "membership.attendance"))
                    continue
                got = _list(ctx, s.start + m.end(), an.list_end(s), "explicit", "membership.list")
                out.extend(got)
                nxt = [t for t in an.sentences if t.start >= s.end][:1]
                for t in nxt:
                    c = _CONTINUED.match(an.sh, t.start, t.end)
                    if got and c:
                        out.extend(_list(ctx, c.end(), t.end, "explicit", "membership.list_continued"))
                if got:
                    explicit_clusters.add(ctx.clusters.number_at(an, s.start + m.start()) or -1)
                continue
        m = _EXAMPLES.search(seg)
        if m and _IN_CLUSTER.search(seg[: m.start()]):
            out.extend(_list(ctx, s.start + m.end(), s.end, "examples", "membership.examples", units_only=True))
            continue
    # "BĐBP các tỉnh X, Y, Z trong Cụm ...": a named list placed in the cluster
    groups: dict[int, list] = {}
    for u in an.units:
        groups.setdefault(u.group, []).append(u)
    for units in groups.values():
        if len(units) >= 3 and _IN_CLUSTER_AFTER.match(an.sh, units[-1].end, units[-1].end + 20):
            cluster = ctx.clusters.at(an, units[0].start)
            if cluster is None:
                continue
            year = None if ctx.school_year else _year(ctx, units[0].start)
            for u in units:
                who = member_of(u.agency, u.province)
                fact = {"kind": "membership", "cluster": cluster, "year": year, "member": who, "basis": "explicit"}
                out.append(Candidate(fact, units[0].start, units[-1].end, "membership.in_cluster", agency=u.agency))
    attending = {an.sentence_at(m.start()).start for m in _ATTEND.finditer(an.sh)}
    for s in an.sentences:
        if s.start not in attending:
            continue
        seg = an.sh[s.start : s.end]
        m = _ATTEND.search(seg)
        if m and (ctx.clusters.number_at(an, s.start) or -1) not in explicit_clusters:
            # "... các điểm cầu tại Sở TT&TT các tỉnh X, Y": the connection points of an online meeting
            got = _list(
                ctx, s.start + m.end(), s.end, "attendance", "membership.attendance", need_colon=not m.group("points")
            )
            out.extend(got)
    return out


_CLUSTER_BEFORE = re.compile(r"(?<![a-z])(?:cum|khoi)\s+(?:thi\s+dua\s+)?(?:hien\s+)?(?:nam\s+\d{4}\s+)?$")


def _unnumbered_cue(seg: str) -> re.Match[str] | None:
    """A list cue in a sentence that names no cluster number: "(thành viên của) Cụm (năm N) (bao) gồm",
    or "... thành viên:" opening a list of the article's cluster."""
    for m in _EXPLICIT.finditer(seg):
        if _CLUSTER_BEFORE.search(seg, 0, m.start()) or (
            m.group(0).startswith("thanh") and re.match(r"\s*:", seg[m.end() : m.end() + 3])
        ):
            return m
    return None


def _list(
    ctx: Context, a: int, b: int, basis: str, rule: str, need_colon: bool = False, units_only: bool = False
) -> list[Candidate]:
    an = ctx.an
    cluster = ctx.clusters.at(an, a)
    if cluster is None or ctx.clusters.bloc is None:
        return []
    # a list in parentheses ends at its closing parenthesis
    close = an.sh.find(")", a, b)
    opening = an.sh.rfind("(", max(0, a - 40), a)
    if opening >= 0 and close >= 0 and an.sh.find(")", opening, a) < 0:
        b = close
    if need_colon:
        colon = an.sh.find(":", a, b)
        if colon < 0:
            return []
    year = None if ctx.school_year else _year(ctx, a)
    items: list[tuple[int, int, str, str]] = []  # start, end, agency, province
    units = {u.start: u for u in an.units if a <= u.start < b}
    unit_provs = {}
    for u in units.values():
        unit_provs[u.end] = u
    provs = [p for p in an.provinces if a <= p.start < b]
    pos = a
    agency = ctx.clusters.bloc
    first = True
    for p in provs:
        u = unit_provs.get(p.end)
        start = u.start if u else p.start
        gap = an.sh[pos:start]
        if u is not None:
            agency = u.agency
        elif units_only:
            break
        ok = _ITEM_SEP.match(gap) or (first and _opener(gap)) or (u is not None and _agency_gap(gap))
        if not ok or _RANGE.search(gap):
            break
        items.append((p.start, p.end, agency, p.value))
        pos = p.end
        first = False
    out = []
    if not items:
        return out
    span_start, span_end = a, items[-1][1]
    for _s, _e, ag, prov in items:
        fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(ag, prov), "basis": basis}
        out.append(Candidate(fact, span_start, span_end, rule, agency=ag))
    return out


def _opener(gap: str) -> bool:
    """Text between 'gồm' and the first name: a count, agency words, a region, a colon.

    "gồm 09 Sở TTTT các tỉnh Đồng bằng sông Hồng:" opens a list; "gồm các nội dung: ..." does not.
    """
    words = re.findall(r"[a-z]+", gap)
    if len(gap) >= 120 or re.search(r"[.;]", gap) or len(words) > 12 or _NOT_MEMBERS.search(gap):
        return False
    return ":" in gap or len(words) <= 8


def _agency_gap(gap: str) -> bool:
    return len(gap) < 60 and bool(re.match(r"^\s*(?:[,;:]|va|[-+•*]\s)\s*", gap))


def _year(ctx: Context, pos: int) -> int | None:
    an = ctx.an
    s = an.sentence_at(pos)
    m = re.match(r"^\s*(?:trong\s+)?nam\s+((?:19|20)\d\d)\s*,", an.sh[s.start : s.end])
    if m:
        return int(m.group(1))
    return ctx.reviews_year
