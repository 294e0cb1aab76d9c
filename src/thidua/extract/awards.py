"""Award facts: flag or certificate, grantor, recipient, performance year, proposed or conferred.

Proposal: ``đề nghị / đề xuất / trình <grantor> (xét) tặng <award> cho X``, ``bỏ phiếu bầu ra
... đề nghị ... gồm: X, Y``, ``X được đề nghị tặng ...``. Conferral: ``X vinh dự đón nhận``,
``X được <grantor> (trao) tặng``, ``trao tặng ... cho X``, ``Quyết định số ... tặng``. The nearest
cue before the award decides. A grantor elided in a coordinated sentence (``..., tặng Bằng khen
cho Y``) is the previous one; ``Bộ trưởng`` / ``Cờ thi đua của Bộ`` without a name is the
cluster's authority. The performance year: ``vì/do thành tích ... năm N`` or ``kết quả ... năm
N`` first, then the year attached to the award; a proposal voted at a review is for the reviewed
year; a conferral with no year stays null. Ranking (``dẫn đầu``) is not an award.
"""

from __future__ import annotations

import bisect
import re

from thidua.extract.clusters import list_header
from thidua.extract.common import (
    Candidate,
    Context,
    label,
    lede_year,
    line_spans,
    mask,
    member,
    next_line,
    own_sector_cluster,
    table_cells,
    trim_span,
)
from thidua.extract.dates import DateMention
from thidua.extract.entities import Mention, Unit
from thidua.extract.lexicon import WordStart, lexicon, orders, shadow

_PROPOSE = re.compile(
    # ("chương trình", "quá trình", "công trình", "trình độ" are not "trình", submit)
    r"(?<![a-z])(?:de\s+nghi|de\s+xuat|(?<!chuong\s)(?<!qua\s)(?<!cong\s)trinh(?!\s+do(?![a-z]))|kien\s+nghi|bo\s+phieu|"
    r"binh\s+chon|suy\s+ton|binh\s+xet)(?![a-z])"
)
# ("phong trào", the emulation movement, folds to "phong trao": not a hand-over)
_CONFER = re.compile(
    r"(?<![a-z])(?:don\s+nhan|nhan|duoc\s+trao|duoc\s+tang|(?<!phong\s)trao\s+tang|(?<!phong\s)trao|tang\s+thuong|"
    r"quyet\s+dinh\s+so|"
    r"duoc(?:\s+[a-z]+){1,8}?\s+tang|gianh)(?![a-z])"  # ("X giành Cờ thi đua": won it)
)
_VOTED_TO = re.compile(r"(?<![a-z])(?:suy\s+ton|binh\s+chon|binh\s+bau|bo\s+phieu)(?![a-z])")
_WEAK_CONFER = re.compile(r"(?<![a-z])(?:tang|trao\s+tang|xet\s+tang|khen\s+thuong)(?![a-z])")
_HEADER = re.compile(r"(?<![a-z])(?:hai|ba|\d|cac|nhung)\s+$")
_COMPLEMENT = re.compile(
    r"^\s*(?:[^.;]{0,60}?)cho\s+(?:tat\s+ca\s+)?cac\s+(?:don\s+vi|so|dai|tinh|cuc|hoi|ldld|bhxh|kbnn|vksnd|tand)"
    r"(?:\s+[a-z&]+){0,3}?\s+con\s+lai"
)
_GENERIC_GRANTOR = re.compile(
    r"^\s*(?:xuat\s+sac\s+)?(?:cua\s+)?(?:bo\s+truong|bo|nganh|tong\s+giam\s+doc|cuc\s+truong|tu\s+lenh|"
    # ("Bằng khen của Trung ương Hội": the union's central committee, short)
    r"vien\s+truong|chu\s+tich|tong\s+cuc\s+truong|trung\s+uong(?:\s+hoi)?)(?![a-z])"
)
_FOR_YEAR = re.compile(
    # ("cho các đơn vị xuất sắc nhất năm 2018" too)
    # ("những tập thể được tôn vinh trong phong trào thi đua năm 2018": the movement's year is the work's)
    # ("Bằng khen ... về công tác phòng, chống thiên tai năm 2025": the work of that year)
    r"(?:(?:thanh\s+tich|ket\s+qua|hoan\s+thanh|dan\s+dau|xuat\s+sac|(?<![a-z])nho\s+(?:vao\s+)?(?:viec\s+)?(?:mo\s+rong|hoan\s+thanh|thuc\s+hien|lam\s+tot|dat)|(?:ton\s+vinh\s+)?trong\s+phong\s+trao\s+thi\s+dua|xep\s+thu\s+(?:nhat|nhi|hai|ba))[^.;]{0,120}?(?<!den\s)(?<!toi\s)"
    r"|ve\s+cong\s+tac(?:\s*,?\s+(?!va\s)[a-z]+){1,10}?\s+)"  # (one phrase of work: not "... và ký kết ... năm 2026")
    r"nam\s+((?:19|20)\d\d)"
    # not one end of a span of years ("từ năm 2020 đến năm 2022", "năm 2020-2022")
    r"(?!\s*(?:-|den|toi)\s*(?:nam\s+)?\d)"
)
_FOR_SPAN = re.compile(
    r"(?:thanh\s+tich|ket\s+qua|hoan\s+thanh|dan\s+dau)[^.;]{0,120}?(?:(?:tu\s+nam\s+(?:19|20)\d\d\s+(?:den|toi)\s+(?:nam\s+)?|"
    r"(?:giai\s+doan|nam)\s+(?:19|20)\d\d\s*-\s*)(?:19|20)\d\d"
    # ("vì thành tích nhiều năm liền": several years, none named)
    r"|nhieu\s+nam\s+(?:lien(?:\s+tuc|\s+tiep)?)(?![a-z]))"
)
# Grantors outside the vocabulary (a province's people's committee, a party committee...): the
# grantor is then unknown (null), never defaulted to the cluster's authority.
_FOREIGN_GRANTOR = re.compile(
    # (not a decision's code: "Quyết định số 512/QĐ-UBND")
    r"(?<![a-z/-])(?:ubnd|uy\s+ban\s+nhan\s+dan|chu\s+tich\s+(?:ubnd|uy\s+ban\s+nhan\s+dan)|tinh\s+uy|thanh\s+uy|hdnd|hoi\s+dong\s+nhan\s+dan|"
    # ("Ban Chấp hành Tổng Liên đoàn" is the unions' own grantor, not a party committee)
    r"ban\s+thuong\s+vu|ban\s+chap\s+hanh(?!\s+(?:tong\s+lien\s+doan|tong\s+ldld|tldld))|trung\s+uong\s+doan|bo\s+chinh\s+tri|chu\s+tich\s+nuoc|nha\s+nuoc)(?![a-z])"
)
_SCHOOL_YEAR = re.compile(r"nam\s+hoc\s+\d{4}")
_RECIPIENT_LINK = re.compile(r"^\s*(?:cho|toi|den)\s+(?:\d{1,2}\s+)?")
# "Cụm thi đua số 3:", "Khối II -": the label of one item in a per-cluster list
# ("- Cụm thi đua số I (các tỉnh miền núi phía Bắc): X", a remark on the cluster in brackets)
_ITEM_LABEL = (
    r"(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s+(?:\d{1,2}|[ivx]{1,5})"
    r"(?:\s+cac\s+[^:;()\n]{1,30}?)?"  # ("- Khối thi đua số 3 các Đài PT-TH: X")
    r"\s*(?:\([^()]{0,60}\)\s*)?[:\-–]\s*"
)
# (a sub-heading between the items: "Đối với Khối thi đua các Đài PT-TH:" + "- Cụm thi đua số 2: X")
_SUB_HEADED = r"(?:doi\s+voi\s+[^:\n]{0,80}:\s*)?"
_ITEM_LABEL_AT = re.compile(r"(?:[-+•*]\s*)" + _ITEM_LABEL + r"$")
_LABELLED_SEP = re.compile(r"\s*[;,.]?\s*" + _SUB_HEADED + r"(?:[-+•*]\s*)?" + _ITEM_LABEL)
_LIST_OPEN = re.compile(r"^[^.;]{0,30}?gom\s*:?\s*")
_UNIT_SEP = re.compile(r"^\s*(?:,|va|;)?\s*(?:va\s+)?(?:[-+•*]\s*|(?<=\n)\d{1,2}[.)]\s*)?$")  # (or a numbered line)
_SUBJECT_GAP = {
    "vinh", "du", "da", "duoc", "de", "nghi", "xet", "trao", "tang", "don", "nhan", "se", "vua", "cung", "chinh",
    "thuc", "tiep", "tuc", "lan", "thu", "hai", "nam", "khen", "thuong",
    # "X là đơn vị xuất sắc nhất để đề nghị Bộ trưởng ... tặng", "X được đề nghị cấp trên khen thưởng bằng
    # hình thức Bằng khen"
    "la", "vi", "xuat", "sac", "nhat", "bo", "truong", "cap", "tren", "bang", "hinh",
    # "X được Hội nghị (thống nhất) bình chọn đề nghị ..."
    "hoi", "thong", "binh", "chon", "cum", "vien",
    "dan", "dau", "suy", "ton", "khoi",
    "cac", "trong",  # "X được các đơn vị trong Cụm suy tôn, đề nghị ..."
    "phong", "thi", "dua",  # "X là đơn vị dẫn đầu phong trào thi đua Cụm 3 năm 2023, đề nghị ..."
    "hien", "dang",  # "X hiện đang được Bộ Tài chính đề nghị Thủ tướng Chính phủ tặng ..."
    "bieu", "duong",  # "X được biểu dương vì đã vinh dự nhận Bằng khen"
    # the head of the grantor: "X vừa được Chủ tịch Tổng LĐLĐ Việt Nam tặng", "được Tổng cục trưởng ... tặng"
    "chu", "tich", "tong", "cuc", "tuong", "giam", "doc",
    "sau", "do", "truoc", "tung",  # "Đơn vị này sau đó đã được ... tặng", "X trước đó (từng) được tặng"
    "trung", "uong",  # "X được Cụm suy tôn ..., đề nghị Trung ương Hội tặng"
    "cua", "trinh",  # "X ... dẫn đầu phong trào thi đua của Cụm, đề nghị ... trình Thủ tướng tặng"
    "con",  # "Dịp này, X còn đón nhận Cờ thi đua của Chính phủ năm 2011"
    "duy",  # "X là đơn vị duy nhất được tặng Cờ thi đua"
    "dia", "phuong",  # "X là địa phương duy nhất nhận Cờ thi đua năm nay"
    "giu", "tri",  # "X tiếp tục giữ vị trí dẫn đầu và được tặng Cờ thi đua"
    "gianh",  # "X giành Cờ thi đua"
    "vuot", "len", "xep", "ke",  # "X vượt lên giành Cờ thi đua", "X và Y xếp kế tiếp và được tặng Bằng khen"
    "moi", "mot",  # "X và Y mỗi đơn vị nhận một Bằng khen"
    "thanh",  # "X ... đã được các thành viên thống nhất đề nghị ... tặng"
}  # fmt: skip
# "512/QĐ-BTTTT", and the Party and mass organisations' "118-QĐ/TWĐTN-VP"
_DECISION = re.compile(
    r"quyet\s+dinh\s+so\s+([0-9]+\s*(?:/\s*[a-z0-9đ\-]+(?:\s*-\s*[a-z0-9]+)*|-\s*qd\s*/\s*[a-z0-9đ\-]+))"
)


def extract_awards(ctx: Context) -> list[Candidate]:
    an = ctx.an
    out: list[Candidate] = []
    soft: set[int] = set()  # (candidates whose year the lead lent them)
    proposed_year: dict[int, int] = {}  # the year of a sentence's first dated proposal
    # "trao cờ thi đua luân lưu cho X": the rotating flag of the cluster head is a hand-over, not an award
    awards = sorted(
        (a for a in an.awards if a.value and not re.match(r"\s*luan\s+luu", an.sh[a.end : a.end + 12])),
        key=lambda a: a.start,
    )
    last_grantor: dict[int, str] = {}
    # the grantor named last, per status (a proposal to the Prime Minister does not name the grantor of the
    # conferrals told after it: "Riêng X đã được BHXH Việt Nam đề nghị Thủ tướng tặng Bằng khen. ... Y nhận Cờ")
    doc_grantors: dict[str, str] = {}
    header: tuple[Mention, list[Unit], str] | None = None  # "hai Cờ thi đua: Cờ ... và Cờ ..."
    given: dict[int, list[Unit]] = {}  # recipients per sentence (for "các đơn vị còn lại")
    last_conferred: tuple[int, str | None, int] | None = None  # (year, decision, paragraph) of the last conferral
    # (award, decision, sentence end, grantor) of a decision that names no one
    announced: tuple[str, str, int, str | None, int | None] | None = None
    last_decision: str | None = None  # the decision number of the last conferral (or announcement)
    last_decision_grantor: str | None = None  # and the grantor of that conferral
    # (award, grantor, recipient) -> (the year in the award's name, the year of the work it rewards)
    reread: dict[tuple, tuple[int, int]] = {}
    item_status: dict[int, str] = {}  # bullet items' status, by sentence start
    subjects: dict[int, tuple[int, list[Unit]]] = {}  # (award end, recipients) of a sentence's subject, by its start
    told_status: dict[int, str] = {}  # the status of a sentence's first award, by sentence start
    # every decision told without its recipients: (award or None, number, sentence end, grantor, year, sentence start)
    announcements: list[tuple] = []
    for a in awards:
        sent = an.sentence_at(a.start)
        nxt = min([b.start for b in awards if b.start > a.start and b.start < sent.end] + [sent.end])
        if header and header[0].end <= a.start < sent.end and an.sentence_at(header[0].start) == sent:
            status, recipients, rspan = header[2], header[1], (header[0].start, header[0].end)
        else:
            header = None
            status = _status(ctx, sent.start, a.start) or _status_after(ctx, a, sent.end)
            if status == "proposed" and _BASIS.search(an.sh, sent.start, a.start):
                # "Căn cứ kết quả bình xét, suy tôn của các Cụm và đề nghị của Hội đồng ..., Cờ thi đua năm 2012
                # được tặng cho ...": the votes are the basis; the award is given
                status = _status_after(ctx, a, sent.end) or status
            if status == "conferred" and _ITEM_GIVE.match(an.sh, sent.start, a.start):
                # "Hội nghị thống nhất đề nghị Bộ trưởng:" + "- Tặng Cờ thi đua của Bộ cho X;": the header's proposal
                head = list_header(an, sent)
                if head is not None and _PROPOSE.search(an.sh, head.start, head.end):
                    status = "proposed"
            item_of = None
            results_of = None  # (the announcement whose results the item tells)
            receiver = None  # "X vinh dự được nhận các hình thức khen thưởng sau:" + "- Cờ thi đua ... (QĐ ...);"
            if status is None:
                # "Theo Quyết định số 745/QĐ-BYT ...:" + "- Cờ thi đua của Bộ Y tế: Sở Y tế tỉnh X."
                item_of = _item_header(ctx, sent, a)
                status = _status(ctx, item_of.start, item_of.end) if item_of else None
                if status is None and item_of is not None and announcements and _results_above(ctx, item_of):
                    # "Ngày 30/1, Bộ trưởng đã ký Quyết định số 189/QĐ-BTTTT về việc tặng Cờ thi đua và Bằng khen
                    # ..." then "Đối với các Cụm còn lại, kết quả được tóm tắt như sau:" + "+ Cờ thi đua: X.": the
                    # results of the decision announced
                    status = "conferred"
                    results_of = announcements[-1]
            if status is None and _ITEM_AWARD.match(an.sh, an.text.rfind("\n", 0, a.start) + 1, a.start):
                # "Thứ trưởng đã trao:" + "1. Cờ thi đua của Bộ cho X;": an item opening with the award takes the
                # status of the header it completes
                head = list_header(an, sent)
                if head is not None and _GIVES_COLON.search(an.sh, head.start, head.end):
                    status = _status(ctx, head.start, head.end)
                elif head is not None and (got := _RECEIVES_COLON.search(an.sh, head.start, head.end)):
                    # ("X vinh dự được nhận các hình thức khen thưởng sau:": X receives each item)
                    named = [u for u in an.units if head.start <= u.start < got.start()]
                    if len(named) == 1:
                        status, receiver = "conferred", named[0]
                elif head is not None and _SOME_HONOURS_COLON.match(an.sh, head.start, head.end) and head.start > 0:
                    # "X đã được Đảng, Nhà nước ... trao tặng nhiều phần thưởng cao quý. Một số hình thức khen thưởng
                    # tiêu biểu:" + "1. Huân chương ...": the one unit the sentence before says was honoured
                    before = an.sentences[bisect.bisect_left(an.sentence_starts, head.start) - 1]
                    named = [u for u in an.units if before.start <= u.start < before.end]
                    if (
                        len({(u.agency, u.province) for u in named}) == 1
                        and "\n" not in an.text[before.end : head.start]
                        and _HONOURED.search(an.sh, named[-1].end, before.end)
                    ):
                        status, receiver = "conferred", named[0]
            if status is None and _BULLET_START.match(an.text, sent.start):
                # "- Đề nghị Bộ trưởng tặng Cờ thi đua cho X;" + "- Bằng khen của Bộ trưởng cho Y.": an item with
                # no verb of its own shares the status of the item just before it
                status = item_status.get(_prev_start(an, sent.start))
            if (
                status in (None, "conferred")
                and receiver is None
                and _BULLET_START.match(an.text, sent.start)
                # (or after the year it was handed over: "- 2008 – Cờ thi đua của Chính phủ, ghi nhận thành tích ...")
                and (
                    _ITEM_AWARD.match(an.sh, an.text.rfind("\n", 0, a.start) + 1, a.start)
                    or _YEAR_ITEM_AWARD.match(an.sh, an.text.rfind("\n", 0, a.start) + 1, a.start)
                )
                and not any(sent.start <= u.start < sent.end for u in an.units)
                and not _PROPOSE.search(an.sh, sent.start, sent.end)
                # (nor given to others: "Bằng khen ... cho 03 phòng chuyên môn"; "cho thành tích ..." is its reason)
                and not re.search(r"(?<![a-z])cho\s+(?!thanh\s+tich|ket\s+qua|nam\s)", an.sh[a.end : sent.end])
                and _HONOURS_PAGE.search(an.sh, 0, a.start)
                and (own_unit := _page_unit(ctx)) is not None
            ):
                # a unit's page of its honours ("... điểm lại những phần thưởng mà tập thể Đài được ghi nhận" + "-
                # Cờ thi đua của Chính phủ năm 2013."): each bullet naming only an award is the page's unit's
                status, receiver = "conferred", own_unit
            if status is None and _AWARD_LABEL.match(an.sh, a.end) and not an.sh[sent.start : a.start].strip():
                # "Cờ thi đua được trao cho X. Bằng khen: Y, Z.": a label in the same paragraph, as told just before
                prev = an.sentence_at(_prev_start(an, sent.start)) if sent.start > 0 else None
                if prev is not None and "\n" not in an.text[prev.end : sent.start]:
                    status = told_status.get(prev.start)
            if (
                status is None
                and _AWARD_LABEL.match(an.sh, a.end)
                and not an.sh[sent.start : a.start].strip()
                and (headed := _cluster_heading(ctx, sent.start)) is not None
                and _RESULTS_INTRO.search(an.sh, max(0, headed.start - 400), headed.start)
            ):
                # "Danh sách được khen ... như sau:" + "Cụm thi đua số I (...)" + "Cờ thi đua: X. Bằng khen: Y.": the
                # results of each cluster's section, as the list's introduction tells them
                status = "conferred"
            if status is None:
                continue
            if _BULLET_START.match(an.text, sent.start):
                item_status[sent.start] = status
            told_status.setdefault(sent.start, status)
            recipients, rspan = _recipients(ctx, a, sent.start, an.list_end(sent))
            if not recipients and an.sh[sent.start : sent.end].rstrip().endswith("."):
                # "... mỗi Cụm có một đơn vị được trao Cờ thi đua năm 2010." + "Danh sách cụ thể như sau:" + "- Cụm
                # thi đua số I: X;": the list the next sentence opens
                i = bisect.bisect_right(an.sentence_starts, sent.start)
                follows = an.sentences[i] if i < len(an.sentences) else None
                if follows is not None and _LIST_FOLLOWS.fullmatch(an.sh, follows.start, follows.end):
                    recipients, rspan = _recipients(ctx, a, sent.start, an.list_end(follows), bridged=True)
            if not recipients and an.sh.startswith(" ", a.end) and ctx.clusters.bloc is not None:
                # "... tặng Bằng khen ... cho 10 Sở xếp sau đơn vị dẫn đầu ở từng cụm, cụ thể: Yên Bái và Hà Giang (Cụm
                # I); Thái Nguyên (Cụm II)": provinces standing for the counted agencies
                recipients, rspan = _bare_provinces(ctx, a, an.list_end(sent))
            subject = subjects.get(sent.start)
            if not recipients and subject is not None and _second_predicate(ctx, subject[0], a):
                # "X được Bộ trưởng tặng Bằng khen; đồng thời nhận Bằng khen của Chủ tịch UBND tỉnh": the subject's
                # second award, told by a second predicate
                recipients, rspan = subject[1], (a.start, a.end)
            if receiver is not None and (not recipients or recipients == [receiver]):
                recipients, rspan = [receiver], (a.start, sent.end)
            elif receiver is not None:
                continue  # (an item naming someone else)
            if recipients and rspan[1] > a.end:
                more = _more_recipients(ctx, an.list_end(sent))
                if more:
                    recipients, rspan = [*recipients, *more], (rspan[0], more[-1].end)
            clause0 = max(sent.start, an.sh.rfind(";", sent.start, a.start) + 1)
            if not recipients and (
                _COMPLEMENT.match(an.sh[a.end : nxt]) or _COMPLEMENT_BEFORE.match(an.sh, clause0, a.start)
            ):
                # ("... tặng Cờ thi đua cho X và Y; các đơn vị còn lại đề nghị Tổng LĐLĐ tặng Bằng khen")
                recipients = _complement(ctx, _given_before(an, given, sent.start), ctx.clusters.at(an, a.start))
                rspan = (min(a.start, clause0), nxt)
            if not recipients:
                # ("... ký Quyết định số 95/QĐ-BHXH tặng Cờ thi đua ... và Quyết định số 96/QĐ-BHXH tặng Bằng khen
                # ... cho các tập thể có thành tích xuất sắc năm 2018": each award's decision is the one told
                # right before it, and the reason closing the sentence is both awards')
                d0 = ([*_DECISION.finditer(an.sh, sent.start, a.start)][-1:] or [None])[0] or _DECISION.search(
                    an.sh, sent.start, sent.end
                )
                if status == "conferred" and d0 and not _foreign_named_after(ctx, a, nxt):
                    # (not an award of a grantor the vocabulary lacks: "...; đồng thời nhận Bằng khen của Chủ tịch
                    # UBND tỉnh vì ... năm 2022", after another award's decision)
                    y0 = _FOR_YEAR.search(an.sh, a.end, sent.end)
                    y1 = _perf_year(ctx, a, sent.start, sent.end, status)
                    if y1 is None and y0 is None:
                        # ("... và Quyết định số 113/QĐ-BHXH tặng Bằng khen ... cho nhiều tập thể có thành tích ...":
                        # no year of its own, on a page whose lead names one performance year)
                        y1 = _lede_performance_year(ctx)
                    announced = (
                        a.value,
                        re.sub(r"\s+", "", an.text[d0.start(1) : d0.end(1)]),
                        sent.end,
                        _grantor(ctx, a, sent.start, []),
                        y1 if y1 is not None or y0 is None else int(y0.group(1)),
                    )
                    last_decision, last_decision_grantor = announced[1], announced[3]
                    announcements.append((*announced, sent.start))
                    last_conferred = (
                        int(y0.group(1)) if y0 else announced[4],
                        re.sub(r"\s+", "", an.text[d0.start(1) : d0.end(1)]),
                        -1,  # any later paragraph may refer to it ("Theo Quyết định, ...")
                    )
                continue
            if _HEADER.search(an.sh[max(0, a.start - 8) : a.start]) and re.match(r"[^.;]{0,40}?:", an.sh[a.end : nxt]):
                header = (a, recipients, status)
                continue
        given.setdefault(sent.start, []).extend(recipients)
        if recipients and rspan[0] <= a.start and recipients[-1].end <= a.start:
            subjects[sent.start] = (a.end, recipients)  # (the sentence's subject, for a second predicate)
        # "Bộ trưởng đã ký Quyết định số 268/QĐ-BTC về việc tặng Cờ thi đua cho các tập thể ..." then, in the very
        # next sentence, "Các Cục Thuế được tặng Cờ thi đua là ...: X; Y": the decision just announced, and its grantor
        restated = (
            announced
            if status == "conferred"
            and announced
            and announced[0] == a.value
            and _next_to(ctx, announced[2], sent.start)
            and not _DECISION.search(an.sh, sent.start, an.list_end(sent))
            else None
        )
        grantor = _grantor(ctx, a, sent.start, recipients)
        order = a.value.startswith("other:")  # (the State's order: its grantor is never another)
        own = _foreign_after_at(ctx, a, nxt) if grantor is not None and not order else None
        if own is not None:
            # "...; X đón nhận Bằng khen của Chủ tịch UBND tỉnh": not the grantor of the clause before, but the
            # award's own, the recipient's province's committee (another grantor outside the vocabulary: no fact)
            if not _committee_of(ctx, own, recipients):
                continue
            grantor = "ubnd_tinh"
        if grantor is None and restated:
            grantor = restated[3]
        foreign = _foreign_grantor(ctx, a, sent.start, nxt) if grantor is None else None
        if foreign is not None:
            # the recipient's province's committee ("Bằng khen của Chủ tịch UBND tỉnh", "đề nghị UBND tỉnh tặng");
            # a party committee, a district's... are outside the vocabulary, so no fact (its grantor could only be
            # null, and the award would read as one of the cluster's authority)
            if not _committee_of(ctx, foreign, recipients):
                continue
            grantor = "ubnd_tinh"
        elif grantor is None:
            doc_grantor = doc_grantors.get(status)
            grantor = last_grantor.get(sent.start) or doc_grantor or _default_grantor(ctx, recipients)
            if grantor == doc_grantor and not last_grantor.get(sent.start) and _foreign_to(grantor, recipients):
                # (a grantor carried from another section of a roundup, of another sector than the recipient:
                # "Sở TT&TT Hà Tĩnh được đề nghị tặng Bằng khen" after the BHXH cluster's item)
                grantor = _default_grantor(ctx, recipients)
        if grantor and not order:
            last_grantor[sent.start] = grantor
            if grantor != "ubnd_tinh":  # (a province's committee is carried within its sentence only)
                doc_grantors[status] = grantor
        grantor = grantor or None
        # (no cluster named before the proposal: a province's list, "1. Công an tỉnh X (đơn vị dẫn đầu Cụm thi đua số
        # 6, Bộ Công an);", whose items only remark on their clusters)
        cluster = (
            ctx.clusters.at(an, a.start)
            if status == "proposed"
            and _cluster_proposes(ctx, sent.start, a)
            and any(m.start < a.start and not _bracketed(an.sh, m.start) for m in ctx.clusters.mentions)
            else None
        )
        if cluster is None and status == "proposed" and _cluster_proposes(ctx, sent.start, a):
            cluster = _side_meeting_cluster(ctx, sent.start)
        if cluster is not None and recipients and cluster.get("bloc") != label("agency", recipients[0].agency):
            # a roundup of two clusters numbered 2 of two sectors: the one of the recipient's own sector
            cluster = own_sector_cluster(ctx, recipients[0], a.start) or cluster
        if status == "conferred" and _ON_CLUSTER_PROPOSAL.search(an.sh, sent.start, an.list_end(sent)):
            cluster = ctx.clusters.at(an, a.start)  # "Bộ trưởng tặng Bằng khen cho X theo đề nghị của Cụm"
        if status == "conferred" and cluster is None:
            # "... tặng Cờ thi đua cho X ... năm 2019." + "Phần thưởng này được trao trên cơ sở Cụm thi đua số 4 thuộc
            # Bộ Công an bình xét, suy tôn và đề nghị": the next sentence names the proposer
            after = an.sentences[bisect.bisect_right(an.sentence_starts, sent.start) :][:1]
            basis = _AWARD_BASIS_NEXT.match(an.sh, after[0].start, after[0].end) if after else None
            named = [c for c in ctx.clusters.mentions if basis and basis.start() <= c.start < basis.end()]
            if basis and named and "\n" not in an.text[sent.end : after[0].start]:
                cluster = ctx.clusters.ref_of(named[0])
        if (
            status == "conferred"
            and cluster is None
            and not _LEAVES_SECTION.match(an.sh, sent.start)  # ("Cũng trong dịp này, theo Quyết định số ..., X được")
            and (headed := _cluster_heading(ctx, sent.start)) is not None
        ):
            # "Danh sách được khen, theo đề nghị của từng Cụm thi đua, như sau:" + "Cụm thi đua số IV (...)" + "X
            # dẫn đầu Cụm ... và được tặng Cờ thi đua": each section's cluster proposed its awards
            if _ON_CLUSTERS_VOTES.search(an.sh, 0, headed.start):
                cluster = ctx.clusters.ref_of(headed)
        if status == "conferred" and cluster is None:
            # "Danh sách khen thưởng được lập từ ... đề nghị của từng Cụm thi đua." + "Cụm thi đua số II: Cờ thi đua
            # được trao cho X": an item labelled by its cluster, on a page whose list follows each cluster's proposals
            tag = next((c for c in ctx.clusters.mentions if c.start == sent.start), None)
            if (
                tag is not None
                and _CLUSTER_LABEL_END.match(an.sh, tag.end, sent.end)
                and _ON_CLUSTERS_VOTES.search(an.sh, 0, sent.start)
            ):
                cluster = ctx.clusters.ref_of(tag)
        on_votes = status == "conferred" and _ON_CLUSTERS_VOTES.search(
            an.sh, sent.start, max(an.list_end(sent), rspan[1] if recipients else 0)
        )
        if status == "conferred" and not on_votes and sent.start > 0:
            # "Các đơn vị được tặng Cờ đều do các Cụm thi đua bình xét, suy tôn và đề nghị ...." + "Theo Quyết định, Cờ
            # thi đua được tặng cho: X (Cụm thi đua số 1), Y (Cụm số 2)": the sentence before says the clusters proposed
            prev = an.sentences[bisect.bisect_left(an.sentence_starts, sent.start) - 1]
            if "\n" not in an.text[prev.end : sent.start] and re.search(_BY_THE_CLUSTERS, an.sh[prev.start : prev.end]):
                on_votes = _ON_CLUSTERS_VOTES.search(an.sh, prev.start, prev.end)
        year = _perf_year(ctx.for_cluster(cluster), a, sent.start, sent.end, status)
        if grantor == "ubnd_tinh":
            cluster = None  # (a province's award is proposed by its own blocs, none of the clusters we hold)
            if year is None and status == "conferred" and not order and not ctx.school_year:
                # ("UBND tỉnh Lâm Đồng tổ chức hội nghị đánh giá phong trào thi đua yêu nước năm 2025" in the lead: the
                # province's own awards handed out at its review of that year)
                review = _PROVINCE_REVIEW.search(an.sh, 0, min(len(an.sh), 700))
                year = int(review.group(1)) if review else None
        # (an order for years of work its own reason spans: "Huân chương ... vì thành tích từ năm 2021 đến năm 2025")
        spanned = order and bool(_FOR_SPAN.search(an.sh, a.end, nxt))
        if year is None and status == "proposed" and not spanned:
            # "... đề nghị tặng Cờ thi đua năm 2025 cho X; tặng Bằng khen cho Y": one vote, one performance year
            year = proposed_year.get(sent.start)
        if year is None and status == "proposed" and ctx.reviews_year is None and not ctx.school_year and not spanned:
            # "... thông báo công khai danh sách các tập thể được đề nghị khen thưởng thành tích năm 2025": a list of
            # proposals under a lead naming one performance year, in a page reviewing nothing
            year = _lede_performance_year(ctx)
        if year is not None and status == "proposed":
            proposed_year.setdefault(sent.start, year)
        decision = None
        clause = max(sent.start, an.sh.rfind(";", sent.start, a.start) + 1)
        # (a decision told with an earlier award of the sentence is that award's: "X được tặng Cờ (Quyết định
        # số 215/QĐ-...), Y được Bộ trưởng Bộ Nội vụ tặng Bằng khen")
        # (but not the award the decision is "về việc tặng": "công bố Quyết định số 245/QĐ-BHXH ... về việc tặng Cờ
        # thi đua năm 2015 và trao Cờ thi đua ... cho X": X's flag is the decision's)
        earlier = any(
            clause <= b.start < a.start and not _ABOUT_GIVING.search(an.sh, max(clause, b.start - 20), b.start)
            for b in awards
        )
        d = _DECISION.search(an.sh, a.end, nxt) or (None if earlier else _DECISION.search(an.sh, clause, a.start))
        if d is None and status == "conferred":
            # "Trước đó, tại Quyết định số 3015/QĐ-BTTTT ngày 30/12/2015, Bộ trưởng đã tặng Cờ ... cho X; tặng Bằng
            # khen ... cho Y": the decision that opens the sentence covers its clauses
            opening = _OPENING_DECISION.match(an.sh, sent.start, a.start)
            d = _DECISION.search(an.sh, sent.start, opening.end()) if opening else None
            first = next((b for b in awards if sent.start <= b.start < a.start), None)
            if d is None and first is not None and _SIGNED_CONFERRING.search(an.sh, sent.start, first.start):
                # "Bộ trưởng đã ký Quyết định số 731/QĐ-BGDĐT tặng Cờ thi đua cho X và Y, tặng Bằng khen cho Z": the
                # decision signed to confer the first award confers the clauses after it
                d = _DECISION.search(an.sh, sent.start, first.start)
        if item_of is not None:
            d = d or _DECISION.search(an.sh, item_of.start, item_of.end)
            year = year or _heading_year(ctx, item_of.start)
        if d and status == "conferred":
            decision = re.sub(r"\s+", "", an.text[d.start(1) : d.end(1)])
        # "Cờ thi đua năm 2025" names the award's year; "... cho đơn vị dẫn đầu phong trào thi đua năm 2024" in
        # the next sentence is the work it rewards
        named = year is not None and _named_year(an, a, sent.end, nxt) == year
        if status == "conferred" and (year is None or decision is None or named) and len(recipients) == 1:
            more_year, more_decision = _follow_up(ctx, sent, grantor)
            if named and more_year and more_year != year:
                told = _award_fact(a.value, grantor, recipients[0], year, status, None, None)
                reread[(told["award"], told["grantor"], repr(told["recipient"]))] = (year, more_year)
            if not order:  # (the next sentence's work is never an order's year)
                year = more_year if named and more_year else year or more_year
            decision = decision or more_decision
        if restated:
            decision = decision or restated[1]
            # (a year in a bracketed remark on an item, "X (Cụm trưởng năm 2019);", says nothing of the award's)
            told_span = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), an.sh[sent.start : an.list_end(sent)])
            if not _YEARISH.search(told_span):
                year = restated[4] or year  # (the year the announcement gave the award)
        if (
            status == "conferred"
            and announced
            and _PHOTO_CAPTION.match(an.sh, sent.start)
            and _PHOTO_POINTER.search(an.sh, an.sentence_at(announced[2] - 1).start, announced[2])
        ):
            # "... đã trao Cờ thi đua và Bằng khen ... theo Quyết định số 289/QĐ-TTCP cho các tập thể (ảnh)." then
            # "Ảnh 1: ... trao Cờ thi đua ... cho X": the photos show that conferral
            decision = decision or announced[1]
            year = year or announced[4]
        batch = _SAME_BATCH.search(an.sh, sent.start, nxt) or _THEO_QD.match(an.sh, sent.start)
        if status == "conferred" and year is None and last_conferred and batch:
            # "Cũng theo quyết định này, X được tặng Cờ", "Cùng đợt, Y ... nhận Bằng khen": the batch just told
            prev_year, prev_decision, prev_para = last_conferred
            # ("Cùng ngày, Tổng Giám đốc cũng ký Quyết định số 216/QĐ-BHXH tặng Bằng khen ...": a sibling decision, told
            # paragraphs after the first, for the same year's work)
            sibling = _SIBLING_DECISION.match(an.sh, sent.start)
            if prev_para in (-1, an.sh.rfind("\n", 0, sent.start)) or sibling:
                year = prev_year
                if (
                    decision is None
                    and re.search(r"quyet\s+dinh(?:\s+nay|\s*,)", an.sh[sent.start : nxt])
                    and last_decision in (None, prev_decision)
                ):
                    # (a decision told since the batch's is the one "Quyết định này" means: read below)
                    decision = prev_decision
        if status == "conferred" and decision is None and (
            _THIS_DECISION.search(an.sh, sent.start, nxt) or _THEO_QD.match(an.sh, sent.start)
        ):
            # "Cùng Quyết định này, Bộ trưởng tặng Bằng khen cho ...": the one just told (with an award, or, as
            # in "Cũng tại Quyết định, ..." after a decision assigning the heads, with anything)
            told = list(_DECISION.finditer(an.sh, 0, sent.start))[-1:]
            before = re.sub(r"\s+", "", an.text[told[0].start(1) : told[0].end(1)]) if told else None
            decision = last_decision or before
            if decision and decision == last_decision and last_decision_grantor:
                if not any(sent.start <= au.start < nxt for au in an.authorities):
                    # ("Cũng theo quyết định này, Bộ trưởng trao tặng Bằng khen cho Đài PT-TH X": the decision's
                    # grantor, not the default of the recipient's sector)
                    grantor = last_decision_grantor
        if status == "conferred" and decision:
            last_decision, last_decision_grantor = decision, grantor
        # (a decision's date says nothing of the performance year: "theo Quyết định số 1102/QĐ-BCA ngày 29/02/2016")
        if order:
            guessed = False  # (an order's year is only its own: never the lead's nor the ceremony's)
        elif (
            status == "conferred"
            and year is None
            and not _YEARISH.search(
                mask(an.sh, sent.start, an.list_end(sent), [d for d in an.dates if _decision_date(an.sh, d)])
            )
        ):
            # a sentence that says nothing of time, in a page whose title and lead name one performance year
            # ("Bộ Công Thương tặng Cờ thi đua cho 7 Sở có thành tích xuất sắc năm 2018")
            year = _lede_performance_year(ctx)
            guessed = year is not None
        elif status == "conferred" and year is None and an.event_province is not None:
            # a province's own ceremony for the work of one year ("UBND tỉnh ... trao các hình thức khen thưởng cho
            # những tập thể có thành tích tiêu biểu trong năm 2012"): an award whose own clause says nothing of
            # time is of that year, though another clause of its sentence dates its own award ("Bộ trưởng tặng Cờ
            # thi đua năm 2012 cho X, Bằng khen cho Y"; "Y nhận Bằng khen ...; Z được tặng ... năm 2012")
            done = [c.end for c in out if c.start >= sent.start and c.end <= a.start]
            w0 = max([clause0, *done])
            semi = an.sh.find(";", a.end, nxt)
            w1 = semi if semi >= 0 else nxt
            if not _YEARISH.search(mask(an.sh, w0, w1, [d for d in an.dates if _decision_date(an.sh, d)])):
                year = _lede_performance_year(ctx)
            guessed = year is not None
        else:
            guessed = False
        if status == "conferred" and year is not None and not (last_conferred and last_conferred[2] == -1):
            last_conferred = (year, decision, an.sh.rfind("\n", 0, sent.start))
        start = min(a.start, rspan[0])
        end = max(a.end, rspan[1])
        proposer = status == "proposed" and _cluster_proposes(ctx, sent.start, a)
        respective = _respective_clusters(ctx, sent.start, a, recipients) if proposer else None
        for i, unit in enumerate(recipients):
            # "các Cụm đã thống nhất đề nghị ... cho: - X (Cụm 1); - Y (Cụm 3)": each item's own cluster
            own = ctx.clusters.in_parens(an, unit.end) if proposer else None
            if on_votes:
                # (or in brackets: "theo đề nghị của các Cụm, Bộ trưởng ... tặng Bằng khen cho X (Cụm I), Y (Cụm III)")
                own = _item_label(ctx, unit) or ctx.clusters.in_parens(an, unit.end)
            by = ctx.clusters.ref_of(own) if own is not None else cluster
            if respective is not None:
                by = respective[i]
            if results_of is not None and results_of[0] in (None, a.value):
                decision = decision or results_of[1]
                year = year or results_of[4]
            told_after = mask(an.sh, a.end, nxt, [*an.authorities, *_named_grantors(ctx, a.end, nxt)])
            listed = _YEARS_LISTED.match(told_after) if status == "conferred" else None
            if listed is None and status == "conferred" and len(recipients) == 1:
                # ("... tặng Cờ thi đua của Bộ cho Đài với tư cách đơn vị dẫn đầu Khối ... vào các năm 2013, 2015, 2017
                # và 2020": the years closing the clause)
                listed = _YEARS_LISTED_LATER.search(an.sh, a.end, nxt)
            if listed is not None and year is not None and int(re.search(r"\d{4}", listed.group()).group()) != year:
                listed = None  # ("Cờ thi đua của UBND tỉnh các năm 2011, 2014, 2019": the first is the year read)
            if status == "conferred" and year is not None and listed is None:
                # "Đài hai lần được tặng Cờ thi đua của Chính phủ cho thành tích năm 2011 và năm 2019": one award each
                listed = _WORK_YEARS_LISTED.search(an.sh, a.end, nxt) or _NAMED_YEARS_LISTED.match(
                    told_after  # ("Cờ thi đua của Bộ Tài chính năm 2014 và năm 2016")
                )
                listed = listed if listed and int(listed.group(1)) == year else None
            # ("Đài còn nhận Cờ thi đua của Bộ Thông tin và Truyền thông các năm 2012 và 2014": one award each year)
            for y in [int(x) for x in re.findall(r"(?:19|20)\d\d", listed.group(0))] if listed else [year]:
                fact = _award_fact(a.value, grantor, unit, y, status, by, decision)
                out.append(Candidate(fact, start, end, f"award.{status}"))
                if guessed:
                    soft.add(id(out[-1]))
    if "|" in an.text:
        out.extend(_table_awards(ctx))
        out.extend(_column_awards(ctx))
        out.extend(_honours_table(ctx))
    if "tap the" in an.sh:
        out.extend(_itemised_awards(ctx, out))
    out.extend(_headed_sections(ctx, out))
    if "phan thuong" in an.sh or "khen thuong" in an.sh or "danh hieu" in an.sh:
        out.extend(_honours_told(ctx, out))
        out.extend(_honours_by_year(ctx, out))
    if "kem theo" in an.sh:
        out.extend(_annex_items(ctx, out))
    _decisions_told_after(ctx, out)
    for c in out:
        # "... tặng Cờ thi đua cho X và tặng Bằng khen cho Y vì đã có thành tích xuất sắc trong năm 2018": the
        # year told after the last award of one vote is every award's of it
        # (not an order's whose own reason spans years: "Huân chương ... vì thành tích từ năm 2021 đến năm 2025")
        if c.fact["status"] == "proposed" and c.fact["year"] is None and not ctx.school_year:
            own_end = an.sentence_at(c.start).end
            if not (c.fact["award"].startswith("other:") and _FOR_SPAN.search(an.sh, c.start, own_end)):
                c.fact["year"] = proposed_year.get(an.sentence_at(c.start).start)
    _shared_reason_year(ctx, out)
    _parallel_clause_year(ctx, out)
    for c in out:
        # the title's "đón nhận Cờ thi đua năm 2025" is the conferral the body dates by its work (2024)
        f = c.fact
        years = reread.get((f["award"], f["grantor"], repr(f["recipient"])))
        if years is not None and f["status"] == "conferred" and f["year"] == years[0]:
            f["year"] = years[1]
    if "nay la" in an.sh or "nay thuoc" in an.sh:
        _named_as_now(ctx, out)
    # (an undated award with a reason of its own, "vì thành tích 30 năm xây dựng", is no restatement of a dated one)
    reasoned = {
        id(c) for c in out if c.fact["year"] is None and _OWN_REASON.search(an.sh, c.start, an.sentence_at(c.start).end)
    }
    out = _drop_undated(out, soft, reasoned)
    _proposed_then_conferred(ctx, out)
    announcements += _award_decisions_told(ctx)
    _announced_decision(ctx, out, announcements)
    _clusters_proposed(ctx, out, announcements)
    if "danh sach" in an.sh or "theo de nghi cua" in an.sh:
        _list_proposed_by(ctx, out)
    if "so ky hieu" in an.sh:
        _document_numbers(ctx, out)
    return out


