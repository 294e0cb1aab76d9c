"""Membership facts: which units belong to a cluster, and how the article shows it.

``Cụm ... gồm (N) <agency> các tỉnh: X, Y và Z`` (also ``thành viên ... bao gồm``, a list in
parentheses, a list split by agency type) is an *explicit* list; ``như các Đài ... X, Y`` gives
*examples*; ``Dự hội nghị có lãnh đạo <agency> các tỉnh: ...`` gives *attendance*; ``Các đơn vị
còn lại (trong Cụm) là ...`` a *complement*. Items that are not provinces (districts, national
units) end the list: they never yield a province fact. The year is the year the article reviews
(null for a school year).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from thidua.extract.clusters import ClusterMention
from thidua.extract.common import (
    Candidate,
    Context,
    adverbial_year,
    after_tai,
    decision_list_year,
    label,
    lede_year,
    line_spans,
    member_of,
    table_cells,
)
from thidua.extract.common import next_line as _next_line
from thidua.extract.entities import Mention, Sentence
from thidua.extract.lexicon import WordPattern, WordStart
from thidua.loaders.facts import roman_to_int
from thidua.vocab import vocabularies

_COUNT = r"(?:0?[3-9]|[1-9]\d|ba|bon|nam|sau|bay|tam|chin|muoi(?:\s+[a-z]+)?)"
_EXPLICIT = WordStart(
    r"(?<![a-z])(?:bao\s+gom|gom(?:\s+co)?|thanh\s+vien(?:\s+cua)?|(?:co|voi)\s+su\s+tham\s+gia\s+cua|"
    r"hien(?:\s+nay)?\s+co|"
    # "Thành phần: TAND 8 tỉnh, thành phố: ..." (a notice's item on a cluster)
    r"thanh\s+phan(?:\s+gom)?\s*:|"
    # "(Cụm) có 6 thành viên là ...", "còn 4 đơn vị: ...", "Với 5 đơn vị thành viên là ..." (a count of at
    # least three: a whole cluster)
    r"(?:co|con|voi|la)\s+" + _COUNT + r"\s+(?:[a-z&-]+\s+){0,3}?(?:thanh\s+vien|don\s+vi(?:\s+thanh\s+vien)?)"
    r"(?:\s+khac)?\s*(?:la|:)|"
    # "Cụm chúng tôi có 5 sở thuộc khu vực Tây Nguyên là ..."
    r"(?:co|gom)\s+" + _COUNT + r"\s+(?:so|tinh|dai|co\s+quan|dia\s+phuong)(?:\s+[a-z&-]+){0,6}?\s+la|"
    # "(được kiện toàn từ 10 Sở) thành 6 Sở NN&MT: thành phố Hà Nội, ...": a count of agencies, then a colon
    r"(?:thanh|gom|co|con|la|voi)\s+" + _COUNT + r"\s+(?:so|dai|cuc|hoi|ban|kho\s+bac|don\s+vi|co\s+quan|"
    # ("năm 2024 Cụm có 9 LĐLĐ: Kon Tum, ...": an agency's abbreviation)
    r"ldld|lien\s+doan|chi\s+nhanh|bhxh|kbnn|cong\s+an|tand|vksnd|thue|hai\s+quan|thanh\s+tra|tinh\s+doan)"
    r"(?:\s+[a-z&-]+){0,5}?\s*:|"
    # "năm 2017 Cụm thi đua số 4 còn lại Công an 5 tỉnh: ..." (the agency, then the count of provinces)
    r"con\s+lai\s+(?:[a-z&]+\s+){1,3}?" + _COUNT + r"\s+(?:tinh|don\s+vi)(?:\s*,\s*thanh\s+pho)?\s*:)(?![a-z])"
)
# "Các đơn vị (thành viên) trong Cụm ... là:", "Tham gia Cụm ... có ...", "Thành viên Cụm ... gồm ...":
# the sentence opens with the members as its subject; the list follows its verb
_SUBJECT = re.compile(
    r"^\s*(?:trong\s+do\s*,?\s*)?(?:(?:trong\s+)?nam\s+(?:19|20)\d\d\s*,\s*)?(?:(?:cac|nhung|\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+)?"
    # ("4 đơn vị phía Bắc của Khối là ...", "Các thành viên phía Nam của Khối gồm ...")
    r"(?:(?:don\s+vi|thanh\s+vien)(?:\s+thanh\s+vien)?(?:\s+(?:phia|khu\s+vuc|vung|mien)(?:\s+[a-z]+){1,2}?)?"
    r"\s+(?:trong|cua|thuoc)|tham\s+gia|"
    r"thanh\s+vien(?:\s+cua)?)\s+(?:cum|khoi)(?![a-z])"
)
# "Năm 2019, sáu Sở trong Cụm là ...": the counted agencies of the cluster as the subject
_SUBJECT_COUNTED = re.compile(
    r"^\s*(?:(?:trong\s+)?nam\s+(?:19|20)\d\d\s*,\s*)?(?:\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+"
    r"(?:so|dai|chi\s+nhanh|cuc)\s+(?:trong|cua|thuoc)\s+(?:cum|khoi)(?![a-z])"
)
_SUBJECT_VERB = re.compile(r"(?<![a-z])(?:la|co|gom(?:\s+co)?|bao\s+gom)(?![a-z])")
# words that make a list after "gồm" something other than the cluster's members
_NOT_CLUSTER_TALK = re.compile(
    r"(?<![a-z])(?:de\s+nghi|tang|(?<!phong\s)trao|khen|to\s+chuc|chu\s+tri|dan\s+dau|xep|bau|suy\s+ton|ban\s+giao|"
    r"tham\s+du|hoi\s+nghi|truong|(?<!thanh\s)pho)(?![a-z])"
)
# "(Cụm ... gồm 5 đơn vị.) Đó là ...": a list that opens the next sentence
_NEXT_LIST = re.compile(
    r"\s*(?:do\s+la|gom(?:\s+co)?|bao\s+gom|cu\s+the(?:\s+la)?|cac\s+don\s+vi\s+(?:do|nay)\s+(?:la|gom))(?![a-z])\s*:?"
)
# ("như sau:", "như vậy", "như thế", "như trên": as follows, thus; not "such as")
_EXAMPLES = WordPattern(r"(?<![a-z])nhu(?:\s+cac)?(?![a-z])(?!\s+(?:sau|vay|the|tren)(?![a-z]))")
_ATTEND = WordStart(
    r"(?<![a-z])(?:tham\s+du|du\s+hoi\s+nghi|du\s+hop|cung\s+du|den\s+du|toi\s+du|ve\s+du|(?P<points>diem\s+cau(?:\s+tai)?)|"
    # "Dự có lãnh đạo Sở TT&TT các tỉnh: ..."
    r"(?:(?<=[.:\n] )|(?<=\n)|^)du\s+co(?=\s+(?:lanh\s+dao|dai\s+dien|dai\s+bieu))|"
    # "Về phía Cụm có lãnh đạo Đài PT-TH các tỉnh: ..." (after the guests)
    r"ve\s+phia\s+(?:cac\s+don\s+vi\s+trong\s+)?(?:cum|khoi)(?:\s+thi\s+dua)?\s+co)"
    r"(?![a-z])"
)
_COMPLEMENT = re.compile(
    r"(?<![a-z])(?:cac|\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:don\s+vi|thanh\s+vien)\s+con\s+lai"
    r"(?:\s+(?:trong|cua)\s+(?:cum|khoi))?\s+(?:la|gom)(?![a-z])"
)
_GENERIC_IN_CLUSTER = re.compile(
    r"(?<![a-z])(?:so|dai|don\s+vi|tinh|dia\s+phuong|thanh\s+vien)(?:\s+(?:trong|cua)\s+(?:cum|khoi))?\s*,?\s*$"
)
_IN_CLUSTER_END = re.compile(r"\s+(?:trong|cua)\s+(?:cum|khoi)\s*,?\s*$")
_AMONG_THEM = re.compile(r"(?<![a-z])(?:cum|khoi)(?![a-z]).*(?<![a-z])trong\s+do\s+(?:co\s+)?")
_IN_CLUSTER = re.compile(r"(?<![a-z])(?:trong|cua)\s+(?:cum|khoi)(?![a-z])")
_CONTINUED = re.compile(
    r"\s*(?:(?:tu|trong|den|sang)\s+nam\s+\d{4}\s*,?\s*)?"  # "Từ năm 2023, Cụm còn có ..."
    # "..., sau khi Tổng Liên đoàn điều chỉnh lại việc phân cụm, Cụm ...", "..., theo Quyết định ..., Cụm ..."
    r"(?:(?:sau\s+khi|theo|can\s+cu)\s+[^.;:]{0,120}?,\s*)?"
    r"(?:(?:cung\s+voi\s+do|cung\s+voi\s+(?:cac\s+|\d{1,2}\s+)?(?:[a-z]+\s+){0,2}?(?:tren|nay)|ngoai\s+ra|"
    r"ben\s+canh\s+do|them\s+vao\s+do)\s*,?\s*(?:cum\s+|khoi\s+)?|"
    # ("Cùng sinh hoạt trong Cụm còn có LĐLĐ hai tỉnh X và Y")
    r"(?:cung\s+)?(?:tham\s+gia|sinh\s+hoat(?:\s+trong)?|trong)\s+(?:cum|khoi)(?:\s+thi\s+dua)?\s+|"
    r"(?:cum|khoi)(?:\s+thi\s+dua)?\s+|"
    # ("Phía Nam của Cụm là BHXH các tỉnh Quảng Bình, Quảng Trị và Thừa Thiên - Huế")
    r"(?:phia|mien)\s+(?:nam|bac|dong|tay)\s+cua\s+(?:cum|khoi)(?:\s+thi\s+dua)?\s+|"
    r"thanh\s+vien\s+thu\s+(?:hai|ba|tu|nam|sau|bay|tam|chin|muoi)\s+)"  # "Thành viên thứ năm là X"
    r"(?:la|con\s+co|con\s+gom|co|gom|(?:duoc\s+)?bo\s+sung(?:\s+them)?)(?![a-z])"
)
_PEOPLE = re.compile(r"\s*(?:co\s+)?(?:cac\s+)?(?:lanh\s+dao|dai\s+dien|dai\s+bieu|dong\s+chi|ong|ba)(?![a-z])")
_NOT_MEMBERS = re.compile(
    r"(?<![a-z])(?:noi\s+dung|tieu\s+chi|chi\s+tieu|hoat\s+dong|linh\s+vuc|nhiem\s+vu|phong\s+trao|giai\s+phap|"
    # ("địa phương" is a province, "Hải quan" an agency)
    r"huyen|(?<!hai\s)quan|thi\s+xa|xa|(?<!dia\s)phuong|ca\s+nhan|tap\s+the)(?![a-z])"
)
_RANGE = re.compile(r"(?<![a-z])(?:tu|den|toi)\s*$")  # "(từ Thanh Hóa đến Quảng Trị)" is a range, not a list
_ITEM_SEP = re.compile(
    r"^\s*(?:\(\s*)?(?:,|;|va|voi|&|cung\s+voi)?\s*(?:(?:va|cung)\s+)?(?:[-+•*]\s*)?(?:cac\s+)?(?:\(?\d{1,2}[.)]?\s+|\(?[a-z]\)\s+)?"
    # ("...; cùng hai đơn vị Lâm Đồng và Đắk Nông", ", cùng hai đơn vị được bổ sung là X và Y")
    r"(?:(?<=cung\s)(?:hai|ba|bon)\s+(?:don\s+vi|tinh)\s+(?:(?:moi\s+)?duoc\s+bo\s+sung\s+)?(?:la\s+)?)?"
    r"(?:(?:tinh|thanh\s+pho|tp\.?)\s*,?\s*){0,2}:?\s*$"
)


@dataclass
class _Read:
    """What the passes over one article share: sentences whose list was read, clusters listed."""

    listed: set[int] = field(default_factory=set)  # sentence starts
    explicit_clusters: set[str] = field(default_factory=set)


def extract_memberships(ctx: Context) -> list[Candidate]:
    read = _Read()
    got = [
        *_cued_lists(ctx, read),
        *_placed_lists(ctx, read),
        *_along_with_lists(ctx, read),
        *_row_lists(ctx, read),
        *_parenthesised_lists(ctx, read),
        *_attendance_lists(ctx, read),
        *_pledge_signers(ctx, read),
        *(_pledge_people(ctx, read) if "giao uoc" in ctx.an.sh else []),
        *(_remarked_members(ctx) if "(" in ctx.an.text else []),
        *_moved_members(ctx),
        *(_moved_objects(ctx) if "chuyen" in ctx.an.sh or "bo sung" in ctx.an.sh else []),
        *(_joined_lists(ctx, read) if "bo sung" in ctx.an.sh or "ket nap" in ctx.an.sh else []),
        *(_former_cluster_remarks(ctx) if "thuoc" in ctx.an.sh or "sinh hoat" in ctx.an.sh else []),
        *(_counted_items(ctx, read) if "thanh vien" in ctx.an.sh else []),
        *(_part_lists(ctx, read) if read.listed or any(w in ctx.an.sh for w in _PART_WORDS) else []),
        *(_apposed_members(ctx) if "thanh vien" in ctx.an.sh else []),
        *(_table_column_lists(ctx) if "|" in ctx.an.text else []),
        *(_table_member_rows(ctx) if "|" in ctx.an.text else []),
    ]
    got = got + _besides(ctx, got) if "ngoai" in ctx.an.sh or "ben canh" in ctx.an.sh else got
    if "truoc" in ctx.an.sh:
        # "Trước ngày 1/7/2025, Cụm có 9 thành viên, trong đó có Sở Tư pháp các tỉnh Kon Tum, ... (cũ)": the make-up
        # before a change, in a year the page does not split: no year is safe, so no fact
        # (but "Trước khi sắp xếp, năm 2024 Cụm ... gồm ...": the list's own year is told)
        got = [c for c in got if not _before_change(ctx, c.start)]
    return got


def _before_change(ctx: Context, pos: int) -> bool:
    an = ctx.an
    sent = an.sentence_at(pos)
    m = _BEFORE_CHANGE.match(an.sh, sent.start)
    return m is not None and not any(m.end() <= y.start < sent.end for y in an.years)


_BEFORE_CHANGE = re.compile(
    r"\s*truoc\s+(?:ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|khi\s+(?:sap\s+xep|sap\s+nhap|hop\s+nhat)"
    r"[^,.;]{0,60}?)\s*,"
)


def _counted_items(ctx: Context, read: _Read) -> list[Candidate]:
    """'Kết quả của 5 đơn vị thành viên như sau:' + one bullet per unit ('- LĐLĐ tỉnh Gia Lai: 98,5 điểm;'): the
    cluster's members, when the bullets are exactly the number the header counts."""
    an = ctx.an
    out: list[Candidate] = []
    for m in _COUNTED_MEMBERS.finditer(an.sh, 0, an.end):
        s = an.sentence_at(m.start())
        if s.start in read.listed or not an.text[s.start : s.end].rstrip().endswith(":"):
            continue
        raw = m.group(1)
        want = int(raw) if raw.isdigit() else _NUMBER_WORDS.get(raw)
        cluster = ctx.clusters.at(an, s.start)
        if not want or cluster is None:
            continue
        year = None if ctx.for_cluster(cluster).school_year else _year(ctx.for_cluster(cluster), s.start)
        items: list[Candidate] = []
        pos = s.end
        while (line_start := _next_line(an.text, pos)) is not None:
            bullet = _BULLET_HEAD.match(an.text, line_start)
            u = next((v for v in an.units if bullet and v.start == bullet.end()), None)
            if u is None or not _HEAD_CLOSE.match(an.sh, u.end):
                break
            fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
            fact["basis"] = "explicit"
            items.append(Candidate(fact, u.start, u.end, "membership.counted_items", agency=u.agency))
            pos = u.end
        if len(items) == want:
            read.listed.add(s.start)
            out.extend(items)
    return out


