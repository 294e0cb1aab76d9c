"""The province gazetteer: shipped RDF in sync with the CSV, names resolved as of a date."""

from __future__ import annotations

import csv

import pytest
from conftest import SHARED

from thidua.gazetteer import UnknownProvince, gazetteer, name_key
from thidua.gazetteer_build import generate
from thidua.vocab import ontology_file


def test_provinces_ttl_is_generated_from_the_csv() -> None:
    assert ontology_file("provinces.ttl").encode() == generate(), "run `make gazetteer`"


def test_shipped_csv_matches_shared_facts() -> None:
    shared = SHARED / "provinces.csv"
    if not shared.exists():
        pytest.skip("../shared/provinces.csv not beside this checkout")
    assert ontology_file("provinces.csv") == shared.read_text(encoding="utf-8")


def test_counts_63_before_and_34_after() -> None:
    g = gazetteer()
    periods = [p.period for p in g]
    assert periods.count("pre-2025") == 63
    assert periods.count("2025") == 34


def test_codes_are_paired_with_their_period() -> None:
    g = gazetteer()
    rows = list(csv.DictReader(ontology_file("provinces.csv").splitlines()))
    reused = {r["code"] for r in rows if r["period"] == "2025"} & {r["code"] for r in rows if r["period"] == "pre-2025"}
    # 24 was Bắc Giang, now the merged Bắc Ninh: same code, two provinces.
    assert "24" in reused
    assert g.by_id["pre2025-24"].name == "Bắc Giang"
    assert g.by_id["2025-24"].name == "Bắc Ninh"


def test_no_two_real_provinces_share_a_folded_name_in_one_period() -> None:
    g = gazetteer()
    for period in ("pre-2025", "2025"):
        seen: dict[str, str] = {}
        for p in g:
            if p.period != period:
                continue
            for label in {p.name, *p.alt_labels}:
                key = name_key(label)
                assert seen.setdefault(key, p.id) == p.id, f"{label!r} is ambiguous in {period}"


@pytest.mark.parametrize(
    ("name", "on", "expected_id"),
    [
        ("Bắc Ninh", "2023-12-08", "pre2025-27"),
        ("Bắc Ninh", "2025-07-01", "2025-24"),
        ("Bắc Ninh", "2025-06-30", "pre2025-27"),
        ("tỉnh Bắc Ninh", "2020", "pre2025-27"),
        ("Thừa Thiên - Huế", "2024-05-01", "pre2025-46"),
        ("Huế", "2024-12-31", "pre2025-46"),
        ("Huế", "2025-01-01", "2025-46"),
        ("thành phố Huế", "2025-03-01", "2025-46"),
        ("TP.HCM", "2020-01-01", "pre2025-79"),
        ("TP HCM", "2026-01-01", "2025-79"),
        ("Thành phố Hồ Chí Minh", "2019", "pre2025-79"),
        ("Dak Lak", "2020", "pre2025-66"),
        ("Đăk Nông", "2020", "pre2025-67"),
        ("BR-VT", "2021", "pre2025-77"),
        ("Bà Rịa -Vũng Tàu", "2021", "pre2025-77"),
        ("Hoà Bình", "2021", "pre2025-17"),
        ("Thanh Hoá", "2021", "pre2025-38"),
        ("\u00d0à Nẵng", "2021", "pre2025-48"),  # U+00D0 eth instead of Đ
        ("Đa\u0300 Nă\u0303ng", "2021", "pre2025-48"),  # NFD
        ("Bắc\u00a0Ninh", "2021", "pre2025-27"),  # NBSP
        ("Bắc\u200bNinh", "2021", "pre2025-27"),  # zero-width space inside
        ("Hải Dương", "2026-01-01", "pre2025-30"),  # an old name in a later text: the old unit
    ],
)
def test_resolve_as_of_a_date(name: str, on: str, expected_id: str) -> None:
    assert gazetteer().resolve(name, on).id == expected_id


def test_unknown_province_lists_closest_and_never_merges_neighbours() -> None:
    with pytest.raises(UnknownProvince) as err:
        gazetteer().resolve("Quảng Nagm", "2020")
    assert "Quảng Nam" in str(err.value) and "Quảng Ngãi" in str(err.value)
    assert gazetteer().resolve("Quảng Nam", "2020").id != gazetteer().resolve("Quảng Ngãi", "2020").id


@pytest.mark.parametrize(
    ("old", "today"),
    [("Hải Dương", "Hải Phòng"), ("Bắc Giang", "Bắc Ninh"), ("Thừa Thiên Huế", "Huế"), ("Đắk Nông", "Lâm Đồng"),
     ("Cao Bằng", "Cao Bằng"), ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh")],
)  # fmt: skip
def test_roll_up_to_todays_34(old: str, today: str) -> None:
    g = gazetteer()
    p = g.resolve(old, "2020")
    assert g.rolls_up_to(p).name == today
    assert g.rolls_up_to(p).current


def test_every_old_province_rolls_up_to_a_current_one() -> None:
    g = gazetteer()
    targets = {g.rolls_up_to(p).id for p in g}
    assert len(targets) == 34
