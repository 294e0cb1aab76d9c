"""Role facts: which unit is Cụm trưởng (head) or Cụm phó (deputy) of a cluster for which year.

Patterns (see PHRASINGS.md §1): ``X làm/là (đơn vị) Cụm trưởng``; election verbs (``bầu X làm``,
``bình bầu, suy tôn X làm``, ``bầu đơn vị Cụm trưởng năm N là X``); a role carried by a person
(``Giám đốc Sở ... tỉnh X, Cụm trưởng``), an apposition (``X – đơn vị Cụm phó``), a parenthesis
(``X (Cụm trưởng năm N)``) or a caption; hand-overs (``bàn giao ... Cụm trưởng ... cho X``); a
role before the unit (``Cụm trưởng – Sở ...``); parallel lists (``các tỉnh X, Y ... làm Cụm
trưởng, Cụm phó``). Chairing (``chủ trì``), ranking (``dẫn đầu Cụm``) and congratulating are
not roles.

The year: the ``năm N`` attached to the role (or to the role list, or to a parallel clause of
the same sentence), else a leading ``Năm N,``, else a decision's header (``... năm N như
sau:``); a school year gives null; an election or hand-over without a year means the year after
the reviewed one; the unit chairing or hosting a review held in the year it reviews is that
year's head. Otherwise the year is unknown: the fact keeps ``year: null`` (never a guess), and
is dropped when the same member has a dated fact for that role in the article.
"""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from thidua.extract.clusters import ClusterMention, list_header
from thidua.extract.common import (
    Candidate,
    Context,
    adverbial_year,
    after_tai,
    decision_list_year,
    lede_year,
    line_spans,
    mask,
    member,
    member_of,
    own_sector_cluster,
    table_cells,
)
from thidua.extract.entities import Analysis, Mention, Unit
from thidua.loaders.facts import roman_to_int
from thidua.vocab import vocabularies

# Words allowed between a unit and the role that follows it.
_LEFT_LINK = {
    "da", "se", "tiep", "tuc", "duoc", "don", "vi", "la", "lam", "giu", "vai", "tro", "chuc", "nhan", "nhiem", "vu",
    "bau", "binh", "suy", "ton", "chinh", "thuc", "dam", "giao", "trung", "cu", "dai", "dien",
    "tu", "cach", "thong", "nhat", "lan", "luot", "hien", "nay", "vinh", "du", "cac", "tin", "hoi", "nghi",
    "luan", "phien",
    # "được Hội nghị thống nhất giới thiệu làm", "biểu quyết chọn", "được tín nhiệm làm", "nhận cờ luân lưu,
    # chính thức đảm đương cương vị", "giữ vị trí", "thay mặt đơn vị Cụm trưởng"
    "gioi", "thieu", "chon", "bieu", "quyet", "duong", "cuong", "tri", "luu", "thay", "mat", "kiem",
    # "được các đơn vị trong Cụm tín nhiệm bầu làm", "được tất cả thành viên nhất trí bầu làm"
    "trong", "cum", "tat", "ca", "thanh", "vien",
    "voi",  # "X với vai trò Cụm phó"
    "trach",  # "nhận trọng trách Cụm trưởng"
    "phan", "cong",  # "đơn vị được phân công làm Cụm trưởng"
    "con", "cung",  # "X còn được giao nhiệm vụ là Cụm trưởng", "X cũng là Cụm phó"
    "tung",  # "X từng là Cụm trưởng Cụm thi đua số 3 năm 2023"
}  # fmt: skip
_LINK_PHRASES = re.compile(
    # ("X – khi đó là đơn vị Cụm trưởng năm 2020")
    # ("X đồng thời là đơn vị Cụm trưởng của Cụm thi đua số 4")
    r"(?<![a-z])(?:trung\s+uong(?:\s+hoi)?|tin\s+tuong|don\s+vi\s+ban|(?:tong\s+cuc|bo|cuc)(?=\s+giao\s)|dang(?=\s+(?:la|giu|dam))|khi\s+do(?=\s+la\s)|"
    r"dong\s+thoi(?=\s+la\s)|"
    r"to\s+chuc(?=\s+voi\s+tu\s+cach)|"
    # "X đã hoàn thành tốt vai trò Cụm trưởng năm 2023" (a past year's role; not "chúc Y hoàn thành tốt nhiệm vụ")
    r"(?<=da\s)hoan\s+thanh(?:\s+(?:tot|xuat\s+sac))?|"
    # "được các Sở trong Cụm thi đua số 4 (thuộc Bộ ...) tín nhiệm bầu làm"
    r"cac\s+(?:so|dai|cuc|hoi|don\s+vi|tinh|thanh\s+vien)\s+trong\s+(?:cum|khoi)(?:\s+thi\s+dua)?"
    r"(?:\s+so\s+[0-9ivx]+)?(?:\s+thuoc)?)(?![a-z])"
)
_ELECTION = re.compile(
    r"(?<![a-z])(?:bau|binh\s+bau|suy\s+ton|(?:duoc\s+)?tin\s+nhiem\s+(?:giao|lam|bau)|nhan\s+(?:ban\s+giao\s+)?nhiem\s+vu|nhan\s+ban\s+giao|ban\s+giao|"
    r"chuyen\s+giao|chyen\s+giao|trao\s+co|nhan\s+co|tiep\s+nhan|giao\s+nhiem\s+vu|duoc\s+giao)(?![a-z])"
)
_HANDOVER_RIGHT = re.compile(
    r"^\s*(?:(?:nam(?:\s+hoc)?\s+\d{4}(?:\s*-\s*\d{4})?|(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s+[0-9ivx]+|"
    r"so\s+[0-9ivx]+|thi\s+dua)\s*)*"
    r"(?:\s*(?:la|:|-|\(|cho|thuoc\s+ve|(?:(?:se|van|tiep\s+tuc)\s+)?do|(?:(?:da|se)\s+)?(?:duoc\s+)?(?:giao|trao|ban\s+giao|chuyen\s+giao)(?:\s+lai)?\s+cho)\s*)+"
    # "trao cờ Cụm trưởng năm 2021 cho (đại diện / lãnh đạo) BĐBP tỉnh Hà Tĩnh"
    r"(?:(?<=cho\s)(?:dai\s+dien|lanh\s+dao)\s+)?$"
)
# "vị trí Cụm phó năm N do X đảm nhiệm": the unit after "do" holds the role only with such a verb
_DO_HOLDS = re.compile(
    r"\s*(?:se\s+|tiep\s+tuc\s+)?(?:dam\s+nhiem|dam\s+nhan|dam\s+duong|giu|nam\s+giu|phu\s+trach)(?![a-z])"
)
_ATTACHED_YEAR = re.compile(
    r"\s*(?:(?:(?:cum|khoi)\s+)?(?:thi\s+dua\s+)?so\s*[0-9ivx]+\s*|(?:cum|khoi)(?:\s+thi\s+dua)?\s+[0-9ivx]+\s*)?"
    # (the cluster's members between: "Cụm trưởng Cụm thi đua số 3 các Cục Thuế năm 2022")
    r"(?:cac\s+(?:[a-z&]+\s+){0,5}?(?=nam\s))?"
    r"(?:(?:thuoc|cua)?\s+(?=nam\s))?(?:\(?\s*)?(?:luan\s+phien\s+|moi\s+)?(?:trong\s+)?(?=nam\s)"
)
_RIGHT_IS = re.compile(
    r"^\s*(?:(?:luan\s+phien|moi)\s+)?(?:nam\s+\d{4}\s*)?(?:la|:|-|–)\s*"
    # "Cụm trưởng năm 2024 là đồng chí Nguyễn Văn A., Giám đốc Sở ...": the unit the person heads
    # or "Cụm trưởng năm 2014: Giám đốc BHXH thành phố Đà Nẵng": the title alone
    r"(?:(?:(?:dong\s+chi|ong|ba)\s+[^,;.:]{2,40}?\.?\s*,\s*)?(?:pho\s+)?(?:giam\s+doc|chu\s+tich|vien\s+truong|"
    r"chanh\s+thanh\s+tra|cuc\s+truong|chi\s+huy\s+truong|truong\s+ban)\s*)?$"
)
_YEAR_BEFORE_ROLE = re.compile(
    r"(?<![a-z])nam\s+((?:19|20)\d\d)\s*,?\s*(?:(?:vai\s+tro|nhiem\s+vu|vi\s+tri|chuc)\s+)?(?:don\s+vi\s+)?$"
)
_RESPECTIVELY = re.compile(r"\s*(?:nam\s+\d{4}\s*)?(?:lan\s+luot\s+)?(?:la|thuoc\s+ve)\s*:?\s*$")
# ("năm 2015 giao X giữ vai trò Cụm trưởng": the year, the verb that gives the role, then the unit)
_YEAR_BEFORE_UNIT = re.compile(
    r"(?:^|[,:;]\s*|(?<=\s))(?:trong\s+|vao\s+)?nam\s+((?:19|20)\d\d)\s*,?\s*(?:giao\s+(?:cho\s+)?)?"
)
_LEAD_YEAR = re.compile(r"^\s*(?:\d{1,2}\s*[.)]\s*|[a-z]\s*\)\s*|\W\s*)?(?:trong\s+)?nam\s+((?:19|20)\d\d)\s*[,:]")
_OPENS_CLAUSE = re.compile(r"\s*(?:la|:)\s")
_ROLE_LIST_SEP = re.compile(r"^\s*(?:,|va|/|-)\s*$")
_UNIT_LIST_SEP = re.compile(r"^\s*(?:,|va|cung)\s*$")
# "X sẽ làm Cụm trưởng", "... Cụm trưởng năm tới": the year after the reviewed one
_WILL_WITH = re.compile(r"(?<![a-z])se\s+(?:cung|phoi\s+hop(?:\s+chat\s+che)?\s+voi)\s+$")
_FUTURE = re.compile(r"(?<![a-z])(?:se|nam\s+toi|nam\s+sau)(?![a-z])")
# The unit that chairs, hosts or opens a review held in the year it reviews is that year's head.
_CHAIRING = re.compile(r"(?<![a-z])(?:chu\s+tri|dang\s+cai|to\s+chuc|dieu\s+hanh|khai\s+mac)(?![a-z])")


def extract_roles(ctx: Context) -> list[Candidate]:
    an = ctx.an
    out: list[Candidate] = []
    roles = sorted(an.roles, key=lambda r: r.start)
    # role groups: "Cụm trưởng, Cụm phó" read as one list
    groups: list[list[Mention]] = []
    for r in roles:
        # (but "X làm Cụm trưởng, Cụm phó là Y": a role that opens its own clause is no second role of X)
        if (
            groups
            and _ROLE_LIST_SEP.match(an.sh[groups[-1][-1].end : r.start])
            and not (
                _OPENS_CLAUSE.match(an.sh, r.end, min(len(an.sh), r.end + 12))
                and re.search(r"(?<![a-z])lam\s+$", an.sh[max(0, groups[-1][0].start - 6) : groups[-1][0].start])
            )
        ):
            groups[-1].append(r)
        else:
            groups.append([r])
    for group in groups:
        out.extend(_group_facts(ctx, group))
    if "|" in an.text:
        table = _table_facts(ctx)
        # a cell of a year-column table ("| Cụm trưởng: X; Cụm phó: Y |") has its year and its row's cluster
        cells = [(c.start, c.end) for c in table if c.rule == "role.table_year_cell"]
        out = [c for c in out if not any(a <= c.start < b for a, b in cells)]
        out.extend(table)
        out.extend(_role_rows(ctx))
    if "   " in an.text:
        out.extend(_spaced_table(ctx))
    out.extend(_rotation_ellipsis(ctx))
    out.extend(_bracketed_roles(ctx))
    if "lan luot" in an.sh:
        out.extend(_range_in_turn(ctx))
    if "(*)" in an.text:
        out.extend(_starred_units(ctx))
    out.extend(_rotation_order(ctx))
    out.extend(_label_lines(ctx))
    if "\n" in an.text:
        out.extend(_history_items(ctx))
    out.extend(_bare_subject(ctx))
    if "(" in an.text:
        out.extend(_respective_items(ctx))
    if "du kien" in an.sh:
        # "bàn giao nhiệm vụ Cụm trưởng năm 2012 cho X (dự kiến)", "dự kiến giao X làm Cụm trưởng": a plan, no fact
        out = [c for c in out if not _planned(an, c)]
    if _may_retract(an.text) and _MISTAKEN.search(an.text):
        out = [c for c in out if not _MISTAKEN.search(an.text, *_sentence_span(an, c.start))]
    return out


