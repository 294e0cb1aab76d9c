"""Facts files (YAML, JSON Lines) -> :class:`thidua.model.Document`.

Each document is validated on its own: a bad one yields one :class:`FactsError` line naming the
file, the fact and the problem, and the other documents still load. Like a zavod crawler, the
parser ``pop``s every field it uses and reports the leftovers, so a typo (``yaer:``) is an error
rather than a silently dropped value. All text is NFC; vocabulary values and provinces are
resolved here, once, through the SKOS vocabularies and the gazetteer.

A key that is present with ``null`` means "the source does not say"; a required key that is
absent is an error (a curator forgot it).
"""

from __future__ import annotations

import datetime
import difflib
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import yaml

from thidua.gazetteer import UnknownProvince, gazetteer
from thidua.model import (
    BASES,
    CONFERENCE_TYPES,
    KINDS,
    ClusterRef,
    Document,
    Evidence,
    Fact,
    MemberRef,
    Source,
)
from thidua.text import clean_value, normalize_text
from thidua.vocab import UnknownTerm, default_authority, vocabularies

FACT_SUFFIXES = (".yaml", ".yml", ".jsonl", ".json")
MAX_FACTS_FILE = 20 * 1024 * 1024
MIN_YEAR, MAX_YEAR = 1945, 2100
_SOURCE_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,200}$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}

#: The fields each kind may carry (besides kind, note, evidence).
FIELDS: dict[str, tuple[str, ...]] = {
    "role": ("cluster", "year", "role", "member", "evidence"),
    "membership": ("cluster", "year", "member", "basis", "evidence"),
    "award": ("award", "grantor", "recipient", "year", "status", "cluster", "decision", "evidence"),
    "conference": ("cluster", "date", "location", "location_id", "host", "reviews_year", "type", "chairs", "evidence"),
}


class FactsError(ValueError):
    """One problem with one document; ``str()`` is the one-line message shown to the user."""


class _Problem(ValueError):
    """A problem inside a document, before the file and fact position are prefixed."""


# ----------------------------------------------------------------------------- YAML safety


MAX_YAML_NODES = 1_000_000


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    """Size of the node tree with every alias expanded (memoised, so linear in the file)."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1  # a cycle counts once; safe_load would reject recursive structures anyway
    if isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_expanded_size(n, memo) for n in node.value)
    elif isinstance(node, yaml.MappingNode):
        size = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    else:
        size = 1
    memo[key] = size
    return size


def _yaml_docs(text: str) -> list[Any]:
    """Safe YAML documents; anchors and aliases are allowed, alias bombs are not."""
    loader = yaml.SafeLoader(text)
    docs: list[Any] = []
    try:
        while loader.check_node():
            node = loader.get_node()
            if node is None:
                continue
            if _expanded_size(node, {}) > MAX_YAML_NODES:
                raise yaml.YAMLError(
                    f"document expands to more than {MAX_YAML_NODES:,} nodes through aliases (a YAML bomb?)"
                )
            data = loader.construct_document(node)
            if data is not None:
                docs.append(data)
    finally:
        loader.dispose()
    return docs


# ----------------------------------------------------------------------------- files


def iter_fact_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Facts files under the given files and folders, in a stable (sorted) order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FACT_SUFFIXES)
        else:
            yield path


def load_file(path: str | Path) -> tuple[list[Document], list[FactsError]]:
    """All documents of one facts file, and one error per bad document (never raises)."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return [], [FactsError(f"{name}: cannot read: {exc.strerror or exc}")]
    if size > MAX_FACTS_FILE:
        return [], [FactsError(f"{name}: file is {size // 1_048_576} MB, over the 20 MB limit for a facts file")]
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return [], [FactsError(f"{name}: not UTF-8 text (byte {exc.start}); save the file as UTF-8")]
    except OSError as exc:
        return [], [FactsError(f"{name}: cannot read: {exc.strerror or exc}")]
    if "\x00" in text:
        return [], [FactsError(f"{name}: contains NUL bytes; not a text facts file")]
    return load_text(text, name, jsonl=path.suffix.lower() in (".jsonl", ".json"))