_NOW_NAMED = re.compile(r"\s*\(\s*nay\s+(?:la|thuoc)\s+(?:tinh\s+|thanh\s+pho\s+|tp\.?\s*)?")


def _named_as_now(ctx: Context, out: list[Candidate]) -> None:
    """"Sở NN&MT tỉnh Long An (nay là tỉnh Tây Ninh)": an award is placed as of the page's day, so a recipient the
    page names by its old province, and then by the one it is now part of, is of the new one (once it exists)."""
    an = ctx.an
    now: dict[tuple[str, str], str] = {}
    for u in an.units:
        m = _NOW_NAMED.match(an.sh, u.end)
        p = next((q for q in an.provinces if m is not None and q.start == m.end()), None)
        if p is not None and p.value != u.province:
            now[(label("agency", u.agency), u.province)] = p.value
    if not now or not an.published:
        return
    from thidua.gazetteer import gazetteer

    for c in out:
        r = c.fact["recipient"]
        new = now.get((r["org"], r["province"]))
        if new is None:
            continue
        try:
            valid = gazetteer().resolve(new, an.published).valid_on(an.published[:10])
        except ValueError:
            continue
        if valid:
            c.fact["recipient"] = {**r, "province": new}


# "Danh sách trên do Cụm thi đua số I đề nghị tại hội nghị tổng kết ...": who proposed the list just told
_LIST_PROPOSED_BY = re.compile(
    r"(?<![a-z])danh\s+sach\s+(?:khen\s+thuong\s+)?(?:tren|nay|noi\s+tren)\s+(?:la\s+)?(?:do|duoc)\s+"
    r"(?=(?:cum|khoi)(?![a-z]))"
)


_DOCUMENT_NUMBER = re.compile(r"(?m)^[ \t]*so\s+ky\s+hieu\s*:\s*([0-9]+\s*/\s*qd-[a-z0-9đ-]+)")
_ARTICLE_OPENS = re.compile(r"\s*dieu\s+\d{1,2}\s*[.:]")
_ARTICLE_BEFORE = re.compile(r"(?<![a-z])dieu\s+\d{1,2}\s*[.:]\s*$")


def _document_numbers(ctx: Context, out: list[Candidate]) -> None:
    """A decision page's record ("Số ký hiệu: 119/QĐ-BHXH" over "Điều 1. Tặng Bằng khen ... cho 06 tập thể, gồm: ..."):
    the conferrals of its articles, with no number of their own, are that decision's (up to the next record)."""
    an = ctx.an
    records = list(_DOCUMENT_NUMBER.finditer(an.sh, 0, an.end))
    for i, rec in enumerate(records):
        stop = records[i + 1].start() if i + 1 < len(records) else an.end
        number = re.sub(r"\s+", "", an.text[rec.start(1) : rec.end(1)])
        for c in out:
            f = c.fact
            if f["status"] != "conferred" or f["decision"] is not None or not rec.end() <= c.start < stop:
                continue
            s0 = an.sentence_at(c.start).start
            # ("Điều 1." may stand as a sentence of its own before "Tặng Bằng khen ...")
            if _ARTICLE_OPENS.match(an.sh, s0) or _ARTICLE_BEFORE.search(an.sh, max(0, s0 - 12), s0):
                f["decision"] = number


# "Phần thưởng được xét theo đề nghị của Cụm thi đua số 3, qua Bộ TT&TT.": the award just told, that cluster's proposal
_AWARD_PROPOSED_BY = re.compile(
    r"(?<![a-z])(?:phan\s+thuong|co\s+thi\s+dua|bang\s+khen)(?:\s+(?:nay|tren|cao\s+quy))*\s+(?:duoc\s+)?"
    r"(?:xet\s+(?:tang\s+)?)?theo\s+de\s+nghi\s+cua\s+(?=(?:cum|khoi)(?![a-z]))"
)


def _list_proposed_by(ctx: Context, out: list[Candidate]) -> None:
    """The conferrals of the sentence just before "Danh sách trên do Cụm thi đua số I đề nghị ..." are that
    cluster's proposals."""
    an = ctx.an
    for m in [*_LIST_PROPOSED_BY.finditer(an.sh, 0, an.end), *_AWARD_PROPOSED_BY.finditer(an.sh, 0, an.end)]:
        named = next((c for c in ctx.clusters.mentions if c.start == m.end()), None)
        ref = ctx.clusters.ref_of(named) if named is not None else None
        sent = an.sentence_at(m.start())
        if ref is None or _LEAD_OF_SUBJECT.match(an.sh, sent.start).end() != m.start():  # type: ignore[union-attr]
            continue  # (the sentence opens with it)
        if m.re is _LIST_PROPOSED_BY and not re.match(
            r"[^.;]{0,40}?(?<![a-z])de\s+nghi(?![a-z])", an.sh[named.end : sent.end]
        ):
            continue
        i = bisect.bisect_left(an.sentence_starts, sent.start)
        if i == 0:
            continue
        prev = an.sentences[i - 1]
        for c in out:
            f = c.fact
            if prev.start <= c.start < sent.start and f["status"] == "conferred" and f["cluster"] is None:
                f["cluster"] = ref


_RESPECTIVELY = re.compile(r"(?<![a-z])lan\s+luot(?![a-z])")


def _respective_clusters(ctx: Context, s0: int, a: Mention, recipients: list[Unit]) -> list[dict] | None:
    """"Theo đề nghị của Cụm thi đua số 2 và Cụm thi đua số 6, Bộ đã trình Thủ tướng tặng Cờ thi đua ... lần lượt
    cho X và Y": the clusters named before the award propose the recipients in turn (as many of each)."""
    an = ctx.an
    if len(recipients) < 2 or not _RESPECTIVELY.search(an.sh, a.end, recipients[0].start):
        return None
    refs = [ctx.clusters.ref_of(m) for m in ctx.clusters.mentions if s0 <= m.start < a.start]
    if len(refs) != len(recipients) or not all(refs) or len({repr(r) for r in refs}) != len(refs):
        return None
    return refs  # type: ignore[return-value]


def _shared_reason_year(ctx: Context, out: list[Candidate]) -> None:
    """ "Bộ trưởng Bộ Tài chính tặng Cờ thi đua cho X, Bằng khen cho Y do có thành tích xuất sắc trong năm 2022":
    one grantor's conferrals in one sentence with no semicolon, the reason told once after the last: its year is
    every award's of the sentence."""
    an = ctx.an
    by_sentence: dict[int, list[Candidate]] = {}
    for c in out:
        if c.fact["status"] == "conferred" and c.rule == "award.conferred":
            by_sentence.setdefault(an.sentence_at(c.start).start, []).append(c)
    for s0, cands in by_sentence.items():
        if len(cands) < 2 or len({c.fact["grantor"] for c in cands}) != 1:
            continue
        last = max(cands, key=lambda c: c.start)
        year = last.fact["year"]
        sent = an.sentence_at(s0)
        if year is None or ";" in an.sh[sent.start : sent.end]:
            continue
        told = _FOR_YEAR.search(an.sh, last.start, sent.end)
        if told is None or int(told.group(1)) != year or _FOR_YEAR.search(an.sh, sent.start, last.start):
            continue
        for c in cands:
            if c.fact["year"] is None and not ctx.school_year:
                c.fact["year"] = year


def _parallel_clause_year(ctx: Context, out: list[Candidate]) -> None:
    """ "Cờ thi đua của BHXH Việt Nam năm 2016 được trao cho X và Y; Bằng khen được trao cho Z.": a clause that opens
    with its award and names no year, after a clause of the same grantor's conferral dated by its award's name, is
    of the same round: that year."""
    an = ctx.an
    dated: dict[int, Candidate] = {}  # the first dated conferral of each sentence
    for c in sorted(out, key=lambda c: c.start):
        if c.fact["status"] != "conferred" or c.rule != "award.conferred":
            continue
        sent = an.sentence_at(c.start)
        first = dated.get(sent.start)
        if c.fact["year"] is not None:
            dated.setdefault(sent.start, c)
            continue
        if first is None or first.fact["grantor"] != c.fact["grantor"] or first.fact["award"] == c.fact["award"]:
            continue
        semi = an.sh.rfind(";", sent.start, c.start)
        award = next((w for w in an.awards if semi < w.start < c.end and w.value == c.fact["award"]), None)
        if semi < first.end or award is None or an.sh[semi + 1 : award.start].strip():
            continue
        end = an.sh.find(";", award.end, sent.end)
        if not any(semi < y.start < (sent.end if end < 0 else end) for y in an.years) and not ctx.school_year:
            c.fact["year"] = first.fact["year"]


# "Bộ trưởng đã ký Quyết định số 58/QĐ-BTTTT ngày 14/01/2019 về việc khen thưởng thành tích năm 2018": a decision
# on awards that names none (it covers every award type of its grantor the page then tells)
_TOLD_ABOVE = re.compile(
    r"(?<![a-z])(?:neu|noi|ke)\s+tren\s+(?:da\s+)?duoc\s+(?:trao\s+)?tang\s+theo\s+quyet\s+dinh\s+so\s+"
    r"([0-9]+\s*/\s*[a-z0-9đ\-]+(?:\s*-\s*[a-z0-9]+)*)"
)
# "Quyết định số 318/QĐ-BTP (ngày ...) khen thưởng các Sở ...": a decision's own verb, right after its number and date
_DECIDES_AWARDS = re.compile(r"(?<![a-z])khen\s+thuong\s+(?:cho\s+)?(?:cac|\d{1,3})\s")
_DATED_GAP = re.compile(r"\s*(?:,?\s*ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\s*,?)?\s*")
_ABOUT_AWARDS = re.compile(r"(?<![a-z])ve\s+viec\s+(?:tang\s+thuong|khen\s+thuong)(?![a-z])")


def _award_decisions_told(ctx: Context) -> list[tuple]:
    """Decisions on awards told with no award named: (None, number, sentence end, grantor, year, sentence start)."""
    an = ctx.an
    out: list[tuple] = []
    if "tren" in an.sh:
        for m in _TOLD_ABOVE.finditer(an.sh, 0, an.end):
            # "Cờ thi đua và Bằng khen của Tổng Giám đốc nêu trên được tặng theo Quyết định số 734/QĐ-BHXH": the
            # decision of the awards told before, told last
            sent = an.sentence_at(m.start())
            if any(sent.start <= u.start < sent.end for u in an.units):
                continue
            number = re.sub(r"\s+", "", an.text[m.start(1) : m.end(1)])
            told = [w for w in an.awards if sent.start <= w.start < m.start() and w.value]
            grantors = [_grantor(ctx, w, sent.start, []) for w in told]
            shared = next((g for g in reversed(grantors) if g), None)  # ("Cờ thi đua và Bằng khen của Tổng Giám đốc")
            for w, g in zip(told, grantors, strict=True):
                out.append((w.value, number, sent.end, g or shared, None, sent.start))
    about = list(_ABOUT_AWARDS.finditer(an.sh, 0, an.end)) if "ve viec" in an.sh else []
    if "khen thuong" in an.sh:
        # ("Bộ trưởng Bộ Tư pháp đã ký Quyết định số 318/QĐ-BTP khen thưởng các Sở Tư pháp có thành tích ...": the
        # decision's own verb, right after its number and date, with no "về việc")
        for m in _DECIDES_AWARDS.finditer(an.sh, 0, an.end):
            d = list(_DECISION.finditer(an.sh, an.sentence_at(m.start()).start, m.start()))[-1:]
            if d and _DATED_GAP.fullmatch(an.sh, d[0].end(), m.start()):
                about.append(m)
    # (literal tests first: most pages name no such decision, and the patterns are slow to scan)
    for m in about:
        sent = an.sentence_at(m.start())
        d = _DECISION.search(an.sh, sent.start, m.start())
        if d is None or any(sent.start <= w.start < sent.end for w in an.awards):
            continue
        if any(sent.start <= u.start < sent.end for u in an.units):
            continue
        auths = [au.value for au in an.authorities if sent.start <= au.start < sent.end]
        grantor = auths[0] if len(set(auths)) == 1 else ctx.clusters.authority if not auths else None
        y = _FOR_YEAR.search(an.sh, m.end(), sent.end)
        number = re.sub(r"\s+", "", an.text[d.start(1) : d.end(1)])
        out.append((None, number, sent.end, grantor, int(y.group(1)) if y else None, sent.start))
    return out


# "Căn cứ kết quả chấm điểm, bình xét và văn bản đề nghị của 8 Cụm thi đua ..., Bộ trưởng đã ký Quyết định số ...": the
# clusters proposed what the decision gives
_ON_CLUSTERS_PROPOSALS = re.compile(
    r"(?<![a-z])(?:can\s+cu|tren\s+co\s+so)[^.;]{0,80}?de\s+nghi\s+cua\s+(?:(?:cum\s+)?truong\s+)?(?:cac|tung|\d{1,2})\s+"
    r"(?:cum|khoi)(?![a-z])"
    # ("các đơn vị được nhận Cờ lần này đều đã được các Cụm, Khối bình xét, suy tôn ..., sau đó Cụm trưởng có văn bản
    # đề nghị Bộ xem xét")
    r"|(?<![a-z])(?:da\s+)?duoc\s+cac\s+(?:cum|khoi)(?:\s*,\s*(?:cum|khoi))?\s+(?:binh\s+xet|suy\s+ton|de\s+nghi)(?![a-z])"
)
_CLUSTER_HEADING_LINE = re.compile(r"\s*(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:so\s+)?[0-9ivx]+\s*")
_RESULTS_HEADER = re.compile(r"(?<![a-z])(?:ket\s+qua|danh\s+sach)(?![a-z])")
_PARAGRAPH_CLUSTER = re.compile(
    r"[ \t]*(?:[-+•*][ \t]*)?(?:[a-z ]{2,20},\s*)?(?:(?:tai|o|voi|doi\s+voi|rieng)\s+)?"
    r"(?=(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:so\s+)?[0-9ivx]+)"
)


