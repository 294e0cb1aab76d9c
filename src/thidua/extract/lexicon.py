"""The extractor's lexicon: every surface form comes from the ontology's data files.

Agency types, authorities, roles and award types are the ``skos:altLabel``s of
``ontology/vocabularies.ttl``; province names are the gazetteer's labels. They are compiled
once per process into regular expressions that run over a *shadow* of the article: the same
string folded character by character (lower case, no diacritics, đ→d, every dash a hyphen), so
an offset in the shadow is an offset in the article. ``Hoà``/``Hòa``, ``Dak Lak``/``Đắk Lắk``,
``Ngay``/``Ngày`` and ``thị đua``/``thi đua`` all meet there, while the evidence keeps the
article's own characters.

>>> shadow("Ðắk Lắk – Hoà") == "dak lak - hoa"
True
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache, lru_cache

from thidua.gazetteer import Province, gazetteer
from thidua.vocab import vocabularies


def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in range(0x80, 0x2100):
        ch = chr(cp)
        base = unicodedata.normalize("NFD", ch)[0]
        if base.isascii() and base.isalpha() and base != ch:
            table[cp] = base.lower()
    for ch in "đĐÐðƉ":
        table[ord(ch)] = "d"
    for cp in (*range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63, 0xFF0D):
        table[cp] = "-"
    for ch in "“”„‟«»":
        table[ord(ch)] = '"'
    for ch in "‘’‚‛":
        table[ord(ch)] = "'"
    table[0x2026] = "."  # … is one character: keep the length
    table[0x00A0] = " "
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp).lower()
    return table


_FOLD = _fold_table()
# the same table as a list indexed by code point: str.translate reads a list about twice as fast as a dict
# (characters past its end raise IndexError, a LookupError, and are kept as they are)
_FOLD_LIST = [_FOLD.get(cp, chr(cp)) for cp in range(max(_FOLD) + 1)]


def shadow(text: str) -> str:
    """Fold ``text`` one character for one character (offsets are preserved)."""
    return text.translate(_FOLD_LIST)


_TOKEN = re.compile(r"[a-z0-9]+|[^\sa-z0-9]")
#: Between two words of a multi-word name: spaces (line breaks too), or a dash/comma/& with spaces.
WORD_SEP = r"(?:\s*[-,&]\s*|\s+)"
_HEAD_SEP = r"(?:\s*[-&]\s*|\s+)"
_PUNCT_SEP = r"\s*[-,&.]?\s*"


def _word_variants(word: str) -> str:
    """A word, or the word with one letter dropped (typos such as 'Phát hanh', 'chyển')."""
    if len(word) < 5 or not word.isalpha():
        return re.escape(word)
    variants = {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}
    return "(?:" + "|".join(sorted(variants, key=lambda v: (-len(v), v))) + ")"


def form_pieces(form: str, *, typos: bool = False) -> tuple[str, ...]:
    """Regex pieces (over the shadow) for one surface form: words and flexible separators."""
    tokens = _TOKEN.findall(shadow(form))
    out: list[str] = []
    prev_word = False
    multiword = sum(1 for t in tokens if t[0].isalnum()) > 1
    words = 0
    for tok in tokens:
        if tok[0].isalnum():
            if prev_word:
                # no comma after a form's head word: "cơ sở, xây dựng" is not "Sở Xây dựng"
                out.append(WORD_SEP if words > 1 else _HEAD_SEP)
            words += 1
            out.append(_word_variants(tok) if typos and multiword else re.escape(tok))
            prev_word = True
        else:
            out.append(_PUNCT_SEP)
            prev_word = False
    return tuple(out)


def form_pattern(form: str, *, typos: bool = False) -> str:
    """Regex (over the shadow) for one surface form: flexible spaces and punctuation."""
    return "".join(form_pieces(form, typos=typos))


def _letters(seq: tuple[str, ...]) -> tuple[str, ...]:
    """The pieces with every literal word split into its characters (for a character-level trie)."""
    return tuple(atom for piece in seq for atom in (piece if piece.isalnum() and piece.isascii() else (piece,)))


def _trie_regex(sequences: list[tuple[str, ...]], *, letters: bool = False) -> str:
    """One regex for many piece sequences, factored on common prefixes (much faster to scan
    than a flat alternation); longer continuations are tried first, so the longest form wins.

    ``letters`` factors on characters instead of words, so ``re`` picks a branch by one letter
    at each step instead of trying every word that starts the same (about 40 % faster for
    the province and authority layers). It is not used for the agency layer: its typo variants
    ("chyển") share letters with other branches, and the first branch tried would then sometimes
    give a shorter name than the word-level trie does.
    """
    trie: dict = {}
    for seq in sequences:
        node = trie
        for piece in _letters(seq) if letters else seq:
            node = node.setdefault(piece, {})
        node[""] = {}

    def depth(node: dict) -> int:
        return max((1 + depth(child) for key, child in node.items() if key), default=0)

    def emit(node: dict) -> str:
        children = sorted((k for k in node if k), key=lambda k: (-depth(node[k]), k))
        alts = [k + emit(node[k]) for k in children]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _alternation(pattern: str) -> str:
    return r"(?<![a-z0-9])(?:" + pattern + r")(?![a-z0-9])"


def _canon(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", shadow(text))


class WordPattern:
    """A regex whose opening negative lookbehind (``(?<![a-z])``) is checked in Python.

    Why: ``re`` skips ahead to the characters a pattern can start with, but not when the pattern
    opens with a lookbehind; then it tries every position. For patterns whose first letters are
    rare (``nam 2023``, ``cum thi dua``, dates), scanning the body and checking the character
    before each hit is 2-20x faster, and the matches are the same (a rejected hit resumes one
    character later, where the original pattern would have tried next). Patterns whose first
    letters are common words gain nothing: scan those with :class:`WordStart`.
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        lead = re.match(r"\(\?<!(\[[^\]]*\])\)", pattern)
        if lead is None:
            raise ValueError(f"pattern does not open with a negative lookbehind: {pattern[:40]!r}")
        self.pattern = pattern
        self.body = re.compile(pattern[lead.end() :], flags)
        self.before = re.compile(lead.group(1))

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        endpos = len(s) if endpos is None else endpos
        body, before = self.body, self.before
        while True:
            m = body.search(s, pos, endpos)
            if m is None:
                return None
            i = m.start()
            if i == 0 or not before.match(s, i - 1):
                return m
            pos = i + 1

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        endpos = len(s) if endpos is None else endpos
        body, before = self.body, self.before
        while True:
            m = body.search(s, pos, endpos)
            if m is None:
                return
            i = m.start()
            if i == 0 or not before.match(s, i - 1):
                yield m
                pos = m.end() if m.end() > i else i + 1
            else:
                pos = i + 1


