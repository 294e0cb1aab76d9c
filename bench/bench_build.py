"""Build (facts -> deterministic Turtle) and load benchmarks.

Each measurement runs in a child process (``python -m bench.bench_build MODE ...``) so its peak
memory is that process' own ``ru_maxrss`` and one measurement cannot warm the next one's caches.

- ``thidua``: :func:`thidua.build.build` on folders of JSON Lines facts files -> Turtle file.
- ``rdflib``: the same documents and the same triples, put in a plain ``rdflib.Graph`` and
  written with the ``longturtle`` serializer (what a project without the sorted writer would do).
- ``load-embedded``: :class:`thidua.store.EmbeddedStore` ``.from_files`` on the Turtle.
- ``load-pyoxigraph``: pyoxigraph's own ``Store().bulk_load`` on the same file.

The facts come from :func:`bench.synth.generate_documents` when that module is present, else from
:func:`generate_documents` here (deterministic: same size and seed, same documents).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------- synthetic facts

# (authority, bloc) pairs of the vocabularies: each bloc's clusters are numbered 1..n.
BLOCS = [
    ("Bộ Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
    ("Bộ Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình"),
    ("Bộ Công an", "Công an tỉnh"),
    ("Bộ Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
    ("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội tỉnh"),
    ("Tổng cục Thuế", "Cục Thuế"),
    ("Viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tỉnh"),
    ("Tổng Liên đoàn Lao động Việt Nam", "Liên đoàn Lao động tỉnh"),
    ("Thanh tra Chính phủ", "Thanh tra tỉnh"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
]
FIRST_YEAR, LAST_YEAR = 2008, 2024  # years held; provinces are the pre-2025 ones throughout


def _provinces() -> list[str]:
    from thidua.gazetteer import gazetteer

    return [p.name for p in gazetteer() if p.id.startswith("pre2025-")]


def _valid_blocs() -> list[tuple[str, str]]:
    """The pairs above that the vocabularies know (names may change while the project grows)."""
    from thidua.vocab import vocabularies

    v = vocabularies()
    out = []
    for authority, bloc in BLOCS:
        try:
            v.lookup("authority", authority)
            v.lookup("agency", bloc)
        except Exception:
            continue
        out.append((authority, bloc))
    return out


def _cluster_year(rng: random.Random, authority: str, bloc: str, number: int, members: list[str], year: int) -> dict:
    """One article: the review of ``year - 1`` held in December, electing ``year``'s head and deputy."""
    cluster = {"authority": authority, "bloc": bloc, "number": number}
    k = len(members)
    head, deputy = members[year % k], members[(year + 1) % k]
    host = members[(year - 1) % k]
    day = 1 + rng.randrange(28)
    published = f"{year - 1}-12-{day:02d}"
    sid = "syn-" + hashlib.sha1(f"{authority}|{bloc}|{number}|{year}".encode()).hexdigest()[:12]
    pos = 0

    def ev(text: str) -> dict:
        nonlocal pos
        start = pos + rng.randrange(5, 60)
        pos = start + len(text)
        return {"text": text, "start": start, "end": pos, "rule": "synthetic.v1"}

    org = {"org": bloc}
    facts: list[dict] = [
        {
            "kind": "role", "cluster": cluster, "year": year, "role": "head", "member": {**org, "province": head},
            "evidence": ev(f"{bloc} {head} được suy tôn làm Cụm trưởng Cụm thi đua số {number} năm {year}"),
        },
        {
            "kind": "role", "cluster": cluster, "year": year, "role": "deputy", "member": {**org, "province": deputy},
            "evidence": ev(f"{bloc} {deputy} làm Cụm phó năm {year}"),
        },
    ]  # fmt: skip
    for m in members:
        facts.append(
            {
                "kind": "membership", "cluster": cluster, "year": year, "member": {**org, "province": m},
                "evidence": ev(f"Cụm thi đua số {number} gồm {bloc} các tỉnh {', '.join(members)}"[:200]),
            }
        )  # fmt: skip
    ranked = members[:]
    rng.shuffle(ranked)
    for i, m in enumerate(ranked[:3]):
        conferred = rng.random() < 0.3
        award = {
            "kind": "award", "award": "emulation_flag" if i == 0 else "certificate_of_merit",
            "grantor": authority, "recipient": {**org, "province": m}, "year": year - 1,
            "status": "conferred" if conferred else "proposed", "cluster": cluster,
            "evidence": ev(f"đề nghị tặng {'Cờ thi đua' if i == 0 else 'Bằng khen'} cho {bloc} {m} năm {year - 1}"),
        }  # fmt: skip
        if conferred:
            award["decision"] = f"{rng.randrange(100, 9999)}/QĐ-{year}"
        facts.append(award)
    facts.append(
        {
            "kind": "conference", "cluster": cluster, "date": published, "location": host,
            "host": {**org, "province": host}, "reviews_year": year - 1,
            "evidence": ev(f"Hội nghị tổng kết công tác thi đua năm {year - 1} tại {host}, ngày {published}"),
        }
    )  # fmt: skip
    source = {
        "id": sid,
        "title": f"Cụm thi đua số {number} ({bloc}) tổng kết năm {year - 1}",
        "published": published,
        "publisher": "Báo điện tử tổng hợp",
        "url": f"https://example.vn/tin/{sid}.html",
    }
    return {"source": source, "facts": facts}