def _clusters_proposed(ctx: Context, out: list[Candidate], announcements: list[tuple]) -> None:
    """A decision made on the clusters' proposals, told cluster by cluster ("Tại Cụm thi đua số 1 (...), Cờ thi
    đua của Bộ thuộc về X"): each conferral of that decision, in a paragraph opening with a cluster, is that
    cluster's proposal."""
    an = ctx.an
    # (the basis told in the announcement, or in the sentence right after it: "Việc xét khen được thực hiện căn cứ vào
    # ... văn bản đề nghị của Trưởng các Cụm, Khối thi đua")
    # (or a few sentences on: "... Việc chấm điểm ... được tiến hành công khai ...; trên cơ sở đề nghị của các Cụm thi
    # đua ..., danh sách khen thưởng được công bố như sau.")
    based = [
        ann
        for ann in announcements
        if _ON_CLUSTERS_PROPOSALS.search(an.sh, ann[5], ann[2])
        or _ON_CLUSTERS_PROPOSALS.search(an.sh, ann[2], _sentences_on(an, ann[2], 3))
    ]
    if len({ann[1] for ann in based}) != 1:
        return  # (one decision, though it may confer two awards: "về việc tặng Cờ thi đua và Bằng khen")
    number = based[0][1]
    for c in out:
        f = c.fact
        if f["status"] != "conferred" or f["decision"] != number or f["cluster"] is not None:
            continue
        para = an.text.rfind("\n", 0, c.start) + 1
        opening = _PARAGRAPH_CLUSTER.match(an.sh, para)
        if opening is None:
            # ("Cụm thi đua số V" as a heading line of its own over the paragraph that tells its awards)
            above = an.text.rfind("\n", 0, max(0, an.text.rfind("\n", 0, para - 1)))
            head = re.match(r"\s*([^\n]{1,40})\n\s*$", an.text[above + 1 : para])
            named = [m for m in ctx.clusters.mentions if head and above + 1 <= m.start < para]
            head_end = above + 1 + len(head.group(0).rstrip()) if head else 0
            if head and len(named) == 1 and _CLUSTER_HEADING_LINE.fullmatch(an.sh, above + 1, head_end):
                ref = ctx.clusters.ref_of(named[0])
                if ref is not None:
                    f["cluster"] = ref
                    continue
        if opening is None and "\n" in an.text[c.start : c.end]:
            # ("Các đơn vị được tặng Cờ thi đua gồm:" + "- Cụm thi đua số 1: X;": the item's label)
            unit = next((u for u in an.units if c.start <= u.start < c.end and member(u) == f["recipient"]), None)
            label_of = _item_label(ctx, unit) if unit is not None else None
            ref = ctx.clusters.ref_of(label_of) if label_of is not None else None
            if ref is not None:
                f["cluster"] = ref
                continue
        if opening is None:
            if _ANNEX_ITEM.match(an.sh, para):
                # ("  - Cụm thi đua số V gồm ..." over "    + Cờ thi đua: X.": the item's parent names the cluster)
                first = ctx.clusters.heading_before(an, para, an.awards)
                ref = ctx.clusters.ref_of(first) if first is not None else None
                if ref is not None:
                    f["cluster"] = ref
            continue
        first = next((m for m in ctx.clusters.mentions if m.start == opening.end()), None)
        if first is None:
            # ("Cụm thi đua 6 tỉnh Bắc Trung Bộ (Cụm số IV) có X nhận Cờ thi đua": a count opens it, the number follows)
            first = next((m for m in ctx.clusters.mentions if para <= m.start < c.start), None)
        ref = ctx.clusters.ref_of(first) if first is not None else None
        if ref is not None:
            f["cluster"] = ref


def _results_above(ctx: Context, header) -> bool:  # type: ignore[no-untyped-def]
    """The list header, or the one its bulleted sub-header ("- Cụm thi đua số VI (Tây Nguyên):") hangs from,
    announces results ("Đối với các Cụm còn lại, kết quả được tóm tắt như sau:")."""
    an = ctx.an
    i = bisect.bisect_left(an.sentence_starts, header.start)
    while i >= 0:
        t = an.sentences[i]
        if _CLUSTER_TITLE.fullmatch(an.sh, t.start, t.end) and i > 0:
            # ("Danh sách khen thưởng ... theo từng cụm như sau (trích):" over "Cụm thi đua số I (...):" + "- Cờ thi
            # đua: X." + "- Bằng khen: Y, Z." and the next cluster's heading: the results of each)
            i -= 1
            while i > 0 and _BULLET_START.match(an.text, an.sentences[i].start):
                i -= 1
            continue
        if not _BULLET_START.match(an.text, t.start):
            ends = an.text[t.start : t.end].rstrip().endswith(":")
            ends = ends or bool(_ENDS_ASIDE.search(an.sh, t.start, t.end))
            return ends and bool(_RESULTS_HEADER.search(an.sh, t.start, t.end))
        i -= 1
    return False


_AWARD_BASIS_NEXT = re.compile(
    r"\s*(?:phan\s+thuong|co\s+thi\s+dua|bang\s+khen)\s+(?:nay\s+)?(?:duoc\s+(?:trao|tang)\s+)?"
    r"(?:tren\s+co\s+so|can\s+cu(?:\s+vao)?|theo)\s+(?:de\s+nghi\s+cua\s+|ket\s+qua\s+)?(?:cum|khoi)[^.;]{0,80}?"
    r"(?:binh\s+xet|suy\s+ton|de\s+nghi)(?![a-z])"
)
_LEAVES_SECTION = re.compile(
    r"\s*(?:cung\s+(?:trong|tai|theo)\s+(?:dip|dot)\s+nay|ngoai\s+ra|ben\s+canh|ngoai\s+cac"
    r"|(?:o|doi\s+voi|rieng)\s+khoi\s+cac)(?![a-z])"  # ("Ở khối các Đài Phát thanh - Truyền hình địa phương, ...")
)
_ENDS_ASIDE = re.compile(r"nhu\s+sau\s*\([^()]{1,20}\)\s*:$")  # ("... như sau (trích):")
_CLUSTER_TITLE = re.compile(
    r"[ \t]*(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:so\s+)?[0-9ivx]+[ \t]*(?:\([^()\n]*\))?[ \t]*:[ \t]*"
)


def _sentences_on(an, pos: int, n: int) -> int:  # type: ignore[no-untyped-def]
    """End of the ``n``-th sentence after ``pos`` (fewer at the end of the text)."""
    for _ in range(n):
        nxt = _next_sentence_end(an, pos)
        if nxt == pos:
            break
        pos = nxt + 1
    return min(pos, len(an.sh))


def _next_sentence_end(an, pos: int) -> int:  # type: ignore[no-untyped-def]
    """End of the sentence that starts at or after ``pos`` (``pos`` itself at the end of the text)."""
    i = bisect.bisect_left(an.sentence_starts, pos)
    return an.sentences[i].end if i < len(an.sentences) else pos


def _sentence_numbers(ctx: Context, pos: int) -> set[str]:
    """The decision numbers ("60" of "Quyết định số 60/QĐ-BTTTT") the sentence at ``pos`` states."""
    sent = ctx.an.sentence_at(pos)
    return {m.group(1).split("/")[0].strip() for m in _DECISION.finditer(ctx.an.sh, sent.start, sent.end)}


def _announced_decision(ctx: Context, out: list[Candidate], announcements: list[tuple]) -> None:
    """ "Bộ trưởng đã ký Quyết định số 563/QĐ-BVHTTDL tặng Bằng khen ... cho các tập thể thuộc 4 Cụm ..." then,
    paragraphs on, "Tại Cụm số 5, Bộ trưởng tặng Bằng khen cho X": when the page names one decision for an award, its
    conferrals of that award stating no decision, from that grantor and of that year, are that decision's."""
    for value in {ann[0] for ann in announcements}:
        # (a decision "về việc khen thưởng" names no award: it is of every award the page tells)
        told = [ann for ann in announcements if ann[0] in (value, None)]
        numbers = {ann[1] for ann in told} | {
            c.fact["decision"]
            for c in out
            if value in (None, c.fact["award"])
            and c.fact["status"] == "conferred"
            and c.fact["decision"] is not None
            # (not a decision told in its own conferral's sentence: "Ở khối các Đài ..., theo Quyết định số 60/QĐ-BTTTT,
            # Cờ thi đua ... được tặng cho X" is that batch's, no rival to the one announced for the rest)
            and c.fact["decision"].split("/")[0] not in _sentence_numbers(ctx, c.start)
        }
        if len(numbers) != 1 or len(told) != 1:
            continue
        decision, grantor, year = told[0][1], told[0][3], told[0][4]
        if grantor is None:
            # ("... ký Quyết định số 189/QĐ-BTTTT về việc tặng Cờ thi đua của Bộ và Bằng khen cho ...": the grantor
            # the decision's other award names)
            grantor = next((ann[3] for ann in announcements if ann[1] == decision and ann[3] is not None), None)
        if grantor is None:
            # ("Tổng Giám đốc KBNN đã ký Quyết định số 41/QĐ-KBNN tặng Cờ thi đua và Quyết định số 42/QĐ-KBNN tặng
            # Bằng khen ...": the signer of both decisions, told once)
            grantor = next((ann[3] for ann in announcements if ann[5] == told[0][5] and ann[3] is not None), None)
        for c in out:
            f = c.fact
            if (
                value in (None, f["award"])
                and f["status"] == "conferred"
                and f["decision"] is None
                and grantor is not None
                and f["grantor"] == label("authority", grantor)
                and year in (None, f["year"])  # ("Cờ thi đua ... nêu trên được tặng theo Quyết định số ...": no year)
            ):
                f["decision"] = decision
            elif (
                value in (None, f["award"])
                and f["status"] == "conferred"
                and f["decision"] is None
                and f["year"] is None
                and year is not None
                and grantor is not None
                and f["grantor"] == label("authority", grantor)
                and c.start > told[0][2]
                and not _told_as_past(ctx, c.start, year)
            ):
                # ("Ngày 20/1, Tổng Giám đốc đã ký Quyết định số 118/QĐ-BHXH tặng Cờ thi đua ... năm 2016 cho 7 BHXH
                # tỉnh" then "Với Cụm thi đua số 3 ..., Cờ thi đua được trao cho X": a conferral told after the
                # decision, with no time of its own, is that decision's, of its year; not one told as past)
                f["decision"], f["year"] = decision, year
            if f["decision"] == decision and f["year"] is None and year is not None and value in (None, f["award"]):
                f["year"] = year  # ("Theo Quyết định, Cờ thi đua được trao cho các đơn vị sau:" + items: its year)


_TOLD_AS_PAST = re.compile(
    r"(?<![a-z])(?:tung|nhieu\s+lan|truoc\s+do|lien\s+tuc|lien\s+tiep|cac\s+nam|nam\s+hoc|giai\s+doan)(?![a-z0-9])"
)


def _told_as_past(ctx: Context, pos: int, year: int) -> bool:
    """The sentence at ``pos`` tells an award as past or of other years ("từng được tặng", "năm 2014")."""
    an = ctx.an
    sent = an.sentence_at(pos)
    return bool(_TOLD_AS_PAST.search(an.sh, sent.start, sent.end)) or any(
        y.year != year for y in an.years if sent.start <= y.start < sent.end
    )


_BULLET_START = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)])[ \t]")  # (or a numbered item: "1. Cờ thi đua ...")

# "2. Cờ thi đua của Bộ Thông tin và Truyền thông (02 tập thể):" over "- Đài PT-TH thành phố Đà Nẵng;" lines
_AWARD_HEADING = re.compile(
    r"[ \t]*\d{1,2}[.)][ \t][^\n]{0,200}?\(\s*0?\d{1,2}\s+tap\s+the\s*\)\s*:[ \t]*$", re.MULTILINE
)
_PROPOSING_INTRO = re.compile(
    r"(?<![a-z])(?:de\s+nghi|trinh|de\s+xuat)(?![a-z])[^\n]{0,200}?(?:nhu\s+sau|sau\s+day)\s*:"
)
_ITEM_LINE = re.compile(r"[ \t]*[-+•*–][ \t]")


def _itemised_awards(ctx: Context, told: list[Candidate]) -> list[Candidate]:
    """A submission's numbered awards, each over its bullet lines of units ("1. Cờ thi đua của Bộ ... (02 tập thể):"
    + "- Đài PT-TH tỉnh X;"), under "... kính đề nghị Bộ trưởng xem xét khen thưởng như sau:": proposals of the
    cluster, for the year the document is about. Why: a Tờ trình lists what it asks for this way, with no verb
    on the headings after the first."""
    an = ctx.an
    out: list[Candidate] = []
    seen = {(c.fact["award"], repr(c.fact["recipient"])) for c in told}
    for h in _AWARD_HEADING.finditer(an.sh, 0, an.end):
        kinds = [a for a in an.awards if h.start() <= a.start < h.end()]
        intro = [m for m in _PROPOSING_INTRO.finditer(an.sh, max(0, h.start() - 2500), h.start())]
        if len(kinds) != 1 or not intro:
            continue
        a = kinds[0]
        units: list[Unit] = []
        pos = h.end() + 1
        while pos < an.end:
            line_end = an.text.find("\n", pos)
            line_end = an.end if line_end < 0 else line_end
            if not _ITEM_LINE.match(an.text, pos):
                break
            found = [u for u in an.units if pos <= u.start < line_end]
            if len(found) != 1:
                break
            units.append(found[0])
            pos = line_end + 1
        if not units:
            continue
        cluster = ctx.clusters.at(an, intro[-1].start())
        grantor = _grantor(ctx, a, h.start(), units)
        year = _perf_year(ctx, a, h.start(), h.end(), "proposed") or ctx.reviews_year or lede_year(ctx)
        for u in units:
            fact = _award_fact(a.value, grantor, u, year, "proposed", cluster, None)
            if (fact["award"], repr(fact["recipient"])) not in seen:
                out.append(Candidate(fact, h.start(), units[-1].end, "award.itemised"))
    return out


def _given_before(an, given: dict[int, list[Unit]], start: int) -> list[Unit]:  # type: ignore[no-untyped-def]
    """The recipients "the rest" is the rest of: this sentence's, and, in a bulleted item, those of the items just
    before it ("- Đề nghị tặng Cờ thi đua: X." / "- Đề nghị tặng Bằng khen ... cho các đơn vị còn lại trong Cụm.")."""
    out = list(given.get(start, []))
    prev = _prev_start(an, start)
    if prev >= 0 and not _BULLET_START.match(an.text, start) and (
        "\n" not in an.text[prev:start].rstrip() or _GOES_ON_VOTE.match(an.sh, start)
    ):
        # "... đề nghị tặng Cờ thi đua cho X và Y. Các đơn vị còn lại trong Cụm được đề nghị tặng Bằng khen.": the rest
        # of the sentence before, in the same paragraph, too (or across a line break, a caption's before it, when
        # this one goes on with the same vote: "Cụm đồng thời đề nghị ... tặng Bằng khen cho các đơn vị còn lại")
        out += given.get(prev, [])
    p = prev if _BULLET_START.match(an.text, start) else -1
    while p >= 0 and _BULLET_START.match(an.text, p):
        out += given.get(p, [])
        p = _prev_start(an, p)
    return out


_GOES_ON_VOTE = re.compile(
    r"\s*(?:(?:cum|khoi|hoi\s+nghi)(?:\s+thi\s+dua)?\s+)?(?:dong\s+thoi|cung)\s+(?:de\s+nghi|de\s+xuat)"
)


def _prev_start(an, start: int) -> int:  # type: ignore[no-untyped-def]
    i = bisect.bisect_left(an.sentence_starts, start)
    return an.sentences[i - 1].start if i > 0 else -1


def _item_label(ctx: Context, unit: Unit):  # type: ignore[no-untyped-def]
    """The cluster labelling the list item a unit is in ("- Cụm thi đua số II (...): X và Y."), if any."""
    an = ctx.an
    line = an.text.rfind("\n", 0, unit.start) + 1
    labels = [c for c in ctx.clusters.mentions if line <= c.start < unit.start]
    if labels and re.match(r"\s*(?:[-+•*]\s*)?$", an.sh[line : labels[0].start]):
        return labels[-1]
    return None


def _proposed_then_conferred(ctx: Context, out: list[Candidate]) -> None:
    """A conferral of the award the article says a cluster proposed for the same unit and year ("Tại Hội nghị
    tổng kết ..., Cụm thống nhất đề nghị Chính phủ tặng Cờ thi đua cho X .... Thủ tướng đã ký Quyết định ... tặng
    Cờ thi đua cho X") carries that cluster, as the gold conventions ask of conferrals proposed in the text."""
    conferred_year = {
        (c.fact["award"], c.fact["grantor"], repr(c.fact["recipient"])): c.fact["year"]
        for c in out
        if c.fact["status"] == "conferred" and c.fact["year"] is not None
    }
    for c in out:
        f = c.fact
        if f["status"] == "proposed" and f["year"] is None:
            # "X được Thủ tướng tặng Cờ thi đua ... năm 2022. Trước đó, ... Cụm thống nhất đề nghị ... tặng Cờ thi đua
            # cho đơn vị": the proposal of the award conferred, for the same work
            f["year"] = conferred_year.get((f["award"], f["grantor"], repr(f["recipient"])))
    proposed_years: dict[tuple, set] = {}
    for c in out:
        f = c.fact
        if f["status"] == "proposed" and f["year"] is not None:
            proposed_years.setdefault((f["award"], f["grantor"], repr(f["recipient"])), set()).add(f["year"])
    for c in out:
        f = c.fact
        years = proposed_years.get((f["award"], f["grantor"], repr(f["recipient"])), set())
        if (
            f["status"] == "conferred"
            and f["year"] is None
            and f["decision"] is not None
            and len(years) == 1
            and not _told_as_past(ctx, c.start, next(iter(years)))  # (nor for a period: "giai đoạn 2022 - 2024")
        ):
            # "Cụm đề nghị Bộ trưởng tặng Cờ thi đua năm 2010 cho X. Đến nay, X đã được Bộ tặng Cờ thi đua theo
            # Quyết định số 356/QĐ-BTC": the conferral of the award proposed, for the same work
            f["year"] = next(iter(years))
    proposed: dict[tuple, dict] = {}
    for c in out:
        f = c.fact
        if f["status"] == "proposed" and f["cluster"] is not None:
            proposed[(f["award"], f["grantor"], repr(f["recipient"]), f["year"])] = f["cluster"]
    for c in out:
        f = c.fact
        if f["status"] == "conferred" and f["cluster"] is None:
            cluster = proposed.get((f["award"], f["grantor"], repr(f["recipient"]), f["year"]))
            if cluster is not None:
                f["cluster"] = cluster


def _next_to(ctx: Context, end: int, start: int) -> bool:
    """Nothing but at most two sentences naming no unit and no decision (a photo's caption, "Các đơn
    vị được tặng gồm:") between a sentence ending at ``end`` and one starting at ``start``."""
    an = ctx.an
    between = [t for t in an.sentences if end <= t.start < start]
    return len(between) <= 2 and not any(
        _DECISION.search(an.sh, t.start, t.end) or any(t.start <= u.start < t.end for u in an.units) for t in between
    )


def _award_fact(
    award: str,
    grantor: str | None,
    unit: Unit,
    year: int | None,
    status: str,
    cluster: dict | None,
    decision: str | None,
) -> dict:
    """One award fact in the facts format (the grantor by its vocabulary label)."""
    if decision is not None and grantor is not None and _issuer_contradicts(decision, grantor):
        decision = None  # (a decision carried over from another sentence, of another grantor)
    return {
        "kind": "award",
        "award": award,
        "grantor": label("authority", grantor) if grantor else None,
        "recipient": member(unit),
        "year": year,
        "status": status,
        "cluster": cluster,
        "decision": decision,
    }


def _issuer_contradicts(decision: str, grantor: str) -> bool:
    """A Prime Minister's decision ("254/QĐ-TTg") confers no ministry's award, and a ministry's ("1160/QĐ-BCA")
    no Government award: the number's issuer code against the grantor, only where the two clearly differ."""
    code = shadow(decision)
    if re.search(r"(?<![a-z])ttg(?![a-z])", code):
        return grantor != "chinh_phu"
    if grantor != "chinh_phu":
        return False
    layer = lexicon().authority
    issuers = {layer.identify(m.group()) for m in layer.finditer(code)} - {None}
    return bool(issuers) and "chinh_phu" not in issuers


_MORE = re.compile(r"\s*ngoai\s+ra\s*,?\s*(?:con\s+co|con|co)\s*:?\s*")


def _more_recipients(ctx: Context, end: int) -> list[Unit]:
    """'... gồm: - X; - Y;' then 'Ngoài ra còn có Z, T và U.': the list goes on in the next sentence."""
    an = ctx.an
    t = next((t for t in an.sentences if t.start >= end), None)
    m = _MORE.match(an.sh, t.start, t.end) if t is not None and t.start - end < 8 else None
    if m is None or any(t.start <= b.start < t.end for b in an.awards):
        return []
    units = [u for u in an.units if m.end() <= u.start < t.end]
    if not units or units[0].start != m.end():
        return []
    return _joined(an.sh, units)


def _joined(sh: str, units: list[Unit]) -> list[Unit]:
    """The first unit and those joined to it by list separators (", ", " và ", "; ")."""
    got = [units[0]]
    for u in units[1:]:
        if not _UNIT_SEP.match(sh[got[-1].end : u.start]):
            break
        got.append(u)
    return got


_TABLE_BELOW = re.compile(
    r"(?<![a-z])(?:trong|tai|theo|o)\s+bang\s+(?:duoi\s+day|sau(?:\s+day)?|ben\s+duoi)\s*[.:]?\s*$"
)
# ("| Cụm thi đua đề nghị |", "| Cụm/Khối thi đua đề nghị |")
_PROPOSER_COLUMN = re.compile(
    r"\|\s*(?:cum|khoi)(?:\s*/\s*(?:cum|khoi))?(?:\s+thi\s+dua)?\s+(?:de\s+nghi|de\s+xuat|trinh)\s*(?=\||$)"
)
_CLUSTER_COLUMN = re.compile(r"(?:^|\|)\s*(?:cum|khoi)(?:\s*[,/]\s*(?:cum|khoi))?\s+thi\s+dua\s*(?=\||$)", re.M)
_ANNEX_CAPTION = re.compile(r"\s*\(?\s*kem\s+theo\s+quyet\s+dinh\s+so\s")
_ANNEX_TITLE = re.compile(
    r"[ \t]*(?:phu\s+luc\s+(?:[ivx]{1,4}|\d{1,2})\s*[:.–-]\s*)?danh\s+sach\s+(?:cac\s+)?(?:tap\s+the|don\s+vi)"
)


def _table_awards(ctx: Context) -> list[Candidate]:
    """A list of recipients flattened into a table (``Đơn vị | Hình thức``, one line per recipient:
    ``Sở ... X | Cờ thi đua``). Proposed or conferred as the text introducing the table says."""
    an = ctx.an
    out: list[Candidate] = []
    pos, intro, lead_in, section, annex, group = 0, None, None, None, None, None
    title = None  # the start of a list's title just above ("Phụ lục I: Danh sách tập thể được tặng Cờ thi đua ...")
    proposers = False  # the header names a column of proposing clusters ("| Cụm thi đua đề nghị |")
    for line in an.text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if an.sh.count("|", a, b) < 1:
            heading = _annex_section(ctx, a, b) if annex is not None and line.strip() else None
            if heading is not None:
                # ("I. CỜ THI ĐUA CỦA BỘ ... (06 tập thể)" as a line of its own over a plain-text table's rows)
                section = heading
                continue
            if line.strip() and not _RULE_LINE.fullmatch(line):  # ("----+-----": a plain-text table's rule)
                section, group, proposers = None, None, False
                # (or an annex's caption: "(Kèm theo Quyết định số 2418/QĐ-BTTTT ngày 29/12/2023 của Bộ trưởng ...)",
                # also after the list's title: "Danh sách tập thể được khen thưởng năm 2015 (kèm theo Quyết định số
                # 312/QĐ-BHXH ...)")
                caption = _ANNEX_CAPTION.match(an.sh, a, b) or (
                    _LIST_TITLE.match(an.sh, a, b) and re.search(r"\(\s*kem\s+theo\s+quyet\s+dinh\s+so\s", an.sh[a:b])
                )
                annex = (a, b) if caption else None
                # (or a list's title that names the award: "Phụ lục II: Danh sách tập thể được tặng Bằng khen ...")
                titled = _ANNEX_TITLE.match(an.sh, a, b) and any(a <= w.start < b and w.value for w in an.awards)
                # (or "... tặng Bằng khen cho các tập thể trong bảng dưới đây.")
                opens = line.rstrip().endswith(":") or caption or titled or _TABLE_BELOW.search(an.sh, a, b)
                intro = (an.sentence_at(a).start, b) if opens else None
                if caption and title is not None:
                    intro = (title, b)  # (the caption under the title: the title tells the award)
                title = a if titled else None
                lead_in = intro
            continue
        units = [u for u in an.units if a <= u.start < b]
        if not re.search(r"[a-z]", an.sh[a:b]):
            continue  # "|---|---|": the header's rule
        if units and intro is not None and (head_of := _group_row(ctx, a, b, units)) is not None:
            group = head_of  # "| II. Cụm thi đua số IV (Cụm trưởng năm 2016: Cục Thuế tỉnh Khánh Hoà) |"
            continue
        if not units and (head := _section_award(ctx, a, b)) is not None:
            section = head  # "| I. CỜ THI ĐUA |  |  |": the award of the rows below it
            continue
        if not units and not any(a <= w.start < b for w in an.awards) and intro is not None:
            # "| Cụm thi đua số 1 (các tỉnh miền núi phía Bắc) |  |  |": the rows below are that cluster's
            # (a row naming no cluster, "| Khối các đơn vị thuộc Bộ |", ends the group)
            named = [c for c in ctx.clusters.mentions if a <= c.start < b]
            if len(named) == 1 and _ROW_LABEL.fullmatch(an.sh, a, named[0].start):  # (after "III." too)
                group = ctx.clusters.ref_of(named[0])
                continue
            if group is not None and re.fullmatch(r"[\s|]*[^|]+[\s|]*", an.sh[a:b]):
                group = None
                continue
        if section is not None and annex is not None and units and _one_unit_cell(an.sh, units, a, b):
            # (other units in a remark column: "| Sở KH&CN tỉnh Tuyên Quang | Hợp nhất từ Sở KH&CN ... Hà Giang |")
            if not any(a <= w.start < b and w.value for w in an.awards):
                out.extend(_row_of_section_award(ctx, section, annex, units[0], a, b))
                continue
        if not units:  # the header row: it introduces the rows below (unless the caption above tells their status)
            proposers = proposers or bool(_PROPOSER_COLUMN.search(an.sh, a, b))
            # ("| Tên tập thể | Cụm, Khối thi đua | Hình thức |" on a page whose list "được lập theo đề nghị của Trưởng
            # các Cụm, Khối thi đua": each row's cluster proposed it)
            proposers = proposers or bool(
                _CLUSTER_COLUMN.search(an.sh, a, b) and _CLUSTERS_PROPOSED.search(an.sh, 0, a)
            )
            if intro is None or not (_PROPOSE.search(an.sh, intro[0], intro[1]) or _status(ctx, intro[0], intro[1])):
                intro = (an.sentence_at(a).start, b)
            continue
        if intro is None:
            intro = (an.sentence_at(a).start, a)
        awards = [w for w in an.awards if a <= w.start < b and w.value]
        if not awards and lead_in is not None and len(units) == 1:
            # "... tặng Cờ thi đua năm 2023 cho các Sở dẫn đầu các Cụm như sau:" + "| Cụm số 1 | Sở X |": the
            # award the sentence above the table gives its rows
            out.extend(_row_of_told_award(ctx, lead_in, units[0], a, b))
            continue
        if (
            len(awards) != 1
            or "|" not in an.sh[min(units[0].end, awards[0].end) : max(units[0].start, awards[0].start)]
            or "|" in an.sh[units[0].start : units[-1].end]  # (several units: "| X; Y |", one cell)
        ):
            continue
        row_grantor = _own_grantor(ctx, awards[0], units) if _foreign_named_after(ctx, awards[0], b) else None
        if row_grantor == "":
            continue  # "| Cờ thi đua của Ban Thường vụ Tỉnh ủy |": a grantor the vocabulary lacks
        if _sub_unit_row(an.sh, units[0], a, b):
            continue
        # the row's own cue first ("| Đề nghị Thủ tướng Chính phủ tặng Cờ thi đua | LĐLĐ tỉnh X |")
        status = _status(ctx, a, awards[0].start) if _PROPOSE.search(an.sh, a, awards[0].start) else None
        cell_end = next((c1 for c0, c1 in table_cells(an.sh, a, b) if c0 <= awards[0].start < c1), b)
        if status is None and _CELL_PROPOSED.search(an.sh, awards[0].end, cell_end):
            status = "proposed"  # ("| Cờ thi đua của Bộ Tài chính (trình Bộ) |": the row's own remark)
        # (the column a list names, "Danh sách khen thưởng và Cụm thi đua đề nghị như sau:", is no proposal)
        intro_sh = _PROPOSING_COLUMN_TOLD.sub(lambda m: " " * len(m.group()), an.sh[intro[0] : intro[1]])
        status = status or _status(ctx, intro[0], intro[1], seg=intro_sh)
        if status is None and _RESULTS_HEADER.search(an.sh, intro[0], intro[1]) and _intro_details(ctx, *intro)[1]:
            # ("Ngày 22/01/2016, Tổng Giám đốc đã ký Quyết định số 118/QĐ-BHXH về việc tặng Cờ thi đua và Bằng khen
            # ..." then "Danh sách khen thưởng cụ thể như sau:" over the table: that decision's list)
            status = "conferred"
        if status is None:
            continue
        # the grantor named in the row ("| Cờ thi đua của Bộ Tài chính |"), else in the text before the table
        own = [au for au in an.authorities if a <= au.start < b]
        auths = own or [au for au in an.authorities if intro[0] <= au.start < intro[1]]
        # ("| Cờ thi đua của UBND tỉnh |": the row's own province's committee)
        grantor = row_grantor or (auths[-1].value if auths else _default_grantor(ctx, units))
        year = ctx.reviews_year if status == "proposed" and not ctx.school_year else None
        if status == "proposed" and year is None and ctx.reviews_year is None and not ctx.school_year:
            year = _lede_proposal_year(ctx)  # ("Các Cụm thi đua đề nghị khen thưởng năm 2010 đối với các Sở")
        cluster = (group or ctx.clusters.at(an, intro[0])) if status == "proposed" else None
        if status == "proposed" and year is None and ctx.reviews_year is None and not ctx.school_year:
            year = _lede_performance_year(ctx)  # ("Khen thưởng các Cục Thuế có thành tích xuất sắc năm 2014")
        named_here = [c for c in ctx.clusters.mentions if a <= c.start < b]
        if status == "proposed" and proposers and len(named_here) == 1:
            cluster = ctx.clusters.ref_of(named_here[0])  # ("| ... | Cụm thi đua số V |" under "Cụm thi đua đề nghị")
        decision = None
        if status == "conferred":
            year, decision, _ = _intro_details(ctx, *intro, award=awards[0].value)
            year = year or _lede_performance_year(ctx)  # ("Lễ trao ... có thành tích xuất sắc năm 2016")
            own_decision = _ROW_DECISION.search(an.sh, a, b)  # "| Số 215/QĐ-BTTTT ngày 20/02/2023 |": the row's own
            if own_decision:
                decision = re.sub(r"\s+", "", an.text[own_decision.start(1) : own_decision.end(1)])
            if group is not None and _CLUSTERS_PROPOSED.search(an.sh, 0, a):
                # ("Xét đề nghị của Trưởng các Cụm thi đua" over rows grouped under "| I. Cụm thi đua số 1 |")
                cluster = group
            named = [c for c in ctx.clusters.mentions if a <= c.start < b]
            if len(named) == 1 and proposers:
                # "| Sở TT&TT tỉnh Lạng Sơn | Cờ thi đua | Cụm số 1 |" under "| ... | Cụm thi đua đề nghị |": the
                # conferral the row's cluster proposed, as the header says
                cluster = ctx.clusters.ref_of(named[0])
        for unit in units:
            fact = _award_fact(awards[0].value, grantor, unit, year, status, cluster, decision)
            out.append(Candidate(fact, a, b, f"award.table.{status}"))
    return out


