"""Pieces every fact rule shares: the candidate fact, member dicts, the article's context."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from thidua.extract.clusters import ClusterContext, cluster_context
from thidua.extract.entities import Analysis, Unit
from thidua.vocab import vocabularies


@dataclass
class Candidate:
    """A fact in the facts format plus where it was read and how sure the rule is."""

    fact: dict
    start: int
    end: int
    rule: str
    strength: int = 1  # when two role facts contradict, the stronger rule wins


@dataclass
class Context:
    """Everything the per-kind rules need about one article."""

    an: Analysis
    clusters: ClusterContext
    reviews_year: int | None = None
    school_year: bool = False
    conference_day: str | None = None  # YYYY-MM-DD when known
    conference_sentence: tuple[int, int] | None = None
    extra: dict = field(default_factory=dict)

    @classmethod
    def of(cls, an: Analysis) -> Context:
        return cls(an=an, clusters=cluster_context(an))

    def same_year_review(self) -> bool:
        """The meeting happened in the year it reviews (a December review of that year)."""
        return bool(self.reviews_year and self.conference_day and int(self.conference_day[:4]) == self.reviews_year)


def member(unit: Unit) -> dict:
    return {"org": vocabularies().by_notation("agency", unit.agency).label_vi, "province": unit.province}


def member_of(agency: str, province: str) -> dict:
    return {"org": vocabularies().by_notation("agency", agency).label_vi, "province": province}


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text)


def mask(sh: str, start: int, end: int, spans) -> str:  # type: ignore[no-untyped-def]
    """The shadow between start and end with the given mention spans blanked out."""
    chars = list(sh[start:end])
    for s in spans:
        a, b = max(s.start, start), min(s.end, end)
        for i in range(a, b):
            chars[i - start] = " "
    return "".join(chars)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
