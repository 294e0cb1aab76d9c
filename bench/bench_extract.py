"""Extraction speed: articles per second on one core for ~5 KB articles (run on demand).

The articles are synthetic but deterministic: each fixture article
(``tests/fixtures/articles``) is padded to about 5 KB with the narrative paragraphs of the
other fixtures (paragraphs without a cluster keyword, in sorted order), so the text has the
length of a real news page while its facts stay those of the fixture.

    python bench/bench_extract.py                 # one core
    python bench/bench_extract.py --jobs 2        # also with 2 worker processes
    python bench/bench_extract.py --size 5000 --repeat 5
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


# Paragraphs with these words may state facts; the padding must not add facts to an article.
_FACT_WORDS = ("cụm", "khối", "cờ", "bằng khen", "gồm", "dự ", "tặng", "trưởng", "phó", "đón nhận", "tổng kết")


def synthetic_articles(size: int = 5000) -> list[tuple[str, str | None]]:
    """(normalised text, published) pairs of about ``size`` characters, deterministic."""
    from thidua.loaders.articles import read_article

    articles = [read_article(p) for p in sorted(FIXTURES.iterdir()) if p.suffix in (".txt", ".html")]
    filler: list[str] = []
    for a in articles:
        for para in a.text.split("\n\n"):
            low = para.lower()
            if len(para) > 120 and not any(w in low for w in _FACT_WORDS):
                filler.append(para.strip())
    out = []
    for i, a in enumerate(articles):
        text, j = a.text, i
        while len(text) < size and filler:
            text += "\n\n" + filler[j % len(filler)]
            j += 1
        out.append((text, a.published))
    return out


def _run(batch: list[tuple[str, str | None]]) -> int:
    from thidua.extract import extract_facts

    return sum(len(extract_facts(text, published)) for text, published in batch)


def _baseline(work: list[tuple[str, str | None]]) -> float:
    """CPU seconds of a floor every extractor pays: fold each text and split it into words.

    Why: this machine's cores differ in speed (a shared VM) and from one day to the next; the ratio
    of the extraction to this floor, measured on the same core in the same run, is comparable where
    the raw rate is not.
    """
    import re

    from thidua.extract.lexicon import _FOLD

    # (the fold through the dict table, as the shadow was computed before it read a list: a floor that does
    # not move when the extractor gets faster, so ratios from earlier runs stay comparable)
    words = re.compile(r"[a-z0-9]+")
    c0 = time.process_time()
    for text, _ in work:
        words.findall(text.translate(_FOLD))
    return time.process_time() - c0


def measure(size: int, repeat: int, jobs: int) -> dict:
    from thidua.extract import extract_facts

    docs = synthetic_articles(size)
    extract_facts(docs[0][0], docs[0][1])  # compile the lexicon outside the timing
    work = docs * repeat
    t0, c0 = time.perf_counter(), time.process_time()
    if jobs <= 1:
        facts = _run(work)
    else:
        chunks = [work[k::jobs] for k in range(jobs)]
        with ProcessPoolExecutor(jobs) as pool:
            list(pool.map(_run, [docs[:1]] * jobs))  # warm the workers
            t0 = time.perf_counter()
            facts = sum(pool.map(_run, chunks))
    dt = time.perf_counter() - t0
    cpu = time.process_time() - c0
    avg = sum(len(t) for t, _ in docs) / len(docs)
    out = {
        "jobs": jobs,
        "articles": len(work),
        "avg_chars": round(avg),
        "seconds": round(dt, 3),
        "articles_per_second": round(len(work) / dt, 1),
        "facts": facts,
    }
    if jobs <= 1:
        # CPU time of this process: the per-core rate even when other work shares the machine
        out["cpu_seconds"] = round(cpu, 3)
        out["articles_per_cpu_second"] = round(len(work) / cpu, 1)
        base = min(_baseline(work) for _ in range(3))
        out["baseline_cpu_seconds"] = round(base, 3)
        out["times_baseline"] = round(cpu / base, 1) if base else None
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000, help="target article length in characters")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the synthetic set")
    parser.add_argument("--jobs", type=int, default=1, help="also measure with N worker processes")
    args = parser.parse_args(argv)
    # one core at a time: each allowed core is measured (up to four), since the cores of a shared VM can
    # differ by 1.5x; the baseline of each line is measured on that same core
    results = []
    cores = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    for cpu in cores[:4] or [None]:
        if cpu is not None:
            try:
                os.sched_setaffinity(0, {cpu})
            except OSError:
                cpu = None
        r = measure(args.size, args.repeat, 1)
        r["cpu"] = cpu
        results.append(r)
    if cores:
        os.sched_setaffinity(0, set(cores))
    if args.jobs > 1:
        results.append(measure(args.size, args.repeat, args.jobs))
    for r in results:
        print(json.dumps(r), file=sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
