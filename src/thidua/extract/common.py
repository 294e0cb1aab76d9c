"""Pieces every fact rule shares: the candidate fact, member dicts, the article's context."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from thidua.extract.clusters import ClusterContext, cluster_context
from thidua.extract.entities import Analysis, Unit
from thidua.vocab import vocabularies


@dataclass
class Candidate:
    """A fact in the facts format plus where it was read and how sure the rule is."""

    fact: dict
    start: int
    end: int
    rule: str
    strength: int = 1  # when two role facts contradict, the stronger rule wins
    agency: str | None = None  # the member's agency notation (memberships)
    school_year: int | None = None  # first year of the attached "năm học N-N+1" (roles)


@dataclass
class Context:
    """Everything the per-kind rules need about one article."""

    an: Analysis
    clusters: ClusterContext
    reviews_year: int | None = None
    school_year: bool = False
    conference_day: str | None = None  # YYYY-MM-DD when known
    conference_sentence: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)

    @classmethod
    def of(cls, an: Analysis) -> Context:
        return cls(an=an, clusters=cluster_context(an))

    def for_cluster(self, cluster: dict | None) -> Context:
        """This context as seen from the facts of ``cluster``: a roundup reports several meetings,
        and each cluster's facts take the reviewed year (and school year) of its own meeting."""
        meetings = self.extra.get("meetings")
        if not cluster or not meetings:
            return self
        key = repr(cluster)
        if key == self.extra.get("main_cluster") or key not in meetings:
            return self
        m = meetings[key]
        return replace(
            self,
            reviews_year=m.fact["reviews_year"],
            school_year=False,
            conference_day=m.fact["date"] if m.fact["date"] and len(m.fact["date"]) == 10 else None,
            conference_sentence=(m.start, m.end),
        )

    def same_year_review(self) -> bool:
        """The meeting happened in the year it reviews (a December review of that year)."""
        if not self.reviews_year:
            return False
        if self.conference_day:
            return int(self.conference_day[:4]) == self.reviews_year
        # no date for the meeting ("Vừa qua, ..."): a page published in the reviewed year reports it
        published = self.an.published
        return bool(self.conference_sentence and published and int(published[:4]) == self.reviews_year)


@lru_cache(maxsize=1024)
def label(kind: str, notation: str) -> str:
    """The Vietnamese prefLabel of a concept (the facts format's canonical value)."""
    return vocabularies().by_notation(kind, notation).label_vi


def member(unit: Unit) -> dict:
    return {"org": label("agency", unit.agency), "province": unit.province}


def member_of(agency: str, province: str) -> dict:
    return {"org": label("agency", agency), "province": province}


def own_sector_cluster(ctx: Context, unit, pos: int) -> dict | None:  # type: ignore[no-untyped-def]
    """The cluster named last before ``pos`` whose bloc is the unit's own agency type."""
    bloc = label("agency", unit.agency)
    for c in reversed([c for c in ctx.clusters.mentions if c.start < pos]):
        ref = ctx.clusters.ref_of(c)
        if ref is not None and ref.get("bloc") == bloc:
            return ref
    return None


def mask(sh: str, start: int, end: int, spans) -> str:  # type: ignore[no-untyped-def]
    """The shadow between start and end with the given mention spans blanked out."""
    text = sh[start:end]
    for s in spans:
        if s.end <= start or s.start >= end:
            continue
        a, b = max(s.start, start) - start, min(s.end, end) - start
        text = text[:a] + " " * (b - a) + text[b:]
    return text


_AT_VENUE = re.compile(
    r"(?<![a-z])tai\s+(?:(?:tru\s+so|hoi\s+truong|phong\s+hop|co\s+quan|tru\s+so\s+lam\s+viec)"
    # ("tại hội trường cơ quan Hội CCB tỉnh Đắk Lắk")
    r"(?:\s+(?:co\s+quan|tru\s+so))?(?:\s+cua)?\s+)?$"
)


def after_tai(an: Analysis, pos: int) -> bool:
    """The unit at ``pos`` is a venue ("tại (trụ sở) Công an tỉnh X"), not an actor of the sentence."""
    return bool(_AT_VENUE.search(an.sh, max(0, pos - 30), pos))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_ADVERBIAL_YEAR = re.compile(r"(?:^|[,:;(\"“]\s*|\s)(?:trong\s+|vao\s+)?nam\s+((?:19|20)\d\d)\s*,")
# "(được thành lập) từ năm 2016, hiện gồm ...": a starting point, not the frame of the clause
_SINCE = re.compile(r"(?<![a-z])(?:tu|thanh\s+lap|ra\s+doi|nhu)\s*$")  # (or "giữ nguyên như năm 2024,")


