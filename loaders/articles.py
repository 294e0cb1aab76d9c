"""Articles (.txt, .html) -> normalised text + title + date + URL -> extracted facts documents.

Reading is defensive: an empty, binary, oversized or undecodable file gives one
:class:`ArticleError` line naming the file and the problem, never a traceback. Text that is not
UTF-8 is tried as Windows-1258 (the legacy Vietnamese code page, decomposed tone marks that NFC
recomposes); a TCVN3 (ABC) file, which no codec reads, is reported as such.

HTML goes through trafilatura (offline: the page is never fetched). Measured on the fixture
pages against a plain lxml text dump and jusText, extracting facts from each: trafilatura and
lxml found all 44 gold facts, but lxml kept menus, "Tin cùng chuyên mục" and footers (7
boilerplate hits in 4 pages); jusText dropped short paragraphs as boilerplate and lost 26 of the
44 facts. trafilatura also reads ``article:published_time``, ``<time>`` and the canonical URL.
Captions matter here (roles are often only in a caption), so ``<figure>``/``<figcaption>`` are
turned into plain blocks first; trafilatura would drop them.

Evidence offsets index into :attr:`Article.text`, the normalised text (``thidua.text.normalize_text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from thidua.text import normalize_text

MAX_ARTICLE_BYTES = 10 * 1024 * 1024
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
_BINARY_MAGIC = {
    b"%PDF": "a PDF file",
    b"PK\x03\x04": "a ZIP/Office file",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip file",
    b"\xd0\xcf\x11\xe0": "an old Office (.doc) file",
}
# Frequent Vietnamese words; a decoding that yields none of them is not Vietnamese text.
_VI_WORDS = re.compile(r"(?<!\w)(?:của|và|các|được|năm|trong|những|thi đua|tỉnh|cho|với|là)(?!\w)", re.IGNORECASE)
# TCVN3 (ABC) bytes of common Vietnamese syllables, seen through Latin-1: "cña" (của), "®−îc" (được).
_TCVN3_HINTS = re.compile("cña|®−îc|n¨m|thi ®ua|tØnh|c¸c|vµ")


class ArticleError(ValueError):
    """One problem with one article file; ``str()`` is the one-line message."""


@dataclass(frozen=True)
class Article:
    path: str
    source_id: str
    text: str  # normalised; evidence offsets index into it
    title: str | None
    published: str | None  # YYYY-MM-DD
    url: str | None
    encoding: str = "utf-8"
    publisher: str | None = None  # the site name, when the page states it


def source_id_for(path: Path) -> str:
    """A facts-format source id from a file name: letters, digits, '.', '_' and '-' only."""
    from thidua.text import strip_diacritics

    stem = strip_diacritics(path.stem)
    sid = re.sub(r"[^A-Za-z0-9_.\-]+", "-", stem).strip("-.") or "article"
    if not sid[0].isalnum():
        sid = "a" + sid
    return sid[:200]


def decode_bytes(raw: bytes, name: str) -> tuple[str, str]:
    """Bytes -> (text, encoding name), or ArticleError with a clear reason."""
    if not raw.strip():
        raise ArticleError(f"{name}: empty file")
    for magic, what in _BINARY_MAGIC.items():
        if raw.startswith(magic):
            raise ArticleError(f"{name}: binary file ({what}), not a text or HTML article")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            raise ArticleError(f"{name}: invalid UTF-16 text") from None
    if b"\x00" in raw:
        raise ArticleError(f"{name}: binary file (contains NUL bytes), not a text or HTML article")
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError as exc:
        position = exc.start
    latin = raw.decode("latin-1")
    if _TCVN3_HINTS.search(latin):
        raise ArticleError(
            f"{name}: legacy TCVN3 (ABC) Vietnamese encoding, not UTF-8; convert it to Unicode first "
            "(e.g. with UniKey's converter)"
        )
    try:
        text = raw.decode("cp1258")
        if _VI_WORDS.search(normalize_text(text)):
            return text, "windows-1258"
    except UnicodeDecodeError:
        pass
    guess = None
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:200_000]).best()
        guess = best.encoding if best else None
    except Exception:  # pragma: no cover - a detector failure must not hide the real message
        guess = None
    hint = f" (looks like {guess})" if guess else ""
    raise ArticleError(f"{name}: not UTF-8 text (byte {position}){hint}; save the article as UTF-8")


def read_article(path: str | Path, published: str | None = None, url: str | None = None) -> Article:
    """Read one article file; ``published``/``url`` fill in what the file does not say."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            raise ArticleError(f"{name}: is a folder, not an article file")
        size = path.stat().st_size
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read: {exc.strerror or exc}") from None
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(f"{name}: file is {size / 1_048_576:.1f} MB, over the 10 MB limit for an article")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{name}: cannot read: {exc.strerror or exc}") from None
    text, encoding = decode_bytes(raw, name)
    is_html = path.suffix.lower() in (".html", ".htm") or bool(
        re.match(r"\s*(?:<!doctype html|<html)", text[:200], re.I)
    )
    publisher = None
    if is_html:
        body, title, date, page_url, publisher = _from_html(text, name)
    else:
        body, title, date, page_url = _from_text(text)
    if not body.strip():
        raise ArticleError(f"{name}: no article text")
    return Article(
        path=name,
        source_id=source_id_for(path),
        text=body,
        title=title,
        published=date or published,
        url=url or page_url,
        encoding=encoding,
        publisher=publisher,
    )


