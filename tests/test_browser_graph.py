"""The graph page in headless Chromium: offline, complete, filterable, hoverable, inert payloads."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from thidua.render import PHYSICS_MAX_NODES, build_graph, graph_page, render_page
from thidua.store import EmbeddedStore

pytestmark = pytest.mark.browser

BAC_NINH = "https://w3id.org/thidua/id/org/so_tttt/pre2025-27"
NGHE_AN = "https://w3id.org/thidua/id/org/so_tttt/pre2025-40"
HA_TINH = "https://w3id.org/thidua/id/org/so_tttt/pre2025-42"
THAI_BINH = "https://w3id.org/thidua/id/org/so_tttt/pre2025-34"
CUM5 = "https://w3id.org/thidua/id/cluster/bo_tttt/so_tttt/5"
READY = "() => window.thidua && window.thidua.firstDraw !== null && window.thidua.stabilized"


@pytest.fixture(scope="module")
def page_and_graph(render_store: EmbeddedStore, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    html, g = graph_page(render_store, "clusters")
    path = tmp_path_factory.mktemp("browser") / "graph.html"
    path.write_text(html, encoding="utf-8")
    return path, g


def _visible(page) -> set[str]:  # type: ignore[no-untyped-def]
    return set(page.evaluate("window.thidua.nodes.get({filter: n => !n.hidden}).map(n => n.id)"))


def _hover(page, node_id: str) -> str:  # type: ignore[no-untyped-def]
    """Move the mouse onto a node and return the tooltip's text."""
    point = page.evaluate(
        """id => {
            const net = window.thidua.network;
            const p = net.canvasToDOM(net.getPositions([id])[id]);
            const r = document.getElementById('mynetwork').getBoundingClientRect();
            return {x: r.left + p.x, y: r.top + p.y};
        }""",
        node_id,
    )
    page.mouse.move(point["x"] - 30, point["y"] - 30)
    page.mouse.move(point["x"], point["y"], steps=4)
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    page.wait_for_function("() => document.querySelector('div.vis-tooltip').textContent.length > 0")
    return tip.inner_text()


def test_page_loads_offline_without_errors(open_page, page_and_graph) -> None:  # type: ignore[no-untyped-def]
    path, _ = page_and_graph
    opened = open_page(path, wait_for=READY)
    assert opened.problems() == []
    assert opened.requests and all(u.startswith("file:") for u in opened.requests)