def _own_generate(n_clusters_years: int, seed: int) -> list[dict]:
    rng = random.Random(seed)
    provinces = _provinces()
    blocs = _valid_blocs()
    years = list(range(FIRST_YEAR, LAST_YEAR + 1))
    docs: list[dict] = []
    number = 0
    while len(docs) < n_clusters_years:
        number += 1
        for authority, bloc in blocs:
            prng = random.Random(f"{seed}|{bloc}|{number}")
            members = prng.sample(provinces, prng.randrange(5, 10))
            for y in years:
                if len(docs) >= n_clusters_years:
                    break
                docs.append(_cluster_year(rng, authority, bloc, number, members, y))
    return docs


TRIPLES_PER_DOC = 207  # calibrated with calibrate(); a bound for the first guess only


def generate_documents(n_triples_target: int, seed: int = 1) -> list[dict]:
    """Facts documents (the facts format, as dicts) whose built graph has about ``n`` triples."""
    try:
        from bench.synth import generate_documents as synth_generate  # the queries helper's generator
    except ImportError:
        synth_generate = None
    if synth_generate is not None:
        docs = synth_generate(n_triples_target, seed)
        if docs and isinstance(docs[0], dict):
            return list(docs)
    from thidua.build import static_triples

    n = max(1, (n_triples_target - len(static_triples())) // TRIPLES_PER_DOC)
    return _own_generate(n, seed)


def write_facts(docs: list[dict], folder: Path, *, shuffle_seed: int | None = None, per_file: int = 400) -> list[Path]:
    """JSON Lines facts files; with ``shuffle_seed`` the documents, the facts inside each and the
    split into files are all permuted (the built Turtle must not change)."""
    folder.mkdir(parents=True, exist_ok=True)
    docs = [dict(d) for d in docs]
    if shuffle_seed is not None:
        rng = random.Random(shuffle_seed)
        rng.shuffle(docs)
        for d in docs:
            d["facts"] = rng.sample(d["facts"], len(d["facts"]))
        per_file = max(1, per_file + rng.randrange(-per_file // 2, per_file // 2))
    paths = []
    for i in range(0, len(docs), per_file):
        p = folder / f"facts-{i // per_file:05d}.jsonl"
        with p.open("w", encoding="utf-8") as fh:
            for d in docs[i : i + per_file]:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        paths.append(p)
    return paths


# ----------------------------------------------------------------------------- child modes


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _sha(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def child_thidua(out: Path, inputs: list[str]) -> dict:
    from thidua.build import build

    t0, c0 = time.perf_counter(), time.process_time()
    _, report = build(inputs, out)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    if report.errors:
        raise SystemExit(f"build errors: {report.errors[:3]}")
    triples = report.triples
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": _peak_mb(), "triples": triples, "sha256": _sha(out)}


def _to_rdflib(term: Any, cache: dict) -> Any:
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, ox.NamedNode):
        r = cache.get(term.value)
        if r is None:
            r = cache[term.value] = rdflib.URIRef(term.value)
        return r
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    return rdflib.Literal(term.value, datatype=_to_rdflib(term.datatype, cache))


def child_rdflib(out: Path, inputs: list[str]) -> dict:
    """Same loader and same triples as ``build``; only the graph and writer are rdflib's."""
    import rdflib

    from thidua.build import BuildReport, graph_triples, load_documents
    from thidua.vocab import PREFIXES

    t0, c0 = time.perf_counter(), time.process_time()
    docs = load_documents(inputs, BuildReport())
    docs.sort(key=lambda d: d.source.id)
    g = rdflib.Graph(bind_namespaces="none")
    for k, v in PREFIXES.items():
        g.bind(k, v)
    cache: dict = {}
    for t in graph_triples(docs):
        g.add((_to_rdflib(t.subject, cache), _to_rdflib(t.predicate, cache), _to_rdflib(t.object, cache)))
    data = g.serialize(format="longturtle", encoding="utf-8")
    out.write_bytes(data)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"seconds": seconds, "cpu_seconds": cpu, "peak_mb": _peak_mb(), "triples": len(g)}


def child_load(path: Path, which: str, repeats: int) -> dict:
    import gc

    import pyoxigraph as ox

    from thidua.store import EmbeddedStore

    times, cpus = [], []
    n = 0
    for _ in range(repeats):
        gc.collect()
        t0, c0 = time.perf_counter(), time.process_time()
        if which == "embedded":
            s = EmbeddedStore.from_files([path])
            n = len(s)
        else:
            st = ox.Store()
            st.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE)
            n = len(st)
            s = st
        times.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
        del s
    return {
        "seconds": statistics.median(times), "runs": times, "cpu_seconds": statistics.median(cpus),
        "peak_mb": _peak_mb(), "triples": n,
    }  # fmt: skip


def run_child(args: list[str], env: dict | None = None, timeout: float = 900) -> dict:
    """Run one child measurement; a failure is recorded, not raised."""
    cmd = [sys.executable, "-m", "bench.bench_build", *args]
    try:
        proc = subprocess.run(
            cmd, cwd=ROOT, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}
        )
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        return {"error": f"exit {proc.returncode}: {tail}"}
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------------------- the benchmark


