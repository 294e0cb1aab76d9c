"""Graph views, filters, the graph model and the HTML page, without a browser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.cli import cli
from thidua.querylib import load_query
from thidua.render import (
    AGGREGATE_ABOVE,
    PHYSICS_MAX_NODES,
    VIEWS,
    ViewFilter,
    build_graph,
    format_years,
    graph_page,
    grouped_layout,
    render_page,
    run_view,
)
from thidua.store import EmbeddedStore

CUM3 = "https://w3id.org/thidua/id/cluster/bo_tttt/so_tttt/3"
CUM5 = "https://w3id.org/thidua/id/cluster/bo_tttt/so_tttt/5"
CA3 = "https://w3id.org/thidua/id/cluster/bo_cong_an/cong_an/3"
BAC_NINH = "https://w3id.org/thidua/id/org/so_tttt/pre2025-27"


@pytest.fixture
def kg(render_kg: Path) -> Path:
    return render_kg


@pytest.fixture
def store(render_store: EmbeddedStore) -> EmbeddedStore:
    return render_store


def kinds(g) -> dict[str, int]:  # type: ignore[no-untyped-def]
    out: dict[str, int] = {}
    for _, d in g.nodes(data=True):
        out[d["kind"]] = out.get(d["kind"], 0) + 1
    return out


# --------------------------------------------------------------------------- views and filters


@pytest.mark.parametrize("view", VIEWS)
def test_views_are_named_queries_with_the_filter_parameters(view: str) -> None:
    q = load_query(f"view_{view}")
    assert q.form == "SELECT"
    assert set(q.parameters) == {"cluster", "authority", "year_from", "year_to", "province"}
    assert not any(p.required for p in q.parameters.values())
    assert q.title_vi and q.title_en and "view" in q.tags


def test_filter_from_user_resolves_through_vocabulary_and_gazetteer() -> None:
    f = ViewFilter.from_user(cluster="3", authority="Bộ TT&TT", years="2019–2024", province="TP.HCM")
    assert (f.number, f.authority, f.year_from, f.year_to) == (3, "bo_tttt", 2019, 2024)
    assert f.province == "2025-79"
    assert ViewFilter.from_user(year="2023").parameters() == {"year_from": 2023, "year_to": 2023}
    assert ViewFilter.from_user().parameters() == {}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"cluster": "3 } UNION { ?s ?p ?o"}, "cluster number must be a whole number"),
        ({"cluster": "0"}, "out of range"),
        ({"year": "2023 || true"}, "year must be a whole number"),
        ({"years": "2024-2019"}, "first year is after the last"),
        ({"years": "2019..2024"}, "years must look like"),
        ({"year": "2020", "years": "2019-2021"}, "not both"),
        ({"authority": "<http://evil> } #"}, "unknown authority"),
        ({"province": "Quảng Nôm"}, "unknown province"),
    ],
)
def test_bad_filter_values_are_refused_before_any_query(kwargs: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ViewFilter.from_user(**kwargs)


def test_cluster_and_authority_filters(store: EmbeddedStore) -> None:
    rows = run_view(store, "clusters", ViewFilter.from_user(cluster=3))
    assert {r["cluster"] for r in rows} == {CUM3, CA3}
    rows = run_view(store, "clusters", ViewFilter.from_user(cluster=3, authority="Bộ Công an"))
    assert {r["cluster"] for r in rows} == {CA3}


def test_year_span_keeps_only_facts_of_those_years(store: EmbeddedStore) -> None:
    rows = run_view(store, "rotation", ViewFilter.from_user(years="2023-2024"))
    assert {r["year"] for r in rows} == {2023, 2024}
    # the predecessor is still named even when its own year is outside the span
    heads = {(r["cluster"], r["year"]): r.get("previousLabel") for r in rows if r["role"] == "head"}
    assert heads[(CUM5, 2023)] == "Sở Thông tin và Truyền thông tỉnh Nghệ An"


def test_province_today_matches_the_old_provinces_that_roll_up_to_it(store: EmbeddedStore) -> None:
    today = run_view(store, "clusters", ViewFilter.from_user(province="Bắc Ninh"))
    assert {r["member"] for r in today} == {BAC_NINH}
    old = run_view(store, "awards", ViewFilter.from_user(province="pre2025-95"))  # Bạc Liêu, now Cà Mau
    assert [r["provinceTodayLabel"] for r in old] == ["Cà Mau"]
    assert run_view(store, "awards", ViewFilter.from_user(province="Cà Mau"))


# --------------------------------------------------------------------------- graph model


def test_clusters_view_graph_has_every_node_type_and_labelled_edges(store: EmbeddedStore) -> None:
    g = build_graph(run_view(store, "clusters"), "clusters")
    assert kinds(g) == {"cluster": 3, "member": 9, "province": 9, "award": 3, "conference": 2}
    labels = {d["label"] for _, _, d in g.edges(data=True)}
    assert {"Cụm trưởng 2023", "Cụm phó 2023", "thành viên 2023", "đề nghị Cờ thi đua 2023"} <= labels
    assert {"tổng kết 2023", "đăng cai 2023", "tại 2023"} <= labels
    # parallel facts merge into one edge carrying their years
    assert g.edges[BAC_NINH, CUM3, "role:head"]["years"] == {2023}


def test_rotation_view_links_each_holder_to_the_next(store: EmbeddedStore) -> None:
    g = build_graph(run_view(store, "rotation"), "rotation")
    hai_duong = "https://w3id.org/thidua/id/org/so_tttt/pre2025-30"
    edge = g.edges[BAC_NINH, hai_duong, "after:head"]
    assert edge["label"] == "tiếp nối Cụm trưởng 2024"


def test_sources_and_evidence_are_kept_as_text(store: EmbeddedStore) -> None:
    g = build_graph(run_view(store, "clusters"), "clusters")
    facts = g.nodes[BAC_NINH]["facts"]
    titles = {s[0] for f in facts.values() for s in f.sources}
    assert any("<img src=x onerror=" in t for t in titles)
    evidence = {s[3] for f in facts.values() for s in f.sources}
    assert any("<script>window.__xss='script'</script>" in e for e in evidence)


def test_format_years() -> None:
    assert format_years([2024]) == "2024"
    assert format_years([2019, 2020, 2021, 2023]) == "2019–2021, 2023"
    assert format_years([2001, 2003, 2005, 2007, 2009]) == "2001–2009 (5 năm)"


def synthetic_rows(n_members: int, clusters: int = 20, years: range = range(2015, 2025)) -> list[dict]:
    """View rows for a large graph: members spread over clusters, a head per cluster and year, awards."""
    rows = []
    for i in range(n_members):
        c = f"https://example.org/cluster/{i % clusters}"
        m = f"https://example.org/member/{i}"
        base = {"cluster": c, "clusterLabel": f"Cụm {i % clusters}", "member": m, "memberLabel": f"Đơn vị {i}"}
        y = years[i % len(years)]
        rows.append({**base, "fact": f"https://example.org/fact/m{i}", "kind": "membership", "year": y})
        if i < clusters * len(years):
            rows.append({**base, "fact": f"https://example.org/fact/r{i}", "kind": "role", "role": "head", "year": y})
        rows.append({**base, "fact": f"https://example.org/fact/a{i}", "kind": "award", "award": "certificate_of_merit",
                     "status": "conferred", "year": y})  # fmt: skip
    return rows


def test_large_graphs_draw_from_a_deterministic_layout_with_physics_off() -> None:
    g = build_graph(synthetic_rows(PHYSICS_MAX_NODES), "clusters")
    assert g.number_of_nodes() > PHYSICS_MAX_NODES
    pos = grouped_layout(g)
    assert pos == grouped_layout(g) and set(pos) == set(g.nodes)
    assert len(set(pos.values())) == len(pos)  # no two nodes on one spot
    page = render_page(g, title="t")
    assert '"physics":false' in page.replace(" ", "") or '"enabled": false' in page


def test_awards_are_merged_per_recipient_when_the_graph_is_too_big() -> None:
    rows = synthetic_rows(AGGREGATE_ABOVE)
    for r in list(rows):
        if r["kind"] == "award":  # a second award for every member
            rows.append({**r, "fact": r["fact"] + "b", "year": r["year"] - 1})
    g = build_graph(rows, "clusters")
    assert kinds(g)["award"] == AGGREGATE_ABOVE  # one merged node per recipient, not two
    labels = [d["label"] for _, d in g.nodes(data=True) if d["kind"] == "award"]
    assert all(label.endswith("×2") for label in labels)
    assert build_graph(rows, "clusters", aggregate=False).number_of_nodes() > g.number_of_nodes()


# --------------------------------------------------------------------------- the page


def test_page_is_offline_escaped_and_byte_stable(store: EmbeddedStore) -> None:
    page, _ = graph_page(store, "clusters")
    again, _ = graph_page(store, "clusters")
    assert page == again
    assert "Content-Security-Policy" in page and "connect-src 'none'" in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=\"?https?:", page)
    assert "cdn.jsdelivr" not in page
    # payloads appear only JSON-escaped inside script data, never as markup
    assert "<img src=x" not in page and "<script>window.__xss" not in page
    assert "\\u003cimg src=x onerror=" in page
    assert '"title":' not in page  # tooltips are built in the browser as text nodes
    assert "javascript:window.__xss" in page  # an "href" in the evidence ...
    assert "popup.innerHTML" not in page  # ... does not switch pyvis to HTML tooltips


def test_page_header_escapes_titles_and_cluster_names() -> None:
    row = {"fact": "https://e.org/f", "kind": "membership", "year": 2023, "cluster": "https://e.org/c"}
    rows = [{**row, "clusterLabel": 'Cụm <b>đậm</b> & "x"', "member": "https://e.org/m", "memberLabel": "<i>m</i>"}]
    page = render_page(build_graph(rows), title="Tiêu đề <script>alert(1)</script>")
    assert "<title>Tiêu đề &lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert "Cụm &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;x&quot;" in page
    assert "<b>đậm</b>" not in page and "<i>m</i>" not in page


# --------------------------------------------------------------------------- the commands


def test_graph_command_writes_the_same_page_twice(kg: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    args = ["graph", "--data", str(kg), "--cluster", "3", "--authority", "bo_tttt", "-o", "g.html"]
    pages = []
    for _ in range(2):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 0, result.output
        assert "wrote g.html (" in result.output
        pages.append((tmp_path / "g.html").read_bytes())
    assert pages[0] == pages[1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]  # no lib/ folder, no temp file left


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cluster", "ba"], "error: cluster number must be a whole number"),
        (["--years", "2024-2020"], "error: years 2024-2020"),
        (["--province", "Atlantis"], "error: unknown province 'Atlantis'"),
        (["--year", "2090"], "error: no facts match in view clusters"),
        (["--endpoint", "file:///etc/passwd"], "is not an http(s) endpoint URL"),
    ],
)
def test_graph_command_errors_are_one_line(kg: Path, tmp_path: Path, args: list[str], message: str) -> None:
    data = [] if "--endpoint" in args else ["--data", str(kg)]
    result = CliRunner().invoke(cli, ["graph", *data, *args, "-o", str(tmp_path / "g.html")], standalone_mode=True)
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert not (tmp_path / "g.html").exists()


def test_graph_needs_data_when_there_is_no_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["graph", "-o", "g.html"])
    assert result.exit_code == 1 and "pass --data FILE" in result.output


def test_render_docstring_examples() -> None:
    import doctest

    import thidua.render

    result = doctest.testmod(thidua.render)
    assert result.failed == 0 and result.attempted >= 6


def test_canvas_labels_are_short_and_tooltips_keep_the_full_names(store: EmbeddedStore) -> None:
    page, g = graph_page(store, "clusters")
    assert '"label":"Sở TTTT Bắc Ninh"' in page.replace(", ", ",").replace('": "', '":"')
    assert '"label":"Cụm thi đua số 3 · CA"' in page.replace(", ", ",").replace('": "', '":"')
    assert g.nodes[BAC_NINH]["label"] == "Sở Thông tin và Truyền thông tỉnh Bắc Ninh"


@pytest.mark.server
def test_endpoint_gives_the_same_page_and_charts_as_the_file(kg: Path, empty_oxigraph, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    empty_oxigraph.load(kg)
    runner = CliRunner()
    outputs = {}
    for source in (["--data", str(kg)], ["--endpoint", empty_oxigraph.query_url]):
        key = source[0]
        for name, args in (
            ("page.html", ["graph", "--view", "rotation", "--province", "Hải Phòng"]),
            ("awards.svg", ["chart", "awards", "--years", "2021-2023"]),
        ):
            out = tmp_path / f"{key.strip('-')}-{name}"
            result = runner.invoke(cli, [*args, *source, "-o", str(out)])
            assert result.exit_code == 0, result.output
            outputs[(key, name)] = out.read_bytes()
    assert outputs[("--data", "page.html")] == outputs[("--endpoint", "page.html")]
    assert outputs[("--data", "awards.svg")] == outputs[("--endpoint", "awards.svg")]


def test_page_bytes_do_not_depend_on_the_hash_seed(kg: Path, tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"g{seed}.html"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        args = [sys.executable, "-m", "thidua", "graph", "--view", "rotation", "--data", str(kg), "-o", str(out)]
        subprocess.run(args, env=env, check=True, capture_output=True)
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
