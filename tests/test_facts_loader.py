"""The facts loader and `thidua build` on broken inputs: one line per bad document, exit 1,
the other files still load, and no partial output file remains."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from thidua.loaders.facts import load_file, load_text

from thidua.cli import cli

GOOD = """\
source: {id: good-1, title: Hội nghị Cụm 5, published: 2022-12-20, publisher: Báo Thử, url: "https://example.org/a"}
facts:
  - kind: role
    cluster: {authority: Bộ TT&TT, bloc: Sở TTTT, number: 5}
    year: 2023
    role: head
    member: {org: Sở TTTT, province: Quảng Ngãi}
"""


def _doc(facts: str, sid: str = "bad-1") -> str:
    return f"source: {{id: {sid}, published: 2022-12-20}}\nfacts:\n{facts}"


ROLE = """  - kind: role
    cluster: {{bloc: Sở Thông tin và Truyền thông, number: 5}}
    year: {year}
    role: {role}
    member: {{org: Sở TTTT, province: {province}}}
"""

BROKEN = {
    "bad_yaml": ("source: {id: x\nfacts: [", "invalid YAML"),
    "unknown_province": (
        _doc(ROLE.format(year=2023, role="head", province="Quảng Nagm")),
        "fact 1 (role): member province: unknown province 'Quảng Nagm' (closest: Quảng Nam, Quảng Ngãi",
    ),
    "missing_year": (
        _doc("  - kind: role\n    cluster: {bloc: Sở TTTT, number: 5}\n    role: head\n"
             "    member: {org: Sở TTTT, province: Huế}\n"),
        "fact 1 (role): missing year (write 'year: null' if the source does not say)",
    ),
    "wrong_kind": (
        _doc("  - kind: rol\n    year: 2023\n"),
        "fact 1 (rol): unknown kind 'rol' (expected role, membership, award",
    ),
    "duplicate": (
        _doc(ROLE.format(year=2023, role="head", province="Huế") * 2),
        "fact 2 (role): duplicate of fact 1",
    ),
    "contradiction": (
        _doc(
            ROLE.format(year=2023, role="head", province="Huế")
            + ROLE.format(year=2023, role="head", province="Quảng Trị")
        ),
        "fact 2 (role): contradicts fact 1 (same cluster, year 2023 and role head, different member)",
    ),
    "unknown_field": (
        _doc(ROLE.format(year=2023, role="head", province="Huế").replace("year:", "yaer:")),
        "unknown field(s) 'yaer' for kind role (did you mean 'year'?)",
    ),
    "year_out_of_range": (_doc(ROLE.format(year=3023, role="head", province="Huế")), "year 3023 is out of range"),
    "year_wrong_type": (_doc(ROLE.format(year="[2023]", role="head", province="Huế")), "year must be a year (integer)"),
    "bad_role": (_doc(ROLE.format(year=2023, role="boss", province="Huế")), "unknown role 'boss'"),
    "bad_date": (
        _doc("  - kind: conference\n    cluster: {bloc: Sở TTTT, number: 5}\n    date: 2023-02-30\n"
             "    reviews_year: 2022\n"),
        "invalid YAML value: day is out of range for month",
    ),
    "bad_date_string": (
        _doc("  - kind: conference\n    cluster: {bloc: Sở TTTT, number: 5}\n    date: '2023-02-30'\n"
             "    reviews_year: 2022\n"),
        "date '2023-02-30' is not a valid date YYYY-MM-DD or YYYY-MM",
    ),
    "committee_of_another_province": (
        _doc("  - kind: award\n    award: Bằng khen\n    grantor: Chủ tịch UBND tỉnh Hà Tĩnh\n"
             "    recipient: {org: Sở TTTT, province: Nghệ An}\n    year: 2022\n    status: conferred\n"),
        "grantor 'Chủ tịch UBND tỉnh Hà Tĩnh': the vocabulary's provincial committee (ubnd_tinh) is the "
        "recipient's own province's, and the recipient's province is Nghệ An",
    ),
    "grantor_as_cluster_authority": (
        _doc("  - kind: role\n    cluster: {authority: UBND tỉnh, number: 1}\n    year: 2023\n    role: head\n"
             "    member: {org: Sở TTTT, province: Huế}\n"),
        "cluster: 'UBND tỉnh' grants awards but organises none of our clusters",
    ),
    "no_source": ("facts: []\n", "source: missing or not a mapping"),
    "bad_source_id": ("source: {id: 'a b/c'}\nfacts: []\n", "source: id 'a b/c' must be a slug"),
}  # fmt: skip


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_document_gives_one_line_naming_file_and_fact(case: str, tmp_path: Path) -> None:
    text, expected = BROKEN[case]
    bad = tmp_path / "in" / f"{case}.yaml"
    bad.parent.mkdir()
    bad.write_text(text, encoding="utf-8")
    (tmp_path / "in" / "good.yaml").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "-o", str(out)])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert str(bad) in errors[0]
    assert expected in errors[0]
    assert "Traceback" not in result.output
    # The good file still loaded and the output was written whole.
    assert "Quảng Ngãi" in out.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".kg.ttl.*"))


def test_jsonl_bad_line_names_file_and_line(tmp_path: Path) -> None:
    import json

    import yaml

    good = json.dumps(yaml.safe_load(GOOD), default=str, ensure_ascii=False)
    path = tmp_path / "facts.jsonl"
    path.write_text(good + "\n{not json\n", encoding="utf-8")
    docs, errors = load_file(path)
    assert len(docs) == 1
    assert [str(e) for e in errors] == [f"{path}:2: invalid JSON: Expecting property name enclosed in double quotes"]


def test_yaml_bomb_is_refused_but_anchors_are_allowed() -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 9):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [{', '.join(['*' + chr(96 + i)] * 10)}]\n"
    bomb += "source: {id: bomb}\nfacts: [*i]\n"
    docs, errors = load_text(bomb, "bomb.yaml", jsonl=False)
    assert not docs and "YAML bomb" in str(errors[0])
    anchored = GOOD.replace("cluster: {authority", "cluster: &c {authority") + (
        "  - kind: membership\n    cluster: *c\n    year: 2023\n    member: {org: Sở TTTT, province: Kon Tum}\n"
    )
    docs, errors = load_text(anchored, "anchored.yaml", jsonl=False)
    assert not errors and len(docs[0].facts) == 2


def test_non_utf8_and_binary_files(tmp_path: Path) -> None:
    latin = tmp_path / "cp1258.yaml"
    latin.write_bytes(GOOD.encode("utf-8").replace("Quảng Ngãi".encode(), "Qu\xe1ng".encode("latin-1")))
    _docs, errors = load_file(latin)
    assert "not UTF-8 text" in str(errors[0])
    binary = tmp_path / "blob.yaml"
    binary.write_bytes(b"\x00\x01\x02source")
    _docs, errors = load_file(binary)
    assert "NUL bytes" in str(errors[0])


def test_all_inputs_bad_writes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("facts: [", encoding="utf-8")
    out = tmp_path / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    assert not out.exists()


def test_failed_write_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "good.yaml"
    src.write_text(GOOD, encoding="utf-8")
    out = tmp_path / "kg.ttl"
    out.write_text("old", encoding="utf-8")
    import os

    def boom(*_a, **_k):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    result = CliRunner().invoke(cli, ["build", str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == sorted(["good.yaml", "kg.ttl"]) or set(
        p.name for p in tmp_path.iterdir()
    ) == {"good.yaml", "kg.ttl"}


def test_text_is_nfc_and_lookalikes_fixed(tmp_path: Path) -> None:
    import unicodedata

    nfd = unicodedata.normalize("NFD", GOOD.replace("Hội nghị", "Hội nghị \u00d0ặc biệt"))
    docs, errors = load_text(nfd, "nfd.yaml", jsonl=False)
    assert not errors
    assert docs[0].source.title == "Hội nghị Đặc biệt Cụm 5"
    assert unicodedata.is_normalized("NFC", docs[0].source.title)


def test_heads_of_unknown_years_do_not_contradict_each_other() -> None:
    """Two heads of one cluster whose years the page leaves open (the heads of two school years) are both kept, and
    count as no conflict; with the same stated year they still contradict."""
    from thidua.build import count_conflicts

    heads = [ROLE.format(year="null", role="head", province=p) for p in ("Huế", "Quảng Trị")]
    text = _doc("".join(heads))
    docs, errors = load_text(text, "school.yaml", jsonl=False)
    assert errors == [] and len(docs[0].facts) == 2
    assert count_conflicts(docs) == 0
    dated = _doc("".join(ROLE.format(year=2023, role="head", province=p) for p in ("Huế", "Quảng Trị")))
    assert [str(e) for e in load_text(dated, "dated.yaml", jsonl=False)[1]] != []


AWARD = """  - kind: award
    award: {award}
    grantor: {grantor}
    recipient: {{org: Sở TTTT, province: {province}}}
    year: 2022
    status: conferred