# an item label before a row's or a section's words ("I.", "3)", "b.")
_ITEM_NUMBER = r"(?:[ivx]{1,4}|\d{1,2}|[a-d])\s*[.)]\s*"
_ROW_LABEL = re.compile(r"[\s|]*(?:" + _ITEM_NUMBER + r")?")


def _group_row(ctx: Context, a: int, b: int, units: list[Unit]) -> dict | None:
    """A row that only names a cluster (after an item label), with its units in a remark on it: the cluster of the
    rows below ("| I. Cụm thi đua số 1 (Cụm trưởng năm 2016: Cục Thuế TP Hà Nội) |")."""
    an = ctx.an
    named = [c for c in ctx.clusters.mentions if a <= c.start < b]
    if len(named) != 1 or any(a <= w.start < b and w.value for w in an.awards):
        return None
    if not _ROW_LABEL.fullmatch(an.sh, a, named[0].start):
        return None
    rest = an.sh[named[0].end : b]
    inner = re.match(r"\s*\([^()]*\)[\s|]*$", rest)
    if inner is None or not all(named[0].end + inner.start() <= u.start < named[0].end + inner.end() for u in units):
        return None
    return ctx.clusters.ref_of(named[0])


_CELL_PROPOSED = re.compile(r"\(\s*(?:de\s+nghi|trinh|de\s+xuat)(?:\s+[a-z]+){0,4}\s*\)")
_PROPOSING_COLUMN_TOLD = re.compile(
    r"(?<![a-z])(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:de\s+nghi|de\s+xuat)\s+(?=nhu\s+sau)"
)


def _one_unit_cell(sh: str, units: list[Unit], a: int, b: int) -> bool:
    """The row's first unit is alone in its cell (the row's other units, if any, stand in later cells)."""
    cell = next((c for c in table_cells(sh, a, b) if c[0] <= units[0].start < c[1]), None)
    return cell is not None and not any(cell[0] <= u.start < cell[1] for u in units[1:])


def _section_award(ctx: Context, a: int, b: int) -> Mention | None:
    """A table row that only names an award, with at most an item number ("| I. CỜ THI ĐUA |  |  |"): the
    heading of a section of an annex, whose rows each receive that award."""
    an = ctx.an
    told = [w for w in an.awards if a <= w.start < b and w.value]
    if len(told) != 1:
        return None
    tail = mask(an.sh, told[0].end, b, an.authorities)
    # (and its grantor: "| I. CỜ THI ĐUA CỦA BỘ (05 tập thể) |", "| II. BẰNG KHEN CỦA BỘ TRƯỞNG |")
    tail = re.sub(r"^\s*cua\s+(?:(?:bo|tong\s+cuc)(?:\s+truong)?|tong\s+giam\s+doc|chu\s+tich)?(?=[\s|(]|$)", " ", tail)
    rest = an.sh[a : told[0].start] + " " + tail
    # (with the count of its rows: "| I. CỜ THI ĐUA (05 tập thể) |")
    return told[0] if _SECTION_REST.fullmatch(rest) else None


_SECTION_REST = re.compile(
    r"[\s|]*(?:(?:[ivx]{1,4}|[a-d]|\d{1,2})\s*[.)/]\s*)?[\s|:]*(?:\(\s*0?\d{1,3}\s+(?:tap\s+the|don\s+vi)\s*\)[\s|:]*)?"
)


_ANNEX_ITEM = re.compile(r"[ \t]*[-+•*][ \t]*")
# an annex item labelled by its cluster: "Cụm thi đua số I: ", "Khối các Đài PT-TH, Cụm số 2: "
_CLUSTER_ITEM = re.compile(r"[ \t]*(?:khoi\s+cac\s[^:,\n]{2,40},\s*)?" + _ITEM_LABEL)
_LIST_TITLE = re.compile(r"[ \t]*danh\s+sach\s+(?:cac\s+)?(?:tap\s+the|don\s+vi)")
_NUMBERED_ITEM = re.compile(r"[ \t]*(?:[-+•*]|\d{1,3}[.)])[ \t]*")
_SECTION_LABEL = re.compile(r"[ \t]*" + _ITEM_NUMBER)
_SECTION_TAIL = re.compile(r"\s*(?:\(\s*0?\d{1,3}\s+(?:tap\s+the|don\s+vi)\s*\)\s*)?:?\s*")


def _group_line(ctx: Context, a: int, b: int) -> bool:
    """A line of an annex that only names the group of the items below it, with no label: a cluster ("Cụm thi đua số
    I (7 tỉnh miền núi phía Bắc)") or a bloc of units ("Khối các đơn vị trực thuộc")."""
    an = ctx.an
    if any(a <= w.start < b and w.value for w in an.awards) or any(a <= u.start < b for u in an.units):
        return False
    named = [c for c in ctx.clusters.mentions if a <= c.start < b]
    if named:
        return bool(re.fullmatch(r"[ \t]*", an.sh[a : named[0].start])) and bool(
            _CLUSTER_HEADING_REST.fullmatch(an.sh, named[0].end, b)
        )
    return bool(_BLOC_LINE.fullmatch(an.sh, a, b))


_BLOC_LINE = re.compile(r"[ \t]*khoi\s+cac\s+[a-z ]{3,50}?[ \t]*:?[ \t]*")


def _annex_section(ctx: Context, a: int, b: int) -> Mention | None:
    """A line of an annex in text that only names an award, after a section label, and perhaps its grantor ("I. CỜ
    THI ĐUA CỦA BỘ TƯ PHÁP", "II. BẰNG KHEN CỦA BỘ TRƯỞNG BỘ TƯ PHÁP (08 tập thể)")."""
    an = ctx.an
    label = _SECTION_LABEL.match(an.sh, a, b)
    told = [w for w in an.awards if a <= w.start < b and w.value]
    if label is None or len(told) != 1 or told[0].start != label.end():
        return None
    # (or a province's committee: "I. CỜ THI ĐUA CỦA UBND TỈNH (07 tập thể)")
    rest = mask(an.sh, told[0].end, b, [*an.authorities, *_committees(ctx, told[0].end, b)])
    rest = re.sub(r"^\s*cua\s+(?:bo\s+truong|tong\s+giam\s+doc|chu\s+tich|thu\s+truong)?\s*", " ", rest)
    return told[0] if _SECTION_TAIL.fullmatch(rest) else None


def _annex_items(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """A decision's annex in text ("(Kèm theo Quyết định số 142/QĐ-BVHTTDL ...)"), one section per cluster ("I. Cụm
    thi đua số 1 – ...") over items that name an award and its units ("- Cờ thi đua: Sở ... tỉnh Hà Giang."): the
    decision confers each item's award on its units (as for an annex table's section rows)."""
    an = ctx.an
    got: list[Candidate] = []
    # (what the text already confers: a proposal of a Government flag to the same unit is another fact)
    given = {(c.fact["award"], repr(c.fact["recipient"])) for c in out if c.fact["status"] == "conferred"}
    for cap in _ANNEX_CAPTION.finditer(an.sh, 0, an.end):
        c0 = cap.start() + len(cap.group()) - len(cap.group().lstrip())
        ls = an.text.rfind("\n", 0, c0) + 1
        if an.sh[ls:c0].strip():
            continue  # (a caption opens its own line)
        le = an.text.find("\n", cap.end())
        annex = (ls, len(an.text) if le < 0 else le)
        section = None  # "I. CỜ THI ĐUA CỦA BỘ TƯ PHÁP" over "1. Sở Tư pháp tỉnh Điện Biên, Cụm thi đua số 1;"
        item_open = False  # (the item just read goes on to the next line)
        # (or the list's title above the caption: "DANH SÁCH TẬP THỂ ĐƯỢC TẶNG CỜ THI ĐUA NĂM 2015")
        title = an.text.rfind("\n", 0, max(0, ls - 1)) + 1
        named = [w for w in an.awards if title <= w.start < ls and w.value]
        if len(named) == 1 and _LIST_TITLE.match(an.sh, title):
            section = named[0]
        covered = 0
        for a, b in line_spans(an.text):
            if a <= annex[1]:
                continue
            if an.sh.count("|", a, b):
                # (a table: read by the table rules; a section in text may follow it, "II. BẰNG KHEN ... (09 đơn vị)")
                section = None
                continue
            head = _annex_section(ctx, a, b)
            if head is not None:
                section = head
                continue
            numbered = _NUMBERED_ITEM.match(an.sh, a)
            labelled = _CLUSTER_ITEM.match(an.sh, numbered.end() if numbered else a) if section is not None else None
            if labelled is not None and not any(a <= w.start < b and w.value for w in an.awards):
                # "I. CỜ THI ĐUA CỦA BỘ ... (06 tập thể)" over "1. Cụm thi đua số I: Sở ... tỉnh Lào Cai;" or "Cụm thi
                # đua số VI: Sở TT&TT tỉnh Gia Lai, Sở TT&TT Dak Lak." (an item may wrap onto the next line)
                end = max(b, an.sentence_at(labelled.end()).end)
                covered = end
                tag = next((c for c in ctx.clusters.mentions if a <= c.start < labelled.end()), None)
                # ("Khối các Đài Phát thanh - Truyền hình, Cụm số 2: Đài PT-TH tỉnh Bình Dương": that bloc's cluster 2)
                blocs = {g.value for g in an.agencies if a <= g.start < labelled.end()}
                prev = labelled.end()
                for unit in [u for u in an.units if labelled.end() <= u.start < end]:
                    # (its first unit may open a bullet of its own: "Cụm thi đua số I:" + "   - Cục Thuế tỉnh X")
                    gap = an.sh[prev : unit.start]
                    if not re.fullmatch(r"\s*(?:\([^()]{0,40}\))?\s*(?:[,;]|va)?\s*", gap) and not (
                        prev == labelled.end() and re.fullmatch(r"[ \t]*\n?[ \t]*[-+•*][ \t]*", gap)
                    ):
                        break
                    prev = unit.end
                    if (section.value, repr(member(unit))) not in given and tag is not None:
                        rows = _row_of_section_award(ctx, section, annex, unit, a, end, heading=tag)
                        for c in rows:
                            if c.fact["cluster"] and unit.agency in blocs:
                                c.fact["cluster"] = {**c.fact["cluster"], "bloc": label("agency", unit.agency)}
                        got.extend(rows)
                item_open = False
                continue
            if a < covered:
                continue  # (the second line of an item read above)
            first = next((u for u in an.units if numbered and u.start == numbered.end()), None)
            wrapped_item = item_open
            item_open = first is not None and not an.text[a:b].rstrip().endswith((";", ".", ":"))
            if section is not None and first is not None and not any(a <= w.start < b and w.value for w in an.awards):
                if (section.value, repr(member(first))) not in given:
                    # (an item broken over two lines, "8. Sở Tư" + "pháp tỉnh Sóc Trăng (Cụm 7).", ends on the second)
                    wrapped = an.text.find("\n", first.end)
                    b = max(b, len(an.text) if wrapped < 0 else wrapped)
                    # (under a cluster's section line of the annex: "I. Cụm thi đua số 1 (gồm ...)" over "1. Cục
                    # Thuế TP. Hồ Chí Minh")
                    heading = _cluster_heading(ctx, a)
                    heading = heading if heading is not None and heading.start > annex[1] else None
                    got.extend(_row_of_section_award(ctx, section, annex, first, a, b, heading=heading))
                continue
            if (
                section is not None
                and an.sh[a:b].strip()
                and numbered is None
                and not _SECTION_LABEL.match(an.sh, a, b)
                and not wrapped_item
                and not _group_line(ctx, a, b)
            ):
                # (the annex ends: "* * *", another text; not at a sub-heading "I. Đơn vị dẫn đầu ...", nor on the
                # second line of an item broken inside a name, "2. BHXH tỉnh Thanh" + "Hoá, dẫn đầu Cụm thi đua số 2;")
                section = None
            # (or numbered: "I. Cụm thi đua số I (...)" over "1. Cờ thi đua: X (Cụm trưởng)." + "2. Bằng khen: Y; Z.")
            item = _ANNEX_ITEM.match(an.sh, a) or _NUMBERED_ITEM.match(an.sh, a)
            award = next((w for w in an.awards if item and w.start == item.end() and w.value), None)
            if award is None:
                continue
            colon = re.match(r"[^:\n]{0,60}?:", an.sh[award.end : b])
            if colon is None:
                continue
            heading = ctx.clusters.heading_before(an, a, an.awards)
            prev = award.end + colon.end()
            for unit in [u for u in an.units if award.end + colon.end() <= u.start < b]:
                # (past a remark on the item before: "Sở TT&TT tỉnh Nghệ An (Cụm phó); Sở TT&TT tỉnh Hà Tĩnh")
                if not re.fullmatch(r"\s*(?:\([^()]{0,40}\))?\s*(?:[,;]|va)?\s*", an.sh[prev : unit.start]):
                    break  # ("- Bằng khen: Phòng Văn hóa, Sở ... tỉnh X": a sub-unit's, not X's)
                prev = unit.end
                if (award.value, repr(member(unit))) in given:
                    continue
                got.extend(_row_of_section_award(ctx, award, annex, unit, a, b, heading=heading))
    return got


# "Những năm qua, tập thể X đã được ... ghi nhận bằng nhiều phần thưởng: Bằng khen của Thủ tướng Chính phủ vì thành tích
# năm 2012; Cờ thi đua của Bộ Tài chính vì thành tích năm 2013 và năm 2015; ..."
_HONOURS_COLON = WordStart(
    r"(?<![a-z])(?:ghi\s+nhan|tang(?:\s+thuong)?|khen\s+thuong|trao\s+tang|nhan(?:\s+duoc)?)\s+(?:bang\s+)?(?:nhieu|cac|nhung)\s+"
    r"(?:phan\s+thuong|hinh\s+thuc\s+khen\s+thuong|danh\s+hieu)(?:\s+cao\s+quy)?(?:\s+nhu)?\s*:"
)
_YEAR_SPAN = re.compile(r"(?<![a-z])(?:giai\s+doan|tu\s+nam|nhieu\s+nam)(?![a-z])|(?:19|20)\d\d\s*-\s*(?:19|20)\d\d")


def _honours_told(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """A unit's honours over the years, told after a colon, one clause each ("... ghi nhận bằng nhiều phần thưởng:
    Bằng khen của Thủ tướng Chính phủ vì thành tích năm 2012; Cờ thi đua của Bộ Tài chính vì thành tích năm 2013 và năm
    2015"): each award of each year the clause names was conferred on the sentence's one unit (a clause over a span of
    years, "giai đoạn 2009-2013", is not one year's and is left)."""
    an = ctx.an
    got: list[Candidate] = []
    told = {(c.fact["award"], c.fact["grantor"], repr(c.fact["recipient"]), c.fact["year"]) for c in out}
    for m in _HONOURS_COLON.finditer(an.sh, 0, an.end):
        sent = an.sentence_at(m.start())
        subjects = {repr(member(u)): u for u in an.units if sent.start <= u.start < m.start()}
        if len(subjects) != 1:
            continue
        unit = next(iter(subjects.values()))
        c0 = m.end()
        while c0 < sent.end:
            c1 = an.sh.find(";", c0, sent.end)
            c1 = sent.end if c1 < 0 else c1
            awards = [w for w in an.awards if c0 <= w.start < c1 and w.value]
            years = [y.year for y in an.years if c0 <= y.start < c1 and not y.school]
            spans = _YEAR_SPAN.search(an.sh, c0, c1)
            if awards and years and not spans and not any(c0 <= u.start < c1 for u in an.units):
                for w in awards:
                    grantor = _grantor(ctx, w, c0, [unit]) or _default_grantor(ctx, [unit])
                    for year in years:
                        fact = _award_fact(w.value, grantor, unit, year, "conferred", None, None)
                        key = (fact["award"], fact["grantor"], repr(fact["recipient"]), year)
                        if key not in told:
                            told.add(key)
                            start, end = trim_span(an.text, c0, c1)
                            got.append(Candidate(fact, start, end, "award.honours"))
            c0 = c1 + 1
    return got


# "Dưới đây là các hình thức khen thưởng cấp Bộ trở lên mà đơn vị đã được tặng trong 6 năm gần đây." over "Năm 2010:" +
# "- Bằng khen của Bộ trưởng Bộ Tài chính về thành tích ... năm 2010 (Quyết định số 402/QĐ-BTC ...)."
_HONOURS_INTRO = re.compile(
    r"(?<![a-z])(?:hinh\s+thuc\s+khen\s+thuong|phan\s+thuong|danh\s+hieu)[^.:\n]{0,80}?(?<![a-z])(?:da\s+)?"
    r"(?:duoc\s+(?:tang|trao\s+tang|trao|nhan)|nhan\s+duoc|dat\s+duoc)(?![a-z])"
    # ("Theo báo cáo thành tích đọc tại buổi lễ, đơn vị đã được khen thưởng:" + "- Năm 2015: Bằng khen ...;")
    r"|(?<![a-z])(?:don\s+vi|tap\s+the)\s+(?:da\s+)?duoc\s+khen\s+thuong\s*:"
)
_YEAR_ITEM_ANYWHERE = re.compile(r"\n[ \t]*(?:[-+•*][ \t]*)?nam\s+(?:19|20)\d\d\s*:")
_YEAR_LABEL = re.compile(r"(?:nam\s+)?((?:19|20)\d\d)\s*:\s*")
_YEAR_HEADING = re.compile(r"[ \t]*(?:nam\s+)?((?:19|20)\d\d)[ \t]*:?[ \t]*")


def _honours_by_year(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """A unit's page of honours under year headings ("Năm 2013:" + "- Cờ thi đua của Bộ Tài chính."), introduced as what
    the unit received: each bullet that opens with an award was conferred on the page's one unit, for the year its own
    reason names ("về thành tích ... năm 2010"), else its heading's (none for a span: "từ năm 2010 đến năm 2012")."""
    an = ctx.an
    got: list[Candidate] = []
    if not _YEAR_ITEM_ANYWHERE.search(an.sh, 0, an.end):
        return got  # (no "Năm 2013:" heading or "- Năm 2015:" item anywhere)
    told = {(c.fact["award"], c.fact["grantor"], repr(c.fact["recipient"]), c.fact["year"]) for c in out}
    for m in _HONOURS_INTRO.finditer(an.sh, 0, an.end):
        sent = an.sentence_at(m.start())
        subjects = {repr(member(u)): u for u in an.units if u.start < sent.start}
        if len(subjects) != 1 and an.sentences:
            # (the page's own unit, named in its title: "Cục Thuế tỉnh Bình Định đón nhận Cờ thi đua của Chính phủ")
            first = an.sentences[0]
            subjects = {repr(member(u)): u for u in an.units if first.start <= u.start < first.end}
        if len(subjects) != 1:
            continue
        unit = next(iter(subjects.values()))
        heading_year = None
        pos = sent.end
        while (ls := next_line(an.text, pos)) is not None:
            le = an.text.find("\n", ls)
            le = len(an.text) if le < 0 else le
            pos = le
            heading = _YEAR_HEADING.fullmatch(an.sh, ls, le)
            if heading is not None:
                heading_year = int(heading.group(1))
                continue
            bullet = _ANNEX_ITEM.match(an.sh, ls)
            if bullet is None and an.sentence_at(ls).start < ls:
                continue  # (a bullet wrapped inside a name: "- ... Cục Thuế tỉnh Lạng" + "Sơn được ...")
            labelled = _YEAR_LABEL.match(an.sh, bullet.end()) if bullet is not None else None
            if labelled is not None:
                heading_year = int(labelled.group(1))  # ("- Năm 2015: Bằng khen của Bộ trưởng Bộ Tài chính;")
            if bullet is None or heading_year is None:
                break
            opens = labelled.end() if labelled is not None else bullet.end()
            w = next((w for w in an.awards if w.start == opens and w.value), None)
            if w is None:
                continue  # ("- Tại hội nghị tổng kết của Khối, X được bình bầu làm Khối trưởng ...")
            end = an.sentence_at(w.start).end
            if _YEAR_SPAN.search(an.sh, w.end, end):
                year = None
            else:
                reason = _FOR_YEAR.search(an.sh, w.end, end)
                year = int(reason.group(1)) if reason else heading_year
            d = _DECISION.search(an.sh, w.end, end)
            decision = re.sub(r"\s+", "", an.text[d.start(1) : d.end(1)]) if d else None
            grantor = _grantor(ctx, w, ls, [unit]) or _default_grantor(ctx, [unit])
            fact = _award_fact(w.value, grantor, unit, year, "conferred", None, decision)
            key = (fact["award"], fact["grantor"], repr(fact["recipient"]), year)
            if key not in told:
                told.add(key)
                got.append(Candidate(fact, w.start, end, "award.honours"))
        break
    return got


_YEARS_LISTED = re.compile(
    r"\s*(?:cua\s+\s*)?(?:trong\s+|vao\s+)?cac\s+nam\s+(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*(?:,|va)\s*(?:nam\s+)?(?:19|20)\d\d(?![\d-])"
    # ("đã 2 lần được Tổng Giám đốc BHXH Việt Nam tặng Cờ thi đua (năm 2010 và năm 2012)")
    r"|\s*\(\s*nam\s+(?:19|20)\d\d(?:\s*,\s*(?:nam\s+)?(?:19|20)\d\d)*\s+va\s+nam\s+(?:19|20)\d\d\s*\)"
)
_YEARS_LISTED_LATER = re.compile(
    r"(?<![a-z])(?:vao|trong)\s+cac\s+nam\s+(?:19|20)\d\d(?:\s*,\s*(?:19|20)\d\d)*\s*(?:,|va|,\s*va)\s*(?:nam\s+)?"
    r"(?:19|20)\d\d(?![\d-])\s*(?=[.;]|$)"
)
_WORK_YEARS_LISTED = re.compile(
    r"(?<![a-z])(?:thanh\s+tich|ket\s+qua)[^.;]{0,40}?nam\s+((?:19|20)\d\d)(?:\s*,\s*(?:nam\s+)?(?:19|20)\d\d)*"
    r"\s+va\s+nam\s+(?:19|20)\d\d(?![\d-])"
)
_NAMED_YEARS_LISTED = re.compile(
    r"\s*(?:xuat\s+sac\s+)?(?:cua\s+)?\s*nam\s+((?:19|20)\d\d)(?:\s*,\s*(?:nam\s+)?(?:19|20)\d\d)*"
    r"\s+va\s+nam\s+(?:19|20)\d\d(?![\d-])"
)
_COUNTED_AGENCIES_COLON = re.compile(
    r"[^:;.]{0,80}?(?<![a-z])cho\s+(?:\d{1,3}|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+(?:so|dai|cuc|hoi|don\s+vi)(?![a-z])"
    r"[^:;.]{0,80}?(?:cu\s+the|gom|la)\s*:\s*"
)
_BARE_SEP = re.compile(r"\s*(?:\([^()]{0,40}\))?\s*(?:[,;]|va)?\s*(?:va\s+)?")


def _bare_provinces(ctx: Context, a: Mention, end: int) -> tuple[list[Unit], tuple[int, int]]:
    """The provinces a counted list of the page's agencies names ("cho 10 Sở ..., cụ thể: Yên Bái và Hà Giang (Cụm I);
    Thái Nguyên (Cụm II)"): each is that agency in that province (the cluster's bloc)."""
    from thidua.vocab import vocabularies

    an = ctx.an
    m = _COUNTED_AGENCIES_COLON.match(mask(an.sh, a.end, end, an.authorities))
    if m is None or any(a.end <= u.start < end for u in an.units):
        return [], (a.start, a.end)
    agency = vocabularies().lookup("agency", ctx.clusters.bloc).notation
    got: list[Unit] = []
    pos = a.end + m.end()
    for p in [p for p in an.provinces if a.end + m.end() <= p.start < end]:
        if not _BARE_SEP.fullmatch(an.sh, pos, p.start):
            break
        got.append(Unit(p.start, p.end, agency, p.value, -1, explicit_agency=False))
        pos = p.end
    if len(got) < 2:
        return [], (a.start, a.end)
    return got, (got[0].start, got[-1].end)


def _row_of_section_award(
    ctx: Context, section: Mention, annex: tuple[int, int], unit: Unit, a: int, b: int, *, heading=None  # type: ignore[no-untyped-def]
) -> list[Candidate]:
    """A row of a decision's annex ("(Kèm theo Quyết định số 268/QĐ-BHXH ...)") under a section heading that names
    its award: the decision confers it. Its grantor is the one the decision's text gives that award ("Điều 1. Tặng
    Cờ thi đua của Bảo hiểm xã hội Việt Nam cho 7 tập thể"); a row's cluster is the unit's proposer when the decision
    was made on the clusters' proposals ("Xét đề nghị của các Cụm thi đua")."""
    an = ctx.an
    if heading is None and _sub_unit_row(an.sh, unit, a, b):
        return []
    told = [w for w in an.awards if w.end <= annex[0] and w.value == section.value and w.end - w.start > 2]
    # (not an award the decision proposes to a higher grantor: "Điều 2. Đề nghị Thủ tướng Chính phủ tặng Cờ thi đua
    # của Chính phủ ...")
    told = [w for w in told if _status(ctx, an.sentence_at(w.start).start, w.start) != "proposed"] or told
    grantors = [g for w in told if (g := _own_grantor(ctx, w, [unit])) is not None]
    if grantors and grantors[-1] == "":
        return []  # (the decision's award is of a grantor outside the vocabulary)
    grantor = grantors[-1] if grantors else _default_grantor(ctx, [unit])
    line_end = an.text.find("\n", section.end)
    named = [au for au in an.authorities if section.end <= au.start < (len(an.text) if line_end < 0 else line_end)]
    if named:
        grantor = named[0].value  # ("II. BẰNG KHEN CỦA BỘ TRƯỞNG BỘ TƯ PHÁP": the section names its own grantor)
    year, decision, _ = _intro_details(ctx, *annex, award=section.value)
    if year is None and told:
        # ("Điều 1. Tặng Cờ thi đua ... cho 05 tập thể ... dẫn đầu phong trào thi đua năm 2016" above the annex)
        sent = an.sentence_at(told[-1].start)
        closing = _FOR_YEAR.search(an.sh, told[-1].end, sent.end)  # (the reason closing the article: both awards')
        year = _perf_year(ctx, told[-1], sent.start, sent.end, "conferred") or (
            int(closing.group(1)) if closing else None
        )
    year = year or _lede_performance_year(ctx)
    named = [c for c in ctx.clusters.mentions if a <= c.start < b]
    if not named and heading is not None:
        named = [heading]  # (an annex in text: the section's heading names the cluster)
    cluster = (
        ctx.clusters.ref_of(named[0])
        if len(named) == 1 and _CLUSTERS_PROPOSED.search(an.sh, 0, annex[0])
        else None
    )
    fact = _award_fact(section.value, grantor, unit, year, "conferred", cluster, decision)
    return [Candidate(fact, a, b, "award.table.conferred" if heading is None else "award.annex.conferred")]


def _sub_unit_row(sh: str, unit: Unit, a: int, b: int) -> bool:
    """The row's cell names something before the unit: "| Phòng Cảnh sát giao thông, Công an tỉnh X |", "| Chi cục
    Hải quan ... (Cục Hải quan tỉnh X) |" are sub-units of X, and their awards are not X's."""
    cell = next((c for c in table_cells(sh, a, b) if c[0] <= unit.start < c[1]), None)
    return cell is not None and bool(re.search(r"[a-z]", sh[cell[0] : unit.start]))


def _row_of_told_award(ctx: Context, lead_in: tuple[int, int], unit: Unit, a: int, b: int) -> list[Candidate]:
    an = ctx.an
    told = [w for w in an.awards if lead_in[0] <= w.start < lead_in[1] and w.value]
    if len(told) != 1 or any(lead_in[0] <= u.start < lead_in[1] for u in an.units):
        return []
    if _sub_unit_row(an.sh, unit, a, b):
        return []
    if not re.search(r"(?<![a-z])cho(?![a-z])", an.sh[told[0].end : lead_in[1]]) and not _GIVEN_ROWS.search(
        an.sh, lead_in[0], told[0].start
    ):
        return []  # (the rows must be the ones the award is given to, or "Danh sách các đơn vị được tặng <award>")
    status = _status(ctx, lead_in[0], told[0].start) or _status_after(ctx, told[0], lead_in[1])
    if status is None:
        return []
    # ("Danh sách tập thể được tặng Cờ thi đua của UBND tỉnh năm 2023": the rows' own province's committee)
    own = _own_grantor(ctx, told[0], [unit]) if _foreign_named_after(ctx, told[0], lead_in[1]) else None
    if own == "":
        return []  # (a grantor outside the vocabulary: "... Bằng khen của Ban Thường vụ Tỉnh ủy")
    grantor = own or _grantor(ctx, told[0], lead_in[0], [unit]) or _default_grantor(ctx, [unit])
    named = [c for c in ctx.clusters.mentions if a <= c.start < b]
    row_cluster = ctx.clusters.ref_of(named[0]) if len(named) == 1 else None
    if status == "conferred":
        year, decision, on_proposal = _intro_details(ctx, *lead_in)
        if year is None and (work := _FOR_YEAR.search(an.sh, a, b)) is not None:
            year = int(work.group(1))  # ("| Sở Xây dựng | Hoàn thành xuất sắc nhiệm vụ năm 2025 |": the row's own)
        cluster = row_cluster if on_proposal else None
        own_decision = _ROW_DECISION.search(an.sh, a, b)  # "| 1852/QĐ-BTC ngày 26/8/2016 |": the row's own
        if own_decision:
            decision = re.sub(r"\s+", "", an.text[own_decision.start(1) : own_decision.end(1)])
    else:
        year, decision = _perf_year(ctx, told[0], lead_in[0], lead_in[1], status), None
        cluster = row_cluster or ctx.clusters.at(an, lead_in[0])
    fact = _award_fact(told[0].value, grantor, unit, year, status, cluster, decision)
    return [Candidate(fact, a, b, f"award.table.{status}")]


_HEADING_LEAD = re.compile(r"[ \t]*(?:(?:[ivx]{1,4}|\d{1,2}|[a-d])\s*[.)]\s*)?")
_HEADING_REST = re.compile(
    r"\s*(?:cua\s+[a-z0-9&\s-]{2,60}?\s*)?(?:nam\s+\d{4}\s*)?"
    r"(?:[(]\s*(?:theo\s+)?quyet\s+dinh\s+so\s+[^()\n]{3,60}[)]|[-–,]?\s*(?:theo\s+)?quyet\s+dinh\s+so\s+\S+)?\s*:?\s*"
)
_ITEM_LINE = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)])\s")


