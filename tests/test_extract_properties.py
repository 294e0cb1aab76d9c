"""Properties of the extractor on shuffled article sentences: it never fails, every evidence
span is exact, and a document never carries duplicate or contradicting facts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from thidua.loaders.articles import read_article
from thidua.loaders.facts import parse_document

from thidua.extract import extract_facts

ARTICLES = Path(__file__).resolve().parent / "fixtures" / "articles"
SENTENCES = sorted(
    {
        s
        for p in ARTICLES.iterdir()
        if p.suffix in (".txt", ".html")
        for s in re.split(r"(?<=[.!?])\s+|\n+", read_article(p).text)
        if len(s) > 20
    }
)
NOISE = ["\u00a0", "\u200b", "\n", "  ", " – ", "Ð", "\u0301"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    picks=st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=25),
    noise=st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(NOISE)), max_size=6),
    published=st.sampled_from([None, "2019-01-20", "2023-12-08", "2025-08-01"]),
)
def test_shuffled_articles(picks: list[int], noise: list[tuple[int, str]], published: str | None) -> None:
    from thidua.text import normalize_text

    text = "\n\n".join(SENTENCES[i] for i in picks)
    for pos, piece in noise:
        pos %= len(text) + 1
        text = text[:pos] + piece + text[pos:]
    text = normalize_text(text)
    facts = extract_facts(text, published)
    for fact in facts:
        ev = fact["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]
    parse_document({"source": {"id": "x", "published": published}, "facts": facts}, "x")


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<![a-z])(?:gom|bao\s+gom|co)\s+(?:cac\s+)?tinh(?![a-z])",
        r"(?<![a-z0-9])so\s+(?:tttt|y\s+te)(?![a-z])",
        r"(?<![a-z])(?:cum|khoi)(?![a-z])",
    ],
)
def test_word_start_scanning_finds_exactly_what_the_pattern_finds(pattern: str) -> None:
    """WordStart skips inside words in C; its matches (and their spans) must be those of the pattern itself,
    from any start position and up to any end position."""
    import re

    from thidua.extract.lexicon import WordStart, shadow

    texts = [
        "Cụm gồm các tỉnh A, B; Sở TTTT và Sở Y tế. Khối có các tỉnh C. cum",
        "cumgom gồm  các tỉnh,khối-cụm sở tttt sởyte",
        "gồm các tỉnh",
        "",
    ]
    plain, fast = re.compile(pattern), WordStart(pattern)
    for text in map(shadow, texts):
        for pos in range(0, len(text) + 1, 3):
            for end in (len(text), max(pos, len(text) - 5)):
                want = [m.span() for m in plain.finditer(text, pos, end)]
                assert [m.span() for m in fast.finditer(text, pos, end)] == want
                first = plain.search(text, pos, end)
                got = fast.search(text, pos, end)
                assert (got.span() if got else None) == (first.span() if first else None)


@pytest.mark.parametrize("layer", ["province", "authority"])
def test_letter_trie_finds_what_the_word_trie_finds(layer: str) -> None:
    """The province and authority layers are factored on letters (faster to scan); on every fixture and
    held-out article they must find exactly the spans the word-level trie of the same forms finds."""
    from thidua.extract import lexicon as lx

    compiled = getattr(lx.lexicon(), layer).scanner
    pieces = _layer_pieces(layer)
    assert compiled.pattern == lx._alternation(lx._trie_regex(pieces, letters=True))
    word_level = lx.WordStart(lx._alternation(lx._trie_regex(pieces)))
    fixtures = Path(__file__).resolve().parent / "fixtures"
    checked = 0
    for path in sorted(fixtures.glob("*/articles/*")):
        if path.suffix not in (".txt", ".html"):
            continue
        sh = lx.shadow(path.read_text(encoding="utf-8", errors="replace"))  # (markup too: more to match)
        assert [m.span() for m in compiled.finditer(sh)] == [m.span() for m in word_level.finditer(sh)], path.name
        checked += 1
    assert checked > 1000


def _layer_pieces(layer: str) -> list[tuple[str, ...]]:
    """The piece sequences lexicon() compiles for a layer (same forms, same order)."""
    from thidua.extract import lexicon as lx
    from thidua.gazetteer import gazetteer
    from thidua.vocab import vocabularies

    if layer == "province":
        pairs = [(label, label) for p in gazetteer() for label in {p.name, *p.alt_labels}]
    else:
        vocab = vocabularies()  # (without the grantor-only authorities, which the award rules read themselves)
        pairs = [
            (form, c.notation) for form, c in vocab.surface_forms("authority") if c.notation not in vocab.grantor_only
        ]
    seen: dict[tuple[str, ...], str] = {}
    for form, value in pairs:
        seen.setdefault(lx.form_pieces(form), value)
    return list(seen)