# "Bản tin ... đã ghi nhầm X là đơn vị Cụm phó năm 2013", "ghi sai đơn vị Cụm phó là X": a correction notice
# retracts the role it repeats (the article's own letters: "nhằm", in order to, folds to the same shadow)
_MISTAKEN = re.compile(r"(?<!\w)(?:(?:ghi|đưa|viết|nêu)\s+(?:nhầm|sai)|nhầm\s+lẫn)(?!\w)", re.IGNORECASE)


_PLANNED_AFTER = re.compile(r"\s*\(\s*du\s+kien\s*\)")
_PLANNED_BEFORE = re.compile(r"(?<![a-z])du\s+kien(?![a-z])")


def _planned(an: Analysis, c: Candidate) -> bool:
    """The role is told as planned: "(dự kiến)" right after it, or "dự kiến" earlier in its clause."""
    if _PLANNED_AFTER.match(an.sh, c.end):
        return True
    sent = an.sentence_at(c.start)
    clause = max(sent.start, an.sh.rfind(";", sent.start, c.start) + 1, an.sh.rfind("|", sent.start, c.start) + 1)
    return bool(_PLANNED_BEFORE.search(an.sh, clause, c.start))


def _may_retract(text: str) -> bool:
    """Whether the text has the words a correction needs (a literal test: the pattern, case-blind over the
    article's own letters, costs about 5 % of an article's extraction when scanned for on every page)."""
    low = text.lower()
    return "nhầm" in low or "sai" in low


def _sentence_span(an: Analysis, pos: int) -> tuple[int, int]:
    s = an.sentence_at(pos)
    return s.start, s.end


_LIST_CUE = re.compile(
    r"[^.;]{0,80}?(?:(?<![a-z])(?:la|gom|lan\s+luot\s+la|lan\s+luot|trong\s+do(?:\s+co)?)\s*:?|\(\s*(?:nhu|gom|la)?)\s*$"
)


def _respective_items(ctx: Context) -> list[Candidate]:
    """'Cụm trưởng năm 2024 của các Cụm lần lượt là: X (Cụm 1), Y (Cụm 3) và Z (Cụm 5)': in a digest,
    each listed unit holds the role in the cluster its parenthesis names (two items at least)."""
    an = ctx.an
    out: list[Candidate] = []
    for role in an.roles:
        sent = an.sentence_at(role.start)
        units = [u for u in an.units if role.end <= u.start < sent.end]
        if len(units) < 2 or not _LIST_CUE.match(an.sh, role.end, units[0].start):
            continue
        items: list[tuple[Unit, ClusterMention, int]] = []
        for u in units:
            c = ctx.clusters.in_parens(an, u.end)
            end = an.sh.find(")", c.end) + 1 if c is not None else -1
            if c is None:
                # "(như Sở X tại Cụm thi đua số 1, Sở Y tại Cụm thi đua số 2)": the cluster after "tại"
                at = _AT_CLUSTER.match(an.sh, u.end)
                c = next((m for m in ctx.clusters.mentions if at and m.start == at.end()), None)
                end = c.end if c is not None else -1
            if c is None:
                break
            if items and not re.fullmatch(r"\s*(?:,|;|va|,\s*va)\s*", an.sh[items[-1][2] : u.start]):
                break
            items.append((u, c, end))
        if len(items) < 2:
            continue
        y = _attached(ctx, role.end, units[0].start)
        year = None if y is None or y.school else y.year
        for u, c, end in items:
            cluster = ctx.clusters.ref_of(c)
            if cluster is None:
                continue
            fact = {"kind": "role", "cluster": cluster, "year": year, "role": role.value, "member": member(u)}
            out.append(Candidate(fact, u.start, end, "role.respective", 3))
    return out


_AT_CLUSTER = re.compile(r"\s*(?:tai|o|cua|thuoc)\s+(?=(?:cum|khoi)(?![a-z]))")


_BARE_SUBJECT = re.compile(
    r"\s*(?:[-+•*]\s*)?(?:(?:trong\s+)?nam\s+(?P<y>(?:19|20)\d\d)\s*,\s*)?"
    r"(?P<w>so|dai|don\s+vi|hoi|cuc|vien|cong\s+an\s+tinh)\s+"
    r"(?:(?:da|duoc|dang|tiep\s+tuc|vinh\s+du|cung|van)\s+)*"
    # ("Công an tỉnh được Bộ Công an giao làm Cụm trưởng")
    r"(?:(?:[a-z&]+\s+){1,4}?giao\s+(?:lam|la|nhiem\s+vu)|giu\s+vai\s+tro|dam\s+nhan(?:\s+vai\s+tro)?|dam\s+nhiem|la|lam)\s+"
    r"(?:don\s+vi\s+)?$"
)
_ON_THE_POST = re.compile(r"(?<![a-z])(?:tren|voi)\s+(?:cuong\s+vi|vai\s+tro)\s+(?:la\s+)?(?:don\s+vi\s+)?$")
_POST_SUBJECT = re.compile(
    r"[^,;.:()]{0,50}(?:\([^()]{0,80}\))?\s*,\s*(?P<w>so|dai|don\s+vi|hoi|cuc|vien|cong\s+an\s+tinh)\s+"
    r"(?:da|dang|tiep\s+tuc|luon|chu\s+dong)(?![a-z])"
)
_BARE_TYPE = {"so": "so_", "dai": "dai", "hoi": "hoi", "cuc": "thue", "vien": "vksnd", "cong an tinh": "cong_an"}


def _bare_subject(ctx: Context) -> list[Candidate]:
    """'Năm 2022, Sở giữ vai trò Cụm trưởng Cụm thi đua số 4': the page's own unit, named bare."""
    from thidua.extract.awards import _page_unit

    an = ctx.an
    out: list[Candidate] = []
    for r in an.roles:
        sent = an.sentence_at(r.start)
        # (from the sentence's start, or a clause after its colon: "Báo cáo nêu rõ: năm 2015, Công an tỉnh ...")
        start = max(sent.start, an.sh.rfind(":", sent.start, r.start) + 1)
        if r.start - start > 60:
            continue
        m = _BARE_SUBJECT.fullmatch(an.sh, start, r.start)
        post = None
        if not m and _ON_THE_POST.search(an.sh, max(sent.start, r.start - 30), r.start):
            # "Đặc biệt, trên cương vị đơn vị Cụm trưởng Cụm thi đua số 5 năm 2018, Sở đã chủ động ...": the
            # post before the bare subject
            post = _POST_SUBJECT.match(an.sh, r.end, sent.end)
        if not (m or post):
            continue
        own = _page_unit(ctx)
        word = (m or post).group("w")  # type: ignore[union-attr]
        if own is None or not (word.startswith("don") or own.agency.startswith(_BARE_TYPE[word])):
            continue
        cluster = ctx.clusters.at(an, r.start)
        if cluster is None:
            continue
        attached = _attached(ctx, r.end, sent.end)
        year = int(m.group("y")) if m and m.group("y") else attached.year if attached and not attached.school else None
        if year is None:
            continue
        fact = {"kind": "role", "cluster": cluster, "year": year, "role": r.value, "member": member(own)}
        if m:
            out.append(Candidate(fact, m.start("w"), r.end, "role.page_unit", 1))
        else:
            out.append(Candidate(fact, r.start, post.end("w"), "role.page_unit", 1))  # type: ignore[union-attr]
    return out


_YEAR_ITEM = re.compile(r"(?m)^[ \t]*[-+•*–][ \t]*(?:nam\s+)?((?:19|20)\d\d)\s*[:–-]\s*")  # ("- 2017 – X" too)


def _history_items(ctx: Context) -> list[Candidate]:
    """'Đơn vị Cụm trưởng những năm gần đây' + '- Năm 2022: Sở Y tế thành phố Cần Thơ' items."""
    an = ctx.an
    out: list[Candidate] = []
    for m in _YEAR_ITEM.finditer(an.sh, 0, an.end):
        unit = next((u for u in an.units if u.start == m.end()), None)
        if unit is None:
            continue
        # (the index of the item's sentence, or of the first after it when the bullet stands between sentences)
        i = bisect.bisect_left(an.sentence_starts, an.sentence_at(m.start()).start)
        header = None
        while i > 0:
            i -= 1
            prev = an.sentences[i]
            if not re.match(r"\s*[-+•*–]", an.text[prev.start : prev.end]):
                header = prev
                break
        if header is None or any(header.start <= u.start < header.end for u in an.units):
            continue
        named = {r.value for r in an.roles if header.start <= r.start < header.end}
        if len(named) != 1 or len(an.text[header.start : header.end]) > 120:
            continue
        cluster = ctx.clusters.at(an, header.start)
        if cluster is None:
            continue
        year, role = int(m.group(1)), named.pop()
        fact = {"kind": "role", "cluster": cluster, "year": year, "role": role, "member": member(unit)}
        out.append(Candidate(fact, m.start(), unit.end, "role.history_item", 2))
    return out


# "Năm 2020, X làm Cụm trưởng; năm 2021 là Y; năm 2022, Z đảm nhận vai trò này" (and "năm 2021, nhiệm vụ
# này do Y đảm nhận"): the role of the sentence's first clause, for each year that follows
_ELLIPSIS = re.compile(
    r"(?:;|,(?=\s*(?:va\s+nam\s|nam\s+(?:19|20)\d\d\s*(?:,|la\s|den\s+luot\s))))\s*(?:va\s+|con\s+)?(?:nam\s+(?P<y>(?:19|20)\d\d))\s*(?:,\s*|\s+la\s+|\s+)"
    # ("; năm 2018, nhiệm vụ này thuộc về X, và năm 2019 đến lượt Y đảm nhận")
    r"(?:(?:vai\s+tro|nhiem\s+vu)\s+nay\s+(?:do|thuoc\s+ve)\s+|den\s+luot\s+)?(?P<u>)"
)
_ELLIPSIS_TAIL = re.compile(
    r"\s*(?:(?:da\s+)?(?:dam\s+nhan|dam\s+nhiem|dam\s+duong|tiep\s+nhan|giu)(?:\s+(?:vai\s+tro|nhiem\s+vu)\s+nay)?)?"
    r"\s*(?:[;.\"”]|,(?=\s*(?:va\s+nam\s|nam\s+(?:19|20)\d\d\s*(?:,|la\s|den\s+luot\s)))|$)"
)


def _rotation_ellipsis(ctx: Context) -> list[Candidate]:
    an = ctx.an
    out: list[Candidate] = []
    for m in _ELLIPSIS.finditer(an.sh, 0, an.end):
        sent = an.sentence_at(m.start())
        unit = next((u for u in an.units if u.start == m.end("u")), None)
        if unit is None or not _ELLIPSIS_TAIL.match(an.sh, unit.end, sent.end):
            continue
        earlier = [r for r in an.roles if sent.start <= r.start < m.start()]
        if not earlier or len({r.value for r in earlier}) != 1:
            continue
        # the first clause states a role with its own year: "Năm 2020, X làm Cụm trưởng"
        first = an.sh[sent.start : m.start()]
        if not re.search(r"(?<![a-z])nam\s+(?:19|20)\d\d", first):
            continue
        cluster = ctx.clusters.at(an, earlier[0].start)
        if cluster is None:
            continue
        fact = {
            "kind": "role",
            "cluster": cluster,
            "year": int(m.group("y")),
            "role": earlier[0].value,
            "member": member(unit),
        }
        out.append(Candidate(fact, m.start() + 1, unit.end, "role.rotation_ellipsis", 2))
    return out


