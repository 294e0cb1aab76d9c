"""Deterministic synthetic facts documents of our shape, at any size.

``generate_documents(n_triples_target, seed)`` returns facts documents (the facts format of
``../shared/DOMAIN.md`` as plain dicts, JSON-serialisable) whose built graph
(:func:`thidua.build.graph_triples`, ontology included) has about ``n_triples_target`` triples
(within a few percent). Same size and seed, same documents, on every machine.

The shape follows the real data: authorities with numbered clusters of one bloc each (cluster 3
exists under several authorities), 6-10 member agencies per cluster from the old 63 provinces
(their merged successor from 2026 on), one year-end article per cluster and year stating the head
and deputy (usually rotating: the deputy heads the cluster the next year), the memberships, the
review conference, proposed and conferred awards; about 6 % of cluster-years have a second
article that repeats the head (one fact, two sources) and sometimes names another deputy or
conference date (a contradiction). Every fact carries a short Vietnamese evidence span.

>>> docs = generate_documents(20_000, seed=1)
>>> docs == generate_documents(20_000, seed=1)
True
>>> sorted(docs[0])
['facts', 'source']
"""

from __future__ import annotations

import random
from functools import cache

#: (authority label, bloc label) pairs, as a curator would write them in a facts file.
BLOCS: tuple[tuple[str, str], ...] = (
    ("Bộ Thông tin và Truyền thông", "Sở Thông tin và Truyền thông"),
    ("Bộ Công an", "Công an tỉnh"),
    ("Bộ Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
    ("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội tỉnh"),
    ("Bộ Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
    ("Thanh tra Chính phủ", "Thanh tra tỉnh"),
    ("Viện kiểm sát nhân dân tối cao", "Viện kiểm sát nhân dân tỉnh"),
    ("Bộ Tư lệnh Bộ đội Biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"),
)
FIRST_YEAR, LAST_YEAR = 2012, 2026
MERGE_YEAR = 2026  # from this year on, members are named by their merged (2025) province
#: Triples per cluster-year document, measured on the built graph; used only to size the output.
_TRIPLES_PER_DOC = 190


@cache
def _provinces() -> tuple[tuple[str, str], ...]:
    """(old province name, name of the 2025 province it rolls up to), in GSO code order."""
    from thidua.gazetteer import gazetteer

    g = gazetteer()
    old = sorted((p for p in g if p.period == "pre-2025"), key=lambda p: p.code)
    return tuple((p.name, g.rolls_up_to(p).name) for p in old)


@cache
def _blocs() -> tuple[tuple[str, str], ...]:
    """The bloc pairs the vocabularies know (a missing one would make the loader fail)."""
    from thidua.vocab import vocabularies

    v = vocabularies()
    return tuple((a, b) for a, b in BLOCS if v.find("authority", a) and v.find("agency", b))


def _evidence(rng: random.Random, phrase: str, pos: int) -> dict:
    start = pos + rng.randrange(0, 40)
    return {"text": phrase, "start": start, "end": start + len(phrase)}


def generate_documents(n_triples_target: int, seed: int = 1) -> list[dict]:
    """Facts documents whose built graph has about ``n_triples_target`` triples."""
    rng = random.Random(seed)
    provinces = _provinces()
    blocs = _blocs()
    from thidua.build import static_triples

    wanted_docs = max(1, (n_triples_target - len(static_triples())) // _TRIPLES_PER_DOC)
    docs: list[dict] = []
    number = 0
    while len(docs) < wanted_docs:
        number += 1
        for authority, bloc in blocs:
            if len(docs) >= wanted_docs:
                break
            size = rng.randrange(6, 11)
            members = rng.sample(range(len(provinces)), size)
            cluster = {"authority": authority, "bloc": bloc, "number": number}
            years = range(FIRST_YEAR, LAST_YEAR + 1)
            for year in years:
                if len(docs) >= wanted_docs:
                    break
                docs.extend(_cluster_year(rng, cluster, bloc, authority, members, provinces, year, number))
    return docs[: max(wanted_docs, 1)]


def _member(bloc: str, provinces, index: int, year: int) -> dict:  # type: ignore[no-untyped-def]
    old, new = provinces[index]
    return {"org": bloc, "province": new if year >= MERGE_YEAR else old}


def _cluster_year(rng, cluster, bloc, authority, members, provinces, year, number) -> list[dict]:  # type: ignore[no-untyped-def]
    k = len(members)
    head_i = members[(year + number) % k]
    # Mostly the deputy heads the cluster next year; sometimes another member does.
    deputy_i = members[(year + number + 1) % k] if rng.random() < 0.8 else members[rng.randrange(k)]
    if deputy_i == head_i:
        deputy_i = members[(year + number + 2) % k]
    slug = f"syn-{_code(authority)}-{number}-{year}"
    source = {
        "id": slug,
        "title": f"Cụm thi đua số {number} ({bloc}) tổng kết công tác thi đua năm {year - 1}",
        "published": f"{year - 1}-12-{rng.randrange(10, 29):02d}",
        "publisher": rng.choice(("Báo điện tử tỉnh", "Cổng thông tin điện tử", "Báo Nhân Dân", "Báo Tin tức")),
        "url": f"https://example.org/synthetic/{slug}",
    }
    # The roles are stated for the coming year, the review is of the past year.
    facts: list[dict] = []
    pos = 100
    for role, idx, word in (("head", head_i, "Cụm trưởng"), ("deputy", deputy_i, "Cụm phó")):
        m = _member(bloc, provinces, idx, year)
        facts.append({
            "kind": "role", "cluster": cluster, "year": year, "role": role, "member": m,
            "evidence": _evidence(rng, f"{m['province']} làm {word} năm {year}", pos),
        })  # fmt: skip
        pos += 80
    for idx in members:
        facts.append({
            "kind": "membership", "cluster": cluster, "year": year - 1,
            "member": _member(bloc, provinces, idx, year - 1),
            "evidence": _evidence(rng, f"thành viên Cụm thi đua số {number}", pos),
        })  # fmt: skip
        pos += 60
    host = _member(bloc, provinces, members[(year + number - 1) % k], year - 1)
    date = f"{year - 1}-12-{rng.randrange(5, 28):02d}"
    facts.append({
        "kind": "conference", "cluster": cluster, "date": date, "location": host["province"], "host": host,
        "reviews_year": year - 1, "evidence": _evidence(rng, f"Hội nghị tổng kết năm {year - 1}", 20),
    })  # fmt: skip
    for award, status in (("emulation_flag", "proposed"), ("certificate_of_merit", "proposed"),
                          ("emulation_flag", "conferred")):  # fmt: skip
        if status == "conferred" and rng.random() < 0.5:
            continue
        recipient = _member(bloc, provinces, members[rng.randrange(k)], year - 1)
        fact = {
            "kind": "award", "award": award, "grantor": authority, "recipient": recipient, "year": year - 1,
            "status": status, "evidence": _evidence(rng, "đề nghị tặng Cờ thi đua", pos),
        }  # fmt: skip
        if status == "proposed":
            fact["cluster"] = cluster
        else:
            fact["decision"] = f"{rng.randrange(100, 999)}/QĐ-{_code(authority).upper()}"
        facts.append(fact)
        pos += 70
    docs = [{"source": source, "facts": facts}]
    if rng.random() < 0.06:
        second = dict(source, id=slug + "-b", publisher="Báo địa phương", url=source["url"] + "-b")
        again = [dict(facts[0], evidence=_evidence(rng, "được bầu làm Cụm trưởng", 30))]
        if rng.random() < 0.5:
            other = members[(members.index(deputy_i) + 3) % k]
            if other not in (deputy_i, head_i):
                again.append(dict(facts[1], member=_member(bloc, provinces, other, year),
                                  evidence=_evidence(rng, "làm Cụm phó", 90)))  # fmt: skip
        else:
            conf = next(f for f in facts if f["kind"] == "conference")
            again.append(dict(conf, date=f"{year - 1}-12-{rng.randrange(5, 28):02d}",
                              evidence=_evidence(rng, "Hội nghị tổng kết", 10)))  # fmt: skip
        docs.append({"source": second, "facts": again})
    return docs


def _code(label: str) -> str:
    from thidua.vocab import vocabularies

    return vocabularies().lookup("authority", label).notation


def documents_to_triples(docs: list[dict]) -> list:
    """Parse the dicts with the facts loader and convert them with the real triple maker."""
    from thidua.loaders.facts import parse_document

    from thidua.build import graph_triples

    parsed = [parse_document(d, f"synthetic#{i}") for i, d in enumerate(docs)]
    return graph_triples(parsed)
