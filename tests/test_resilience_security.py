# ruff: noqa: E501  (payload tables read best one case per line)
"""Security: SPARQL injection through every parameter, SERVICE / LOAD / remote JSON-LD contexts
refused by default, script payloads in every text that reaches a page or a terminal, and
`thidua serve` bound to 127.0.0.1.

Servers are on loopback only (``tests/support/faulty_server.py`` records whether anything was
asked of them); every wait is bounded.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.cli import cli
from thidua.querylib import QueryError, load_all

# Payloads that try to close a literal, an IRI or a group, add a UNION, comment out the rest,
# smuggle a variable or a SERVICE call, or break the tokenizer.
PAYLOADS = [
    '3 } UNION { ?s ?p ?o }',
    '3 . } UNION { ?s ?p ?o',
    '"} UNION { ?s ?p ?o } #',
    "' } UNION { ?s ?p ?o } #",
    '"""} UNION { ?s ?p ?o } #',
    "Bắc Ninh\" } UNION { ?s ?p ?o } #",
    "3\n} UNION { ?s ?p ?o }",
    "3 # } ",
    "http://x.org/a> } UNION { ?s ?p ?o } #",
    "<https://w3id.org/thidua/id/fact/x>",
    "https://w3id.org/thidua/id/fact/x> . ?s ?p ?o . <a:b",
    "?_number",
    "$s",
    "SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o }",
    "\\u0022 } UNION { ?s ?p ?o }",
    "3\x00",
    "x" * 5000,
]
#: A value of each type that is valid and matches nothing in the fixture graph.
NO_MATCH = {
    "string": "no-such-source-zzz",
    "iri": "https://w3id.org/thidua/id/fact/role/0000000000000000",
    "integer": "987",
    "year": "1950",
}
QUERIES = {q.name: q for q in load_all()}
PARAMS = [(q.name, p) for q in QUERIES.values() for p in q.parameters]


def _values(query, **override):  # type: ignore[no-untyped-def]
    values = {n: p.example for n, p in query.parameters.items() if p.required}
    values.update(override)
    return values


@pytest.fixture(autouse=True)
def _in_root(root: Path) -> None:
    os.chdir(root)


# ----------------------------------------------------------------------------- injection


@pytest.mark.parametrize(("name", "param"), PARAMS)
def test_no_parameter_value_changes_a_query(name: str, param: str, query_store) -> None:  # type: ignore[no-untyped-def]
    """Every payload is either refused (QueryError) or answers exactly what a harmless value of the
    same type answers: it never adds rows, patterns or calls."""
    query = QUERIES[name]
    ptype = query.parameters[param].type
    baseline = None
    if ptype in NO_MATCH:
        baseline = query_store.select(query.bind(_values(query, **{param: NO_MATCH[ptype]})))[1]
    for payload in PAYLOADS:
        try:
            text = query.bind(_values(query, **{param: payload}))
        except QueryError:
            continue
        rows = query_store.select(text)[1]
        assert baseline is not None, f"{name}.{param} ({ptype}) accepted {payload!r}"
        assert rows == baseline, (name, param, payload)


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_injection_through_the_cli_is_a_one_line_error_or_harmless(name: str, query_graph: Path) -> None:
    query = QUERIES[name]
    runner = CliRunner()
    for param in query.parameters:
        for payload in (PAYLOADS[0], PAYLOADS[2], PAYLOADS[8]):
            args = ["query", "run", name, "--data", str(query_graph), "--format", "json"]
            for k, v in _values(query, **{param: payload}).items():
                args += ["-p", k, str(v)]
            result = runner.invoke(cli, args)
            assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
            assert result.exit_code in (0, 1), result.output
            if result.exit_code == 1:
                errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
                assert len(errors) == 1, result.stderr
            else:
                ptype = query.parameters[param].type
                assert ptype == "string", f"{name}.{param} ({ptype}) accepted {payload!r}"
                assert json.loads(result.stdout) == [] or name != "sources_of", result.stdout