# "Cụm ... có 8 thành viên." then "Bốn Sở ở vùng Đông Bắc là A, B, C và D." / "..., trong đó ba đơn vị vùng Đông Nam
# Bộ là X, Y và Z": a part of the members, counted, then named
_PART_WORDS = ("thanh vien", "don vi", "con lai")
_PART = re.compile(
    # ("Các tỉnh duyên hải trong Cụm là A, B, C và D." + "Bốn tỉnh còn lại là E, F, G và H.")
    r"\s*(?:trong\s+do\s*,?\s*)?(?P<n>\d|hai|ba|bon|nam|sau|bay|tam|cac)\s+"
    r"(?:thanh\s+vien|don\s+vi|so|dai|chi\s+nhanh|hoi|cuc|kho\s+bac|co\s+quan|dia\s+phuong|tinh)(?![a-z])"
    r"(?P<mid>(?:\s+[a-z&-]+){0,10}?)\s+(?:la|gom(?:\s+co)?)\s*:?"
)
# (scanned at word starts: its first words, "có", "gồm", "còn", are common)
_WHOLE_COUNT = WordStart(
    r"(?<![a-z])(?:(?:co|gom|con)\s+(?:\d{1,2}|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:don\s+vi\s+)?(?:thanh\s+vien|don\s+vi)"
    r"(?![a-z])"
    # ("Cụm thi đua số VI gồm Sở Tư pháp 8 tỉnh Nam Trung Bộ và Tây Nguyên.")
    r"|gom\s+(?:[a-z&]+\s+){1,4}?(?:\d{1,2}|ba|bon|nam|sau|bay|tam|chin|muoi)\s+tinh(?![a-z])[^.:\n]{0,60}\.)"
)


def _part_lists(ctx: Context, read: _Read) -> list[Candidate]:
    """Members told in counted parts after the whole is counted ("Cụm thi đua số I có 8 thành viên. Bốn Sở ở vùng
    Đông Bắc là ..."): each part is read when it names exactly as many units as it counts."""
    an = ctx.an
    out: list[Candidate] = []
    whole_at = [m.start() for m in _WHOLE_COUNT.finditer(an.sh, 0, an.end)]
    if whole_at:
        out.extend(_side_parts(ctx, read))
    for i, s in enumerate(an.sentences):
        counted = [w for w in whole_at if 0 <= s.start - w <= 1500]
        # (or right after a part read as a list: "... bốn Sở Y tế khu vực Tây Nguyên gồm A, B, C, D. Ba Sở Y tế còn
        # lại trong cụm thuộc vùng duyên hải là E, F và G.")
        if not counted and i and an.sentences[i - 1].start in read.listed:
            counted = [an.sentences[i - 1].start]
        if s.start in read.listed or not counted:
            continue
        inner = an.sh.find("trong do", s.start, s.end)
        m = _PART.match(an.sh, s.start, s.end) or (_PART.match(an.sh, inner, s.end) if inner > 0 else None)
        if m is None or _NOT_CLUSTER_TALK.search(m.group("mid")) or _AWARD_CLAUSE.search(m.group("mid")):
            continue
        raw = m.group("n")
        want = int(raw) if raw.isdigit() else {"hai": 2, **_NUMBER_WORDS}.get(raw)
        cluster = ctx.clusters.at(an, counted[-1])  # (the cluster the whole was counted for)
        if cluster is None:
            continue
        got = _list(ctx, m.end(), an.list_end(s), "explicit", "membership.part", cluster=cluster)
        if len(got) == want or (raw == "cac" and len(got) >= 2 and "trong cum" in m.group("mid")):
            read.listed.add(s.start)
            out.extend(got)
    return out


# "... các đơn vị phía bắc của Cụm gồm: ..." then "Phía nam có LĐLĐ các tỉnh Phú Yên và Khánh Hòa.": the other side
_SIDE_PART = re.compile(
    r"\s*(?:con\s+|o\s+)?(?:phia|khu\s+vuc|vung|mien)\s+[a-z]+(?:\s+[a-z]+){0,2}?\s+(?:co|gom|la)(?![a-z])\s*:?"
)


def _side_parts(ctx: Context, read: _Read) -> list[Candidate]:
    """The second part of a list split by side ("Phía nam có A và B"), right after a part read as a list (in a
    page that counts the whole)."""
    an = ctx.an
    out: list[Candidate] = []
    ends = {an.list_end(t): t for t in an.sentences if t.start in read.listed}
    for s in an.sentences:
        m = _SIDE_PART.match(an.sh, s.start, s.end)
        if m is None or s.start in read.listed:
            continue
        before = [t for e, t in ends.items() if 0 <= s.start - e <= 20]
        if not before:
            continue
        cluster = ctx.clusters.at(an, before[0].start)
        got = _list(ctx, m.end(), an.list_end(s), "explicit", "membership.part", cluster=cluster)
        if got:
            read.listed.add(s.start)
            out.extend(got)
    return out


# "X và Y – hai đơn vị thành viên của Cụm –", "X, đơn vị thành viên của Cụm thi đua số 7,": members named in passing
_MEMBER_APPOSITION = re.compile(
    r"\s*[,(–—-]\s*(?:la\s+)?(?:(?:mot|hai|ba|\d)\s+|cac\s+)?(?:don\s+vi\s+)?thanh\s+vien\s+(?:(?:cua|trong|thuoc)\s+)?"
    r"(?:cum|khoi)(?![a-z])(?:\s+thi\s+dua)?(?:\s+so\s+(?:\d{1,2}|[ivx]{1,5})(?![a-z0-9]))?\s*[,)–—-]"
)


def _apposed_members(ctx: Context) -> list[Candidate]:
    """Units set off by an apposition that says they are members ("Hội ND BR-VT và Hội ND TP.HCM – hai đơn vị
    thành viên của Cụm – đẩy mạnh ..."): examples of the cluster's members."""
    an = ctx.an
    out: list[Candidate] = []
    for i, u in enumerate(an.units):
        m = _MEMBER_APPOSITION.match(an.sh, u.end)
        if not m:
            continue
        cluster = ctx.clusters.at(an, m.end() - 1)
        if cluster is None or label("agency", u.agency) != cluster.get("bloc"):
            continue
        units = [u]
        for v in reversed(an.units[:i]):
            if not re.fullmatch(r"\s*(?:,|va)\s*", an.sh[v.end : units[0].start]):
                break
            units.insert(0, v)
        cctx = ctx.for_cluster(cluster)
        year = None if cctx.school_year else _year(cctx, u.start)
        for v in units:
            fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(v.agency, v.province)}
            fact["basis"] = "examples"
            out.append(Candidate(fact, units[0].start, m.end(), "membership.apposition", agency=v.agency))
    return out


_COUNTED_MEMBERS = re.compile(
    r"(?<![a-z0-9])(\d{1,2}|ba|bon|nam|sau|bay|tam|chin)\s+(?:don\s+vi\s+)?thanh\s+vien(?![a-z])"
)
_ONLY_SEPARATORS = re.compile(r"(?:\s|,|(?<![a-z])va(?![a-z]))*")
_BESIDES = re.compile(r"\s*(?:ngoai|ben\s+canh)\s+(?!(?:ra|do)(?![a-z]))")


def _besides(ctx: Context, got: list[Candidate]) -> list[Candidate]:
    """ "Ngoài LĐLĐ tỉnh Hoà Bình, Cụm gồm LĐLĐ các tỉnh A, B, C": the unit set apart before the list is a
    member too, of the same cluster and year."""
    an = ctx.an
    out: list[Candidate] = []
    for s in an.sentences:
        m = _BESIDES.match(an.sh, s.start, s.end)
        comma = an.sh.find(",", s.start, s.end) if m else -1
        if comma < 0:
            continue
        listed = [c for c in got if comma < c.start < s.end and c.fact["basis"] == "explicit"]
        units = [u for u in an.units if m.end() <= u.start and u.end <= comma]
        if not listed or not units or not _ONLY_SEPARATORS.fullmatch(_between_units(an, units, m.end(), comma)):
            continue
        for u in units:
            fact = {**listed[0].fact, "member": member_of(u.agency, u.province)}
            out.append(Candidate(fact, u.start, u.end, "membership.besides", agency=u.agency))
    return out


def _between_units(an, units, a: int, b: int) -> str:  # type: ignore[no-untyped-def]
    """What stands between ``a`` and ``b`` apart from the units (only separators for a plain list)."""
    text, pos = [], a
    for u in units:
        text.append(an.sh[pos : u.start])
        pos = u.end
    text.append(an.sh[pos:b])
    return "".join(text)


# "X được chuyển từ Cụm thi đua số 2 sang (sinh hoạt tại) Cụm thi đua số 1 (kể từ năm 2026)"
# (or "X chuyển sang sinh hoạt tại Cụm thi đua số IV", "Y được bổ sung vào Cụm thi đua số III")
_MOVED = re.compile(
    r"(?:chuyen\s+(?:tu\s+(?:cum|khoi)[^.;:]{0,60}?\s)?(?:sang|ve)\s+"
    r"(?:sinh\s+hoat\s+(?:tai|o|trong|cung)\s+|tham\s+gia\s+)?|bo\s+sung\s+(?:vao|cho)\s+|"
    # ("Cục Thuế tỉnh Bình Phước và Cục Thuế tỉnh Tây Ninh được bố trí sinh hoạt tại Cụm thi đua số 6")
    r"bo\s+tri\s+(?:sinh\s+hoat\s+)?(?:tai|vao|o|trong)\s+)(?=(?:cum|khoi)(?![a-z]))"
)
_ALONG = re.compile(r"\s*,?\s*cung\s+(?:voi\s+)?")
# (", trước đây thuộc Cụm số 2,", ", vốn cùng sinh hoạt với các tỉnh Bắc Trung Bộ, nay")
# (or "X không còn thuộc Cụm thi đua số V mà được chuyển sang Cụm thi đua số VI")
_MOVED_GAP = re.compile(
    r"\s*(?:,[^,.;:]{0,60},\s*|\([^()]{0,80}\)\s*|khong\s+con\s+(?:thuoc|sinh\s+hoat\s+(?:tai|trong))\s+[^,.;:]{0,40}?\s+ma\s+)?"
    r"(?:nay\s+)?(?:(?:duoc|da)\s+)?(?:dieu\s+)?"
)


def _moves(sh: str, end: int) -> list[re.Match[str]]:
    """Matches of _MOVED, tried only where its verbs occur (a scan of the text with it is slow)."""
    out = []
    for verb in ("chuyen ", "bo sung ", "bo tri "):
        i = sh.find(verb, 0, end)
        while i >= 0:
            m = _MOVED.match(sh, i, end) if i == 0 or not sh[i - 1].isalpha() else None
            if m:
                out.append(m)
            i = sh.find(verb, i + 1, end)
    return sorted(out, key=lambda m: m.start())


_FROM_YEAR = re.compile(r"(?<![a-z])(?:ke\s+)?tu\s+nam\s+((?:19|20)\d\d)(?![\d-])")


_FORMER_BEFORE = re.compile(
    r"(?P<open>[,(]|\s[-–])\s*(?:vao\s+|trong\s+)?nam\s+((?:19|20)\d\d)\s+(?:thuoc|sinh\s+hoat\s+(?:tai|o|trong))\s+$"
)


def _former_cluster_remarks(ctx: Context) -> list[Candidate]:
    """ "KBNN Bình Phước (năm 2012 thuộc Cụm thi đua số 7) được chuyển về Cụm số 5", "Sở Tư pháp X, năm 2018
    sinh hoạt tại Cụm thi đua số 4, nay được điều chuyển ...": a remark telling the unit's cluster in a year."""
    an = ctx.an
    out: list[Candidate] = []
    for c in ctx.clusters.mentions:
        m = _FORMER_BEFORE.search(an.sh, max(0, c.start - 60), c.start)
        # (the remark may go on: "X, năm 2024 thuộc Cụm thi đua số 2 cùng các tỉnh vùng Đông Bắc, nay ...")
        if m is None or not re.match(
            r"\s*(?:\([^()]{0,40}\)\s*)?(?:cung\s+[^,;.()]{0,40})?[,)–-]", an.sh[c.end : c.end + 90]
        ):
            continue
        opened = m.start("open")
        unit = next((u for u in an.units if u.end <= opened and re.fullmatch(r"\s*", an.sh[u.end : opened])), None)
        cluster = ctx.clusters.ref_of(c)
        if unit is None or cluster is None or cluster.get("bloc") != label("agency", unit.agency):
            continue
        fact = {"kind": "membership", "cluster": cluster, "year": int(m.group(2))}
        fact["member"], fact["basis"] = member_of(unit.agency, unit.province), "explicit"
        out.append(Candidate(fact, unit.start, c.end, "membership.former_cluster", agency=unit.agency))
    return out


def _moved_members(ctx: Context) -> list[Candidate]:
    """'LĐLĐ tỉnh Điện Biên được chuyển từ Cụm thi đua số 2 sang sinh hoạt tại Cụm thi đua số 1 kể từ năm
    2026': the unit is a member of the cluster it moves to, from the year said (else the article's)."""
    an = ctx.an
    out: list[Candidate] = []
    for m in _moves(an.sh, an.end):
        s = an.sentence_at(m.start())
        clause = max(s.start, an.sh.rfind(";", s.start, m.start()) + 1)
        subject = [u for u in an.units if clause <= u.start and u.end <= m.start()]
        target = next((c for c in ctx.clusters.mentions if c.start == m.end()), None)
        # ("X và Y được bố trí ...": units joined as one subject, of one agency type)
        joined = len(subject) in (2, 3) and all(
            re.fullmatch(r"\s*(?:,|va)\s*", an.sh[u.end : v.start]) and u.agency == v.agency
            for u, v in itertools.pairwise(subject)
        )
        if joined:
            subject = subject[-1:]
        if len(subject) != 1 or target is None or not _MOVED_GAP.fullmatch(an.sh, subject[0].end, m.start()):
            continue
        movers = [u for u in an.units if clause <= u.start and u.end <= m.start()] if joined else subject
        cluster = ctx.clusters.ref_of(target)
        if cluster is None or cluster["bloc"] != label("agency", subject[0].agency):
            continue
        year, since = _move_year(ctx, s, target, m.start())
        # "... sang Cụm thi đua số 1 cùng Thuế thành phố Hà Nội": the unit it joins there too
        joined = _ALONG.match(an.sh, target.end)
        partner = next((v for v in an.units if joined and v.start == joined.end()), None)
        for u in movers + ([partner] if partner is not None and partner.agency == subject[0].agency else []):
            fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
            fact["basis"] = "explicit"
            end = since.end() if since else target.end
            out.append(Candidate(fact, min(u.start, m.start()), max(u.end, end), "membership.moved", agency=u.agency))
    return out


def _move_year(ctx: Context, s: Sentence, target: ClusterMention, verb: int) -> tuple[int | None, re.Match[str] | None]:
    """The year a unit joins the cluster it moves to: "(kể) từ năm N" after the cluster, a year framing the
    sentence (or the one before it), an adjustment decision's, or the article's."""
    an = ctx.an
    clause_end = min(i for i in (an.sh.find(";", target.end, s.end), s.end) if i >= 0)
    since = _FROM_YEAR.search(an.sh, target.end, clause_end)  # "... sang Cụm thi đua số 1 (cũng) kể từ năm 2026"
    # ("Thông báo ... nêu rõ: từ năm 2020, theo điều chỉnh ..., X chuyển sang ...": the year framing it)
    framed = list(_FROM_YEAR.finditer(an.sh, s.start, verb))
    if not (since or framed):
        # ("Theo Quyết định ..., kể từ năm 2026 Cụm thi đua số 3 gồm .... X, trước đây sinh hoạt trong Cụm, được
        # chuyển sang Cụm thi đua số 1": the year the sentence before sets)
        prev = [t for t in an.sentences if t.end <= s.start][-1:]
        if prev and "\n" in an.text[prev[0].end : s.start]:
            prev = []  # (the sentence before in the same paragraph only)
        framed = list(_FROM_YEAR.finditer(an.sh, prev[0].start, prev[0].end)) if prev else []
    if since:
        return int(since.group(1)), since
    if framed:
        return int(framed[-1].group(1)), None
    return _adjusted_year(ctx, s, verb) or _year(ctx, s.start), None


# "Bộ điều chuyển X sang Cụm thi đua số 5", "bổ sung X vào danh sách thành viên Cụm thi đua số 4": the unit is the
# verb's object, the cluster it goes to follows it
_MOVE_VERB_BEFORE = re.compile(r"(?<![a-z])(?:dieu\s+chuyen|chuyen|bo\s+sung)\s+$")
_MOVE_TARGET_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:tu\s+(?:cum|khoi)[^.;:]{0,60}?\s)?(?:sang|ve|vao)\s+(?:sinh\s+hoat\s+(?:tai|o|trong)\s+)?"
    r"(?:danh\s+sach\s+)?(?:(?:cac\s+)?(?:don\s+vi\s+)?thanh\s+vien\s+)?(?:cua\s+)?(?=(?:cum|khoi)(?![a-z]))"
)


_NOT_DONE = re.compile(r"(?<![a-z])(?:de\s+nghi|kien\s+nghi|de\s+xuat|xem\s+xet|du\s+kien|se|co\s+the)(?![a-z])")