# (items may be numbered or bulleted lines: ":\n1. Năm 2021: Cục Thuế tỉnh X;\n2. Năm 2022: ...")
_ORDER_ITEM = re.compile(
    r"\s*(?:[,;:]|\.(?=[ \t]*\n)|(?<![a-z])va)\s*(?:va\s+|\d{1,2}\s*[.)]\s*|[-+•*]\s*)?"
    r"nam\s+((?:19|20)\d\d)\s*(?:la|:|-|–)\s*"
)


_PAREN_ITEM_SEP = re.compile(r"\s*(?:[,;:]|(?<![a-z])va)\s*(?:va\s+)?")
_PAREN_YEAR = re.compile(r"\s*\(\s*(?:nam\s+)?((?:19|20)\d\d)\s*\)")


def _paren_year_items(ctx: Context, r: Mention, cluster: dict, colon: int, end: int) -> list[Candidate]:
    """ "nhiệm vụ Khối trưởng được luân phiên theo thứ tự: Bắc Giang (2013), Lạng Sơn (2014), Thái Nguyên (2015)":
    units or bare province names (of the cluster's bloc), each with its year in brackets; three items at least."""
    an = ctx.an
    units = {u.start: u for u in an.units}
    provinces = {p.start: p for p in an.provinces}
    items: list[tuple[int, int, int, dict]] = []
    pos = colon
    while pos < end:
        sep = _PAREN_ITEM_SEP.match(an.sh, pos)
        if sep is None:
            break
        at = sep.end()
        unit, prov = units.get(at), provinces.get(at)
        if unit is not None:
            who, stop = member(unit), unit.end
        elif prov is not None and ctx.clusters.bloc is not None:
            who, stop = member_of(ctx.clusters.bloc, prov.value), prov.end
        else:
            break
        y = _PAREN_YEAR.match(an.sh, stop)
        if y is None:
            break
        items.append((int(y.group(1)), at, y.end(), who))
        pos = y.end()
    if len(items) < 3:
        return []
    out = []
    for year, at, stop, who in items:
        fact = {"kind": "role", "cluster": cluster, "year": year, "role": r.value, "member": who}
        out.append(Candidate(fact, at, stop, "role.rotation_order", 2))
    return out


def _rotation_order(ctx: Context) -> list[Candidate]:
    """'vai trò Trưởng Cụm luân phiên theo thứ tự: năm 2019 là KBNN Hà Tĩnh, năm 2020 là KBNN Quảng
    Bình': the role, then a colon, then one 'năm N là X' item per year."""
    an = ctx.an
    out: list[Candidate] = []
    roles = an.roles
    for r in roles:
        sent = an.sentence_at(r.start)
        colon = an.sh.find(":", r.end, min(sent.end, r.end + 80))
        if colon < 0 or any(r.end <= u.start < colon for u in an.units):
            continue
        if any(r.end <= q.start < colon for q in roles):
            continue
        if any(
            sent.start <= q.start and q.end <= r.start and _ROLE_LIST_SEP.match(an.sh[q.end : r.start]) for q in roles
        ):
            continue  # "luân phiên Cụm trưởng, Cụm phó như sau:": items name both, each with its own role
        cluster = ctx.clusters.at(an, r.start)
        if cluster is None:
            continue
        pos = colon
        out.extend(_paren_year_items(ctx, r, cluster, colon, sent.end))
        while True:
            m = _ORDER_ITEM.match(an.sh, pos)
            unit = next((u for u in an.units if m and u.start == m.end()), None)
            if unit is None:
                break
            line_end = an.sh.find("\n", unit.end)
            line_end = len(an.sh) if line_end < 0 else line_end
            if any(unit.end <= q.start < line_end for q in an.roles) and "\n" in an.sh[pos : unit.start]:
                break  # "- Năm 2026: X làm Cụm trưởng, Y làm Cụm phó": an item with its own roles
            year = int(m.group(1))
            fact = {"kind": "role", "cluster": cluster, "year": year, "role": r.value, "member": member(unit)}
            out.append(Candidate(fact, m.start(1), unit.end, "role.rotation_order", 2))
            pos = unit.end
    return out


_LABEL_LINE = re.compile(r"[ \t]*(?:[-+•*][ \t]*)?$")


def _label_lines(ctx: Context) -> list[Candidate]:
    """A page's definition list flattened into lines: '- Cụm trưởng năm 2022' then '- Sở Nội vụ tỉnh X (...)'."""
    an = ctx.an
    out: list[Candidate] = []
    for r in an.roles:
        line_start = an.text.rfind("\n", 0, r.start) + 1
        line_end = an.text.find("\n", r.end)
        line_end = len(an.text) if line_end < 0 else line_end
        if not _LABEL_LINE.match(an.sh, line_start, r.start):
            continue
        after = re.match(r"\s*(?:nam\s+(?P<y>(?:19|20)\d\d))?\s*:?\s*$", an.sh[r.end : line_end])
        if not after:
            continue
        nxt = re.compile(r"\s*(?:[-+•*]\s*)?").match(an.sh, line_end)
        unit = next((u for u in an.units if u.start == nxt.end()), None) if nxt else None
        if unit is None or "\n" not in an.text[line_end : unit.start]:
            continue
        cluster = ctx.clusters.at(an, r.start)
        if cluster is None:
            continue
        year = int(after.group("y")) if after.group("y") else None
        fact = {"kind": "role", "cluster": cluster, "year": year, "role": r.value, "member": member(unit)}
        out.append(Candidate(fact, r.start, unit.end, "role.label_line", 2))
    return out


def _table_facts(ctx: Context) -> list[Candidate]:
    """A decision's table flattened into text: a header line whose cells name the roles
    (``STT | Cụm thi đua | Cụm trưởng | Cụm phó``), then one line per cluster with as many cells
    (``1 | Cụm số 1 | Sở ... X | Sở ... Y``). The year is the one the lines before the table state."""
    an = ctx.an
    out: list[Candidate] = []
    lines = line_spans(an.text)
    i = 0
    while i < len(lines):
        a, b = lines[i]
        i += 1
        if an.sh.count("|", a, b) < 2:
            continue
        cells = table_cells(an.sh, a, b)
        columns = {}
        for ci, (c0, c1) in enumerate(cells):
            found = [r for r in an.roles if c0 <= r.start and r.end <= c1]
            # (one role, or one role named two ways: "| Cụm trưởng (Khối trưởng) |")
            if found and len({r.value for r in found}) == 1:
                columns[ci] = found[0]
        if not columns:
            out.extend(_year_column_cells(ctx, lines, i, cells))
            continue
        # "| Năm | Cụm số 4 – Cụm trưởng | Cụm số 4 – Cụm phó | Cụm số 5 – Cụm trưởng | ... |": each column's cluster
        col_cluster = {
            ci: ctx.clusters.ref_of(named[0])
            for ci in columns
            if len(named := [c for c in ctx.clusters.mentions if cells[ci][0] <= c.start < cells[ci][1]]) == 1
        }
        # a decision's table (no meeting in the article): the year the notice is for, as its lead
        # says; otherwise the year the lines just before the table state
        notice = ctx.conference_day is None and ctx.reviews_year is None
        # (but a year the caption just above the table states wins: "giao nhiệm vụ ... năm 2018 như sau:")
        year = _caption_year(ctx, a) or (lede_year(ctx) if notice else None) or _table_year(ctx, a)
        # "| Năm | Cụm trưởng | Cụm phó |": a history, one year per row, of the cluster the page is about
        year_col = next((ci for ci, (c0, c1) in enumerate(cells) if re.fullmatch(r"\s*nam\s*", an.sh[c0:c1])), None)
        carried = None  # the cluster of the last labelled row
        label_col = next((ci for ci, (c0, c1) in enumerate(cells) if _CLUSTER_HEADER.fullmatch(an.sh, c0, c1)), None)
        while i < len(lines):
            r0, r1 = lines[i]
            if not an.sh[r0:r1].strip():
                i += 1  # blank lines between rows
                continue
            if an.sh.count("|", r0, r1) != len(cells) - 1:
                break
            i += 1
            row = table_cells(an.sh, r0, r1)
            named = [c for c in ctx.clusters.mentions if r0 <= c.start < r1]
            cluster = ctx.clusters.ref_of(named[0]) if len(named) == 1 else None
            label = None
            if not named:
                # "| Số 7 (8 đơn vị) | ... |": the row's label numbers its cluster
                label = next((m for c0, c1 in row[:2] if (m := _ROW_LABEL.fullmatch(an.sh, c0, c1))), None)
                if label is None and label_col is not None:
                    # "| Cụm | Cụm trưởng | Cụm phó |" over "| II | Sở ... | Sở ... |": a bare number under "Cụm"
                    label = _BARE_LABEL.fullmatch(an.sh, *row[label_col])
                if label is not None:
                    raw = label.group(1)
                    cluster = carried = ctx.clusters.ref(int(raw) if raw.isdigit() else roman_to_int(raw.upper()))
                elif year_col is not None and carried is not None and not an.sh[slice(*row[year_col - 1])].strip():
                    # "| Số 1 | 2025 | ... |" then "|  | 2026 | ... |": an empty label cell is the row above's cluster
                    cluster = label = carried
            row_year = year
            if year_col is not None and not named:
                y = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", an.sh[slice(*row[year_col])])
                if y is None:
                    continue
                if label is None:
                    cluster = _caption_cluster(ctx, a) or ctx.clusters.at(an, a)
                row_year = int(y.group(1))
            if cluster is None and not col_cluster:
                continue
            for ci, role in columns.items():
                cell_cluster = col_cluster.get(ci) or cluster
                if cell_cluster is None:
                    continue
                # "| Cụm trưởng năm 2025 |": the column's own year
                # ("| Cụm trưởng năm 2017 (6) |": a decision's annex numbers its columns)
                own = re.match(r"\s*nam\s+((?:19|20)\d\d)\s*(?:\(\d{1,2}\)\s*)?$", an.sh[role.end : cells[ci][1]])
                c0, c1 = row[ci]
                units = [u for u in an.units if c0 <= u.start and u.end <= c1]
                provs = [p for p in an.provinces if c0 <= p.start and p.end <= c1]
                if len(units) == 1:
                    who = member(units[0])
                elif not units and len(provs) == 1 and _BARE_PROVINCE_CELL.fullmatch(an.sh, c0, provs[0].start):
                    # "| Cụm thi đua số I | ... | Lạng Sơn |": the cluster's bloc in that province
                    who = member_of(vocabularies().lookup("agency", cell_cluster["bloc"]).notation, provs[0].value)
                else:
                    continue
                year_of = int(own.group(1)) if own and year_col is None else row_year
                fact = {"kind": "role", "cluster": cell_cluster, "year": year_of, "role": role.value, "member": who}
                out.append(Candidate(fact, r0, r1, "role.table", 2))
    return out



# "| Lạng Sơn |", "| tỉnh Lạng Sơn |" (not "| Trường Đại học Văn hóa TP. Hồ Chí Minh |": a national unit)
_BARE_PROVINCE_CELL = re.compile(r"\s*(?:(?:tinh|thanh\s+pho|tp\s*\.?)\s*)?")
_YEAR_HEADER = re.compile(r"\s*nam\s+((?:19|20)\d\d)\s*")
_COLUMN_GAP = re.compile(r"[ \t]{2,}")


