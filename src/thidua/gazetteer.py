"""The province gazetteer: 63 pre-2025 provinces and 34 after, resolved by name as of a date.

``ontology/provinces.ttl`` is generated from ``ontology/provinces.csv`` (the facts) and
``ontology/province_variants.yaml`` (extra surface forms) by :func:`gazetteer_triples`
(``make gazetteer``); a test fails if the committed file is out of date. At run time the
gazetteer is read back from that Turtle file, so the RDF the project ships is what resolves names.

A GSO code alone is not an identifier (seven codes were reused in 2025), so a province's local
id pairs its period and code: ``pre2025-27`` is the old Bắc Ninh, ``2025-24`` the merged one.

>>> g = gazetteer()
>>> g.resolve("Bắc Ninh", "2023-12-08").id, g.resolve("Bắc Ninh", "2026-01-01").id
('pre2025-27', '2025-24')
>>> g.resolve("TP.HCM", "2020-01-01").name
'Hồ Chí Minh'
"""

from __future__ import annotations

import csv
import difflib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import pyoxigraph as ox
import yaml

from thidua.text import clean_value, fold
from thidua.vocab import PREFIXES, TD_NS, TDP_NS, ontology_file

_UNIT_WORDS = ("thanh pho ", "tinh ", "tp ")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS = "http://www.w3.org/2004/02/skos/core#"


@dataclass(frozen=True)
class Province:
    id: str  # "pre2025-27" / "2025-24"
    code: str
    period: str  # "pre-2025" / "2025"
    name: str
    unit_type: str
    valid_from: str | None
    valid_to: str | None
    successor: str | None  # id of the successor
    alt_labels: tuple[str, ...] = ()

    @property
    def iri(self) -> str:
        return TDP_NS + self.id

    @property
    def current(self) -> bool:
        return self.valid_to is None

    def valid_on(self, day: str) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (self.valid_to is None or day <= self.valid_to)

    @property
    def display(self) -> str:
        """Unambiguous label: the name plus its period when the name exists in both maps."""
        return f"{self.name} ({'trước 2025' if self.period == 'pre-2025' else 'từ 2025'})"


class UnknownProvince(ValueError):
    """A name that resolves to no province; the message lists the closest real ones."""


def province_id(period: str, code: str) -> str:
    return ("pre2025" if period == "pre-2025" else period) + "-" + code


def name_key(name: str) -> str:
    """Folded key of a province name without its unit word: 'Tỉnh Bắc Ninh' -> 'bac ninh'."""
    key = fold(clean_value(name))
    for word in _UNIT_WORDS:
        if key.startswith(word) and len(key) > len(word):
            key = key[len(word) :]
            break
    return key


class Gazetteer:
    """Provinces by id, and every folded name variant to the provinces that bear it."""

    def __init__(self, provinces: list[Province]) -> None:
        self.by_id = {p.id: p for p in provinces}
        self._by_key: dict[str, list[Province]] = {}
        for p in provinces:
            for label in {p.name, *p.alt_labels}:
                bucket = self._by_key.setdefault(name_key(label), [])
                if p not in bucket:
                    bucket.append(p)

    def __iter__(self) -> Iterator[Province]:
        return iter(self.by_id.values())

    def candidates(self, name: str) -> list[Province]:
        return list(self._by_key.get(name_key(name), []))

    def resolve(self, name: str, on: str | None = None) -> Province:
        """The province ``name`` meant on day ``on`` (YYYY-MM-DD, or a year, or None = today).

        Among the provinces bearing the name, the one valid on that day wins; if none was valid
        (an old name in a later article), the one whose validity is nearest in time does. Two
        different real provinces are never merged by fuzzy matching: an unknown name raises.
        """
        found = self.candidates(name)
        if not found:
            raise UnknownProvince(f"unknown province {name!r}{self.suggest(name)}")
        if len(found) == 1:
            return found[0]
        day = _as_day(on)
        valid = [p for p in found if p.valid_on(day)]
        if valid:
            return sorted(valid, key=lambda p: p.id)[0]

        def distance(p: Province) -> str:
            # Later validity end = nearer for a day after every candidate's end.
            return p.valid_to or "9999-12-31"

        before = [p for p in found if p.valid_to is not None and p.valid_to < day]
        if before:
            return max(before, key=distance)
        return min(found, key=lambda p: p.valid_from or "0000-01-01")

    def rolls_up_to(self, p: Province) -> Province:
        """Today's province that ``p``'s facts roll up to (itself when current)."""
        seen = set()
        while p.successor and p.successor != p.id and p.id not in seen:
            seen.add(p.id)
            p = self.by_id[p.successor]
        return p

    def suggest(self, name: str) -> str:
        names = sorted({p.name for p in self.by_id.values()})
        folded = {name_key(n): n for n in names}
        close = difflib.get_close_matches(name_key(name), list(folded), n=3, cutoff=0.6)
        return f" (closest: {', '.join(folded[c] for c in close)})" if close else ""