def _from_text(text: str) -> tuple[str, str | None, str | None, str | None]:
    from thidua.extract.dates import page_date

    body = normalize_text(text.replace("\r\n", "\n").replace("\r", "\n"))
    title = next((ln.strip() for ln in body.splitlines() if ln.strip()), None)
    return body, (title[:300] if title else None), page_date(body), None


_INLINE = r"(?:a|b|strong|em|i|span|br|u|sup|sub|font)"
_LEAF_DIV = re.compile(r"<div\b([^>]*)>((?:[^<]|<" + _INLINE + r"\b[^>]*>|</" + _INLINE + r">)*)</div>", re.I)
_BR = " QQBRQQ "  # (a token no article contains; trafilatura drops private-use and control characters)
_CELL = re.compile(r"<t[dh]\b.*?</t[dh]>", re.I | re.S)


def _line_breaks(text: str) -> str:
    """The <br> marks as single newlines (none at the start or end of a block)."""
    text = re.sub(r"[ \t]*(?:QQBRQQ[ \t]*)+(?=\n|$)|(?:(?<=\n)|^)[ \t]*(?:QQBRQQ[ \t]*)+", "", text)
    return re.sub(r"[ \t]*(?:QQBRQQ[ \t]*)+", "\n", text)


_IMAGE_LINE = re.compile(r"^[ \t]*!\[[^\]\n]*\]\([^)\n]*\)[ \t]*$", re.M)


_ASIDE = re.compile(r"<aside\b[^>]*>(.*?)</aside>", re.I | re.S)
_DEFINITION = re.compile(r"<dt\b[^>]*>(.*?)</dt>\s*<dd\b[^>]*>(.*?)</dd>", re.I | re.S)


def _factboxes(html: str) -> str:
    """A fact box the article carries ("<aside><h3>Cụm thi đua số 5</h3><dl><dt>Thành viên</dt><dd>...")
    is article text, which trafilatura drops with the sidebars: an aside without links becomes a
    block, and each term of a definition list a line "term: definition"."""

    def keep(m: re.Match[str]) -> str:
        inner = m.group(1)
        if re.search(r"<a\b", inner, re.I):
            return m.group(0)  # links: a sidebar of other articles
        return "<div>" + inner + "</div>"

    html = _ASIDE.sub(keep, html)
    return _DEFINITION.sub(lambda m: f"<p>{m.group(1).strip()}: {m.group(2).strip()}</p>", html)


