"""The fact types every loader produces and every writer consumes.

Values here are already resolved: vocabulary values are SKOS notations (``so_tttt``,
``bo_tttt``, ``head``), provinces are gazetteer ids (``pre2025-27``), text is NFC. A fact's
identity (:meth:`Fact.key`) is *all* of its qualifiers, so two sources that state the same fact
share one node and two that disagree on any qualifier give two nodes a query can find.
"""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("role", "membership", "award", "conference")
ROLES = ("head", "deputy")
STATUSES = ("proposed", "conferred")
BASES = ("explicit", "range", "complement", "examples", "attendance")
CONFERENCE_TYPES = ("year_end", "mid_year")


@dataclass(frozen=True, order=True)
class ClusterRef:
    """A cluster's identity: (authority, bloc, number or name)."""

    authority: str
    bloc: str | None = None
    number: int | None = None
    name: str | None = None


@dataclass(frozen=True, order=True)
class MemberRef:
    """A member agency: an agency type in a province, or a named (national) unit."""

    agency: str | None = None
    province: str | None = None
    name: str | None = None


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the span's text and offsets, and the rule (None = curated)."""

    text: str | None = None
    start: int | None = None
    end: int | None = None
    rule: str | None = None


@dataclass(frozen=True)
class Source:
    """A source article's metadata; ``text_hash`` is sha256 of its normalised text."""

    id: str
    title: str | None = None
    published: str | None = None
    publisher: str | None = None
    url: str | None = None
    text_hash: str | None = None


@dataclass(frozen=True)
class Fact:
    """One n-ary fact. Fields not used by a kind stay None."""

    kind: str
    source: str
    cluster: ClusterRef | None = None
    year: int | None = None  # role/membership: year held; award: performance year
    role: str | None = None
    member: MemberRef | None = None
    award: str | None = None
    award_name: str | None = None
    grantor: str | None = None
    recipient: MemberRef | None = None
    status: str | None = None
    decision: str | None = None
    date: str | None = None
    location: str | None = None
    host: MemberRef | None = None
    reviews_year: int | None = None
    conference_type: str | None = None
    basis: str | None = None
    evidence: Evidence | None = field(default=None, compare=False)

    def key(self) -> tuple:
        """Identity of the fact, independent of source and evidence."""
        if self.kind == "role":
            return ("role", self.cluster, self.year, self.role, self.member)
        if self.kind == "membership":
            return ("membership", self.cluster, self.year, self.member, self.basis)
        if self.kind == "award":
            return (
                "award", self.award, self.award_name, self.grantor, self.recipient, self.year,
                self.status, self.cluster, self.decision,
            )  # fmt: skip
        return (
            "conference", self.cluster, self.date, self.location, self.host, self.reviews_year,
            self.conference_type,
        )  # fmt: skip

    def slot(self) -> tuple:
        """The question a fact answers; two facts with one slot but different keys contradict.

        role: who held (cluster, year, role); conference: when/where/who hosted (cluster,
        reviewed year, type). Memberships and awards accumulate and never contradict this way.
        """
        if self.kind == "role":
            return ("role", self.cluster, self.year, self.role)
        if self.kind == "conference":
            return ("conference", self.cluster, self.reviews_year, self.conference_type)
        return self.key()


@dataclass
class Document:
    """One source and its facts, as a facts file (or one JSON line) holds them."""

    source: Source
    facts: list[Fact]
    origin: str = ""  # "file.yaml" or "file.jsonl:3", for messages
