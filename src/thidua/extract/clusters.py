"""Which cluster a fact belongs to: number (digits or Roman), authority and bloc.

A cluster's identity is (authority, bloc, number): cluster 3 of the police is not cluster 3 of
the Sở TTTT. The number comes from the nearest ``Cụm/Khối thi đua số N`` (a decision list's
``Cụm thi đua số N:`` header governs its bullets); a digit followed by a count noun
(``Cụm thi đua 5 thành phố``, ``6 LĐLĐ tỉnh``) is a count, not a number. The authority is the
one named next to a cluster mention (``thuộc Bộ TT&TT``, ``Cụm thi đua số 7 Bộ Công an``),
else the default of the bloc (``ontology/defaults.yaml``); the bloc is named next to a cluster
mention (``các Đài PT-TH``) or is the agency type most of the article's units share.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from thidua.extract.entities import Analysis
from thidua.extract.lexicon import WordPattern
from thidua.loaders.facts import roman_to_int
from thidua.vocab import default_authority, vocabularies


@lru_cache(maxsize=256)
def _label(kind: str, notation: str) -> str:
    return vocabularies().by_notation(kind, notation).label_vi


@dataclass(frozen=True)
class ClusterMention:
    start: int
    end: int
    number: int


_CLUSTER = WordPattern(
    r"(?<![a-z0-9])(?P<kind>cum|khoi)(?P<td>\s+thi\s+dua)?\s+(?:(?P<so>so)\s*[:.]?\s*)?"
    r"(?P<n>\d{1,2}|[ivx]{1,4})(?![a-z0-9&]|[/.-]\d)"  # (not a date after the word: "theo từng Cụm" + "21/01/2019")
)
_COUNT_NOUN = re.compile(
    r"^\s+(?:tinh|thanh\s+pho|tp|don\s+vi|so|huyen|dai|dia\s+phuong|co\s+quan|thanh\s+vien|nganh|cong\s+an|"
    r"cuc|ldld|bdbp|vksnd|bhxh|hoi|thue|uy\s+ban|mttq|thanh\s+tra|"
    r"nam\s+(?:lien|lien\s+tuc|lien\s+tiep|qua|gan\s+day))(?![a-z])"  # ("dẫn đầu Cụm 2 năm liên tục": a count of years)
)
_AUTH_AFTER = re.compile(r"^[\s,(]*(?:-\s*)?(?:(?:truc\s+)?thuoc|cua|nganh)?\s*$")
_AUTH_BEFORE = re.compile(r"^\s*[-:,]\s*$")
# "Cụm thi đua số 3 (của tỉnh X) (gồm) các huyện ...": a cluster of districts or communes, not of provinces
_LOCAL_AFTER = re.compile(
    r"\s*(?:(?:cua|thuoc)\s+(?:[a-z]+\s+){0,3}?(?:tinh|thanh\s+pho|tp)\s+[a-z ]{0,25}?)?\s*,?\s*"
    r"(?:gom\s+(?:[a-z&]+\s+){0,3}?)?(?:cac\s+)?(?:huyen|(?<!hai\s)quan|thi\s+xa|xa|(?<!dia\s)phuong|thi\s+tran)(?![a-z])|"
    # "Cụm thi đua số 1, gồm Phòng GD&ĐT ...": offices of districts
    r"\s*,?\s*(?:gom\s+)?(?:cac\s+)?phong\s+(?!trao)|"
    # "Cụm thi đua số 2 của Mặt trận cấp huyện (trong tỉnh)"
    r"\s*(?:cua|thuoc)?[^.;,()]{0,30}?(?<![a-z])cap\s+(?:huyen|xa|co\s+so)(?![a-z])"
)
_UNNUMBERED = re.compile(r"(?<![a-z0-9])(?:cum|khoi)\s+thi\s+dua\s+(?:(?:cua|thuoc)\s+)?(?:cac\s+)?$")
_BLOC_AFTER = re.compile(r"^\s*\(?\s*(?:(?:cua|thuoc)\s+)?(?:cac\s+)?$")


@lru_cache(maxsize=1)
def _default_table() -> dict[str, str]:
    import yaml

    from thidua.vocab import ontology_file

    return yaml.safe_load(ontology_file("defaults.yaml"))["default_authority"]


def find_clusters(an: Analysis) -> list[ClusterMention]:
    out = []
    for m in _CLUSTER.finditer(an.sh, 0, an.end):
        raw = m.group("n")
        if not m.group("so") and not m.group("td") and m.group("kind") == "khoi":
            continue
        if raw.isalpha():
            # ("Cụm thi đua IV - Bộ Công an": a Roman numeral without "số" only in capitals)
            if not m.group("so") and not re.fullmatch(r"[IVX]+", an.text[m.start("n") : m.end("n")]):
                continue
            number = roman_to_int(raw.upper())
        else:
            number = int(raw)
            if not m.group("so") and _COUNT_NOUN.match(an.sh[m.end() : m.end() + 30]):
                continue  # "Cụm thi đua 5 thành phố": a count
            if not m.group("so") and _agency_at(an, m.end()):
                continue  # "Cụm thi đua 6 TAND tỉnh Bắc Trung Bộ": a count of the agencies named after it
        if number <= 0:
            continue
        out.append(ClusterMention(m.start(), m.end(), number))
    return out


def _agency_at(an: Analysis, pos: int) -> bool:
    """An agency mention starts after the spaces at ``pos``."""
    start = pos + len(an.sh[pos : pos + 4]) - len(an.sh[pos : pos + 4].lstrip())
    return any(ag.start == start for ag in an.agencies)


@dataclass
class ClusterContext:
    """The article's clusters: a resolver from a text position to a facts-format cluster."""

    mentions: list[ClusterMention]
    authority: str | None
    bloc: str | None
    main_number: int | None
    headers: list[ClusterMention]  # "Cụm thi đua số N:" lines that govern the lines below
    # (authority, bloc) named beside each mention, or inherited from the last mention of that number
    # that named them: a digest may report cluster 3 of the Sở VHTTDL and cluster 3 of the BĐBP
    identity: dict[ClusterMention, tuple[str | None, str | None]] = field(default_factory=dict)
    local: tuple[ClusterMention, ...] = ()  # district/commune clusters ("Cụm thi đua số 3 các huyện"): no facts
    sections: tuple[int, ...] | None = None  # starts of section headings ("* Ngành văn hóa: ...", "2. BĐBP ...")
    # unnumbered clusters of another authority's bloc ("Cụm thi đua của các Cục THADS khu vực ..."):
    # what a sentence states after naming one is about that cluster, which has no number to key it
    foreign: tuple[int, ...] = ()
    _memo: dict[tuple[int, int], ClusterMention | None] = field(default_factory=dict, repr=False, compare=False)
    _digest: bool | None = field(default=None, repr=False, compare=False)
    # numbers of the clusters whose meetings the page reports, when it reports several ("Trong hai ngày liên tiếp,
    # hai cụm ... tổng kết"): set once the meetings are known (see extract_facts)
    reported: frozenset[int] = frozenset()

    def ref(self, number: int | None) -> dict | None:
        """The cluster ``number`` as first named in the article."""
        if number is None:
            return None
        first = next((c for c in self.mentions if c.number == number), None)
        return self.ref_of(first) if first is not None else self._resolve(number, None, None)

    def ref_of(self, mention: ClusterMention | None) -> dict | None:
        if mention is None:
            return None
        own_authority, own_bloc = self.identity.get(mention, (None, None))
        return self._resolve(mention.number, own_authority, own_bloc)

    def _resolve(self, number: int, own_authority: str | None, own_bloc: str | None) -> dict | None:
        bloc = own_bloc or self.bloc
        if not own_bloc and own_authority and bloc and default_authority(bloc) not in (own_authority, None):
            # "Cụm thi đua số 2 Bộ Công an" in an article about Sở TTTT: that authority's own bloc
            blocs = [b for b in _default_table() if default_authority(b) == own_authority]
            bloc = blocs[0] if len(blocs) == 1 else None
        if bloc is None:
            return None
        if own_bloc and not own_authority and default_authority(own_bloc) != self.authority:
            authority = default_authority(own_bloc)
        else:
            authority = own_authority or self.authority or default_authority(bloc)
        if authority is None:
            return None
        return {
            "authority": _label("authority", authority),
            "bloc": _label("agency", bloc),
            "number": number,
        }

    def report(self, numbers: frozenset[int]) -> None:
        """Record the clusters whose meetings the page reports (when several), forgetting the places asked about
        before they were known (see the digest fallback in ``_mention_at``)."""
        self.reported = numbers
        self._memo.clear()

    def mention_at(self, an: Analysis, pos: int) -> ClusterMention | None:
        """The cluster a statement at ``pos`` is about: its sentence's, a header's, the one named
        earlier in its paragraph, or the article's (memoised: the rules ask for the same places often)."""
        key = (id(an), pos)
        if key not in self._memo:
            self._memo[key] = self._mention_at(an, pos)
        return self._memo[key]

    def _mention_at(self, an: Analysis, pos: int) -> ClusterMention | None:
        sent = an.sentence_at(pos)
        inside = sorted(
            (c for c in (*self.mentions, *self.local) if sent.start <= c.start < sent.end), key=lambda c: c.start
        )
        other = [f for f in self.foreign if sent.start <= f <= pos]
        if other and not any(other[-1] < c.start <= pos for c in inside):
            return None
        if inside:
            before = [c for c in inside if c.start <= pos]
            chosen = before[-1] if before else inside[0]
            return None if chosen in self.local else chosen
        governing = [h for h in self.headers if h.start <= pos and pos < self._governs_until(an, h)]
        if governing:
            # (a paragraph under the header that names its own cluster first: "Đối với Cụm thi đua số 5, ...
            # Năm 2024, X được giao làm Cụm trưởng")
            para = max(an.sh.rfind("\n\n", 0, pos), an.sh.rfind("\n \n", 0, pos))
            own = [c for c in self.mentions if max(para, governing[-1].end) < c.start < sent.start]
            if own:
                return own[-1]
            # (or a section heading after it: "Cụm thi đua số 5 (Tây Nguyên): đề nghị tặng Cờ thi đua ...", too
            # long to govern as a header, still opens the section about cluster 5)
            if self.sections is None:
                self.sections = _sections(an)
            later = [h for h in self.sections if governing[-1].end < h <= pos]
            if later:
                named = [c for c in self.mentions if later[-1] <= c.start < sent.start]
                if named:
                    return named[-1]
            return governing[-1]
        parent = _numbered_parent(an, sent)
        if parent is not None:
            named = [c for c in self.mentions if parent.start <= c.start < parent.end]
            if named:
                return named[-1]  # "2. Cụm thi đua số II ... gồm ..." + "- Trưởng ban ..., Cụm trưởng." items
        header = list_header(an, sent)
        if header is not None:
            named = [c for c in self.mentions if header.start <= c.start < header.end]
            if named:
                return named[-1]  # "Cụm thi đua số II gồm ...:" + "- Cụm trưởng: X" items
        # the cluster last named earlier in the same paragraph ("Cụm thi đua số 2 gồm: + A + B ...
        # Cụm trưởng: X"; a digest's section about another authority's cluster 3)
        para = max(an.sh.rfind("\n\n", 0, pos), an.sh.rfind("\n \n", 0, pos))
        earlier = [c for c in self.mentions if para < c.start < sent.start]
        if not earlier and _BULLET.match(an.sh, para + 1):
            # (bullets set apart by blank lines, under the paragraph that opens them: "Cụm thi đua số VI gồm ..." +
            # "- Giám đốc Sở Tư pháp tỉnh Gia Lai, Cụm trưởng.")
            earlier = [c for c in self.mentions if _bullets_opening(an, para) < c.start < sent.start]
        if earlier and self.main_number is not None:
            # (not a cluster a member moved from or to: "1. Cụm số III gồm ...; X chuyển sang sinh hoạt tại
            # Cụm số IV. Giao Y làm Cụm trưởng" is about cluster III)
            # (nor one named in a bracketed remark: "X (năm 2018 thuộc Cụm thi đua số 2) được chuyển về Cụm số 1")
            staying = [
                c
                for c in earlier
                if not _MOVE_END.search(an.sh, max(0, c.start - 40), c.start) and not _in_remark(an.sh, c)
            ]
            return (staying or earlier)[-1]
        # the paragraph before opened on one cluster as its topic and this one names none ("Đối với Cụm thi đua số
        # 5, ngày 11/1 vừa qua, ... đăng cai hội nghị tổng kết ...." + "Năm 2018, ... hội nghị thống nhất đề nghị")
        if para > 0 and not earlier:
            prev_para = max(an.sh.rfind("\n\n", 0, para), an.sh.rfind("\n \n", 0, para)) + 1
            topic = _TOPIC_OPENS.match(an.sh, prev_para)
            if topic and not any(para < c.start < pos for c in self.mentions):
                opened = next((c for c in self.mentions if c.start == topic.end()), None)
                if opened is not None:
                    return opened
        # a digest or roundup with section headings ("* Ngành văn hóa: ...", "2. BĐBP ..."): the cluster
        # last named in this section
        if self.sections is None:
            self.sections = _sections(an)  # computed on first need: most articles never get here
        starts = [h for h in self.sections if h <= pos]
        if len(self.sections) >= 2 and starts:
            earlier = [c for c in self.mentions if starts[-1] <= c.start < sent.start]
            if earlier:
                return earlier[-1]
        # a photo's caption ("... trao cờ Cụm trưởng năm 2021 cho BĐBP tỉnh Hà Tĩnh. Ảnh: Văn Thành") in a
        # digest of several clusters: it shows the item just told
        stop = an.sh.find("\n", pos)
        if _CAPTION_CREDIT.search(an.sh, sent.start, len(an.sh) if stop < 0 else stop):
            told = [c for c in self.mentions if c.start < para]
            if told and any(c.number != told[-1].number for c in self.mentions):
                return told[-1]
        if self._digest is None:
            self._digest = len({c.number for c in self.mentions}) > 1 and _digest_title(an.sh)
        if self._digest:
            # a page titled on several clusters' meetings, told one after the other ("Hai cụm thi đua ... tổng kết
            # năm 2013"): the one told last before this paragraph
            told = [c for c in self.mentions if c.start < sent.start and c.number in self.reported]
            if len(self.reported) > 1 and told:
                return told[-1]
            return None  # a digest of several clusters ("Các Cụm thi đua ... tổng kết"): no article-wide cluster
        return next((c for c in self.mentions if c.number == self.main_number), None)

    def _governs_until(self, an: Analysis, h: ClusterMention) -> int:
        """Where a header stops governing: a header that is itself a list item ("- Cụm thi đua số 4:" over
        "+ Giám đốc ..., Cụm trưởng;" lines) governs its sub-items only, up to the first line that is no item."""
        line_start = an.text.rfind("\n", 0, h.start) + 1
        pos = an.text.find("\n", h.start)
        if not _BULLET.match(an.text, line_start):
            # (a plain "Cụm thi đua số VI:" line over "- Giám đốc ..., Cụm trưởng." items in a decision's annex,
            # with prose after them: its items only)
            nxt = re.match(r"\n(?:[ \t]*\n)*([^\n]*)", an.text[pos:]) if pos >= 0 else None
            annex = _ANNEX.search(an.sh, max(0, h.start - 300), h.start)
            if nxt is None or not _BULLET.match(nxt.group(1)) or not annex:
                return len(an.text)
        while pos >= 0:
            nxt = an.text.find("\n", pos + 1)
            line = an.text[pos + 1 : nxt if nxt >= 0 else len(an.text)]
            if line.strip() and not _BULLET.match(line):
                return pos + 1
            pos = nxt
        return len(an.text)

    def in_parens(self, an: Analysis, pos: int) -> ClusterMention | None:
        """The cluster named in a parenthesis right at ``pos`` ("KBNN Hưng Yên (Cụm 3)"): an item's own."""
        if "(" not in an.sh[pos : pos + 3]:
            return None
        for c in self.mentions:
            if pos < c.start <= pos + 8 and re.fullmatch(r"\s*\(\s*", an.sh[pos : c.start]):
                return c if re.match(r"\s*\)", an.sh[c.end : c.end + 3]) else None
        return None

    def number_at(self, an: Analysis, pos: int) -> int | None:
        m = self.mention_at(an, pos)
        return m.number if m is not None else None

    def heading_before(self, an: Analysis, pos: int, avoid: list) -> ClusterMention | None:  # type: ignore[type-arg]
        """The cluster named by the nearest line above ``pos`` that names one and none of ``avoid`` (mentions): the
        heading of the group of rows or items ``pos`` is in ("I. Cụm thi đua số 1 – ..." over "- Cờ thi đua: X",
        "| Cụm thi đua số 1 (...) |  |  |" over "| 1 | Sở Tư pháp tỉnh Lào Cai (*) | ... |")."""
        for c in reversed([c for c in self.mentions if c.end <= pos]):
            ls = an.text.rfind("\n", 0, c.start) + 1
            le = an.text.find("\n", c.end)
            le = len(an.text) if le < 0 else le
            if le < pos and not any(ls <= m.start < le for m in avoid):
                return c
        return None

    def at(self, an: Analysis, pos: int) -> dict | None:
        mention = self.mention_at(an, pos)
        ref = self.ref_of(mention)
        if ref is None and mention is not None:
            own_authority, own_bloc = self.identity.get(mention, (None, None))
            if own_authority and not own_bloc:
                # "Sở TT&TT tỉnh X là Cụm trưởng Cụm thi đua số 8 thuộc Bộ TT&TT" in a page about the Sở
                # KH&CN: that authority has several blocs; the sentence's unit of it names the one
                sent = an.sentence_at(pos)
                here = [u.agency for u in an.units if sent.start <= u.start < sent.end]
                kinds = {a for a in here if default_authority(a) == own_authority}
                if len(kinds) == 1:
                    ref = self._resolve(mention.number, own_authority, kinds.pop())
        return ref