def adverbial_year(an: Analysis, start: int, pos: int) -> int | None:
    """The year of a "(…,) năm 2024, …" phrase that frames the clause before ``pos`` in its sentence
    ("... cho biết: năm 2024, khi còn thuộc Bộ TT&TT, Cụm thi đua số 6 gồm ..."), when no other year
    stands between it and ``pos``."""
    found = [
        m
        for m in _ADVERBIAL_YEAR.finditer(an.sh, start, pos)
        if not _SINCE.search(an.sh, start, m.start() + 1)
        # (not the year of a date written out: "ngày 16 tháng 1 năm 2026, tại tỉnh Đắk Lắk, Cụm ... gồm")
        and not any(d.start <= m.start(1) < d.end for d in an.dates)
    ]
    if not found:
        return None
    m = found[-1]
    if any(m.end() <= y.start < pos for y in an.years) or re.search(r"\d{1,2}/\d{1,2}", an.sh[m.end() : pos]):
        return None
    return int(m.group(1))


_REARRANGED = re.compile(
    r"(?<![a-z])(?:sau\s+(?:khi\s+)?(?:sap\s+xep|hop\s+nhat|sap\s+nhap)|kien\s+toan|to\s+chuc\s+lai)(?![a-z])"
)


_FOUNDED = re.compile(r"(?:thanh\s+lap|tai\s+lap)\s+(?:tu\s+)?(?:nam\s+)?$")


def lede_year(ctx: Context) -> int | None:
    """The one year the title and lead state ("Quyết định ... phân chia các cụm thi đua năm 2025"):
    the year of a composition announced outside a review. None when they state several or none."""
    an = ctx.an
    if "lede_year" not in ctx.extra:
        # up to the end of the first real paragraph (the lead), past the page's header lines
        end = lead_start = 0
        for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", an.text[: an.end]):
            end, lead_start = para.end(), para.start()
            # (a site's name, menu and "Cập nhật: ... | Lượt xem" lines run together are no lead)
            # (several short lines run together are a page's head: site, menu, title, stamp)
            lines = para.group().strip().split("\n")
            if len(para.group().strip()) >= 150 and para.group().count("|") < 2 and (
                len(lines) < 3 or max(len(line) for line in lines) >= 120
            ):
                break
        years = {
            y.year
            for y in an.years
            if y.start < end
            and not y.school
            # ("so với năm 2017": a comparison)
            and not re.search(r"so\s+voi\s+$", an.sh[max(0, y.start - 8) : y.start])
            # ("Thành lập từ năm 1990, ...": a unit's founding, not the year the page is about)
            and not _FOUNDED.search(an.sh, max(0, y.start - 24), y.start)
            and not _DOCUMENT_BEFORE.search(an.sh, max(0, y.start - 40), y.start)
        }  # ("thay thế Quyết định số 2145/QĐ-TCT năm 2023": the date of another document)
        applies = {int(m.group(1)) for m in _APPLIES_FROM.finditer(an.sh, 0, end)}
        if len(applies) == 1:
            years = applies  # "Quyết định ... kiện toàn các Cụm ..., áp dụng từ năm 2026": the year it sets up
        if len(years) > 1:
            # "Thông báo ... Cụm trưởng, Cụm phó các Cụm thi đua ... năm 2021" over a lead that also says "... tại các
            # hội nghị tổng kết Cụm cuối năm 2020": the one year of the short title lines wins
            title_years = {
                y.year
                for y in an.years
                if y.start < lead_start  # (the head lines above the lead)
                and not y.school
                and len(line := _line_at(an.sh, y.start)) <= 200
                # (a title about the roles or the make-up, not an award's year; its words may wrap onto the line
                # before: "Về việc phân công đơn vị Cụm trưởng, Cụm phó các Cụm thi đua" + "của LĐLĐ tỉnh ... năm 2015")
                and (_ASSIGNING.search(line) or _ASSIGNING.search(_document_title_before(an.sh, y.start)))
            }
            years = title_years if len(title_years) == 1 and title_years <= years else years
        school = any(y.school for y in an.years if y.start < end)
        if not years and not school and _SIGNED_DECISION.search(an.sh, lead_start, end):
            # "Ngày 15/8/2025, Cục trưởng ... ký Quyết định số 1876/QĐ-CT về việc thành lập các Cụm": a composition
            # a decision sets up, dated by the day it was signed
            years = {d.year for d in an.dates if lead_start <= d.start < end and d.year}
        if (
            not years
            and not school
            and an.published
            and an.published >= "2025-07-01"
            and ctx.reviews_year is None
            and _REARRANGED.search(an.sh, 0, end)
        ):
            # "Kiện toàn các Cụm thi đua Sở NN&MT sau sắp xếp tỉnh" over a lead that names no year, on a page after
            # the 2025 merger: the clusters as they are set up now, in the page's year
            years = {int(an.published[:4])}
        ctx.extra["lede_year"] = years.pop() if len(years) == 1 else None
        ctx.extra["lede_end"] = end
    return ctx.extra["lede_year"]