def test_injection_on_the_remote_path_answers_like_local(oxigraph_server, query_graph: Path) -> None:  # type: ignore[no-untyped-def]
    runner = CliRunner()
    base = ["query", "run", "sources_of", "-p", "source", PAYLOADS[2], "--format", "json"]
    local = runner.invoke(cli, [*base, "--data", str(query_graph)])
    remote = runner.invoke(cli, [*base, "--endpoint", oxigraph_server.query_url])
    assert local.exit_code == remote.exit_code == 0, (local.output, remote.output)
    assert json.loads(local.stdout) == json.loads(remote.stdout) == []


# ----------------------------------------------------------------------------- SERVICE, LOAD, updates


def _rq(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "template",
    [
        "SELECT * WHERE {{ SERVICE <{url}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ SERVICE SILENT <{url}/sparql> {{ ?s ?p ?o }} }}",
        "SELECT * WHERE {{ BIND(<{url}/sparql> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
        "select * where {{ service <{url}/sparql> {{ ?s ?p ?o }} }}",
        "PREFIX x: <{url}/>\nSELECT * WHERE {{ SERVICE x:sparql {{ ?s ?p ?o }} }}",
    ],
)
def test_service_is_refused_by_default(template: str, tmp_path: Path, query_graph: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["ok"])
    rq = _rq(tmp_path, template.format(url=server.url))
    result = CliRunner().invoke(cli, ["query", "run", "--file", str(rq), "--data", str(query_graph)])
    assert result.exit_code == 1, result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "SERVICE" in errors[0], result.stderr
    time.sleep(0.2)
    assert server.requests == [], "a refused SERVICE must not be called"


def test_service_to_an_allowed_host_is_followed(tmp_path: Path, query_graph: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["ok"])
    rq = _rq(tmp_path, f"SELECT * WHERE {{ SERVICE <{server.url}/sparql> {{ ?x ?p ?o }} }}")
    result = CliRunner().invoke(
        cli, ["query", "run", "--file", str(rq), "--data", str(query_graph), "--allow-service", "127.0.0.1"]
    )
    assert result.exit_code in (0, 1), result.output
    assert len(server.requests) >= 1


