"""Rule-based extraction of cluster facts from an article's normalised text.

The pipeline: :class:`~thidua.extract.entities.Analysis` finds every mention once (units,
roles, awards, authorities, years, dates) over a folded shadow of the text; clusters.py says
which cluster a position is about; then one module per fact kind applies its patterns
(conferences first, since the reviewed year and the meeting date decide the years of the
others). Each fact carries ``evidence: {text, start, end, rule}`` with ``text ==
text[start:end]``. Facts repeated (body and caption) are kept once; two role facts that would
contradict each other are resolved by rule strength or dropped.

>>> doc = extract_text("Năm 2020, Sở TTTT Gia Lai làm Cụm trưởng Cụm thi đua số 6.", source_id="x")
>>> [(f["kind"], f["year"], f["member"]["province"]) for f in doc["facts"]]
[('role', 2020, 'Gia Lai')]
"""

from __future__ import annotations

import re

from thidua.extract.awards import extract_awards
from thidua.extract.common import Candidate, Context, lede_year, member, trim_span
from thidua.extract.conferences import (
    find_conference,
    joint_conferences,
    other_conferences,
    table_conferences,
    table_hosts,
    told_by_sections,
)
from thidua.extract.entities import Analysis
from thidua.extract.memberships import extract_memberships
from thidua.extract.roles import extract_roles, resolve_conflicts

__all__ = ["extract_facts", "extract_text"]

_ORDER = {"conference": 0, "role": 1, "membership": 2, "award": 3}


def extract_facts(text: str, published: str | None = None) -> list[dict]:
    """Facts (facts-format dicts with evidence) stated in ``text`` (already normalised)."""
    an = Analysis(text, published=published)
    ctx = Context.of(an)
    cands: list[Candidate] = []
    conf = find_conference(ctx)
    if conf is not None and _side_note(ctx, conf):
        # "Ghi chú: Hội nghị tổng kết năm 2018 ... ngày 20/12/2018" in an April-2019 page about 2019: the
        # meeting is a fact, but the article's roles and lists are of the year its title and lead state
        cands.append(conf)
        ctx.extra["side_meeting"] = conf  # ("Tại hội nghị tổng kết đó, Cụm đề nghị ...": its year)
        conf = None
        ctx.reviews_year, ctx.school_year, ctx.conference_day, ctx.conference_sentence = None, False, None, None
    # other clusters' meetings; in a digest whose lead names no single meeting, each section's own
    others = other_conferences(ctx, conf) if conf is not None or told_by_sections(ctx) else []
    told = [conf, *others] if conf is not None else others
    told += joint_conferences(ctx, told)
    if "|" in text and "dang cai" in ctx.an.sh:
        hosts = table_hosts(ctx)
        for c in told:
            unit = hosts.get(repr(c.fact["cluster"]))
            if c.fact["host"] is None and unit is not None:
                c.fact["host"] = member(unit)  # the digest's table names the host
    cands.extend(told)
    side = ctx.extra.get("side_meeting")
    if side is not None and not told:
        # "Trước đó, sáng 16.1, Cụm số 2 đã tổng kết .... Ngày 23/01/2026, Hội nghị tổng kết năm 2025 của Cụm số 1
        # do X đăng cai": the side note's neighbours are side notes too (facts, but not the years of the page's
        # lists and roles)
        beside = [c for c in other_conferences(ctx, side) if abs(c.start - side.end) < 600]
        cands.extend(beside)
    if conf is not None:
        ctx.extra["main_cluster"] = repr(conf.fact["cluster"])
    # (a list or a role told in a meeting's own sentence is of that meeting's reviewed year: a tag page's items)
    side_meeting = ctx.extra.get("side_meeting")
    ctx.extra["meeting_at"] = {
        an.sentence_at(c.start).start: (c.fact["reviews_year"], c.fact["date"])
        for c in [*told, *([side_meeting] if side_meeting is not None else [])]
        if c.fact["reviews_year"]
    }
    if told:
        # each cluster's facts take the years of its own meeting (see Context.for_cluster)
        ctx.extra["meetings"] = {repr(c.fact["cluster"]): c for c in reversed(told)}
        numbers = frozenset(c.fact["cluster"]["number"] for c in told if c.fact["cluster"])
        if len(numbers) > 1:
            ctx.clusters.report(numbers)
    if "|" in text:
        # a digest's table of meetings: those of clusters the text did not report
        told = {repr((c.fact["cluster"], c.fact["type"])) for c in cands if c.fact["kind"] == "conference"}
        tabled = not told
        for c in table_conferences(ctx):
            key = repr((c.fact["cluster"], c.fact["type"]))
            if key not in told:
                told.add(key)
                cands.append(c)
                if tabled and c.fact["type"] == "year_end":
                    # (a digest whose text reports no meeting: each row's cluster takes the year of its row's meeting)
                    ctx.extra.setdefault("meetings", {}).setdefault(repr(c.fact["cluster"]), c)
    roles = resolve_conflicts(_dedupe(extract_roles(ctx)))
    ctx.extra["roles"] = roles  # a complement list ("các đơn vị còn lại") is the rest of the head and deputy
    cands.extend(roles)
    memberships = _dedupe(extract_memberships(ctx))
    cands.extend(memberships)
    ctx.extra["members"] = _listed_members(ctx, memberships)
    cands.extend(_dedupe(extract_awards(ctx)))
    facts = []
    for c in _no_contradicting_meetings(_dedupe(cands)):
        fact = dict(c.fact)
        start, end = trim_span(text, c.start, c.end)
        fact["evidence"] = {"text": text[start:end], "start": start, "end": end, "rule": c.rule}
        facts.append(fact)
    return facts


