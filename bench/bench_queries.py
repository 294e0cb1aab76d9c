"""Every named query at several graph sizes: embedded Oxigraph vs a plain rdflib Graph vs an
Oxigraph server over HTTP. Medians, and the rdflib / embedded ratio, measured in one run.

Also measures how a parameter value reaches ``rotation_history`` in pyoxigraph: written in place
of the variable (what :mod:`thidua.querylib` does), passed as ``substitutions=``, or as a
trailing ``VALUES`` block; and rdflib with the value written in vs ``initBindings``.

Run on demand (not a timed test)::

    python -m bench.bench_queries --sizes 10000 100000 1000000
    python -m bench.bench_queries --sizes 100000 --no-rdflib --json /tmp/q.json

Targets at 1 M triples (issue 4): selective queries <= 50 ms median (rotation_history <= 10 ms),
whole-graph aggregates <= 250 ms, every query >= 10x faster than rdflib.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.synth import documents_to_triples, generate_documents  # noqa: E402
from thidua.querylib import load_query  # noqa: E402
from thidua.store import EmbeddedStore  # noqa: E402

#: case -> (kind, parameters); a case is a query name, optionally with a "[label]" suffix.
CASES: dict[str, tuple[str, dict[str, Any]]] = {
    "rotation_history": ("selective", {"number": 1, "authority": "Bộ TT&TT"}),  # one cluster
    "rotation_history[all authorities]": ("selective", {"number": 1}),  # cluster 1 of 8 authorities
    "cluster_members": ("selective", {"number": 1, "authority": "Bộ TT&TT"}),
    "awards": ("selective", {"province": "Hà Nội", "year": 2016}),
    "province_profile": ("selective", {"province": "Thái Bình"}),
    "conferences": ("selective", {"number": 1, "year": 2016}),
    "sources_of": ("selective", {"fact": None}),  # filled with a real fact IRI
    "succession": ("aggregate", {}),
    "clusters": ("aggregate", {}),
    "award_table": ("aggregate", {"rollup": "true"}),
    "conflicts": ("aggregate", {}),
}
TARGET_MS = {"selective": 50.0, "aggregate": 250.0, "rotation_history": 10.0}


def median_ms(fn, repeat: int, budget_s: float = 30.0) -> tuple[float, int, float]:  # type: ignore[no-untyped-def]
    """Median wall time and median CPU time of ``fn()`` in ms over ``repeat`` runs, and the run count.

    CPU time (this process only) is reported beside wall time because a shared 2-core machine
    under load stretches wall times 2-5x; the embedded store and rdflib both run in-process.
    """
    fn()  # warm-up (parsing caches, first-touch)
    times, cpu = [], []
    start = time.perf_counter()
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t) * 1000)
        cpu.append((time.process_time() - c) * 1000)
        if time.perf_counter() - start > budget_s:
            break
    return statistics.median(times), len(times), statistics.median(cpu)


class Timeout(Exception):
    pass


def with_alarm(fn, seconds: int):  # type: ignore[no-untyped-def]
    """Run ``fn`` (pure-Python rdflib) under SIGALRM; None when it takes longer than ``seconds``."""
    import signal

    def _raise(signum, frame):  # type: ignore[no-untyped-def]
        raise Timeout

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.alarm(seconds)
    try:
        return fn()
    except Timeout:
        return None
    except Exception as exc:  # rdflib bugs (e.g. DISTINCT over an unbound value in GROUP_CONCAT)
        return exc
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def rdflib_ms(graph, text: str, timeout_s: int, **kw) -> tuple[float | None, int | None]:  # type: ignore[no-untyped-def]
    """Median CPU ms of up to 3 rdflib runs and the row count; (None, None) past ``timeout_s``."""
    times = []
    rows = None
    for _ in range(3):
        t = time.process_time()
        got = with_alarm(lambda: list(graph.query(text, **kw)), timeout_s)
        if got is None:
            return None, None
        if isinstance(got, Exception):
            return float("nan"), -1
        times.append((time.process_time() - t) * 1000)
        rows = len(got)
        if sum(times) > 10_000:
            break
    return statistics.median(times), rows


def build_graph(size: int, seed: int) -> list[ox.Triple]:
    docs = generate_documents(size, seed)
    return sorted(set(documents_to_triples(docs)), key=str)


def a_fact(store: EmbeddedStore) -> str:
    _, rows = store.select(
        "SELECT ?f WHERE { ?f <http://www.w3.org/ns/prov#wasDerivedFrom> ?s ; "
        "<http://www.w3.org/ns/org#role> ?r } ORDER BY ?f LIMIT 1"
    )
    return rows[0]["f"]


def run(size: int, seed: int, repeat: int, with_rdflib: bool, with_server: bool, rdflib_timeout: int = 60) -> dict:
    t0 = time.perf_counter()
    triples = build_graph(size, seed)
    gen_s = time.perf_counter() - t0
    nt = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    store = EmbeddedStore()
    t0 = time.perf_counter()
    store.load_bytes(nt, ox.RdfFormat.N_TRIPLES)
    load_embedded = time.perf_counter() - t0
    out: dict[str, Any] = {
        "triples": len(store),
        "generate_s": round(gen_s, 2),
        "load_embedded_s": round(load_embedded, 2),
        "queries": {},
    }
    params = {name: dict(p) for name, (_, p) in CASES.items()}
    params["sources_of"]["fact"] = a_fact(store)
    texts = {name: load_query(name.split("[")[0]).bind(params[name]) for name in CASES}

    graph = None
    if with_rdflib:
        import rdflib

        t0 = time.perf_counter()
        graph = rdflib.Graph(bind_namespaces="none")
        graph.parse(data=nt.decode("utf-8"), format="nt")
        out["load_rdflib_s"] = round(time.perf_counter() - t0, 2)

    server = remote = None
    tmp = None
    if with_server:
        from thidua.endpoint import RemoteStore
        from thidua.serve import OxigraphServer

        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "g.nt"
        path.write_bytes(nt)
        server = OxigraphServer().start()
        t0 = time.perf_counter()
        server.load(path)
        out["load_server_s"] = round(time.perf_counter() - t0, 2)
        remote = RemoteStore(server.query_url, timeout=600)
    try:
        for name, (kind, _) in CASES.items():
            text = texts[name]
            rows = len(store.select(text)[1])
            emb, n, emb_cpu = median_ms(lambda text=text: store.select(text), repeat)
            rec: dict[str, Any] = {"kind": kind, "rows": rows, "runs": n}
            rec["embedded_ms"], rec["embedded_cpu_ms"] = round(emb, 2), round(emb_cpu, 2)
            rec["target_ms"] = TARGET_MS.get(name.split("[")[0], TARGET_MS[kind])
            if remote is not None:
                assert remote.select(text) == store.select(text), f"{name}: server rows differ"
                rec["server_ms"] = round(median_ms(lambda text=text: remote.select(text), repeat)[0], 2)
            if graph is not None:
                ms, rrows = rdflib_ms(graph, text, rdflib_timeout)
                if ms is None:
                    rec["rdflib_ms"] = f">{rdflib_timeout * 1000}"
                    rec["ratio"] = f">{rdflib_timeout * 1000 / max(emb_cpu, 1e-3):.0f}"
                elif rrows == -1:
                    rec["rdflib_ms"] = rec["ratio"] = "rdflib error"
                else:
                    if rrows != rows:
                        rec["rdflib_rows"] = rrows
                    rec["rdflib_ms"] = round(ms, 1)
                    rec["ratio"] = round(ms / max(emb_cpu, 1e-3), 1)
            out["queries"][name] = rec
        out["parameter_passing"] = parameter_passing(store, graph, repeat, rdflib_timeout)
    finally:
        if server is not None:
            server.stop()
        if tmp is not None:
            tmp.cleanup()
    return out


def parameter_passing(store: EmbeddedStore, graph, repeat: int, timeout_s: int) -> dict:  # type: ignore[no-untyped-def]
    """rotation_history with number=1 handed over three ways (pyoxigraph) and two (rdflib)."""
    q = load_query("rotation_history")
    template = q.text
    inline = q.bind({"number": 1})
    term = ox.Literal(1)
    # Variants of the same template: pyoxigraph's substitutions need the variable projected
    # (and grouped); VALUES goes first inside WHERE (a trailing one would not constrain it).
    projected = template.replace("SELECT ?year", "SELECT ?_number ?year")
    projected = projected.replace("GROUP BY ?year", "GROUP BY ?_number ?year")
    values = template.replace("WHERE {", "WHERE {\n  VALUES ?_number { 1 }", 1)
    trailing = projected.rstrip() + "\nVALUES ?_number { 1 }\n"  # joined after the whole pattern
    s = store.store
    res = {
        "inline_cpu_ms": median_ms(lambda: list(s.query(inline)), repeat)[2],
        "substitutions_cpu_ms": median_ms(
            lambda: list(s.query(projected, substitutions={ox.Variable("_number"): term})), repeat
        )[2],
        "values_cpu_ms": median_ms(lambda: list(s.query(values)), repeat)[2],
        "values_trailing_cpu_ms": median_ms(lambda: list(s.query(trailing)), repeat)[2],
    }
    if graph is not None:
        import rdflib

        res["rdflib_inline_cpu_ms"] = rdflib_ms(graph, inline, timeout_s)[0]
        bound = {"_number": rdflib.Literal(1)}
        res["rdflib_initBindings_cpu_ms"] = rdflib_ms(graph, projected, timeout_s, initBindings=bound)[0]
    return {k: (round(v, 2) if v is not None else f">{timeout_s * 1000}") for k, v in res.items()}


def report(results: dict[int, dict]) -> str:
    lines = []
    for size, r in results.items():
        lines.append(f"\n## {r['triples']:,} triples (target {size:,}); load: embedded {r['load_embedded_s']} s"
                     + (f", rdflib {r['load_rdflib_s']} s" if "load_rdflib_s" in r else "")
                     + (f", server {r['load_server_s']} s" if "load_server_s" in r else ""))  # fmt: skip
        lines.append(
            "| query | kind | rows | embedded ms (wall) | embedded ms (CPU) | server ms (wall) | rdflib ms (CPU) "
            "| rdflib/embedded (CPU) | target ms |"
        )
        lines.append("|---|---|---|---|---|---|---|---|---|")
        for name, q in r["queries"].items():
            ok = "" if q["embedded_cpu_ms"] <= q["target_ms"] else " (over)"
            lines.append(
                f"| {name} | {q['kind']} | {q['rows']} | {q['embedded_ms']} | {q['embedded_cpu_ms']}{ok} | "
                f"{q.get('server_ms', '-')} | {q.get('rdflib_ms', '-')} | {q.get('ratio', '-')} | {q['target_ms']:g} |"
            )
        pp = r["parameter_passing"]
        lines.append("\nrotation_history, number=1, ms: " + ", ".join(f"{k} {v}" for k, v in pp.items()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--no-rdflib", action="store_true")
    parser.add_argument("--no-server", action="store_true")
    parser.add_argument("--rdflib-timeout", type=int, default=60, help="seconds before an rdflib query is abandoned")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    results = {}
    for size in args.sizes:
        print(f"size {size:,} ...", file=sys.stderr, flush=True)
        results[size] = run(size, args.seed, args.repeat, not args.no_rdflib, not args.no_server, args.rdflib_timeout)
        print(report({size: results[size]}), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
