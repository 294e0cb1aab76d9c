"""Text normalisation shared by every loader.

Vietnamese text reaches us in many byte-level disguises that look identical on screen:
decomposed diacritics (NFD), U+00D0 (Ð, Icelandic eth) instead of U+0110 (Đ), no-break and
zero-width spaces, old and new tone placement (Hoà / Hòa). Two functions handle them:

* :func:`normalize_text` makes the text we store and quote (NFC, lookalikes fixed, invisible
  characters removed). Evidence offsets point into this form.
* :func:`fold` makes a matching key (no diacritics, lower case, punctuation collapsed) used
  only to *look up* names, never to display them.

>>> fold("Thừa Thiên - Huế") == fold("thua thien hue")
True
>>> normalize_text("Ðà\u00a0Nẵng")
'Đà Nẵng'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Characters that look like Vietnamese letters but are not; mapped before NFC.
_LOOKALIKES = str.maketrans(
    {
        "\u00d0": "\u0110",  # Ð (eth) -> Đ
        "\u00f0": "\u0111",  # ð (eth) -> đ
        "\u0189": "\u0110",  # Ɖ (African D) -> Đ
        "\u00a0": " ",  # no-break space
        "\u2007": " ",
        "\u202f": " ",
        "\u3000": " ",
        "\u200b": None,  # zero-width space
        "\u200c": None,
        "\u200d": None,
        "\u2060": None,
        "\ufeff": None,  # BOM / zero-width no-break space
        "\u00ad": None,  # soft hyphen
        # Control characters (terminal escape sequences among them) are never text; tab, line
        # feed and carriage return stay.
        **{chr(c): None for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), *range(0x7F, 0xA0)]},
    }
)

# Old-style tone placement ("hoà", "thuý") -> the form Unicode NFC of modern texts usually has.
# Only the open-syllable oa/oe/uy endings are affected; folding makes both match anyway.
_OLD_TONE = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_OLD_TONE_RE = re.compile(
    "(" + "|".join(sorted(_OLD_TONE, key=len, reverse=True)) + r")(?![a-zà-ỹđ])", re.IGNORECASE
)

_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_SPACES = re.compile(r"[ \t\f\v]+")


_ZW_BETWEEN_WORDS = re.compile(r"(?<=\w)[\u200b\u200c\u200d\u2060\ufeff]+(?=\w)")


_VOWELS = frozenset("aăâeêioôơuưy")


def _zero_width(m: re.Match[str]) -> str:
    """A space between two words ("Quảng\u200bTrị"), nothing inside one ("Bình Phư\u200bớc"): a lower-case vowel
    after a letter continues its syllable (a syllable opened by a vowel, "An", is written with a capital in a
    name)."""
    after = m.string[m.end()]
    if m.string[m.start() - 1].isalpha() and after.islower():
        base = unicodedata.normalize("NFD", after)[0]
        if base in _VOWELS:
            return ""
    return " "


def normalize_text(text: str) -> str:
    """NFC, lookalike letters fixed, invisible characters dropped, dashes kept as typed.

    A zero-width space standing alone between two words was used as a space, so it becomes
    one (but not inside a syllable: "Phư\u200bớc"); elsewhere invisible characters are dropped.
    Line breaks are preserved (offsets of evidence spans count them); runs of spaces are not
    collapsed here either, because an article's text must stay re-readable at its offsets.
    """
    text = _ZW_BETWEEN_WORDS.sub(_zero_width, unicodedata.normalize("NFC", text))
    return unicodedata.normalize("NFC", text.translate(_LOOKALIKES))


@lru_cache(maxsize=1 << 16)
def clean_value(value: str) -> str:
    """A single-line field value: normalised, dashes unified, whitespace collapsed, trimmed."""
    text = normalize_text(value)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


def modern_tone(value: str) -> str:
    """Move old-style tone marks to the modern position (Hoà -> Hòa), keeping case."""

    def repl(m: re.Match[str]) -> str:
        src = m.group(0)
        dst = _OLD_TONE[src.lower()]
        return dst.upper() if src.isupper() else (dst[0].upper() + dst[1:] if src[0].isupper() else dst)

    return _OLD_TONE_RE.sub(repl, value)


def strip_diacritics(value: str) -> str:
    """Remove every combining mark and map đ/Đ to d/D."""
    decomposed = unicodedata.normalize("NFD", normalize_text(value))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


_FOLD_DROP = re.compile(r"[^0-9a-z&]+")


@lru_cache(maxsize=1 << 16)
def fold(value: str) -> str:
    """Matching key: lower case, no diacritics, only letters/digits/'&' separated by one space.

    Hyphens, dashes, dots, commas and the words' spacing all fold away, so "Bà Rịa -Vũng Tàu",
    "Bà Rịa - Vũng Tàu" and "ba ria vung tau" meet; "TT&TT" keeps its ampersand.
    """
    return _FOLD_DROP.sub(" ", strip_diacritics(value).lower()).strip()


def slug(value: str) -> str:
    """An IRI-safe slug of a folded value: ``"Bắc Ninh" -> "bac-ninh"``."""
    return fold(value).replace("&", "-").replace(" ", "-").strip("-") or "x"