_BULLET = re.compile(r"\s*[-+•*–]\s")
_TOPIC_OPENS = re.compile(r"\s*(?:doi\s+voi|rieng(?:\s+doi\s+voi)?|rieng\s+voi)\s+(?=(?:cum|khoi)(?![a-z]))")


def _bullets_opening(an: Analysis, para: int) -> int:
    """Start of the paragraph that opens the run of bullet paragraphs one of which starts after ``para``."""
    while para > 0:
        prev = max(an.sh.rfind("\n\n", 0, para), an.sh.rfind("\n \n", 0, para))
        if not _BULLET.match(an.sh, prev + 1):
            return prev
        para = prev
    return 0


_ANNEX = re.compile(r"(?<![a-z])(?:phu\s+luc|kem\s+theo\s+quyet\s+dinh)(?![a-z])")


def _in_remark(sh: str, c: ClusterMention) -> bool:
    """The mention stands inside brackets that open shortly before it and close shortly after it."""
    opened = sh.rfind("(", max(0, c.start - 40), c.start)
    return opened >= 0 and ")" not in sh[opened : c.start] and ")" in sh[c.end : c.end + 30]


# the words before a cluster a unit moves from or to ("chuyển từ", "chuyển sang sinh hoạt tại", "về")
_MOVE_END = re.compile(r"(?:chuyen\s+(?:ve|den|vao)|sang|tu)\s+(?:sinh\s+hoat\s+)?(?:tai\s+|o\s+|vao\s+)?$")