def _headed_sections(ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """A heading that only names an award and its decision ("I. Cờ thi đua của Chính phủ (Quyết định số
    548/QĐ-TTg)"), then bullets of its recipients ("- Cụm thi đua số II: BHXH tỉnh Thanh Hoá;"): the decision
    confers the award on each item's units. With no decision in the heading, the page must have announced one
    conferring that award of that grantor ("Thủ tướng ký Quyết định số 548/QĐ-TTg tặng Cờ thi đua của Chính phủ cho
    các tập thể ..."); else the status is unknown and nothing is read."""
    an = ctx.an
    got: list[Candidate] = []
    given = {(c.fact["award"], repr(c.fact["recipient"])) for c in out}
    for w in an.awards:
        if not w.value:
            continue
        ls = an.text.rfind("\n", 0, w.start) + 1
        le = an.text.find("\n", w.end)
        le = len(an.text) if le < 0 else le
        if le - ls > 160 or not _HEADING_LEAD.fullmatch(an.sh, ls, w.start):
            continue
        if any(ls <= u.start < le for u in an.units) or any(ls <= b.start < le and b is not w for b in an.awards):
            continue
        rest = mask(an.sh, w.end, le, an.authorities)
        if not _HEADING_REST.fullmatch(rest):
            continue
        items = _heading_items(ctx, le)
        if not items:
            continue
        d = _DECISION.search(an.sh, ls, le)
        grantor = _grantor(ctx, w, ls, items[0][1][:1])
        year = _perf_year(ctx, w, ls, le, "conferred")
        if d is None:
            told = [
                (t, b)
                for t in an.sentences
                if t.end <= ls
                and _DECISION.search(an.sh, t.start, t.end)
                and _status(ctx, t.start, t.end) == "conferred"
                for b in an.awards
                if t.start <= b.start < t.end and b.value == w.value and _grantor(ctx, b, t.start, []) == grantor
            ]
            if not told or any(told[-1][0].start <= u.start < told[-1][0].end for u in an.units):
                continue
            t, b = told[-1]
            d = _DECISION.search(an.sh, t.start, t.end)
            year = year or _perf_year(ctx, b, t.start, t.end, "conferred")
        assert d is not None
        decision = re.sub(r"\s+", "", an.text[d.start(1) : d.end(1)])
        year = year or _lede_performance_year(ctx)
        on_votes = _ON_CLUSTERS_VOTES.search(an.sh, 0, ls)
        for i0, units in items:
            for unit in units:
                if (w.value, repr(member(unit))) in given:
                    continue
                own = _item_label(ctx, unit) if on_votes else None
                by = ctx.clusters.ref_of(own) if own is not None else None
                by_whom = grantor or _default_grantor(ctx, [unit])
                fact = _award_fact(w.value, by_whom, unit, year, "conferred", by, decision)
                got.append(Candidate(fact, i0, unit.end, "award.heading.conferred"))
    return got


def _heading_items(ctx: Context, pos: int) -> list[tuple[int, list[Unit]]]:
    """The bullets under a heading ending at ``pos``, each with its units (not those of a remark in brackets: "-
    Cụm thi đua số VI (Cụm trưởng năm 2019: BHXH tỉnh Cà Mau): ..."); none if the first line is no bullet."""
    an = ctx.an
    items: list[tuple[int, list[Unit]]] = []
    while pos < len(an.text):
        a = pos + 1
        b = an.text.find("\n", a)
        b = len(an.text) if b < 0 else b
        pos = b
        if not an.text[a:b].strip():
            continue
        if not _ITEM_LINE.match(an.text, a):
            break
        units = [
            u for u in an.units if a <= u.start < b and an.sh.count("(", a, u.start) <= an.sh.count(")", a, u.start)
        ]
        items.append((a, units))
    return items if any(units for _, units in items) else []


def _honours_table(ctx: Context) -> list[Candidate]:
    """A unit's page of its honours as a table by year ("| Năm | Hình thức khen thưởng | Quyết định |" over "| 2010 |
    Cờ thi đua của Bộ Tài chính vì đã hoàn thành xuất sắc nhiệm vụ năm 2010 | Số 245/QĐ-BTC |"): the award opening
    each row's cell is the page's own unit's, conferred; dated only by the cell's own words (the row's year may be
    the year it was handed over)."""
    an = ctx.an
    out: list[Candidate] = []
    header = False
    for a, b in line_spans(an.text):
        if an.sh.count("|", a, b) < 2:
            if an.sh[a:b].strip():
                header = False
            continue
        units = [u for u in an.units if a <= u.start < b]
        told = [w for w in an.awards if a <= w.start < b and w.value]
        if not units and not told and _HONOURS_COLUMNS.search(an.sh, a, b):
            # (not a list of recipients: "| TT | Hình thức khen thưởng | Tập thể được khen thưởng |")
            header = not _RECIPIENT_COLUMN.search(an.sh, a, b)
            continue
        cells = table_cells(an.sh, a, b)[1:]
        # (or numbered, with columns of the grantor and the work: "| 3 | Cờ thi đua | UBND tỉnh Bến Tre | 402/QĐ-UBND |
        # Năm 2013 |")
        numbered = len(cells) >= 3 and _NUMBER_CELL.fullmatch(an.sh, *cells[0])
        if not header or len(cells) < 2 or not (_YEAR_CELL.fullmatch(an.sh, *cells[0]) or numbered):
            continue
        if numbered and units:
            continue  # ("| 1 | Sở X | Cờ thi đua |": a list of recipients, the table rules' own)
        own = _page_unit(ctx)
        if own is None:
            return []
        for c0, c1 in cells[1:]:
            w = next((w for w in told if c0 <= w.start < c1), None)
            if w is None or an.sh[c0 : w.start].strip() or any(c0 <= u.start < w.end for u in units):
                continue  # (only the award that opens its cell: not "Cũng trong năm, Chi cục Thuế ... được ...")
            nxt = min([x.start for x in told if w.start < x.start < c1] + [c1])
            grantor = _own_grantor(ctx, w, [own]) if _foreign_named_after(ctx, w, nxt) else None
            if grantor == "":
                continue  # ("Bằng khen của Ban Thường vụ Tỉnh ủy": a grantor outside the vocabulary)
            if grantor is None and numbered and not w.value.startswith("other:"):
                column = _grantor_column(ctx, c1, b, own)
                if column == "":
                    continue  # (another province's committee, a party committee: outside the vocabulary)
                grantor = column
            grantor = grantor or _grantor(ctx, w, c0, [own]) or _default_grantor(ctx, [own])
            year = _perf_year(ctx, w, c0, nxt, "conferred")
            if year is None and numbered and not w.value.startswith("other:"):
                # the work's own cell: "| Năm 2011 |", "| Năm 2014, tổ chức Lễ hội Dừa lần thứ IV |" (not a span)
                work = next((m for x0, x1 in cells[1:] if (m := _WORK_YEAR_CELL.match(an.sh, x0, x1))), None)
                year = int(work.group(1)) if work else None
            elif year is None and not w.value.startswith("other:") and not _FOR_SPAN.search(an.sh, w.end, nxt):
                years = {y.year for y in an.years if w.end <= y.start < nxt and not y.school}
                year = years.pop() if len(years) == 1 else None
            numbered = _ROW_DECISION.search(an.sh, a, b)
            decision = re.sub(r"\s+", "", an.text[numbered.start(1) : numbered.end(1)]) if numbered else None
            fact = _award_fact(w.value, grantor, own, year, "conferred", None, decision)
            out.append(Candidate(fact, a, b, "award.table.conferred"))
    return out


def _grantor_column(ctx: Context, a: int, b: int, own: Unit) -> str | None:
    """The grantor a later cell of an honours row names ("| Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch |", "| UBND tỉnh
    Bến Tre |"): an authority, the unit's own province's committee, "" for another grantor, None when none."""
    an = ctx.an
    for c0, c1 in table_cells(an.sh, a, b):
        named = [au for au in an.authorities if c0 <= au.start < c1]
        if named:
            return named[0].value
        if _COMMITTEE.match(an.sh, c0 + len(an.sh[c0:c1]) - len(an.sh[c0:c1].lstrip())):
            start = c0 + len(an.sh[c0:c1]) - len(an.sh[c0:c1].lstrip())
            return "ubnd_tinh" if _committee_of(ctx, start, [own]) else ""
        if _FOREIGN_GRANTOR.search(an.sh, c0, c1):
            return ""
    return None


_RECIPIENT_COLUMN = re.compile(r"(?<![a-z])(?:tap\s+the|don\s+vi|ten\s+|co\s+quan)(?![a-z])")
_NUMBER_CELL = re.compile(r"\s*\d{1,3}\s*")
_WORK_YEAR_CELL = re.compile(r"\s*nam\s+((?:19|20)\d\d)(?![\d-])(?!\s*(?:-|den)\s*(?:nam\s+)?\d)")
_HONOURS_COLUMNS = re.compile(r"(?<![a-z])(?:hinh\s+thuc\s+khen\s+thuong|phan\s+thuong|danh\s+hieu)(?![a-z])")
_YEAR_CELL = re.compile(r"\s*(?:nam\s+)?(?:19|20)\d\d\s*")
_ROW_DECISION = re.compile(
    r"(?<![a-z0-9/])(?:(?:quyet\s+dinh\s+)?so\s+)?(\d+\s*/\s*qd\s*-\s*[a-z0-9đ]+(?:\s*-\s*[a-z0-9]+)*)"
)
_GIVEN_ROWS = re.compile(
    r"(?<![a-z])(?:cac\s+)?(?:don\s+vi|tap\s+the)(?:\s+(?:thuoc|trong)\s+(?:cum|khoi)(?:\s+thi\s+dua)?)?"
    r"\s+(?:(?:cung|da|vua)\s+)*(?:duoc|vinh\s+du\s+duoc)\s+(?:trao\s+tang|tang|trao|nhan|de\s+nghi\s+tang)\s*$"
)
_BOTH_FORMS = re.compile(
    r"(?<![a-z])(?:ca\s+hai|cac|hai)\s+(?:hinh\s+thuc|danh\s+hieu|phan\s+thuong)(?:\s+khen\s+thuong)?(?:\s+(?:tren|nay))?"
    r"(?![a-z])"
)


def _decisions_told_after(ctx: Context, out: list[Candidate]) -> None:
    """ "X đón nhận Cờ thi đua ...; Y nhận Bằng khen .... Cả hai hình thức khen thưởng được tặng theo Quyết
    định số 402/QĐ-BTTTT": the decision of the conferrals of the sentence before, which did not name one."""
    an = ctx.an
    if "hinh thuc" not in an.sh and "danh hieu" not in an.sh and "phan thuong" not in an.sh:
        return  # (most pages: no need to scan for the phrase)
    for m in _BOTH_FORMS.finditer(an.sh, 0, an.end):
        sent = an.sentence_at(m.start())
        d = _DECISION.search(an.sh, sent.start, sent.end)
        if d is None or any(sent.start <= u.start < sent.end for u in an.units):
            continue
        i = bisect.bisect_left(an.sentence_starts, sent.start)
        if i == 0:
            continue
        prev = an.sentences[i - 1]
        told = [c for c in out if prev.start <= c.start < prev.end and c.fact["status"] == "conferred"]
        if len(told) >= 2 and all(c.fact["decision"] is None for c in told):
            for c in told:
                c.fact["decision"] = re.sub(r"\s+", "", an.text[d.start(1) : d.end(1)])


def _intro_details(
    ctx: Context, i0: int, i1: int, award: str | None = None
) -> tuple[int | None, str | None, bool]:
    """What the sentence introducing a table of conferrals says of them all: "Quyết định số 52/QĐ-BTTTT về
    việc tặng Cờ thi đua ... năm 2019 cho 08 Sở ..., (căn cứ) đề nghị của các Cụm thi đua": the year of the
    work, the decision, and whether each row's cluster proposed its unit. With ``award``, the decision is the one
    told right before that award ("Quyết định số 118/QĐ-BHXH tặng Cờ thi đua ... và Quyết định số 119/QĐ-BHXH
    tặng Bằng khen")."""
    an = ctx.an
    title = i0, i1
    if not _DECISION.search(an.sh, i0, i1):
        # "Cụ thể, danh sách ... như sau:" after a lead that told the decision ("Bộ trưởng đã ký Quyết định số
        # 2105/QĐ-BTTTT ... tặng Cờ thi đua ... năm 2022", naming no unit): that sentence speaks for the table
        announced = [
            t
            for t in an.sentences
            if t.end <= i0
            and _DECISION.search(an.sh, t.start, t.end)
            and any(t.start <= w.start < t.end and w.value for w in an.awards)
            and not any(t.start <= u.start < t.end for u in an.units)
        ]
        if announced:
            i0 = announced[-1].start
    told = [w for w in an.awards if i0 <= w.start < i1 and w.value]
    year = _perf_year(ctx, told[0], i0, i1, "conferred") if told else None
    work = _FOR_YEAR.search(an.sh, i0, i1) if year is None else None
    year = int(work.group(1)) if work else year
    if i0 != title[0]:
        # (the list's own title dates its award: "Danh sách ... được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2023")
        own = [w for w in an.awards if title[0] <= w.start < title[1] and w.value]
        year = (_named_year(an, own[0], title[1], title[1]) if own else None) or year
    d = _DECISION.search(an.sh, i0, i1)
    own = next((w for w in told if w.value == award), None) if award is not None else None
    if d is not None and own is not None:
        d = ([*_DECISION.finditer(an.sh, i0, own.start)][-1:] or [d])[0]
    decision = re.sub(r"\s+", "", an.text[d.start(1) : d.end(1)]) if d else None
    return year, decision, bool(_CLUSTERS_PROPOSED.search(an.sh, i0, i1))


# "... cho 6 tập thể đã được các Cụm thi đua suy tôn là đơn vị dẫn đầu", "Danh sách do từng Cụm đề nghị": the clusters
# put the units forward (read by the annex rules and by items labelled by cluster alike)
_BY_THE_CLUSTERS = (  # (also "do các Cụm thi đua bình xét, suy tôn và đề nghị")
    r"(?:duoc|do)\s+(?:cac|tung)\s+(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:binh\s+xet\s*,?\s*(?:va\s+)?)?"
    r"(?:suy\s+ton|binh\s+chon|de\s+nghi)"
)
# ("Xét đề nghị của các Cụm thi đua", "Xét đề nghị của Trưởng các Cụm thi đua các Sở ...")
_CLUSTERS_PROPOSED = re.compile(
    r"(?<![a-z])de\s+nghi\s+cua\s+(?:(?:cum\s+)?truong\s+)?(?:cac\s+|tung\s+|\d{1,2}\s+)?(?:cum|khoi)(?![a-z])"
    r"|(?<![a-z])" + _BY_THE_CLUSTERS + r"(?![a-z])"
)
_TOPIC = re.compile(r"\s*(?:[-+•*]\s*)?(?:rieng\s+doi\s+voi|rieng\s+voi|rieng|doi\s+voi|voi)\s+")
_ROW_CLUSTER = re.compile(r"\s*(?:(?:cum|khoi)\s+(?:thi\s+dua\s+)?)?(?:so\s+)?(\d{1,2}|[ivx]{1,5})\s*")


def _column_awards(ctx: Context) -> list[Candidate]:
    """A results table with one column per award and one row per cluster
    (``| Cụm | Đề nghị ... tặng Cờ thi đua | Đề nghị tặng Bằng khen |`` then ``| Số 1 | X | Y; Z |``):
    each unit in an award's column gets that award, proposed or conferred as its header (or the text
    before the table) says, for the row's cluster when proposed."""
    from thidua.loaders.facts import roman_to_int

    an = ctx.an
    out: list[Candidate] = []
    lines = line_spans(an.text)
    i = 0
    while i < len(lines):
        a, b = lines[i]
        i += 1
        if an.sh.count("|", a, b) < 2 or any(a <= u.start < b for u in an.units):
            continue
        cells = table_cells(an.sh, a, b)
        columns = {}
        for ci, (c0, c1) in enumerate(cells):
            found = [w for w in an.awards if c0 <= w.start and w.end <= c1 and w.value]
            if len(found) == 1:
                columns[ci] = found[0]
        if not columns:
            continue
        before = [t for t in an.sentences if t.end <= a][-1:]
        intro = (before[0].start, a) if before else (a, a)
        header_auths = [au for au in an.authorities if a <= au.start < b]
        cluster_col = next(
            (
                ci
                for ci, (c0, c1) in enumerate(cells)
                if re.fullmatch(r"\s*(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s*", an.sh[c0:c1])
            ),
            None,
        )
        while i < len(lines):
            r0, r1 = lines[i]
            if not an.sh[r0:r1].strip() or not re.search(r"[a-z0-9]", an.sh[r0:r1]):
                i += 1  # blank lines and the header's rule
                continue
            if an.sh.count("|", r0, r1) != len(cells) - 1:
                break
            i += 1
            row = table_cells(an.sh, r0, r1)
            named = [c for c in ctx.clusters.mentions if r0 <= c.start < r1]
            if len(named) == 1:
                cluster = ctx.clusters.ref_of(named[0])
            else:
                # (only under a "Cụm" header: a bare "1" is as often a row number, "STT")
                tag = _ROW_CLUSTER.fullmatch(an.sh, *row[cluster_col]) if cluster_col is not None else None
                raw = tag.group(1) if tag else None
                number = (int(raw) if raw.isdigit() else roman_to_int(raw.upper())) if raw else None
                # (no cluster column: the meeting's, or the item's the table is under)
                if number:
                    cluster = ctx.clusters.ref(number)
                else:
                    cluster = None if cluster_col is not None else ctx.clusters.at(an, r0)
            for ci, w in columns.items():
                c0, c1 = cells[ci]
                status = _status(ctx, c0, w.start) or _status(ctx, intro[0], intro[1])
                if (
                    status is None
                    and _RESULTS_HEADER.search(an.sh, intro[0], intro[1])
                    and _intro_details(ctx, *intro)[1]
                ):
                    # ("... đã ký Quyết định số 118/QĐ-BHXH tặng Cờ thi đua ..." then "Kết quả cụ thể theo từng Cụm
                    # như sau:" over the table: that decision's results)
                    status = "conferred"
                if status is None:
                    continue
                own = [au for au in an.authorities if c0 <= au.start < c1] or header_auths
                units = [u for u in an.units if row[ci][0] <= u.start and u.end <= row[ci][1]]
                grantor = own[-1].value if own else _default_grantor(ctx, units)
                year = ctx.for_cluster(cluster).reviews_year if status == "proposed" else None
                decision, on_proposal = None, False
                if status == "conferred":
                    year, decision, on_proposal = _intro_details(ctx, *intro, award=w.value)
                for unit in units:
                    proposer = cluster if status == "proposed" or on_proposal else None
                    fact = _award_fact(w.value, grantor, unit, year, status, proposer, decision)
                    out.append(Candidate(fact, r0, r1, f"award.table.{status}"))
    return out


_VOTED = re.compile(r"(?<![a-z])(?:suy\s+ton|binh\s+chon|bau\s+chon|binh\s+xet)(?![a-z])")
_VOTED_TAIL = re.compile(
    r"\s*(?:la\s+)?[^;:.]{0,120}?(?:,\s*|\s+va\s+|\s+)(?:(?:dong\s+thoi|va)\s+)?(?:de\s+nghi|de\s+xuat|trinh)"
    r"[^;:.]{0,80}?(?:tang|khen\s+thuong)\s*(?:thuong\s+)?"
)
_BARE_COLON = re.compile(
    r"\s*(?:tap\s+the\s+)?(?:dai|so|cuc|don\s+vi)\s+(?:da\s+|cung\s+|con\s+)*(?:(?:hai|ba|bon|nam|nhieu)\s+lan\s+)?"
    r"(?:duoc\s+)?(?:vinh\s+du\s+)?(?:nhan|don\s+nhan|tang|trao\s+tang)(?![a-z])[^:.;\n]{0,80}:\s*"
)
_AWARDS_ONLY = re.compile(r"(?:[\s,()]|va(?![a-z])|nam(?![a-z]))*")
_PARTY_AND_STATE = re.compile(r"(?<![a-z])dang\s*,\s*nha\s+nuoc(?![a-z])")
_BARE_OPENER = re.compile(
    r"\s*(?:tap\s+the\s+)?(?:dai|so|cuc|don\s+vi)\s+(?:cung\s+|con\s+|da\s+|vinh\s+du\s+)*(?:nhan|duoc|don\s+nhan)\s"
)
_GRANTOR_GIVES = re.compile(r"\s+(?:da\s+|cung\s+|con\s+)*(?:trao\s+tang|tang\s+thuong|tang|trao)\s*")
_BARE_RECIPIENT_BEFORE = re.compile(
    r"(?<![a-z])(?:trao|tang|trao\s+tang|tang\s+thuong)\s+cho\s+(?:tap\s+the\s+)?(?P<w>dai|so|don\s+vi|cuc|hoi|vien)\s+$"
)
_BARE_RECIPIENT = re.compile(
    # ("Cờ thi đua của Bộ Công an (Quyết định số 702/QĐ-BCA ngày 24/01/2025) cho đơn vị vì ...", "... theo Quyết
    # định số 1102/QĐ-BCA-X15 ngày 29/02/2016 cho đơn vị", "... cho Công an tỉnh.")
    # ("Cờ thi đua năm 2022 cho Đài (Quyết định số ...)": its year, no grantor)
    r"(?:\s*(?:xuat\s+sac\s+)?(?:nam\s+\d{4}\s+)?cua\s+[^,;.()]{0,40}?|\s*nam\s+\d{4})?"
    r"(?:\s*\([^()]{0,80}\)|\s+theo\s+quyet\s+dinh\s+so\s+\S+(?:\s+ngay\s+[\d/.-]+)?)?\s+cho\s+(?:tap\s+the\s+)?"
    r"(?P<w>dai|so|don\s+vi|cuc|hoi|vien|lien\s+doan|cong\s+an\s+tinh)"
    # ("cho đơn vị - đơn vị dẫn đầu ...": a remark on it; "cho Đài với tư cách đơn vị dẫn đầu ...")
    r"(?=\s*(?:[,;.(]|\s-\s|vi|do|ve|nham|voi\s+tu\s+cach|$))"
)
_BARE_TYPES = {
    "dai": "dai",
    "so": "so_",
    "cuc": "thue",
    "hoi": "hoi",
    "vien": "vksnd",
    "lien doan": "ldld",
    "cong an tinh": "cong_an",
}


def _page_unit(ctx: Context) -> Unit | None:
    """The unit a page is about: the first unit of its title and lead, when they name only one."""
    an = ctx.an
    if "page_unit" not in ctx.extra:
        from thidua.extract.clusters import _head_end

        # the one unit the title (the first head line naming one) names; else the one the title and lead name
        # (not the guests named after them)
        ctx.extra["page_unit"] = None
        head = [u for u in an.units if u.start < _head_end(an.sh)]
        line_end = an.sh.find("\n", head[0].start) if head else -1
        for end in (len(an.sh) if line_end < 0 else line_end, 600):
            lead = [u for u in an.units if u.start < end]
            kinds = {(u.agency, u.province) for u in lead}
            if len(kinds) == 1:
                ctx.extra["page_unit"] = lead[0]
                break
        title_end = an.sh.find("\n")
        if ctx.extra["page_unit"] is None and _HONOURS_TITLE.search(an.sh, 0, max(0, title_end)):
            # ("Thành tích khen thưởng của Sở giai đoạn 2010 - 2014" over "Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre
            # được thành lập năm 2008 ...": a title on honours naming no unit, and the unit the body opens with)
            first = next((t for t in an.sentences if t.start > title_end and _BODY_OPENS.match(an.text, t.start)), None)
            opening = next((u for u in an.units if first is not None and u.start == first.start), None)
            ctx.extra["page_unit"] = opening
    return ctx.extra["page_unit"]


_HONOURS_TITLE = re.compile(r"(?<![a-z])(?:thanh\s+tich|khen\s+thuong|phan\s+thuong|danh\s+hieu)(?![a-z])")
_BODY_OPENS = re.compile(r"[A-ZĐÀ-Ỹ][^\n]{60,}")  # (a sentence of the body, not a date or a byline line)


_YEARISH = re.compile(r"(?<![a-z0-9])(?:(?:19|20)\d\d|giai\s+doan|nam\s+hoc|nhieu\s+nam|lien\s+tuc)(?![a-z0-9])")


_PROPOSALS_OF_YEAR = re.compile(
    r"(?<![a-z])de\s+nghi\s+khen\s+thuong(?:\s+thanh\s+tich)?\s+nam\s+((?:19|20)\d\d)(?!\s*(?:-|den)\s*\d)"
)


def _lede_proposal_year(ctx: Context) -> int | None:
    """The one year of the proposals the title and lead tell ("Các Cụm thi đua đề nghị khen thưởng năm 2010"),
    for a page reviewing nothing: "khen thưởng năm N" in a proposal names the work of year N."""
    from thidua.extract.common import lede_year

    lede_year(ctx)
    end = ctx.extra.get("lede_end", 0)
    years = {int(m.group(1)) for m in _PROPOSALS_OF_YEAR.finditer(ctx.an.sh, 0, end)}
    return years.pop() if len(years) == 1 else None


def _lede_performance_year(ctx: Context) -> int | None:
    """The one performance year ("thành tích ... năm N") the title and lead state, if one."""
    from thidua.extract.common import lede_year

    lede_year(ctx)  # computes the lead's end
    end = ctx.extra.get("lede_end", 0)
    years = {int(m.group(1)) for m in _FOR_YEAR.finditer(ctx.an.sh, 0, end)}
    return years.pop() if len(years) == 1 else None


# "the rest" of the cluster's units, named by their agency ("các Cục Hải quan còn lại") or counted ("4 đơn vị còn lại")
_THE_REST = (
    r"(?:(?:cac|\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin)\s+)?"
    r"(?:don\s+vi|so|dai|tinh|cuc|hoi|ldld|bhxh|kbnn|vksnd|tand)(?:\s+[a-z&]+){0,3}?\s+con\s+lai"
)
_COMPLEMENT_BEFORE = re.compile(
    # ("Các đơn vị còn lại trong Cụm được hội nghị đề nghị Tổng cục trưởng ... tặng Bằng khen")
    # (or as the topic: "Đối với các đơn vị còn lại, Cụm đề nghị Viện trưởng VKSND tối cao tặng Bằng khen")
    r"\s*(?:(?:doi\s+voi|rieng)\s+)?" + _THE_REST + r"\s*,?\s+(?:trong\s+(?:cum|khoi)(?:\s+thi\s+dua)?\s*,?\s+)?"
    r"(?:duoc\s+(?:hoi\s+nghi\s+|cum\s+|khoi\s+)?|(?:hoi\s+nghi|cum|khoi)\s+(?:(?:da|cung|thong\s+nhat|nhat\s+tri)\s+)*)?"
    r"(?:de\s+nghi|de\s+xuat)[^;.]{0,60}?"
    r"(?:tang|khen\s+thuong)\s*$"
)
_SKIPPED_ITEMS = re.compile(r"\s*[;,.]?\s*(?:\n[ \t]*[-+•*][^\n]{1,120}\n)+\s*[-+•*]\s*")
_AMONG_THEM = re.compile(r"\s*,\s*trong\s+do(?:\s+co)?\s*:?\s*$")
_COUNTED_SUBJECT = re.compile(
    r"(?<![a-z0-9])(?:\d{1,3}|cac|nhieu|hai|ba|bon|nam)\s+(?:don\s+vi|tap\s+the|so|cuc|dai)\s+(?:da\s+)?(?:vinh\s+du\s+)?"
    r"duoc(?![a-z])"
)
_OPENING_DECISION = re.compile(
    r"\s*(?:[a-z ]{0,20},\s*)?(?:theo|tai|can\s+cu|cung)\s+quyet\s+dinh\s+so\s+\S+(?:\s+ngay\s+[\d/.-]+)?[^,;.]{0,60},"
)
_SIGNED_CONFERRING = re.compile(
    r"(?<![a-z])(?:ky|ban\s+hanh)\s+quyet\s+dinh\s+so\s+\S+(?:\s+ngay\s+[\d/.-]+)?\s+(?:ve\s+viec\s+)?"
    r"(?:tang|trao\s+tang|khen\s+thuong)\s+$"
)
_ABOUT_GIVING = re.compile(r"(?<![a-z])ve\s+viec\s+(?:tang|khen\s+thuong|trao\s+tang)\s+$")
_DECISION_DATE = re.compile(r"/\s*qd[^\s]*\s+(?:ngay\s+)?$")


def _decision_date(sh: str, d: DateMention) -> bool:
    """``d`` dates a decision ("Quyết định số 1102/QĐ-BCA ngày 29/02/2016")."""
    return d.year is not None and bool(_DECISION_DATE.search(sh, max(0, d.start - 45), d.start))


# ("- Tặng Cờ thi đua ...", "1. Bộ Quốc phòng tặng Cờ thi đua cho X;" under "Hội nghị thống nhất đề nghị:")
_RESULTS_INTRO = re.compile(
    r"(?<![a-z])danh\s+sach\s+(?:cac\s+)?(?:tap\s+the\s+|don\s+vi\s+)?duoc\s+(?:khen(?:\s+thuong)?|tang|trao(?:\s+tang)?)"
    r"(?![a-z])[^.\n]{0,80}?(?:nhu\s+sau|gom|cu\s+the)\s*:\s*\n"
)
_CLUSTER_HEADING_REST = re.compile(r"[ \t]*(?:\([^()\n]*\))?[ \t]*:?[ \t]*")


def _cluster_heading(ctx: Context, pos: int):  # type: ignore[no-untyped-def]
    """The cluster whose heading line ("Cụm thi đua số IV (6 tỉnh từ Thanh Hoá đến Thừa Thiên - Huế)", "II. Cụm thi
    đua số 3") is the nearest above ``pos`` naming a cluster, if that line names nothing else."""
    number = None
    an = ctx.an
    # (the section's own paragraphs may name it again: "Cụm thi đua số VII (Tây Nguyên)" + "Cụm thi đua số VII gồm ...")
    for h in reversed([c for c in ctx.clusters.mentions if c.end <= pos]):
        ls = an.text.rfind("\n", 0, h.start) + 1
        le = an.text.find("\n", h.end)
        le = len(an.text) if le < 0 else le
        if le >= pos or any(ls <= w.start < le for w in an.awards):
            continue
        if _HEADING_LEAD.fullmatch(an.sh, ls, h.start) and _CLUSTER_HEADING_REST.fullmatch(an.sh, h.end, le):
            return h
        if h.number != number and number is not None:
            return None
        number = h.number
    return None


_AWARD_LABEL = re.compile(r"\s*(?:cua\s+[^:;.\n]{0,40}?)?:\s*(?=[a-z])")
_ITEM_GIVE = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)])\s*(?:[^,.;:\n]{0,40}?\s)?(?:tang|trao\s+tang)\s+$")
# "Theo Quyết định, ...", "Cũng tại Quyết định, ...": the one just named
_THEO_QD = re.compile(r"\s*(?:cung\s+)?(?:theo|tai)\s+quyet\s+dinh\s*,")
_BASIS = re.compile(r"(?<![a-z])(?:can\s+cu|tren\s+co\s+so)(?![a-z])")
_ON_CLUSTER_PROPOSAL = re.compile(
    r"(?<![a-z])theo\s+de\s+nghi\s+cua\s+(?:cum|khoi)(?![a-z])"
    # ("Trên cơ sở đề nghị của Cụm thi đua số II (...), Cờ thi đua được trao cho X": one cluster named)
    r"|(?<![a-z])(?:tren\s+co\s+so|can\s+cu)\s+de\s+nghi\s+cua\s+(?=(?:cum|khoi)(?:\s+thi\s+dua)?\s+(?:so\s+)?[0-9ivx])"
)
# "Căn cứ kết quả bình xét, suy tôn tại hội nghị tổng kết năm của các Cụm thi đua ..., Cờ thi đua ... được tặng cho
# 9 Sở, cụ thể:" + "- Cụm thi đua số II: X và Y.": each item's cluster proposed its units (unlabelled: not known which)
_LEADS_REMARK = re.compile(
    r"^\s*,\s*(?:la\s+)?(?:don\s+vi\s+)?dan\s+dau\s+(?:cum|khoi)(?:\s+thi\s+dua)?(?:\s+so)?\s+(?:\d{1,2}|[ivx]{1,5})"
    r"(?![a-z0-9])(?:\s+cac\s+[^;,()\n]{1,30}?)?\s*(?=[;,(\n]|$)"
)
_PROVINCE_REVIEW = re.compile(
    r"(?<![a-z])(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+tinh\s[^.\n]{0,40}?to\s+chuc\s+(?:hoi\s+nghi|le)\s+(?:tong\s+ket|danh\s+gia)"
    r"[^.\n]{0,40}?phong\s+trao\s+thi\s+dua(?:\s+yeu\s+nuoc)?\s+nam\s+((?:19|20)\d\d)(?![\d-])"
)
_CLUSTER_LABEL_END = re.compile(r"\s*(?:\([^()\n]{0,60}\))?\s*:")
_ON_CLUSTERS_VOTES = re.compile(
    r"(?<![a-z])(?:theo\s+de\s+nghi\s+cua\s+(?:cac|tung)\s+(?:cum|khoi)"
    r"|can\s+cu\s+(?:vao\s+)?ket\s+qua\s+(?:binh\s+xet|suy\s+ton)[^.;:]{0,80}?cua\s+cac\s+(?:cum|khoi)"
    # ("căn cứ kết quả chấm điểm, bình xét và đề nghị của các Cụm thi đua": their proposals, not only their scores)
    r"|(?:va|,)\s+de\s+nghi\s+cua\s+(?:cac|tung)\s+(?:cum|khoi)"
    # ("Danh sách do từng Cụm đề nghị ... gồm:" + "- Cụm thi đua số 1: X;")
    r"|" + _BY_THE_CLUSTERS + r")(?![a-z])"
)
_RECEIVES_COLON = re.compile(
    r"(?<![a-z])(?:nhan|duoc\s+(?:[a-z]+\s+){0,4}?(?:tang|trao\s+tang|khen\s+thuong))\s+(?:cac\s+|nhung\s+)?"
    r"(?:hinh\s+thuc\s+khen\s+thuong|phan\s+thuong|danh\s+hieu)[^:]{0,30}:\s*$"
)
# ("- 2008 – <award>": the year it was handed over, then the award; "- Năm 2012: <award>" is the honours-by-year rule's)
_YEAR_ITEM_AWARD = re.compile(r"[ \t]*[-+•*][ \t]*(?:19|20)\d\d[ \t]*[–-][ \t]*$")
_HONOURS_PAGE = re.compile(
    r"(?<![a-z])(?:(?:nhung|cac)\s+phan\s+thuong|phan\s+thuong\s+(?:cao\s+quy|ma)|hinh\s+thuc\s+khen\s+thuong)(?![a-z])"
)
_SOME_HONOURS_COLON = re.compile(
    r"\s*(?:mot\s+so|cac|nhung)\s+(?:hinh\s+thuc\s+khen\s+thuong|phan\s+thuong|danh\s+hieu)[^:.]{0,30}:\s*$"
)
_HONOURED = re.compile(
    r"(?<![a-z])(?:duoc|nhan)\s+(?:[^.;]{0,60}?)(?:tang|trao\s+tang|khen\s+thuong|nhan)?\s*"
    r"(?:nhieu|cac)\s+(?:phan\s+thuong|hinh\s+thuc\s+khen\s+thuong|danh\s+hieu)"
)
_GIVES_COLON = re.compile(r"(?<![a-z])(?:trao|tang|de\s+nghi)\s*:\s*$")
_ITEM_AWARD = re.compile(r"[ \t]*(?:(?:[-+•*–]|\d{1,2}[.)])[ \t]*)?$")


