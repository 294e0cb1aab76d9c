"""Property tests (hypothesis) of the resilience contract.

- The facts loader never crashes: arbitrary text, and arbitrary YAML / JSON made of the format's
  own keys and wrong-typed values, give documents or :class:`FactsError` lines, nothing else.
- The extractor never crashes on arbitrary text (keyword soup in Vietnamese and plain noise),
  every evidence span is exact, and what it proposes is valid input for ``build``.
- build -> export (jsonl) -> build is a fixed point on generated valid facts documents.
"""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from thidua.loaders.facts import FactsError, load_text, parse_document

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ----------------------------------------------------------------------------- facts loader

KEYS = [
    "source", "facts", "kind", "id", "title", "published", "url", "publisher", "text_sha256", "cluster",
    "authority", "bloc", "number", "name", "year", "role", "member", "org", "province", "province_id", "award",
    "grantor", "recipient", "status", "decision", "date", "location", "location_id", "host", "reviews_year",
    "type", "chairs", "evidence", "text", "start", "end", "rule", "basis", "note", "notes",
]  # fmt: skip
WORDS = [
    "role", "membership", "award", "conference", "head", "deputy", "proposed", "conferred", "emulation_flag",
    "certificate_of_merit", "other:Giải", "Bộ TTTT", "Sở TTTT", "Bắc Ninh", "Quảng", "Hà Nam", "IV", "2023",
    "2023-12-08", "2023-02-30", "2023-13", "0", "-1", "1e309", "NaN", "", " ", "\u00a0", "Ð", "\u0301",
    "year_end", "explicit", "http://x", "javascript:alert(1)", "\ufffd",
]  # fmt: skip

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(WORDS), st.text(max_size=30), st.dates(datetime.date(1, 1, 1), datetime.date(9999, 12, 31)),
)  # fmt: skip
junk = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5),
        st.dictionaries(st.one_of(st.sampled_from(KEYS), st.text(max_size=8), st.integers()), inner, max_size=6),
    ),
    max_leaves=40,
)
documentish = st.fixed_dictionaries(
    {"source": st.one_of(junk, st.fixed_dictionaries({"id": st.one_of(st.sampled_from(["a", "b-1"]), scalars)}))},
    optional={"facts": st.one_of(junk, st.lists(st.dictionaries(st.sampled_from(KEYS), junk, max_size=8), max_size=4))},
)


def _only_facts_errors(text: str, jsonl: bool) -> None:
    docs, errors = load_text(text, "prop.jsonl" if jsonl else "prop.yaml", jsonl=jsonl)
    assert all(isinstance(e, FactsError) for e in errors)
    for e in errors:
        assert "\n" not in str(e), str(e)
    assert len(docs) + len(errors) >= (1 if text.strip() and not jsonl else 0)


@SETTINGS
@given(st.text(max_size=400))
def test_loader_survives_any_text(text: str) -> None:
    _only_facts_errors(text, jsonl=False)
    _only_facts_errors(text, jsonl=True)


@SETTINGS
@given(documentish)
def test_loader_survives_wrong_types_as_yaml_and_json(raw: dict) -> None:
    try:
        text = yaml.safe_dump(raw, allow_unicode=True)
    except yaml.YAMLError:
        text = None
    if text is not None:
        _only_facts_errors(text, jsonl=False)
    line = json.dumps(raw, ensure_ascii=False, default=str)
    _only_facts_errors(line + "\n", jsonl=True)
    try:
        parse_document(raw, "prop")
    except FactsError:
        pass


YAML_PIECES = [
    "{", "}", "[", "]", ":", ",", "&a", "*a", "!!", "- ", "? ", "|", ">", "'", '"', "\n", "  ", "\t", "#",
    "%YAML 1.2", "---", "...", "source", "facts", "kind: role", "\x00", "\ufeff",
]  # fmt: skip


@SETTINGS
@given(st.lists(st.sampled_from(YAML_PIECES), max_size=60))
def test_loader_survives_yaml_syntax_soup(pieces: list[str]) -> None:
    _only_facts_errors("".join(pieces), jsonl=False)


# ----------------------------------------------------------------------------- extractor

