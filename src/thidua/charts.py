"""Charts from the views: who led each cluster when (rotation) and awards per province and year.

Both read the same named queries as the graph page (``view_rotation``, ``view_awards``) and draw
with matplotlib's object API (no pyplot state). SVG output is byte-identical on re-run: the
SVG id salt is fixed and the date metadata dropped; text is drawn as DejaVu Sans paths, so the
Vietnamese labels look the same in any viewer.
"""

from __future__ import annotations

import functools
import io
import textwrap
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from thidua.render import format_years, group_facts, province_label
from thidua.vocab import TDP_NS

CHART_FORMATS = (".svg", ".png")
_RC = {
    "svg.hashsalt": "thidua-kg",
    "font.family": "DejaVu Sans",
    "font.size": 8,
    "svg.fonttype": "path",
}
_PALETTE = (
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
    "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354",
    "#756bb1", "#636363",
)  # fmt: skip


def chart_format(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in CHART_FORMATS:
        raise ValueError(f"{path}: charts are written as .svg or .png, not {suffix or '(no extension)'!r}")
    return suffix[1:]


def _with_rc(fn: Callable[..., bytes]) -> Callable[..., bytes]:
    """Run a chart function under the project's rcParams (and leave the caller's untouched)."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> bytes:
        import matplotlib

        with matplotlib.rc_context(_RC):
            return fn(*args, **kwargs)

    return wrapper


def _save(fig: Any, fmt: str) -> bytes:
    buf = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {"Software": None}
    fig.savefig(buf, format=fmt, metadata=metadata, dpi=150 if fmt == "png" else 72)
    return buf.getvalue()


def _figure(width: float, height: float) -> Any:
    from matplotlib.figure import Figure

    return Figure(figsize=(width, height))


def _short_cluster(label: str) -> str:
    """'Cụm thi đua số 3 (Sở Thông tin và Truyền thông, Bộ ...)' wrapped to a narrow row label."""
    return "\n".join(textwrap.wrap(label, 30)[:4])


def _holder_name(row: dict[str, Any]) -> str:
    province = row.get("province")
    if province:
        return province_label(province[len(TDP_NS) :]).replace(" (trước 2025)", "").replace(" (từ 2025)", "*")
    return (row.get("memberLabel") or row["member"].rsplit("/", 1)[-1])[:18]


# --------------------------------------------------------------------------- rotation


def rotation_table(rows: Iterable[dict[str, Any]]) -> tuple[list[tuple[str, str]], list[int], dict]:
    """(clusters as (iri, label), years, {(cluster, year, role): [(member, name), ...]})."""
    table: dict[tuple[str, int, str], set[tuple[str, str]]] = defaultdict(set)
    labels: dict[str, str] = {}
    for f in group_facts(rows).values():
        r = f.row
        if f.year is None:
            continue
        labels[r["cluster"]] = r.get("clusterLabel") or r["cluster"]
        table[(r["cluster"], f.year, r["role"])].add((r["member"], _holder_name(r)))
    clusters = sorted(labels.items(), key=lambda c: (c[1], c[0]))
    years = sorted({y for _, y, _ in table})
    if years:
        years = list(range(years[0], years[-1] + 1))
    return clusters, years, {k: sorted(v) for k, v in table.items()}


@_with_rc
def rotation_chart(rows: Iterable[dict[str, Any]], fmt: str = "svg", title: str | None = None) -> bytes:
    """Cluster x year grid: head on top, deputy below, one colour per member; an arrow marks a
    deputy who became head the next year. Two names in one cell are sources that disagree."""
    from matplotlib.patches import FancyArrowPatch, Rectangle

    clusters, years, table = rotation_table(rows)
    if not clusters:
        raise ValueError("no head or deputy facts match; nothing to draw")
    members = sorted({m for holders in table.values() for m, _ in holders})
    colour = {m: _PALETTE[i % len(_PALETTE)] for i, m in enumerate(members)}
    cw, ch = 1.25, 0.9  # cell width / height in inches
    left, top, bottom = 2.4, 0.75, 0.7
    width = left + cw * len(years) + 0.3
    height = top + ch * len(clusters) + bottom
    fig = _figure(width, height)
    ax = fig.add_axes((left / width, bottom / height, cw * len(years) / width, ch * len(clusters) / height))
    ax.set_xlim(0, len(years))
    ax.set_ylim(len(clusters), 0)
    ax.set_xticks([i + 0.5 for i in range(len(years))], [str(y) for y in years])
    ax.xaxis.tick_top()
    ax.set_yticks([i + 0.5 for i in range(len(clusters))], [_short_cluster(lbl) for _, lbl in clusters])
    ax.tick_params(length=0)
    for spine in ax.spines.values():
        spine.set_visible(False)
    for ci, (cluster, _) in enumerate(clusters):
        for yi, year in enumerate(years):
            for ri, role in enumerate(("head", "deputy")):
                holders = table.get((cluster, year, role), [])
                x, y = yi + 0.04, ci + 0.06 + ri * 0.44
                if not holders:
                    ax.add_patch(Rectangle((x, y), 0.92, 0.4, facecolor="#f2f2f2", edgecolor="none"))
                    continue
                conflict = len(holders) > 1
                face = colour[holders[0][0]]
                ax.add_patch(
                    Rectangle(
                        (x, y), 0.92, 0.4, facecolor=face, alpha=1.0 if role == "head" else 0.45,
                        edgecolor="#c00000" if conflict else "none", linewidth=1.5 if conflict else 0,
                        hatch="//" if conflict else None,
                    )
                )  # fmt: skip
                text = " / ".join(name for _, name in holders)
                ax.text(
                    x + 0.46, y + 0.2, textwrap.shorten(text, 22, placeholder="…"), ha="center", va="center",
                    fontsize=7, color="white" if role == "head" else "#111111",
                    fontweight="bold" if role == "head" else "normal",
                )  # fmt: skip
            # who followed whom: last year's deputy became this year's head
            if yi > 0:
                before = {m for m, _ in table.get((cluster, years[yi - 1], "deputy"), [])}
                now = {m for m, _ in table.get((cluster, year, "head"), [])}
                if before & now:
                    ax.add_patch(
                        FancyArrowPatch(
                            (yi - 0.04, ci + 0.72), (yi + 0.04, ci + 0.28), arrowstyle="-|>", mutation_scale=9,
                            color="#333333", linewidth=1.0, connectionstyle="arc3,rad=0.3",
                        )
                    )  # fmt: skip
    fig.suptitle(title or "Luân phiên Cụm trưởng, Cụm phó theo năm", x=0.02, ha="left", fontsize=11, y=0.995)
    fig.text(
        0.02, 0.02,
        "Trên: Cụm trưởng (đậm) · Dưới: Cụm phó (nhạt) · ↗ Cụm phó năm trước làm Cụm trưởng · "
        "ô gạch đỏ: các nguồn ghi khác nhau · * tỉnh từ 2025",
        fontsize=7, color="#444444",
    )  # fmt: skip
    return _save(fig, fmt)


# --------------------------------------------------------------------------- awards


def awards_table(
    rows: Iterable[dict[str, Any]], rollup: bool = False
) -> tuple[list[str], list[int | None], dict[tuple[str, int | None], int]]:
    """(provinces by total desc, years, {(province, year): award count}); year None = not stated."""
    counts: dict[tuple[str, int | None], int] = defaultdict(int)
    for f in group_facts(rows).values():
        r = f.row
        if rollup and r.get("provinceToday"):
            name = r.get("provinceTodayLabel") or province_label(r["provinceToday"][len(TDP_NS) :])
        elif r.get("province"):
            name = province_label(r["province"][len(TDP_NS) :])
        else:
            name = r.get("memberLabel") or "?"
        counts[(name, f.year)] += 1
    totals: dict[str, int] = defaultdict(int)
    for (name, _), n in counts.items():
        totals[name] += n
    provinces = sorted(totals, key=lambda p: (-totals[p], p))
    known = sorted({y for _, y in counts if y is not None})
    years: list[int | None] = list(range(known[0], known[-1] + 1)) if known else []
    if any(y is None for _, y in counts):
        years.append(None)
    return provinces, years, dict(counts)


@_with_rc
def awards_chart(
    rows: Iterable[dict[str, Any]], fmt: str = "svg", rollup: bool = False, title: str | None = None
) -> bytes:
    """Province x performance-year heat map of award counts (each cell annotated)."""
    import numpy as np

    provinces, years, counts = awards_table(rows, rollup)
    if not provinces:
        raise ValueError("no award facts match; nothing to draw")
    grid = np.array([[counts.get((p, y), 0) for y in years] for p in provinces], dtype=float)
    cw, ch = 0.55, 0.28
    left, top, bottom = 2.0, 0.8, 0.55
    width = left + max(cw * len(years), 2.0) + 1.0
    height = top + ch * len(provinces) + bottom
    fig = _figure(width, height)
    ax = fig.add_axes((left / width, bottom / height, cw * len(years) / width, ch * len(provinces) / height))
    masked = np.ma.masked_equal(grid, 0)
    image = ax.imshow(masked, aspect="auto", cmap="YlOrRd", vmin=0, vmax=max(grid.max(), 1), interpolation="nearest")
    ax.set_facecolor("#f4f4f4")
    ax.set_xticks(range(len(years)), [str(y) if y is not None else "?" for y in years], rotation=90)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(provinces)), provinces)
    ax.tick_params(length=0)
    for i in range(len(provinces)):
        for j in range(len(years)):
            n = int(grid[i, j])
            if n:
                dark = n > grid.max() * 0.6
                ax.text(j, i, str(n), ha="center", va="center", fontsize=7, color="white" if dark else "#222222")
    cax = fig.add_axes(
        ((left + cw * len(years) + 0.2) / width, bottom / height, 0.12 / width, min(2.0, ch * len(provinces)) / height)
    )
    from matplotlib.ticker import MaxNLocator

    fig.colorbar(image, cax=cax, ticks=MaxNLocator(integer=True))
    scope = "tỉnh hiện nay (sau sắp xếp 2025)" if rollup else "tỉnh tại thời điểm khen thưởng"
    fig.suptitle(title or "Khen thưởng theo tỉnh và năm thành tích", x=0.02, ha="left", fontsize=11, y=0.995)
    total = int(grid.sum())
    span = format_years(y for y in years if y is not None)
    fig.text(
        0.02, 0.015, f"Số khen thưởng (đề nghị và được tặng): {total}; {scope}; {span}", fontsize=7, color="#444444"
    )
    return _save(fig, fmt)