def _item_header(ctx: Context, sent, a: Mention):  # type: ignore[no-untyped-def]
    """The list header (a line ending in ':') of a bullet that opens with the award and a colon."""
    an = ctx.an
    line_start = an.text.rfind("\n", 0, a.start) + 1
    if not _ITEM_AWARD.match(an.sh, line_start, a.start) or not re.match(r"[^\n:]{0,60}:", an.sh[a.end : sent.end]):
        return None
    i = bisect.bisect_left(an.sentence_starts, sent.start)
    while i > 0:
        i -= 1
        prev = an.sentences[i]
        head = an.text[prev.start : prev.end].rstrip()
        if head.endswith(":"):
            return prev
        if not re.match(r"\s*(?:[-+•*–]|\d{1,2}[.)]\s)", head):
            return None
    return None


_HEADING_YEAR = re.compile(r"(?:khen\s+thuong|thi\s+dua|ket\s+qua)[^\n.]{0,40}?nam\s+((?:19|20)\d\d)\s*$")


def _heading_year(ctx: Context, pos: int) -> int | None:
    """The year of the section heading above ``pos`` ("4. Kết quả khen thưởng năm 2023")."""
    an = ctx.an
    for s in reversed([s for s in an.sentences if s.end <= pos][-4:]):
        m = _HEADING_YEAR.search(an.sh, s.start, s.end)
        if m:
            return int(m.group(1))
    return None


_THIS_DECISION = re.compile(
    r"(?<![a-z])(?:cung|theo|tai|trong)\s+(?:quyet\s+dinh|qd)\s+(?:nay|tren)(?![a-z])"
    r"|(?<![a-z])(?:theo|tai|trong)\s+cung\s+(?:quyet\s+dinh|qd)(?![a-z])"  # ("được nhận Cờ theo cùng quyết định")
)
_SAME_BATCH = re.compile(
    r"(?<![a-z])(?:(?:cung\s+)?theo\s+(?:quyet\s+dinh|qd)\s+nay|cung\s+dot|cung\s+dip\s+nay|cung\s+quyet\s+dinh|"
    r"quyet\s+dinh\s+so\s+\S+\s+cung\s+ngay|cung\s+ngay(?=\s*,[^.;]{0,60}?(?<![a-z])ky\s+quyet\s+dinh))(?![a-z])"
)
_SIBLING_DECISION = re.compile(r"\s*cung\s+ngay\s*,[^.;]{0,60}?(?<![a-z])ky\s+quyet\s+dinh(?![a-z])")
_AWARD_ACKNOWLEDGES = re.compile(
    r"\s*(?:phan\s+thuong|co(?:\s+thi\s+dua)?|bang\s+khen)(?:\s+(?:nay|cao\s+quy))*\s+(?:la\s+su\s+|nham\s+)?"
    r"(?:ghi\s+nhan|danh\s+cho|tuyen\s+duong)(?![a-z])"
)
_AWARD_WORD = re.compile(r"(?<!\w)(?:[Cc]ờ|[Bb]ằng khen|[Pp]hần thưởng)(?!\w)")


def _follow_up(ctx: Context, sent, grantor: str | None = None) -> tuple[int | None, str | None]:  # type: ignore[no-untyped-def]
    """'X tổ chức lễ đón nhận Cờ thi đua của Chính phủ. Theo Quyết định số 521/QĐ-TTg ..., đơn vị được
    tặng Cờ vì ... năm 2022': the next sentence, naming no unit and speaking of the award, completes
    the year and the decision."""
    an = ctx.an
    i = bisect.bisect_left(an.sentence_starts, sent.start)
    if i + 1 >= len(an.sentences):
        return None, None
    nxt = an.sentences[i + 1]
    # (the award opening the next sentence as its subject: "Phần thưởng ghi nhận thành tích năm 2024 của Sở Tư pháp
    # tỉnh Bình Định (cũ), ...", which may name a unit and open the next paragraph)
    subject = _AWARD_ACKNOWLEDGES.match(an.sh, nxt.start)
    if re.search(r"\n\s*\n", an.text[sent.end : nxt.start]) and not subject:
        return None, None  # the same paragraph only
    if not _AWARD_WORD.search(an.text, nxt.start, nxt.end):
        return None, None
    if any(nxt.start <= u.start < nxt.end for u in an.units) and not subject:
        return None, None
    named = {au.value for au in an.authorities if nxt.start <= au.start < nxt.end}
    own_award = any(nxt.start <= w.start < nxt.end and w.value for w in an.awards)
    if grantor is not None and named and grantor not in named and own_award:
        return None, None  # ("Gần đây nhất, Đài được Bộ trưởng Bộ TT&TT tặng Cờ thi đua ...": another grantor's award)
    y = _FOR_YEAR.search(an.sh, nxt.start, nxt.end)
    d = _DECISION.search(an.sh, nxt.start, nxt.end)
    return (
        int(y.group(1)) if y else None,
        re.sub(r"\s+", "", an.text[d.start(1) : d.end(1)]) if d else None,
    )


_OWN_REASON = re.compile(r"(?<![a-z])(?:vi|do)\s+(?:da\s+)?(?:co\s+)?(?:thanh\s+tich|nhieu\s+dong\s+gop)(?![a-z])")


def _drop_undated(
    cands: list[Candidate],
    soft: set[int] | frozenset[int] = frozenset(),
    reasoned: set[int] | frozenset[int] = frozenset(),
) -> list[Candidate]:
    """An award stated again with more detail (title, then lead with the year, then body with the
    decision) is one fact: keep the dated one, and drop a statement another one completes."""

    def what(c: Candidate) -> tuple:
        f = c.fact
        return (f["award"], repr(f["recipient"]), f["status"])

    dated = {what(c) for c in cands if c.fact["year"] is not None}
    for c in cands:
        # "Quyết định số 1052/QĐ-TTg ... về việc tặng Cờ ... cho X" completes "X đón nhận Cờ ... năm 2019"
        if (c.fact["year"] is None or id(c) in soft) and c.fact["decision"] is not None:
            same = [
                d
                for d in cands
                if d.fact["year"] is not None
                and id(d) not in soft
                and what(d) == what(c)
                and d.fact["grantor"] == c.fact["grantor"]
            ]
            one = same[0].fact if same and len({repr(d.fact) for d in same}) == 1 else None
            if one is not None and one["decision"] is None and one["grantor"] == c.fact["grantor"]:
                for d in same:  # the same fact stated several times (title, lead, caption)
                    d.fact["decision"] = c.fact["decision"]
    # (an undated statement with its own decision is one a dated one repeats only when their grantors agree:
    # the flags of the Government and of the ministry handed to one unit at one ceremony are two awards)
    # (a year the page's lead lent a sentence that says nothing of time is no year of its own: "TAND tỉnh X đón
    # nhận Cờ thi đua" as a heading, told below "... ghi nhận thành tích ... năm 2019")
    dated = {what(c) for c in cands if c.fact["year"] is not None and id(c) not in soft}
    kept = [
        c
        for c in cands
        if (c.fact["year"] is not None and id(c) not in soft)
        or what(c) not in dated
        or id(c) in reasoned
        or not any(
            d.fact["year"] is not None
            and id(d) not in soft
            and what(d) == what(c)
            and (
                c.fact["decision"] is None  # (a bare restatement: "X đón nhận Cờ thi đua" in the title)
                or c.fact["grantor"] is None
                or d.fact["grantor"] in (None, c.fact["grantor"])
            )
            for d in cands
        )
    ]

    def completes(d: dict, c: dict) -> bool:
        detail = ("year", "decision", "grantor", "cluster")
        return d is not c and all(c[k] is None or c[k] == d[k] for k in detail) and any(
            c[k] is None and d[k] is not None for k in detail
        )

    by_what: dict[tuple, list[Candidate]] = {}
    for c in kept:
        by_what.setdefault(what(c), []).append(c)
    return [c for c in kept if not any(completes(d.fact, c.fact) for d in by_what[what(c)])]


# what stands between an authority and its proposal verb ("Hội đồng Thi đua - Khen thưởng TAND tối cao đã
# thống nhất trình ...", "Bộ TTTT có tờ trình ...")
_AUTHORITY_GIVES = re.compile(r"\s*(?:(?:da|vua|cung)\s+)*(?:trao\s+tang|trao|tang|khen\s+thuong)(?![a-z])")
# ("Tổng Giám đốc BHXH Việt Nam đã trình Thủ tướng ... cho X, đồng thời đề nghị tặng Bằng khen ... cho Y": its own)
_AUTHORITY_SUBMITS = re.compile(r"\s*(?:(?:da|vua|cung|se)\s+)*(?:trinh|de\s+nghi|de\s+xuat)(?![a-z])")
_COUNCIL = re.compile(r"(?<![a-z])hoi\s+dong\s+(?:thi\s+dua(?:\s*[-–,]?\s*khen\s+thuong)?|tdkt)(?![a-z])")
# ("BHXH Việt Nam có Tờ trình số 512/TTr-BHXH đề nghị Thủ tướng ...": the authority's submission, with its number)
_VOICED = re.compile(
    r"\s*(?:(?:da|se|cung|tiep\s+tuc|vua|thong\s+nhat|nhat\s+tri)\s+)*"
    # ("BHXH Việt Nam đã hoàn thiện hồ sơ(,) trình Thủ tướng ...")
    r"(?:(?:hoan\s+thien|lap|hoan\s+tat)\s+ho\s+so\s*,?\s*)?"
    r"(?:co\s+to\s+trinh\s+(?:so\s+\S+\s+)?(?:ngay\s+[\d/.-]+\s+)?)?"
)


_AND_PROPOSED = re.compile(
    r"(?:,|\s+va)\s*(?=(?:duoc\s+)?(?:(?:thong|nhat)\s+(?:nhat|tri)\s+)?(?:de\s+nghi|de\s+xuat)(?![a-z]))"
)
_VIA_COUNCIL = re.compile(
    r"(?<=de\snghi\s)" + _COUNCIL.pattern + r"(?:\s+(?:nganh|bo|tinh)(?:\s+[a-z]+){0,3}?)?"
    r"\s*(?:xem\s+xet\s*,?\s*)?(?=trinh|de\s+nghi)"
)
_RULE_LINE = re.compile(r"[\s\-+=:]+")
_PHOTO_CAPTION = re.compile(r"\s*anh\s*\d{0,2}\s*:")
_PHOTO_POINTER = re.compile(r"\(\s*anh(?:\s+\d{1,2})?\s*\)")
_TOP_SCORE = re.compile(
    # ("X tiếp tục dẫn đầu Cụm với số thu vượt kế hoạch và được tặng Cờ thi đua": its lead, then its award)
    r"^\s*,?\s*(?:da\s+)?(?:tiep\s+tuc\s+)?dan\s+dau(?:\s+[a-z0-9%]+){0,12}?\s+(?=(?:da\s+|cung\s+)*duoc\s)|"
    # ("X tiếp tục giữ vị trí dẫn đầu, nhận Cờ thi đua", "X xếp thứ nhất và được tặng Cờ")
    r"^\s*,?\s*(?:da\s+)?(?:tiep\s+tuc\s+)?(?:dat|xep|dung|co|giu)\s+(?:[a-z0-9]+\s+){0,4}?"
    r"(?:cao\s+nhat|thu\s+nhat|tuyet\s+doi|dau|diem)\s*"
    r"(?:\([^()]{0,30}\)\s*)?(?:,\s*(?:va\s+)?|\s+va\s+|\s+)(?=(?:da\s+|cung\s+)*(?:duoc|nhan|don\s+nhan)\s)"
    # minutes: "- X đạt 6/6 phiếu, Hội nghị đề nghị Bộ trưởng ... tặng <award>;", "- X và Y đạt 5/6 phiếu, đề nghị tặng"
    r"|^\s*,?\s*(?:da\s+)?dat\s+\d{1,2}\s*/\s*\d{1,2}\s+phieu\s*(?:\([^()]{0,30}\)\s*)?(?:,\s*|\s(?=duoc\s))"
    # ("X đạt 6/6 phiếu, dẫn đầu Cụm và được thống nhất đề nghị ...", "Y đạt 4/6 phiếu, được đề nghị tặng")
    r"(?:dan\s+dau\s+(?:cum|khoi)\s+(?:va\s+)?)?(?:duoc\s+)?"
    r"(?:(?:hoi\s+nghi|cum)\s+)?(?:(?:thong\s+nhat|nhat\s+tri)\s+)?(?=de\s+nghi|de\s+xuat)"
)
_SCORE_OF = re.compile(r"^\s*(?:da\s+)?dat\s+\d{1,2}\s*/\s*\d{1,2}\s+phieu(?=\s*(?:,|va\s))")
_PROVINCE_SUBMITS = re.compile(
    # ("Cũng tại hội nghị, UBND tỉnh thống nhất đề nghị Thủ tướng ...")
    r"\s*(?:[^,.;]{0,40},\s*)?(?:tinh|ubnd\s+tinh|uy\s+ban\s+nhan\s+dan\s+tinh)\s+"
    r"(?:da|cung|se|vua|dang|thong\s+nhat|nhat\s+tri)\s"
)
# ("... cho biết UBND tỉnh đang hoàn tất hồ sơ đề nghị Chủ tịch nước tặng ...": the committee is the one proposing)
_COMMITTEE_SUBMITS = re.compile(
    r"(?<![a-z])(?:ubnd|uy\s+ban\s+nhan\s+dan)\s+tinh\s+(?:da|dang|se|cung|vua|thong\s+nhat|nhat\s+tri)\s+"
    r"(?:[a-z]+\s+){0,4}?(?:de\s+nghi|trinh)"
)
_BARE_AUTHORITY_SUBMITS = re.compile(
    # (at the sentence's start too, which ``search`` from a position does not see as "^": "Bộ cũng đã trình ...")
    r"(?:^|[,;:]\s*|(?<=[.\n])\s*)(?:bo|tong\s+cuc|bo\s+truong|tong\s+cuc\s+truong)(?:\s+(?:da|cung|se|tiep\s+tuc))*\s+"
    r"(?:co\s+)?(?:to\s+trinh|trinh|lap\s+ho\s+so|hoan\s+thien\s+ho\s+so)(?![a-z])"
)


def _side_meeting_cluster(ctx: Context, s0: int) -> dict | None:
    """'Trước đó, ngày 11/1/2019, Cụm thi đua số 1 đã tổ chức Hội nghị tổng kết .... Tại hội nghị, các đơn vị
    trong cụm đã bỏ phiếu đề nghị ...': in a page about something else, the meeting just told proposes."""
    side = ctx.extra.get("side_meeting")
    if side is None or not 0 <= s0 - side.end < 1000:
        return None
    if _AT_THE_MEETING.match(ctx.an.sh, s0) or _AT_THAT_REVIEW.match(ctx.an.sh, s0):
        return side.fact["cluster"]
    if _THE_MEETING_PROPOSES.match(ctx.an.sh, max(0, s0 - 2)):
        return side.fact["cluster"]  # ("Hội nghị đã bình xét, thống nhất đề nghị ...": the meeting just told)
    return None


def _bracketed(sh: str, pos: int) -> bool:
    """``pos`` is inside a bracket opened on its line ("X (đơn vị dẫn đầu Cụm thi đua số 6)")."""
    line = sh.rfind("\n", 0, pos) + 1
    return sh.rfind("(", line, pos) > sh.rfind(")", line, pos)


def _cluster_proposes(ctx: Context, s0: int, a: Mention) -> bool:
    """A proposal voiced by an authority ("Bộ TTTT đề nghị Thủ tướng tặng ...") is not the cluster's."""
    an = ctx.an
    cues = list(_PROPOSE.finditer(an.sh, s0, a.start))
    if not cues:
        return True
    cue = cues[-1].start()
    if _ON_CLUSTER_PROPOSAL.search(an.sh, s0, cue):
        return True  # "Cũng theo đề nghị của Cụm, Bộ Nội vụ đã trình Thủ tướng tặng ...": the authority passes it on
    if re.search(r"(?:[,;]\s*|\s)(?:dong\s+thoi|va|cung)\s*$", an.sh[max(s0, cue - 20) : cue]) and any(
        s0 <= au.start
        and au.end <= cue
        and (_AUTHORITY_GIVES.match(an.sh, au.end) or _AUTHORITY_SUBMITS.match(an.sh, au.end))
        and not _PROPOSE.search(an.sh, s0, au.start)  # (the subject, not the one asked to give)
        for au in an.authorities
    ):
        return False  # "Bộ Công an đã trao Cờ thi đua cho X; đồng thời đề nghị Chính phủ tặng ...": the authority's
    if _BARE_AUTHORITY_SUBMITS.search(an.sh, s0, cues[-1].end()) or _BARE_AUTHORITY_SUBMITS.match(
        an.sh, s0, cues[-1].end()
    ):
        return False  # "Đối với 2 đơn vị ..., Bộ đã có Tờ trình gửi ... đề nghị Thủ tướng tặng ...": the ministry's
    if _PROVINCE_SUBMITS.match(an.sh, s0, cue) or _COMMITTEE_SUBMITS.search(an.sh, s0, cue + 12):
        return False  # "Tỉnh đã hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng ...": the province's
    council = _COUNCIL.search(an.sh, s0, cue)
    asked = council and re.search(  # ("Cụm ... đề nghị Hội đồng Thi đua - Khen thưởng ngành xem xét, trình ...")
        r"(?<![a-z])(?:de\s+nghi|kien\s+nghi|trinh|gui)\s*$", an.sh[max(s0, council.start() - 14) : council.start()]
    )
    own = council and re.match(r"\s*(?:cua\s+)?(?:cum|khoi)(?![a-z])", an.sh[council.end() : council.end() + 12])
    if council and not asked and not own:
        return False  # "Hội đồng Thi đua - Khen thưởng TAND tối cao đã họp xét, thống nhất trình ...": the authority's
    for au in an.authorities:
        # "đề nghị Bộ Y tế trình Thủ tướng tặng ...": the cluster asks its ministry to submit
        if au.end <= cue and re.fullmatch(r"\s*", an.sh[au.end : cue]) and re.search(
            # (or submits to it: "Hội nghị cũng thống nhất trình BHXH Việt Nam đề nghị Thủ tướng tặng ...")
            r"(?<![a-z])(?:de\s+nghi|de\s+xuat|kien\s+nghi|trinh)\s*$", an.sh[max(s0, au.start - 12) : au.start]
        ):
            return True
    return not any(
        au.end <= cue
        and _VOICED.fullmatch(an.sh, au.end, cue)
        for au in an.authorities
    )