def _no_contradicting_meetings(cands: list[Candidate]) -> list[Candidate]:
    """A safety net: two meetings of one cluster, type and reviewed year with different stated dates, places or
    hosts would make the document contradict itself (the facts format rejects it); the first told stays."""
    kept: dict[str, dict] = {}
    out = []
    for c in cands:
        f = c.fact
        if f["kind"] == "conference":
            if all(f[k] is None for k in ("date", "location", "host", "reviews_year")):
                continue  # (a meeting told with nothing of its own: "tại buổi sơ kết công tác thu" in a caption)
            slot = repr((f["cluster"], f["reviews_year"], f["type"]))
            first = kept.get(slot)
            if first is not None and any(
                first[k] is not None and f[k] is not None and first[k] != f[k] for k in ("date", "location", "host")
            ):
                continue
            kept.setdefault(slot, f)
        out.append(c)
    return out


_OTHER_YEAR_FRAME = re.compile(r"\s*(?:trong\s+)?nam\s+((?:19|20)\d\d)\s*,")


def _side_note(ctx: Context, conf: Candidate) -> bool:
    """A past meeting mentioned aside: dated months before the page, reviewing another year than the
    one year the title and lead state, and told outside the lead."""
    day, published = conf.fact["date"], ctx.an.published
    lede = lede_year(ctx)
    if not (day and len(day) == 10 and published and lede) or conf.fact["reviews_year"] in (None, lede):
        return False
    import datetime

    gap = datetime.date.fromisoformat(published[:10]) - datetime.date.fromisoformat(day)
    # "Trước đó, ngày 18-1-2017, Hội nghị tổng kết ... năm 2016 của Cụm đã được tổ chức": told as earlier
    earlier = re.match(r"\s*truoc\s+do(?![a-z])", ctx.an.sh[conf.start : conf.end])
    # ("Kế hoạch được xây dựng trên cơ sở kết quả Hội nghị tổng kết ... năm 2021 của Cụm, tổ chức ngày 18/1/2022" in
    # the plan for 2022): the meeting the page's plan rests on
    earlier = earlier or _PLAN_BASIS.match(ctx.an.sh, ctx.an.sentence_at(conf.start).start)
    # ("Năm 2025, X là đơn vị Cụm trưởng ..., đã tổ chức hội nghị tổng kết ... ngày 19/12/2025" in a page
    # about 2026): framed by the other year
    sent = ctx.an.sentence_at(conf.start)
    framed = _OTHER_YEAR_FRAME.match(ctx.an.sh, sent.start, sent.end)
    earlier = earlier or (framed is not None and int(framed.group(1)) == conf.fact["reviews_year"])
    # ("IV. NHÌN LẠI NĂM 2020" over "Hội nghị tổng kết ... năm 2020 của Cụm đã diễn ra ngày 22/1" in a plan for
    # 2021): under a heading of the other year
    heading = _section_heading(ctx, conf.start)
    earlier = earlier or (heading is not None and heading == conf.fact["reviews_year"])
    return (gap.days > 75 or bool(earlier)) and gap.days > 0 and conf.start > ctx.extra.get("lede_end", 0)