class WordStart:
    """A regex opening with a negative lookbehind (``(?<![a-z])``), scanned for word starts in C.

    Why: for patterns whose first letters are common (agency names, "gồm", "tham dự"), skipping to
    the first letters gains nothing (:class:`WordPattern`), but ``re`` still tries the whole pattern
    at every position inside every word. Scanning for "a character outside the class, then the body"
    lets ``re`` skip over the letters themselves; each hit is matched again with the real pattern one
    character on, so the match objects, and the matches, are exactly those of the original (about 20-50 %
    faster over a 5 KB article).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        lead = re.match(r"\(\?<!\[(\^?)([^\]]*)\]\)", pattern)
        if lead is None:
            raise ValueError(f"pattern does not open with a negative lookbehind: {pattern[:40]!r}")
        self.pattern = pattern
        self.regex = re.compile(pattern, flags)
        outside = "[" + ("" if lead.group(1) else "^") + lead.group(2) + "]"
        self.scan = re.compile(outside + "(?:" + pattern[lead.end() :] + ")", flags)

    def finditer(self, s: str, pos: int = 0, endpos: int | None = None):  # type: ignore[no-untyped-def]
        endpos = len(s) if endpos is None else endpos
        regex, scan = self.regex, self.scan
        if pos == 0:
            m = regex.match(s, 0, endpos)
            if m is not None:
                yield m
                pos = max(m.end(), 1)
        while True:
            hit = scan.search(s, pos - 1 if pos else 0, endpos)
            if hit is None:
                return
            m = regex.match(s, hit.start() + 1, endpos)
            if m is None:  # (cannot happen: the body matched after a character outside the class; never fail on it)
                pos = hit.start() + 2
                continue
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1

    def search(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return next(self.finditer(s, pos, endpos), None)

    def match(self, s: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        return self.regex.match(s, pos, len(s) if endpos is None else endpos)


@dataclass
class Layer:
    """One kind of surface form: a combined regex, and a way back to the concept it names."""

    regex: re.Pattern[str]
    by_canon: dict[str, str]
    forms: list[tuple[re.Pattern[str], str]]
    memo: dict[str, str | None] = field(default_factory=dict)
    # WordPattern for layers whose forms start with rare letters (roles, awards), else WordStart
    scanner: WordPattern | WordStart | None = None

    def identify(self, matched: str) -> str | None:
        """The value a matched shadow string names (memoised: articles repeat their names)."""
        if matched in self.memo:
            return self.memo[matched]
        found = self.by_canon.get(_canon(matched))
        if found is None:
            found = next((value for rx, value in self.forms if rx.fullmatch(matched)), None)
        if len(self.memo) < 100_000:
            self.memo[matched] = found
        return found

    def finditer(self, sh: str, end: int | None = None):  # type: ignore[no-untyped-def]
        if self.scanner is not None:
            return self.scanner.finditer(sh, 0, len(sh) if end is None else end)
        return self.regex.finditer(sh, 0, len(sh) if end is None else end)


def _layer(
    pairs: list[tuple[str, str]], *, typos: bool = False, scan: bool = False, letters: bool = False
) -> Layer:
    """pairs: (surface form, value). Longest forms first so alternation prefers them."""
    seen: dict[tuple[str, ...], str] = {}
    for form, value in pairs:
        seen.setdefault(form_pieces(form, typos=typos), value)
    ordered = sorted(((("".join(k)), v) for k, v in seen.items()), key=lambda pv: (-len(_canon_pattern(pv[0])), pv[0]))
    regex = re.compile(_alternation(_trie_regex(list(seen), letters=letters)))
    by_canon = {}
    for form, value in pairs:
        by_canon.setdefault(_canon(form), value)
    forms = [(re.compile(p), v) for p, v in ordered]
    scanner = WordPattern(regex.pattern) if scan else WordStart(regex.pattern)
    return Layer(regex=regex, by_canon=by_canon, forms=forms, scanner=scanner)


@dataclass(frozen=True)
class Orders:
    """The State's orders (``ontology/orders.yaml``): "Huân chương Lao động hạng Ba" -> its award name."""

    regex: re.Pattern[str]
    names: dict[str, str]  # folded words after "huân chương" -> the name as written ("lao dong" -> "Lao động")
    classes: dict[str, str]  # folded class -> the class as written ("ba" -> "Ba")
    grantor: str

    def name(self, m: re.Match[str]) -> str:
        """'other:<the order's name>' for a match of :attr:`regex`."""
        ranked = m.group("name")
        words = re.sub(r"\s+", " ", ranked or m.group("plain"))
        out = f"other:Huân chương {self.names[words]}"
        return f"{out} hạng {self.classes[m.group('cls')]}" if ranked else out

    def elided(self, sh: str, m: re.Match[str]) -> list[tuple[int, int, str]]:
        """ "Huân chương Lao động hạng Ba (năm 2001) và hạng Nhì (năm 2006)": the same order of another class, its
        name not written again (spans of "hạng Nhì" and the award's name)."""
        if not m.group("name"):
            return []
        out = []
        pos = m.end()
        order = self.names[re.sub(r"\s+", " ", m.group("name"))]
        while (more := _ELIDED_CLASS.match(sh, pos)) is not None and more.group("c") in self.classes:
            name = f"other:Huân chương {order} hạng {self.classes[more.group('c')]}"
            out.append((more.start("cls"), more.end(), name))
            pos = more.end()
        return out