def _head_end(sh: str, cap: int = 400) -> int:
    """End of a page's head: its first three non-empty lines (a site's name may stand above the title)."""
    pos, seen = 0, 0
    while seen < 3:
        nl = sh.find("\n", pos)
        if nl < 0:
            return len(sh)
        if sh[pos:nl].strip():
            seen += 1
        pos = nl + 1
    return min(pos, cap)


def _digest_title(sh: str) -> bool:
    """The page's head lines (not its lead paragraph: "... việc phân chia các Cụm thi đua thuộc ngành Thuế")
    announce several clusters ("Các Cụm thi đua ... tổng kết", "3 cụm thi đua")."""
    end = _head_end(sh)
    if not _DIGEST_TITLE.search(sh, 0, end):
        return False
    # a title about one numbered cluster ("Điều chỉnh thành phần Cụm thi đua số 2 ngành Thuế ...") is that
    # cluster's page, whatever its lead says of "các Cụm thi đua" in general
    title = next((line for line in sh[:end].split("\n") if _ONE_CLUSTER.search(line) or _DIGEST_TITLE.search(line)), "")
    return not (_ONE_CLUSTER.search(title) and not _DIGEST_TITLE.search(title) and len(title) <= 200)


_ONE_CLUSTER = re.compile(r"(?<![a-z])(?:cum|khoi)\s+thi\s+dua\s+so\s+[0-9ivx]+(?![a-z0-9])")
_DIGEST_TITLE = re.compile(r"(?<![a-z0-9/.])(?:cac|nhieu|hai|ba|\d{1,2})\s+(?:cum|khoi)(?![a-z])")
_CAPTION_CREDIT = re.compile(r"(?<![a-z])(?:anh|nguon\s+anh)\s*:")
_HEADING = re.compile(r"(?:^|\n\s*\n)[ \t]*(?:(?:[*•]|\d{1,2}[.)])[ \t]+)?[^\n]{3,100}(?=\n\s*\n)")