FRAGMENTS = [
    "Cụm thi đua số 3", "Cụm thi đua số IV", "Khối thi đua", "Cụm trưởng", "Cụm phó", "Khối trưởng", "năm 2023",
    "năm 2024", "Sở TT&TT", "Sở Thông tin và Truyền thông", "tỉnh Bắc Ninh", "Nam Định", "Hà Nam", "Quảng",
    "Bộ TTTT", "Bộ Công an", "Cờ thi đua", "Bằng khen", "đề nghị tặng", "trao tặng", "Quyết định số 123/QĐ-BTTTT",
    "Hội nghị tổng kết", "ngày 12/12", "ngày 31/02/2023", "gồm", "luân phiên", "bầu", "suy tôn", "giao nhiệm vụ",
    "(", ")", ",", ".", ";", ":", "\n", "\n\n", " ", "\u00a0", "\u200b", "–", "Ð", "\u0301", "9", "2", "0", "1",
    "<p>", "</p>", "&amp;", "Giám đốc", "đồng chí", "Cụm", "số", "tỉnh", "thành phố", "TP.HCM", "2025", "1899",
]  # fmt: skip
PUBLISHED = st.sampled_from([None, "2016-03-01", "2023-12-08", "2025-08-01", "2100-12-31"])


def _check_extract(text: str, published: str | None) -> None:
    from thidua.extract import extract_text
    from thidua.text import normalize_text

    text = normalize_text(text)
    doc = extract_text(text, source_id="prop", published=published)
    for fact in doc["facts"]:
        ev = fact["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"], ev
    # What extract proposes, build must accept.
    parse_document(doc, "prop")


@SETTINGS
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=80), PUBLISHED)
def test_extractor_survives_keyword_soup(pieces: list[str], published: str | None) -> None:
    _check_extract(" ".join(pieces), published)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2000), PUBLISHED)
def test_extractor_survives_any_text(text: str, published: str | None) -> None:
    _check_extract(text, published)


# ----------------------------------------------------------------------------- build -> export -> build

PROVINCES = ["Bắc Ninh", "Nam Định", "Hải Dương", "Hà Nam", "Thái Bình", "Ninh Bình", "Gia Lai", "Đắk Lắk", "Phú Yên"]
CLUSTERS = [
    {"authority": "Bộ Thông tin và Truyền thông", "bloc": "Sở Thông tin và Truyền thông", "number": 3},
    {"authority": "Bộ Thông tin và Truyền thông", "bloc": "Sở Thông tin và Truyền thông", "number": 6},
    {"authority": "Bộ Công an", "bloc": "Công an tỉnh", "number": 3},
]
BLOC_ORG = {"Sở Thông tin và Truyền thông": "Sở Thông tin và Truyền thông", "Công an tỉnh": "Công an tỉnh"}
years = st.integers(2012, 2024)
evidence = st.one_of(
    st.none(),
    st.builds(
        lambda text, start, rule: {"text": text, "start": start, "end": start + len(text)}
        | ({"rule": rule} if rule else {}),
        st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
            str.strip
        ),
        st.integers(0, 5000),
        st.sampled_from([None, "role.lam", "award.de_nghi"]),
    ),
)


@st.composite
def fact(draw):  # type: ignore[no-untyped-def]
    kind = draw(st.sampled_from(["role", "membership", "award", "conference"]))
    cluster = draw(st.sampled_from(CLUSTERS))
    member = lambda: {"org": BLOC_ORG[cluster["bloc"]], "province": draw(st.sampled_from(PROVINCES))}
    ev = draw(evidence)
    f: dict = {"kind": kind}
    if kind in ("role", "membership"):
        f.update(cluster=cluster, year=draw(years), member=member())
        if kind == "role":
            f["role"] = draw(st.sampled_from(["head", "deputy"]))
    elif kind == "award":
        award = draw(st.sampled_from(["emulation_flag", "certificate_of_merit", "other:Giải thưởng Báo chí"]))
        f.update(award=award, grantor=cluster["authority"], recipient=member(), year=draw(st.one_of(st.none(), years)),
                 status=draw(st.sampled_from(["proposed", "conferred"])))  # fmt: skip
        if draw(st.booleans()):
            f["cluster"] = cluster
        if draw(st.booleans()):
            f["decision"] = f"{draw(st.integers(1, 9999))}/QĐ-BTTTT"
    else:
        y = draw(years)
        f.update(cluster=cluster, date=draw(st.sampled_from([None, f"{y}-12-08", f"{y}-12"])),
                 location=draw(st.one_of(st.none(), st.sampled_from(PROVINCES))),
                 host=draw(st.one_of(st.none(), st.builds(member))), reviews_year=y)  # fmt: skip
    if ev is not None:
        f["evidence"] = ev
    return f