def _moved_objects(ctx: Context) -> list[Candidate]:
    """'Bộ trưởng quyết định điều chuyển Sở X sang Cụm thi đua số 5 từ năm 2024': the unit moved is a member of
    the cluster it goes to (the verb before it, the cluster after it)."""
    an = ctx.an
    out: list[Candidate] = []
    for u in an.units:
        verb = _MOVE_VERB_BEFORE.search(an.sh, max(0, u.start - 14), u.start)
        if verb is None:
            continue
        m = _MOVE_TARGET_AFTER.match(an.sh, u.end)
        target = next((c for c in ctx.clusters.mentions if m and c.start == m.end()), None)
        if target is None:
            continue
        cluster = ctx.clusters.ref_of(target)
        if cluster is None or cluster["bloc"] != label("agency", u.agency):
            continue
        s = an.sentence_at(u.start)
        clause = max(s.start, an.sh.rfind(";", s.start, u.start) + 1)
        if _NOT_DONE.search(an.sh, clause, u.start):
            continue  # "Đề nghị Bộ xem xét chuyển X sang Cụm thi đua số 5": a request, not a move
        year, since = _move_year(ctx, s, target, u.start)
        own = re.match(r"\s+nam\s+((?:19|20)\d\d)(?![\d-])", an.sh[target.end : target.end + 12])
        if since is None and own:
            year = int(own.group(1))  # "vào danh sách thành viên Cụm thi đua số 4 năm 2024"
        fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
        fact["basis"] = "explicit"
        end = since.end() if since else target.end
        out.append(Candidate(fact, verb.start(), end, "membership.moved", agency=u.agency))
    return out


# "Từ đầu năm 2016, Cụm được bổ sung thêm Sở TT&TT An Giang và Sở TT&TT Kiên Giang": the cluster the subject, the
# units it took in after the verb
_JOINED = re.compile(
    r"(?<![a-z])(?:cum|khoi)(?![a-z])[^.;:()]{0,40}?(?<![a-z])(?:da\s+|vua\s+)?(?:duoc\s+)?(?:bo\s+sung|ket\s+nap)"
    r"\s+(?:them\s+)?(?:(?:thanh\s+vien|don\s+vi)\s+(?:moi\s+)?(?:la\s+)?)?"
)


def _joined_lists(ctx: Context, read: _Read) -> list[Candidate]:
    """Units a cluster took in ("Cụm được bổ sung thêm X và Y"): members of that cluster."""
    an = ctx.an
    out: list[Candidate] = []
    for m in _JOINED.finditer(an.sh, 0, an.end):
        s = an.sentence_at(m.start())
        if s.start in read.listed or _NOT_DONE.search(an.sh, s.start, m.end()):
            continue  # ("Cụm đề nghị bổ sung X": a request)
        if not any(u.start == m.end() and u.explicit_agency for u in an.units):
            continue
        cluster = ctx.clusters.at(an, m.start())
        got = _list(ctx, m.end(), s.end, "explicit", "membership.joined", units_only=True, cluster=cluster)
        if got:
            read.listed.add(s.start)
            out.extend(got)
    return out


_IN_CLUSTER_REMARK = re.compile(r"\s*\(\s*(?:(?:la\s+)?(?:don\s+vi\s+)?thanh\s+vien(?:\s+cua)?|thuoc)\s+$")


def _remarked_members(ctx: Context) -> list[Candidate]:
    """'Sở KH&CN tỉnh Gia Lai (thuộc Cụm thi đua số 5) được ... tặng Bằng khen': a remark placing one unit."""
    an = ctx.an
    out: list[Candidate] = []
    for u in an.units:
        if not u.explicit_agency or "(" not in an.sh[u.end : u.end + 3]:
            continue
        c = next((c for c in ctx.clusters.mentions if u.end < c.start <= u.end + 40), None)
        if c is None or not _IN_CLUSTER_REMARK.fullmatch(an.sh, u.end, c.start):
            continue
        close = re.match(r"\s*\)", an.sh[c.end : c.end + 3])
        cluster = ctx.clusters.ref_of(c)
        if close is None or cluster is None or not cluster.get("bloc"):
            continue
        if vocabularies().lookup("agency", cluster["bloc"]).notation != u.agency:
            continue
        cctx = ctx.for_cluster(cluster)
        year = None if cctx.school_year else _year(cctx, u.start)
        fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
        fact["basis"] = "explicit"
        out.append(Candidate(fact, u.start, c.end + close.end(), "membership.remark", agency=u.agency))
    return out


def _cued_lists(ctx: Context, read: _Read) -> list[Candidate]:
    """Lists after a cue: complement, explicit ("gồm", "thành viên ... là", ...), examples ("như")."""
    an = ctx.an
    out: list[Candidate] = []
    # only sentences with a membership cue are read (one scan of the text, not one per sentence)
    sh = an.sh
    cues = [m.start() for m in _EXPLICIT.finditer(sh)]
    if "con co" in sh:  # ("Bên cạnh X và Y, Cụm còn có A, B": a literal test first, the scan is costly)
        cues += [m.start() for m in _STILL_HAS.finditer(sh)]
    if "con lai" in sh:  # a literal test first: the full pattern is slow to scan for
        cues += [m.start() for m in _COMPLEMENT.finditer(sh)]
    cues += [m.start() for m in _EXAMPLES.finditer(sh)]
    cued = {an.sentence_at(i).start for i in cues}
    # sentences whose subject is the members or the Cụm itself: both start with a cluster word within
    # their first 60 characters, so only those sentences are tried
    for w in _CLUSTER_WORD.finditer(an.sh, 0, an.end):
        s = an.sentence_at(w.start())
        if s.start not in cued and w.start() - s.start < 60:
            head = an.sh[s.start : s.start + 60]
            if _SUBJECT.match(head) or _SUBJECT_COUNTED.match(head) or _BARE_CLUSTER_CO.match(head):
                cued.add(s.start)
    cued |= {an.sentence_at(c.start).start for c in ctx.clusters.mentions}  # "Cụm thi đua số 4 có ..."
    for s in _clauses(ctx, [t for t in an.sentences if t.start in cued]):
        seg = an.sh[s.start : s.end]
        m = _COMPLEMENT.search(seg) if "con lai" in seg else None
        if m:
            out.extend(_complement_list(ctx, s, m, read))
            continue
        clusters_here = [c for c in ctx.clusters.mentions if s.start <= c.start < s.end]
        cue = _cue(seg, [(c.start - s.start, c.end - s.start) for c in clusters_here])
        if cue:
            got = _list_after_cue(ctx, s, cue)
            later = (
                None
                if got
                else next((m for m in _EXPLICIT.finditer(seg, cue[1]) if m.group(0).startswith(("gom", "bao"))), None)
            )
            if later:
                # "Cụm có 5 đơn vị thành viên, giảm 1 so với năm 2024, khi Cụm gồm Công an 6 tỉnh: ...":
                # the count opens no list; the "gồm" after it does
                cue = (later.start(), later.end(), later.group(0))
                got = _list_after_cue(ctx, s, cue)
            if got and cue[2] == "along:co":
                got = _self_before(ctx, s.start, s.start + cue[0], link=r"^\s*,") + got
            out.extend(got)
            if got and got[0].fact["basis"] == "explicit":
                read.listed.add(s.start)
                # (by identity: cluster 1 of the unions is not cluster 1 of the veterans told beside it)
                read.explicit_clusters.add(repr(ctx.clusters.at(an, s.start + cue[0])))
            if got:
                continue
        m = _EXAMPLES.search(seg)
        if m and (
            _IN_CLUSTER.search(seg[: m.start()])
            or _AMONG_THEM.search(seg[: m.start()])
            or (_SOME_UNITS.fullmatch(seg, 0, m.start()) and _cluster_talk_before(an, s))
        ):
            # "như các Đài PT-TH X, Y" (units), or bare names after "Nhiều sở trong Cụm như X, Y",
            # "Khối gồm 12 Đài ..., trong đó có các đài như X, Y"
            bare = bool(_GENERIC_IN_CLUSTER.search(seg[: m.start()]))
            inside = _IN_CLUSTER_END.search(seg, 0, m.start())
            if not bare and inside:
                # "Nhiều Cục Thuế trong Cụm như Quảng Ngãi, Bình Định": agency words, then bare names
                bare = any(ag.end == s.start + inside.start() for ag in an.agencies)
            out.extend(_list(ctx, s.start + m.end(), s.end, "examples", "membership.examples", units_only=not bare))
    return out


# "Nhiều đơn vị như X, Y" opening a sentence (the one before it is about the units in the Cụm)
_SOME_UNITS = re.compile(
    r"\s*(?:nhieu|mot\s+so|cac)\s+(?:don\s+vi|dia\s+phuong|tinh|so|dai|cuc\s+thue|thanh\s+vien)\s*"
)
_CLUSTER_TALK = re.compile(r"(?<![a-z])(?:(?:trong|cua)\s+(?:cum|khoi)|toan\s+(?:cum|khoi))(?![a-z])")


def _cluster_talk_before(an, s: Sentence) -> bool:  # type: ignore[no-untyped-def]
    """The sentence before ``s``, in its paragraph, is about the units in the Cụm ("các đơn vị trong Cụm
    đã ...", "toàn Cụm đạt ...")."""
    i = bisect.bisect_left(an.sentence_starts, s.start)
    if i == 0:
        return False
    prev = an.sentences[i - 1]
    if re.search(r"\n\s*\n", an.text[prev.end : s.start]):
        return False
    return bool(_CLUSTER_TALK.search(an.sh, prev.start, prev.end))


def _clauses(ctx: Context, sentences: list[Sentence]) -> list[Sentence]:
    """Sentences, with those that list two clusters' members split at the ';' between them
    ("Cụm số 1 gồm BHXH 6 tỉnh: ...; Cụm thi đua số 4 gồm BHXH 5 tỉnh: ...")."""
    out = []
    for s in sentences:
        named = [c.start for c in ctx.clusters.mentions if s.start <= c.start < s.end]
        if len(named) < 2 or ";" not in ctx.an.text[s.start : s.end]:
            out.append(s)
            continue
        start = s.start
        for c in named[1:]:
            semi = ctx.an.text.rfind(";", start, c)
            if semi > start and not any(semi < d < c for d in named):
                out.append(Sentence(start, semi))
                start = semi + 1
        out.append(Sentence(start, s.end))
    return out


def _complement_list(ctx: Context, s: Sentence, m: re.Match[str], read: _Read) -> list[Candidate]:
    """ "Các đơn vị còn lại (trong Cụm) là ...": the named remainder and the units it is the remainder
    of, named just before ("X làm Cụm trưởng, Y làm Cụm phó. Các đơn vị còn lại ...", or "...; các
    đơn vị còn lại trong Cụm gồm ..." in the same sentence)."""
    an = ctx.an
    got = _list(ctx, s.start + m.end(), s.end, "complement", "membership.complement")
    if not got:
        return []
    out = []
    bloc = vocabularies().lookup("agency", got[0].fact["cluster"]["bloc"]).notation
    cut = s.start + m.start()
    # "Cụm trưởng là X, Cụm phó là Y; các đơn vị còn lại ... là ...": the remainder of the year the roles
    # just told hold (an election's next year, not the reviewed one)
    years = {
        r.fact["year"]
        for r in ctx.extra.get("roles", [])
        if s.start <= r.start < cut and r.fact["cluster"] == got[0].fact["cluster"]
    }
    if len(years) == 1 and None not in years:
        year = years.pop()
        for g in got:
            g.fact["year"] = year
    # the units (or bare names: "Ngoài Trà Vinh và Đồng Tháp, các đơn vị còn lại ...") named before
    own = _named(an, s.start, cut, bloc)
    if not own:
        prev = [t for t in an.sentences if t.end <= s.start][-1:]
        if prev and prev[0].start in read.listed:
            # "Cụm gồm Sở Tư pháp 6 tỉnh: A; B; C. Ba đơn vị còn lại là D, E và F": the rest of a list the
            # sentence before began (its units are already listed members), so the whole list is explicit
            for g in got:
                g.fact["basis"] = "explicit"
                g.rule = "membership.list_rest"
            return got
        own = [u for t in prev for u in an.units if t.start <= u.start < t.end]
        own = [(u.start, u.agency, u.province) for u in own]
        # and the head and deputy of that year told earlier (the remainder is the rest of them)
        named = {(a, p) for _x, a, p in own}
        for r in ctx.extra.get("roles", []):
            f = r.fact
            if f["cluster"] == got[0].fact["cluster"] and f["year"] == got[0].fact["year"] and r.start < s.start:
                key = (vocabularies().lookup("agency", f["member"]["org"]).notation, f["member"]["province"])
                if key not in named and key[0] == bloc:
                    named.add(key)
                    own.append((r.start, *key))
    start = min([p[0] for p in own if p[0] >= s.start - 400], default=s.start)
    for _pos, agency, province in own:
        fact = {
            "kind": "membership", "cluster": got[0].fact["cluster"], "year": got[0].fact["year"],
            "member": member_of(agency, province), "basis": "complement",
        }  # fmt: skip
        out.append(Candidate(fact, start, s.end, "membership.complement", agency=agency))
    return out + got


def _named(an, a: int, b: int, bloc: str) -> list[tuple[int, str, str]]:  # type: ignore[no-untyped-def]
    """(position, agency, province) of the units and bare province names between a and b."""
    units = [u for u in an.units if a <= u.start < b]
    covered = {u.end for u in units}
    out = [(u.start, u.agency, u.province) for u in units]
    out += [(p.start, bloc, p.value) for p in an.provinces if a <= p.start < b and p.end not in covered]
    return sorted(out)


def _list_after_cue(ctx: Context, s: Sentence, cue: tuple[int, int, str]) -> list[Candidate]:
    """The list a cue opens: in the sentence, its bullet lines, the rows below it, or the next
    sentence ("... gồm 5 đơn vị. Đó là ..."), plus a continuation ("Ngoài ra, Cụm còn có ...")."""
    an = ctx.an
    seg = an.sh[s.start : s.end]
    cue_start, cue_end, cue_text = cue
    people = _PEOPLE.match(an.sh, s.start + cue_end)
    meeting = cue_text.endswith("tham gia cua") and _MEETING.search(seg, 0, cue_start)
    if people or (meeting and not re.match(r"[^:.;]{0,60}thanh\s+vien", seg[cue_end:])):
        # "... gồm lãnh đạo Sở TTTT các tỉnh: ...", "Hội nghị có sự tham gia của ...": who attended
        # (but "Hội nghị với sự tham gia của Công an 6 tỉnh thành viên: ..." names the members)
        return _list(ctx, s.start + cue_end, s.end, "attendance", "membership.attendance")
    if seg.rstrip().endswith(":") and _BULLET_PERSON.match(an.sh, s.end):
        # minutes: "- Thành phần:" + "+ Ông A, Giám đốc Sở VHTT&DL tỉnh Nghệ An – Cụm trưởng, chủ trì;" lines
        return _people_bullets(ctx, s)
    heading = bool(_MEMBERS_HEADING.match(seg))
    got = _list(ctx, s.start + cue_end, an.list_end(s, opens=heading), "explicit", "membership.list")
    lead_in = an.sh[s.start + cue_end : got[0].end] if len(got) == 1 else ":"
    if ":" not in lead_in and _COUNTED_UNITS.search(lead_in):
        got = []  # "khi Cụm còn gồm Sở Nội vụ 9 tỉnh, thành phố, Sở Nội vụ tỉnh X giữ vai trò ...": a count, a subject
    if got and re.search(r"khac\s*(?:la|:)$", cue_text):
        got = _self_before(ctx, s.start, s.start + cue_start) + got
    if not got and an.text[s.start : s.end].rstrip().endswith(":"):
        got = _rows_after(ctx, s.end)  # "... gồm các đơn vị sau:" + a table or one unit per line
    for t in [t for t in an.sentences if t.start >= s.end][:1]:
        if not got and (_ONLY_COUNT.match(seg, cue_end) or _AGENCY_COUNT_ONLY.match(seg, cue_end)):
            # "Cụm gồm 5 đơn vị. Đó là ..." / "... gồm 5 đơn vị:" then the list on the next line
            c = _NEXT_LIST.match(an.sh, t.start, t.end)
            got = _list(ctx, c.end() if c else t.start, an.list_end(t), "explicit", "membership.list_next")
            if c is None and (len(got) < 3 or an.sh[got[-1].end : t.end].strip(" .;:")):
                got = []  # units opening the next sentence are its subject, not a list
            t2 = next((x for x in an.sentences if x.start >= t.end), None) if got else None
            c2 = _CONTINUED.match(an.sh, t2.start, t2.end) if t2 else None
            if c2:  # "... có 6 thành viên. Đó là A, B và C. Cùng sinh hoạt trong Cụm còn có D, E và F."
                got = got + _list(ctx, c2.end(), t2.end, "explicit", "membership.list_continued")
            if not got and _AMONG.match(an.sh, t.start, t.end):
                got = _among(ctx, t)
                t2 = next((x for x in an.sentences if x.start >= t.end), None)
                c2 = _CONTINUED.match(an.sh, t2.start, t2.end) if got and t2 else None
                if c2:  # "Ngoài ra, Cụm còn có ..."
                    got = got + _list(ctx, c2.end(), t2.end, "explicit", "membership.list_continued")
            continue
        c = _CONTINUED.match(an.sh, t.start, t.end)
        if got and c:
            got = got + _list(ctx, c.end(), t.end, "explicit", "membership.list_continued")
    clause_end = min([i for i in (an.sh.find(",", got[-1].end, s.end) if got else -1, s.end) if i >= 0])
    # (a remark in brackets after the list is no predicate: "..., Vĩnh Long (Cụm trưởng: X; Cụm phó: Y)")
    tail = re.sub(r"\([^()]*\)", " ", an.sh[got[-1].end : clause_end]) if got else ""
    if cue_text in ("co", "cluster:") and (len(got) < 3 or _AWARD_TALK.search(tail)):
        got = []  # "Cụm ... có X": a list only when it names a whole cluster, not its winners
    if got and len(got) <= 2 and _ROLE_PREDICATE.match(an.sh, got[-1].end):
        got = []  # "Cụm có 6 thành viên, trong đó X là Cụm trưởng": the head singled out, not a member list
    return got