def _sections(an: Analysis) -> tuple[int, ...]:
    """Starts of section headings: short paragraphs between blank lines, opened by a star or a number
    or written in capitals ("NGÀNH KIỂM SÁT: LÂM ĐỒNG TIẾP NHẬN ..."), not ending like a sentence."""
    out = []
    head_end = _head_end(an.sh, cap=len(an.sh))
    for m in _HEADING.finditer(an.text, 0, an.end):
        line = m.group().strip()
        if line.endswith((".", ";", ":")):
            continue
        head = line.split(":", 1)[0] if ":" in line[:60] else line  # "NGÀNH GIÁO DỤC: Hoàn thành năm học ..."
        letters = [ch for ch in head if ch.isalpha()]
        # "2. ...", "* ...", or a cluster named as the heading ("Cụm thi đua số 4: chuyển giao cờ luân lưu")
        start = m.end() - len(m.group().lstrip("\n \t"))
        marked = bool(re.match(r"(?:[*•]|\d{1,2}[.)])\s", line)) or bool(
            re.match(r"(?:cum|khoi)\s+thi\s+dua\s+so\s+[0-9ivx]+\s*:", an.sh[start : start + 30])
            # (or, below the page's title, "Cụm thi đua số 3 Hội CCB: ...", "Cụm thi đua LĐLĐ 5 tỉnh: Lâm Đồng ...")
            or (start >= head_end and re.match(r"(?:cum|khoi)\s+thi\s+dua\s[^:\n]{0,50}:", an.sh[start : start + 70]))
        )
        # or a topic and a colon ("Công an: Cụm thi đua số II ký giao ước năm 2024", "Ngành Thuế: hội nghị ...")
        topic = _TOPIC_HEADING.match(an.sh, start, start + len(line))
        if marked or topic or (len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)):
            out.append(m.end() - len(m.group().lstrip("\n \t")))
    return tuple(out)