def load_text(text: str, name: str, *, jsonl: bool) -> tuple[list[Document], list[FactsError]]:
    docs: list[Document] = []
    errors: list[FactsError] = []
    if jsonl:
        raw_docs: list[tuple[str, Any]] = []
        # Split on "\n" only: str.splitlines() also breaks at U+2028 and friends inside strings.
        for lineno, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            origin = f"{name}:{lineno}"
            try:
                loaded_line = json.loads(line)
                # "\ud800" escapes decode to lone surrogates, which no UTF-8 output can hold.
                json.dumps(loaded_line, ensure_ascii=False).encode("utf-8")
                raw_docs.append((origin, loaded_line))
            except (json.JSONDecodeError, RecursionError) as exc:
                msg = getattr(exc, "msg", "nesting too deep")
                errors.append(FactsError(f"{origin}: invalid JSON: {msg}"))
            except UnicodeEncodeError:
                errors.append(FactsError(f"{origin}: invalid JSON: a \\u escape makes a lone surrogate (not text)"))
    else:
        try:
            loaded = _yaml_docs(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
            where = f" (line {mark.line + 1})" if mark else ""
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            return [], [FactsError(f"{name}: invalid YAML{where}: {problem}")]
        except RecursionError:
            return [], [FactsError(f"{name}: invalid YAML: nesting too deep")]
        except (ValueError, TypeError, OverflowError) as exc:
            # PyYAML's constructors raise plain errors for values like 2023-02-30.
            return [], [FactsError(f"{name}: invalid YAML value: {exc}")]
        if not loaded:
            return [], [FactsError(f"{name}: empty facts file")]
        multi = len(loaded) > 1
        raw_docs = [(f"{name}#{i + 1}" if multi else name, d) for i, d in enumerate(loaded)]
    for origin, raw in raw_docs:
        try:
            docs.append(parse_document(raw, origin))
        except FactsError as exc:
            errors.append(exc)
    return docs, errors


# ----------------------------------------------------------------------------- documents


def parse_document(raw: Any, origin: str) -> Document:
    """Validate one document (``{source: ..., facts: [...]}``) and resolve its values."""
    if not isinstance(raw, dict):
        raise FactsError(f"{origin}: a facts document must be a mapping with 'source' and 'facts'")
    raw = dict(raw)
    try:
        source = _parse_source(raw.pop("source", None))
    except _Problem as exc:
        raise FactsError(f"{origin}: source: {exc}") from None
    facts_raw = raw.pop("facts", None)
    raw.pop("notes", None)
    if raw:
        raise FactsError(f"{origin}: unknown top-level field(s) {', '.join(map(repr, sorted(map(str, raw))))}")
    if facts_raw is None:
        facts_raw = []
    if not isinstance(facts_raw, list):
        raise FactsError(f"{origin}: 'facts' must be a list")
    facts: list[Fact] = []
    seen: dict[tuple, int] = {}
    slots: dict[tuple, tuple[int, Fact]] = {}
    for i, item in enumerate(facts_raw, 1):
        label = _fact_label(item, i)
        try:
            fact = parse_fact(item, source)
        except _Problem as exc:
            raise FactsError(f"{origin}: {label}: {exc}") from None
        key = fact.key()
        if key in seen:
            raise FactsError(f"{origin}: {label}: duplicate of fact {seen[key]}")
        seen[key] = i
        slot = fact.slot()
        if slot != key and slot in slots and _contradicts(slots[slot][1], fact):
            raise FactsError(f"{origin}: {label}: contradicts fact {slots[slot][0]} (same {_slot_words(fact)})")
        slots.setdefault(slot, (i, fact))
        facts.append(fact)
    return Document(source=source, facts=facts, origin=origin)


def _contradicts(a: Fact, b: Fact) -> bool:
    """Same slot and a differing stated value (a null does not contradict a value).

    Two roles whose year the source leaves open (null: a school year, an undated page) do not contradict each other:
    their years are unknown and may differ (the heads of two school years on one page)."""
    if a.kind == "role":
        return a.year is not None and a.member != b.member
    for attr in ("date", "location", "host"):
        va, vb = getattr(a, attr), getattr(b, attr)
        if va is not None and vb is not None and va != vb:
            return True
    return False


def _slot_words(f: Fact) -> str:
    if f.kind == "role":
        return f"cluster, year {f.year} and role {f.role}, different member"
    return f"cluster and reviewed year {f.reviews_year}, different date, place or host"


def _fact_label(item: Any, i: int) -> str:
    kind = item.get("kind") if isinstance(item, dict) else None
    return f"fact {i} ({kind})" if isinstance(kind, str) else f"fact {i}"


def _parse_source(raw: Any) -> Source:
    if not isinstance(raw, dict):
        raise _Problem("missing or not a mapping (need at least 'id')")
    raw = dict(raw)
    sid = raw.pop("id", None)
    if not isinstance(sid, str) or not _SOURCE_ID.match(sid):
        raise _Problem(f"id {sid!r} must be a slug of letters, digits, '.', '_' or '-'")
    title = _opt_text(raw.pop("title", None), "title")
    published = _opt_date(raw.pop("published", None), "published", full=True)
    publisher = _opt_text(raw.pop("publisher", None), "publisher")
    url = _opt_text(raw.pop("url", None), "url")
    if url is not None and not re.match(r"^https?://[^\s<>\"{}|\\^`]+$", url):
        raise _Problem(f"url {url!r} is not an http(s) URL")
    text_hash = raw.pop("text_sha256", None)
    if text_hash is not None and (not isinstance(text_hash, str) or not re.fullmatch(r"[0-9a-f]{64}", text_hash)):
        raise _Problem("text_sha256 must be 64 lower-case hex digits")
    if raw:
        raise _Problem(f"unknown field(s) {', '.join(map(repr, sorted(map(str, raw))))}")
    return Source(id=sid, title=title, published=published, publisher=publisher, url=url, text_hash=text_hash)


# ----------------------------------------------------------------------------- facts


def parse_fact(raw: Any, source: Source) -> Fact:
    """One fact mapping -> :class:`Fact`; raises :class:`_Problem` with a short reason."""
    if not isinstance(raw, dict):
        raise _Problem("a fact must be a mapping")
    raw = dict(raw)
    kind = raw.pop("kind", None)
    if kind not in KINDS:
        raise _Problem(f"unknown kind {kind!r} (expected {', '.join(KINDS)})")
    raw.pop("note", None)
    unknown = sorted(str(k) for k in raw if k not in FIELDS[kind])
    if unknown:
        hints = [m for k in unknown for m in difflib.get_close_matches(k, FIELDS[kind], n=1)]
        hint = f" (did you mean {', '.join(map(repr, hints))}?)" if hints else ""
        raise _Problem(f"unknown field(s) {', '.join(map(repr, unknown))} for kind {kind}{hint}")
    evidence = _parse_evidence(raw.pop("evidence", None))
    fields: dict[str, Any] = {"kind": kind, "source": source.id, "evidence": evidence}
    when = source.published

    if kind in ("role", "membership"):
        fields["year"] = _year(_required(raw, "year"), "year")
        on = as_of(fields["year"], when)
        fields["cluster"] = _cluster(_required(raw, "cluster"))
        fields["member"] = _member(_required(raw, "member"), on, "member")
        if kind == "role":
            fields["role"] = _term("role", _required(raw, "role"))
        else:
            basis = raw.pop("basis", "explicit") or "explicit"
            if basis not in BASES:
                raise _Problem(f"basis {basis!r} must be one of {', '.join(BASES)}")
            fields["basis"] = basis
    elif kind == "award":
        award = _required(raw, "award")
        if not isinstance(award, str) or not award.strip():
            raise _Problem("award must be emulation_flag, certificate_of_merit or other:<name>")
        if award.startswith("other:"):
            fields["award"], fields["award_name"] = "other", _text(award[6:], "award name")
        else:
            fields["award"] = _term("award", award)
        fields["year"] = _year(_required(raw, "year"), "year")
        # Recipients are named as of the ceremony or article, not the performance year.
        on = when or (str(fields["year"] + 1) if fields["year"] else None)
        grantor = raw.pop("grantor", None)
        fields["recipient"] = _member(_required(raw, "recipient"), on, "recipient")
        fields["grantor"] = _grantor(grantor, fields["recipient"], on) if grantor is not None else None
        fields["status"] = _term("status", _required(raw, "status"))
        cluster = raw.pop("cluster", None)
        fields["cluster"] = _cluster(cluster) if cluster is not None else None
        decision = raw.pop("decision", None)
        fields["decision"] = _opt_text(decision, "decision")
    else:  # conference
        fields["cluster"] = _cluster(_required(raw, "cluster"))
        fields["date"] = _opt_date(_required(raw, "date"), "date", full=False)
        fields["reviews_year"] = _year(_required(raw, "reviews_year"), "reviews_year")
        on = fields["date"] or (str(fields["reviews_year"]) if fields["reviews_year"] else when)
        location = raw.pop("location", None)
        location_id = raw.pop("location_id", None)
        fields["location"] = _province(location, on, "location", location_id) if location is not None else None
        host = raw.pop("host", None)
        fields["host"] = _member(host, on, "host") if host is not None else None
        ctype = raw.pop("type", "year_end") or "year_end"
        if ctype not in CONFERENCE_TYPES:
            ctype = _term("conference_type", ctype)
        fields["conference_type"] = ctype
        raw.pop("chairs", None)
    if raw:
        raise _Problem(f"unknown field(s) {', '.join(map(repr, sorted(map(str, raw))))} for kind {kind}")
    return Fact(**fields)


def as_of(year: int | None, published: str | None) -> str | None:
    """The day a year-qualified fact's province names are read as of.

    The article's own date, moved into the year the fact holds: a December 2023 article naming
    the 2024 head speaks of 2024-01-01's provinces; a 2026 article about 2024 of 2024-12-31's;
    an article within the year of its own day. Without a year, the publication date.

    >>> as_of(2024, "2023-12-08"), as_of(2025, "2025-11-02"), as_of(2024, "2026-03-01")
    ('2024-01-01', '2025-11-02', '2024-12-31')
    """
    if year is None:
        return published
    if published is None:
        return f"{year}-01-01"
    return min(max(published, f"{year}-01-01"), f"{year}-12-31")


def _required(raw: dict, key: str) -> Any:
    if key not in raw:
        raise _Problem(f"missing {key} (write '{key}: null' if the source does not say)")
    return raw.pop(key)


def _term(kind: str, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, str | int) or value == "":
        raise _Problem(f"{kind} must be a name, got {value!r}")
    try:
        return vocabularies().lookup(kind, str(value)).notation
    except UnknownTerm as exc:
        raise _Problem(str(exc)) from None


# "UBND tỉnh Nghệ An", "Chủ tịch Ủy ban nhân dân thành phố Hà Nội": a province's committee, named with its province
_COMMITTEE_OF = re.compile(
    r"^\s*(?:chủ\s+tịch\s+)?(?:ubnd|(?:ủy|uỷ|uy)\s+ban\s+nhân\s+dân)\s+(?:tỉnh|thành\s+phố|tp\.?)\s+(\S.*)$", re.I
)


def _grantor(value: Any, recipient: MemberRef, on: str | None) -> str:
    """An authority of the vocabulary; a province's committee named with its province is the vocabulary's
    ``ubnd_tinh`` (the recipient's own province's committee), and must be the recipient's province's."""
    try:
        return _term("authority", value)
    except _Problem:
        named = _COMMITTEE_OF.match(clean_value(value)) if isinstance(value, str) else None
        if named is None:
            raise
    province = _province(named.group(1), on, "grantor")
    if recipient.province != province:
        theirs = gazetteer().by_id[recipient.province].name if recipient.province else "none"
        raise _Problem(
            f"grantor {value!r}: the vocabulary's provincial committee (ubnd_tinh) is the recipient's own "
            f"province's, and the recipient's province is {theirs}"
        )
    return "ubnd_tinh"


def _text(value: Any, what: str) -> str:
    if not isinstance(value, str) or not clean_value(value):
        raise _Problem(f"{what} must be non-empty text, got {value!r}")
    return clean_value(value)


def _opt_text(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        value = str(value)
    return _text(value, what)


def _year(value: Any, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise _Problem(f"{what} must be a year (integer), got {value!r}")
    if isinstance(value, str):
        if not re.fullmatch(r"\s*\d{4}\s*", value):
            raise _Problem(f"{what} must be a year (integer), got {value!r}")
        value = int(value)
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise _Problem(f"{what} {value} is out of range {MIN_YEAR}-{MAX_YEAR}")
    return value


def _opt_date(value: Any, what: str, *, full: bool) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        value = value.date()
    if isinstance(value, datetime.date):
        text = value.isoformat()
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise _Problem(f"{what} must be a date YYYY-MM-DD{'' if full else ' or YYYY-MM'}, got {value!r}")
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            datetime.date.fromisoformat(text)
        elif not full and re.fullmatch(r"\d{4}-\d{2}", text):
            datetime.date.fromisoformat(text + "-01")
        else:
            raise ValueError
    except ValueError:
        raise _Problem(
            f"{what} {value!r} is not a valid date YYYY-MM-DD{'' if full else ' or YYYY-MM'}"
        ) from None
    if not f"{MIN_YEAR}" <= text[:4] <= f"{MAX_YEAR}":
        raise _Problem(f"{what} {text} is out of range {MIN_YEAR}-{MAX_YEAR}")
    return text


def parse_cluster_number(value: Any) -> int:
    """An integer, a digit string or a Roman numeral ('IV') -> int."""
    if isinstance(value, bool):
        raise _Problem(f"cluster number must be an integer or a Roman numeral, got {value!r}")
    if isinstance(value, int):
        n = value
    elif isinstance(value, str) and value.strip().isdigit():
        n = int(value.strip())
    elif isinstance(value, str) and re.fullmatch(r"[IVXL]+", value.strip().upper()):
        n = roman_to_int(value.strip().upper())
    else:
        raise _Problem(f"cluster number must be an integer or a Roman numeral, got {value!r}")
    if not 0 < n < 1000:
        raise _Problem(f"cluster number {n} is out of range 1-999")
    return n


def roman_to_int(text: str) -> int:
    total = 0
    for i, ch in enumerate(text):
        v = _ROMAN[ch]
        total += -v if i + 1 < len(text) and _ROMAN[text[i + 1]] > v else v
    return total


def _cluster(raw: Any) -> ClusterRef:
    if not isinstance(raw, dict):
        raise _Problem("cluster must be a mapping {authority, bloc, number|name}")
    raw = dict(raw)
    bloc_raw = raw.pop("bloc", None)
    bloc = _term("agency", bloc_raw) if bloc_raw is not None else None
    authority_raw = raw.pop("authority", None)
    if authority_raw is not None:
        authority = _term("authority", authority_raw)
        if authority in vocabularies().grantor_only:
            raise _Problem(f"cluster: {authority_raw!r} grants awards but organises none of our clusters")
    elif bloc and default_authority(bloc):
        authority = default_authority(bloc)
    else:
        raise _Problem("cluster: missing authority (and the bloc does not imply one)")
    number_raw = raw.pop("number", None)
    name_raw = raw.pop("name", None)
    if raw:
        raise _Problem(f"cluster: unknown field(s) {', '.join(map(repr, sorted(map(str, raw))))}")
    if number_raw is None and name_raw is None:
        raise _Problem("cluster: needs a number or a name")
    number = parse_cluster_number(number_raw) if number_raw is not None else None
    name = _text(name_raw, "cluster name") if number is None else None
    return ClusterRef(authority=authority, bloc=bloc, number=number, name=name)


def _province(value: Any, on: str | None, what: str, pid: Any = None) -> str:
    """A province id from its name as of ``on``; an explicit ``province_id`` (as ``export``
    writes it) pins the period, and must agree with the name."""
    if not isinstance(value, str) or not value.strip():
        raise _Problem(f"{what} must be a province name, got {value!r}")
    if pid is not None:
        found = gazetteer().by_id.get(pid) if isinstance(pid, str) else None
        if found is None:
            raise _Problem(f"{what}: unknown province_id {pid!r} (ids look like pre2025-27 or 2025-24)")
        if found not in gazetteer().candidates(value):
            raise _Problem(f"{what}: province_id {pid} is {found.name}, not {value!r}")
        return found.id
    try:
        return gazetteer().resolve(value, on).id
    except UnknownProvince as exc:
        raise _Problem(f"{what}: {exc}") from None


def _member(raw: Any, on: str | None, what: str) -> MemberRef:
    if not isinstance(raw, dict):
        raise _Problem(f"{what} must be a mapping {{org, province}} or {{name}}")
    raw = dict(raw)
    name = raw.pop("name", None)
    org = raw.pop("org", None)
    province = raw.pop("province", None)
    pid = raw.pop("province_id", None)
    if raw:
        raise _Problem(f"{what}: unknown field(s) {', '.join(map(repr, sorted(map(str, raw))))}")
    if name is not None and org is None and province is None:
        return MemberRef(name=_text(name, f"{what} name"))
    if org is None or province is None:
        raise _Problem(f"{what} needs both org and province (or just a name for a national unit)")
    return MemberRef(agency=_term("agency", org), province=_province(province, on, f"{what} province", pid))


def _parse_evidence(raw: Any) -> Evidence | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise _Problem("evidence must be a mapping {text, start, end}")
    raw = dict(raw)
    text = raw.pop("text", None)
    start, end = raw.pop("start", None), raw.pop("end", None)
    rule = raw.pop("rule", None)
    if raw:
        raise _Problem(f"evidence: unknown field(s) {', '.join(map(repr, sorted(map(str, raw))))}")
    for name, v in (("start", start), ("end", end)):
        if v is not None and (isinstance(v, bool) or not isinstance(v, int) or v < 0):
            raise _Problem(f"evidence {name} must be a non-negative integer, got {v!r}")
    if start is not None and end is not None and end < start:
        raise _Problem(f"evidence end {end} is before start {start}")
    if text is not None and not isinstance(text, str):
        raise _Problem("evidence text must be a string")
    if rule is not None and (not isinstance(rule, str) or not re.fullmatch(r"[a-z0-9_.\-]+", rule)):
        raise _Problem(f"evidence rule {rule!r} must be a lower-case rule name")
    return Evidence(text=normalize_text(text) if text is not None else None, start=start, end=end, rule=rule)


def text_sha256(text: str) -> str:
    """Hash of an article's normalised text, as stored in ``source.text_sha256``."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()