@pytest.mark.parametrize(
    "template",
    [
        "LOAD <{url}/evil.ttl>",
        "INSERT DATA {{ <http://a> <http://b> <http://c> }}",
        "DELETE WHERE {{ ?s ?p ?o }}",
        "DROP ALL",
        "SELECT * WHERE {{ ?s ?p ?o }} ; LOAD <{url}/evil.ttl>",
    ],
)
def test_updates_and_load_are_refused(template: str, tmp_path: Path, query_graph: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["ok"])
    rq = _rq(tmp_path, template.format(url=server.url))
    result = CliRunner().invoke(cli, ["query", "run", "--file", str(rq), "--data", str(query_graph)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 1, result.output
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 1, result.stderr
    time.sleep(0.2)
    assert server.requests == []


# ----------------------------------------------------------------------------- remote JSON-LD contexts


JSONLD_CASES = {
    "remote_context": lambda url: {"@context": f"{url}/ctx.jsonld", "@id": "http://a/x", "name": "x"},
    "remote_context_in_list": lambda url: {"@context": [f"{url}/ctx.jsonld"], "@id": "http://a/x", "name": "x"},
    "import": lambda url: {"@context": {"@version": 1.1, "@import": f"{url}/ctx.jsonld"}, "@id": "http://a/x", "name": "x"},
    "nested_remote_context": lambda url: {
        "@context": {"@vocab": "http://a/"}, "@id": "http://a/x", "p": {"@context": f"{url}/ctx.jsonld", "q": 1},
    },
}


@pytest.mark.parametrize("case", sorted(JSONLD_CASES))
@pytest.mark.parametrize("command", ["query", "check", "export", "graph", "push"])
def test_remote_jsonld_contexts_are_never_fetched(case: str, command: str, tmp_path: Path, faulty_server) -> None:  # type: ignore[no-untyped-def]
    server = faulty_server(["ok"])
    doc = tmp_path / "g.jsonld"
    doc.write_text(json.dumps(JSONLD_CASES[case](server.url)), encoding="utf-8")
    args = {
        "query": ["query", "run", "clusters", "--data", str(doc)],
        "check": ["check", str(doc)],
        "export": ["export", str(doc)],
        "graph": ["graph", "--data", str(doc), "-o", str(tmp_path / "p.html")],
        "push": ["push", str(doc), "--endpoint", server.url + "/store", "--query-endpoint", server.url + "/query"],
    }[command]
    result = CliRunner().invoke(cli, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    time.sleep(0.2)
    fetched = [r["path"] for r in server.requests if "ctx" in r["path"]]
    assert fetched == [], f"{command} fetched the remote context"


# ----------------------------------------------------------------------------- payloads reaching pages


XSS = {
    "img": "<img src=x onerror=\"window.__xss='img'\">",
    "script": "<script>window.__xss='script'</script>",
    "svg": "<svg onload=\"window.__xss='svg'\"></svg>",
    "iframe": "<iframe src=\"javascript:window.__xss='iframe'\"></iframe>",
    "attr": "\" onmouseover=\"window.__xss='attr'\" x=\"",
    "href": "<a href=\"javascript:window.__xss='href'\">xem</a>",
    "template": "${window.__xss='tpl'}{{constructor.constructor('window.__xss=1')()}}",
    "closing": "</script><script>window.__xss='close'</script>",
}

XSS_FACTS = """\
source:
  id: xss-source
  title: {title}
  published: 2023-12-08
  publisher: {publisher}
facts:
  - kind: role
    cluster: {{authority: Bộ TTTT, bloc: Sở TTTT, number: 3}}
    year: 2023
    role: head
    member: {{org: Sở TTTT, province: Bắc Ninh}}
    evidence: {{text: {evidence}, start: 0, end: 40}}
  - kind: membership
    cluster: {{authority: Bộ TTTT, name: {cluster_name}}}
    year: 2023
    member: {{name: {unit_name}}}
    evidence: {{text: {evidence2}, start: 50, end: 90}}
  - kind: award
    award: {award}
    grantor: Bộ TTTT
    recipient: {{org: Sở TTTT, province: Bắc Ninh}}
    year: 2023
    status: conferred
    decision: {decision}
    cluster: {{authority: Bộ TTTT, bloc: Sở TTTT, number: 3}}
  - kind: conference
    cluster: {{authority: Bộ TTTT, bloc: Sở TTTT, number: 3}}
    date: 2023-12-08
    location: Bắc Ninh
    host: {{org: Sở TTTT, province: Bắc Ninh}}
    reviews_year: 2023
    evidence: {{text: {evidence3}, start: 100, end: 140}}
"""


@pytest.fixture(scope="module")
def xss_graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("xss")
    q = lambda s: json.dumps(s, ensure_ascii=False)  # a YAML double-quoted scalar
    facts = XSS_FACTS.format(
        title=q("Tin " + XSS["img"] + XSS["closing"]),
        publisher=q("Báo " + XSS["script"]),
        evidence=q(XSS["attr"] + XSS["href"]),
        cluster_name=q("Cụm " + XSS["svg"]),
        unit_name=q("Đơn vị " + XSS["iframe"]),
        evidence2=q(XSS["template"]),
        award=q("other:Giải " + XSS["img"]),
        decision=q("12/QĐ " + XSS["script"]),
        evidence3=q(XSS["closing"]),
    )
    (folder / "xss.yaml").write_text(facts, encoding="utf-8")
    out = folder / "kg.ttl"
    result = CliRunner().invoke(cli, ["build", str(folder / "xss.yaml"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.browser
@pytest.mark.parametrize("view", ["clusters", "rotation", "awards"])
def test_payloads_in_every_text_run_nothing_in_the_page(view: str, xss_graph: Path, tmp_path: Path, open_page) -> None:  # type: ignore[no-untyped-def]
    page_path = tmp_path / f"{view}.html"
    result = CliRunner().invoke(cli, ["graph", "--data", str(xss_graph), "--view", view, "-o", str(page_path)])
    assert result.exit_code == 0, result.output
    html = page_path.read_text(encoding="utf-8")
    for payload in XSS.values():
        assert payload not in html or payload == XSS["template"], f"raw payload in the HTML: {payload}"
    opened = open_page(page_path, wait_for="() => window.thidua && window.thidua.firstDraw !== null")
    page = opened.page
    # Hover every node so each tooltip is made and shown.
    ids = page.evaluate("window.thidua.nodes.getIds()")
    shown = []
    for node_id in ids:
        point = page.evaluate(
            """id => { const net = window.thidua.network; const p = net.canvasToDOM(net.getPositions([id])[id]);
                       const r = document.getElementById('mynetwork').getBoundingClientRect();
                       return {x: r.left + p.x, y: r.top + p.y}; }""",
            node_id,
        )
        page.mouse.move(point["x"], point["y"], steps=2)
        page.wait_for_timeout(150)
        shown.append(page.evaluate("(document.querySelector('div.vis-tooltip') || {}).innerText || ''"))
    # The payloads did reach the page, as text.
    assert any(p in text for text in shown for p in XSS.values()), shown[:5]
    injected = "document.querySelectorAll('body img, body iframe, body svg[onload], div.vis-tooltip a, div.vis-tooltip script').length"
    assert page.evaluate(injected) == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert opened.problems() == []


@pytest.mark.parametrize("kind", ["rotation", "awards"])
def test_payloads_in_chart_labels_stay_text(kind: str, xss_graph: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.svg"
    result = CliRunner().invoke(cli, ["chart", kind, "--data", str(xss_graph), "-o", str(out)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 0, f"chart {kind} drew nothing for the XSS graph: {result.stderr.strip()}"
    svg = out.read_text(encoding="utf-8")
    assert "<script" not in svg and "onerror=" not in svg.replace("onerror=&quot;", "") and "<iframe" not in svg


def test_control_characters_from_data_never_reach_the_terminal(tmp_path: Path) -> None:
    """An article title with terminal escape sequences must not drive the user's terminal."""
    src = tmp_path / "esc.yaml"
    src.write_text(
        'source: {id: esc, title: "A\\e]0;pwned\\aB\\e[2J", published: 2023-12-08}\nfacts:\n'
        "  - kind: role\n    cluster: {authority: Bộ TTTT, bloc: Sở TTTT, number: 3}\n"
        "    year: 2024\n    role: head\n    member: {org: Sở TTTT, province: Hà Nam}\n",
        encoding="utf-8",
    )
    out = tmp_path / "kg.ttl"
    built = CliRunner().invoke(cli, ["build", str(src), "-o", str(out)])
    assert built.exit_code in (0, 1)
    if built.exit_code == 1:
        return  # refused at the door: fine
    shown = CliRunner().invoke(cli, ["query", "run", "sources_of", "-p", "source", "esc", "--data", str(out)])
    assert "\x1b" not in shown.stdout and "\x07" not in shown.stdout, repr(shown.stdout[:300])


# ----------------------------------------------------------------------------- serve


def _listening(port: int) -> list[str]:
    """Local addresses (hex, as in /proc/net/tcp{,6}) listening on ``port``."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            parts = line.split()
            addr, state = parts[1], parts[3]
            if state == "0A" and int(addr.rsplit(":", 1)[1], 16) == port:
                found.append(addr.rsplit(":", 1)[0])
    return found


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


@pytest.mark.server
@pytest.mark.slow
def test_serve_binds_loopback_by_default_and_stops_on_ctrl_c(query_graph: Path) -> None:
    if not Path("/proc/net/tcp").exists():
        pytest.skip("needs /proc/net/tcp")
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "thidua", "serve", str(query_graph), "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
    )  # fmt: skip
    try:
        url = None
        deadline = time.monotonic() + 60
        lines = []
        while time.monotonic() < deadline and url is None:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                break
            lines.append(line)
            if "http://" in line:
                url = line.split("http://", 1)[1].split("/", 1)[0]
        assert url, "".join(lines)
        host, port = url.rsplit(":", 1)
        assert host == "127.0.0.1"
        addrs = _listening(int(port))
        assert addrs, f"nothing listens on {port}"
        assert set(addrs) <= {"0100007F", "00000000000000000000000001000000"}, addrs  # 127.0.0.1 / ::1 only
        children = _children(proc.pid)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)
        for child in children:
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and Path(f"/proc/{child}").exists():
                status = Path(f"/proc/{child}/status").read_text() if Path(f"/proc/{child}/status").exists() else ""
                if "State:\tZ" in status:
                    break
                time.sleep(0.1)
            assert not Path(f"/proc/{child}").exists() or "State:\tZ" in Path(f"/proc/{child}/status").read_text(), (
                f"oxigraph child {child} still running after Ctrl-C"
            )
        assert _listening(int(port)) == []
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