# ("... hạng Ba (năm 2001) và hạng Nhì (năm 2006)", "hạng Ba, hạng Nhì")
_ELIDED_CLASS = re.compile(r"\s*(?:\([^()\n]{0,30}\))?\s*(?:,|va|,\s*va)\s+(?P<cls>hang\s+(?P<c>[a-z]+))(?![a-z])")


@cache
def orders() -> Orders:
    """Compile the orders of ``orders.yaml`` once: an order with classes is read only with its class."""
    import yaml

    from thidua.vocab import ontology_file

    data = yaml.safe_load(ontology_file("orders.yaml"))
    names = {shadow(o["name"]).lower(): o["name"] for o in data["orders"]}
    classes = {shadow(c).lower(): c for c in data["classes"]}

    def alt(ranked: bool) -> str:
        keys = sorted((shadow(o["name"]).lower() for o in data["orders"] if o["classes"] == ranked), key=len)
        return "|".join(r"\s+".join(map(re.escape, k.split())) for k in reversed(keys))

    cls = "|".join(sorted(classes, key=len, reverse=True))
    regex = re.compile(
        rf"(?<![a-z])huan\s+chuong\s+(?:(?P<name>{alt(True)})\s+hang\s+(?P<cls>{cls})|(?P<plain>{alt(False)}))"
        r"(?![a-z])"
    )
    return Orders(regex, names, classes, data["grantor"])


