"""Review conferences: which cluster met, when, where, hosted by whom, reviewing which year.

Venue, host and head are three different things: ``tại tỉnh X`` (or ``tại Công an tỉnh X``, or
``phường ... (tỉnh X)``) is the venue; the unit that ``đăng cai`` or ``tổ chức`` the meeting is
the host; the head is a role (see roles.py). A venue that names only a city, a hall or a
district gives no province. A date with no year borrows one only when it is safe (dates.py).
"""

from __future__ import annotations

import re

from thidua.extract.common import Candidate, Context, after_tai, line_spans, mask, member, table_cells
from thidua.extract.dates import DateMention, resolve_year
from thidua.extract.lexicon import WordPattern, shadow
from thidua.loaders.facts import roman_to_int

_TRIGGER = WordPattern(
    # ("Ngày 19/12, tại ..., Cụm thi đua số 5 ... đã nhìn lại kết quả thi đua năm 2019")
    r"(?<![a-z])(?:tong\s+ket|so\s+ket(?!\s+qua)|nhin\s+lai\s+ket\s+qua\s+(?:phong\s+trao\s+)?thi\s+dua(?=\s+nam\s+\d)|"
    r"hoi\s+nghi(?:\s+truc\s+tuyen)?\s+"
    r"(?:nhin\s+lai|danh\s+gia\s+(?:ket\s+qua|phong\s+trao|cong\s+tac)|binh\s+xet)|"
    # "Cụm ... đã họp đánh giá kết quả phong trào thi đua năm 2018", "đã ngồi lại đánh giá phong trào thi đua"
    r"(?:hop|ngoi\s+lai)\s+(?:de\s+)?danh\s+gia\s+(?:ket\s+qua\s+)?(?:(?:phong\s+trao|cong\s+tac)\s+)?thi\s+dua|"
    # "các Hội CCB trong Khối đã gặp mặt đánh giá kết quả một năm thực hiện giao ước"
    r"(?:hop|ngoi\s+lai|gap\s+mat)\s+(?:de\s+)?danh\s+gia\s+ket\s+qua\s+(?:mot\s+nam\s+)?thuc\s+hien\s+giao\s+uoc|"
    # "hội nghị ... để đánh giá phong trào thi đua năm 2020", "... nhằm nhìn lại phong trào thi đua năm 2017"
    r"(?:danh\s+gia|nhin\s+lai)\s+(?:ket\s+qua\s+)?(?:phong\s+trao|cong\s+tac)\s+thi\s+dua(?:\s*,\s*khen\s+thuong)?"
    # (or the movement's name between: 'nhìn lại phong trào thi đua "Vì an ninh Tổ quốc" năm 2013')
    r"(?=\s+(?:\"[^\"\n]{1,60}\"\s+)?nam\s+(?:19|20)\d\d))"
    r"(?![a-z])"
)
_EVENT = re.compile(
    r"(?<![a-z])(?:to\s+chuc|dang\s+cai|hop|dien\s+ra|khai\s+mac|chu\s+tri)(?![a-z])|"
    r"(?<![a-z])tai\s+(?!chinh|nguyen|lieu|tro|san|nang|khoan|xe)"
)
# (not "trên cơ sở kết quả", whose shadow holds "so ket")
_MID_YEAR = re.compile(
    r"(?<![a-z])(?<!co\s)(?:so\s+ket(?!\s+qua)|6\s+thang\s+dau\s+nam|sau\s+thang\s+dau\s+nam)(?![a-z])"
)
_ONLINE_WORDS = re.compile(r"(?<![a-z])(?:truc\s+tuyen|diem\s+cau)(?![a-z])")
# "kết hợp trực tiếp và trực tuyến", "trực tiếp kết hợp trực tuyến": a hybrid meeting has a venue
_HYBRID = re.compile(r"(?<![a-z])truc\s+tiep\s+(?:va|ket\s+hop(?:\s+voi)?)\s+truc\s+tuyen(?![a-z])")


def _online(seg: str) -> bool:
    """Online only ('trực tuyến', 'điểm cầu'), not a hybrid meeting: no single venue to report."""
    return bool(_ONLINE_WORDS.search(seg)) and not _HYBRID.search(seg)


# ("X đã tổ chức", "X long trọng tổ chức", "X, đơn vị Cụm trưởng năm 2016, chịu trách nhiệm tổ chức hội nghị")
_HOST_VERB = re.compile(
    r"(?<![a-z])(?:da\s+)?(?:(?:long|trang)\s+trong\s+|chiu\s+trach\s+nhiem\s+)?(?:to\s+chuc|dang\s+cai)(?![a-z])"
)
# ("X (đã) đăng cai", "X, đơn vị Cụm trưởng năm 2023, đăng cai tổ chức hội nghị")
_HOSTS_AFTER = re.compile(
    r"\s*(?:[,–-]\s*(?:la\s+)?(?:don\s+vi\s+)?(?:cum|khoi)\s+(?:truong|pho)(?:\s+nam\s+\d{4})?\s*[,–-]\s*)?"
    r"(?<![a-z])(?:da\s+)?(?:la\s+)?(?:don\s+vi\s+)?dang\s+cai(?![a-z])"
)
_APPOSITION_WORDS = {
    "da", "don", "vi", "la", "thuoc", "cua", "nam", "cum", "khoi", "thi", "dua", "so", "truc", "va", "cung", "se",
    "chu", "tri", "dong", "lam", "cac", "phoi", "hop", "dung", "ra", "vua", "moi", "voi", "vai", "tro", "giu",
}  # fmt: skip