def _foreign_named_after(ctx: Context, a: Mention, nxt: int) -> bool:
    """'<award> của Tỉnh ủy ...': the award's own grantor, written after it, is one the vocabulary lacks."""
    return _foreign_after_at(ctx, a, nxt) is not None


def _foreign_after_at(ctx: Context, a: Mention, nxt: int) -> int | None:
    """Where '<award> của <grantor outside the authority layer>' names that grantor, if it does."""
    an = ctx.an
    after = re.match(r"\s*(?:xuat\s+sac\s+)?(?:nam\s+\d{4}\s+)?cua\s+", an.sh[a.end : nxt])
    if after is None:
        return None
    pos = a.end + after.end()
    known = any(au.start <= pos < au.end for au in an.authorities)
    return pos if _FOREIGN_GRANTOR.match(an.sh, pos) and not known else None


def _foreign_grantor(ctx: Context, a: Mention, s0: int, nxt: int) -> int | None:
    """Where a grantor outside the authority layer is named for the award: 'Cờ thi đua của UBND tỉnh',
    'đề nghị UBND tỉnh tặng' (the last one named between the proposal cue and the award)."""
    an = ctx.an
    def known(pos: int) -> bool:  # inside a grantor the vocabulary knows ("Ban Chấp hành Trung ương Đoàn")
        return any(au.start <= pos < au.end for au in an.authorities)

    pos = _foreign_after_at(ctx, a, nxt)
    if pos is not None:
        return pos
    cues = list(_PROPOSE.finditer(an.sh, s0, a.start))
    # (90 characters: "UBND tỉnh Quảng Bình ban hành Quyết định số 512/QĐ-UBND tặng Cờ thi đua")
    start = cues[-1].end() if cues else max(s0, a.start - 90)
    # "Ban Thường vụ Trung ương Hội ND Việt Nam": the standing body of an authority the vocabulary knows
    found = [
        m.start()
        for m in _FOREIGN_GRANTOR.finditer(an.sh, start, a.start)
        if not known(m.start()) and not any(0 <= au.start - m.end() <= 2 for au in an.authorities)
    ]
    return found[-1] if found else None


# "(Chủ tịch) UBND tỉnh (X)", "Ủy ban nhân dân thành phố Hà Nội": a province's People's Committee, the vocabulary's
# grantor-only ubnd_tinh; not a district's ("UBND huyện ..."), nor a city's under a province ("UBND thành phố Vinh")
_COMMITTEE = re.compile(
    r"(?<![a-z])(?:chu\s+tich\s+)?(?:ubnd|uy\s+ban\s+nhan\s+dan)(?:\s+(tinh|thanh\s+pho|tp)(?![a-z]))?\s*"
)


# "...; đồng thời nhận <award>", ", được Thủ tướng Chính phủ tặng <award>": a second predicate of the same subject
_SECOND_PREDICATE = re.compile(
    r"[^.:;]{0,120}?(?:[,;]\s*|\s)(?:(?:va|dong\s+thoi|cung|con|sau\s+do|tiep\s+do)\s+)*"
    r"(?:(?:da|cung|vinh\s+du|tiep\s+tuc|lai)\s+)*"
    r"(?:duoc\s+(?:[a-z]+\s+){0,2}?(?:trao\s+)?tang|(?:don\s+)?nhan|duoc\s+(?:trao\s+)?tang)\s*"
    # (or a second object of the same verb: "X đón nhận Huân chương Lao động hạng Ba và Cờ thi đua của Bộ")
    # (or in a list of them: "Đài còn được tặng Bằng khen của Thủ tướng năm 2009, Bằng khen của Bộ trưởng năm 2012 ...")
    # (after the first one's reason: "... Huân chương Lao động hạng Ba vì thành tích giai đoạn 2001-2005, và ...")
    r"|\s*(?:xuat\s+sac\s+)?(?:cua\s+)?\s*(?:nam\s+)?\s*"
    r"(?:(?:vi|do|cho)\s+(?:co\s+)?(?:thanh\s+tich|ket\s+qua)[^.;:]{0,80}?)?"
    r"(?:\(\s*(?:nam\s+)?\s*\)\s*)?"  # (after its year in brackets: "hạng Ba (năm 2001) và hạng Nhì (năm 2006)")
    r"(?:,|va|cung|,\s*va)\s*"
)


def _second_predicate(ctx: Context, prev_end: int, a: Mention) -> bool:
    """The award follows another of the same sentence, whose subject was its recipient, as that subject's second
    predicate, with no unit named between them."""
    an = ctx.an
    if any(prev_end <= u.start < a.start for u in an.units) or any(prev_end < w.start < a.start for w in an.awards):
        return False
    gap = mask(an.sh, prev_end, a.start, [*an.authorities, *_named_grantors(ctx, prev_end, a.start), *an.years])
    gap = re.sub(r"\s+", " ", gap)
    return bool(_SECOND_PREDICATE.fullmatch(gap))


def _own_grantor(ctx: Context, w: Mention, recipients: list[Unit]) -> str | None:
    """The grantor the text gives an award ("Điều 1. Tặng Cờ thi đua của UBND tỉnh cho 07 tập thể"): an authority,
    the recipients' own province's committee (``ubnd_tinh``), or "" for a grantor outside the vocabulary."""
    an = ctx.an
    sent = an.sentence_at(w.start)
    nxt = min([b.start for b in an.awards if w.start < b.start < sent.end] + [sent.end])
    own = _foreign_after_at(ctx, w, nxt)
    if own is not None:
        return "ubnd_tinh" if _committee_of(ctx, own, recipients) else ""
    return _grantor(ctx, w, sent.start, recipients)


_PRESIDENT = re.compile(r"(?<![a-z])(?:chu\s+tich\s+nuoc|nha\s+nuoc)(?![a-z])")


def _named_grantors(ctx: Context, start: int, end: int) -> list[Mention]:
    """The grantors outside the authority layer the vocabulary knows, named between ``start`` and ``end``: the
    provinces' committees and the State President (masked out of a subject's gap as the authorities are)."""
    president = [Mention(m.start(), m.end(), "chu_tich_nuoc") for m in _PRESIDENT.finditer(ctx.an.sh, start, end)]
    return [*_committees(ctx, start, end), *president]


def _committee_named(ctx: Context, m: re.Match[str]) -> tuple[Mention | None] | None:
    """For a match of :data:`_COMMITTEE`: ``(the province it names or None,)`` when it is a province's committee;
    None for a bare "UBND" or a city's committee that names no province (a district's, a city's under a province)."""
    named = next((p for p in ctx.an.provinces if m.end() <= p.start <= m.end() + 1), None)
    return None if named is None and m.group(1) != "tinh" else (named,)


def _committees(ctx: Context, start: int, end: int) -> list[Mention]:
    """The provinces' committees named between ``start`` and ``end`` (with the province they name), masked out of a
    subject's gap as the authorities are ("X được Chủ tịch UBND tỉnh Quảng Trị tặng <award>")."""
    out = []
    for m in _COMMITTEE.finditer(ctx.an.sh, start, end):
        if (found := _committee_named(ctx, m)) is not None:
            out.append(Mention(m.start(), found[0].end if found[0] else m.end(), "ubnd_tinh"))
    return out


def _committee_of(ctx: Context, pos: int, recipients: list[Unit]) -> bool:
    """The grantor named at ``pos`` is the People's Committee of the recipients' own (one) province."""
    m = _COMMITTEE.match(ctx.an.sh, pos)
    found = _committee_named(ctx, m) if m is not None else None
    if found is None:
        return False
    provinces = {u.province for u in recipients}
    return len(provinces) == 1 and (found[0] is None or found[0].value in provinces)


def _complement(ctx: Context, excluded: list[Unit], cluster: dict | None) -> list[Unit]:
    """'cho các đơn vị còn lại': the cluster's listed members minus this sentence's recipients
    (members listed for another cluster of the article do not count)."""
    members = [u for u, c in ctx.extra.get("members", []) if c == cluster]
    taken = {(u.agency, u.province) for u in excluded}
    return [u for u in members if (u.agency, u.province) not in taken]


def _foreign_to(grantor: str | None, recipients: list[Unit]) -> bool:
    """``grantor`` is a sector's authority, and not the recipients' (whose sector is known): the Government
    and such, which are no sector's, are never foreign."""
    from thidua.vocab import DEFAULT_AUTHORITY, default_authority

    if grantor is None or not recipients:
        return False
    theirs = {default_authority(u.agency) for u in recipients} - {None}
    return bool(theirs) and grantor in set(DEFAULT_AUTHORITY.values()) and grantor not in theirs


def _default_grantor(ctx: Context, recipients: list[Unit]) -> str | None:
    from thidua.vocab import default_authority

    if recipients:
        found = default_authority(recipients[0].agency)
        if found:
            return found
    return ctx.clusters.authority


def _spelled_as_cue(text: str, a: int, b: int) -> bool:
    """The shadow drops tones: 'nhân' (people: 'Viện kiểm sát nhân dân', 'cá nhân', 'Nhân dịp') and 'trào'
    ('phong trào') fold to the cues 'nhận' (receive) and 'trao' (hand over). The article's own letters decide."""
    word = text[a:b].lower()
    if word.endswith(("nhan", "nhân", "nhẫn", "nhấn", "nhàn", "nhạn")):
        return False  # only "nhận"
    if word.startswith(("trào", "trịnh")):
        return False  # (and "Trịnh", a family name, folds to the cue "trình", submit)
    return True


def _status(ctx: Context, s0: int, pos: int, seg: str | None = None) -> str | None:
    """The status the cues between ``s0`` and ``pos`` give (``seg``: that stretch of the shadow with some words
    blanked, the same length)."""
    an = ctx.an
    seg = an.sh[s0:pos] if seg is None else seg
    # ("Cũng tại buổi lễ, theo đề nghị của Cụm thi đua số 6, Bộ trưởng ... đã tặng Cờ thi đua ...": the basis of what
    # the clause after the comma tells)
    bases = [(x.start(), x.end()) for x in _ON_PROPOSAL_OF.finditer(seg)]
    # ("Quyết định được ban hành trên cơ sở đề nghị của Hội đồng ...": the basis of a decision, not a proposal)
    p = [
        m.end()
        for m in _PROPOSE.finditer(seg)
        if not any(x <= m.start() < y for x, y in bases)
        and not _BASIS_OF.search(seg, max(0, m.start() - 20), m.end() + 5)
        and _spelled_as_cue(an.text, s0 + m.start(), s0 + m.end())
    ]
    voted = [m.end() for m in _VOTED_TO.finditer(seg)]
    c = [
        m.end()
        for m in _CONFER.finditer(seg)
        # (nor "được hội nghị thống nhất trình Chủ tịch nước tặng": a submission, a proposal)
        if not re.search(r"de\s+nghi|de\s+xuat|(?<![a-z])trinh(?![a-z])", m.group(0))
        and _spelled_as_cue(an.text, s0 + m.start(), s0 + m.end())
        # ("Cụm suy tôn X nhận Cờ thi đua, Y nhận Bằng khen": who the vote puts forward to receive it)
        and not (m.group(0) == "nhan" and voted and voted[0] < m.start())
    ]
    # ("tăng", increase, folds to "tang" too: only "tặng", give, is a cue)
    w = [
        m.end()
        for m in _WEAK_CONFER.finditer(seg)
        if not an.text[s0 + m.start() : s0 + m.end()].lower().startswith("tăng")
    ]
    lp, lc = (p[-1] if p else -1), (c[-1] if c else -1)
    if lp < 0 and lc < 0:
        if w:
            return "conferred"
        # "Bằng khen của ... cho X" after a proposal in a previous clause of the sentence is handled above;
        return None
    return "proposed" if lp > lc else "conferred"


def _status_after(ctx: Context, a: Mention, s1: int) -> str | None:
    """'<award> (của Bộ X) được đề nghị tặng cho Y' / 'được trao tặng cho Y': the cue after the award."""
    an = ctx.an
    end = min(s1, a.end + 80)  # (a province's committee as an authority: "Bằng khen của Chủ tịch UBND tỉnh được ...")
    gap = mask(an.sh, a.end, end, [*an.authorities, *_named_grantors(ctx, a.end, end)])
    m = re.match(
        # ("Cờ thi đua năm 2022 của BHXH Việt Nam được trao cho X": the year before the grantor too)
        # ("Bằng khen của Bộ trưởng được trao cho X": a generic grantor)
        # ("Cờ thi đua của Bộ thuộc về X", "Cờ thi đua về tay X", "Cờ thi đua tặng X, Bằng khen tặng Y")
        r"\s*(?:xuat\s+sac\s+)?(?:nam\s+\d{4}\s+)?(?:cua\s+(?:(?:bo|tong\s+cuc|cuc|vien)(?:\s+truong)?\s+"
        # ("Bằng khen của Bộ trưởng cho thành tích năm 2018 được trao cho X": the work it rewards, then the cue)
        # ("Cờ thi đua năm 2016 của Cụm thuộc về X": the cluster's flag)
        r"|tong\s+giam\s+doc\s+|chu\s+tich\s+|(?:cum|khoi)\s+)?)?\s*(?:nam\s+\d{4}\s+)?"
        # ("Bằng khen theo Quyết định này được trao cho X")
        r"(?:(?:theo|tai)\s+(?:cung\s+)?(?:quyet\s+dinh|qd)(?:\s+(?:nay|tren|so\s+\S+))?\s+)?"
        r"(?:(?:cho|vi|ve)\s+thanh\s+tich(?:\s+[a-z0-9]+){0,6}?\s+(?=(?:da\s+|se\s+)?duoc\s))?(?:(?:da\s+|se\s+)?duoc\s+"
        r"(de\s+nghi|de\s+xuat|trao|tang)|(thuoc\s+ve|ve\s+tay|tang(?=\s+(?:so|cuc|dai|cong\s+an|bhxh|hoi|ldld|"
        r"vksnd|tand|kbnn)(?![a-z]))))",
        gap,
    )
    if m and m.group(2):
        return "conferred"  # "Với Cụm thi đua số 7, Bằng khen thuộc về X, Y và Z"
    if not m or not re.match(r"[^.;]{0,20}?cho(?![a-z])", gap[m.end() :]):
        return None
    return "proposed" if m.group(1).startswith("de") else "conferred"


_ON_PROPOSAL_OF = re.compile(r"(?<![a-z])theo\s+de\s+nghi\s+cua\s[^,.;:]{1,80},")
_BASIS_OF = re.compile(r"(?<![a-z])(?:tren\s+co\s+so|can\s+cu(?:\s+vao)?)\s+de\s+nghi\s+cua(?![a-z])")
_SIGNS_DECISION = re.compile(
    r"^\s*(?:(?:cung|da|vua)\s+)*(?:co|ky|ban\s+hanh)\s+quyet\s+dinh\s+so\s+[0-9]+\s*[-/][^\s,;.]*"
    r"(?:\s+ngay\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?)?\s*,?"
)


def _grantor(ctx: Context, a: Mention, s0: int, recipients: list[Unit]) -> str | None:
    an = ctx.an
    if a.value.startswith("other:"):
        return orders().grantor  # (an order of the State: the State President's)
    if a.end - a.start == 2 and a.value == "emulation_flag":
        # the flag named bare ("... được tặng Cờ vì ...") is the one named in full just before it ("Cờ thi đua của
        # Chính phủ dành cho Công an tỉnh. Theo Quyết định ..., X được tặng Cờ"), of its grantor
        named = [w for w in an.awards if w.end <= a.start and w.value == a.value and w.end - w.start > 2]
        if named:
            w = named[-1]
            found = _grantor(ctx, w, an.sentence_at(w.start).start, recipients)
            if found is not None:
                return found
    # "Cờ thi đua (xuất sắc) (của) <authority>"
    for au in an.authorities:
        if (
            au.start >= a.end
            and au.start - a.end <= 25
            and re.fullmatch(
                r"\s*(?:xuat\s+sac\s+)?(?:nam\s+\d{4}\s+)?(?:cua\s+)?(?:ban\s+chap\s+hanh\s+)?(?:chinh\s+)?",
                an.sh[a.end : au.start],
            )
        ):
            return au.value
    # "<authority> (xét) tặng <award>" between the cue and the award
    before = [au for au in an.authorities if s0 <= au.start and au.end <= a.start and a.start - au.end <= 100]
    if before:
        au = before[-1]
        # ("Bộ trưởng Bộ Công an cũng có Quyết định số 1160/QĐ-BCA (ngày 2/2/2018) tặng <award>": the signer)
        gap = _SIGNS_DECISION.sub(" ", an.sh[au.end : a.start])
        # ("Các Cục Thuế được tặng": units in the plural, not the "Cục Thuế" that grants)
        plural = re.search(r"(?<![a-z])(?:cac|nhung|\d{1,3})\s+$", an.sh[max(0, au.start - 8) : au.start])
        if not plural and len(gap) <= 40 and re.fullmatch(
            # ("Quyết định số 312/QĐ-BTC ... của Bộ trưởng Bộ Tài chính về việc tặng <award>")
            r"\s*(?:(?:xet|trao|tang|khen\s+thuong|de\s+nghi|va|vua|da|se|duoc|cung|ve\s+viec|,)\s*)*", gap
        ):
            return au.value
    # generic "của Bộ", "Bộ trưởng": the cluster's authority
    generic = _GENERIC_GRANTOR.match(an.sh[a.end : a.end + 30]) or re.search(
        r"(?:bo\s+truong|tong\s+giam\s+doc|cuc\s+truong|tu\s+lenh)\s+(?:(?:xet|trao)\s+)?tang\s*$",
        an.sh[max(s0, a.start - 40) : a.start],
    )
    if not generic:
        return None
    found = _default_grantor(ctx, recipients)
    if re.search(r"(?<![a-z])bo(?![a-z])", generic.group(0)) and found and not found.startswith("bo_"):
        # "Bằng khen của Bộ trưởng" to a Cục Thuế, whose sector's own authority is the Tổng cục: the ministry
        # the page named last ("... Quyết định số 638/QĐ-BTC của Bộ trưởng Bộ Tài chính ...")
        named = [au.value for au in an.authorities if au.end <= a.start and au.value.startswith("bo_")]
        return named[-1] if named else found
    return found


# "02 phóng viên Đài PT-TH X", "Chi cục Thuế khu vực ... (Cục Thuế X)": people of the unit, or a sub-unit
# the unit is only a remark on; the award is theirs, not the unit's (or its head's: "Ông Trần Đức Minh, Giám đốc Sở
# TT&TT, được Thủ tướng Chính phủ tặng Bằng khen")
_PEOPLE_OF = re.compile(
    r"(?<![a-z])(?:phong\s+vien|bien\s+tap\s+vien|ca\s+nhan|can\s+bo|cong\s+chuc|vien\s+chuc|nhan\s+vien|"
    r"(?:pho\s+)?giam\s+doc|(?:pho\s+)?cuc\s+truong|chanh\s+van\s+phong|(?:pho\s+)?truong\s+phong|thu\s+truong|"
    r"chien\s+si|dien\s+vien|hoi\s+vien|doan\s+vien|tap\s+the\s+thuoc|thuoc)\s+(?:cua\s+)?$"
)


# "Phòng Cảnh sát hình sự Công an tỉnh X": a department inside the unit, named right before it
# (on the same line; "Bộ đội Biên phòng" is no "đội")
_DEPARTMENT_OF = re.compile(r"(?<![a-z])(?<!bo\s)(?:phong|doi|trung[ \t]+tam|chi[ \t]+cuc)(?:[ \t]+[a-z]+){1,5}[ \t]+$")


def _not_the_unit(sh: str, u: Unit) -> bool:
    if _PEOPLE_OF.search(sh, max(0, u.start - 30), u.start):
        return True
    if _DEPARTMENT_OF.search(sh, max(0, u.start - 40), u.start) and sh[u.start].isalpha():
        return True
    opened = re.search(r"\(\s*$", sh[max(0, u.start - 3) : u.start])
    return bool(opened) and bool(re.match(r"\s*\)", sh[u.end : u.end + 3]))


# ("đơn vị vừa được ... tặng", or the unit's own kind: "Theo Quyết định số 258/QĐ-TTg ..., Đài được tặng Cờ")
_BARE_SUBJECT = re.compile(
    # ("tập thể Đài ...")
    r"\s*(?:tap\s+the\s+)?(?:don\s+vi|dai|so|cuc)\s+(?:(nay|tren|do)\s+)?((?:[a-z]+\s+){0,8}?)\s*"
)


def _bare_kind_fits(said: re.Match[str], unit: Unit) -> bool:
    """The bare subject is "đơn vị", or names the unit's own kind ("Đài" for a radio and TV station)."""
    words = said.group(0).split()
    word = words[2] if words[:2] == ["tap", "the"] and len(words) > 2 else words[0]
    return word == "don" or unit.agency.startswith(_BARE_TYPES.get(word, "?"))
_REPORTS = re.compile(
    r"\s*(?:thong\s+tin|thong\s+bao|cho\s+biet|bao\s+cao)(?:\s+(?:viec|rang|la|ve\s+viec))?(?=\s+don\s+vi\s)"
)
_LEAD_OF_SUBJECT = re.compile(r"\s*(?:(?:trong\s+)?nam\s+(?:19|20)\d\d\s*,\s*)?")
_PLACING_APPOSITION = re.compile(
    # (or leading it: "X, đơn vị dẫn đầu Cụm thi đua số 4, được tặng Cờ")
    # (or its role: "X, đơn vị Cụm trưởng Cụm thi đua số 1 thuộc Tổng cục Thuế năm 2020, nhận Bằng khen")
    r"^\s*,\s*(?:la\s+)?(?:mot\s+)?(?:don\s+vi|thanh\s+vien)\s+(?:(?:trong|cua|thuoc)\s+(?:cum|khoi)|dan\s+dau)[^,.;]{0,60},"
    r"|^\s*,\s*(?:la\s+)?(?:don\s+vi\s+)?(?:cum|khoi)\s+(?:truong|pho)(?![a-z])[^,.;]{0,80},"
)
# a reason clause or an open bracket before "gồm": what follows lists a cluster's members, not recipients
_ASIDE_OPEN = re.compile(r"(?<![a-z])vi\s+(?:da|co|dat|hoan|luon)(?![a-z])|\([^()]*$")


_LIST_FOLLOWS = re.compile(
    r"\s*(?:danh\s+sach\s+)?(?:cu\s+the|chi\s+tiet)?\s*(?:nhu\s+sau|gom)\s*:\s*"
    # ("Danh sách do từng Cụm đề nghị và được Tổng cục trưởng chấp thuận gồm:")
    # ("Danh sách cụ thể theo từng Cụm như sau:")
    r"|\s*danh\s+sach\s[^.:;]{0,80}?(?:nhu\s+sau|gom)\s*:\s*"
)
# the sentence that opens a list bridged to the award's sentence, as a researcher would read it: "cụ thể:"
_BRIDGE = re.compile(r"\.\s+(?:danh\s+sach|cu\s+the|chi\s+tiet|nhu\s+sau)[^.:;]{0,100}:")