_ROLE_PREDICATE = re.compile(
    r"\s*(?:\([^()]{0,40}\)\s*)?(?:la|lam|giu)\s+(?:(?:vai\s+tro|don\s+vi)\s+)?(?:cum|khoi)\s+(?:truong|pho)"
)


_COUNTED_UNITS = re.compile(r"(?<![a-z0-9])(?:\d{1,2}|" + _COUNT + r")\s+(?:tinh|don\s+vi|so|thanh\s+vien)(?![a-z])")
# "(Cụm gồm 7 đơn vị.) Trong đó, khu vực Tây Bắc có Ban Dân tộc các tỉnh A, B, C; khu vực Việt Bắc có ..."
_AMONG = re.compile(r"\s*trong\s+do\s*[,:]")


def _among(ctx: Context, t: Sentence) -> list[Candidate]:
    """The units of the bloc a 'Trong đó, ...' sentence names after a count, group by group."""
    an = ctx.an
    cluster = ctx.clusters.at(an, t.start)
    if cluster is None or ctx.clusters.bloc is None:
        return []
    units = [u for u in an.units if t.start <= u.start < t.end and not after_tai(an, u.start)]
    if len(units) < 3 or any(u.agency != ctx.clusters.bloc for u in units):
        return []
    year = _year(ctx, t.start)
    out = []
    for u in units:
        fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
        fact["basis"] = "explicit"
        out.append(Candidate(fact, t.start, t.end, "membership.among", agency=u.agency))
    return out


def _table_column_lists(ctx: Context) -> list[Candidate]:
    """A decision's table with one cluster per row and a column of its members
    (``Cụm | Ủy ban MTTQ các tỉnh | Cụm trưởng | Cụm phó`` then ``Cụm thi đua số I | Hà Giang, Cao
    Bằng, ... | Lạng Sơn | Thái Nguyên``): every province of the members' cell is a member."""
    an = ctx.an
    out: list[Candidate] = []
    lines = line_spans(an.text)
    column = None  # (index of the members' cell, number of pipes of a row)
    caption_year = None
    for a, b in lines:
        if a >= an.end:
            break
        pipes = an.sh.count("|", a, b)
        if pipes < 2:
            if an.sh[a:b].strip():
                column = None
            continue
        cells = table_cells(an.sh, a, b)
        named = [c for c in ctx.clusters.mentions if a <= c.start < b]
        label = next((m for c0, c1 in cells if (m := _ROW_NUMBER.fullmatch(an.sh, c0, c1))), None)
        if column is not None and not named and label and pipes == column[1]:
            # "| Số 3 | LĐLĐ TP. Hải Phòng, LĐLĐ các tỉnh Quảng Ninh, ... |": the row's label numbers its cluster
            raw = label.group(1)
            cluster = ctx.clusters.ref(int(raw) if raw.isdigit() else roman_to_int(raw.upper()))
            c0, c1 = cells[column[0]]
            got = _list(ctx, c0, c1, "explicit", "membership.table_column", cluster=cluster) if cluster else []
            if len(got) >= 2:
                for c in got:
                    c.fact["year"] = caption_year or c.fact["year"]
                out.extend(got)
            continue
        if not named:
            heads = [i for i, (c0, c1) in enumerate(cells) if _MEMBERS_HEADER.search(an.sh, c0, c1)]
            roles = {i for i, (c0, c1) in enumerate(cells) if any(c0 <= r.start < c1 for r in an.roles)}
            heads = [i for i in heads if i not in roles]
            # (role columns, or one column per year: "| Cụm | Thành viên | Năm 2025 | Năm 2026 |")
            years = any(_YEAR_CELL.fullmatch(an.sh, c0, c1) for c0, c1 in cells)
            # (or a header naming the members' column as such: "| Cụm | Đơn vị thành viên |")
            members_col = len(heads) == 1 and _MEMBERS_WORD_CELL.search(an.sh, *cells[heads[0]])
            if (
                len(heads) == 1
                and (roles or years or members_col)
                and any(_CLUSTER_WORD.search(an.sh, c0, c1) for c0, c1 in cells)
            ):
                column = (heads[0], pipes)
                # "Thành phần 4 Cụm thi đua khu vực phía Bắc năm 2021 như sau:" just before the table: its year
                k = bisect.bisect_left(an.sentence_starts, a)
                before = an.sentences[k - 1] if k else None
                # (the year nearest the table: "Căn cứ kết quả Hội nghị tổng kết năm 2023 ..., Bộ thông báo danh
                # sách ... năm 2024 như sau:")
                found = list(_CAPTION_YEAR.finditer(an.sh, before.start, before.end)) if before else []
                y = found[-1] if found else None
                if (
                    y is not None
                    and ctx.reviews_year is not None
                    and int(y.group(1)) != ctx.reviews_year
                    and int(y.group(1)) != lede_year(ctx)
                    and re.search(r"(?:truong|pho)\s+$", an.sh[max(0, y.start() - 12) : y.start()])
                    # (the year of roles the review elected; a decision's "thành phần và đơn vị Cụm trưởng, Cụm
                    # phó năm 2026" announced at the review sets the make-up of that year)
                    and re.search(r"(?<![a-z])bau\s", an.sh[before.start : y.start()])
                ):
                    # "Thành phần các Cụm và kết quả bầu Cụm trưởng, Cụm phó năm 2014 như sau:" at the review of
                    # 2013: the year of the roles elected; the make-up is the reviewed year's
                    y = None
                caption_year = int(y.group(1)) if y and _CLUSTER_WORD.search(an.sh, before.start, y.start()) else None
            continue
        if column is None or pipes != column[1] or len(named) != 1:
            continue
        cluster = ctx.clusters.ref_of(named[0])
        if cluster is None:
            continue
        c0, c1 = cells[column[0]]
        got = _list(ctx, c0, c1, "explicit", "membership.table_column")
        if len(got) >= 2 and got[0].fact["cluster"] == cluster:
            if caption_year is not None:
                for c in got:
                    c.fact["year"] = caption_year
            out.extend(got)
    return out


_MEMBERS_WORD_CELL = re.compile(r"(?<![a-z])(?:thanh\s+vien|thanh\s+phan)(?![a-z])")
_YEAR_CELL = re.compile(r"\s*nam\s+(?:19|20)\d\d\s*")
_ROW_NUMBER = re.compile(r"\s*(?:(?:cum|khoi)(?:\s+thi\s+dua)?\s+)?so\s+(\d{1,2}|[ivx]{1,5})\s*(?:\([^()]{0,30}\)\s*)?")
_CAPTION_YEAR = re.compile(r"(?<![a-z])nam\s+((?:19|20)\d\d)(?![\d-])")


def _table_member_rows(ctx: Context) -> list[Candidate]:
    """A table of one member per row under a caption naming the members of one numbered cluster
    ("| Danh sách các đơn vị thành viên Cụm thi đua số VI ... |" then "| 1 | NHNN chi nhánh tỉnh X | ... |")."""
    an = ctx.an
    out: list[Candidate] = []
    lines = line_spans(an.text[: an.end])
    i = 0
    while i < len(lines):
        a, b = lines[i]
        if an.sh.count("|", a, b) < 2 and an.sh[a:b].strip():
            i += 1
            continue
        # one table: consecutive pipe lines (blank lines allowed between rows)
        table, j = [], i
        while j < len(lines) and (an.sh.count("|", *lines[j]) >= 2 or not an.sh[slice(*lines[j])].strip()):
            if an.sh.count("|", *lines[j]) >= 2:
                table.append(lines[j])
            j += 1
        i = j + 1
        if len(table) < 3:
            continue
        t0, t1 = table[0][0], table[-1][1]
        # the caption: the table's first row or the sentence just before it
        k = bisect.bisect_left(an.sentence_starts, t0)  # (the last sentence before the table, blank lines skipped)
        before = an.sentences[k - 1] if k else an.sentence_at(t0)
        caption = [(table[0][0], table[0][1]), (before.start, before.end)]
        named = [c for c in ctx.clusters.mentions if t0 <= c.start < t1]
        cap = next(
            (
                (c0, c1)
                for c0, c1 in caption
                if _MEMBER_CAPTION.search(an.sh, c0, c1) and any(c0 <= c.start < c1 for c in ctx.clusters.mentions)
            ),
            None,
        )
        counted = None
        bare = None
        if cap is None:
            counted = _counted_before(ctx, t0)
            if counted is None and _ALL_MEMBERS_CAPTION.search(an.sh, before.start, before.end) and not named:
                # "Bảng 1. Điểm thi đua năm 2019 của các thành viên Cụm": the page's one cluster, every member a row
                bare = ctx.clusters.at(an, before.start)
                counted = (None, None) if bare is not None else None
            if counted is None:
                continue
            cap = (before.start, before.end) if bare is not None else (counted[0].start, counted[0].end)
        if len({c.number for c in named}) > 1:
            continue
        if bare is not None:
            cluster = bare
        else:
            mention = counted[0] if counted else next(c for c in ctx.clusters.mentions if cap[0] <= c.start < cap[1])
            cluster = ctx.clusters.ref_of(mention)
        if cluster is None:
            continue
        y = re.search(r"(?<![a-z])nam\s+((?:19|20)\d\d)(?![\d-])", an.sh[cap[0] : cap[1]])
        year = int(y.group(1)) if y else _year(ctx, cap[0])
        rows: list[Candidate] = []
        for r0, r1 in table:
            row_units = [u for u in an.units if r0 <= u.start < r1]
            # the member is the row's first unit; a remark cell may name others ("Hợp nhất Công an tỉnh X và ...")
            cells = table_cells(an.sh, r0, r1)
            first_cell = next((c for c in cells if any(c[0] <= u.start < c[1] for u in row_units)), None)
            row_units = [u for u in row_units if first_cell and first_cell[0] <= u.start < first_cell[1]]
            if len(row_units) != 1 or row_units[0].agency != ctx.clusters.bloc:
                continue
            u = row_units[0]
            fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
            fact["basis"] = "explicit"
            rows.append(Candidate(fact, u.start, u.end, "membership.table_rows", agency=u.agency))
        n = len({repr(c.fact["member"]) for c in rows})
        if counted is not None and (n != counted[1] if counted[1] is not None else n < 3):
            rows = []  # a table of some units (scores of the winners), not of the whole cluster
        out.extend(rows)
    return out