def _as_day(on: str | int | None) -> str:
    if on is None:
        import datetime

        return datetime.date.today().isoformat()
    text = str(on)
    if len(text) == 4:
        return f"{text}-01-01"
    if len(text) == 7:
        return f"{text}-01"
    return text[:10]


# --------------------------------------------------------------------------- generation


def read_csv(text: str, variants: dict[str, list[str]]) -> list[Province]:
    """Provinces from the CSV text, with successor ids resolved to the successor's period."""
    rows = list(csv.DictReader(io.StringIO(text)))
    provinces = []
    for row in rows:
        period, code = row["period"], row["code"]
        successor = None
        if row["successor_code"]:
            # Pre-2025 units hand over to the 2025 map (Huế and the merger both).
            successor = province_id("2025", row["successor_code"])
        provinces.append(
            Province(
                id=province_id(period, code),
                code=code,
                period=period,
                name=clean_value(row["name"]),
                unit_type=row["unit_type"],
                valid_from=row["valid_from"] or None,
                valid_to=row["valid_to"] or None,
                successor=successor,
                alt_labels=tuple(clean_value(v) for v in variants.get(f"{period}/{code}", [])),
            )
        )
    return provinces


def gazetteer_triples(csv_text: str, variants_text: str) -> list[ox.Triple]:
    """The gazetteer as RDF: provinces, their names, successors, roll-up and change events."""
    provinces = read_csv(csv_text, yaml.safe_load(variants_text) or {})
    gaz = Gazetteer(provinces)
    N, L = ox.NamedNode, ox.Literal
    td = lambda local: N(TD_NS + local)
    rdf_type = N(PREFIXES["rdf"] + "type")
    out: list[ox.Triple] = []
    add = lambda s, p, o: out.append(ox.Triple(s, p, o))
    for p in provinces:
        s = N(p.iri)
        add(s, rdf_type, td("Province"))
        add(s, N(_RDFS_LABEL), L(p.name, language="vi"))
        add(s, N(_SKOS + "prefLabel"), L(p.name, language="vi"))
        for alt in p.alt_labels:
            add(s, N(_SKOS + "altLabel"), L(alt, language="vi"))
        add(s, td("gsoCode"), L(p.code))
        add(s, td("period"), L(p.period))
        add(s, td("unitType"), L(p.unit_type))
        if p.valid_from:
            add(s, td("validFrom"), L(p.valid_from, datatype=N(_XSD + "date")))
        if p.valid_to:
            add(s, td("validTo"), L(p.valid_to, datatype=N(_XSD + "date")))
        if p.successor:
            add(s, td("successor"), N(TDP_NS + p.successor))
        add(s, td("rollsUpTo"), N(gaz.rolls_up_to(p).iri))
    events = {
        "2025-01-01": ("Thừa Thiên Huế trở thành thành phố Huế", "Thừa Thiên Huế became the city of Huế"),
        "2025-07-01": ("Sắp xếp 63 tỉnh, thành phố thành 34", "63 provinces reorganised into 34"),
    }
    for day, (vi, en) in events.items():
        ev = N(f"{TDP_NS}change-{day}")
        add(ev, rdf_type, td("ProvinceChange"))
        add(ev, N(_RDFS_LABEL), L(vi, language="vi"))
        add(ev, N(_RDFS_LABEL), L(en, language="en"))
        add(ev, N(PREFIXES["prov"] + "atTime"), L(day, datatype=N(_XSD + "date")))
        for p in provinces:
            ended = p.valid_to is not None and _next_day(p.valid_to) == day
            if ended:
                add(ev, N(PREFIXES["prov"] + "used"), N(p.iri))
            if p.valid_from == day:
                add(ev, N(PREFIXES["prov"] + "generated"), N(p.iri))
    return out


def _next_day(day: str) -> str:
    import datetime

    return (datetime.date.fromisoformat(day) + datetime.timedelta(days=1)).isoformat()


# --------------------------------------------------------------------------- loading


@cache
def gazetteer() -> Gazetteer:
    """Read the shipped ``provinces.ttl`` once."""
    props: dict[str, dict[str, list[str]]] = {}
    for t in ox.parse(ontology_file("provinces.ttl").encode(), format=ox.RdfFormat.TURTLE):
        s = t.subject.value
        if not s.startswith(TDP_NS) or s.startswith(TDP_NS + "change-"):
            continue
        props.setdefault(s, {}).setdefault(t.predicate.value, []).append(t.object.value)
    provinces = []
    for iri in sorted(props):
        d = props[iri]
        one = lambda k, d=d: (d.get(k) or [None])[0]
        successor = one(TD_NS + "successor")
        provinces.append(
            Province(
                id=iri[len(TDP_NS) :],
                code=one(TD_NS + "gsoCode"),
                period=one(TD_NS + "period"),
                name=one(_SKOS + "prefLabel"),
                unit_type=one(TD_NS + "unitType"),
                valid_from=one(TD_NS + "validFrom"),
                valid_to=one(TD_NS + "validTo"),
                successor=successor[len(TDP_NS) :] if successor else None,
                alt_labels=tuple(sorted(d.get(_SKOS + "altLabel", []))),
            )
        )
    return Gazetteer(provinces)