_TOPIC_HEADING = re.compile(
    r"(?!(?:anh|nguon|xem\s+them|tin\s+lien\s+quan|ghi\s+chu)\s*:)(?:[a-z&.-]+\s+){0,3}[a-z&.-]+\s*:\s+\S"
)
_BULLET = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\))\s")


def _numbered_parent(an: Analysis, sent):  # type: ignore[no-untyped-def]
    """The numbered item a dashed item stands under ("2. Cụm thi đua số II ... gồm ...: A, B." + "- Trưởng ban Ban
    Dân tộc tỉnh X, Cụm trưởng."), over dashed items only."""
    own = _BULLET.match(an.text, sent.start)
    if not own or own.group(0).strip()[:1].isdigit():
        return None
    i = an.sentence_starts.index(sent.start) if sent.start in an.sentence_starts else -1
    while i > 0:
        i -= 1
        prev = an.sentences[i]
        item = _BULLET.match(an.text, prev.start)
        if not item:
            return None
        if item.group(0).strip()[:1].isdigit():
            return prev
    return None


def list_header(an: Analysis, sent, headings: bool = False):  # type: ignore[no-untyped-def]
    """The sentence ending in ':' that opens the bulleted list ``sent`` is an item of, if any (with
    ``headings``, also a short heading line of its own: "Phân công Cụm thi đua số 5 năm 2020")."""
    own = _BULLET.match(an.text, sent.start)
    if not own:
        return None
    numbered = own.group(0).strip()[:1].isalnum()
    i = an.sentence_starts.index(sent.start) if sent.start in an.sentence_starts else -1
    while i > 0:
        i -= 1
        prev = an.sentences[i]
        item = _BULLET.match(an.text, prev.start)
        if item:
            # ("3. Phân công nhiệm vụ năm 2020:" + "- Cụm trưởng: X": a numbered section heading over dashed items)
            opens = an.text[prev.start : prev.end].rstrip().endswith(":")
            if not numbered and item.group(0).strip()[:1].isalnum() and opens:
                return prev
            continue
        head = an.text[prev.start : prev.end].strip()
        if head.endswith(":"):
            return prev
        heading = headings and len(head) <= 100 and not head.endswith((".", "!", "?", ";", ","))
        return prev if heading else None
    return None