def find_conference(ctx: Context) -> Candidate | None:
    an = ctx.an
    # the sentence that reports the meeting: a dated one first (the lead), else one where the
    # cluster "tổ chức"/"đăng cai" it (a headline)
    dated, undated, headline = None, None, None
    review = None  # the sentence naming the review, when the meeting is told in the next one
    own_year = None  # the year a unit's own review reviews ("Cục Thuế tỉnh X tổng kết công tác năm 2022")
    cued = {an.sentence_at(m.start()).start for m in _TRIGGER.finditer(an.sh)}
    for i, s in enumerate(an.sentences):
        if s.start not in cued:
            continue
        seg = an.sh[s.start : s.end]
        if not _TRIGGER.search(seg) or _PLANNED.search(seg) or ctx.clusters.at(an, s.start) is None:
            continue  # (a cluster of districts, or none: not this article's meeting)
        named = any(s.start <= c.start < s.end for c in ctx.clusters.mentions)
        if _NAMED_BLOC.search(seg) and not named:
            continue  # "Khối thi đua các tổ chức chính trị - xã hội tỉnh": a province's own bloc
        first = next((c for c in ctx.clusters.mentions if s.start <= c.start < s.end), None)
        if _PLURAL_MEETINGS.search(seg) and (
            first is None or re.search(r"(?<![a-z])(?:cac|nhung)\s+$", an.sh[max(0, first.start - 8) : first.start])
        ):
            # "đã có 3 Cụm thi đua tổ chức xong hội nghị tổng kết", "các Cụm thi đua số 1, số 3 và số 5 đã tổ
            # chức hội nghị tổng kết": a digest's summary of several meetings, not one
            continue
        if _SEVERAL_SYSTEMS.search(seg) or _ACTIVITIES.search(seg):
            # "Cụm thi đua số 1 của ba hệ thống: Công đoàn, Hội CCB và ngành TT&TT lần lượt tổng kết"; "đã chủ trì
            # tổ chức thành công các hoạt động giao ước, kiểm tra chéo, sơ kết, tổng kết ...": no one meeting
            continue
        if not named and _OWN_REVIEW.search(seg) and not _CLUSTER_WORD.search(seg) and not _titled_cluster_review(an):
            # "Sở Công Thương Nghệ An tổ chức hội nghị tổng kết công tác năm 2016 và đón nhận Cờ thi đua", "Hội CCB
            # tỉnh tổ chức lễ đón nhận Cờ thi đua ... và tổng kết phong trào ...": the unit's own meeting, in a
            # page whose title is not about a cluster's review; the cluster's may be told further on (and
            # then reviews the same year, when it does not say)
            own_year = own_year or _reviewed_year(an, s.start, s.end)[0]
            continue
        nxt = an.sentences[i + 1] if i + 1 < len(an.sentences) else None
        # "Cụm thi đua số 5 ... (vừa) tổng kết ...": a meeting without its date (a headline says the same
        # and is dated by the page stamp below it, so this only ever makes an undated candidate)
        subject = _CLUSTER_REVIEWS.search(seg)
        if not _EVENT.search(seg):
            # "... dự hội nghị tổng kết năm 2023 của Cụm thi đua số 3. Hội nghị diễn ra ngày 19/12 tại ..."
            if nxt is not None and _MEETING_NEXT.match(an.sh, nxt.start, nxt.end) and _dated(an, nxt):
                dated, review = nxt, s
                break
            if subject and headline is None:
                headline = s
            continue
        if _dated(an, s):
            dated = s
            break
        has_cluster = any(s.start <= c.start < s.end for c in ctx.clusters.mentions)
        if re.match(r"\s*(?:[-+•*]\s*)?(?:cung|cung\s+trong)\s+ngay(?![a-z])", seg):
            continue  # "* Cùng ngày, Cụm thi đua số 7 cũng tổ chức ...": another cluster's meeting, told after
        # ("Tại hội nghị tổng kết Cụm tổ chức cuối tháng 12/2019 ở tỉnh Nghệ An": the cluster's, by its word)
        has_cluster = has_cluster or bool(_REVIEW_OF_CLUSTER.search(seg))
        if undated is None and has_cluster and (re.search(r"to\s+chuc|dang\s+cai", seg) or subject):
            undated = s
    minutes = None
    if dated is None and undated is None:
        # minutes: "BIÊN BẢN / HỘI NGHỊ TỔNG KẾT ... NĂM 2017 CỦA CỤM THI ĐUA SỐ 2" over "1. Thời gian: ..., ngày 19
        # tháng 12 năm 2017." and "2. Địa điểm: Hội trường Cục Thuế tỉnh Yên Bái"
        minutes = _minutes_fields(ctx)
        if minutes is not None:
            review, dated = minutes[0], minutes[1]
    sent = dated or undated or headline
    if sent is None:
        if an.sentences:
            # no meeting reported, but a title such as "... tổng kết năm 2024" still says which year
            # the article reviews (the year of its lists and proposals)
            ctx.reviews_year, ctx.school_year = _reviewed_year(an, an.sentences[0].start, an.sentences[0].end)
        return None
    seg = an.sh[sent.start : sent.end]
    cluster = ctx.clusters.at(an, sent.start)
    if cluster is None:
        return None
    # reviewed year: the first "năm N" after "tổng kết" in the sentence, else in the title
    reviews_year, school = _reviewed_year(an, *((review.start, review.end) if review else (sent.start, sent.end)))
    if reviews_year is None and not school and an.sentences:
        first = an.sentences[0]
        reviews_year, school = _reviewed_year(an, first.start, first.end)
    if reviews_year is None and not school:
        reviews_year = own_year
    if reviews_year is None and not school:
        # a digest's title or lead before its first item: "Các Cụm thi đua TAND cấp tỉnh tổng kết công tác thi
        # đua năm 2019", "các Cụm ... đã tổ chức hội nghị tổng kết phong trào thi đua năm 2019"
        for t in an.sentences:
            if t.start >= sent.start:
                break
            if _TRIGGER.search(an.sh, t.start, t.end) and _PLURAL_MEETINGS.search(an.sh, t.start, t.end):
                reviews_year, school = _reviewed_year(an, t.start, t.end)
                if reviews_year is not None or school:
                    break
    ctx.reviews_year, ctx.school_year = reviews_year, school
    ctype = "mid_year" if _MID_YEAR.search(seg) else "year_end"
    # date
    day = None
    dates = [
        d
        for d in an.dates
        if sent.start <= d.start < sent.end and not _DOC_DATE.search(an.sh, max(0, d.start - 40), d.start)
    ]
    # "Sáng/Ngày D/M" before "(D/M/YYYY)" (an excerpt's stamp); either before an undated one
    dates = (
        [d for d in dates if d.lead and not _PAREN.search(an.sh, max(0, d.start - 3), d.start)]
        or [d for d in dates if d.lead]
        or dates[:1]
    )
    if not dates:
        prev = [d for d in an.dates if d.lead and d.start < sent.start and sent.start - d.end < 40]
        dates = prev[-1:]
    if dates:
        d = dates[0]
        m = re.search(r"(\d{1,2})\s*(?:va|,|&)\s*$", an.sh[max(0, d.start - 12) : d.start])
        stamp = _local_stamp(an, d, sent.start)
        year = (resolve_year(d, stamp, None) if stamp else None) or resolve_year(d, an.published, reviews_year)
        if year is not None:
            dd = d
            if m:
                from dataclasses import replace

                dd = replace(d, day=int(m.group(1)))
            day = dd.iso(year)
    if day is None and not dates:
        day = _month_date(ctx, sent.start, sent.end, reviews_year, ctype == "mid_year")
    if reviews_year is None and not school and day:
        # (the head's role may be told in the next sentence of the paragraph: "Hội nghị ... đã diễn ra ngày 18/1/2013
        # tại .... Cục Thuế Ninh Bình – Cụm trưởng năm 2012 – đăng cai hội nghị.")
        after = next((t for t in _next_told(an, sent, 1) if "\n" not in an.text[sent.end : t.start]), None)
        told = seg + " " + an.sh[after.start : after.end] if after is not None else seg
        reviews_year = _year_reviewed_on(day, ctype, told)
        ctx.reviews_year = reviews_year
    ctx.conference_day = day
    ctx.conference_sentence = (sent.start, sent.end)
    location = None if _online(seg) else _venue(ctx, sent.start, sent.end)
    if location is None and not _online(seg) and not _places_at(seg):
        # "Hội nghị diễn ra tại ..." in the next sentence
        for t in _next_told(an, sent, 1):
            if _VENUE_NEXT.match(an.sh, t.start, t.end):
                location = _venue(ctx, t.start, t.end)
    if location is None and not _online(seg) and _places_at(seg):
        # "tại thành phố Gia Nghĩa" (a city alone), and a caption "Quang cảnh Hội nghị tổng kết Cụm thi đua số 5 tại
        # tỉnh Đắk Nông": the same meeting restated with its province
        location = _restated_venue(ctx, sent, ctype)
    if location is None and minutes is not None and minutes[2] is not None:
        location = _field_venue(ctx, minutes[2])
    # the host named in the meeting's own sentence first; "X đăng cai" elsewhere only when it is not
    # about another meeting of the article
    # the host named in the meeting's own sentence, else "X đăng cai" anywhere in a page about one cluster (not
    # in a digest: another item's host), else in the two sentences after it ("Hội nghị do X ... tổ chức tại")
    host = _host(ctx, sent.start, sent.end, local=True)
    # (one cluster by identity: a roundup of three clusters numbered 3 of three sectors is no single page)
    if host is None and minutes is not None:
        # minutes: "- Đơn vị đăng cai: LĐLĐ tỉnh Lào Cai (Cụm trưởng năm 2016)." among the fields after the time
        i = an.sentences.index(minutes[1]) if minutes[1] in an.sentences else -1
        near = an.sentences[i + 1 : i + 4] if i >= 0 else []
        field = next((t for t in near if _HOST_FIELD.match(an.sh, t.start)), None)
        named = [u for u in an.units if field is not None and field.start <= u.start < field.end]
        if named and _HOST_FIELD.match(an.sh, field.start).end() == named[0].start:  # type: ignore[union-attr]
            host = named[0]
    if host is None and len({repr(ctx.clusters.ref_of(c)) for c in ctx.clusters.mentions}) <= 1:
        host = _host(ctx, sent.start, sent.end, skip_other=True)
    if host is None:
        main_number = ctx.clusters.number_at(an, sent.start)
        for t in _next_told(an, sent, 2):
            if any(t.start <= c.start < t.end and c.number != main_number for c in ctx.clusters.mentions):
                break  # the next item of a digest: another cluster's meeting
            if re.search(r"hoi\s+nghi|dang\s+cai", an.sh[t.start : t.end]):  # ("X là đơn vị đăng cai.")
                host = _host(ctx, t.start, t.end, local=True)
                if host:
                    # ("Hội nghị do X (Cụm trưởng năm 2020) tổ chức tại trụ sở BHXH tỉnh Y": and where)
                    if location is None and not _online(seg) and _HOSTED_AT.match(an.sh, t.start, t.end):
                        location = _venue(ctx, t.start, t.end)
                    break
    if day is None and not dates:
        # "Hội nghị diễn ra ngày 20/12/2024 tại tỉnh Hưng Yên." told at the end of the page
        later = _told_later(ctx, sent)
        if later is not None:
            d = later[0]
            year = resolve_year(d, an.published, reviews_year)
            day = d.iso(year) if year is not None else None
            if day and reviews_year is None and not school:
                reviews_year = _year_reviewed_on(day, ctype, seg)
                ctx.reviews_year = reviews_year
            ctx.conference_day = day
            location = location or _venue(ctx, later[1].start, later[1].end)
    if not _CLUSTER_WORD.search(seg) and _OWN_REVIEW.search(seg) and not _titled_cluster_review(an):
        return None  # (the unit's own review, told in the sentence after the one naming it)
    if day is None and location is None and host is None and _IN_PASSING.search(seg):
        # "...; tại hội nghị tổng kết của Cụm, các đơn vị đã thống nhất ...": a meeting named in passing,
        # with nothing said of it, in a page about something else
        return None
    fact = _fact(cluster, day, location, host, reviews_year, ctype)
    return Candidate(fact, sent.start, sent.end, "conference.lead")