def measure(
    size: int, workdir: Path, *, repeats: int = 3, with_rdflib: bool = True, log=print
) -> dict[str, Any]:
    """Build and load figures at one size; also returns the Turtle path for the query benches."""
    workdir.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    docs = generate_documents(size, seed=1)
    facts_a = workdir / "facts-a"
    facts_b = workdir / "facts-b"
    write_facts(docs, facts_a)
    write_facts(docs, facts_b, shuffle_seed=7)
    n_facts = sum(len(d["facts"]) for d in docs)
    log(f"  generated {len(docs)} documents, {n_facts} facts in {time.perf_counter() - t0:.1f} s")
    ttl = workdir / "graph.ttl"
    runs = []
    for i in range(repeats):
        r = run_child(["thidua", str(ttl), str(facts_a)])
        if "error" in r:
            return {"error": f"thidua build: {r['error']}"}
        runs.append(r)
        log(f"  build (thidua) run {i + 1}: {r['seconds']:.2f} s, {r['peak_mb']:.0f} MB, {r['triples']} triples")
    # Byte identity: documents, facts and files permuted, another hash seed.
    shuffled = run_child(["thidua", str(workdir / "graph-shuffled.ttl"), str(facts_b)], env={"PYTHONHASHSEED": "977"})
    identical = shuffled.get("sha256") == runs[0]["sha256"]
    log(f"  shuffled input + PYTHONHASHSEED=977: {'byte-identical' if identical else 'DIFFERENT BYTES'}")
    (workdir / "graph-shuffled.ttl").unlink(missing_ok=True)
    seconds = statistics.median(r["seconds"] for r in runs)
    triples = runs[0]["triples"]
    out: dict[str, Any] = {
        "size_triples": triples,
        "documents": len(docs),
        "facts": n_facts,
        "turtle_bytes": ttl.stat().st_size,
        "build": {
            "seconds": seconds,
            "runs": [r["seconds"] for r in runs],
            "cpu_seconds": statistics.median(r["cpu_seconds"] for r in runs),
            "triples_per_s": triples / seconds,
            "peak_mb": max(r["peak_mb"] for r in runs),
            "byte_identical_shuffled": identical,
            "sha256": runs[0]["sha256"],
        },
    }
    if with_rdflib:
        r = run_child(["rdflib", str(workdir / "graph-rdflib.ttl"), str(facts_a)], timeout=1800)
        (workdir / "graph-rdflib.ttl").unlink(missing_ok=True)
        if "error" in r:
            out["build"]["rdflib_seconds"] = "not measured: " + r["error"]
        else:
            out["build"].update(
                rdflib_seconds=r["seconds"], rdflib_cpu_seconds=r["cpu_seconds"], rdflib_peak_mb=r["peak_mb"],
                rdflib_triples=r["triples"], speedup_vs_rdflib=r["seconds"] / seconds,
                speedup_vs_rdflib_cpu=r["cpu_seconds"] / out["build"]["cpu_seconds"],
            )  # fmt: skip
            log(f"  build (rdflib + longturtle): {r['seconds']:.2f} s, {r['peak_mb']:.0f} MB")
    else:
        out["build"]["rdflib_seconds"] = "not measured (--quick)"
    emb = run_child(["load", str(ttl), "embedded", str(repeats)])
    oxl = run_child(["load", str(ttl), "pyoxigraph", str(repeats)])
    if "error" in emb or "error" in oxl:
        out["load_seconds"] = "not measured: " + (emb.get("error") or oxl.get("error"))
    else:
        out["load_seconds"] = emb["seconds"]
        out["load"] = {
            "embedded_seconds": emb["seconds"], "embedded_runs": emb["runs"], "embedded_peak_mb": emb["peak_mb"],
            "pyoxigraph_seconds": oxl["seconds"], "pyoxigraph_runs": oxl["runs"], "pyoxigraph_peak_mb": oxl["peak_mb"],
            "ratio_vs_pyoxigraph": emb["seconds"] / oxl["seconds"],
            "embedded_cpu_seconds": emb["cpu_seconds"], "pyoxigraph_cpu_seconds": oxl["cpu_seconds"],
            "ratio_vs_pyoxigraph_cpu": emb["cpu_seconds"] / oxl["cpu_seconds"],
        }  # fmt: skip
        log(f"  load: embedded {emb['seconds']:.2f} s, pyoxigraph bulk_load {oxl['seconds']:.2f} s")
    out["turtle_path"] = str(ttl)
    return out


def main(argv: list[str]) -> None:
    mode = argv[0]
    if mode == "thidua":
        result = child_thidua(Path(argv[1]), argv[2:])
    elif mode == "rdflib":
        result = child_rdflib(Path(argv[1]), argv[2:])
    elif mode == "load":
        result = child_load(Path(argv[1]), argv[2], int(argv[3]))
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    print(json.dumps(result))


if __name__ == "__main__":
    main(sys.argv[1:])
