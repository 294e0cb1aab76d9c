"""The extractor on the held-out set (tests/fixtures/heldout, H01-H30): the honest number.

The 30 articles and their gold were written without reading or running the extractor (see
``tests/fixtures/heldout/README.md``). How the set was used:

* H01-H15 were the DEVELOPMENT half: their ``thidua eval --diff`` was read and the classes of
  misses were fixed with general rules (new role verbs, ``do X đảm nhiệm``, ``được giao cho``,
  flattened tables, unnumbered member-list cues, numbered bullets, the venue in the next
  sentence, month-level dates, an excerpt's own date stamp, online connection points, award
  subjects with an apposition). Dev scores went from role R 0.50, membership R 0.63, award
  R 0.79, conference P/R 0.75 to 1.00 everywhere.
* H16-H30 were the TEST half: their gold and diffs were not looked at while working; the eval
  was run on them once, at the end. Before -> after on H16-H30 (precision / recall):
  role 1.000/0.897 -> 1.000/1.000; membership 1.000/0.785 -> 1.000/0.846; award 1.000/0.800 ->
  1.000/1.000; conference 1.000/1.000 -> 1.000/1.000 (the remaining membership misses were not
  looked at). Caveat: the set's README (which lists the phrasings of all
  30 files) was read, and some extra rules were written against self-made probe sentences of
  PHRASINGS.md shapes, so the test half is a slightly optimistic estimate.

The thresholds below are the whole-30 scores measured then, minus 0.02 (floored): a regression
fails. Do not raise them by tuning on H16-H30; a new unseen set is needed for a new estimate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from thidua.evaluate import evaluate

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"

# Whole 30 as measured (P, R): role 1.000/1.000, membership 1.000/0.914, award 1.000/1.000,
# conference 1.000/1.000.
THRESHOLDS = {
    "role": (0.98, 0.98),
    "membership": (0.98, 0.89),
    "award": (0.98, 0.98),
    "conference": (0.98, 0.98),
}


@pytest.fixture(scope="module")
def evaluation():  # type: ignore[no-untyped-def]
    assert (HELDOUT / "gold").is_dir(), "the held-out set is part of the repository"
    return evaluate(HELDOUT / "articles", HELDOUT / "gold")


def test_heldout_articles_all_scored(evaluation) -> None:  # type: ignore[no-untyped-def]
    assert len(evaluation.files) == 30
    assert [d.name for d in evaluation.files if d.error] == []


@pytest.mark.parametrize("kind", sorted(THRESHOLDS))
def test_heldout_scores_per_kind(evaluation, kind: str) -> None:  # type: ignore[no-untyped-def]
    score = evaluation.by_kind[kind]
    p_min, r_min = THRESHOLDS[kind]
    assert score.precision >= p_min, f"{kind} precision {score.precision:.3f}\n{evaluation.diff(kind)}"
    assert score.recall >= r_min, f"{kind} recall {score.recall:.3f}\n{evaluation.diff(kind)}"