_REVIEW_OF_CLUSTER = re.compile(
    r"(?<![a-z])(?:(?:tong|so)\s+ket\s+(?:cua\s+)?"
    # ("Tại hội nghị nhìn lại phong trào thi đua năm 2022 của Cụm, tổ chức hồi tháng 12/2022 tại tỉnh Lạng Sơn")
    r"|hoi\s+nghi\s+(?:nhin\s+lai|danh\s+gia)[^,.;]{0,60}?\s+cua\s+)"
    r"(?:cum|khoi)(?![a-z])(?!\s+thi\s+dua\s+(?:cac|cua))"
)
_CLUSTER_WORD = re.compile(r"(?<![a-z])(?:cum|khoi)(?![a-z])")
_OWN_REVIEW = re.compile(
    # ("tổng kết công tác Hội và phong trào nông dân năm 2022"; not "công tác thi đua, khen thưởng")
    r"(?<![a-z])(?:tong|so)\s+ket\s+cong\s+tac(?!\s+thi\s+dua)(?:\s+(?!thi\s)[a-z]+){0,6}?\s+(?:nam\s+\d{4}|6\s+thang)"
    # ("LĐLĐ tỉnh Đắk Nông tổ chức tổng kết hoạt động công đoàn năm 2010, triển khai nhiệm vụ năm 2011")
    r"|(?<![a-z])(?:tong|so)\s+ket\s+hoat\s+dong\s+(?:cong\s+doan|hoi|doan|cua\s+(?:don\s+vi|nganh))\s+nam\s+\d{4}"
    r"|(?<![a-z])to\s+chuc\s+(?:buoi\s+)?le\s+(?:don\s+nhan|trao|ky\s+niem)(?![a-z])"
)  # ("sơ kết công tác công an 6 tháng đầu năm 2020": a unit's own review)


def _titled_cluster_review(an) -> bool:  # type: ignore[no-untyped-def]
    """The page's title (first line) names a cluster and a review."""
    first = an.sh[: an.sh.find("\n") if "\n" in an.sh else len(an.sh)]
    return bool(_CLUSTER_WORD.search(first) and _TRIGGER.search(first))


_TOLD_LATER = re.compile(
    r"\s*(?:hoi\s+nghi|buoi\s+le)\s+(?:nay\s+)?(?:duoc\s+)?(?:dien\s+ra|to\s+chuc)\s+(?:vao\s+)?(?:sang|chieu|toi|ngay)(?![a-z])"
)


def _told_later(ctx: Context, sent):  # type: ignore[no-untyped-def]
    """(date, sentence) of a later 'Hội nghị diễn ra/được tổ chức (vào) ngày ...' naming no other cluster."""
    an = ctx.an
    for t in an.sentences:
        if t.start <= sent.start or not _TOLD_LATER.match(an.sh, t.start, t.end):
            continue
        if any(t.start <= c.start < t.end for c in ctx.clusters.mentions):
            continue
        dates = [d for d in an.dates if t.start <= d.start < t.end]
        if dates:
            return dates[0], t
    return None


_IN_PASSING = re.compile(r"(?<![a-z])tai\s+(?:cac\s+)?hoi\s+nghi\s+(?:tong|so)\s+ket(?:\s+(?:nam|cua))?")


_ROLE_YEAR = re.compile(
    r"(?<![a-z])(?:(?:cum|khoi)\s+(?:truong|pho)|truong\s+(?:cum|khoi))(?:\s+(?:(?:cum|khoi)\s+)?thi\s+dua\s+so\s+\S+)?"
    r"\s+nam\s+((?:19|20)\d\d)(?!\d)"
    # ("Năm 2022, NHNN chi nhánh tỉnh Quảng Ngãi làm Khối trưởng")
    r"|(?<![a-z])nam\s+((?:19|20)\d\d)\s*,[^.;]{0,80}?(?<![a-z])(?:lam|la|giu)\s+(?:cum|khoi)\s+truong(?![a-z])"
)


def _year_reviewed_on(day: str, ctype: str, seg: str = "") -> int | None:
    """The year a review held on ``day`` reviews when the text does not say: a mid-year review its
    own year; a year-end review held October-December that year. A review held early in the next
    year is left open (null), unless its sentence names the head's role for that year or the one before
    ("ngày 13/1/2017 ..., X bàn giao nhiệm vụ Cụm trưởng năm 2017 cho Y", "ngày 05/01/2023, X - Trưởng Cụm
    thi đua số 3 năm 2022 tổ chức ..."): then it closes the year before."""
    year = int(day[:4])
    if ctype == "mid_year":
        return year
    month = int(day[5:7]) if len(day) >= 7 else 0
    if 1 <= month <= 3:
        for m in _ROLE_YEAR.finditer(seg):
            if int(m.group(1) or m.group(2)) in (year, year - 1):
                return year - 1
    return year if month >= 10 else None


def _fact(cluster: dict, day: str | None, location: str | None, host, reviews_year: int | None, ctype: str) -> dict:  # type: ignore[no-untyped-def]
    return {
        "kind": "conference",
        "cluster": cluster,
        "date": day,
        "location": location,
        "host": member(host) if host else None,
        "reviews_year": reviews_year,
        "type": ctype,
    }


# a meeting asked for or planned, not held: "đề nghị đơn vị Cụm trưởng ... tổ chức hội nghị tổng kết ... trước
# ngày 10/12", "hội nghị tổng kết năm 2023 của Cụm dự kiến tổ chức vào tháng 12"
_PLANNED = re.compile(
    # ("(trước ngày 01/01/2025 là VKSND tỉnh Thừa Thiên Huế)": a remark on the name, not a deadline)
    r"(?<![a-z])(?:yeu\s+cau|du\s+kien|(?<!\()(?<!\(\s)truoc\s+ngay|han\s+chot|se\s+(?:to\s+chuc|dien\s+ra|duoc\s+to\s+chuc|tong\s+ket|so\s+ket|hop|dang\s+cai)|"
    # ("đơn vị đã chủ động xây dựng kế hoạch ...": what it did, not an instruction)
    r"de\s+nghi\s+(?:don\s+vi|cac\s+(?:don\s+vi|cum|so|dai|cuc|hoi))|(?<!da\s)chu\s+dong\s+(?:xay\s+dung|to\s+chuc))(?![a-z])"
)



_CLUSTER_REVIEWS = re.compile(
    r"(?<![a-z])(?:cum|khoi)\s+thi\s+dua\s+so\s+\S+(?:\s+[^\s.;,]+){0,6}?\s+(?:tong|so)\s+ket(?![a-z])"
)
_OTHER_EVENT = re.compile(
    r"(?<![a-z])(?:to\s+chuc|dang\s+cai|da\s+(?:tong|so)\s+ket|hop|chu\s+tri|dien\s+ra)(?![a-z])|"
    + _CLUSTER_REVIEWS.pattern
)
_SAME_DAY = re.compile(r"(?<![a-z])cung\s+ngay(?![a-z])")


def told_by_sections(ctx: Context) -> bool:
    """A digest whose lead sums up several meetings ("các Cụm thi đua ... đã tổ chức hội nghị tổng kết ...
    Kết quả cụ thể như sau:") or whose sections are headed by their clusters: each section tells its own."""
    an = ctx.an
    if ctx.clusters.headers:
        return True
    lead = [s for s in an.sentences[:4] if s.start < 600]
    return any(_TRIGGER.search(an.sh, s.start, s.end) and _PLURAL_MEETINGS.search(an.sh, s.start, s.end) for s in lead)


