"""Precision and recall of extracted facts against hand-annotated gold facts, per fact kind.

Both sides go through ``loaders.facts.parse_document``, so name variants meet (``Sở TT&TT`` and
``Sở Thông tin và Truyền thông``; ``Hoà Bình`` and ``Hòa Bình``) and facts match on
:meth:`thidua.model.Fact.key` (all qualifiers, not the evidence). Articles and gold files pair
by file stem (``001_x.txt`` with ``001_x.yaml``).

>>> s = Score(tp=9, fp=1, fn=0)
>>> (round(s.precision, 2), s.recall, round(s.f1, 3))
(0.9, 1.0, 0.947)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from thidua.model import KINDS, Fact

ARTICLE_SUFFIXES = (".txt", ".html", ".htm")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Score) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass
class FileDiff:
    """One article: the facts only extracted (false positives) and only in gold (missed)."""

    name: str
    extra: list[Fact] = field(default_factory=list)
    missed: list[Fact] = field(default_factory=list)
    matched: int = 0
    error: str | None = None


@dataclass
class Evaluation:
    by_kind: dict[str, Score] = field(default_factory=lambda: {k: Score() for k in KINDS})
    files: list[FileDiff] = field(default_factory=list)

    @property
    def overall(self) -> Score:
        total = Score()
        for s in self.by_kind.values():
            total.add(s)
        return total

    def table(self) -> str:
        lines = [f"{'kind':<12}{'gold':>6}{'found':>7}{'tp':>6}{'precision':>11}{'recall':>8}{'f1':>7}"]
        for name, s in [*self.by_kind.items(), ("overall", self.overall)]:
            lines.append(
                f"{name:<12}{s.tp + s.fn:>6}{s.tp + s.fp:>7}{s.tp:>6}{s.precision:>11.3f}{s.recall:>8.3f}{s.f1:>7.3f}"
            )
        return "\n".join(lines)

    def diff(self, kind: str | None = None) -> str:
        """Per article, the facts missed (``-``) and the extra ones (``+``), optionally of one kind."""
        lines = []
        for d in self.files:
            missed = [f for f in d.missed if kind in (None, f.kind)]
            extra = [f for f in d.extra if kind in (None, f.kind)]
            if d.error or missed or extra:
                lines.append(f"## {d.name}" + (f"  ({d.error})" if d.error else ""))
                lines += [f"  - missed  {describe(f)}" for f in missed]
                lines += [f"  + extra   {describe(f)}" for f in extra]
        return "\n".join(lines)


def compare(extracted: Iterable[Fact], gold: Iterable[Fact], name: str = "") -> tuple[dict[str, Score], FileDiff]:
    """Score one article's facts against its gold facts."""
    got = {f.key(): f for f in extracted}
    want = {f.key(): f for f in gold}
    scores = {k: Score() for k in KINDS}
    diff = FileDiff(name)
    for key, f in got.items():
        if key in want:
            scores[f.kind].tp += 1
            diff.matched += 1
        else:
            scores[f.kind].fp += 1
            diff.extra.append(f)
    for key, f in want.items():
        if key not in got:
            scores[f.kind].fn += 1
            diff.missed.append(f)
    return scores, diff


def _gold_for(article: Path, gold_dir: Path) -> Path | None:
    for suffix in (".yaml", ".yml", ".jsonl", ".json"):
        p = gold_dir / (article.stem + suffix)
        if p.exists():
            return p
    return None


def evaluate(articles: Path, gold: Path, published: str | None = None) -> Evaluation:
    """Extract every article under ``articles`` that has a gold file in ``gold`` and score it."""
    from thidua.loaders.articles import ArticleError, facts_document
    from thidua.loaders.facts import FactsError, load_file, parse_document

    ev = Evaluation()
    paths = (
        sorted(p for p in articles.iterdir() if p.suffix.lower() in ARTICLE_SUFFIXES)
        if articles.is_dir()
        else [articles]
    )
    for path in paths:
        gold_path = _gold_for(path, gold) if gold.is_dir() else gold
        if gold_path is None:
            continue
        gold_docs, gold_errors = load_file(gold_path)
        if gold_errors:
            ev.files.append(FileDiff(path.name, error=f"gold: {gold_errors[0]}"))
            continue
        gold_facts = [f for d in gold_docs for f in d.facts]
        try:
            raw = facts_document(path, published=published)
            extracted = parse_document(raw, str(path)).facts
        except (ArticleError, FactsError) as exc:
            extracted = []
            error = str(exc)
        except Exception as exc:  # an extractor bug on one article: scored as nothing found, the run goes on
            extracted = []
            error = f"{path.name}: extraction failed: {type(exc).__name__}: {exc}"
        else:
            error = None
        scores, diff = compare(extracted, gold_facts, path.name)
        diff.error = error
        for k, s in scores.items():
            ev.by_kind[k].add(s)
        ev.files.append(diff)
    return ev


def describe(f: Fact) -> str:
    """A short one-line rendering of a fact for diffs."""
    c = f.cluster
    cl = f"{c.authority}/{c.bloc}/{c.number or c.name}" if c else "-"
    m = f.member or f.recipient
    who = f"{m.agency}@{m.province}" if m and m.province else (m.name if m else "-")
    if f.kind == "role":
        return f"role {f.role} {who} {f.year} [{cl}]"
    if f.kind == "membership":
        return f"membership {who} {f.year} {f.basis} [{cl}]"
    if f.kind == "award":
        return f"award {f.award} {f.status} {who} {f.year} by {f.grantor} dec={f.decision} [{cl}]"
    h = f"{f.host.agency}@{f.host.province}" if f.host else None
    return f"conference {f.date} at {f.location} host {h} reviews {f.reviews_year} {f.conference_type} [{cl}]"