_COUNTED = re.compile(
    r"\s*(?:gom|co)\s+(\d{1,2}|ba|bon|nam|sau|bay|tam|chin|muoi)\s+"
    r"(?:don\s+vi|thanh\s+vien|so|cuc|hoi|dai|[a-z&]+\s+(?:cac\s+)?tinh)"
)
_NUMBER_WORDS = {"ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8, "chin": 9, "muoi": 10}


def _counted_before(ctx: Context, t0: int):  # type: ignore[no-untyped-def]
    """(cluster mention, N) of "Cụm thi đua số 1 gồm 8 Sở ... như sau:" in the paragraph a table follows:
    a table with one row per unit of all N members lists the cluster."""
    an = ctx.an
    head = an.text[max(0, t0 - 400) : t0].rstrip()
    if not head.endswith(":"):
        return None
    para = max(an.sh.rfind("\n\n", 0, max(0, t0 - 2)), 0)
    for c in ctx.clusters.mentions:
        if para <= c.start < t0:
            m = _COUNTED.match(an.sh, c.end)
            if m:
                n = m.group(1)
                return c, int(n) if n.isdigit() else _NUMBER_WORDS[n]
            if _ALL_UNITS_OF.search(an.sh, max(para, c.start - 60), c.start):
                return c, None  # "Kết quả chấm điểm ... của các Sở Tư pháp trong Cụm thi đua số 8 như sau:"
    return None


# "(của) các Sở Tư pháp trong", "các đơn vị thành viên của": every unit of the cluster named after it
_ALL_UNITS_OF = re.compile(
    r"(?<![a-z])cac\s+(?:don\s+vi|thanh\s+vien|so|cuc|hoi|dai)(?:\s+[a-z&]+){0,3}\s+(?:trong|cua|thuoc)\s+$"
)


_ALL_MEMBERS_CAPTION = re.compile(
    r"(?<![a-z])(?:cua\s+)?cac\s+(?:don\s+vi\s+)?thanh\s+vien(?:\s+(?:cua|trong))?\s+(?:cum|khoi)(?![a-z])(?!\s+thi\s+dua\s+so)"
)
_MEMBER_CAPTION = re.compile(r"(?<![a-z])(?:thanh\s+vien|thanh\s+phan|danh\s+sach\s+(?:cac\s+)?don\s+vi)(?![a-z])")
_MEMBERS_HEADER = re.compile(r"(?<![a-z])(?:cac\s+tinh|thanh\s+vien|don\s+vi|dia\s+phuong|gom)(?![a-z])")


def _along_with_lists(ctx: Context, read: _Read) -> list[Candidate]:
    """ "X hiện sinh hoạt trong Cụm thi đua số 7 ..., cùng với Hội CCB các tỉnh: A, B, C": X and the list."""
    an = ctx.an
    out: list[Candidate] = []
    if "cung voi" not in an.sh:
        return out
    for m in _ALONG_WITH.finditer(an.sh, 0, an.end):
        s = an.sentence_at(m.start())
        if s.start in read.listed:
            continue
        cue = an.sh.find("cung voi", m.end(), s.end)
        if cue < 0 or _NOT_CLUSTER_TALK.search(an.sh, m.end(), cue):
            continue
        got = _list(ctx, cue + len("cung voi"), s.end, "explicit", "membership.along_with")
        if len(got) >= 2:
            out.extend(_self_before(ctx, s.start, m.start(), link=r"\s*(?:hien\s+(?:nay\s+)?|dang\s+)?$") + got)
    return out


_ALONG_WITH = WordPattern(r"(?<![a-z])(?:sinh\s+hoat|tham\s+gia)\s+(?:trong|cua|tai|o)\s+(?:cum|khoi)(?![a-z])")


def _placed_lists(ctx: Context, read: _Read) -> list[Candidate]:
    """ "BĐBP các tỉnh X, Y, Z trong Cụm ...", "Sở A, Sở B và Sở C là thành viên của Cụm ...": a named
    list placed in the cluster by what follows it."""
    an = ctx.an
    out: list[Candidate] = []
    for m in _placed_after(an.sh, an.end):
        s = an.sentence_at(m.start())
        if s.start == s.end or s.start in read.listed:
            continue
        if _OTHER_BLOC.match(an.sh, m.end()):
            continue  # "... tham gia Khối thi đua các đơn vị thuộc KBNN": a bloc named, not the numbered cluster
        # ("Hai tỉnh X, Y cùng thành phố Z là các thành viên còn lại của Cụm": the rest of a list told before)
        basis, rule = ("complement", "membership.rest") if m.group("rest") else ("explicit", "membership.in_cluster")
        got = _list(ctx, _run_start(ctx, s.start, m.start()), m.start(), basis, rule, before=True)
        prev = [t for t in an.sentences if t.end <= s.start][-1:]
        framed = _YEAR_FRAME.match(an.sh, prev[0].start, prev[0].end) if got and m.group("rest") and prev else None
        for c in got if framed else []:
            c.fact["year"] = int(framed.group(1))  # the rest of the members the sentence before told, in its year
        if len(got) >= (2 if m.group("member") or m.group("rest") else 3) and an.sh[got[-1].end : m.start()].strip(
            " ,"
        ) == "":
            out.extend(got)
    return out


def _row_lists(ctx: Context, read: _Read) -> list[Candidate]:
    """ "Thành phần ... các đơn vị trong Cụm thi đua số 7 như sau:" + one unit per row."""
    an = ctx.an
    out: list[Candidate] = []
    for s in an.sentences:
        if s.start in read.listed or not an.text[s.start : s.end].rstrip().endswith(":"):
            continue
        seg = an.sh[s.start : s.end]
        # the rows are the cluster's units ("... của các đơn vị trong Cụm:"), not recipients or guests
        whole = _UNITS_OF_CLUSTER.search(seg)
        if _CLUSTER_WORD.search(seg) and (whole or not _NOT_CLUSTER_TALK.search(seg)) and not _ATTEND.search(seg):
            got = _rows_after(ctx, s.end)
            if len(got) >= 3:
                read.listed.add(s.start)
                out.extend(got)
    return out


def _parenthesised_lists(ctx: Context, read: _Read) -> list[Candidate]:
    """ "Cụm thi đua số 3 các Sở TTTT (Hà Tĩnh, Quảng Bình, Quảng Trị)", "các tỉnh trong Cụm (A, B, C)"."""
    an = ctx.an
    out: list[Candidate] = []
    opened = list(_PAREN_AFTER_CLUSTER.finditer(an.sh, 0, an.end))
    if "thanh vien" in an.sh:  # "4 đơn vị thành viên (KBNN A, B, C, D) đều hoàn thành ..."
        opened += [m for m in _PAREN_AFTER_MEMBERS.finditer(an.sh, 0, an.end) if ctx.clusters.at(an, m.start())]
    for m in opened:
        s = an.sentence_at(m.start())
        if (
            s.start in read.listed
            or _NOT_CLUSTER_TALK.search(m.group("gap"))
            or _NOT_CLUSTER_TALK.search(an.sh, max(s.start, m.start() - 40), m.start())
        ):  # "... tặng Cờ cho 3 đơn vị dẫn đầu Cụm (A, B, C)": recipients
            continue
        got = _list(ctx, m.end(), s.end, "explicit", "membership.parenthesis")
        close = an.sh.find(")", m.end(), s.end)
        if len(got) >= 2 and close >= 0 and an.sh[got[-1].end : close].strip(" .") == "":
            out.extend(got)
    return out


def _attendance_lists(ctx: Context, read: _Read) -> list[Candidate]:
    """ "Dự hội nghị có lãnh đạo ... các tỉnh: ...", the connection points of an online meeting; only
    for a cluster whose members the article does not list."""
    an = ctx.an
    out: list[Candidate] = []
    attending = {an.sentence_at(m.start()).start for m in _ATTEND.finditer(an.sh)}
    headings: set[int] = set()
    for s in an.sentences:
        if s.start not in attending:
            continue
        seg = an.sh[s.start : s.end]
        m = _ATTEND.search(seg)
        if not m or repr(ctx.clusters.at(an, s.start)) in read.explicit_clusters:
            continue
        # "... các điểm cầu tại Sở TT&TT các tỉnh X, Y": the connection points of an online meeting
        got = _list(
            ctx, s.start + m.end(), s.end, "attendance", "membership.attendance", need_colon=not m.group("points")
        )
        if m.group("points") and len(got) < 2:
            got = []  # "Chủ trì tại điểm cầu Lạng Sơn": one point, the chair's, not a list of members
        if not got:
            # "Dự hội nghị có đồng chí X, ...; lãnh đạo Hội CCB các tỉnh: A, B, C": a later clause
            # (or after "cùng": "Dự hội nghị có đồng chí X, Phó Chủ tịch ... cùng lãnh đạo Hội CCB các tỉnh: A, B")
            for semi in _LATER_GROUP.finditer(seg, m.end()):
                semi_end = semi.end() - m.end()
                a = s.start + m.end() + semi_end
                lead = re.match(
                    r"[^;:.]{0,40}?(?=(?:co\s+)?(?:cac\s+)?(?:lanh\s+dao|dai\s+dien|dai\s+bieu)(?![a-z]))",
                    an.sh[a : s.end],
                )
                if lead:
                    a += lead.end()  # "...; về phía địa phương có lãnh đạo LĐLĐ các tỉnh: ..."
                if _PEOPLE.match(an.sh, a):
                    # (this clause only: "...; đại diện Ban Tổ chức; lãnh đạo Hội CCB các tỉnh: A, B")
                    nxt_semi = an.sh.find(";", a, s.end)
                    clause_end = s.end if nxt_semi < 0 else nxt_semi
                    # "lãnh đạo Tỉnh ủy, UBND tỉnh Gia Lai và lãnh đạo Hội CCB các tỉnh: A, B": the last
                    # group before the colon is the one listed
                    colon = an.sh.find(":", a, clause_end)
                    groups = list(_LEADERS.finditer(an.sh, a, colon)) if colon >= 0 else []
                    if groups:
                        a = groups[-1].start()
                    got = _list(ctx, a, clause_end, "attendance", "membership.attendance", need_colon=True)
                    if got:
                        break
        if not got and m.group("points") and an.text[s.start : s.end].rstrip().endswith(":"):
            got = _point_items(ctx, s)  # "các điểm cầu thành phần gồm:" + "- Điểm cầu Công an tỉnh X;" lines
        if not got and an.text[s.start : s.end].rstrip().endswith(":"):
            got = _bullet_heads(ctx, s, "attendance", "membership.attendance_items")
        if not got:
            got = _people_items(ctx, s, s.start + m.end())
        if not got:
            got = _grouped_attendance(ctx, s, s.start + m.end())
        if not got:
            ls = an.text.rfind("\n", 0, s.start + m.start()) + 1
            le = an.text.find("\n", s.start + m.end())
            le = len(an.text) if le < 0 else le
            if _ATTENDANCE_HEADING.fullmatch(an.sh, ls, le):
                got = _bullets_under(ctx, le)
                headings.add(ls)
        out.extend(got)
    for m in _MINUTES_PART.finditer(an.sh, 0, an.end) if "thanh phan" in an.sh else ():
        # minutes' "II. THÀNH PHẦN" (no word of attending) over "2. Các đơn vị trong Cụm:" + bullets of people
        ls = an.text.rfind("\n", 0, m.start()) + 1
        le = an.text.find("\n", m.end())
        le = len(an.text) if le < 0 else le
        if ls in headings or not _ATTENDANCE_HEADING.fullmatch(an.sh, ls, le):
            continue
        if repr(ctx.clusters.at(an, ls)) in read.explicit_clusters:
            continue
        out.extend(_bullets_under(ctx, le))
    return out


_MINUTES_PART = re.compile(r"(?<![a-z])thanh\s+phan(?![a-z])")


# minutes: "II. Thành phần tham dự" over "- Lãnh đạo ... Sở VHTT&DL các tỉnh: Thanh Hoá, Nghệ An, ..." (or unlabelled,
# with a colon: "Thành phần tham dự:")
_ATTENDANCE_HEADING = re.compile(
    r"[ \t]*(?:[ivx]{1,4}|\d{1,2})[.)][ \t]*thanh\s+phan(?:\s+tham\s+du|\s+du\s+hop)?[ \t]*:?[ \t]*"
    r"|[ \t]*thanh\s+phan\s+(?:tham\s+du|du\s+hop)[ \t]*:[ \t]*"
)


_UNIT_COLON = re.compile(r"\s*(?:\([^()\n]{0,40}\))?\s*:\s*(?:dong\s+chi|ong|ba)(?![a-z])")


def _bullets_under(ctx: Context, pos: int) -> list[Candidate]:
    """The lists of the bullet lines under an attendance heading ending at ``pos``, each read after its colon."""
    an = ctx.an
    out: list[Candidate] = []
    while (line_start := _next_line(an.text, pos)) is not None:
        line_end = an.text.find("\n", line_start)
        line_end = len(an.text) if line_end < 0 else line_end
        if not re.match(r"[ \t]*(?:[-+•*]|\d{1,2}[.)])[ \t]", an.text[line_start:line_end]):
            break
        colon = an.sh.find(":", line_start, line_end)
        bullet = re.match(r"[ \t]*[-+•*][ \t]*", an.text[line_start:line_end])
        lead_unit = next((u for u in an.units if bullet and u.start == line_start + bullet.end()), None)
        if lead_unit is not None and _UNIT_COLON.match(an.sh, lead_unit.end):
            # ("2. Lãnh đạo Hội CCB các tỉnh trong Cụm:" + "- Hội CCB tỉnh Sơn La: đồng chí A, Chủ tịch; ...": the unit
            # each bullet opens with attends)
            out.extend(_list(ctx, lead_unit.start, lead_unit.end, "attendance", "membership.attendance"))
            pos = line_end
            continue
        if colon >= 0 and not an.sh[colon + 1 : line_end].strip() and _BULLET_PERSON.match(an.sh, line_end):
            # ("2. Các đơn vị trong Cụm:" + "- Đồng chí A, Chủ tịch Hội CCB tỉnh X;" lines: each attends for its unit)
            out.extend(_people_bullets(ctx, an.sentence_at(colon)))
        elif colon >= 0:  # ("- Lãnh đạo và cán bộ phụ trách thi đua Sở VHTT&DL các tỉnh: A, B, ...": the list after it)
            # (a bullet wrapped inside a name goes on to its sentence's end: "tỉnh: Cao Bằng, Bắc" + "Kạn, Hà Giang")
            line_end = max(line_end, an.sentence_at(colon).end)
            out.extend(_list(ctx, colon + 1, line_end, "attendance", "membership.attendance", need_colon=True))
        pos = line_end
    return out


def _point_items(ctx: Context, s: Sentence) -> list[Candidate]:
    """An online meeting's connection points, one bullet each ("- Điểm cầu Công an tỉnh Kon Tum;"), with the main
    point the header names ("Điểm cầu chính đặt tại Hội trường Công an tỉnh Lâm Đồng; các điểm cầu ... gồm:")."""
    an = ctx.an
    cluster = ctx.clusters.at(an, s.start)
    if cluster is None:
        return []
    year = None if ctx.for_cluster(cluster).school_year else _year(ctx.for_cluster(cluster), s.start)
    units = [
        u
        for u in an.units
        if s.start <= u.start < s.end and _POINT_BEFORE.search(an.sh, max(s.start, u.start - 60), u.start)
    ]
    pos = s.end
    while (line_start := _next_line(an.text, pos)) is not None:
        item = _POINT_ITEM.match(an.sh, line_start)
        u = next((v for v in an.units if item and v.start == item.end()), None)
        if u is None:
            break
        units.append(u)
        pos = u.end
    if len(units) < 2:
        return []
    out = []
    for u in units:
        fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
        fact["basis"] = "attendance"
        out.append(Candidate(fact, u.start, u.end, "membership.attendance_points", agency=u.agency))
    return out


_BULLET_PERSON = re.compile(r"\s*\n\s*[-+•*][ \t]*" + _PEOPLE.pattern.removeprefix(r"\s*"))


_ABSENT_ITEM = re.compile(r"[ \t]*[-+•*][ \t]*vang(?:\s+mat)?\s*:\s*")


def _people_bullets(ctx: Context, s: Sentence) -> list[Candidate]:
    """Bullets of people after a colon ("+ Ông A, Giám đốc Sở VHTT&DL tỉnh Nghệ An;" + "+ Bà B, Phó Giám đốc Sở
    ..."): each attends for the one unit of the cluster's sector it names (a guest of the ministry names none).
    Three such bullets at least, or it is no attendance list."""
    from thidua.vocab import default_authority

    an = ctx.an
    cluster = ctx.clusters.at(an, s.start)
    bloc = ctx.clusters.bloc
    if cluster is None or bloc is None:
        return []
    year = None if ctx.for_cluster(cluster).school_year else _year(ctx.for_cluster(cluster), s.start)
    out: list[Candidate] = []
    pos = s.end
    while (line_start := _next_line(an.text, pos)) is not None:
        line_end = an.text.find("\n", line_start)
        line_end = len(an.text) if line_end < 0 else line_end
        absent = _ABSENT_ITEM.match(an.sh, line_start)
        if not _BULLET_PERSON.match(an.sh, line_start - 1) and not (absent and out):
            break
        # ("- Vắng: Hội CCB tỉnh Lào Cai (có lý do)": a member away, after those present)
        units = [u for u in an.units if (absent.end() if absent else line_start) <= u.start < line_end]
        if absent:
            units = units[:1]
        if len(units) == 1 and default_authority(units[0].agency) == default_authority(bloc):
            u = units[0]
            fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
            fact["basis"] = "attendance"
            out.append(Candidate(fact, u.start, u.end, "membership.attendance_people", agency=u.agency))
        pos = line_end
    return out if len(out) >= 3 else []


_POINT_ITEM = re.compile(r"[ \t]*[-+•*–][ \t]*(?:diem\s+cau\s+)?(?:tai\s+)?(?:(?:tru\s+so|hoi\s+truong)\s+)?")
_POINT_BEFORE = re.compile(r"(?<![a-z])diem\s+cau\s+chinh[^;:]{0,40}?(?:tai\s+)?(?:(?:tru\s+so|hoi\s+truong)\s+)?$")
_BULLET_HEAD = re.compile(r"[ \t]*[-+•*–][ \t]*")
_HEAD_CLOSE = re.compile(r"[ \t]*[:–-]")


def _bullet_heads(ctx: Context, s: Sentence, basis: str, rule: str) -> list[Candidate]:
    """ "Tham dự hội nghị có lãnh đạo Sở TT&TT các tỉnh:" + "- Hà Giang: đồng chí ..., Phó Giám đốc Sở;" lines:
    the province opening each bullet (two bullets at least, every one opened by a province)."""
    an = ctx.an
    cluster = ctx.clusters.at(an, s.start)
    named = [ag for ag in an.agencies if s.start <= ag.start < s.end]
    if cluster is None or not named:
        return []
    agency = named[-1].value
    year = None if ctx.for_cluster(cluster).school_year else _year(ctx.for_cluster(cluster), s.start)
    by_start = {p.start: p for p in an.provinces}
    unit_at = {u.start: u for u in an.units if u.explicit_agency}
    out: list[Candidate] = []
    pos = s.end
    while (line_start := _next_line(an.text, pos)) is not None:
        bullet = _BULLET_HEAD.match(an.text, line_start)
        p = by_start.get(bullet.end()) if bullet else None
        ag = agency
        u = unit_at.get(bullet.end()) if bullet and p is None else None
        if u is not None and u.agency == ctx.clusters.bloc:
            # "- BHXH tỉnh Sóc Trăng (Cụm phó năm 2021): bà ..., Giám đốc;": the unit opens the bullet
            aside = re.match(r"[ \t]*(?:\([^()\n]{0,40}\))?", an.sh[u.end : u.end + 44])
            closed = aside is not None and _HEAD_CLOSE.match(an.sh, u.end + aside.end())
            p, ag = (Mention(u.start, u.end, u.province), u.agency) if closed else (None, agency)
        elif p is not None and not _HEAD_CLOSE.match(an.sh, p.end):
            p = None
        if p is None:
            break
        fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(ag, p.value)}
        fact["basis"] = basis
        out.append(Candidate(fact, p.start, p.end, rule, agency=ag))
        pos = p.end
    return out if len(out) >= 2 else []


_SIGNED = WordPattern(r"(?<![a-z])ky\s+(?:ket\s+)?giao\s+uoc(?![a-z])")  # (the "đã cùng" before it needs no match)


def _pledge_signers(ctx: Context, read: _Read) -> list[Candidate]:
    """ "Các đồng chí Chủ tịch LĐLĐ 13 tỉnh, thành phố: A, B, ... đã cùng ký kết giao ước thi đua": those
    who sign the cluster's pledge at its review attend it for their units (attendance, like a guest list)."""
    an = ctx.an
    out: list[Candidate] = []
    for m in _SIGNED.finditer(an.sh, 0, an.end):
        s = an.sentence_at(m.start())
        if s.start in read.listed or repr(ctx.clusters.at(an, s.start)) in read.explicit_clusters:
            continue
        colon = an.sh.rfind(":", s.start, m.start())
        people = _PEOPLE_BEFORE.search(an.sh, s.start, colon) if colon >= 0 else None
        if people is None:
            continue  # "Lãnh đạo 6 Sở KH&CN ký giao ước": a count, not a list
        got = _list(ctx, people.start(), m.start(), "attendance", "membership.pledge", need_colon=True)
        if len(got) >= 3:
            read.listed.add(s.start)
            out.extend(got)
    return out


_SIGNERS_COLON = re.compile(
    r"(?<![a-z])ky(?:\s+ket)?\s+giao\s+uoc(?:\s+thi\s+dua)?(?:\s+nam\s+((?:19|20)\d\d))?\s+(?:co|gom)\s+"
    r"(?:cac\s+)?(?:dong\s+chi|dai\s+bieu)\s*:"
)


