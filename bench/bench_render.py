"""Time to first drawing of the graph page in headless Chromium, at 100 / 1,000 / 5,000 nodes.

Synthetic view rows of our shape (clusters, member agencies in provinces, yearly head/deputy
roles, memberships, awards, conferences, a source title and an evidence string per fact) go
through the real pipeline: ``build_graph`` -> ``render_page`` -> file -> Chromium. For each size
the page is timed with the default choice (physics on up to ``PHYSICS_MAX_NODES``, else off from
the precomputed layout) and, where it is cheap enough, with physics forced on, to show where
the threshold comes from. "first draw" is ``performance.now()`` at vis-network's first
``afterDrawing`` (seconds since navigation start); "settled" is when physics has stopped (the
first drawing when physics is off).

Run on demand (not a test):  python bench/bench_render.py [--sizes 100,1000,5000] [--runs 3]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from support.browser import launch

from thidua.render import PHYSICS_MAX_NODES, build_graph, render_page

YEARS = range(2010, 2025)


def synthetic_rows(n_nodes: int) -> list[dict]:
    """View rows that make a graph of about ``n_nodes`` nodes (clusters ~3%, provinces <= 63,
    members ~50%, awards ~30%, conferences the rest)."""
    clusters = max(2, n_nodes // 35)
    provinces = min(63, max(4, n_nodes // 12))
    members = max(clusters * 3, n_nodes // 2)
    awards = max(1, int(n_nodes * 0.3))
    conferences = max(1, n_nodes - clusters - provinces - members - awards)
    rows: list[dict] = []

    def row(kind: str, fid: str, **kw: object) -> dict:
        return {
            "fact": f"https://example.org/fact/{kind}/{fid}", "kind": kind,
            "source": f"https://example.org/source/{fid}", "sourceTitle": f"Tin tổng kết thi đua số {fid}",
            "published": "2023-12-08", "evidence": f"Đơn vị được bầu làm Cụm trưởng năm sau ({fid})", **kw,
        }  # fmt: skip

    for m in range(members):
        c = m % clusters
        base = {
            "cluster": f"https://example.org/cluster/{c}", "clusterLabel": f"Cụm thi đua số {c + 1}",
            "member": f"https://example.org/member/{m}", "memberLabel": f"Sở Thông tin và Truyền thông {m}",
            # clusters are regional: a cluster's members come from a run of neighbouring provinces
            "province": f"https://w3id.org/thidua/province/pre2025-{(c * 7 + (m // clusters) % 9) % provinces:02d}",
        }  # fmt: skip
        for y in YEARS[m % 3 :: 3]:
            rows.append(row("membership", f"m{m}-{y}", year=y, **base))
    for c in range(clusters):
        cluster_members = list(range(c, members, clusters))
        for i, y in enumerate(YEARS):
            for role, offset in (("head", 0), ("deputy", 1)):
                m = cluster_members[(i + offset) % len(cluster_members)]
                rows.append(row("role", f"r{c}-{y}-{role}", year=y, role=role,
                                cluster=f"https://example.org/cluster/{c}", clusterLabel=f"Cụm thi đua số {c + 1}",
                                member=f"https://example.org/member/{m}",
                                memberLabel=f"Sở Thông tin và Truyền thông {m}"))  # fmt: skip
    for a in range(awards):
        m = (a * 7) % members
        rows.append(row("award", f"a{a}", year=YEARS[a % len(YEARS)], award="emulation_flag", status="proposed",
                        member=f"https://example.org/member/{m}", memberLabel=f"Sở Thông tin và Truyền thông {m}",
                        cluster=f"https://example.org/cluster/{m % clusters}",
                        clusterLabel=f"Cụm thi đua số {m % clusters + 1}"))  # fmt: skip
    for k in range(conferences):
        c = k % clusters
        cluster = {"cluster": f"https://example.org/cluster/{c}", "clusterLabel": f"Cụm thi đua số {c + 1}"}
        rows.append(row("conference", f"k{k}", year=YEARS[k % len(YEARS)], **cluster))
    return rows


def time_page(browser, path: Path, timeout_s: float) -> tuple[float | None, float | None]:  # type: ignore[no-untyped-def]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(path.as_uri())
        try:
            page.wait_for_function("() => window.thidua && window.thidua.firstDraw !== null", timeout=timeout_s * 1000)
        except Exception:
            return None, None
        first = page.evaluate("window.thidua.firstDraw")
        try:
            page.wait_for_function("() => window.thidua.settledAt !== null", timeout=timeout_s * 1000)
            settled = page.evaluate("window.thidua.settledAt")
        except Exception:
            settled = None
        return first / 1000, (settled / 1000 if settled is not None else None)
    finally:
        page.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="100,1000,5000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds to wait for a drawing")
    args = ap.parse_args()
    from playwright.sync_api import sync_playwright

    rows_out = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = launch(pw)
        for size in (int(s) for s in args.sizes.split(",")):
            rows = synthetic_rows(size)
            t0 = time.perf_counter()
            g = build_graph(rows, "clusters")
            t1 = time.perf_counter()
            modes = [("default", None)]
            if g.number_of_nodes() > PHYSICS_MAX_NODES and size <= 1000:
                modes.append(("physics on", True))
            if g.number_of_nodes() <= PHYSICS_MAX_NODES:
                modes.append(("physics off", False))
            for label, physics in modes:
                t2 = time.perf_counter()
                html = render_page(g, title="bench", physics=physics)
                t3 = time.perf_counter()
                path = Path(tmp) / f"g{size}-{label.replace(' ', '_')}.html"
                path.write_text(html, encoding="utf-8")
                firsts, settles = [], []
                for _ in range(args.runs):
                    first, settled = time_page(browser, path, args.timeout)
                    firsts.append(first)
                    settles.append(settled)
                mode = (
                    label
                    if physics is not None
                    else f"default ({'on' if g.number_of_nodes() <= PHYSICS_MAX_NODES else 'off'})"
                )
                rows_out.append((size, g.number_of_nodes(), g.number_of_edges(), mode, t1 - t0, t3 - t2,
                                 len(html.encode()) / 1e6, _median(firsts), _median(settles)))  # fmt: skip
                print(f"  {size}: {mode} done", file=sys.stderr)
        browser.close()
    print("| target | nodes | edges | physics | build graph s | render html s | HTML MB | first draw s | settled s |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size, n, e, mode, tg, th, mb, first, settled in rows_out:
        print(
            f"| {size:,} | {n:,} | {e:,} | {mode} | {tg:.2f} | {th:.2f} | {mb:.1f} | {_fmt(first)} | {_fmt(settled)} |"
        )


def _median(values: list[float | None]) -> float | None:
    got = [v for v in values if v is not None]
    return statistics.median(got) if len(got) == len(values) else None


def _fmt(v: float | None) -> str:
    return f"{v:.2f}" if v is not None else "timeout"


if __name__ == "__main__":
    main()