_PLAN_BASIS = re.compile(
    r"\s*(?:ke\s+hoach|chuong\s+trinh)[^.;]{0,40}?(?:tren\s+co\s+so|can\s+cu(?:\s+vao)?)\s+(?:ket\s+qua\s+)?(?:cua\s+)?"
    r"hoi\s+nghi(?![a-z])"
)
_HEADING_OF_YEAR = re.compile(r"[ \t]*[ivx]{1,4}[.)][ \t]+[^\n.:;]{0,60}?(?<![a-z])nam\s+((?:19|20)\d\d)[ \t]*$")


def _section_heading(ctx: Context, pos: int) -> int | None:
    """The year the nearest numbered section heading above ``pos`` names ("IV. NHÌN LẠI NĂM 2020"), if it names one."""
    an = ctx.an
    end = an.text.rfind("\n", 0, pos)
    while end > 0:
        start = an.text.rfind("\n", 0, end) + 1
        line = an.sh[start:end]
        # (a heading: Roman-numbered and in capitals, "II. THÀNH VIÊN VÀ TỔ CHỨC ĐIỀU HÀNH")
        if re.match(r"[ \t]*(?:[ivx]{1,4})[.)][ \t]", line) and an.text[start:end].isupper():
            m = _HEADING_OF_YEAR.fullmatch(line)
            return int(m.group(1)) if m else None
        end = start - 1
    return None


def _listed_members(ctx: Context, memberships: list[Candidate]) -> list:
    """Units of the member lists with their cluster, for awards 'cho các đơn vị còn lại' (explicit lists, or
    those who attended when the page lists a cluster no other way)."""
    from thidua.extract.entities import Unit

    out = []
    for c in memberships:
        if c.fact["basis"] in ("explicit", "complement"):
            out.append((Unit(c.start, c.end, c.agency, c.fact["member"]["province"], -1), c.fact["cluster"]))
    # a cluster the page lists only by who attended its meeting ("Dự hội nghị có lãnh đạo Hội CCB 5 tỉnh: ..."):
    # those units are its members the rest is taken from (each of them that got no award is one of "the rest")
    listed = {repr(cluster) for _, cluster in out}
    for c in memberships:
        if c.fact["basis"] == "attendance" and repr(c.fact["cluster"]) not in listed:
            out.append((Unit(c.start, c.end, c.agency, c.fact["member"]["province"], -1), c.fact["cluster"]))
    return out


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen: set[str] = set()
    out = []
    for c in cands:
        key = repr(c.fact)  # facts of one kind are built with one key order
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def extract_text(
    text: str,
    *,
    source_id: str,
    published: str | None = None,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
) -> dict:
    """A whole facts document (``source`` + ``facts``) for one normalised article text."""
    from thidua.loaders.facts import text_sha256

    source = {"id": source_id, "title": title, "published": published, "publisher": publisher, "url": url}
    source["text_sha256"] = text_sha256(text)
    return {"source": source, "facts": extract_facts(text, published)}
