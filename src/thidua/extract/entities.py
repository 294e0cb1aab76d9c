"""Mentions in an article: sentences, member units, roles, awards, authorities, years, dates.

A *unit* is an agency type followed by a province (``Sở TT&TT Hải Dương``, ``Công an TP Hải
Phòng``, ``BHXH tỉnh Bà Rịa -Vũng Tàu``), or a province that continues a list opened by one
(``Sở TTTT Đắk Lắk và Phú Yên``, ``Sở ... tỉnh Hải Dương và tỉnh Vĩnh Phúc``). A place name
reached through ``tại`` (``VKSND cấp cao tại Đà Nẵng``) or another administrative word
(``huyện``, ``phường``) is not a unit.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from thidua.extract.dates import DateMention, YearMention, find_dates, find_years
from thidua.extract.lexicon import Lexicon, lexicon, orders, shadow

# a sub-heading between a list's items ("Đối với Khối thi đua các Đài PT-TH:")
_SUB_HEADING = re.compile(r"\s*(?:doi\s+voi|rieng|ve)\s[^:\n]{3,100}:\s*$")
# a province's own event: "UBND tỉnh Quảng Trị tổ chức buổi lễ", "Tỉnh ủy, HĐND, UBND tỉnh Bình Phước ... tổ chức"
# (or "UBND tỉnh tổ chức lễ ... cho cơ quan, đơn vị của tỉnh Quảng Bình": the one province the lead names)
# (not a guest list: "lãnh đạo UBND tỉnh, ..." at another unit's ceremony)
_PROVINCE_HOSTS = re.compile(
    r"(?<![a-z])(?:ubnd|uy\s+ban\s+nhan\s+dan|hdnd|tinh\s+uy)\s+tinh(?:\s+[a-z]+){0,4}?\s+(?:da\s+|vua\s+)?"
    r"(?:long\s+trong\s+|trang\s+trong\s+)?to\s+chuc\s+(?:(?:buoi\s+)?le(?![a-z])"
    # ("UBND tỉnh Quảng Trị tổ chức hội nghị triển khai nhiệm vụ năm 2013 và trao các hình thức khen thưởng")
    r"|hoi\s+nghi(?=[^.;]{0,100}?(?<![a-z])(?:trao|tang|khen\s+thuong|thi\s+dua)(?![a-z])))"
)
_PROVINCE_HONOURED = re.compile(
    # ("Nhiều cơ quan của tỉnh được bộ, ngành Trung ương tặng Cờ thi đua", the province named further on; "Nhiều cơ
    # quan của Hà Tĩnh được Trung ương và tỉnh ghi nhận thành tích")
    r"(?<![a-z])(?:tap\s+the|don\s+vi|co\s+quan)\s+(?:(?:cua\s+)?tinh\s+(?:[a-z]+\s+){0,3}?|cua\s+(?:[a-z]+\s+){1,3}?)"
    r"(?:duoc|vinh\s+du|nhan)\s"
    r"[^.\n]{0,60}?(?:khen\s+thuong|tang|ton\s+vinh|ghi\s+nhan|co\s+thi\s+dua|bang\s+khen)(?![a-z])"  # ("... nhận Cờ")
)
# a province's own decision on awards: "| Cơ quan ban hành | UBND tỉnh Thái Bình |" or the letterhead "ỦY BAN NHÂN DÂN
# TỈNH THÁI BÌNH", with "về việc tặng Cờ thi đua ..." (its annex names the province's agencies bare)
_PROVINCE_ISSUES = re.compile(
    r"(?:co\s+quan\s+ban\s+hanh\s*\|\s*|(?:^|\n)[ \t]*)(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+tinh\s+[a-z]"
    r"(?=[^\n]{0,30}\n[\s\S]{0,400}?ve\s+viec\s+tang\s+(?:co\s+thi\s+dua|bang\s+khen))"
    r"|(?<![a-z])ve\s+viec\s+tang\s+(?:co\s+thi\s+dua|bang\s+khen)[^\n]{0,200}\n[\s\S]{0,300}?"
    r"co\s+quan\s+ban\s+hanh\s*\|\s*(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+tinh\s"
    # (or told: "UBND tỉnh Bình Dương ban hành Quyết định số 286/QĐ-UBND về việc tặng Cờ thi đua, Bằng khen ...")
    r"|(?<![a-z])(?:chu\s+tich\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+tinh\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+(?:da\s+|vua\s+)?"
    r"(?:ban\s+hanh|ky)\s+quyet\s+dinh\s[^.\n]{0,60}?ve\s+viec\s+tang\s+(?:co\s+thi\s+dua|bang\s+khen)"
)
# the province's committee gives awards, its province unnamed ("UBND tỉnh đã tặng Cờ thi đua năm 2022 cho ...",
# "Cờ thi đua của UBND tỉnh cho ...")
_PROVINCE_AWARDS = re.compile(
    r"(?<![a-z])(?:chu\s+tich\s+)?ubnd\s+tinh\s+(?:da\s+|cung\s+|vua\s+)*(?:trao|tang)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:co\s+thi\s+dua|bang\s+khen)|(?:co\s+thi\s+dua|bang\s+khen)\s+cua\s+(?:chu\s+tich\s+)?ubnd\s+tinh\s+(?:cho|duoc)\s"
)
# (not on a page whose lead is about one of our numbered clusters: "Cụm thi đua số 3 Công an các tỉnh ...")
_NUMBERED_CLUSTER = re.compile(
    r"(?<![a-z])(?:cum|khoi)\s+(?:thi\s+dua\s+)?(?:so\s+)?(?:\d{1,2}|[ivx]{1,5})(?![a-z0-9])"
)
_THE_PRESIDENT = re.compile(
    r"(?<![a-z])(?:chu\s+tich|bac|tu\s+tuong|dao\s+duc|phong\s+cach|lang|nguoi|lam\s+theo\s+loi)\s+$"
)
_PLURAL_BEFORE = re.compile(r"(?<![a-z0-9])(?:cac|nhung|moi|\d{1,3})\s+$")
# after the agency: "tỉnh" then no name, or no name at all ("Sở Y tế nhận Bằng khen", "Cục Thuế tỉnh nhận ...")
_BARE_PROVINCE = re.compile(
    # (or ending its line: an annex's item "2. Tòa án nhân dân tỉnh"; or its table cell: "| 1 | Sở Tư pháp | ... |")
    r"(?:\s+tinh)?(?=[ \t]*(?:\n|$|\|)"
    r"|\s*(?:[,.;:()–-]|\s(?:va|cung|vinh|duoc|nhan|don|da|con|la|dan\s+dau|tiep\s+tuc|vi|do\s+co|lan\s+dau)\s))"
)
# "trao cờ thi đua Cụm trưởng năm 2025 cho X": after an award's words, the rotating flag of the head
_HEADS_FLAG = re.compile(r"\s*(?:cua\s+)?(?:cum|khoi)\s+(?:truong|pho)(?![a-z])")
# "... dẫn đầu 8 Cụm thi đua được tặng Cờ gồm:" after a "Cờ thi đua": the flag named bare, right after the verb
# (capitalised, and followed by no other word of a flag's name: not "cờ luân lưu", "cờ Tổ quốc")
_BARE_FLAG = re.compile(r"(?<![a-z])(?:tang|trao|nhan)\s+(co)(?=\s*(?:[,.;:(]|(?:gom|cho|vi|nam|la|theo)(?![a-z])))")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    value: str  # a notation, or a province name


@dataclass(frozen=True)
class Unit:
    """A member agency named in the text: agency notation + canonical province name."""

    start: int  # start of the agency words (or of the province when the agency is inherited)
    end: int
    agency: str
    province: str
    group: int  # units of one list share a group id
    explicit_agency: bool = True


# Words that may stand between an agency and its province.
_UNIT_WORD = r"(?:tinh|thanh\s+pho|tp\s*\.?|t\.p\.?)"
# "Sở Văn hóa, Thể thao và Du lịch (VHTT&DL) Lạng Sơn": an abbreviation in parentheses may follow the agency
_CITY_WORD = re.compile(r"\s*(?:thanh\s+pho|tp\s*\.?|t\.p\.?)(?![a-z])\s*")
_CITY_BEFORE = re.compile(r"(?<![a-z])(?:thanh\s+pho|tp\s*\.?|t\.p\.?)\s*$")
_PHU = re.compile(r"\s+phu(?![a-z])")
_SHORT_STATION = re.compile(r"(?<![a-z])dai\s+(?:tinh\s+|thanh\s+pho\s+)?")
_AGENCY_GAP_PREFIX = re.compile(r"\s*(?:\([^()\s]{1,15}\)\s*)?\.?\s*(?:" + _UNIT_WORD + r"\s*)?")
_AGENCY_GAP = re.compile(r"\s*(?:\([^()\s]{1,15}\)\s*)?\.?\s*(?:" + _UNIT_WORD + r"\s*)?$")
# Between two items of a province list.
_JOINED = re.compile(r"[ \t]*-[ \t]*")  # the shadow has every dash as "-"
_LIST_SEP = re.compile(r"^\s*(?:,|;|\bva\b|&)\s*(?:(?:va|cung)\s+)?(?:" + _UNIT_WORD + r"\s*)?$")
# "các tỉnh(, thành phố)(:)", "N tỉnh:", "2 Sở TTTT" ... before a list of provinces.
_LIST_OPEN = re.compile(
    r"^\s*(?:\(\s*)?(?:cac\s+|\d{1,2}\s+)?(?:(?:tinh|thanh\s+pho|tp|don\s+vi|dia\s+phuong)\s*,?\s*){0,3}"
    r"(?:[a-z]+\s*){0,6}?:?\s*(?:" + _UNIT_WORD + r"\s*)?$"
)
_SHORT_LIST_OPEN = re.compile(r"^\s*(?:cac\s+)?(?:(?:tinh|thanh\s+pho|tp)\s*,?\s*){1,2}:?\s*$|^\s*:\s*$")


_RELATED = re.compile(
    r"^[ \t>»•*+–\-|\[]*(?:xem\s+them|tin\s+lien\s+quan|bai\s+lien\s+quan|tin\s+cung\s+chuyen\s+muc|"
    r"cac\s+tin\s+khac|tin\s+khac|doc\s+them|co\s+the\s+ban\s+quan\s+tam|tin\s+moi\s+nhat|tin\s+doc\s+nhieu|bai\s+viet\s+lien\s+quan|"
    r"(?:cac\s+)?bai\s+viet\s+khac|(?:cac\s+)?tin\s+bai\s+khac|tin\s+cung\s+loai|cac\s+tin\s+da\s+dua|"
    r"(?:tin\s+|bai\s+|bai\s+viet\s+|tin\s+bai\s+)?cung\s+(?:chuyen\s+muc|chu\s+de)|tu\s+khoa)\b",
    re.MULTILINE,
)


_TEASER = re.compile(r"\s*[»•*+–-]")


def related_block_start(text: str, sh: str) -> int:
    """Where a trailing block of links to other articles starts (the text's length if none).

    The block starts at a "Xem thêm" / "Tin liên quan" line after which no line is longer than a
    headline; a "Xem thêm" in the middle of an article does not cut it.
    """
    for m in _RELATED.finditer(sh):
        if m.start() < len(sh) // 4:
            continue
        rest = text[m.start() :]
        # headlines, one per line (a teaser after a bullet may run longer)
        if all(len(line.strip()) <= (400 if _TEASER.match(line) else 200) for line in rest.split("\n")):
            return m.start()
    return len(text)


@dataclass
class Sentence:
    start: int
    end: int


_COUNTED_PART = re.compile(
    r"(?:(?<=^)|(?<=[\s:;]))\s*(?:[-+•*]\s*)?(?:hai|ba|bon|nam|sau|bay|tam|chin|\d{1,2})\s+(?:don\s+vi|so|tinh)"
    r"(?:\s+[a-z&]+){0,10}?\s+la\s"
)
_GOES_ON = re.compile(r"\s*(?:cung(?:\s+voi)?|va)\s")
_SENT_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s)")
_BULLET_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}$")  # "1. Sở ..." opens a numbered item, not a sentence end
# ("bà" abbreviated, but not the class of an order: "Huân chương Lao động hạng Ba. Năm 2012, ...")
_ABBREV = re.compile(r"(?:^|[\s(])(?:tp|tt|ts|ths|pgs|gs|bs|ks|q|p|st|ong|(?<!hang\s)ba|[a-z])$")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_ITEM_START = re.compile(r"(?:\d+[.)]|[a-zđ]\))\s")


def split_sentences(text: str, sh: str, keep: tuple[tuple[int, int], ...] = ()) -> list[Sentence]:
    """Sentences, with paragraph and line structure respected.

    A single line break ends a sentence unless it wraps a phrase (the line before is long and
    ends in a word, a comma or a semicolon, the next does not start a bullet) or falls inside a name
    (``keep``: the spans of names broken over two lines, "tỉnh Sóc" / "Trăng").
    """
    cuts: list[int] = []
    for m in _SENT_END.finditer(sh):
        before = sh[max(0, m.start() - 8) : m.start()]
        if m.group(0) == "." and (_ABBREV.search(before) or _BULLET_NUMBER.search(before)):
            continue
        nxt = _NEXT_CHAR.match(sh, m.end(), m.end() + 5)
        if nxt and text[nxt.end() - 1].islower():
            continue
        cuts.append(m.end())
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines[:-1]):
        pos += len(line) + 1
        stripped = line.strip()
        nxt = lines[i + 1].strip()
        # (";" too, in a line that is no list item: "... gồm Thanh tra 6 tỉnh: A, B, C;" / "D, E và F.")
        item = stripped[:1] in ("-", "•", "+", "*", "–") or bool(_ITEM_START.match(stripped))
        soft = (
            (
                stripped[-1:].isalnum()
                or stripped[-1:] in ",(–-"
                or (stripped[-1:] == ";" and not item)
                # ("... phong trào thi đua "Vì an ninh Tổ quốc"" + a break + "năm 2021.": a hard-wrapped line)
                or (stripped[-1:] in "\"”’)" and nxt[:1].islower())
            )
            and nxt
            and nxt[0] not in "-•+*–"
            and not _ITEM_START.match(nxt)
            and (len(stripped) >= 40 or nxt[0].islower() or any(a < pos - 1 < b for a, b in keep))
        )
        if not soft:
            cuts.append(pos - 1)
    cuts = sorted(set(cuts))
    out = []
    start = 0
    for c in [*cuts, len(text)]:
        s, e = start, c
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append(Sentence(s, e))
        start = c
    return out


# an abbreviation the article defines for the agency just named ("Hội Nông dân (HND)")
_DEFINED = re.compile(r"[ \t]*\(([A-ZĐ][A-ZĐ&]{1,9})\)")
_ABBREVIATION = re.compile(r"\s*\(([A-ZĐ][A-ZĐ&-]{1,9})\)(?=\s+[a-zđà-ỹ])")


def _blank_inner_abbreviations(text: str, sh: str) -> str:
    """Blank "(NHNN)" inside "Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh X" in the shadow, so the name
    reads whole: an abbreviation of the words just before it, with the name going on after it."""
    if "(" not in text:
        return sh
    for m in _ABBREVIATION.finditer(text):
        letters = re.sub(r"[^a-z]", "", sh[m.start(1) : m.end(1)])
        words = [w for w in re.findall(r"[a-z]+", sh[max(0, m.start() - 80) : m.start()]) if w != "va"]
        if len(letters) >= 2 and "".join(w[0] for w in words[-len(letters) :]) == letters:
            sh = sh[: m.start()] + " " * (m.end() - m.start()) + sh[m.end() :]
    return sh


# a correction notice quotes what the earlier article said wrongly: "bài viết nêu "Hội nghị do X đăng cai". Nay
# đính chính lại là: ..."
_RETRACTED = re.compile(r"(?<![a-z])(?:neu|viet|ghi|dang\s+tai|dang)\s*(?:la\s*)?:?\s*([\"“][^\"”\n]{3,400}[\"”])")


def _blank_retracted(sh: str) -> str:
    """Blank, in the shadow of a correction notice ("đính chính"), the quoted statements it corrects, so no
    fact is read from them (only the corrected text counts)."""
    if "dinh chinh" not in sh:
        return sh
    for m in _RETRACTED.finditer(sh):
        sh = sh[: m.start(1)] + " " * (m.end(1) - m.start(1)) + sh[m.end(1) :]
    return sh


@dataclass
class Analysis:
    """An article's normalised text with every mention found once (the rules share them)."""

    text: str
    published: str | None = None
    lex: Lexicon = field(default_factory=lexicon)

    def __post_init__(self) -> None:
        self.sh = _blank_retracted(_blank_inner_abbreviations(self.text, shadow(self.text)))
        # A trailing "Xem thêm / Tin liên quan" block lists other articles' titles: not read.
        self.end = related_block_start(self.text, self.sh)
        self.provinces = self._provinces()
        broken = tuple((p.start, p.end) for p in self.provinces if "\n" in self.text[p.start : p.end])
        self.sentences = [s for s in split_sentences(self.text, self.sh, broken) if s.start < self.end]
        lex, end = self.lex, self.end
        self.agencies = [
            Mention(m.start(), m.end(), lex.agency.identify(m.group()) or "") for m in lex.agency.finditer(self.sh, end)
        ]
        self.agencies = [a for a in self.agencies if a.value]
        if "(" in self.text:
            self.agencies = sorted(self.agencies + self._defined_abbreviations(), key=lambda a: a.start)
        if any(a.value == "dai_ptth" for a in self.agencies):
            self.agencies = sorted(self.agencies + self._short_stations(), key=lambda a: a.start)
        self.authorities = [
            Mention(m.start(), m.end(), lex.authority.identify(m.group()) or "")
            for m in lex.authority.finditer(self.sh, end)
        ]
        self.roles = [
            Mention(m.start(), m.end(), lex.role.identify(m.group()) or "") for m in lex.role.finditer(self.sh, end)
        ]
        self.awards = [
            Mention(m.start(), m.end(), lex.award.identify(m.group()) or "")
            for m in lex.award.finditer(self.sh, end)
            # ("trao cờ thi đua Cụm trưởng năm 2025 cho X": the rotating flag of the head, no award)
            if not _HEADS_FLAG.match(self.sh, m.end())
        ]
        if "huan" in self.sh:
            # the State's orders ("Huân chương Lao động hạng Ba"), awards of type other
            found = []
            for m in orders().regex.finditer(self.sh, 0, end):
                found.append(Mention(m.start(), m.end(), orders().name(m)))
                found += [Mention(a, b, name) for a, b, name in orders().elided(self.sh, m)]
            self.awards = sorted(self.awards + found, key=lambda a: a.start)
        flag = next((a for a in self.awards if a.value == "emulation_flag"), None)
        if flag is not None and _BARE_FLAG.search(self.sh, flag.end, end):
            bare = [
                Mention(m.start(1), m.end(1), "emulation_flag")
                for m in _BARE_FLAG.finditer(self.sh, flag.end, end)
                if self.text[m.start(1)] == "C"
            ]
            self.awards = sorted(self.awards + bare, key=lambda a: a.start)
        self.dates: list[DateMention] = [d for d in find_dates(self.sh) if d.start < end]
        # a year inside a written-out date ("ngày 8 tháng 12 năm 2023") is that date's, not a "năm N"
        self.years: list[YearMention] = [
            y for y in find_years(self.sh) if y.start < end and not any(d.start <= y.start < d.end for d in self.dates)
        ]
        self.units = self._units()

    # ------------------------------------------------------------------ provinces and units

    def _provinces(self) -> list[Mention]:
        out = []
        for m in self.lex.province.finditer(self.sh, self.end):
            name = self.lex.province_name(m.group(), self.published)
            if name and not (m.group() == "dien bien" and _PHU.match(self.sh, m.end())):
                # ("Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh": the President, not the city)
                president = _THE_PRESIDENT.search(self.sh, max(0, m.start() - 30), m.start())
                if m.group().endswith("ho chi minh") and president:
                    continue
                out.append(Mention(m.start(), m.end(), name))  # ("TP Điện Biên Phủ" is a city, not the province)
        return out

    def _units(self) -> list[Unit]:
        units: list[Unit] = []
        provs = sorted(self.provinces, key=lambda p: p.start)
        prov_starts = [p.start for p in provs]
        group = 0
        used: set[int] = set()
        agencies = sorted(self.agencies, key=lambda a: a.start)
        for ai, a in enumerate(agencies):
            limit = agencies[ai + 1].start if ai + 1 < len(agencies) else len(self.sh)
            # the province right after the agency (read again from the agency's end: a label such
            # as "Thành phố Hồ Chí Minh" may have been matched overlapping "Công an thành phố")
            first = None
            gap_m = _AGENCY_GAP_PREFIX.match(self.sh, a.end)
            direct = self.lex.province.regex.match(self.sh, gap_m.end()) if gap_m else None
            if direct:
                name = self.lex.province_name(direct.group(), self.published)
                if name:
                    first = Mention(direct.start(), direct.end(), name)
            i = bisect.bisect_left(prov_starts, a.end)
            if first is None and i < len(provs) and provs[i].start < limit and provs[i].start - a.end <= 120:
                p = provs[i]
                gap = self.sh[a.end : p.start]
                if _AGENCY_GAP.match(gap) or (_LIST_OPEN.match(gap) and _list_context(gap)):
                    first = p
            if first is None or self._city_in_province(a, first):
                continue
            joined = _JOINED.match(self.sh, first.end)
            second = provs[prov_starts.index(joined.end())] if joined and joined.end() in prov_starts else None
            if second is not None and not _JOINED.fullmatch(self.sh, second.end, min(len(self.sh), second.end + 3)):
                # "Cục Hải quan tỉnh Gia Lai – Kon Tum": one unit over two provinces, not a member of either
                used.update((first.start, joined.end()))
                continue
            group += 1
            units.append(Unit(a.start, first.end, a.value, first.value, group))
            used.add(first.start)
            last = first
            for p in provs[bisect.bisect_right(prov_starts, first.start) :]:
                if p.start <= last.start:
                    continue
                if p.start > limit or p.start - last.end > 40:
                    break
                # a short parenthesis after an item ("Bắc Kạn (Cụm trưởng), Lạng Sơn") keeps the list going
                gap = re.sub(r"^\s*\([^()]{0,40}\)", "", self.sh[last.end : p.start])
                if not _LIST_SEP.match(gap) or p.start in used:
                    break
                units.append(Unit(p.start, p.end, a.value, p.value, group, explicit_agency=False))
                used.add(p.start)
                last = p
        units += self._local_units(agencies, {u.start for u in units}, group)
        return sorted(units, key=lambda u: u.start)

    @cached_property
    def event_province(self) -> str | None:
        """The province whose own event the lead tells ("UBND tỉnh Quảng Trị tổ chức buổi lễ ..."), if one."""
        lead = self.sh[: min(len(self.sh), 700)]
        # (or a province's portal on its own agencies' honours: "Nhiều tập thể của tỉnh Quảng Bình được các bộ, ngành
        # Trung ương khen thưởng")
        host = _PROVINCE_HOSTS.search(lead) or _PROVINCE_HONOURED.search(lead) or _PROVINCE_ISSUES.search(lead)
        provs = {p.value for p in self.provinces if p.start < len(lead)}
        awarding = _PROVINCE_AWARDS.search(self.sh, 0, self.end) and not _NUMBERED_CLUSTER.search(lead)
        if host is None and provs and awarding:
            # (a page whose lead names one province, where the province's committee gives its own agencies awards:
            # "Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho ..., gồm: Sở Tài chính, ..."; or whose lead's
            # first sentence naming a province names one, "Lâm Đồng tổng kết ..." before the merged predecessors)
            first = min(p.start for p in self.provinces)
            sent = self.sentence_at(first)
            named = {p.value for p in self.provinces if sent.start <= p.start < sent.end}
            return provs.pop() if len(provs) == 1 else named.pop() if len(named) == 1 else None
        if host is None:
            return None
        named = {p.value for p in self.provinces if host.start() <= p.start < host.end()}
        if len(provs) != 1 and len(named) == 1:
            # ("UBND tỉnh Lâm Đồng tổ chức hội nghị ... sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận": the
            # province whose committee holds the event)
            return named.pop()
        if len(provs) != 1:
            # (the lead also names a merged predecessor, "hợp nhất hai tỉnh Quảng Bình và Quảng Trị": the one
            # province of the sentence telling the event, "tại ... (tỉnh Quảng Trị), UBND tỉnh tổ chức lễ ...")
            sent = self.sentence_at(host.start())
            provs = {p.value for p in self.provinces if sent.start <= p.start < sent.end}
        return provs.pop() if len(provs) == 1 else None

    def _local_units(self, agencies: list[Mention], named: set[int], group: int) -> list[Unit]:
        """ "Tại buổi lễ, Sở Tư pháp tỉnh vinh dự đón nhận ...; Công an tỉnh được ... tặng ..." on a page whose lead is
        a province's own event ("UBND tỉnh Quảng Trị tổ chức buổi lễ ..."): an agency named without a province, or
        with a bare "tỉnh", is that province's (not after "các", "những" or a count: the agencies of a sector)."""
        province = self.event_province
        if province is None:
            return []
        out = []
        for a in agencies:
            if a.start in named or _PLURAL_BEFORE.search(self.sh, max(0, a.start - 12), a.start):
                continue
            if any(au.start < a.start < au.end for au in self.authorities):
                continue  # ("Cờ thi đua của Bộ Công an": the ministry's name, not the province's police)
            bare = _BARE_PROVINCE.match(self.sh, a.end)
            if bare is None or not self.text[a.start].isupper():
                continue  # (an agency's name starts with a capital: "cục Thuế" inside "Tổng cục Thuế" is none)
            group += 1
            out.append(Unit(a.start, bare.end(), a.value, province, group))
        return out

    def _short_stations(self) -> list[Mention]:
        """"Đài Vĩnh Long" on a page that names radio and TV stations in full: the station of that province (a bare
        "Đài" followed right away by a province name; "Đài được tặng" names no one)."""
        taken = {a.start for a in self.agencies}
        out = []
        for m in _SHORT_STATION.finditer(self.sh, 0, self.end):
            if m.start() in taken or not self.text[m.start()].isupper():
                continue
            if self.lex.province.regex.match(self.sh, m.end()):
                out.append(Mention(m.start(), m.start() + 3, "dai_ptth"))
        return out

    def _defined_abbreviations(self) -> list[Mention]:
        """ "Hội Nông dân (HND) tỉnh Nghệ An ... HND tỉnh Hà Tĩnh": an abbreviation the article defines
        after an agency's name stands for that agency wherever the article uses it later."""
        out: list[Mention] = []
        taken = [(a.start, a.end) for a in self.agencies]
        for a in self.agencies:
            m = _DEFINED.search(self.text, a.start, a.end + 12)  # (inside the name when it goes on after it)
            if m is None or self.lex.agency.identify(shadow(m.group(1))):
                continue
            for use in re.finditer(rf"(?<![\w&-]){re.escape(m.group(1))}(?![\w&-])", self.text[: self.end]):
                if use.start() > m.end() and not any(s <= use.start() < e for s, e in taken):
                    out.append(Mention(use.start(), use.end(), a.value))
        return out

    def _city_in_province(self, agency: Mention, p: Mention) -> bool:
        """ "VKSND thành phố Huế" in 2021, "Công an TP. Thanh Hóa": the agency of a city inside a province
        (which shares its name), not the province's own; only Hà Nội, Đà Nẵng, ... are cities of that rank."""
        agency_end = agency.end
        gap = self.sh[agency_end : p.start]
        before = self.sh[max(0, agency_end - 12) : p.start]  # ("Công an TP" may be read as the agency's name)
        named_city = _CITY_BEFORE.search(before) and not re.search(r"[a-z]", _CITY_BEFORE.sub("", gap))
        if named_city and not _CITY_BEFORE.search(gap):
            # (the "TP" belongs to the agency's name: "Sở TP Quảng Trị" is the Sở Tư pháp, which "Sở" alone is not)
            own = _CITY_BEFORE.search(self.sh, agency.start, agency_end)
            short = self.sh[agency.start : own.start()].rstrip() if own is not None else ""
            named_city = bool(short) and self.lex.agency.identify(short) == agency.value
        if not (named_city or (not gap.strip() and _CITY_WORD.match(self.sh, p.start, p.end))):
            return False
        versions = [v for v in self.lex.provinces.get(p.value, ()) if v.name == p.value]
        return bool(versions) and all(v.unit_type == "tỉnh" for v in versions)

    # ------------------------------------------------------------------ helpers

    def list_end(self, sent: Sentence, opens: bool = False) -> int:
        """End of a sentence, or of the bullet lines it opens ("... gồm:" + "- X" lines; ``opens``: a
        heading such as "1. Các đơn vị thành viên năm 2024" that opens them without a colon)."""
        tail = self.text[sent.start : sent.end].rstrip()
        i = bisect.bisect_right(self.sentence_starts, sent.start)
        if tail.endswith(",") or (
            tail.endswith(";")
            and i < len(self.sentences)
            and (
                _GOES_ON.match(self.sh, self.sentences[i].start)
                # ("gồm 7 Sở: bốn đơn vị thuộc Tây Nguyên là A, B, C, D;" + a break + "ba đơn vị phía Nam Trung Bộ
                # là E, F và G.": counted parts of one list)
                or (
                    _COUNTED_PART.match(self.sh, self.sentences[i].start)
                    and _COUNTED_PART.search(self.sh, sent.start, sent.end)
                )
            )
        ):
            # "... gồm KBNN 7 tỉnh: Quảng Nam, Quảng Ngãi, Bình Định," + a break + "Phú Yên, Khánh Hòa ..." (or
            # "...; " + "cùng TAND các tỉnh ..."): a list broken by a line break goes on in the next paragraph
            return self.sentences[i].end if i < len(self.sentences) else sent.end
        if not opens and not self.text[sent.start : sent.end].rstrip().endswith(":"):
            return sent.end
        end = sent.end
        i = bisect.bisect_right(self.sentence_starts, sent.start)
        while i < len(self.sentences):
            nxt = self.sentences[i]
            if nxt.start - end > 16 or self.text[end : nxt.start].strip():
                break
            if not re.match(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s", self.text[nxt.start : nxt.end]):
                # "Đối với 8 Cụm thi đua các Sở TT&TT:" between the items: a sub-heading, the list goes on below it
                after = self.sentences[i + 1] if i + 1 < len(self.sentences) else None
                if not (
                    _SUB_HEADING.match(self.sh, nxt.start, nxt.end)
                    and after is not None
                    and after.start - nxt.end <= 16
                    and re.match(r"\s*[-+•*–]\s", self.text[after.start : after.end])
                ):
                    break
            end = nxt.end
            i += 1
        return end

    def sentence_at(self, pos: int) -> Sentence:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i >= 0 and self.sentences[i].start <= pos < self.sentences[i].end:
            return self.sentences[i]
        return Sentence(pos, pos)

    @cached_property
    def sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]


def _list_context(gap: str) -> bool:
    """A gap like " các tỉnh: " or " 09 ... các tỉnh Đồng Bằng Sông Hồng: " opens a list."""
    return (
        ":" in gap
        or bool(_SHORT_LIST_OPEN.match(gap))
        # "sáu tỉnh ... là", "Sở VHTT&DL của ba địa phương Quảng Bình, ..."
        or bool(re.match(r"^\s*(?:cua\s+)?(?:\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+", gap))
    )