@st.composite
def document(draw, sid: str):  # type: ignore[no-untyped-def]
    facts = draw(st.lists(fact(), min_size=1, max_size=8))
    # One fact per slot in a document (the loader rejects duplicates and contradictions in one).
    seen, kept = set(), []
    for f in facts:
        cluster = json.dumps(f.get("cluster"), sort_keys=True)
        slot = (f["kind"], cluster, f.get("year"), f.get("role"), f.get("reviews_year"))
        if f["kind"] in ("membership", "award"):
            slot = json.dumps({k: v for k, v in f.items() if k != "evidence"}, sort_keys=True, ensure_ascii=False)
        if slot not in seen:
            seen.add(slot)
            kept.append(f)
    source = {"id": sid, "title": draw(st.one_of(st.none(), st.text(min_size=1, max_size=40).filter(str.strip))),
              "published": draw(st.sampled_from([None, "2020-03-12", "2023-12-08"])),
              "publisher": draw(st.one_of(st.none(), st.sampled_from(["Báo Nhân Dân", "Cổng TTĐT"]))),
              "url": draw(st.one_of(st.none(), st.just(f"https://example.vn/{sid}.html")))}  # fmt: skip
    return {"source": source, "facts": kept}


documents = st.integers(1, 4).flatmap(lambda n: st.tuples(*(document(f"src-{i}") for i in range(n))))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)
@given(docs=documents)
def test_build_export_build_is_a_fixed_point(docs: tuple[dict, ...], tmp_path_factory: pytest.TempPathFactory) -> None:
    from thidua.build import build
    from thidua.export import export_file

    folder = tmp_path_factory.mktemp("roundtrip")
    src = folder / "facts.jsonl"
    lines = []
    for d in docs:
        try:
            parse_document(json.loads(json.dumps(d)), "gen")
        except FactsError:
            continue  # e.g. a clean_value()-empty title: not a valid document, not the point here
        lines.append(json.dumps(d, ensure_ascii=False))
    assume(lines)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    first, report = build([src], folder / "a.ttl")
    assert not report.errors, report.errors
    exported = folder / "export.jsonl"
    exported.write_bytes(export_file(folder / "a.ttl", "jsonl"))
    second, report2 = build([exported], folder / "b.ttl")
    assert not report2.errors, report2.errors
    assert first == second
    # and once more: export of the rebuilt graph is the same export
    assert export_file(folder / "b.ttl", "jsonl") == exported.read_bytes()


def test_a_source_without_facts_survives_the_roundtrip(tmp_path: Path) -> None:
    """A document that states no fact (the article was read, nothing found) is still a source."""
    from thidua.build import build
    from thidua.export import export_file

    src = tmp_path / "f.jsonl"
    src.write_text(json.dumps({"source": {"id": "empty-src", "title": "Tin"}, "facts": []}) + "\n", encoding="utf-8")
    first, report = build([src], tmp_path / "a.ttl")
    assert not report.errors
    (tmp_path / "e.jsonl").write_bytes(export_file(tmp_path / "a.ttl", "jsonl"))
    second, _ = build([tmp_path / "e.jsonl"], tmp_path / "b.ttl")
    assert first == second


def test_roundtrip_of_the_curated_data(tmp_path: Path, root: Path) -> None:
    from thidua.build import build
    from thidua.export import export_file

    first, _ = build([root / "data" / "facts"], tmp_path / "a.ttl")
    (tmp_path / "e.jsonl").write_bytes(export_file(tmp_path / "a.ttl", "jsonl"))
    second, report = build([tmp_path / "e.jsonl"], tmp_path / "b.ttl")
    assert not report.errors
    assert first == second
