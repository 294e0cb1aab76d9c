"""IRI minting: the only place that turns keys into IRIs.

IRIs come from a fact's normalised key (a readable path plus a hash), never from free text,
so two builds on two machines agree and no blank node is ever written.

>>> Minter().cluster(ClusterRef("bo_tttt", "so_tttt", 3))
'https://w3id.org/thidua/id/cluster/bo_tttt/so_tttt/3'
"""

from __future__ import annotations

import hashlib
from urllib.parse import quote, urlsplit

from thidua.model import ClusterRef, Fact, MemberRef, Source
from thidua.text import slug
from thidua.vocab import DEFAULT_BASE, TDP_NS, TDV_NS


def check_base(base: str) -> str:
    """A base IRI must be absolute http(s) and end with '/' or '#'."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc or base[-1] not in "/#":
        raise ValueError(f"base IRI {base!r} must be an absolute http(s) IRI ending with '/' or '#'")
    if any(ch in base for ch in ' <>"{}|\\^`'):
        raise ValueError(f"base IRI {base!r} contains characters not allowed in an IRI")
    return base


def _digest(parts: tuple) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()[:16]


class Minter:
    """Mints IRIs under a configurable base (default ``https://w3id.org/thidua/id/``)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        self.base = check_base(base)

    def cluster(self, c: ClusterRef) -> str:
        tail = str(c.number) if c.number is not None else "n-" + slug(c.name or "")
        return f"{self.base}cluster/{c.authority}/{c.bloc or 'any'}/{tail}"

    def member(self, m: MemberRef) -> str:
        if m.name:
            return f"{self.base}org/unit/{slug(m.name)}"
        return f"{self.base}org/{m.agency}/{m.province}"

    def fact(self, f: Fact) -> str:
        return f"{self.base}fact/{f.kind}/{_digest(f.key())}"

    def evidence(self, fact_iri: str, f: Fact) -> str:
        ev = f.evidence
        parts = (fact_iri, f.source, ev.start, ev.end, ev.rule, ev.text) if ev else (fact_iri, f.source)
        return f"{self.base}evidence/{_digest(parts)}"

    def source(self, s: Source | str) -> str:
        sid = s if isinstance(s, str) else s.id
        # Source ids are validated slugs; quoting keeps any other id IRI-safe all the same.
        return f"{self.base}source/{quote(sid, safe='-._~')}"

    def year(self, year: int) -> str:
        return f"{self.base}year/{year}"


def concept(scheme_prefix: str, notation: str) -> str:
    """IRI of a vocabulary concept: ``concept('agency', 'so_tttt')``."""
    return f"{TDV_NS}{scheme_prefix}-{notation}"


def province(province_id: str) -> str:
    return TDP_NS + province_id