def _pledge_people(ctx: Context, read: _Read) -> list[Candidate]:
    """ "Ký giao ước thi đua năm 2011 có các đồng chí: A, Phó Giám đốc Sở VHTT&DL tỉnh X; B, Giám đốc Sở ... tỉnh Y":
    each signer, named with the one unit they lead, signs for it (attendance; the year the pledge is for, if said)."""
    an = ctx.an
    out: list[Candidate] = []
    for m in _SIGNERS_COLON.finditer(an.sh, 0, an.end):
        s = an.sentence_at(m.start())
        cluster = ctx.clusters.at(an, s.start)
        if cluster is None or s.start in read.listed or repr(cluster) in read.explicit_clusters:
            continue
        year = int(m.group(1)) if m.group(1) else _year(ctx.for_cluster(cluster), s.start)
        got: list[Candidate] = []
        c0 = m.end()
        while c0 < s.end:
            c1 = an.sh.find(";", c0, s.end)
            c1 = s.end if c1 < 0 else c1
            # (the last two signers joined by "và": "...; E, Giám đốc Sở ... tỉnh Hoà Bình và F, Giám đốc Sở ...")
            units = [u for u in an.units if c0 <= u.start < c1]
            if not units or len(units) > 2 or (len(units) == 2 and " va " not in an.sh[units[0].end : units[1].start]):
                break
            for u in units:
                who = member_of(u.agency, u.province)
                fact = {"kind": "membership", "cluster": cluster, "year": year, "member": who, "basis": "attendance"}
                got.append(Candidate(fact, u.start, u.end, "membership.pledge_people", agency=u.agency))
            c0 = c1 + 1
        if len(got) >= 3:
            read.listed.add(s.start)
            out.extend(got)
    return out


_PEOPLE_BEFORE = re.compile(
    r"(?<![a-z])(?:lanh\s+dao|dai\s+dien|dong\s+chi|chu\s+tich|giam\s+doc|thu\s+truong)(?![a-z])"
)


def _grouped_attendance(ctx: Context, s: Sentence, a: int) -> list[Candidate]:
    """ "... cùng Chánh án TAND các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng": one agency for
    a list of provinces (three or more), of the cluster's bloc, among those attending."""
    an = ctx.an
    cluster = ctx.clusters.at(an, a)
    if cluster is None or ctx.clusters.bloc is None:
        return []
    groups: dict[int, list] = {}
    for u in an.units:
        if a <= u.start < s.end:
            groups.setdefault(u.group, []).append(u)
    out = []
    for units in groups.values():
        if len(units) < 3 or any(u.agency != ctx.clusters.bloc for u in units):
            continue
        if any(after_tai(an, u.start) for u in units[:1]):
            continue
        year = _year(ctx, a)
        for u in units:
            fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
            fact["basis"] = "attendance"
            out.append(Candidate(fact, u.start, u.end, "membership.attendance_group", agency=u.agency))
    return out


_RANK = r"(?:dai|thuong|trung|thieu)\s+(?:ta|tuong)|dong\s+chi|ong|ba"
_RANKED = re.compile(r"\s*(?:(?:hoi\s+nghi|buoi\s+le|le)\s+)?(?:co\s+)?(?:" + _RANK + r")(?![a-z])")
_RANKED_SEP = re.compile(r";\s*|\s+va\s+(?=(?:" + _RANK + r")\s)")
_LATER_GROUP = re.compile(r";|(?<![a-z])cung\s+(?=(?:cac\s+)?(?:lanh\s+dao|dai\s+dien|dai\s+bieu)(?![a-z]))")
_LEADERS = re.compile(r"(?<![a-z])(?:lanh\s+dao|dai\s+dien|dai\s+bieu)(?![a-z])")
_PERSON_SEP = re.compile(r";\s*|\s+va\s+(?=(?:ong|ba|dong\s+chi)\s)")


def _people_items(ctx: Context, s: Sentence, a: int) -> list[Candidate]:
    """ "... lãnh đạo Sở Y tế các tỉnh trong Cụm, gồm: ông A., Giám đốc Sở Y tế X, Cụm trưởng; bà B., Phó Giám
    đốc Sở Y tế Y; ...": one person per item, each naming the unit they lead."""
    an = ctx.an
    colon = an.sh.find(":", a, s.end)
    if colon >= 0 and _PEOPLE.match(an.sh, colon + 1):
        start, bare = colon + 1, False
    elif colon < 0 and _RANKED.match(an.sh, a):
        # "Tham dự hội nghị có Đại tá A., Giám đốc Công an tỉnh X; Đại tá B., Giám đốc Công an tỉnh Y; ... và
        # Đại tá C., Phó Giám đốc Công an tỉnh Z": the same list without "gồm:", each item opened by a rank
        start, bare = a, True
    else:
        return []
    cluster = ctx.clusters.at(an, a)
    if cluster is None or ctx.clusters.bloc is None:
        return []
    items = []
    sep = _RANKED_SEP if bare else _PERSON_SEP
    cuts = [(m.start(), m.end()) for m in sep.finditer(an.sh, start, s.end)]
    for c0, c1 in [*cuts, (s.end, s.end)]:
        items.append((start, c0))
        start = c1
    if len(items) < 3:
        return []
    out = []
    year = _year(ctx, a)
    for i0, i1 in items:
        units = [u for u in an.units if i0 <= u.start < i1]
        if bare and not units:
            continue  # a guest from the ministry, with no provincial unit
        if len(units) != 1 or not (_RANKED if bare else _PEOPLE).match(an.sh, i0):
            return []  # not a list of people with their units
        u = units[0]
        if u.agency != ctx.clusters.bloc:
            continue
        fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province)}
        fact["basis"] = "attendance"
        out.append(Candidate(fact, u.start, u.end, "membership.attendance_people", agency=u.agency))
    return out if not bare or len(out) >= 3 else []


_PAREN_AFTER_MEMBERS = re.compile(
    r"(?<![a-z])(?:\d{1,2}|" + _COUNT + r"|cac)\s+(?:don\s+vi\s+)?thanh\s+vien"
    r"(?P<gap>(?:\s+(?:cua|trong)\s+(?:cum|khoi))?)\s*\(\s*"
)
_PAREN_AFTER_CLUSTER = WordPattern(r"(?<![a-z])(?:cum|khoi)(?![a-z])(?P<gap>[^().;:\n]{0,50}?)\(\s*")
_MEETING = re.compile(r"(?<![a-z])(?:hoi\s+nghi|buoi|le|tong\s+ket|so\s+ket)(?![a-z])")
_ONLY_COUNT = re.compile(
    r"\s*(?:" + _COUNT + r"\s+)?(?:[a-z&]+\s+){0,4}?(?:don\s+vi|thanh\s+vien|tinh|so|co\s+quan|dia\s+phuong)?"
    r"(?:\s+(?:thanh\s+vien|tinh|thanh\s+pho))*"
    # ("có 8 thành viên, trải dài từ Đà Nẵng vào tới Bình Thuận. Cụ thể là ...": a range says where, not who)
    r"(?:\s*,\s*(?:trai\s+dai\s+)?tu\s+[^,.;:]{2,40}?\s+(?:(?:vao|ra)\s+)?(?:den|toi)\s+[^,.;:]{2,40}?)?\s*[.:]?\s*$"
)
# ("gồm Sở Tư pháp 6 tỉnh Tây Bắc:" + a break + "Lào Cai, Yên Bái, ...": the agency, the count and the region)
_AGENCY_COUNT_ONLY = re.compile(
    r"\s*(?:[a-z&]+\s+){1,4}?" + _COUNT + r"\s+(?:tinh|thanh\s+pho|dia\s+phuong)(?:\s+[a-z]+){0,3}\s*:\s*$"
)
_PLACED_AFTER = re.compile(
    r"(?:,\s*)?(?:(?P<rest>la\s+(?:cac\s+)?(?:don\s+vi|thanh\s+vien)\s+con\s+lai\s+(?:cua|trong|thuoc)\s*)|"
    r"(?P<member>(?:(?:deu|cung)\s+)?(?:la\s+)?(?:cac\s+)?(?:don\s+vi\s+)?thanh\s+vien\s+(?:cua|trong|thuoc)?|"
    # ("X và Y tham gia sinh hoạt trong Cụm thi đua số 2")
    r"(?:(?:deu|cung)\s+)?(?:tham\s+gia\s+)?sinh\s+hoat\s+(?:trong|cua|tai|o)\s+|"
    r"(?:(?:deu|cung)\s+)?(?:tham\s+gia|hop\s+thanh)|"
    r"la\s+(?:" + _COUNT + r"\s+)?(?:don\s+vi|thanh\s+vien)\s+(?:cua|trong|thuoc)|"
    r"(?:(?:cung\s+|da\s+)*(?:duoc\s+)?(?:bo\s+sung|dua|ghep|sap\s+xep|chuyen)\s+)?vao)|"
    r"(?:(?:deu|cung)\s+)?(?:nam\s+)?(?:trong|thuoc))\s*(?:cum|khoi)(?![a-z])"
)


_OTHER_BLOC = re.compile(r"\s+(?:thi\s+dua\s+)?(?:cac|cua\s+cac|khu\s+vuc|nganh|don\s+vi)(?![a-z])")


def _placed_after(sh: str, end: int) -> list[re.Match[str]]:
    """Matches of _PLACED_AFTER, found from each "Cụm"/"Khối" backwards (the pattern has no cheap
    first character, so scanning the whole text with it is slow)."""
    out = []
    for w in _CLUSTER_WORD.finditer(sh, 0, end):
        before = sh[max(0, w.start() - 40) : w.start()]
        if not any(k in before for k in ("thanh vien", "tham gia", "trong", "thuoc", "vao", "hop thanh")):
            continue  # (none of the words that can place a list in the cluster: skip the regex)
        m = _PLACED_AFTER.search(sh, max(0, w.start() - 90), w.end())
        if m and m.end() == w.end():
            out.append(m)
    return out


# (or a sentence that opens with the verb: "1. Cụm thi đua số I (...)" + "Gồm Sở VHTTDL các tỉnh: Tuyên Quang, ...")
_MAKEUP = re.compile(r"\s*(?:[-+•*]\s*)?(?:thanh\s+phan(?:\s+gom)?\s*:|(?:bao\s+)?gom(?=\s))")


def _cue(seg: str, clusters: list[tuple[int, int]]) -> tuple[int, int, str] | None:
    """Where a sentence opens its list of members: (start, end, folded cue text) of the cue.

    A sentence whose subject is the members ("Các đơn vị trong Cụm ... là:", "Tham gia Cụm ...
    có") lists them after its verb; a sentence naming a cluster number lists them after a cue
    that follows the number; one naming only "Cụm" needs the cue close after that word.
    """
    subj = _SUBJECT.match(seg) or _SUBJECT_COUNTED.match(seg)
    if subj:
        pos = subj.end()
        for c_start, c_end in clusters:
            if c_start < pos <= c_end + 1:
                pos = c_end
        verb = _SUBJECT_VERB.search(seg, pos)
        if verb and verb.start() - pos <= 100 and not _NOT_CLUSTER_TALK.search(seg, pos, verb.start()):
            # (a "có" after the members as subject is a strong cue: "Tham gia Cụm thi đua số 3 có X và Y")
            return verb.start(), verb.end(), "subject:" + verb.group(0)
    if clusters:
        m = _EXPLICIT.search(seg, clusters[0][1])
        if (
            m
            and _COUNTED_RECIPIENTS_OF.search(seg, 0, clusters[0][0])
            and _REASON.search(seg, clusters[0][1], m.start())
        ):
            # "tặng Bằng khen cho 3 tập thể thuộc Cụm thi đua số I (...) vì đã có thành tích ..., gồm: X, Y và Z":
            # the recipients the count announced, not the cluster's members
            return None
        counted = _COUNT_ASIDE.match(seg, m.start() - 1) if m and m.start() else None
        if counted:
            # "Cụm thi đua số III (gồm 6 đơn vị) có BHXH các tỉnh: ...": the count aside, then the list's own verb
            m = _EXPLICIT.search(seg, counted.end()) or _WEAK_CO.match(seg, counted.end() + 1)
            if m:
                return m.start(), m.end(), m.group(0) if m.group(0) != "co" else "gom co"
        if m:
            return m.start(), m.end(), m.group(0)
        still = _STILL.match(seg, clusters[0][1])
        if still:  # "Cụm thi đua số 1 năm 2025 còn LĐLĐ các tỉnh A, B, C": what is left of it
            return still.start(1), still.end(1), "con"
        # "Lãnh đạo 5 Cục Hải quan thành viên Khối thi đua số 1 (từ trái qua): A, B, C ...": a caption
        c0, c1 = clusters[0]
        colon = _MEMBERS_COLON.match(seg, c1) or _COUNTED_COLON.match(seg, c1)
        if colon and re.search(r"(?<![a-z])thanh\s+vien\s+(?:cua\s+)?$", seg[max(0, c0 - 20) : c0]):
            return colon.start(), colon.end(), ":"
        # (a role in brackets on an item is no other talk: "Cụm thi đua số 9: Cục Thuế TP. Cần Thơ (Cụm trưởng), ...")
        after = re.sub(r"\([^()]*\)", " ", seg[colon.end() : colon.end() + 120])[:60] if colon else ""
        if colon and not _NOT_CLUSTER_TALK.search(after):
            # "Cụm thi đua số 8: KBNN các tỉnh Tiền Giang, Bến Tre, ...": a decision's item (a whole
            # cluster: checked once the list is read)
            return colon.start(), colon.end(), "cluster:"
        weak = _WEAK_CO.search(seg, clusters[0][1])
        if weak and not _NOT_CLUSTER_TALK.search(seg, clusters[0][1], weak.start()):
            return weak.start(), weak.end(), "co"
        return None
    bare = _BARE_CLUSTER_CO.match(seg)
    if bare:
        # "Cụm có Bộ Chỉ huy BĐBP các tỉnh ..." ("along:" when a unit was fronted with "Cùng với X,")
        return bare.start(2), bare.end(2), "along:co" if bare.group("along") else "co"
    makeup = _MAKEUP.match(seg)
    if makeup:
        return makeup.start(), makeup.end(), "gom"  # "1. Cụm thi đua số 4" + "Thành phần: TAND 8 tỉnh: ..."
    return _unnumbered_cue(seg)


_COUNTED_RECIPIENTS_OF = re.compile(
    r"(?<![a-z])cho\s+(?:\d{1,3}|hai|ba|bon|nam|cac)\s+(?:tap\s+the|don\s+vi)\s+(?:[a-z]+\s+){0,3}?thuoc\s+$"
)
_REASON = re.compile(r"(?<![a-z])(?:vi|do)\s+(?:da\s+)?(?:co\s+)?(?:thanh\s+tich|hoan\s+thanh)(?![a-z])")
_NEXT_COUNTED_PART = re.compile(
    r"^\s*;\s*(?:[-+•*]\s*)?(?:hai|ba|bon|nam|sau|bay|tam|chin|\d{1,2})\s+(?:don\s+vi|so|tinh)(?:\s+[a-z&]+){0,10}?"
    r"\s+la\s*$"
)
_COUNT_ASIDE = re.compile(r"\(\s*(?:gom|co)\s+\d{1,2}\s+(?:don\s+vi|thanh\s+vien|tinh)[^()]{0,20}\)")
_STILL_HAS = re.compile(r"(?<=cum\s)con\s+co(?![a-z])|(?<=khoi\s)con\s+co(?![a-z])")
# ("Cụm thi đua số IV còn lại các Sở TT&TT: A, B, ..." too: the rest of it after a move)
_STILL = re.compile(
    r"\s*(?:nam\s+\d{4}\s+)?(?:chi\s+)?(con(?:\s+lai(?=\s+(?:cac|gom)\s))?)(?![a-z])"
    r"(?!\s+(?:lai|co\s+nhieu|nhieu|mot|han\s+che))"
)
_MEMBERS_COLON = re.compile(r"\s*\)?\s*(?:\([^()]{0,30}\))?\s*:")  # ("... (Cụm số 3): X, Y")
# "1. Cụm thi đua số I – 14 Sở Tư pháp các tỉnh miền núi phía Bắc: Lào Cai, ...": a count after a dash, then the list
_COUNTED_COLON = re.compile(r"\s*-\s*(?:[a-z&]+\s+){0,3}?(?:\d{1,2}|" + _COUNT + r")\s+[^:;.()\n]{0,80}:")
_BARE_CLUSTER_CO = re.compile(
    # ("Cùng với Sở NN&MT Quảng Trị, cụm có Sở NN&MT các tỉnh A, B và C": the unit fronted is a member too)
    # ("Năm nay Cụm chúng tôi có Hội CCB 5 tỉnh: ...": the head speaking of its cluster)
    # (and in an interview's answer: "Ông X: Năm nay Cụm chúng tôi có ...")
    r"\s*(?:(?:ong|ba)\s[^:.;]{0,40}:\s*)?(?:(?:nam\s+nay|nam\s+(?:19|20)\d\d|hien\s+nay)\s*,?\s*)?"
    r"(?P<along>cung\s+voi\s+[^,.;:]{3,60}?,\s*)?(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:chung\s+toi\s+|minh\s+)?"
    r"(?:hien\s+(?:nay\s+)?)?(co)(?![a-z])"
)