def other_conferences(ctx: Context, main: Candidate | None) -> list[Candidate]:
    """Reviews of other clusters reported in the same article ("Cùng ngày, Cụm thi đua số 6 (...) tổ
    chức hội nghị tổng kết năm 2022 tại tỉnh Đắk Nông"): one more conference each.

    A sentence counts when it names another cluster number, a review ("tổng kết"/"sơ kết") and an
    event verb, and says when or where; "cùng ngày" is the main meeting's day.
    """
    an = ctx.an
    out: list[Candidate] = []
    seen: list[tuple] = [(main.fact["cluster"], main.fact["type"])] if main is not None else []
    side = ctx.extra.get("side_meeting")  # (told already, as a note beside the page's subject)
    for sent in an.sentences:
        if (main is not None and sent.start == main.start) or (side is not None and side.start == sent.start):
            continue
        seg = an.sh[sent.start : sent.end]
        mentions = [c for c in ctx.clusters.mentions if sent.start <= c.start < sent.end]
        if not mentions and "hoi nghi" not in seg and "cum" not in seg and "khoi" not in seg:
            continue  # (a literal test first: no cluster and no meeting, nothing below can match)
        bare = _BARE_CLUSTER_EVENT.search(seg)  # "Trước đó, hồi tháng 7, Cụm đã tổ chức sơ kết ..."
        if not (mentions or bare) and _MEETING_WORD.search(seg) and _dated(an, sent):
            # a digest's item: "Cụm thi đua số 5 gồm .... Ngày 12/1, X tổ chức Hội nghị tại ...": the cluster
            # that opens the paragraph
            p0 = an.sh.rfind("\n", 0, sent.start) + 1
            opening = [c for c in ctx.clusters.mentions if p0 <= c.start < sent.start]
            if opening and re.fullmatch(r"\s*(?:[-+•*]\s*)?", an.sh[p0 : opening[0].start]):
                mentions = opening[:1]
            elif not opening:
                # or the heading of the section it opens ("Cụm thi đua số 2 (vùng ...)" + "Hội nghị tổ chức ngày
                # ..."), not a closing remark further down ("đã có 6/8 Cụm hoàn thành hội nghị tổng kết")
                heads = [h for h in ctx.clusters.headers if h.start < sent.start][-1:]
                if heads and "\n" not in an.sh[an.sh.find("\n", heads[0].end) : sent.start].lstrip():
                    mentions = heads
        if not (mentions or bare) and _MONTH.search(seg) and _REVIEW_OF_YEAR.search(seg):
            # "Nhìn lại năm 2024, Cụm thi đua số 3 gồm .... Tại hội nghị tổng kết năm 2024 tổ chức vào tháng
            # 12/2024 tại tỉnh Lạng Sơn, ...": the cluster the paragraph is about
            p0 = an.sh.rfind("\n", 0, sent.start) + 1
            mentions = [c for c in ctx.clusters.mentions if p0 <= c.start < sent.start][-1:]
        if not (mentions or bare) or _PLANNED.search(seg):
            continue
        if _SEVERAL_SYSTEMS.search(seg):
            continue  # ("Cụm thi đua số 1 của ba hệ thống ... lần lượt tổng kết": several meetings)
        if not mentions and _PLURAL_MEETINGS.search(seg):
            continue  # "tại các hội nghị tổng kết Cụm tổ chức trong tháng 1/2017, các Cụm đã ...": many meetings
        if not _OTHER_EVENT.search(seg) and not (mentions and _TRIGGER.search(seg, mentions[0].end - sent.start)):
            continue  # ("Cụm thi đua số 3 ..., gồm ..., tổng kết công tác năm": the cluster reviews)
        if not _TRIGGER.search(seg) and not _MEETING_WORD.search(seg):
            continue  # (a digest's item may say only "Hội nghị diễn ra ngày ... tại ...")
        cluster = ctx.clusters.ref_of(mentions[0]) if mentions else ctx.clusters.at(an, sent.start)
        ctype = "mid_year" if _MID_YEAR.search(seg) else "year_end"
        same = [i for i, c in enumerate(out) if (c.fact["cluster"], c.fact["type"]) == (cluster, ctype)]
        undated = next((i for i in same if not out[i].fact["date"]), None)
        reviews_year, school = _reviewed_year(an, sent.start, sent.end)
        # "Hội nghị tổng kết năm 2017 của Cụm được tổ chức vào tháng 1/2018 tại tỉnh Phú Thọ" in a page on the
        # 2018 review: the same cluster's meeting of another year
        earlier_review = (
            main is not None
            and reviews_year is not None
            and main.fact["reviews_year"] is not None
            # (or a later one, on a page of the cluster's years: "Năm 2019: Sáng 17/1, hội nghị tổng kết ... năm 2018")
            and reviews_year != main.fact["reviews_year"]
            and (cluster, ctype) == (main.fact["cluster"], main.fact["type"])
            and (cluster, ctype, reviews_year) not in seen
        )
        # (or a tag page's item of another year: its own stamp line says so)
        stamp = _item_stamp(an, sent) if main is not None and main.fact["date"] else None
        other_item = stamp is not None and stamp[:4] != main.fact["date"][:4]  # type: ignore[union-attr]
        if cluster is None or (
            (cluster, ctype) in seen and undated is None and not earlier_review and not other_item
        ):
            continue
        if school:
            continue
        # (a tag page's item of another year reviews the year its own date says, not the page's meeting's)
        reviews_year = reviews_year or (None if other_item else ctx.reviews_year)
        day = main.fact["date"] if main is not None and _SAME_DAY.search(seg) else None
        dates = [
            d
            for d in an.dates
            if sent.start <= d.start < sent.end and not _DOC_DATE.search(an.sh, max(0, d.start - 40), d.start)
        ]  # (not a document's: "căn cứ Kế hoạch số 45/KH-BTTTT ngày 05/01/2024")
        # (not an item's stamp line "08/01/2015 16:40" above its "Ngày 6/1, ...")
        dates = [d for d in dates if not _on_stamp_line(an, d)]  # (a heading then its stamp: the body dates it)
        if day is None and dates:
            stamp = _local_stamp(an, dates[0], sent.start)
            year = (resolve_year(dates[0], stamp, None) if stamp else None) or resolve_year(
                dates[0], an.published, reviews_year
            )
            if year is None and ctype == "mid_year":
                year = _mid_year_year(an, dates[0].month, reviews_year)  # ("Trước đó, ngày 14/7, ... sơ kết")
            day = dates[0].iso(year) if year is not None else None
        if day is None and not dates:
            day = _month_date(ctx, sent.start, sent.end, reviews_year, ctype == "mid_year")
        if reviews_year is None and day:
            reviews_year = _year_reviewed_on(day, ctype, seg)
        if day and an.published and day > an.published[: len(day)]:
            continue  # ("... tổ chức sơ kết 6 tháng đầu năm 2017 tại tỉnh Ninh Thuận vào tháng 7/2017" in February)
        location = None if _online(seg) else _venue(ctx, sent.start, sent.end)
        at_place = any(not _AT_THE_MEETING.match(seg, m.start()) for m in _AT.finditer(seg))
        if day is None and location is None and not at_place:
            continue  # a review mentioned in passing (no day, no place; "Cũng tại hội nghị" is the main one's)
        host = _host(ctx, sent.start, sent.end, local=True)
        nxt = next((t for t in an.sentences if t.start >= sent.end), None)
        if host is None and nxt is not None and _HOST_NEXT.match(an.sh, nxt.start, nxt.end):
            host = _host(ctx, nxt.start, nxt.end, local=True)  # "... tổng kết. Hội nghị do X (Cụm trưởng) đăng cai."
        if host is None and nxt is not None:
            # "... tổng kết ... năm 2023. Công an tỉnh Lạng Sơn đăng cai hội nghị."
            opening = next((u for u in an.units if u.start == nxt.start), None)
            if opening is not None and _HOSTS_AFTER.match(an.sh, opening.end, nxt.end):
                host = opening
        if undated is not None:
            # a heading ("Cụm thi đua số 3: tổng kết tại Ninh Bình") told it first; the dated sentence completes it
            if day is None:
                continue
            first = out[undated].fact
            fact = _fact(cluster, day, location or first["location"], host or first["host"], reviews_year, ctype)
            out[undated] = Candidate(fact, sent.start, sent.end, "conference.other")
            continue
        fact = _fact(cluster, day, location, host, reviews_year, ctype)
        seen.append((cluster, ctype))
        if earlier_review:
            seen.append((cluster, ctype, reviews_year))
        out.append(Candidate(fact, sent.start, sent.end, "conference.other"))
    return out