def test_no_request_leaves_even_a_page_that_asks_for_one(open_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The fixture really catches remote requests (and the page's CSP blocks what would slip by)."""
    probe = tmp_path / "probe.html"
    probe.write_text('<html><body><img src="https://example.org/x.png"></body></html>', encoding="utf-8")
    opened = open_page(probe)
    assert opened.remote_requests == ["https://example.org/x.png"]


def test_drawn_node_count_equals_the_graph(open_page, page_and_graph) -> None:  # type: ignore[no-untyped-def]
    path, g = page_and_graph
    page = open_page(path, wait_for=READY).page
    drawn = page.evaluate("window.thidua.network.body.nodeIndices.length")
    assert drawn == g.number_of_nodes() == page.evaluate("window.thidua.nodes.length")
    assert page.evaluate("window.thidua.network.body.edgeIndices.length") == g.number_of_edges()
    assert page.inner_text("#thidua-count") == str(g.number_of_nodes())


def test_year_filter_hides_what_is_not_of_that_year(open_page, page_and_graph) -> None:  # type: ignore[no-untyped-def]
    path, g = page_and_graph
    page = open_page(path, wait_for=READY).page
    page.select_option("#thidua-year", "2024")
    shown = _visible(page)
    assert BAC_NINH not in shown and THAI_BINH not in shown and NGHE_AN not in shown  # no 2024 facts
    assert "https://w3id.org/thidua/id/org/so_tttt/pre2025-30" in shown  # Hải Dương, head 2024
    assert all(2024 in g.nodes[n]["years"] for n in shown)
    assert page.evaluate("window.thidua.network.body.nodeIndices.length") == len(shown)
    assert page.inner_text("#thidua-count") == str(len(shown))
    page.select_option("#thidua-year", "")
    assert len(_visible(page)) == g.number_of_nodes()


def test_cluster_filter_keeps_one_cluster(open_page, page_and_graph) -> None:  # type: ignore[no-untyped-def]
    path, g = page_and_graph
    page = open_page(path, wait_for=READY).page
    page.select_option("#thidua-cluster", CUM5)
    shown = _visible(page)
    assert CUM5 in shown and HA_TINH in shown and NGHE_AN in shown
    assert BAC_NINH not in shown
    assert {g.nodes[n]["kind"] for n in shown} == {"cluster", "member", "province", "conference"}
    hidden_edges = page.evaluate("window.thidua.edges.get({filter: e => e.hidden}).length")
    assert hidden_edges > 0


def test_hover_shows_the_facts_and_sources_as_text(open_page, page_and_graph) -> None:  # type: ignore[no-untyped-def]
    path, _ = page_and_graph
    page = open_page(path, wait_for=READY).page
    text = _hover(page, HA_TINH)
    assert text.startswith("Sở Thông tin và Truyền thông tỉnh Hà Tĩnh")
    assert "Cụm trưởng 2023" in text and "Bằng khen (được tặng) năm 2022" in text and "QĐ 123/QĐ-BTTTT" in text
    assert "Nguồn: Cụm thi đua số 5 luân phiên Cụm trưởng & Cụm phó (2022-12-20)" in text


def test_payloads_in_titles_and_evidence_show_literally_and_run_nothing(open_page, page_and_graph) -> None:  # type: ignore[no-untyped-def]
    path, _ = page_and_graph
    opened = open_page(path, wait_for=READY)
    page = opened.page
    text = _hover(page, BAC_NINH)
    assert "<img src=x onerror=\"window.__xss='img'\">" in text
    assert "<script>window.__xss='script'</script>" in text
    assert "<b onmouseover=alert(1)>cho Bắc Ninh</b>" in text
    assert (
        page.evaluate(
            "document.querySelectorAll('div.vis-tooltip img, div.vis-tooltip script, div.vis-tooltip b').length"
        )
        == 0
    )
    text = _hover(page, NGHE_AN)  # pyvis turns every title into HTML once one holds "href"
    assert "<a href=\"javascript:window.__xss='href'\">xem</a>" in text
    assert page.evaluate("document.querySelectorAll('div.vis-tooltip a, div.popup').length") == 0
    assert page.evaluate("document.querySelectorAll('body img').length") == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert opened.problems() == []  # no alert dialog, no CSP violation, no error


def test_screenshot_is_not_blank(open_page, page_and_graph) -> None:  # type: ignore[no-untyped-def]
    from PIL import Image

    path, _ = page_and_graph
    page = open_page(path, wait_for=READY).page
    image = Image.open(io.BytesIO(page.locator("#mynetwork").screenshot())).convert("RGB")
    colours = image.getcolors(maxcolors=1 << 20) or []
    assert len(colours) > 50  # shapes, edges and anti-aliased text, not a flat canvas
    white = sum(n for n, c in colours if min(c) > 245)
    assert white < 0.995 * image.width * image.height
    for kind_colour in ((0xD6, 0x27, 0x28), (0x1F, 0x77, 0xB4), (0x2C, 0xA0, 0x2C)):  # cluster, member, province
        assert any(c == kind_colour for _, c in colours), kind_colour


def test_large_graph_draws_at_once_with_physics_off(open_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rows = []
    for i in range(3 * PHYSICS_MAX_NODES):
        rows.append({"fact": f"https://e.org/f{i}", "kind": "membership", "year": 2000 + i % 20,
                     "cluster": f"https://e.org/c{i % 12}", "clusterLabel": f"Cụm {i % 12}",
                     "member": f"https://e.org/m{i}", "memberLabel": f"Đơn vị {i}"})  # fmt: skip
    g = build_graph(rows)
    path = tmp_path / "big.html"
    path.write_text(render_page(g, title="lớn"), encoding="utf-8")
    opened = open_page(path, wait_for=READY, timeout_ms=15_000)
    assert opened.problems() == []
    page = opened.page
    assert page.evaluate("window.thidua.network.physics.physicsEnabled") is False
    assert page.evaluate("window.thidua.network.body.nodeIndices.length") == g.number_of_nodes()
    page.select_option("#thidua-year", "2005")
    of_2005 = [r for r in rows if r["year"] == 2005]
    assert _visible(page) == {r["member"] for r in of_2005} | {r["cluster"] for r in of_2005}


@pytest.mark.parametrize("view", ["rotation", "awards"])
def test_every_view_page_loads_complete_and_offline(view: str, render_store, open_page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    html, g = graph_page(render_store, view)
    path = tmp_path / f"{view}.html"
    path.write_text(html, encoding="utf-8")
    opened = open_page(path, wait_for=READY)
    assert opened.problems() == []
    assert opened.page.evaluate("window.thidua.network.body.nodeIndices.length") == g.number_of_nodes()
    if view == "rotation":  # the predecessor edges are there, dashed
        dashed = opened.page.evaluate("window.thidua.edges.get({filter: e => e.dashes}).map(e => e.label)")
        assert "tiếp nối Cụm trưởng 2024" in dashed


def test_hovering_an_edge_shows_its_facts(open_page, page_and_graph) -> None:  # type: ignore[no-untyped-def]
    path, _ = page_and_graph
    page = open_page(path, wait_for=READY).page
    point = page.evaluate(
        """to => {
            const e = window.thidua.edges.get({filter: e => e.to === to && e.label.startsWith("đề nghị Cờ")})[0];
            const net = window.thidua.network;
            const p = net.getPositions([e.from, e.to]);
            const a = net.canvasToDOM(p[e.from]), b = net.canvasToDOM(p[e.to]);
            const r = document.getElementById('mynetwork').getBoundingClientRect();
            for (let t = 0.3; t <= 0.7; t += 0.05) {  // a point of this edge where nothing else is on top
                const q = {x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t};
                if (net.getEdgeAt(q) === e.id && net.getNodeAt(q) === undefined) {
                    return {x: r.left + q.x, y: r.top + q.y};
                }
            }
            return null;
        }""",
        BAC_NINH,
    )
    assert point is not None
    page.mouse.move(point["x"] - 20, point["y"] - 20)
    page.mouse.move(point["x"], point["y"], steps=4)
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5000)
    text = tip.inner_text()
    assert text.startswith("đề nghị Cờ thi đua 2023")
    assert "“đề nghị tặng Cờ thi đua <b onmouseover=alert(1)>cho Bắc Ninh</b>”" in text
    assert page.evaluate("document.querySelectorAll('div.vis-tooltip b').length") == 0