_APPLIES_FROM = re.compile(
    # ("được áp dụng cho việc chấm điểm, bình xét thi đua kể từ năm 2016")
    r"(?<![a-z])(?:ap\s+dung|co\s+hieu\s+luc|thuc\s+hien)(?:\s+cho\s[^.;:]{0,50}?)?\s+(?:ke\s+)?tu\s+nam\s+((?:19|20)\d\d)(?![\d-])"
)
# a year that dates a document by its number: "Quyết định số 2145/QĐ-TCT năm 2023"
_DOCUMENT_BEFORE = re.compile(r"\d+\s*/\s*[a-z0-9&-]+(?:\s*/\s*[a-z0-9&-]+)?\s+(?:ngay\s+[\d/.-]+\s+)?$")
_SIGNED_DECISION = re.compile(r"(?<![a-z])(?:ky|ban\s+hanh)\s+(?:quyet\s+dinh|qd)(?![a-z])")
# (or a plan's or an agreement's: "... triển khai kế hoạch hoạt động năm 2013", "... ký kết giao ước thi đua năm 2020")
_ASSIGNING = re.compile(
    r"(?<![a-z])(?:cum|khoi)\s+(?:truong|pho)|thanh\s+phan|phan\s+(?:cong|chia)|kien\s+toan|ke\s+hoach|giao\s+uoc"
    r"|thanh\s+lap\s+(?:cac\s+)?(?:cum|khoi)"
)


def _line_at(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : (text.find("\n", pos) + 1 or len(text) + 1) - 1]


def _document_title_before(text: str, pos: int) -> str:
    """The line just above the one ``pos`` is on, when it opens a document's title ("Về việc ..."); else ""."""
    start = text.rfind("\n", 0, pos)
    line = _line_at(text, start - 1) if start > 0 else ""
    return line if re.match(r"\s*ve\s+viec\s", line) else ""


@lru_cache(maxsize=8)
def line_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every line of ``text``: tables flattened into text are read line by line
    (by several rules of one article: remembered)."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(spans)


def table_cells(sh: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a table row flattened into a line of text ('| a | b |')."""
    cells, start = [], a
    for j in range(a, b):
        if sh[j] == "|":
            cells.append((start, j))
            start = j + 1
    cells.append((start, b))
    return cells


# "Theo Quyết định số 1129/QĐ-BYT, ... được chia thành hai Cụm thi đua, cụ thể như sau:"
_BY_DECISION = re.compile(r"(?<![a-z])theo\s+quyet\s+dinh\s+so\s+(\d+\s*/\s*[a-z0-9&-]+(?:\s*-\s*[a-z0-9]+)*)")


def decision_list_year(ctx: Context, pos: int) -> int | None:
    """The year of the decision whose lists a position is in: "Theo Quyết định số 1129/QĐ-BYT, ... như sau:" within
    the few sentences before, and that decision dated elsewhere on the page ("Quyết định số 1129/QĐ-BYT ngày
    05/3/2021"). Why: a meeting's page that quotes a decision's new make-up and heads gives them the decision's
    year, not the reviewed one."""
    an = ctx.an
    i = bisect.bisect_right(an.sentence_starts, pos) - 1
    for s in an.sentences[max(0, i - 12) : i + 1][::-1]:
        if s.start >= pos or pos - s.end > 900:
            continue
        m = _BY_DECISION.search(an.sh, s.start, s.end)
        if m is None or not an.text[s.start : s.end].rstrip().endswith(":"):
            continue
        number = re.sub(r"\s+", "", m.group(1))
        for d in re.finditer(r"quyet\s+dinh\s+so\s+(\S+)\s+ngay\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*((?:19|20)\d\d)", an.sh):
            if d.group(1).rstrip(",.;") == number:
                return int(d.group(2))
        return None
    return None


def next_line(text: str, pos: int) -> int | None:
    """Where the next non-blank line after ``pos`` starts (a bulleted list may leave blank lines between items)."""
    nl = text.find("\n", pos)
    if nl < 0:
        return None
    line_start = nl + 1
    while line_start < len(text) and text[line_start] == "\n":
        line_start += 1
    return line_start