def joint_conferences(ctx: Context, told: list[Candidate]) -> list[Candidate]:
    """'Hội nghị liên Cụm tổng kết ... của Cụm thi đua số III và Cụm thi đua số IV': one meeting of two
    clusters, a conference fact for each (same day, place and host)."""
    an = ctx.an
    out: list[Candidate] = []
    have = {(repr(c.fact["cluster"]), c.fact["type"]) for c in told}
    for conf in told:
        sent = an.sentence_at(conf.start)
        for c in ctx.clusters.mentions:
            if not (sent.start <= c.start < sent.end) or repr(ctx.clusters.ref_of(c)) != repr(conf.fact["cluster"]):
                continue
            j = _JOINED_CLUSTER.match(an.sh, c.end, sent.end)
            if j is None:
                continue
            raw = j.group(1)
            other = ctx.clusters.ref(int(raw) if raw.isdigit() else roman_to_int(raw.upper()))
            key = (repr(other), conf.fact["type"])
            if other is None or key in have or other.get("authority") != conf.fact["cluster"].get("authority"):
                continue
            have.add(key)
            out.append(Candidate({**conf.fact, "cluster": other}, conf.start, conf.end, "conference.joint"))
        # "Trong năm, Cụm đã phối hợp với Cụm thi đua số 6 tổ chức hội nghị sơ kết liên cụm": the page's own too
        partner = [c for c in ctx.clusters.mentions if sent.start <= c.start < sent.end]
        if (
            len(partner) == 1
            and _WITH_PARTNER.search(an.sh, max(sent.start, partner[0].start - 30), partner[0].start)
            and ctx.clusters.main_number not in (None, partner[0].number)
        ):
            own = ctx.clusters.ref(ctx.clusters.main_number)
            key = (repr(own), conf.fact["type"])
            if own is not None and key not in have:
                have.add(key)
                out.append(Candidate({**conf.fact, "cluster": own}, conf.start, conf.end, "conference.joint"))
        # "Trước đó, vào tháng 7/2021, hai Cụm đã tổ chức sơ kết ...": in a page about two clusters, both
        if _BOTH_CLUSTERS.search(an.sh, sent.start, sent.end):
            refs = {repr(r): r for c in ctx.clusters.mentions if (r := ctx.clusters.ref_of(c)) is not None}
            if len(refs) == 2:
                kinds = {(repr(c.fact["cluster"]), c.fact["type"]) for c in [*told, *out]}
                for key, other in refs.items():
                    if (key, conf.fact["type"]) not in kinds:
                        out.append(Candidate({**conf.fact, "cluster": other}, conf.start, conf.end, "conference.joint"))
    return out


_WITH_PARTNER = re.compile(r"(?<![a-z])(?:cum|khoi)\s+(?:da\s+)?(?:phoi\s+hop|cung)\s+voi\s+$")
_BOTH_CLUSTERS = re.compile(
    r"(?<![a-z])(?:ca\s+)?hai\s+(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:da\s+|cung\s+|deu\s+)*(?:to\s+chuc|so\s+ket|tong\s+ket)"
)


# "Cụm thi đua số III và (Cụm thi đua) số IV"
_JOINED_CLUSTER = re.compile(
    r"\s*(?:,|va)\s*(?:(?:cum|khoi)(?:\s+thi\s+dua)?\s+)?(?:so\s+)?(\d{1,2}|[ivx]{1,5})(?![a-z0-9])"
)


_REVIEW_OF_YEAR = re.compile(r"(?<![a-z])tai\s+hoi\s+nghi\s+(?:tong|so)\s+ket\s+nam\s+\d{4}\s+(?:duoc\s+)?to\s+chuc")
_HOST_NEXT = re.compile(r"\s*(?:hoi\s+nghi|buoi\s+le)\s+(?:duoc\s+)?do\s")
_BARE_CLUSTER_EVENT = re.compile(
    r"(?<![a-z])(?:cum|khoi)\s*,?\s+(?:da\s+|vua\s+|cung\s+|duoc\s+)*(?:to\s+chuc|so\s+ket|tong\s+ket)(?![a-z])"
    # "X đăng cai hội nghị tổng kết phong trào thi đua năm 2023 của Cụm.": the page's cluster, named last
    r"|(?<![a-z])hoi\s+nghi\s+(?:tong|so)\s+ket[^.;:()]{0,70}?\s+cua\s+(?:cum|khoi)(?:\s+thi\s+dua)?\s*(?:[.;,]|$"
    # ("... năm 2018 của Cụm diễn ra tại Công an tỉnh Lạng Sơn")
    r"|(?=\s(?:da\s+)?(?:dien\s+ra|duoc\s+to\s+chuc)(?![a-z])))"
)
_PLURAL_MEETINGS = re.compile(r"(?:(?<![a-z])(?:cac|nhung)|(?<![\d/.])\d{1,2})\s+(?:hoi\s+nghi|cum|khoi)(?![a-z])")
_SEVERAL_SYSTEMS = re.compile(
    r"(?<![a-z])(?:cua|giua|o)\s+(?:hai|ba|bon|[2-9])\s+(?:he\s+thong|nganh|khoi\s+nganh)(?![a-z])"
    r"|(?<![a-z])lan\s+luot\s+(?:to\s+chuc\s+)?(?:hoi\s+nghi\s+)?tong\s+ket(?![a-z])"
)
_ACTIVITIES = re.compile(r"(?<![a-z])cac\s+(?:hoat\s+dong|dot|buoi|hoi\s+nghi)\s(?:[a-z]+[ ,]+){0,8}?(?:so|tong)\s+ket")
_MEETING_WORD = re.compile(r"(?<![a-z])hoi\s+nghi(?![a-z])")
_NAMED_BLOC = re.compile(r"(?<![a-z])(?:cum|khoi)\s+thi\s+dua\s+(?:cac|cua\s+cac|khu\s+vuc|nganh)\s")
# "Hội nghị (được Bộ Chỉ huy BĐBP tỉnh X) tổ chức ngày ..." right after the sentence naming the review
_MEETING_NEXT = re.compile(
    r"\s*(?:hoi\s+nghi|buoi\s+le)\s+(?:nay\s+)?(?:duoc\s+(?:[^.;]{0,60}?\s)?)?(?:dien\s+ra|to\s+chuc)(?![a-z])"
)


# ("1. Thời gian: ...", or a bullet: "- Thời gian: 8 giờ 00, ngày 16 tháng 01 năm 2013.")
_TIME_FIELD = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•*][ \t]*)?thoi\s+gian\s*:")
_TIME_HEADING = re.compile(r"[ \t]*(?:[ivx]{1,4}|\d{1,2})[.)][ \t]*thoi\s+gian(?:\s*,\s*dia\s+diem)?[ \t]*")
_PLACE_FIELD = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•*][ \t]*)?dia\s+diem\s*:")
_HOST_FIELD = re.compile(r"[ \t]*(?:\d{1,2}[.)][ \t]*|[-+•*][ \t]*)?don\s+vi\s+(?:dang\s+cai|to\s+chuc)\s*:\s*")


def _minutes_fields(ctx: Context):  # type: ignore[no-untyped-def]
    """A meeting's minutes: (the heading naming the review, the "Thời gian:" field with its date, the "Địa điểm:"
    field or None), when a dated time field follows a heading that names a cluster's review within a few lines."""
    an = ctx.an
    for i, t in enumerate(an.sentences):
        if _TIME_HEADING.fullmatch(an.sh, t.start, len(an.sh[: t.end].rstrip())) and i + 1 < len(an.sentences):
            # "I. Thời gian, địa điểm" + "Vào lúc 8 giờ 00 phút, ngày 19 tháng 12 năm 2013, tại Hội trường ...": the
            # heading's next sentence is the field, and names the place too
            nxt = an.sentences[i + 1]
            # (a date without its year too, under that heading: "Vào hồi 08 giờ 00 ngày 26/12, tại Hội trường ...")
            some_date = any(nxt.start <= d.start < nxt.end for d in an.dates)
            if (_dated(an, nxt) or some_date) and re.search(r"(?<![a-z])tai\s", an.sh[nxt.start : nxt.end]):
                heads = [
                    h
                    for h in an.sentences[max(0, i - 4) : i]
                    if _TRIGGER.search(an.sh, h.start, h.end) and not _PLANNED.search(an.sh, h.start, h.end)
                ]
                # (the cluster named in the heading or in the document's header block above it: "CỤM THI ĐUA SỐ 4")
                if heads and any(
                    min(heads[0].start, max(0, t.start - 600)) <= c.start < t.start for c in ctx.clusters.mentions
                ):
                    return heads[-1], nxt, nxt
            continue
        if not _TIME_FIELD.match(an.sh, t.start) or not _dated(an, t):
            continue
        heads = [
            h
            for h in an.sentences[max(0, i - 4) : i]
            if _TRIGGER.search(an.sh, h.start, h.end)
            and not _PLANNED.search(an.sh, h.start, h.end)
            and any(h.start <= c.start < h.end for c in ctx.clusters.mentions)
        ]
        if not heads:
            return None
        place = next((p for p in an.sentences[i + 1 : i + 3] if _PLACE_FIELD.match(an.sh, p.start)), None)
        return heads[-1], t, place
    return None