def _missed_lead(html: str, body: str, title: str | None) -> str | None:
    """The lead paragraph(s) trafilatura left out: text blocks between the headline and the first
    paragraph it kept (a "sapo" beside the main content box, the most common miss on news sites).

    Only sentence-like blocks of 80+ characters count, so menus, bylines and counters stay out.
    """
    import lxml.html

    # the first real paragraph kept (a masthead or byline line above it is not where the lead would be)
    paragraphs = [p for p in body.split("\n\n") if len(p.strip()) >= 100 and p.strip() != title]
    if not paragraphs:
        return None
    try:
        root = lxml.html.fromstring(html)
    except Exception:  # broken markup: keep trafilatura's text as it is
        return None
    blocks = []
    for el in root.iter("p", "h1", "h2", "h3", "li"):
        text = normalize_text(re.sub(r"\s+", " ", el.text_content().replace(_BR.strip(), " "))).strip()
        if text:
            blocks.append(text)
    first = paragraphs[0][:60]
    end = next((i for i, b in enumerate(blocks) if b.startswith(first)), None)
    if end is None:
        return None
    start = next((i + 1 for i, b in enumerate(blocks[:end]) if title and b == title), 0)
    found = [
        b for b in blocks[start:end] if len(b) >= 80 and re.search(r"[.!?…]\s*$", b) and b[:60] not in body
    ]
    return "\n\n".join(found) or None


_STAMP_CLASS = re.compile(r"date|time|meta|publish|posted|ngay|stamp", re.I)


def _marked_stamp(html: str) -> str | None:
    """The date in the page's own stamp element (``<p class="meta">``, ``<span class="post-date">``),
    which the main-text extraction drops: the first short element so marked that holds a full date."""
    import lxml.html

    from thidua.extract.dates import page_date

    try:
        root = lxml.html.fromstring(html)
    except Exception:  # broken markup: no stamp
        return None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "head"):
            continue
        marks = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _STAMP_CLASS.search(marks):
            continue
        text = normalize_text(re.sub(r"\s+", " ", el.text_content().replace(_BR.strip(), " "))).strip()
        if text and len(text) < 160:
            found = page_date(text, max_lines=1)
            if found:
                return found
    return None


def _written_in(body: str, day: str) -> bool:
    """The article's text tells the date ``day`` (YYYY-MM-DD) as "1/7/2025" or "ngày 1 tháng 7 năm 2025"."""
    y, m, d = day.split("-")
    d, m = str(int(d)), str(int(m))
    return bool(
        re.search(rf"(?<!\d)0?{d}\s*[/.-]\s*0?{m}\s*[/.-]\s*{y}(?!\d)", body)
        or re.search(rf"(?<!\d)0?{d}\s+tháng\s+0?{m}\s+năm\s+{y}(?!\d)", body, re.I)
    )