def _columns(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a line whose columns are aligned with runs of spaces ("1     2022    BHXH tỉnh X    BHXH Y")."""
    cells, start = [], a
    for m in _COLUMN_GAP.finditer(text, a, b):
        if m.start() > start:
            cells.append((start, m.start()))
        start = m.end()
    if b > start:
        cells.append((start, b))
    return cells


def _spaced_table(ctx: Context) -> list[Candidate]:
    """A plan's rotation table in plain text, its columns aligned with spaces: a header line with "Năm" and the role
    columns ("TT    Năm     Đơn vị Cụm trưởng      Đơn vị Cụm phó"), then one line per year. Why: tables copied from a
    document keep their layout as runs of spaces, not pipes."""
    an = ctx.an
    out: list[Candidate] = []
    lines = line_spans(an.text[: an.end])
    for i, (a, b) in enumerate(lines):
        cells = _columns(an.text, a, b)
        if len(cells) < 3:
            continue
        year_col = next((ci for ci, (c0, c1) in enumerate(cells) if re.fullmatch(r"\s*nam\s*", an.sh[c0:c1])), None)
        roles = {}
        for ci, (c0, c1) in enumerate(cells):
            found = {r.value for r in an.roles if c0 <= r.start < c1}
            if len(found) == 1:
                roles[ci] = found.pop()
        if year_col is None or len(roles) < 1:
            continue
        cluster = ctx.clusters.at(an, a)
        if cluster is None:
            continue
        for r0, r1 in lines[i + 1 :]:
            row = _columns(an.text, r0, r1)
            if len(row) != len(cells):
                break
            y = re.fullmatch(r"\s*((?:19|20)\d\d)\s*", an.sh[slice(*row[year_col])])
            if y is None:
                break
            for ci, role in roles.items():
                units = [u for u in an.units if row[ci][0] <= u.start and u.end <= row[ci][1]]
                if len(units) == 1:
                    fact = {"kind": "role", "cluster": cluster, "year": int(y.group(1)), "role": role}
                    fact["member"] = member(units[0])
                    out.append(Candidate(fact, r0, r1, "role.spaced_table", 2))
    return out


_ROW_LABEL = re.compile(r"\s*(?:(?:cum|khoi)(?:\s+thi\s+dua)?\s+)?so\s+(\d{1,2}|[ivx]{1,5})\s*(?:\([^()]{0,30}\)\s*)?")
_ROLE_LABEL = re.compile(r"\s*:\s*")
_CLUSTER_HEADER = re.compile(r"\s*(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s*")
_BARE_LABEL = re.compile(r"\s*(\d{1,2}|[ivx]{1,5})\s*")


def _year_column_cells(ctx: Context, lines, i: int, header: list[tuple[int, int]]) -> list[Candidate]:  # type: ignore[no-untyped-def]
    """``| Cụm | Thành viên | Năm 2025 | Năm 2026 |`` then ``| Số 2 | ... | Cụm trưởng: X; Cụm phó: Y | ... |``: a
    rotation table with one column per year, each cell labelling its units with their roles."""
    an = ctx.an
    years = {ci: int(m.group(1)) for ci, (c0, c1) in enumerate(header) if (m := _YEAR_HEADER.fullmatch(an.sh, c0, c1))}
    if not years:
        return []
    out: list[Candidate] = []
    for r0, r1 in lines[i:]:
        if not an.sh[r0:r1].strip():
            continue
        if an.sh.count("|", r0, r1) != len(header) - 1:
            break
        row = table_cells(an.sh, r0, r1)
        named = [c for c in ctx.clusters.mentions if r0 <= c.start < r1]
        label = next((m for c0, c1 in row if (m := _ROW_LABEL.fullmatch(an.sh, c0, c1))), None)
        if len(named) == 1 and not label:
            cluster = ctx.clusters.ref_of(named[0])
        elif label and not named:
            raw = label.group(1)
            cluster = ctx.clusters.ref(int(raw) if raw.isdigit() else roman_to_int(raw.upper()))
        else:
            continue
        if cluster is None:
            continue
        for ci, year in years.items():
            c0, c1 = row[ci]
            for role in (r for r in an.roles if c0 <= r.start and r.end <= c1):
                colon = _ROLE_LABEL.match(an.sh, role.end)
                unit = next((u for u in an.units if colon and u.start == colon.end() and u.end <= c1), None)
                if unit is None:
                    continue
                fact = {"kind": "role", "cluster": cluster, "year": year, "role": role.value, "member": member(unit)}
                out.append(Candidate(fact, role.start, unit.end, "role.table_year_cell", 2))
    return out


def _caption_cluster(ctx: Context, pos: int) -> dict | None:
    """The cluster the sentence just before a table names ("Thứ tự luân phiên ... của Cụm thi đua số 2 giai
    đoạn 2017 - 2019 như sau:"), for a table of years that names none."""
    an = ctx.an
    k = bisect.bisect_left(an.sentence_starts, pos)
    if not k:
        return None
    before = an.sentences[k - 1]
    named = [c for c in ctx.clusters.mentions if before.start <= c.start < before.end]
    return ctx.clusters.ref_of(named[-1]) if named else None


def _role_rows(ctx: Context) -> list[Candidate]:
    """A table of tasks, one role per row (``| Cụm trưởng | Sở VHTT&DL tỉnh Thái Bình |``) under
    "phân công nhiệm vụ của Cụm năm 2024:": the row's unit holds the role its first cell names."""
    an = ctx.an
    out: list[Candidate] = []
    pos, t0 = 0, None  # t0: where the table the line belongs to starts
    for line in an.text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if an.sh.count("|", a, b) < 2:
            if line.strip():
                t0 = None
            continue
        t0 = a if t0 is None else t0
        cells = [c for c in table_cells(an.sh, a, b) if an.sh[c[0] : c[1]].strip()]
        roles = [r for r in an.roles if a <= r.start < b]
        if len(cells) < 2 or len(roles) != 1:
            continue
        r = roles[0]
        c0, c1 = next(c for c in cells if c[0] <= r.start < c[1])
        label = re.fullmatch(r"\s*(?:nam\s+((?:19|20)\d\d)\s*)?", an.sh[r.end : c1])
        units = [u for u in an.units if a <= u.start < b and not c0 <= u.start < c1]
        if not label or an.sh[c0 : r.start].strip() or len(units) != 1:
            continue
        cluster = ctx.clusters.at(an, a)
        if cluster is None:
            continue
        notice = ctx.conference_day is None and ctx.reviews_year is None
        year = int(label.group(1)) if label.group(1) else (lede_year(ctx) if notice else None) or _table_year(ctx, t0)
        fact = {"kind": "role", "cluster": cluster, "year": year, "role": r.value, "member": member(units[0])}
        out.append(Candidate(fact, a, b, "role.table_row", 2))
    return out


_COMPARED = re.compile(r"(?<![a-z])(?:nhu|so\s+voi|giong(?:\s+nhu)?)\s+(?:(?:cua\s+)?nam\s+)?$")


def _caption_year(ctx: Context, pos: int) -> int | None:
    """The one year of the roles a caption just above a table announces: "... giao nhiệm vụ Cụm trưởng, Cụm phó
    năm 2018 như sau:", or that sentence followed by "Một số Cụm, Khối như sau:"."""
    an = ctx.an
    k = bisect.bisect_left(an.sentence_starts, pos)
    if k == 0:
        return None
    opener = an.sentences[k - 1]
    if not (an.text[opener.start : opener.end].rstrip().endswith(":") or "nhu sau" in an.sh[opener.start : opener.end]):
        return None
    for s in (opener, *an.sentences[max(0, k - 2) : k - 1]):
        if any(s.start <= r.start < s.end for r in an.roles):
            # (not a remark in brackets: "... thay cho Sở X (Cụm trưởng năm 2017)")
            years = {
                y.year
                for y in an.years
                if s.start <= y.start < s.end
                and not y.school
                and an.sh.count("(", s.start, y.start) == an.sh.count(")", s.start, y.start)
                # (nor a year compared with: "Các Cụm số III, IV được giữ nguyên thành phần như năm 2018")
                and not _COMPARED.search(an.sh, max(0, y.start - 20), y.start)
            }
            return years.pop() if len(years) == 1 else None
    return None


def _table_year(ctx: Context, pos: int) -> int | None:
    """The last year stated in the two sentences before a table (or in its header line)."""
    an = ctx.an
    before = [s for s in an.sentences if s.start < pos][-3:]
    if not before:
        return None
    years = [
        y
        for y in an.years
        if before[0].start <= y.start < pos + 200
        and y.start < before[-1].end
        and not _DOC_YEAR.search(an.sh, max(0, y.start - 50), y.start)
        and not _COMPARED.search(an.sh, max(0, y.start - 20), y.start)  # ("giữ nguyên thành phần như năm 2019")
    ]
    if not years:
        return lede_year(ctx)
    if years[-1].school:
        return None
    return years[-1].year


# "Quyết định số 2270/QĐ-KBNN năm 2016": the year of a document, not of the table below
_DOC_YEAR = re.compile(
    r"(?:quyet\s+dinh|nghi\s+dinh|thong\s+tu|ke\s+hoach|cong\s+van|huong\s+dan|chi\s+thi)\s+so\s+[0-9a-z/.đ-]+\s*$"
)


# "Là Cụm trưởng năm 2023, X ...", "Thay mặt đơn vị Cụm phó năm 2022, X ...": the role opens the sentence
# ("Với vai trò Cụm trưởng Cụm thi đua số 6 năm 2020, X đã ...", "Trên cương vị Cụm phó, X ...")
_IS_ROLE_LEAD = re.compile(
    # ("Năm 2018, với vai trò Cụm trưởng Cụm thi đua số 4 (...), Sở X đã ...": a year may open the sentence)
    r"\s*(?:(?:trong\s+)?nam\s+(?:19|20)\d\d\s*,\s*)?"
    r"(?:la|(?:thay\s+mat|dai\s+dien)(?:\s+cho)?|(?:voi|tren)\s+(?:vai\s+tro|cuong\s+vi|tu\s+cach)(?:\s+la)?|"
    # "Năm 2015, được Bộ Công an giao làm Cụm trưởng Cụm thi đua số 4 (...), Công an tỉnh X đã ..."
    r"duoc\s+(?:[^,.;:]{0,40}?\s)?(?:giao|bau|phan\s+cong)\s+"
    r"(?:lam|la|giu\s+vai\s+tro|dam\s+nhan(?:\s+vai\s+tro)?))\s+"
    r"(?:don\s+vi\s+)?"
)
# "Thay mặt đơn vị Cụm phó, đồng chí Phó Chủ tịch Ủy ban MTTQ tỉnh X": the person speaks for X
_REPRESENTS = re.compile(
    r"\s*(?:nam\s+\d{4}\s*)?,\s*(?:(?:ong|ba|dong\s+chi)\s+)?(?:(?:[a-z]+\s+){1,4}?[a-z]*\.?\s*,\s*)?"
    r"(?:lanh\s+dao|(?:pho\s+)?(?:chu\s+tich|giam\s+doc|cuc\s+truong|truong\s+ban|chanh\s+van\s+phong|bi\s+thu))?\s*"
)


def _group_facts(ctx: Context, group: list[Mention]) -> list[Candidate]:
    an = ctx.an
    first, last = group[0], group[-1]
    sent = an.sentence_at(first.start)
    clause_start = _clause_start(an, sent.start, first.start)
    pairs: list[tuple[Unit, Mention, str]] = []
    bracketed: dict[int, dict | None] = {}  # a unit's own cluster, in brackets after it
    right_is = [u for u in an.units if last.end <= u.start < sent.end]
    if len(group) == 1 and right_is and _RIGHT_IS.match(an.sh[last.end : right_is[0].start]):
        pairs = [(right_is[0], group[0], "role.is_unit")]
    elif (
        len(group) == 1
        and right_is
        and (lead := _IS_ROLE_LEAD.fullmatch(an.sh, sent.start, first.start))
        and (
            re.fullmatch(
                r"\s*(?:(?:cum|khoi)\s+thi\s+dua\s+)?(?:so\s+[0-9ivx]+\s*)?(?:nam\s+\d{4}\s*)?(?:\([^()]{0,80}\)\s*)?,\s*",
                an.sh[last.end : right_is[0].start],
            )
            or (
                lead.group(0).lstrip().startswith(("thay", "dai"))
                and _REPRESENTS.fullmatch(an.sh, last.end, right_is[0].start)
            )
        )
    ):
        pairs = [(right_is[0], group[0], "role.is_unit")]  # "Là Cụm trưởng, X ...", "Thay mặt Cụm phó, X"
    elif len(group) == 1 and right_is:
        # a hand-over names the receiver after "cho"; the giver on the left is not the holder
        gap = an.sh[last.end : right_is[0].start]
        if _HANDOVER_RIGHT.match(gap) and re.search(r"(?<![a-z])cho\s*$", gap):
            pairs = [(right_is[0], group[0], "role.handover")]
    if len(group) == 1 and not pairs and len(right_is) >= 2:
        # "chuyển giao (vai trò) Cụm trưởng từ X sang Y": Y holds it
        if re.match(r"^\s*(?:nam\s+\d{4}\s*)?tu\s+$", an.sh[last.end : right_is[0].start]) and re.match(
            r"^\s*(?:sang|cho)\s+$", an.sh[right_is[0].end : right_is[1].start]
        ):
            pairs = [(right_is[1], group[0], "role.handover")]
    # unit(s) to the left
    left = [] if pairs else [u for u in an.units if clause_start <= u.start and u.end <= first.start]
    # "X (nay thuộc Sở NN&MT tỉnh Y) làm Cụm trưởng": a unit inside a remark on X is not the subject
    left = [u for u in left if not _bracketed(an.sh, u, first.start)]
    if left and len(group) == 1 and _OPEN_REMARK.fullmatch(an.sh[left[-1].end : first.start]):
        # "Bắc Kạn (Cụm trưởng), Lạng Sơn (Cụm phó)": the parenthesis belongs to the item before it
        pairs = [(left[-1], group[0], "role.link")]
        left = []
    elif not pairs and len(group) == 1 and ctx.clusters.bloc:
        item = _bare_item(ctx, clause_start, first.start)
        if item is not None:
            pairs, left = [(item, group[0], "role.list_item")], []
    if left:
        u = left[-1]
        if _left_linked(ctx, u.end, first.start):
            units = [u]
            # "X và Y – đơn vị Cụm trưởng ...": an apposition after a dash or comma is of the nearest unit
            apposed = len(group) == 1 and re.match(r"\s*[-–—,]\s*(?:la\s+)?don\s+vi\s", an.sh[u.end : first.start])
            for v in [] if apposed else reversed(left[:-1]):
                if any(clause_start <= r.start and r.end <= v.start for r in an.roles):
                    break  # "giao Cụm trưởng cho X, Y với vai trò Cụm phó": X took the role told before it
                if _UNIT_LIST_SEP.match(an.sh[v.end : units[0].start]) and not after_tai(an, v.start):
                    units.insert(0, v)
                else:
                    break
            if len(units) == len(group):
                # "các tỉnh X, Y ... làm Cụm trưởng, Cụm phó": one role each, in order
                pairs = [(u, r, "role.link") for u, r in zip(units, group, strict=True)]
            # several units and one role ("X và Y làm Cụm phó"), or counts that differ: ambiguous
    if not pairs and len(group) >= 2:
        # "Cụm trưởng, Cụm phó năm 2017 lần lượt là X và Y": one unit each, in order
        right = [u for u in an.units if last.end <= u.start < sent.end][: len(group)]
        if (
            len(right) == len(group)
            and _RESPECTIVELY.match(an.sh, last.end, right[0].start)
            and all(_UNIT_LIST_SEP.match(an.sh[a.end : b.start]) for a, b in pairwise(right))
        ):
            pairs = [(u, r, "role.respectively") for u, r in zip(right, group, strict=True)]
    if not pairs:
        # unit to the right: "Cụm trưởng (năm N) là X", "Cụm trưởng – X", hand-over "... cho X"
        sent_end = sent.end
        right = [u for u in an.units if last.end <= u.start < sent_end]
        if right and _HANDOVER_RIGHT.match(an.sh[last.end : right[0].start]) and len(group) == 1:
            gap = an.sh[last.end : right[0].start]
            rule = "role.handover" if re.search(r"\bcho\b", gap) else "role.before_unit"
            if not re.search(r"(?<![a-z])do\s*$", gap) or _DO_HOLDS.match(an.sh, right[0].end):
                pairs = [(right[0], group[0], rule)]
            if pairs and re.search(r":\s*$", gap):
                # "Giao nhiệm vụ Cụm trưởng năm 2017 cho: X (Cụm thi đua số I); Y (Cụm thi đua số II)": one head each,
                # of the cluster in its brackets
                items = [right[0]]
                for u in right[1:]:
                    if not _BRACKETED_ITEM_SEP.fullmatch(an.sh, items[-1].end, u.start):
                        break
                    items.append(u)
                if len(items) > 1 and all(ctx.clusters.in_parens(an, u.end) is not None for u in items):
                    pairs = [(u, group[0], rule) for u in items]
                    bracketed = {u.start: ctx.clusters.ref_of(ctx.clusters.in_parens(an, u.end)) for u in items}
    out = []
    if _names_other_cluster(an, last):
        return out
    for unit, role, rule in pairs:
        cluster = ctx.clusters.at(an, role.start)
        # "X (Cụm trưởng Cụm III) và Y, Cụm trưởng Cụm thi đua số IV": the cluster the role names is its own
        named = bracketed.get(unit.start) or _named_after(ctx, role) or _clause_cluster(ctx, sent, role)
        if named is not None:
            cluster = named
        if cluster is not None and _other_sector(unit, cluster) and named is None:
            # a roundup of two clusters numbered 2 of two sectors: the last one named of the unit's own sector
            cluster = own_sector_cluster(ctx, unit, role.start) or cluster
        if cluster is None or _other_sector(unit, cluster):
            continue
        year, how = _year(ctx.for_cluster(cluster), unit, role, group, sent)
        if how == "drop":
            continue
        start, end = min(unit.start, role.start), max(unit.end, role.end)
        start, end = _extend(an, sent.start, sent.end, start, end)
        fact = {"kind": "role", "cluster": cluster, "year": year, "role": role.value, "member": member(unit)}
        strength = 3 if how == "attached" else 2 if how in ("election", "parallel", "lead") else 1
        school = _attached_school(ctx, group, role, sent) if how == "school" else None
        out.append(Candidate(fact, start, end, f"{rule}.{how}", strength, school_year=school))
    return out


_BRACKETED_ITEM_SEP = re.compile(r"\s*\([^()\n]{3,60}\)\s*[;,]\s*(?:va\s+)?")


def _named_after(ctx: Context, role: Mention) -> dict | None:
    """The cluster named right after the role word ("Cụm trưởng Cụm thi đua số IV"), resolved."""
    an = ctx.an
    for c in ctx.clusters.mentions:
        # (the role's words may run into it: "Cụm trưởng Cụm thi đua" + "Cụm thi đua số IV")
        if role.start < c.start < role.end or (
            role.end <= c.start <= role.end + 6 and re.fullmatch(r"\s*(?:cua\s+)?", an.sh[role.end : c.start])
        ):
            return ctx.clusters.ref_of(c)
    return None


def _clause_cluster(ctx: Context, sent, role: Mention) -> dict | None:  # type: ignore[no-untyped-def]
    """The one cluster the role's clause names, in a sentence that names several ("giao X làm Cụm trưởng, Y
    làm Cụm phó Cụm thi đua số 4 năm 2016; giao Z làm Cụm trưởng, W làm Cụm phó Cụm thi đua số 5 năm 2016")."""
    an = ctx.an
    inside = [c for c in ctx.clusters.mentions if sent.start <= c.start < sent.end]
    if len({c.number for c in inside}) < 2:
        return None
    a = an.sh.rfind(";", sent.start, role.start) + 1 or sent.start
    b = an.sh.find(";", role.end, sent.end)
    b = sent.end if b < 0 else b
    refs = {repr(r): r for c in inside if a <= c.start < b and (r := ctx.clusters.ref_of(c)) is not None}
    return next(iter(refs.values())) if len(refs) == 1 else None


def _bracketed(sh: str, u: Unit, limit: int) -> bool:
    """``u`` stands inside a parenthesis that closes before ``limit``."""
    opening = sh.rfind("(", max(0, u.start - 60), u.start)
    if opening < 0 or sh.find(")", opening, u.start) >= 0:
        return False
    close = sh.find(")", u.end, limit)
    return close >= 0 and sh.rfind("(", u.end, close) < 0


# "Bắc Kạn (Cụm trưởng)", "Cà Mau (đơn vị Cụm phó)": a role in the bracket after an item
# ("X (Cụm trưởng)", "X (đơn vị Cụm trưởng ...)", "X (đồng thời là Cụm trưởng năm 2017)")
_OPEN_REMARK = re.compile(r"\s*\(\s*(?:(?:dong\s+thoi\s+)?la\s+)?(?:don\s+vi\s+)?")


def _bare_item(ctx: Context, clause_start: int, pos: int) -> Unit | None:
    """'Sở TT&TT các địa phương: ...; - Bình Phước (Cụm phó); ...': a bare province item of a member list
    with its role in brackets is the cluster's bloc in that province."""
    an = ctx.an
    prov = [p for p in an.provinces if clause_start <= p.start and p.end <= pos]
    if not prov or not _OPEN_REMARK.fullmatch(an.sh[prov[-1].end : pos]):
        return None
    p = prov[-1]
    if any(u.start <= p.start < u.end for u in an.units):
        return None
    line = an.text.rfind("\n", 0, p.start) + 1
    before = an.sh[max(line, p.start - 40) : p.start]
    if not re.search(r"(?:^[ \t]*[-+•*–][ \t]*|[,;:][ \t]*|(?<![a-z])va\s+)$", before):
        return None  # an item: after a bullet, a comma, a semicolon, a colon or "và"
    agency = vocabularies().lookup("agency", ctx.clusters.bloc).notation
    return Unit(p.start, p.end, agency, p.value, -1, explicit_agency=False)


def _other_sector(unit: Unit, cluster: dict) -> bool:
    """A unit whose agency belongs to another authority than the cluster's ('BHXH tỉnh X giữ vai trò
    Khối trưởng' of a province's bloc, told in a page about the Sở Nội vụ cluster) is not its head."""
    from thidua.vocab import default_authority

    if vocabularies().lookup("agency", cluster["bloc"]).notation == unit.agency:
        return False  # the cluster's own bloc, whatever authority the article names for it
    own = default_authority(unit.agency)
    return own is not None and own != vocabularies().lookup("authority", cluster["authority"]).notation


def _names_other_cluster(an, role: Mention) -> bool:  # type: ignore[no-untyped-def]
    """'Khối trưởng Khối thi đua các Sở, ngành tỉnh': a named bloc of the province, not the
    numbered cluster the article is about."""
    ends_with_cluster = bool(re.search(r"thi\s+dua$", an.sh[role.start : role.end]))
    after = an.sh[role.end : role.end + 40]
    numbered = re.compile(r"[^()]{0,100}\(\s*(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s+[0-9ivx]+\s*\)")
    if numbered.match(an.sh, role.end, role.end + 130):
        return False  # "Cụm thi đua các LĐLĐ tỉnh, thành phố duyên hải miền Trung (Cụm 4)": a numbered cluster
    if ends_with_cluster:
        return bool(re.match(r"\s*(?:cac|cua\s+cac|khu\s+vuc|nganh|tinh)\s", after))
    return bool(re.match(r"\s*(?:cum|khoi)\s+thi\s+dua\s+(?:cac|cua\s+cac|khu\s+vuc|nganh)\s", after))


def _clause_start(an, sent_start: int, pos: int) -> int:  # type: ignore[no-untyped-def]
    semi = an.sh.rfind(";", sent_start, pos)
    return semi + 1 if semi >= 0 else sent_start


def _left_linked(ctx: Context, a: int, b: int) -> bool:
    an = ctx.an
    # "Phó Giám đốc Sở Tư pháp tỉnh Khánh Hòa Lê Quang V. (đơn vị Cụm phó)": a person's name, then the role
    # (or "Giám đốc Sở TT&TT Bình Định Nguyễn Văn Q., đơn vị Cụm trưởng")
    name = re.match(r"\s*((?:\w+\.?\s*){1,5}?)[(,]", an.text[a:b])
    if name and name.group(1).strip() and all(t[0].isupper() for t in name.group(1).split()):
        a += name.end() - 1
    else:
        # ("Chủ tịch LĐLĐ tỉnh Ninh Bình, bà Đinh Thị L., Cụm trưởng năm 2023": the person, set off by commas)
        named = re.match(r"\s*,\s*(?:[ôÔ]ng|[bB]à|[đĐ]ồng\s+chí)\s+((?:\w+\.?\s*){1,5}?)(?=,)", an.text[a:b])
        if named and all(t[0].isupper() for t in named.group(1).split()):
            a += named.end()
    if b - a > 80:
        return False
    gap = mask(an.sh, a, b, [*an.authorities])
    # "X (Cụm phó năm 2016) được bầu làm Cụm trưởng": the unit's former role, in brackets, is not in the way
    gap = re.sub(r"^\s*\([^()]{0,60}\)", " ", gap)
    if _VOTE_ITEM.fullmatch(gap) and re.search(r"(?:^|\n)[ \t]*[-+•*][ \t][^\n]*$", an.text[max(0, a - 120) : a]):
        # minutes' vote items: "- Hội CCB tỉnh Lào Cai: 6/6 phiếu, trúng cử Cụm trưởng."
        return True
    if re.fullmatch(r"\s*:\s*", gap):
        # "- Hội CCB tỉnh Phú Thọ: Cụm trưởng;": a bulleted unit, then its role alone on the line
        # (the unit's name may be broken over two lines: "- Hội CCB tỉnh Vĩnh" + "Phúc: Cụm phó.")
        rest = re.match(r"[^\n]*", an.sh[b:]).group()  # type: ignore[union-attr]
        tail = re.sub(r"^\s*(?:pho\s+)?(?:cum|khoi)\s+(?:truong|pho)", "", rest)
        item = re.search(r"(?:^|\n)[ \t]*[-+•*–][ \t][^\n;:.]*(?:\n[^\n;:.]*)?$", an.text[max(0, a - 120) : a])
        return item is not None and bool(re.fullmatch(r"\s*[;.]?\s*", tail))
    if re.search(r"[;:.]", gap):
        return False
    gap = re.sub(r"nhan\s+(?:ban\s+giao|co)(?![a-z])", "nhan", gap)
    gap = re.sub(r"(?<![a-z])bo\s+truong(?![a-z])", " ", gap)  # "được Bộ trưởng giao làm"
    # "được Trung ương Hội tin tưởng giao làm", "được các đơn vị bạn tín nhiệm suy tôn làm", "đang là",
    # "do X tổ chức với tư cách đơn vị giữ vai trò Cụm trưởng"
    gap = _LINK_PHRASES.sub(" ", gap)
    return all(w in _LEFT_LINK for w in re.findall(r"[a-z0-9]+", gap))


_VOTE_ITEM = re.compile(
    r"\s*:\s*\d{1,2}\s*/\s*\d{1,2}\s+phieu(?:\s*\([^()]{0,12}\))?\s*,\s*(?:trung\s+cu|duoc\s+bau)(?:\s+lam)?\s*"
)


def _in_open_bracket(sh: str, start: int, pos: int) -> bool:
    """``pos`` is inside a bracket opened after ``start`` and not yet closed."""
    opened = sh.rfind("(", start, pos)
    return opened >= 0 and ")" not in sh[opened:pos]


_SCHOOL_YEAR_WORDS = re.compile(r"(?<![a-z])nam\s+hoc\s+(?:vua\s+qua|truoc|nay|moi)(?![a-z])")
_NEIGHBOUR_YEAR = re.compile(
    r"nam\s+((?:19|20)\d\d)\s*,?\s*(?:(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so\s+[0-9ivx]+)?\s+)?(?:do|voi|khi)\s+$"
)


_YEAR_HEADING = re.compile(r"[ \t]*(?:[-+•*][ \t]*)?nam[ \t]+((?:19|20)\d\d)[ \t]*:?[ \t]*")
_CLAUSE_LEAD_YEAR = re.compile(r"\s*(?:(?:sang|den|toi|con|va)\s+)?(?:trong\s+)?nam\s+((?:19|20)\d\d)(?![\d-])\s*,?\s")


def _year(ctx: Context, unit: Unit, role: Mention, group: list[Mention], sent) -> tuple[int | None, str]:  # type: ignore[no-untyped-def]
    an = ctx.an
    # 1. attached to the role or to its list
    y = _attached(ctx, group[-1].end, sent.end)
    if y is None:
        y = _attached(ctx, role.end, sent.end)
    if y is not None:
        return (None, "school") if y.school else (y.year, "attached")
    if _SCHOOL_YEAR_WORDS.search(an.sh, role.end, sent.end):
        return None, "school"  # ("X đồng thời là Cụm trưởng Cụm thi đua số 4 ... trong năm học vừa qua")
    # "năm 2017 vai trò Cụm trưởng sẽ do X đảm nhận": the year written right before the role
    pre = _YEAR_BEFORE_ROLE.search(an.sh, max(sent.start, group[0].start - 40), group[0].start)
    if pre and not _ELECTION.search(an.sh, pre.end(), group[0].start):
        return int(pre.group(1)), "attached"
    if an.published and _THIS_YEAR.match(an.sh, role.end, sent.end):
        return int(an.published[:4]), "attached"  # "Sở TT&TT Nghệ An, đơn vị Cụm trưởng năm nay": the page's year
    # "X (Trưởng Cụm năm 2024) và Y, Cụm phó cùng năm": the year of the role told before
    if re.match(r"\s*cung\s+nam(?![a-z])", an.sh[role.end : role.end + 12]):
        for r in reversed([r for r in an.roles if sent.start <= r.start < role.start]):
            y = _attached(ctx, r.end, sent.end)
            if y is not None:
                return (None, "school") if y.school else (y.year, "attached")
    # 2. a later role clause in the same sentence carries the year ("X làm Cụm trưởng; Y làm Cụm phó ... năm N")
    later = [r for r in an.roles if group[-1].end < r.start < sent.end and r.value != role.value]
    if _LEAD_YEAR.match(an.sh[sent.start : sent.end]):
        # "Năm 2017, X giữ vai trò Khối trưởng, Y là Khối phó; hai đơn vị tiếp nhận từ Z, trưởng khối năm 2016":
        # the sentence's own year governs its clause, not a role told after the ';'
        later = [r for r in later if ";" not in an.sh[group[-1].end : r.start]]
    for r in later:
        if re.search(r"\(\s*$", an.sh[max(0, r.start - 3) : r.start]):
            continue  # "..., thay cho Y (Cụm trưởng năm 2020)": an aside on another unit
        opened = an.sh.rfind("(", group[-1].end, r.start)
        if opened >= 0 and ")" not in an.sh[opened : r.start]:
            continue  # ("X làm Cụm phó (thay cho Y, đơn vị Cụm trưởng năm 2018)": the same, further in)
        y = _attached(ctx, r.end, sent.end)
        if y is not None:
            return (None, "school") if y.school else (y.year, "parallel")
    earlier = [r for r in an.roles if sent.start <= r.start < group[0].start and r.value != role.value]
    for r in reversed(earlier):
        y = _attached(ctx, r.end, sent.end)
        pre = _YEAR_BEFORE_ROLE.search(an.sh, max(sent.start, r.start - 40), r.start)
        if (
            y is None
            and pre
            and r is earlier[-1]
            and re.match(r"[^.;]{0,80}?,\s*$", an.sh[r.end : role.start])
            and not any(r.end <= z.start < role.start for z in an.years)
        ):
            return int(pre.group(1)), "parallel"  # "năm 2017 vai trò Cụm trưởng sẽ do X đảm nhận, Cụm phó là Y"
        if y is not None and re.match(r"^\s*,\s*$", an.sh[y.end : unit.start]):
            return (None, "school") if y.school else (y.year, "parallel")
        # "Cụm trưởng năm 2025 do X đảm nhận, Cụm phó là Y", "giao X làm Cụm trưởng năm 2025 và Y làm Cụm
        # phó": the clause after carries the same year
        if (
            y is not None
            and r is earlier[-1]
            and not re.search(r"\(\s*$", an.sh[max(0, r.start - 3) : r.start])  # "(Cụm trưởng năm 2023)": aside
            # (or further in one: "X là Cụm trưởng (thay Y, Cụm trưởng năm 2018); Z là Cụm phó")
            and not _in_open_bracket(an.sh, sent.start, r.start)
            and re.search(r"[,;]|(?<![a-z])va(?![a-z])", an.sh[y.end : role.start])
            and not any(y.end <= z.start < role.start for z in an.years)
            and not _HANDED.search(an.sh, y.end, role.start)
        ):
            return (None, "school") if y.school else (y.year, "parallel")
    # 3. "Năm N, ..." leading the sentence (or the clause: "Năm 2019, X là Cụm trưởng; sang năm 2020 giao Y làm Cụm
    # trưởng, Z làm Cụm phó")
    semi = an.sh.rfind(";", sent.start, min(unit.start, role.start))
    m = _CLAUSE_LEAD_YEAR.match(an.sh, semi + 1, sent.end) if semi >= 0 else None
    if m:
        return int(m.group(1)), "lead"
    m = _LEAD_YEAR.match(an.sh[sent.start : sent.end])
    if m:
        return int(m.group(1)), "lead"
    # "Năm 2019" as a heading line over "Cụm trưởng – X; Cụm phó – Y.": the heading's year, for its paragraph
    p0 = an.text.rfind("\n", 0, sent.start)
    h0 = an.text.rfind("\n", 0, p0) + 1 if p0 >= 0 else -1
    heading = _YEAR_HEADING.fullmatch(an.sh, h0, p0) if p0 >= 0 else None
    if heading and not any(p0 < y.start < role.start for y in an.years):
        return int(heading.group(1)), "lead"
    # "6. Điều hành Cụm năm 2011: Cụm trưởng – X; Cụm phó – Y": a label of the year opens the sentence
    m = _YEAR_LABEL.match(an.sh, sent.start, sent.end)
    if m and m.end() <= min(role.start, unit.start) and not any(m.end() <= z.start < role.start for z in an.years):
        return int(m.group(1)), "lead"
    # "Cụm thi đua số 1 năm 2026 gồm A, B, C; C là Cụm phó": the cluster of that year opens the sentence
    m = _CLUSTER_YEAR_OPENS.match(an.sh, sent.start, sent.end)
    if m and not _ELECTION.search(an.sh, sent.start, role.end):
        return int(m.group(1)), "lead"
    # "... xác định Cụm thi đua số 5 năm 2026 gồm A, B và C; trong đó A làm Cụm trưởng": the make-up's year
    among = list(_CLUSTER_YEAR_AMONG.finditer(an.sh, sent.start, unit.start))
    if among and not _ELECTION.search(an.sh, among[-1].end(), role.end):
        return int(among[-1].group(1)), "lead"
    # "Theo phân công luân phiên, năm 2021 X giữ cương vị Cụm trưởng": the year right before the unit
    # (and the clauses after it: "..., Hội CCB tỉnh Bắc Kạn là Cụm phó")
    framed = list(_YEAR_BEFORE_UNIT.finditer(an.sh, sent.start, unit.start + 1))
    if framed:
        m = framed[-1]
        opens_unit = any(u.start == m.end() for u in an.units)
        if opens_unit and not any(m.end() <= y.start < unit.start for y in an.years):
            return int(m.group(1)), "lead"
    y = adverbial_year(an, sent.start, min(unit.start, role.start))
    if y is not None:
        return y, "lead"
    # 4. a neighbouring phrase: "giao ước thi đua năm N, do X làm Cụm trưởng", "Cụm ... năm N do X làm"
    before = an.sh[sent.start : unit.start]
    # ("tiếp nối kết quả năm 2024 khi X làm Cụm trưởng")
    # ("năm 2024 Cụm do X làm Cụm trưởng")
    m2 = _NEIGHBOUR_YEAR.search(before)
    if m2:
        return int(m2.group(1)), "neighbour"
    # "Cụm ... năm 2024 do X làm Cụm trưởng, Y làm Cụm phó": the second clause shares the first one's year
    first = next((u for u in an.units if sent.start <= u.start < unit.start), None)
    if first is not None and earlier and re.fullmatch(r"\s*(?:,|;|va)\s*", an.sh[earlier[-1].end : unit.start]):
        m2 = _NEIGHBOUR_YEAR.search(an.sh[sent.start : first.start])
        if m2:
            return int(m2.group(1)), "parallel"
    # "Hội nghị bỏ phiếu kín bầu Cụm trưởng, Cụm phó năm 2018. Kết quả: X làm Cụm trưởng ...": the vote's year
    voted = _announced_vote_year(ctx, sent)
    if voted is not None:
        return voted, "election"
    # 5. an election or hand-over: next year
    context = an.sh[sent.start : role.end]
    giver = re.match(r"\s*tu\s", an.sh[role.end : role.end + 6])
    if giver:
        # "X tiếp nhận nhiệm vụ Cụm trưởng từ Y (cũ) – đơn vị Cụm trưởng năm 2024": the year after the giver's
        for r in an.roles:
            if role.end < r.start < sent.end and r.value == role.value:
                y = _attached(ctx, r.end, sent.end)
                if y is not None and not y.school:
                    return y.year + 1, "handover"
                break
    future = _FUTURE.search(an.sh, min(unit.end, role.end), min(sent.end, max(unit.start, role.end) + 20))
    if future is None:
        # "... khẳng định sẽ cùng X (Cụm phó) xây dựng kế hoạch năm 2017": the partner of next year's work
        future = _WILL_WITH.search(an.sh, max(sent.start, unit.start - 40), unit.start)
    if future and future.group(0).startswith("se") and an.text[future.start() : future.start() + 2].lower() != "sẽ":
        future = None  # "chia sẻ" folds to the same letters as "sẽ" (will)
    if _ELECTION.search(context) or future:
        if ctx.school_year:
            return None, "school"
        if ctx.reviews_year is not None:
            return ctx.reviews_year + 1, "election"
        if ctx.conference_day is None:
            # a decision or notice with no review: "X nhận nhiệm vụ Cụm trưởng" in the year it assigns
            y = lede_year(ctx)
            if y is not None:
                return y, "header"
        return None, "undated"
    # 6. a decision's header governs its list: "giao nhiệm vụ Cụm trưởng, Cụm phó ... năm N như sau:", or
    # a member list "Cụm thi đua số 3 năm 2025 có 5 thành viên:" whose items carry "(Cụm trưởng)"
    y = _list_header_year(ctx, sent) or _header_year(ctx, sent.start)  # (the nearest header first)
    if y is None and ctx.reviews_year is not None:
        y = decision_list_year(ctx, sent.start)  # ("Theo Quyết định số ..., cụ thể như sau:" in a meeting's page)
    if y is None and ctx.reviews_year is None and ctx.conference_day is None and not ctx.school_year:
        # no review in the article (a decision or notice): the one year its title and lead state
        y = lede_year(ctx)
    if y is not None:
        return y, "header"
    if ctx.reviews_year is not None and not ctx.school_year and _election_list(an, sent):
        return ctx.reviews_year + 1, "election"  # an item of a list of election results, with no year of its own
    # 7. the unit chairs or hosts this year's review
    if ctx.school_year:
        return None, "school"
    met = ctx.extra.get("meeting_at", {}).get(sent.start)
    if met is not None and met[1] and int(met[1][:4]) == met[0] and role.value in ("head", "deputy"):
        return met[0], "review"  # (the meeting told in this very sentence, held in the year it reviews)
    if (
        ctx.reviews_year is not None
        and re.search(r"\(\s*$", an.sh[max(0, role.start - 3) : role.start])
        and _MEMBER_LIST_CUE.search(an.sh, sent.start, sent.end)
    ):
        # "Ngoài X (Cụm trưởng) và Y (Cụm phó), các đơn vị còn lại trong Cụm là ...": a remark on an item of the
        # reviewed year's member list
        return ctx.reviews_year, "review"
    if ctx.same_year_review() and (
        _CHAIRING.search(an.sh, sent.start, sent.end)
        or ctx.conference_sentence == (sent.start, sent.end)
        or role.value in ("head", "deputy")
    ):
        # the head (deputy) named without a year at a review held in the year it reviews is that year's
        return ctx.reviews_year, "review"
    return None, "undated"


_THIS_YEAR = re.compile(
    r"\s*(?:(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s+[0-9ivx]+\s+)?(?:trong\s+)?nam\s+nay(?![a-z])"
)
_CLUSTER_YEAR_OPENS = re.compile(
    r"\s*(?:[-+•*]\s*)?(?:cum|khoi)\s+(?:thi\s+dua\s+)?(?:so\s+)?(?:\d{1,2}|[ivx]{1,5})\s+nam\s+((?:19|20)\d\d)(?![\d-])"
)
_CLUSTER_YEAR_AMONG = re.compile(
    r"(?<![a-z])(?:cum|khoi)\s+(?:thi\s+dua\s+)?(?:so\s+)?(?:\d{1,2}|[ivx]{1,5})\s+nam\s+((?:19|20)\d\d)\s+(?:gom|co)\s"
    r"[^\n]{0,200}?[;,]\s*trong\s+do\s*,?\s*"
)
_HANDED = re.compile(r"(?<![a-z])(?:ban\s+giao|chuyen\s+giao|(?<!phong\s)trao|cho)(?![a-z])")


_MEMBER_LIST_CUE = re.compile(r"(?<![a-z])(?:(?:cac\s+)?don\s+vi\s+con\s+lai|gom|thanh\s+vien\s+(?:la|gom))(?![a-z])")


def _election_list(an: Analysis, sent) -> bool:  # type: ignore[no-untyped-def]
    """The sentence is an item of a list that announces election results ("... thông báo kết quả bình bầu
    tại các Cụm khác. Theo đó:" then "- Cụm thi đua số 2: Cụm trưởng là X, Cụm phó là Y")."""
    header = list_header(an, sent)
    if header is None:
        return False
    start = header.start
    if header.end - header.start <= 30:
        # a bare "Theo đó:", "Cụ thể:": the sentence before it says what the list is
        i = bisect.bisect_left(an.sentence_starts, header.start)
        if i > 0 and not re.search(r"\n\s*\n", an.text[an.sentences[i - 1].end : header.start]):
            start = an.sentences[i - 1].start
    # (a header with a year of its own, "kết quả bầu tại hội nghị tổng kết năm 2022", dates it otherwise)
    if any(start <= y.start < header.end for y in an.years):
        return False
    return bool(_ELECTION.search(an.sh, start, header.end))


def _announced_vote_year(ctx: Context, sent) -> int | None:  # type: ignore[no-untyped-def]
    """The year of a vote announced in the previous sentence of the paragraph, naming roles but no unit."""
    an = ctx.an
    i = bisect.bisect_left(an.sentence_starts, sent.start)
    if i == 0:
        return None
    prev = an.sentences[i - 1]
    if re.search(r"\n\s*\n", an.text[prev.end : sent.start]) or not _ELECTION.search(an.sh, prev.start, prev.end):
        return None
    if any(prev.start <= u.start < prev.end for u in an.units):
        return None
    roles = [r for r in an.roles if prev.start <= r.start < prev.end]
    if not roles:
        return None
    y = _attached(ctx, roles[-1].end, prev.end)
    return y.year if y is not None and not y.school else None


# "X (Cụm I), Y (Cụm II) và Z (Cụm III) làm Cụm trưởng": one role shared by units each bracketed with its cluster
_SHARED_ROLE = re.compile(r"\s*(?:cung\s+)?(?:lam|la|giu\s+vai\s+tro|dam\s+nhan(?:\s+vai\s+tro)?)\s+(?:don\s+vi\s+)?$")
# the year of the decision the sentence before told: "... về việc giao nhiệm vụ Cụm trưởng các Cụm thi đua năm 2019."
_ASSIGNED_YEAR = re.compile(
    r"(?<![a-z])(?:giao\s+nhiem\s+vu|phan\s+cong|cong\s+nhan)\s+(?:cum|khoi)\s+(?:truong|pho)[^.;]{0,60}?"
    r"nam\s+((?:19|20)\d\d)(?!\d)"
)


def _bracketed_roles(ctx: Context) -> list[Candidate]:
    """ "Theo đó, X (Cụm I), Y (Cụm II) và Z (Cụm IV) làm Cụm trưởng": each unit holds the role in the cluster
    bracketed after it; the year is the role's own, else that of the assigning decision told just before."""
    an = ctx.an
    out: list[Candidate] = []
    for r in an.roles:
        sent = an.sentence_at(r.start)
        units = [u for u in an.units if sent.start <= u.start < r.start]
        chain: list[tuple[Unit, ClusterMention]] = []
        end = r.start
        for u in reversed(units):
            own = ctx.clusters.in_parens(an, u.end)
            close = an.sh.find(")", own.end) if own is not None else -1
            if own is None or close < 0:
                break
            gap = an.sh[close + 1 : end]
            if not (_SHARED_ROLE.fullmatch(gap) if not chain else re.fullmatch(r"\s*(?:,|va)\s*", gap)):
                break
            chain.insert(0, (u, own))
            end = u.start
        if len(chain) < 2:
            continue
        y = _attached(ctx, r.end, sent.end)
        year = y.year if y is not None and not y.school else None
        if year is None:
            i = bisect.bisect_left(an.sentence_starts, sent.start)
            prev = an.sentences[i - 1] if i > 0 else None
            told = _ASSIGNED_YEAR.search(an.sh, prev.start, prev.end) if prev is not None else None
            year = int(told.group(1)) if told else None
        if year is None:
            continue
        for u, own in chain:
            cluster = ctx.clusters.ref_of(own)
            if cluster is None:
                continue
            fact = {"kind": "role", "cluster": cluster, "year": year, "role": r.value, "member": member(u)}
            out.append(Candidate(fact, chain[0][0].start, r.end, "role.bracketed"))
    return out


# "từ Cụm V đến Cụm VIII, nhiệm vụ này lần lượt do A, B, C và D đảm nhận"
_CLUSTER_RANGE = re.compile(
    r"(?<![a-z])tu\s+(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s+([0-9]{1,2}|[ivx]{1,5})\s+(?:den|toi)\s+"
    r"(?:(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s+)?([0-9]{1,2}|[ivx]{1,5})(?![a-z0-9])"
)
_IN_TURN = re.compile(r"(?<![a-z])lan\s+luot\s+(?:do|la|thuoc\s+ve|giao\s+cho)\s")
_THIS_TASK = re.compile(r"(?<![a-z])(?:nhiem\s+vu|vai\s+tro|cuong\s+vi)\s+nay(?![a-z])")


def _range_in_turn(ctx: Context) -> list[Candidate]:
    """ "Ở các Cụm còn lại, từ Cụm V đến Cụm VIII, nhiệm vụ này lần lượt do Sở TT&TT Quảng Nam, Kon Tum, Tây Ninh và
    Hậu Giang đảm nhận": one unit per cluster of the range, in order, as many units as clusters. The role is the
    sentence's own, or the one "nhiệm vụ này" refers to (the last role told before); the year is that role's, or the
    one of the decision assigning it told just before."""
    from thidua.loaders.facts import roman_to_int

    an = ctx.an
    out: list[Candidate] = []
    for m in _CLUSTER_RANGE.finditer(an.sh, 0, an.end):
        sent = an.sentence_at(m.start())
        turn = _IN_TURN.search(an.sh, m.end(), sent.end)
        if turn is None:
            continue
        lo, hi = (int(g) if g.isdigit() else roman_to_int(g.upper()) for g in m.groups())
        units = [u for u in an.units if turn.end() <= u.start < sent.end]
        if lo is None or hi is None or hi <= lo or len(units) != hi - lo + 1:
            continue
        own = [r for r in an.roles if sent.start <= r.start < sent.end]
        told = [r for r in an.roles if r.end <= sent.start]
        if own:
            role = own[0]
        elif _THIS_TASK.search(an.sh, sent.start, turn.start()) and told:
            role = told[-1]
        else:
            continue
        r_sent = an.sentence_at(role.start)
        y = _attached(ctx, role.end, r_sent.end)
        year = y.year if y is not None and not y.school else None
        if year is None:
            i = bisect.bisect_left(an.sentence_starts, r_sent.start)
            for t in an.sentences[max(0, i - 1) : i + 1]:
                assigned = _ASSIGNED_YEAR.search(an.sh, t.start, t.end)
                if assigned:
                    year = int(assigned.group(1))
        mention = next((c for c in ctx.clusters.mentions if c.number in (lo, hi) and c.start >= m.start()), None)
        base = ctx.clusters.ref_of(mention) or ctx.clusters.at(an, m.start())
        if year is None or base is None:
            continue
        for number, u in zip(range(lo, hi + 1), units, strict=True):
            fact = {"kind": "role", "cluster": {**base, "number": number}, "year": year, "role": role.value,
                    "member": member(u)}  # fmt: skip
            out.append(Candidate(fact, m.start(), u.end, "role.in_turn"))
    return out


# "Ghi chú: (*) là đơn vị Cụm trưởng năm 2010." under a table or list
_STAR_NOTE = re.compile(
    r"\(\*\)\s*(?::|-|–|la)?\s*(?:cac\s+)?(?:don\s+vi\s+)?(?=(?:cum|khoi)\s+(?:truong|pho)(?![a-z]))"
)


def _starred_units(ctx: Context) -> list[Candidate]:
    """A footnote giving the star its meaning ("(*) là đơn vị Cụm trưởng năm 2010") and units starred in the
    table above it ("| Sở Tư pháp tỉnh Lào Cai (*) | ..."): each starred unit holds that role, in the cluster its
    row falls under and the note's year (no fact without one)."""
    an = ctx.an
    out: list[Candidate] = []
    for note in _STAR_NOTE.finditer(an.sh, 0, an.end):
        role = next((r for r in an.roles if r.start == note.end()), None)
        if role is None:
            continue
        sent = an.sentence_at(role.start)
        y = _attached(ctx, role.end, sent.end)
        year = y.year if y is not None and not y.school else None
        if year is None:
            continue
        for u in an.units:
            if u.start >= note.start() or not re.match(r"\s*\(\*\)", an.sh[u.end : u.end + 6]):
                continue
            heading = ctx.clusters.heading_before(an, u.start, an.units)
            cluster = ctx.clusters.at(an, u.start) or ctx.clusters.ref_of(heading)
            if cluster is None:
                continue
            fact = {"kind": "role", "cluster": cluster, "year": year, "role": role.value, "member": member(u)}
            out.append(Candidate(fact, u.start, an.sh.find(")", u.end) + 1, "role.starred"))
    return out


def _attached_school(ctx: Context, group: list[Mention], role: Mention, sent) -> int | None:  # type: ignore[no-untyped-def]
    for pos in (group[-1].end, role.end):
        y = _attached(ctx, pos, sent.end)
        if y is not None and y.school:
            return y.year
    return None


def _header_year(ctx: Context, pos: int) -> int | None:
    an = ctx.an
    told = [s for s in an.sentences if s.end <= pos]
    for i in range(len(told) - 1, -1, -1):
        s = told[i]
        if not an.text[s.start : s.end].rstrip().endswith(":"):
            continue
        if i > 0 and _THEREBY.match(an.sh, s.start) and not any(s.start <= r.start < s.end for r in an.roles):
            # "... Quyết định ... về việc phân công Cụm trưởng, Cụm phó các Cụm thi đua năm 2021. Theo đó (trích):"
            # (or two sentences back, past a sentence on how the list was made: "Danh sách được xác lập trên cơ sở
            # kết quả bình bầu ...")
            back = [t for t in told[max(0, i - 2) : i] if any(t.start <= r.start < t.end for r in an.roles)]
            s = back[-1] if back else told[i - 1]
        roles = [r for r in an.roles if s.start <= r.start < s.end]
        if not roles and not any(s.start <= u.start < s.end for u in an.units):
            # "Theo Thông báo, nhiệm vụ trong năm 2019 được phân công như sau:" over "Cụm thi đua số 1:" and its items
            tasks = _TASKS_YEAR.search(an.sh, s.start, s.end)
            if tasks:
                return int(tasks.group(1))
        if not roles or any(s.start <= u.start < s.end for u in an.units):
            continue
        years = [y for y in an.years if roles[0].end <= y.start < s.end and not y.school]
        if years:
            return years[0].year
    return None


_CLUSTER_YEAR = re.compile(r"(?<![a-z])(?:cum|khoi)[^:.;]{0,40}?(?<![a-z])nam\s+((?:19|20)\d\d)(?![\d-])")
# (or "Trích nội dung liên quan đến các Cụm số 1 và số 4:": an excerpt of the decision just told)
# (or "Một số Cụm đã có kết quả như sau:" after the notice "về kết quả bình bầu ... Cụm trưởng, Cụm phó ... năm 2019")
_THEREBY = re.compile(
    r"\s*(?:theo\s+do|cu\s+the|trich(?:\s+[a-z0-9]+){0,16}?|[^:.;\n]{0,60}?(?<![a-z])ket\s+qua\s+nhu\s+sau|"
    # ("Theo Thông báo, việc phân công cụ thể như sau:")
    r"theo\s+(?:thong\s+bao|quyet\s+dinh)[^:.;\n]{0,40}?nhu\s+sau)"
    r"\s*(?:\([^()]{0,20}\))?\s*:"
)


# "Hội nghị cũng đã thống nhất phân công nhiệm vụ năm 2021 như sau:" + "- Cụm trưởng: X" items
_TASKS_YEAR = re.compile(
    r"(?<![a-z])(?:phan\s+cong(?:\s+nhiem\s+vu)?|nhiem\s+vu)(?:\s+(?:cua\s+)?(?:cum|khoi)(?:\s+thi\s+dua)?)?"
    r"(?:\s+trong)?\s+nam\s+((?:19|20)\d\d)(?![\d-])"  # ("nhiệm vụ trong năm 2019 được phân công như sau:")
)


_YEAR_LABEL = re.compile(
    r"\s*(?:\d{1,2}[.)]\s*|[-+•*]\s*)?(?:dieu\s+hanh|phan\s+cong|nhiem\s+vu|luan\s+phien)[^:.;\n]{0,40}?"
    r"(?<![a-z])nam\s+((?:19|20)\d\d)\s*:"
)
_YEAR_COLON = re.compile(r"(?<![a-z])nam\s+((?:19|20)\d\d)\s*(?:nhu\s+sau\s*)?:\s*$")


def _list_header_year(ctx: Context, sent) -> int | None:  # type: ignore[no-untyped-def]
    """The year given to the cluster in the header of the bulleted list this sentence is an item of."""
    an = ctx.an
    prev = list_header(an, sent, headings=True)
    if prev is None:
        return None
    # (the one nearest the list: "Căn cứ kết quả ... hội nghị tổng kết Cụm năm 2012 ..., ... thông báo các đơn vị giữ
    # nhiệm vụ năm 2013 như sau:" lists 2013's)
    found = [
        m
        for m in (
            _CLUSTER_YEAR.search(an.sh, prev.start, prev.end),
            _TASKS_YEAR.search(an.sh, prev.start, prev.end),
            _YEAR_COLON.search(an.sh, prev.start, prev.end),  # ("... cho năm tiếp theo. Cụ thể, năm 2026:")
        )
        if m is not None
    ]
    m = max(found, key=lambda x: x.start(1)) if found else None
    if m and re.search(r"so\s+voi\s+nam\s+$", an.sh[max(0, m.start(1) - 16) : m.start(1)]):
        return None  # "Một số Cụm có điều chỉnh thành viên so với năm 2017 như sau:": a comparison
    return int(m.group(1)) if m else None


def _attached(ctx: Context, pos: int, limit: int):  # type: ignore[no-untyped-def]
    an = ctx.an
    # the authority of the cluster may stand between ("Cụm thi đua số 2 Bộ Công an năm 2023")
    seg = mask(an.sh, pos, min(limit, pos + 160), an.authorities)
    m = _ATTACHED_YEAR.match(seg)
    if not m:
        return None
    for y in an.years:
        if y.start == pos + m.end():
            return y
    return None


def _extend(an, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Evidence: the role phrase plus a year that directly follows it."""
    m = re.match(r"[^;.\n]{0,60}?nam(?:\s+hoc)?\s+\d{4}(?:\s*-\s*\d{4})?", an.sh[end:s1])
    if m:
        end += m.end()
    return start, end


def resolve_conflicts(cands: list[Candidate]) -> list[Candidate]:
    """Never two members for one (cluster, year, role): the stronger rule wins, a tie drops both.

    A role whose year the text leaves open is kept (year null) only when the same member has
    no dated fact for that role in the article.
    """
    dated = {(repr(c.fact["cluster"]), c.fact["role"], repr(c.fact["member"])) for c in cands if c.fact["year"]}
    cands = [
        c
        for c in cands
        if c.fact["year"] is not None
        or c.rule.endswith(".school")
        or (repr(c.fact["cluster"]), c.fact["role"], repr(c.fact["member"])) not in dated
    ]
    by_slot: dict[tuple, list[Candidate]] = {}
    for c in cands:
        f = c.fact
        slot = (repr(f["cluster"]), f["year"], f["role"])
        by_slot.setdefault(slot, []).append(c)
    out = []
    for items in by_slot.values():
        members = {repr(c.fact["member"]) for c in items}
        if len(members) == 1:
            out.extend(items)
            continue
        best = max(c.strength for c in items)
        top = [c for c in items if c.strength == best]
        if len({repr(c.fact["member"]) for c in top}) > 1 and all(c.school_year for c in top):
            # "X là Cụm trưởng năm học 2023-2024 ... Y tiếp nhận vai trò Cụm trưởng năm học 2024-2025":
            # both are year null; the store holds one, the latest school year (the one announced)
            latest = max(c.school_year or 0 for c in top)
            top = [c for c in top if c.school_year == latest]
        if len({repr(c.fact["member"]) for c in top}) == 1:
            out.extend(top)
    return out
