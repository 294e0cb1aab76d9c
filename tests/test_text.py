"""Normalisation and folding: every disguise of a name meets one key."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from thidua.text import clean_value, fold, modern_tone, normalize_text, slug


def test_lookalikes_and_invisible_characters() -> None:
    assert normalize_text("\u00d0à Nẵng") == "Đà Nẵng"
    assert normalize_text("Bắc\u200bNinh") == "Bắc Ninh"
    assert normalize_text("Bắc \u200bNinh") == "Bắc Ninh"
    # inside a syllable it is dropped, not made a space
    assert normalize_text("Bình Phư\u200bớc") == "Bình Phước"
    assert normalize_text("Long\u200bAn") == "Long An"
    assert normalize_text("a\u00a0b") == "a b"
    assert normalize_text(unicodedata.normalize("NFD", "Nguyễn")) == "Nguyễn"


def test_fold_meets_variants() -> None:
    assert fold("Bà Rịa -Vũng Tàu") == fold("Bà Rịa - Vũng Tàu") == fold("ba ria vung tau")
    assert fold("Hoà Bình") == fold("Hòa Bình") == "hoa binh"
    assert fold("Sở TT&TT") == "so tt&tt"
    assert fold("Quảng Nam") != fold("Quảng Ngãi")


def test_modern_tone_and_clean_value() -> None:
    assert modern_tone("Hoà Bình") == "Hòa Bình"
    assert modern_tone("Thanh Hoá") == "Thanh Hóa"
    assert clean_value("  Thừa Thiên –\n Huế ") == "Thừa Thiên - Huế"


def test_slug_is_iri_safe() -> None:
    assert slug("Bắc Ninh") == "bac-ninh"
    assert slug("<script>") == "script"


@given(st.text())
def test_normalize_is_idempotent_and_nfc(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(st.text())
def test_fold_is_idempotent_and_ascii(text: str) -> None:
    key = fold(text)
    assert fold(key) == key
    assert all(ch.isascii() for ch in key)


@given(st.text())
def test_the_extractors_shadow_keeps_every_offset(text: str) -> None:
    """The shadow folds one character for one character (its table is a list read by str.translate; any code
    point past the table is kept), so an offset in it is an offset in the article."""
    from thidua.extract.lexicon import _FOLD, shadow

    folded = shadow(text)
    assert len(folded) == len(text)
    assert folded == "".join(_FOLD.get(ord(c), c) for c in text)