def _field_venue(ctx: Context, field) -> str | None:  # type: ignore[no-untyped-def]
    """The province of a minutes' "Địa điểm:" field: of the one unit it names, else of its one province."""
    an = ctx.an
    units = [u for u in an.units if field.start <= u.start < field.end]
    if len({u.province for u in units}) == 1:
        return units[0].province
    provs = {p.value for p in an.provinces if field.start <= p.start < field.end and not _is_city_name(an, p)}
    return provs.pop() if len(provs) == 1 else None


def _dated(an, s) -> bool:  # type: ignore[no-untyped-def]
    """The sentence carries the meeting's date (not a document's: "Kế hoạch số 45/KH-BHXH ngày 05/01/2024")."""
    return any(
        s.start <= d.start < s.end and (d.lead or d.year) and not _DOC_DATE.search(an.sh, max(0, d.start - 40), d.start)
        for d in an.dates
    )


# "Kế hoạch số 45/KH-BTTTT ngày ...": a document's number (letters after the slash; not a page stamp "11/12/2023")
_DOC_DATE = re.compile(r"\d+\s*/\s*(?=[a-z0-9&-]*[a-z])[a-z0-9&-]+[ \t]+(?:ngay\s*)?$")


_PAREN = re.compile(r"\(\s*$")
# "Hội nghị diễn ra tại ...", "Hội nghị do LĐLĐ tỉnh X tổ chức tại ..."
_VENUE_NEXT = re.compile(
    r"\s*(?:hoi\s+nghi|buoi\s+le|su\s+kien)\s+(?:(?:duoc\s+)?(?:dien\s+ra|to\s+chuc)|do\s+[^.;]{3,80}?\s+to\s+chuc|"
    # "Hội nghị do X đăng cai, diễn ra tại hội trường cơ quan Y"
    r"do\s+[^.;]{3,80}?\s+dang\s+cai\s*,?\s*(?:(?:duoc\s+)?(?:dien\s+ra|to\s+chuc))?)\s+tai\s"
)


def _places_at(seg: str) -> bool:
    """The sentence names a place with 'tại' (not 'tại hội nghị', the event itself)."""
    return any(not _AT_EVENT.match(seg, m.end()) for m in _AT.finditer(seg))


_MONTH = re.compile(
    r"(?<![a-z0-9])(?:(?:cuoi|dau|giua)\s+)?thang\s+(\d{1,2})(?:\s*(?:,\s*)?nam\s+((?:19|20)\d\d)|\s*/\s*((?:19|20)\d\d))?(?![\d/-])"
)


def _local_stamp(an, d, s0: int) -> str | None:  # type: ignore[no-untyped-def]
    """A full date just before an undated one in its sentence (a search excerpt's own stamp), or alone on the
    line above its paragraph (a tag page's item: "12/07/2019 16:40" then "Sáng 12/7, ...")."""
    full = [e for e in an.dates if s0 <= e.start < d.start and e.year and d.start - e.end < 40]
    if full:
        return full[-1].iso()
    line_start = an.sh.rfind("\n", 0, s0)
    while line_start > 0 and not an.sh[an.sh.rfind("\n", 0, line_start) + 1 : line_start].strip():
        line_start = an.sh.rfind("\n", 0, line_start)  # (blank lines between)
    if line_start <= 0:
        return None
    above = an.sh.rfind("\n", 0, line_start) + 1
    if _STAMP_LINE.fullmatch(an.sh, above, line_start):
        stamp = [e for e in an.dates if above <= e.start < line_start and e.year]
        return stamp[0].iso() if stamp else None
    return None


def _item_stamp(an, sent) -> str | None:  # type: ignore[no-untyped-def]
    """The date of a tag page's item: a stamp line inside the sentence (its heading ran into it) or above it."""
    inside = [d for d in an.dates if sent.start <= d.start < sent.end and d.year and _on_stamp_line(an, d)]
    if inside:
        return inside[0].iso()
    return _local_stamp(an, DateMention(sent.start, sent.start, 1, 1, None, False), sent.start)


def _on_stamp_line(an, d) -> bool:  # type: ignore[no-untyped-def]
    a = an.sh.rfind("\n", 0, d.start) + 1
    b = an.sh.find("\n", d.end)
    return bool(_STAMP_LINE.fullmatch(an.sh, a, len(an.sh) if b < 0 else b))


_STAMP_LINE = re.compile(r"\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d(?:\s*[-|,]?\s*\d{1,2}:\d{2})?\s*")


def _next_told(an, sent, n: int) -> list:  # type: ignore[no-untyped-def]
    """The ``n`` sentences after ``sent``, a photo's caption between them skipped ("... năm 2021. Ảnh: Đ.T")."""
    out = []
    for t in an.sentences:
        if t.start < sent.end:
            continue
        line = an.sh[an.sh.rfind("\n", 0, t.start) + 1 : t.end]
        if _CAPTION_LINE.search(line):
            continue
        out.append(t)
        if len(out) == n:
            break
    return out


_CAPTION_LINE = re.compile(r"(?<![a-z])anh\s*:\s*[^\n]{0,40}$|^\s*anh\s*:")
_HOSTED_AT = re.compile(r"\s*hoi\s+nghi\s+(?:duoc\s+)?do\s[^.;]{0,120}?\s(?:to\s+chuc|dang\s+cai)\s+tai\s")


def _month_date(ctx: Context, start: int, end: int, reviews_year: int | None, mid_year: bool = False) -> str | None:
    """'Cuối tháng 12, ...' -> a month-level date YYYY-MM (the year as for a day without one; a mid-year
    review held in the middle months is in the year it reviews)."""

    m = _MONTH.search(ctx.an.sh, start, end)
    if not m or not 1 <= int(m.group(1)) <= 12:
        return None
    month = int(m.group(1))
    year = int(m.group(2) or m.group(3)) if (m.group(2) or m.group(3)) else None
    if year is None:
        year = resolve_year(DateMention(m.start(), m.end(), 1, month, None, True), ctx.an.published, reviews_year)
    if year is None and mid_year:
        year = _mid_year_year(ctx.an, month, reviews_year)
    return f"{year:04d}-{month:02d}" if year else None


def _mid_year_year(an, month: int, reviews_year: int | None) -> int | None:  # type: ignore[no-untyped-def]
    """A mid-year review held in a middle month, without its year, is in the year it reviews (not after the page)."""
    if reviews_year is None or not 5 <= month <= 9:
        return None
    if an.published and f"{reviews_year:04d}-{month:02d}" > an.published[:7]:
        return None
    return reviews_year


def _reviewed_year(an, start: int, end: int) -> tuple[int | None, bool]:  # type: ignore[no-untyped-def]
    seg = an.sh[start:end]
    t = _TRIGGER.search(seg)
    if not t:
        return None, False
    for y in an.years:
        if start + t.end() <= y.start < end and y.start - (start + t.end()) < 160:
            before = an.sh[max(start, y.start - 30) : y.start]
            if _NOT_REVIEWED.search(before):
                break  # "... chuyển giao vai trò Cụm trưởng năm 2024", "triển khai nhiệm vụ năm 2024": the next year
            return (None, True) if y.school else (y.year, False)
    # "đã tổ chức tổng kết cụm hồi tháng 12/2024": a year-end review held late in the year reviews that year
    late = _LATE_MONTH.match(seg, t.end())
    if late and not _MID_YEAR.search(seg):
        return int(late.group(1)), False
    return None, False


_LATE_MONTH = re.compile(r"[^.;:]{0,40}?(?<![a-z])thang\s+1[0-2]\s*/\s*((?:19|20)\d\d)(?!\d)")


_NOT_REVIEWED = re.compile(
    r"(?:truong|pho|nhiem\s+vu|phuong\s+huong|ke\s+hoach|trien\s+khai|giao\s+uoc(?:\s+thi\s+dua)?)\s*(?:cum\s+thi\s+dua\s+\S+\s*)?$"
)


# "tại" (at), not the "tài" of "Sở Tài chính" / "Tài nguyên" (the shadow drops the tone)
_AT_THE_MEETING = re.compile(r"tai\s+(?:hoi\s+nghi|buoi\s+le|le|day|cum|khoi)(?![a-z])")  # (not a place)
_AT = re.compile(
    r"(?<![a-z])tai\s+(?!chinh|nguyen|lieu|tro|san|nang|khoan|xe)|(?<![a-z])o\s+(?=(?:tinh|thanh\s+pho|tp)\s)"
)


# ("tại hội nghị", "tại buổi lễ", "Tại Cụm thi đua số 1, X tổ chức ...": no place follows)
_AT_EVENT = re.compile(r"(?:hoi\s+nghi|buoi|le|cuoc|dip|day|do|cum|khoi)(?![a-z])")