_AWARD_TALK = re.compile(
    r"(?<![a-z])(?:tang|(?<!phong\s)trao|khen|nhan|dat|dan\s+dau|xep|truong|pho|de\s+nghi|duoc)(?![a-z])"
)
_WEAK_CO = re.compile(r"(?<![a-z])co(?![a-z])")
_AWARD_CLAUSE = re.compile(
    r"(?<![a-z])(?:tang|(?<!phong\s)trao|de\s+nghi)\s[^;]*?(?:co\s+thi\s+dua|bang\s+khen)(?![a-z])"
)


_MEMBERS_HEADING = re.compile(
    r"^\s*(?:\d{1,2}[.)]\s*)?(?:(?:cac|danh\s+sach)\s+)?(?:don\s+vi\s+)?thanh\s+vien(?:\s+(?:cua\s+)?(?:cum|khoi))?"
    r"(?:\s+nam\s+\d{4})?\s*:?\s*$"
)
_MEMBERS_WORD = re.compile(r"^\s*(?:(?:cac|nhung)\s+)?(?:don\s+vi\s+)?thanh\s+vien(?:\s+cum)?\s*$")
_MEMBERS_WORD_END = re.compile(r"(?:^|[,:]\s*)(?:(?:cac|nhung)\s+)?(?:don\s+vi\s+)?thanh\s+vien(?:\s+cum)?\s*$")
_UNITS_OF_CLUSTER = re.compile(
    r"(?<![a-z])(?:cac\s+)?(?:don\s+vi|thanh\s+vien)(?:\s+thanh\s+vien)?\s+(?:trong|cua|thuoc)\s+(?:cum|khoi)(?![a-z])"
)
_CLUSTER_WORD = WordPattern(r"(?<![a-z])(?:cum|khoi)(?![a-z])")  # (scanned over whole texts)


# ("Cụm thi đua 6 tỉnh ...", "Cụm thi đua 7 LĐLĐ tỉnh khu vực đồng bằng sông Hồng")
_NAMED_BY_COUNT = re.compile(
    r"\s*thi\s+dua\s+(?:\d{1,2}|" + _COUNT + r")\s+(?:[a-z&]{2,8}\s+)?(?:tinh|don\s+vi|dia\s+phuong)(?![a-z])"
)


def _unnumbered_cue(seg: str) -> tuple[int, int, str] | None:
    """A list cue in a sentence that names no cluster number: "(thành viên của) Cụm (năm nay) (có 6
    thành viên) gồm", a counted "với 5 đơn vị thành viên là" in a sentence about the Cụm, or "...
    thành viên:" opening a list of the article's cluster."""
    words = [w.end() for w in _CLUSTER_WORD.finditer(seg)]
    for m in sorted([*_EXPLICIT.finditer(seg), *_STILL_HAS.finditer(seg)], key=lambda m: m.start()):
        before = [e for e in words if e <= m.start()]
        if before:
            gap = seg[before[-1] : m.start()]
            clause = seg[seg.rfind(";", 0, before[-1]) + 1 : before[-1]]
            # "tặng Cờ thi đua ... cho 4 Ban Dân tộc ... dẫn đầu phong trào thi đua trong Cụm, gồm: ...": recipients
            # ("Cụm thi đua 6 tỉnh trung du, miền núi phía Bắc hiện gồm ...": a name by count and region is longer)
            most = 14 if _NAMED_BY_COUNT.match(gap) else 8
            if len(gap.split()) <= most and not _NOT_CLUSTER_TALK.search(gap) and not _AWARD_CLAUSE.search(clause):
                return m.start(), m.end(), m.group(0)
        if m.group(0).endswith("tham gia cua") and _MEETING.search(seg, 0, m.start()):
            return m.start(), m.end(), m.group(0)  # read as attendance by the caller
        if re.match(r"\s*:", seg[m.end() : m.end() + 3]) and _MEMBERS_WORD.search(seg, 0, m.start()):
            return m.start(), m.end(), m.group(0)  # "Các (đơn vị) thành viên gồm:"
        if (
            m.group(0) in ("gom", "bao gom")
            and _MEMBERS_WORD_END.search(seg, 0, m.start())
            and re.match(r"[^:.;,]{0,40}:", seg[m.end() : m.end() + 42])
        ):
            # "Theo báo cáo, năm 2023, các đơn vị thành viên gồm LĐLĐ các tỉnh: ..."
            return m.start(), m.end(), m.group(0)
        counted = m.group(0).endswith(("la", ":")) and re.search(r"\d|ba|bon|nam|sau|bay|tam|chin|muoi", m.group(0))
        if (counted and (words or "thanh vien" in m.group(0))) or (
            m.group(0).startswith("thanh")
            and re.match(r"\s*(?:(?:cua|trong)\s+)?(?:(?:cum|khoi)\s*)?:", seg[m.end() : m.end() + 15])
        ):
            return m.start(), m.end(), m.group(0)
    if _MEMBERS_HEADING.match(seg):
        return len(seg), len(seg), "thanh vien"  # "1. Các đơn vị thành viên năm 2024" + bullet lines
    return None


def _run_start(ctx: Context, s0: int, end: int) -> int:
    """Where the run of list items that ends at ``end`` begins ("... bổ sung [A với B, C] vào Cụm")."""
    an = ctx.an
    starts = {u.end: u.start for u in an.units if s0 <= u.start < end}
    items = sorted(
        {(starts.get(p.end, p.start), p.end) for p in an.provinces if s0 <= p.start < end}, key=lambda it: it[0]
    )
    if not items or an.sh[items[-1][1] : end].strip(" ,"):
        return s0
    first = len(items) - 1
    while first > 0 and _ITEM_SEP.match(
        re.sub(r"^\s*\([^()]{0,40}\)", "", an.sh[items[first - 1][1] : items[first][0]])
    ):
        first -= 1
    return items[first][0]


def _self_before(
    ctx: Context, s0: int, cue: int, link: str = r"^\s*,?\s*(?:da\s+)?cung(?:\s+voi)?\s"
) -> list[Candidate]:
    """'X (Cụm trưởng) cùng với 4 đơn vị thành viên khác là ...', 'X hiện sinh hoạt trong Cụm ..., cùng
    với ...': X is a member too (``link``: what stands between X and the cue)."""
    an = ctx.an
    before = [u for u in an.units if s0 <= u.start and u.end <= cue]
    if not before:
        return []
    u = before[-1]
    gap = re.sub(r"\([^()]{0,40}\)", " ", an.sh[u.end : cue])
    if not re.match(link, gap):
        return []
    cluster = ctx.clusters.at(an, u.start)
    if cluster is None:
        return []
    cctx = ctx.for_cluster(cluster)
    year = None if cctx.school_year else _year(cctx, u.start)
    fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(u.agency, u.province),
            "basis": "explicit"}  # fmt: skip
    return [Candidate(fact, u.start, cue, "membership.list_with_subject", agency=u.agency)]


_TITLE_YEAR = re.compile(r"(?<![a-z])(?:cum|khoi)(?![a-z])[^|]{0,60}?(?<![a-z])nam\s+((?:19|20)\d\d)(?![\d-])")


def _rows_after(ctx: Context, pos: int) -> list[Candidate]:
    """Members one per line after a list cue: table rows (``| 1 | Sở Y tế tỉnh Quảng Nam |``) or
    bare lines that hold just a unit (``Bộ Chỉ huy BĐBP tỉnh Sơn La``).

    The rows start on the lines right after the cue; a header row names no unit; the rows end at
    the first line that is neither.
    """
    an = ctx.an
    cluster = ctx.clusters.at(an, pos)
    if cluster is None:
        return []
    cctx = ctx.for_cluster(cluster)
    year = None if cctx.school_year else _year(cctx, pos)
    out: list[Candidate] = []
    numbers: set[int] = set()  # (the clusters the rows name)
    line_start = an.text.find("\n", pos)
    while 0 <= line_start < an.end:
        line_end = an.text.find("\n", line_start + 1)
        line_end = len(an.text) if line_end < 0 else line_end
        row = an.text[line_start:line_end].strip()
        units = [u for u in an.units if line_start <= u.start < line_end]
        if row and "|" not in row:
            bare = len(units) == 1 and len(row) <= (units[0].end - units[0].start) + 12
            if not bare:
                break
        provs = [p for p in an.provinces if line_start <= p.start < line_end]
        if not out and not units and not provs and year is not None and "|" in row:
            # a title row before the first member ("| Danh sách phân công nhiệm vụ trong Cụm ... năm 2016 |"):
            # the year of the list
            titled = _TITLE_YEAR.search(an.sh, line_start, line_end)
            year = int(titled.group(1)) if titled else year
        found = [(u.start, u.end, u.agency, u.province) for u in units]
        if not units and len(provs) == 1 and ctx.clusters.bloc:
            found = [(provs[0].start, provs[0].end, ctx.clusters.bloc, provs[0].value)]  # "| 1 | Quảng Nam |"
        if len(found) == 1:
            start, end, agency, province = found[0]
            fact = {
                "kind": "membership", "cluster": cluster, "year": year,
                "member": member_of(agency, province), "basis": "explicit",
            }  # fmt: skip
            out.append(Candidate(fact, start, end, "membership.table", agency=agency))
        numbers.update(c.number for c in ctx.clusters.mentions if line_start <= c.start < line_end)
        line_start = line_end
        if line_end >= len(an.text):
            break
    if len(numbers) > 1:
        # (rows grouped under several clusters, "| Cụm thi đua số II (...) |": an annex of awards, not members)
        return []
    return out if len(out) >= 2 else []


_ITEM_TITLE = re.compile(
    r"(?<=[-+•*;])\s*(?:pho\s+)?(?:giam\s+doc|chu\s+tich|chanh\s+an|vien\s+truong|cuc\s+truong|truong\s+ban)\s*$"
)


_COUNT_IN_BRACKETS = re.compile(r"\(\s*gom\s+0?\d{1,2}\s")


def _list(
    ctx: Context,
    a: int,
    b: int,
    basis: str,
    rule: str,
    need_colon: bool = False,
    units_only: bool = False,
    before: bool = False,
    cluster: dict | None = None,
) -> list[Candidate]:
    an = ctx.an
    cluster = cluster or ctx.clusters.at(an, a)
    if cluster is None or ctx.clusters.bloc is None:
        return []
    # a list in parentheses ends at its closing parenthesis
    close = an.sh.find(")", a, b)
    opening = an.sh.rfind("(", max(0, a - 40), a)
    if opening >= 0 and close >= 0 and an.sh.find(")", opening, a) < 0:
        # (but "Cụm thi đua số I (gồm 07 Sở Tư pháp các tỉnh ...): A, B, C": the count in brackets, the list after)
        named = any(a <= q.start < close for q in an.provinces)
        counted = _COUNT_IN_BRACKETS.match(an.sh[opening:close]) and re.match(r"\)\s*:[ \t]*", an.sh[close:b])
        # (bare provinces after the colon: "): Lạng Sơn, Cao Bằng"; not "): Sở Tư pháp tỉnh X;" nor a break and
        # items, the heading of roles or awards)
        bare = counted and any(q.start == close + counted.end() for q in an.provinces) and not any(
            u.explicit_agency and u.start <= close + counted.end() < u.end for u in an.units
        )
        if named or not bare:
            b = close
    min_items = 1
    if need_colon and an.sh.find(":", a, b) < 0:
        # without a colon only a real list (three or more) is read: "Dự hội nghị có lãnh đạo Sở TTTT
        # các tỉnh A, B, C", not "có ông X, Giám đốc Sở TTTT tỉnh A"
        min_items = 3
    cctx = ctx.for_cluster(cluster)
    year = None if cctx.school_year else _year(cctx, a)
    items: list[tuple[int, int, str, str]] = []  # start, end, agency, province
    units = {u.start: u for u in an.units if a <= u.start < b}
    unit_provs = {}
    for u in units.values():
        unit_provs[u.end] = u
    # a name inside an item's own parenthesis ("Thừa Thiên Huế (nay là thành phố Huế), Quảng Nam") is a
    # remark on that item, not an item
    asides = [(m.start(), m.end()) for m in re.finditer(r"\([^()]{0,60}\)|" + _MERGER_NOTE, an.sh[a:b])]
    # (but a bracket before any name is the list itself: "gồm TAND 5 tỉnh Tây Nguyên (Kon Tum, Gia Lai, ...)")
    named = [p.start - a for p in an.provinces if a <= p.start < b]
    outside = [q for q in named if not any(x < q < y for x, y in asides)]
    asides = [(x, y) for x, y in asides if outside and outside[0] < x]
    provs = [p for p in an.provinces if a <= p.start < b and not any(x < p.start - a < y for x, y in asides)]
    pos = a
    # items without their own agency words take the bloc of the cluster they are listed for
    agency = vocabularies().lookup("agency", cluster["bloc"]).notation
    first = True
    for p in provs:
        u = unit_provs.get(p.end)
        start = u.start if u else p.start
        # a short parenthesis after an item ("Sở A (Cụm trưởng), Sở B ...") does not end the list
        gap = an.sh[pos:start]
        if not first:
            # (or a role after a dash: "1. BHXH thành phố Đà Nẵng – Cụm trưởng;\n2. ...")
            # (or after a comma: "- Giám đốc Sở Y tế tỉnh Kon Tum, Cụm trưởng;\n- Giám đốc Sở Y tế tỉnh Gia Lai, ...")
            gap = re.sub(
                r"^\s*(?:\([^()]{0,40}\)|" + _MERGER_NOTE + r"|[-–,]\s*(?:cum|khoi)\s+(?:truong|pho))", "", gap
            )
            if u is not None:
                gap = _ITEM_TITLE.sub("", gap)  # (an item that names the unit through its head: "- Giám đốc Sở ...")
            # ("bốn đơn vị thuộc Tây Nguyên là A, B, C, D;" + "ba đơn vị phía Nam Trung Bộ là E, F và G": counted parts)
            gap = _NEXT_COUNTED_PART.sub(";", gap)
        if u is not None:
            agency = u.agency
        elif units_only:
            break
        if items and _DASH.fullmatch(an.sh, pos, start) and not _dash_list(an, provs, items, p):
            # "... Đắk Lắk và Gia Lai – Kon Tum": one unit over two provinces, a member of neither (but
            # "Bình Phước - Bình Dương - Đồng Nai" is a list written with dashes)
            items.pop()
            pos = p.end
            continue
        ok = _ITEM_SEP.match(gap) or (first and _opener(gap, before)) or (u is not None and _agency_gap(gap))
        if not ok or _RANGE.search(gap):
            break
        goes_on = _NAME_GOES_ON.match(an.text, p.end)
        if goes_on and not any(q.start == goes_on.start(1) for q in provs):
            # "5. Cục Hải quan tỉnh Hà Nam Ninh;": a name that goes on past the province is another unit's
            pos, first = goes_on.end(), False
            continue
        items.append((p.start, p.end, agency, p.value))
        pos = p.end
        first = False
    out = []
    if len(items) < min_items or re.match(r"\s*(?:den|toi)\s", an.sh[items[-1][1] : items[-1][1] + 6]):
        return out  # "(gồm 6 tỉnh) từ Thanh Hóa đến Thừa Thiên Huế": a range, whatever came first
    span_start, span_end = a, items[-1][1]
    for _s, _e, ag, prov in items:
        fact = {"kind": "membership", "cluster": cluster, "year": year, "member": member_of(ag, prov), "basis": basis}
        out.append(Candidate(fact, span_start, span_end, rule, agency=ag))
    return out


_DASH = re.compile(r"[ \t]*-[ \t]*")
_NAME_GOES_ON = re.compile(r"[ \t]+([A-ZĐ][a-zà-ỹđ]+)(?![ \t]*[-–])")
# "(trên cơ sở hợp nhất Công an tỉnh Hà Giang và Công an tỉnh Tuyên Quang)": a long remark on an item
_MERGER_NOTE = (
    r"\((?=[^()]{0,240}(?:hop\s+nhat|sap\s+nhap|nay\s+la|truoc\s+(?:day|ngay)|tren\s+co\s+so|(?<![a-z])cu(?![a-z])))"
    r"[^()]{0,240}\)"
)