def _recipients(
    ctx: Context, a: Mention, s0: int, s1: int, *, bridged: bool = False
) -> tuple[list[Unit], tuple[int, int]]:
    """The units an award goes to, and their span. ``bridged``: the list opens in the next sentence, after a
    period ("... được trao Cờ thi đua năm 2010. Danh sách cụ thể như sau: ...")."""
    an = ctx.an
    units = [u for u in an.units if s0 <= u.start < s1]
    # to the right: "... cho X, Y và Z" / "... gồm: X, Y"
    nxt_award = min([b.start for b in an.awards if b.start > a.start and b.start < s1] + [s1])
    after = [u for u in units if a.end <= u.start < nxt_award]
    if after:
        lead = an.sh[a.end : after[0].start]
        lead_clean = mask(
            an.sh, a.end, after[0].start, [*an.authorities, *an.years, *_named_grantors(ctx, a.end, after[0].start)]
        )
        if bridged:
            lead = _BRIDGE.sub(" cu the:", an.sh[a.end : after[0].start], count=1)
            lead_clean = _BRIDGE.sub(" cu the:", lead_clean, count=1)
        m = re.search(
            # ("... tặng Cờ thi đua năm 2023 cho các tập thể sau:" + "1. Sở ...;")
            # ("7 đơn vị được tặng Cờ thi đua gồm:" + "- Cụm thi đua số I: BHXH tỉnh X;": items labelled by cluster)
            r"(?<![a-z])(?:cho|gom)\s*:?\s*(?:\d{1,2}\s+)?(?:(?:tap\s+the|cac|don\s+vi|so|dai)\s*)*"
            r"(?:(?:sau|duoi\s+day)\s*)?(?:la\s*)?:?\s*" + _SUB_HEADED + r"(?:[-+•*]\s*|\d{1,2}[.)]\s*)?"
            r"(?:" + _ITEM_LABEL + r")?$"
            # "Cờ thi đua của Bộ - Sở X; Bằng khen ... - Sở Y"; "Đơn vị được đề nghị tặng <award> là X"
            # ("Cờ thi đua của Bộ năm 2023:" + "- Sở ...": a bullet after the colon)
            # ("Bằng khen của Tổng Giám đốc: X và Y")
            r"|^\s*(?:xuat\s+sac\s+)?(?:cua\s+(?:(?:bo|tong\s+cuc)(?:\s+truong)?\s*|trung\s+uong(?:\s+hoi)?\s*"
            r"|tong\s+giam\s+doc\s*)?)?\s*"
            r"(?:[-–]|:\s*(?:[-+•*]\s*)?(?:cac\s+)?)\s*$"
            # "trao Bằng khen của Thủ tướng Chính phủ tặng X"
            r"|^\s*(?:nam\s+\d{4}\s+)?cua\s+tang\s*$"
            r"|^\s*(?:cua\s[^.;,]{0,40}?)?(?:thuoc\s+ve|ve\s+tay)\s*(?:cac\s+)?$"  # ("Bằng khen (của ...) thuộc về X")
            # ("Cờ thi đua năm 2018 thuộc về các đơn vị sau: Cụm thi đua số I: X; Cụm số II: Y")
            r"|^\s*(?:cua\s[^.;,]{0,40}?)?thuoc\s+ve\s+(?:cac\s+)?(?:don\s+vi\s+)?(?:sau|duoi\s+day)\s*:\s*"
            r"(?:[-+•*]\s*)?(?:" + _ITEM_LABEL + r")?$"
            r"|^\s*tang\s*$"  # ("Cờ thi đua tặng X")
            r"|(?<![a-z])la\s*:?\s*$"
            # "... cho 9 đơn vị dẫn đầu các Cụm thi đua, trong đó có X, Y và Z"
            # or "... cho 03 tập thể có thành tích xuất sắc năm 2023: X, Y và Z"
            # ("... cho 3 tập thể thuộc Cụm thi đua số I (...) vì đã có thành tích xuất sắc năm 2022, gồm: X, Y và Z")
            r"|(?<![a-z])cho\s+(?:\d{1,3}|cac|nhieu|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+"
            r"(?:don\s+vi|tap\s+the|so|cuc|dai|hoi|co\s+quan)[^;.:]{0,140}?"
            r"(?:,?\s*trong\s+do(?:\s+co)?\s*:?|(?:\s+la)?\s*:)\s*(?:[-+•*]\s*)?(?:" + _ITEM_LABEL + r")?$"
            # "Các Cục Thuế được tặng Cờ thi đua là đơn vị dẫn đầu các Cụm, cụ thể: Cụm thi đua số 1: X; Cụm ..."
            # ("Danh sách đơn vị được tặng Cờ thi đua năm 2019, theo từng Cụm:" + "- Cụm thi đua số I: X;")
            # ("Đơn vị nhận Cờ, xếp theo thứ tự cụm:" + "- Cụm số I (...): X;")
            r"|(?<![a-z])(?:cu\s+the|nhu\s+sau|theo\s+(?:tung|cac)\s+(?:cum|khoi)(?:\s+thi\s+dua)?"
            r"|(?:xep\s+)?theo\s+thu\s+tu\s+(?:cac\s+)?(?:cum|khoi))\s*:\s*"
            r"(?:[-+•*]\s*)?(?:" + _ITEM_LABEL + r")?$",
            lead_clean,
        )
        among = _AMONG_THEM.match(lead_clean)
        if m is None and among and _COUNTED_SUBJECT.search(an.sh, max(s0, a.start - 80), a.start):
            m = among  # "năm 2015, toàn ngành có 4 đơn vị được Thủ tướng tặng Cờ thi đua, trong đó có X": one of them
        if m and m.group(0).strip().startswith("la") and not re.search(
            # ("Đơn vị được đề nghị tặng <award> là X", "suy tôn hai đơn vị dẫn đầu Cụm đề nghị ... tặng <award> là X",
            # "tặng Cờ thi đua cho 2 đơn vị dẫn đầu Cụm là X và Y")
            # (or "... tặng Cờ thi đua của Chính phủ cho hai đơn vị là X và Y")
            r"(?<![a-z])don\s+vi\s+(?:duoc|nhan|dan\s+dau)|(?<![a-z])(?:hai|ba|bon|nam|\d{1,2})\s+(?:don\s+vi|tap\s+the)\s+la\s*$",
            an.sh[s0 : after[0].start],
        ):
            m = None
        if (
            m
            and m.group(0).lstrip().startswith("gom")
            and _ASIDE_OPEN.search(lead_clean, 0, m.start())
            # (unless a count of the recipients is the subject: "4 Sở được tặng Bằng khen ... vì ... gồm: X, Y")
            and not _COUNTED_SUBJECT.search(an.sh, max(s0, a.start - 40), a.start)
        ):
            m = None  # "... tặng Cờ thi đua vì ... dẫn đầu Cụm thi đua số 3 (gồm VKSND 6 tỉnh: ...)": its members
        # (an item number "1." before the first unit is no sentence end)
        closed = re.search(r"[;.]", re.sub(r"\n[ \t]*\d{1,2}[.)][ \t]*$", "\n", lead))
        if m and not closed and (len(lead) < 160 or bridged):
            got = [after[0]]
            for u in after[1:]:
                between = an.sh[got[-1].end : u.start]
                if between.count("(") > between.count(")") and "\n" not in between:
                    # ("- Cụm thi đua số 5: X (hình thành từ việc hợp nhất Sở KH&CN hai tỉnh A và B cũ);": units
                    # inside a remark on the item)
                    continue
                # "- X (đơn vị Cụm trưởng Cụm thi đua số 1 năm 2023);\n- Y": a remark on an item
                # (or after a comma: "- X, dẫn đầu Cụm thi đua số 1;\n- Y", "X, dẫn đầu Cụm thi đua số 2, và Y")
                gap = re.sub(r"^\s*\([^()]{0,120}\)", "", _LEADS_REMARK.sub("", between, count=1))
                # ("- Cụm thi đua số 5: X và Chi cục Thuế thành phố Vinh (thuộc X);" + "- Cụm thi đua số 8: Y": a
                # recipient the vocabulary lacks, at the end of a labelled item)
                tail = re.match(r"\s*va\s[^;\n]{1,120};(?=\s*\n)", gap) if _ITEM_LABEL_AT.search(lead_clean) else None
                if tail is not None and _LABELLED_SEP.fullmatch(gap, tail.end() - 1):
                    got.append(u)
                    continue
                if _LABELLED_SEP.fullmatch(gap):
                    got.append(u)
                    continue
                if ";" in gap and "\n" not in gap and not lead.rstrip().endswith(":"):
                    break  # "... cho X; Y nhận nhiệm vụ Cụm trưởng": a new clause, not a recipient list
                if _UNIT_SEP.match(gap) or (u.group == got[-1].group) or _SKIPPED_ITEMS.fullmatch(gap):
                    # (a bullet whose recipient the vocabulary lacks, "- Công đoàn ngành Giáo dục tỉnh X;", is skipped)
                    got.append(u)
                else:
                    break
            return got, (after[0].start, got[-1].end)
    # to the left: "X vinh dự đón nhận <award>", "X được Bộ ... trao tặng <award>"
    before = [u for u in units if u.end <= a.start]
    if before and not _not_the_unit(an.sh, before[-1]):
        u = before[-1]
        gap = mask(
            an.sh, u.end, a.start, [*an.authorities, *ctx.clusters.mentions, *_named_grantors(ctx, u.end, a.start)]
        )
        gap_raw = gap
        gap = re.sub(r"^\s*\([^()]{0,60}\)", " ", gap)  # "X (nay đã hợp nhất vào Sở KH&CN) được ... tặng"
        # "Mở đầu danh sách là X, được Bộ trưởng ... tặng <award>": X's predicate after a comma
        gap = re.sub(r"^\s*,\s*(?=(?:(?:vua|da|cung|lai)\s+)*duoc\s)", " ", gap)
        # "X là đơn vị dẫn đầu Cụm thi đua số I và đã được Tổng LĐLĐ đề nghị ...": X's second predicate (but
        # "cho X và tặng Bằng khen cho ..." is another clause)
        # ("Năm 2018, X giữ vai trò Cụm trưởng và đã được Tổng Giám đốc ... tặng <award>": its role, then its award)
        gap = re.sub(
            r"^\s*(?:giu\s+vai\s+tro|la|lam|dam\s+nhan)\s+(?:don\s+vi\s+)?(?:cum|khoi)\s+(?:truong|pho)"
            r"(?:\s+nam\s+\d{4})?(?=\s+va\s+(?:da\s+|cung\s+)*duoc\s)",
            " ",
            gap,
        )
        gap = re.sub(r"\s+va\s+(?=(?:da\s+|cung\s+)*duoc\s)", " ", gap)
        # "X, đơn vị trong Cụm, cũng được tặng <award>": an apposition placing X, between commas
        gap = _PLACING_APPOSITION.sub(" ", gap)
        gap = re.sub(r"^\s*,\s*(?=moi\s+don\s+vi\s)", " ", gap)  # ("X và Y, mỗi đơn vị nhận một Bằng khen")
        # "X được Cụm đề nghị Bộ xem xét, trình Thủ tướng Chính phủ tặng <award>": one request, in two steps
        gap = re.sub(r"\s+xem\s+xet\s*,?\s*(?=trinh\s)", " ", gap)
        # "X, đơn vị vừa được Thủ tướng Chính phủ tặng <award>": an apposition on X
        # (or "X - đơn vị mà với thành tích xuất sắc dẫn đầu năm 2020 đã được ... tặng <award>")
        gap = re.sub(  # (or after a colon: "Phần thưởng cao nhất thuộc về X: đơn vị vinh dự được ... tặng <award>")
            r"^\s*[,–:-]\s*(?:la\s+)?(?:mot\s+)?don\s+vi\s+(?:ma\s+)?(?:voi\s+[^,;.]{0,60}?\s)?(?=(?:vua|da|duoc|vinh|moi)\s)",
            " ",
            gap,
        )
        # "lãnh đạo X cho biết (:) đơn vị vừa được Bộ trưởng ... tặng <award>": the unit speaks of itself
        gap = re.sub(
            r"^\s*(?:cho\s+biet|khang\s+dinh|thong\s+tin)\s*:?\s*(?:don\s+vi|so|cuc|dai|hoi)(?:\s+minh)?(?![a-z])",
            " ",
            gap,
        )
        # "X được Hội nghị suy tôn là đơn vị dẫn đầu, (và) đề nghị Bộ trưởng tặng <award>" (but "cho X và
        # <award> cho Y" keeps its "và": the award after it has its own recipient)
        # "giới thiệu X để VKSND tối cao xem xét, đề nghị Thủ tướng tặng <award>": X put forward to the authority
        gap = re.sub(r"^\s*de\s+(?:cap\s+tren\s+)?(?:xem\s+xet|xet)\s*,?\s*(?:va\s+)?(?=de\s+nghi|trinh)", " ", gap)
        # "..., đề nghị Hội đồng Thi đua - Khen thưởng ngành Tòa án xem xét, trình Thủ tướng tặng <award>": the
        # council the proposal passes through
        gap = _VIA_COUNCIL.sub(" ", gap)
        # "X đạt số phiếu cao nhất, được đề nghị tặng <award>": X's score, then its award
        gap = _TOP_SCORE.sub(" ", gap)
        gap = _AND_PROPOSED.sub(" ", gap)
        # "X tổ chức (trọng thể) lễ đón nhận <award>", "X là một trong những đơn vị được ... tặng <award>"
        gap = re.sub(
            r"(?<![a-z])(?:(?:long|trang)\s+trong\s+|trong\s+the\s+)?to\s+chuc\s+(?:(?:long|trang)\s+trong\s+|trong\s+the\s+)?"
            r"le\s+(?=(?:don\s+)?nhan(?![a-z]))",
            " ",
            gap,
        )
        gap = re.sub(
            r"(?<![a-z])la\s+mot\s+trong\s+(?:nhung|cac|so)\s+(?:\d{1,3}\s+)?(?:don\s+vi|tap\s+the)\s", " ", gap
        )
        if not re.search(r"[;:.,]", gap) and all(
            w in _SUBJECT_GAP or w.isdigit() for w in re.findall(r"[a-z0-9]+", gap)
        ):
            got = [u]
            for v in reversed(before[:-1]):
                # ("X đạt 5/6 phiếu và Y đạt 4/6 phiếu, được đề nghị tặng <award>": each with its score)
                sep = an.sh[v.end : got[0].start]
                sep = _SCORE_OF.sub(" ", sep) if "phieu" in gap_raw else sep
                if _UNIT_SEP.match(sep) and ";" not in sep:
                    got.insert(0, v)
                else:
                    break
            return got, (got[0].start, a.end)
    if len(before) == 1:
        # "Năm 2020, Công an tỉnh Tây Ninh (Cụm trưởng) đã điều hành ..., đơn vị vừa vinh dự đón nhận Cờ thi đua":
        # the one unit, which opens the sentence (or "...; đơn vị này đã được Bộ trưởng tặng Bằng khen")
        clause = max(s0, an.sh.rfind(",", s0, a.start) + 1, an.sh.rfind(";", s0, a.start) + 1)
        reported = _REPORTS.match(an.sh, before[0].end, a.start)
        if reported and clause <= before[0].start:
            clause = reported.end()  # "X thông tin việc đơn vị vừa vinh dự được nhận Cờ thi đua ...": X's own
        named = [*an.authorities, *_named_grantors(ctx, clause, a.start)]
        said = _BARE_SUBJECT.fullmatch(mask(an.sh, clause, a.start, named))
        opens = before[0].start == _LEAD_OF_SUBJECT.match(an.sh, s0).end()  # type: ignore[union-attr]
        if reported and not opens:
            # ("Cũng tại hội nghị, X thông tin ...")
            opens = bool(re.fullmatch(r"\s*(?:[^,;]{0,40},\s*)?", an.sh[s0 : before[0].start]))
        if (
            opens
            and said
            and all(w in _SUBJECT_GAP for w in re.findall(r"[a-z]+", said.group(2)))
            and _bare_kind_fits(said, before[0])
        ):
            return [before[0]], (a.start, a.end)
    # "Năm 2025, Công an thành phố Huế là Cụm trưởng .... Trước đó, ..., đơn vị vinh dự được Bộ trưởng tặng
    # Cờ thi đua": the unit the sentence before is about
    if not before:
        # (or after a bullet's label: "- Năm học 2012-2013: Sở được Thủ tướng Chính phủ tặng Cờ thi đua ...")
        clause = max(s0, an.sh.rfind(",", s0, a.start) + 1, an.sh.rfind(":", s0, a.start) + 1)
        while clause > s0 and _PARTY_AND_STATE.search(an.sh, max(s0, clause - 8), clause + 12):
            clause = max(s0, an.sh.rfind(",", s0, clause - 1) + 1)  # ("tập thể Đài đã được Đảng, Nhà nước tặng ...")
        gap = mask(an.sh, clause, a.start, [*an.authorities, *_named_grantors(ctx, clause, a.start)])
        gap = re.sub(r"(?<![a-z])dang\s*,", "dang ", gap)  # (the Party, then the State masked as its grantor)
        said = _BARE_SUBJECT.fullmatch(gap)
        prev = an.sentences[bisect.bisect_left(an.sentence_starts, s0) - 1] if s0 > 0 else None
        if said and all(w in _SUBJECT_GAP for w in re.findall(r"[a-z]+", said.group(2))) and prev is not None:
            lead = _LEAD_OF_SUBJECT.match(an.sh, prev.start)
            first = next((u for u in an.units if u.start == lead.end()), None) if lead else None
            if said.group(1):  # "Đơn vị này sau đó đã được ... tặng": the unit named last before it
                first = ([u for u in an.units if prev.start <= u.start < prev.end] or [None])[-1]
            if first is not None and "\n" not in an.text[prev.end : s0] and _bare_kind_fits(said, first):
                return [first], (a.start, a.end)  # (the same paragraph)
        if said and not said.group(1) and all(w in _SUBJECT_GAP for w in re.findall(r"[a-z]+", said.group(2))):
            # "Cũng tại buổi lễ, đơn vị vinh dự đón nhận Cờ thi đua của BHXH Việt Nam" on a page about one unit: it
            # (when the unit named last before it is that one: not after another unit's sentence)
            own = _page_unit(ctx)
            last = [u for u in an.units if u.end <= s0][-1:]
            if (
                own is not None
                and last
                and (last[0].agency, last[0].province) == (own.agency, own.province)
                and _bare_kind_fits(said, own)
            ):
                return [own], (a.start, a.end)
    # "Đài cũng nhận Cờ thi đua của Bộ TT&TT vào các năm 2012 và 2014; UBND tỉnh tặng Cờ thi đua năm 2010.": a
    # clause that only names a grantor, after the page's own unit opened the sentence
    semi = an.sh.rfind(";", s0, a.start)
    if not before and semi >= 0:
        gap = mask(an.sh, semi + 1, a.start, [*an.authorities, *_named_grantors(ctx, semi + 1, a.start)])
        opener = _BARE_OPENER.match(an.sh, s0)
        own = _page_unit(ctx) if opener and _GRANTOR_GIVES.fullmatch(gap) else None
        if own is not None and _bare_kind_fits(opener, own):  # type: ignore[arg-type]
            return [own], (a.start, a.end)
    # "Đài hai lần nhận Huân chương do Chủ tịch nước tặng thưởng: Huân chương Lao động hạng Ba (năm 2001) và hạng Nhì
    # (năm 2006).": the page's own unit, named bare before a colon that lists only awards
    listed = _BARE_COLON.match(an.sh, s0, a.start) if not before else None
    if listed is not None:
        rest = mask(an.sh, listed.end(), a.start, [*an.awards, *an.years, *an.authorities])
        own = _page_unit(ctx) if _AWARDS_ONLY.fullmatch(rest) else None
        if own is not None and _bare_kind_fits(listed, own):
            return [own], (a.start, a.end)
    # "Đối với Cục Hải quan TP.HCM, Cụm thống nhất đề nghị Bộ Tài chính tặng Cờ thi đua.": the topic
    topic = _TOPIC.match(an.sh, s0, a.start)
    if topic:
        named = [u for u in units if u.start < a.start]
        if named and named[0].start == topic.end() and re.match(r"\s*,", an.sh[named[-1].end : a.start]):
            got = _joined(an.sh, named)
            tail = an.sh[got[-1].end : a.start]
            after = an.sh[a.end : s1]
            if re.match(r"\s*,", tail) and not any(a.end <= u.start < s1 for u in units) and not re.search(
                r"(?<![a-z])cho(?![a-z])", after
            ):
                return got, (got[0].start, a.end)
    # "... tặng Cờ thi đua của Chính phủ cho Đài vì ...": the page's own unit, named bare
    bare = _BARE_RECIPIENT.match(an.sh, a.end, min(s1, a.end + 80))
    if bare and not any(bare.end() <= u.start <= bare.end() + 3 for u in units):
        own = _page_unit(ctx)
        word = bare.group("w")
        if own is not None and (word.startswith("don") or own.agency.startswith(_BARE_TYPES.get(word, "?"))):
            return [own], (a.start, bare.end())
    # "Năm 2013, Thủ tướng Chính phủ trao cho Đài Cờ thi đua của Chính phủ.": the same, named before the award
    bare = _BARE_RECIPIENT_BEFORE.search(an.sh, max(s0, a.start - 40), a.start)
    if bare and not any(s0 <= u.start < a.start for u in units):
        own = _page_unit(ctx)
        word = bare.group("w")
        if own is not None and (word.startswith("don") or own.agency.startswith(_BARE_TYPES.get(word, "?"))):
            return [own], (bare.start("w"), a.end)
    # "suy tôn X và Y là hai đơn vị dẫn đầu phong trào thi đua năm 2024 của Cụm, đề nghị Bộ trưởng tặng <award>"
    clause = max(s0, an.sh.rfind(";", s0, a.start) + 1)
    voted = list(_VOTED.finditer(an.sh, clause, a.start))
    if voted:
        first = [u for u in units if voted[-1].end() <= u.start < a.start]
        lead_in = an.sh[voted[-1].end() : first[0].start] if first else ""
        if first and re.fullmatch(r"\s*(?:cac\s+|hai\s+|ba\s+)?(?:don\s+vi\s+)?", lead_in):
            got = [first[0]]
            for u in first[1:]:
                if _UNIT_SEP.match(an.sh[got[-1].end : u.start]):
                    got.append(u)
                else:
                    return [], (a.start, a.end)  # another unit before the award: not this pattern
            if _VOTED_TAIL.fullmatch(an.sh, got[-1].end, a.start):
                return got, (got[0].start, a.end)
    return [], (a.start, a.end)


def _named_year(an, a: Mention, s1: int, nxt: int) -> int | None:  # type: ignore[no-untyped-def]
    """The year written with the award ("Cờ thi đua năm 2025 của Bộ Tài chính"), when no performance year
    ("vì thành tích ... năm N") follows it; read within the sentence (a title's award is not dated by the
    lead's "Ngày 8 tháng 2 năm 2017")."""
    if _FOR_YEAR.search(an.sh, a.end, nxt):
        return None
    at = re.match(
        # (not past another predicate: "lễ đón nhận Cờ thi đua của Chính phủ và triển khai nhiệm vụ năm 2018")
        r"\s*(?:xuat\s+sac\s+)?(?:cua\s+(?:(?!(?<![a-z])va\s)[^,;.]){0,40}?)?nam\s+((?:19|20)\d\d)(?![\d-])",
        an.sh[a.end : min(s1, a.end + 60)],
    )
    # ("Cờ thi đua của Bộ Văn hóa, Thể thao và Du lịch năm 2019": the grantor's name, then the year)
    at = at or re.match(
        r"\s*cua\s+nam\s+((?:19|20)\d\d)(?![\d-])", mask(an.sh, a.end, min(s1, a.end + 90), an.authorities)
    )
    return int(at.group(1)) if at else None


def _perf_year(ctx: Context, a: Mention, s0: int, s1: int, status: str) -> int | None:
    an = ctx.an
    nxt = min([b.start for b in an.awards if b.start > a.start and b.start < s1] + [s1])
    if a.value.startswith("other:"):
        # an order rewards years of work: only a year its own reason or name gives ("vì thành tích năm 2018",
        # "Huân chương ... năm 2018"), never the sentence's or the page's (the year it was handed over)
        own = _FOR_YEAR.search(an.sh, a.end, nxt)
        if own is not None:
            return int(own.group(1))
        return None if _FOR_SPAN.search(an.sh, a.end, nxt) else _named_year(an, a, s1, nxt)
    # "vì/do (có) thành tích ... năm N" after the award (before the next award)
    m = _FOR_YEAR.search(an.sh, a.end, nxt)
    if m:
        return int(m.group(1))
    if _FOR_SPAN.search(an.sh, a.end, nxt):
        return None  # "vì đã có thành tích xuất sắc liên tục từ năm 2011 đến năm 2013": several years, not one
    # "Căn cứ kết quả thực hiện năm N, ..." before the award
    # (not another clause's when the award's own tells a school year: "X nhận Cờ ... vì đã dẫn đầu Cụm trong năm 2024;
    # Y nhận Cờ ... do có thành tích xuất sắc trong năm học 2024-2025")
    clause = max(s0, an.sh.rfind(";", s0, a.start) + 1)
    own_end = an.sh.find(";", a.end, s1)
    own_school_year = _SCHOOL_YEAR.search(an.sh, clause, s1 if own_end < 0 else own_end)
    earlier = list(_FOR_YEAR.finditer(an.sh, clause if own_school_year else s0, a.start))
    colon = an.sh.rfind(":", s0, a.start)
    if colon >= 0:
        # (not a reason read across a colon: "Những kết quả đó đã được ghi nhận ...: đơn vị được tặng Cờ thi đua (năm
        # 2015 và năm 2017)"; the lead-in's own year stands, "kết quả năm 2012: X được ... tặng ...")
        earlier = [m for m in earlier if m.start() > colon or m.end() <= colon]
    if earlier:
        return int(earlier[-1].group(1))
    # "... có nhiều đơn vị nhận phần thưởng của năm 2020: X nhận Cờ thi đua ...; Y nhận ...": the header's year
    header = _HEADER_YEAR.search(an.sh, s0, a.start)
    if header and not any(header.end() <= y.start < a.start for y in an.years):
        return int(header.group(1))
    if nxt < s1 and _JOINED_CLAUSE.match(an.sh, a.end, nxt):
        # "X đón nhận Cờ thi đua của Bộ Tài chính và Y đón nhận Bằng khen ... do có thành tích năm 2016": the
        # reason closing the coordinated clauses is both awards'
        last = max(b.end for b in an.awards if a.start <= b.start < s1)
        shared = _FOR_YEAR.search(an.sh, last, s1)
        if shared:
            return int(shared.group(1))
    if _SCHOOL_YEAR.search(an.sh, s0, s1):
        # (but the award's own year, when the school year is another award's: "tặng Cờ thi đua năm học 2017-2018 và
        # Cờ thi đua năm 2021")
        own = _named_year(an, a, s1, nxt) if not _SCHOOL_YEAR.search(an.sh, a.end, nxt) else None
        return own if own is not None and _SCHOOL_YEAR.search(an.sh, s0, a.start) else None
    # attached "Cờ thi đua năm N"
    at = _named_year(an, a, s1, nxt)
    if at is not None:
        return at
    # "Năm 2022, X được ... tặng Cờ thi đua (theo Quyết định ... ngày 03/02/2023)": the year the sentence opens with
    opening = _OPENING_YEAR.match(an.sh, s0)
    clauses = list(_CLAUSE_YEAR.finditer(an.sh, s0, a.start))
    if opening is None or (clauses and clauses[-1].start() > opening.start()):
        # "..., hội nghị cũng ghi nhận thành tích của các đơn vị: năm 2024, X đã được ... tặng Cờ": a clause's
        # (also after the sentence's own: "Năm 2023, X được tặng Cờ ...; trước đó, năm 2022, đơn vị được tặng ...")
        opening = clauses[-1] if clauses else opening
    if opening and not any(opening.end() <= y.start < a.start for y in an.years):
        return int(opening.group(1))
    review = _AT_REVIEW_OPENS.match(an.sh, s0) if opening is None else None
    if review and not any(review.end() <= y.start < a.start for y in an.years):
        return int(review.group(1))  # ("Tại Hội nghị tổng kết phong trào thi đua năm 2020 của tỉnh, ... trao Cờ ...")
    if opening is None and _RESULT_OPENS.match(an.sh, s0) and not any(s0 <= y.start < a.start for y in an.years):
        # "Nhìn lại năm 2021, ... . Kết quả, X được Bộ trưởng tặng Cờ thi đua": the year the sentence before opens with
        i = bisect.bisect_left(an.sentence_starts, s0)
        prev = an.sentences[i - 1] if i > 0 else None
        same = prev is not None and "\n" not in an.text[prev.end : s0]
        looked = _LOOKED_BACK.match(an.sh, prev.start) if same else None  # type: ignore[union-attr]
        if looked:
            return int(looked.group(1))
    side = ctx.extra.get("side_meeting")
    if status == "proposed" and side is not None and side.end <= s0 and _AT_THAT_REVIEW.search(an.sh, s0, a.start):
        return side.fact["reviews_year"]  # "Trước đó, ngày 15/12/2016, Cụm đã tổng kết .... Tại hội nghị đó, ..."
    if (
        status == "proposed"
        and side is not None
        and 0 <= s0 - side.end < 1000
        and (_THE_MEETING_PROPOSES.search(an.sh, max(0, s0 - 2), a.start) or _AT_THE_MEETING.match(an.sh, s0))
    ):
        return side.fact["reviews_year"]  # "... đã tổ chức Hội nghị tổng kết năm 2024 .... Qua chấm điểm, Hội nghị
        # thống nhất đề nghị ...": the meeting just told
    if status == "proposed":
        # "tại hội nghị tổng kết Cụm tổ chức trong tháng 12/2023 ..., đề nghị ... tặng": that review's year
        review = _AT_REVIEW.search(an.sh, s0, a.start)
        if review is None and _ALSO_PROPOSES.search(an.sh, s0, a.start):
            # "... tại Hội nghị tổng kết năm 2015 của ngành, X đón nhận Cờ .... Hội đồng ... cũng thống nhất đề
            # nghị ...": the review the sentence before tells
            prev = [t for t in an.sentences if t.end <= s0][-1:]
            if prev and "\n" not in an.text[prev[0].end : s0]:
                review = _AT_REVIEW.search(an.sh, prev[0].start, prev[0].end)
        if review and review.group(1):
            return int(review.group(1))
        if review and int(review.group(2)) >= 10:
            return int(review.group(3))
        if not ctx.school_year:
            return ctx.reviews_year
    return None


# "<award> của Bộ Tài chính và KBNN Cao Bằng đón nhận <award>": only a grantor, then the next unit's clause
_JOINED_CLAUSE = re.compile(
    r"[^.;:,]{0,60}?(?<![a-z])va\s+(?:[a-z&-]+\s+){1,6}?(?:(?:cung\s+)?(?:vinh\s+du\s+)?(?:don\s+nhan|nhan|duoc))\s"
    r"[^.;:,]{0,60}$"
)
_RESULT_OPENS = re.compile(r"\s*ket\s+qua\s*,")
_LOOKED_BACK = re.compile(r"\s*(?:nhin\s+lai|trong|ket\s+thuc)\s+nam\s+((?:19|20)\d\d)\s*,")
_HEADER_YEAR = re.compile(
    r"(?<![a-z])(?:phan\s+thuong|khen\s+thuong|danh\s+hieu)(?:\s+[a-z]+){0,3}?\s+(?:cua\s+)?nam\s+((?:19|20)\d\d)\s*:"
)
# ("Năm 2022, ...", "Được biết, năm 2019 vừa qua, ...")
_OPENING_YEAR = re.compile(
    # ("Trong phong trào thi đua năm 2013, X đã được ... tặng Cờ thi đua")
    r"\s*(?:[-+•*]\s*)?(?:(?:duoc\s+biet|cung\s+trong|theo\s+do)\s*,\s*)?(?:trong\s+)?(?:phong\s+trao\s+thi\s+dua\s+)?"
    r"nam\s+((?:19|20)\d\d)"
    r"(?:\s+vua\s+qua)?\s*,"
)
# ("Tại Hội nghị tổng kết phong trào thi đua năm 2020 của tỉnh, Chủ tịch UBND tỉnh đã trao Cờ thi đua cho ...")
_AT_REVIEW_OPENS = re.compile(
    r"\s*tai\s+hoi\s+nghi\s+tong\s+ket\s+(?:phong\s+trao\s+thi\s+dua|cong\s+tac(?:\s+thi\s+dua)?(?:,?\s+khen\s+thuong)?)"
    r"\s+nam\s+((?:19|20)\d\d)(?:\s+cua\s+(?:[a-z]+\s+){0,4}?[a-z]+)?"
    r"(?:\s+(?:dien\s+ra|to\s+chuc|ngay|sang|chieu)(?![a-z])[^,.;]{0,30})?\s*,"  # ("... của tỉnh diễn ra chiều 14/2,")
)
_THE_MEETING_PROPOSES = re.compile(
    # (or the cluster: "Trên cơ sở kết quả chấm điểm, Cụm đã bình xét và đề nghị ...")
    r"(?:^|[,.]\s*|\n)\s*(?:hoi\s+nghi|cum)\s+(?:da\s+|cung\s+)*(?:thong\s+nhat|nhat\s+tri|binh\s+xet|bo\s+phieu)"
    r"(?![a-z])"
)
_AT_THE_MEETING = re.compile(r"\s*tai\s+hoi\s+nghi\s*,")  # ("Tại hội nghị, các đơn vị ... đề nghị ...")
_ALSO_PROPOSES = re.compile(
    r"(?<![a-z])cung\s+(?:da\s+)?(?:thong\s+nhat|nhat\s+tri|bo\s+phieu|de\s+nghi|de\s+xuat)(?![a-z])"
)
_AT_THAT_REVIEW = re.compile(r"(?<![a-z])tai\s+hoi\s+nghi\s+(?:(?:tong|so)\s+ket\s+)?(?:do|nay|tren)(?![a-z])")
_CLAUSE_YEAR = re.compile(
    r"(?:(?<=[:;])|(?<=dip\snay,))\s*(?:(?:truoc|sau)\s+do\s*,\s*)?(?:trong\s+)?nam\s+((?:19|20)\d\d)\s*,"
)
_AT_REVIEW = re.compile(
    r"(?<![a-z])tong\s+ket(?:(?:\s+(?:phong\s+trao\s+thi\s+dua|cong\s+tac(?:\s+thi\s+dua)?(?:,?\s+khen\s+thuong)?))?"
    r"\s+nam\s+((?:19|20)\d\d)(?![\d-])|[^.;]{0,60}?thang\s+(\d{1,2})\s*/\s*((?:19|20)\d\d))"
)