# "tại Hội trường Tỉnh ủy Gia Lai", "tại trụ sở UBND tỉnh X": the seat of the province's own bodies
_PROVINCE_SEAT = re.compile(
    r"(?<![a-z])(?:tinh\s+uy|thanh\s+uy|ubnd(?:\s+(?:tinh|thanh\s+pho|tp))?|"
    r"uy\s+ban\s+nhan\s+dan\s+(?:tinh|thanh\s+pho)|hdnd(?:\s+tinh)?)\s*$"
)


# "(Quang cảnh) Hội nghị tổng kết ... tại tỉnh X": the meeting, then where (not "VKSND cấp cao tại Đà Nẵng", a
# national unit among the guests)
_MEETING_AT = re.compile(
    r"(?<![a-z])hoi\s+nghi\s+(?:tong|so)\s+ket(?:(?!tham\s+du|dai\s+dien)[^.;:()]){0,80}?\stai\s(?!hoi\s+nghi)"
)


def _restated_venue(ctx: Context, sent, ctype: str) -> str | None:  # type: ignore[no-untyped-def]
    """The one province other sentences give the meeting ("Hội nghị ... tại tỉnh X"): sentences of the same kind
    of review, with no date, no other cluster, no plan and no year but the reviewed one."""
    an = ctx.an
    number = ctx.clusters.number_at(an, sent.start)
    found = set()
    for t in an.sentences:
        if t.start == sent.start or not _MEETING_AT.search(an.sh, t.start, t.end):
            continue
        seg = an.sh[t.start : t.end]
        if _PLANNED.search(seg) or (ctype == "year_end") != (_MID_YEAR.search(seg) is None):
            continue
        if any(t.start <= d.start < t.end for d in an.dates):
            continue
        if any(t.start <= c.start < t.end and c.number != number for c in ctx.clusters.mentions):
            continue
        if any(t.start <= y.start < t.end and y.year != ctx.reviews_year for y in an.years):
            continue
        v = _venue(ctx, t.start, t.end)
        if v is not None:
            found.add(v)
    return found.pop() if len(found) == 1 else None


def _venue(ctx: Context, start: int, end: int) -> str | None:
    """The province of the first ``tại ...`` phrase of the conference sentence, if it names one.

    ``tại tỉnh X`` / ``tại TP X`` / ``tại X``; an agency's seat (``tại Công an tỉnh X``,
    ``tại Hội trường Sở TTTT X``); a province after a local place (``phường ... (tỉnh X)``,
    ``thị xã ..., tỉnh X``). A city, district or hall alone gives nothing.
    """
    an = ctx.an
    # "tại ...", or "ở tỉnh/thành phố X"
    # (not "tại hội nghị ..., diễn ra ngày 5/12 tại tỉnh X": the event, then its place)
    m = next((m for m in _AT.finditer(an.sh, start, end) if not _AT_EVENT.match(an.sh, m.end())), None)
    if not m:
        return None
    a = m.end()
    # (not the dot of "TP."; and the place ends where the clause's verb starts: "tại thành phố Vinh đã suy tôn X")
    stop = re.search(
        # ("... tại tỉnh Lào Cai cũng đã bầu Sở TT&TT tỉnh Yên Bái làm Cụm trưởng")
        r"(?<!tp)[,;.]|\s(?:cum|khoi)\s+thi\s+dua|\sto\s+chuc|"
        r"\s(?:cung\s+)?(?:da\s+)?(?:de\s+nghi|suy\s+ton|thong\s+nhat|binh\s+xet|binh\s+bau|bau)\s",
        an.sh[a:end],
    )
    b = a + stop.start() if stop else end
    # an agency's seat
    for u in an.units:
        if a <= u.start < b:
            return u.province
    provs = [p for p in an.provinces if a <= p.start < b]
    for p in provs:
        before = an.sh[a : p.start]
        # ("tỉnh X", "TP X", or a name read with its own "thành phố": "Trung tâm Văn hoá thành phố Huế" in 2025)
        named = p.start == a or re.search(r"(?<![a-z])(?:tinh|thanh\s+pho|tp\.?)\s*$", before)
        named = named or re.match(r"(?:thanh\s+pho|tp)(?![a-z])", an.sh[p.start : p.end])
        if named or _PROVINCE_SEAT.search(before):
            if not _is_city_name(an, p):
                return p.value
    # "(tỉnh X)" or "(X)" right after the local place name
    par = re.match(r"[^()]{0,40}?\(\s*(?:(?:tinh|thanh\s+pho|tp\.?)\s*)?", an.sh[a : min(end, b + 40)])
    if par:
        for p in an.provinces:
            if p.start == a + par.end():
                return p.value
    # "thị xã ..., tỉnh X", "Khách sạn Mường Thanh, thành phố Phủ Lý, tỉnh Hà Nam"
    m2 = _PLACE_TAIL.match(an.sh, b, end)
    if m2:
        for p in an.provinces:
            # (or a name read with its own "Thành phố": "phường Vũng Tàu, Thành phố Hồ Chí Minh" in 2025)
            if p.start == m2.end() or (b < p.start < m2.end() < p.end):
                return p.value
    return None


_PLACE_TAIL = re.compile(
    r"(?:\s*,\s*(?:thanh\s+pho|tp\.?|thi\s+xa|huyen|quan|phuong|xa)\s[^,;.()]{1,30}?)?\s*,\s*(?:tinh|thanh\s+pho|tp\.?)\s*"
    # "Khu du lịch ..., huyện Dầu Tiếng (Bình Dương)": the province in brackets after the district
    r"|\s*,\s*(?:thanh\s+pho|tp\.?|thi\s+xa|huyen|quan|phuong|xa)\s[^,;.()]{1,30}?\s*\(\s*(?:(?:tinh|thanh\s+pho|tp\.?)\s*)?"
)


def _is_city_name(an, p) -> bool:  # type: ignore[no-untyped-def]
    """'TP Cần Thơ' is a province; after 'phường'/'huyện'/'thị xã' a province name is a local name, and so is
    'TP. Vũng Tàu': a city named by part of its province's name ('Bà Rịa - Vũng Tàu', a tỉnh)."""
    before = an.sh[max(0, p.start - 12) : p.start]
    if re.search(r"(?:phuong|xa|huyen|thi\s+xa|quan)\s+$", before):
        return True
    if not re.search(r"(?<![a-z])(?:thanh\s+pho|tp)\.?\s*$", before) or shadow(p.value) == an.sh[p.start : p.end]:
        return False
    versions = [v for v in an.lex.provinces.get(p.value, ()) if v.name == p.value]
    return bool(versions) and all(v.unit_type == "tỉnh" for v in versions)


def _host(ctx: Context, start: int, end: int, local: bool = False, skip_other: bool = False) -> object | None:
    an = ctx.an
    # "X đăng cai" anywhere in the article (only in the sentence for a second meeting)
    for u in an.units if not local else [u for u in an.units if start <= u.start < end]:
        if skip_other and _other_meeting(ctx, an.sentence_at(u.start), start):
            continue
        if after_tai(an, u.start):
            continue
        if re.match(r"^\s*(?:da\s+)?(?:la\s+)?(?:don\s+vi\s+)?dang\s+cai", an.sh[u.end : u.end + 30]):
            return u
        # "X, Cụm trưởng năm 2021, là đơn vị đăng cai"
        later = _HOSTS_AFTER.search(an.sh, u.end, min(len(an.sh), u.end + 100))
        if later and "," in an.sh[u.end : later.start()] and _appositive(ctx, u.end, later.start()):
            return u
    seg_units = [u for u in an.units if start <= u.start < end and not after_tai(an, u.start)]
    # "Thay mặt đơn vị đăng cai, ông A., Giám đốc Sở ... X, phát biểu"
    host_word = re.search(r"(?<![a-z])don\s+vi\s+dang\s+cai\s*,", an.sh[start:end])
    if host_word:
        after = [u for u in seg_units if u.start > start + host_word.end() and u.start - (start + host_word.end()) < 90]
        if after:
            return after[0]
    # "do X (, Cụm trưởng ...) tổ chức"
    for u in seg_units:
        if re.search(r"(?<![a-z])do\s+$", an.sh[max(start, u.start - 4) : u.start]):
            tail = an.sh[u.end : end]
            m = _HOST_VERB.search(tail)
            if m and _appositive(ctx, u.end, u.end + m.start()):
                return u
    for m in _HOST_VERB.finditer(an.sh, start, end):
        before = [u for u in seg_units if u.end <= m.start()]
        if not before:
            continue
        u = before[-1]
        # "Sở KH&CN tỉnh X (đơn vị tiếp nhận ... của Sở TT&TT tỉnh X từ ngày 01/3/2025) tổ chức": the unit the
        # brackets follow, not one inside them
        aside = _ASIDE_BEFORE_VERB.search(an.sh, max(start, m.start() - 200), m.start())
        if aside is not None and aside.start() < u.start:
            outer = [v for v in before if v.end <= aside.start()]
            if outer and outer[-1].explicit_agency and not an.sh[outer[-1].end : aside.start()].strip():
                return outer[-1]
        if not u.explicit_agency:
            continue  # "Cụm thi đua số 2 gồm Công an 6 tỉnh: A, ..., F tổ chức": F ends a list, the Cụm acts
        if _appositive(ctx, u.end, m.start()):
            return u
    return None


