"""Rotation and awards charts: content, Vietnamese glyphs, byte-stable SVG, non-blank PNG, commands."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.charts import awards_chart, awards_table, rotation_chart, rotation_table
from thidua.cli import cli
from thidua.render import ViewFilter, run_view
from thidua.store import EmbeddedStore

CUM3 = "https://w3id.org/thidua/id/cluster/bo_tttt/so_tttt/3"


@pytest.fixture
def kg(render_kg: Path) -> Path:
    return render_kg


@pytest.fixture
def store(render_store: EmbeddedStore) -> EmbeddedStore:
    return render_store


def test_rotation_table_has_who_led_when(store: EmbeddedStore) -> None:
    clusters, years, table = rotation_table(run_view(store, "rotation"))
    assert len(clusters) == 3 and years == [2021, 2022, 2023, 2024]
    assert [name for _, name in table[(CUM3, 2023, "head")]] == ["Bắc Ninh"]
    assert [name for _, name in table[(CUM3, 2023, "deputy")]] == ["Hải Dương"]
    assert table[(CUM3, 2023, "deputy")] == table[(CUM3, 2024, "head")]  # the deputy took over


def test_rotation_shows_both_names_when_sources_disagree() -> None:
    base = {"kind": "role", "role": "head", "year": 2023, "cluster": "https://e.org/c", "clusterLabel": "Cụm 1"}
    rows = [
        {**base, "fact": "https://e.org/f1", "member": "https://e.org/a", "memberLabel": "Sở A"},
        {**base, "fact": "https://e.org/f2", "member": "https://e.org/b", "memberLabel": "Sở B"},
    ]
    _, _, table = rotation_table(rows)
    assert [n for _, n in table[("https://e.org/c", 2023, "head")]] == ["Sở A", "Sở B"]
    assert rotation_chart(rows, "svg").startswith(b"<?xml")


def test_rotation_svg_is_byte_stable_and_draws_vietnamese_glyphs(store: EmbeddedStore) -> None:
    rows = run_view(store, "rotation")
    one, two = rotation_chart(rows, "svg"), rotation_chart(rows, "svg")
    assert one == two
    text = one.decode("utf-8")
    assert "<dc:date>" not in text
    assert text.count('<path id="DejaVuSans-') > 40  # labels drawn as DejaVu Sans glyph paths


def test_vietnamese_labels_need_no_fallback_glyph(store: EmbeddedStore) -> None:
    """matplotlib warns 'Glyph N missing from font(s)' for any character DejaVu Sans lacks."""
    import warnings

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rotation_chart(run_view(store, "rotation"), "png")
        awards_chart(run_view(store, "awards"), "png")
    assert not [w for w in caught if "Glyph" in str(w.message)]


def test_png_is_not_blank(store: EmbeddedStore) -> None:
    from PIL import Image

    for data in (rotation_chart(run_view(store, "rotation"), "png"), awards_chart(run_view(store, "awards"), "png")):
        image = Image.open(io.BytesIO(data)).convert("RGB")
        colours = image.getcolors(maxcolors=1 << 20) or []
        assert len(colours) > 30
        white = sum(n for n, c in colours if min(c) > 245)
        assert white < 0.97 * image.width * image.height


def test_awards_table_counts_per_province_and_year(store: EmbeddedStore) -> None:
    provinces, years, counts = awards_table(run_view(store, "awards"))
    assert years == [2021, 2022, 2023]
    assert counts == {("Bạc Liêu", 2021): 1, ("Hà Tĩnh (trước 2025)", 2022): 1, ("Bắc Ninh (trước 2025)", 2023): 1}
    provinces, _, counts = awards_table(run_view(store, "awards"), rollup=True)
    assert "Cà Mau" in provinces and "Bạc Liêu" not in provinces


def test_awards_chart_with_a_year_span(store: EmbeddedStore) -> None:
    rows = run_view(store, "awards", ViewFilter.from_user(years="2022-2023"))
    assert awards_table(rows)[1] == [2022, 2023]
    assert awards_chart(rows, "svg") == awards_chart(rows, "svg")


def test_chart_commands(kg: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for args, name in ((["rotation", "--cluster", "3"], "r.svg"), (["awards", "--rollup"], "a.png")):
        result = runner.invoke(cli, ["chart", *args, "--data", str(kg), "-o", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        assert (tmp_path / name).stat().st_size > 1000
    result = runner.invoke(cli, ["chart", "rotation", "--data", str(kg), "-o", "-"])
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"<?xml")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["rotation", "-o", "r.pdf"], "charts are written as .svg or .png"),
        (["rotation", "--year", "1999", "-o", "r.svg"], "no head or deputy facts match"),
        (["awards", "--authority", "Bộ Y tế giả", "-o", "a.svg"], "unknown authority"),
    ],
)
def test_chart_command_errors(kg: Path, tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["chart", *args[:-2], "--data", str(kg), "-o", str(tmp_path / args[-1])])
    assert result.exit_code == 1
    assert message in result.output
    assert not (tmp_path / args[-1]).exists()