def _only_in_links(html: str, day: str) -> bool:
    """``day`` is written in the page only inside list items (another article's date in a list of links)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"(?is)<li\b.*?</li>", html)]
    y, m, d = day.split("-")
    d, m = str(int(d)), str(int(m))
    found = [x.start() for x in re.finditer(rf"(?<!\d)0?{d}\s*[/.-]\s*0?{m}\s*[/.-]\s*{y}(?!\d)", html)]
    return bool(found) and all(any(a <= i < b for a, b in spans) for i in found)


def _from_html(html: str, name: str) -> tuple[str, str | None, str | None, str | None, str | None]:
    import trafilatura

    if not re.search(r"<body|<p|<div|<article", html, re.I):
        raise ArticleError(f"{name}: HTML without a body")
    prepared = re.sub(r"<(/?)figcaption\b", r"<\1p", html, flags=re.I)
    prepared = re.sub(r"<(/?)figure\b", r"<\1div", prepared, flags=re.I)
    # a lead kept in a text-only <div class="sapo|summary|..."> is a paragraph (trafilatura skips bare divs)
    prepared = _LEAF_DIV.sub(r"<p\1>\2</p>", prepared)
    prepared = _factboxes(prepared)
    # a <br> inside a paragraph is a line break, not a new paragraph ("Tỉnh đoàn Nam<br>Định"): marked
    # here and turned into a single newline below, as in a plain-text article
    # (in a table cell a <br> is a space: a row is one line of text)
    prepared = _CELL.sub(lambda m: re.sub(r"<br\s*/?>", " ", m.group(0), flags=re.I), prepared)
    prepared = re.sub(r"<br\s*/?>", _BR, prepared, flags=re.I)
    try:
        # include_images keeps the captions next to photos; the image lines themselves are dropped below
        doc = trafilatura.bare_extraction(
            prepared,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=True,
            favor_recall=True,
        )
    except Exception as exc:  # trafilatura raises many types on broken markup
        raise ArticleError(f"{name}: cannot parse HTML: {type(exc).__name__}") from None
    if doc is None:
        raise ArticleError(f"{name}: HTML without article text")
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    # each line of trafilatura's text is a block (paragraph, caption, list item): keep them apart
    text = _IMAGE_LINE.sub("", data.get("text") or "")
    body = re.sub(r"\n+", "\n\n", normalize_text(text).strip())
    body = _line_breaks(body)
    title = normalize_text(data.get("title") or "").strip() or None
    lead = _missed_lead(prepared, body, title)
    if lead:
        body = lead + "\n\n" + body
    if title and not body.lstrip().startswith(title):
        body = title + "\n\n" + body
    from thidua.extract.dates import page_date

    date = data.get("date")
    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        date = None
    if date is None:
        date = page_date(body) or _marked_stamp(prepared)
    elif date.endswith("-01"):
        # htmldate reads a month from an upload path ("/upload/2017/12/...") as its 1st day; the page's
        # own stamp of that month ("Ngày 29 tháng 12 năm 2017 | ... lượt xem") is the day
        stamp = page_date(body) or _marked_stamp(prepared)
        if stamp and stamp[:7] == date[:7]:
            date = stamp
    if date and _only_in_links(prepared, date):
        # htmldate may take the date of another article listed in a "related news" block ("<li><a>...</a>
        # (16/07/2011)</li>") when the page's own stamp ("Cập nhật lúc 09:14, Thứ sáu, 22/07/2011") is marked
        stamp = _marked_stamp(prepared)
        if stamp and stamp != date:
            date = stamp
    if date and _written_in(body, date):
        # htmldate may take a date the article tells ("Từ ngày 01/7/2025, ...") when the page's own stamp
        # (<p class="date">Thứ sáu, 21/11/2025</p>) is in a form it does not read: the stamp is the date
        stamp = _marked_stamp(prepared)
        if stamp and stamp != date:
            date = stamp
    page_url = data.get("url")
    if page_url and not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", page_url):
        page_url = None
    publisher = normalize_text(data.get("sitename") or "").strip() or None
    return body, title, date, page_url, publisher


# ----------------------------------------------------------------------------- facts


def extract_document(article: Article) -> dict:
    """The facts-format document (source + facts with evidence) of one article."""
    from thidua.extract import extract_text

    return extract_text(
        article.text,
        source_id=article.source_id,
        published=article.published,
        title=article.title,
        url=article.url,
        publisher=article.publisher,
    )


def facts_document(path: str | Path, published: str | None = None, url: str | None = None) -> dict:
    """Read and extract one article (raises :class:`ArticleError`)."""
    return extract_document(read_article(path, published=published, url=url))


def documents_from_article(path: str | Path, published: str | None = None, url: str | None = None):  # type: ignore[no-untyped-def]
    """``thidua build``'s article input: ([Document], [one-line errors]); never raises."""
    from thidua.loaders.facts import FactsError, parse_document

    try:
        doc = facts_document(path, published=published, url=url)
    except ArticleError as exc:
        return [], [str(exc)]
    except Exception as exc:  # the last resort: one line, not a traceback
        return [], [f"{path}: extraction failed: {type(exc).__name__}: {exc}"]
    if not doc["facts"]:
        return [], [f"{path}: no cluster facts found"]
    try:
        return [parse_document(doc, str(path))], []
    except FactsError as exc:
        return [], [str(exc)]