def _canon_pattern(pattern: str) -> str:
    return re.sub(r"\(\?:[^)]*\)|\\s[*+]|\[[^\]]*\][?*+]?|[\\?*+()|]", "", pattern)


@dataclass
class Lexicon:
    agency: Layer
    authority: Layer
    role: Layer
    award: Layer
    province: Layer
    provinces: dict[str, list[Province]]

    def province_name(self, matched: str, on: str | None) -> str | None:
        """Canonical name of the province a matched surface form meant on day ``on``."""
        key = self.province.identify(matched)
        if key is None:
            return None
        return _resolve(key, _period_of(on))


@cache
def _boundaries() -> list[str]:
    """Days on which the province map changed (from the gazetteer's validity dates)."""
    import datetime

    days = set()
    for p in gazetteer():
        if p.valid_from:
            days.add(p.valid_from)
        if p.valid_to:
            days.add((datetime.date.fromisoformat(p.valid_to) + datetime.timedelta(days=1)).isoformat())
    return sorted(days)


def _period_of(on: str | None) -> str | None:
    """A representative day of the map period ``on`` falls in (so resolutions can be cached)."""
    if on is None:
        return None
    day = on if len(on) == 10 else (on + "-01-01")[:10] if len(on) == 4 else (on + "-01")[:10]
    bounds = _boundaries()
    i = bisect.bisect_right(bounds, day)
    return bounds[i - 1] if i > 0 else "1900-01-01"


@lru_cache(maxsize=4096)
def _resolve(key: str, on: str | None) -> str | None:
    try:
        return gazetteer().resolve(key, on).name
    except ValueError:
        return None


#: Role surface forms the vocabulary does not need for loading but the extractor meets in text.
_EXTRA_ROLE_FORMS = {"head": ("Trưởng cụm", "Cụm trưởng"), "deputy": ("Phó cụm trưởng", "Phó trưởng cụm")}


@cache
def lexicon() -> Lexicon:
    """Compile every surface form once per process."""
    vocab = vocabularies()
    agency = [(form, c.notation) for form, c in vocab.surface_forms("agency")]
    # (a grantor-only authority, "UBND tỉnh", names no cluster and is read by the award rules with its province)
    authority = [
        (form, c.notation) for form, c in vocab.surface_forms("authority") if c.notation not in vocab.grantor_only
    ]
    role = [(form, c.notation) for form, c in vocab.surface_forms("role") if _canon(form) not in ("donvicumtruong",)]
    role = [(f, n) for f, n in role if not _canon(f).startswith("donvi")]
    for notation, forms in _EXTRA_ROLE_FORMS.items():
        role.extend((f, notation) for f in forms)
    # Award types: only the bare type words; "của <grantor>" is read by the grantor layer.
    award = [
        (form, c.notation)
        for form, c in vocab.surface_forms("award")
        if c.notation != "other"
        and _canon(form) in {"cothidua", "cothiduaxuatsac", "bangkhen", "bangkhem", "cothiduanganh"}
    ]
    gaz = gazetteer()
    prov_pairs: list[tuple[str, str]] = []
    provinces: dict[str, list[Province]] = {}
    for p in gaz:
        for label in {p.name, *p.alt_labels}:
            prov_pairs.append((label, label))
            provinces.setdefault(label, []).append(p)
    return Lexicon(
        agency=_layer(agency, typos=True),
        authority=_layer(authority, letters=True),
        role=_layer(role, typos=False, scan=True),
        award=_layer(award, scan=True),
        province=_layer(prov_pairs, letters=True),
        provinces=provinces,
    )