def _dash_list(an, provs, items, p) -> bool:  # type: ignore[no-untyped-def]
    """Dashes separate three or more names here: before the last item, or after ``p``."""
    if len(items) >= 2 and _DASH.fullmatch(an.sh, items[-2][1], items[-1][0]):
        return True
    nxt = next((q for q in provs if q.start > p.end), None)
    return nxt is not None and bool(_DASH.fullmatch(an.sh, p.end, nxt.start))


def _opener(gap: str, before: bool = False) -> bool:
    """Text between 'gồm' and the first name: a count, agency words, a region, a colon.

    "gồm 09 Sở TTTT các tỉnh Đồng bằng sông Hồng:" opens a list; "gồm các nội dung: ..." does not.
    """
    gap = re.sub(r"\n[ \t]*(?:\d{1,2}[.)]|[-+•*])[ \t]*$", " ", gap)  # "...:\n1. BHXH thành phố Đà Nẵng" (an item mark)
    gap = re.sub(r"(?<![a-z])(?:tp\.?|thanh\s+pho|tinh)\s*$", " ", gap)  # "...:\n- TP. Hồ Chí Minh;" (the unit word)
    words = re.findall(r"[a-z]+", gap)
    if before and _NOT_CLUSTER_TALK.search(gap):
        return False  # "đề nghị tặng Cờ cho Sở A, Sở B ... trong Cụm": recipients, not a member list
    # ("gồm Tỉnh đoàn, Thành đoàn các địa phương khu vực Bắc Trung Bộ và Trung Trung Bộ:": a colon allows more)
    most = 18 if ":" in gap else 14
    if len(gap) >= 120 or re.search(r"[.;]", gap) or len(words) > most or _NOT_MEMBERS.search(gap):
        return False
    if _NATIONAL_UNIT_BEFORE.search(gap):
        return False  # "(gồm VKSND cấp cao tại Hà Nội, ...)": a national unit seated in a province, not a member
    if _ROLE_BEFORE_NAME.search(gap):
        return False  # "gồm VKSND 6 tỉnh Bắc Trung Bộ (từ A đến B): Cụm trưởng là X": a role, not the list
    # "gồm Sở VHTT&DL 8 tỉnh trung du, miền núi phía Bắc là ...": a long opener that ends in "là" or ":"
    return (
        ":" in gap
        or len(words) <= 8
        or (bool(re.search(r"(?<![a-z])la\s*$", gap)) and not _NOT_CLUSTER_TALK.search(gap))
    )


_NATIONAL_UNIT_BEFORE = re.compile(r"(?<![a-z])(?:cap\s+cao|khu\s+vuc)\s+tai\s*$|(?<![a-z])tai\s*$")
_ROLE_BEFORE_NAME = re.compile(r"(?<![a-z])(?:cum|khoi)\s+(?:truong|pho)\s*(?:la|:)?\s*$")


def _agency_gap(gap: str) -> bool:
    # only separators between two units ("..., trong đó Sở X giữ vai trò ..." ends the list)
    return len(gap) < 60 and bool(_UNIT_GAP.fullmatch(gap))


_UNIT_GAP = re.compile(r"\s*(?:[,;:]|va|voi|&|[-+•*])?\s*(?:(?:va|cung|voi)\s+)?(?:[-+•*]\s*)?")


_ATTACHED = re.compile(
    r"(?<![a-z])(?:thanh\s+vien|cum|khoi)(?:\s+thi\s+dua)?(?:\s+so\s+[0-9ivx]+)?\s+nam\s+((?:19|20)\d\d)(?![\d-])"
    r"|(?<![a-z])nam\s+((?:19|20)\d\d)\s+(?=(?:cum|khoi)(?![a-z]))"  # "năm 2023 Cụm thi đua số 3 gồm ..."
)


_NOW_OPENS = re.compile(r"\s*(?:[-+•*]\s*)?(?:hien\s+nay|hien\s+tai)\s*,")
_REARRANGED_OPENS = re.compile(
    r"\s*(?:[-+•*]\s*)?sau\s+(?:khi\s+)?(?:sap\s+xep|hop\s+nhat|sap\s+nhap)(?:\s+(?:lai|tinh|don\s+vi\s+hanh\s+chinh))*\s*,"
)


def _year(ctx: Context, pos: int) -> int | None:
    an = ctx.an
    s = an.sentence_at(pos)
    if s.start == s.end:
        s = an.sentence_at(pos - 1)  # a list read from the end of its heading
    # the list's own year: "Cụm thi đua số 2 năm 2024 gồm", "Các đơn vị thành viên năm 2024" + bullets
    attached = [m for m in _ATTACHED.finditer(an.sh, s.start, min(pos, s.end))]
    if attached:
        return int(attached[-1].group(1) or attached[-1].group(2))
    m = re.match(r"^\s*(?:[a-z ]{2,20},\s*)?(?:trong\s+|vao\s+)?nam\s+((?:19|20)\d\d)\s*,", an.sh[s.start : s.end])
    if m:
        return int(m.group(1))
    pact = _PACT_YEAR.search(an.sh, s.start, pos)
    if pact:  # ("Tham gia ký kết giao ước năm 2014 có 5 Sở ... gồm các tỉnh: ...": the signers of that year's pact)
        return int(pact.group(1))
    effective = [
        m
        for m in _EFFECTIVE.finditer(an.sh, s.start, pos)
        # ("từ năm N," only for a year after the reviewed one: "Từ năm 2022, Cụm bổ sung thêm X" in a review of
        # 2023 tells when X came, and X is still a member in 2023; "thành lập từ năm 2016, hiện gồm" likewise)
        if m.group(1) or ctx.reviews_year is None or int(m.group(2)) > ctx.reviews_year
    ]
    if effective:  # "kể từ ngày 01/01/2017 Cụm thi đua số 2 gồm ...": the year the composition applies from
        return int(effective[-1].group(1) or effective[-1].group(2))
    y = adverbial_year(an, s.start, pos)
    if y is not None:
        return y
    y = _framed_before(ctx, s)
    if y is not None:
        return y
    y = _adjusted_year(ctx, s, pos)
    if y is not None:
        return y
    y = decision_list_year(ctx, s.start)
    if y is not None:
        return y
    if _PER_DOCUMENT.match(an.sh, s.start) and (y := lede_year(ctx)) is not None:
        # "Theo Kế hoạch, Cụm 9 gồm 05 Cục Thống kê ..." on a page about the plan for 2022: the plan's make-up
        return y
    heading = list(_AGREEMENT_HEADING.finditer(an.sh, 0, s.start))[-1:]
    if heading and an.text[heading[0].start() : heading[0].end()].strip().isupper():
        # "BẢN GIAO ƯỚC THI ĐUA NĂM 2020" over "Hôm nay, ..., Cụm thi đua số 6 gồm VKSND 5 tỉnh: ... cùng thống nhất
        # ký kết ...": the agreement's own text, and its members are those of the year it is for
        return int(heading[0].group(1))
    day = ctx.conference_day
    if day and ctx.reviews_year is not None and int(day[:4]) > ctx.reviews_year and _RULES_ARTICLE.match(
        an.sh, an.text.rfind("\n", 0, max(0, an.text.rfind("\n", 0, s.start))) + 1
    ):
        # "Một số nội dung chính của Quy chế:" + "Điều 2. Thành viên của Cụm" + "Cụm thi đua số VIII gồm 8 đơn vị: ..."
        # adopted at the review of 2013 held in February 2014: the rules' text, of the year they take effect in
        return int(day[:4])
    if an.published and _NOW_OPENS.match(an.sh, s.start):
        return int(an.published[:4])  # "Hiện nay, Khối thi đua 6 LĐLĐ tỉnh gồm: ...": the make-up on the page's day
    if (
        an.published
        and an.published >= "2025-07-01"
        and ctx.reviews_year is None
        and _REARRANGED_OPENS.match(an.sh, s.start)
    ):
        # "Sau khi sắp xếp, Cụm gồm Sở Tư pháp 5 tỉnh: ..." on a page after the 2025 merger that reviews no year: the
        # make-up now (a review's is of the year it reviews)
        return int(an.published[:4])
    met = ctx.extra.get("meeting_at", {}).get(s.start)
    if met is not None:
        return met[0]  # "Ngày 24-12, Khối thi đua số 3 (gồm BHXH 7 tỉnh: ...) đã tổng kết năm 2013"
    i = bisect.bisect_left(an.sentence_starts, s.start)
    prev = an.sentences[i - 1] if i > 0 else None
    met = ctx.extra.get("meeting_at", {}).get(prev.start) if prev is not None else None
    if met is not None and "\n" not in an.text[prev.end : s.start] and ctx.extra.get("side_meeting") is not None:
        # "Trước đó, ngày 14/1, X đã tổ chức hội nghị tổng kết ... năm 2010 của Cụm thi đua số 3. Cụm thi đua số 3 gồm
        # ...": the make-up told right after a meeting told aside is of that meeting's year
        return met[0]
    undated = not any(s.start <= y.start < s.end for y in an.years)
    if prev is not None and "\n" not in an.text[prev.end : s.start] and undated:
        # "Năm 2020, Đài ... giữ vai trò Cụm trưởng Cụm thi đua số V .... Cụm thi đua số V gồm 7 đài: ...": the year
        # the sentence before opens with, when it names the cluster too
        # (the list's sentence opening with the cluster: not "Sau sắp xếp, Cụm thi đua số 4 gồm ...")
        opened = _OPENS_WITH_YEAR.match(an.sh, prev.start, prev.end)
        named = any(prev.start <= c.start < prev.end for c in [*ctx.clusters.mentions, *an.roles])
        that = _THAT_YEAR.match(an.sh, s.start)  # ("Năm 2021, Đài ... . Năm ấy, Cụm thi đua số 3 gồm ...")
        first = that.end() if that else s.start
        if opened and named and any(c.start == first for c in ctx.clusters.mentions):
            return int(opened.group(1))
    if (
        ctx.reviews_year is not None
        and an.published
        and int(an.published[:4]) > ctx.reviews_year
        and an.published[5:7] >= "04"
        and _NOW_LISTS.search(an.sh, s.start, pos)
    ):
        # "Cụm thi đua số IV hiện gồm ..." on a page of November 2018 that recalls the review of 2015: the make-up on
        # the page's day (not in the weeks after a review, when "now" is still the reviewed year's)
        return int(an.published[:4])
    plan = _PLAN_TITLE.match(an.sh)
    if plan is not None:
        return int(plan.group(1))  # (a plan's page, "Kế hoạch hoạt động Cụm thi đua số 4 năm 2013": its year's make-up)
    if ctx.reviews_year is not None:
        return ctx.reviews_year
    # no review in the article: the year the sentence gives its cluster ("Cụm thi đua số 2 năm 2024 gồm")
    for c in ctx.clusters.mentions:
        if s.start <= c.start < s.end:
            y = re.match(r"[^.;:]{0,40}?(?<![a-z])nam\s+((?:19|20)\d\d)(?![\d-])", an.sh[c.end : s.end])
            if y and not re.search(r"nam\s+hoc\s*$", an.sh[c.end : c.end + y.start(1)]):
                return int(y.group(1))
    if an.published and _NOW_LISTS.search(an.sh, s.start, pos):
        # "Cụm thi đua số II hiện gồm ..." in a page reviewing nothing: the make-up on the day of the page
        return int(an.published[:4])
    return lede_year(ctx)


_RULES_ARTICLE = re.compile(r"[ \t]*dieu\s+\d{1,2}\s*[.:][ \t]*[^\n]{0,60}?(?:thanh\s+vien|thanh\s+phan)[^\n]{0,30}\n")
_PACT_YEAR = re.compile(r"(?<![a-z])ky\s+ket\s+giao\s+uoc(?:\s+thi\s+dua)?\s+nam\s+((?:19|20)\d\d)(?![\d-])")
_THAT_YEAR = re.compile(r"\s*(?:cung\s+)?(?:trong\s+|vao\s+)?nam\s+(?:ay|do|nay)\s*,\s*")
_OPENS_WITH_YEAR = re.compile(r"\s*(?:trong\s+|vao\s+)?nam\s+((?:19|20)\d\d)\s*,")
_PLAN_TITLE = re.compile(
    r"\s*(?:[^\n]{0,40}?\s)?ke\s+hoach\s[^\n]{0,80}?(?<![a-z])nam\s+((?:19|20)\d\d)(?![\d-])[^\n]{0,80}\n"
)
_PER_DOCUMENT = re.compile(r"\s*theo\s+(?:ke\s+hoach|quy\s+che|quyet\s+dinh|thong\s+bao)(?:\s+(?:nay|tren))?\s*,")
_AGREEMENT_HEADING = re.compile(r"(?m)^[ \t]*(?:ban\s+)?giao\s+uoc\s+thi\s+dua\s+nam\s+((?:19|20)\d\d)[ \t]*$")
_NOW_LISTS = re.compile(r"(?<![a-z])hien\s+(?:nay\s+)?(?:gom|co|bao\s+gom)(?![a-z])")


# "Sau khi điều chỉnh, Cụm thi đua số III gồm ...": the make-up a decision sets, not the reviewed year's
_ADJUSTED = re.compile(
    r"(?<![a-z])sau\s+(?:khi\s+)?(?:duoc\s+)?(?:dieu\s+chinh|kien\s+toan|sap\s+xep\s+lai\s+cac\s+(?:cum|khoi)|"
    r"phan\s+chia\s+lai|chia\s+lai|bo\s+sung|dieu\s+dong)(?![a-z])(?!\s+(?:dia\s+gioi|don\s+vi\s+hanh\s+chinh))"
)

_THEREBY = re.compile(r"\s*theo\s+do\s*,")
_DECIDED = re.compile(r"(?<![a-z])(?:quyet\s+dinh|ban\s+hanh)(?![a-z])")


def _adjusted_year(ctx: Context, s: Sentence, pos: int) -> int | None:
    """The year of the decision a list "after the adjustment" comes from: the last dated day before the
    list (in this paragraph or the one before), else the page's year. A review told later in the page
    reviews the year before, which the new make-up does not describe."""
    an = ctx.an
    para = an.text.rfind("\n\n", 0, s.start)
    para = max(an.text.rfind("\n\n", 0, para) if para > 0 else 0, 0)
    if not _DECIDED.search(an.sh, para, s.start):
        return None  # (an adjustment no decision before it tells: "Sau khi sắp xếp lại ...", the mergers)
    if _THEREBY.match(an.sh, s.start, s.end):
        pass  # "Quyết định số 112 ... ngày 08-4-2021 .... Theo đó, X được chuyển sang Cụm III"
    elif not _ADJUSTED.search(an.sh, s.start, pos):
        # "Sau khi điều chỉnh, Cụm III gồm ... . Cụm IV gồm ...": the next list of the paragraph too
        prev = [t for t in an.sentences if t.end <= s.start][-1:]
        if not prev or "\n" in an.text[prev[0].end : s.start]:
            return None
        if not _ADJUSTED.search(an.sh, prev[0].start, prev[0].end):
            return None
        if not re.match(r"\s*(?:cum|khoi)(?![a-z])", an.sh[s.start : s.end]):
            return None
    dated = [d.year for d in an.dates if para <= d.start < pos and d.year]
    return dated[-1] if dated else None


# ("Theo đó, từ năm 2023, X được điều chuyển sang Cụm số 6; Cụm số 5 còn 6 thành viên: ...": a framing "từ năm N,")
_EFFECTIVE = re.compile(
    r"(?<![a-z])(?:ke\s+)?tu\s+(?:ngay\s+0?1\s*/\s*0?1\s*/\s*((?:19|20)\d\d)(?!\d)|nam\s+((?:19|20)\d\d)\s*,)"
)
_YEAR_FRAME = re.compile(r"\s*(?:[a-z ]{2,20},\s*)?(?:cung\s+)?(?:trong\s+|vao\s+)?nam\s+((?:19|20)\d\d)\s*,")


def _framed_before(ctx: Context, s: Sentence) -> int | None:
    """'Cũng trong năm 2016, X giữ vai trò Cụm trưởng Cụm thi đua số 1. Cụm gồm 6 đơn vị: ...': a list
    whose subject is the bare "Cụm" continues the sentence before it, in its year."""
    an = ctx.an
    if not re.match(r"\s*(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:gom|co|bao\s+gom)(?![a-z])", an.sh[s.start : s.end]):
        return None
    prev = [t for t in an.sentences if t.end <= s.start][-1:]
    if not prev or "\n" in an.text[prev[0].end : s.start]:
        return None
    t = prev[0]
    if not any(t.start <= c.start < t.end for c in ctx.clusters.mentions):
        return None
    m = _YEAR_FRAME.match(an.sh, t.start, t.end)
    return int(m.group(1)) if m else None