_ASIDE_BEFORE_VERB = re.compile(r"\s*\([^()]{1,160}\)\s*(?:da\s+|vua\s+)?$")


def _other_meeting(ctx: Context, sent, main_start: int) -> bool:  # type: ignore[no-untyped-def]
    """A sentence that reports another meeting: a mid-year review, another cluster, another day."""
    an = ctx.an
    if sent.start == main_start:
        return False
    seg = an.sh[sent.start : sent.end]
    main_number = ctx.clusters.number_at(an, main_start)
    if any(sent.start <= c.start < sent.end and c.number != main_number for c in ctx.clusters.mentions):
        return True
    return bool(_MID_YEAR.search(seg)) or any(sent.start <= d.start < sent.end for d in an.dates)


def _appositive(ctx: Context, a: int, b: int) -> bool:
    """Only an apposition (role, cluster, year, authority, 'đã', 'đơn vị') between a unit and a verb."""
    an = ctx.an
    if b - a > 160:
        return False
    gap = mask(an.sh, a, b, [*an.roles, *an.authorities, *an.years, *an.agencies])
    if re.search(r"[;.]", gap) or gap.count(")") > gap.count("("):
        return False  # (a unit inside a parenthesis, "Cụm số 6 (... Lâm Đồng) tổ chức", is not the subject)
    if any(a <= c.start < b for c in ctx.clusters.mentions) and not any(a <= r.start < b for r in an.roles):
        return False
    # ("X, Cụm trưởng ... của ngành Thuế, đã tổ chức")
    gap = re.sub(r"(?<![a-z])(?:cua\s+)?nganh(?:\s+[a-z]+)?(?![a-z])", " ", gap)
    # ("X đã chủ động phối hợp với đơn vị sở tại tổ chức hội nghị": X organises it, with the local unit's help)
    gap = _WITH_THE_LOCAL_UNIT.sub(" ", gap)
    return all(
        w in _APPOSITION_WORDS or w.isdigit() or re.fullmatch(r"[ivx]+", w) for w in re.findall(r"[a-z0-9]+", gap)
    )


_WITH_THE_LOCAL_UNIT = re.compile(
    r"(?<![a-z])(?:chu\s+dong\s+)?phoi\s+hop\s+voi\s+(?:don\s+vi\s+)?(?:so\s+tai|dia\s+phuong)\s*$"
)
_HOST_HEADER = re.compile(r"(?<![a-z])(?:dang\s+cai|don\s+vi\s+to\s+chuc)(?![a-z])")


def table_hosts(ctx: Context) -> dict[str, object]:
    """Hosts given only in a digest's table: a header cell 'Đơn vị đăng cai (hội nghị)' and one row per
    cluster ('| Cụm số 2 - Bộ GD&ĐT | Sở GD&ĐT Thái Nguyên | 15/12 | ...'). Keyed by repr(cluster)."""
    an = ctx.an
    out: dict[str, object] = {}
    column = None
    pos = 0
    for line in an.text[: an.end].split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if an.sh.count("|", a, b) < 2:
            if line.strip():
                column = None
            continue
        cells = [(c0, c1) for c0, c1 in table_cells(an.sh, a, b)]
        if column is None:
            heads = [i for i, (c0, c1) in enumerate(cells) if _HOST_HEADER.search(an.sh, c0, c1)]
            column = (heads[0], len(cells)) if len(heads) == 1 else None
            continue
        if len(cells) != column[1]:
            continue
        named = [c for c in ctx.clusters.mentions if a <= c.start < b]
        c0, c1 = cells[column[0]]
        units = [u for u in an.units if c0 <= u.start < c1]
        if len(named) == 1 and len(units) == 1:
            cluster = ctx.clusters.ref_of(named[0])
            if cluster is not None:
                out[repr(cluster)] = units[0]
    return out


_DATE_HEADER = re.compile(
    r"\s*(?:thoi\s+gian|ngay(?:\s+to\s+chuc|\s+hop)?|thoi\s+diem"
    # "Hội nghị tổng kết (ngày, nơi tổ chức)": one column for both
    r"|hoi\s+nghi(?:\s+tong\s+ket)?\s*\(\s*(?:ngay|thoi\s+gian)\s*(?:[,;/-]|va)\s*(?:noi\s+to\s+chuc|dia\s+diem)\s*\))\s*$"
)
_VENUE_HEADER = re.compile(
    r"\s*(?:dia\s+diem|noi\s+to\s+chuc)(?:\s+to\s+chuc)?\s*$"
    r"|\s*hoi\s+nghi(?:\s+tong\s+ket)?\s*\(\s*(?:ngay|thoi\s+gian)\s*(?:[,;/-]|va)\s*(?:noi\s+to\s+chuc|dia\s+diem)\s*\)\s*$"
)


def table_conferences(ctx: Context) -> list[Candidate]:
    """A digest's table of meetings, one row per cluster, with a date column and maybe a venue and a
    host column (``| Cụm | Thời gian | Địa điểm | Đơn vị đăng cai |`` then ``| Cụm 1 | 13/12 | tỉnh
    Tuyên Quang | KBNN Tuyên Quang |``). A row whose date is planned ("Dự kiến ...") or missing gives
    no meeting; a venue is read only when the cell names one province (not "Trực tuyến")."""
    an = ctx.an
    out: list[Candidate] = []
    lines = line_spans(an.text[: an.end])
    columns: dict[str, int] | None = None
    width, t0 = 0, 0
    for a, b in lines:
        if an.sh.count("|", a, b) < 2:
            if an.sh[a:b].strip():
                columns = None
            continue
        cells = table_cells(an.sh, a, b)
        heads = {
            "date": [i for i, (c0, c1) in enumerate(cells) if _DATE_HEADER.match(an.sh, c0, c1)],
            "venue": [i for i, (c0, c1) in enumerate(cells) if _VENUE_HEADER.match(an.sh, c0, c1)],
            "host": [i for i, (c0, c1) in enumerate(cells) if _HOST_HEADER.search(an.sh, c0, c1)],
        }
        if len(heads["date"]) == 1:
            columns = {k: v[0] for k, v in heads.items() if len(v) == 1}
            width, t0 = len(cells), a
            continue
        if columns is None or len(cells) != width:
            continue
        named = [c for c in ctx.clusters.mentions if a <= c.start < b]
        c0, c1 = cells[columns["date"]]
        dates = [d for d in an.dates if c0 <= d.start < c1]
        if len(named) != 1 or len(dates) != 1 or _PLANNED.search(an.sh, c0, c1):
            continue
        cluster = ctx.clusters.ref_of(named[0])
        if cluster is None:
            continue
        before = [s for s in an.sentences if s.end <= t0][-2:]
        caption = (before[0].start if before else t0, t0)
        ctype = "mid_year" if _MID_YEAR.search(an.sh, *caption) else "year_end"
        reviews_year = _reviewed_year(an, *caption)[0] or ctx.reviews_year
        if reviews_year is None and an.sentences:
            reviews_year = _reviewed_year(an, an.sentences[0].start, an.sentences[0].end)[0]
        year = resolve_year(dates[0], an.published, reviews_year)
        day = dates[0].iso(year) if year is not None else None
        if day is None:
            continue
        location = None
        if "venue" in columns:
            v0, v1 = cells[columns["venue"]]
            provs = [p for p in an.provinces if v0 <= p.start < v1 and not _is_city_name(an, p)]
            units = [u for u in an.units if v0 <= u.start < v1]
            if len({p.value for p in provs}) == 1 and not _online(an.sh[v0:v1]):
                location = provs[0].value
            elif len(units) == 1:
                location = units[0].province
        host = None
        if "host" in columns:
            h0, h1 = cells[columns["host"]]
            units = [u for u in an.units if h0 <= u.start < h1]
            host = units[0] if len(units) == 1 else None
        fact = _fact(cluster, day, location, host, reviews_year, ctype)
        out.append(Candidate(fact, a, b, "conference.table"))
    return out
