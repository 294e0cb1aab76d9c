"""Dates and years in article text, and when a date without a year may borrow one.

Real articles mostly write ``Sáng 08/12`` or ``Ngày 18-3`` with no year; the year is taken
from the publication date only when the event falls shortly before it, or from the reviewed
year only when a year-end meeting in December makes it unambiguous. Otherwise it stays unknown:
a null date is better than a guessed one.

>>> [(d.day, d.month, d.year) for d in find_dates(shadow("Sáng ngày 06/3, và 5/1/2024"))]
[(6, 3, None), (5, 1, 2024)]
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from thidua.extract.lexicon import WordPattern, shadow

__all__ = ["DateMention", "find_dates", "find_years", "page_date", "resolve_year", "shadow"]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    day: int
    month: int
    year: int | None
    lead: bool  # preceded by "Sáng/Chiều/Tối/Ngày" or inside "(D/M)": an event date, not a stamp

    def iso(self, year: int | None = None) -> str | None:
        y = self.year or year
        if y is None:
            return None
        try:
            return datetime.date(y, self.month, self.day).isoformat()
        except ValueError:
            return None


# (``\d{1,2}`` rather than ``[0-3]?\d``: the same dates once the day is checked, and a third faster to scan)
_DATE = WordPattern(
    r"(?<![\d/.-])(?P<d>\d{1,2})\s*(?P<sep>[/.-])\s*(?P<m>[01]?\d)(?:(?P=sep)\s*(?P<y>(?:19|20)\d\d))?(?![\d/])"
)
# "Ngày 18-19/12(/2024)", "Ngày 29 và 30/11/2010": a two-day event, read as its first day
_DAY_RANGE = re.compile(
    r"(?<![\d/.-])(?P<d>[0-3]?\d)\s*(?:-|\s+va\s+)\s*(?P<d2>[0-3]?\d)\s*/\s*(?P<m>[01]?\d)(?:/\s*(?P<y>(?:19|20)\d\d))?"
    r"(?![\d/])"
)
# (a cheap test before the full pattern)
_RANGE_HINT = re.compile(r"\d-\d{1,2}/|\d\s+-\s+\d{1,2}\s*/|\d\s+va\s+\d{1,2}\s*/")
_LEAD = re.compile(r"(?:sang|chieu|chiu|toi|trua|ngay|hom)\s*(?:ngay\s*)?(?:\d{1,2}\s*(?:va|,)\s*)?$|\(\s*$")


# "số 45/KH-BTTTT ngày", not a page stamp "11/12/2023" above "Ngày ..."
_DOC_REF = re.compile(r"\d+\s*/\s*(?=[a-z0-9-]*[a-z])[a-z0-9-]+[ \t]+ngay\s*$")


_WORDY_DATE = re.compile(
    r"(?<![a-z0-9])(?P<d>[0-3]?\d)\s+thang\s+(?P<m>[01]?\d)(?:\s*(?:,\s*)?nam\s+(?P<y>(?:19|20)\d\d))?(?![\d])"
)


# a cheap test before the full pattern (which opens with a lookbehind, so re tries every position)
_WORDY_HINT = re.compile(r"thang\s+[01]?\d(?!\d)")


def find_dates(sh: str) -> list[DateMention]:
    """Every D/M(/YYYY), D-M(-YYYY) and "D tháng M (năm YYYY)" in a shadow string.

    Times such as 08:15 are not dates.
    """
    out = []
    for m in _DAY_RANGE.finditer(sh) if _RANGE_HINT.search(sh) else ():
        day, day2, month = int(m.group("d")), int(m.group("d2")), int(m.group("m"))
        if 1 <= day < day2 <= 31 and 1 <= month <= 12:
            before = sh[max(0, m.start() - 25) : m.start()]
            lead = bool(_LEAD.search(before)) and not _DOC_REF.search(before)
            out.append(DateMention(m.start(), m.end(), day, month, int(m.group("y")) if m.group("y") else None, lead))
    ranges = [(d.start, d.end) for d in out]
    for m in _WORDY_DATE.finditer(sh) if _WORDY_HINT.search(sh) else ():
        day, month = int(m.group("d")), int(m.group("m"))
        if 1 <= day <= 31 and 1 <= month <= 12:
            before = sh[max(0, m.start() - 25) : m.start()]
            lead = bool(_LEAD.search(before)) and not _DOC_REF.search(before)
            out.append(DateMention(m.start(), m.end(), day, month, int(m.group("y")) if m.group("y") else None, lead))
    for m in _DATE.finditer(sh):
        day, month = int(m.group("d")), int(m.group("m"))
        year = int(m.group("y")) if m.group("y") else None
        if not (1 <= day <= 31 and 1 <= month <= 12):
            continue
        before = sh[max(0, m.start() - 25) : m.start()]
        lead = bool(_LEAD.search(before)) and not _DOC_REF.search(before)
        if m.group("sep") == "." and year is None and not lead:
            continue  # 1.200 is a number; "Sáng 8.12" is a date
        if any(a <= m.start() < b for a, b in ranges):
            continue
        out.append(DateMention(m.start(), m.end(), day, month, year, lead))
    return sorted(out, key=lambda d: d.start)


_YEAR = WordPattern(r"(?<![a-z0-9])nam(?:\s+hoc)?\s+((?:19|20)\d\d)(?:\s*-\s*((?:19|20)\d\d))?(?![\d/])")


@dataclass(frozen=True)
class YearMention:
    start: int
    end: int
    year: int
    school: bool  # "năm học 2022-2023"


def find_years(sh: str) -> list[YearMention]:
    """``năm 2023`` and ``năm học 2022-2023`` mentions."""
    return [YearMention(m.start(), m.end(), int(m.group(1)), "hoc" in m.group(0)[:10]) for m in _YEAR.finditer(sh)]


# (the second number up to 31: "12/23/2016 3:05:11 PM" is month/day/year, the day/month order being impossible)
_STAMP = re.compile(r"(?<![\d/.-])([0-3]?\d)\s*([/.-])\s*([0-3]?\d)\s*\2\s*((?:19|20)\d\d)(?![\d/])")
_ISO_STAMP = re.compile(r"(?<![\d-])((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?![\d-])")
_WORDED_STAMP = re.compile(
    r"(?<![a-z])(?:ngay\s+)?([0-3]?\d)\s+thang\s+([01]?\d)\s*(?:,\s*)?nam\s+((?:19|20)\d\d)(?!\d)"
)
_NOT_STAMP = re.compile(
    r"(?:ke\s+hoach|quyet\s+dinh|thong\s+bao|cong\s+van|van\s+ban|so\s+\d+\s*/|truy\s+cap|luu\s+tru|tai\s+ve|"
    r"accessed|crawl|retrieved|archived)[^\n]{0,60}$"
)


_US_CLOCK = re.compile(r"[ \t,]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:am|pm)(?![a-z])")


def page_date(text: str, max_lines: int = 8) -> str | None:
    """The publication stamp near the top of a plain-text article (first D/M/YYYY on its own).

    Dates that belong to a document ("Kế hoạch số 12 ngày 10/01/2019") are skipped. A stamp in
    month/day/year order is read as such only when the day/month order is impossible, or when an
    English clock follows it ("7/6/2024 3:20:11 PM"; a Vietnamese one says "SA"/"CH").
    """
    lines = [ln for ln in text.splitlines() if ln.strip()][:max_lines]
    for line in lines:
        sh = shadow(line)
        iso = _ISO_STAMP.search(sh)
        if iso and not _NOT_STAMP.search(sh[: iso.start()]):
            try:
                return datetime.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat()
            except ValueError:
                pass
        worded = _WORDED_STAMP.search(sh)
        if worded and (len(line) < 100 or "|" in line) and not _NOT_STAMP.search(sh[: worded.start()]):
            # "Ngày 29 tháng 12 năm 2017 | Ban Tổ chức | 733 lượt xem" (a stamp line, not a sentence)
            try:
                d, mo, y = (int(g) for g in worded.groups())
                return datetime.date(y, mo, d).isoformat()
            except ValueError:
                pass
        for m in _STAMP.finditer(sh):
            if _NOT_STAMP.search(sh[: m.start()]):
                continue
            a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
            day, month = (a, b) if b <= 12 else (b, a)
            if _US_CLOCK.match(sh, m.end()) and a <= 12:
                day, month = b, a  # "7/6/2024 3:20:11 PM": an English (US) stamp is month/day/year
            try:
                return datetime.date(y, month, day).isoformat()
            except ValueError:
                continue
    return None


def resolve_year(d: DateMention, published: str | None, reviews_year: int | None) -> int | None:
    """The year of a date written without one, or None when it is not safe to say.

    * published within 60 days after the day/month -> that year (or the previous one across
      New Year);
    * else a December meeting reviewing year N -> N; a January-March meeting reviewing N -> N+1
      (never a date after the publication).
    """
    if d.year is not None:
        return d.year
    if published:
        pub = datetime.date.fromisoformat(published)
        for y in (pub.year, pub.year - 1):
            try:
                event = datetime.date(y, d.month, d.day)
            except ValueError:
                continue
            if datetime.timedelta(0) <= pub - event <= datetime.timedelta(days=60):
                return y
    year = None
    if reviews_year is not None:
        if d.month == 12 or (d.month >= 10 and d.month <= 12):
            year = reviews_year
        elif d.month <= 3:
            year = reviews_year + 1
    if year is not None and published:
        # a page published long after the meeting: the reviewed year decides, never a date after the page
        try:
            if datetime.date(year, d.month, d.day) > datetime.date.fromisoformat(published):
                return None
        except ValueError:
            return None
    return year
