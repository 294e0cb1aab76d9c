"""``python -m bench.run [--sizes 10k,100k,1m] [--quick]``: every benchmark, side by side, in one run.

Prints a table of medians and ratios against the targets of issue 6 and writes
``bench/results.json`` (the largest size at the top level, every size under ``"sizes"``).
Build and load are measured here (:mod:`bench.bench_build`); queries, extraction and the graph
page come from the other benchmark modules when they are present (``bench.bench_queries``,
``bench.bench_extract``, ``bench.bench_render``); a missing or failing one is recorded as
"not measured" with the reason, and the rest of the run goes on.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import bench_build

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"
README = HERE / "README.md"

TARGETS = {
    "build_speedup_vs_rdflib": 5.0,  # at 1 M: thidua build >= 5x faster than rdflib + longturtle
    "build_peak_mb": 1024.0,
    "load_ratio_vs_pyoxigraph": 1.5,
    "query_selective_ms": 50.0,
    "query_rotation_history_ms": 10.0,
    "query_aggregate_ms": 250.0,
    "query_speedup_vs_rdflib": 10.0,
    "extract_articles_per_s": 300.0,
    "extract_jobs_speedup": 1.7,
    "render_5000_first_draw_s": 5.0,
}
AGGREGATES = {"award_table", "clusters", "conflicts", "succession"}


def parse_size(text: str) -> int:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kKmM]?)\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"size {text!r}: use a number with an optional k or m (10k, 1m)")
    mult = {"": 1, "k": 1_000, "m": 1_000_000}[m.group(2).lower()]
    return int(float(m.group(1)) * mult)


def label(n: int) -> str:
    if n >= 1_000_000 and n % 1_000_000 == 0:
        return f"{n // 1_000_000}m"
    if n >= 1_000 and n % 1_000 == 0:
        return f"{n // 1_000}k"
    return str(n)


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- other helpers' modules


def run_module(module: str, args: list[str], timeout: float) -> str:
    """stdout of ``python -m bench.<module> ARGS``, or ``"not measured: <why>"``."""
    if not (HERE / f"{module}.py").exists():
        return f"not measured: bench/{module}.py is not there yet"
    cmd = [sys.executable, "-m", f"bench.{module}", *args]
    try:
        proc = subprocess.run(cmd, cwd=HERE.parent, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"not measured: bench/{module}.py took more than {timeout:.0f} s"
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
        return f"not measured: bench/{module}.py exited {proc.returncode}: {tail[:300]}"
    return proc.stdout


def query_figures(size: int, *, repeat: int, rdflib_budget: float, rdflib_timeout: int) -> Any:
    """bench_queries.run() at one size, in a child process with a time budget.

    bench_queries makes its own graph from bench.synth at the same size (not this run's Turtle)
    and stops each rdflib query after ``rdflib_timeout`` seconds (its figure is then ">N ms").
    As a last guard, when the whole run with rdflib exceeds ``rdflib_budget`` seconds it is
    stopped and repeated without rdflib, and every rdflib figure says it did not finish.
    """
    if not (HERE / "bench_queries.py").exists():
        return "not measured: bench/bench_queries.py is not there yet"

    def child(with_rdflib: bool, timeout: float) -> Any:
        code = (
            "import json, sys\nfrom bench.bench_queries import run\n"
            f"print(json.dumps(run({size}, 1, {repeat}, {with_rdflib}, True, rdflib_timeout={rdflib_timeout})))"
        )
        try:
            proc = subprocess.run(
                [sys.executable, "-c", code], cwd=HERE.parent, capture_output=True, text=True, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            return None
        if proc.returncode != 0:
            tail = (proc.stderr.strip().splitlines() or ["(no message)"])[-1]
            return f"not measured: bench_queries.run() exited {proc.returncode}: {tail[:300]}"
        return json.loads(proc.stdout.strip().splitlines()[-1])

    got = child(True, rdflib_budget)
    if got is None:
        log(f"  rdflib did not finish the queries in {rdflib_budget:.0f} s: measuring without it")
        got = child(False, 1800)
        if got is None:
            return "not measured: bench_queries.run() took more than 1800 s without rdflib"
        if isinstance(got, dict):
            for rec in got.get("queries", {}).values():
                rec["rdflib_ms"] = f"not finished: all queries together > {rdflib_budget:.0f} s"
    return got


def extract_figures(*, quick: bool) -> Any:
    """Articles per second with one worker (pinned to one core) and with ``--jobs 2``."""
    # Enough work (about 2 s per pass on one core) that starting the worker pool does not dominate.
    out = run_module("bench_extract", ["--jobs", "2", "--repeat", "2" if quick else "20"], timeout=900)
    if out.startswith("not measured"):
        return out
    try:
        runs = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
        # one line per core: the cores of a shared VM differ, so the figure is the fastest core's, and
        # the speedup of the worker pool is against the slowest (the pool uses both)
        ones = [r for r in runs if r.get("jobs") == 1]
        one = max(ones, key=lambda r: r["articles_per_second"])
        many = next(r for r in runs if r.get("jobs", 1) > 1)
        a, j = one["articles_per_second"], many["articles_per_second"]
    except (StopIteration, KeyError, ValueError) as exc:
        return f"not measured: unexpected output of bench/bench_extract.py ({type(exc).__name__})"
    slowest = min(r["articles_per_second"] for r in ones)
    return {
        "articles_per_s": a,
        "articles_per_s_slowest_core": slowest,
        "times_baseline": one.get("times_baseline"),
        "articles_per_s_jobs": j,
        "jobs": many["jobs"],
        "jobs_speedup": j / slowest,
        "runs": runs,
    }


def render_figures(*, quick: bool) -> Any:
    """Time to first drawing per node count, parsed from bench_render's Markdown table."""
    args = ["--sizes", "100,1000" if quick else "100,1000,5000", "--runs", "1" if quick else "3"]
    out = run_module("bench_render", args, timeout=1200)
    if out.startswith("not measured"):
        return out
    rows = [line for line in out.splitlines() if line.startswith("|") and not line.startswith("|---")]
    if len(rows) < 2:
        return f"not measured: unexpected output of bench/bench_render.py: {out[:200]!r}"
    head = [c.strip() for c in rows[0].strip("|").split("|")]
    table = [dict(zip(head, (c.strip() for c in row.strip("|").split("|")), strict=False)) for row in rows[1:]]
    return {"pages": table, "markdown": "\n".join(line for line in out.splitlines() if line.startswith("|"))}


def _normalise_queries(raw: Any) -> Any:
    """Accept {NAME: {embedded_ms, rdflib_ms, server_ms}} directly or under a "queries" key."""
    if isinstance(raw, dict) and "queries" in raw and isinstance(raw["queries"], dict):
        return raw["queries"]
    return raw


# ----------------------------------------------------------------------------- table


def _f(v: Any, fmt: str = "{:.2f}") -> str:
    if isinstance(v, int | float) and not isinstance(v, bool):
        return fmt.format(v)
    if v is None:
        return "-"
    if isinstance(v, str) and v.startswith(">"):
        return v  # a lower bound: "did not finish within"
    if isinstance(v, str) and v.startswith("not finished"):
        return "> " + v.rsplit("> ", 1)[-1] + " (all)"
    if isinstance(v, str):
        return v[:24]  # e.g. "rdflib error"
    return "n/m"


def _mark(ok: bool | None) -> str:
    return "" if ok is None else (" ok" if ok else " MISSED")


def table(results: dict[str, Any]) -> str:
    lines: list[str] = []
    sizes = results["sizes"]
    lines.append("### Build (facts -> deterministic Turtle) and load, medians")
    lines.append("")
    lines.append(
        "| size | triples | build s | triples/s | rdflib+longturtle s | speedup | CPU s (build / rdflib) | peak MB "
        "| rdflib peak MB | byte-identical shuffled | load embedded s | pyoxigraph bulk_load s | load ratio |"
    )
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    for name, r in sizes.items():
        if "error" in r:
            lines.append(f"| {name} | error: {r['error']} |")
            continue
        b = r["build"]
        ld = r.get("load", {})
        big = r["size_triples"] >= 900_000
        sp = b.get("speedup_vs_rdflib")
        ratio = ld.get("ratio_vs_pyoxigraph")
        lines.append(
            f"| {name} | {r['size_triples']:,} | {b['seconds']:.2f} | {b['triples_per_s']:,.0f} "
            f"| {_f(b.get('rdflib_seconds'))} | {_f(sp, '{:.1f}x')}{_mark(sp >= 5 if big and sp else None)} "
            f"| {_f(b.get('cpu_seconds'), '{:.1f}')} / {_f(b.get('rdflib_cpu_seconds'), '{:.1f}')} "
            f"({_f(b.get('speedup_vs_rdflib_cpu'), '{:.1f}x')}) "
            f"| {b['peak_mb']:.0f}{_mark(b['peak_mb'] <= 1024 if big else None)} "
            f"| {_f(b.get('rdflib_peak_mb'), '{:.0f}')} "
            f"| {'yes' if b['byte_identical_shuffled'] else 'NO'} | {_f(ld.get('embedded_seconds'))} "
            f"| {_f(ld.get('pyoxigraph_seconds'))} "
            f"| {_f(ratio, '{:.2f}x')}{_mark(ratio <= 1.5 if big and ratio else None)}"
            + (f" (CPU {ld['ratio_vs_pyoxigraph_cpu']:.2f}x)" if "ratio_vs_pyoxigraph_cpu" in ld else "")
            + " |"
        )
    lines.append("")
    for name, r in sizes.items():
        q = r.get("queries")
        lines.append(f"### Queries at {name} (median ms)")
        lines.append("")
        if not isinstance(q, dict) or not q:
            lines.append(f"{q if isinstance(q, str) else 'not measured'}")
            lines.append("")
            continue
        lines.append(
            "| query | embedded ms | embedded CPU ms | server ms | rdflib CPU ms | rdflib / embedded (CPU) "
            "| target (at 1 M) |"
        )
        lines.append("|---|---|---|---|---|---|---|")
        for qname, v in sorted(q.items()):
            if not isinstance(v, dict):
                lines.append(f"| {qname} | {v} |")
                continue
            e, rd, sv = v.get("embedded_ms"), v.get("rdflib_ms"), v.get("server_ms")
            ecpu = v.get("embedded_cpu_ms", e)
            ratio: Any = v.get("ratio")  # bench_queries: rdflib CPU / embedded CPU, or ">N" when stopped
            if ratio is None and isinstance(ecpu, int | float) and isinstance(rd, int | float) and ecpu > 0:
                ratio = rd / ecpu
            limit = 10 if qname == "rotation_history" else 250 if qname in AGGREGATES else 50
            ok = None
            if r["size_triples"] >= 900_000 and isinstance(e, int | float):
                bound = ratio
                if isinstance(ratio, str) and ratio.startswith(">"):
                    try:
                        bound = float(ratio[1:])  # rdflib was stopped: at least this
                    except ValueError:
                        bound = None
                ok = e <= limit and (not isinstance(bound, int | float) or bound >= 10)
            lines.append(
                f"| {qname} | {_f(e)} | {_f(ecpu)} | {_f(sv)} | {_f(rd)} | {_f(ratio, '{:.0f}x')} "
                f"| ≤{limit} ms, ≥10x{_mark(ok)} |"
            )
        lines.append("")
    ex = results.get("extract")
    lines.append("### Extraction")
    lines.append("")
    if isinstance(ex, dict):
        a, j = ex.get("articles_per_s"), ex.get("articles_per_s_jobs")
        sp = j / a if isinstance(a, int | float) and isinstance(j, int | float) and a else None
        lines.append("| articles/s (1 worker) | articles/s (--jobs) | jobs speedup |")
        lines.append("|---|---|---|")
        lines.append(
            f"| {_f(a, '{:.0f}')}{_mark(a >= 300 if isinstance(a, int | float) else None)} | {_f(j, '{:.0f}')} "
            f"| {_f(sp, '{:.2f}x')}{_mark(sp >= 1.7 if sp else None)} |"
        )
    else:
        lines.append(str(ex))
    lines.append("")
    rd = results.get("render")
    lines.append("### Graph page, headless Chromium")
    lines.append("")
    if isinstance(rd, dict):
        lines.append(rd["markdown"])
        pages = rd["pages"]
        five = [
            p for p in pages if p.get("target", "").replace(",", "") == "5000" and "default" in p.get("physics", "")
        ]
        if five:
            try:
                ok = float(five[0]["first draw s"]) <= 5.0
            except (KeyError, ValueError):
                ok = False
            lines.append("")
            lines.append(f"5,000 nodes, first draw ≤ 5 s:{_mark(ok)}")
    else:
        lines.append(str(rd))
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=None, help="comma-separated triple counts (default 10k,100k,1m)")
    ap.add_argument("--quick", action="store_true", help="10k only, one run each: a smoke test of the bench itself")
    ap.add_argument("--repeats", type=int, default=None, help="runs per measurement (default 3, 1 with --quick)")
    ap.add_argument("--workdir", default=None, help="where generated data goes (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the generated data")
    ap.add_argument("--rdflib-budget", type=float, default=900.0, help="seconds for all rdflib queries of a size")
    ap.add_argument("--rdflib-timeout", type=int, default=15, help="seconds for one rdflib query (then '>N')")
    ap.add_argument("--table", action="store_true", help="only print (and put in the README) the table of results.json")
    ap.add_argument("--no-readme", action="store_true", help="do not rewrite the table in bench/README.md")
    args = ap.parse_args(argv)
    if args.table:
        saved = json.loads(RESULTS.read_text(encoding="utf-8"))
        print(table(saved))
        if not args.no_readme and not saved.get("quick"):
            _update_readme(table(saved), saved)
        return 0
    sizes = [parse_size(s) for s in (args.sizes or ("10k" if args.quick else "10k,100k,1m")).split(",")]
    repeats = args.repeats or (1 if args.quick else 3)
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="thidua-bench-"))
    started = time.perf_counter()
    results: dict[str, Any] = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "quick": args.quick,
        "repeats": repeats,
        "targets": TARGETS,
        "sizes": {},
    }
    try:
        import pyoxigraph
        import rdflib

        results["machine"].update(rdflib=rdflib.__version__, pyoxigraph=pyoxigraph.__version__)
    except Exception:
        pass
    try:
        for n in sizes:
            name = label(n)
            log(f"== {name} triples")
            r = bench_build.measure(n, work / name, repeats=repeats, log=lambda m: log(m))
            ttl = r.pop("turtle_path", None)
            if ttl and "error" not in r:
                log(f"  queries at {name} (bench/bench_queries.py)")
                q = query_figures(
                    n, repeat=5 if args.quick else 15,
                    rdflib_budget=args.rdflib_budget, rdflib_timeout=args.rdflib_timeout,
                )  # fmt: skip
                if isinstance(q, dict):
                    r["queries_detail"] = {k: v for k, v in q.items() if k != "queries"}
                r["queries"] = _normalise_queries(q)
            results["sizes"][name] = r
        log("== extraction (bench/bench_extract.py)")
        results["extract"] = extract_figures(quick=args.quick)
        log("== graph page (bench/bench_render.py)")
        results["render"] = render_figures(quick=args.quick)
    finally:
        if not args.keep and not args.workdir:
            shutil.rmtree(work, ignore_errors=True)
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    # The shape at the top level: the largest size measured (1 M in a full run).
    largest = max(
        (r for r in results["sizes"].values() if "error" not in r), key=lambda r: r["size_triples"], default=None
    )
    if largest is not None:
        top = {k: largest[k] for k in ("size_triples", "build", "load_seconds", "load") if k in largest}
        top["queries"] = largest.get("queries", "not measured")
        results = {**top, **results}
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    text = table(results)
    print(text)
    log(f"wrote {RESULTS.relative_to(Path.cwd()) if RESULTS.is_relative_to(Path.cwd()) else RESULTS}"
        f" in {results['total_seconds']:.0f} s")  # fmt: skip
    if not args.quick and not args.no_readme and README.exists():
        _update_readme(text, results)
    return 0


def _update_readme(text: str, results: dict[str, Any]) -> None:
    body = README.read_text(encoding="utf-8")
    start, end = "<!-- results:start -->", "<!-- results:end -->"
    if start not in body or end not in body:
        return
    cpus = results["machine"].get("cpus")
    stamp = f"Run of {results['started']} ({cpus} CPUs, {results['total_seconds']:.0f} s):\n\n"
    new = body.split(start)[0] + start + "\n" + stamp + text + end + body.split(end, 1)[1]
    README.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
