"""`thidua export`: every seed fact comes back, with its source, in the facts format and as CSV."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.cli import cli

BTTTT = "Bộ Thông tin và Truyền thông"
STTTT = "Sở Thông tin và Truyền thông"
SEED0, SEED3 = "000_04449a6f02635736", "003_afaf06af57fe05b8"


def _c(n: int) -> dict:
    return {"authority": BTTTT, "bloc": STTTT, "number": n}


def _m(p: str) -> dict:
    return {"org": STTTT, "province": p}


EXPECTED = {
    SEED0: [
        ("role", _c(6), 2020, "head", _m("Gia Lai")),
        ("role", _c(6), 2020, "deputy", _m("Phú Yên")),
        ("award", "emulation_flag", _m("Đắk Lắk"), 2019, "proposed", _c(6)),
        ("award", "emulation_flag", _m("Phú Yên"), 2019, "proposed", _c(6)),
        ("award", "certificate_of_merit", _m("Gia Lai"), 2019, "proposed", _c(6)),
        ("award", "certificate_of_merit", _m("Lâm Đồng"), 2019, "proposed", _c(6)),
        ("conference", _c(6), "2020-03-06", "Đắk Lắk", None, 2019),
    ],
    SEED3: [
        ("role", _c(3), 2023, "head", _m("Bắc Ninh")),
        ("role", _c(3), 2023, "deputy", _m("Nam Định")),
        ("role", _c(3), 2024, "head", _m("Nam Định")),
        ("role", _c(3), 2024, "deputy", _m("Hải Dương")),
        *[
            ("membership", _c(3), 2023, _m(p))
            for p in ("Bắc Ninh", "Hà Nam", "Hải Dương", "Hưng Yên", "Nam Định", "Ninh Bình", "Quảng Ninh",
                      "Thái Bình", "Vĩnh Phúc")
        ],
        ("award", "emulation_flag", _m("Bắc Ninh"), 2023, "proposed", _c(3)),
        ("award", "certificate_of_merit", _m("Hải Dương"), 2023, "proposed", _c(3)),
        ("award", "certificate_of_merit", _m("Vĩnh Phúc"), 2023, "proposed", _c(3)),
        ("conference", _c(3), "2023-12-08", None, _m("Bắc Ninh"), 2023),
    ],
}  # fmt: skip


def _strip(member: dict | None) -> dict | None:
    return None if member is None else {k: v for k, v in member.items() if k != "province_id"}


def _summary(f: dict) -> tuple:
    if f["kind"] == "role":
        return ("role", f["cluster"], f["year"], f["role"], _strip(f["member"]))
    if f["kind"] == "membership":
        return ("membership", f["cluster"], f["year"], _strip(f["member"]))
    if f["kind"] == "award":
        assert f["grantor"] == BTTTT
        return ("award", f["award"], _strip(f["recipient"]), f["year"], f["status"], f["cluster"])
    return ("conference", f["cluster"], f["date"], f["location"], _strip(f["host"]), f["reviews_year"])


@pytest.fixture
def built(tmp_path: Path, root: Path) -> Path:
    os.chdir(root)
    out = tmp_path / "x.ttl"
    assert CliRunner().invoke(cli, ["build", "data/facts", "-o", str(out), "-q"]).exit_code == 0
    return out


def test_export_jsonl_gives_back_every_seed_fact_with_its_source(built: Path) -> None:
    result = CliRunner().invoke(cli, ["export", str(built), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    docs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["source"]["id"] for d in docs] == [SEED0, SEED3]
    for doc in docs:
        got = sorted(map(repr, map(_summary, doc["facts"])))
        assert got == sorted(map(repr, EXPECTED[doc["source"]["id"]]))
        for f in doc["facts"]:
            assert {"start", "end", "text"} <= set(f["evidence"])


def test_export_csv_one_row_per_fact_and_source(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    result = CliRunner().invoke(cli, ["export", str(built), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert len(rows) == sum(len(v) for v in EXPECTED.values())
    heads = {(r["cluster_number"], r["year"], r["member_province"]) for r in rows if r["role"] == "head"}
    assert heads == {("6", "2020", "Gia Lai"), ("3", "2023", "Bắc Ninh"), ("3", "2024", "Nam Định")}
    # Rolled up to today's 34 provinces: Hải Dương is part of Hải Phòng since 2025-07-01.
    assert {r["province_today"] for r in rows if r["member_province"] == "Hải Dương"} == {"Hải Phòng"}
    assert all(r["source_id"] in (SEED0, SEED3) and r["method"] == "curated" for r in rows)


def test_build_export_build_is_a_fixed_point(built: Path, tmp_path: Path) -> None:
    exported = tmp_path / "facts.jsonl"
    assert CliRunner().invoke(cli, ["export", str(built), "-o", str(exported)]).exit_code == 0
    again = tmp_path / "again.ttl"
    assert CliRunner().invoke(cli, ["build", str(exported), "-o", str(again), "-q"]).exit_code == 0
    assert again.read_bytes() == built.read_bytes()


def test_export_of_a_broken_graph_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    result = CliRunner().invoke(cli, ["export", str(bad)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bad}: not valid Turtle")
    assert len(result.stderr.strip().splitlines()) == 1