def _several_blocs(an: Analysis) -> bool:
    """Units of agency types under different authorities: a roundup across sectors."""
    return len({default_authority(u.agency) for u in an.units} - {None}) > 1


_PAST_CONTEXT = re.compile(
    r"(?<![a-z])(?:truoc\s+khi\s+(?:hop\s+nhat|sap\s+xep|sap\s+nhap)|truoc\s+day)(?![a-z])"
)


def cluster_context(an: Analysis) -> ClusterContext:
    found = find_clusters(an)
    # a cluster of districts or communes shares numbers with the provincial ones but is not one
    local = tuple(c for c in found if _LOCAL_AFTER.match(an.sh, c.end))
    mentions = [c for c in found if c not in local]
    authority = None
    bloc_votes: Counter[str] = Counter()
    identity: dict[ClusterMention, tuple[str | None, str | None]] = {}
    last: dict[int, tuple[str | None, str | None]] = {}  # the last identity named for each number
    # (and for each kind and number: "Khối thi đua số 3 các Đài PT-TH" is not the "Cụm thi đua số III" named later)
    last_kind: dict[tuple[str, int], tuple[str | None, str | None]] = {}
    for c in mentions:
        own_auth, own_bloc = None, None
        # ("Trước khi hợp nhất, ...; năm 2024, X là Cụm trưởng Cụm thi đua số 4 thuộc Bộ NN&PTNT": a cluster of the
        # past names its own authority, not the page's)
        past = bool(_PAST_CONTEXT.search(an.sh, an.sentence_at(c.start).start, c.start))
        for ag in an.agencies:
            if ag.start >= c.end and ag.start - c.end <= 12 and _BLOC_AFTER.match(an.sh[c.end : ag.start]):
                bloc_votes[ag.value] += 3
                own_bloc = own_bloc or ag.value
                break
        for a in an.authorities:
            after_gap = an.sh[c.end : a.start]
            if (
                a.start >= c.end
                and a.start - c.end <= 60
                and _AUTH_AFTER.match(_drop_agencies(an, c.end, a.start, after_gap))
            ):
                authority = authority or (None if past else a.value)
                own_auth = own_auth or a.value
            if a.end <= c.start and c.start - a.end <= 4 and _AUTH_BEFORE.match(an.sh[a.end : c.start]):
                authority = authority or (None if past else a.value)
                own_auth = own_auth or a.value
        if own_auth and not own_bloc and len([b for b in _default_table() if default_authority(b) == own_auth]) > 1:
            # "Khối thi đua số 2 thuộc Bộ TT&TT ... Khối gồm 12 Đài PT-TH": the bloc named later in the paragraph
            end = an.sh.find("\n\n", c.end)
            end = len(an.sh) if end < 0 else end
            later = [ag for ag in an.agencies if c.end <= ag.start < end and default_authority(ag.value) == own_auth]
            named = [ag.value for ag in later]
            # (a unit named there, not the bloc's word, is one member: "Sở Văn hoá và Thể thao tỉnh Nghệ An đăng
            # cai" among the Sở VHTT&DL of the cluster; the type most of the authority's units have wins)
            bare = [ag.value for ag in later if not any(u.start <= ag.start < u.end for u in an.units)]
            usual = Counter(u.agency for u in an.units if default_authority(u.agency) == own_auth).most_common(2)
            clear = bool(usual) and (len(usual) == 1 or usual[0][1] >= 2 * usual[1][1])
            if bare or not clear:
                own_bloc = (bare or named or [None])[0]
            else:
                own_bloc = usual[0][0]
        if own_auth and not own_bloc:
            # "Cụm thi đua số 1 thuộc Bộ Tài chính gồm Cục Thuế các tỉnh ...": the units it lists name its bloc,
            # even of an agency the vocabulary pairs with another authority
            sent = an.sentence_at(c.start)
            listed = {u.agency for u in an.units if c.end <= u.start < sent.end}
            if len(listed) == 1 and len([u for u in an.units if c.end <= u.start < sent.end]) >= 2:
                own_bloc = listed.pop()
        if not own_auth and not own_bloc:
            # "Cụm thi đua số 5 ngành Kiểm sát ... tại VKSND tỉnh Đắk Nông": the first agency of its sentence,
            # when it differs from what an earlier mention of the number named (a roundup's other bloc)
            sent = an.sentence_at(c.start)
            named = [ag.value for ag in an.agencies if c.end <= ag.start < sent.end]
            # or the unit that hosts it earlier in the sentence ("Sở GD&ĐT Ninh Bình đăng cai ... Cụm
            # thi đua số 3"), in an article whose sections are about different blocs
            named = named or [u.agency for u in an.units if sent.start <= u.start < c.start][-1:]
            prev_bloc = last.get(c.number, (None, None))[1]
            if named and (
                (prev_bloc and named[0] != prev_bloc and default_authority(named[0]) != default_authority(prev_bloc))
                or (prev_bloc is None and _several_blocs(an))
            ):
                own_bloc = named[0]
        if own_auth or own_bloc:
            prev_auth, prev_bloc = last.get(c.number, (None, None))
            if own_bloc is None and own_auth == prev_auth:
                own_bloc = prev_bloc
            if own_auth is None and own_bloc == prev_bloc:
                own_auth = prev_auth
            last[c.number] = last_kind[(an.sh[c.start : c.start + 3], c.number)] = (own_auth, own_bloc)
            identity[c] = (own_auth, own_bloc)
        else:
            kind = an.sh[c.start : c.start + 3]
            other = any(k != kind and n == c.number for k, n in last_kind)
            identity[c] = last_kind.get((kind, c.number)) or (
                (None, None) if other else last.get(c.number, (None, None))
            )
    # a mention named before its cluster's identity is stated takes the first one stated after it (when
    # that is the article's own bloc: "Cụm thi đua số 5 của các đài ..." in passing is another cluster)
    unit_blocs = Counter(u.agency for u in an.units)
    top_bloc = unit_blocs.most_common(1)[0][0] if unit_blocs else None
    for c in mentions:
        if identity[c] == (None, None):
            later = next(
                (
                    identity[d]
                    for d in mentions
                    if d.number == c.number and d.start > c.start and identity[d] != (None, None)
                ),
                None,
            )
            if later is not None and (later[1] in (None, top_bloc) or top_bloc is None):
                identity[c] = later
    # a unit in a sentence that names a numbered cluster speaks for its bloc more than one named in passing
    # ("Đài PT-TH X đón nhận Bằng khen" in a page about the Sở TTTT cluster 4)
    cluster_sents = {an.sentence_at(c.start).start for c in mentions}
    for u in an.units:
        bloc_votes[u.agency] += 3 if an.sentence_at(u.start).start in cluster_sents else 1
    if not bloc_votes and mentions:
        # no member named with its province: the agency words of the article ("các Sở TTTT")
        for ag in an.agencies:
            bloc_votes[ag.value] += 1
    if authority is not None:
        compatible = {b: n for b, n in bloc_votes.items() if default_authority(b) == authority}
        if compatible:
            bloc_votes = Counter(compatible)
    bloc = None
    if bloc_votes:
        bloc = sorted(bloc_votes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    elif authority is not None:
        # an authority with a single bloc (Bộ Công an -> Công an tỉnh) names it
        blocs = sorted(b for b in _default_table() if default_authority(b) == authority)
        bloc = blocs[0] if len(blocs) == 1 else None
    if authority is None and bloc is not None:
        authority = default_authority(bloc)
    numbers = Counter(c.number for c in mentions)
    main = None
    if numbers:
        # the first numbered mention (title/lead) unless another number dominates clearly
        first = mentions[0].number
        top, top_n = numbers.most_common(1)[0]
        main = top if top_n > numbers[first] + 1 else first
    # ("Cụm thi đua số 2:", "Cụm thi đua số III (gồm 11 Sở TT&TT ...):" closing a line, or a heading line)
    headers = [c for c in mentions if _HEADER_COLON.match(an.sh[c.end : c.end + 160] + "\n") or _heading_line(an.sh, c)]
    return ClusterContext(mentions, authority, bloc, main, headers, identity, local, foreign=_foreign(an, authority))


_HEADER_COLON = re.compile(r"[ \t]*(?:\([^()\n]{0,140}\)[ \t]*)?:[ \t]*\n")
_HEADING_BEFORE = re.compile(r"[ \t]*(?:(?:[*•]|\d{1,2}[.)]|[ivx]{1,4}[.)])[ \t]+)?")
# what may follow a cluster named as a section's heading: its area in brackets or after a dash
_HEADING_AFTER = re.compile(r"[ \t]*(?:\([^()\n]{1,60}\)|[-–:][ \t]*[^\n.;:!?]{1,50})?[ \t]*\n")


def _heading_line(sh: str, c: ClusterMention) -> bool:
    """A cluster named alone as a section's heading ("Cụm thi đua số 2 (vùng Đồng bằng sông Hồng)",
    a paragraph of its own): it governs the paragraphs below it, like "Cụm thi đua số 2:"."""
    line = sh.rfind("\n", 0, c.start) + 1
    if line == 0:
        return False  # the page's first line is its title, not a section's heading
    m = _HEADING_BEFORE.match(sh, line)
    return m is not None and m.end() == c.start and _HEADING_AFTER.match(sh, c.end) is not None


def _foreign(an: Analysis, authority: str | None) -> tuple[int, ...]:
    """Starts of unnumbered cluster mentions whose bloc belongs to another authority than the article's."""
    if authority is None:
        return ()
    out = []
    for ag in an.agencies:  # few agencies are of another sector: test the words before those only
        if default_authority(ag.value) in (None, authority):
            continue
        m = _UNNUMBERED.search(an.sh, max(0, ag.start - 40), ag.start)
        if m is not None and m.end() == ag.start:
            out.append(m.start())
    return tuple(out)


def _drop_agencies(an: Analysis, a: int, b: int, gap: str) -> str:
    """The gap between a cluster and an authority with a bloc phrase ('các Sở TT&TT') removed."""
    chars = list(gap)
    for ag in an.agencies:
        if a <= ag.start and ag.end <= b:
            for i in range(ag.start - a, ag.end - a):
                chars[i] = " "
    return re.sub(r"(?<![a-z])cac(?![a-z])", " ", "".join(chars))