"""


@pytest.mark.parametrize(
    ("grantor", "province", "award", "notation"),
    [
        ("Chủ tịch UBND tỉnh", "Nghệ An", "Bằng khen", "ubnd_tinh"),
        ("UBND tỉnh Nghệ An", "Nghệ An", "Cờ thi đua", "ubnd_tinh"),
        ("Chủ tịch Ủy ban nhân dân thành phố Hà Nội", "Hà Nội", "Bằng khen", "ubnd_tinh"),
        ("Uỷ ban nhân dân TP. Hà Nội", "Hà Nội", "Cờ thi đua", "ubnd_tinh"),
        ("Chủ tịch nước", "Nghệ An", "other:Huân chương Lao động hạng Ba", "chu_tich_nuoc"),
    ],
)
def test_a_provinces_committee_and_the_state_president_are_grantors(
    grantor: str, province: str, award: str, notation: str
) -> None:
    """A province's committee is one grantor, the recipient's own province's committee; named with its province, the
    province must be the recipient's (another province's committee is not that grantor, see BROKEN)."""
    text = _doc(AWARD.format(award=award, grantor=grantor, province=province))
    docs, errors = load_text(text, "grantor.yaml", jsonl=False)
    assert errors == [], errors
    assert docs[0].facts[0].grantor == notation


def test_grantor_only_authorities_stay_out_of_the_extractors_authority_layer() -> None:
    from thidua.extract.lexicon import lexicon
    from thidua.vocab import vocabularies

    assert vocabularies().grantor_only == {"ubnd_tinh", "chu_tich_nuoc"}
    sh = "cum thi dua so 1 cua ubnd tinh nghe an va bo tttt"
    assert {lexicon().authority.identify(m.group()) for m in lexicon().authority.finditer(sh, len(sh))} == {"bo_tttt"}
