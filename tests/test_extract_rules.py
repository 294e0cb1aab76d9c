"""The extractor's rules on short sentences of our own, one pattern or trap of PHRASINGS.md each."""

from __future__ import annotations

import pytest

from thidua.extract import extract_facts
from thidua.text import normalize_text

LEAD = (
    "Sáng 19/12, tại tỉnh Hà Tĩnh, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng kết "
    "phong trào thi đua, khen thưởng năm 2023.\n\n"
)


def facts(body: str, published: str | None = "2023-12-20", lead: str = LEAD) -> list[dict]:
    text = normalize_text(lead + body)
    out = extract_facts(text, published)
    for f in out:
        ev = f.pop("evidence")
        assert text[ev["start"] : ev["end"]] == ev["text"]
    return out


def roles(body: str, **kw) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {(f["member"]["province"], f["role"], f["year"]) for f in facts(body, **kw) if f["kind"] == "role"}


def awards(body: str, **kw) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {
        (f["recipient"]["province"], f["award"], f["status"], f["grantor"], f["year"])
        for f in facts(body, **kw)
        if f["kind"] == "award"
    }


def members(body: str, **kw) -> set[tuple]:  # type: ignore[no-untyped-def]
    return {(f["member"]["province"], f["basis"], f["year"]) for f in facts(body, **kw) if f["kind"] == "membership"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sở TTTT Nghệ An là đơn vị Cụm trưởng năm 2023.", {("Nghệ An", "head", 2023)}),
        (
            "Hội nghị bầu Sở TTTT Hà Tĩnh làm Cụm trưởng, Sở TTTT Quảng Bình làm cụm phó năm 2024.",
            {("Hà Tĩnh", "head", 2024), ("Quảng Bình", "deputy", 2024)},
        ),
        (
            "Các đơn vị bầu đơn vị Cụm trưởng năm 2024 là Sở TTTT Quảng Trị, Cụm phó là Sở TTTT Quảng Bình.",
            {("Quảng Trị", "head", 2024), ("Quảng Bình", "deputy", 2024)},
        ),
        (
            "Sở TTTT các tỉnh Quảng Trị, Quảng Bình được bình bầu, suy tôn làm Cụm trưởng và Cụm phó năm 2024.",
            {("Quảng Trị", "head", 2024), ("Quảng Bình", "deputy", 2024)},
        ),
        ("Ông Lê Văn A, Giám đốc Sở TTTT Nghệ An, Cụm trưởng, chủ trì hội nghị.", {("Nghệ An", "head", 2023)}),
        (
            "Sở TTTT Nghệ An (Cụm trưởng năm 2023) và Sở TTTT Hà Tĩnh (Cụm phó năm 2023) đồng chủ trì.",
            {("Nghệ An", "head", 2023), ("Hà Tĩnh", "deputy", 2023)},
        ),
        ("Sở TTTT Nghệ An đã bàn giao nhiệm vụ Cụm trưởng cho Sở TTTT Hà Tĩnh.", {("Hà Tĩnh", "head", 2024)}),
        ("Sở TTTT Nghệ An trao cờ Cụm trưởng năm 2024 cho Sở TTTT Thanh Hóa.", {("Thanh Hóa", "head", 2024)}),
        ("Sở TTTT Quảng Bình giữ vai trò Trưởng Cụm thi đua số 4 năm 2024.", {("Quảng Bình", "head", 2024)}),
        (
            "Năm 2024, Sở TTTT Quảng Trị làm Cụm trưởng, Sở TTTT Huế làm Phó Cụm trưởng.",
            {("Quảng Trị", "head", 2024), ("Thừa Thiên Huế", "deputy", 2024)},
        ),
        # traps: chairing, ranking, congratulating, the head's partner
        ("Đồng chí Trần B, Giám đốc Sở TTTT Hà Tĩnh chủ trì; Sở TTTT Nghệ An đồng chủ trì hội nghị.", set()),
        ("Sở TTTT Thanh Hóa dẫn đầu Cụm về chuyển đổi số.", set()),
        ("Sở TTTT Quảng Bình phối hợp với đơn vị Cụm trưởng tổ chức các hoạt động.", set()),
        ("Sở TTTT Quảng Bình và đơn vị Cụm trưởng đã ký kết giao ước.", set()),
        ("Các đơn vị Cụm trưởng có trách nhiệm gửi báo cáo về Bộ.", set()),
        # a school year is no calendar year
        ("Sở TTTT Hà Tĩnh được bầu làm Trưởng cụm năm học 2023-2024.", {("Hà Tĩnh", "head", None)}),
    ],
)
def test_roles(body: str, expected: set) -> None:
    assert roles(body) == expected


def test_role_of_a_q1_review_chair_is_undated() -> None:
    lead = "Ngày 10/3, tại tỉnh Nghệ An, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng kết năm 2022.\n\n"
    assert roles("Sở TTTT Nghệ An, Cụm trưởng, chủ trì.", published="2023-03-11", lead=lead) == {
        ("Nghệ An", "head", None)
    }


def test_decision_list_takes_the_header_year_and_cluster() -> None:
    lead = "Bộ trưởng đã ký quyết định giao nhiệm vụ Cụm trưởng, Cụm phó các Cụm thi đua năm 2021 như sau:\n"
    body = (
        "Cụm thi đua số 2:\n - Giám đốc Sở TTTT tỉnh Sơn La, Cụm trưởng.\n - Giám đốc Sở TTTT tỉnh Lai Châu, Cụm phó.\n"
    )
    got = {(f["cluster"]["number"], f["member"]["province"], f["role"], f["year"]) for f in facts(body, lead=lead)}
    assert got == {(2, "Sơn La", "head", 2021), (2, "Lai Châu", "deputy", 2021)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hội nghị đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua cho Sở TTTT Nghệ An, "
            "tặng Bằng khen cho Sở TTTT Hà Tĩnh.",
            {
                ("Nghệ An", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023),
                ("Hà Tĩnh", "certificate_of_merit", "proposed", "Bộ Thông tin và Truyền thông", 2023),
            },
        ),
        (
            "Sở TTTT Quảng Trị vinh dự đón nhận Cờ thi đua của Chính phủ vì thành tích năm 2022.",
            {("Quảng Trị", "emulation_flag", "conferred", "Chính phủ", 2022)},
        ),
        (
            "Sở TTTT Quảng Trị nhận Cờ thi đua của Bộ.",
            {("Quảng Trị", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", None)},
        ),
        # the recipient's own province's committee is the grantor ubnd_tinh
        (
            "Sở TTTT Nghệ An vinh dự nhận Cờ thi đua của UBND tỉnh Nghệ An.",
            {("Nghệ An", "emulation_flag", "conferred", "Ủy ban nhân dân tỉnh", None)},
        ),
        (
            "Hội nghị đề nghị UBND tỉnh tặng Bằng khen cho Sở TTTT Hà Tĩnh.",
            {("Hà Tĩnh", "certificate_of_merit", "proposed", "Ủy ban nhân dân tỉnh", 2023)},
        ),
        (
            "Sở TTTT Quảng Trị được Chủ tịch UBND tỉnh Quảng Trị tặng Bằng khen vì thành tích năm 2022.",
            {("Quảng Trị", "certificate_of_merit", "conferred", "Ủy ban nhân dân tỉnh", 2022)},
        ),
        (
            "Sở TTTT Quảng Trị vinh dự nhận Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh vì thành tích năm 2022.",
            {("Quảng Trị", "certificate_of_merit", "conferred", "Ủy ban nhân dân tỉnh", 2022)},
        ),
        # a grantor outside the vocabulary (another province's committee, a party committee, a district's, a
        # city's under a province): no fact rather than one with a null grantor
        ("Sở TTTT Nghệ An vinh dự nhận Cờ thi đua của UBND tỉnh Hà Tĩnh.", set()),
        ("Sở TTTT Nghệ An vinh dự nhận Bằng khen của Ban Thường vụ Tỉnh ủy.", set()),
        ("Sở TTTT Nghệ An vinh dự nhận Bằng khen của UBND thành phố Vinh.", set()),
        ("Sở TTTT Nghệ An vinh dự nhận Bằng khen của Chủ tịch UBND huyện Nghi Lộc.", set()),
        ("Hội nghị đề nghị tặng Bằng khen cho 5 tập thể và 10 cá nhân.", set()),
        ("Hội nghị đề nghị Bộ TTTT tặng Bằng khen cho ông Nguyễn Văn A, Giám đốc Sở TTTT Hà Tĩnh.", set()),
    ],
)
def test_awards(body: str, expected: set) -> None:
    assert awards(body) == expected


def test_award_by_decision_number() -> None:
    body = "Bộ trưởng Bộ TTTT đã ký Quyết định số 123/QĐ-BTTTT tặng Cờ thi đua cho Sở TTTT Nghệ An."
    (fact,) = (f for f in facts(body) if f["kind"] == "award")
    assert (fact["status"], fact["decision"], fact["cluster"]) == ("conferred", "123/QĐ-BTTTT", None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cụm thi đua số 4 gồm 3 Sở TTTT các tỉnh: Thanh Hoá, Nghệ An và Hà Tĩnh.",
            {("Thanh Hóa", "explicit", 2023), ("Nghệ An", "explicit", 2023), ("Hà Tĩnh", "explicit", 2023)},
        ),
        ("Cụm thi đua số 4 gồm 5 tỉnh Bắc Trung Bộ (từ Thanh Hóa đến Quảng Trị).", set()),
        ("6/6 đơn vị trong Cụm đều hoàn thành nhiệm vụ.", set()),
        (
            "Tham dự hội nghị có lãnh đạo Sở TTTT các tỉnh: Quảng Bình, Quảng Trị.",
            {("Quảng Bình", "attendance", 2023), ("Quảng Trị", "attendance", 2023)},
        ),
        (
            "Nhiều đơn vị trong Cụm như các Sở TTTT Nghệ An, Hà Tĩnh đã làm tốt.",
            {("Nghệ An", "examples", 2023), ("Hà Tĩnh", "examples", 2023)},
        ),
        ("Cụm thi đua số 4 gồm các huyện: Nghi Lộc, Diễn Châu.", set()),
    ],
)
def test_memberships(body: str, expected: set) -> None:
    assert members(body) == expected


def test_host_named_with_an_apposition_that_names_the_bloc() -> None:
    lead = (
        "Ngày 20/12/2023, Sở TTTT tỉnh Nghệ An - Cụm trưởng Cụm thi đua số 4 các Sở TTTT đăng cai tổ chức "
        "hội nghị tổng kết phong trào thi đua năm 2023."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert conf["host"]["province"] == "Nghệ An"


def test_conference_fields() -> None:
    lead = "Chiều 8/12, tại phường Trường Thi (tỉnh Nghệ An), Sở TTTT Nghệ An tổ chức hội nghị tổng kết "
    got = [f for f in facts("công tác thi đua năm 2023 của Cụm thi đua số 4.", lead=lead) if f["kind"] == "conference"]
    assert len(got) == 1
    c = got[0]
    assert (c["date"], c["location"], c["host"]["province"], c["reviews_year"], c["type"]) == (
        "2023-12-08",
        "Nghệ An",
        "Nghệ An",
        2023,
        "year_end",
    )


@pytest.mark.parametrize(
    ("lead", "published", "date", "location"),
    [
        (
            "Ngày 10/3, tại TP Vinh, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng kết năm 2022 của Sở TTTT.",
            "2023-03-11",
            "2023-03-10",
            None,
        ),
        (
            "Ngày 10/3, tại Công an tỉnh Nghệ An, Cụm thi đua số 4 Bộ Công an tổ chức hội nghị tổng kết năm 2022.",
            None,
            "2023-03-10",
            "Nghệ An",
        ),
        (
            "Ngày 10/8, tại tỉnh Nghệ An, Cụm thi đua số 4 Bộ Công an tổ chức hội nghị tổng kết năm 2022.",
            None,
            None,
            "Nghệ An",
        ),
        (
            "Ngày 24 và 25/11/2022, tại TP Hồ Chí Minh, Cụm thi đua số 4 Bộ Công an tổ chức hội nghị "
            "tổng kết năm 2022.",
            None,
            "2022-11-24",
            "Hồ Chí Minh",
        ),
    ],
)
def test_conference_dates_and_venues(lead: str, published: str | None, date: str | None, location: str | None) -> None:
    got = [f for f in facts("", published=published, lead=lead) if f["kind"] == "conference"]
    assert [(c["date"], c["location"]) for c in got] == [(date, location)]


def test_same_number_different_authority_is_a_different_cluster() -> None:
    lead = "Ngày 18/12, tại tỉnh Sóc Trăng, Cụm thi đua số 7 Bộ Công an tổ chức hội nghị tổng kết năm 2023.\n\n"
    got = facts("Công an tỉnh Hậu Giang là Cụm trưởng năm 2023.", lead=lead)
    assert {(f["cluster"]["authority"], f["cluster"]["bloc"], f["cluster"]["number"]) for f in got} == {
        ("Bộ Công an", "Công an tỉnh", 7)
    }


def test_count_is_not_a_cluster_number() -> None:
    lead = "Cụm thi đua 5 thành phố tổng kết năm 2017\n\nNgày 28/11, tại TP Cần Thơ, Cụm thi đua số 1 của Bộ Công an "
    got = facts("tổ chức hội nghị tổng kết năm 2017. Công an TP Hải Phòng (Cụm trưởng) chủ trì.", "2017-11-29", lead)
    assert {f["cluster"]["number"] for f in got} == {1}


def test_related_links_after_the_article_are_not_read() -> None:
    body = (
        "Hội nghị bầu Sở TTTT Hà Tĩnh làm Cụm trưởng năm 2024.\n\nTin liên quan\n\n"
        "- Sở TTTT Quảng Bình làm Cụm trưởng Cụm thi đua số 4 năm 2022\n- Khai mạc hội thi tin học trẻ\n"
    )
    assert roles(body) == {("Hà Tĩnh", "head", 2024)}


def test_a_related_block_opened_by_arrows_is_not_read_and_names_no_second_cluster() -> None:
    # ">> Xem thêm:" opens the block too; the other cluster a teaser names must not make the page's
    # sentences that name no cluster ambiguous (the hand-over and the election below lost theirs)
    body = (
        "Sở TTTT Hà Tĩnh, đơn vị Cụm trưởng năm 2023, báo cáo kết quả.\n\n"
        "Hội nghị cũng bầu Sở TTTT Quảng Bình làm Cụm phó năm 2024.\n\n"
        ">> Xem thêm:\nCụm thi đua số 1 (khu vực Hà Nội, Bắc Ninh...) tổng kết năm 2023\n"
        "Sở TTTT Quảng Trị ra mắt cổng dữ liệu mở\n"
    )
    got = facts(body)
    assert {f["cluster"]["number"] for f in got} == {4}
    assert roles(body) == {("Hà Tĩnh", "head", 2023), ("Quảng Bình", "deputy", 2024)}
    assert members(body) == set()


def test_a_named_provincial_bloc_is_not_the_cluster() -> None:
    body = "Sở TTTT Nghệ An cũng là Khối trưởng Khối thi đua các Sở, ngành tỉnh năm 2023."
    assert roles(body) == set()


def test_another_authoritys_cluster_keeps_its_own_identity() -> None:
    body = (
        "Sở TTTT Nghệ An là Cụm trưởng năm 2023. "
        "Công an tỉnh Hà Tĩnh là Cụm trưởng Cụm thi đua số 2 Bộ Công an năm 2023."
    )
    got = {
        (f["cluster"]["authority"], f["cluster"]["number"], f["member"]["province"])
        for f in facts(body)
        if f["kind"] == "role"
    }
    assert ("Bộ Công an", 2, "Hà Tĩnh") in got
    assert ("Bộ Thông tin và Truyền thông", 4, "Nghệ An") in got


def test_headline_then_dated_lead() -> None:
    lead = (
        "Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023 tại Hà Tĩnh\n\n"
        "Sáng 19/12, tại tỉnh Hà Tĩnh, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng kết năm 2023.\n\n"
    )
    got = [f for f in facts("Sở TTTT Hà Tĩnh là Cụm trưởng năm 2023.", lead=lead) if f["kind"] == "conference"]
    assert [(c["date"], c["location"]) for c in got] == [("2023-12-19", "Hà Tĩnh")]


def test_a_leading_year_is_not_overridden_by_another_heads_year() -> None:
    body = "Năm 2023, Sở TTTT Nghệ An làm Cụm trưởng; hội nghị bầu Sở TTTT Hà Tĩnh làm Cụm trưởng năm 2024."
    assert roles(body) == {("Nghệ An", "head", 2023), ("Hà Tĩnh", "head", 2024)}


def test_hand_over_names_the_receiver() -> None:
    body = "Sở TTTT Nghệ An giao nhiệm vụ Cụm trưởng cho Sở TTTT Hà Tĩnh; Sở TTTT Quảng Bình nhận cờ Cụm phó."
    assert roles(body) == {("Hà Tĩnh", "head", 2024), ("Quảng Bình", "deputy", 2024)}


def test_lists_in_bullet_lines() -> None:
    body = (
        "Cụm thi đua số 4 gồm các đơn vị:\n- Sở TTTT Nghệ An;\n- Sở TTTT Hà Tĩnh.\n\n"
        "Hội nghị thống nhất đề nghị Bộ TTTT tặng Bằng khen cho các đơn vị:\n- Sở TTTT Nghệ An\n- Sở TTTT Hà Tĩnh\n"
    )
    assert members(body) == {("Nghệ An", "explicit", 2023), ("Hà Tĩnh", "explicit", 2023)}
    assert {a[0] for a in awards(body)} == {"Nghệ An", "Hà Tĩnh"}


def test_a_ministrys_own_proposal_is_not_the_clusters() -> None:
    body = "Bộ TTTT đã đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho Sở TTTT Nghệ An."
    (fact,) = (f for f in facts(body) if f["kind"] == "award")
    assert (fact["grantor"], fact["status"], fact["cluster"]) == ("Chính phủ", "proposed", None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Sở TTTT Hà Tĩnh được Hội nghị thống nhất giới thiệu làm Cụm trưởng năm 2024.",
            {("Hà Tĩnh", "head", 2024)},
        ),
        ("Hội nghị biểu quyết chọn Sở TTTT Hà Tĩnh làm Cụm trưởng năm 2024.", {("Hà Tĩnh", "head", 2024)}),
        (
            "Sở TTTT Hà Tĩnh nhận cờ luân lưu, chính thức đảm đương cương vị Cụm trưởng năm 2024.",
            {("Hà Tĩnh", "head", 2024)},
        ),
        ("Sở TTTT Quảng Bình giữ vị trí Cụm phó năm 2024.", {("Quảng Bình", "deputy", 2024)}),
        ("Vị trí Cụm phó năm 2024 do Sở TTTT Quảng Bình đảm nhiệm.", {("Quảng Bình", "deputy", 2024)}),
        ("Nhiệm vụ Cụm trưởng năm 2024 được giao cho Sở TTTT Hà Tĩnh.", {("Hà Tĩnh", "head", 2024)}),
        (
            "Ông Lê Văn A, Giám đốc Sở TTTT Nghệ An, thay mặt đơn vị Cụm trưởng năm 2023 báo cáo.",
            {("Nghệ An", "head", 2023)},
        ),
        ("Ông Lê Văn A, Giám đốc Sở TTTT Nghệ An kiêm Cụm trưởng, phát biểu.", {("Nghệ An", "head", 2023)}),
        ("Phát biểu tại hội nghị, Cụm trưởng – Sở TTTT Nghệ An cho biết kết quả.", {("Nghệ An", "head", 2023)}),
        ("Sở TTTT Hà Tĩnh sẽ làm Cụm trưởng.", {("Hà Tĩnh", "head", 2024)}),
        (
            "Sở TTTT Hà Tĩnh được các đơn vị trong Cụm tín nhiệm bầu làm Cụm trưởng năm 2024.",
            {("Hà Tĩnh", "head", 2024)},
        ),
        (
            "Hội nghị tổ chức lễ chuyển giao Cụm trưởng từ Sở TTTT Nghệ An sang Sở TTTT Hà Tĩnh.",
            {("Hà Tĩnh", "head", 2024)},
        ),
        (
            "Cụm trưởng năm 2024 do Sở TTTT Hà Tĩnh đảm nhận, Cụm phó là Sở TTTT Quảng Bình.",
            {("Hà Tĩnh", "head", 2024), ("Quảng Bình", "deputy", 2024)},
        ),
    ],
)
def test_more_role_phrasings(body: str, expected: set) -> None:
    assert roles(body) == expected


def test_a_role_table_flattened_into_text() -> None:
    body = (
        "Bộ trưởng giao nhiệm vụ Cụm trưởng, Cụm phó các Cụm thi đua năm 2024.\n"
        "Danh sách (STT | Cụm | Cụm trưởng | Cụm phó):\n"
        "1 | Cụm số 4 | Sở TTTT Hà Tĩnh | Sở TTTT Quảng Bình\n"
    )
    assert roles(body) == {("Hà Tĩnh", "head", 2024), ("Quảng Bình", "deputy", 2024)}


def test_school_year_heads_keep_the_latest() -> None:
    body = (
        "Sở TTTT Nghệ An là Cụm trưởng năm học 2023-2024. "
        "Sở TTTT Hà Tĩnh tiếp nhận vai trò Cụm trưởng năm học 2024-2025."
    )
    assert roles(body) == {("Hà Tĩnh", "head", None)}


@pytest.mark.parametrize(
    "body",
    [
        "Thành viên của Cụm năm 2023 bao gồm Sở TTTT ba địa phương: Nghệ An, Hà Tĩnh và Quảng Bình.",
        "Hội nghị với sự tham gia của Sở TTTT 3 tỉnh thành viên: Nghệ An, Hà Tĩnh và Quảng Bình.",
        "Cụm có 3 thành viên là Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình.",
        "Thành viên Cụm năm 2023 gồm:\n\n1. Sở TTTT tỉnh Nghệ An;\n\n2. Sở TTTT tỉnh Hà Tĩnh;\n\n"
        "3. Sở TTTT tỉnh Quảng Bình.",
    ],
)
def test_more_member_list_shapes(body: str) -> None:
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


THREE = {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the members as the sentence's subject, the list after its verb
        ("Các đơn vị trong Cụm thi đua số 4 năm 2023 là: Sở TTTT Nghệ An, Sở TTTT Hà Tĩnh, Sở TTTT Quảng Bình.", THREE),
        ("Tham gia Cụm thi đua số 4 có Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình.", THREE),
        ("Các đơn vị thành viên trong Cụm là Sở TTTT Nghệ An, Sở TTTT Hà Tĩnh và Sở TTTT Quảng Bình.", THREE),
        # a count before the list, in the same or the next sentence
        ("Cụm năm nay có 3 thành viên là Sở TTTT các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình.", THREE),
        ("Cụm thi đua số 4 còn 3 đơn vị: Sở TTTT Nghệ An, Sở TTTT Hà Tĩnh và Sở TTTT Quảng Bình.", THREE),
        ("Với 3 đơn vị thành viên là Sở TTTT các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình, Cụm đã làm tốt.", THREE),
        ("Cụm có 3 đơn vị, gồm Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình.", THREE),
        ("Cụm thi đua số 4 gồm 3 đơn vị. Đó là Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình.", THREE),
        ("Cụm thi đua số 4 hiện có Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình.", THREE),
        ("Các thành viên gồm:\n+ Sở TTTT tỉnh Nghệ An\n+ Sở TTTT tỉnh Hà Tĩnh\n+ Sở TTTT tỉnh Quảng Bình", THREE),
        # the list before what places it in the cluster, or in parentheses after the cluster
        ("Sở TTTT Nghệ An, Hà Tĩnh và Quảng Bình là thành viên Cụm thi đua số 4.", THREE),
        ("Năm qua, Sở TTTT các tỉnh trong Cụm (Nghệ An, Hà Tĩnh, Quảng Bình) đã làm tốt.", THREE),
        ("Cụm thi đua số 4 các Sở TTTT (Nghệ An, Hà Tĩnh, Quảng Bình) hoàn thành nhiệm vụ.", THREE),
        # a list continued in the next sentence
        (
            "Cụm thi đua số 4 gồm Sở TTTT Nghệ An và Hà Tĩnh. Cùng tham gia Cụm còn có Sở TTTT tỉnh Quảng Bình.",
            THREE,
        ),
        # a meeting's participants are attendance, unless called members
        (
            "Hội nghị có sự tham gia của Sở TTTT các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình.",
            {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")},
        ),
        # no membership: a count with no names, winners, a ranking, recipients in parentheses
        ("Cụm thi đua số 4 gồm 6 tỉnh. Sở TTTT Nghệ An, Sở TTTT Hà Tĩnh đạt nhiều thành tích.", set()),
        ("Cụm thi đua số 4 có Sở TTTT Nghệ An, Sở TTTT Hà Tĩnh, Sở TTTT Quảng Bình được tặng Bằng khen.", set()),
        ("Trong Cụm, Sở TTTT Nghệ An, Sở TTTT Hà Tĩnh và Sở TTTT Quảng Bình dẫn đầu.", set()),
        ("Hội nghị đề nghị tặng Cờ cho đơn vị dẫn đầu Cụm (Sở TTTT Nghệ An, Sở TTTT Hà Tĩnh).", set()),
    ],
)
def test_member_list_cues(body: str, expected: set) -> None:
    assert members(body) == expected


def test_district_cluster_gives_no_facts() -> None:
    text = (
        "Chiều 27/12, Cụm thi đua số 3 các huyện phía Nam tổ chức hội nghị tổng kết năm 2023. "
        "Sở Nội vụ tỉnh gửi hoa chúc mừng."
    )
    assert facts("", lead=text) == []


def test_online_connection_points_are_attendance() -> None:
    body = "Hội nghị của Cụm thi đua số 4 kết nối trực tuyến với các điểm cầu tại Sở TTTT các tỉnh Nghệ An, Hà Tĩnh."
    assert members(body) == {("Nghệ An", "attendance", 2023), ("Hà Tĩnh", "attendance", 2023)}


@pytest.mark.parametrize(
    "body",
    [
        "Sở TTTT Nghệ An được Hội nghị suy tôn là đơn vị dẫn đầu, đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua.",
        "Cờ thi đua của Bộ TTTT được đề nghị tặng cho Sở TTTT Nghệ An.",
    ],
)
def test_award_cue_after_the_subject_or_the_award(body: str) -> None:
    assert awards(body) == {("Nghệ An", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023)}


def test_award_subjects_and_tables() -> None:
    body = (
        "Hội nghị suy tôn Sở TTTT Nghệ An là đơn vị xuất sắc nhất để đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua. "
        "Sở TTTT Hà Tĩnh được đề nghị cấp trên khen thưởng bằng hình thức Bằng khen của Bộ trưởng.\n\n"
        "Danh sách đề nghị khen thưởng (Đơn vị | Hình thức):\nSở TTTT Quảng Bình | Bằng khen\n"
    )
    bo = "Bộ Thông tin và Truyền thông"
    assert awards(body) == {
        ("Nghệ An", "emulation_flag", "proposed", bo, 2023),
        ("Hà Tĩnh", "certificate_of_merit", "proposed", bo, 2023),
        ("Quảng Bình", "certificate_of_merit", "proposed", bo, 2023),
    }


def test_conference_venue_next_sentence_and_month_date() -> None:
    lead = (
        "Cuối tháng 12, Sở TTTT Nghệ An đăng cai Hội nghị tổng kết năm 2023 của Cụm thi đua số 4 thuộc Bộ TTTT. "
        "Hội nghị diễn ra tại thị xã Cửa Lò, tỉnh Nghệ An.\n\n"
    )
    (conf,) = (f for f in facts("", published="2024-01-03", lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["location"], conf["host"]["province"]) == ("2023-12", "Nghệ An", "Nghệ An")


def test_an_excerpts_own_stamp_dates_its_meeting() -> None:
    lead = "(20/07/2021) Ngày 19/7, Cụm thi đua số 4 các Sở TTTT tổ chức sơ kết 6 tháng trực tuyến.\n\n"
    (conf,) = (f for f in facts("", published=None, lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["reviews_year"], conf["type"]) == ("2021-07-19", 2021, "mid_year")


def test_host_that_chairs_and_organises() -> None:
    lead = (
        "Ngày 18/12, Sở TTTT tỉnh Hà Tĩnh chủ trì, phối hợp tổ chức Hội nghị tổng kết phong trào thi đua "
        "năm 2023 Cụm thi đua số 4."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["host"]["province"]) == ("2023-12-18", "Hà Tĩnh")


@pytest.mark.parametrize(
    ("published", "expected"),
    [
        ("2023-12-20", "2023-12-18"),  # within 60 days of the page
        ("2024-03-10", "2023-12-18"),  # long after: the reviewed year decides
        ("2023-12-01", None),  # the page is older than that day in the reviewed year: unsafe
        (None, "2023-12-18"),
    ],
)
def test_day_without_a_year(published: str | None, expected: str | None) -> None:
    lead = "Ngày 18/12, Cụm thi đua số 4 các Sở TTTT họp tổng kết phong trào thi đua năm 2023."
    (conf,) = (f for f in facts("", published=published, lead=lead) if f["kind"] == "conference")
    assert conf["date"] == expected


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        # no meeting reported: the title's reviewed year, else the year the sentence gives its cluster
        ("Hội nghị tổng kết công tác thi đua năm 2023 Cụm thi đua số 4 Sở TTTT\n\nCụm thi đua số 4 ", 2023),
        ("Bộ TTTT phân chia các cụm thi đua\n\nTheo quyết định, Cụm thi đua số 4 năm 2023 ", 2023),
        ("Bộ TTTT phân chia các cụm thi đua\n\nTheo quyết định, Cụm thi đua số 4 ", None),
    ],
)
def test_member_year_without_a_meeting(lead: str, year: int | None) -> None:
    body = "gồm Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình."
    assert members(body, lead=lead) == {(p, "explicit", year) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


@pytest.mark.parametrize(
    "rows",
    [
        "| STT | Đơn vị |\n\n|---|---|\n\n| 1 | Sở TTTT tỉnh Nghệ An |\n\n| 2 | Sở TTTT tỉnh Hà Tĩnh |\n\n"
        "| 3 | Sở TTTT tỉnh Quảng Bình |",
        "| 1 | Nghệ An |\n| 2 | Hà Tĩnh |\n| 3 | Quảng Bình |",
    ],
)
def test_members_in_a_table_after_the_cue(rows: str) -> None:
    """An HTML table comes out of the page as pipe rows; one member per row."""
    assert members("Cụm thi đua số 4 các Sở TTTT gồm các đơn vị sau:\n\n" + rows + "\n\nẢnh: hội nghị.") == THREE


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # roles in parentheses inside a bulleted list; letter bullets
        (
            "Cụm thi đua số 4 có 3 đơn vị thành viên, gồm:\n - Sở TTTT tỉnh Nghệ An (Cụm trưởng);\n"
            " - Sở TTTT tỉnh Hà Tĩnh (Cụm phó);\n - Sở TTTT tỉnh Quảng Bình.",
            THREE,
        ),
        (
            "Cụm thi đua số 4 gồm có 3 đơn vị:\na) Sở TTTT tỉnh Nghệ An;\nb) Sở TTTT tỉnh Hà Tĩnh;\n"
            "c) Sở TTTT tỉnh Quảng Bình.",
            THREE,
        ),
        # a list continued after a leading time phrase
        ("Cụm thi đua số 4 gồm Sở TTTT Nghệ An, Hà Tĩnh. Từ năm 2023, Cụm còn có Sở TTTT tỉnh Quảng Bình.", THREE),
        # the subject is a member too: "X cùng với N đơn vị thành viên khác là ..."
        (
            "Năm 2023, Sở TTTT Nghệ An (Cụm trưởng) cùng với 3 Sở thành viên khác là Sở TTTT Hà Tĩnh, "
            "Sở TTTT Quảng Trị và Sở TTTT Quảng Bình đã ký giao ước.",
            THREE | {("Quảng Trị", "explicit", 2023)},
        ),
        # the complement of the units named earlier in the same sentence
        (
            "Sở TTTT Nghệ An là Cụm trưởng; các đơn vị còn lại trong Cụm gồm Sở TTTT các tỉnh Hà Tĩnh và Quảng Bình.",
            {(p, "complement", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")},
        ),
    ],
)
def test_member_list_shapes_more(body: str, expected: set) -> None:
    assert members(body) == expected


def test_a_cluster_named_earlier_in_the_paragraph_governs_its_roles() -> None:
    body = (
        "Theo Quyết định, Cụm thi đua số 2 gồm Sở TTTT Thanh Hóa, Ninh Bình. Cụm trưởng: Sở TTTT tỉnh Thanh Hóa.\n\n"
        "Cụm thi đua số 4 gồm các Sở TTTT:\n + Nghệ An\n + Hà Tĩnh\nCụm trưởng: Sở TTTT tỉnh Hà Tĩnh."
    )
    got = {(f["cluster"]["number"], f["member"]["province"]) for f in facts(body) if f["kind"] == "role"}
    assert got == {(2, "Thanh Hóa"), (4, "Hà Tĩnh")}


def test_fatherland_front_of_a_city_is_a_unit() -> None:
    lead = (
        "Ngày 17/11, Hội nghị tổng kết năm 2023 Cụm thi đua số 6 thuộc Ủy ban Trung ương MTTQ Việt Nam "
        "do Ủy ban MTTQ Việt Nam thành phố Cần Thơ tổ chức."
    )
    (conf,) = (f for f in facts("", published="2023-11-20", lead=lead) if f["kind"] == "conference")
    assert conf["host"] == {"org": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "province": "Cần Thơ"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dự hội nghị có lãnh đạo Sở TTTT các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình.",
            {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")},
        ),
        ("Dự hội nghị có ông Nguyễn Văn A, Giám đốc Sở TTTT tỉnh Nghệ An.", set()),
    ],
)
def test_attendance_without_a_colon_needs_a_list(body: str, expected: set) -> None:
    assert members(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a counted complement
        (
            "Sở TTTT Nghệ An làm Cụm trưởng; 2 đơn vị còn lại là Sở TTTT các tỉnh Hà Tĩnh và Quảng Bình.",
            {(p, "complement", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")},
        ),
        # one unit per bare line after the cue
        (
            "Cụm thi đua số 4 có 3 đơn vị thành viên:\nSở TTTT tỉnh Nghệ An\nSở TTTT tỉnh Hà Tĩnh\n"
            "Sở TTTT tỉnh Quảng Bình\n\nNăm qua, các Sở làm tốt.",
            THREE,
        ),
        # a table introduced without a list verb
        (
            "Năm 2023, thành phần các đơn vị trong Cụm thi đua số 4 như sau:\n\n| STT | Đơn vị | Nhiệm vụ |\n\n"
            "| 1 | Sở TTTT tỉnh Nghệ An | Cụm trưởng |\n\n| 2 | Sở TTTT tỉnh Hà Tĩnh | Thành viên |\n\n"
            "| 3 | Sở TTTT tỉnh Quảng Bình | Thành viên |",
            THREE,
        ),
        # a run of items placed in the cluster by what follows it
        ("Bộ bổ sung Sở TTTT tỉnh Nghệ An với Sở TTTT các tỉnh Hà Tĩnh, Quảng Bình vào Cụm.", THREE),
        ("Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng\nBình là 3 đơn vị thuộc Cụm thi đua số 4.", THREE),
        # attendance in a later clause of the sentence
        (
            "Dự hội nghị có ông Lê Văn A, Vụ trưởng; lãnh đạo Sở TTTT các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình.",
            {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")},
        ),
    ],
)
def test_member_lists_third_round(body: str, expected: set) -> None:
    assert members(body) == expected


def test_list_for_another_cluster_takes_that_clusters_bloc() -> None:
    body = "Lãnh đạo 3 Đài PT-TH thành viên Cụm thi đua số 2 năm 2023 (Nghệ An, Hà Tĩnh, Quảng Bình) chụp ảnh."
    got = {
        (f["cluster"]["number"], f["member"]["org"], f["member"]["province"])
        for f in facts(body)
        if f["kind"] == "membership"
    }
    assert got == {(2, "Đài Phát thanh và Truyền hình", p) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_composition_announced_outside_a_review_takes_the_lead_year() -> None:
    lead = (
        "BAN THI ĐUA\nTin tức\n\nKiện toàn các cụm thi đua\n\nCập nhật: 20/08/2025 | 15:02\n\n"
        "Ngày 15/8/2025, Bộ TTTT ban hành quyết định về việc phân chia, kiện toàn các cụm thi đua năm 2025 "
        "của các Sở Thông tin và Truyền thông trong cả nước, thay thế các quyết định trước đây.\n\n"
    )
    body = (
        "Cụm thi đua số 4 năm nay có 3 thành viên:\n1. Sở TTTT tỉnh Nghệ An (Cụm trưởng);\n"
        "2. Sở TTTT tỉnh Hà Tĩnh (Cụm phó);\n3. Sở TTTT tỉnh Quảng Trị."
    )
    got = facts(body, published="2025-08-20", lead=lead)
    assert {(f["member"]["province"], f["year"]) for f in got if f["kind"] == "membership"} == {
        ("Nghệ An", 2025),
        ("Hà Tĩnh", 2025),
        ("Quảng Trị", 2025),
    }


def test_role_in_a_list_item_takes_the_list_headers_year() -> None:
    body = (
        "Theo quyết định, Cụm thi đua số 4 năm 2024 có 3 thành viên:\n1. Sở TTTT tỉnh Nghệ An (Cụm trưởng);\n"
        "2. Sở TTTT tỉnh Hà Tĩnh (Cụm phó);\n3. Sở TTTT tỉnh Quảng Bình."
    )
    assert roles(body) == {("Nghệ An", "head", 2024), ("Hà Tĩnh", "deputy", 2024)}


def test_award_details_stay_in_their_clause() -> None:
    body = (
        "Dịp này, Sở TTTT Nghệ An đón nhận Cờ thi đua của Chính phủ (Quyết định số 11/QĐ-TTg) vì có thành tích "
        "năm 2022; Sở TTTT Hà Tĩnh được Thủ tướng Chính phủ tặng Bằng khen do có thành tích năm 2022. "
        "Bộ trưởng Bộ TTTT trao Cờ thi đua cho Sở TTTT Quảng Bình, đơn vị dẫn đầu phong trào thi đua năm 2021."
    )
    got = {(f["recipient"]["province"], f["decision"], f["year"]) for f in facts(body) if f["kind"] == "award"}
    assert got == {("Nghệ An", "11/QĐ-TTg", 2022), ("Hà Tĩnh", None, 2022), ("Quảng Bình", None, 2021)}


def test_complement_recipients_come_from_their_own_cluster() -> None:
    body = (
        "Cụm thi đua số 4 gồm Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình. Hội nghị đề nghị Bộ trưởng "
        "Bộ TTTT tặng Cờ thi đua cho Sở TTTT Nghệ An, tặng Bằng khen cho các đơn vị còn lại trong Cụm. "
        "Cùng ngày, Cụm thi đua số 5 (Sở TTTT các tỉnh Quảng Trị, Quảng Ngãi) tổ chức hội nghị tổng kết năm 2023 "
        "tại tỉnh Quảng Ngãi."
    )
    got = facts(body)
    assert {(f["recipient"]["province"], f["award"]) for f in got if f["kind"] == "award"} == {
        ("Nghệ An", "emulation_flag"),
        ("Hà Tĩnh", "certificate_of_merit"),
        ("Quảng Bình", "certificate_of_merit"),
    }
    # the second meeting is a conference of its own, on the same day, with no host
    confs = {(f["cluster"]["number"], f["date"], f["location"], f["host"]) for f in got if f["kind"] == "conference"}
    assert confs == {(4, "2023-12-19", "Hà Tĩnh", None), (5, "2023-12-19", "Quảng Ngãi", None)}


def test_head_after_a_venue_that_names_the_same_unit() -> None:
    lead = (
        "Ngày 7/12, tại trụ sở Sở TTTT tỉnh Nghệ An, Sở TTTT tỉnh Nghệ An – đơn vị Cụm trưởng năm 2023 – "
        "tổ chức hội nghị tổng kết năm 2023 của Cụm thi đua số 4."
    )
    assert roles("", lead=lead) == {("Nghệ An", "head", 2023)}


def test_cluster_of_a_provincial_agency_gives_no_conference() -> None:
    body = (
        "Trước đó, ngày 8/12, Cụm thi đua số 2 thuộc Sở TTTT tỉnh Nghệ An, gồm Phòng Văn hóa các huyện Nghi Lộc, "
        "Diễn Châu, cũng đã tổng kết năm 2023."
    )
    assert [f["cluster"]["number"] for f in facts(body) if f["kind"] == "conference"] == [4]


def test_a_name_broken_over_two_lines_stays_in_its_sentence() -> None:
    assert roles("Hội nghị đã bầu Sở TTTT tỉnh Quảng\nBình làm Cụm trưởng năm 2024.") == {("Quảng Bình", "head", 2024)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a bare "có" right after the cluster
        ("Năm 2023, Cụm thi đua số 4 có Sở TTTT các địa phương: Nghệ An, Hà Tĩnh và Quảng Bình.", THREE),
        # a ranking table of the cluster's units, rows without a leading pipe
        (
            "Kết quả chấm điểm, xếp hạng thi đua năm 2023 của các đơn vị trong Cụm:\n\n"
            "STT | Đơn vị | Điểm\n1 | Sở TTTT tỉnh Nghệ An | 98\n2 | Sở TTTT tỉnh Hà Tĩnh | 97\n"
            "3 | Sở TTTT tỉnh Quảng Bình | 95\n\nSở TTTT Nghệ An dẫn đầu.",
            THREE,
        ),
        # "... cũng được bổ sung vào Cụm"
        (
            "Cụm thi đua số 4 gồm Sở TTTT Nghệ An. Từ tháng 7, Sở TTTT các tỉnh Hà Tĩnh, Quảng Bình cũng được bổ sung "
            "vào Cụm.",
            THREE,
        ),
    ],
)
def test_member_lists_fourth_round(body: str, expected: set) -> None:
    assert members(body) == expected


def test_role_carried_with_vai_tro() -> None:
    assert roles("Sở TTTT Hà Tĩnh với vai trò Cụm phó đã phối hợp tốt.") == {("Hà Tĩnh", "deputy", 2023)}


def test_digest_sections_keep_their_own_clusters() -> None:
    """A digest reports cluster 3 of two authorities and cluster 2 of a third; each keeps its identity."""
    text = normalize_text(
        "Điểm tin thi đua tuần qua\n\n"
        "1. Ngày 7/12, tại tỉnh Quảng Trị, Sở VHTTDL Quảng Trị – Cụm trưởng năm 2023 – tổ chức hội nghị tổng kết "
        "Cụm thi đua số 3 thuộc Bộ VHTTDL. Hội nghị bầu Sở VHTTDL tỉnh Quảng Bình làm Cụm trưởng năm 2024.\n\n"
        "2. Mới đây, tại Đồn Biên phòng Lao Bảo, Cụm thi đua số 3 thuộc Bộ Tư lệnh BĐBP tổng kết phong trào thi "
        "đua năm 2023. Cụm có Bộ Chỉ huy BĐBP các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình.\n\n"
        "3. Ngày 2/12, tại TP Đà Nẵng, Khối thi đua số 2 thuộc Bộ TTTT tổ chức hội nghị tổng kết năm 2023. Khối gồm "
        "12 Đài PT-TH miền Trung, trong đó có các đài như Quảng Nam, Quảng Ngãi, Bình Định."
    )
    got = extract_facts(text, "2023-12-12")
    blocs = {(f["kind"], f["cluster"]["bloc"], f["cluster"]["number"]) for f in got if f.get("cluster")}
    assert ("membership", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", 3) in blocs
    assert ("membership", "Đài Phát thanh và Truyền hình", 2) in blocs
    assert ("role", "Sở Văn hóa, Thể thao và Du lịch", 3) in blocs
    assert {f["cluster"]["bloc"] for f in got if f["kind"] == "conference"} == {
        "Sở Văn hóa, Thể thao và Du lịch",
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        "Đài Phát thanh và Truyền hình",
    }
    # the December meetings review 2023 although no sentence says "năm 2023" after "tổng kết"
    assert {f["reviews_year"] for f in got if f["kind"] == "conference"} == {2023}
    examples = {f["member"]["province"] for f in got if f["kind"] == "membership" and f["basis"] == "examples"}
    assert examples == {"Quảng Nam", "Quảng Ngãi", "Bình Định"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a range leaks nothing, not even its first name
        ("Cụm gồm Sở TTTT 6 tỉnh từ Thanh Hóa đến Thừa Thiên Huế.", set()),
        # a leading time phrase before "năm N,"
        (
            "Trước đó, năm 2022, Cụm thi đua số 4 gồm Sở TTTT các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình.",
            {(p, "explicit", 2022) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")},
        ),
    ],
)
def test_member_lists_fifth_round(body: str, expected: set) -> None:
    assert members(body) == expected


def test_a_district_level_cluster_named_cap_huyen_gives_no_conference() -> None:
    body = (
        "Sở TTTT Hà Tĩnh là Cụm trưởng năm 2023. Cùng ngày, Cụm thi đua số 2 của Mặt trận cấp huyện trong tỉnh "
        "cũng tổ chức tổng kết năm 2023 tại huyện Cái Bè."
    )
    assert [f["cluster"]["number"] for f in facts(body) if f["kind"] == "conference"] == [4]


def test_host_named_as_la_don_vi_dang_cai() -> None:
    lead = (
        "Sáng 21/12, tại Sở TTTT tỉnh Nghệ An, Cụm thi đua số 4 tổng kết công tác năm 2023. "
        "Sở TTTT Nghệ An là đơn vị đăng cai."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert conf["host"]["province"] == "Nghệ An"


def test_award_subject_with_a_parenthesis() -> None:
    body = "Sở TTTT Nghệ An (nay đã hợp nhất vào Sở KH&CN) được Bộ TTTT tặng Cờ thi đua năm 2022."
    assert awards(body) == {("Nghệ An", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", 2022)}


def test_decision_table_with_members_and_bare_heads() -> None:
    """A notice's table: one cluster per row, a members' cell, heads and deputies named by province."""
    lead = (
        "Thông báo phân công cụm thi đua năm 2023\n\nNgày 05/3/2023, Bộ TTTT có Thông báo số 12/TB-BTTTT về việc "
        "phân công cụm thi đua và đơn vị Cụm trưởng, Cụm phó năm 2023 đối với các Sở TTTT miền Trung, như sau.\n\n"
    )
    body = (
        "| Cụm | Sở TTTT các tỉnh | Cụm trưởng | Cụm phó |\n\n|---|---|---|---|\n\n"
        "| Cụm thi đua số IV | Nghệ An, Hà Tĩnh, Quảng Bình | Hà Tĩnh | Quảng Bình |\n\n"
        "| Cụm thi đua số V | Quảng Trị, Thừa Thiên Huế, Đà Nẵng | Đà Nẵng | Quảng Trị |\n"
    )
    got = facts(body, published="2023-03-10", lead=lead)
    assert {(f["cluster"]["number"], f["member"]["province"], f["year"]) for f in got if f["kind"] == "membership"} == {
        (4, "Nghệ An", 2023),
        (4, "Hà Tĩnh", 2023),
        (4, "Quảng Bình", 2023),
        (5, "Quảng Trị", 2023),
        (5, "Thừa Thiên Huế", 2023),
        (5, "Đà Nẵng", 2023),
    }
    assert {
        (f["cluster"]["number"], f["role"], f["member"]["province"], f["year"]) for f in got if f["kind"] == "role"
    } == {
        (4, "head", "Hà Tĩnh", 2023),
        (4, "deputy", "Quảng Bình", 2023),
        (5, "head", "Đà Nẵng", 2023),
        (5, "deputy", "Quảng Trị", 2023),
    }
    # the notice's deadline for the year-end review is not a meeting
    assert [f for f in got if f["kind"] == "conference"] == []


def test_decision_bullets_take_their_clusters_and_the_notices_year() -> None:
    lead = (
        "Phân công Cụm trưởng năm 2023\n\nBộ trưởng Bộ TTTT ký Quyết định số 17/QĐ-BTTTT ngày 28/02/2023 về việc "
        "phân công đơn vị Cụm trưởng, Cụm phó năm 2023 đối với các Sở TTTT, theo nguyên tắc luân phiên hằng năm.\n\n"
    )
    body = (
        "Cụm thi đua số 4 gồm Sở TTTT các tỉnh:\n\n- Nghệ An, Hà Tĩnh và Quảng Bình;\n\n"
        "- Cụm trưởng: Sở TTTT tỉnh Hà Tĩnh;\n\n- Cụm phó: Sở TTTT tỉnh Nghệ An.\n\n"
        "Cụm thi đua số 5 gồm Sở TTTT các tỉnh:\n\n- Quảng Trị, Đà Nẵng và Quảng Nam;\n\n"
        "- Cụm trưởng: Sở TTTT tỉnh Quảng Nam;\n\n- Cụm phó: Sở TTTT thành phố Đà Nẵng."
    )
    got = {
        (f["cluster"]["number"], f["role"], f["member"]["province"], f["year"])
        for f in facts(body, published="2023-03-01", lead=lead)
        if f["kind"] == "role"
    }
    assert got == {
        (4, "head", "Hà Tĩnh", 2023),
        (4, "deputy", "Nghệ An", 2023),
        (5, "head", "Quảng Nam", 2023),
        (5, "deputy", "Đà Nẵng", 2023),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a role in parentheses after a bare name in a member list
        (
            "Thành viên Cụm gồm các Sở TTTT: Nghệ An (Cụm trưởng), Hà Tĩnh (Cụm phó), Quảng Bình.",
            {("Nghệ An", "head", 2023), ("Hà Tĩnh", "deputy", 2023)},
        ),
        # a person's name between the unit and the parenthesis
        (
            "Phó Giám đốc Sở TTTT tỉnh Hà Tĩnh Lê Văn V. (đơn vị Cụm phó năm 2023) điều hành.",
            {("Hà Tĩnh", "deputy", 2023)},
        ),
    ],
)
def test_roles_in_parentheses(body: str, expected: set) -> None:
    assert roles(body) == expected


def test_complement_of_bare_names() -> None:
    body = "Ngoài Nghệ An và Hà Tĩnh, các đơn vị còn lại trong Cụm là Sở TTTT các tỉnh Quảng Bình, Quảng Trị."
    assert members(body) == {(p, "complement", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")}


def test_roundup_sections_keep_their_clusters() -> None:
    text = normalize_text(
        "Hai cụm thi đua số 5 tổng kết năm 2023\n\n"
        "* Ngành văn hóa: Phú Yên trao lại vai trò Cụm trưởng\n\n"
        "Ngày 23/12, Sở VHTTDL tỉnh Phú Yên, Cụm trưởng năm 2023, tổ chức hội nghị tổng kết của Cụm thi đua số 5 "
        "thuộc Bộ VHTTDL tại tỉnh Phú Yên.\n\nNăm 2024, Sở VHTTDL Bình Định sẽ làm Cụm trưởng.\n\n"
        "* Ngành thông tin - truyền thông: Quảng Ngãi tiếp nhận nhiệm vụ\n\n"
        "Một ngày sau, 24/12, tại TP Quy Nhơn, Sở TTTT Bình Định - đơn vị Cụm trưởng năm 2023 - chủ trì tổng kết năm "
        "của Cụm thi đua số 5 thuộc Bộ TTTT. Tham gia cụm này có Sở TTTT 3 địa phương: Quảng Ngãi, Bình Định và "
        "Phú Yên.\n\nKết thúc hội nghị, Sở TTTT Bình Định bàn giao nhiệm vụ Cụm trưởng năm 2024 cho Sở TTTT Quảng Ngãi."
    )
    got = extract_facts(text, "2023-12-28")
    heads = {(f["cluster"]["bloc"], f["member"]["province"], f["year"]) for f in got if f["kind"] == "role"}
    assert ("Sở Văn hóa, Thể thao và Du lịch", "Bình Định", 2024) in heads
    assert ("Sở Thông tin và Truyền thông", "Quảng Ngãi", 2024) in heads
    confs = {(f["cluster"]["bloc"], f["date"]) for f in got if f["kind"] == "conference"}
    assert confs == {("Sở Văn hóa, Thể thao và Du lịch", "2023-12-23"), ("Sở Thông tin và Truyền thông", "2023-12-24")}


def test_meeting_told_in_the_sentence_after_the_review() -> None:
    lead = (
        "Trước đó, ngày 15/12, tại thị xã Ba Đồn, Cụm thi đua số 1, gồm Phòng GD&ĐT thị xã Ba Đồn và huyện Quảng "
        "Trạch, đã tổng kết năm 2023. Đoàn của Sở TTTT Quảng Bình đã dự hội nghị tổng kết năm 2023 của Cụm thi đua "
        "số 4 thuộc Bộ TTTT. Hội nghị diễn ra ngày 19/12 tại tỉnh Hà Tĩnh, do Sở TTTT Hà Tĩnh, Cụm trưởng năm 2023, "
        "tổ chức."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert (conf["cluster"]["number"], conf["date"], conf["location"], conf["host"]["province"]) == (
        4,
        "2023-12-19",
        "Hà Tĩnh",
        "Hà Tĩnh",
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Cụm trưởng luân phiên năm 2024 là Sở TTTT tỉnh Hà Tĩnh.", {("Hà Tĩnh", "head", 2024)}),
        ("Sở TTTT tỉnh Hà Tĩnh nhận trọng trách Cụm trưởng năm 2024.", {("Hà Tĩnh", "head", 2024)}),
        (
            "Cụm trưởng năm 2023 là đồng chí Nguyễn Văn A., Giám đốc Sở TTTT tỉnh Nghệ An.",
            {("Nghệ An", "head", 2023)},
        ),
    ],
)
def test_role_phrasings_sixth_round(body: str, expected: set) -> None:
    assert roles(body) == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # a two-day meeting written as a day range takes its first day
        (
            "Ngày 18-19/12, Cụm thi đua số 4 các Sở TTTT tổ chức hội nghị tổng kết năm 2023 tại tỉnh Nghệ An.",
            "2023-12-18",
        ),
        # the cluster as the subject of "tổng kết", no date: a meeting with a null date
        ("Cụm thi đua số 4 các Sở TTTT vừa tổng kết công tác thi đua năm 2023 tại tỉnh Nghệ An.", None),
    ],
)
def test_meeting_dates_more(lead: str, expected: str | None) -> None:
    (conf,) = (f for f in facts("Sở TTTT Nghệ An là Cụm trưởng năm 2023.", lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["location"], conf["reviews_year"]) == (expected, "Nghệ An", 2023)


def test_rotating_flag_is_not_an_award() -> None:
    assert awards("Sở TTTT Nghệ An trao cờ thi đua luân lưu cho Sở TTTT Hà Tĩnh, đơn vị Cụm trưởng năm 2024.") == set()


def test_a_framing_year_phrase_dates_the_clause_after_it() -> None:
    body = (
        "Đại diện Vụ cho biết: năm 2022, khi còn thuộc Bộ cũ, Cụm thi đua số 4 gồm Sở TTTT các tỉnh Nghệ An, "
        "Hà Tĩnh và Quảng Bình, do Sở TTTT Nghệ An làm Cụm trưởng."
    )
    got = facts(body)
    assert {(f["member"]["province"], f["year"]) for f in got if f["kind"] == "membership"} == {
        ("Nghệ An", 2022),
        ("Hà Tĩnh", 2022),
        ("Quảng Bình", 2022),
    }
    assert {(f["member"]["province"], f["year"]) for f in got if f["kind"] == "role"} == {("Nghệ An", 2022)}


def test_a_meeting_that_looks_back_on_the_year_is_a_review() -> None:
    lead = (
        "Ngày 11/12, tại tỉnh Hà Tĩnh, Sở TTTT tỉnh Hà Tĩnh đăng cai hội nghị nhìn lại phong trào thi đua năm 2023 "
        "của Cụm thi đua số 4."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["host"]["province"], conf["reviews_year"]) == ("2023-12-11", "Hà Tĩnh", 2023)


def test_a_members_heading_opens_its_bullets_and_gives_their_year() -> None:
    body = (
        "1. Các đơn vị thành viên năm 2024\n\n- Sở TTTT tỉnh Nghệ An\n\n- Sở TTTT tỉnh Hà Tĩnh (Cụm trưởng)\n\n"
        "- Sở TTTT tỉnh Quảng Bình\n\n2. Hoạt động"
    )
    assert members(body) == {(p, "explicit", 2024) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_counted_list_with_a_number_word() -> None:
    body = "Cụm thi đua số 4 hiện gồm Sở TTTT ba tỉnh Bắc Trung Bộ là Nghệ An, Hà Tĩnh và Quảng Bình."
    assert members(body) == THREE


def test_tai_chinh_is_not_a_venue() -> None:
    """'Sở Tài chính' folds to 'so tai chinh': its 'tài' is not 'tại' (at)."""
    lead = (
        "Ngày 19/12, Sở Tài chính Hải Phòng – Cụm trưởng năm 2023 – tổ chức hội nghị tổng kết năm 2023 của Cụm "
        "thi đua số 2 thuộc Bộ Tài chính tại TP\nHải Phòng."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert (conf["location"], conf["host"]["province"]) == ("Hải Phòng", "Hải Phòng")


def test_the_next_years_head_does_not_set_the_reviewed_year() -> None:
    lead = (
        "Tại hội nghị tổng kết của Cụm thi đua số 4 do Sở TTTT Hà Tĩnh đăng cai ngày 15/12/2023, Sở TTTT Nghệ An "
        "đã chuyển giao vai trò Cụm trưởng năm 2024 cho Sở TTTT Hà Tĩnh."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["reviews_year"]) == ("2023-12-15", 2023)


def test_digest_items_report_their_own_meetings() -> None:
    text = normalize_text(
        "Các Cụm thi đua Sở TTTT tổng kết năm 2023\n\n"
        "Trong tháng 12/2023, các Cụm thi đua khối Sở TTTT lần lượt tổ chức hội nghị tổng kết.\n\n"
        "- Cụm thi đua số 1: Hội nghị diễn ra ngày 2/12 tại tỉnh Yên Bái, do Sở TTTT Yên Bái đăng cai.\n\n"
        "- Cụm thi đua số 4: Hội nghị tổng kết được tổ chức ngày 15/12 tại tỉnh Quảng Trị, do Sở TTTT Quảng Trị "
        "(Cụm trưởng năm 2023) tổ chức. Hội nghị đề nghị tặng Cờ thi đua cho Sở TTTT Nghệ An."
    )
    got = {
        (f["cluster"]["number"], f["date"], f["location"], (f["host"] or {}).get("province"))
        for f in extract_facts(text, "2023-12-27")
        if f["kind"] == "conference"
    }
    assert got == {(1, "2023-12-02", "Yên Bái", "Yên Bái"), (4, "2023-12-15", "Quảng Trị", "Quảng Trị")}


def test_an_earlier_mid_year_meeting_of_the_same_cluster() -> None:
    lead = (
        "Ngày 20/12/2023, tại tỉnh Trà Vinh, Sở TTTT tỉnh Trà Vinh tổ chức hội nghị tổng kết năm 2023 của Cụm thi "
        "đua số 8. Trước đó, hồi tháng 7/2023, Cụm đã tổ chức sơ kết 6 tháng đầu năm tại tỉnh Sóc Trăng, do Sở TTTT "
        "tỉnh Sóc Trăng đăng cai."
    )
    got = {
        (f["type"], f["date"], f["location"], f["host"]["province"])
        for f in facts("", published="2023-12-21", lead=lead)
        if f["kind"] == "conference"
    }
    assert got == {
        ("year_end", "2023-12-20", "Trà Vinh", "Trà Vinh"),
        ("mid_year", "2023-07", "Sóc Trăng", "Sóc Trăng"),
    }


def test_a_provinces_own_bloc_is_not_the_numbered_cluster() -> None:
    lead = (
        "Chiều 23/12, Hội CCB tỉnh Bình Dương, Khối trưởng Khối thi đua các tổ chức chính trị - xã hội tỉnh năm 2023, "
        "chủ trì hội nghị tổng kết của Khối.\n\nHội CCB tỉnh Bình Dương hiện sinh hoạt trong Cụm thi đua số 7 của "
        "Trung ương Hội CCB Việt Nam, cùng với Hội CCB các tỉnh: Đồng Nai, Bình Phước và Tây Ninh."
    )
    got = facts("", published="2023-12-24", lead=lead)
    assert [f for f in got if f["kind"] == "conference"] == []
    assert {f["member"]["province"] for f in got if f["kind"] == "membership"} == {
        "Bình Dương",
        "Đồng Nai",
        "Bình Phước",
        "Tây Ninh",
    }


def test_award_table_with_the_grantor_in_each_row() -> None:
    body = (
        "Các đơn vị thống nhất đề nghị cấp trên khen thưởng năm 2023 như sau:\n\n"
        "| TT | Đơn vị | Hình thức đề nghị khen thưởng |\n\n|---|---|---|\n\n"
        "| 1 | Sở TTTT tỉnh Nghệ An | Cờ thi đua của Chính phủ |\n\n"
        "| 2 | Sở TTTT tỉnh Hà Tĩnh | Bằng khen của Bộ trưởng Bộ TTTT |\n"
    )
    assert awards(body) == {
        ("Nghệ An", "emulation_flag", "proposed", "Chính phủ", 2023),
        ("Hà Tĩnh", "certificate_of_merit", "proposed", "Bộ Thông tin và Truyền thông", 2023),
    }


def test_one_connection_point_is_not_a_member_list() -> None:
    assert members("Chủ trì tại điểm cầu Nghệ An là ông A, Giám đốc Sở TTTT.") == set()


def test_capitalised_section_headings_scope_a_roundup() -> None:
    text = normalize_text(
        "Điểm tin: các cụm thi đua tổng kết năm 2023\n\n"
        "NGÀNH VĂN HÓA: BÌNH ĐỊNH NHẬN NHIỆM VỤ\n\n"
        "Ngày 9/12, tại tỉnh Quảng Ngãi, Cụm thi đua số 5 thuộc Bộ VHTTDL tổng kết năm 2023. Hội nghị do Sở VHTTDL "
        "Quảng Ngãi, Cụm trưởng năm 2023, tổ chức.\n\n"
        "NGÀNH KIỂM SÁT: LÂM ĐỒNG TIẾP NHẬN VAI TRÒ CỤM TRƯỞNG\n\n"
        "Ngày 13/12, hội nghị tổng kết Cụm thi đua số 5 ngành Kiểm sát diễn ra tại VKSND tỉnh Đắk Nông. Cụm thống "
        "nhất đề nghị Viện trưởng VKSND tối cao tặng Cờ thi đua cho VKSND tỉnh Gia Lai; VKSND tỉnh Lâm Đồng nhận "
        "nhiệm vụ Cụm trưởng năm 2024.\n\n"
        "HỘI CỰU CHIẾN BINH\n\nNgày 16/12, Hội CCB tỉnh Bình Định đăng cai hội nghị tổng kết năm 2023 của Cụm thi "
        "đua số 5 Hội CCB các tỉnh Nam Trung Bộ."
    )
    got = extract_facts(text, "2023-12-19")
    confs = {
        (f["cluster"]["bloc"], f["date"], (f["host"] or {}).get("province")) for f in got if f["kind"] == "conference"
    }
    assert confs == {
        ("Sở Văn hóa, Thể thao và Du lịch", "2023-12-09", "Quảng Ngãi"),
        ("Viện kiểm sát nhân dân tỉnh", "2023-12-13", None),
        ("Hội Cựu chiến binh tỉnh", "2023-12-16", "Bình Định"),
    }
    assert {(f["recipient"]["province"]) for f in got if f["kind"] == "award"} == {"Gia Lai"}
    assert {(f["cluster"]["bloc"], f["member"]["province"], f["year"]) for f in got if f["kind"] == "role"} == {
        ("Sở Văn hóa, Thể thao và Du lịch", "Quảng Ngãi", 2023),
        ("Viện kiểm sát nhân dân tỉnh", "Lâm Đồng", 2024),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dịp này, Bộ TTTT trao Cờ thi đua cho 2 đơn vị là Sở TTTT tỉnh Nghệ An và Sở TTTT tỉnh Hà Tĩnh.",
            {("Nghệ An", "conferred"), ("Hà Tĩnh", "conferred")},
        ),
        (
            "Đơn vị được đề nghị tặng Cờ thi đua của Bộ TTTT năm 2023 là Sở TTTT tỉnh Nghệ An.",
            {("Nghệ An", "proposed")},
        ),
        (
            "Với kết quả đó, Sở TTTT tỉnh Nghệ An được Cụm suy tôn dẫn đầu và đề nghị Bộ TTTT tặng Cờ thi đua.",
            {("Nghệ An", "proposed")},
        ),
        ("Kết quả bình xét: Cờ thi đua của Bộ TTTT - Sở TTTT tỉnh Nghệ An.", {("Nghệ An", "proposed")}),
        # "và" between two awards keeps them apart
        (
            "Bộ TTTT trao tặng Cờ thi đua năm 2022 cho Sở TTTT tỉnh Nghệ An và Bằng khen cho Sở TTTT tỉnh H…",
            {("Nghệ An", "conferred")},
        ),
    ],
)
def test_award_shapes_more(body: str, expected: set) -> None:
    assert {(a[0], a[2]) for a in awards(body)} == expected


def test_host_named_through_its_speaker() -> None:
    lead = (
        "Thay mặt đơn vị đăng cai, ông Nguyễn Văn A., Giám đốc Sở TTTT tỉnh Nghệ An phát biểu khai mạc hội nghị "
        "tổng kết năm 2023 của Cụm thi đua số 4 diễn ra ngày 18/12."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["host"]["province"]) == ("2023-12-18", "Nghệ An")


def test_undated_review_reported_in_its_year_dates_its_chair() -> None:
    lead = (
        "Vừa qua, tại thành phố Vinh (Nghệ An), Sở TTTT tỉnh Nghệ An - Cụm trưởng Cụm thi đua số 4 - đã chủ trì "
        "hội nghị tổng kết công tác thi đua năm 2023."
    )
    assert roles("", lead=lead, published="2023-12-20") == {("Nghệ An", "head", 2023)}
    assert roles("", lead=lead, published="2024-01-10") == {("Nghệ An", "head", None)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Theo phân công luân phiên, năm 2024 Sở TTTT tỉnh Hà Tĩnh giữ cương vị Cụm trưởng, Sở TTTT tỉnh Quảng Bình "
            "là Cụm phó.",
            {("Hà Tĩnh", "head", 2024), ("Quảng Bình", "deputy", 2024)},
        ),
        (
            "Năm 2022: Sở TTTT tỉnh Nghệ An làm Cụm trưởng, Sở TTTT tỉnh Hà Tĩnh làm Cụm phó.",
            {("Nghệ An", "head", 2022), ("Hà Tĩnh", "deputy", 2022)},
        ),
        (
            "Cụm thi đua số 8: Cụm trưởng - Sở TTTT tỉnh Nghệ An, Cụm phó - Sở TTTT tỉnh Hà Tĩnh.",
            {("Nghệ An", "head", 2023), ("Hà Tĩnh", "deputy", 2023)},
        ),
        ("Là Cụm trưởng năm 2023, Sở TTTT Nghệ An chủ trì hội nghị.", {("Nghệ An", "head", 2023)}),
        # an aside about last year's head does not date the next clause
        (
            "Sở TTTT tỉnh Quảng Bình nhận nhiệm vụ Cụm trưởng thay Sở TTTT tỉnh Nghệ An (Cụm trưởng năm 2023); Sở TTTT "
            "tỉnh Hà Tĩnh được giao làm Cụm phó.",
            {("Quảng Bình", "head", 2024), ("Nghệ An", "head", 2023), ("Hà Tĩnh", "deputy", 2024)},
        ),
    ],
)
def test_role_years_seventh_round(body: str, expected: set) -> None:
    assert roles(body) == expected


def test_interview_answer_lists_the_members() -> None:
    body = (
        "- Ông A.: Cụm chúng tôi có 3 sở thuộc khu vực Bắc Trung Bộ là Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình."
    )
    assert members(body) == THREE


def test_host_that_just_held_the_review() -> None:
    lead = (
        "Sau một năm điều phối Cụm thi đua số 4 thuộc Bộ TTTT, Sở TTTT tỉnh Nghệ An vừa tổ chức hội nghị tổng kết "
        "vào ngày 25/11 tại TP Vinh."
    )
    (conf,) = (f for f in facts("Sở TTTT Nghệ An là Cụm trưởng năm 2023.", lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["location"], conf["host"]["province"]) == ("2023-11-25", None, "Nghệ An")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a clause after the list may name the head: the list is still the members
        (
            "Cụm hiện có Sở TTTT 3 tỉnh gồm Nghệ An, Hà Tĩnh và Quảng Bình, trong đó Sở TTTT Nghệ An giữ vai trò "
            "Cụm trưởng năm 2023.",
            THREE,
        ),
        # a remark in parentheses names a province that is not another item
        (
            "Cụm gồm 3 đơn vị: Sở TTTT các tỉnh Nghệ An (trước đây gồm cả Hà Tĩnh), Quảng Trị và Quảng Bình.",
            {(p, "explicit", 2023) for p in ("Nghệ An", "Quảng Trị", "Quảng Bình")},
        ),
    ],
)
def test_member_lists_eighth_round(body: str, expected: set) -> None:
    assert members(body) == expected


def test_unit_assigned_by_phan_cong() -> None:
    body = (
        "Sở TTTT Nghệ An chuyển giao cờ luân lưu cho Sở TTTT Hà Tĩnh - đơn vị được phân công làm Cụm trưởng năm 2024."
    )
    assert ("Hà Tĩnh", "head", 2024) in roles(body)


def test_each_cluster_of_a_roundup_takes_its_own_meetings_years() -> None:
    text = normalize_text(
        "Điểm tin: các Cụm thi đua tổng kết\n\n"
        "NGÀNH GIÁO DỤC: Hoàn thành năm học\n\n"
        "Hôm 11/8, Sở GD&ĐT Ninh Bình đã đăng cai hội nghị tổng kết năm học 2017-2018 của Cụm thi đua số 3, tổ chức "
        "tại tỉnh Ninh Bình. Cụm gồm Sở GD&ĐT các tỉnh Hà Nam, Nam Định, Ninh Bình.\n\n"
        "CỰU CHIẾN BINH: Thái Bình nhận nhiệm vụ\n\n"
        "Ngày 28/11, tại tỉnh Thái Bình, Hội CCB tỉnh Thái Bình đăng cai tổng kết thi đua năm 2018 của Cụm thi "
        "đua số 2 thuộc Trung ương Hội CCB Việt Nam. Cụm có 3 thành viên là Hội CCB các tỉnh: Hải Phòng, "
        "Quảng Ninh, Thái Bình."
    )
    got = extract_facts(text, "2018-12-12")
    years = {(f["cluster"]["bloc"], f["year"]) for f in got if f["kind"] == "membership"}
    assert years == {("Sở Giáo dục và Đào tạo", None), ("Hội Cựu chiến binh tỉnh", 2018)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Cụm thi đua số 4 năm 2023 gồm Sở TTTT 3 tỉnh duyên hải, miền Trung là Nghệ An, Hà Tĩnh và Quảng Bình.",
            THREE,
        ),
        ("Tham gia ký giao ước là đủ 3 thành viên của Cụm: Sở TTTT các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình.", THREE),
        (
            "Cụm gồm Sở Thông tin và Truyền thông (TT&TT) Nghệ An, Sở TT&TT Hà Tĩnh và Sở TT&TT Quảng Bình.",
            THREE,
        ),
    ],
)
def test_member_lists_ninth_round(body: str, expected: set) -> None:
    assert members(body) == expected


def test_cluster_headings_and_a_passing_cluster_of_another_bloc() -> None:
    text = normalize_text(
        "Các Cụm thi đua ngành TTTT tổng kết năm 2023\n\n"
        "Cụm thi đua số 1: tín nhiệm Cao Bằng\n\n"
        "Ngày 02/12, tại tỉnh Lạng Sơn, Sở TTTT tỉnh Lạng Sơn – Cụm trưởng Cụm thi đua số 1 năm 2023 – đăng cai "
        "hội nghị tổng kết.\n\n"
        "Cụm thi đua số 4: chuyển giao cờ luân lưu\n\n"
        "Ngày 09/12, hội nghị của Cụm thi đua số 4 diễn ra tại tỉnh Gia Lai. Năm thành viên của Cụm là Sở TTTT "
        "các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng.\n\n"
        "Cũng trong tháng này, Cụm thi đua số 4 của các đài phát thanh, truyền hình khu vực đã tổng kết năm 2023, "
        "với Đài PT-TH Gia Lai làm Cụm trưởng."
    )
    got = extract_facts(text, "2023-12-20")
    members4 = {(f["cluster"]["bloc"], f["member"]["province"]) for f in got if f["kind"] == "membership"}
    assert ("Sở Thông tin và Truyền thông", "Lâm Đồng") in members4 and len(members4) == 5
    heads = {
        (f["cluster"]["bloc"], f["cluster"]["number"], f["member"]["province"]) for f in got if f["kind"] == "role"
    }
    assert heads == {
        ("Sở Thông tin và Truyền thông", 1, "Lạng Sơn"),
        ("Đài Phát thanh và Truyền hình", 4, "Gia Lai"),
    }


def test_meeting_told_by_its_organiser_after_the_quote() -> None:
    lead = (
        '"Làm Cụm trưởng là để kéo cả Cụm đi lên", ông A. mở đầu câu chuyện ngay sau hội nghị tổng kết phong trào '
        "thi đua năm 2023 của Cụm thi đua số 4. Hội nghị được Sở TTTT tỉnh Nghệ An tổ chức ngày 24/11 tại tỉnh Nghệ An."
    )
    (conf,) = (f for f in facts("", lead=lead) if f["kind"] == "conference")
    assert (conf["date"], conf["location"], conf["reviews_year"]) == ("2023-11-24", "Nghệ An", 2023)


def test_ve_du_lists_attendance() -> None:
    body = "Về dự có lãnh đạo Sở TTTT 3 tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình."
    assert members(body) == {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_ve_phia_cum_co_lists_attendance() -> None:
    body = (
        "Dự hội nghị có ông Phạm Đức S., Phó Cục trưởng Cục Báo chí. Về phía Cụm có lãnh đạo Sở Thông tin – "
        "Truyền thông các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình (3/5 đơn vị trong Cụm có mặt)."
    )
    assert members(body) == {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_chia_se_is_not_will() -> None:
    """'chia sẻ' (share) folds to the letters of 'sẽ' (will): it must not make a role next year's."""
    assert roles("Sở TTTT Hà Tĩnh (Cụm phó) chia sẻ kinh nghiệm chuyển đổi số.") == {("Hà Tĩnh", "deputy", 2023)}


def test_a_plans_date_is_not_a_meetings_date() -> None:
    lead = (
        "Quyết định được ban hành căn cứ Kế hoạch số 45/KH-BTTTT ngày 05/01/2024 về tổ chức phong trào thi đua "
        "và kết quả hiệp thương của các Cụm tại hội nghị tổng kết năm 2023 của Cụm thi đua số 4."
    )
    got = facts("Sở TTTT Nghệ An là Cụm trưởng năm 2024.", lead=lead, published="2024-01-26")
    assert [f["date"] for f in got if f["kind"] == "conference"] in ([], [None])


def test_an_unnumbered_cluster_of_another_sector_keeps_its_own_facts() -> None:
    """'Cụm thi đua của các Cục THADS khu vực ...' is another authority's cluster with no number: its head is
    not a head of the article's cluster 4, and does not displace the one elected there."""
    body = (
        "Hội nghị bầu Sở TTTT Quảng Bình làm Cụm trưởng năm 2024.\n\n"
        "Cùng ngày, Cụm thi đua của các Cục Thi hành án dân sự khu vực Bắc Trung Bộ bầu Cục Thi hành án "
        "dân sự tỉnh Nghệ An làm Cụm trưởng năm 2024."
    )
    assert roles(body) == {("Quảng Bình", "head", 2024)}


@pytest.mark.parametrize(
    ("lead", "body", "expected"),
    [
        (
            "Sáng 15/12, Cụm thi đua số 2 các Sở Công Thương tổng kết công tác năm 2023 tại tỉnh Lào Cai.\n\n",
            "Hội nghị bầu Sở Công Thương Yên Bái làm Cụm trưởng năm 2024.",
            ("Bộ Công Thương", "Sở Công Thương", "Yên Bái"),
        ),
        (
            "Ngày 12/12, Cụm thi đua số 5 Kho bạc Nhà nước tổ chức hội nghị tổng kết năm 2023.\n\n",
            "KBNN Sóc Trăng được bầu làm Cụm trưởng năm 2024.",
            ("Kho bạc Nhà nước", "Kho bạc Nhà nước tỉnh", "Sóc Trăng"),
        ),
        (
            "Ngày 8/12, Cụm thi đua số 3 ngành Lao động - Thương binh và Xã hội tổng kết năm 2023.\n\n",
            "Sở LĐ-TB&XH tỉnh Hòa Bình làm Cụm trưởng năm 2024.",
            ("Bộ Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "Hòa Bình"),
        ),
    ],
)
def test_sectors_named_in_the_vocabulary(lead: str, body: str, expected: tuple) -> None:
    """A sector is data (ontology/vocabularies.ttl + defaults.yaml): its agencies, authority and bloc resolve."""
    got = [f for f in facts(body, lead=lead) if f["kind"] == "role"]
    assert [(f["cluster"]["authority"], f["cluster"]["bloc"], f["member"]["province"]) for f in got] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tin tức\nThứ năm, 18-05-2023, 16:20\nNội dung", "2023-05-18"),
        ("Tin tức\n18.05.2023 | 08:15\nNội dung", "2023-05-18"),
        ("Tin tức\nCập nhật: 18/5/2023\nNội dung", "2023-05-18"),
        ("Giai đoạn 2020-2022 và 2023-2025", None),
    ],
)
def test_publication_stamp_with_any_separator(text: str, expected: str | None) -> None:
    from thidua.extract.dates import page_date

    assert page_date(text) == expected


def test_a_past_meeting_noted_aside_does_not_date_the_articles_roles() -> None:
    """An April page announcing the clusters 'năm 2019' notes last December's review of 2018: the meeting
    is a fact, but the heads listed are 2019's."""
    lead = (
        "Ban Thường vụ thông báo thành phần và đơn vị Cụm trưởng, Cụm phó các Cụm thi đua Hội CCB khu vực "
        "phía Nam năm 2019 như sau, để các đơn vị triển khai thực hiện trong năm.\n\n"
    )
    body = (
        "CỤM THI ĐUA SỐ 7\nCụm trưởng: Hội CCB tỉnh Bình Dương.\nCụm phó: Hội CCB tỉnh Đồng Nai.\n"
        "Ghi chú: Hội nghị tổng kết năm 2018 của Cụm đã được tổ chức ngày 20/12/2018 tại tỉnh Bình Dương."
    )
    got = facts(body, lead=lead, published="2019-04-10")
    assert {(f["member"]["province"], f["role"], f["year"]) for f in got if f["kind"] == "role"} == {
        ("Bình Dương", "head", 2019),
        ("Đồng Nai", "deputy", 2019),
    }
    assert [(f["date"], f["reviews_year"]) for f in got if f["kind"] == "conference"] == [("2018-12-20", 2018)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Chiều 4/3, VKSND tỉnh Lâm Đồng tổ chức lễ đón nhận Cờ thi đua của VKSND tối cao vì thành tích "
            "xuất sắc trong năm 2020.",
            {("Lâm Đồng", 2020, None)},
        ),
        (
            "Theo Quyết định số 41/QĐ-VKSTC, VKSND tỉnh Lâm Đồng là một trong những đơn vị được Viện trưởng "
            "VKSND tối cao tặng Cờ thi đua năm 2020.",
            {("Lâm Đồng", 2020, "41/QĐ-VKSTC")},
        ),
        (  # the title, the lead with the year and the body with the decision: one fact
            "VKSND tỉnh Lâm Đồng đón nhận Cờ thi đua\n\nVKSND tỉnh Lâm Đồng đón nhận Cờ thi đua của VKSND tối cao "
            "vì thành tích năm 2020. Theo Quyết định số 41/QĐ-VKSTC, VKSND tỉnh Lâm Đồng được Viện trưởng "
            "VKSND tối cao tặng Cờ thi đua năm 2020.",
            {("Lâm Đồng", 2020, "41/QĐ-VKSTC")},
        ),
        (  # the next sentence of the paragraph completes year and decision ("đơn vị được tặng Cờ")
            "Sáng 17-5, VKSND tỉnh Lâm Đồng tổ chức lễ đón nhận Cờ thi đua của Chính phủ. Theo Quyết định số "
            "521/QĐ-TTg của Thủ tướng Chính phủ, đơn vị được tặng Cờ vì đã hoàn thành xuất sắc nhiệm vụ năm 2022.",
            {("Lâm Đồng", 2022, "521/QĐ-TTg")},
        ),
        ("Công an tỉnh Gia Lai tổ chức lễ trao Bằng khen của Bộ trưởng cho các tập thể.", set()),
    ],
)
def test_ceremony_phrasings_and_one_fact_per_award(body: str, expected: set) -> None:
    lead = "Cụm thi đua số 5 gồm VKSND các tỉnh Kon Tum, Gia Lai và Lâm Đồng.\n\n"
    got = facts(body, lead=lead, published="2021-05-18")
    assert {(f["recipient"]["province"], f["year"], f["decision"]) for f in got if f["kind"] == "award"} == expected


@pytest.mark.parametrize(
    ("lead", "host", "location"),
    [
        (
            "Chiều 27/12, tại tỉnh Hà Tĩnh, Cụm thi đua số 3 thuộc Bộ TTTT tổ chức hội nghị tổng kết năm 2023. "
            "Sở TTTT Hà Tĩnh, Cụm trưởng năm 2023, là đơn vị đăng cai.\n\n",
            "Hà Tĩnh",
            "Hà Tĩnh",
        ),
        (
            "Ngày 9/12, tại tỉnh Phú Thọ, Sở TTTT Phú Thọ với vai trò Cụm trưởng năm 2023 đã tổ chức hội nghị "
            "tổng kết Cụm thi đua số 2 thuộc Bộ TTTT.\n\n",
            "Phú Thọ",
            "Phú Thọ",
        ),
        (
            "Đó là thông điệp được nhắc lại tại hội nghị tổng kết năm 2023 của Cụm thi đua số 7 thuộc Bộ TTTT, "
            "diễn ra ngày 5/12 tại tỉnh Lâm Đồng.\n\n",
            None,
            "Lâm Đồng",
        ),
    ],
)
def test_host_after_an_apposition_and_venue_after_the_event(lead: str, host: str | None, location: str) -> None:
    got = [f for f in facts("Sở TTTT Lâm Đồng là Cụm phó năm 2023.", lead=lead) if f["kind"] == "conference"]
    assert [((f["host"] or {}).get("province"), f["location"]) for f in got] == [(host, location)]


def test_units_named_with_the_cluster_decide_its_bloc() -> None:
    """Three mentions of a radio station honoured at the same ceremony do not outvote the department that
    hands the cluster's role over in the sentence naming the cluster."""
    lead = (
        "Sáng 13/4, Sở TT&TT Quảng Bình đón nhận Cờ thi đua của Bộ TT&TT vì thành tích năm 2022.\n\n"
        "Đài PT-TH Quảng Bình đón nhận Bằng khen của Bộ trưởng. Lãnh đạo tỉnh chúc mừng Đài PT-TH Quảng Bình. "
        "Đài PT-TH Quảng Bình là đơn vị dẫn đầu Khối thi đua các Đài PT-TH miền Trung.\n\n"
    )
    body = "Năm 2023, Sở đã bàn giao vai trò Cụm trưởng Cụm thi đua số 4 cho Sở TT&TT Quảng Trị."
    got = [f for f in facts(body, lead=lead, published="2023-04-14") if f["kind"] == "role"]
    assert [(f["cluster"]["bloc"], f["member"]["province"], f["year"]) for f in got] == [
        ("Sở Thông tin và Truyền thông", "Quảng Trị", 2023)
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # the year the sentence opens with
            "Năm 2022, Sở TTTT Khánh Hòa được Bộ trưởng Bộ TT&TT tặng Cờ thi đua theo Quyết định số 88/QĐ-BTTTT "
            "ngày 03/02/2023.",
            {("Khánh Hòa", 2022, "88/QĐ-BTTTT")},
        ),
        (  # the batch just told: "cũng theo quyết định này", "(Quyết định số ... cùng ngày)"
            "Ngày 19/01/2024, Bộ trưởng ký Quyết định số 92/QĐ-BTTTT tặng Cờ thi đua cho Sở TTTT Bình Định vì có "
            "thành tích dẫn đầu phong trào thi đua năm 2023. Cũng theo quyết định này, Sở TTTT Gia Lai được tặng "
            "Cờ thi đua của Bộ TT&TT. Sở TTTT Phú Yên nhận Bằng khen của Bộ trưởng (Quyết định số 93/QĐ-BTTTT "
            "cùng ngày).",
            {("Bình Định", 2023, "92/QĐ-BTTTT"), ("Gia Lai", 2023, "92/QĐ-BTTTT"), ("Phú Yên", 2023, "93/QĐ-BTTTT")},
        ),
        (  # another paragraph is another batch
            "Sở TTTT Bình Định được tặng Cờ thi đua vì có thành tích năm 2023.\n\nCũng theo quyết định này, "
            "Sở TTTT Gia Lai được tặng Cờ thi đua của Bộ TT&TT.",
            {("Bình Định", 2023, None), ("Gia Lai", None, None)},
        ),
    ],
)
def test_conferral_years_from_the_sentence_and_the_batch(body: str, expected: set) -> None:
    lead = (
        "Cụm thi đua số 4 thuộc Bộ TTTT gồm Sở TTTT các tỉnh Bắc Trung Bộ, những năm qua đã duy trì nền nếp "
        "sinh hoạt, chia sẻ kinh nghiệm chuyển đổi số và quản lý báo chí giữa các địa phương trong Cụm.\n\n"
    )
    got = facts(body, published="2024-03-20", lead=lead)
    assert {(f["recipient"]["province"], f["year"], f["decision"]) for f in got if f["kind"] == "award"} == expected


def test_a_proposal_voted_at_a_december_review_is_for_that_year() -> None:
    body = (
        "Trước đó, tại hội nghị tổng kết Cụm tổ chức trong tháng 12/2023 tại tỉnh Khánh Hòa, các thành viên đã "
        "thống nhất đề nghị Bộ trưởng Bộ TT&TT tặng Cờ thi đua cho Sở TTTT Bình Định."
    )
    got = facts(body, published="2024-03-20", lead="Sáng 19/3, Sở TTTT Phú Yên đón nhận Bằng khen của Bộ TT&TT.\n\n")
    assert {(f["recipient"]["province"], f["status"], f["year"]) for f in got if f["kind"] == "award"} >= {
        ("Bình Định", "proposed", 2023)
    }


def test_units_voted_leaders_then_proposed_for_an_award() -> None:
    body = (
        "Căn cứ kết quả chấm điểm, hội nghị thống nhất suy tôn Sở TTTT Hà Tĩnh và Sở TTTT Nghệ An là hai đơn vị "
        "dẫn đầu phong trào thi đua năm 2023 của Cụm, đề nghị Bộ trưởng Bộ TT&TT tặng Cờ thi đua; đồng thời đề "
        "nghị tặng Bằng khen cho Sở TTTT Quảng Bình."
    )
    assert awards(body) == {
        ("Hà Tĩnh", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023),
        ("Nghệ An", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023),
        ("Quảng Bình", "certificate_of_merit", "proposed", "Bộ Thông tin và Truyền thông", 2023),
    }
    # ranking alone is not an award
    assert awards("Hội nghị suy tôn Sở TTTT Hà Tĩnh là đơn vị dẫn đầu phong trào thi đua năm 2023.") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hội nghị do Sở TTTT Gia Lai tổ chức với tư cách đơn vị giữ vai trò Cụm trưởng năm 2023.",
            {("Gia Lai", "head", 2023)},
        ),
        (
            "Giám đốc Sở TT&TT Bình Định Nguyễn Văn Q., đơn vị Cụm trưởng năm 2023, chủ trì hội nghị.",
            {("Bình Định", "head", 2023)},
        ),
        (
            "Năm 2023, Sở TTTT Phú Yên được Trung ương tin tưởng giao làm Cụm trưởng.",
            {("Phú Yên", "head", 2023)},
        ),
        (
            "Sở TTTT Ninh Bình được các đơn vị bạn tín nhiệm suy tôn làm Cụm trưởng năm 2024.",
            {("Ninh Bình", "head", 2024)},
        ),
        ("Sở TTTT Quảng Nam đang là Cụm trưởng năm 2023.", {("Quảng Nam", "head", 2023)}),
        # organising a meeting that elects the head does not make the organiser the head
        ("Sở TTTT Quảng Nam tổ chức hội nghị bầu Cụm trưởng năm 2024.", set()),
        ("Sở TTTT Quảng Nam đăng cai hội nghị bầu Cụm trưởng năm 2024.", set()),
    ],
)
def test_more_links_between_a_unit_and_its_role(body: str, expected: set) -> None:
    assert roles(body) == expected


def test_a_span_of_years_is_no_performance_year() -> None:
    body = (
        "Sở TTTT Nghệ An nhận Bằng khen của Thủ tướng Chính phủ vì đã có thành tích trong công tác từ năm 2020 "
        "đến năm 2022, góp phần vào sự nghiệp xây dựng đất nước."
    )
    assert {a[4] for a in awards(body)} == {None}


def test_venue_in_the_next_sentence_about_the_meeting() -> None:
    lead = (
        "Chúng tôi nhận bàn giao nhiệm vụ từ Sở TTTT Nam Định, đơn vị Cụm trưởng năm 2023, tại hội nghị tổng kết "
        "Cụm thi đua số 2 thuộc Bộ TTTT ngày 22/12/2023. Hội nghị do Sở TTTT Nam Định tổ chức tại tỉnh Nam Định.\n\n"
    )
    got = [f for f in facts("Sở TTTT Ninh Bình là Cụm trưởng năm 2024.", lead=lead, published="2024-02-01")]
    assert [(f["date"], f["location"]) for f in got if f["kind"] == "conference"] == [("2023-12-22", "Nam Định")]


def test_rotation_told_with_ellipsis() -> None:
    body = (
        "Năm 2020, Sở TTTT Nghệ An làm Cụm trưởng; năm 2021 là Sở TTTT Hà Tĩnh; năm 2022, Sở TTTT Quảng Bình "
        "đảm nhận vai trò này; năm 2023, nhiệm vụ này do Sở TTTT Quảng Trị đảm nhận."
    )
    assert roles(body) == {
        ("Nghệ An", "head", 2020),
        ("Hà Tĩnh", "head", 2021),
        ("Quảng Bình", "head", 2022),
        ("Quảng Trị", "head", 2023),
    }
    # a clause naming a unit for a year without a role of its own in the sentence says nothing
    assert roles("Năm 2021, Sở TTTT Hà Tĩnh tổ chức hội thao; năm 2022 là Sở TTTT Quảng Bình.") == set()


def test_role_label_line_then_the_unit() -> None:
    body = (
        "Ban điều hành Cụm\n\n- Cụm trưởng năm 2023\n\n- Sở TTTT Quảng Trị (Giám đốc: bà N.T.Th.)\n\n"
        "- Cụm phó năm 2023\n\n- Sở TTTT Quảng Bình (Giám đốc: ông L.V.Ph.)"
    )
    assert roles(body) == {("Quảng Trị", "head", 2023), ("Quảng Bình", "deputy", 2023)}


def test_a_pages_lists_of_heads_by_year_and_of_awards_by_decision() -> None:
    body = (
        "2. Đơn vị Cụm trưởng những năm gần đây\n\n- Năm 2021: Sở TTTT Nghệ An\n\n- Năm 2022: Sở TTTT Hà Tĩnh\n\n"
        "3. Kết quả khen thưởng năm 2022\n\nTheo Quyết định số 745/QĐ-BTTTT ngày 04/3/2023 của Bộ trưởng Bộ TT&TT:\n\n"
        "- Cờ thi đua của Bộ TT&TT: Sở TTTT Quảng Bình.\n\n"
        "- Bằng khen của Bộ trưởng Bộ TT&TT: Sở TTTT Quảng Trị, Sở TTTT Thanh Hóa."
    )
    got = facts(body, published="2023-03-15", lead="Cụm thi đua số 4 thuộc Bộ TTTT: thông tin chung.\n\n")
    assert {(f["member"]["province"], f["year"]) for f in got if f["kind"] == "role"} == {
        ("Nghệ An", 2021),
        ("Hà Tĩnh", 2022),
    }
    got_awards = [f for f in got if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["award"], f["status"], f["year"], f["decision"]) for f in got_awards} == {
        ("Quảng Bình", "emulation_flag", "conferred", 2022, "745/QĐ-BTTTT"),
        ("Quảng Trị", "certificate_of_merit", "conferred", 2022, "745/QĐ-BTTTT"),
        ("Thanh Hóa", "certificate_of_merit", "conferred", 2022, "745/QĐ-BTTTT"),
    }


def test_the_pages_own_unit_named_bare_and_the_award_called_a_reward() -> None:
    lead = (
        "Sáng 19/4, Sở TTTT tỉnh Bắc Ninh long trọng tổ chức lễ đón nhận Cờ thi đua của Chính phủ. Đây là phần "
        "thưởng Thủ tướng Chính phủ trao tặng theo Quyết định số 318/QĐ-TTg ngày 28/3/2024, ghi nhận thành tích "
        "xuất sắc trong năm 2023.\n\n"
    )
    got = facts("Sở là thành viên Cụm thi đua số 3 thuộc Bộ TTTT.", lead=lead, published="2024-04-20")
    assert [(f["recipient"]["province"], f["year"], f["decision"]) for f in got if f["kind"] == "award"] == [
        ("Bắc Ninh", 2023, "318/QĐ-TTg")
    ]
    lead = (
        "Chiều 11/5, Đài PT-TH Quảng Bình đón nhận Cờ thi đua của Chính phủ vì thành tích năm 2022.\n\n"
        "Tiếp đó, ngày 14/4/2023, Thủ tướng Chính phủ ký Quyết định số 389/QĐ-TTg tặng Cờ thi đua của Chính phủ "
        "cho Đài vì đã hoàn thành xuất sắc nhiệm vụ năm 2022.\n\n"
    )
    got = facts("Đài là thành viên Khối thi đua số 3 thuộc Bộ TTTT.", lead=lead, published="2023-05-12")
    assert [(f["recipient"]["province"], f["year"], f["decision"]) for f in got if f["kind"] == "award"] == [
        ("Quảng Bình", 2022, "389/QĐ-TTg")
    ]


def test_the_pages_own_unit_holds_a_role_named_bare() -> None:
    lead = "Sáng 13/4, Sở TT&TT Quảng Bình đón nhận Cờ thi đua của Bộ TT&TT vì thành tích năm 2022.\n\n"
    body = "Năm 2022, Sở giữ vai trò Cụm trưởng Cụm thi đua số 4, phối hợp tốt với các Sở trong Cụm."
    assert roles(body, lead=lead, published="2023-04-14") == {("Quảng Bình", "head", 2022)}
    # a page about two units: the bare word names neither
    lead2 = "Sáng 13/4, Sở TT&TT Quảng Bình và Sở TT&TT Quảng Trị đón nhận Cờ thi đua của Bộ TT&TT.\n\n"
    assert roles(body, lead=lead2, published="2023-04-14") == set()


def test_two_clusters_listed_in_one_sentence() -> None:
    body = (
        "Về thành phần, Cụm thi đua số 1 năm 2024 gồm Sở TTTT 3 tỉnh: Lạng Sơn, Cao Bằng, Bắc Kạn; Cụm thi đua số "
        "4 gồm Sở TTTT 3 tỉnh: Quảng Nam, Quảng Ngãi và Bình Định."
    )
    got = facts(body, published="2024-01-20")
    assert {(f["cluster"]["number"], f["member"]["province"]) for f in got if f["kind"] == "membership"} == {
        (1, "Lạng Sơn"),
        (1, "Cao Bằng"),
        (1, "Bắc Kạn"),
        (4, "Quảng Nam"),
        (4, "Quảng Ngãi"),
        (4, "Bình Định"),
    }


def test_lower_case_bloc_roles_and_a_former_role_in_brackets() -> None:
    assert roles(
        "Căn cứ nguyên tắc luân phiên thống nhất từ năm 2015, Hội nghị nhất trí để Sở TTTT Nghệ An giữ chức Khối "
        "trưởng, Sở TTTT Hà Tĩnh giữ chức phó khối năm 2024."
    ) == {("Nghệ An", "head", 2024), ("Hà Tĩnh", "deputy", 2024)}
    assert roles(
        "Kết quả, Sở TTTT Quảng Bình (Cụm phó năm 2023) được bầu làm Cụm trưởng, Sở TTTT Quảng Trị làm Cụm phó "
        "năm 2024."
    ) == {("Quảng Bình", "deputy", 2023), ("Quảng Bình", "head", 2024), ("Quảng Trị", "deputy", 2024)}


def test_a_vote_announced_then_its_result() -> None:
    body = (
        "Hội nghị đã bỏ phiếu kín bầu Cụm trưởng, Cụm phó năm 2024. Kết quả: Sở TTTT Hà Tĩnh làm Cụm trưởng "
        "(6/6 phiếu), Sở TTTT Quảng Bình làm Cụm phó (5/6 phiếu)."
    )
    lead = "Ngày 18/01/2024, tại tỉnh Nghệ An, Cụm thi đua số 4 thuộc Bộ TTTT tổng kết năm 2023.\n\n"
    assert roles(body, lead=lead, published="2024-01-20") == {("Hà Tĩnh", "head", 2024), ("Quảng Bình", "deputy", 2024)}


def test_a_count_of_any_agency_after_cum_thi_dua_is_no_number() -> None:
    lead = (
        "Cụm thi đua 6 TAND tỉnh Bắc Trung Bộ tổng kết năm 2023\n\nNgày 19/01/2024, TAND tỉnh Quảng Bình đăng cai "
        "Hội nghị tổng kết năm 2023 của Cụm thi đua số 3 – TAND các tỉnh Bắc Trung Bộ.\n\n"
    )
    got = facts("Hội nghị đã bầu TAND tỉnh Quảng Trị làm Cụm trưởng năm 2024.", lead=lead, published="2024-01-20")
    assert {f["cluster"]["number"] for f in got} == {3}


def test_members_joined_by_cung_voi_and_a_table_of_members() -> None:
    assert members(
        "Cụm thi đua số 4 gồm Sở TTTT tỉnh Nghệ An cùng với Sở TTTT các tỉnh Hà Tĩnh, Quảng Bình và Quảng Trị."
    ) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")}
    body = (
        "| Danh sách các đơn vị thành viên Cụm thi đua số 4 năm 2023 |  |  |\n\n|---|---|---|\n\n"
        "| 1 | Sở TTTT tỉnh Nghệ An | Cờ thi đua |\n\n| 2 | Sở TTTT tỉnh Hà Tĩnh | – |\n\n"
        "| 3 | Sở TTTT tỉnh Quảng Bình | – |"
    )
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_a_mass_organisations_decision_number_and_its_known_central_committee() -> None:
    body = (
        "Dịp này, Ban Bí thư Trung ương Đoàn tặng Cờ thi đua cho Tỉnh Đoàn Kiên Giang – đơn vị dẫn đầu Cụm thi đua "
        "số 6 năm 2020 (Quyết định số 118-QĐ/TWĐTN-VP). Cụm thống nhất đề nghị Ban Chấp hành Trung ương Đoàn tặng "
        "Cờ thi đua năm 2021 cho Tỉnh Đoàn Hậu Giang; tặng Bằng khen cho Tỉnh Đoàn Bạc Liêu."
    )
    lead = "Ngày 10/12, Cụm thi đua số 6 thuộc Trung ương Đoàn tổng kết năm 2021 tại tỉnh Hậu Giang.\n\n"
    got = [f for f in facts(body, lead=lead, published="2021-12-12") if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["grantor"], f["decision"]) for f in got} == {
        ("Kiên Giang", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", "118-QĐ/TWĐTN-VP"),
        ("Hậu Giang", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", None),
        ("Bạc Liêu", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh", None),
    }


def test_attendance_told_person_by_person() -> None:
    body = (
        "Tham dự hội nghị có đại diện Vụ Tổ chức cán bộ (Bộ TTTT) và lãnh đạo Sở TTTT các tỉnh trong Cụm, gồm: "
        "ông Nguyễn Văn H., Giám đốc Sở TTTT Nghệ An, Cụm trưởng; bà Lê Thị M., Phó Giám đốc Sở TTTT Hà Tĩnh; "
        "ông Trần Quốc K., Giám đốc Sở TTTT Quảng Bình và bà Vũ Thị N., Phó Giám đốc Sở TTTT Quảng Trị."
    )
    assert members(body) == {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")}


def test_a_cluster_asking_its_ministry_to_submit_is_the_proposer() -> None:
    got = facts("Cụm đề nghị Bộ TTTT trình Thủ tướng Chính phủ tặng Bằng khen cho Sở TTTT Hà Tĩnh.")
    assert [(f["grantor"], f["cluster"]["number"]) for f in got if f["kind"] == "award"] == [("Chính phủ", 4)]


def test_award_recipients_are_not_members_and_attendance_of_one_agency_for_many_provinces() -> None:
    body = (
        "Bộ trưởng ký Quyết định tặng Cờ thi đua năm 2023 cho 3 Sở TTTT đã có thành tích dẫn đầu phong trào thi đua "
        "trong Cụm, gồm: Sở TTTT tỉnh Hà Giang, Sở TTTT tỉnh Sơn La và Sở TTTT tỉnh Gia Lai."
    )
    assert members(body) == set()
    body = (
        "Tham dự hội nghị có đồng chí Nguyễn Văn X., Thứ trưởng Bộ TTTT; đại diện Vụ Thi đua - Khen thưởng cùng "
        "Giám đốc Sở TTTT các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị."
    )
    assert members(body) == {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")}


def test_a_count_of_agencies_then_a_colon_opens_the_members() -> None:
    body = (
        "Sau sắp xếp, Cụm thi đua số 4 được kiện toàn từ 10 Sở thành 4 Sở TTTT: thành phố Huế, các tỉnh Nghệ An, "
        "Hà Tĩnh và Quảng Trị."
    )
    expected = {"Thừa Thiên Huế", "Nghệ An", "Hà Tĩnh", "Quảng Trị"}
    assert {m[0] for m in members(body, published="2023-12-20")} == expected


def test_a_page_stamp_above_the_lead_is_not_a_documents_number() -> None:
    lead = (
        "Cụm thi đua số 4 tổng kết năm 2023\n\n11/12/2023\n\nNgày 08/12/2023, tại tỉnh Hà Tĩnh, Cụm thi đua số 4 "
        "thuộc Bộ TTTT tổ chức Hội nghị tổng kết năm 2023.\n\n"
    )
    got = facts("Sở TTTT Hà Tĩnh là Cụm trưởng năm 2023.", lead=lead, published="2023-12-11")
    assert [f["date"] for f in got if f["kind"] == "conference"] == ["2023-12-08"]


def test_a_review_named_in_passing_with_nothing_said_of_it_is_no_conference() -> None:
    lead = "Quyết định phân công Cụm trưởng các Cụm thi đua thuộc Bộ TTTT năm 2024.\n\n"
    body = (
        "Năm 2023, Sở TTTT Nghệ An là Cụm trưởng Cụm thi đua số 4; tại hội nghị tổng kết của Cụm, các đơn vị đã "
        "thống nhất đề xuất Sở TTTT Hà Tĩnh đảm nhận nhiệm vụ này trong năm 2024."
    )
    assert [f for f in facts(body, lead=lead, published="2024-01-22") if f["kind"] == "conference"] == []


def test_one_unit_over_two_provinces_is_a_member_of_neither() -> None:
    assert sorted(
        m[0]
        for m in members("Cụm thi đua số 4 gồm 4 đơn vị: Sở TTTT các tỉnh Quảng Nam, Đắk Lắk và Gia Lai – Kon Tum.")
    ) == [
        "Quảng Nam",
        "Đắk Lắk",
    ]
    assert awards("Hội nghị đề nghị Bộ TTTT tặng Cờ thi đua cho Sở TTTT tỉnh Gia Lai – Kon Tum.") == set()
    # a list written with dashes is a list
    assert len(members("Cụm thi đua số 4 gồm Sở TTTT Bình Phước - Bình Dương - Đồng Nai - Tây Ninh.")) == 4


def test_phong_trao_is_not_trao() -> None:
    """'phong trào' (the movement) folds to the letters of 'trao' (hand over): a proposal stays a proposal."""
    body = (
        "Hội nghị thống nhất đề nghị Bộ TTTT tặng Cờ thi đua xuất sắc phong trào thi đua năm 2023 cho Sở TTTT "
        "Nghệ An; tặng Bằng khen cho Sở TTTT Hà Tĩnh."
    )
    assert {(a[0], a[2]) for a in awards(body)} == {("Nghệ An", "proposed"), ("Hà Tĩnh", "proposed")}


def test_nhan_dan_is_not_nhan() -> None:
    """'nhân dân' (people's: 'Viện kiểm sát nhân dân tối cao') folds to the letters of 'nhận' (receive)."""
    body = "Hội nghị đề nghị Viện trưởng Viện kiểm sát nhân dân tối cao tặng Cờ thi đua cho VKSND tỉnh Nghệ An."
    assert {(a[0], a[2]) for a in awards(body)} == {("Nghệ An", "proposed")}
    got = awards("VKSND tỉnh Nghệ An vinh dự đón nhận Cờ thi đua.")
    assert {(a[0], a[2]) for a in got} == {("Nghệ An", "conferred")}


def test_chuong_trinh_and_tang_are_not_cues() -> None:
    """'chương trình' (programme) holds the letters of 'trình' (submit); 'tăng' (increase) those of 'tặng'."""
    got = awards("Theo chương trình công tác, Sở TTTT Hà Tĩnh nhận Bằng khen của Bộ trưởng.")
    assert {(a[0], a[2]) for a in got} == {("Hà Tĩnh", "conferred")}
    assert awards("Doanh thu của Sở TTTT Hà Tĩnh tăng 12%, Cờ thi đua năm trước là động lực.") == set()


def test_a_role_after_the_semicolon_does_not_lend_its_year_against_the_sentences_own() -> None:
    body = (
        "Năm 2023, Sở TTTT Hà Tĩnh giữ vai trò Cụm trưởng, Sở TTTT Quảng Bình là Cụm phó; hai đơn vị tiếp nhận "
        "nhiệm vụ từ Sở TTTT Nghệ An, Cụm trưởng năm 2022."
    )
    assert roles(body) == {("Hà Tĩnh", "head", 2023), ("Quảng Bình", "deputy", 2023), ("Nghệ An", "head", 2022)}


def test_a_conferral_silent_on_time_takes_the_leads_one_performance_year() -> None:
    lead = (
        "Bộ TTTT tặng Cờ thi đua cho 3 Sở TTTT có thành tích xuất sắc năm 2022\n\nNgày 25/3/2023, Bộ trưởng Bộ "
        "TTTT ký quyết định tặng Cờ thi đua cho các tập thể có thành tích xuất sắc năm 2022 trong các Cụm thi đua.\n\n"
    )
    body = (
        "Riêng tại Cụm thi đua số 4, Bộ trưởng còn tặng Bằng khen cho Sở TTTT Hà Tĩnh theo đề nghị của Cụm. "
        "Sở TTTT Nghệ An nhận Bằng khen của Thủ tướng Chính phủ vì thành tích giai đoạn 2018-2022."
    )
    got = [f for f in facts(body, lead=lead, published="2023-03-28") if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["year"], (f["cluster"] or {}).get("number")) for f in got} == {
        ("Hà Tĩnh", 2022, 4),
        ("Nghệ An", None, None),
    }


def test_the_remainder_is_the_rest_of_the_head_and_deputy_told_earlier() -> None:
    body = (
        "Sở TTTT Hà Tĩnh là Cụm trưởng năm 2023. Năm qua, các đơn vị đã hoàn thành tốt nhiệm vụ.\n\n"
        "Sở TTTT Quảng Bình với vai trò Cụm phó phối hợp chặt chẽ trong việc chấm điểm. Các đơn vị còn lại "
        "trong Cụm gồm Sở TTTT các tỉnh Nghệ An, Quảng Trị và Thanh Hóa cũng hoàn thành xuất sắc chỉ tiêu."
    )
    assert members(body) == {
        (p, "complement", 2023) for p in ("Hà Tĩnh", "Quảng Bình", "Nghệ An", "Quảng Trị", "Thanh Hóa")
    }


def test_a_count_then_trong_do_groups_then_ngoai_ra() -> None:
    body = (
        "Cụm thi đua số 4 gồm 6 đơn vị. Trong đó, khu vực Bắc Trung Bộ có Sở TTTT các tỉnh Thanh Hóa, Nghệ An, "
        "Hà Tĩnh; khu vực Trị Thiên có Sở TTTT các tỉnh Quảng Trị, Thừa Thiên Huế.\n\n"
        "Ngoài ra, Cụm còn có Sở TTTT tỉnh Quảng Bình."
    )
    assert {m[0] for m in members(body)} == {
        "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Thừa Thiên Huế", "Quảng Bình"
    }  # fmt: skip


def test_a_digests_table_names_the_host() -> None:
    lead = (
        "Ngày 15/12, tại tỉnh Thái Nguyên, Cụm thi đua số 2 thuộc Bộ TTTT tổng kết năm 2023. Sở TTTT Bắc Giang "
        "là Cụm trưởng năm 2023.\n\n"
    )
    body = (
        "Kết quả như sau:\n\n| Cụm thi đua | Đơn vị đăng cai hội nghị | Ngày | Cụm trưởng năm 2024 |\n\n"
        "|---|---|---|---|\n\n| Cụm số 2 - Bộ TTTT | Sở TTTT Thái Nguyên | 15/12 | Sở TTTT Lạng Sơn |"
    )
    got = [f for f in facts(body, lead=lead) if f["kind"] == "conference"]
    assert [(f["location"], f["host"]["province"]) for f in got] == [("Thái Nguyên", "Thái Nguyên")]


def test_examples_named_bare_after_agency_words_in_the_cluster() -> None:
    body = "Nhiều Sở TTTT trong Cụm như Quảng Ngãi, Bình Định, Phú Yên đã hoàn thành vượt kế hoạch."
    assert members(body) == {(p, "examples", 2023) for p in ("Quảng Ngãi", "Bình Định", "Phú Yên")}


def test_a_unit_of_another_sector_is_not_the_clusters_head() -> None:
    body = "Ở khối các cơ quan Trung ương trên địa bàn tỉnh, BHXH tỉnh Hà Tĩnh giữ vai trò Khối trưởng năm 2023."
    assert roles(body) == set()
    lead = (
        "Ngày 20/12, Cụm thi đua số 1 thuộc Bộ Tài chính gồm Cục Thuế các tỉnh Hà Nam, Nam Định tổng kết năm 2023.\n\n"
    )
    assert roles("Cục Thuế tỉnh Hà Nam là Cụm trưởng năm 2023.", lead=lead) == {("Hà Nam", "head", 2023)}


def test_a_meetings_date_and_place_told_at_the_end_of_the_page() -> None:
    lead = (
        "Sở TTTT Hưng Yên – Cụm trưởng Cụm thi đua số 3 thuộc Bộ TTTT năm 2024 – đã tổ chức hội nghị tổng kết "
        "thi đua năm 2024 của Cụm.\n\n"
    )
    body = "Sở TTTT Hà Nam là Cụm phó năm 2025.\n\nHội nghị diễn ra ngày 20/12/2024 tại tỉnh Hưng Yên."
    got = [f for f in facts(body, lead=lead, published="2024-12-21") if f["kind"] == "conference"]
    assert [(f["date"], f["location"]) for f in got] == [("2024-12-20", "Hưng Yên")]


def test_a_headings_undated_meeting_is_completed_by_its_dated_sentence() -> None:
    lead = "Ngày 7-12, tại tỉnh Bắc Giang, Cụm thi đua số 2 thuộc Bộ TTTT tổng kết năm 2023.\n\n"
    body = (
        "Sở TTTT Bắc Giang là Cụm trưởng năm 2023.\n\nCụm thi đua số 3: tổng kết tại Ninh Bình\n\n"
        "Sáng 8.12, Cụm thi đua số 3 gồm 5 Sở TTTT khu vực nam đồng bằng sông Hồng tổng kết năm 2023 tại tỉnh "
        "Ninh Bình."
    )
    got = [f for f in facts(body, lead=lead, published="2023-12-11") if f["kind"] == "conference"]
    assert sorted((f["cluster"]["number"], f["date"], f["location"]) for f in got) == [
        (2, "2023-12-07", "Bắc Giang"),
        (3, "2023-12-08", "Ninh Bình"),
    ]


def test_handed_over_and_voted_leader_then_proposed() -> None:
    body = "Được biết, năm 2024, vai trò Cụm trưởng Cụm thi đua số 4 đã được chuyển giao cho Sở TTTT Hà Tĩnh."
    assert roles(body) == {("Hà Tĩnh", "head", 2024)}
    body = "Sở TTTT Lạng Sơn được Khối suy tôn dẫn đầu và được đề nghị Bộ trưởng Bộ TT&TT tặng Cờ thi đua năm 2023."
    assert {(a[0], a[2], a[4]) for a in awards(body)} == {("Lạng Sơn", "proposed", 2023)}


def test_a_departments_own_annual_review_is_not_the_clusters() -> None:
    lead = (
        "Sở TTTT Nghệ An đón nhận Cờ thi đua của Bộ TT&TT\n\nNGHỆ AN - Chiều 27/3/2024, Sở TTTT Nghệ An tổ chức "
        "hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 và đón nhận Cờ thi đua của Bộ TT&TT.\n\n"
    )
    got = facts("Sở TTTT Nghệ An là đơn vị Cụm trưởng Cụm thi đua số 4 năm 2023.", lead=lead, published="2024-03-28")
    assert [f for f in got if f["kind"] == "conference"] == []


def test_a_caption_naming_the_clusters_members_after_a_colon() -> None:
    body = (
        "Lãnh đạo 4 Sở TTTT thành viên Cụm thi đua số 4 (từ trái qua): Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị "
        "ký giao ước thi đua năm 2024. Ảnh: H.N"
    )
    assert {m[0] for m in members(body)} == {"Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"}


def test_cung_voi_n_don_vi_tren_continues_the_list() -> None:
    body = (
        "Cụm thi đua số 4 gồm các Sở TTTT: Nghệ An, Hà Tĩnh. Cùng với 2 đơn vị trên, Cụm còn có Sở TTTT Quảng "
        "Bình và Quảng Trị."
    )
    assert {m[0] for m in members(body)} == {"Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"}


def test_a_history_table_of_heads_and_a_comparison_year() -> None:
    body = (
        "Đơn vị Cụm trưởng, Cụm phó qua các năm\n\n| Năm | Cụm trưởng | Cụm phó |\n\n|---|---|---|\n\n"
        "| 2021 | Sở TTTT Nghệ An | Sở TTTT Hà Tĩnh |\n\n| 2022 | Sở TTTT Hà Tĩnh | Sở TTTT Quảng Bình |"
    )
    assert roles(body) >= {
        ("Nghệ An", "head", 2021),
        ("Hà Tĩnh", "deputy", 2021),
        ("Hà Tĩnh", "head", 2022),
        ("Quảng Bình", "deputy", 2022),
    }
    lead = (
        "Bộ TTTT giao nhiệm vụ Cụm trưởng, Cụm phó năm 2024\n\nNgày 26/02, Bộ trưởng Bộ TTTT đã ký Quyết định "
        "về việc phân chia các Cụm thi đua và giao nhiệm vụ Cụm trưởng, Cụm phó các Cụm thi đua năm 2024.\n\n"
    )
    body = (
        "Một số Cụm có điều chỉnh thành viên so với năm 2023 như sau:\n\n1. Cụm thi đua số IV gồm 03 đơn vị: Sở "
        "TTTT Nghệ An, Sở TTTT Hà Tĩnh, Sở TTTT Quảng Bình.\n\n- Cụm trưởng: Sở TTTT Hà Tĩnh.\n\n- Cụm phó: Sở TTTT "
        "Quảng Bình."
    )
    assert roles(body, lead=lead, published="2024-02-27") == {("Hà Tĩnh", "head", 2024), ("Quảng Bình", "deputy", 2024)}


def test_bullets_after_cac_dia_phuong_starting_with_tp() -> None:
    body = (
        "Cụm thi đua số 4 năm 2023 gồm Sở TT&TT các địa phương:\n- TP. Hồ Chí Minh;\n- Bình Dương;\n"
        "- Bình Phước (Cụm phó);\n- Đồng Nai."
    )
    assert {m[0] for m in members(body)} == {"Hồ Chí Minh", "Bình Dương", "Bình Phước", "Đồng Nai"}


def test_tang_items_under_a_proposal_header_are_proposals() -> None:
    body = (
        "Hội nghị thống nhất đề nghị Bộ trưởng Bộ TT&TT:\n\n- Tặng Cờ thi đua của Bộ cho Sở TTTT Nghệ An;\n\n"
        "- Tặng Bằng khen của Bộ trưởng cho Sở TTTT Hà Tĩnh."
    )
    assert {(a[0], a[2]) for a in awards(body)} == {("Nghệ An", "proposed"), ("Hà Tĩnh", "proposed")}


def test_truoc_ngay_in_a_remark_on_a_name_is_no_deadline() -> None:
    lead = (
        "Ngày 14/1, tại thành phố Huế, Sở TTTT thành phố Huế - đơn vị Cụm trưởng Cụm thi đua số 4 năm 2024 (trước "
        "ngày 01/01/2025 là Sở TTTT tỉnh Thừa Thiên Huế) đã tổ chức Hội nghị tổng kết năm 2024.\n\n"
    )
    got = facts("Sở TTTT Quảng Trị là Cụm phó năm 2024.", lead=lead, published="2025-01-15")
    assert [(f["date"], f["reviews_year"]) for f in got if f["kind"] == "conference"] == [("2025-01-14", 2024)]


def test_hai_quan_is_no_district_a_broken_list_goes_on_and_tp_dot_keeps_the_province() -> None:
    lead = (
        "Ngày 11/1, tại TP. Rạch Giá, tỉnh Kiên Giang, Cục Hải quan Kiên Giang đăng cai Hội nghị tổng kết năm "
        "2018 của Cụm thi đua số 5 thuộc Tổng cục Hải quan.\n\n"
    )
    body = (
        "Cụm thi đua số 5 gồm 4 Cục Hải quan tỉnh, thành phố khu vực Tây Nam Bộ: Cần Thơ, Kiên Giang,\n\n"
        "An Giang và Cà Mau."
    )
    got = facts(body, lead=lead, published="2019-01-12")
    assert {f["member"]["province"] for f in got if f["kind"] == "membership"} == {
        "Cần Thơ", "Kiên Giang", "An Giang", "Cà Mau"
    }  # fmt: skip
    assert [f["location"] for f in got if f["kind"] == "conference"] == ["Kiên Giang"]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Cụm thi đua số 5 gồm Cục Hải quan 4 tỉnh: Cần Thơ, Kiên Giang, An Giang và Cà Mau.",
         {"Cần Thơ", "Kiên Giang", "An Giang", "Cà Mau"}),
        ("Cụm thi đua số 2 gồm Sở TTTT địa phương: Nghệ An, Hà Tĩnh và Quảng Bình.",
         {"Nghệ An", "Hà Tĩnh", "Quảng Bình"}),
    ],
)  # fmt: skip
def test_hai_quan_and_dia_phuong_do_not_make_a_cluster_of_districts(body: str, expected: set[str]) -> None:
    got = facts(body, lead="Năm 2023. ", published="2024-01-10")
    assert {f["member"]["province"] for f in got if f["kind"] == "membership"} == expected


def test_a_count_opens_no_list_but_the_gom_after_it_does() -> None:
    lead = (
        "Ngày 16-12-2025, tại Công an tỉnh Hà Tĩnh, Cụm thi đua số IV thuộc Bộ Công an tổ chức Hội nghị tổng kết "
        "năm 2025.\n\n"
    )
    body = (
        "Từ ngày 01/7/2025 Cụm thi đua số IV có 5 đơn vị thành viên, giảm 1 đơn vị so với năm 2024, khi Cụm gồm "
        "Công an 6 tỉnh, thành phố: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị và Thừa Thiên Huế."
    )
    got = members(body, lead=lead, published="2025-12-17")
    assert {y for _p, _b, y in got} == {2024} and len(got) == 6


def test_inline_numbered_items_in_parentheses_are_one_list() -> None:
    lead = (
        "Ngày 9/12/2022, tại Cục Hải quan tỉnh Lào Cai, Cụm thi đua số 1 thuộc Tổng cục Hải quan tổ chức Hội nghị "
        "tổng kết năm 2022.\n\n"
    )
    body = (
        "Cụm thi đua số 1 gồm 04 đơn vị: (1) Cục Hải quan tỉnh Quảng Ninh; (2) Cục Hải quan tỉnh Lạng Sơn; "
        "(3) Cục Hải quan tỉnh Cao Bằng; (4) Cục Hải quan tỉnh Lào Cai. Dự hội nghị có ông Nguyễn Văn C."
    )
    got = members(body, lead=lead, published="2022-12-10")
    assert {p for p, _b, _y in got} == {"Quảng Ninh", "Lạng Sơn", "Cao Bằng", "Lào Cai"}


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Thay mặt đơn vị Cụm phó năm 2023, Sở TTTT Quảng Bình thông qua dự thảo giao ước thi đua năm 2024.",
         {("Quảng Bình", "deputy", 2023)}),
        ("Thay mặt đơn vị Cụm phó, đồng chí Phó Giám đốc Sở TTTT tỉnh Quảng Bình thông qua dự thảo giao ước.",
         {("Quảng Bình", "deputy", 2023)}),
        ("Thay mặt Cụm trưởng, ông Nguyễn Văn A. trao cờ cho Sở TTTT tỉnh Quảng Bình.", set()),
    ],
)  # fmt: skip
def test_thay_mat_the_role_names_the_unit_that_follows(body: str, expected: set) -> None:
    assert roles(body) == expected


def test_a_heading_line_without_colon_gives_its_year_to_the_bullets_below() -> None:
    body = (
        "Sở TTTT Hà Tĩnh (Cụm trưởng) chủ trì hội nghị.\n\nPhân công Cụm thi đua số 4 năm 2024\n\n"
        "- Cụm trưởng: Sở TTTT tỉnh Nghệ An\n\n- Cụm phó: Sở TTTT tỉnh Quảng Bình"
    )
    assert roles(body) == {("Hà Tĩnh", "head", 2023), ("Nghệ An", "head", 2024), ("Quảng Bình", "deputy", 2024)}


def test_a_role_told_before_a_unit_list_keeps_its_unit_out_of_the_next_role() -> None:
    body = (
        "Hội nghị thống nhất chuyển giao nhiệm vụ Cụm trưởng năm 2024 cho Sở TTTT tỉnh Nghệ An, Sở TTTT tỉnh "
        "Quảng Bình với vai trò Cụm phó năm 2024."
    )
    assert roles(body) == {("Nghệ An", "head", 2024), ("Quảng Bình", "deputy", 2024)}


def test_a_bare_list_item_with_its_role_in_brackets_is_the_bloc_in_that_province() -> None:
    body = (
        "Cụm thi đua số 4 năm 2023 gồm Sở TT&TT các địa phương:\n- Nghệ An;\n- Hà Tĩnh (Cụm trưởng);\n"
        "- Quảng Bình (Cụm phó)."
    )
    assert roles(body) == {("Hà Tĩnh", "head", 2023), ("Quảng Bình", "deputy", 2023)}
    assert roles("Ông A. về từ Hà Tĩnh (Cụm trưởng) phát biểu.") == set()


def test_an_apposition_after_a_dash_is_of_the_nearest_unit() -> None:
    body = "Đến dự có đại diện Sở TTTT Nghệ An và Sở TTTT Quảng Bình – đơn vị Cụm phó Cụm thi đua số 4 năm 2023."
    assert roles(body) == {("Quảng Bình", "deputy", 2023)}
    assert roles("Sở TTTT Nghệ An và Sở TTTT Quảng Bình là Cụm phó năm 2023.") == set()  # ambiguous


def test_elected_by_the_agencies_of_the_numbered_cluster() -> None:
    body = "Sở TTTT Quảng Bình được các Sở trong Cụm thi đua số 4 thuộc Bộ TTTT tín nhiệm bầu làm Cụm trưởng năm 2023."
    assert roles(body) == {("Quảng Bình", "head", 2023)}


def test_a_unit_speaking_of_itself_receives_the_award() -> None:
    body = (
        "Dịp này, lãnh đạo Sở TTTT tỉnh Quảng Bình cho biết đơn vị vừa được Bộ trưởng Bộ TTTT tặng Bằng khen "
        "vì đã có thành tích xuất sắc trong công tác năm 2022."
    )
    assert awards(body) == {("Quảng Bình", "certificate_of_merit", "conferred", "Bộ Thông tin và Truyền thông", 2022)}


def test_voted_by_the_units_of_the_cluster_then_proposed() -> None:
    body = "Sở TTTT Nghệ An được các đơn vị trong Cụm suy tôn, đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua năm 2023."
    assert {(a[0], a[2]) for a in awards(body)} == {("Nghệ An", "proposed")}


@pytest.mark.parametrize(
    "how, location",
    [("kết hợp trực tiếp và trực tuyến", "Nghệ An"), ("theo hình thức trực tuyến", None)],
)  # fmt: skip
def test_a_hybrid_meeting_keeps_its_venue(how: str, location: str | None) -> None:
    lead = f"Ngày 22/12/2023, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng kết năm 2023 tại Nghệ An, {how}.\n\n"
    got = facts("Sở TTTT Hà Tĩnh là Cụm trưởng năm 2023.", lead=lead, published="2023-12-23")
    assert [f["location"] for f in got if f["kind"] == "conference"] == [location]


def test_a_block_of_other_headlines_one_per_line_is_not_read() -> None:
    body = (
        "Sở TTTT Hà Tĩnh là Cụm trưởng năm 2023.\n\n"
        + "Các đơn vị trong Cụm đã hoàn thành tốt nhiệm vụ. " * 8
        + "\n\nCác tin khác:\n- Sở TTTT Nghệ An triển khai nhiệm vụ năm 2024 (07/01/2024)\n"
        "- Cụm thi đua số 2 thuộc Bộ TTTT tổng kết năm 2023 (11/01/2024)\n- Chuyển đổi số cấp xã (28/12/2023)\n"
        "- Bài viết khác về hạ tầng viễn thông và bưu chính trong năm 2023 (20/12/2023)"
    )
    got = facts(body)
    assert [f["cluster"]["number"] for f in got if f["kind"] == "conference"] == [4]


def test_a_long_merger_remark_on_an_item_does_not_end_the_list() -> None:
    lead = "Ngày 16/12, tại Công an tỉnh Tuyên Quang, Cụm thi đua số 2 - Bộ Công an tổng kết năm 2025.\n\n"
    body = (
        "Cụm thi đua số 2 gồm Công an 4 tỉnh:\n\n- Công an tỉnh Tuyên Quang (trên cơ sở hợp nhất Công an tỉnh "
        "Hà Giang và Công an tỉnh Tuyên Quang);\n\n- Công an tỉnh Lào Cai (hợp nhất Lào Cai và Yên Bái);\n\n"
        "- Công an tỉnh Cao Bằng;\n\n- Công an tỉnh Lạng Sơn."
    )
    got = members(body, lead=lead, published="2025-12-18")
    assert {p for p, _b, _y in got} == {"Tuyên Quang", "Lào Cai", "Cao Bằng", "Lạng Sơn"}
    body = "Cụm số 2 gồm Công an 3 tỉnh: Tuyên Quang (trên cơ sở Hà Giang, Tuyên Quang cũ), Lào Cai và Cao Bằng."
    got = members(body, lead=lead, published="2025-12-18")
    assert {p for p, _b, _y in got} == {"Tuyên Quang", "Lào Cai", "Cao Bằng"}


def test_a_former_ministry_cluster_named_in_a_page_about_its_successor() -> None:
    lead = (
        "Sáng 11.12, tại TP Cần Thơ, Cụm thi đua số 8 thuộc Bộ Khoa học và Công nghệ tổng kết năm 2025. Sở KH&CN "
        "TP Cần Thơ - đơn vị Cụm trưởng năm 2025 - đăng cai hội nghị.\n\n"
    )
    body = "Trước khi hợp nhất, năm 2024, Sở TT&TT tỉnh Bạc Liêu (cũ) là Cụm trưởng Cụm thi đua số 8 thuộc Bộ TT&TT."
    got = [f for f in facts(body, lead=lead, published="2025-12-12") if f["kind"] == "role"]
    assert {(f["member"]["province"], f["year"], f["cluster"]["authority"]) for f in got} == {
        ("Cần Thơ", 2025, "Bộ Khoa học và Công nghệ"), ("Bạc Liêu", 2024, "Bộ Thông tin và Truyền thông")
    }  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2022, Cụm thi đua số 4 do Sở TTTT tỉnh Quảng Bình (nay thuộc Sở KH&CN tỉnh Quảng Trị) làm Cụm trưởng.",
        "Trước khi hợp nhất, Cụm thi đua số 4 của Bộ TT&TT năm 2022 do Sở TTTT tỉnh Quảng Bình làm Cụm trưởng.",
    ],
)
def test_the_holder_before_a_remark_and_the_cluster_year_before_do(body: str) -> None:
    assert roles(body) == {("Quảng Bình", "head", 2022)}


def test_a_bare_cum_list_continues_the_year_framed_in_the_sentence_before() -> None:
    lead = (
        "Sáng 9-3, Sở TTTT tỉnh Hà Tĩnh tổ chức Lễ đón nhận Cờ thi đua của Chính phủ và Hội nghị triển khai "
        "nhiệm vụ công tác năm 2017.\n\n"
    )
    body = (
        "Cũng trong năm 2016, Sở TTTT Hà Tĩnh giữ vai trò Cụm trưởng Cụm thi đua số 4 thuộc Bộ TTTT. Cụm gồm "
        "4 đơn vị: Sở TTTT các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình."
    )
    got = members(body, lead=lead, published="2017-03-10")
    assert {y for _p, _b, y in got} == {2016} and len(got) == 4


def test_recipients_named_after_trong_do_co() -> None:
    body = (
        "Bộ trưởng Bộ TTTT đã ký Quyết định số 698/QĐ-BTTTT tặng Cờ thi đua năm 2022 cho 9 đơn vị dẫn đầu các "
        "Cụm thi đua, trong đó có Sở TTTT Nghệ An và Sở TTTT Quảng Bình."
    )
    got = {(a[0], a[2], a[4]) for a in awards(body)}
    assert got == {("Nghệ An", "conferred", 2022), ("Quảng Bình", "conferred", 2022)}


def test_a_named_bloc_with_its_number_in_brackets_is_that_cluster() -> None:
    body = (
        "Năm 2022, Sở TTTT tỉnh Nghệ An giữ vai trò Cụm trưởng Cụm thi đua các Sở TTTT khu vực Bắc Trung Bộ "
        "(Cụm 4), gồm Sở TTTT các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh."
    )
    assert roles(body) == {("Nghệ An", "head", 2022)}


def test_a_digest_item_host_is_not_the_last_list_item_and_may_come_next() -> None:
    lead = (
        "Ngày 22/12, tại Công an tỉnh Hà Nam, Cụm thi đua số 2 gồm Công an 3 tỉnh: Hà Nam, Nam Định và Ninh Bình "
        "tổ chức Hội nghị tổng kết năm 2020. Công an tỉnh Hà Nam là Cụm trưởng năm 2020.\n\n"
        "Ngày 24/12, tại TP Đà Nẵng, Cụm thi đua số 6 gồm Công an TP Đà Nẵng và Công an các tỉnh Quảng Nam, "
        "Quảng Ngãi tổng kết phong trào thi đua năm 2020. Hội nghị do Công an TP Đà Nẵng (Cụm trưởng) đăng cai.\n\n"
    )
    got = facts("Các đơn vị ký kết giao ước thi đua năm 2021.", lead=lead, published="2020-12-28")
    hosts = {f["cluster"]["number"]: f["host"] for f in got if f["kind"] == "conference"}
    assert hosts == {2: None, 6: {"org": "Công an tỉnh", "province": "Đà Nẵng"}}


def test_the_standing_body_of_a_known_authority_is_no_foreign_grantor() -> None:
    body = (
        "Hội nghị đã bình xét, thống nhất đề nghị Ban Thường vụ Trung ương Hội ND Việt Nam tặng Cờ thi đua cho Hội "
        "ND tỉnh Nghệ An và Hội ND tỉnh Hà Tĩnh; tặng Bằng khen cho Hội ND tỉnh Quảng Bình."
    )
    lead = "Ngày 10/12/2023, tại tỉnh Hà Tĩnh, Cụm thi đua số 4 Hội Nông dân tổ chức hội nghị tổng kết năm 2023.\n\n"
    assert {(a[0], a[1]) for a in awards(body, lead=lead)} == {
        ("Nghệ An", "emulation_flag"), ("Hà Tĩnh", "emulation_flag"), ("Quảng Bình", "certificate_of_merit")
    }  # fmt: skip
    body = "Hội nghị thống nhất đề nghị Ban Thường vụ Tỉnh ủy tặng Bằng khen cho Hội Nông dân tỉnh Quảng Bình."
    assert awards(body, lead=lead) == set()


def test_the_main_meeting_is_chaired_and_dated_later_and_a_cung_ngay_item_is_another() -> None:
    lead = (
        "Đồng chí A., Giám đốc Sở TTTT tỉnh Nghệ An - Cụm trưởng Cụm thi đua số 4 năm 2023 chủ trì hội nghị sơ "
        "kết 6 tháng đầu năm của Cụm.\n\n"
    )
    body = (
        "Các Sở đã đẩy mạnh chuyển đổi số.\n\n* Cùng ngày, Cụm thi đua số 5 cũng tổ chức hội nghị sơ kết 6 tháng "
        "đầu năm 2023 tại tỉnh Quảng Nam, do Sở TTTT tỉnh Quảng Nam đăng cai.\n\nHội nghị diễn ra sáng 19/7/2023, "
        "tại TP Vinh."
    )
    got = [f for f in facts(body, lead=lead, published="2023-07-20") if f["kind"] == "conference"]
    assert {(f["cluster"]["number"], f["date"], f["type"]) for f in got} == {
        (4, "2023-07-19", "mid_year"), (5, "2023-07-19", "mid_year")
    }  # fmt: skip


def test_a_decision_told_apart_completes_the_dated_award() -> None:
    lead = (
        "Sáng 14.8, Sở TTTT tỉnh Quảng Trị long trọng tổ chức lễ đón nhận Cờ thi đua của Chính phủ vì đã dẫn "
        "đầu phong trào thi đua năm 2022.\n\n"
    )
    body = (
        "Tại buổi lễ, Ban tổ chức đã công bố Quyết định số 1052/QĐ-TTg ngày 20/7/2023 của Thủ tướng Chính phủ về "
        "việc tặng Cờ thi đua của Chính phủ cho Sở TTTT tỉnh Quảng Trị."
    )
    got = [f for f in facts(body, lead=lead, published="2023-08-14") if f["kind"] == "award"]
    assert [(f["year"], f["decision"]) for f in got] == [(2022, "1052/QĐ-TTg")]


_SCORES = (
    "| STT | Đơn vị | Tổng điểm |\n\n|---|---|---|\n\n| 1 | Sở TTTT tỉnh Nghệ An | 96,5 |\n\n"
    "| 2 | Sở TTTT tỉnh Hà Tĩnh | 95,8 |\n\n| 3 | Sở TTTT tỉnh Quảng Bình | 94,0 |"
)


@pytest.mark.parametrize(
    "header, expected",
    [
        ("Cụm thi đua số 4 gồm 3 Sở TTTT các tỉnh Bắc Trung Bộ. Kết quả chấm điểm năm 2023 như sau:", 3),
        ("Cụm thi đua số 4 gồm 5 Sở TTTT các tỉnh Bắc Trung Bộ. Kết quả chấm điểm năm 2023 như sau:", 0),
        ("Kết quả chấm điểm năm 2023 của các Sở TTTT trong Cụm thi đua số 4 như sau:", 3),
        ("Kết quả chấm điểm năm 2023 của một số đơn vị như sau:", 0),
    ],
)  # fmt: skip
def test_a_score_table_of_all_the_cluster_s_units_lists_its_members(header: str, expected: int) -> None:
    assert len(members(header + "\n\n" + _SCORES)) == expected


def test_a_long_remark_on_the_old_provinces_after_the_last_item_ends_the_list() -> None:
    lead = "Ngày 10/12, tại TP Cần Thơ, Cụm thi đua số 8 thuộc Bộ KH&CN tổng kết năm 2025.\n\n"
    body = (
        "Hiện Cụm thi đua số 8 gồm 3 đơn vị: Sở KH&CN thành phố Cần Thơ, Sở KH&CN các tỉnh An Giang và Cà Mau "
        "(Sở KH&CN các tỉnh Hậu Giang, Sóc Trăng, Bạc Liêu và Kiên Giang cũ đã hợp nhất vào các Sở nêu trên)."
    )
    got = members(body, lead=lead, published="2025-12-11")
    assert {p for p, _b, _y in got} == {"Cần Thơ", "An Giang", "Cà Mau"}


def test_award_list_items_with_remarks_and_recipients_after_a_counted_colon() -> None:
    body = (
        "Theo Quyết định, 3 tập thể được tặng Cờ thi đua năm 2023 gồm:\n\n- Sở TTTT tỉnh Nghệ An (đơn vị Cụm "
        "trưởng Cụm thi đua số 4 năm 2023);\n- Sở TTTT tỉnh Hà Tĩnh;\n- Sở TTTT tỉnh Quảng Bình."
    )
    assert {a[0] for a in awards(body)} == {"Nghệ An", "Hà Tĩnh", "Quảng Bình"}
    body = (
        "Hội đồng Thi đua - Khen thưởng Bộ TTTT đã thống nhất trình Thủ tướng Chính phủ tặng Cờ thi đua của "
        "Chính phủ cho 02 tập thể có thành tích xuất sắc năm 2023: Sở TTTT tỉnh Nghệ An và Sở TTTT tỉnh Hà Tĩnh."
    )
    got = [f for f in facts(body) if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["status"], f["cluster"] is None) for f in got} == {
        ("Nghệ An", "proposed", True), ("Hà Tĩnh", "proposed", True)
    }  # fmt: skip


def test_a_task_table_gives_one_role_per_row_in_the_year_above_it() -> None:
    body = (
        "Hội nghị đã thống nhất phân công nhiệm vụ của Cụm năm 2024:\n\n| Nhiệm vụ | Đơn vị |\n\n|---|---|\n\n"
        "| Cụm trưởng | Sở TTTT tỉnh Nghệ An |\n\n| Cụm phó | Sở TTTT tỉnh Quảng Bình |"
    )
    assert roles(body) == {("Nghệ An", "head", 2024), ("Quảng Bình", "deputy", 2024)}


@pytest.mark.parametrize(
    "header, year",
    [
        ("Hội nghị cũng đã thống nhất phân công nhiệm vụ năm 2024 như sau:", 2024),
        ("Trên cơ sở kết quả bầu tại hội nghị tổng kết năm 2022 của từng Cụm, Bộ công nhận:", None),
    ],
)  # fmt: skip
def test_a_task_header_dates_its_role_items(header: str, year: int | None) -> None:
    body = header + "\n\n- Cụm trưởng: Sở TTTT tỉnh Nghệ An;\n\n- Cụm phó: Sở TTTT tỉnh Quảng Bình."
    got = roles(body)
    assert {y for _p, _r, y in got} <= {year, 2023} and (year is None or got == {
        ("Nghệ An", "head", year), ("Quảng Bình", "deputy", year)
    })  # fmt: skip


def test_an_earlier_review_told_as_such_does_not_date_the_article_s_lists() -> None:
    lead = (
        "Ngày 9-3, tại tỉnh Thái Bình, Cụm thi đua số III - LĐLĐ các tỉnh Nam đồng bằng sông Hồng tổ chức Lễ phát "
        "động thi đua và ký kết giao ước thi đua năm 2017.\n\n"
    )
    body = (
        "Cụm thi đua số III gồm 3 LĐLĐ tỉnh: Thái Bình, Nam Định và Ninh Bình.\n\nTrước đó, ngày 18-1-2017, Hội "
        "nghị tổng kết công tác thi đua năm 2016 của Cụm đã được tổ chức tại tỉnh Ninh Bình."
    )
    got = facts(body, lead=lead, published="2017-03-10")
    assert {f["year"] for f in got if f["kind"] == "membership"} == {2017}
    assert [f["reviews_year"] for f in got if f["kind"] == "conference"] == [2016]


def test_a_rotation_order_after_the_role_and_a_colon() -> None:
    body = (
        "Theo quy chế, vai trò Cụm trưởng luân phiên hằng năm theo thứ tự: năm 2024 là Sở TTTT Nghệ An, năm 2025 "
        "là Sở TTTT Quảng Bình và năm 2026 là Sở TTTT Quảng Trị."
    )
    assert roles(body) == {("Nghệ An", "head", 2024), ("Quảng Bình", "head", 2025), ("Quảng Trị", "head", 2026)}


def test_cum_pho_cung_nam_takes_the_year_of_the_role_before() -> None:
    body = (
        "Chủ trì có đồng chí C., Giám đốc Sở TTTT tỉnh Nghệ An (Cụm trưởng năm 2022) và đồng chí V., Giám đốc Sở "
        "TTTT tỉnh Quảng Bình, Cụm phó cùng năm."
    )
    assert roles(body) == {("Nghệ An", "head", 2022), ("Quảng Bình", "deputy", 2022)}


def test_the_leader_of_the_movement_then_the_proposal() -> None:
    body = "Sở TTTT Nghệ An là đơn vị dẫn đầu phong trào thi đua Cụm 4 năm 2023, đề nghị Chính phủ tặng Cờ thi đua."
    assert {(a[0], a[2], a[3]) for a in awards(body)} == {("Nghệ An", "proposed", "Chính phủ")}


def test_a_list_goes_on_after_a_semicolon_and_a_break_with_cung() -> None:
    body = "Cụm thi đua số 4 gồm Sở TTTT 4 tỉnh: Thanh Hóa, Nghệ An;\n\ncùng Sở TTTT các tỉnh Hà Tĩnh và Quảng Bình."
    assert {p for p, _b, _y in members(body)} == {"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình"}


def test_tiep_nhan_from_last_year_s_head_is_this_year() -> None:
    lead = "Ngày 27/11/2025, Cụm thi đua số 4 thuộc Bộ KH&CN tổ chức hội nghị tổng kết năm 2025.\n\n"
    body = (
        "Sở KH&CN tỉnh Quảng Ngãi tiếp nhận nhiệm vụ Cụm trưởng từ Sở KH&CN tỉnh Gia Lai – đơn vị Cụm trưởng "
        "năm 2024.\n\nHội nghị đã bầu Sở KH&CN tỉnh Đắk Lắk làm Cụm trưởng năm 2026."
    )
    got = facts(body, lead=lead, published="2025-11-28")
    assert {(f["member"]["province"], f["year"]) for f in got if f["kind"] == "role"} == {
        ("Quảng Ngãi", 2025), ("Gia Lai", 2024), ("Đắk Lắk", 2026)
    }  # fmt: skip


def test_cung_chuyen_muc_and_tu_khoa_open_the_block_of_other_pages() -> None:
    body = (
        "Sở TTTT Hà Tĩnh là Cụm trưởng năm 2023.\n\n"
        + "Các đơn vị trong Cụm đã hoàn thành tốt nhiệm vụ. " * 8
        + "\n\nTừ khóa: Cụm thi đua số 4, Hà Tĩnh\n\nCùng chuyên mục\n- Cụm thi đua số 3 tổng kết năm 2023 tại Huế, "
        "Sở TTTT tỉnh Quảng Trị được đề nghị…\n- Chuyển đổi số cấp xã"
    )
    assert [f["cluster"]["number"] for f in facts(body) if f["kind"] == "conference"] == [4]


@pytest.mark.parametrize(
    "body",
    [
        "Báo Nghệ An và 02 phóng viên Sở TTTT tỉnh Hà Tĩnh cũng được Bộ trưởng Bộ TTTT tặng Bằng khen.",
        "Trung tâm Chuyển đổi số (Sở TTTT tỉnh Hà Tĩnh) được Bộ trưởng Bộ TTTT tặng Bằng khen.",
    ],
)
def test_people_of_a_unit_and_a_sub_unit_s_remark_are_not_the_recipient(body: str) -> None:
    assert awards(body) == set()


def test_so_vh_and_tt_is_the_department_of_culture_and_sports() -> None:
    body = "Hội nghị suy tôn Sở VHTT&DL Nghệ An làm Cụm trưởng năm 2024, Sở VH&TT tỉnh Thừa Thiên - Huế làm Cụm phó."
    lead = "Sáng 20.12, Cụm thi đua số III thuộc Bộ VHTT&DL tổ chức Hội nghị tổng kết năm 2023.\n\n"
    got = [f for f in facts(body, lead=lead) if f["kind"] == "role"]
    assert {(f["member"]["org"], f["member"]["province"], f["year"]) for f in got} == {
        ("Sở Văn hóa, Thể thao và Du lịch", "Nghệ An", 2024), ("Sở Văn hóa và Thể thao", "Thừa Thiên Huế", 2024)
    }  # fmt: skip


def test_a_count_then_a_unit_acting_is_no_one_item_list() -> None:
    body = (
        "Năm 2022, khi Cụm còn gồm Sở TTTT 9 tỉnh, thành phố, Sở TTTT tỉnh Nghệ An giữ vai trò Cụm trưởng. Từ năm "
        "2023, Cụm thi đua số 4 gồm Sở TTTT 3 tỉnh: Hà Tĩnh, Quảng Bình và Quảng Trị."
    )
    assert {p for p, _b, _y in members(body)} == {"Hà Tĩnh", "Quảng Bình", "Quảng Trị"}


def test_a_unit_s_own_mid_year_review_is_no_cluster_meeting() -> None:
    lead = (
        "Sáng 19/6, Sở TTTT tỉnh Thái Bình long trọng tổ chức Lễ đón nhận Cờ thi đua của Chính phủ và sơ kết "
        "công tác 6 tháng đầu năm 2020.\n\n"
    )
    body = "Sở TTTT tỉnh Thái Bình là đơn vị dẫn đầu phong trào thi đua Cụm thi đua số 3 năm 2019."
    assert [f for f in facts(body, lead=lead, published="2020-06-20") if f["kind"] == "conference"] == []


def test_long_teasers_after_bullets_are_still_the_block_of_other_pages() -> None:
    teaser = "» Sở TTTT tỉnh Nghệ An: Hội nghị triển khai công tác năm 2024 - Ngày 12/01/2024, Sở tổ chức hội nghị " * 3
    body = (
        "Sở TTTT Hà Tĩnh là Cụm trưởng năm 2023.\n\n"
        + "Các đơn vị trong Cụm đã hoàn thành tốt nhiệm vụ. " * 8
        + "\n\nXEM THÊM\n"
        + teaser
        + "\n» Cụm thi đua số 8 tổng kết năm 2023 - Chiều 11/01/2024, Cụm thi đua số 8 "
        "đã bầu Sở TTTT tỉnh Đồng Tháp làm Cụ…"
    )
    assert [f["cluster"]["number"] for f in facts(body) if f["kind"] == "conference"] == [4]


def test_an_apposition_don_vi_vua_duoc_keeps_its_unit_as_recipient() -> None:
    body = (
        "Hội nghị biểu dương Sở TTTT tỉnh Nghệ An, đơn vị vừa được Thủ tướng Chính phủ tặng Cờ thi đua của Chính "
        "phủ (Quyết định số 1022/QĐ-TTg) vì đã hoàn thành xuất sắc nhiệm vụ năm 2022."
    )
    assert awards(body) == {("Nghệ An", "emulation_flag", "conferred", "Chính phủ", 2022)}


def test_an_award_list_goes_on_after_ngoai_ra_con_co() -> None:
    body = (
        "Theo Quyết định, 4 tập thể được tặng Cờ thi đua năm 2023 gồm:\n\n- Sở TTTT tỉnh Nghệ An;\n"
        "- Sở TTTT tỉnh Hà Tĩnh;\n\nNgoài ra còn có Sở TTTT tỉnh Quảng Bình và Sở TTTT tỉnh Quảng Trị."
    )
    assert {a[0] for a in awards(body)} == {"Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"}


DIGEST_LEAD = "Các Cụm thi đua Sở VHTTDL tổng kết năm 2022\n\n"


def test_a_per_cluster_item_list_of_flags_takes_the_decision_just_announced() -> None:
    body = (
        "Ngày 15/02/2023, Bộ trưởng Bộ TTTT đã ký Quyết định số 268/QĐ-BTTTT về việc tặng Cờ thi đua của Bộ "
        "cho các tập thể dẫn đầu phong trào thi đua năm 2022. Các Sở TTTT được tặng Cờ thi đua là đơn vị dẫn đầu "
        "các Cụm, cụ thể: Cụm thi đua số 1: Sở TTTT tỉnh Lạng Sơn; Cụm thi đua số 2: Sở TTTT tỉnh Nam Định; "
        "Cụm thi đua số 4: Sở TTTT tỉnh Hà Tĩnh."
    )
    got = [f for f in facts(body, published="2023-02-20") if f["kind"] == "award"]
    assert {f["recipient"]["province"] for f in got} == {"Lạng Sơn", "Nam Định", "Hà Tĩnh"}
    assert {(f["decision"], f["grantor"], f["year"], f["status"]) for f in got} == {
        ("268/QĐ-BTTTT", "Bộ Thông tin và Truyền thông", 2022, "conferred")
    }


def test_plural_units_are_not_the_grantor_that_shares_their_name() -> None:
    lead = "Bộ Tài chính tặng Cờ thi đua cho các Cục Thuế năm 2016\n\n"
    body = (
        "Bộ trưởng Bộ Tài chính đã ký Quyết định số 268/QĐ-BTC về việc tặng Cờ thi đua của Bộ Tài chính cho các "
        "tập thể hoàn thành xuất sắc nhiệm vụ năm 2016. Các Cục Thuế được tặng Cờ thi đua là đơn vị dẫn đầu các "
        "Cụm thi đua, cụ thể: Cụm thi đua số 1: Cục Thuế tỉnh Quảng Ninh; Cụm thi đua số 4: Cục Thuế tỉnh Nghệ An."
    )
    got = [f for f in facts(body, lead=lead, published="2017-02-20") if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["grantor"]) for f in got} == {
        ("Quảng Ninh", "Bộ Tài chính"),
        ("Nghệ An", "Bộ Tài chính"),
    }


def test_a_digest_s_count_of_meetings_is_not_a_meeting() -> None:
    body = (
        "Tính đến ngày 15/01/2023 đã có 3 Cụm thi đua tổ chức xong hội nghị tổng kết. Trước đó, tại các hội "
        "nghị tổng kết Cụm tổ chức trong tháng 1/2023, các Cụm đã bình xét đơn vị dẫn đầu.\n\n"
        "- Cụm thi đua số 1: Hội nghị tổng kết diễn ra ngày 6/1/2023 tại tỉnh Lào Cai."
    )
    confs = [f for f in facts(body, lead=DIGEST_LEAD, published="2023-01-16") if f["kind"] == "conference"]
    assert [(f["cluster"]["number"], f["date"], f["location"]) for f in confs] == [(1, "2023-01-06", "Lào Cai")]


def test_a_digest_item_s_meeting_told_in_its_second_sentence() -> None:
    body = (
        "- Cụm thi đua số 1: Hội nghị tổng kết diễn ra ngày 6/1/2023 tại tỉnh Lào Cai.\n\n"
        "- Cụm thi đua số 3: ngày 10/01, Sở VHTTDL tỉnh Nam Định đăng cai tổ chức Hội nghị tổng kết tại tỉnh "
        "Nam Định.\n\n"
        "Cụm thi đua số 5 gồm Sở VHTTDL các tỉnh Quảng Nam, Quảng Ngãi, Bình Định. Ngày 12/1, Sở VHTTDL tỉnh "
        "Quảng Nam tổ chức Hội nghị tại tỉnh Quảng Nam."
    )
    confs = [f for f in facts(body, lead=DIGEST_LEAD, published="2023-01-16") if f["kind"] == "conference"]
    got = {(f["cluster"]["number"], f["date"], f["location"], (f["host"] or {}).get("province")) for f in confs}
    assert got == {
        (1, "2023-01-06", "Lào Cai", None),
        (3, "2023-01-10", "Nam Định", "Nam Định"),
        (5, "2023-01-12", "Quảng Nam", "Quảng Nam"),
    }


def test_a_digest_s_reviewed_year_comes_from_its_lead_and_a_cluster_is_no_venue() -> None:
    lead = "Các Cụm thi đua TAND cấp tỉnh tổng kết công tác thi đua năm 2019\n\n"
    body = (
        "Đầu tháng 1/2020, các Cụm thi đua TAND cấp tỉnh đã tổ chức hội nghị tổng kết phong trào thi đua năm "
        "2019.\n\nTại Cụm thi đua số 2, TAND tỉnh Điện Biên tổ chức hội nghị tổng kết ngày 7/1 tại tỉnh Điện Biên. "
        "Cụm đã bỏ phiếu đề nghị Chánh án TAND tối cao tặng Cờ thi đua cho TAND tỉnh Lai Châu.\n\n"
        "Cũng dịp này, Hội đồng Thi đua - Khen thưởng TAND tối cao đã họp xét, thống nhất trình Thủ tướng Chính "
        "phủ tặng Cờ thi đua của Chính phủ năm 2019 cho TAND tỉnh Quảng Ninh."
    )
    got = facts(body, lead=lead, published="2020-01-20")
    conf = [f for f in got if f["kind"] == "conference"]
    assert [(f["date"], f["location"], f["reviews_year"]) for f in conf] == [("2020-01-07", "Điện Biên", 2019)]
    aw = {(f["recipient"]["province"], f["year"], bool(f["cluster"])) for f in got if f["kind"] == "award"}
    assert aw == {("Lai Châu", 2019, True), ("Quảng Ninh", 2019, False)}


def test_a_table_with_one_column_per_award_and_one_row_per_cluster() -> None:
    body = (
        "Trong tháng 12/2022, các Cụm thi đua Sở TTTT đã tổ chức hội nghị tổng kết năm 2022.\n\n"
        "Kết quả bình xét của hai Cụm như sau:\n\n"
        "| Cụm | Đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua | Đề nghị tặng Bằng khen |\n"
        "|---|---|---|\n"
        "| Số 1 | Sở TTTT tỉnh Lạng Sơn | Sở TTTT tỉnh Cao Bằng; Sở TTTT tỉnh Bắc Kạn |\n"
        "| Số 4 | Sở TTTT tỉnh Hà Tĩnh | Sở TTTT tỉnh Quảng Bình |"
    )
    got = [f for f in facts(body, lead=DIGEST_LEAD.replace("VHTTDL", "TTTT"), published="2022-12-29")]
    aw = {
        (f["recipient"]["province"], f["award"], f["status"], f["cluster"]["number"])
        for f in got
        if f["kind"] == "award"
    }
    assert aw == {
        ("Lạng Sơn", "emulation_flag", "proposed", 1),
        ("Cao Bằng", "certificate_of_merit", "proposed", 1),
        ("Bắc Kạn", "certificate_of_merit", "proposed", 1),
        ("Hà Tĩnh", "emulation_flag", "proposed", 4),
        ("Quảng Bình", "certificate_of_merit", "proposed", 4),
    }


def test_a_numbered_row_is_not_a_cluster_in_an_award_table() -> None:
    body = (
        "Hội nghị thống nhất đề nghị khen thưởng như sau:\n\n"
        "| STT | Đề nghị tặng Cờ thi đua |\n|---|---|\n| 2 | Sở TTTT tỉnh Quảng Bình |"
    )
    got = [f for f in facts(body) if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["cluster"]["number"]) for f in got] == [("Quảng Bình", 4)]


def test_a_decision_item_cluster_colon_list_is_a_membership() -> None:
    lead = "Kiện toàn Cụm thi đua các Kho bạc Nhà nước tỉnh năm 2022\n\n"
    body = (
        "Cụm thi đua số 8: KBNN các tỉnh Tiền Giang, Bến Tre, Trà Vinh, Vĩnh Long. Cụm trưởng: KBNN Vĩnh Long.\n\n"
        "KBNN Hà Nội và KBNN TP. Hồ Chí Minh tham gia Khối thi đua các đơn vị thuộc KBNN."
    )
    got = {
        (f["member"]["province"], f["cluster"]["number"])
        for f in facts(body, lead=lead, published="2022-03-04")
        if f["kind"] == "membership"
    }
    assert got == {("Tiền Giang", 8), ("Bến Tre", 8), ("Trà Vinh", 8), ("Vĩnh Long", 8)}


def test_an_award_item_cluster_colon_single_unit_is_no_membership() -> None:
    body = "Cờ thi đua được tặng cho: Cụm thi đua số 1: Sở TTTT tỉnh Lạng Sơn; Cụm thi đua số 2: Sở TTTT tỉnh Nam Định."
    assert members(body) == set()


def test_a_hand_over_to_the_representative_of_a_unit() -> None:
    body = "Giám đốc Sở TTTT tỉnh Hà Tĩnh trao cờ Cụm trưởng năm 2024 cho đại diện Sở TTTT tỉnh Quảng Bình."
    assert ("Quảng Bình", "head", 2024) in roles(body)


def test_an_aside_on_the_replaced_head_does_not_date_the_deputy() -> None:
    lead = "Giao nhiệm vụ Cụm trưởng, Cụm phó các Cụm thi đua BHXH năm 2021\n\n"
    body = (
        "Tổng Giám đốc BHXH Việt Nam vừa ban hành Quyết định số 215/QĐ-BHXH về việc kiện toàn các Cụm thi đua "
        "thuộc BHXH các tỉnh, thành phố và giao nhiệm vụ Cụm trưởng, Cụm phó năm 2021.\n\n"
        "Cụm thi đua số 1 gồm BHXH 3 tỉnh: Hà Giang, Cao Bằng, Phú Thọ. BHXH tỉnh Phú Thọ làm Cụm trưởng, BHXH "
        "tỉnh Cao Bằng làm Cụm phó, thay cho BHXH tỉnh Hà Giang (Cụm trưởng năm 2020)."
    )
    got = roles(body, lead=lead, published="2021-02-26")
    assert ("Cao Bằng", "deputy", 2021) in got and ("Hà Giang", "head", 2020) in got


def test_an_abbreviation_inside_a_unit_s_name_keeps_the_name_whole() -> None:
    lead = "Khối thi đua số 6 NHNN tổng kết năm 2023\n\n"
    body = (
        "Ngày 8/12/2023, Ngân hàng Nhà nước (NHNN) chi nhánh tỉnh Quảng Ngãi – Trưởng Khối thi đua số 6 năm "
        "2023 – đã tổ chức Hội nghị tổng kết."
    )
    assert ("Quảng Ngãi", "head", 2023) in roles(body, lead=lead, published="2023-12-09")


def test_members_of_a_part_of_the_cluster_after_trong_do() -> None:
    body = (
        "Cụm thi đua số 4 gồm Sở TTTT 6 tỉnh Bắc Trung Bộ. Trong đó, 3 đơn vị phía Bắc của Cụm là Sở TTTT các "
        "tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh."
    )
    assert {p for p, _b, _y in members(body)} >= {"Thanh Hóa", "Nghệ An", "Hà Tĩnh"}


def test_a_topic_opening_the_sentence_is_the_recipient() -> None:
    body = "Đối với Sở TTTT tỉnh Nghệ An, Cụm thống nhất đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua."
    assert awards(body) == {("Nghệ An", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023)}


def test_nhu_sau_is_not_a_list_of_examples() -> None:
    body = "Kết quả chấm điểm của các đơn vị trong Cụm như sau: Như vậy, Sở TTTT tỉnh Nghệ An dẫn đầu Cụm."
    assert members(body) == set()


def test_the_year_before_khi_dates_the_role() -> None:
    body = "Tiếp nối kết quả năm 2022 khi Sở TTTT tỉnh Nghệ An làm Cụm trưởng, năm 2023 các đơn vị đã nỗ lực."
    assert ("Nghệ An", "head", 2022) in roles(body)


def test_a_digest_caption_belongs_to_the_item_just_told() -> None:
    lead = "Các Cụm thi đua BĐBP tổng kết năm 2020\n\n"
    body = (
        "Cụm thi đua số 1 gồm BĐBP 3 tỉnh: Quảng Ninh, Lạng Sơn, Cao Bằng. Ngày 6/1/2021, hội nghị tổng kết "
        "được tổ chức tại tỉnh Lạng Sơn.\n\n"
        "Cụm thi đua số 3: Sáng 8/1, Cụm thi đua số 3 tổ chức hội nghị tổng kết năm 2020 tại tỉnh Nghệ An.\n\n"
        "Đại tá Nguyễn Văn D. trao cờ Cụm trưởng năm 2021 cho đại diện BĐBP tỉnh Hà Tĩnh. Ảnh: Văn Thành"
    )
    got = [f for f in facts(body, lead=lead, published="2021-01-12") if f["kind"] == "role"]
    assert [(f["member"]["province"], f["cluster"]["number"]) for f in got if f["year"] == 2021] == [("Hà Tĩnh", 3)]


def test_a_colon_list_of_recipients_with_cluster_remarks_and_the_same_decision_after() -> None:
    lead = "Bộ TT&TT tặng Cờ thi đua cho 3 Sở dẫn đầu các Cụm thi đua năm 2022\n\n"
    body = (
        "Bộ trưởng Bộ TTTT vừa ký Quyết định số 428/QĐ-BTTTT về việc tặng Cờ thi đua của Bộ cho các tập thể "
        "dẫn đầu phong trào thi đua năm 2022.\n\n"
        "Theo Quyết định, 3 Sở TTTT được tặng Cờ thi đua của Bộ năm 2022 gồm: Sở TTTT tỉnh Lào Cai (Cụm thi đua "
        "số 1); Sở TTTT tỉnh Sơn La (Cụm thi đua số 2) và Sở TTTT tỉnh Hà Tĩnh (Cụm thi đua số 4).\n\n"
        "Cùng Quyết định này, Bộ trưởng tặng Bằng khen cho Sở TTTT các tỉnh: Yên Bái và Thái Bình."
    )
    got = [f for f in facts(body, lead=lead, published="2023-03-29") if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["award"], f["decision"], f["cluster"]) for f in got} == {
        ("Lào Cai", "emulation_flag", "428/QĐ-BTTTT", None),
        ("Sơn La", "emulation_flag", "428/QĐ-BTTTT", None),
        ("Hà Tĩnh", "emulation_flag", "428/QĐ-BTTTT", None),
        ("Yên Bái", "certificate_of_merit", "428/QĐ-BTTTT", None),
        ("Thái Bình", "certificate_of_merit", "428/QĐ-BTTTT", None),
    }


def test_an_announced_decision_reaches_its_list_past_a_caption() -> None:
    lead = "Thống đốc NHNN tặng Cờ thi đua năm 2022 cho các chi nhánh dẫn đầu các Khối\n\n"
    body = (
        "Thống đốc NHNN đã ký Quyết định số 245/QĐ-NHNN ngày 10/02/2023 về việc tặng Cờ thi đua của Ngân hàng Nhà "
        "nước năm 2022 cho các chi nhánh dẫn đầu các Khối thi đua.\n\n"
        "Cờ thi đua được trao cho các chi nhánh dẫn đầu các Khối (Ảnh minh họa)\n\n"
        "Các đơn vị được tặng Cờ thi đua gồm:\n\n- NHNN chi nhánh tỉnh Quảng Ninh (Khối thi đua số 1);\n\n"
        "- NHNN chi nhánh tỉnh Nghệ An (Khối thi đua số 3)."
    )
    got = [f for f in facts(body, lead=lead, published="2023-02-15") if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["year"], f["decision"]) for f in got} == {
        ("Quảng Ninh", 2022, "245/QĐ-NHNN"),
        ("Nghệ An", 2022, "245/QĐ-NHNN"),
    }


DIGEST_KBNN = "Các Cụm thi đua KBNN tỉnh hoàn thành tổng kết năm 2024\n\n"


def test_a_digest_table_of_meetings_and_respective_heads_and_proposals() -> None:
    body = (
        "Tính đến ngày 27/12/2024, 3 Cụm thi đua thuộc khối KBNN tỉnh đã họp tổng kết năm 2024:\n\n"
        "| Cụm | Thời gian | Địa điểm | Đơn vị đăng cai | Cụm trưởng năm 2025 |\n|---|---|---|---|---|\n"
        "| Cụm 1 | 13/12 | tỉnh Tuyên Quang | KBNN Tuyên Quang | KBNN Hà Giang |\n"
        "| Cụm 5 | 19/12/2024 | TP. Vinh, tỉnh Nghệ An | – | KBNN Hà Tĩnh |\n"
        "| Cụm 8 | 20/12 | Trực tuyến | – | KBNN Bình Dương |\n"
        "| Cụm 10 | Dự kiến 08/01/2025 | TP. Cần Thơ | KBNN Cần Thơ | – |\n\n"
        "Cụm trưởng năm 2024 của các Cụm lần lượt là: KBNN Tuyên Quang (Cụm 1), KBNN Nghệ An (Cụm 5) và KBNN Đồng "
        "Nai (Cụm 8).\n\n"
        "Qua bình xét, các Cụm đã thống nhất đề nghị Bộ trưởng Bộ Tài chính tặng Cờ thi đua năm 2024 cho:\n\n"
        "- KBNN Tuyên Quang (Cụm 1);\n\n- KBNN Nghệ An (Cụm 5).\n\n"
        "Lãnh đạo KBNN Nghệ An trao cờ luân lưu Cụm trưởng năm 2025 cho KBNN Hà Tĩnh"
    )
    got = facts(body, lead=DIGEST_KBNN, published="2024-12-30")
    confs = {(f["cluster"]["number"], f["date"], f["location"], (f["host"] or {}).get("province")) for f in got
             if f["kind"] == "conference"}  # fmt: skip
    assert confs == {
        (1, "2024-12-13", "Tuyên Quang", "Tuyên Quang"),
        (5, "2024-12-19", "Nghệ An", None),
        (8, "2024-12-20", None, None),
    }
    heads = {(f["cluster"]["number"], f["year"], f["member"]["province"]) for f in got if f["kind"] == "role"}
    assert heads == {
        (1, 2025, "Hà Giang"), (5, 2025, "Hà Tĩnh"), (8, 2025, "Bình Dương"),
        (1, 2024, "Tuyên Quang"), (5, 2024, "Nghệ An"), (8, 2024, "Đồng Nai"),
    }  # fmt: skip
    props = {(f["cluster"]["number"], f["recipient"]["province"]) for f in got if f["kind"] == "award"}
    assert props == {(1, "Tuyên Quang"), (5, "Nghệ An")}


def test_an_authority_s_coordinated_proposal_is_not_the_cluster_s() -> None:
    body = (
        "Trước đó, Bộ TTTT đã trao Cờ thi đua của Bộ cho Sở TTTT tỉnh Nghệ An; đồng thời đề nghị Chính phủ tặng "
        "Cờ thi đua cho Sở TTTT tỉnh Hà Tĩnh vì thành tích xuất sắc năm 2023."
    )
    got = [f for f in facts(body) if f["kind"] == "award" and f["status"] == "proposed"]
    assert [(f["recipient"]["province"], f["cluster"]) for f in got] == [("Hà Tĩnh", None)]


def test_attendance_after_other_guests_in_the_same_clause() -> None:
    body = (
        "Dự hội nghị có Thượng tướng Nguyễn Văn R.; đại diện Ban Tổ chức; lãnh đạo Tỉnh ủy, UBND tỉnh Hà Tĩnh và "
        "lãnh đạo Sở TTTT các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình."
    )
    assert members(body) == {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_a_venue_at_the_seat_of_the_province_s_party_committee() -> None:
    lead = (
        "Ngày 29/11/2023, tại Hội trường Tỉnh ủy Hà Tĩnh, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng "
        "kết năm 2023.\n\n"
    )
    body = "Sở TTTT tỉnh Nghệ An là Cụm trưởng năm 2023."
    got = [f for f in facts(body, lead=lead) if f["kind"] == "conference"]
    assert [f["location"] for f in got] == ["Hà Tĩnh"]


def test_a_planned_review_in_a_related_link_is_no_meeting() -> None:
    body = (
        "Sở TTTT tỉnh Hà Tĩnh là Cụm trưởng năm 2023.\n\nBài viết cùng chuyên mục:\n"
        "- Cụm thi đua số 6 sẽ tổng kết vào đầu tháng 1/2024"
    )
    assert [f["cluster"]["number"] for f in facts(body) if f["kind"] == "conference"] == [4]


def test_a_remark_thuoc_cum_places_one_unit() -> None:
    body = (
        "Dịp này, Sở TTTT tỉnh Gia Lai (thuộc Cụm thi đua số 5) được Bộ trưởng Bộ TTTT tặng Bằng khen theo Quyết "
        "định số 2456/QĐ-BTTTT."
    )
    got = [f for f in facts(body) if f["kind"] == "membership"]
    assert [(f["member"]["province"], f["cluster"]["number"], f["year"]) for f in got] == [("Gia Lai", 5, 2023)]


def test_a_second_predicate_of_the_recipient_after_va_da_duoc() -> None:
    body = (
        "Được biết, năm 2022 vừa qua, Sở TTTT tỉnh Nghệ An cũng là đơn vị dẫn đầu Cụm thi đua số 4 và đã được Bộ "
        "TTTT đề nghị Chính phủ tặng Cờ thi đua."
    )
    got = [f for f in facts(body) if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["year"], f["cluster"]) for f in got] == [("Nghệ An", 2022, None)]


DIGEST_LEAD = (
    "Các Cụm thi đua Sở TT&TT tổng kết năm 2023\n\n"
    "Trong tháng 12/2023, các Cụm thi đua Sở TT&TT đã lần lượt tổng kết năm 2023. Kết quả tại hai Cụm:\n\n"
)


def test_a_cluster_named_alone_as_a_section_heading_governs_the_section() -> None:
    body = (
        "Cụm thi đua số 2 (vùng Đồng bằng sông Hồng)\n\n"
        "Hội nghị tổ chức ngày 14/12/2023 tại tỉnh Ninh Bình. Cụm gồm Sở TT&TT các tỉnh: Ninh Bình, Nam Định, "
        "Hà Nam.\n\nBà Trần Thị H., Giám đốc Sở TT&TT tỉnh Nam Định, Cụm trưởng năm 2023 chủ trì hội nghị.\n\n"
        "2. Cụm thi đua số 6 - Tây Nguyên\n"
        "Hội nghị diễn ra ngày 20/12 tại thành phố Buôn Ma Thuột. Sở TT&TT tỉnh Gia Lai làm Cụm trưởng năm 2024.\n\n"
        "Đến nay đã có 6/8 Cụm thi đua hoàn thành hội nghị tổng kết ngày 22/12/2023."
    )
    got = facts(body, lead=DIGEST_LEAD)
    assert {(f["cluster"]["number"], f["member"]["province"], f["year"]) for f in got if f["kind"] == "role"} == {
        (2, "Nam Định", 2023),
        (6, "Gia Lai", 2024),
    }
    assert {(f["cluster"]["number"], f["date"]) for f in got if f["kind"] == "conference"} == {
        (2, "2023-12-14"),
        (6, "2023-12-20"),
    }  # the closing remark "6/8 Cụm ... hoàn thành hội nghị tổng kết ngày 22/12" is no meeting of cluster 6
    assert {f["member"]["province"] for f in got if f["kind"] == "membership"} == {"Ninh Bình", "Nam Định", "Hà Nam"}


def test_a_bloc_in_brackets_after_the_cluster_is_its_own() -> None:
    body = (
        "Khối thi đua số 2 (Đài PT-TH các tỉnh Bắc Trung Bộ) tổng kết ngày 12/12; Đài PT-TH Bình Định làm Khối "
        "trưởng năm 2024."
    )
    got = [f for f in facts(body) if f["kind"] == "role"]
    assert [(f["cluster"]["bloc"], f["member"]["province"]) for f in got] == [
        ("Đài Phát thanh và Truyền hình", "Bình Định")
    ]


def test_those_who_sign_the_pledge_at_the_review_attend_for_their_units() -> None:
    body = (
        "Dịp này, các đồng chí Giám đốc Sở TT&TT 4 tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình đã cùng ký kết "
        "giao ước thi đua năm 2024. Lãnh đạo 6 Sở TT&TT ký giao ước thi đua năm 2025 tại Hà Tĩnh."
    )
    assert members(body) == {(p, "attendance", 2023) for p in ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_a_unit_s_own_ceremony_is_not_the_cluster_s_meeting_told_later() -> None:
    lead = (
        "Hội CCB tỉnh Quảng Bình đón nhận Cờ thi đua\n\n"
        "Chiều 13-5-2020, Hội CCB tỉnh Quảng Bình tổ chức lễ đón nhận Cờ thi đua và tổng kết phong trào thi đua "
        "năm 2019.\n\n"
    )
    body = (
        "Tại hội nghị tổng kết Cụm thi đua số 4 tổ chức cuối tháng 12/2019 ở tỉnh Nghệ An, các tỉnh trong Cụm đã "
        "thống nhất đề nghị Trung ương Hội tặng Cờ thi đua cho Hội CCB tỉnh Quảng Bình."
    )
    got = [f for f in facts(body, lead=lead, published="2020-05-14") if f["kind"] == "conference"]
    assert [(f["cluster"]["number"], f["date"], f["location"], f["reviews_year"]) for f in got] == [
        (4, "2019-12", "Nghệ An", 2019)
    ]


def test_a_cluster_s_january_review_reviews_the_year_of_the_unit_s_own_review() -> None:
    lead = (
        "Cục Thuế Bắc Giang triển khai nhiệm vụ năm 2023\n\n"
        "Ngày 14/2/2023, Cục Thuế tỉnh Bắc Giang tổ chức hội nghị tổng kết công tác thuế năm 2022.\n\n"
    )
    body = (
        "Tại hội nghị tổng kết Cụm thi đua số 2 - Tổng cục Thuế (gồm Cục Thuế các tỉnh: Bắc Giang, Bắc Ninh, Lạng "
        "Sơn) tổ chức hồi tháng 1, Cục Thuế Bắc Giang được đề nghị tặng Cờ thi đua."
    )
    got = facts(body, lead=lead, published="2023-02-15")
    assert [(f["date"], f["reviews_year"]) for f in got if f["kind"] == "conference"] == [("2023-01", 2022)]
    assert {f["year"] for f in got if f["kind"] == "membership"} == {2022}


def test_a_review_of_the_cluster_by_its_bare_word_with_a_month() -> None:
    lead = "Hội CCB tỉnh Quảng Bình đón nhận Cờ thi đua\n\nHội CCB tỉnh Quảng Bình thuộc Cụm thi đua số 4.\n\n"
    body = (
        "Tại hội nghị tổng kết Cụm tổ chức cuối tháng 12/2019 ở tỉnh Nghệ An, các tỉnh trong Cụm đã thống nhất đề "
        "nghị tặng Cờ thi đua cho Hội CCB tỉnh Quảng Bình."
    )
    got = [f for f in facts(body, lead=lead, published="2020-05-14") if f["kind"] == "conference"]
    assert [(f["cluster"]["number"], f["date"], f["location"]) for f in got] == [(4, "2019-12", "Nghệ An")]


@pytest.mark.parametrize(
    "body",
    [
        "Năm 2023, Sở TTTT Nghệ An còn được giao nhiệm vụ là đơn vị Cụm trưởng Cụm thi đua số 4.",
        "Năm 2023, Sở TTTT Nghệ An cũng là Cụm trưởng Cụm thi đua số 4.",
    ],
)
def test_con_and_cung_link_a_unit_to_its_role(body: str) -> None:
    assert roles(body) == {("Nghệ An", "head", 2023)}


def test_the_agency_of_a_city_inside_a_province_is_not_the_province_s() -> None:
    body = (
        "Dịp này, Bộ trưởng Bộ TTTT tặng Bằng khen cho Sở TTTT tỉnh Quảng Nam, Phòng Văn hóa và Thông tin "
        "thành phố Huế và Công an TP. Thanh Hóa."
    )
    assert {a[0] for a in awards(body, published="2021-03-05")} == {"Quảng Nam"}


def test_gom_after_a_reason_clause_lists_the_cluster_not_the_recipients() -> None:
    body = (
        "Theo Quyết định số 57/QĐ-BTTTT ngày 12/01/2024, Sở TTTT tỉnh Hà Tĩnh được tặng Cờ thi đua vì đã dẫn đầu "
        "phong trào thi đua trong Cụm thi đua số 4 (gồm Sở TTTT 3 tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình)."
    )
    assert {(a[0], a[2]) for a in awards(body, published="2024-03-05")} == {("Hà Tĩnh", "conferred")}


def test_a_title_s_award_is_not_dated_by_the_lead_below_it() -> None:
    lead = "Cục Thuế Bắc Giang đón nhận Cờ thi đua của Bộ Tài chính\n\n"
    body = (
        "BGĐT - Ngày 8 tháng 2 năm 2017, Cục Thuế tỉnh Bắc Giang đón nhận Cờ thi đua của Bộ Tài chính vì đã có "
        "thành tích xuất sắc trong công tác năm 2016. Được biết, Cục Thuế tỉnh Bắc Giang hiện đang được Bộ Tài "
        "chính đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ năm 2016."
    )
    got = awards(body, lead=lead, published="2017-02-09")
    assert ("Bắc Giang", "emulation_flag", "conferred", "Bộ Tài chính", 2017) not in got
    assert ("Bắc Giang", "emulation_flag", "conferred", "Bộ Tài chính", 2016) in got
    assert ("Bắc Giang", "emulation_flag", "proposed", "Chính phủ", 2016) in got


def test_a_january_review_that_hands_over_the_head_of_that_year_closes_the_year_before() -> None:
    lead = "Cục Thuế Bắc Giang đón nhận Cờ thi đua\n\nCục Thuế tỉnh Bắc Giang là Cụm trưởng Cụm thi đua số 2.\n\n"
    body = (
        "Tại hội nghị tổng kết của Cụm diễn ra ngày 13/1/2017 tại tỉnh Tuyên Quang, Cục Thuế Bắc Giang đã bàn "
        "giao nhiệm vụ Cụm trưởng năm 2017 cho Cục Thuế tỉnh Lạng Sơn."
    )
    got = [f for f in facts(body, lead=lead, published="2017-02-09") if f["kind"] == "conference"]
    assert [(f["date"], f["reviews_year"]) for f in got] == [("2017-01-13", 2016)]


def test_a_hall_of_a_city_of_provincial_rank_names_the_venue() -> None:
    lead = (
        "Sáng 14/3/2025, tại Trung tâm Văn hoá - Điện ảnh thành phố Huế, Sở Văn hóa và Thể thao thành phố Huế đăng "
        "cai tổ chức Hội nghị tổng kết năm 2024 Cụm thi đua số 3 thuộc Bộ VHTTDL.\n\n"
    )
    got = [f for f in facts("", lead=lead, published="2025-03-15") if f["kind"] == "conference"]
    assert [f["location"] for f in got] == ["Huế"]


def test_the_host_is_the_unit_before_its_brackets() -> None:
    lead = (
        "Ngày 18 tháng 3, tại tỉnh Bình Phước, Sở Khoa học và Công nghệ tỉnh Bình Phước (đơn vị tiếp nhận chức "
        "năng, nhiệm vụ của Sở TT&TT tỉnh Bình Phước từ ngày 01/3/2025) tổ chức Hội nghị tổng kết năm 2024 của "
        "Cụm thi đua số 7 thuộc Bộ TT&TT.\n\n"
    )
    got = [f for f in facts("", lead=lead, published="2025-03-20") if f["kind"] == "conference"]
    assert [(f["host"]["org"], f["host"]["province"]) for f in got] == [("Sở Khoa học và Công nghệ", "Bình Phước")]


def test_the_year_in_a_flag_s_name_gives_way_to_the_work_it_rewards() -> None:
    lead = "Sở TTTT Nghệ An đón nhận Cờ thi đua năm 2025 của Bộ TTTT\n\n"
    body = (
        "Tại hội nghị, lãnh đạo Bộ đã trao Cờ thi đua năm 2025 của Bộ TTTT cho Sở TTTT tỉnh Nghệ An. Theo Quyết "
        "định số 86/QĐ-BTTTT ngày 12/01/2025, Cờ được tặng cho đơn vị có thành tích dẫn đầu phong trào thi đua "
        "năm 2024."
    )
    got = [f for f in facts(body, lead=lead, published="2025-01-24") if f["kind"] == "award"]
    assert [(f["year"], f["decision"]) for f in got] == [(2024, "86/QĐ-BTTTT")]


def test_a_cluster_of_a_year_opening_the_sentence_dates_its_roles() -> None:
    body = "Cụm thi đua số 4 năm 2024 gồm Sở TTTT các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình; Sở TTTT Hà Tĩnh là Cụm phó."
    assert roles(body) == {("Hà Tĩnh", "deputy", 2024)}


def test_a_decision_told_with_an_earlier_award_of_the_sentence_is_not_the_next_one_s() -> None:
    body = (
        "Dịp này, hội nghị ghi nhận: năm 2022, Sở TTTT tỉnh Hà Tĩnh đã được Bộ trưởng Bộ TTTT tặng Cờ thi đua "
        "(Quyết định số 215/QĐ-BTTTT ngày 18/02/2023), Sở TTTT tỉnh Nghệ An được Bộ trưởng Bộ TTTT tặng Bằng khen "
        "về thành tích năm 2022."
    )
    got = [f for f in facts(body) if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["year"], f["decision"]) for f in got} == {
        ("Hà Tĩnh", 2022, "215/QĐ-BTTTT"),
        ("Nghệ An", 2022, None),
    }


def test_a_unit_praised_for_receiving_an_award() -> None:
    body = "Tại hội nghị, Sở TTTT tỉnh Quảng Bình được biểu dương vì đã vinh dự nhận Bằng khen của Bộ trưởng Bộ TTTT."
    assert {(a[0], a[2]) for a in awards(body)} == {("Quảng Bình", "conferred")}


def test_a_meeting_to_assess_the_movement_is_a_review() -> None:
    lead = (
        "Chiều 17/12, tại trụ sở Sở TTTT tỉnh Hà Tĩnh, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị đánh giá "
        "phong trào thi đua năm 2023.\n\n"
    )
    got = [f for f in facts("", lead=lead) if f["kind"] == "conference"]
    assert [(f["date"], f["location"], f["reviews_year"]) for f in got] == [("2023-12-17", "Hà Tĩnh", 2023)]


def test_a_unit_s_review_of_its_own_work_is_not_the_cluster_s() -> None:
    lead = (
        "Ngày 28.12, Ban Thường vụ Hội Nông dân tỉnh Nghệ An tổ chức hội nghị tổng kết công tác Hội và phong trào "
        "nông dân năm 2022.\n\n"
    )
    body = "Hội Nông dân tỉnh Nghệ An là thành viên Cụm thi đua số 4 của Trung ương Hội Nông dân Việt Nam."
    assert [f for f in facts(body, lead=lead, published="2022-12-29") if f["kind"] == "conference"] == []


def test_a_january_review_run_by_last_year_s_head_closes_last_year() -> None:
    lead = (
        "Ngày 05 tháng 01 năm 2023, tại trụ sở Sở TTTT tỉnh Ninh Bình, Sở TTTT Ninh Bình - Trưởng Cụm thi đua số 3 "
        "năm 2022 tổ chức hội nghị tổng kết hoạt động của Cụm.\n\n"
    )
    body = "Hội nghị thống nhất đề nghị Bộ trưởng Bộ TTTT tặng Bằng khen cho Sở TTTT tỉnh Nam Định."
    got = facts(body, lead=lead, published="2023-01-06")
    assert [f["reviews_year"] for f in got if f["kind"] == "conference"] == [2022]
    assert [f["year"] for f in got if f["kind"] == "award"] == [2022]


def test_a_long_lead_in_ending_in_a_colon_opens_the_list() -> None:
    body = (
        "Cụm thi đua số 4 gồm Sở TTTT, Sở VHTT các địa phương khu vực Bắc Trung Bộ và Trung Trung Bộ: Quảng Bình, "
        "Quảng Trị, Đà Nẵng."
    )
    assert {m[0] for m in members(body)} == {"Quảng Bình", "Quảng Trị", "Đà Nẵng"}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Với vai trò Cụm trưởng Cụm thi đua số 4 năm 2022, Sở TTTT tỉnh Nghệ An đã chủ động xây dựng kế hoạch.",
            {("Nghệ An", "head", 2022)},
        ),
        (
            "Trước khi hợp nhất, Sở TTTT tỉnh Hà Tĩnh từng là Cụm phó Cụm thi đua số 4 năm 2021.",
            {("Hà Tĩnh", "deputy", 2021)},
        ),
    ],
)
def test_a_role_told_as_a_capacity_or_a_past(body: str, expected: set) -> None:
    assert roles(body) == expected


def test_an_apposition_placing_the_unit_in_the_cluster_keeps_it_the_recipient() -> None:
    body = "Cùng theo quyết định này, Sở TTTT tỉnh Hà Tĩnh, đơn vị trong Cụm, cũng được tặng Cờ thi đua của Bộ TTTT."
    assert {(a[0], a[2]) for a in awards(body)} == {("Hà Tĩnh", "conferred")}


def test_a_comma_never_follows_the_head_word_of_an_agency() -> None:
    from thidua.extract.entities import Analysis

    an = Analysis(normalize_text("Công tác hòa giải ở cơ sở, xây dựng cấp xã đạt chuẩn; Sở Xây dựng tỉnh Nghệ An."))
    assert [a.value for a in an.agencies] == ["so_xay_dung"]


def test_the_host_with_an_apposition_giu_vai_tro_truong_cum() -> None:
    lead = (
        "Sáng 19/12, tại TP. Lào Cai, Cục Hải quan tỉnh Lào Cai, đơn vị giữ vai trò Trưởng Cụm thi đua số I năm "
        "2016, đã tổ chức hội nghị tổng kết phong trào thi đua năm 2016.\n\n"
    )
    got = [f for f in facts("", lead=lead, published="2016-12-20") if f["kind"] == "conference"]
    assert [f["host"]["province"] for f in got] == ["Lào Cai"]


def test_a_list_wrapped_after_a_semicolon_goes_on() -> None:
    body = "Cụm thi đua số 4 gồm Sở TTTT 6 tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh;\nQuảng Bình, Quảng Trị và Thừa Thiên Huế."
    assert len(members(body)) == 6
    items = "Cụm thi đua số 4 gồm:\n- Sở TTTT tỉnh Thanh Hóa;\n- Sở TTTT tỉnh Nghệ An;\n- Sở TTTT tỉnh Hà Tĩnh."
    assert len(members(items)) == 3


def test_a_table_of_conferrals_takes_the_decision_year_and_proposing_clusters_of_its_intro() -> None:
    lead = "Khen thưởng các Sở TTTT dẫn đầu các Cụm thi đua năm 2019\n\n"
    body = (
        "Căn cứ đề nghị của các Cụm thi đua, ngày 10/01/2020, Bộ trưởng Bộ TTTT đã ký Quyết định số 52/QĐ-BTTTT về "
        "việc tặng Cờ thi đua của Bộ TTTT năm 2019 cho 02 Sở TTTT, cụ thể như sau:\n\n"
        "| TT | Đơn vị được tặng Cờ thi đua | Cụm thi đua |\n\n|---|---|---|\n\n"
        "| 1 | Sở TTTT tỉnh Lào Cai | Cụm thi đua số 1 |\n\n| 2 | Sở TTTT tỉnh Bắc Ninh | Cụm thi đua số 2 |\n\n"
        "Bộ trưởng yêu cầu các Cụm trưởng năm 2020 chủ động xây dựng kế hoạch."
    )
    got = [f for f in facts(body, lead=lead, published="2020-01-16") if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["year"], f["decision"], f["cluster"]["number"]) for f in got} == {
        ("Lào Cai", 2019, "52/QĐ-BTTTT", 1),
        ("Bắc Ninh", 2019, "52/QĐ-BTTTT", 2),
    }


def test_topic_headings_split_a_digest_of_clusters_with_the_same_number() -> None:
    lead = "Nhiều cụm thi đua tổng kết năm 2023\n\nNhiều cụm thi đua của các bộ, ngành đã tổng kết năm 2023.\n\n"
    body = (
        "Sở TT&TT: hoàn thành tốt vai trò Cụm trưởng\n\n"
        "Ngày 15/12, tại tỉnh Bắc Giang, Sở TT&TT Bắc Giang tổ chức hội nghị tổng kết năm 2023 của Cụm thi đua số 2 "
        "thuộc Bộ TT&TT.\n\nHội nghị thống nhất đề nghị Bộ trưởng Bộ TT&TT tặng Bằng khen cho Sở TT&TT Hà Giang.\n\n"
        "Công an: Cụm thi đua số II ký giao ước năm 2024\n\n"
        "Sáng 16.12, tại Công an tỉnh Lạng Sơn, Cụm thi đua số II thuộc Bộ Công an tổng kết phong trào thi đua năm "
        "2023. Công an tỉnh Lạng Sơn đăng cai hội nghị.\n\n"
        "Qua bình xét, Cụm thống nhất đề nghị Bộ trưởng Bộ Công an tặng Cờ thi đua cho Công an tỉnh Tuyên Quang."
    )
    got = facts(body, lead=lead, published="2023-12-18")
    assert {(f["recipient"]["province"], f["cluster"]["authority"]) for f in got if f["kind"] == "award"} == {
        ("Hà Giang", "Bộ Thông tin và Truyền thông"),
        ("Tuyên Quang", "Bộ Công an"),
    }
    police = [f for f in got if f["kind"] == "conference" and f["cluster"]["authority"] == "Bộ Công an"]
    assert [(f["date"], f["host"]["province"]) for f in police] == [("2023-12-16", "Lạng Sơn")]


def test_a_proposal_at_that_review_takes_the_year_of_the_review_told_before() -> None:
    lead = (
        "Cụm thi đua số 1 Hội CCB ký kết giao ước thi đua năm 2017\n\n"
        "Sáng 22/2/2017, Cụm thi đua số 1 thuộc Hội Cựu chiến binh Việt Nam tổ chức Hội nghị ký kết giao ước thi "
        "đua năm 2017.\n\n"
    )
    body = (
        "Trước đó, ngày 15/12/2016, tại tỉnh Tuyên Quang, Cụm thi đua số 1 đã tổng kết công tác thi đua năm 2016. "
        "Tại hội nghị tổng kết đó, Cụm thống nhất đề nghị Trung ương Hội CCB Việt Nam tặng Cờ thi đua cho Hội CCB "
        "tỉnh Lào Cai."
    )
    got = [f for f in facts(body, lead=lead, published="2017-02-23") if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["year"]) for f in got] == [("Lào Cai", 2016)]


def test_a_bare_don_vi_receiving_an_award_is_the_unit_the_sentence_before_is_about() -> None:
    body = (
        "Năm 2023, Sở TTTT tỉnh Nghệ An là đơn vị Cụm trưởng Cụm thi đua số 4. Trước đó, với kết quả nổi bật trong "
        "năm 2022, đơn vị vinh dự được Bộ trưởng Bộ TTTT tặng Cờ thi đua.\n\n"
        "Sở TTTT tỉnh Hà Tĩnh là Cụm phó.\n\nĐơn vị được Bộ trưởng Bộ TTTT tặng Bằng khen."
    )
    assert {(a[0], a[1], a[4]) for a in awards(body)} == {("Nghệ An", "emulation_flag", 2022)}


def test_an_english_clock_marks_a_month_day_year_stamp() -> None:
    from thidua.extract.dates import page_date

    assert page_date("Cụm thi đua số III sơ kết\n\n7/6/2024 3:20:11 PM\n\nLĐ - Ngày 5/7, ...") == "2024-07-06"
    assert page_date("Các Cụm tổng kết\n\n08/01/2026 10:12:05 SA\n") == "2026-01-08"
    # (a month/day/year stamp whose day is past 12: the day/month order is impossible)
    assert page_date("Khối thi đua số 5 tổng kết\n\nNgày đăng: 12/23/2016 3:05:11 PM | Lượt xem: 642\n") == "2016-12-23"
    assert page_date("Ngày đăng: 13/13/2016\n") is None


def test_a_unit_congratulated_on_an_award_from_the_head_of_the_grantor() -> None:
    body = (
        "Tại hội nghị, các đơn vị đã chúc mừng LĐLĐ tỉnh Quảng Trị vừa được Chủ tịch Tổng LĐLĐ Việt Nam tặng Cờ "
        "thi đua vì có thành tích xuất sắc trong phong trào thi đua năm 2023."
    )
    lead = "Cụm thi đua số 3 LĐLĐ các tỉnh sơ kết\n\n"
    got = awards(body, lead=lead, published="2024-07-06")
    assert got == {("Quảng Trị", "emulation_flag", "conferred", "Tổng Liên đoàn Lao động Việt Nam", 2023)}


def test_a_decision_of_the_grantor_about_giving_and_an_apposition_with_a_reason() -> None:
    body = (
        "Tại hội nghị, Cụm đã công bố Quyết định số 312/QĐ-BTTTT ngày 02/3/2024 của Bộ trưởng Bộ TTTT về việc tặng "
        "Cờ thi đua năm 2023 cho Sở TTTT tỉnh Quảng Ninh. Các đơn vị đã chúc mừng Sở TTTT tỉnh Bình Dương - đơn vị "
        "mà với thành tích xuất sắc dẫn đầu năm 2023 đã được Bộ trưởng Bộ TTTT tặng Bằng khen."
    )
    got = {(a[0], a[3]) for a in awards(body, published="2024-03-10")}
    assert got == {("Quảng Ninh", "Bộ Thông tin và Truyền thông"), ("Bình Dương", "Bộ Thông tin và Truyền thông")}


def test_a_table_row_may_give_one_award_to_several_units_in_one_cell() -> None:
    body = (
        "Hội nghị đã thống nhất đề nghị khen thưởng như sau:\n\n| STT | Hình thức khen thưởng | Đơn vị đề nghị |\n\n"
        "|---|---|---|\n\n| 1 | Cờ thi đua của Bộ TTTT | Sở TTTT tỉnh Nghệ An; Sở TTTT tỉnh Hà Tĩnh |\n\n"
        "| 2 | Bằng khen của Bộ trưởng Bộ TTTT | Sở TTTT tỉnh Quảng Bình |\n\nHội nghị kết thúc."
    )
    assert {(a[0], a[1], a[2]) for a in awards(body)} == {
        ("Nghệ An", "emulation_flag", "proposed"),
        ("Hà Tĩnh", "emulation_flag", "proposed"),
        ("Quảng Bình", "certificate_of_merit", "proposed"),
    }


def test_a_year_then_the_cluster_then_do_x_lam_dates_the_role() -> None:
    body = "Trước khi sắp xếp, năm 2022 Cụm do Sở TTTT tỉnh Quảng Trị làm Cụm trưởng."
    assert roles(body) == {("Quảng Trị", "head", 2022)}


def test_this_unit_receiving_an_award_is_the_one_named_last_before() -> None:
    body = (
        "Tại hội nghị tổng kết năm 2023, Cụm đã đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua cho Sở TTTT tỉnh Hà Tĩnh. "
        "Đơn vị này sau đó đã được Bộ trưởng Bộ TTTT tặng Cờ thi đua năm 2023 tại Quyết định số 287/QĐ-BTTTT."
    )
    got = [f for f in facts(body, published="2024-03-01") if f["kind"] == "award" and f["status"] == "conferred"]
    assert [(f["recipient"]["province"], f["year"], f["decision"]) for f in got] == [("Hà Tĩnh", 2023, "287/QĐ-BTTTT")]


def test_a_review_of_a_year_held_in_a_month_of_the_cluster_the_paragraph_is_about() -> None:
    body = (
        "Nhìn lại năm 2022, Cụm thi đua số 6 gồm Sở TTTT các tỉnh: Gia Lai, Kon Tum, Đắk Lắk. Tại hội nghị tổng kết "
        "năm 2022 tổ chức vào tháng 12/2022 tại tỉnh Gia Lai, Cụm đã đề nghị tặng Cờ thi đua cho Sở TTTT tỉnh Kon Tum."
    )
    got = [f for f in facts(body) if f["kind"] == "conference" and f["cluster"]["number"] == 6]
    assert [(f["date"], f["location"], f["reviews_year"]) for f in got] == [("2022-12", "Gia Lai", 2022)]


def test_an_award_to_the_bare_unit_of_the_page_named_in_its_title() -> None:
    lead = (
        "Sở TTTT tỉnh Hải Dương đón nhận Cờ thi đua của Chính phủ\n\n"
        "Sáng 28/3/2023, Sở TTTT tỉnh Hải Dương tổ chức lễ đón nhận Cờ thi đua. Dự buổi lễ có đại diện Sở TTTT các "
        "tỉnh Hưng Yên, Thái Bình.\n\n"
    )
    body = (
        "Trước đó, Bộ trưởng Bộ TTTT cũng đã trao tặng Cờ thi đua năm 2023 của ngành cho đơn vị vì thành tích năm "
        "2022 (Quyết định số 126/QĐ-BTTTT)."
    )
    got = [f for f in facts(body, lead=lead, published="2023-03-29") if f["kind"] == "award" and f["decision"]]
    assert [(f["recipient"]["province"], f["grantor"], f["year"]) for f in got] == [
        ("Hải Dương", "Bộ Thông tin và Truyền thông", 2022)
    ]


def test_both_forms_given_under_one_decision_told_after() -> None:
    body = (
        "Tại hội nghị, Sở TTTT tỉnh Nghệ An đón nhận Cờ thi đua của Bộ TTTT vì thành tích năm 2023; Sở TTTT tỉnh "
        "Hà Tĩnh nhận Bằng khen của Bộ trưởng Bộ TTTT về thành tích năm 2023. Cả hai hình thức khen thưởng được "
        "tặng theo Quyết định số 402/QĐ-BTTTT ngày 15/3/2024."
    )
    got = [f for f in facts(body, published="2024-03-20") if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["decision"]) for f in got} == {
        ("Nghệ An", "402/QĐ-BTTTT"),
        ("Hà Tĩnh", "402/QĐ-BTTTT"),
    }


def test_units_taking_part_in_a_review_attend_it() -> None:
    body = (
        "Sở TTTT Nghệ An tổ chức tổng kết Cụm thi đua số 4 vào ngày 26/12 tại tỉnh Nghệ An, với sự tham gia của Sở "
        "TTTT 3 tỉnh Nghệ An, Hà Tĩnh và Quảng Bình."
    )
    assert {m[1] for m in members(body)} == {"attendance"}


def test_a_hotel_then_its_city_then_its_province() -> None:
    lead = (
        "Ngày 21-12-2023, Sở TTTT tỉnh Hà Nam – Cụm trưởng Cụm thi đua số 3 năm 2023 tổ chức Hội nghị tổng kết năm "
        "2023 tại Khách sạn Mường Thanh, thành phố Phủ Lý, tỉnh Hà Nam.\n\n"
    )
    got = [f for f in facts("", lead=lead, published="2023-12-22") if f["kind"] == "conference"]
    assert [f["location"] for f in got] == ["Hà Nam"]


def test_dai_dien_cum_truong_then_the_person_of_the_unit() -> None:
    body = "Đại diện Cụm trưởng, ông Nguyễn Văn A., Giám đốc Sở TTTT Nghệ An phát biểu khai mạc."
    assert roles(body) == {("Nghệ An", "head", 2023)}


def test_a_digest_whose_lead_sums_up_the_meetings_reads_each_item_s() -> None:
    lead = (
        "Các Cụm thi đua Sở TTTT tổng kết năm 2022\n\n"
        "Trong tháng 12/2022, các Cụm thi đua Sở TTTT đã tổ chức hội nghị tổng kết năm 2022. Kết quả như sau:\n\n"
    )
    body = (
        "- Cụm thi đua số 1: hội nghị diễn ra ngày 15/12 tại tỉnh Lào Cai do Sở TTTT tỉnh Lào Cai đăng cai.\n\n"
        "- Cụm thi đua số 6 tổ chức hội nghị ngày 22/12 tại tỉnh Gia Lai."
    )
    got = [f for f in facts(body, lead=lead, published="2022-12-28") if f["kind"] == "conference"]
    assert {(f["cluster"]["number"], f["date"], f["location"]) for f in got} == {
        (1, "2022-12-15", "Lào Cai"),
        (6, "2022-12-22", "Gia Lai"),
    }


def test_cung_tai_quyet_dinh_takes_the_decision_named_before_even_for_roles() -> None:
    body = (
        "Ngày 10/01/2024, Bộ trưởng Bộ TTTT ký Quyết định số 55/QĐ-BTTTT giao nhiệm vụ Cụm trưởng năm 2024: Sở "
        "TTTT tỉnh Lào Cai làm Cụm trưởng Cụm thi đua số 1.\n\nCũng tại Quyết định, Bộ trưởng tặng Cờ thi đua năm "
        "2023 cho Sở TTTT tỉnh Yên Bái."
    )
    got = [f for f in facts(body, published="2024-01-15") if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["decision"]) for f in got] == [("Yên Bái", "55/QĐ-BTTTT")]


def test_the_remaining_units_of_a_bloc() -> None:
    lead = "Khối thi đua số 3 Đài PT-TH tổng kết năm 2023\n\n"
    body = (
        "Đài PT-TH Nam Định là Khối trưởng; các đơn vị còn lại trong Khối gồm Đài PT-TH các tỉnh Thái Bình, Hà Nam, "
        "Ninh Bình."
    )
    assert {m[1] for m in members(body, lead=lead)} == {"complement"} and len(members(body, lead=lead)) == 4


def test_a_unit_voted_first_and_proposed_to_the_central_committee() -> None:
    lead = "Cụm thi đua số 2 Hội Nông dân tổng kết năm 2023\n\n"
    body = "Hội Nông dân tỉnh Bắc Ninh được Cụm suy tôn là đơn vị dẫn đầu, đề nghị Trung ương Hội tặng Cờ thi đua."
    got = awards(body, lead=lead, published="2023-12-15")
    assert got == {("Bắc Ninh", "emulation_flag", "proposed", "Trung ương Hội Nông dân Việt Nam", 2023)}


def test_a_table_of_rows_gets_the_award_the_sentence_above_gives_them() -> None:
    body = (
        "Ngày 15/01/2024, Bộ trưởng Bộ TTTT ký Quyết định số 12/QĐ-BTTTT tặng Cờ thi đua năm 2023 cho các Sở TTTT "
        "dẫn đầu các Cụm thi đua như sau:\n\n| Cụm thi đua | Đơn vị |\n\n|---|---|\n\n"
        "| Cụm số 1 | Sở TTTT tỉnh Lào Cai |\n\n| Cụm số 2 | Sở TTTT tỉnh Bắc Ninh |\n\n"
        "Các Cụm gồm các đơn vị sau:\n\n| Cụm | Đơn vị |\n\n|---|---|\n\n| Cụm số 3 | Sở TTTT tỉnh Nam Định |"
    )
    got = [f for f in facts(body, published="2024-01-20") if f["kind"] == "award"]
    assert {(f["recipient"]["province"], f["year"], f["decision"], f["cluster"]) for f in got} == {
        ("Lào Cai", 2023, "12/QĐ-BTTTT", None),
        ("Bắc Ninh", 2023, "12/QĐ-BTTTT", None),
    }


def test_a_header_with_a_remark_in_brackets_governs_its_items_and_a_paragraph_naming_its_own_cluster_wins() -> None:
    lead = "Bộ TTTT giao nhiệm vụ Cụm trưởng, Cụm phó các Cụm thi đua năm 2024\n\n"
    body = (
        "Cụm thi đua số 2:\n- Giám đốc Sở TTTT tỉnh Lai Châu, Cụm trưởng.\n\n"
        "Cụm thi đua số III (gồm 11 Sở TTTT khu vực đồng bằng sông Hồng):\n- Cụm trưởng: Sở TTTT tỉnh Hưng Yên;\n"
        "- Cụm phó: Sở TTTT tỉnh Thái Bình.\n\n"
        "Đối với Cụm thi đua số 5, thành viên gồm Sở TTTT các tỉnh Đà Nẵng, Quảng Nam, Bình Định. Năm 2024, Sở "
        "TTTT tỉnh Bình Định được giao làm Cụm trưởng."
    )
    got = [f for f in facts(body, lead=lead, published="2024-02-22") if f["kind"] == "role"]
    assert {(f["cluster"]["number"], f["member"]["province"]) for f in got} == {
        (2, "Lai Châu"),
        (3, "Hưng Yên"),
        (3, "Thái Bình"),
        (5, "Bình Định"),
    }


def test_a_table_s_conferrals_take_the_decision_of_the_lead_above_it() -> None:
    lead = "Bộ TTTT tặng Cờ thi đua cho các Sở TTTT dẫn đầu các Cụm năm 2022\n\n"
    body = (
        "Trên cơ sở đề nghị của 08 Cụm thi đua, Bộ trưởng Bộ TTTT đã ký Quyết định số 2105/QĐ-BTTTT ngày 28/12/2022 "
        "tặng Cờ thi đua của Bộ cho các tập thể có thành tích xuất sắc năm 2022.\n\n"
        "Cụ thể, danh sách tập thể được khen thưởng theo từng Cụm như sau:\n\n"
        "| Cụm thi đua | Cờ thi đua của Bộ TTTT |\n\n|---|---|\n\n| Cụm số 1 | Sở TTTT tỉnh Tuyên Quang |"
    )
    got = [f for f in facts(body, lead=lead, published="2023-01-05") if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["year"], f["decision"], f["cluster"]["number"]) for f in got] == [
        ("Tuyên Quang", 2022, "2105/QĐ-BTTTT", 1)
    ]


def test_in_a_digest_the_host_of_one_item_is_not_taken_from_another() -> None:
    lead = "Ba Cụm thi đua tổng kết năm 2024\n\n"
    body = (
        "1. Ngày 16/12, Cụm thi đua số 5 Bộ Công an tổ chức hội nghị tổng kết năm 2024. Hội nghị do Công an tỉnh "
        "Hà Tĩnh, đơn vị Cụm trưởng năm 2024, tổ chức tại Công an tỉnh Quảng Bình.\n\n"
        "2. Ngày 19/12, tại tỉnh Bình Dương, LĐLĐ tỉnh Bình Dương đăng cai hội nghị tổng kết Cụm thi đua số 6 của "
        "Tổng LĐLĐ Việt Nam."
    )
    got = [f for f in facts(body, lead=lead, published="2024-12-21") if f["kind"] == "conference"]
    police = [f for f in got if f["cluster"]["number"] == 5]
    assert [(f["host"]["org"], f["host"]["province"]) for f in police] == [("Công an tỉnh", "Hà Tĩnh")]


def test_an_abbreviation_the_article_defines_stands_for_the_agency() -> None:
    lead = (
        "Ngày 18-12-2025, tại tỉnh Nghệ An, Hội Nông dân (HND) tỉnh Nghệ An - Cụm trưởng Cụm thi đua số 3 "
        "năm 2025 đã tổ chức hội nghị tổng kết năm 2025.\n\n"
    )
    body = (
        "Hội nghị đề nghị Trung ương Hội Nông dân Việt Nam tặng Cờ thi đua năm 2025 cho HND tỉnh Hà Tĩnh. "
        "Các đại biểu bầu HND tỉnh Hà Tĩnh làm Cụm trưởng, HND tỉnh Thanh Hoá làm Cụm phó năm 2026."
    )
    got = facts(body, "2025-12-20", lead)
    assert roles(body, published="2025-12-20", lead=lead) == {
        ("Nghệ An", "head", 2025),
        ("Hà Tĩnh", "head", 2026),
        ("Thanh Hóa", "deputy", 2026),
    }
    assert {(f["recipient"]["org"], f["recipient"]["province"]) for f in got if f["kind"] == "award"} == {
        ("Hội Nông dân tỉnh", "Hà Tĩnh")
    }


def test_an_abbreviation_not_defined_by_the_article_is_not_read() -> None:
    lead = "Ngày 18-12-2025, Cụm thi đua số 3 Hội Nông dân tổ chức hội nghị tổng kết năm 2025.\n\n"
    body = "Các đại biểu bầu HND tỉnh Hà Tĩnh làm Cụm trưởng năm 2026."
    assert roles(body, published="2025-12-20", lead=lead) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Cụm trưởng, Cụm phó năm 2024 lần lượt là Sở TTTT Quảng Trị và Sở TTTT Quảng Bình.",
        "Cụm trưởng và Cụm phó năm 2024 là Sở TTTT Quảng Trị, Sở TTTT Quảng Bình.",
        "Cụm trưởng, Cụm phó năm 2024 lần lượt là Sở TTTT Quảng Trị, Quảng Bình.",
    ],
)
def test_roles_then_their_units_in_order(body: str) -> None:
    assert roles(body) == {("Quảng Trị", "head", 2024), ("Quảng Bình", "deputy", 2024)}


def test_roles_then_fewer_units_is_ambiguous() -> None:
    assert roles("Cụm trưởng, Cụm phó năm 2024 lần lượt là Sở TTTT Quảng Trị.") == set()


def test_a_cluster_heading_with_its_bloc_and_a_colon_opens_a_section() -> None:
    # a roundup of two clusters numbered 3: the second section's sentences name no cluster
    lead = (
        "BÁO GIA LAI ĐIỆN TỬ\nThứ Sáu, 22/12/2023 06:15\n\nHai cụm thi đua cùng tổng kết năm 2023\n\n"
        "(GLO)- Trong tuần qua, hai tổ chức của tỉnh đã tham gia tổng kết năm 2023 tại hai cụm thi đua.\n\n"
        "Cụm thi đua LĐLĐ 5 tỉnh Tây Nguyên: Lâm Đồng dẫn đầu\n\n"
        "Sáng 19-12, tại Gia Lai, LĐLĐ tỉnh Gia Lai đăng cai hội nghị tổng kết năm 2023 Cụm thi đua số 3.\n\n"
    )
    body = (
        "Hội nghị đề nghị Tổng LĐLĐ Việt Nam tặng Cờ thi đua năm 2023 cho LĐLĐ tỉnh Lâm Đồng.\n\n"
        "Cụm thi đua số 3 Hội CCB: chuyển giao Cụm trưởng cho Gia Lai\n\n"
        "Ngày 21/12/2023, Hội CCB tỉnh Kon Tum đăng cai hội nghị tổng kết năm 2023 của Cụm thi đua số 3.\n\n"
        "Đồng chí Y Ph., Chủ tịch Hội CCB tỉnh Đắk Nông, Cụm trưởng năm 2023 chủ trì hội nghị.\n\n"
        "Hội nghị đề nghị Trung ương Hội CCB Việt Nam tặng Cờ thi đua cho Hội CCB tỉnh Kon Tum."
    )
    got = facts(body, "2023-12-22", lead)
    by_kind = {
        (f["kind"], f["cluster"]["bloc"], (f.get("member") or f.get("recipient") or {}).get("province"))
        for f in got
        if f["kind"] in ("role", "award")
    }
    assert by_kind == {
        ("award", "Liên đoàn Lao động tỉnh", "Lâm Đồng"),
        ("role", "Hội Cựu chiến binh tỉnh", "Đắk Nông"),
        ("award", "Hội Cựu chiến binh tỉnh", "Kon Tum"),
    }


def test_another_cluster_recalled_at_the_meeting_is_no_second_meeting() -> None:
    lead = (
        "Chiều 14/8, tại tỉnh Phú Thọ, Sở KH&CN tỉnh Phú Thọ, Cụm trưởng Cụm thi đua số 1 thuộc Bộ KH&CN, "
        "tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.\n\n"
    )
    body = (
        "Cũng tại hội nghị, nhiều đại biểu nhắc lại rằng trước khi hợp nhất, Cụm thi đua số 1 thuộc Bộ TT&TT "
        "do Sở TT&TT tỉnh Yên Bái làm Cụm trưởng năm 2024."
    )
    got = [f for f in facts(body, "2025-08-15", lead) if f["kind"] == "conference"]
    assert [(f["cluster"]["authority"], f["type"]) for f in got] == [("Bộ Khoa học và Công nghệ", "mid_year")]


@pytest.mark.parametrize("since", ["được Bộ thành lập từ năm 2016,", "thành lập năm 2016,", "ra đời năm 2016,"])
def test_the_year_a_cluster_was_founded_is_not_its_members_year(since: str) -> None:
    body = f"Cụm thi đua số 4 {since} hiện gồm 3 Sở TTTT là: Nghệ An, Hà Tĩnh và Quảng Bình."
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_rotation_history_with_thuoc_ve_and_den_luot() -> None:
    body = (
        "Năm 2020, Sở TTTT Nghệ An được suy tôn làm Cụm trưởng; năm 2021, nhiệm vụ này thuộc về Sở TTTT Hà Tĩnh, "
        "và năm 2022 đến lượt Sở TTTT Quảng Bình đảm nhận."
    )
    assert roles(body) == {("Nghệ An", "head", 2020), ("Hà Tĩnh", "head", 2021), ("Quảng Bình", "head", 2022)}


def test_a_unit_set_apart_before_the_list_and_one_active_in_the_cluster_are_members() -> None:
    body = (
        "Cụm thi đua số 4 có 6 thành viên. Ngoài Sở TTTT tỉnh Hà Tĩnh, Cụm gồm Sở TTTT các tỉnh Nghệ An, "
        "Quảng Bình, Quảng Trị.\nCùng sinh hoạt trong Cụm còn có Sở TTTT hai tỉnh Thanh Hóa và Thừa Thiên Huế."
    )
    expected = ("Hà Tĩnh", "Nghệ An", "Quảng Bình", "Quảng Trị", "Thanh Hóa", "Thừa Thiên Huế")
    assert members(body) == {(p, "explicit", 2023) for p in expected}


@pytest.mark.parametrize(
    "body",
    [
        "Ngoài ra, Cụm gồm Sở TTTT các tỉnh Nghệ An, Quảng Bình.",
        "Ngoài Sở TTTT tỉnh Hà Tĩnh đăng cai, Cụm gồm Sở TTTT các tỉnh Nghệ An, Quảng Bình.",
    ],
)
def test_besides_needs_a_bare_unit_before_the_comma(body: str) -> None:
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Quảng Bình")}


def test_rotation_history_quoted_with_commas() -> None:
    body = (
        'Bà M. cho biết: "Năm 2020, vai trò Cụm trưởng do Sở TTTT tỉnh Nghệ An đảm nhận, năm 2021 là Sở TTTT '
        'tỉnh Hà Tĩnh; năm 2022 Quảng Bình tiếp nhận".'
    )
    assert roles(body) == {("Nghệ An", "head", 2020), ("Hà Tĩnh", "head", 2021)}


def test_the_bare_unit_of_a_later_clause_is_the_one_that_opens_the_sentence() -> None:
    one = (
        "Năm 2020, Sở TTTT tỉnh Nghệ An (Cụm trưởng) đã điều hành hoạt động của Cụm hiệu quả, đơn vị vừa vinh dự "
        "đón nhận Cờ thi đua của Bộ TTTT do có thành tích xuất sắc năm 2020."
    )
    assert awards(one) == {
        ("Nghệ An", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", 2020)
    }
    two = (
        "Sở TTTT tỉnh Nghệ An và Sở TTTT tỉnh Hà Tĩnh đã điều hành tốt, đơn vị vừa vinh dự đón nhận Cờ thi đua "
        "của Bộ TTTT năm 2020."
    )
    assert awards(two) == set()


@pytest.mark.parametrize(
    "added",
    [
        "Từ năm 2014, sau khi Bộ điều chỉnh lại việc phân cụm, Cụm được bổ sung thêm Sở TTTT tỉnh Quảng Trị.",
        "Từ năm 2023, theo Quyết định sửa đổi việc phân chia cụm, khối thi đua của Bộ, Cụm được bổ sung Sở TTTT "
        "tỉnh Quảng Trị.",
    ],
)
def test_a_unit_added_to_the_cluster_is_a_member(added: str) -> None:
    body = "Cụm thi đua số 4 hiện có Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình. " + added
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")}


def test_attendance_told_as_bullets_opened_by_provinces() -> None:
    body = (
        "Tham dự hội nghị có lãnh đạo Sở TT&TT các tỉnh:\n\n- Nghệ An: đồng chí Nguyễn Văn Đ., Phó Giám đốc Sở;\n\n"
        "- Hà Tĩnh: đồng chí Đàm Văn Q., Giám đốc Sở;\n\n- Quảng Bình: đồng chí Vy Văn S., Giám đốc Sở.\n\n"
        "Năm 2023, các Sở trong Cụm đã hoàn thành nhiệm vụ."
    )
    assert members(body) == {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_a_reason_closing_two_coordinated_award_clauses_dates_both() -> None:
    body = (
        "Nhân dịp này, Sở TTTT Nghệ An vinh dự đón nhận Cờ thi đua của Bộ TTTT và Sở TTTT Hà Tĩnh đón nhận Bằng "
        "khen của Bộ trưởng Bộ TTTT do có thành tích xuất sắc trong năm 2022."
    )
    grantor = "Bộ Thông tin và Truyền thông"
    assert awards(body) == {
        ("Nghệ An", "emulation_flag", "conferred", grantor, 2022),
        ("Hà Tĩnh", "certificate_of_merit", "conferred", grantor, 2022),
    }


def test_a_role_in_the_bracket_after_a_list_item_may_say_don_vi() -> None:
    body = "Tham dự có lãnh đạo Sở TTTT các tỉnh trong Cụm: Nghệ An, Hà Tĩnh (đơn vị Cụm phó) và Quảng Bình."
    assert roles(body) == {("Hà Tĩnh", "deputy", 2023)}


@pytest.mark.parametrize(
    ("place", "expected"),
    [("TP. Vũng Tàu", None), ("TP Cần Thơ", "Cần Thơ"), ("tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu")],
)
def test_a_city_named_by_part_of_its_provinces_name_is_no_venue(place: str, expected: str | None) -> None:
    lead = f"Chiều 23/12, tại {place}, Cụm thi đua số 7 thuộc Bộ Công an tổ chức hội nghị tổng kết năm 2020.\n\n"
    got = [f for f in facts("Công an tỉnh Đồng Nai là Cụm trưởng.", "2020-12-24", lead) if f["kind"] == "conference"]
    assert [f["location"] for f in got] == [expected]


def test_a_composition_table_takes_the_year_of_its_caption() -> None:
    lead = (
        "Kiện toàn các Cụm thi đua năm 2021\n\n"
        "Quang cảnh hội nghị tổng kết năm 2020 của Cụm thi đua số 3 thuộc Bộ Công an, tổ chức tại TP Hải Phòng "
        "ngày 15/1/2021.\n\n"
    )
    body = (
        "Thành phần 2 Cụm thi đua năm 2021 như sau:\n\n"
        "| Cụm | Các đơn vị thành viên | Cụm trưởng | Cụm phó |\n\n|---|---|---|---|\n\n"
        "| Cụm thi đua số 1 | Công an các tỉnh: Hà Giang, Cao Bằng, Bắc Kạn | Công an tỉnh Hà Giang | "
        "Công an tỉnh Cao Bằng |\n\n"
        "| Cụm thi đua số 3 | Công an các tỉnh: Quảng Ninh, Hải Dương, Hưng Yên | Công an tỉnh Quảng Ninh | "
        "Công an tỉnh Hưng Yên |\n"
    )
    got = {(f["cluster"]["number"], f["member"]["province"], f["year"]) for f in facts(body, "2021-02-03", lead)
           if f["kind"] == "membership"}
    assert got == {
        (1, p, 2021) for p in ("Hà Giang", "Cao Bằng", "Bắc Kạn")
    } | {(3, p, 2021) for p in ("Quảng Ninh", "Hải Dương", "Hưng Yên")}


def test_awards_to_the_leaders_of_clusters_listed_by_cluster_label() -> None:
    body = (
        "Bộ trưởng đã ký Quyết định số 138/QĐ-BCA ngày 25/01/2024 tặng Cờ thi đua của Bộ Công an cho các đơn vị "
        "dẫn đầu các Cụm thi đua năm 2023:\n\n- Cụm 1: Công an tỉnh Thái Nguyên;\n\n- Cụm 2: Công an tỉnh Phú Thọ."
    )
    lead = "Ngày 26/1/2024, Bộ Công an tổng kết phong trào thi đua năm 2023.\n\n"
    got = {(f["recipient"]["province"], f["award"], f["status"], f["year"]) for f in facts(body, "2024-01-26", lead)
           if f["kind"] == "award"}
    assert got == {
        ("Thái Nguyên", "emulation_flag", "conferred", 2023),
        ("Phú Thọ", "emulation_flag", "conferred", 2023),
    }


def test_a_decision_page_about_next_year_with_last_years_review_framed_aside() -> None:
    lead = (
        "Phê duyệt thành phần các Cụm thi đua năm 2026\n\n"
        "Ngày 06-02-2026, Bộ trưởng Bộ Công an đã ký Quyết định phê duyệt thành phần các Cụm thi đua năm 2026.\n\n"
    )
    body = (
        "3. Cụm thi đua 5 tỉnh Bắc Trung Bộ (Cụm số 3): Công an các tỉnh Thanh Hoá, Nghệ An, Hà Tĩnh, Quảng Trị "
        "và Công an thành phố Huế.\n   Cụm trưởng: Công an tỉnh Nghệ An.\n\n"
        "Năm 2025, Công an tỉnh Hà Tĩnh là đơn vị Cụm trưởng Cụm thi đua số 3, đã tổ chức hội nghị tổng kết của "
        "Cụm vào ngày 19/12/2025 tại tỉnh Hà Tĩnh."
    )
    got = facts(body, "2026-02-10", lead)
    assert {(f["member"]["province"], f["year"]) for f in got if f["kind"] == "membership"} == {
        (p, 2026) for p in ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Huế")
    }
    assert {(f["member"]["province"], f["role"], f["year"]) for f in got if f["kind"] == "role"} == {
        ("Nghệ An", "head", 2026),
        ("Hà Tĩnh", "head", 2025),
    }
    assert [(f["date"], f["reviews_year"]) for f in got if f["kind"] == "conference"] == [("2025-12-19", 2025)]


def test_a_long_section_heading_after_a_short_one_opens_its_own_section() -> None:
    lead = (
        "CÔNG AN NHÂN DÂN\nThứ Bảy, 16/12/2023\n\nTuần qua, nhiều Cụm thi đua tổng kết năm 2023\n\n"
        "Trong tuần, các Cụm thi đua thuộc khối Công an các tỉnh đã tổ chức hội nghị tổng kết năm 2023.\n\n"
        "Cụm thi đua số IX: bầu đơn vị Cụm trưởng năm 2024\n\n"
        "Ngày 12/12/2023, Cụm thi đua số IX tổ chức hội nghị tổng kết năm 2023 tại Công an tỉnh Tiền Giang.\n\n"
    )
    body = (
        "Cụm thi đua số 5 (Tây Nguyên): đề nghị tặng Cờ thi đua của Bộ cho Công an tỉnh Lâm Đồng\n\n"
        "Sáng 14.12, Cụm thi đua số 5 gồm Công an các tỉnh: Kon Tum, Gia Lai, Đắk Lắk tổng kết năm 2023.\n\n"
        "Qua bình xét, hội nghị thống nhất đề nghị Bộ trưởng Bộ Công an tặng Cờ thi đua cho Công an tỉnh Lâm Đồng."
    )
    got = facts(body, "2023-12-16", lead)
    assert {(f["cluster"]["number"], f["recipient"]["province"]) for f in got if f["kind"] == "award"} == {
        (5, "Lâm Đồng")
    }


def test_a_table_of_the_units_given_an_award() -> None:
    lead = (
        "Căn cứ kết quả chấm điểm, Bộ trưởng Bộ Công an vừa ban hành Quyết định số 1812/QĐ-BCA ngày 28/12/2016 "
        "tặng Cờ thi đua cho 8 đơn vị dẫn đầu 8 Cụm thi đua năm 2016.\n\n"
    )
    body = (
        "Danh sách các đơn vị được tặng Cờ thi đua năm 2016:\n\n| STT | Cụm thi đua | Đơn vị |\n\n|---|---|---|\n\n"
        "| 1 | Cụm số 1 | Công an tỉnh Thái Nguyên |\n\n| 2 | Cụm số 2 | Công an tỉnh Phú Thọ |\n"
    )
    got = {
        (f["recipient"]["province"], f["status"], f["year"], f["decision"])
        for f in facts(body, "2016-12-30", lead)
        if f["kind"] == "award"
    }
    assert got == {
        ("Thái Nguyên", "conferred", 2016, "1812/QĐ-BCA"),
        ("Phú Thọ", "conferred", 2016, "1812/QĐ-BCA"),
    }


def test_a_capital_roman_numeral_without_so_numbers_the_cluster() -> None:
    lead = "Ngày 17/7/2025, tại Công an tỉnh Gia Lai, Cụm thi đua IV - Bộ Công an tổ chức hội nghị sơ kết.\n\n"
    got = facts("Công an tỉnh Gia Lai là Cụm trưởng năm 2025.", "2025-07-18", lead)
    assert {f["cluster"]["number"] for f in got} == {4}
    # a lower-case "vì" after "Cụm thi đua" is a word, not a numeral
    lead = "Ngày 17/7/2025, Cụm thi đua vì an ninh Tổ quốc của Công an tỉnh Gia Lai tổ chức hội nghị sơ kết.\n\n"
    assert facts("Công an tỉnh Gia Lai là Cụm trưởng năm 2025.", "2025-07-18", lead) == []


def test_a_list_goes_on_after_cung_and_a_count() -> None:
    body = "Cụm thi đua số 4 gồm Sở TTTT các tỉnh là Nghệ An, Hà Tĩnh; cùng hai đơn vị Quảng Bình và Quảng Trị."
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")}


def test_a_cluster_named_by_count_and_region_then_its_bulleted_members() -> None:
    body = (
        "Cụm thi đua 3 tỉnh khu vực Bắc Trung Bộ, duyên hải hiện gồm các Sở TTTT:\n"
        "- tỉnh Nghệ An;\n- tỉnh Hà Tĩnh;\n- tỉnh Quảng Bình.\n\n"
        "Hội nghị đề nghị Bộ trưởng tặng Bằng khen cho các đơn vị còn lại trong Cụm, trừ Sở TTTT tỉnh Nghệ An."
    )
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_award_of_a_grantor_then_tang_and_the_recipient() -> None:
    body = (
        "Lãnh đạo Bộ TT&TT đã trao Bằng khen của Thủ tướng Chính phủ tặng Sở TT&TT Quảng Bình theo Quyết định số "
        "1520/QĐ-TTg ngày 12/11/2023."
    )
    got = [f for f in facts(body) if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["grantor"], f["decision"]) for f in got] == [
        ("Quảng Bình", "Chính phủ", "1520/QĐ-TTg")
    ]


def test_a_unit_voted_first_and_agreed_to_be_proposed() -> None:
    body = (
        "Sở TTTT Nghệ An đã được các đơn vị trong Cụm suy tôn là đơn vị dẫn đầu và thống nhất đề nghị Chính phủ "
        "tặng Cờ thi đua."
    )
    assert awards(body) == {("Nghệ An", "emulation_flag", "proposed", "Chính phủ", 2023)}


def test_recipients_counted_by_agency_then_la_colon() -> None:
    body = (
        "Bộ trưởng Bộ TTTT cũng ký Quyết định số 513/QĐ-BTTTT tặng Bằng khen cho 3 Sở có thành tích xuất sắc "
        "trong năm 2023 là: Sở TTTT Nghệ An; Sở TTTT Hà Tĩnh; Sở TTTT Quảng Bình."
    )
    grantor = "Bộ Thông tin và Truyền thông"
    assert awards(body) == {
        (p, "certificate_of_merit", "conferred", grantor, 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")
    }


def test_a_proposal_the_ministry_submits_is_not_the_clusters() -> None:
    body = (
        "Đối với 2 đơn vị có thành tích đặc biệt xuất sắc, Bộ đã có Tờ trình gửi Ban Thi đua - Khen thưởng Trung "
        "ương đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ năm 2023 cho Sở TTTT Nghệ An."
    )
    got = [f for f in facts(body) if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["status"], f["cluster"]) for f in got] == [("Nghệ An", "proposed", None)]


def test_a_counted_list_then_the_rest_of_its_agency_by_count() -> None:
    body = (
        "Cụm thi đua số 4 hiện có 6 thành viên. Đó là Sở Thông tin và Truyền thông các tỉnh Thanh Hoá, Nghệ An và "
        "Hà Tĩnh. Cùng sinh hoạt trong Cụm còn có Sở TTTT của ba địa phương Quảng Bình, Quảng Trị và Thừa Thiên - "
        "Huế, là những tỉnh có nhiều nét tương đồng."
    )
    expected = ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế")
    assert members(body) == {(p, "explicit", 2023) for p in expected}


def test_a_rotation_order_announced_with_den_luot() -> None:
    body = (
        "Theo thứ tự luân phiên, năm 2024 Sở TTTT tỉnh Thanh Hóa sẽ đảm nhận vai trò Cụm trưởng, năm 2025 đến lượt "
        "Sở TTTT tỉnh Hà Tĩnh."
    )
    assert roles(body) == {("Thanh Hóa", "head", 2024), ("Hà Tĩnh", "head", 2025)}


def test_what_is_left_of_a_cluster_and_a_unit_moved_into_it() -> None:
    body = (
        "Theo đó, Cụm thi đua số 4 năm 2023 còn Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình. Ngoài ra, Sở TTTT "
        "tỉnh Quảng Trị được chuyển từ Cụm thi đua số 5 sang sinh hoạt tại Cụm thi đua số 4 kể từ năm 2024."
    )
    got = {
        (f["cluster"]["number"], f["member"]["province"], f["year"]) for f in facts(body) if f["kind"] == "membership"
    }
    assert got == {(4, "Nghệ An", 2023), (4, "Hà Tĩnh", 2023), (4, "Quảng Bình", 2023), (4, "Quảng Trị", 2024)}
    assert members("Cụm thi đua số 4 còn hạn chế trong tuyên truyền tại Sở TTTT các tỉnh Nghệ An, Hà Tĩnh.") == set()


def test_members_told_besides_then_the_rest_then_an_ordinal() -> None:
    body = (
        "Cụm thi đua số 4 có 5 thành viên. Bên cạnh Sở TTTT tỉnh Hà Tĩnh và Sở TTTT tỉnh Nghệ An, Cụm còn có Sở "
        "TTTT các tỉnh Quảng Bình, Quảng Trị. Thành viên thứ năm là Sở TTTT tỉnh Thanh Hóa."
    )
    expected = ("Hà Tĩnh", "Nghệ An", "Quảng Bình", "Quảng Trị", "Thanh Hóa")
    assert members(body) == {(p, "explicit", 2023) for p in expected}


def test_units_moving_between_clusters_from_a_year() -> None:
    body = (
        "Thông báo tại hội nghị nêu rõ: từ năm 2024, theo điều chỉnh của Bộ, Sở TTTT tỉnh Thanh Hóa chuyển sang "
        "sinh hoạt tại Cụm thi đua số 3; Sở TTTT tỉnh Quảng Trị được bổ sung vào Cụm thi đua số 4."
    )
    got = {(f["cluster"]["number"], f["member"]["province"], f["year"]) for f in facts(body)
           if f["kind"] == "membership"}
    assert got == {(3, "Thanh Hóa", 2024), (4, "Quảng Trị", 2024)}
    assert [f["cluster"]["number"] for f in facts(body) if f["kind"] == "conference"] == [4]


def test_members_in_a_year_then_the_rest_of_them() -> None:
    body = (
        "Năm 2024, tham gia Cụm thi đua số 4 có Sở TTTT tỉnh Thanh Hóa và Sở TTTT tỉnh Nghệ An. Hai tỉnh Hà Tĩnh, "
        "Quảng Trị cùng tỉnh Quảng Bình là các thành viên còn lại của Cụm."
    )
    assert members(body) == {
        ("Thanh Hóa", "explicit", 2024),
        ("Nghệ An", "explicit", 2024),
        ("Hà Tĩnh", "complement", 2024),
        ("Quảng Trị", "complement", 2024),
        ("Quảng Bình", "complement", 2024),
    }


def test_a_decision_page_lists_members_in_numbered_items_with_roles_after_dashes() -> None:
    lead = (
        "BẢO HIỂM XÃ HỘI TỈNH NGHỆ AN\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Thi đua - Khen thưởng | Văn bản\n"
        "Cập nhật: 12/03/2019 08:41 | Lượt xem: 1.274\n\n"
        "BHXH Việt Nam kiện toàn các Cụm thi đua năm 2019\n\n"
        "(BHXH Nghệ An) - Ngày 06/3/2019, Tổng Giám đốc Bảo hiểm xã hội Việt Nam đã ký Quyết định về việc phân chia "
        "Cụm thi đua và giao nhiệm vụ Cụm trưởng, Cụm phó năm 2019.\n\n"
    )
    body = (
        "Cụm thi đua số III (gồm 3 đơn vị) có BHXH các tỉnh: Thanh Hoá, Nghệ An, Hà Tĩnh.\n\n"
        "Cụm thi đua số IV gồm 3 tỉnh, thành phố duyên hải Nam Trung Bộ, cụ thể:\n1. BHXH thành phố Đà Nẵng – Cụm "
        "trưởng;\n2. BHXH tỉnh Quảng Nam Ninh;\n3. BHXH tỉnh Quảng Ngãi.\n\n"
        "Trước đó, chiều 11-01-2019, tại thành phố Đồng Hới (Quảng Bình), Cụm thi đua số III đã họp tổng kết năm "
        "2018; hội nghị do BHXH tỉnh Hà Tĩnh đăng cai."
    )
    got = {(f["cluster"]["number"], f["member"]["province"], f["year"]) for f in facts(body, "2019-03-12", lead)
           if f["kind"] == "membership"}
    assert got == {(3, p, 2019) for p in ("Thanh Hóa", "Nghệ An", "Hà Tĩnh")} | {
        (4, p, 2019) for p in ("Đà Nẵng", "Quảng Ngãi")
    }


def test_a_page_about_one_clusters_new_composition_and_rotation_table() -> None:
    lead = (
        "Điều chỉnh thành phần Cụm thi đua số 2 ngành Thuế và phân công Cụm trưởng luân phiên 2017 - 2019\n\n"
        "Ngày 15/12/2016, Tổng cục trưởng Tổng cục Thuế ký Quyết định điều chỉnh việc phân chia các Cụm thi đua "
        "thuộc ngành Thuế, đồng thời phân công luân phiên đơn vị Cụm trưởng, Cụm phó cho 3 năm liền.\n\n"
    )
    body = (
        "Theo Quyết định, kể từ ngày 01/01/2017 Cụm thi đua số 2 gồm 04 Cục Thuế: Cục Thuế tỉnh Lào Cai, Cục Thuế "
        "tỉnh Yên Bái, cùng hai đơn vị được bổ sung là Cục Thuế tỉnh Hà Giang và Cục Thuế tỉnh Tuyên Quang.\n\n"
        "Cục Thuế tỉnh Hoà Bình, trước đây thuộc Cụm số 2, được chuyển sang sinh hoạt tại Cụm thi đua số 3 cũng từ "
        "năm 2017.\n\n"
        "Thứ tự luân phiên đơn vị Cụm trưởng, Cụm phó của Cụm thi đua số 2 giai đoạn 2017 - 2019 như sau:\n\n"
        "| Năm | Cụm trưởng | Cụm phó |\n\n|---|---|---|\n\n"
        "| 2017 | Cục Thuế tỉnh Yên Bái | Cục Thuế tỉnh Lào Cai |\n\n"
        "| 2018 | Cục Thuế tỉnh Lào Cai | Cục Thuế tỉnh Hà Giang |\n\n"
        "Trước khi Quyết định được ban hành, ngày 9/12, Cụm thi đua số 2 đã tổng kết năm 2016 tại Lào Cai.\n\n"
        "Qua bình xét, hội nghị nhất trí đề nghị Bộ Tài chính tặng Cờ thi đua cho Cục Thuế tỉnh Lào Cai.\n\n"
        "Ông N., Cục trưởng Cục Thuế tỉnh Yên Bái khẳng định sẽ cùng Cục Thuế tỉnh Lào Cai (Cụm phó) xây dựng kế "
        "hoạch hoạt động năm 2017."
    )
    got = facts(body, "2016-12-20", lead)
    assert {(f["cluster"]["number"], f["member"]["province"], f["year"]) for f in got if f["kind"] == "membership"} == {
        (2, p, 2017) for p in ("Lào Cai", "Yên Bái", "Hà Giang", "Tuyên Quang")
    } | {(3, "Hòa Bình", 2017)}
    assert {(f["member"]["province"], f["role"], f["year"]) for f in got if f["kind"] == "role"} == {
        ("Yên Bái", "head", 2017),
        ("Lào Cai", "deputy", 2017),
        ("Lào Cai", "head", 2018),
        ("Hà Giang", "deputy", 2018),
    }
    assert [(f["cluster"]["number"], f["year"]) for f in got if f["kind"] == "award"] == [(2, 2016)]


def test_a_rotation_table_with_one_column_per_year() -> None:
    lead = (
        "Kiện toàn Cụm thi đua Công an các tỉnh sau sắp xếp\n\n"
        "Ngày 28/8/2025, Bộ trưởng Bộ Công an ban hành Quyết định về việc kiện toàn các Cụm thi đua, áp dụng từ "
        "năm 2025.\n\n"
    )
    body = (
        "Việc phân công Cụm trưởng, Cụm phó các Cụm số 2 và số 3 được thực hiện như sau:\n\n"
        "| Cụm | Thành viên | Năm 2025 | Năm 2026 |\n\n|---|---|---|---|\n\n"
        "| Số 2 | Công an các tỉnh Phú Thọ, Tuyên Quang, Lào Cai | Cụm trưởng: Công an tỉnh Phú Thọ; Cụm phó: "
        "Công an tỉnh Tuyên Quang | Cụm trưởng: Công an tỉnh Tuyên Quang; Cụm phó: Công an tỉnh Lào Cai |\n\n"
        "| Số 3 | Công an TP. Hải Phòng, Công an các tỉnh Quảng Ninh, Bắc Ninh | Cụm trưởng: Công an TP. Hải Phòng "
        "| Do Cụm bầu tại hội nghị tổng kết năm 2025 |\n"
    )
    got = facts(body, "2025-09-06", lead)
    assert {(f["cluster"]["number"], f["member"]["province"], f["role"], f["year"]) for f in got
            if f["kind"] == "role"} == {
        (2, "Phú Thọ", "head", 2025),
        (2, "Tuyên Quang", "deputy", 2025),
        (2, "Tuyên Quang", "head", 2026),
        (2, "Lào Cai", "deputy", 2026),
        (3, "Hải Phòng", "head", 2025),
    }
    assert {(f["cluster"]["number"], f["member"]["province"]) for f in got if f["kind"] == "membership"} == {
        (2, "Phú Thọ"), (2, "Tuyên Quang"), (2, "Lào Cai"), (3, "Hải Phòng"), (3, "Quảng Ninh"), (3, "Bắc Ninh")
    }


def test_an_awards_table_under_a_caption_with_a_decision_per_row() -> None:
    body = (
        "Thừa ủy quyền của Bộ trưởng, ông K. đã trao các hình thức khen thưởng của Bộ TT&TT cho các tập thể có "
        "thành tích xuất sắc trong phong trào thi đua năm 2022, cụ thể như sau:\n\n"
        "| STT | Đơn vị | Hình thức khen thưởng | Quyết định |\n\n|---|---|---|---|\n\n"
        "| 1 | Sở TT&TT tỉnh Quảng Nam | Cờ thi đua của Bộ TT&TT | Số 215/QĐ-BTTTT ngày 20/02/2023 |\n\n"
        "| 2 | Sở TT&TT tỉnh Bình Định | Bằng khen của Bộ trưởng | Số 216/QĐ-BTTTT ngày 20/02/2023 |\n"
    )
    got = {
        (f["recipient"]["province"], f["award"], f["status"], f["year"], f["decision"])
        for f in facts(body, "2023-03-10")
        if f["kind"] == "award"
    }
    assert got == {
        ("Quảng Nam", "emulation_flag", "conferred", 2022, "215/QĐ-BTTTT"),
        ("Bình Định", "certificate_of_merit", "conferred", 2022, "216/QĐ-BTTTT"),
    }


def test_award_items_labelled_by_an_award_of_a_bare_bo() -> None:
    body = (
        "Căn cứ kết quả chấm điểm, hội nghị thống nhất đề nghị Bộ trưởng Bộ TTTT khen thưởng năm 2023 cho các tập "
        "thể sau:\n\n- Cờ thi đua của Bộ: Sở TTTT tỉnh Nghệ An; Sở TTTT tỉnh Hà Tĩnh.\n\n"
        "- Bằng khen của Bộ trưởng: Sở TTTT tỉnh Quảng Trị."
    )
    grantor = "Bộ Thông tin và Truyền thông"
    assert awards(body) == {
        ("Nghệ An", "emulation_flag", "proposed", grantor, 2023),
        ("Hà Tĩnh", "emulation_flag", "proposed", grantor, 2023),
        ("Quảng Trị", "certificate_of_merit", "proposed", grantor, 2023),
    }


def test_a_proposal_at_the_review_of_work_in_a_named_year() -> None:
    body = (
        "Trước đó, tại Hội nghị tổng kết phong trào thi đua năm 2022 của Cụm, các đơn vị trong Cụm đã thống nhất "
        "đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua năm 2022 cho Sở TTTT tỉnh Nghệ An; đề nghị tặng Bằng khen cho Sở "
        "TTTT tỉnh Quảng Trị."
    )
    got = {(f["recipient"]["province"], f["year"]) for f in facts(body, "2023-03-01") if f["kind"] == "award"}
    assert got == {("Nghệ An", 2022), ("Quảng Trị", 2022)}


def test_the_unit_of_a_clause_before_don_vi_nay_and_a_year_after_a_long_grantor() -> None:
    body = (
        "Năm 2022, Sở TTTT tỉnh Quảng Bình là Cụm trưởng Cụm 4; đơn vị này đã được Bộ trưởng tặng Bằng khen vì có "
        "thành tích trong điều hành hoạt động của Cụm (Quyết định số 4598/QĐ-BTTTT ngày 26/12/2022). Cũng theo "
        "Quyết định này, Sở TTTT tỉnh Quảng Trị được tặng Cờ thi đua của Bộ Thông tin và Truyền thông năm 2022."
    )
    got = {(f["recipient"]["province"], f["award"], f["year"], f["decision"]) for f in facts(body)
           if f["kind"] == "award"}
    assert got == {
        ("Quảng Bình", "certificate_of_merit", 2022, "4598/QĐ-BTTTT"),
        ("Quảng Trị", "emulation_flag", 2022, "4598/QĐ-BTTTT"),
    }


def test_a_national_unit_in_a_heads_table_cell_is_no_province() -> None:
    body = (
        "Phân công Cụm trưởng các Cụm thi đua năm 2024:\n\n| Cụm | Thành phần | Cụm trưởng |\n\n|---|---|---|\n\n"
        "| Cụm thi đua số 1 | Sở TTTT các tỉnh | Lạng Sơn |\n\n"
        "| Cụm thi đua số 8 | Các trường trực thuộc Bộ | Trường Đại học Văn hóa TP. Hồ Chí Minh |\n"
    )
    got = {(f["cluster"]["number"], f["member"]["province"]) for f in facts(body) if f["kind"] == "role"}
    assert got == {(1, "Lạng Sơn")}


def test_a_conferral_the_text_says_a_cluster_proposed_carries_that_cluster() -> None:
    # the gold conventions: cluster = the proposing cluster, null for conferrals not proposed in the text
    body = (
        "Tại hội nghị, Sở TTTT tỉnh Nghệ An được các đơn vị trong Cụm suy tôn là đơn vị dẫn đầu và thống nhất đề "
        "nghị Chính phủ tặng Cờ thi đua năm 2023. Ngày 09/3/2024, Thủ tướng Chính phủ đã ký Quyết định số "
        "312/QĐ-TTg tặng Cờ thi đua của Chính phủ năm 2023 cho Sở TTTT tỉnh Nghệ An. Sở TTTT tỉnh Hà Tĩnh đón nhận "
        "Cờ thi đua của Chính phủ năm 2023 theo Quyết định số 313/QĐ-TTg."
    )
    got = {(f["recipient"]["province"], f["status"], f["cluster"] is not None) for f in facts(body, "2024-03-20")
           if f["kind"] == "award"}
    assert got == {("Nghệ An", "proposed", True), ("Nghệ An", "conferred", True), ("Hà Tĩnh", "conferred", False)}


def test_a_notice_of_heads_takes_the_year_of_its_title_over_its_leads_other_year() -> None:
    lead = (
        "Thông báo đơn vị Cụm trưởng, Cụm phó các Cụm thi đua Sở TTTT năm 2024\n\n"
        "Ngày 23-02-2024, Bộ TTTT ban hành Thông báo về việc phân công đơn vị Cụm trưởng, Cụm phó các Cụm thi đua năm "
        "2024, trên cơ sở kết quả bình bầu tại các hội nghị tổng kết Cụm cuối năm 2023. Cụ thể:\n\n"
    )
    body = (
        "Cụm thi đua số 1:\n - Giám đốc Sở TTTT tỉnh Lào Cai, Cụm trưởng.\n"
        " - Giám đốc Sở TTTT tỉnh Yên Bái, Cụm phó.\n\n"
        "Cụm thi đua số 3, gồm Sở TTTT các tỉnh: Nam Định, Thái Bình, Ninh Bình:\n"
        " - Giám đốc Sở TTTT tỉnh Ninh Bình, Cụm trưởng.\n"
    )
    got = facts(body, "2024-02-25", lead)
    assert {(f["member"]["province"], f["role"], f["year"]) for f in got if f["kind"] == "role"} == {
        ("Lào Cai", "head", 2024), ("Yên Bái", "deputy", 2024), ("Ninh Bình", "head", 2024)
    }
    assert {f["year"] for f in got if f["kind"] == "membership"} == {2024}


def test_a_composition_unchanged_as_last_year_is_of_the_decisions_year() -> None:
    lead = (
        "Phân chia Cụm thi đua năm 2025\n\nNgày 10/02/2025, Bộ trưởng Bộ TTTT đã ký Quyết định về việc phân chia "
        "Cụm thi đua và phân công Cụm trưởng, Cụm phó năm 2025.\n\n"
    )
    body = (
        "Theo Quyết định, Cụm thi đua số 4 có 03 đơn vị, thành phần giữ nguyên như năm 2024, gồm Sở TTTT các tỉnh: "
        "Quảng Bình, Quảng Trị và Hà Tĩnh."
    )
    assert {f["year"] for f in facts(body, "2025-02-20", lead) if f["kind"] == "membership"} == {2025}


def test_proposals_of_the_review_just_told_aside() -> None:
    lead = (
        "Triển khai Quyết định phân chia Cụm thi đua năm 2025\n\n"
        "Ngày 10/02/2025, Bộ trưởng Bộ TTTT đã ký Quyết định phân công Cụm trưởng, Cụm phó năm 2025.\n\n"
    )
    body = (
        "Trước đó, ngày 10 tháng 01 năm 2025, tại tỉnh Quảng Nam, Cụm thi đua số 4 đã tổ chức Hội nghị tổng kết năm "
        "2024, do Sở TTTT tỉnh Quảng Nam đăng cai.\n\n"
        "Qua chấm điểm, Hội nghị thống nhất đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua cho Sở TTTT tỉnh Quảng Nam, "
        "tặng Bằng khen cho Sở TTTT tỉnh Quảng Ngãi vì đã có thành tích xuất sắc trong năm 2024."
    )
    got = {(f["recipient"]["province"], f["year"]) for f in facts(body, "2025-02-20", lead) if f["kind"] == "award"}
    assert got == {("Quảng Nam", 2024), ("Quảng Ngãi", 2024)}


def test_a_unit_moved_with_the_year_the_sentence_before_sets_and_its_new_partner() -> None:
    body = (
        "Theo Quyết định số 86/QĐ-BTTTT, kể từ năm 2024 Cụm thi đua số 3 gồm 3 đơn vị: Sở TTTT tỉnh Hưng Yên, Sở TTTT "
        "tỉnh Ninh Bình và Sở TTTT tỉnh Quảng Ninh. Sở TTTT tỉnh Bắc Ninh, trước đây sinh hoạt trong Cụm, được "
        "chuyển sang Cụm thi đua số 1 cùng Sở TTTT thành phố Hà Nội."
    )
    got = {
        (f["cluster"]["number"], f["member"]["province"], f["year"]) for f in facts(body) if f["kind"] == "membership"
    }
    assert got == {(3, p, 2024) for p in ("Hưng Yên", "Ninh Bình", "Quảng Ninh")} | {
        (1, "Bắc Ninh", 2024), (1, "Hà Nội", 2024)
    }


def test_a_unit_moved_after_an_aside_and_nay() -> None:
    body = (
        "Sở TTTT tỉnh Nghệ An, vốn cùng sinh hoạt với các tỉnh Bắc Trung Bộ, nay được chuyển sang Cụm thi đua số 3 "
        "cùng Sở TTTT tỉnh Thanh Hoá."
    )
    got = {(f["cluster"]["number"], f["member"]["province"]) for f in facts(body) if f["kind"] == "membership"}
    assert got == {(3, "Nghệ An"), (3, "Thanh Hóa")}


def test_a_list_of_awarded_units_dated_by_the_lead_with_bare_decision_cells() -> None:
    lead = (
        "Chiều ngày 11 tháng 4 năm 2024, Sở TTTT tỉnh Nghệ An tổ chức Lễ trao Cờ thi đua, Bằng khen cho các tập thể "
        "thuộc Cụm thi đua số 4 có thành tích xuất sắc năm 2023.\n\n"
    )
    body = (
        "Tại Hội nghị tổng kết Cụm tổ chức ngày 23/12/2023, các đơn vị đã suy tôn hai đơn vị dẫn đầu Cụm "
        "đề nghị Bộ TTTT "
        "tặng Cờ thi đua là Sở TTTT tỉnh Hà Tĩnh và Sở TTTT tỉnh Quảng Bình.\n\n"
        "Danh sách các tập thể được khen thưởng:\n\n| TT | Tập thể | Hình thức | Quyết định |\n\n|---|---|---|---|\n\n"
        "| 1 | Sở TTTT tỉnh Quảng Trị | Cờ thi đua của Chính phủ | 418/QĐ-TTg |\n\n"
        "| 2 | Sở TTTT tỉnh Thanh Hóa | Bằng khen của Bộ trưởng | 215/QĐ-BTTTT |\n"
    )
    got = {
        (f["recipient"]["province"], f["status"], f["year"], f["decision"])
        for f in facts(body, "2024-04-12", lead)
        if f["kind"] == "award"
    }
    assert got == {
        ("Hà Tĩnh", "proposed", 2023, None),
        ("Quảng Bình", "proposed", 2023, None),
        ("Quảng Trị", "conferred", 2023, "418/QĐ-TTg"),
        ("Thanh Hóa", "conferred", 2023, "215/QĐ-BTTTT"),
    }


def test_an_award_item_without_a_verb_shares_the_status_of_the_item_before() -> None:
    body = (
        "Hội nghị thống nhất:\n\n- Đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua cho Sở TTTT tỉnh Nghệ An;\n\n"
        "- Bằng khen của Bộ trưởng cho Sở TTTT tỉnh Hà Tĩnh và Sở TTTT tỉnh Quảng Trị."
    )
    grantor = "Bộ Thông tin và Truyền thông"
    assert awards(body) == {
        ("Nghệ An", "emulation_flag", "proposed", grantor, 2023),
        ("Hà Tĩnh", "certificate_of_merit", "proposed", grantor, 2023),
        ("Quảng Trị", "certificate_of_merit", "proposed", grantor, 2023),
    }


def test_a_numbered_rotation_schedule_opening_each_item_with_its_year() -> None:
    lead = "Thống nhất lịch luân phiên của Cụm thi đua số II\n\n"
    body = (
        "Thứ tự luân phiên Cụm trưởng, Cụm phó Cụm thi đua số II thuộc Bộ TTTT được thống nhất như sau:\n"
        "1. Năm 2024: Sở TTTT tỉnh Yên Bái - Cụm trưởng; Sở TTTT tỉnh Lào Cai - Cụm phó.\n"
        "2. Năm 2025: Sở TTTT tỉnh Lào Cai - Cụm trưởng; Sở TTTT tỉnh Hà Giang - Cụm phó.\n"
        "Các năm sau sẽ do hội nghị cụm xem xét."
    )
    assert roles(body, published="2024-03-02", lead=lead) == {
        ("Yên Bái", "head", 2024),
        ("Lào Cai", "deputy", 2024),
        ("Lào Cai", "head", 2025),
        ("Hà Giang", "deputy", 2025),
    }


def test_a_list_after_a_dated_adjustment_decision_is_of_the_decision_year_not_the_reviewed_one() -> None:
    lead = "Điều chỉnh thành viên các Cụm thi đua của ngành Kiểm sát\n\n"
    body = (
        "Ngày 15-3-2022, Viện trưởng VKSND tối cao ban hành Quyết định số 87/QĐ-VKSTC điều chỉnh thành viên "
        "các Cụm thi đua khu vực phía Bắc.\n\n"
        "Theo đó, VKSND tỉnh Bắc Kạn được chuyển từ Cụm thi đua số II sang Cụm thi đua số I. Sau khi điều chỉnh, "
        "Cụm thi đua số I gồm VKSND các tỉnh Cao Bằng, Lạng Sơn, Bắc Kạn và Thái Nguyên. Cụm thi đua số II gồm "
        "VKSND các tỉnh Hà Giang, Tuyên Quang và Lào Cai.\n\n"
        "Sáng 17.3, Cụm thi đua số I đã tổ chức hội nghị tổng kết phong trào thi đua năm 2021 tại tỉnh Lạng Sơn."
    )
    got = {(f["member"]["province"], f["year"]) for f in facts(body, "2022-03-20", lead) if f["kind"] == "membership"}
    listed = ("Cao Bằng", "Lạng Sơn", "Bắc Kạn", "Thái Nguyên", "Hà Giang", "Tuyên Quang", "Lào Cai")
    assert got == {(p, 2022) for p in listed}


def test_a_list_after_the_province_mergers_is_no_decision_adjustment() -> None:
    lead = "Cụm thi đua số 2 ngành Văn hoá tổng kết năm 2025\n\n"
    body = (
        "Sáng 8.1, Cụm thi đua số 2 thuộc Bộ VHTT&DL tổ chức hội nghị tổng kết phong trào thi đua năm 2025 tại "
        "tỉnh Ninh Bình.\n\n"
        "Sau khi sắp xếp đơn vị hành chính cấp tỉnh, Cụm thi đua số 2 nay gồm Sở VHTT&DL các tỉnh Ninh Bình, "
        "Hưng Yên và Bắc Ninh."
    )
    assert {y for _, _, y in members(body, published="2026-01-09", lead=lead)} == {2025}


def test_a_proposal_at_the_meeting_told_before_takes_its_cluster_and_year() -> None:
    lead = "Kho bạc Nhà nước công bố phân cụm thi đua năm 2020\n\n"
    body = (
        "Ngày 20/01/2020, Tổng Giám đốc KBNN ký Quyết định số 95/QĐ-KBNN phân chia các Cụm thi đua năm 2020. "
        "Cụm thi đua số 4 gồm KBNN các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình; Cụm thi đua số 5 gồm KBNN các tỉnh "
        "Quảng Trị, Quảng Nam và Quảng Ngãi.\n\n"
        "Trước đó, ngày 10/1/2020, tại tỉnh Nghệ An, Cụm thi đua số 4 đã tổ chức Hội nghị tổng kết phong trào thi "
        "đua năm 2019 do KBNN Nghệ An đăng cai.\n\n"
        "Tại hội nghị, các đơn vị trong cụm đã bỏ phiếu đề nghị Bộ trưởng Bộ Tài chính tặng Cờ thi đua cho KBNN "
        "Hà Tĩnh; đề nghị Tổng Giám đốc KBNN tặng Bằng khen cho KBNN Quảng Bình."
    )
    got = {
        (f["recipient"]["province"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, "2020-01-22", lead)
        if f["kind"] == "award"
    }
    assert got == {("Hà Tĩnh", 2019, 4), ("Quảng Bình", 2019, 4)}


def test_the_meeting_also_proposes_in_the_year_it_reviews_a_paragraph_later() -> None:
    lead = "Bộ Công an kiện toàn các Cụm thi đua năm 2026\n\n"
    body = (
        "Theo Quyết định số 57/QĐ-BCA ngày 06-01-2026, Công an tỉnh Gia Lai được giao làm Cụm trưởng Cụm thi đua "
        "số 7 năm 2026.\n\n"
        "Trước đó, ngày 27/12/2025, Cụm thi đua số 7 đã tổ chức hội nghị tổng kết công tác năm 2025 tại Công an "
        "tỉnh Đắk Lắk.\n\n"
        "Trong năm, các đơn vị trong cụm đã bảo đảm an ninh, trật tự trên địa bàn, kéo giảm tội phạm về trật tự xã "
        "hội, triển khai hiệu quả nhiều mô hình mới ở cơ sở, bảo vệ an toàn các sự kiện lớn của địa phương.\n\n"
        "Ghi nhận kết quả đó, Công an tỉnh Đắk Lắk đã được Bộ trưởng Bộ Công an tặng Cờ thi đua vì đã hoàn thành "
        "xuất sắc nhiệm vụ năm 2025. Hội nghị cũng thống nhất đề nghị Chính phủ tặng Cờ thi đua cho Công an tỉnh "
        "Gia Lai."
    )
    found = facts(body, "2026-01-08", lead)
    got = {(f["recipient"]["province"], f["status"], f["year"]) for f in found if f["kind"] == "award"}
    assert got == {("Đắk Lắk", "conferred", 2025), ("Gia Lai", "proposed", 2025)}


def test_a_council_that_also_proposes_takes_the_review_of_the_sentence_before() -> None:
    lead = "BHXH Việt Nam kiện toàn các Cụm thi đua năm 2017\n\n"
    body = (
        "Trước đó, tại Hội nghị tổng kết năm 2016 của ngành, BHXH tỉnh Thanh Hóa đã đón nhận Cờ thi đua của BHXH "
        "Việt Nam. Hội đồng Thi đua - Khen thưởng ngành cũng thống nhất đề nghị Thủ tướng Chính phủ tặng Cờ thi "
        "đua của Chính phủ cho BHXH tỉnh Nghệ An."
    )
    found = facts(body, "2017-03-01", lead)
    got = {(f["recipient"]["province"], f["status"], f["year"]) for f in found if f["kind"] == "award"}
    assert ("Nghệ An", "proposed", 2016) in got


def test_a_review_held_in_a_late_month_of_a_year_reviews_that_year() -> None:
    lead = "Thành lập các Cụm thi đua của Sở KH&CN năm 2025\n\n"
    body = (
        "Trước đó, các Sở TT&TT được tổ chức thành 8 cụm; riêng năm 2024, Sở TT&TT tỉnh Thái Bình làm Cụm trưởng "
        "Cụm thi đua số 3 và đã tổ chức tổng kết cụm hồi tháng 11/2024."
    )
    got = [f for f in facts(body, "2025-08-10", lead) if f["kind"] == "conference"]
    assert [(f["date"], f["reviews_year"]) for f in got] == [("2024-11", 2024)]


def test_a_lead_on_several_systems_meeting_in_turn_is_no_meeting_and_each_section_keeps_its_lists() -> None:
    lead = "Hai \"Cụm số 2\" cùng tổng kết năm 2018\n\n"
    body = (
        "Giữa tháng 1.2019, Cụm thi đua số 2 của hai hệ thống: Công đoàn và Hội Cựu chiến binh lần lượt tổng kết.\n\n"
        "Công đoàn\n\n"
        "Ngày 8.1.2019, tại tỉnh Hà Giang, LĐLĐ tỉnh Hà Giang đăng cai hội nghị tổng kết Cụm thi đua số 2 thuộc "
        "Tổng Liên đoàn Lao động Việt Nam năm 2018. Cụm gồm LĐLĐ 4 tỉnh: Hà Giang, Lào Cai, Yên Bái và Lai Châu.\n\n"
        "Cựu chiến binh\n\n"
        "Sáng 11/1, Hội CCB tỉnh Sơn La tổ chức hội nghị trực tuyến tổng kết Cụm thi đua số 2 năm 2018. Dự tại các "
        "điểm cầu có lãnh đạo Hội CCB các tỉnh: Sơn La, Điện Biên, Hòa Bình và Lai Châu."
    )
    found = facts(body, "2019-01-15", lead)
    meetings = {(f["date"], f["cluster"]["authority"]) for f in found if f["kind"] == "conference"}
    assert meetings == {
        ("2019-01-08", "Tổng Liên đoàn Lao động Việt Nam"),
        ("2019-01-11", "Hội Cựu chiến binh Việt Nam"),
    }
    veterans = {
        f["member"]["province"]
        for f in found
        if f["kind"] == "membership" and f["cluster"]["authority"] == "Hội Cựu chiến binh Việt Nam"
    }
    assert veterans == {"Sơn La", "Điện Biên", "Hòa Bình", "Lai Châu"}


def test_a_role_after_a_colon_that_follows_a_range_is_not_a_member_list() -> None:
    lead = "Phân công Cụm trưởng các Cụm thi đua ngành Kiểm sát năm 2020\n\n"
    body = (
        "3. Cụm thi đua số III, gồm VKSND 5 tỉnh Nam Trung Bộ (từ Quảng Nam đến Khánh Hòa): Cụm trưởng là VKSND "
        "tỉnh Bình Định; Cụm phó là VKSND tỉnh Phú Yên."
    )
    assert members(body, published="2020-02-10", lead=lead) == set()
    assert roles(body, published="2020-02-10", lead=lead) == {("Bình Định", "head", 2020), ("Phú Yên", "deputy", 2020)}


def test_an_award_to_the_bare_unit_past_a_decision_in_parentheses_is_the_page_units() -> None:
    lead = "Công an tỉnh Nghệ An đón nhận Cờ thi đua của Bộ Công an\n\n"
    body = (
        "Sáng 20/2, Công an tỉnh Nghệ An tổ chức hội nghị triển khai nhiệm vụ năm 2024. Tại hội nghị, đại diện "
        "lãnh đạo Bộ Công an đã trao Cờ thi đua của Bộ Công an (Quyết định số 615/QĐ-BCA ngày 19/01/2024) cho "
        "đơn vị vì có thành tích xuất sắc trong năm 2023."
    )
    found = facts(body, "2024-02-21", lead)
    got = {(f["recipient"]["province"], f["status"], f["year"], f["decision"]) for f in found if f["kind"] == "award"}
    assert got == {("Nghệ An", "conferred", 2023, "615/QĐ-BCA")}


def test_a_joint_meeting_of_two_clusters_with_a_members_table_and_each_head_named_with_its_cluster() -> None:
    lead = "Cụm thi đua số V và số VI ngành BHXH tổng kết năm 2022\n\n"
    body = (
        "Ngày 15/12, BHXH tỉnh Đắk Lắk đăng cai tổ chức Hội nghị liên Cụm tổng kết công tác thi đua năm 2022 của "
        "Cụm thi đua số V và Cụm thi đua số VI trực thuộc BHXH Việt Nam tại tỉnh Đắk Lắk.\n\n"
        "Cùng điều hành hội nghị có ông Trần Văn B., Giám đốc BHXH tỉnh Gia Lai (Cụm trưởng Cụm V) và bà Lê Thị C., "
        "Giám đốc BHXH tỉnh Lâm Đồng, Cụm trưởng Cụm thi đua số VI năm 2022.\n\n"
        "Danh sách đơn vị thành viên hai Cụm năm 2022:\n\n"
        "| Cụm | Đơn vị thành viên |\n\n|---|---|\n\n"
        "| Cụm V | BHXH các tỉnh: Gia Lai, Kon Tum, Đắk Lắk |\n\n"
        "| Cụm VI | BHXH các tỉnh: Lâm Đồng, Đắk Nông, Bình Phước |\n\n"
        "Tại hội nghị, BHXH tỉnh Gia Lai đã bàn giao nhiệm vụ Cụm trưởng Cụm V năm 2023 cho BHXH tỉnh Kon Tum; BHXH "
        "tỉnh Lâm Đồng bàn giao nhiệm vụ Cụm trưởng Cụm VI năm 2023 cho BHXH tỉnh Bình Phước.\n\n"
        "Trước đó, vào tháng 7/2022, hai Cụm đã tổ chức sơ kết công tác thi đua 6 tháng đầu năm theo hình thức trực "
        "tuyến."
    )
    found = facts(body, "2022-12-16", lead)
    meetings = {(f["cluster"]["number"], f["date"], f["type"]) for f in found if f["kind"] == "conference"}
    assert meetings == {
        (5, "2022-12-15", "year_end"),
        (6, "2022-12-15", "year_end"),
        (5, "2022-07", "mid_year"),
        (6, "2022-07", "mid_year"),
    }
    heads = {(f["cluster"]["number"], f["member"]["province"], f["year"]) for f in found if f["kind"] == "role"}
    assert heads == {(5, "Gia Lai", 2022), (6, "Lâm Đồng", 2022), (5, "Kon Tum", 2023), (6, "Bình Phước", 2023)}
    listed = {(f["cluster"]["number"], f["member"]["province"]) for f in found if f["kind"] == "membership"}
    assert listed == {
        (5, "Gia Lai"), (5, "Kon Tum"), (5, "Đắk Lắk"), (6, "Lâm Đồng"), (6, "Đắk Nông"), (6, "Bình Phước")
    }


def test_a_mid_year_review_in_passing_dated_by_a_month_only_is_in_the_reviewed_year() -> None:
    lead = "Cụm thi đua số 2 các Sở KH&CN tổng kết năm 2025\n\n"
    body = (
        "Ngày 10/12/2025, Cụm thi đua số 2 thuộc Bộ Khoa học và Công nghệ tổ chức Hội nghị tổng kết phong trào thi "
        "đua năm 2025 tại tỉnh Ninh Bình.\n\n"
        "Hội nghị sơ kết 6 tháng đầu năm của Cụm đã được tổ chức hồi tháng 7 tại tỉnh Hưng Yên."
    )
    got = {(f["date"], f["type"], f["location"]) for f in facts(body, "2025-12-14", lead) if f["kind"] == "conference"}
    assert got == {("2025-12-10", "year_end", "Ninh Bình"), ("2025-07", "mid_year", "Hưng Yên")}


def test_the_clusters_review_of_the_year_before_told_in_passing_is_another_meeting() -> None:
    lead = "Cụm thi đua số 4 ngành Kiểm sát tổng kết năm 2019\n\n"
    body = (
        "Ngày 8/1, tại VKSND tỉnh Sơn La, Cụm thi đua số 4 thuộc VKSND tối cao tổ chức hội nghị tổng kết phong trào "
        "thi đua năm 2019.\n\n"
        "Hội nghị tổng kết năm 2018 của Cụm được tổ chức vào tháng 1/2019 tại tỉnh Lai Châu."
    )
    got = {(f["date"], f["reviews_year"]) for f in facts(body, "2020-01-10", lead) if f["kind"] == "conference"}
    assert got == {("2020-01-08", 2019), ("2019-01", 2018)}


def test_one_host_of_another_agency_type_does_not_set_the_clusters_bloc() -> None:
    lead = "Các Sở VHTT&DL Bắc Trung Bộ ký kết giao ước thi đua năm 2023\n\n"
    body = (
        "Sáng 16-2, Cụm thi đua số III thuộc Bộ VHTT&DL đã tổng kết phong trào thi đua năm 2022. Sở Văn hoá và Thể "
        "thao tỉnh Nghệ An đăng cai tổ chức hội nghị.\n\n"
        "Hội nghị thống nhất đề nghị Bộ VHTT&DL tặng Cờ thi đua cho Sở VHTT&DL tỉnh Hà Tĩnh. Sở VHTT&DL tỉnh Hà Tĩnh "
        "đã bàn giao nhiệm vụ Cụm trưởng năm 2023 cho Sở VHTT&DL tỉnh Quảng Trị."
    )
    blocs = {f["cluster"]["bloc"] for f in facts(body, "2023-02-17", lead) if f.get("cluster")}
    assert blocs == {"Sở Văn hóa, Thể thao và Du lịch"}


def test_the_post_before_the_bare_subject_and_the_head_of_this_year() -> None:
    lead = "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh đón nhận Cờ thi đua của Bộ TT&TT\n\n"
    body = (
        "Chiều 20-3, Sở TT&TT tỉnh Hà Tĩnh tổ chức lễ đón nhận Cờ thi đua của Bộ TT&TT. Đặc biệt, trên cương vị "
        "đơn vị Cụm trưởng Cụm thi đua số 5 năm 2019, Sở đã chủ động phối hợp với các thành viên trong Cụm. Lãnh "
        "đạo tỉnh đề nghị Sở phối hợp với Sở TT&TT Quảng Bình, đơn vị Cụm trưởng năm nay, để hoàn thành nhiệm vụ."
    )
    assert roles(body, published="2020-03-21", lead=lead) == {("Hà Tĩnh", "head", 2019), ("Quảng Bình", "head", 2020)}


def test_a_bare_police_unit_given_the_head_role_after_a_colon() -> None:
    lead = "Công an tỉnh Tây Ninh đón nhận Cờ thi đua của Chính phủ\n\n"
    body = "Báo cáo tại buổi lễ nêu rõ: năm 2017, Công an tỉnh được Bộ Công an giao làm Cụm trưởng Cụm thi đua số V."
    assert roles(body, published="2018-04-10", lead=lead) == {("Tây Ninh", "head", 2017)}


def test_the_flags_of_the_government_and_the_ministry_handed_to_the_bare_unit_are_two_awards() -> None:
    lead = "Công an tỉnh Tây Ninh đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Sáng 10.4, Công an tỉnh Tây Ninh tổ chức Lễ đón nhận Cờ thi đua của Chính phủ, ghi nhận thành tích xuất "
        "sắc năm 2017.\n\n"
        "Thiếu tướng Trần Văn A. đã trao Cờ thi đua của Chính phủ (theo Quyết định số 412/QĐ-TTg ngày 05-03-2018) "
        "cho Công an tỉnh. Tiếp đó, đại diện lãnh đạo Bộ trao Cờ thi đua của Bộ Công an theo Quyết định số "
        "915/QĐ-BCA-X15 ngày 26/02/2018 cho đơn vị."
    )
    found = facts(body, "2018-04-11", lead)
    got = {(f["grantor"], f["year"], f["decision"]) for f in found if f["kind"] == "award"}
    assert got == {("Chính phủ", 2017, "412/QĐ-TTg"), ("Bộ Công an", 2017, "915/QĐ-BCA-X15")}


def test_a_review_after_a_clause_on_what_the_head_did_is_held_not_planned() -> None:
    lead = "Công an tỉnh Tây Ninh đón nhận Cờ thi đua\n\n"
    body = (
        "Năm 2017, Công an tỉnh Tây Ninh được giao làm Cụm trưởng Cụm thi đua số V. Trên cương vị Cụm trưởng, đơn "
        "vị đã chủ động xây dựng kế hoạch; hội nghị tổng kết công tác thi đua của Cụm năm 2017 đã được tổ chức ngày "
        "12/1/2018 tại Công an tỉnh Tây Ninh. Tại hội nghị này, Cụm đã bình xét, đề nghị Bộ Công an tặng Cờ thi đua "
        "cho Công an tỉnh Long An."
    )
    found = facts(body, "2018-04-11", lead)
    assert [(f["date"], f["reviews_year"]) for f in found if f["kind"] == "conference"] == [("2018-01-12", 2017)]
    awarded = [f for f in found if f["kind"] == "award"]
    proposed = {(f["recipient"]["province"], f["year"]) for f in awarded if f["status"] == "proposed"}
    assert proposed == {("Long An", 2017)}


def test_a_cluster_that_submits_to_its_authority_proposes_the_government_award() -> None:
    body = (
        "Hội nghị cũng thống nhất trình Bộ TTTT đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho Sở "
        "TTTT tỉnh Nghệ An."
    )
    got = [f for f in facts(body) if f["kind"] == "award"]
    assert [(f["grantor"], (f["cluster"] or {}).get("number")) for f in got] == [("Chính phủ", 4)]


def test_numbered_award_items_and_a_misspelt_certificate_under_a_proposal_header() -> None:
    lead = "Cụm thi đua số 4 thuộc Tổng Liên đoàn Lao động Việt Nam tổng kết năm 2020\n\n"
    body = (
        "Hội nghị thống nhất đề nghị Đoàn Chủ tịch Tổng LĐLĐ Việt Nam khen thưởng các đơn vị có thành tích xuất "
        "sắc năm 2020, cụ thể:\n\n"
        "1. Cờ thi đua của Tổng LĐLĐ Việt Nam: LĐLĐ tỉnh Nam Định; LĐLĐ tỉnh Ninh Bình.\n"
        "2. Bằng khem của Tổng LĐLĐ Việt Nam: LĐLĐ tỉnh Hà Nam."
    )
    found = facts(body, "2021-01-09", lead)
    got = {(f["recipient"]["province"], f["award"], f["status"], f["year"]) for f in found if f["kind"] == "award"}
    assert got == {
        ("Nam Định", "emulation_flag", "proposed", 2020),
        ("Ninh Bình", "emulation_flag", "proposed", 2020),
        ("Hà Nam", "certificate_of_merit", "proposed", 2020),
    }


def test_a_cluster_named_by_a_count_of_agencies_and_a_region_opens_its_list() -> None:
    lead = "Cụm thi đua số 4 thuộc Tổng Liên đoàn Lao động Việt Nam tổng kết năm 2020\n\n"
    body = (
        "Cụm thi đua 5 LĐLĐ tỉnh khu vực đồng bằng sông Hồng gồm LĐLĐ các tỉnh: Hải Dương, Hưng Yên, Thái Bình, "
        "Nam Định và Hà Nam."
    )
    listed = {p for p, _, _ in members(body, published="2020-12-20", lead=lead)}
    assert listed == {"Hải Dương", "Hưng Yên", "Thái Bình", "Nam Định", "Hà Nam"}


def test_decision_items_with_roles_in_brackets_and_units_placed_in_another_cluster() -> None:
    lead = "Tổng cục Thuế điều chỉnh thành phần Cụm thi đua số 4 và 5 năm 2015\n\n"
    body = (
        "Sau điều chỉnh, các cụm có thành phần như sau:\n\n"
        "- Cụm thi đua số 4: Cục Thuế các tỉnh Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị (Cụm trưởng: Cục Thuế tỉnh "
        "Nghệ An; Cụm phó: Cục Thuế tỉnh Hà Tĩnh).\n\n"
        "- Cụm thi đua số 5: Cục Thuế TP. Đà Nẵng (Cụm trưởng), Cục Thuế các tỉnh Quảng Nam, Quảng Ngãi (Cụm phó), "
        "Bình Định và Phú Yên.\n\n"
        "Riêng Cục Thuế tỉnh Kon Tum và Cục Thuế tỉnh Gia Lai được bố trí sinh hoạt tại Cụm thi đua số 6 từ năm 2015."
    )
    found = facts(body, "2015-04-10", lead)
    got = {(f["cluster"]["number"], f["member"]["province"]) for f in found if f["kind"] == "membership"}
    assert got == {
        (4, "Nghệ An"), (4, "Hà Tĩnh"), (4, "Quảng Bình"), (4, "Quảng Trị"),
        (5, "Đà Nẵng"), (5, "Quảng Nam"), (5, "Quảng Ngãi"), (5, "Bình Định"), (5, "Phú Yên"),
        (6, "Kon Tum"), (6, "Gia Lai"),
    }


def test_roles_after_trong_do_take_the_year_of_the_make_up_before_them() -> None:
    lead = "Cụm thi đua số 4 LĐLĐ tổng kết năm 2025\n\n"
    body = (
        "Ngày 26-12-2025, Cụm thi đua số 4 thuộc Tổng LĐLĐ Việt Nam đã tổ chức Hội nghị tổng kết năm 2025.\n\n"
        "Thông báo số 27/TB-TLĐ xác định Cụm thi đua số 5 năm 2026 gồm LĐLĐ TP.HCM, LĐLĐ tỉnh Đồng Nai và LĐLĐ tỉnh "
        "Tây Ninh; trong đó LĐLĐ TP.HCM làm Cụm trưởng, LĐLĐ tỉnh Đồng Nai làm Cụm phó."
    )
    assert roles(body, published="2026-01-20", lead=lead) == {
        ("Hồ Chí Minh", "head", 2026),
        ("Đồng Nai", "deputy", 2026),
    }


def test_a_unit_no_longer_in_one_cluster_moved_to_another_and_a_national_unit_seated_in_a_province() -> None:
    lead = "Kiện toàn các Cụm thi đua ngành Kiểm sát năm 2019\n\n"
    body = (
        "So với năm 2018, VKSND tỉnh Khánh Hoà không còn thuộc Cụm thi đua số V mà được chuyển sang Cụm thi đua số "
        "VI. Khối thi đua các VKSND cấp cao (gồm VKSND cấp cao tại Hà Nội, VKSND cấp cao tại Đà Nẵng) vẫn giữ nguyên."
    )
    found = facts(body, "2019-02-10", lead)
    got = {(f["cluster"]["number"], f["member"]["province"]) for f in found if f["kind"] == "membership"}
    assert got == {(6, "Khánh Hòa")}


def test_one_of_the_counted_units_given_an_award() -> None:
    body = (
        "Năm 2023, toàn ngành có 4 đơn vị được Thủ tướng Chính phủ tặng Cờ thi đua, trong đó có Sở TTTT tỉnh Hà "
        "Tĩnh."
    )
    assert awards(body) == {("Hà Tĩnh", "emulation_flag", "conferred", "Chính phủ", 2023)}


def test_an_award_of_a_grantor_outside_the_vocabulary_in_a_clause_after_a_known_one_is_no_fact() -> None:
    body = (
        "Dịp này, Sở TTTT tỉnh Nghệ An vinh dự đón nhận Cờ thi đua của Bộ TTTT vì đã có thành tích xuất sắc năm "
        "2023; Sở TTTT tỉnh Hà Tĩnh đón nhận Bằng khen của Ban Thường vụ Tỉnh ủy Hà Tĩnh."
    )
    assert {p for p, *_ in awards(body)} == {"Nghệ An"}
    # (the province's own committee is a grantor now: its award is the clause's own, not the Bộ TTTT's)
    body = body.replace("Ban Thường vụ Tỉnh ủy", "Chủ tịch UBND tỉnh")
    assert {(p, g) for p, _, _, g, _ in awards(body)} == {
        ("Nghệ An", "Bộ Thông tin và Truyền thông"), ("Hà Tĩnh", "Ủy ban nhân dân tỉnh")
    }


def test_an_award_framed_by_the_movement_of_a_year() -> None:
    body = "Trong phong trào thi đua năm 2022, Sở TTTT tỉnh Quảng Bình đã được Bộ trưởng Bộ TTTT tặng Cờ thi đua."
    assert awards(body) == {("Quảng Bình", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", 2022)}


def test_bullet_items_standing_between_sentences_do_not_break_the_history_reader() -> None:
    lead = "Kiện toàn Cụm thi đua số 2 các Sở KH&CN\n\n"
    body = (
        "* Cụm thi đua số 2, gồm 03 Sở KH&CN: tỉnh Ninh Bình, tỉnh Hưng Yên và thành phố Hải Phòng.\n"
        "   - Năm 2026: Sở KH&CN tỉnh Ninh Bình làm Cụm trưởng; Sở KH&CN tỉnh Hưng Yên làm Cụm phó.\n"
        "   - Năm 2027: Sở KH&CN tỉnh Hưng Yên làm Cụm trưởng; Sở KH&CN thành phố Hải Phòng làm Cụm phó.\n"
    )
    assert ("Hưng Yên", "head", 2027) in roles(body, published="2026-01-15", lead=lead)


def test_a_decision_applying_from_a_year_sets_the_lists_year_below_a_page_head() -> None:
    lead = (
        "BỘ KHOA HỌC VÀ CÔNG NGHỆ\nTin tức - Sự kiện » Thi đua khen thưởng\n"
        "Kiện toàn Cụm thi đua số 3 các Sở Khoa học và Công nghệ sau sắp xếp đơn vị hành chính\n"
        "Thứ Năm, 15/01/2026 - 08:30 | 2.031\n\n"
        "Ngày 12 tháng 01 năm 2026, Bộ trưởng Bộ Khoa học và Công nghệ đã ký Quyết định số 58/QĐ-BKHCN về việc "
        "kiện toàn các Cụm thi đua thuộc khối các Sở Khoa học và Công nghệ, áp dụng từ năm 2026.\n\n"
        "Sau khi hợp nhất Sở TT&TT vào Sở KH&CN (từ 01/3/2025), số Sở giảm từ 63 xuống 34.\n\n"
    )
    body = (
        "* Cụm thi đua số 3, gồm 03 Sở KH&CN: tỉnh Phú Thọ, tỉnh Tuyên Quang và tỉnh Lào Cai.\n\n"
        "Sở KH&CN tỉnh Thái Nguyên (tiếp nhận tỉnh Bắc Kạn cũ) được chuyển sang Cụm thi đua số 1."
    )
    found = members(body, published="2026-01-15", lead=lead)
    assert found == {(p, "explicit", 2026) for p in ("Phú Thọ", "Tuyên Quang", "Lào Cai", "Thái Nguyên")}


def test_each_clause_of_a_sentence_on_two_clusters_keeps_its_own_cluster() -> None:
    lead = "Điều chỉnh thành viên Cụm thi đua số 4 và số 5 khối Sở TT&TT\n\n"
    body = (
        "Bộ giao Sở TT&TT tỉnh Quảng Bình làm Cụm trưởng, Sở TT&TT tỉnh Hà Tĩnh làm Cụm phó Cụm thi đua số 4 năm "
        "2016; giao Sở TT&TT thành phố Đà Nẵng làm Cụm trưởng, Sở TT&TT tỉnh Quảng Nam làm Cụm phó Cụm thi đua số 5 "
        "năm 2016."
    )
    found = facts(body, "2016-03-15", lead)
    got = {(f["cluster"]["number"], f["member"]["province"], f["role"]) for f in found if f["kind"] == "role"}
    assert got == {
        (4, "Quảng Bình", "head"),
        (4, "Hà Tĩnh", "deputy"),
        (5, "Đà Nẵng", "head"),
        (5, "Quảng Nam", "deputy"),
    }


def test_the_host_and_venue_told_after_a_photo_caption() -> None:
    lead = "Cụm thi đua số IV BHXH tổng kết năm 2020\n\n"
    body = (
        "Ngày 28/01/2021, Cụm thi đua số IV thuộc Bảo hiểm xã hội Việt Nam đã tổ chức Hội nghị tổng kết phong trào "
        "thi đua năm 2020.\n\n"
        "Đại diện BHXH tỉnh Thái Nguyên nhận cờ luân lưu Cụm trưởng. Ảnh: Đ.T\n\n"
        "Hội nghị do BHXH tỉnh Tuyên Quang (Cụm trưởng năm 2020) tổ chức tại trụ sở BHXH tỉnh Thái Nguyên."
    )
    got = [f for f in facts(body, "2021-01-30", lead) if f["kind"] == "conference"]
    assert [(f["date"], f["location"], f["host"]["province"]) for f in got] == [
        ("2021-01-28", "Thái Nguyên", "Tuyên Quang")
    ]


def test_a_correction_notice_reads_the_corrected_text_not_the_quoted_error() -> None:
    lead = "Đính chính thông tin trong bài về Cụm thi đua số 3\n\n"
    body = (
        "Tại đoạn thứ nhất, bài viết nêu \"Hội nghị do Công an tỉnh Nam Định đăng cai\". Nay đính chính lại là: Hội "
        "nghị tổng kết công tác năm 2023 của Cụm thi đua số 3 Bộ Công an được tổ chức vào sáng 20.12.2023 tại Công "
        "an tỉnh Thái Bình, do Công an tỉnh Thái Bình đăng cai.\n\n"
        "Tại đoạn thứ tư, bài viết nêu \"bầu Công an tỉnh Hưng Yên làm Cụm trưởng năm 2024\". Nay đính chính lại là: "
        "Hội nghị đã thống nhất bầu Công an tỉnh Hải Dương làm Cụm trưởng năm 2024."
    )
    found = facts(body, "2023-12-28", lead)
    meetings = [(f["date"], f["host"]["province"]) for f in found if f["kind"] == "conference"]
    assert meetings == [("2023-12-20", "Thái Bình")]
    assert {(f["member"]["province"], f["year"]) for f in found if f["kind"] == "role"} == {("Hải Dương", 2024)}


def test_a_roundup_of_clusters_sharing_a_number_keeps_each_host_and_grantor() -> None:
    lead = "Các đơn vị của Hà Tĩnh tại hội nghị tổng kết cụm thi đua\n\n"
    body = (
        "Cụm thi đua số 3 Bộ Công an\n\n"
        "Ngày 15/12, tại Công an tỉnh Quảng Bình, Cụm thi đua số 3 Bộ Công an đã tổ chức hội nghị tổng kết phong "
        "trào thi đua năm 2023. Công an tỉnh Quảng Bình – đơn vị Cụm trưởng năm 2023 – đăng cai hội nghị.\n\n"
        "Cụm thi đua số III BHXH Việt Nam\n\n"
        "Sáng 19.12, Cụm thi đua số III Bảo hiểm xã hội Việt Nam tổ chức hội nghị tổng kết năm 2023 tại TP. Vinh. "
        "BHXH tỉnh Nghệ An, đơn vị Cụm trưởng năm 2023, đăng cai tổ chức hội nghị. Hội nghị đề nghị Tổng Giám đốc "
        "BHXH Việt Nam tặng Cờ thi đua cho BHXH tỉnh Hà Tĩnh.\n\n"
        "Cụm thi đua số 3 Bộ TT&TT: Sở TT&TT Hà Tĩnh được đề nghị tặng Bằng khen\n\n"
        "Chiều 20/12, Cụm thi đua số 3 của Bộ Thông tin và Truyền thông tổng kết năm 2023 theo hình thức trực tuyến."
    )
    found = facts(body, "2023-12-22", lead)
    hosts = {(f["cluster"]["authority"], (f["host"] or {}).get("org")) for f in found if f["kind"] == "conference"}
    assert ("Bộ Công an", "Công an tỉnh") in hosts
    assert ("Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội tỉnh") in hosts
    tttt = "Sở Thông tin và Truyền thông"
    grantors = {f["grantor"] for f in found if f["kind"] == "award" and f["recipient"]["org"] == tttt}
    assert grantors == {"Bộ Thông tin và Truyền thông"}


def test_a_tag_pages_item_dated_by_the_stamp_line_above_it() -> None:
    lead = "BÁO ĐỒNG NAI ĐIỆN TỬ\n\nTag: cụm thi đua\n\n"
    body = (
        "Sơ kết thi đua 6 tháng đầu năm Cụm số 5 công đoàn\n12/07/2019 16:40\n\n"
        "Sáng 12/7, Cụm thi đua số 5 Tổng Liên đoàn Lao động Việt Nam sơ kết phong trào thi đua 6 tháng đầu năm "
        "2019 tại LĐLĐ tỉnh Bình Dương.\n\n"
        "LĐLĐ Đồng Nai bàn giao nhiệm vụ Cụm trưởng\n15/01/2018 07:55\n\n"
        "Ngày 14/1, tại TP Biên Hòa, Cụm thi đua số 5 Tổng LĐLĐ Việt Nam tổng kết hoạt động năm 2017. LĐLĐ tỉnh "
        "Đồng Nai, Cụm trưởng năm 2017, đăng cai hội nghị."
    )
    found = facts(body, None, lead)
    got = {(f["date"], (f["host"] or {}).get("province")) for f in found if f["kind"] == "conference"}
    assert got == {("2019-07-12", None), ("2018-01-14", "Đồng Nai")}


def test_a_heading_conferral_dated_by_the_lead_yields_to_the_body_statement_with_its_own_year() -> None:
    lead = (
        "Cụm thi đua số 2 ngành Tòa án tổng kết năm 2020\n\n"
        "Các cụm thi đua ngành Tòa án đã tổ chức hội nghị tổng kết, đánh giá kết quả phong trào thi đua năm 2020 "
        "và ký kết giao ước thi đua năm 2021 trong những ngày đầu năm.\n\n"
    )
    body = (
        "TAND tỉnh Lâm Đồng đón nhận Cờ thi đua\n\n"
        "Ngày 12-1, Cụm thi đua số 2 Tòa án nhân dân tối cao, gồm TAND 5 tỉnh Tây Nguyên (Kon Tum, Gia Lai, Đắk "
        "Lắk, Đắk Nông và Lâm Đồng), đã tổng kết phong trào thi đua năm 2020.\n\n"
        "Tại hội nghị, TAND tỉnh Lâm Đồng vinh dự đón nhận Cờ thi đua của Tòa án nhân dân tối cao theo Quyết định "
        "số 112/QĐ-TANDTC, ghi nhận thành tích dẫn đầu phong trào thi đua năm 2019 của đơn vị."
    )
    found = facts(body, "2021-01-15", lead)
    assert {(f["year"], f["decision"]) for f in found if f["kind"] == "award"} == {(2019, "112/QĐ-TANDTC")}
    listed = {f["member"]["province"] for f in found if f["kind"] == "membership"}
    assert listed == {"Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng"}



def test_hosts_that_organise_solemnly_or_are_charged_with_organising() -> None:
    lead = "Cụm thi đua số III ngành BHXH tổng kết năm 2015\n\n"
    body = (
        "Sáng 4.3, tại trụ sở BHXH tỉnh Lạng Sơn, Cụm thi đua số III thuộc Bảo hiểm xã hội Việt Nam đã tổ chức hội "
        "nghị tổng kết phong trào thi đua năm 2015. BHXH tỉnh Lạng Sơn, đơn vị Cụm trưởng năm 2016, chịu trách nhiệm "
        "tổ chức hội nghị."
    )
    got = [f for f in facts(body, "2016-03-05", lead) if f["kind"] == "conference"]
    assert [f["host"]["province"] for f in got] == ["Lạng Sơn"]
    body2 = (
        "Sáng 26-3, Đài PT-TH Gia Lai long trọng tổ chức lễ đón nhận Cờ thi đua của Chính phủ, kết hợp tổng kết "
        "công tác thi đua năm 2015 của Cụm thi đua số V các Đài PT-TH khu vực Tây Nguyên."
    )
    found = facts(body2, "2016-03-28", "Đài PT-TH Gia Lai đón nhận Cờ thi đua\n\n")
    got = [f for f in found if f["kind"] == "conference"]
    assert [(f["host"] or {}).get("province") for f in got] == ["Gia Lai"]


def test_the_decision_about_giving_an_award_is_the_one_handed_over_after_it() -> None:
    body = (
        "Dịp này, đại diện Vụ Thi đua - Khen thưởng đã công bố Quyết định số 512/QĐ-BTTTT của Bộ trưởng Bộ TTTT về "
        "việc tặng Cờ thi đua năm 2023 và trao Cờ thi đua của Bộ TTTT cho Sở TTTT tỉnh Nghệ An, đơn vị dẫn đầu Cụm."
    )
    got = {(f["recipient"]["province"], f["decision"]) for f in facts(body) if f["kind"] == "award"}
    assert got == {("Nghệ An", "512/QĐ-BTTTT")}


def test_a_members_table_takes_the_year_nearest_to_it_in_its_caption() -> None:
    lead = "Thông báo phân công đơn vị Cụm trưởng, Cụm phó các Cụm thi đua năm 2024\n\n"
    body = (
        "Căn cứ kết quả Hội nghị tổng kết năm 2023 của các Cụm thi đua, Bộ TT&TT thông báo danh sách đơn vị Cụm "
        "trưởng, Cụm phó các Cụm thi đua năm 2024 như sau:\n\n"
        "| Cụm | Các đơn vị thành viên | Cụm trưởng năm 2024 | Cụm phó năm 2024 |\n\n|---|---|---|---|\n\n"
        "| Cụm số 1 | Sở TT&TT các tỉnh: Hà Giang, Cao Bằng, Lào Cai | Sở TT&TT tỉnh Lào Cai | Sở TT&TT Hà Giang |\n\n"
        "Đối với Cụm số 1, Hội nghị tổng kết năm 2023 đã diễn ra ngày 12/12/2023 tại tỉnh Hà Giang."
    )
    assert {y for _, _, y in members(body, published="2024-01-20", lead=lead)} == {2024}


def test_the_meetings_told_beside_a_side_note_and_one_vote_one_year() -> None:
    lead = "Trung ương Hội điều chỉnh các Cụm thi đua năm 2026\n\n"
    body = (
        "Ngày 05/02/2026, Ban Thường vụ Trung ương Hội CCB Việt Nam ban hành Quyết định số 58/QĐ-CCB phân công đơn vị "
        "Cụm trưởng, Cụm phó năm 2026. Cụm số 1: Hội CCB tỉnh Thái Nguyên làm Cụm trưởng năm 2026.\n\n"
        "Trước đó, sáng 16.1, tại tỉnh Quảng Ninh, Cụm thi đua số 2 đã tổng kết phong trào thi đua năm 2025. Ngày "
        "23/01/2026, Hội nghị tổng kết năm 2025 của Cụm thi đua số 1 do Hội CCB tỉnh Lạng Sơn đăng cai tổ chức tại "
        "tỉnh Lạng Sơn.\n\n"
        "Hội nghị Cụm số 1 cũng đã bình xét, thống nhất đề nghị Trung ương Hội CCB Việt Nam tặng Cờ thi đua năm 2025 "
        "cho Hội CCB tỉnh Điện Biên; tặng Bằng khen cho Hội CCB tỉnh Sơn La."
    )
    found = facts(body, "2026-02-10", lead)
    meetings = {(f["cluster"]["number"], f["date"]) for f in found if f["kind"] == "conference"}
    assert meetings == {(2, "2026-01-16"), (1, "2026-01-23")}
    assert {(f["recipient"]["province"], f["year"]) for f in found if f["kind"] == "award"} == {
        ("Điện Biên", 2025),
        ("Sơn La", 2025),
    }


def test_a_head_and_an_inverted_deputy_in_one_numbered_item() -> None:
    lead = "Luân phiên Cụm trưởng Cụm thi đua số 3 giai đoạn 2019-2021\n\n"
    body = (
        "Việc luân phiên Cụm trưởng, Cụm phó của Cụm thi đua số 3 Bộ Công an được xác định như sau:\n"
        "1. Năm 2020: Công an tỉnh Quảng Bình làm Cụm trưởng; Công an tỉnh Quảng Trị làm Cụm phó;\n"
        "2. Năm 2021: Công an tỉnh Quảng Trị làm Cụm truởng, Cụm phó là Công an tỉnh Nghệ An."
    )
    assert roles(body, published="2019-01-18", lead=lead) == {
        ("Quảng Bình", "head", 2020),
        ("Quảng Trị", "deputy", 2020),
        ("Quảng Trị", "head", 2021),
        ("Nghệ An", "deputy", 2021),
    }


def test_a_score_list_of_the_counted_member_units() -> None:
    lead = "Cụm thi đua số VII LĐLĐ tổng kết năm 2016\n\n"
    body = (
        "Ngày 12-1-2017, Cụm thi đua số VII thuộc Tổng Liên đoàn Lao động Việt Nam tổng kết phong trào thi đua năm "
        "2016. Kết quả của 3 đơn vị thành viên như sau:\n"
        "  - LĐLĐ tỉnh Gia Lai: 98,5 điểm;\n  - LĐLĐ tỉnh Kon Tum: 97 điểm;\n  - LĐLĐ tỉnh Lâm\nĐồng: 95 điểm.\n"
    )
    assert members(body, published="2017-01-14", lead=lead) == {
        (p, "explicit", 2016) for p in ("Gia Lai", "Kon Tum", "Lâm Đồng")
    }


def test_a_summary_of_activities_is_no_meeting_and_the_post_before_a_bracket() -> None:
    lead = "Công an tỉnh Hà Giang đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Đặc biệt, với vai trò Cụm trưởng Cụm thi đua số 1 năm 2020 (gồm Công an 7 tỉnh miền núi phía Bắc), Công "
        "an tỉnh đã chủ trì tổ chức thành công các hoạt động giao ước, kiểm tra chéo, sơ kết, tổng kết phong trào "
        "thi đua của Cụm."
    )
    found = facts(body, "2021-03-20", lead)
    assert [f for f in found if f["kind"] == "conference"] == []
    assert {(f["member"]["province"], f["year"]) for f in found if f["kind"] == "role"} == {("Hà Giang", 2020)}


def test_a_mid_year_review_by_day_alone_and_a_joint_one_with_a_partner_cluster() -> None:
    lead = "Cụm thi đua số 4 LĐLĐ tổng kết năm 2023\n\n"
    opening = (
        "Ngày 15/12/2023, Cụm thi đua số 4 thuộc Tổng Liên đoàn Lao động Việt Nam tổ chức hội nghị tổng kết năm "
        "2023 tại tỉnh Hà Tĩnh. "
    )
    by_day = opening + "Trước đó, ngày 14/7, tại tỉnh Quảng Trị, Cụm đã tổ chức hội nghị sơ kết 6 tháng đầu năm."
    joint = opening + (
        "Trong năm, Cụm đã phối hợp với Cụm thi đua số 5 tổ chức hội nghị sơ kết liên cụm tại tỉnh Quảng Nam."
    )

    def mid_year(body: str) -> set[tuple]:
        found = facts(body, "2023-12-18", lead)
        return {(f["cluster"]["number"], f["date"], f["location"]) for f in found if f.get("type") == "mid_year"}

    assert mid_year(by_day) == {(4, "2023-07-14", "Quảng Trị")}
    assert mid_year(joint) == {(5, None, "Quảng Nam"), (4, None, "Quảng Nam")}


def test_rotation_items_under_a_year_header_after_a_table_of_the_current_year() -> None:
    lead = "Điều chỉnh Cụm thi đua các Sở KH&CN sau sắp xếp đơn vị hành chính\n\n"
    body = (
        "Thành phần và đơn vị Cụm trưởng, Cụm phó năm 2025 như sau:\n\n"
        "| Cụm | Các Sở KH&CN thành viên | Cụm trưởng năm 2025 | Cụm phó năm 2025 |\n\n|---|---|---|---|\n\n"
        "| Cụm thi đua số 1 (3 đơn vị) | Tuyên Quang, Lào Cai, Thái Nguyên | Sở KH&CN tỉnh Lào Cai | Sở KH&CN tỉnh "
        "Thái Nguyên |\n\n"
        "Quyết định cũng quy định việc luân phiên Cụm trưởng, Cụm phó cho năm tiếp theo. Cụ thể, năm 2026:\n\n"
        "- Cụm thi đua số 1: Sở KH&CN tỉnh Thái Nguyên làm Cụm trưởng, Sở KH&CN tỉnh Tuyên Quang làm Cụm phó;\n"
    )
    assert roles(body, published="2025-10-05", lead=lead) == {
        ("Lào Cai", "head", 2025),
        ("Thái Nguyên", "deputy", 2025),
        ("Thái Nguyên", "head", 2026),
        ("Tuyên Quang", "deputy", 2026),
    }


def test_table_rows_labelled_by_number_and_count_carry_roles_and_members() -> None:
    lead = "Kiện toàn Cụm thi đua Công an các địa phương năm 2026\n\n"
    body = (
        "Thành phần và đơn vị Cụm trưởng, Cụm phó năm 2026 của một số Cụm thuộc Bộ Công an:\n\n"
        "| Cụm | Thành viên | Cụm trưởng | Cụm phó |\n\n|---|---|---|---|\n\n"
        "| Số 2 (3 đơn vị) | Công an: Quảng Ninh, Hưng Yên, Bắc Ninh | Công an tỉnh Bắc Ninh | Công an tỉnh Hưng "
        "Yên |\n"
    )
    found = facts(body, "2026-01-10", lead)
    assert {(f["member"]["province"], f["role"]) for f in found if f["kind"] == "role"} == {
        ("Bắc Ninh", "head"),
        ("Hưng Yên", "deputy"),
    }
    listed = {f["member"]["province"] for f in found if f["kind"] == "membership"}
    assert listed == {"Quảng Ninh", "Hưng Yên", "Bắc Ninh"}


def test_the_side_meeting_votes_and_the_leaders_named_after_the_award() -> None:
    lead = "Kiện toàn Cụm thi đua Công an năm 2026\n\n"
    body = (
        "Theo Kế hoạch số 08/KH-BCA, Công an tỉnh Hà Tĩnh được giao làm Cụm trưởng Cụm thi đua số 4 năm 2026.\n\n"
        "Trước đó, ngày 09/01/2026, tại Công an TP Đà Nẵng, Cụm thi đua số 4 đã tổ chức hội nghị tổng kết phong trào "
        "thi đua năm 2025.\n\n"
        "Hội nghị đã bình xét, thống nhất đề nghị Bộ trưởng Bộ Công an tặng Cờ thi đua cho 2 đơn vị dẫn đầu Cụm là "
        "Công an tỉnh Nghệ An và Công an tỉnh Quảng Trị."
    )
    found = facts(body, "2026-01-20", lead)
    awarded = [f for f in found if f["kind"] == "award"]
    got = {(f["recipient"]["province"], f["year"], (f["cluster"] or {}).get("number")) for f in awarded}
    assert got == {("Nghệ An", 2025, 4), ("Quảng Trị", 2025, 4)}


def test_a_tag_pages_items_of_several_years_keep_their_own_meetings_and_lists() -> None:
    lead = "Từ khóa: khối thi đua số 3\n\n"
    body = (
        "Hà Giang tổng kết năm làm Khối trưởng\n16/12/2015 09:05\n"
        "Ngày 15/12/2015, BHXH tỉnh Hà Giang - Khối trưởng Khối thi đua số 3 năm 2015 đã chủ trì hội nghị tổng kết "
        "phong trào thi đua của Khối.\n\n"
        "Khối thi đua số 3 BHXH các tỉnh miền núi phía Bắc tổng kết năm 2013\n26/12/2013 08:30\n"
        "Ngày 24-12, tại tỉnh Lào Cai, Khối thi đua số 3 thuộc Bảo hiểm xã hội Việt Nam (gồm BHXH 3 tỉnh: Lào Cai, "
        "Yên Bái và Hà Giang) đã tổng kết năm 2013."
    )
    found = facts(body, None, lead)
    assert {(f["date"], f["reviews_year"]) for f in found if f["kind"] == "conference"} == {
        ("2015-12-15", 2015),
        ("2013-12-24", 2013),
    }
    listed = {(f["member"]["province"], f["year"]) for f in found if f["kind"] == "membership"}
    assert listed == {("Lào Cai", 2013), ("Yên Bái", 2013), ("Hà Giang", 2013)}


def test_a_roundup_of_two_clusters_numbered_2_of_two_sectors_keeps_each_units_own() -> None:
    lead = "Khối Đài PT-TH Tây Nguyên và Cụm Hội CCB Nam Trung Bộ tổng kết 2019\n\n"
    body = (
        "Khối Đài PT-TH\n\n"
        "Sáng 5/12, Khối thi đua số II thuộc Bộ Thông tin - Truyền thông đã tổng kết năm 2019. Hội nghị do Đài PT-TH "
        "Gia Lai đăng cai.\n\n"
        "Cụm Hội CCB số 2\n\n"
        "Ngày 10/12/2019, tại tỉnh Khánh Hoà, Cụm thi đua số 2 Hội Cựu chiến binh Việt Nam đã tổng kết năm 2019.\n\n"
        "Hội CCB tỉnh Khánh Hòa - Cụm trưởng năm 2019 đăng cai hội nghị. Hội nghị đã thống nhất đề nghị Trung ương "
        "Hội CCB Việt Nam tặng Cờ thi đua cho Hội CCB tỉnh Phú Yên."
    )
    found = facts(body, "2019-12-12", lead)
    assert {(f["member"]["province"], f["cluster"]["bloc"]) for f in found if f["kind"] == "role"} == {
        ("Khánh Hòa", "Hội Cựu chiến binh tỉnh")
    }
    assert {f["cluster"]["bloc"] for f in found if f["kind"] == "award"} == {"Hội Cựu chiến binh tỉnh"}


def test_the_year_of_a_date_written_out_does_not_frame_the_list_after_it() -> None:
    lead = "LĐLĐ tỉnh Gia Lai vinh dự đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Trước đó, ngày 16 tháng 1 năm 2026, tại tỉnh Đắk Lắk, Cụm thi đua số 4 Tổng LĐLĐ Việt Nam (gồm LĐLĐ 3 tỉnh: "
        "Gia Lai, Đắk Lắk và Lâm Đồng) đã tổ chức Hội nghị tổng kết năm 2025."
    )
    assert {y for _, _, y in members(body, published="2026-03-05", lead=lead)} == {2025}


def test_the_host_named_with_its_post_and_sector_before_the_verb() -> None:
    lead = "Cụm thi đua Cục Thuế Nam Trung Bộ tổng kết năm 2015\n\n"
    body = (
        "Ngày 22.1, tại Cục Thuế tỉnh Lâm Đồng, Cục Thuế tỉnh Khánh Hoà, Cụm trưởng Cụm thi đua số III năm 2015 của "
        "ngành Thuế, đã tổ chức hội nghị tổng kết phong trào thi đua năm 2015."
    )
    got = [f for f in facts(body, "2016-01-25", lead) if f["kind"] == "conference"]
    assert [(f["location"], f["host"]["province"]) for f in got] == [("Lâm Đồng", "Khánh Hòa")]


def test_an_online_meetings_points_in_bullets_and_a_review_told_in_passing_of_the_year_before() -> None:
    lead = "Cụm thi đua số IV sơ kết 6 tháng đầu năm 2021 theo hình thức trực tuyến\n\n"
    body = (
        "Ngày 15-7, Công an tỉnh Lâm Đồng – đơn vị Cụm trưởng Cụm thi đua số IV, Bộ Công an năm 2021 tổ chức hội "
        "nghị sơ kết công tác thi đua 6 tháng đầu năm 2021 theo hình thức trực tuyến.\n\n"
        "Điểm cầu chính đặt tại Hội trường Công an tỉnh Lâm Đồng; các điểm cầu thành phần gồm:\n\n"
        "- Điểm cầu Công an tỉnh Kon Tum;\n\n- Điểm cầu Công an tỉnh Gia Lai;\n\n- Điểm cầu Công an tỉnh Đắk Lắk.\n\n"
        "Các đơn vị đã thực hiện nghiêm túc nội dung giao ước ký kết tại Hội nghị tổng kết năm 2020 của Cụm, được tổ "
        "chức vào tháng 12/2020 tại Công an tỉnh Đắk Nông – khi đó là đơn vị Cụm trưởng năm 2020."
    )
    found = facts(body, "2021-07-16", lead)
    attended = {f["member"]["province"] for f in found if f["kind"] == "membership" and f["basis"] == "attendance"}
    assert attended == {"Lâm Đồng", "Kon Tum", "Gia Lai", "Đắk Lắk"}
    meetings = {(f["date"], f["location"], f["reviews_year"]) for f in found if f["kind"] == "conference"}
    assert ("2020-12", "Đắk Nông", 2020) in meetings
    held = {(f["member"]["province"], f["role"], f["year"]) for f in found if f["kind"] == "role"}
    assert ("Đắk Nông", "head", 2020) in held


def test_a_review_asked_of_the_members_for_a_later_month_is_no_meeting() -> None:
    lead = "Cụm thi đua số 4 Sở VHTT&DL ký kết giao ước thi đua năm 2017\n\n"
    body = (
        "Ngày 20/2, Cụm thi đua số 4 thuộc Bộ VHTT&DL tổ chức ký kết giao ước thi đua năm 2017 tại tỉnh Phú Yên. "
        "Ông H. đề nghị các Sở trong Cụm duy trì nề nếp sinh hoạt Cụm, tổ chức sơ kết 6 tháng đầu năm 2017 tại tỉnh "
        "Ninh Thuận vào tháng 7/2017."
    )
    got = [f for f in facts(body, "2017-02-22", lead) if f["kind"] == "conference" and f["type"] == "mid_year"]
    assert got == []


def test_a_rotation_table_with_one_column_per_cluster_and_role() -> None:
    lead = "Thống nhất lịch luân phiên Cụm trưởng, Cụm phó giai đoạn 2019 - 2021\n\n"
    body = (
        "BHXH Việt Nam thông báo lịch luân phiên đơn vị Cụm trưởng, Cụm phó của Cụm thi đua số 4 và Cụm thi đua số 5 "
        "như sau:\n\n"
        "| Năm | Cụm số 4 – Cụm trưởng | Cụm số 4 – Cụm phó | Cụm số 5 – Cụm trưởng | Cụm số 5 – Cụm phó |\n\n"
        "|---|---|---|---|---|\n\n"
        "| 2019 | BHXH Gia Lai | BHXH Kon Tum | BHXH Khánh Hoà | BHXH Phú Yên |\n\n"
        "| 2020 | BHXH Kon Tum | BHXH Lâm Đồng | BHXH Phú Yên | BHXH Ninh Thuận |\n"
    )
    found = facts(body, "2019-02-20", lead)
    held = [f for f in found if f["kind"] == "role"]
    got = {(f["cluster"]["number"], f["year"], f["role"], f["member"]["province"]) for f in held}
    assert got == {
        (4, 2019, "head", "Gia Lai"), (4, 2019, "deputy", "Kon Tum"),
        (5, 2019, "head", "Khánh Hòa"), (5, 2019, "deputy", "Phú Yên"),
        (4, 2020, "head", "Kon Tum"), (4, 2020, "deputy", "Lâm Đồng"),
        (5, 2020, "head", "Phú Yên"), (5, 2020, "deputy", "Ninh Thuận"),
    }  # fmt: skip


def test_numbered_items_naming_grantor_and_verb_under_a_proposal_header() -> None:
    lead = "Cụm thi đua số 3 BĐBP tổng kết năm 2025\n\n"
    body = (
        "Ngày 12/12/2025, Cụm thi đua số 3 Bộ Tư lệnh Bộ đội Biên phòng tổng kết phong trào thi đua năm 2025.\n\n"
        "Qua bình xét, hội nghị thống nhất đề nghị:\n"
        "1. Bộ Quốc phòng tặng Cờ thi đua cho Bộ Chỉ huy BĐBP tỉnh Quảng Ngãi;\n"
        "2. Tư lệnh BĐBP tặng Bằng khen cho Bộ Chỉ huy BĐBP thành phố Huế\n"
        "vì đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025."
    )
    found = facts(body, "2025-12-15", lead)
    got = {(f["recipient"]["province"], f["status"], f["year"]) for f in found if f["kind"] == "award"}
    assert got == {("Quảng Ngãi", "proposed", 2025), ("Huế", "proposed", 2025)}


def test_the_remaining_units_proposed_before_the_award() -> None:
    lead = "Cụm thi đua số 7 LĐLĐ tổng kết năm 2015\n\n"
    body = (
        "Cụm thi đua số 7 thuộc Tổng Liên đoàn Lao động Việt Nam gồm LĐLĐ các tỉnh: Đồng Nai, Bình Dương, Tây Ninh "
        "và Bình Phước. Qua bình xét, Cụm thống nhất đề nghị Tổng LĐLĐ Việt Nam tặng Cờ thi đua năm 2015 cho LĐLĐ "
        "tỉnh Đồng Nai; các đơn vị còn lại đề nghị Tổng LĐLĐ tặng Bằng khen."
    )
    got = {(f["recipient"]["province"], f["award"]) for f in facts(body, "2016-03-10", lead) if f["kind"] == "award"}
    assert got == {
        ("Đồng Nai", "emulation_flag"),
        ("Bình Dương", "certificate_of_merit"),
        ("Tây Ninh", "certificate_of_merit"),
        ("Bình Phước", "certificate_of_merit"),
    }


def test_recipient_bullets_past_one_the_vocabulary_lacks() -> None:
    body = (
        "Ngày 15/4/2016, Đoàn Chủ tịch Tổng LĐLĐ Việt Nam đã ban hành Quyết định số 685/QĐ-TLĐ về việc tặng Cờ thi "
        "đua năm 2015 cho các tập thể có thành tích xuất sắc, trong đó có:\n\n"
        "- Liên đoàn Lao động tỉnh Hoà Bình;\n\n- Công đoàn ngành Giáo dục tỉnh Hoà Bình;\n\n"
        "- Liên đoàn Lao động tỉnh Yên Bái."
    )
    assert {p for p, *_ in awards(body, published="2016-04-20")} == {"Hòa Bình", "Yên Bái"}


def test_a_caption_naming_next_years_roles_at_a_review_leaves_the_make_up_to_the_reviewed_year() -> None:
    lead = "Cụm thi đua số 1 và số 2 Thanh tra các tỉnh tổng kết năm 2013\n\n"
    body = (
        "Ngày 20 tháng 12 năm 2013, tại tỉnh Quảng Ninh, Thanh tra tỉnh Quảng Ninh đăng cai tổ chức Hội nghị tổng kết "
        "phong trào thi đua năm 2013 của Cụm thi đua số 1 thuộc Thanh tra Chính phủ.\n\n"
        "Thành phần Cụm và kết quả bầu Cụm trưởng, Cụm phó năm 2014 như sau:\n\n"
        "| Cụm | Thanh tra các tỉnh | Cụm trưởng năm 2014 | Cụm phó năm 2014 |\n\n|---|---|---|---|\n\n"
        "| Cụm số 1 | Quảng Ninh, Hải Phòng, Hưng Yên | Thanh tra TP. Hải Phòng | Thanh tra tỉnh Hưng Yên |\n"
    )
    found = facts(body, "2013-12-23", lead)
    assert {f["year"] for f in found if f["kind"] == "membership"} == {2013}
    assert {f["year"] for f in found if f["kind"] == "role"} == {2014}


def test_a_decisions_make_up_announced_at_a_review_and_what_a_cluster_is_left_with() -> None:
    lead = "Kiện toàn Cụm thi đua số 3 sau sắp xếp đơn vị hành chính\n\n"
    body = (
        "Sáng 8-1, Cụm thi đua số 3 - Bộ Công an tổ chức Hội nghị tổng kết phong trào thi đua năm 2025 tại Công an "
        "tỉnh Hà Tĩnh.\n\n"
        "Đại diện Cục đã công bố Quyết định số 215/QĐ-BCA về việc kiện toàn các Cụm thi đua. Theo đó, thành phần và "
        "đơn vị Cụm trưởng, Cụm phó năm 2026 như sau:\n\n"
        "| Cụm thi đua | Đơn vị thành viên | Cụm trưởng năm 2026 | Cụm phó năm 2026 |\n\n|---|---|---|---|\n\n"
        "| Số 3 | Công an các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh | Công an tỉnh Nghệ An | Công an tỉnh Hà Tĩnh |\n"
    )
    assert {y for _, _, y in members(body, published="2026-01-09", lead=lead)} == {2026}
    lead2 = "Bộ TT&TT điều chỉnh thành viên một số Cụm thi đua năm 2016\n\n"
    body2 = (
        "Ngày 18/3/2016, Bộ trưởng Bộ TTTT ký Quyết định số 412/QĐ-BTTTT điều chỉnh thành viên các Cụm thi đua. Bộ "
        "điều chuyển Sở TT&TT tỉnh Quảng Trị từ Cụm thi đua số IV sang Cụm thi đua số V kể từ năm 2016. Cụm thi đua "
        "số IV còn lại các Sở TT&TT: Thanh Hóa, Nghệ An, Hà Tĩnh và Quảng Bình."
    )
    got = {(p, y) for p, _, y in members(body2, published="2016-03-24", lead=lead2)}
    assert {("Thanh Hóa", 2016), ("Nghệ An", 2016), ("Hà Tĩnh", 2016), ("Quảng Bình", 2016)} <= got


def test_a_decision_opening_the_sentence_covers_each_clause() -> None:
    body = (
        "Trước đó, tại Quyết định số 3015/QĐ-BTTTT ngày 30/12/2022, Bộ trưởng Bộ TTTT đã tặng Cờ thi đua của Bộ cho "
        "Sở TTTT tỉnh Nghệ An; tặng Bằng khen của Bộ trưởng cho Sở TTTT tỉnh Hà Tĩnh vì có thành tích xuất sắc năm "
        "2022."
    )
    got = {(f["recipient"]["province"], f["decision"]) for f in facts(body) if f["kind"] == "award"}
    assert got == {("Nghệ An", "3015/QĐ-BTTTT"), ("Hà Tĩnh", "3015/QĐ-BTTTT")}


def test_a_roles_table_captioned_with_its_year_in_a_page_about_last_years_awards() -> None:
    lead = (
        "Bộ TT&TT khen thưởng các tập thể năm 2017\n\n"
        "Ngày 24/01/2018, Bộ trưởng Bộ Thông tin và Truyền thông đã ký các quyết định khen thưởng tập thể có thành "
        "tích xuất sắc trong phong trào thi đua năm 2017.\n\n"
    )
    body = (
        "Đồng thời, Bộ trưởng đã ký quyết định giao nhiệm vụ Cụm trưởng, Cụm phó các Cụm thi đua năm 2018. Một số "
        "Cụm như sau:\n\n"
        "| Cụm, Khối | Cụm trưởng (Khối trưởng) | Cụm phó (Khối phó) |\n\n|---|---|---|\n\n"
        "| Cụm thi đua số 3 (Sở TT&TT) | Sở TT&TT Nam Định | Sở TT&TT Hà Nam |\n"
    )
    assert roles(body, published="2018-01-26", lead=lead) == {("Nam Định", "head", 2018), ("Hà Nam", "deputy", 2018)}


def test_a_role_label_with_the_holders_title_and_no_name() -> None:
    lead = "BHXH Việt Nam phân công Cụm trưởng các Cụm thi đua năm 2016\n\n"
    body = (
        "Cụm thi đua số 6 gồm BHXH 5 tỉnh: Đắk Lắk, Đắk Nông, Gia Lai, Kon Tum và Lâm Đồng.\n"
        "Cụm trưởng năm 2016: Giám đốc BHXH tỉnh Lâm Đồng. Cụm phó: Giám đốc BHXH tỉnh Gia Lai."
    )
    assert roles(body, published="2016-02-03", lead=lead) == {("Lâm Đồng", "head", 2016), ("Gia Lai", "deputy", 2016)}


def test_a_role_after_a_move_belongs_to_the_items_own_cluster() -> None:
    lead = "BHXH Việt Nam điều chỉnh các Cụm thi đua năm 2016\n\n"
    body = (
        "1. Cụm thi đua số II gồm BHXH 5 tỉnh: Nam Định, Ninh Bình, Hà Nam, Thái Bình và Hưng Yên. BHXH tỉnh Hưng "
        "Yên được chuyển từ Cụm thi đua số I sang; BHXH tỉnh Thanh Hóa chuyển sang sinh hoạt tại Cụm thi đua số III. "
        "Giao BHXH tỉnh Nam Định làm Cụm trưởng, BHXH tỉnh Thái Bình làm Cụm phó năm 2016."
    )
    got = {
        (f["member"]["province"], f["cluster"]["number"]) for f in facts(body, published="2016-02-03", lead=lead)
        if f["kind"] == "role"
    }
    assert got == {("Nam Định", 2), ("Thái Bình", 2)}


def test_numbered_rotation_lines_under_a_role_and_a_colon() -> None:
    lead = "Cụm thi đua số 4 ngành Thuế thống nhất thứ tự Cụm trưởng\n\n"
    body = (
        "Cụm thi đua số 4 gồm Cục Thuế 4 tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị. Các đơn vị thống nhất thứ "
        "tự luân phiên Cụm trưởng giai đoạn 2022 - 2024 như sau:\n"
        "1. Năm 2022: Cục Thuế tỉnh Hà Tĩnh;\n2. Năm 2023: Cục Thuế tỉnh Quảng Bình;\n"
        "3. Năm 2024: Cục Thuế tỉnh Quảng Trị."
    )
    assert roles(body, published="2022-02-10", lead=lead) == {
        ("Hà Tĩnh", "head", 2022), ("Quảng Bình", "head", 2023), ("Quảng Trị", "head", 2024),
    }  # fmt: skip
    # items that name their own roles are not items of the header's last role
    body2 = (
        "Cụm thi đua số 4 gồm Cục Thuế 4 tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị. Thứ tự luân phiên Cụm "
        "trưởng, Cụm phó như sau:\n"
        "- Năm 2022: Cục Thuế tỉnh Hà Tĩnh làm Cụm trưởng, Cục Thuế tỉnh Quảng Bình làm Cụm phó;\n"
        "- Năm 2023: Cục Thuế tỉnh Quảng Bình - Cụm trưởng; Cục Thuế tỉnh Quảng Trị - Cụm phó."
    )
    assert roles(body2, published="2022-02-10", lead=lead) == {
        ("Hà Tĩnh", "head", 2022), ("Quảng Bình", "deputy", 2022),
        ("Quảng Bình", "head", 2023), ("Quảng Trị", "deputy", 2023),
    }  # fmt: skip


def test_an_item_of_announced_election_results_is_next_years_and_so_is_its_remainder() -> None:
    lead = (
        "Ngày 12/01/2024, tại tỉnh Hòa Bình, VKSND tỉnh Sơn La tổ chức Hội nghị tổng kết phong trào thi đua năm "
        "2023 của Cụm thi đua số 2.\n\n"
    )
    body = (
        "Dịp này, Vụ Thi đua - Khen thưởng VKSND tối cao cũng thông báo kết quả bình bầu tại các Cụm thi đua khác. "
        "Theo đó:\n"
        "- Cụm thi đua số 4: Cụm trưởng là VKSND tỉnh Thái Bình, Cụm phó là VKSND tỉnh Nam Định; các đơn vị còn lại "
        "trong Cụm là VKSND các tỉnh Hà Nam và Ninh Bình.\n"
    )
    got = facts(body, published="2024-01-15", lead=lead)
    four = {(f["kind"], f["member"]["province"], f["year"]) for f in got if (f.get("cluster") or {}).get("number") == 4}
    assert four == {
        ("role", "Thái Bình", 2024), ("role", "Nam Định", 2024), ("membership", "Thái Bình", 2024),
        ("membership", "Nam Định", 2024), ("membership", "Hà Nam", 2024), ("membership", "Ninh Bình", 2024),
    }  # fmt: skip


def test_members_after_thanh_vien_gom_inside_a_report_sentence() -> None:
    lead = (
        "Sáng 12/12, tại tỉnh Thái Bình, Cụm thi đua số II, Tổng Liên đoàn Lao động Việt Nam tổ chức Hội nghị tổng "
        "kết phong trào thi đua năm 2022.\n\n"
    )
    body = (
        "Theo báo cáo, năm 2022, các đơn vị thành viên gồm LĐLĐ các tỉnh: Thái Bình, Nam Định; Hà Nam và Ninh Bình "
        "đã hoàn thành các chỉ tiêu được giao."
    )
    got = members(body, published="2022-12-13", lead=lead)
    assert got == {(p, "explicit", 2022) for p in ("Thái Bình", "Nam Định", "Hà Nam", "Ninh Bình")}


def test_some_units_such_as_after_a_sentence_about_the_cluster() -> None:
    lead = (
        "Ngày 8/1, Hội nghị tổng kết công tác thi đua năm 2015 của Cụm thi đua số 5, Bảo hiểm xã hội Việt Nam đã "
        "diễn ra tại tỉnh Long An.\n\n"
    )
    body = (
        "Năm 2015, các đơn vị trong Cụm đều hoàn thành kế hoạch thu. Nhiều đơn vị như BHXH Long An, Tây Ninh đã "
        "giảm mạnh nợ đọng."
    )
    got = members(body, published="2016-01-09", lead=lead)
    assert got == {("Long An", "examples", 2015), ("Tây Ninh", "examples", 2015)}
    # without the sentence about the Cụm before it, the units are not read as its members
    alone = "Năm 2015, ngành đã hoàn thành kế hoạch thu. Nhiều đơn vị như BHXH Long An, Tây Ninh đã giảm mạnh nợ đọng."
    assert members(alone, published="2016-01-09", lead=lead) == set()


def test_numbered_items_under_a_header_that_ends_in_trao() -> None:
    lead = "Sở KH&CN tỉnh Lào Cai đón nhận Cờ thi đua của Bộ KH&CN\n\n"
    body = (
        "Tại buổi lễ, thừa ủy quyền, Thứ trưởng Nguyễn Văn E. đã trao:\n"
        "1. Bằng khen của Thủ tướng Chính phủ cho Sở Khoa học và Công nghệ tỉnh Lào Cai (Quyết định số 95/QĐ-TTg);\n"
        "2. Bằng khen của Bộ trưởng Bộ KH&CN cho 05 cá nhân thuộc Sở."
    )
    got = {
        (f["recipient"]["province"], f["status"], f["grantor"], f["decision"])
        for f in facts(body, published="2026-03-02", lead=lead)
        if f["kind"] == "award" and f["award"] == "certificate_of_merit"
    }
    assert got == {("Lào Cai", "conferred", "Chính phủ", "95/QĐ-TTg")}


def test_cung_quyet_dinh_opening_the_sentence_covers_each_clause() -> None:
    body = (
        "Được biết, cùng Quyết định số 77/QĐ-BTTTT, Bộ TT&TT cũng tặng Cờ thi đua năm 2023 cho Sở TTTT tỉnh Nghệ An "
        "và tặng Bằng khen của Bộ trưởng cho Sở TTTT tỉnh Quảng Trị."
    )
    got = {(f["recipient"]["province"], f["decision"]) for f in facts(body) if f["kind"] == "award"}
    assert got == {("Nghệ An", "77/QĐ-BTTTT"), ("Quảng Trị", "77/QĐ-BTTTT")}


def test_an_award_for_a_span_of_years_has_no_single_year() -> None:
    body = (
        "Hội nghị cũng thống nhất đề nghị Bộ trưởng tặng Bằng khen cho Sở TTTT tỉnh Quảng Bình vì đã có thành tích "
        "xuất sắc liên tục từ năm 2021 đến năm 2023."
    )
    assert awards(body) == {("Quảng Bình", "certificate_of_merit", "proposed", "Bộ Thông tin và Truyền thông", None)}


def test_the_unions_executive_committee_is_the_unions_grantor() -> None:
    lead = "Sáng 18/12, Cụm thi đua số 5 LĐLĐ các tỉnh tổ chức hội nghị tổng kết phong trào thi đua năm 2025.\n\n"
    body = (
        "Dịp này, LĐLĐ tỉnh Khánh Hòa đón nhận Bằng khen của Ban Chấp hành Tổng Liên đoàn Lao động Việt Nam vì có "
        "thành tích xuất sắc năm 2024 (Quyết định số 88/QĐ-TLĐ). LĐLĐ tỉnh Gia Lai nhận Bằng khen của Ban Chấp hành "
        "Đảng bộ tỉnh."
    )
    got = {(f["recipient"]["province"], f["grantor"]) for f in facts(body, published="2025-12-19", lead=lead)
           if f["kind"] == "award"}  # fmt: skip
    assert got == {("Khánh Hòa", "Tổng Liên đoàn Lao động Việt Nam")}


def test_a_bracketed_role_on_an_item_of_the_reviewed_years_member_list() -> None:
    lead = (
        "Ngày 10/01/2025, tại tỉnh Quảng Trị, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng kết phong trào "
        "thi đua năm 2024.\n\n"
    )
    body = (
        "Ngoài Sở TTTT tỉnh Quảng Trị (Cụm trưởng) và Sở TTTT tỉnh Quảng Bình (Cụm phó), các đơn vị còn lại trong "
        "Cụm là Sở TTTT các tỉnh: Nghệ An, Hà Tĩnh và Thanh Hóa."
    )
    got = roles(body, published="2025-01-11", lead=lead)
    assert got == {("Quảng Trị", "head", 2024), ("Quảng Bình", "deputy", 2024)}


def test_units_set_off_as_members_of_the_cluster_are_examples() -> None:
    lead = (
        "Ngày 20/7/2016, tại tỉnh Bình Dương, Cụm thi đua số 7 Hội Nông dân các tỉnh miền Đông Nam Bộ tổ chức Hội "
        "nghị sơ kết 6 tháng đầu năm 2016.\n\n"
    )
    body = (
        "Hội ND tỉnh Bình Phước và Hội ND tỉnh Tây Ninh – hai đơn vị thành viên của Cụm – đẩy mạnh hoạt động dạy "
        "nghề. Hội ND tỉnh Long An, đơn vị thành viên của Cụm thi đua số 8, cũng dự hội nghị. Hội ND tỉnh Cà Mau, "
        "thành viên Cụm thi đua số 9, gửi thư chúc mừng."
    )
    got = {(f["member"]["province"], f["basis"], f["cluster"]["number"])
           for f in facts(body, published="2016-07-22", lead=lead) if f["kind"] == "membership"}  # fmt: skip
    assert got == {
        ("Bình Phước", "examples", 7), ("Tây Ninh", "examples", 7), ("Long An", "examples", 8),
        ("Cà Mau", "examples", 9),
    }  # fmt: skip


def test_a_role_granted_in_a_participle_before_the_subject() -> None:
    lead = "Công an tỉnh Hà Tĩnh đón nhận Cờ thi đua của Bộ Công an\n\n"
    body = (
        "Năm 2019, được Bộ Công an giao làm Cụm trưởng Cụm thi đua số 4 (gồm Công an 6 tỉnh Bắc Trung Bộ), Công an "
        "tỉnh Hà Tĩnh đã phối hợp chặt chẽ với các đơn vị trong Cụm."
    )
    assert roles(body, published="2020-03-02", lead=lead) == {("Hà Tĩnh", "head", 2019)}


def test_a_unit_reporting_that_it_was_awarded() -> None:
    body = (
        "Cũng tại hội nghị, Sở TTTT tỉnh Quảng Trị thông tin việc đơn vị vừa vinh dự được nhận Cờ thi đua của Chính "
        "phủ (Quyết định số 55/QĐ-TTg) do có thành tích dẫn đầu phong trào thi đua năm 2022."
    )
    got = {(f["recipient"]["province"], f["grantor"], f["year"]) for f in facts(body) if f["kind"] == "award"}
    assert got == {("Quảng Trị", "Chính phủ", 2022)}


def test_a_role_that_will_be_held_by_the_unit_after_se_do() -> None:
    assert roles("Cụm trưởng Cụm thi đua số 4 năm 2024 sẽ do Sở TTTT Quảng Bình đảm nhiệm.") == {
        ("Quảng Bình", "head", 2024)
    }
    assert roles("Cụm trưởng năm 2024 sẽ do Sở TTTT Quảng Bình tổ chức hội nghị sơ kết.") == set()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bộ quyết định điều chuyển Sở TTTT tỉnh Quảng Trị sang Cụm thi đua số 5 từ năm 2024.",
            {("Quảng Trị", 5, 2024)},
        ),
        (
            "Bộ bổ sung Sở TTTT tỉnh Quảng Trị vào danh sách thành viên Cụm thi đua số 4 năm 2024.",
            {("Quảng Trị", 4, 2024)},
        ),
        ("Sở TTTT tỉnh Quảng Trị được điều chuyển về Cụm thi đua số 4 kể từ năm 2024.", {("Quảng Trị", 4, 2024)}),
        ("Bộ chuyển Sở TTTT tỉnh Quảng Trị từ Cụm thi đua số 4 sang Cụm thi đua số 5.", {("Quảng Trị", 5, 2023)}),
        # a request or a plan is no move
        ("Đề nghị Bộ xem xét chuyển Sở TTTT tỉnh Quảng Trị sang Cụm thi đua số 5.", set()),
        ("Dự kiến năm 2025, Sở TTTT tỉnh Quảng Trị sẽ chuyển sang Cụm thi đua số 5.", set()),
    ],
)
def test_a_unit_moved_as_the_object_of_the_verb(body: str, expected: set) -> None:
    got = facts(body)
    assert {(f["member"]["province"], f["cluster"]["number"], f["year"]) for f in got if f["kind"] == "membership"} == (
        expected
    )


def test_recipients_in_bullets_after_the_award_and_a_colon() -> None:
    lead = "Bộ TT&TT công bố kết quả khen thưởng năm 2023\n\n"
    body = "Các đơn vị được tặng Cờ thi đua của Bộ năm 2023:\n- Sở TTTT tỉnh Nghệ An;\n- Sở TTTT thành phố Đà Nẵng."
    assert awards(body, published="2024-01-20", lead=lead) == {
        ("Nghệ An", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", 2023),
        ("Đà Nẵng", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", 2023),
    }


def test_heads_listed_each_with_the_cluster_it_leads_after_tai() -> None:
    lead = "Bộ TTTT thông báo tổ chức lại các Cụm thi đua\n\n"
    body = (
        "Các Cụm trưởng năm 2024 (như Sở TTTT tỉnh Phú Thọ tại Cụm thi đua số 1, Sở TTTT TP. Hải Phòng tại Cụm thi "
        "đua số 2) có trách nhiệm bàn giao hồ sơ cho Cụm trưởng mới."
    )
    got = {(f["member"]["province"], f["cluster"]["number"], f["year"])
           for f in facts(body, published="2025-09-10", lead=lead) if f["kind"] == "role"}  # fmt: skip
    assert got == {("Phú Thọ", 1, 2024), ("Hải Phòng", 2, 2024)}


def test_a_city_venue_takes_the_province_a_caption_restates() -> None:
    text = normalize_text(
        "Cụm thi đua số 5 Sở Nội vụ tổng kết năm 2021\n\n"
        "Ngày 13/01/2022, tại thành phố Buôn Ma Thuột, Cụm thi đua số 5 gồm Sở Nội vụ các tỉnh Tây Nguyên đã tổ "
        "chức Hội nghị tổng kết thi đua, khen thưởng năm 2021. Hội nghị do Sở Nội vụ tỉnh Đắk Lắk đăng cai.\n\n"
        "Quang cảnh Hội nghị tổng kết Cụm thi đua số 5 tại tỉnh Đắk Lắk\n\n"
        "Tham dự có đại diện Trung tâm Truyền hình Việt Nam tại TP Hồ Chí Minh."
    )
    got = [f for f in extract_facts(text, "2022-01-14") if f["kind"] == "conference"]
    assert [(f["date"], f["location"]) for f in got] == [("2022-01-13", "Đắk Lắk")]
    # without the caption, a city alone gives no province (and a national unit's seat is no venue)
    alone = text.replace("Quang cảnh Hội nghị tổng kết Cụm thi đua số 5 tại tỉnh Đắk Lắk\n\n", "")
    got = [f for f in extract_facts(alone, "2022-01-14") if f["kind"] == "conference"]
    assert [(f["date"], f["location"]) for f in got] == [("2022-01-13", None)]


def test_award_items_under_a_unit_that_received_them() -> None:
    lead = "Công an tỉnh Lạng Sơn đón nhận Cờ thi đua của Bộ Công an\n\n"
    body = (
        "Với những thành tích đó, Công an tỉnh Lạng Sơn vinh dự được nhận các hình thức khen thưởng sau:\n"
        "- Cờ thi đua của Chính phủ cho đơn vị dẫn đầu phong trào thi đua năm 2015 (Quyết định số 88/QĐ-TTg);\n"
        "- Cờ thi đua của Bộ Công an năm 2015 (Quyết định số 120/QĐ-BCA);\n"
        "- Cờ thi đua của UBND tỉnh dẫn đầu khối Nội chính."
    )
    got = {
        (f["recipient"]["province"], f["grantor"], f["year"], f["decision"])
        for f in facts(body, published="2016-03-01", lead=lead)
        if f["kind"] == "award"
    }
    assert got == {("Lạng Sơn", "Chính phủ", 2015, "88/QĐ-TTg"), ("Lạng Sơn", "Bộ Công an", 2015, "120/QĐ-BCA")}


def test_an_award_under_the_decision_just_told_takes_its_grantor() -> None:
    lead = "Sở VHTT&DL tỉnh Nghệ An đón nhận Cờ thi đua của Bộ\n\n"
    body = (
        "Tại hội nghị, thừa ủy quyền của Bộ trưởng Bộ VHTT&DL, đại diện Vụ Thi đua - Khen thưởng đã trao Cờ thi đua "
        "của Bộ cho Sở VHTT&DL tỉnh Nghệ An theo Quyết định số 310/QĐ-BVHTTDL vì đã dẫn đầu phong trào thi đua năm "
        "2014. Cũng theo quyết định này, Bộ trưởng trao tặng Bằng khen cho Đài Phát thanh - Truyền hình Nghệ An."
    )
    got = {
        (f["recipient"]["org"], f["grantor"], f["decision"])
        for f in facts(body, published="2014-12-30", lead=lead)
        if f["kind"] == "award" and f["award"] == "certificate_of_merit"
    }
    assert got == {("Đài Phát thanh và Truyền hình", "Bộ Văn hóa, Thể thao và Du lịch", "310/QĐ-BVHTTDL")}


def test_trusted_with_the_head_at_a_review_is_next_years() -> None:
    assert roles("Sở TTTT Quảng Bình tiếp tục được tín nhiệm làm Cụm trưởng năm thứ hai liên tiếp.") == {
        ("Quảng Bình", "head", 2024)
    }


def test_a_post_told_after_the_sentences_year_before_its_holder() -> None:
    lead = "Sở TT&TT Quảng Trị đón nhận Cờ thi đua\n\n"
    body = (
        "Năm 2018, với vai trò Cụm trưởng Cụm thi đua số 4 (gồm Sở TT&TT 6 tỉnh Bắc Trung Bộ), Sở TT&TT Quảng Trị "
        "đã chủ động xây dựng kế hoạch."
    )
    assert roles(body, published="2019-03-01", lead=lead) == {("Quảng Trị", "head", 2018)}


def test_heads_singled_out_with_trong_do_each_with_its_cluster() -> None:
    lead = "Bộ TT&TT giao nhiệm vụ Cụm trưởng năm 2021\n\n"
    body = (
        "Bộ ghi nhận các đơn vị đã hoàn thành tốt vai trò Cụm trưởng năm 2020, trong đó Sở TT&TT tỉnh Lạng Sơn (Cụm 1) "
        "và Sở TT&TT tỉnh Sóc Trăng (Cụm 8) có nhiều cách làm sáng tạo."
    )
    got = {(f["member"]["province"], f["cluster"]["number"], f["year"])
           for f in facts(body, published="2021-03-10", lead=lead) if f["kind"] == "role"}  # fmt: skip
    assert got == {("Lạng Sơn", 1, 2020), ("Sóc Trăng", 8, 2020)}


def test_a_role_after_the_units_head_named_between_commas() -> None:
    body = "Giám đốc Sở TTTT tỉnh Nghệ An, ông Trần Văn B., Cụm trưởng năm 2023, đã trao cờ luân lưu cho Sở TTTT."
    assert ("Nghệ An", "head", 2023) in roles(body)


def test_recipients_in_numbered_lines_after_cho_cac_tap_the_sau() -> None:
    lead = "Bộ TT&TT khen thưởng các Sở TTTT năm 2023\n\n"
    body = (
        "Ngày 15/01/2024, Bộ trưởng Bộ TTTT ký Quyết định số 45/QĐ-BTTTT tặng Cờ thi đua năm 2023 cho các tập thể "
        "sau:\n1. Sở TTTT tỉnh Nghệ An;\n2. Sở TTTT thành phố Đà Nẵng;\n3. Sở TTTT thành phố Cần Thơ."
    )
    got = {(f["recipient"]["province"], f["year"], f["decision"])
           for f in facts(body, published="2024-01-20", lead=lead) if f["kind"] == "award"}  # fmt: skip
    assert got == {(p, 2023, "45/QĐ-BTTTT") for p in ("Nghệ An", "Đà Nẵng", "Cần Thơ")}


def test_an_awards_year_from_a_clause_after_truoc_do() -> None:
    body = (
        "Năm 2023, Sở TTTT Nghệ An được tặng Cờ thi đua của Bộ TTTT; trước đó, năm 2022, đơn vị được tặng Bằng khen "
        "của Thủ tướng Chính phủ."
    )
    got = {(f["award"], f["year"]) for f in facts(body) if f["kind"] == "award"}
    assert got == {("emulation_flag", 2023), ("certificate_of_merit", 2022)}


def test_attendance_of_ranked_officers_each_naming_their_unit_without_a_colon() -> None:
    lead = (
        "Ngày 20/11/2023, Công an tỉnh Kon Tum đăng cai Hội nghị tổng kết năm 2023 của Cụm thi đua số 8, "
        "Bộ Công an.\n\n"
    )
    body = (
        "Tham dự hội nghị có Thiếu tướng Lê Văn A., Phó Cục trưởng Cục Công tác đảng (Bộ Công an); Đại tá Y B., "
        "Giám đốc Công an tỉnh Kon Tum; Đại tá Trần C., Giám đốc Công an tỉnh Gia Lai và Thượng tá Võ D., "
        "Phó Giám đốc Công an tỉnh Đắk Nông, cùng đại diện các phòng của Công an 3 tỉnh."
    )
    got = members(body, lead=lead)
    assert got == {(p, "attendance", 2023) for p in ("Kon Tum", "Gia Lai", "Đắk Nông")}
    # two officers are no list
    two = body.replace("; Đại tá Trần C., Giám đốc Công an tỉnh Gia Lai", "")
    assert members(two, lead=lead) == set()


def test_the_rest_of_a_list_begun_the_sentence_before_is_explicit() -> None:
    body = (
        "Cụm thi đua số 4 gồm Sở TTTT 6 tỉnh: Nghệ An; Hà Tĩnh; Quảng Bình.\n\n"
        "Ba đơn vị còn lại là Sở TTTT các tỉnh Quảng Trị, Thừa Thiên Huế và Thanh Hóa."
    )
    provinces = ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Thừa Thiên Huế", "Thanh Hóa")
    assert members(body) == {(p, "explicit", 2023) for p in provinces}


def test_a_table_row_that_tells_its_own_proposal() -> None:
    body = (
        "Căn cứ kết quả chấm điểm năm 2023, Cụm thống nhất:\n\n"
        "| Hình thức | Đơn vị |\n\n|---|---|\n\n"
        "| Đề nghị Thủ tướng Chính phủ tặng Cờ thi đua | Sở TTTT tỉnh Quảng Bình |\n\n"
        "| Đề nghị Bộ trưởng tặng Bằng khen | Sở TTTT tỉnh Hà Tĩnh; Sở TTTT tỉnh Quảng Trị |"
    )
    assert awards(body) == {
        ("Quảng Bình", "emulation_flag", "proposed", "Chính phủ", 2023),
        ("Hà Tĩnh", "certificate_of_merit", "proposed", "Bộ Thông tin và Truyền thông", 2023),
        ("Quảng Trị", "certificate_of_merit", "proposed", "Bộ Thông tin và Truyền thông", 2023),
    }


def test_an_award_item_of_the_unions_central_committee_named_short() -> None:
    lead = "Ngày 20/12/2016, Cụm thi đua số 6 của Hội Nông dân các tỉnh Đông Nam Bộ tổng kết năm 2016.\n\n"
    body = (
        "Các đơn vị thống nhất đề nghị Trung ương Hội Nông dân Việt Nam khen thưởng năm 2016 như sau:\n\n"
        "- Cờ thi đua của Trung ương Hội Nông dân Việt Nam: Hội Nông dân tỉnh Đồng Nai;\n\n"
        "- Bằng khen của Trung ương Hội: Hội Nông dân tỉnh Tây Ninh, Hội Nông dân tỉnh Bình Phước."
    )
    tw = "Trung ương Hội Nông dân Việt Nam"
    assert awards(body, lead=lead, published="2016-12-21") == {
        ("Đồng Nai", "emulation_flag", "proposed", tw, 2016),
        ("Tây Ninh", "certificate_of_merit", "proposed", tw, 2016),
        ("Bình Phước", "certificate_of_merit", "proposed", tw, 2016),
    }


def test_a_venue_whose_province_is_bracketed_after_its_district() -> None:
    lead = (
        "Ngày 22/12/2016, tại Khu du lịch sinh thái hồ Dầu Tiếng, huyện Dầu Tiếng (Bình Dương), Cụm thi đua số 6 "
        "của Hội Nông dân tổ chức hội nghị tổng kết năm 2016.\n\n"
    )
    (conf,) = (f for f in facts("", lead=lead, published="2016-12-23") if f["kind"] == "conference")
    assert (conf["date"], conf["location"]) == ("2016-12-22", "Bình Dương")


@pytest.mark.parametrize(
    "body",
    [
        "Kết quả bỏ phiếu, Sở TTTT Hà Tĩnh đạt số phiếu cao nhất, được đề nghị tặng Cờ thi đua của Bộ TTTT.",
        "Sở TTTT Hà Tĩnh xếp thứ nhất (98,5 điểm), được Cụm đề nghị Bộ trưởng tặng Cờ thi đua.",
    ],
)
def test_a_units_top_score_between_it_and_its_proposed_award(body: str) -> None:
    assert awards(body) == {("Hà Tĩnh", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023)}
    # another unit's score is no subject of the award
    assert awards("Sở TTTT Nghệ An đạt 98 điểm, Sở TTTT Hà Tĩnh được đề nghị tặng Cờ thi đua.") == {
        ("Hà Tĩnh", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023)
    }


@pytest.mark.parametrize(
    "notice",
    [
        "ĐÍNH CHÍNH: Bản tin đăng ngày 19/12 đã ghi nhầm Sở TTTT tỉnh Quảng Trị là đơn vị Cụm phó năm 2024.",
        "Ghi chú: Bản tin trước ghi nhầm đơn vị Cụm phó năm 2024 là Sở TTTT tỉnh Quảng Trị.",
    ],
)
def test_a_correction_notice_retracts_the_role_it_repeats(notice: str) -> None:
    body = "Hội nghị bầu Sở TTTT Nghệ An làm Cụm trưởng, Sở TTTT Quảng Bình làm Cụm phó năm 2024.\n\n" + notice
    assert roles(body) == {("Nghệ An", "head", 2024), ("Quảng Bình", "deputy", 2024)}
    # "nhằm" (in order to) is no mistake
    aim = "Sở TTTT Quảng Trị làm Cụm phó năm 2024 nhằm hỗ trợ Cụm trưởng."
    assert roles(aim) == {("Quảng Trị", "deputy", 2024)}


def test_a_member_table_titled_with_its_year() -> None:
    body = (
        "Thường trực Cụm đã ban hành thông báo phân công nhiệm vụ các đơn vị trong Cụm như sau:\n\n"
        "| Danh sách phân công nhiệm vụ trong Cụm thi đua số 4 năm 2024 |  |  |\n\n|---|---|---|\n\n"
        "| STT | Đơn vị | Nhiệm vụ |\n\n|---|---|---|\n\n"
        "| 1 | Sở TTTT tỉnh Quảng Bình | Cụm trưởng |\n\n| 2 | Sở TTTT tỉnh Quảng Trị | Cụm phó |\n\n"
        "| 3 | Sở TTTT tỉnh Nghệ An | Thành viên |"
    )
    assert members(body) == {(p, "explicit", 2024) for p in ("Quảng Bình", "Quảng Trị", "Nghệ An")}


def test_dashed_role_lines_under_a_numbered_section_heading_with_a_year() -> None:
    body = (
        "2. Kết quả bình xét năm 2023: Sở TTTT Nghệ An dẫn đầu.\n"
        "3. Phân công nhiệm vụ năm 2024:\n"
        "   - Cụm trưởng: Sở TTTT tỉnh Quảng Bình;\n"
        "   - Cụm phó: Sở TTTT tỉnh Quảng Trị."
    )
    assert roles(body) == {("Quảng Bình", "head", 2024), ("Quảng Trị", "deputy", 2024)}


def test_a_unit_put_forward_for_the_authority_to_propose() -> None:
    body = (
        "Cụm thống nhất giới thiệu Sở TTTT tỉnh Nghệ An để Bộ TTTT xem xét, đề nghị Thủ tướng Chính phủ tặng Cờ thi "
        "đua của Chính phủ năm 2023."
    )
    assert awards(body) == {("Nghệ An", "emulation_flag", "proposed", "Chính phủ", 2023)}


def test_the_head_singled_out_after_a_count_of_members_is_no_member_list() -> None:
    body = (
        "Cụm thi đua số 4 năm 2024 có 5 thành viên, trong đó Sở TTTT Hà Tĩnh là Cụm trưởng, Sở TTTT Nghệ An là "
        "Cụm phó."
    )
    assert members(body) == set()
    assert roles(body) == {("Hà Tĩnh", "head", 2024), ("Nghệ An", "deputy", 2024)}


def test_units_voted_to_receive_an_award_are_proposed() -> None:
    body = "Về khen thưởng, Cụm suy tôn Sở TTTT Nghệ An nhận Cờ thi đua, Sở TTTT Hà Tĩnh nhận Bằng khen của Bộ trưởng."
    ministry = "Bộ Thông tin và Truyền thông"
    assert awards(body) == {
        ("Nghệ An", "emulation_flag", "proposed", ministry, 2023),
        ("Hà Tĩnh", "certificate_of_merit", "proposed", ministry, 2023),
    }
    # a unit receiving an award after the vote was taken still receives it
    after = "Sau khi bỏ phiếu suy tôn, Sở TTTT Quảng Bình đón nhận Cờ thi đua của Chính phủ năm 2022."
    assert awards(after) == {("Quảng Bình", "emulation_flag", "conferred", "Chính phủ", 2022)}


def test_an_award_with_its_year_before_its_grantor_given_after_the_subject() -> None:
    body = "Cờ thi đua năm 2023 của Bộ TTTT được trao cho Sở TTTT tỉnh Quảng Trị."
    assert awards(body) == {("Quảng Trị", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", 2023)}


def test_a_unit_that_has_fulfilled_its_role_held_it() -> None:
    assert roles("Sở TTTT Hà Tĩnh đã hoàn thành tốt vai trò Cụm trưởng năm 2023.") == {("Hà Tĩnh", "head", 2023)}
    # a wish for the new head is no role held
    assert roles("Ông A chúc Sở TTTT Quảng Bình hoàn thành tốt nhiệm vụ Cụm trưởng.") == set()


def test_members_bracketed_after_a_count_of_member_units() -> None:
    body = "Năm 2023, 4 đơn vị thành viên (Sở TTTT Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị) đều hoàn thành nhiệm vụ."
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")}
    # the winners among them, bracketed after an award, are recipients
    won = "Bộ tặng Bằng khen cho 2 đơn vị thành viên (Sở TTTT Nghệ An và Sở TTTT Hà Tĩnh)."
    assert members(won) == set()


@pytest.mark.parametrize(
    "tail",
    [
        "; 2 đơn vị còn lại được đề nghị tặng Bằng khen của Bộ trưởng.",
        "; đề nghị Bộ trưởng tặng Bằng khen cho các Sở TTTT còn lại trong Cụm.",
    ],
)
def test_the_rest_of_the_cluster_named_by_count_or_agency_receive_the_award(tail: str) -> None:
    body = (
        "Cụm thi đua số 4 gồm Sở TTTT các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị.\n\n"
        "Hội nghị thống nhất đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua năm 2023 cho Sở TTTT Nghệ An và Sở TTTT Hà Tĩnh"
        + tail
    )
    ministry = "Bộ Thông tin và Truyền thông"
    assert awards(body) == {
        ("Nghệ An", "emulation_flag", "proposed", ministry, 2023),
        ("Hà Tĩnh", "emulation_flag", "proposed", ministry, 2023),
        ("Quảng Bình", "certificate_of_merit", "proposed", ministry, 2023),
        ("Quảng Trị", "certificate_of_merit", "proposed", ministry, 2023),
    }


def test_a_proposal_passed_through_the_sectors_council_is_the_clusters() -> None:
    body = (
        "Riêng Sở TTTT Nghệ An được các đơn vị suy tôn là đơn vị dẫn đầu phong trào thi đua của Cụm, đề nghị Hội đồng "
        "Thi đua – Khen thưởng ngành TTTT xem xét, trình Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ năm 2023."
    )
    got = [f for f in facts(body) if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["grantor"], f["status"], f["cluster"]["number"]) for f in got] == [
        ("Nghệ An", "Chính phủ", "proposed", 4)
    ]


def test_a_cluster_header_that_is_a_list_item_governs_only_its_sub_items() -> None:
    lead = (
        "Sở Tư pháp Hà Tĩnh nhận nhiệm vụ Cụm trưởng Cụm thi đua số III năm 2019\n\n"
        "Ngày 28/02/2019, Bộ trưởng Bộ Tư pháp ký Quyết định phân công Cụm trưởng, Cụm phó năm 2019.\n\n"
    )
    body = (
        "Phụ lục kèm theo Quyết định ghi rõ:\n"
        "- Cụm thi đua số 3:\n"
        "   + Giám đốc Sở Tư pháp tỉnh Hà Tĩnh, Cụm trưởng;\n"
        "- Cụm thi đua số 4:\n"
        "   + Giám đốc Sở Tư pháp tỉnh Quảng Nam, Cụm trưởng.\n\n"
        "Theo Quy chế hoạt động của Cụm, nhiệm vụ Cụm trưởng được luân phiên theo thứ tự sau:\n"
        "Năm 2020: Sở Tư pháp Quảng Bình;\n"
        "Năm 2021: Sở Tư pháp Quảng Trị."
    )
    got = {
        (f["member"]["province"], f["year"], f["cluster"]["number"])
        for f in facts(body, published="2019-03-08", lead=lead)
        if f["kind"] == "role"
    }
    assert ("Quảng Nam", 2019, 4) in got
    # the rotation told after the list is the page's own cluster's, not the last item's
    assert {("Quảng Bình", 2020, 3), ("Quảng Trị", 2021, 3)} <= got
    assert not any(p in ("Quảng Bình", "Quảng Trị") and n == 4 for p, _y, n in got)


def test_a_year_told_after_the_last_award_of_a_vote_is_every_awards() -> None:
    lead = "Sở TTTT Hà Tĩnh nhận nhiệm vụ Cụm trưởng Cụm thi đua số 4 năm 2024\n\n"
    body = (
        "Các thành viên thống nhất đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua cho Sở TTTT Nghệ An và tặng Bằng khen "
        "cho Sở TTTT Quảng Trị vì đã có thành tích xuất sắc trong năm 2023."
    )
    ministry = "Bộ Thông tin và Truyền thông"
    assert awards(body, lead=lead, published="2024-03-01") == {
        ("Nghệ An", "emulation_flag", "proposed", ministry, 2023),
        ("Quảng Trị", "certificate_of_merit", "proposed", ministry, 2023),
    }


def test_table_rows_of_a_sub_unit_or_an_unknown_grantor_give_no_award() -> None:
    body = (
        "Tại hội nghị, Ban tổ chức đã trao các quyết định khen thưởng thành tích năm 2022, cụ thể:\n\n"
        "| TT | Tập thể | Hình thức khen thưởng |\n\n|---|---|---|\n\n"
        "| 1 | Sở TTTT tỉnh Nghệ An | Cờ thi đua của Bộ TTTT |\n\n"
        "| 2 | Phòng Bưu chính, Sở TTTT tỉnh Hà Tĩnh | Bằng khen của Bộ trưởng Bộ TTTT |\n\n"
        "| 3 | Sở TTTT tỉnh Quảng Bình | Cờ thi đua của Ban Thường vụ Tỉnh ủy |\n\n"
        "| 4 | Sở TTTT tỉnh Quảng Trị | Cờ thi đua của UBND tỉnh |"
    )
    # (a province's own committee is a grantor since the ninth session: row 4 is Quảng Trị's committee's flag)
    assert {(a[0], a[3]) for a in awards(body)} == {
        ("Nghệ An", "Bộ Thông tin và Truyền thông"), ("Quảng Trị", "Ủy ban nhân dân tỉnh")
    }


def test_the_heads_rotating_flag_is_no_award() -> None:
    body = "Sở TTTT Hà Tĩnh trao cờ thi đua Cụm trưởng năm 2024 cho Sở TTTT Quảng Bình."
    assert awards(body) == set()
    assert roles(body) == {("Quảng Bình", "head", 2024)}


def test_photo_captions_show_the_conferral_the_body_pointed_to() -> None:
    body = (
        "Tại hội nghị, Thứ trưởng đã trao Cờ thi đua và Bằng khen của Bộ trưởng Bộ TTTT về thành tích năm 2022 theo "
        "Quyết định số 289/QĐ-BTTTT ngày 12/6/2023 cho các tập thể có thành tích xuất sắc (ảnh).\n\n"
        "Ảnh 1: Thứ trưởng trao Cờ thi đua của Bộ TTTT cho Sở TTTT tỉnh Nghệ An.\n\n"
        "Ảnh 2: Trao Bằng khen của Bộ trưởng Bộ TTTT cho Sở TTTT tỉnh Quảng Trị."
    )
    got = {
        (f["recipient"]["province"], f["year"], f["decision"]) for f in facts(body) if f["kind"] == "award"
    }
    assert got == {("Nghệ An", 2022, "289/QĐ-BTTTT"), ("Quảng Trị", 2022, "289/QĐ-BTTTT")}


@pytest.mark.parametrize(
    ("lead", "body", "grantor"),
    [
        (
            "Ngày 20/12/2023, Cụm thi đua số 5 Hội Nông dân các tỉnh tổ chức hội nghị tổng kết năm 2023.\n\n",
            "Hội Nông dân tỉnh Gia Lai được Ban Chấp hành Trung ương Hội Nông dân Việt Nam tặng Bằng khen năm 2023.",
            "Trung ương Hội Nông dân Việt Nam",
        ),
        (
            "Ngày 20/12/2023, Cụm thi đua số 5 LĐLĐ các tỉnh tổ chức hội nghị tổng kết năm 2023.\n\n",
            "LĐLĐ tỉnh Gia Lai được Đoàn Chủ tịch Tổng LĐLĐ Việt Nam tặng Bằng khen năm 2023.",
            "Tổng Liên đoàn Lao động Việt Nam",
        ),
    ],
)
def test_the_governing_bodies_of_a_union_grant_in_its_name(lead: str, body: str, grantor: str) -> None:
    got = [f for f in facts(body, lead=lead) if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["grantor"], f["status"]) for f in got] == [("Gia Lai", grantor, "conferred")]


def test_a_composition_from_a_later_year_told_with_tu_nam() -> None:
    body = (
        "Theo đó, từ năm 2024, Sở TTTT Quảng Trị được điều chuyển sang Cụm thi đua số 5; Cụm thi đua số 4 còn 3 thành "
        "viên: Sở TTTT Nghệ An, Hà Tĩnh, Quảng Bình."
    )
    assert {m for m in members(body) if m[0] != "Quảng Trị"} == {
        ("Nghệ An", "explicit", 2024), ("Hà Tĩnh", "explicit", 2024), ("Quảng Bình", "explicit", 2024)
    }
    # an earlier year tells when a member came: it is still one in the reviewed year
    past = "Cụm thi đua số 4 được thành lập từ năm 2016, hiện gồm Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình."
    assert {y for _p, _b, y in members(past)} == {2023}


def test_a_cluster_named_in_a_bracketed_remark_is_not_the_one_the_paragraph_lists() -> None:
    lead = "Ngày 12/7/2019, Cụm thi đua số 1 Hội Nông dân các tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2019.\n\n"
    body = (
        "Năm 2018, Cụm thi đua số 1 gồm Hội Nông dân 3 tỉnh: Hà Giang, Cao Bằng, Bắc Kạn. Từ đầu năm 2019, Hội Nông "
        "dân tỉnh Bắc Kạn chuyển sang Cụm thi đua số 2; Hội Nông dân tỉnh Hoà Bình (năm 2018 thuộc Cụm thi đua số 2) "
        "được chuyển về Cụm thi đua số 1. Hiện Cụm gồm Hội Nông dân các tỉnh: Hà Giang, Cao Bằng, Hoà Bình."
    )
    got = {
        (f["member"]["province"], f["year"], f["cluster"]["number"])
        for f in facts(body, published="2019-07-15", lead=lead)
        if f["kind"] == "membership"
    }
    assert {("Hà Giang", 2019, 1), ("Cao Bằng", 2019, 1), ("Hòa Bình", 2019, 1)} <= got
    assert not any(y == 2019 and n == 2 and p != "Bắc Kạn" for p, y, n in got)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Các đơn vị thống nhất, năm 2025 vai trò Cụm trưởng sẽ do Sở TTTT Quảng Bình đảm nhận, Cụm phó là Sở TTTT "
            "Quảng Trị.",
            {("Quảng Bình", "head", 2025), ("Quảng Trị", "deputy", 2025)},
        ),
        (
            "Thứ tự luân phiên như sau: năm 2024, Cụm trưởng là Sở TTTT Nghệ An; năm 2025 giao Sở TTTT Hà Tĩnh giữ vai "
            "trò Cụm trưởng và Sở TTTT Quảng Bình là Cụm phó.",
            {("Nghệ An", "head", 2024), ("Hà Tĩnh", "head", 2025), ("Quảng Bình", "deputy", 2025)},
        ),
    ],
)
def test_a_year_written_before_the_role_or_before_giao(body: str, expected: set) -> None:
    assert roles(body) == expected


def test_a_ward_venue_followed_by_a_city_province_named_with_thanh_pho() -> None:
    lead = (
        "Sáng 18/12, tại phường Vũng Tàu, Thành phố Hồ Chí Minh, Cụm thi đua số 6 thuộc Bộ Tư pháp tổ chức Hội nghị "
        "tổng kết năm 2025.\n\n"
    )
    (conf,) = (f for f in facts("", lead=lead, published="2025-12-19") if f["kind"] == "conference")
    assert (conf["date"], conf["location"]) == ("2025-12-18", "Hồ Chí Minh")


def test_a_rotation_order_of_names_each_with_its_year_in_brackets() -> None:
    body = (
        "Theo Quy chế, nhiệm vụ Cụm trưởng được luân phiên theo thứ tự: Nghệ An (2024), Hà Tĩnh (2025), Quảng Bình "
        "(2026). Các năm tiếp theo sẽ do hội nghị Cụm quyết định."
    )
    lead = "Ngày 19/12/2023, Cụm thi đua số 4 các Sở TTTT tổ chức hội nghị tổng kết năm 2023.\n\n"
    got = roles(body, lead=lead)
    assert got == {("Nghệ An", "head", 2024), ("Hà Tĩnh", "head", 2025), ("Quảng Bình", "head", 2026)}
    # two bracketed years are no order
    assert roles("Nhiệm vụ Cụm trưởng luân phiên: Nghệ An (2024), Hà Tĩnh (2025).", lead=lead) == set()


@pytest.mark.parametrize(
    "body",
    [
        "Từ năm 2024, Sở TTTT Quảng Trị (năm 2023 thuộc Cụm thi đua số 5) được chuyển về Cụm thi đua số 4.",
        "Sở TTTT Quảng Trị, năm 2023 sinh hoạt tại Cụm thi đua số 5, nay được điều chuyển về Cụm thi đua số 4.",
    ],
)
def test_a_remark_telling_a_units_former_cluster_in_a_year(body: str) -> None:
    lead = "Ngày 19/12/2023, Cụm thi đua số 4 các Sở TTTT tổ chức hội nghị tổng kết năm 2023.\n\n"
    got = {
        (f["member"]["province"], f["year"], f["cluster"]["number"])
        for f in facts(body, lead=lead)
        if f["kind"] == "membership"
    }
    assert ("Quảng Trị", 2023, 5) in got


def test_a_plain_text_table_with_a_dashed_rule_keeps_its_introductions_status() -> None:
    body = (
        "Các thành viên đã bỏ phiếu và thống nhất đề nghị khen thưởng năm 2023 của Cụm như sau:\n\n"
        "  STT | Đơn vị              | Hình thức đề nghị\n"
        "  ----+---------------------+-------------------------------\n"
        "  1   | Sở TTTT Nghệ An     | Cờ thi đua của Bộ TTTT\n"
        "  2   | Sở TTTT Hà Tĩnh     | Bằng khen của Bộ trưởng Bộ TTTT\n"
    )
    ministry = "Bộ Thông tin và Truyền thông"
    assert {(p, w, s) for p, w, s, _g, _y in awards(body)} == {
        ("Nghệ An", "emulation_flag", "proposed"), ("Hà Tĩnh", "certificate_of_merit", "proposed")
    }
    assert {g for *_x, g, _y in awards(body)} == {ministry}


def test_rows_under_an_award_told_above_take_their_own_decision_and_skip_sub_units() -> None:
    body = (
        "Dịp này, các tập thể thuộc Cụm cũng được trao Bằng khen của Bộ trưởng Bộ TTTT vì đã có thành tích xuất "
        "sắc trong năm 2022:\n\n| STT | Tập thể | Quyết định |\n\n|---|---|---|\n\n"
        "| 1 | Sở TTTT tỉnh Nghệ An | 1852/QĐ-BTTTT ngày 26/8/2023 |\n\n"
        "| 2 | Trung tâm CNTT (Sở TTTT tỉnh Hà Tĩnh) | 2210/QĐ-BTTTT ngày 14/10/2023 |"
    )
    got = {(f["recipient"]["province"], f["year"], f["decision"]) for f in facts(body) if f["kind"] == "award"}
    assert got == {("Nghệ An", 2022, "1852/QĐ-BTTTT")}


def test_a_misspelt_time_of_day_still_opens_the_meetings_date() -> None:
    lead = (
        "Chìu 8/12, tại Hội trường Tỉnh ủy Sóc Trăng, Cụm thi đua số 6 thuộc Trung ương Đoàn TNCS Hồ Chí Minh tổng "
        "kết công tác Đoàn năm 2023. Hội nghị do Tỉnh đoàn Sóc Trăng tổ chức.\n\n"
    )
    (conf,) = (f for f in facts("", lead=lead, published="2023-12-09") if f["kind"] == "conference")
    assert conf["date"] == "2023-12-08"


def test_the_remaining_members_counted_after_their_agency() -> None:
    body = (
        "Từ năm 2024, Sở TTTT Thanh Hóa chuyển sang Cụm thi đua số 3. Như vậy, năm 2024 Cụm thi đua số 4 còn lại Sở "
        "TTTT 3 tỉnh: Nghệ An, Hà Tĩnh và Quảng Bình."
    )
    got = {(p, y) for p, b, y in members(body) if b == "explicit" and p != "Thanh Hóa"}
    assert got == {("Nghệ An", 2024), ("Hà Tĩnh", 2024), ("Quảng Bình", 2024)}


def test_a_former_cluster_remark_that_goes_on_after_the_cluster() -> None:
    lead = "Ngày 19/12/2023, Cụm thi đua số 4 các Sở TTTT tổ chức hội nghị tổng kết năm 2023.\n\n"
    body = (
        "Sở TTTT Quảng Trị, năm 2022 thuộc Cụm thi đua số 5 cùng các tỉnh duyên hải, nay được điều chuyển về Cụm "
        "số 4."
    )
    got = {
        (f["member"]["province"], f["year"], f["cluster"]["number"])
        for f in facts(body, lead=lead)
        if f["kind"] == "membership"
    }
    assert ("Quảng Trị", 2022, 5) in got


def test_a_plain_cluster_header_in_a_decisions_annex_governs_only_its_items() -> None:
    lead = "Ngày 24/02/2024, Bộ trưởng Bộ TTTT ký Quyết định phân công Cụm trưởng, Cụm phó năm 2024.\n\n"
    body = (
        "Phần phân công tại Phụ lục kèm theo Quyết định ghi:\n"
        "Cụm thi đua số 4:\n"
        "   - Giám đốc Sở TTTT tỉnh Nghệ An, Cụm trưởng.\n"
        "Cụm thi đua số 5:\n"
        "   - Giám đốc Sở TTTT tỉnh Quảng Nam, Cụm trưởng.\n\n"
        "Vai trò Cụm trưởng của Cụm số 4 sẽ luân phiên: năm 2025 là Sở TTTT Hà Tĩnh.\n\n"
        "Ông A cho biết: Sở TTTT Quảng Bình, đơn vị Cụm trưởng năm 2023, sẽ bàn giao hồ sơ cho Nghệ An. "
        "Sở TTTT Quảng Trị, đơn vị Cụm phó năm 2023, cũng dự buổi bàn giao."
    )
    got = {
        (f["member"]["province"], f["role"], f["year"], f["cluster"]["number"])
        for f in facts(body, published="2024-03-01", lead=lead)
        if f["kind"] == "role"
    }
    assert {(p, n) for p, _r, _y, n in got if p == "Quảng Nam"} == {("Quảng Nam", 5)}
    # the prose after the annex is about the page's cluster again, not the last item's
    assert ("Quảng Trị", "deputy", 2023, 4) in got


def test_a_year_dating_another_document_is_not_the_leads_year() -> None:
    lead = (
        "Ngày 12/9/2025, Cục trưởng Cục Thuế ký Quyết định số 902/QĐ-CT về việc thành lập các Cụm thi đua; "
        "quyết định này thay thế Quyết định số 311/QĐ-TCT năm 2022 của Tổng cục Thuế.\n\n"
    )
    body = "- Cụm thi đua số 3 (3 đơn vị): Thuế tỉnh Nghệ An, Thuế tỉnh Hà Tĩnh, Thuế tỉnh Quảng Trị."
    # the lead's only year is the other decision's; the make-up is dated by the day the new one was signed
    assert members(body, published="2025-09-20", lead=lead) == {
        ("Nghệ An", "explicit", 2025),
        ("Hà Tĩnh", "explicit", 2025),
        ("Quảng Trị", "explicit", 2025),
    }


def test_a_rotation_table_whose_label_cell_is_left_empty_on_the_next_year() -> None:
    lead = "Ngày 12/9/2025, Cục trưởng Cục Thuế ký Quyết định số 902/QĐ-CT về việc phân công Cụm trưởng, Cụm phó.\n\n"
    body = (
        "| Cụm | Năm | Cụm trưởng | Cụm phó |\n"
        "|---|---|---|---|\n"
        "| Số 3 | 2025 | Thuế tỉnh Nghệ An | Thuế tỉnh Hà Tĩnh |\n"
        "|  | 2026 | Thuế tỉnh Hà Tĩnh | Thuế tỉnh Quảng Trị |\n"
        "| Số 4 | 2025 | Thuế tỉnh Gia Lai | Thuế tỉnh Đắk Lắk |\n"
    )
    got = {
        (f["member"]["province"], f["role"], f["year"], f["cluster"]["number"])
        for f in facts(body, published="2025-09-20", lead=lead)
        if f["kind"] == "role"
    }
    assert got == {
        ("Nghệ An", "head", 2025, 3),
        ("Hà Tĩnh", "deputy", 2025, 3),
        ("Hà Tĩnh", "head", 2026, 3),
        ("Quảng Trị", "deputy", 2026, 3),
        ("Gia Lai", "head", 2025, 4),
        ("Đắk Lắk", "deputy", 2025, 4),
    }


def test_the_second_role_clause_shares_the_year_of_the_first_ones_cluster() -> None:
    lead = "Ngày 12/9/2025, Cục trưởng Cục Thuế ký Quyết định số 902/QĐ-CT phân chia các Cụm thi đua năm 2025.\n\n"
    body = (
        "Trước đó, Cụm thi đua số 3 năm 2024 do Cục Thuế tỉnh Nghệ An làm Cụm trưởng, Cục Thuế tỉnh Hà Tĩnh làm "
        "Cụm phó."
    )
    assert roles(body, published="2025-09-20", lead=lead) == {("Nghệ An", "head", 2024), ("Hà Tĩnh", "deputy", 2024)}


def test_a_rotation_table_numbering_its_clusters_under_a_cluster_column() -> None:
    lead = "Ngày 2/3/2017, Bộ trưởng Bộ GD&ĐT ký Quyết định phân công Cụm trưởng, Cụm phó năm 2017.\n\n"
    body = (
        "| Cụm | Cụm trưởng | Cụm phó |\n"
        "|---|---|---|\n"
        "| III | Sở GD&ĐT Nam Định | Sở GD&ĐT Ninh Bình |\n"
        "| 4 | Sở GD&ĐT Nghệ An | Sở GD&ĐT Hà Tĩnh |\n"
    )
    got = {
        (f["member"]["province"], f["role"], f["year"], f["cluster"]["number"])
        for f in facts(body, published="2017-03-10", lead=lead)
        if f["kind"] == "role"
    }
    assert got == {
        ("Nam Định", "head", 2017, 3),
        ("Ninh Bình", "deputy", 2017, 3),
        ("Nghệ An", "head", 2017, 4),
        ("Hà Tĩnh", "deputy", 2017, 4),
    }


def test_a_decision_signed_to_confer_covers_the_clauses_after_its_first_award() -> None:
    body = (
        "Cùng ngày, Bộ trưởng đã ký Quyết định số 418/QĐ-BTTTT tặng Cờ thi đua cho Sở TTTT Nghệ An, tặng Bằng "
        "khen cho Sở TTTT Quảng Bình vì thành tích năm 2022."
    )
    got = {(f["recipient"]["province"], f["decision"]) for f in facts(body) if f["kind"] == "award"}
    assert got == {("Nghệ An", "418/QĐ-BTTTT"), ("Quảng Bình", "418/QĐ-BTTTT")}


@pytest.mark.parametrize("what", ["kết quả phong trào thi đua", "kết quả thi đua"])
def test_a_cluster_that_met_to_assess_its_emulation_movement_held_its_review(what: str) -> None:
    lead = (
        f"Ngày 14-12, tại Công an tỉnh Nghệ An, Cụm thi đua số 4 thuộc Bộ Công an đã họp đánh giá {what} năm "
        "2019.\n\n"
    )
    got = facts("Công an tỉnh Nghệ An chủ trì.", published="2019-12-16", lead=lead)
    got = [f for f in got if f["kind"] == "conference"]
    assert [(f["date"], f["reviews_year"], f["type"]) for f in got] == [("2019-12-14", 2019, "year_end")]


@pytest.mark.parametrize(
    "lead",
    [
        "Ngày 16/1, tại TP Vinh, Sở Y tế Nghệ An tổ chức hội nghị của Cụm thi đua số 4 để đánh giá phong trào thi đua "
        "năm 2019 và bàn nhiệm vụ năm 2020.\n\n",
        "Ngày 16/1, tại TP Vinh, hội nghị liên cụm của Cụm thi đua số 4 thuộc Bộ Y tế nhằm nhìn lại phong trào thi "
        "đua năm 2019 và bàn phương hướng cho năm 2020.\n\n",
    ],
)
def test_a_meeting_held_to_assess_or_look_back_on_the_years_emulation_reviews_that_year(lead: str) -> None:
    got = facts("Sở Y tế Nghệ An đăng cai.", published="2020-01-18", lead=lead)
    got = [f for f in got if f["kind"] == "conference"]
    assert [(f["date"], f["reviews_year"]) for f in got] == [("2020-01-16", 2019)]


def test_an_annex_column_numbered_after_its_year() -> None:
    lead = "Ngày 20/02/2017, Tổng cục trưởng ký Quyết định công nhận kết quả thi đua năm 2016 của các Cụm.\n\n"
    body = (
        "| STT (1) | Cụm thi đua (2) | Cụm trưởng năm 2017 (3) | Cụm phó năm 2017 (4) |\n"
        "|---|---|---|---|\n"
        "| 1 | Cụm 2 | Cục Thống kê Nam Định | Cục Thống kê Thái Bình |\n"
    )
    assert roles(body, published="2017-02-24", lead=lead) == {("Nam Định", "head", 2017), ("Thái Bình", "deputy", 2017)}


def test_a_decisions_lists_quoted_in_a_meetings_page_take_the_decisions_year() -> None:
    lead = (
        "Chiều 10/3, tại TP Pleiku, Cụm thi đua số 7 ngành Y tế tổ chức hội nghị tổng kết năm 2020 và triển khai "
        "Quyết định số 311/QĐ-BYT ngày 02/3/2021 của Bộ trưởng Bộ Y tế về việc kiện toàn các Cụm thi đua.\n\n"
    )
    body = (
        "Theo Quyết định số 311/QĐ-BYT, các Sở Y tế khu vực Tây Nguyên thuộc Cụm thi đua số 7, cụ thể như sau:\n\n"
        "Cụm thi đua số 7 gồm 5 đơn vị:\n"
        "   - Giám đốc Sở Y tế tỉnh Kon Tum, Cụm trưởng;\n"
        "   - Giám đốc Sở Y tế tỉnh Gia Lai, Cụm phó;\n"
        "   - Sở Y tế các tỉnh: Đắk Lắk, Đắk Nông, Lâm Đồng.\n"
    )
    assert roles(body, published="2021-03-12", lead=lead) == {("Kon Tum", "head", 2021), ("Gia Lai", "deputy", 2021)}
    # (the items name the head and deputy through their directors, after a comma: members all the same)
    assert {(p, y) for p, _b, y in members(body, published="2021-03-12", lead=lead)} == {
        (p, 2021) for p in ("Kon Tum", "Gia Lai", "Đắk Lắk", "Đắk Nông", "Lâm Đồng")
    }


def test_a_hard_wrapped_line_that_ends_in_a_closing_quote_goes_on() -> None:
    lead = (
        "Sáng nay (9/1), tại Công an tỉnh Kon Tum, Cụm thi đua số 5 tổng kết phong trào thi đua \"Vì an ninh Tổ "
        "quốc\"\nnăm 2022. Công an tỉnh Kon Tum đăng cai.\n\n"
    )
    got = facts("Cụm gồm Công an các tỉnh: Kon Tum, Gia Lai và Lâm Đồng.", published="2023-01-09", lead=lead)
    assert [f["reviews_year"] for f in got if f["kind"] == "conference"] == [2022]
    assert {f["year"] for f in got if f["kind"] == "membership"} == {2022}


def test_units_that_take_part_in_the_clusters_activities_are_members() -> None:
    body = "Năm nay, Sở TTTT Quảng Trị và Sở TTTT Quảng Bình tham gia sinh hoạt trong Cụm thi đua số 4."
    assert members(body) == {("Quảng Trị", "explicit", 2023), ("Quảng Bình", "explicit", 2023)}


def test_members_told_in_counted_parts_after_the_whole_is_counted() -> None:
    body = (
        "Cụm thi đua số 4 có 5 thành viên. Ba Sở ở phía bắc là Sở TTTT các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh.\n\n"
        "Ảnh: Toàn cảnh hội nghị\n\n"
        "Hai đơn vị phía nam gồm Quảng Bình và Quảng Trị. Hai đơn vị dẫn đầu là Nghệ An và Quảng Trị."
    )
    got = members(body)
    assert {p for p, _b, _y in got} == {"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"}
    assert {y for _p, _b, y in got} == {2023}


def test_a_counted_part_that_names_fewer_units_than_it_counts_is_not_read() -> None:
    body = "Cụm thi đua số 4 có 5 thành viên. Ba Sở ở phía bắc là Thanh Hóa, Nghệ An."
    assert members(body) == set()


def test_units_a_cluster_took_in_are_its_members() -> None:
    body = "Từ đầu năm nay, Cụm được bổ sung thêm Sở TTTT Quảng Trị và Sở TTTT Thừa Thiên Huế."
    assert members(body) == {("Quảng Trị", "explicit", 2023), ("Thừa Thiên Huế", "explicit", 2023)}
    assert members("Cụm đề nghị Bộ bổ sung thêm Sở TTTT Quảng Trị vào danh sách.") == set()


def test_a_count_with_a_range_of_where_the_members_lie_is_still_only_a_count() -> None:
    body = (
        "Cụm của chúng tôi có 4 thành viên, trải dài từ Thanh Hóa vào tới Quảng Bình. Cụ thể là Sở TTTT các tỉnh: "
        "Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình."
    )
    assert {p for p, _b, _y in members(body)} == {"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình"}


def test_the_counted_agencies_of_the_cluster_as_the_subject_of_a_list() -> None:
    body = (
        "Sở TTTT Nghệ An là đơn vị Cụm trưởng năm 2023. Năm 2023, ba Sở trong Cụm là Nghệ An, Hà Tĩnh và Quảng Bình "
        "đã hoàn thành chỉ tiêu sớm."
    )
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_a_second_meeting_of_the_pages_cluster_named_last_as_of_the_cluster() -> None:
    lead = (
        "Ngày 12/7/2023, tại Nghệ An, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị sơ kết 6 tháng đầu năm 2023.\n\n"
    )
    body = (
        "Sở TTTT Nghệ An là Cụm trưởng năm 2023.\n\n"
        "Chiều 14/12, tại TP Vinh (Nghệ An), Sở TTTT Nghệ An đăng cai hội nghị tổng kết phong trào thi đua năm 2023 "
        "của Cụm."
    )
    got = [f for f in facts(body, published="2023-12-16", lead=lead) if f["kind"] == "conference"]
    assert {(f["type"], f["date"]) for f in got} == {("mid_year", "2023-07-12"), ("year_end", "2023-12-14")}


def test_the_other_side_of_a_list_split_by_side() -> None:
    body = (
        "Cụm thi đua số 4 hiện có 5 thành viên. Trong đó, các đơn vị phía bắc của Cụm gồm:\n"
        "    - Sở TTTT tỉnh Thanh Hóa;\n"
        "    - Sở TTTT tỉnh Nghệ An;\n"
        "    - Sở TTTT tỉnh Hà Tĩnh.\n"
        "Phía nam có Sở TTTT các tỉnh Quảng Bình và Quảng\nTrị.\n\n"
        "Phía Tây có nhiều đồi núi."
    )
    assert {p for p, _b, _y in members(body)} == {"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"}


def test_a_notices_item_on_a_cluster_gives_its_make_up_and_the_rest_of_its_bullets() -> None:
    lead = "Thông báo kết quả bình xét thi đua năm 2022 của các Cụm thi đua thuộc Bộ TTTT\n\n"
    body = (
        "2. Cụm thi đua số 5\n\n"
        "Thành phần: Sở TTTT các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Lâm Đồng.\n\n"
        "- Đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua: Sở TTTT tỉnh Lâm Đồng.\n\n"
        "- Đề nghị tặng Bằng khen của Bộ trưởng cho các đơn vị còn lại trong Cụm.\n"
    )
    got = facts(body, published="2023-01-16", lead=lead)
    assert {f["member"]["province"] for f in got if f["kind"] == "membership"} == {
        "Kon Tum", "Gia Lai", "Đắk Lắk", "Lâm Đồng"
    }
    merit = {f["recipient"]["province"] for f in got if f["kind"] == "award" and f["award"] == "certificate_of_merit"}
    assert merit == {"Kon Tum", "Gia Lai", "Đắk Lắk"}


def test_a_meeting_hosted_then_held_at_a_hall_restates_its_venue() -> None:
    lead = (
        "Ngày 15/1, Cụm thi đua số 4 thuộc Bộ TTTT đã họp đánh giá kết quả phong trào thi đua năm 2023. Hội nghị do "
        "Sở TTTT tỉnh Nghệ An đăng cai, diễn ra tại hội trường cơ quan Sở TTTT tỉnh Nghệ An (TP Vinh).\n\n"
    )
    got = facts("Sở TTTT Hà Tĩnh là Cụm trưởng.", published="2024-01-18", lead=lead)
    got = [f for f in got if f["kind"] == "conference"]
    assert [(f["location"], f["host"]["province"]) for f in got] == [("Nghệ An", "Nghệ An")]


def test_a_count_of_an_agency_by_its_abbreviation_then_a_colon_opens_the_list() -> None:
    lead = "Ngày 18/12/2025, tại Gia Lai, Cụm thi đua số 6 thuộc Tổng LĐLĐ Việt Nam tổng kết năm 2025.\n\n"
    body = "Trước đó, năm 2024 Cụm có 3 LĐLĐ: Kon Tum, Gia Lai và Bình Định."
    assert members(body, published="2025-12-20", lead=lead) == {
        ("Kon Tum", "explicit", 2024), ("Gia Lai", "explicit", 2024), ("Bình Định", "explicit", 2024)
    }


def test_a_submissions_numbered_awards_over_bullet_lines_of_units() -> None:
    lead = "Ngày 27/12/2023, Cụm thi đua số 4 các Sở TTTT gửi Tờ trình đề nghị khen thưởng năm 2023.\n\n"
    body = (
        "Căn cứ kết quả bình xét, Cụm thi đua số 4 kính đề nghị Bộ trưởng xem xét khen thưởng năm 2023 như sau:\n\n"
        "1. Cờ thi đua của Bộ Thông tin và Truyền thông (01 tập thể):\n"
        "- Sở TTTT tỉnh Nghệ An.\n\n"
        "2. Bằng khen của Bộ trưởng Bộ TT&TT (02 tập thể):\n"
        "- Sở TTTT tỉnh Hà Tĩnh;\n"
        "- Sở TTTT tỉnh Quảng Bình.\n"
    )
    assert awards(body, published="2023-12-28", lead=lead) == {
        ("Nghệ An", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023),
        ("Hà Tĩnh", "certificate_of_merit", "proposed", "Bộ Thông tin và Truyền thông", 2023),
        ("Quảng Bình", "certificate_of_merit", "proposed", "Bộ Thông tin và Truyền thông", 2023),
    }


def test_a_score_table_of_all_the_clusters_members_under_a_bare_caption() -> None:
    body = (
        "Bảng 1. Điểm thi đua năm 2023 của các thành viên Cụm\n\n"
        "TT | Đơn vị | Điểm | Xếp thứ\n"
        "1 | Sở TTTT tỉnh Nghệ An | 980 | 1\n"
        "2 | Sở TTTT tỉnh Hà Tĩnh | 975 | 2\n"
        "3 | Sở TTTT tỉnh Quảng Bình | 960 | 3\n"
    )
    assert members(body) == {(p, "explicit", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_a_venue_phrase_ends_where_the_clauses_verb_starts() -> None:
    lead = (
        "Hội nghị tổng kết năm 2023 của Cụm thi đua số 4 thuộc Bộ TTTT do Sở TTTT Nghệ An tổ chức ngày 27/12/2023 "
        "tại thành phố Vinh đã suy tôn Sở TTTT tỉnh Hà Tĩnh dẫn đầu Cụm.\n\n"
    )
    got = facts("Sở TTTT Quảng Bình là Cụm phó.", published="2024-01-05", lead=lead)
    assert [f["location"] for f in got if f["kind"] == "conference"] == [None]  # (a city alone: no province)


def test_minutes_listing_the_units_present_one_bullet_each() -> None:
    body = (
        "I. THÀNH PHẦN\n"
        "2. Đại diện lãnh đạo Sở TTTT các tỉnh dự họp:\n"
        "- Sở TTTT tỉnh Nghệ An: ông Lê Văn A, Giám đốc, Cụm trưởng (chủ trì);\n"
        "- Sở TTTT tỉnh Hà Tĩnh (Cụm phó): bà Trần Thị B, Giám đốc;\n"
        "- Sở TTTT tỉnh Quảng Bình: ông Hồ Văn C, Phó Giám đốc.\n"
    )
    assert members(body) == {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_units_that_together_form_the_cluster() -> None:
    body = "Năm 2023, Sở TTTT Quảng Trị cùng với Sở TTTT các tỉnh Nghệ An, Hà Tĩnh hợp thành Cụm thi đua số 4."
    assert members(body) == {(p, "explicit", 2023) for p in ("Quảng Trị", "Nghệ An", "Hà Tĩnh")}


def test_a_counted_part_right_after_a_part_read_as_a_list() -> None:
    body = (
        "Cụm thi đua số 4 được sắp xếp theo vùng: ba Sở TTTT phía bắc gồm Thanh Hóa, Nghệ An, Hà Tĩnh. "
        "Hai Sở TTTT còn lại trong cụm thuộc phía nam là Quảng Bình và Quảng Trị."
    )
    assert {p for p, _b, _y in members(body)} == {"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"}


def test_a_unit_fronted_with_cung_voi_before_the_clusters_list() -> None:
    body = "Cùng với Sở TTTT Quảng Trị, cụm có Sở TTTT các tỉnh Nghệ An, Hà Tĩnh và Quảng Bình."
    assert members(body) == {(p, "explicit", 2023) for p in ("Quảng Trị", "Nghệ An", "Hà Tĩnh", "Quảng Bình")}


def test_a_page_on_two_clusters_meetings_told_one_after_the_other() -> None:
    lead = "Hai cụm thi đua các Sở TTTT miền Trung tổng kết năm 2023\n\n"
    body = (
        "Ngày 12/12, tại tỉnh Nghệ An, Cụm thi đua số 4 tổ chức hội nghị tổng kết năm 2023. Hội nghị suy tôn "
        "Sở TTTT tỉnh Hà Tĩnh làm Cụm trưởng năm 2024.\n\n"
        "Tiếp đó, ngày 13-12, Cụm thi đua số 5 tổng kết năm 2023 tại tỉnh Quảng Nam.\n\n"
        "Các đơn vị trong Cụm đã hoàn thành tốt chỉ tiêu.\n\n"
        "Cụm đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua cho Sở TTTT tỉnh Quảng Ngãi."
    )
    got = [f for f in facts(body, published="2023-12-15", lead=lead) if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["cluster"]["number"]) for f in got] == [("Quảng Ngãi", 5)]


def test_dashed_role_items_under_each_numbered_cluster_item() -> None:
    lead = "Ngày 2/3/2024, Bộ trưởng Bộ TTTT ký Quyết định phân công Cụm trưởng, Cụm phó năm 2024 như sau:\n\n"
    body = (
        "1. Cụm thi đua số 4 gồm Sở TTTT các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh.\n\n"
        "- Giám đốc Sở TTTT tỉnh Nghệ An, Cụm trưởng.\n\n"
        "2. Cụm thi đua số 5 gồm Sở TTTT các tỉnh Quảng Bình, Quảng Trị và Quảng Nam.\n\n"
        "- Giám đốc Sở TTTT tỉnh Quảng Nam, Cụm trưởng.\n"
    )
    got = {
        (f["member"]["province"], f["cluster"]["number"])
        for f in facts(body, published="2024-03-05", lead=lead)
        if f["kind"] == "role"
    }
    assert got == {("Nghệ An", 4), ("Quảng Nam", 5)}


def test_an_annex_item_counting_its_members_after_a_dash() -> None:
    lead = "Ngày 26/12/2016, Bộ trưởng Bộ TTTT ký Quyết định thành lập các Cụm thi đua áp dụng từ năm 2017.\n\n"
    body = (
        "PHỤ LỤC\n\n"
        "1. Cụm thi đua số 4 – 3 Sở TTTT các tỉnh Bắc Trung Bộ: Nghệ An (Cụm trưởng), Hà Tĩnh, Quảng Bình.\n\n"
        "2. Cụm thi đua số 5 – Sở TTTT 3 tỉnh duyên hải:\n"
        "   a) Tỉnh Quảng Nam\n"
        "   b) Tỉnh Quảng Ngãi\n"
        "   c) Tỉnh Bình Định\n"
    )
    got = {
        (f["member"]["province"], f["cluster"]["number"])
        for f in facts(body, published="2016-12-28", lead=lead)
        if f["kind"] == "membership"
    }
    assert got == {
        ("Nghệ An", 4), ("Hà Tĩnh", 4), ("Quảng Bình", 4), ("Quảng Nam", 5), ("Quảng Ngãi", 5), ("Bình Định", 5)
    }


def test_a_rotation_table_aligned_with_spaces() -> None:
    lead = "Ngày 18/02/2022, Cụm thi đua số 4 các Sở TTTT ban hành Kế hoạch luân phiên Cụm trưởng, Cụm phó.\n\n"
    body = (
        "TT    Năm     Đơn vị Cụm trưởng        Đơn vị Cụm phó\n"
        "1     2022    Sở TTTT tỉnh Hà Tĩnh     Sở TTTT tỉnh Quảng Bình\n"
        "2     2023    Sở TTTT tỉnh Quảng Bình  Sở TTTT tỉnh Nghệ An\n"
    )
    assert roles(body, published="2022-02-21", lead=lead) == {
        ("Hà Tĩnh", "head", 2022),
        ("Quảng Bình", "deputy", 2022),
        ("Quảng Bình", "head", 2023),
        ("Nghệ An", "deputy", 2023),
    }


def test_a_conferral_list_labelled_by_cluster() -> None:
    # "... được tặng Cờ thi đua gồm:" + "- Cụm thi đua số I: X;": each item's unit receives the flag
    lead = "Hà Nội, 9/2/2024 – Bảo hiểm xã hội Việt Nam tặng Cờ thi đua năm 2023 cho các đơn vị dẫn đầu Cụm.\n\n"
    body = (
        "Theo quyết định, 3 đơn vị được tặng Cờ thi đua gồm:\n\n"
        "- Cụm thi đua số I: BHXH tỉnh Hà Giang;\n\n- Cụm thi đua số II: BHXH tỉnh Nam Định;\n\n"
        "- Cụm thi đua số III: BHXH tỉnh Phú Yên."
    )
    got = awards(body, lead=lead, published="2024-02-09")
    want = {("Hà Giang", "conferred"), ("Nam Định", "conferred"), ("Phú Yên", "conferred")}
    assert {(p, s) for p, _, s, _, _ in got} == want


def test_a_flag_named_bare_after_the_verb() -> None:
    # "Cờ thi đua của Bộ Công an" in the lead, then "... được tặng Cờ gồm:" and the list: the same flag
    lead = "Bộ Công an tặng Cờ thi đua của Bộ Công an cho các đơn vị dẫn đầu phong trào thi đua năm 2023.\n\n"
    body = "Theo Quyết định, hai đơn vị được tặng Cờ gồm:\n\n- Công an tỉnh Sơn La;\n- Công an tỉnh Cà Mau."
    got = awards(body, lead=lead, published="2024-01-30")
    assert {(p, a, s, g) for p, a, s, g, _ in got} >= {
        ("Sơn La", "emulation_flag", "conferred", "Bộ Công an"),
        ("Cà Mau", "emulation_flag", "conferred", "Bộ Công an"),
    }
    # (a lower-case "cờ" is the flag of anything, and a rotating one is no award)
    assert not awards("Sở TTTT Hà Tĩnh được trao cờ luân lưu của Cụm.")


def test_the_minister_who_signs_the_decision_grants_the_award() -> None:
    body = (
        "Bộ trưởng Bộ Tài chính cũng đã có Quyết định số 77/QĐ-TĐKT ngày 5/1/2024 tặng Cờ thi đua "
        "cho Cục Thuế tỉnh Nghệ An."
    )
    assert {(p, g) for p, _, _, g, _ in awards(body)} == {("Nghệ An", "Bộ Tài chính")}


def test_a_prime_ministers_decision_is_not_carried_to_a_ministrys_award() -> None:
    body = (
        "Thủ tướng Chính phủ đã ký Quyết định số 254/QĐ-TTg tặng Cờ thi đua của Chính phủ cho Sở TTTT Nghệ An "
        "vì thành tích năm 2023. Cũng theo quyết định này, Sở TTTT Hà Tĩnh được tặng Bằng khen của Bộ trưởng Bộ TTTT "
        "vì thành tích năm 2023."
    )
    got = {(f["recipient"]["province"], f["grantor"], f["decision"]) for f in facts(body) if f["kind"] == "award"}
    assert ("Nghệ An", "Chính phủ", "254/QĐ-TTg") in got
    assert ("Hà Tĩnh", "Bộ Thông tin và Truyền thông", "254/QĐ-TTg") not in got


def test_the_page_unit_named_as_the_unit_before_a_dash() -> None:
    lead = (
        "Công an tỉnh Quảng Ngãi đón nhận Cờ thi đua của Chính phủ\n\n"
        "Sáng 23/3/2024, Công an tỉnh Quảng Ngãi tổ chức lễ đón nhận Cờ thi đua của Chính phủ.\n\n"
    )
    body = (
        "Năm 2023, lực lượng kéo giảm 8% số vụ phạm pháp hình sự.\n\n"
        "Trước đó, Bộ trưởng Bộ Công an đã tặng Cờ thi đua cho đơn vị - đơn vị dẫn đầu Cụm thi đua số 4 năm 2023."
    )
    got = awards(body, lead=lead, published="2024-03-24")
    assert ("Quảng Ngãi", "emulation_flag", "conferred", "Bộ Công an", 2023) in got


def test_the_minister_of_a_tong_cuc_sector_is_the_ministry_named() -> None:
    # Cục Thuế belong to the Tổng cục Thuế, but "Bằng khen của Bộ trưởng" is the Bộ Tài chính named before
    body = (
        "Đồng chí Phó Tổng cục trưởng trao Quyết định số 638/QĐ-BTC của Bộ trưởng Bộ Tài chính tặng Cờ thi đua "
        "cho Cục Thuế tỉnh Nghệ An. Cục Thuế tỉnh Hà Tĩnh cũng nhận Bằng khen của Bộ trưởng vì thành tích năm 2023."
    )
    got = {(p, a, g) for p, a, _, g, _ in awards(body)}
    assert ("Hà Tĩnh", "certificate_of_merit", "Bộ Tài chính") in got


def test_a_unit_that_also_receives_an_award() -> None:
    body = "Dịp này, Sở TTTT Quảng Bình còn đón nhận Cờ thi đua của Chính phủ năm 2022."
    assert ("Quảng Bình", "emulation_flag", "conferred", "Chính phủ", 2022) in awards(body)


def test_a_certificate_of_a_generic_minister_handed_to_units() -> None:
    body = "Cũng tại buổi lễ, Bằng khen của Bộ trưởng được trao cho Sở TTTT Quảng Bình và Sở TTTT Quảng Trị."
    got = {(p, s) for p, a, s, _, _ in awards(body) if a == "certificate_of_merit"}
    assert got == {("Quảng Bình", "conferred"), ("Quảng Trị", "conferred")}


def test_a_digest_table_with_one_column_for_the_meetings_day_and_place() -> None:
    # "| Hội nghị tổng kết (ngày, nơi tổ chức) |": the meeting of each row, and the row's proposals take its year
    lead = (
        "Kết quả bình xét thi đua năm 2023 của các Cụm\n\n"
        "Từ ngày 8/1 đến ngày 20/1, các Cụm thi đua Sở TTTT đã lần lượt tổng kết phong trào thi đua năm 2023. "
        "Kết quả của 2 Cụm như sau:\n\n"
    )
    body = (
        "| Cụm thi đua | Hội nghị tổng kết (ngày, nơi tổ chức) | Đề nghị tặng Cờ thi đua của Bộ |\n"
        "|---|---|---|\n"
        "| Cụm số II | 8/1, tại tỉnh Thái Bình | Sở TTTT Nam Định |\n"
        "| Cụm số V | 12/1, tại tỉnh Quảng Nam | Sở TTTT Quảng Ngãi |\n"
    )
    got = facts(body, lead=lead, published="2024-01-25")
    meetings = {
        (f["cluster"]["number"], f["date"], f["location"], f["reviews_year"]) for f in got if f["kind"] == "conference"
    }
    assert meetings == {(2, "2024-01-08", "Thái Bình", 2023), (5, "2024-01-12", "Quảng Nam", 2023)}
    flags = {(f["recipient"]["province"], f["year"], f["status"]) for f in got if f["kind"] == "award"}
    assert flags == {("Nam Định", 2023, "proposed"), ("Quảng Ngãi", 2023, "proposed")}


def test_a_meeting_a_unit_will_host_is_no_meeting() -> None:
    body = "Tại Cụm số 6, Sở TTTT Lâm Đồng sẽ đăng cai hội nghị sơ kết 6 tháng đầu năm 2024."
    lead = "Kết quả bình xét thi đua của các Cụm thi đua Sở TTTT năm 2023.\n\n"
    assert not [f for f in facts(body, lead=lead, published="2024-01-25") if f["kind"] == "conference"]


def test_so_tp_is_the_department_of_justice_not_a_city() -> None:
    body = "Hội nghị đề nghị Bộ trưởng Bộ Tư pháp tặng Bằng khen cho STP Nghệ An và Sở TP Quảng Trị."
    lead = "Ngày 11/01/2019, Cụm thi đua số IV thuộc Bộ Tư pháp tổng kết phong trào thi đua năm 2018.\n\n"
    got = {(p, s) for p, _, s, _, _ in awards(body, lead=lead, published="2019-01-15")}
    assert got == {("Nghệ An", "proposed"), ("Quảng Trị", "proposed")}


def test_a_list_the_cluster_has_now_in_a_page_reviewing_nothing() -> None:
    lead = "Công an tỉnh Tuyên Quang đón nhận Cờ thi đua của Chính phủ\n\n"
    body = "Cụm thi đua số II hiện gồm Công an 3 tỉnh: Hà Giang, Tuyên Quang và Cao Bằng."
    assert members(body, lead=lead, published="2023-04-14") == {
        ("Hà Giang", "explicit", 2023),
        ("Tuyên Quang", "explicit", 2023),
        ("Cao Bằng", "explicit", 2023),
    }


def test_the_proposal_of_an_award_the_page_reports_conferred_takes_its_year() -> None:
    lead = "Công an tỉnh Tuyên Quang đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Công an tỉnh Tuyên Quang vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua vì đã dẫn đầu phong trào thi đua "
        "năm 2022. Trước đó, tại hội nghị của Cụm thi đua số II, Công an tỉnh Tuyên Quang đã được Cụm thống nhất đề "
        "nghị Bộ Công an trình Chính phủ tặng Cờ thi đua."
    )
    got = awards(body, lead=lead, published="2023-04-14")
    assert ("Tuyên Quang", "emulation_flag", "proposed", "Chính phủ", 2022) in got


def test_a_request_to_consider_then_submit_is_one_proposal() -> None:
    body = (
        "Riêng Sở TTTT Quảng Bình được Cụm đề nghị Bộ xem xét, trình Thủ tướng Chính phủ tặng Cờ thi đua "
        "của Chính phủ."
    )
    assert ("Quảng Bình", "emulation_flag", "proposed", "Chính phủ", 2023) in awards(body)


def test_flags_given_on_the_clusters_votes_listed_by_cluster() -> None:
    # "Căn cứ kết quả bình xét ... của các Cụm ..., Cờ thi đua ... được tặng cho ..., cụ thể:" + labelled items: given,
    # and each item's cluster proposed its units
    lead = "Bộ Tư pháp tặng Cờ thi đua năm 2023 cho các Sở Tư pháp dẫn đầu các Cụm thi đua.\n\n"
    body = (
        "Căn cứ kết quả bình xét, suy tôn tại hội nghị tổng kết của các Cụm thi đua và đề nghị của Hội đồng Thi đua "
        "- Khen thưởng Bộ, Cờ thi đua năm 2023 được tặng cho 3 Sở Tư pháp, cụ thể:\n\n"
        "- Cụm thi đua số I (các tỉnh miền núi phía Bắc): Sở Tư pháp tỉnh Sơn La.\n"
        "- Cụm thi đua số II: Sở Tư pháp tỉnh Thái Bình và Sở Tư pháp tỉnh Ninh Bình."
    )
    got = {
        (f["recipient"]["province"], f["status"], f["cluster"]["number"] if f["cluster"] else None)
        for f in facts(body, lead=lead, published="2024-01-30")
        if f["kind"] == "award"
    }
    assert got == {("Sơn La", "conferred", 1), ("Thái Bình", "conferred", 2), ("Ninh Bình", "conferred", 2)}


def test_a_certificate_that_goes_to_units() -> None:
    body = "Với Cụm thi đua số 7, Bằng khen của Bộ trưởng Bộ TTTT thuộc về Sở TTTT các tỉnh Sóc Trăng và Cà Mau."
    got = {(p, a, s) for p, a, s, _, _ in awards(body)}
    assert got == {("Sóc Trăng", "certificate_of_merit", "conferred"), ("Cà Mau", "certificate_of_merit", "conferred")}


def test_the_one_decision_a_page_announces_covers_its_later_conferrals() -> None:
    lead = (
        "Ngày 2/3/2024, Bộ trưởng Bộ TTTT đã ký Quyết định số 563/QĐ-BTTTT tặng Bằng khen của Bộ trưởng cho các "
        "tập thể thuộc 3 Cụm thi đua đã hoàn thành xuất sắc nhiệm vụ năm 2023.\n\n"
    )
    body = (
        "Ở Cụm thi đua số 1, Bằng khen được trao cho Sở TTTT tỉnh Hà Giang.\n\n"
        "Cụm thi đua số 2 có 2 đơn vị là Sở TTTT Hải Dương và Sở TTTT Hưng Yên.\n\n"
        "Tại Cụm thi đua số 5, Bộ trưởng tặng Bằng khen cho Sở TTTT Khánh Hòa."
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2024-03-04")
        if f["kind"] == "award"
    }
    assert ("Khánh Hòa", "563/QĐ-BTTTT", 2023) in got


def test_the_rest_of_the_cluster_after_the_units_proposed_in_the_sentence_before() -> None:
    body = (
        "Sở TTTT Nghệ An, Sở TTTT Hà Tĩnh, Sở TTTT Quảng Bình và Sở TTTT Quảng Trị tham dự hội nghị. "
        "Hội nghị thống nhất đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua cho Sở TTTT Nghệ An. Các đơn vị còn lại trong "
        "Cụm được hội nghị đề nghị Bộ trưởng tặng Bằng khen."
    )
    lead = (
        "Sáng 19/12, tại tỉnh Hà Tĩnh, Cụm thi đua số 4 thuộc Bộ TTTT (gồm Sở TTTT các tỉnh Nghệ An, Hà Tĩnh, "
        "Quảng Bình và Quảng Trị) tổ chức hội nghị tổng kết phong trào thi đua năm 2023.\n\n"
    )
    got = {(p, a) for p, a, s, _, _ in awards(body, lead=lead) if s == "proposed"}
    assert got == {
        ("Nghệ An", "emulation_flag"),
        ("Hà Tĩnh", "certificate_of_merit"),
        ("Quảng Bình", "certificate_of_merit"),
        ("Quảng Trị", "certificate_of_merit"),
    }


def test_the_unit_a_ceremony_page_is_about_named_bare() -> None:
    lead = (
        "BHXH tỉnh Bình Định đón nhận Cờ thi đua của Chính phủ\n\n"
        "Sáng 21/3/2024, BHXH tỉnh Bình Định tổ chức lễ đón nhận Cờ thi đua của Chính phủ.\n\n"
        "Phó Tổng Giám đốc trao Cờ thi đua của Chính phủ cho BHXH tỉnh Bình Định. (ảnh)\n\n"
    )
    body = (
        "Cũng tại buổi lễ, đơn vị vinh dự đón nhận Cờ thi đua của BHXH Việt Nam vì đã hoàn thành xuất sắc "
        "nhiệm vụ năm 2023."
    )
    got = awards(body, lead=lead, published="2024-03-22")
    assert ("Bình Định", "emulation_flag", "conferred", "Bảo hiểm xã hội Việt Nam", 2023) in got


def test_a_plan_pages_list_is_of_the_plans_year_not_of_the_review_told_aside() -> None:
    lead = (
        "Cụm thi đua số V các Đài PT-TH triển khai kế hoạch hoạt động năm 2024\n\n"
        "Ngày 20/1, Đài PT-TH Quảng Bình, đơn vị Cụm trưởng năm 2024, đã ban hành kế hoạch hoạt động của Cụm thi đua "
        "số V trong năm, trên cơ sở kết quả hội nghị tổng kết năm 2023 và hướng dẫn của Bộ TTTT.\n\n"
    )
    body = (
        "Trước đó, ngày 26-12-2023, Hội nghị tổng kết phong trào thi đua năm 2023 của Cụm đã diễn ra tại tỉnh "
        "Hà Tĩnh.\n\n1. Thành phần Cụm. Cụm thi đua số V gồm 3 Đài Phát thanh và Truyền hình các tỉnh: Thanh Hoá, "
        "Nghệ An và Hà Tĩnh."
    )
    assert {y for _, _, y in members(body, lead=lead, published="2024-01-25")} == {2024}


def test_an_agreements_own_text_lists_the_members_of_its_year() -> None:
    lead = (
        "Cụm thi đua số 6 ký kết giao ước thi đua năm 2024\n\n"
        "Chiều 14/1, tại VKSND tỉnh Tây Ninh, Cụm thi đua số 6 VKSND tổ chức hội nghị đánh giá phong trào thi đua năm "
        "2023 và ký kết giao ước thi đua.\n\n"
    )
    body = (
        "BẢN GIAO ƯỚC THI ĐUA NĂM 2024\n\n"
        "Hôm nay, ngày 14/01/2024, tại tỉnh Tây Ninh, Cụm thi đua số 6 gồm VKSND 3 tỉnh: Bình Phước, Tây Ninh và Bình "
        "Dương cùng thống nhất ký kết giao ước thi đua năm 2024."
    )
    assert {y for _, _, y in members(body, lead=lead, published="2024-01-16")} == {2024}


def test_a_meeting_told_by_its_minutes_fields() -> None:
    lead = "Biên bản Hội nghị tổng kết phong trào thi đua năm 2023 Cụm thi đua số 2 - Cục Thuế các tỉnh miền núi\n\n"
    body = (
        "BIÊN BẢN\nHỘI NGHỊ TỔNG KẾT PHONG TRÀO THI ĐUA NĂM 2023 CỦA CỤM THI ĐUA SỐ 2\n\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM\n1. Thời gian: hồi 8 giờ 00 phút, ngày 19 tháng 12 năm 2023.\n"
        "2. Địa điểm: Hội trường Cục Thuế tỉnh Yên Bái, thành phố Yên Bái.\n\n"
        "II. NỘI DUNG\n- Đề nghị Tổng cục trưởng Tổng cục Thuế tặng Bằng khen cho Cục Thuế tỉnh Lạng Sơn."
    )
    got = facts(body, lead=lead, published="2023-12-22")
    assert {(f["date"], f["location"], f["reviews_year"]) for f in got if f["kind"] == "conference"} == {
        ("2023-12-19", "Yên Bái", 2023)
    }
    assert {(f["recipient"]["province"], f["year"]) for f in got if f["kind"] == "award"} == {("Lạng Sơn", 2023)}


def test_a_unit_holding_the_head_role_and_receiving_a_flag() -> None:
    body = (
        "Năm 2023, Sở TTTT tỉnh Quảng Bình giữ vai trò Cụm trưởng và đã được Bộ trưởng Bộ TTTT tặng Cờ thi đua "
        "do có thành tích dẫn đầu Cụm trong năm 2023."
    )
    assert ("Quảng Bình", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", 2023) in awards(body)


def test_a_decision_on_the_clusters_proposals_told_cluster_by_cluster() -> None:
    lead = (
        "Trao Cờ thi đua, Bằng khen của Bộ cho các Sở TT&TT năm 2023\n\n"
        "Căn cứ kết quả chấm điểm, bình xét và văn bản đề nghị của 8 Cụm thi đua các Sở TT&TT, Bộ trưởng đã ký Quyết "
        "định số 58/QĐ-BTTTT ngày 14/01/2024 về việc khen thưởng thành tích năm 2023.\n\n"
    )
    body = (
        "Tại Cụm thi đua số 1 (miền núi phía Bắc), Cờ thi đua của Bộ thuộc về Sở TT&TT Lào Cai.\n\n"
        "Ở Cụm 3, Sở TT&TT Hưng Yên là đơn vị duy nhất được tặng Cờ thi đua.\n\n"
        "Với Cụm thi đua số 5, Sở TT&TT Quảng Ngãi giành Cờ thi đua.\n\n"
        "Cụm thi đua số VI: Cờ thi đua tặng Sở TTTT Gia Lai.\n\n"
        "Tại Cụm 7, Cờ thi đua về tay Sở TT&TT Bình Dương; Sở TT&TT Tây Ninh nhận Bằng khen."
    )
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2024-01-18")
        if f["kind"] == "award"
    }
    flag, merit = "emulation_flag", "certificate_of_merit"
    assert got == {
        ("Lào Cai", flag, "58/QĐ-BTTTT", 2023, 1),
        ("Hưng Yên", flag, "58/QĐ-BTTTT", 2023, 3),
        ("Quảng Ngãi", flag, "58/QĐ-BTTTT", 2023, 5),
        ("Gia Lai", flag, "58/QĐ-BTTTT", 2023, 6),
        ("Bình Dương", flag, "58/QĐ-BTTTT", 2023, 7),
        ("Tây Ninh", merit, "58/QĐ-BTTTT", 2023, 7),
    }


def test_a_flag_named_bare_has_the_grantor_of_the_one_named_before() -> None:
    lead = "Lễ đón nhận Cờ thi đua của Chính phủ tại Bình Phước năm 2024.\n\n"
    body = (
        "Phần thưởng cao nhất là Cờ thi đua của Chính phủ dành cho Công an tỉnh. Theo Quyết định số 1520/QĐ-TTg, "
        "Công an tỉnh Bình Phước được tặng Cờ vì đã dẫn đầu phong trào thi đua năm 2023."
    )
    got = {(p, g) for p, a, _, g, _ in awards(body, lead=lead, published="2024-03-10")}
    assert got == {("Bình Phước", "Chính phủ")}


def test_a_provinces_list_of_proposals_is_no_clusters() -> None:
    lead = (
        "Lấy ý kiến về danh sách tập thể đề nghị khen thưởng năm 2024\n\n"
        "Hội đồng Thi đua - Khen thưởng tỉnh Nghệ An thông báo công khai danh sách các tập thể được đề nghị khen "
        "thưởng thành tích năm 2024, để cán bộ và Nhân dân góp ý.\n\n"
    )
    body = (
        "I. Đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 02 tập thể:\n"
        "1. Công an tỉnh Nghệ An (đơn vị dẫn đầu Cụm thi đua số 4, Bộ Công an);\n2. Bảo hiểm xã hội tỉnh Nghệ An.\n\n"
        "II. Đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 01 tập thể:\n1. Hội Nông dân tỉnh Nghệ An."
    )
    got = {
        (f["recipient"]["org"], f["year"], f["cluster"])
        for f in facts(body, lead=lead, published="2024-12-22")
        if f["kind"] == "award"
    }
    want = {("Công an tỉnh", 2024, None), ("Bảo hiểm xã hội tỉnh", 2024, None), ("Hội Nông dân tỉnh", 2024, None)}
    assert got == want


def test_an_early_year_review_closes_the_year_of_the_head_told_next() -> None:
    lead = (
        "Hội nghị tổng kết của Cụm thi đua số 2 thuộc Tổng cục Thuế đã diễn ra ngày 18/1/2024 tại Cục Thuế tỉnh Ninh "
        "Bình. Cục Thuế Ninh Bình – Cụm trưởng năm 2023 – đăng cai hội nghị.\n\n"
    )
    got = [f for f in facts("", lead=lead, published="2024-01-20") if f["kind"] == "conference"]
    assert [(f["date"], f["reviews_year"]) for f in got] == [("2024-01-18", 2023)]


def test_a_decision_told_last_for_the_awards_told_above() -> None:
    lead = "Khen thưởng các đơn vị có thành tích xuất sắc năm 2023\n\n"
    body = (
        "Theo đó, Cờ thi đua năm 2023 của BHXH Việt Nam được tặng cho 2 đơn vị: BHXH tỉnh Hà Tĩnh và BHXH tỉnh "
        "Tiền Giang.\n\nBằng khen của Tổng Giám đốc được tặng cho BHXH tỉnh Cao Bằng.\n\n"
        "Cờ thi đua và Bằng khen của Tổng Giám đốc nêu trên được tặng theo Quyết định số 734/QĐ-BHXH ngày 21/4/2024."
    )
    got = {
        (f["recipient"]["province"], f["award"], f["decision"])
        for f in facts(body, lead=lead, published="2024-05-08")
        if f["kind"] == "award"
    }
    assert got == {
        ("Hà Tĩnh", "emulation_flag", "734/QĐ-BHXH"),
        ("Tiền Giang", "emulation_flag", "734/QĐ-BHXH"),
        ("Cao Bằng", "certificate_of_merit", "734/QĐ-BHXH"),
    }


def test_a_conferral_list_under_sub_headings_takes_the_decisions_year() -> None:
    lead = (
        "Ngày 16/1, Bộ trưởng Bộ Thông tin và Truyền thông đã ký Quyết định số 88/QĐ-BTTTT về việc tặng Cờ thi đua "
        "của Bộ năm 2023 cho các tập thể dẫn đầu các Cụm, Khối thi đua.\n\n"
    )
    body = (
        "Theo Quyết định, Cờ thi đua được trao cho các đơn vị sau:\n\n"
        "Đối với các Cụm thi đua các Sở Thông tin và Truyền thông:\n\n"
        "- Cụm thi đua số I (miền núi phía Bắc): Sở TT&TT Lào Cai (Cụm trưởng năm 2023);\n\n"
        "- Cụm thi đua số II: Sở TT&TT Thái Nguyên;\n\n"
        "Đối với Khối thi đua các Đài Phát thanh và Truyền hình:\n\n"
        "- Cụm thi đua số 5: Đài PT-TH thành phố Cần Thơ."
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2024-01-20")
        if f["kind"] == "award"
    }
    assert got == {
        ("Lào Cai", "88/QĐ-BTTTT", 2023),
        ("Thái Nguyên", "88/QĐ-BTTTT", 2023),
        ("Cần Thơ", "88/QĐ-BTTTT", 2023),
    }


def test_agencies_named_bare_on_a_provinces_own_ceremony_page() -> None:
    lead = (
        "Nhiều cơ quan của tỉnh đón nhận Cờ thi đua của các bộ, ngành\n\n"
        "Chiều 25/2, UBND tỉnh Quảng Trị tổ chức buổi lễ trao các hình thức khen thưởng của Trung ương cho tập thể "
        "đạt thành tích xuất sắc trong năm 2023.\n\n"
    )
    body = (
        "Tại buổi lễ, Sở Tư pháp tỉnh vinh dự đón nhận Cờ thi đua của Bộ Tư pháp vì đã hoàn thành xuất sắc nhiệm vụ "
        "năm 2023. Riêng Sở Y tế nhận Bằng khen của Thủ tướng Chính phủ do có thành tích xuất sắc năm 2023. "
        "Các Sở Tài chính của khu vực cũng được biểu dương."
    )
    got = {
        (f["recipient"]["org"], f["recipient"]["province"])
        for f in facts(body, lead=lead, published="2024-02-26")
        if f["kind"] == "award"
    }
    assert got == {("Sở Tư pháp", "Quảng Trị"), ("Sở Y tế", "Quảng Trị")}
    # (a page that is no province's own event: no local units)
    assert not awards("Sở Y tế nhận Bằng khen của Thủ tướng Chính phủ do có thành tích xuất sắc năm 2023.")


def test_a_cluster_head_speaking_of_our_cluster_in_an_interview() -> None:
    lead = (
        "Cụm trưởng Cụm thi đua số 4 Hội CCB: Năm khó khăn nhưng phong trào không chững lại\n\n"
        "Năm 2023, Hội CCB tỉnh Quảng Trị giữ vai trò Cụm trưởng Cụm thi đua số 4 của Hội Cựu chiến binh Việt Nam.\n\n"
        "PV: Thưa ông, Cụm thi đua số 4 năm nay gồm những đơn vị nào?\n\n"
    )
    body = "Ông Nguyễn Đình Lộc: Năm nay Cụm chúng tôi có Hội CCB 3 tỉnh: Quảng Bình, Quảng Trị và Kon Tum."
    assert {(p, y) for p, _, y in members(body, lead=lead, published="2023-12-20")} == {
        ("Quảng Bình", 2023),
        ("Quảng Trị", 2023),
        ("Kon Tum", 2023),
    }


def test_an_award_for_many_years_in_a_row_has_no_year() -> None:
    body = (
        "Cụm cũng thống nhất đề xuất Bộ TTTT trình Thủ tướng Chính phủ tặng Bằng khen cho Sở TTTT Quảng Bình vì "
        "thành tích nhiều năm liền."
    )
    assert ("Quảng Bình", "certificate_of_merit", "proposed", "Chính phủ", None) in awards(body)


def test_an_annex_table_under_its_caption_of_the_decision() -> None:
    lead = "Quyết định tặng Cờ thi đua của Bộ TTTT cho các tập thể năm 2023\n\n"
    body = (
        "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG\n"
        "(Kèm theo Quyết định số 2418/QĐ-BTTTT ngày 29/12/2023 của Bộ trưởng Bộ Thông tin và Truyền thông)\n\n"
        "| STT | Tên tập thể | Hình thức |\n\n|---|---|---|\n\n"
        "| I. CỜ THI ĐUA CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG |  |  |\n\n"
        "| 1 | Sở Thông tin và Truyền thông tỉnh Lạng Sơn | Cờ thi đua |\n\n"
        "| II. BẰNG KHEN CỦA BỘ TRƯỞNG |  |  |\n\n"
        "| 1 | Sở Thông tin và Truyền thông tỉnh Yên Bái | Bằng khen |\n"
    )
    got = {
        (f["recipient"]["province"], f["award"], f["status"], f["decision"])
        for f in facts(body, lead=lead, published="2024-01-10")
        if f["kind"] == "award"
    }
    assert got == {
        ("Lạng Sơn", "emulation_flag", "conferred", "2418/QĐ-BTTTT"),
        ("Yên Bái", "certificate_of_merit", "conferred", "2418/QĐ-BTTTT"),
    }


def test_a_provinces_ceremony_named_later_in_the_lead() -> None:
    lead = (
        "Nhiều cơ quan của tỉnh đón nhận phần thưởng\n\n"
        "Sáng 25/2, UBND tỉnh tổ chức lễ đón nhận các phần thưởng mà các bộ, ngành Trung ương trao cho cơ quan, "
        "đơn vị của tỉnh Quảng Bình vì những kết quả xuất sắc trong năm 2023.\n\n"
    )
    body = "Trong lĩnh vực y tế, Sở Y tế vinh dự nhận Cờ thi đua của Bộ Y tế nhờ hoàn thành các chỉ tiêu năm 2023."
    got = awards(body, lead=lead, published="2024-02-26")
    assert ("Quảng Bình", "emulation_flag", "conferred", "Bộ Y tế", 2023) in got
    # (the province's leaders as guests at a unit's own ceremony make no page of the province)
    guest = (
        "Sáng 12/4, Công an tỉnh Bình Dương tổ chức lễ đón nhận Cờ thi đua. Dự có lãnh đạo UBND tỉnh và các sở, "
        "ngành.\n\n"
    )
    assert not any(p == "Bình Dương" and g == "Bộ Y tế" for p, _, _, g, _ in awards(body, lead=guest))


def test_flags_given_to_units_counted_then_named() -> None:
    body = (
        "Bộ đã có tờ trình đề nghị Thủ tướng Chính phủ xét tặng Cờ thi đua của Chính phủ cho hai đơn vị là Sở TTTT "
        "tỉnh Bình Dương và Sở TTTT tỉnh Thanh Hoá. Ở hai Cụm phía Nam, đơn vị được nhận Cờ là Sở TTTT tỉnh Cà Mau."
    )
    got = {(p, s) for p, a, s, _, _ in awards(body) if a == "emulation_flag"}
    assert got == {("Bình Dương", "proposed"), ("Thanh Hóa", "proposed"), ("Cà Mau", "conferred")}


def test_roles_quoted_from_a_decision_told_in_the_sentence_before() -> None:
    body = (
        "Cũng tại hội nghị, đại diện Vụ Thi đua - Khen thưởng đã công bố Quyết định số 3417/QĐ-BTP ngày 18/12/2023 "
        "về việc phân công Cụm trưởng, Cụm phó các Cụm thi đua năm 2024. Theo đó (trích):\n"
        "Cụm thi đua số 1:\n     - Giám đốc Sở Tư pháp tỉnh Quảng Ninh, Cụm trưởng.\n"
        "     - Giám đốc Sở Tư pháp tỉnh Bắc Ninh, Cụm phó."
    )
    assert roles(body) >= {("Quảng Ninh", "head", 2024), ("Bắc Ninh", "deputy", 2024)}


def test_a_table_below_the_sentence_that_gives_its_rows_the_award() -> None:
    lead = "Kết quả bình xét của các Cụm thi đua khu vực năm 2023\n\n"
    body = (
        "Trên cơ sở chấm điểm, các Cụm đã thống nhất đề nghị Bộ trưởng Bộ TTTT tặng Bằng khen cho các tập thể "
        "trong bảng dưới đây.\n\n| STT | Tập thể | Cụm thi đua |\n\n|---|---|---|\n\n"
        "| 1 | Sở TTTT tỉnh Hà Giang | Cụm I |\n\n| 2 | Sở TTTT Hải Dương | Cụm số 2 |\n"
    )
    got = {
        (f["recipient"]["province"], f["status"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2024-01-19")
        if f["kind"] == "award"
    }
    assert got == {("Hà Giang", "proposed", 1), ("Hải Dương", "proposed", 2)}


def test_units_bracketed_with_their_clusters_sharing_one_role() -> None:
    body = (
        "Cũng tại buổi lễ, Vụ Thi đua - Khen thưởng công bố Quyết định số 88/QĐ-BTTTT về việc giao nhiệm vụ Cụm "
        "trưởng các Cụm thi đua năm 2024. Theo đó, Sở TT&TT Yên Bái (Cụm I), Sở TT&TT Bắc Giang (Cụm II) và "
        "Sở TT&TT Nghệ An (Cụm IV) làm Cụm trưởng."
    )
    got = {
        (f["member"]["province"], f["role"], f["year"], f["cluster"]["number"])
        for f in facts(body)
        if f["kind"] == "role"
    }
    assert got >= {("Yên Bái", "head", 2024, 1), ("Bắc Giang", "head", 2024, 2), ("Nghệ An", "head", 2024, 4)}
    assert not any(y is None for _, _, y, _ in got)


def test_flags_that_fall_to_units_listed_by_cluster_on_one_line() -> None:
    lead = "Bộ Y tế công bố kết quả thi đua năm 2022 của các Cụm\n\n"
    body = (
        "Căn cứ Quyết định số 310/QĐ-BYT ngày 9/2/2023 của Bộ trưởng, Cờ thi đua năm 2022 thuộc về các đơn vị sau: "
        "Cụm thi đua số I: Sở Y tế tỉnh Hà Giang; Cụm số II: Sở Y tế Hưng Yên; Cụm số III: Sở Y tế Bình Định."
    )
    got = {
        (f["recipient"]["province"], f["status"], f["decision"])
        for f in facts(body, lead=lead, published="2023-02-12")
        if f["kind"] == "award"
    }
    assert got == {(p, "conferred", "310/QĐ-BYT") for p in ("Hà Giang", "Hưng Yên", "Bình Định")}


def test_a_bare_flag_received_under_the_same_decision() -> None:
    lead = "Bộ Y tế trao Cờ thi đua cho các Sở dẫn đầu năm 2022\n\n"
    body = (
        "Theo Quyết định số 310/QĐ-BYT ngày 9/2/2023, Cờ thi đua của Bộ Y tế năm 2022 được trao cho Sở Y tế tỉnh "
        "Hà Giang. Ở khối bệnh viện, hai đơn vị được nhận Cờ theo cùng quyết định là Sở Y tế Nam Định và Sở Y tế "
        "Long An."
    )
    got = {
        (f["recipient"]["province"], f["decision"])
        for f in facts(body, lead=lead, published="2023-02-12")
        if f["kind"] == "award"
    }
    assert {("Nam Định", "310/QĐ-BYT"), ("Long An", "310/QĐ-BYT")} <= got


def test_a_certificate_for_the_work_of_a_year_handed_to_units() -> None:
    body = (
        "Cùng dịp, Bằng khen của Bộ trưởng cho thành tích năm 2023 được trao cho Sở TTTT Hà Giang và Sở TTTT "
        "Ninh Thuận."
    )
    got = awards(body, published="2024-01-10")
    assert {(p, a, s, y) for p, a, s, _, y in got} == {
        ("Hà Giang", "certificate_of_merit", "conferred", 2023),
        ("Ninh Thuận", "certificate_of_merit", "conferred", 2023),
    }


def test_an_annex_whose_sections_name_the_award_of_their_rows() -> None:
    lead = "Tặng Cờ thi đua, Bằng khen cho các đơn vị dẫn đầu Cụm năm 2023\n\n"
    body = (
        "Xét đề nghị của các Cụm thi đua, Tổng Giám đốc quyết định tặng Cờ thi đua của Bảo hiểm xã hội Việt Nam cho "
        "2 tập thể và Bằng khen của Tổng Giám đốc cho 1 tập thể.\n\n"
        "PHỤ LỤC\n(Kèm theo Quyết định số 301/QĐ-BHXH ngày 1/3/2024)\n\n"
        "| STT | Cụm thi đua | Tập thể |\n\n|---|---|---|\n\n| I. CỜ THI ĐUA |  |  |\n\n"
        "| 1 | Cụm thi đua số 1 | BHXH tỉnh Lào Cai |\n\n| 2 | Cụm thi đua số V | BHXH tỉnh Quảng Nam |\n\n"
        "| II. BẰNG KHEN |  |  |\n\n| 1 | Cụm thi đua số 4 | BHXH tỉnh Hà Tĩnh |\n"
    )
    got = {
        (f["recipient"]["province"], f["award"], f["status"], f["grantor"], f["decision"], f["cluster"]["number"])
        for f in facts(body, lead=lead, published="2024-03-05")
        if f["kind"] == "award"
    }
    assert got == {
        ("Lào Cai", "emulation_flag", "conferred", "Bảo hiểm xã hội Việt Nam", "301/QĐ-BHXH", 1),
        ("Quảng Nam", "emulation_flag", "conferred", "Bảo hiểm xã hội Việt Nam", "301/QĐ-BHXH", 5),
        ("Hà Tĩnh", "certificate_of_merit", "conferred", "Bảo hiểm xã hội Việt Nam", "301/QĐ-BHXH", 4),
    }


def test_an_authoritys_numbered_submission_is_not_the_clusters_proposal() -> None:
    body = (
        "Cùng ngày, BHXH Việt Nam có Tờ trình số 512/TTr-BHXH đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của "
        "Chính phủ năm 2023 cho BHXH tỉnh Đồng Nai."
    )
    lead = "Sáng 19/12, Cụm thi đua số 7 BHXH các tỉnh tổ chức hội nghị tổng kết năm 2023.\n\n"
    got = [f for f in facts(body, lead=lead) if f["kind"] == "award"]
    assert [(f["recipient"]["province"], f["status"], f["cluster"]) for f in got] == [("Đồng Nai", "proposed", None)]


def test_headings_naming_an_award_and_its_decision_over_bulleted_recipients() -> None:
    lead = "Danh sách đơn vị nhận Cờ thi đua năm 2023 của ngành Thuế\n\n"
    body = (
        "Ngày 2/4/2024, Thủ tướng Chính phủ ký Quyết định số 410/QĐ-TTg tặng Cờ thi đua của Chính phủ cho các tập "
        "thể dẫn đầu phong trào thi đua năm 2023 của ngành.\n\n"
        "I. Cờ thi đua của Chính phủ (Quyết định số 410/QĐ-TTg)\n\n"
        "- Cụm thi đua số I: Cục Thuế tỉnh Quảng Ninh;\n\n"
        "- Cụm thi đua số III (Cụm trưởng năm 2023: Cục Thuế tỉnh Bình Định): Cục Thuế tỉnh Gia Lai.\n\n"
        "Theo Vụ Thi đua, năm qua toàn ngành hoàn thành dự toán thu.\n"
    )
    got = {
        (f["recipient"]["province"], f["status"], f["grantor"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2024-04-10")
        if f["kind"] == "award"
    }
    assert got == {
        ("Quảng Ninh", "conferred", "Chính phủ", "410/QĐ-TTg", 2023),
        ("Gia Lai", "conferred", "Chính phủ", "410/QĐ-TTg", 2023),
    }
    # (a heading with no decision and no conferral announced before it tells no status)
    bare = "I. Cờ thi đua của Chính phủ\n\n- Cụm thi đua số I: Cục Thuế tỉnh Quảng Ninh;\n"
    assert not [f for f in facts(bare, lead=lead, published="2024-04-10") if f["kind"] == "award"]


def test_a_provinces_own_conference_with_awards_places_its_bare_agencies() -> None:
    lead = (
        "Sáng 4/2, UBND tỉnh Quảng Trị tổ chức hội nghị triển khai nhiệm vụ năm 2013 và trao các hình thức khen "
        "thưởng cho những tập thể có thành tích tiêu biểu trong năm 2012.\n\n"
    )
    body = (
        "Bộ trưởng Bộ Tài chính tặng Cờ thi đua năm 2012 cho Cục Thuế tỉnh Quảng Trị, Bằng khen cho Kho bạc Nhà "
        "nước Quảng Trị. BHXH tỉnh vinh dự nhận Bằng khen của Tổng Giám đốc BHXH Việt Nam; Sở Y tế được Bộ trưởng "
        "Bộ Y tế tặng Bằng khen vì thành tích năm 2012. Sở GD&ĐT đón nhận Cờ thi đua của Bộ GD&ĐT trong năm học "
        "2011 - 2012."
    )
    got = {
        (f["recipient"]["org"], f["recipient"]["province"], f["year"])
        for f in facts(body, lead=lead, published="2013-02-05")
        if f["kind"] == "award"
    }
    assert got == {
        ("Cục Thuế tỉnh", "Quảng Trị", 2012),
        ("Kho bạc Nhà nước tỉnh", "Quảng Trị", 2012),
        ("Bảo hiểm xã hội tỉnh", "Quảng Trị", 2012),
        ("Sở Y tế", "Quảng Trị", 2012),
        ("Sở Giáo dục và Đào tạo", "Quảng Trị", None),  # (a school year: no year)
    }


def test_a_table_of_proposals_grouped_under_cluster_rows_with_starred_heads() -> None:
    lead = "Các Cụm thi đua đề nghị khen thưởng năm 2010 đối với các Sở Tư pháp\n\n"
    body = (
        "Dưới đây là tổng hợp đề nghị của các Cụm.\n\n"
        "| STT | Đơn vị | Hình thức đề nghị |\n\n|---|---|---|\n\n"
        "| Cụm thi đua số 1 (các tỉnh miền núi phía Bắc) |  |  |\n\n"
        "| 1 | Sở Tư pháp tỉnh Lào Cai (*) | Cờ thi đua của Bộ Tư pháp |\n\n"
        "| Cụm thi đua số III |  |  |\n\n"
        "| 2 | Sở Tư pháp tỉnh Quảng Nam | Bằng khen của Bộ trưởng Bộ Tư pháp |\n\n"
        "Ghi chú: (*) là đơn vị Cụm trưởng năm 2010.\n"
    )
    out = facts(body, lead=lead, published="2011-01-24")
    got = {
        (f["recipient"]["province"], f["status"], f["year"], f["cluster"]["number"])
        for f in out
        if f["kind"] == "award"
    }
    assert got == {("Lào Cai", "proposed", 2010, 1), ("Quảng Nam", "proposed", 2010, 3)}
    heads = {(f["member"]["province"], f["role"], f["year"], f["cluster"]["number"]) for f in out if f.get("role")}
    assert heads == {("Lào Cai", "head", 2010, 1)}


def test_a_conferral_whose_list_the_next_sentence_opens() -> None:
    lead = "Bộ Tư pháp trao Cờ thi đua năm 2021 cho các Sở dẫn đầu Cụm\n\n"
    body = (
        "Căn cứ Quyết định số 77/QĐ-BTP ngày 12/1/2022, mỗi Cụm thi đua có một đơn vị được trao Cờ thi đua năm 2021. "
        "Danh sách cụ thể như sau:\n\n- Cụm thi đua số I: Sở Tư pháp Lào Cai;\n\n- Cụm thi đua số II: Sở Tư pháp "
        "Nam Định.\n"
    )
    got = {
        (f["recipient"]["province"], f["status"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2022-01-20")
        if f["kind"] == "award"
    }
    assert got == {("Lào Cai", "conferred", "77/QĐ-BTP", 2021), ("Nam Định", "conferred", "77/QĐ-BTP", 2021)}


def test_one_grantors_conferrals_share_the_reason_told_after_the_last() -> None:
    body = (
        "Ở ngành tài chính, Bộ trưởng Bộ Tài chính tặng Cờ thi đua cho Cục Thuế tỉnh Quảng Bình, Bằng khen cho Kho "
        "bạc Nhà nước Quảng Bình do có thành tích xuất sắc trong năm 2022."
    )
    got = {(p, a, y) for p, a, _, _, y in awards(body, published="2023-03-24")}
    assert got == {("Quảng Bình", "emulation_flag", 2022), ("Quảng Bình", "certificate_of_merit", 2022)}


def test_a_heads_year_after_the_clusters_members() -> None:
    body = (
        "Cục Thuế tỉnh Quảng Bình – Cụm trưởng Cụm thi đua số 3 các Cục Thuế năm 2022 – đã thu ngân sách vượt 18% "
        "dự toán được giao."
    )
    assert ("Quảng Bình", "head", 2022) in roles(body, published="2023-03-24")


def test_the_rest_after_the_vote_of_the_paragraph_before() -> None:
    body = (
        "Ông Lê Văn Hải phát biểu tại hội nghị. Ảnh: Thu Hà\nHội nghị thống nhất đề nghị Thủ tướng Chính phủ tặng Cờ "
        "thi đua của Chính phủ cho Sở TTTT Hà Tĩnh.\n"
        "Cụm đồng thời đề nghị Bộ trưởng Bộ TTTT tặng Cờ thi đua cho Sở TTTT Nghệ An; tặng Bằng khen cho các đơn vị "
        "còn lại trong Cụm.\n"
        "Cụm thi đua số 4 gồm Sở TTTT các tỉnh Thanh Hóa, Nghệ An, Quảng Bình và Hà Tĩnh."
    )
    got = {(p, a) for p, a, s, _, _ in awards(body) if s == "proposed"}
    assert {(p, a) for p, a in got if a == "certificate_of_merit"} == {
        ("Thanh Hóa", "certificate_of_merit"),
        ("Quảng Bình", "certificate_of_merit"),
    }


def test_a_plan_whose_look_back_section_tells_the_last_review() -> None:
    lead = "Cụm thi đua số 6 – Kho bạc Nhà nước triển khai kế hoạch hoạt động năm 2021\n\n"
    body = (
        "Ngày 3/2, KBNN Đắk Lắk ban hành Kế hoạch số 12/KH-CTĐ6 về hoạt động của Cụm trong năm, sau khi lấy ý kiến "
        "của các thành viên.\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nKế hoạch nhằm cụ thể hóa chỉ đạo của Tổng Giám đốc về công "
        "tác thi đua; tạo sự gắn kết, chia sẻ kinh nghiệm giữa các đơn vị; bảo đảm việc chấm điểm cuối năm được "
        "tiến hành công khai, khách quan, đúng quy định.\n\n"
        "II. THÀNH VIÊN\n\nCụm thi đua số 6 gồm 03 đơn vị: KBNN Kon Tum, KBNN Gia Lai và KBNN Đắk Lắk.\n\n"
        "III. NỘI DUNG\n\n1. Tổ chức ký kết giao ước thi đua bằng văn bản trước ngày 28/02.\n"
        "2. Trao đổi kinh nghiệm về kiểm soát chi qua dịch vụ công trực tuyến và an toàn kho quỹ.\n\n"
        "IV. NHÌN LẠI NĂM 2020\n\nHội nghị tổng kết phong trào thi đua năm 2020 của Cụm đã diễn ra ngày 22/1 tại "
        "trụ sở KBNN Gia Lai. Trên cơ sở kết quả chấm điểm, Cụm đã bình xét và đề nghị Tổng Giám đốc KBNN tặng Cờ "
        "thi đua cho KBNN Kon Tum.\n"
    )
    out = facts(body, lead=lead, published="2021-02-05")
    assert {(f["member"]["province"], f["year"]) for f in out if f["kind"] == "membership"} == {
        ("Kon Tum", 2021), ("Gia Lai", 2021), ("Đắk Lắk", 2021)
    }
    assert [(f["recipient"]["province"], f["status"], f["year"]) for f in out if f["kind"] == "award"] == [
        ("Kon Tum", "proposed", 2020)
    ]
    assert [(f["reviews_year"], f["date"]) for f in out if f["kind"] == "conference"] == [(2020, "2021-01-22")]


def test_bullets_set_apart_by_blank_lines_belong_to_the_cluster_that_opens_them() -> None:
    lead = "Bộ Tư pháp ban hành Quyết định chia Cụm thi đua các Sở Tư pháp năm 2016\n\n"
    body = (
        "Sở Tư pháp tỉnh Quảng Nam được giao điều hành Cụm thi đua số V trong năm nay.\n\n"
        "DANH SÁCH CỤM TRƯỞNG, CỤM PHÓ NĂM 2016\n\n"
        "Cụm thi đua số VI gồm 3 Sở Tư pháp các tỉnh Tây Nguyên: Kon Tum, Gia Lai, Lâm Đồng.\n\n"
        "- Giám đốc Sở Tư pháp tỉnh Gia Lai, Cụm trưởng.\n\n- Giám đốc Sở Tư pháp tỉnh Lâm Đồng, Cụm phó.\n"
    )
    got = {
        (f["member"]["province"], f["role"], f["cluster"]["number"])
        for f in facts(body, lead=lead, published="2016-03-01")
        if f["kind"] == "role"
    }
    assert {("Gia Lai", "head", 6), ("Lâm Đồng", "deputy", 6)} <= got


def test_minutes_with_bulleted_fields_and_attendees() -> None:
    lead = "Biên bản họp Cụm thi đua số IV các Sở Văn hóa, Thể thao và Du lịch năm 2012\n\n"
    body = (
        "BIÊN BẢN\nHội nghị đánh giá công tác thi đua năm 2012 của Cụm thi đua số IV các Sở VHTT&DL\n\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n"
        "- Thời gian: 8 giờ 00, ngày 16 tháng 01 năm 2013.\n"
        "- Địa điểm: Hội trường Sở VHTT&DL tỉnh Hà Tĩnh.\n"
        "- Thành phần:\n"
        "+ Ông Nguyễn Văn An, Giám đốc Sở VHTT&DL tỉnh Nghệ An, chủ trì;\n"
        "+ Bà Lê Thị Bình, Phó Giám đốc Sở VHTT&DL tỉnh Thanh Hoá;\n"
        "+ Ông Trần Văn Cường, Giám đốc Sở VHTT&DL tỉnh Hà Tĩnh;\n"
        "+ Đại diện Vụ Thi đua – Khen thưởng, Bộ VHTT&DL.\n"
        "- Thư ký: Bà Đặng Thu Trang.\n\n"
        "II. NỘI DUNG\n1. Hội nghị nghe báo cáo kết quả hoạt động của Cụm năm 2012.\n"
    )
    out = facts(body, lead=lead, published="2013-01-21")
    assert [(f["date"], f["location"], f["reviews_year"]) for f in out if f["kind"] == "conference"] == [
        ("2013-01-16", "Hà Tĩnh", 2012)
    ]
    assert {(f["member"]["province"], f["basis"], f["year"]) for f in out if f["kind"] == "membership"} == {
        ("Nghệ An", "attendance", 2012), ("Thanh Hóa", "attendance", 2012), ("Hà Tĩnh", "attendance", 2012)
    }


def test_roles_under_a_label_of_their_year() -> None:
    body = "6. Điều hành Cụm năm 2024: Cụm trưởng – Sở TTTT tỉnh Nghệ An; Cụm phó – Sở TTTT tỉnh Hà Tĩnh."
    assert roles(body) >= {("Nghệ An", "head", 2024), ("Hà Tĩnh", "deputy", 2024)}


def test_a_blocs_two_day_meeting_to_review_its_pledge_and_the_rest_of_the_bloc() -> None:
    lead = "KHỐI THI ĐUA SỐ 6: MỘT NĂM NHÌN LẠI\n\n"
    body = (
        "Khối thi đua số 6 của Hội Cựu chiến binh Việt Nam gồm Hội CCB 3 tỉnh Tây Nguyên: Kon Tum, Gia Lai và "
        "Lâm Đồng.\n\nNgày 29 và 30/11/2010, tại thành phố Pleiku, các Hội CCB trong Khối đã gặp mặt đánh giá kết quả "
        "một năm thực hiện giao ước. Hội CCB tỉnh Gia Lai đăng cai buổi làm việc.\n\n"
        "Qua bỏ phiếu kín, hội nghị đã bầu Hội CCB tỉnh Gia Lai để đề nghị Trung ương Hội CCB Việt Nam tặng Cờ thi đua "
        "năm 2010. Các đơn vị còn lại trong Khối được đề nghị tặng Bằng khen.\n"
    )
    out = facts(body, lead=lead, published="2010-12-03")
    assert [(f["date"], f["reviews_year"]) for f in out if f["kind"] == "conference"] == [("2010-11-29", 2010)]
    got = {(f["recipient"]["province"], f["award"]) for f in out if f["kind"] == "award"}
    assert got == {
        ("Gia Lai", "emulation_flag"),
        ("Kon Tum", "certificate_of_merit"),
        ("Lâm Đồng", "certificate_of_merit"),
    }


def test_the_make_up_before_a_change_gives_no_year() -> None:
    lead = "Sáng 11/12, Cụm thi đua số 5 thuộc Bộ Tư pháp tổng kết phong trào thi đua năm 2025.\n\n"
    body = (
        "Cụm thi đua số 5 gồm 3 Sở Tư pháp: Gia Lai, Đắk Lắk và Khánh Hòa. Trước ngày 1/7/2025, Cụm có 6 thành viên, "
        "trong đó có Sở Tư pháp các tỉnh Kon Tum, Bình Định và Phú Yên (cũ)."
    )
    got = members(body, lead=lead, published="2025-12-12")
    assert got == {("Gia Lai", "explicit", 2025), ("Đắk Lắk", "explicit", 2025), ("Khánh Hòa", "explicit", 2025)}
    told = (
        "Trước khi sắp xếp, năm 2024 Cụm thi đua số 5 gồm Sở Tư pháp 3 tỉnh: Kon Tum, Bình Định và Phú Yên."
    )
    assert ("Kon Tum", "explicit", 2024) in members(told, lead=lead, published="2025-12-12")


def test_a_decision_item_whose_list_opens_with_the_verb() -> None:
    lead = "Kiện toàn các Cụm thi đua các Sở Văn hóa, Thể thao và Du lịch năm 2025\n\n"
    body = (
        "Bộ trưởng ký Quyết định số 2468/QĐ-BVHTTDL về việc kiện toàn các Cụm thi đua năm 2025.\n\n"
        "PHỤ LỤC\n\n1. Cụm thi đua số I (các tỉnh miền núi phía Bắc)\n\n"
        "Gồm Sở Văn hóa, Thể thao và Du lịch các tỉnh: Tuyên Quang, Cao Bằng và Lạng Sơn.\n"
    )
    got = members(body, lead=lead, published="2025-08-20")
    assert got == {("Tuyên Quang", "explicit", 2025), ("Cao Bằng", "explicit", 2025), ("Lạng Sơn", "explicit", 2025)}


def test_the_rest_of_a_bloc_listed_only_by_who_attended() -> None:
    lead = "Ngày 24/11, tại tỉnh Gia Lai, Khối thi đua số 5 Hội CCB tổng kết phong trào thi đua năm 2022.\n\n"
    body = (
        "Dự hội nghị có lãnh đạo Hội CCB 4 tỉnh: Kon Tum, Gia Lai, Đắk Lắk và Lâm Đồng.\n\n"
        "Các đại biểu đã bầu 2 đơn vị dẫn đầu Khối để đề nghị Trung ương Hội CCB Việt Nam tặng Cờ thi đua, gồm: "
        "Hội CCB tỉnh Gia Lai và Hội CCB tỉnh Lâm Đồng; các đơn vị còn lại được đề nghị tặng Bằng khen."
    )
    got = {(p, a) for p, a, s, _, _ in awards(body, lead=lead, published="2022-11-26")}
    assert got == {
        ("Gia Lai", "emulation_flag"),
        ("Lâm Đồng", "emulation_flag"),
        ("Kon Tum", "certificate_of_merit"),
        ("Đắk Lắk", "certificate_of_merit"),
    }


def test_flags_told_cluster_by_cluster_in_running_prose() -> None:
    lead = "Bộ TT&TT tặng Cờ thi đua năm 2023 cho các đơn vị dẫn đầu các cụm\n\n"
    body = (
        "Ngày 19/2, Bộ trưởng Bộ TTTT đã ký Quyết định số 318/QĐ-BTTTT tặng Cờ thi đua của Bộ cho các tập thể dẫn "
        "đầu phong trào thi đua năm 2023.\n\n"
        "Sang Cụm thi đua số 2, Sở TT&TT Thanh Hoá là đơn vị được Bộ tặng Cờ, còn ở Cụm số III, phần thưởng cao quý "
        "thuộc về Sở TT&TT thành phố Hải Phòng.\n\n"
        "Khu vực miền Trung có Sở TT&TT Quảng Ngãi, đơn vị dẫn đầu Cụm thi đua số 4, được tặng Cờ. Ở Cụm thi đua 5 "
        "tỉnh Tây Nguyên, Sở TT&TT Gia Lai là địa phương duy nhất nhận Cờ thi đua năm nay."
    )
    got = {p for p, a, s, _, _ in awards(body, lead=lead, published="2024-02-24") if s == "conferred"}
    assert {"Thanh Hóa", "Quảng Ngãi", "Gia Lai"} <= got


def test_a_year_inside_a_bracketed_aside_is_not_the_roles() -> None:
    lead = "Thông báo Cụm trưởng, Cụm phó các Cụm thi đua năm 2019\n\n"
    body = (
        "4. Cụm 4: BHXH tỉnh Thanh Hoá làm Cụm trưởng, BHXH Nghệ An làm Cụm phó (thay cho BHXH tỉnh Hà Tĩnh, đơn vị "
        "Cụm trưởng năm 2018)."
    )
    got = roles(body, lead=lead, published="2019-01-22")
    assert ("Nghệ An", "deputy", 2018) not in got


def test_heads_of_a_range_of_clusters_in_turn() -> None:
    lead = "Bộ Y tế giao nhiệm vụ Cụm trưởng các Cụm thi đua năm 2024\n\n"
    body = (
        "Vụ Thi đua - Khen thưởng công bố Quyết định số 88/QĐ-BYT về việc giao nhiệm vụ Cụm trưởng các Cụm thi đua "
        "năm 2024. Theo đó, Sở Y tế Yên Bái (Cụm I) và Sở Y tế Bắc Giang (Cụm II) làm Cụm trưởng. Ở các Cụm còn "
        "lại, từ Cụm III đến Cụm V, nhiệm vụ này lần lượt do Sở Y tế Quảng Nam, Kon Tum và Hậu Giang đảm nhận."
    )
    got = {
        (f["member"]["province"], f["role"], f["year"], f["cluster"]["number"])
        for f in facts(body, lead=lead, published="2024-01-22")
        if f["kind"] == "role"
    }
    assert {("Quảng Nam", "head", 2024, 3), ("Kon Tum", "head", 2024, 4), ("Hậu Giang", "head", 2024, 5)} <= got
    # (as many units as clusters, or nothing)
    short = body.replace("Sở Y tế Quảng Nam, Kon Tum và Hậu Giang", "Sở Y tế Quảng Nam và Kon Tum")
    later = [f for f in facts(short, lead=lead, published="2024-01-22") if f["kind"] == "role"]
    assert not any(f["cluster"]["number"] >= 3 for f in later)


def test_a_decision_announced_first_dates_the_conferrals_told_after_it() -> None:
    lead = "Tặng Cờ thi đua năm 2023 cho đơn vị dẫn đầu các Cụm thi đua ngành BHXH\n\n"
    body = (
        "Ngày 20/1, Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 118/QĐ-BHXH tặng Cờ thi đua của BHXH Việt Nam "
        "năm 2023 cho 3 BHXH tỉnh có thành tích nổi bật nhất.\n\n"
        "Ở Cụm thi đua số 1, BHXH tỉnh Lào Cai tiếp tục giữ vị trí dẫn đầu và được tặng Cờ thi đua.\n\n"
        "Với Cụm thi đua số 3, Cờ thi đua được trao cho BHXH tỉnh Hà Tĩnh nhờ kết quả giảm nợ đọng.\n\n"
        "BHXH tỉnh Nghệ An từng nhiều lần được tặng Cờ thi đua của BHXH Việt Nam."
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2024-01-23")
        if f["kind"] == "award"
    }
    assert {("Lào Cai", "118/QĐ-BHXH", 2023), ("Hà Tĩnh", "118/QĐ-BHXH", 2023)} <= got
    assert not any(p == "Nghệ An" and d is not None for p, d, _ in got)  # (told as past: not that decision's)


def test_a_meeting_told_with_nothing_of_its_own_is_no_fact() -> None:
    lead = "Tặng Cờ thi đua năm 2023 cho đơn vị dẫn đầu các Cụm thi đua ngành BHXH\n\n"
    body = "Lãnh đạo BHXH tỉnh Lào Cai (Cụm trưởng Cụm thi đua số 1 năm 2023) tại buổi sơ kết công tác thu. (ảnh: T.H)"
    assert not [f for f in facts(body, lead=lead, published="2024-01-23") if f["kind"] == "conference"]


def test_an_annex_in_text_with_a_section_per_cluster() -> None:
    lead = "Quyết định về việc tặng Cờ thi đua và Bằng khen của Bộ trưởng năm 2017\n\n"
    body = (
        "Xét đề nghị của Trưởng các Cụm thi đua các Sở Văn hóa, Thể thao và Du lịch,\n\n"
        "Điều 1. Tặng Cờ thi đua của Bộ Văn hóa, Thể thao và Du lịch cho 02 tập thể có thành tích xuất sắc "
        "năm 2017.\n\n"
        "Điều 2. Tặng Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch cho 01 tập thể.\n\n"
        "PHỤ LỤC\n(Kèm theo Quyết định số 142/QĐ-BVHTTDL ngày 12/01/2018)\n\n"
        "I. Cụm thi đua số 1 – các tỉnh miền núi phía Bắc\n\n"
        "- Cờ thi đua: Sở Văn hoá, Thể thao và Du lịch tỉnh Hà Giang.\n"
        "- Bằng khen: Phòng Văn hóa, Sở VH,TT&DL tỉnh Yên Bái.\n\n"
        "II. Cụm thi đua số 2 – đồng bằng sông Hồng\n\n- Cờ thi đua: Sở VHTTDL tỉnh Ninh Bình.\n"
    )
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], f["year"], f["cluster"]["number"])
        for f in facts(body, lead=lead, published="2018-01-12")
        if f["kind"] == "award" and f["cluster"]
    }
    assert got == {
        ("Hà Giang", "emulation_flag", "142/QĐ-BVHTTDL", 2017, 1),
        ("Ninh Bình", "emulation_flag", "142/QĐ-BVHTTDL", 2017, 2),
    }


def test_who_attended_told_with_du_co() -> None:
    body = "Dự có lãnh đạo Sở TT&TT các tỉnh: Nghệ An, Hà Tĩnh, Quảng Bình và Quảng Trị."
    got = members(body)
    assert got == {(p, "attendance", 2023) for p in ("Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")}


def test_the_pages_unit_given_the_head_by_its_authority() -> None:
    lead = (
        "Sáng 4/3, Cục Thuế tỉnh Bắc Kạn tổ chức lễ đón nhận Cờ thi đua của Bộ Tài chính vì đã có thành tích xuất sắc "
        "năm 2010.\n\n"
    )
    body = "Năm 2011, đơn vị được Tổng cục Thuế giao nhiệm vụ Cụm trưởng Cụm thi đua số 2."
    assert ("Bắc Kạn", "head", 2011) in roles(body, lead=lead, published="2011-03-05")


def test_a_province_ceremony_after_a_merger_and_the_provinces_own_proposal() -> None:
    lead = (
        "Sáng 9/10, tại Trung tâm Hội nghị tỉnh ở phường Đồng Hới (tỉnh Quảng Trị), UBND tỉnh tổ chức lễ trao các "
        "phần thưởng cho tập thể có thành tích xuất sắc. Đây là buổi lễ đầu tiên kể từ khi hợp nhất hai tỉnh Quảng "
        "Bình và Quảng Trị.\n\n"
    )
    body = (
        "Cụm thi đua số 4 thuộc Bộ Công an năm 2025 do Công an tỉnh Hà Tĩnh làm Cụm trưởng. Sở Y tế nhận Bằng khen "
        "của Bộ trưởng Bộ Y tế năm 2024. Tỉnh đã hoàn thiện hồ sơ đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của "
        "Chính phủ năm 2025 cho Bộ Chỉ huy Bộ đội Biên phòng tỉnh."
    )
    out = facts(body, lead=lead, published="2025-10-10")
    got = {
        (f["recipient"]["org"], f["recipient"]["province"], f["status"], repr(f["cluster"]))
        for f in out
        if f["kind"] == "award"
    }
    assert ("Sở Y tế", "Quảng Trị", "conferred", "None") in got
    assert ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Quảng Trị", "proposed", "None") in got


def test_minutes_under_numbered_headings_with_votes_per_item() -> None:
    lead = "Biên bản hội nghị tổng kết phong trào thi đua năm 2013 Cụm thi đua số IV các Sở VHTT&DL\n\n"
    body = (
        "BIÊN BẢN\nHội nghị tổng kết phong trào thi đua năm 2013\n"
        "Cụm thi đua số IV - Bộ Văn hóa, Thể thao và Du lịch\n\n"
        "I. Thời gian, địa điểm\n\n"
        "Vào lúc 8 giờ 00 phút, ngày 19 tháng 12 năm 2013, tại Hội trường Sở VH,TT&DL tỉnh Quảng Bình.\n\n"
        "II. Thành phần tham dự\n\n- Đại diện Vụ Thi đua, Khen thưởng, Bộ Văn hóa, Thể thao và Du lịch;\n"
        "- Lãnh đạo và cán bộ phụ trách thi đua Sở VHTT&DL các tỉnh: Thanh Hoá, Nghệ An, Hà Tĩnh, Quảng Bình.\n\n"
        "III. Nội dung\n\n2. Chấm điểm, bình xét: Các đơn vị thống nhất bỏ phiếu kín. Kết quả:\n\n"
        "- Sở VHTT&DL tỉnh Thanh Hoá đạt 4/4 phiếu, Hội nghị đề nghị Bộ trưởng Bộ VHTT&DL tặng Cờ thi đua năm "
        "2013;\n- Sở VHTT&DL tỉnh Nghệ An đạt 3/4 phiếu, đề nghị tặng Bằng khen của Bộ trưởng.\n"
    )
    out = facts(body, lead=lead, published="2013-12-23")
    assert [(f["date"], f["location"]) for f in out if f["kind"] == "conference"] == [("2013-12-19", "Quảng Bình")]
    assert {(f["member"]["province"], f["basis"]) for f in out if f["kind"] == "membership"} == {
        (p, "attendance") for p in ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình")
    }
    assert {(f["recipient"]["province"], f["award"], f["status"]) for f in out if f["kind"] == "award"} == {
        ("Thanh Hóa", "emulation_flag", "proposed"), ("Nghệ An", "certificate_of_merit", "proposed")
    }


def test_a_role_told_as_planned_is_no_fact() -> None:
    body = (
        "| Tháng 12/2024 | Tổng kết năm 2024; bàn giao nhiệm vụ Cụm trưởng năm 2025 cho Sở TTTT Hà Tĩnh (dự kiến) | "
        "Sở TTTT Nghệ An |\n\nHội nghị dự kiến bầu Sở TTTT Quảng Bình làm Cụm phó năm 2025."
    )
    got = roles(body)
    assert ("Hà Tĩnh", "head", 2025) not in got and ("Quảng Bình", "deputy", 2025) not in got
    told = "Tại hội nghị, Sở TTTT Nghệ An đã bàn giao nhiệm vụ Cụm trưởng năm 2024 cho Sở TTTT Hà Tĩnh."
    assert ("Hà Tĩnh", "head", 2024) in roles(told)


def test_a_make_up_and_a_conferral_told_after_a_meeting_told_aside() -> None:
    lead = (
        "Sáng 15/3, tại Trung tâm Hội nghị tỉnh, Cục Thuế tỉnh Nghệ An long trọng tổ chức lễ đón nhận Cờ thi đua của "
        "Chính phủ và phát động phong trào thi đua năm 2011.\n\n"
        "Năm 2010, Cục Thuế Nghệ An đã thu ngân sách vượt 18% dự toán được giao và giảm mạnh số nợ đọng, được "
        "Tổng cục Thuế ghi nhận là một trong những đơn vị có nhiều cách làm mới trong toàn ngành.\n\n"
    )
    body = (
        "Trước đó, ngày 14/1, tại TP Vinh, Cục Thuế Nghệ An, đơn vị Cụm trưởng năm 2010, đã tổ chức hội nghị tổng kết "
        "phong trào thi đua năm 2010 của Cụm thi đua số 3 thuộc Tổng cục Thuế. Cụm thi đua số 3 gồm Cục Thuế 3 tỉnh: "
        "Thanh Hoá, Nghệ An và Quảng Bình.\n\n"
        "Tại hội nghị này, các đơn vị đã thống nhất đề nghị Bộ trưởng Bộ Tài chính tặng Cờ thi đua năm 2010 cho Cục "
        "Thuế Quảng Bình. Đến nay, Cục Thuế Quảng Bình đã được Bộ Tài chính tặng Cờ thi đua theo Quyết định số "
        "356/QĐ-BTC ngày 01/3/2011."
    )
    out = facts(body, lead=lead, published="2011-03-16")
    assert {(f["member"]["province"], f["year"]) for f in out if f["kind"] == "membership"} == {
        ("Thanh Hóa", 2010), ("Nghệ An", 2010), ("Quảng Bình", 2010)
    }
    conferred = [f for f in out if f["kind"] == "award" and f["status"] == "conferred"]
    told = [(f["recipient"]["province"], f["year"], f["decision"]) for f in conferred]
    assert ("Quảng Bình", 2010, "356/QĐ-BTC") in told


def test_results_of_an_announced_decision_told_cluster_by_cluster() -> None:
    lead = "Bộ TT&TT khen thưởng các Sở TT&TT dẫn đầu các Cụm thi đua năm 2023\n\n"
    body = (
        "Ngày 30/1/2024, Bộ trưởng Bộ Thông tin và Truyền thông đã ký Quyết định số 189/QĐ-BTTTT về việc tặng Cờ thi "
        "đua và Bằng khen cho các tập thể có thành tích xuất sắc trong phong trào thi đua năm 2023.\n\n"
        "Việc xét khen được thực hiện căn cứ vào kết quả chấm điểm, bình xét và văn bản đề nghị của Trưởng các Cụm "
        "thi đua gửi về Bộ.\n\n"
        "Cụm thi đua 6 tỉnh Bắc Trung Bộ (Cụm số IV) có Sở TT&TT Hà Tĩnh nhận Cờ thi đua; Sở TT&TT Thanh Hoá nhận "
        "Bằng khen.\n\nĐối với các Cụm còn lại, kết quả được tóm tắt như sau:\n\n"
        "  - Cụm thi đua số V (Nam Trung Bộ):\n    + Cờ thi đua: Sở TT&TT Quảng Ngãi.\n"
        "    + Bằng khen: Sở TT&TT Bình Định.\n"
    )
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], f["cluster"]["number"] if f["cluster"] else None)
        for f in facts(body, lead=lead, published="2024-02-15")
        if f["kind"] == "award"
    }
    assert got == {
        ("Hà Tĩnh", "emulation_flag", "189/QĐ-BTTTT", 4),
        ("Thanh Hóa", "certificate_of_merit", "189/QĐ-BTTTT", 4),
        ("Quảng Ngãi", "emulation_flag", "189/QĐ-BTTTT", 5),
        ("Bình Định", "certificate_of_merit", "189/QĐ-BTTTT", 5),
    }


def test_an_annex_section_row_with_its_count_and_a_remark_column() -> None:
    lead = "Quyết định về việc tặng Cờ thi đua của Bộ Khoa học và Công nghệ năm 2025\n\n"
    body = (
        "Điều 1. Tặng Cờ thi đua của Bộ Khoa học và Công nghệ cho 02 tập thể đã hoàn thành xuất sắc nhiệm vụ năm "
        "2025.\n\nPHỤ LỤC\n(Kèm theo Quyết định số 3417/QĐ-BKHCN ngày 26/12/2025)\n\n"
        "| STT | Tên tập thể | Ghi chú |\n\n|---|---|---|\n\n| I. CỜ THI ĐUA (02 tập thể) |\n\n"
        "| 1 | Sở Khoa học và Công nghệ tỉnh Tuyên Quang | Hợp nhất từ Sở KH&CN Tuyên Quang và Sở KH&CN Hà Giang |\n\n"
        "| 2 | Sở Khoa học và Công nghệ thành phố Hải Phòng |  |\n"
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2025-12-28")
        if f["kind"] == "award"
    }
    assert got == {("Tuyên Quang", "3417/QĐ-BKHCN", 2025), ("Hải Phòng", "3417/QĐ-BKHCN", 2025)}


def test_a_list_told_as_of_now_is_of_the_pages_year() -> None:
    lead = "Sáng 12/1/2024, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng kết phong trào thi đua năm 2023.\n\n"
    body = "Hiện nay, Cụm thi đua số 4 gồm Sở TTTT 3 tỉnh: Thanh Hóa, Nghệ An và Hà Tĩnh."
    assert members(body, lead=lead, published="2024-01-15") == {
        ("Thanh Hóa", "explicit", 2024), ("Nghệ An", "explicit", 2024), ("Hà Tĩnh", "explicit", 2024)
    }


def test_a_decision_whose_own_verb_is_khen_thuong_covers_the_items_below() -> None:
    lead = "Bộ Tư pháp tặng Cờ thi đua, Bằng khen năm 2023 cho các Sở Tư pháp tiêu biểu\n\n"
    body = (
        "Ngày 30/01/2024, Bộ trưởng Bộ Tư pháp đã ký Quyết định số 318/QĐ-BTP khen thưởng các Sở Tư pháp có thành "
        "tích nổi bật trong phong trào thi đua năm 2023. Danh sách cụ thể như sau:\n\n"
        "- Cụm thi đua số I (các tỉnh miền núi phía Bắc): Cờ thi đua tặng Sở Tư pháp tỉnh Lào Cai; Bằng khen tặng "
        "Sở Tư pháp tỉnh Tuyên Quang.\n\n- Cụm số II (đồng bằng sông Hồng): Cờ thi đua: Sở Tư pháp TP. Hải Phòng.\n"
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2024-02-20")
        if f["kind"] == "award"
    }
    assert {("Lào Cai", "318/QĐ-BTP", 2023), ("Tuyên Quang", "318/QĐ-BTP", 2023)} <= got


def test_a_review_named_by_its_movement() -> None:
    lead = (
        'Ngày 18/12, tại Công an tỉnh Lâm Đồng, Cụm thi đua số 5 thuộc Bộ Công an đã họp nhìn lại phong trào thi đua '
        '"Vì an ninh Tổ quốc" năm 2023. Hội nghị do Công an tỉnh Lâm Đồng đăng cai.\n\n'
    )
    body = "Cụm thi đua số 5 gồm Công an các tỉnh: Gia Lai, Kon Tum và Lâm Đồng."
    out = facts(body, lead=lead, published="2023-12-20")
    assert [(f["date"], f["reviews_year"], f["location"]) for f in out if f["kind"] == "conference"] == [
        ("2023-12-18", 2023, "Lâm Đồng")
    ]
    assert ("Kon Tum", "explicit", 2023) in members(body, lead=lead, published="2023-12-20")


def test_a_decisions_list_built_on_a_councils_proposal() -> None:
    lead = "Tặng Cờ thi đua, Bằng khen của Tổng Giám đốc cho các đơn vị hoàn thành xuất sắc nhiệm vụ năm 2023\n\n"
    body = (
        "Ngày 22/01/2024, Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 118/QĐ-BHXH về việc tặng Cờ thi đua và Bằng "
        "khen của Tổng Giám đốc cho các tập thể đã hoàn thành xuất sắc nhiệm vụ công tác năm 2023.\n\n"
        "Quyết định được ban hành trên cơ sở đề nghị của Hội đồng Thi đua - Khen thưởng ngành. Danh sách khen thưởng "
        "cụ thể như sau:\n\n| STT | Tên tập thể | Hình thức khen thưởng |\n\n|---|---|---|\n\n"
        "| 1 | BHXH tỉnh Quảng Nam | Cờ thi đua |\n\n| 2 | BHXH tỉnh Kon Tum | Bằng khen |\n"
    )
    got = {
        (f["recipient"]["province"], f["status"], f["decision"])
        for f in facts(body, lead=lead, published="2024-01-28")
        if f["kind"] == "award"
    }
    assert got == {("Quảng Nam", "conferred", "118/QĐ-BHXH"), ("Kon Tum", "conferred", "118/QĐ-BHXH")}


def test_two_decisions_announced_together_each_confer_their_own_award() -> None:
    lead = "Ngành Kho bạc: các đơn vị dẫn đầu cụm nhận Cờ thi đua năm 2021\n\n"
    body = (
        "Ngày 14/1, Tổng Giám đốc KBNN đã ký Quyết định số 41/QĐ-KBNN tặng Cờ thi đua và Quyết định số 42/QĐ-KBNN "
        "tặng Bằng khen cho các tập thể có thành tích xuất sắc trong phong trào thi đua năm 2021.\n\n"
        "Ở Cụm thi đua số II, Cờ thi đua được trao cho KBNN tỉnh Nam Định; KBNN tỉnh Hà Nam nhận Bằng khen.\n\n"
        "Tại Cụm III, KBNN tỉnh Nghệ An tiếp tục giữ vị trí dẫn đầu, nhận Cờ thi đua.\n\n"
        "Cụm thi đua số V có KBNN tỉnh Bình Định xếp thứ nhất và được tặng Cờ; Bằng khen thuộc về KBNN tỉnh Phú Yên."
    )
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2022-01-20")
        if f["kind"] == "award"
    }
    assert got == {
        ("Nam Định", "emulation_flag", "41/QĐ-KBNN", 2021),
        ("Nghệ An", "emulation_flag", "41/QĐ-KBNN", 2021),
        ("Bình Định", "emulation_flag", "41/QĐ-KBNN", 2021),
        ("Hà Nam", "certificate_of_merit", "42/QĐ-KBNN", 2021),
        ("Phú Yên", "certificate_of_merit", "42/QĐ-KBNN", 2021),
    }


def test_the_rest_as_the_topic_of_a_proposal() -> None:
    body = (
        "Cụm thống nhất đề nghị Bộ trưởng tặng Cờ thi đua cho Sở TTTT tỉnh Nghệ An. Đối với các đơn vị còn lại, "
        "Cụm đề nghị Bộ trưởng tặng Bằng khen.\n\nCụm thi đua số 4 gồm Sở TTTT 3 tỉnh: Thanh Hóa, Nghệ An và Hà Tĩnh."
    )
    got = {(p, a) for p, a, s, g, y in awards(body) if s == "proposed"}
    assert got == {
        ("Nghệ An", "emulation_flag"), ("Thanh Hóa", "certificate_of_merit"), ("Hà Tĩnh", "certificate_of_merit")
    }


def test_a_table_column_of_proposing_clusters() -> None:
    lead = "Quyết định số 77/QĐ-BTTTT về việc tặng Cờ thi đua của Bộ cho các Sở TTTT năm 2019\n\n"
    body = (
        "Điều 1. Tặng Cờ thi đua của Bộ Thông tin và Truyền thông cho 2 Sở TTTT đã hoàn thành xuất sắc nhiệm vụ năm "
        "2019 (có danh sách kèm theo).\n\nDANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG\n"
        "(Kèm theo Quyết định số 77/QĐ-BTTTT ngày 20/01/2020)\n\n"
        "| STT | Tên tập thể | Hình thức | Cụm thi đua đề nghị |\n\n|---|---|---|---|\n\n"
        "| 1 | Sở TT&TT tỉnh Yên Bái | Cờ thi đua | Cụm số 1 |\n\n"
        "| 2 | Sở TT&TT tỉnh Quảng Trị | Cờ thi đua | Cụm số 4 |\n"
    )
    got = {
        (f["recipient"]["province"], f["status"], (f["cluster"] or {}).get("number"), f["decision"])
        for f in facts(body, lead=lead, published="2020-01-25")
        if f["kind"] == "award"
    }
    assert got == {("Yên Bái", "conferred", 1, "77/QĐ-BTTTT"), ("Quảng Trị", "conferred", 4, "77/QĐ-BTTTT")}


def test_a_review_told_as_the_clusters_meeting_in_a_units_page() -> None:
    lead = "Cục Thuế Sơn La đón nhận Bằng khen của Bộ Tài chính\n\n"
    body = (
        "Tại hội nghị nhìn lại phong trào thi đua năm 2021 của Cụm, tổ chức hồi tháng 12/2021 tại tỉnh Điện Biên, "
        "Cục Thuế tỉnh Sơn La đã bàn giao nhiệm vụ Cụm trưởng năm 2022 cho Cục Thuế tỉnh Điện Biên. Năm 2021, Cục "
        "Thuế tỉnh Sơn La là Cụm trưởng Cụm thi đua số 1."
    )
    out = facts(body, lead=lead, published="2022-03-10")
    assert [(f["date"], f["reviews_year"], f["location"]) for f in out if f["kind"] == "conference"] == [
        ("2021-12", 2021, "Điện Biên")
    ]


def test_the_award_opening_the_next_paragraph_dates_it() -> None:
    lead = "Sở Tư pháp Quảng Ngãi đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Chiều 5/12, Sở Tư pháp tỉnh Quảng Ngãi tổ chức lễ đón nhận Cờ thi đua của Chính phủ theo Quyết định số "
        "2300/QĐ-TTg ngày 20/10/2025 của Thủ tướng Chính phủ.\n\n"
        "Phần thưởng ghi nhận thành tích năm 2024 của Sở Tư pháp tỉnh Kon Tum (cũ), đơn vị dẫn đầu Cụm thi đua số 4 "
        "thuộc Bộ Tư pháp năm 2024."
    )
    got = {
        (f["recipient"]["province"], f["year"], f["decision"])
        for f in facts(body, lead=lead, published="2025-12-08")
        if f["kind"] == "award"
    }
    assert got == {("Quảng Ngãi", 2024, "2300/QĐ-TTg")}


def test_a_make_up_after_the_merger_on_a_page_reviewing_nothing() -> None:
    lead = "Sở Tư pháp Quảng Ngãi đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Năm 2025, Sở Tư pháp tỉnh Quảng Ngãi được giao nhiệm vụ Cụm trưởng Cụm thi đua số 4 thuộc Bộ Tư pháp. Sau "
        "khi sắp xếp, Cụm gồm Sở Tư pháp 3 tỉnh: Quảng Ngãi, Gia Lai và Đắk Lắk."
    )
    assert members(body, lead=lead, published="2025-12-08") == {
        ("Quảng Ngãi", "explicit", 2025), ("Gia Lai", "explicit", 2025), ("Đắk Lắk", "explicit", 2025)
    }


def test_a_table_of_award_columns_under_two_decisions_announced_first() -> None:
    lead = "KBNN khen thưởng các tập thể dẫn đầu Cụm thi đua năm 2020\n\n"
    body = (
        "Ngày 12/1/2021, Tổng Giám đốc KBNN đã ký Quyết định số 51/QĐ-KBNN tặng Cờ thi đua của KBNN và Quyết định số "
        "52/QĐ-KBNN tặng Bằng khen của Tổng Giám đốc cho các tập thể có thành tích xuất sắc trong năm 2020.\n\n"
        "Danh sách được lập từ kết quả bình xét và đề nghị của 2 Cụm thi đua tại hội nghị cuối năm.\n\n"
        "Kết quả cụ thể theo từng Cụm như sau:\n\n"
        "| Cụm thi đua | Cờ thi đua của KBNN | Bằng khen của Tổng Giám đốc |\n\n|---|---|---|\n\n"
        "| Cụm số I | KBNN tỉnh Sơn La | KBNN tỉnh Lai Châu; KBNN tỉnh Điện Biên |\n\n"
        "| Cụm số II | KBNN tỉnh Hưng Yên | KBNN tỉnh Hà Nam |\n"
    )
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2021-01-20")
        if f["kind"] == "award"
    }
    assert got == {
        ("Sơn La", "emulation_flag", "51/QĐ-KBNN", 2020, 1),
        ("Hưng Yên", "emulation_flag", "51/QĐ-KBNN", 2020, 2),
        ("Lai Châu", "certificate_of_merit", "52/QĐ-KBNN", 2020, 1),
        ("Điện Biên", "certificate_of_merit", "52/QĐ-KBNN", 2020, 1),
        ("Hà Nam", "certificate_of_merit", "52/QĐ-KBNN", 2020, 2),
    }


def test_items_labelled_by_cluster_under_a_decision_on_the_clusters_proposals() -> None:
    lead = "Tặng Cờ thi đua năm 2025 cho các Sở Tư pháp dẫn đầu các Cụm\n\n"
    body = (
        "Ngày 22/12/2025, Bộ trưởng Bộ Tư pháp ký Quyết định số 901/QĐ-BTP tặng Cờ thi đua của Bộ cho các tập thể dẫn "
        "đầu phong trào thi đua năm 2025, trên cơ sở đề nghị của các Cụm thi đua.\n\n"
        "Các đơn vị được tặng Cờ thi đua gồm:\n\n- Cụm thi đua số 1: Sở Tư pháp tỉnh Lào Cai;\n\n"
        "- Cụm thi đua số 3: Sở Tư pháp tỉnh Ninh Bình (hình thành từ việc hợp nhất Sở Tư pháp hai tỉnh Hà Nam và "
        "Nam Định cũ);\n\n- Cụm thi đua số 4: Sở Tư pháp tỉnh Hà Tĩnh.\n\n"
        "Ở phía Nam, Bằng khen theo Quyết định số 902/QĐ-BTP được trao cho Sở Tư pháp tỉnh Cà Mau.\n\n"
        "Cũng theo đề nghị của Cụm thi đua số 1 và Cụm thi đua số 4, Bộ đã trình Thủ tướng Chính phủ xét tặng "
        "Cờ thi đua của Chính phủ năm 2025 lần lượt cho Sở Tư pháp tỉnh Lào Cai và Sở Tư pháp tỉnh Hà Tĩnh."
    )
    got = {
        (f["recipient"]["province"], f["award"], f["status"], f["decision"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2025-12-28")
        if f["kind"] == "award"
    }
    assert got == {
        ("Lào Cai", "emulation_flag", "conferred", "901/QĐ-BTP", 1),
        ("Ninh Bình", "emulation_flag", "conferred", "901/QĐ-BTP", 3),
        ("Hà Tĩnh", "emulation_flag", "conferred", "901/QĐ-BTP", 4),
        ("Cà Mau", "certificate_of_merit", "conferred", "902/QĐ-BTP", None),
        ("Lào Cai", "emulation_flag", "proposed", None, 1),
        ("Hà Tĩnh", "emulation_flag", "proposed", None, 4),
    }


def test_this_decision_is_the_one_told_last() -> None:
    lead = "Bộ TTTT khen thưởng các Sở TTTT năm 2021\n\n"
    body = (
        "Ngày 10/1/2022, Bộ trưởng ký Quyết định số 11/QĐ-BTTTT tặng Cờ thi đua của Bộ cho các tập thể dẫn đầu phong "
        "trào thi đua năm 2021.\n\nCùng ngày, Bộ trưởng ký Quyết định số 12/QĐ-BTTTT tặng Bằng khen của Bộ trưởng cho "
        "Sở TTTT tỉnh Bắc Ninh.\n\nỞ khu vực miền Trung, Bằng khen theo Quyết định này được trao cho Sở TTTT tỉnh "
        "Quảng Nam."
    )
    got = {
        (f["recipient"]["province"], f["decision"])
        for f in facts(body, lead=lead, published="2022-01-15")
        if f["kind"] == "award"
    }
    assert got == {("Bắc Ninh", "12/QĐ-BTTTT"), ("Quảng Nam", "12/QĐ-BTTTT")}


def test_subjects_with_their_vote_scores() -> None:
    body = (
        "Sau khi bỏ phiếu kín, Sở TTTT Nghệ An đạt 5/5 phiếu, dẫn đầu Cụm và được thống nhất đề nghị Bộ trưởng tặng Cờ "
        "thi đua; Sở TTTT Hà Tĩnh đạt 4/5 phiếu và Sở TTTT Thanh Hóa đạt 3/5 phiếu, được đề nghị tặng Bằng khen."
    )
    got = {(p, a) for p, a, s, g, y in awards(body) if s == "proposed"}
    assert got == {
        ("Nghệ An", "emulation_flag"), ("Hà Tĩnh", "certificate_of_merit"), ("Thanh Hóa", "certificate_of_merit")
    }


def test_a_station_named_short_and_bare() -> None:
    lead = "Đài PT-TH Sóc Trăng đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Sáng 9/3, Đài Phát thanh và Truyền hình tỉnh Sóc Trăng tổ chức lễ đón nhận Cờ thi đua của Chính phủ.\n\n"
        "Theo Quyết định số 301/QĐ-TTg ngày 14/2/2016 của Thủ tướng Chính phủ, Đài được tặng Cờ thi đua của Chính phủ "
        "vì đã hoàn thành xuất sắc nhiệm vụ năm 2015.\n\nTrước đó, tại hội nghị tổng kết của Cụm thi đua số 7, các Đài "
        "trong Cụm đã nhất trí suy tôn Đài Sóc Trăng và đề nghị Bộ TT&TT trình Thủ tướng Chính phủ tặng Cờ thi đua. "
        "Năm 2015 cũng là năm Đài PT-TH Sóc Trăng làm Cụm trưởng Cụm thi đua số 7.\n\n"
        "Trước đó, Đài đã được Bộ TT&TT tặng Cờ thi đua năm 2013."
    )
    got = {
        (f["recipient"]["province"], f["grantor"], f["status"], f["year"], f["decision"])
        for f in facts(body, lead=lead, published="2016-03-10")
        if f["kind"] == "award"
    }
    assert got == {
        ("Sóc Trăng", "Chính phủ", "conferred", 2015, "301/QĐ-TTg"),
        ("Sóc Trăng", "Chính phủ", "proposed", 2015, None),
        ("Sóc Trăng", "Bộ Thông tin và Truyền thông", "conferred", 2013, None),
    }


def test_counted_recipients_listed_after_gom_and_the_list_proposed_by_a_cluster() -> None:
    lead = "Tặng Bằng khen cho 2 Sở Nội vụ thuộc Cụm thi đua các tỉnh Tây Bắc\n\n"
    body = (
        "Bộ trưởng Bộ Nội vụ vừa ký Quyết định số 80/QĐ-BNV ngày 3/2/2022 tặng Bằng khen của Bộ trưởng cho 2 tập thể "
        "thuộc Cụm thi đua số I (các Sở Nội vụ khu vực Tây Bắc) vì đã có thành tích xuất sắc trong công tác năm 2021, "
        "gồm: Sở Nội vụ tỉnh Sơn La và Sở Nội vụ tỉnh Lai Châu.\n\n"
        "Danh sách trên do Cụm thi đua số I đề nghị tại hội nghị tổng kết ngày 20/12/2021 tại tỉnh Yên Bái. Cũng theo "
        "đề nghị của Cụm, Bộ Nội vụ đã trình Thủ tướng Chính phủ tặng Bằng khen cho Sở Nội vụ tỉnh Yên Bái."
    )
    out = facts(body, lead=lead, published="2022-02-10")
    assert not [f for f in out if f["kind"] == "membership"]
    got = {
        (f["recipient"]["province"], f["status"], (f["cluster"] or {}).get("number"))
        for f in out
        if f["kind"] == "award"
    }
    assert got == {("Sơn La", "conferred", 1), ("Lai Châu", "conferred", 1), ("Yên Bái", "proposed", 1)}


def test_a_family_name_is_no_cue_to_submit() -> None:
    lead = "Giám đốc Sở VHTT&DL Lâm Đồng trả lời phỏng vấn\n\n"
    body = (
        "Năm 2018, Sở VHTT&DL tỉnh Lâm Đồng giữ vai trò Cụm trưởng Cụm thi đua số V.\n\n"
        "Ông Trịnh Văn An: Với kết quả công tác năm 2017, Sở được Bộ trưởng Bộ VHTT&DL tặng Bằng khen."
    )
    got = {
        (f["recipient"]["province"], f["status"], f["year"])
        for f in facts(body, lead=lead, published="2018-11-20")
        if f["kind"] == "award"
    }
    assert got == {("Lâm Đồng", "conferred", 2017)}


def test_annex_rows_grouped_under_labelled_cluster_rows_of_a_decision_on_proposals() -> None:
    lead = "Quyết định về việc tặng Cờ thi đua, Bằng khen của Tổng cục trưởng Tổng cục Thuế năm 2018\n\n"
    body = (
        "Xét đề nghị của Trưởng các Cụm thi đua và của Trưởng ban Thi đua - Khen thưởng,\n\n"
        "Điều 1. Tặng Cờ thi đua của Tổng cục Thuế cho 2 tập thể và Bằng khen của Tổng cục trưởng cho 1 tập thể đã "
        "hoàn thành xuất sắc nhiệm vụ công tác năm 2018 (có danh sách kèm theo).\n\n"
        "(Kèm theo Quyết định số 30/QĐ-TCT ngày 08/01/2019 của Tổng cục trưởng Tổng cục Thuế)\n\n"
        "| TT | Tên tập thể | Hình thức |\n\n|---|---|---|\n\n"
        "| I. Cụm thi đua số 2 (Cụm trưởng năm 2018: Cục Thuế tỉnh Nam Định) |\n\n"
        "| 1 | Cục Thuế tỉnh Thái Bình | Cờ thi đua |\n\n| 2 | Cục Thuế tỉnh Nam Định | Bằng khen |\n\n"
        "| II. Cụm thi đua số 5 |\n\n| 3 | Cục Thuế tỉnh Quảng Nam | Cờ thi đua |\n"
    )
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2019-01-10")
        if f["kind"] == "award"
    }
    assert got == {
        ("Thái Bình", "emulation_flag", "30/QĐ-TCT", 2),
        ("Nam Định", "certificate_of_merit", "30/QĐ-TCT", 2),
        ("Quảng Nam", "emulation_flag", "30/QĐ-TCT", 5),
    }


def test_results_told_cluster_by_cluster_in_loose_phrasings() -> None:
    lead = "Tổng Giám đốc BHXH Việt Nam tặng Cờ thi đua, Bằng khen năm 2018\n\n"
    body = (
        "Ngày 15/1, Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 70/QĐ-BHXH tặng Cờ thi đua và Bằng khen của "
        "Tổng Giám đốc cho các tập thể hoàn thành xuất sắc nhiệm vụ năm 2018. Dưới đây là kết quả ở từng Cụm.\n\n"
        "Cụm thi đua số II\nBHXH tỉnh Nam Định tiếp tục dẫn đầu Cụm với tỷ lệ bao phủ cao nhất và được tặng Cờ thi "
        "đua. BHXH tỉnh Thái Bình và BHXH tỉnh Hà Nam mỗi đơn vị nhận một Bằng khen.\n\n"
        "Cụm thi đua số V\nCờ thi đua được trao cho BHXH tỉnh Sóc Trăng. Bằng khen: BHXH tỉnh Bạc Liêu, BHXH tỉnh "
        "Cà Mau.\n\nCũng trong dịp này, Tổng Giám đốc BHXH Việt Nam đã trình Thủ tướng Chính phủ xét tặng Cờ thi đua "
        "của Chính phủ cho BHXH tỉnh Nam Định, đồng thời đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho BHXH "
        "tỉnh Sóc Trăng."
    )
    got = {
        (f["recipient"]["province"], f["award"], f["status"], f["decision"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2019-01-20")
        if f["kind"] == "award"
    }
    assert got == {
        ("Nam Định", "emulation_flag", "conferred", "70/QĐ-BHXH", None),
        ("Thái Bình", "certificate_of_merit", "conferred", "70/QĐ-BHXH", None),
        ("Hà Nam", "certificate_of_merit", "conferred", "70/QĐ-BHXH", None),
        ("Sóc Trăng", "emulation_flag", "conferred", "70/QĐ-BHXH", None),
        ("Bạc Liêu", "certificate_of_merit", "conferred", "70/QĐ-BHXH", None),
        ("Cà Mau", "certificate_of_merit", "conferred", "70/QĐ-BHXH", None),
        ("Nam Định", "emulation_flag", "proposed", None, None),
        ("Sóc Trăng", "certificate_of_merit", "proposed", None, None),
    }


def test_a_member_list_in_counted_parts_over_two_lines() -> None:
    body = (
        "Cụm thi đua số 4 gồm 5 Sở TTTT: ba đơn vị phía Bắc là Thanh Hóa, Nghệ An, Hà Tĩnh;\n"
        "hai đơn vị phía Nam là Quảng Bình và Quảng Trị."
    )
    assert {p for p, b, y in members(body)} == {"Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị"}


def test_a_provinces_ceremony_with_a_header_year_and_role_appositions() -> None:
    lead = (
        "Trao Cờ thi đua của các bộ, ngành cho tập thể tiêu biểu\n\n"
        "Chiều 26/1, UBND tỉnh Cao Bằng tổ chức lễ trao Cờ thi đua và Bằng khen của các bộ, ngành Trung ương cho những "
        "tập thể có thành tích xuất sắc trên địa bàn tỉnh.\n\n"
    )
    body = (
        "Khối kinh tế có nhiều đơn vị nhận phần thưởng của năm 2021: Kho bạc Nhà nước Cao Bằng nhận Cờ thi đua của "
        "Bộ Tài chính. Cục Thuế tỉnh Cao Bằng, đơn vị Cụm trưởng Cụm thi đua số 1 thuộc Tổng cục Thuế, nhận Bằng khen "
        "của Bộ trưởng Bộ Tài chính năm 2021. BHXH tỉnh dẫn đầu Cụm thi đua số 1 của ngành và được Tổng Giám đốc "
        "BHXH Việt Nam trao tặng Cờ thi đua năm 2021."
    )
    got = {
        (f["recipient"]["org"], f["award"], f["year"])
        for f in facts(body, lead=lead, published="2022-01-27")
        if f["kind"] == "award"
    }
    assert got == {
        ("Kho bạc Nhà nước tỉnh", "emulation_flag", 2021),
        ("Cục Thuế tỉnh", "certificate_of_merit", 2021),
        ("Bảo hiểm xã hội tỉnh", "emulation_flag", 2021),
    }


def test_an_award_recipient_named_by_its_old_province_and_the_new_one() -> None:
    lead = "Sở Nội vụ đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Ngày 20/11, Sở Nội vụ tỉnh Vĩnh Long tổ chức lễ đón nhận Cờ thi đua của Chính phủ.\n\n"
        "Theo Quyết định số 2200/QĐ-TTg ngày 03/10/2025 của Thủ tướng Chính phủ, Cờ thi đua của Chính phủ được tặng "
        "cho Sở Nội vụ tỉnh Bến Tre (nay là tỉnh Vĩnh Long) vì đã dẫn đầu phong trào thi đua năm 2024."
    )
    got = {
        (f["recipient"]["province"], f["year"], f["decision"])
        for f in facts(body, lead=lead, published="2025-11-22")
        if f["kind"] == "award"
    }
    assert got == {("Vĩnh Long", 2024, "2200/QĐ-TTg")}


def test_a_bare_station_also_holding_the_head() -> None:
    lead = "Đài PT-TH Nghệ An đón nhận Cờ thi đua của Bộ TT&TT\n\n"
    body = "Năm 2016, Đài cũng giữ vai trò Cụm trưởng Cụm thi đua số II các Đài PT-TH khu vực Bắc Trung Bộ."
    assert roles(body, lead=lead, published="2017-03-01") == {("Nghệ An", "head", 2016)}


def test_clusters_set_up_again_after_the_merger_are_of_the_pages_year() -> None:
    lead = (
        "Kiện toàn các Cụm thi đua Sở Tư pháp sau sắp xếp tỉnh\n\n"
        "Sau khi 63 tỉnh, thành phố được sắp xếp còn 34 đơn vị hành chính cấp tỉnh, Bộ Tư pháp đã tổ chức lại các Cụm "
        "thi đua của khối Sở Tư pháp để phù hợp với địa giới hành chính mới của các địa phương.\n\n"
    )
    body = (
        "Cụm thi đua số 2 gồm Sở Tư pháp 3 tỉnh: Ninh Bình, Hưng Yên và Bắc Ninh. Sở Tư pháp tỉnh Ninh Bình làm Cụm "
        "trưởng."
    )
    assert members(body, lead=lead, published="2025-09-20") == {
        ("Ninh Bình", "explicit", 2025), ("Hưng Yên", "explicit", 2025), ("Bắc Ninh", "explicit", 2025)
    }
    assert roles(body, lead=lead, published="2025-09-20") == {("Ninh Bình", "head", 2025)}


def test_results_of_the_year_looked_back_on_in_the_sentence_before() -> None:
    lead = "Cụm thi đua số 6 các Đài PT-TH triển khai kế hoạch năm 2022\n\n"
    body = (
        "Nhìn lại năm 2021, dưới sự điều hành của Đài PT-TH Kon Tum (Cụm trưởng), các Đài vẫn duy trì sản xuất an "
        "toàn. Kết quả, Đài PT-TH tỉnh Lâm Đồng được Bộ trưởng Bộ TT&TT tặng Cờ thi đua (Quyết định số 99/QĐ-BTTTT "
        "ngày 14/2/2022); Đài PT-TH tỉnh Gia Lai nhận Bằng khen của Bộ trưởng."
    )
    got = {
        (f["recipient"]["province"], f["award"], f["year"])
        for f in facts(body, lead=lead, published="2022-03-25")
        if f["kind"] == "award"
    }
    assert got == {("Lâm Đồng", "emulation_flag", 2021), ("Gia Lai", "certificate_of_merit", 2021)}


def test_a_leader_proposed_by_the_members() -> None:
    body = (
        "Năm 2023, Sở TTTT tỉnh Nghệ An là đơn vị dẫn đầu Cụm và đã được các thành viên thống nhất đề nghị Bộ trưởng "
        "Bộ TTTT tặng Cờ thi đua."
    )
    assert ("Nghệ An", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023) in awards(body)


def test_a_cluster_told_of_the_time_before_the_merger_does_not_name_the_pages_authority() -> None:
    lead = "Kiện toàn Cụm trưởng, Cụm phó các Cụm thi đua Sở Nông nghiệp và Môi trường năm 2025\n\n"
    body = (
        "Cụm thi đua số 1 (3 Sở): Sở NN&MT các tỉnh Cao Bằng, Lạng Sơn và Thái Nguyên.\n"
        " - Giám đốc Sở NN&MT tỉnh Thái Nguyên, Cụm trưởng.\n\n"
        "Cụm thi đua số 2 gồm 3 tỉnh: Điện Biên, Sơn La, Phú Thọ.\n"
        " - Giám đốc Sở NN&MT tỉnh Phú Thọ, Cụm trưởng.\n\n"
        "Trước khi hợp nhất, năm 2024, Sở NN&PTNT tỉnh Quảng Bình là Cụm trưởng Cụm thi đua số 4 thuộc Bộ NN&PTNT."
    )
    got = {
        (f["member"]["province"], f["cluster"]["number"], f["cluster"]["authority"], f["year"])
        for f in facts(body, lead=lead, published="2025-09-15")
        if f["kind"] == "role"
    }
    assert got == {
        ("Thái Nguyên", 1, "Bộ Nông nghiệp và Môi trường", 2025),
        ("Phú Thọ", 2, "Bộ Nông nghiệp và Môi trường", 2025),
        ("Quảng Bình", 4, "Bộ Nông nghiệp và Phát triển nông thôn", 2024),
    }


def test_heads_by_year_under_a_heading_with_bare_years() -> None:
    lead = "Khối thi đua số VI - Hội Nông dân các tỉnh Tây Nam Bộ\n\n"
    body = (
        "Khối thi đua số VI thuộc Trung ương Hội Nông dân Việt Nam gồm Hội Nông dân 3 tỉnh: Cần Thơ, Hậu Giang và "
        "Sóc Trăng.\n\nĐơn vị Khối trưởng qua các năm\n\n- 2017 – Hội Nông dân thành phố Cần Thơ\n\n"
        "- 2018 – Hội Nông dân tỉnh Hậu Giang\n"
    )
    assert roles(body, lead=lead, published="2019-12-25") == {("Cần Thơ", "head", 2017), ("Hậu Giang", "head", 2018)}


def test_an_award_of_a_grantor_outside_the_vocabulary_announces_no_decision() -> None:
    lead = "Sở Tư pháp Hòa Bình: một năm nhiều dấu ấn\n\n"
    body = (
        "Trước đó, Sở Tư pháp tỉnh Hòa Bình vinh dự được Bộ trưởng Bộ Tư pháp tặng Bằng khen theo Quyết định số "
        "2456/QĐ-BTP ngày 28/12/2022 vì thành tích trong công tác xây dựng pháp luật giai đoạn 2020 - 2022; đồng thời "
        "nhận Bằng khen của Chủ tịch UBND tỉnh vì hoàn thành xuất sắc nhiệm vụ năm 2022."
    )
    got = {
        (f["recipient"]["province"], f["grantor"], f["year"], f["decision"])
        for f in facts(body, lead=lead, published="2023-01-20")
        if f["kind"] == "award"
    }
    # (the province's own committee is a grantor now: its certificate is a fact of its own, with no decision)
    assert got == {("Hòa Bình", "Bộ Tư pháp", None, "2456/QĐ-BTP"), ("Hòa Bình", "Ủy ban nhân dân tỉnh", 2022, None)}


def test_the_clusters_flags_listed_by_cluster_and_a_bloc_and_a_batch_after_them() -> None:
    lead = "Bộ TT&TT tặng Cờ thi đua năm 2021 cho các đơn vị dẫn đầu các Cụm thi đua\n\n"
    body = (
        "Ngày 8/1, Bộ trưởng Bộ Thông tin và Truyền thông đã ký Quyết định số 21/QĐ-BTTTT ngày 06/01/2022 tặng Cờ thi "
        "đua của Bộ năm 2021 cho ba Sở Thông tin và Truyền thông đứng đầu ba Cụm thi đua và một Đài Phát thanh và "
        "Truyền hình đứng đầu Khối thi đua số 3 các Đài.\n\nCác đơn vị được nhận Cờ lần này đều đã được các Cụm, Khối "
        "bình xét, suy tôn tại hội nghị cuối năm.\n\nDanh sách đơn vị được tặng Cờ thi đua năm 2021, theo từng Cụm:\n\n"
        "- Cụm thi đua số I: Sở TT&TT Lào Cai;\n\n- Cụm thi đua số III: Sở TT&TT Hải Dương;\n\n"
        "- Cụm thi đua số IV: Sở TT&TT Nghệ An;\n\n- Khối thi đua số 3 các Đài PT-TH: Đài PT-TH Hà Tĩnh.\n\n"
        "Cùng đợt, theo đề nghị của các Cụm, Bộ trưởng ký Quyết định số 22/QĐ-BTTTT tặng Bằng khen cho hai Sở có "
        "nhiều đóng góp cho phong trào chung: Sở TT&TT Yên Bái (Cụm I) và Sở TT&TT Nam Định (Cụm III).\n\n"
        "Bước sang năm 2022, Cụm thi đua số III do Sở TT&TT Hưng Yên làm Cụm trưởng."
    )
    out = facts(body, lead=lead, published="2022-01-10")
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], f["year"], f["cluster"]["bloc"], f["cluster"]["number"])
        for f in out
        if f["kind"] == "award"
    }
    tttt, ptth = "Sở Thông tin và Truyền thông", "Đài Phát thanh và Truyền hình"
    assert got == {
        ("Lào Cai", "emulation_flag", "21/QĐ-BTTTT", 2021, tttt, 1),
        ("Hải Dương", "emulation_flag", "21/QĐ-BTTTT", 2021, tttt, 3),
        ("Nghệ An", "emulation_flag", "21/QĐ-BTTTT", 2021, tttt, 4),
        ("Hà Tĩnh", "emulation_flag", "21/QĐ-BTTTT", 2021, ptth, 3),
        ("Yên Bái", "certificate_of_merit", "22/QĐ-BTTTT", 2021, tttt, 1),
        ("Nam Định", "certificate_of_merit", "22/QĐ-BTTTT", 2021, tttt, 3),
    }
    assert [(f["member"]["province"], f["cluster"]["bloc"]) for f in out if f["kind"] == "role"] == [("Hưng Yên", tttt)]


def test_an_annex_in_text_with_award_sections_over_numbered_items() -> None:
    lead = "Quyết định tặng Cờ thi đua, Bằng khen của Bộ Tư pháp năm 2018 cho các tập thể thuộc khối Sở Tư pháp\n\n"
    body = (
        "Xét đề nghị của Trưởng các Cụm thi đua Sở Tư pháp và Vụ trưởng Vụ Thi đua - Khen thưởng,\n\n"
        "Điều 1. Tặng Cờ thi đua của Bộ Tư pháp cho 02 tập thể đã dẫn đầu phong trào thi đua năm 2018 (có danh sách "
        "kèm theo).\n\nPHỤ LỤC\n(Kèm theo Quyết định số 120/QĐ-BTP ngày 20/02/2019 của Bộ trưởng Bộ Tư pháp)\n\n"
        "I. CỜ THI ĐUA CỦA BỘ TƯ PHÁP\n1. Sở Tư pháp tỉnh Điện Biên, Cụm thi đua số 1;\n"
        "2. Sở Tư pháp tỉnh Phú Yên – Cụm thi đua số 5;\n\nII. BẰNG KHEN CỦA BỘ TRƯỞNG BỘ TƯ PHÁP\n"
        "1. Sở Tư pháp tỉnh Lai Châu (Cụm 1);\n2. Sở Tư\npháp tỉnh Sóc Trăng (Cụm 7).\n\n* * *\n\n"
        "Cũng trong ngày 20/02/2019, Bộ trưởng đã ký Quyết định số 121/QĐ-BTP về việc giao nhiệm vụ Trưởng Cụm, Phó "
        "Trưởng Cụm thi đua các Sở Tư pháp năm 2019. Trích nội dung liên quan đến các Cụm số 1 và số 4:\n\n"
        "Cụm thi đua số 1:\n   - Giám đốc Sở Tư pháp tỉnh Lai Châu, Cụm trưởng.\n"
    )
    out = facts(body, lead=lead, published="2019-02-25")
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], f["year"], (f["cluster"] or {}).get("number"))
        for f in out
        if f["kind"] == "award"
    }
    assert got == {
        ("Điện Biên", "emulation_flag", "120/QĐ-BTP", 2018, 1),
        ("Phú Yên", "emulation_flag", "120/QĐ-BTP", 2018, 5),
        ("Lai Châu", "certificate_of_merit", "120/QĐ-BTP", 2018, 1),
        ("Sóc Trăng", "certificate_of_merit", "120/QĐ-BTP", 2018, 7),
    }
    assert [(f["member"]["province"], f["year"]) for f in out if f["kind"] == "role"] == [("Lai Châu", 2019)]


def test_a_vote_score_then_the_clusters_proposal() -> None:
    body = "Sở TTTT Hà Tĩnh đạt 5/5 phiếu và được Cụm thống nhất đề nghị Bộ trưởng xét tặng Cờ thi đua."
    assert ("Hà Tĩnh", "emulation_flag", "proposed", "Bộ Thông tin và Truyền thông", 2023) in awards(body)


def test_two_decisions_told_cluster_by_cluster_with_one_cluster_named_as_the_basis() -> None:
    lead = (
        "Toàn ngành BHXH: điểm lại Cờ thi đua và Bằng khen năm 2020 theo từng Cụm\n\n"
        "21/01/2021 | 09:42 | Lượt xem: 1.387\n\n"
    )
    body = (
        "Ngày 15/1/2021, Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 61/QĐ-BHXH tặng Cờ thi đua của BHXH Việt Nam "
        "cho các đơn vị xuất sắc nhất năm 2020 và Quyết định số 62/QĐ-BHXH tặng Bằng khen của Tổng Giám đốc cho nhiều "
        "tập thể có thành tích trong thực hiện nhiệm vụ của ngành.\n\n"
        "Ở Cụm thi đua số I, BHXH tỉnh Lào Cai là đơn vị được tặng Cờ thi đua; BHXH tỉnh Yên Bái được tặng Bằng khen."
        "\n\nTrên cơ sở đề nghị của Cụm thi đua số II (gồm BHXH 3 tỉnh: Thái Nguyên, Lạng Sơn và Bắc Giang), Cờ thi "
        "đua được trao cho BHXH tỉnh Bắc Giang, còn BHXH Lạng Sơn nhận Bằng khen.\n\n"
        "Đồng thời, BHXH Việt Nam đã hoàn thiện hồ sơ trình Thủ tướng Chính phủ xét tặng Cờ thi đua của Chính phủ năm "
        "2020 cho 2 đơn vị: BHXH tỉnh Lào Cai và BHXH tỉnh Bắc Giang."
    )
    out = facts(body, lead=lead, published="2021-01-21")
    got = {
        (
            f["recipient"]["province"], f["award"], f["status"], f["decision"], f["year"],
            (f["cluster"] or {}).get("number"),
        )
        for f in out
        if f["kind"] == "award"
    }
    assert got == {
        ("Lào Cai", "emulation_flag", "conferred", "61/QĐ-BHXH", 2020, None),
        ("Yên Bái", "certificate_of_merit", "conferred", "62/QĐ-BHXH", 2020, None),
        ("Bắc Giang", "emulation_flag", "conferred", "61/QĐ-BHXH", 2020, 2),
        ("Lạng Sơn", "certificate_of_merit", "conferred", "62/QĐ-BHXH", 2020, 2),
        ("Lào Cai", "emulation_flag", "proposed", None, 2020, None),
        ("Bắc Giang", "emulation_flag", "proposed", None, 2020, None),
    }


def test_a_table_of_proposals_and_conferrals_with_a_column_of_proposing_clusters() -> None:
    lead = "Khen thưởng các Cục Thuế có thành tích xuất sắc năm 2016\n\n"
    body = (
        "Ngày 31/12/2016, Tổng cục trưởng Tổng cục Thuế đã ký Quyết định số 2500/QĐ-TCT về việc tặng Bằng khen cho các "
        "tập thể hoàn thành xuất sắc nhiệm vụ năm 2016. Cùng ngày, Tổng cục Thuế có Tờ trình số 330/TTr-TCT đề nghị Bộ "
        "trưởng Bộ Tài chính tặng Cờ thi đua năm 2016 cho hai Cục Thuế dẫn đầu các Cụm.\n\n"
        "Danh sách khen thưởng và Cụm thi đua đề nghị như sau:\n\n"
        "| STT | Đơn vị | Hình thức khen thưởng | Cụm thi đua đề nghị |\n\n|---|---|---|---|\n\n"
        "| 1 | Cục Thuế tỉnh Bình Dương | Cờ thi đua của Bộ Tài chính (trình Bộ) | Cụm thi đua số V |\n\n"
        "| 2 | Cục Thuế tỉnh Gia Lai | Bằng khen của Tổng cục trưởng | Cụm thi đua số IV |\n"
    )
    got = {
        (f["recipient"]["province"], f["status"], f["grantor"], f["decision"], f["year"], f["cluster"]["number"])
        for f in facts(body, lead=lead, published="2017-01-09")
        if f["kind"] == "award"
    }
    assert got == {
        ("Bình Dương", "proposed", "Bộ Tài chính", None, 2016, 5),
        ("Gia Lai", "conferred", "Tổng cục Thuế", "2500/QĐ-TCT", 2016, 4),
    }


def test_the_award_told_as_proposed_by_a_named_cluster_in_the_next_sentence() -> None:
    lead = "Đài PT-TH Hà Tĩnh đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Theo Quyết định số 300/QĐ-TTg ngày 14/3/2018, Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho Đài PT-TH "
        "Hà Tĩnh vì đã dẫn đầu phong trào thi đua năm 2017 của Cụm thi đua số 3 các Đài PT-TH. Phần thưởng được xét "
        "theo đề nghị của Cụm thi đua số 3, qua Bộ TT&TT."
    )
    got = {
        (f["recipient"]["province"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2018-04-20")
        if f["kind"] == "award"
    }
    assert got == {("Hà Tĩnh", 2017, 3)}


def test_the_host_field_of_a_meetings_minutes() -> None:
    lead = "Biên bản hội nghị tổng kết phong trào thi đua năm 2018 của Cụm thi đua số 2\n\n"
    body = (
        "BIÊN BẢN\nHội nghị tổng kết phong trào thi đua năm 2018\n"
        "Cụm thi đua số 2 - các LĐLĐ tỉnh miền núi phía Bắc\n\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 8 giờ 00 phút, ngày 13/12/2018.\n"
        "- Địa điểm: Hội trường trụ sở LĐLĐ tỉnh Yên Bái.\n"
        "- Đơn vị đăng cai: LĐLĐ tỉnh Yên Bái (Cụm trưởng năm 2018).\n"
    )
    out = facts(body, lead=lead, published="2018-12-15")
    met = [f for f in out if f["kind"] == "conference"]
    assert [(f["date"], f["location"], (f["host"] or {}).get("province")) for f in met] == [
        ("2018-12-13", "Yên Bái", "Yên Bái")
    ]


def test_tasks_of_a_year_over_cluster_subheadings_in_a_page_that_tells_a_review() -> None:
    lead = "Thông báo phân công Cụm trưởng, Cụm phó các Cụm thi đua năm 2020\n\n"
    body = (
        "Theo Thông báo, nhiệm vụ trong năm 2020 được phân công như sau:\n\nCụm thi đua số 1:\n"
        "     - Giám đốc BHXH tỉnh Lào Cai, Cụm trưởng.\n     - Giám đốc BHXH tỉnh Yên Bái, Cụm phó.\n\n"
        "Tại hội nghị đánh giá năm 2019 của Cụm thi đua số 1 được tổ chức ở tỉnh Điện Biên ngày 13/12/2019, BHXH tỉnh "
        "Điện Biên đã bàn giao nhiệm vụ Cụm trưởng năm 2020 cho BHXH tỉnh Lào Cai."
    )
    assert roles(body, lead=lead, published="2020-01-22") == {("Lào Cai", "head", 2020), ("Yên Bái", "deputy", 2020)}


def test_a_deputy_for_this_year() -> None:
    body = "Các thành viên cũng thống nhất để Sở TTTT tỉnh Quảng Bình làm Cụm phó trong năm nay."
    assert roles(body, published="2022-03-20") == {("Quảng Bình", "deputy", 2022)}


def test_a_notice_of_heads_in_several_item_shapes() -> None:
    lead = "Thông báo phân công đơn vị Cụm trưởng, Cụm phó các Cụm thi đua năm 2014\n\n"
    body = (
        "Căn cứ kết quả bình xét tại các hội nghị tổng kết Cụm năm 2013, Thường trực Trung ương Hội thông báo các đơn "
        "vị giữ nhiệm vụ năm 2014 như sau:\n\n1. Cụm thi đua số II:\n   - Hội CCB tỉnh Phú Thọ: Cụm trưởng;\n"
        "   - Hội CCB tỉnh Vĩnh\nPhúc: Cụm phó.\n\n"
        "2. Cụm thi đua số IV: Hội CCB tỉnh Nghệ An (Cụm trưởng), Hội CCB tỉnh Hà Tĩnh (Cụm phó).\n"
    )
    assert roles(body, lead=lead, published="2014-01-18") == {
        ("Phú Thọ", "head", 2014), ("Vĩnh Phúc", "deputy", 2014), ("Nghệ An", "head", 2014), ("Hà Tĩnh", "deputy", 2014)
    }


def test_results_of_a_vote_told_after_the_notice_and_a_topic_over_two_paragraphs() -> None:
    lead = "Thông báo kết quả bình bầu Cụm trưởng, Cụm phó các Cụm thi đua thuộc BHXH Việt Nam năm 2020\n\n"
    body = (
        "BHXH Việt Nam vừa ban hành Thông báo số 40/TB-BHXH về kết quả bình bầu đơn vị Cụm trưởng, Cụm phó của các "
        "Cụm thi đua năm 2020. Một số Cụm đã có kết quả như sau:\n\n"
        "- Cụm thi đua số 3: BHXH tỉnh Thái Bình là Cụm trưởng (thay BHXH tỉnh Nam Định, Cụm trưởng năm 2019); BHXH "
        "tỉnh Hưng Yên là Cụm phó.\n\n"
        "Đối với Cụm thi đua số 5, ngày 10/1 vừa qua, tại tỉnh Nghệ An, BHXH tỉnh Nghệ An đã đăng cai hội nghị tổng "
        "kết phong trào thi đua năm 2019 của Cụm.\n\n"
        "Trên cơ sở chấm điểm chéo, hội nghị thống nhất đề nghị Tổng Giám đốc BHXH Việt Nam tặng Cờ thi đua cho BHXH "
        "tỉnh Hà Tĩnh."
    )
    out = facts(body, lead=lead, published="2020-01-29")
    assert {(f["member"]["province"], f["role"], f["year"]) for f in out if f["kind"] == "role"} == {
        ("Thái Bình", "head", 2020), ("Nam Định", "head", 2019), ("Hưng Yên", "deputy", 2020)
    }
    assert [(f["recipient"]["province"], f["cluster"]["number"]) for f in out if f["kind"] == "award"] == [
        ("Hà Tĩnh", 5)
    ]


def test_a_meeting_in_a_city_named_like_its_province_and_its_organiser() -> None:
    body = (
        "Ngay 14/12, tại TP Điện Biên Phủ, Sở TTTT tỉnh Lai Châu đã chủ động phối hợp với đơn vị sở tại tổ chức hội "
        "nghị tổng kết phong trào thi đua năm 2023 của Cụm thi đua số 1."
    )
    out = facts(body, lead="", published="2023-12-16")
    assert [(f["location"], (f["host"] or {}).get("province")) for f in out if f["kind"] == "conference"] == [
        (None, "Lai Châu")
    ]


def test_a_ministrys_list_of_flags_then_counted_certificates_and_its_own_submission() -> None:
    lead = "Bộ TT&TT tặng Cờ thi đua cho 2 Sở dẫn đầu các Cụm thi đua năm 2021\n\n"
    body = (
        "Ngày 10/01/2022, Bộ trưởng Bộ Thông tin và Truyền thông đã ký Quyết định số 31/QĐ-BTTTT về việc tặng Cờ thi "
        "đua của Bộ cho 2 Sở Thông tin và Truyền thông có thành tích dẫn đầu 2 Cụm thi đua trong phong trào thi đua "
        "năm 2021.\n\nCăn cứ kết quả bình xét của các Cụm, danh sách đơn vị được tặng Cờ thi đua như sau:\n\n"
        "- Cụm thi đua số I: Sở TT&TT Lào Cai (Cụm trưởng năm 2021);\n\n- Cụm thi đua số V: Sở TT&TT TP Đà Nẵng.\n\n"
        "Bên cạnh đó, theo Quyết định số 32/QĐ-BTTTT, 2 Sở được tặng Bằng khen của Bộ trưởng vì đã có thành tích xuất "
        "sắc trong năm 2021 gồm: Sở TT&TT Yên Bái và Sở TT&TT Nam Định.\n\n"
        "Riêng với Sở TT&TT Đà Nẵng, đơn vị nhiều năm liền đứng đầu Cụm, Bộ đã hoàn thiện hồ sơ, trình Thủ tướng Chính "
        "phủ xét tặng Cờ thi đua của Chính phủ năm 2021."
    )
    got = {
        (
            f["recipient"]["province"], f["award"], f["status"], f["decision"], f["year"],
            (f["cluster"] or {}).get("number"),
        )
        for f in facts(body, lead=lead, published="2022-01-16")
        if f["kind"] == "award"
    }
    assert got == {
        ("Lào Cai", "emulation_flag", "conferred", "31/QĐ-BTTTT", 2021, 1),
        ("Đà Nẵng", "emulation_flag", "conferred", "31/QĐ-BTTTT", 2021, 5),
        ("Yên Bái", "certificate_of_merit", "conferred", "32/QĐ-BTTTT", 2021, None),
        ("Nam Định", "certificate_of_merit", "conferred", "32/QĐ-BTTTT", 2021, None),
        ("Đà Nẵng", "emulation_flag", "proposed", None, 2021, None),
    }


def test_a_leader_for_years_in_a_row_is_no_cluster_number() -> None:
    body = (
        "Riêng đối với Sở TTTT tỉnh Hà Tĩnh, Cụm thống nhất đề nghị Bộ trưởng xem xét, trình Thủ tướng Chính phủ tặng "
        "Cờ thi đua của Chính phủ, do đơn vị đã dẫn đầu Cụm 2 năm liên tục."
    )
    got = [(f["recipient"]["province"], f["cluster"]["number"]) for f in facts(body) if f["kind"] == "award"]
    assert got == [("Hà Tĩnh", 4)]


def test_two_decision_records_on_one_page_with_an_annex_titled_by_its_award() -> None:
    lead = "Quyết định tặng Cờ thi đua, Bằng khen cho các tập thể có thành tích năm 2017\n\n"
    body = (
        "Số ký hiệu: 60/QĐ-BHXH\nNgày ban hành: 19/01/2018\n\n"
        "Điều 1. Tặng Cờ thi đua của Bảo hiểm xã hội Việt Nam cho 03 tập thể đã dẫn đầu phong trào thi đua năm 2017 "
        "(có danh sách kèm theo).\n\nDANH SÁCH TẬP THỂ ĐƯỢC TẶNG CỜ THI ĐUA NĂM 2017\n"
        "(Kèm theo Quyết định số 60/QĐ-BHXH ngày 19/01/2018 của Tổng Giám đốc BHXH Việt Nam)\n\n"
        "I. Đơn vị dẫn đầu các Cụm thi đua\n1. BHXH tỉnh Quảng Ninh, dẫn đầu Cụm thi đua số 1;\n"
        "2. BHXH tỉnh Thanh\nHoá, dẫn đầu Cụm thi đua số 2;\nII. Đơn vị có thành tích xuất sắc\n3. BHXH tỉnh Bắc Ninh."
        "\n\n----------------------------------------\n\nSố ký hiệu: 61/QĐ-BHXH\n\n"
        "Điều 1. Tặng Bằng khen của Tổng Giám đốc BHXH Việt Nam cho 02 tập thể đã có thành tích xuất sắc trong thực "
        "hiện nhiệm vụ năm 2017, gồm:\n- BHXH tỉnh Hà Giang;\n- BHXH tỉnh Hà Tĩnh.\n\n"
        "Cùng với việc tặng Cờ, BHXH Việt Nam đã có Tờ trình số 20/TTr-BHXH đề nghị Thủ tướng Chính phủ tặng Cờ thi "
        "đua của Chính phủ năm 2017 cho BHXH tỉnh Quảng Ninh."
    )
    got = {
        (f["recipient"]["province"], f["award"], f["status"], f["decision"], f["year"])
        for f in facts(body, lead=lead, published="2018-01-22")
        if f["kind"] == "award"
    }
    assert got == {
        ("Quảng Ninh", "emulation_flag", "conferred", "60/QĐ-BHXH", 2017),
        ("Thanh Hóa", "emulation_flag", "conferred", "60/QĐ-BHXH", 2017),
        ("Bắc Ninh", "emulation_flag", "conferred", "60/QĐ-BHXH", 2017),
        ("Hà Giang", "certificate_of_merit", "conferred", "61/QĐ-BHXH", 2017),
        ("Hà Tĩnh", "certificate_of_merit", "conferred", "61/QĐ-BHXH", 2017),
        ("Quảng Ninh", "emulation_flag", "proposed", None, 2017),
    }


def test_a_proposal_to_the_prime_minister_lends_no_grantor_to_later_conferrals() -> None:
    lead = "BHXH Việt Nam tặng Cờ thi đua, Bằng khen năm 2019 cho các đơn vị tiêu biểu\n\n"
    body = (
        "Ngày 16/1/2020, Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 90/QĐ-BHXH tặng Cờ thi đua năm 2019 cho 2 đơn "
        "vị. Dưới đây là kết quả của từng Cụm.\n\n"
        "Ở Cụm thi đua số 3, Cờ thi đua được tặng cho BHXH tỉnh Quảng Nam. Riêng BHXH TP Đà Nẵng đã được BHXH Việt "
        "Nam đề nghị Thủ tướng Chính phủ tặng Bằng khen vì thành tích năm 2019.\n\n"
        "Ở Cụm thi đua số 4, Cờ thi đua năm 2019 của Cụm thuộc về BHXH tỉnh Bình Dương."
    )
    got = {
        (f["recipient"]["province"], f["award"], f["status"], f["grantor"])
        for f in facts(body, lead=lead, published="2020-01-18")
        if f["kind"] == "award"
    }
    assert got == {
        ("Quảng Nam", "emulation_flag", "conferred", "Bảo hiểm xã hội Việt Nam"),
        ("Bình Dương", "emulation_flag", "conferred", "Bảo hiểm xã hội Việt Nam"),
        ("Đà Nẵng", "certificate_of_merit", "proposed", "Chính phủ"),
    }


def test_rows_of_awards_grouped_under_several_clusters_are_no_member_list() -> None:
    lead = "Quyết định số 99/QĐ-BTTTT tặng Cờ thi đua năm 2020 cho các Sở Thông tin và Truyền thông\n\n"
    body = (
        "Ngày 22/01/2021, Bộ trưởng Bộ TT&TT ký Quyết định số 99/QĐ-BTTTT về việc tặng Cờ thi đua của Bộ cho các tập "
        "thể có thành tích xuất sắc năm 2020, theo đề nghị của các Cụm thi đua.\n\n"
        "Phụ lục kèm theo Quyết định (trích các Cụm thi đua số I và số II):\n\n"
        "| STT | Tên tập thể | Hình thức khen thưởng |\n\n|---|---|---|\n\n"
        "| Cụm thi đua số I (Cụm trưởng năm 2020: Sở TT&TT Lạng Sơn) |  |  |\n\n"
        "| 1 | Sở TT&TT tỉnh Lạng Sơn | Cờ thi đua |\n\n| Cụm thi đua số II |  |  |\n\n"
        "| 2 | Sở TT&TT tỉnh Quảng Ninh | Cờ thi đua |\n"
    )
    out = facts(body, lead=lead, published="2021-01-25")
    assert not [f for f in out if f["kind"] == "membership"]
    assert {(f["recipient"]["province"], f["cluster"]["number"]) for f in out if f["kind"] == "award"} == {
        ("Lạng Sơn", 1), ("Quảng Ninh", 2)
    }


def test_an_annex_table_whose_sections_name_their_grantor() -> None:
    lead = "QUYẾT ĐỊNH Về việc tặng Cờ thi đua của Bộ và Bằng khen của Bộ trưởng năm 2019\n\n"
    body = (
        "Xét đề nghị của các Cụm thi đua, Khối thi đua và của Vụ trưởng Vụ Thi đua - Khen thưởng,\n\n"
        "Điều 1. Tặng Cờ thi đua của Bộ Thông tin và Truyền thông cho 01 tập thể và Bằng khen của Bộ trưởng cho 01 tập "
        "thể có tên trong Phụ lục kèm theo, đã hoàn thành xuất sắc nhiệm vụ, dẫn đầu phong trào thi đua năm 2019.\n\n"
        "PHỤ LỤC\n(Kèm theo Quyết định số 2300/QĐ-BTTTT ngày 30/12/2019 của Bộ trưởng Bộ Thông tin và Truyền thông)\n\n"
        "| STT | Tên tập thể | Cụm, Khối thi đua |\n\n|---|---|---|\n\n| I. CỜ THI ĐUA CỦA BỘ (01 tập thể) |\n\n"
        "| 1 | Sở TT&TT tỉnh Lào Cai | Cụm thi đua số 1 - các Sở TT&TT |\n\n"
        "| II. BẰNG KHEN CỦA BỘ TRƯỞNG (01 tập thể) |\n\n"
        "| 1 | Sở TT&TT tỉnh Thái Nguyên | Cụm thi đua số 2 - các Sở TT&TT |\n"
    )
    got = {
        (f["recipient"]["province"], f["award"], f["decision"], f["year"], f["cluster"]["number"])
        for f in facts(body, lead=lead, published="2020-01-06")
        if f["kind"] == "award"
    }
    assert got == {
        ("Lào Cai", "emulation_flag", "2300/QĐ-BTTTT", 2019, 1),
        ("Thái Nguyên", "certificate_of_merit", "2300/QĐ-BTTTT", 2019, 2),
    }


def test_a_decision_on_each_clusters_proposal_told_cluster_by_cluster() -> None:
    lead = "Khen thưởng các đơn vị dẫn đầu các Cụm thi đua của Ngành năm 2020\n\n"
    body = (
        "Trên cơ sở kết quả chấm điểm và đề nghị của từng Cụm, Khối thi đua, Tổng Giám đốc BHXH Việt Nam vừa ký Quyết "
        "định số 70/QĐ-BHXH ngày 18/1/2021 tặng Cờ Thi đua của BHXH Việt Nam cho các tập thể đã hoàn thành xuất sắc "
        "nhiệm vụ năm 2020.\n\nCụm thi đua số I: Cờ thi đua được trao cho BHXH thành phố Hải Phòng.\n\n"
        "Cụm thi đua số II: BHXH tỉnh Phú Thọ dẫn đầu Cụm và được tặng Cờ thi đua."
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2021-01-22")
        if f["kind"] == "award"
    }
    assert got == {("Hải Phòng", "70/QĐ-BHXH", 2020, 1), ("Phú Thọ", "70/QĐ-BHXH", 2020, 2)}


def test_a_notice_told_over_a_sentence_on_how_it_was_made() -> None:
    lead = "BHXH Việt Nam thông báo đơn vị Cụm trưởng, Cụm phó các Cụm thi đua năm 2021\n\n"
    body = (
        "Ngày 14/3/2021, Bảo hiểm xã hội Việt Nam ban hành Thông báo số 800/TB-BHXH về các đơn vị làm Cụm trưởng, Cụm "
        "phó của các Cụm thi đua khối BHXH tỉnh, thành phố trong năm 2021. Danh sách được xác lập trên cơ sở kết quả "
        "bình bầu tại hội nghị tổng kết năm 2020 của từng Cụm.\n\nTheo Thông báo, việc phân công cụ thể như sau:\n\n"
        "- Cụm thi đua số 1: BHXH tỉnh Lạng Sơn (Cụm trưởng), BHXH tỉnh Cao Bằng (Cụm phó).\n\n"
        "Đối với Cụm thi đua số 5, hội nghị tổng kết năm 2020 của Cụm do BHXH tỉnh Cà Mau tổ chức vào chiều 18/1 tại "
        "tỉnh Cà Mau."
    )
    got = roles(body, lead=lead, published="2021-03-15")
    assert {("Lạng Sơn", "head", 2021), ("Cao Bằng", "deputy", 2021)} <= got


def test_minutes_whose_time_field_gives_no_year() -> None:
    lead = "Biên bản hội nghị tổng kết phong trào thi đua năm 2019 của Cụm thi đua số 4\n\n"
    body = (
        "CỤM THI ĐUA SỐ 4\nCÔNG AN CÁC TỈNH BẮC TRUNG BỘ\n\nBIÊN BẢN\n"
        "Hội nghị tổng kết phong trào thi đua Vì an ninh Tổ quốc năm 2019\n\nI. THỜI GIAN, ĐỊA ĐIỂM\n"
        "Vào hồi 08 giờ 00 ngày 26/12, tại Hội trường Công an tỉnh Hà Tĩnh. Công an tỉnh Hà Tĩnh đăng cai tổ chức "
        "hội nghị.\n"
    )
    out = facts(body, lead=lead, published="2019-12-28")
    assert [(f["date"], f["reviews_year"], f["location"]) for f in out if f["kind"] == "conference"] == [
        ("2019-12-26", 2019, "Hà Tĩnh")
    ]


def test_a_plain_text_annex_table_under_award_section_lines() -> None:
    lead = "Tặng Cờ thi đua cho các Sở Thông tin và Truyền thông có thành tích xuất sắc năm 2015\n\n"
    body = (
        "Xét đề nghị của Trưởng các Cụm thi đua Sở Thông tin và Truyền thông và Vụ trưởng Vụ Thi đua - Khen thưởng,\n\n"
        "Điều 1. Tặng Cờ thi đua của Bộ Thông tin và Truyền thông cho 2 Sở đã dẫn đầu phong trào thi đua năm 2015 "
        "(có danh sách kèm theo).\n\nPHỤ LỤC\n(Kèm theo Quyết định số 70/QĐ-BTTTT ngày 16/01/2016 của Bộ trưởng Bộ "
        "Thông tin và Truyền thông)\n\nI. CỜ THI ĐUA CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG (02 tập thể)\n"
        "STT | Đơn vị | Cụm thi đua\n1 | Sở TT&TT tỉnh Tuyên Quang | Cụm số I\n2 | Sở TT&TT tỉnh Khánh Hòa | Cụm số V\n"
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2016-01-20")
        if f["kind"] == "award"
    }
    assert got == {("Tuyên Quang", "70/QĐ-BTTTT", 2015, 1), ("Khánh Hòa", "70/QĐ-BTTTT", 2015, 5)}


def test_results_under_cluster_heading_lines_with_a_later_basis() -> None:
    lead = "Kết quả khen thưởng phong trào thi đua năm 2020 theo từng Cụm thi đua của Ngành BHXH\n\n"
    body = (
        "Ngày 18/01/2021, Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 77/QĐ-BHXH tặng Cờ thi đua cho các tập thể "
        "có thành tích xuất sắc, dẫn đầu phong trào thi đua năm 2020.\n\n"
        "Năm 2020, toàn Ngành có 63 BHXH tỉnh, thành phố. Việc chấm điểm được tiến hành công khai tại hội nghị của "
        "từng Cụm; trên cơ sở đề nghị của các Cụm thi đua, danh sách khen thưởng được công bố như sau.\n\n"
        "Cụm thi đua số I\n\nBHXH tỉnh Lào Cai tiếp tục dẫn đầu Cụm với tỷ lệ bao phủ BHYT đạt trên 96% và được tặng "
        "Cờ thi đua.\n\nCụm thi đua số V\n\nBHXH tỉnh Quảng Nam được tặng Cờ thi đua."
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2021-01-22")
        if f["kind"] == "award"
    }
    assert got == {("Lào Cai", "77/QĐ-BHXH", 2020, 1), ("Quảng Nam", "77/QĐ-BHXH", 2020, 5)}


def test_an_annex_list_under_cluster_section_lines_of_clusters_votes() -> None:
    lead = "Bộ Tài chính tặng Cờ thi đua cho các Cục Thuế dẫn đầu Cụm năm 2019\n\n"
    body = (
        "Điều 1. Tặng Cờ thi đua của Bộ Tài chính cho 3 tập thể đã được các Cụm thi đua suy tôn là đơn vị dẫn đầu "
        "phong trào thi đua năm 2019 (có danh sách kèm theo).\n\n"
        "DANH SÁCH TẬP THỂ ĐƯỢC TẶNG CỜ THI ĐUA CỦA BỘ TÀI CHÍNH\n"
        "(Kèm theo Quyết định số 115/QĐ-BTC ngày 14/01/2020 của Bộ trưởng Bộ Tài chính)\n\n"
        "I. Cụm thi đua số 2 (Cụm trưởng năm 2019: Cục Thuế tỉnh Thái Bình)\n   1. Cục Thuế tỉnh Nam Định\n\n"
        "II. Cụm thi đua số 6\n   1. Cục Thuế tỉnh Khánh Hòa\n   2. Cục Thuế tỉnh Ninh Thuận\n"
    )
    got = {
        (f["recipient"]["province"], f["decision"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2020-01-16")
        if f["kind"] == "award"
    }
    assert got == {
        ("Nam Định", "115/QĐ-BTC", 2019, 2), ("Khánh Hòa", "115/QĐ-BTC", 2019, 6), ("Ninh Thuận", "115/QĐ-BTC", 2019, 6)
    }


def test_a_list_of_each_clusters_proposals_opened_by_the_next_sentence() -> None:
    lead = "Tổng cục Thuế khen thưởng các Cục Thuế có thành tích xuất sắc năm 2019\n\n"
    body = (
        "Tổng cục trưởng Tổng cục Thuế đã ký Quyết định số 75/QĐ-TCT tặng Bằng khen cho các tập thể có thành tích "
        "xuất sắc, xếp thứ hai tại các Cụm. Danh sách do từng Cụm đề nghị và được Tổng cục trưởng chấp thuận gồm:\n"
        "- Cụm thi đua số 2: Cục Thuế tỉnh Hà Nam và Chi cục Thuế thành phố Phủ Lý (thuộc Cục Thuế tỉnh Hà Nam);\n"
        "- Cụm thi đua số 6: Cục Thuế tỉnh Phú Yên.\n"
    )
    got = {
        (f["recipient"]["province"], f["decision"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2020-01-16")
        if f["kind"] == "award"
    }
    assert got == {("Hà Nam", "75/QĐ-TCT", 2), ("Phú Yên", "75/QĐ-TCT", 6)}


def test_award_labels_under_cluster_headings_of_a_list_of_the_clusters_proposals() -> None:
    lead = "Các tập thể được tôn vinh trong phong trào thi đua năm 2021 của ngành BHXH\n\n"
    body = (
        "Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 66/QĐ-BHXH tặng Cờ thi đua cho các đơn vị dẫn đầu và Bằng "
        "khen cho các đơn vị xuất sắc trong từng Cụm.\n\n"
        "Danh sách được khen, theo đề nghị của từng Cụm thi đua, như sau:\n"
        "Cụm thi đua số II (các tỉnh đồng bằng)\n"
        "Cờ thi đua: BHXH tỉnh Thái Bình. Bằng khen của Tổng Giám đốc: BHXH tỉnh Hà Nam và BHXH tỉnh Ninh Bình.\n"
        "Cụm thi đua số VI (Tây Nguyên)\n"
        "Cụm thi đua số VI gồm BHXH 5 tỉnh Tây Nguyên.\n"
        "BHXH tỉnh Lâm Đồng được tặng Bằng khen.\n"
    )
    got = {
        (f["award"], f["recipient"]["province"], f["decision"], f["year"], (f["cluster"] or {}).get("number"))
        for f in facts(body, lead=lead, published="2022-01-20")
        if f["kind"] == "award"
    }
    assert got == {
        ("emulation_flag", "Thái Bình", "66/QĐ-BHXH", 2021, 2),
        ("certificate_of_merit", "Hà Nam", "66/QĐ-BHXH", 2021, 2),
        ("certificate_of_merit", "Ninh Bình", "66/QĐ-BHXH", 2021, 2),
        ("certificate_of_merit", "Lâm Đồng", "66/QĐ-BHXH", 2021, 6),
    }


def test_a_year_compared_with_lends_no_year_to_the_table_below() -> None:
    lead = "BHXH Việt Nam phân công Cụm trưởng, Cụm phó năm 2020\n\n"
    body = (
        "Ngày 10/3/2020, Tổng Giám đốc BHXH Việt Nam ký Quyết định số 301/QĐ-BHXH giao nhiệm vụ Cụm trưởng, Cụm phó "
        "năm 2020 cho BHXH các tỉnh.\n\n"
        "1. Các Cụm số I, II giữ nguyên thành phần như năm 2019, Cụm trưởng, Cụm phó theo phụ lục.\n\n"
        "2. Cụm số VII được phân công như sau:\n\n"
        "| Cụm | Cụm trưởng | Cụm phó |\n|---|---|---|\n"
        "| Cụm số VII | BHXH tỉnh Kon Tum | BHXH tỉnh Gia Lai |\n"
    )
    assert roles(body, lead=lead, published="2020-03-12") == {("Kon Tum", "head", 2020), ("Gia Lai", "deputy", 2020)}


def test_the_meeting_a_plan_rests_on_is_no_mid_year_review_and_not_the_pages_year() -> None:
    lead = "Cụm thi đua số 3 ban hành kế hoạch hoạt động năm 2023\n\n"
    body = (
        "Ngày 20/2/2023, Cụm thi đua số 3, Bộ Công an ban hành kế hoạch hoạt động của Cụm trong năm 2023, phân công "
        "đơn vị đăng cai từng hoạt động và thời gian thực hiện cụ thể.\n\n"
        "Cụm thi đua số 3 gồm Công an 5 tỉnh: Hà Nam, Nam Định, Ninh Bình, Thái Bình và Hưng Yên.\n\n"
        "Kế hoạch được xây dựng trên cơ sở kết quả Hội nghị tổng kết năm 2022 của Cụm, tổ chức ngày 12/1/2023 tại "
        "Công an tỉnh Ninh Bình, do Công an tỉnh Ninh Bình (Cụm trưởng năm 2022) đăng cai.\n"
    )
    out = facts(body, lead=lead, published="2023-02-24")
    assert [(f["type"], f["reviews_year"]) for f in out if f["kind"] == "conference"] == [("year_end", 2022)]
    assert {f["year"] for f in out if f["kind"] == "membership"} == {2023}


def test_a_january_meeting_followed_by_the_year_its_head_led() -> None:
    lead = "Các Khối thi đua của ngành Ngân hàng tổng kết năm\n\n"
    body = (
        "Riêng Khối thi đua số 4 (gồm NHNN chi nhánh các tỉnh từ Quảng Bình đến Bình Định), hội nghị tổng kết diễn ra "
        "ngày 9/1 tại tỉnh Quảng Nam. Năm 2020, NHNN chi nhánh tỉnh Quảng Nam làm Khối trưởng; các đơn vị trong Khối "
        "hoàn thành tốt chỉ tiêu tín dụng.\n"
    )
    out = facts(body, lead=lead, published="2021-02-01")
    assert [(f["date"], f["reviews_year"]) for f in out if f["kind"] == "conference"] == [("2021-01-09", 2020)]


def test_members_in_the_text_of_rules_adopted_early_the_next_year() -> None:
    lead = "Cụm thi đua số VI ban hành Quy chế hoạt động năm 2016\n\n"
    body = (
        "Ngày 25/2/2016, tại KBNN tỉnh Bến Tre, Cụm thi đua số VI đã tổ chức hội nghị tổng kết phong trào thi đua năm "
        "2015, đồng thời thông qua Quy chế hoạt động của Cụm.\n\n"
        "Một số nội dung chính của Quy chế:\n\n"
        "Điều 2. Thành viên của Cụm\nCụm thi đua số VI gồm 4 đơn vị: KBNN các tỉnh Bến Tre, Trà Vinh, Vĩnh Long và "
        "Đồng Tháp.\n"
    )
    out = facts(body, lead=lead, published="2016-03-01")
    assert {f["year"] for f in out if f["kind"] == "membership"} == {2016}


def test_minutes_whose_members_attend_through_people_with_one_away() -> None:
    lead = "Biên bản hội nghị Cụm thi đua số 2 đánh giá phong trào thi đua năm 2015\n\n"
    body = (
        "BIÊN BẢN HỘI NGHỊ\n\nI. THỜI GIAN, ĐỊA ĐIỂM\n- Thời gian: 8 giờ 00, ngày 04/12/2015.\n"
        "- Địa điểm: Hội trường Hội CCB tỉnh Hà Giang.\n\nII. THÀNH PHẦN\n"
        "1. Đại biểu mời: đại diện Trung ương Hội CCB Việt Nam.\n2. Các đơn vị trong Cụm:\n"
        " - Đồng chí A, Chủ tịch Hội CCB tỉnh Hà Giang;\n - Đồng chí B, Chủ tịch Hội CCB tỉnh Tuyên Quang;\n"
        " - Đồng chí C, Phó Chủ tịch Hội CCB tỉnh Cao Bằng.\n - Vắng: Hội CCB tỉnh Bắc Kạn (có lý do).\n"
    )
    out = facts(body, lead=lead, published="2015-12-08")
    got = {(f["member"]["province"], f["year"]) for f in out if f["kind"] == "membership"}
    assert got == {("Hà Giang", 2015), ("Tuyên Quang", 2015), ("Cao Bằng", 2015), ("Bắc Kạn", 2015)}


def test_an_attendance_bullet_wrapped_inside_a_name() -> None:
    lead = "Biên bản hội nghị Khối thi đua số 3 các Đài PT-TH năm 2018\n\n"
    body = (
        "BIÊN BẢN HỘI NGHỊ\n\nI. Thời gian, địa điểm\nHồi 8 giờ, ngày 15/01/2019, tại Đài PT-TH tỉnh Sơn La.\n\n"
        "II. Thành phần tham dự\n- Lãnh đạo Đài PT-TH các tỉnh: Sơn La, Điện Biên, Lai\nChâu, Hòa Bình và Yên Bái.\n"
    )
    out = facts(body, lead=lead, published="2019-01-18")
    got = {f["member"]["province"] for f in out if f["kind"] == "membership"}
    assert got == {"Sơn La", "Điện Biên", "Lai Châu", "Hòa Bình", "Yên Bái"}


def test_a_decision_applied_from_a_year_and_a_list_after_its_agency_count_and_region() -> None:
    lead = "Bộ Tư pháp ban hành quyết định thành lập các Cụm thi đua năm 2019\n\n"
    body = (
        "Ngày 05/3/2019, Bộ trưởng Bộ Tư pháp đã ký Quyết định số 410/QĐ-BTP thành lập các Cụm thi đua, thay thế văn "
        "bản ban hành năm 2016. Quyết định được áp dụng cho việc chấm điểm, bình xét thi đua kể từ năm 2019.\n\n"
        "PHỤ LỤC\n(Kèm theo Quyết định số 410/QĐ-BTP ngày 05/3/2019 của Bộ trưởng Bộ Tư pháp)\n\n"
        "1. Cụm thi đua số II gồm Sở Tư pháp 4 tỉnh Tây Bắc:\nLào Cai, Yên Bái, Điện Biên, Lai Châu.\n"
        "- Cụm trưởng: Sở Tư pháp tỉnh Yên Bái.\n"
    )
    out = facts(body, lead=lead, published="2019-03-08")
    assert {(f["member"]["province"], f["year"]) for f in out if f["kind"] == "membership"} == {
        ("Lào Cai", 2019), ("Yên Bái", 2019), ("Điện Biên", 2019), ("Lai Châu", 2019)
    }
    assert {(f["member"]["province"], f["year"]) for f in out if f["kind"] == "role"} == {("Yên Bái", 2019)}


def _number(cluster: dict | None) -> int | None:
    return cluster["number"] if cluster else None


def _awards(out: list[dict]) -> set[tuple]:
    """(award, status, province, year, decision, cluster number) of each award fact."""
    return {
        (f["award"], f["status"], f["recipient"]["province"], f["year"], f["decision"], _number(f["cluster"]))
        for f in out
        if f["kind"] == "award"
    }


def test_numbered_award_items_of_an_annex_under_cluster_sections() -> None:
    lead = "Quyết định về việc tặng Cờ thi đua và Bằng khen cho các tập thể thuộc Cụm thi đua năm 2019\n\n"
    body = (
        "Xét đề nghị của Trưởng các Cụm thi đua và Vụ trưởng Vụ Thi đua - Khen thưởng,\n\n"
        "Điều 1. Tặng Cờ thi đua của Bộ Thông tin và Truyền thông và Bằng khen của Bộ trưởng cho các tập thể có tên "
        "trong Phụ lục kèm theo, đã có thành tích xuất sắc dẫn đầu phong trào thi đua năm 2019.\n\n"
        "PHỤ LỤC\n(Kèm theo Quyết định số 1990/QĐ-BTTTT ngày 27/12/2019 của Bộ trưởng Bộ Thông tin và Truyền thông)\n\n"
        "I. Cụm thi đua số II (các Sở TT&TT đồng bằng sông Hồng)\n\n"
        "1. Cờ thi đua: Sở TT&TT tỉnh Nam Định (Cụm trưởng).\n\n"
        "2. Bằng khen: Sở TT&TT tỉnh Ninh Bình (Cụm phó); Sở TT&TT tỉnh Hà Nam.\n"
    )
    assert _awards(facts(body, lead=lead, published="2019-12-30")) == {
        ("emulation_flag", "conferred", "Nam Định", 2019, "1990/QĐ-BTTTT", 2),
        ("certificate_of_merit", "conferred", "Ninh Bình", 2019, "1990/QĐ-BTTTT", 2),
        ("certificate_of_merit", "conferred", "Hà Nam", 2019, "1990/QĐ-BTTTT", 2),
    }


def test_a_units_honours_told_after_a_colon_and_under_year_headings() -> None:
    lead = "Cục Hải quan tỉnh Cao Bằng đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Sáng 5/3, Cục Hải quan tỉnh Cao Bằng tổ chức lễ đón nhận Cờ thi đua của Chính phủ và triển khai nhiệm vụ năm "
        "2019.\n\nNhững năm qua, tập thể Cục Hải quan tỉnh Cao Bằng đã được ghi nhận bằng nhiều phần thưởng: Bằng khen "
        "của Thủ tướng Chính phủ vì thành tích năm 2014; Cờ thi đua của Bộ Tài chính vì thành tích năm 2015 và năm "
        "2017; Huân chương Lao động hạng Ba vì thành tích giai đoạn 2010-2014.\n"
    )
    got = {(a, s, p, y) for a, s, p, y, _d, _c in _awards(facts(body, lead=lead, published="2019-03-07"))}
    assert got == {
        ("certificate_of_merit", "conferred", "Cao Bằng", 2014),
        ("emulation_flag", "conferred", "Cao Bằng", 2015),
        ("emulation_flag", "conferred", "Cao Bằng", 2017),
    }
    lead = "THÀNH TÍCH KHEN THƯỞNG CỦA CỤC THUẾ TỈNH BẮC GIANG GIAI ĐOẠN 2012 - 2016\n\n"
    body = (
        "Được thành lập năm 1997, Cục Thuế tỉnh Bắc Giang luôn hoàn thành nhiệm vụ thu ngân sách trên địa bàn. "
        "Dưới đây là các hình thức khen thưởng cấp Bộ trở lên mà đơn vị đã được tặng trong những năm gần đây.\n\n"
        "Năm 2012:\n- Bằng khen của Bộ trưởng Bộ Tài chính về thành tích hoàn thành xuất sắc nhiệm vụ năm 2012 "
        "(Quyết định số 512/QĐ-BTC ngày 01/3/2013).\n\nNăm 2014:\n- Cờ thi đua của Tổng cục Thuế.\n"
        "- Bằng khen của Thủ tướng Chính phủ (Quyết định số 1710/QĐ-TTg ngày 02/11/2015), ghi nhận thành tích từ năm "
        "2012 đến năm 2014.\n"
    )
    assert _awards(facts(body, lead=lead, published="2017-03-01")) == {
        ("certificate_of_merit", "conferred", "Bắc Giang", 2012, "512/QĐ-BTC", None),
        ("emulation_flag", "conferred", "Bắc Giang", 2014, None, None),
        ("certificate_of_merit", "conferred", "Bắc Giang", None, "1710/QĐ-TTg", None),
    }


def test_a_province_portal_on_its_own_agencies_named_without_the_province() -> None:
    lead = "Nhiều tập thể của tỉnh Hà Tĩnh được các bộ, ngành Trung ương khen thưởng\n\n"
    body = (
        "(HTO) - Ghi nhận những kết quả đạt được trong phong trào thi đua năm 2021, nhiều sở, ngành của tỉnh vừa được "
        "các bộ, ngành khen thưởng với những hình thức cao.\n\n"
        "Ngành tài chính có hai đơn vị được vinh danh. Cục Thuế tỉnh nhận Bằng khen của Bộ trưởng Bộ Tài chính nhờ thu "
        "ngân sách vượt dự toán. Bộ trưởng Bộ Y tế trao tặng Bằng khen cho Sở Y tế tỉnh vì những đóng góp trong công "
        "tác phòng, chống dịch.\n"
    )
    out = facts(body, lead=lead, published="2022-02-20")
    got = {(f["recipient"]["org"], f["recipient"]["province"], f["year"]) for f in out if f["kind"] == "award"}
    assert got == {("Cục Thuế tỉnh", "Hà Tĩnh", 2021), ("Sở Y tế", "Hà Tĩnh", 2021)}


def test_a_units_own_review_of_its_union_work_is_no_cluster_meeting() -> None:
    lead = "LĐLĐ tỉnh Kon Tum nhận Cờ thi đua xuất sắc của Tổng Liên đoàn\n\n"
    body = (
        "Ngày 18-1, LĐLĐ tỉnh Kon Tum tổ chức tổng kết hoạt động công đoàn năm 2012, triển khai nhiệm vụ năm 2013. "
        "Năm 2012, LĐLĐ Kon Tum là đơn vị dẫn đầu Cụm thi đua số 5 gồm LĐLĐ 5 tỉnh Tây Nguyên.\n"
    )
    assert [f for f in facts(body, lead=lead, published="2013-01-21") if f["kind"] == "conference"] == []


def test_a_list_bridged_over_a_long_reason_and_a_sibling_decision_told_later() -> None:
    lead = "Tặng Cờ thi đua năm 2018 cho các đơn vị dẫn đầu các Cụm thi đua trong ngành BHXH\n\n"
    body = (
        "(TCBHXH) - Tổng Giám đốc BHXH Việt Nam vừa ký Quyết định số 140/QĐ-BHXH ngày 25/01/2019 về việc tặng Cờ thi "
        "đua năm 2018 cho các tập thể có thành tích xuất sắc.\n\n"
        "Theo Quyết định, 2 đơn vị BHXH cấp tỉnh được tặng Cờ thi đua vì đã hoàn thành xuất sắc, toàn diện các chỉ "
        "tiêu được giao trong năm 2018, nhất là chỉ tiêu phát triển người tham gia bảo hiểm y tế và giảm số tiền chậm "
        "đóng. Danh sách cụ thể theo từng Cụm như sau:\n\n"
        "- Cụm thi đua số I: BHXH tỉnh Sơn La (đồng thời là Cụm trưởng năm 2018).\n\n"
        "- Cụm thi đua số II: BHXH tỉnh Nam Định.\n\n"
        "Điểm số của từng đơn vị được gửi về Cụm để đối chiếu.\n\n"
        "Cùng ngày, Tổng Giám đốc cũng ký Quyết định số 141/QĐ-BHXH tặng Bằng khen của Tổng Giám đốc BHXH Việt Nam cho "
        "các đơn vị xếp thứ hai trong Cụm, gồm: BHXH tỉnh Điện Biên (Cụm I) và BHXH tỉnh Hà Nam (Cụm II).\n"
    )
    out = facts(body, lead=lead, published="2019-01-30")
    got = {(a, p, y, d) for a, _s, p, y, d, _c in _awards(out)}
    assert got == {
        ("emulation_flag", "Sơn La", 2018, "140/QĐ-BHXH"),
        ("emulation_flag", "Nam Định", 2018, "140/QĐ-BHXH"),
        ("certificate_of_merit", "Điện Biên", 2018, "141/QĐ-BHXH"),
        ("certificate_of_merit", "Hà Nam", 2018, "141/QĐ-BHXH"),
    }
    got_roles = {(f["member"]["province"], f["role"], f["year"]) for f in out if f["kind"] == "role"}
    assert ("Sơn La", "head", 2018) in got_roles


def test_a_conferral_on_a_clusters_proposal_told_before_the_clause() -> None:
    lead = "Công an tỉnh Nghệ An đón nhận Cờ thi đua của Bộ Công an\n\n"
    body = (
        "Cũng tại buổi lễ, theo đề nghị của Cụm thi đua số 4, Bộ trưởng Bộ Công an đã tặng Cờ thi đua của Bộ Công an "
        "năm 2022 cho Công an tỉnh Nghệ An (Quyết định số 905/QĐ-BCA ngày 20/02/2023). Trong đợt này, Bộ trưởng cũng "
        "tặng Bằng khen cho Công an tỉnh Hà Tĩnh, đơn vị xếp thứ hai của Cụm năm 2022.\n"
    )
    got = {(a, s, p, y) for a, s, p, y, _d, _c in _awards(facts(body, lead=lead, published="2023-03-10"))}
    assert got == {
        ("emulation_flag", "conferred", "Nghệ An", 2022),
        ("certificate_of_merit", "conferred", "Hà Tĩnh", 2022),
    }


def test_annex_items_labelled_by_cluster_under_an_award_section() -> None:
    lead = "Khen thưởng các đơn vị dẫn đầu Cụm, Khối thi đua địa phương năm 2012\n\n"
    body = (
        "Quyết định được ban hành trên cơ sở kết quả bình xét, suy tôn của các Cụm, Khối, đề nghị của Trưởng các Cụm, "
        "Khối thi đua.\n\nPHỤ LỤC\nDANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG THÀNH TÍCH NĂM 2012\n"
        "(Kèm theo Quyết định số 310/QĐ-BTTTT ngày 20/02/2013 của Bộ trưởng Bộ Thông tin và Truyền thông)\n\n"
        "I. CỜ THI ĐUA CỦA BỘ THÔNG TIN VÀ TRUYỀN THÔNG (02 tập thể)\n"
        "1. Cụm thi đua số III: Sở Thông tin và Truyền thông tỉnh Nam Định;\n"
        "2. Khối các Đài Phát thanh - Truyền hình, Cụm số 2: Đài PT-TH tỉnh Long An.\n\n"
        "II. BẰNG KHEN CỦA BỘ TRƯỞNG (02 tập thể)\n"
        "Cụm thi đua số VI: Sở TT&TT tỉnh Kon Tum; Sở TT&TT tỉnh\nGia Lai.\n"
    )
    out = facts(body, lead=lead, published="2013-02-25")
    got = {(a, p, y, d, c) for a, _s, p, y, d, c in _awards(out)}
    assert got == {
        ("emulation_flag", "Nam Định", 2012, "310/QĐ-BTTTT", 3),
        ("emulation_flag", "Long An", 2012, "310/QĐ-BTTTT", 2),
        ("certificate_of_merit", "Kon Tum", 2012, "310/QĐ-BTTTT", 6),
        ("certificate_of_merit", "Gia Lai", 2012, "310/QĐ-BTTTT", 6),
    }
    station = next(f for f in out if f["kind"] == "award" and f["recipient"]["province"] == "Long An")
    assert station["cluster"]["bloc"] == station["recipient"]["org"]


def test_a_venue_ends_where_the_meeting_elects() -> None:
    body = (
        "Hội nghị tổng kết năm 2019 của Cụm thi đua số I diễn ra ngày 15/12/2019 tại tỉnh Hà Giang cũng đã bầu Sở "
        "TT&TT tỉnh Tuyên Quang làm Cụm trưởng năm 2020.\n"
    )
    out = facts(body, lead="Cụm thi đua số I các Sở TT&TT tổng kết năm 2019\n\n", published="2019-12-20")
    assert [f["location"] for f in out if f["kind"] == "conference"] == ["Hà Giang"]


def test_members_in_two_parts_one_uncounted_after_the_whole_counted() -> None:
    body = (
        "Cụm thi đua số VI gồm Sở Tư pháp 6 tỉnh Nam Trung Bộ và Tây Nguyên. Các tỉnh duyên hải trong Cụm là Phú "
        "Yên, Bình Định và Khánh Hoà.\n\nBa tỉnh còn lại là Kon Tum, Gia Lai và Lâm Đồng.\n"
    )
    lead = "Cụm thi đua số VI các Sở Tư pháp tổng kết năm 2018\n\n"
    out = facts(body, lead=lead, published="2018-12-12")
    got = {f["member"]["province"] for f in out if f["kind"] == "membership"}
    assert got == {"Phú Yên", "Bình Định", "Khánh Hòa", "Kon Tum", "Gia Lai", "Lâm Đồng"}


def test_honours_in_bullets_labelled_by_year_on_the_units_own_page() -> None:
    lead = "Cục Thuế tỉnh Quảng Nam đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Chiều 12/5, Cục Thuế tỉnh Quảng Nam tổ chức Lễ đón nhận Cờ thi đua của Chính phủ. Thành tích năm 2021 của "
        "đơn vị gắn với Cụm thi đua số 4 (gồm Cục Thuế các tỉnh Quảng Ngãi, Bình Định và Phú Yên).\n\n"
        "Theo báo cáo thành tích đọc tại buổi lễ, đơn vị đã được khen thưởng:\n\n"
        "- Năm 2018: Bằng khen của Bộ trưởng Bộ Tài chính (Quyết định số 1650/QĐ-BTC);\n\n"
        "- Năm 2019: Cờ thi đua của Bộ Tài chính;\n"
    )
    got = {(a, p, y, d) for a, _s, p, y, d, _c in _awards(facts(body, lead=lead, published="2022-05-14"))}
    assert {
        ("certificate_of_merit", "Quảng Nam", 2018, "1650/QĐ-BTC"), ("emulation_flag", "Quảng Nam", 2019, None)
    } <= got


def test_an_annex_table_with_a_column_of_proposing_clusters_and_blocs() -> None:
    lead = "Tặng Cờ thi đua, Bằng khen của Tổng Giám đốc cho các tập thể có thành tích năm 2022\n\n"
    body = (
        "Ngày 10/3/2023, Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 350/QĐ-BHXH về việc khen thưởng các tập thể "
        "hoàn thành xuất sắc nhiệm vụ năm 2022.\n\n(Kèm theo Quyết định số 350/QĐ-BHXH ngày 10/3/2023)\n\n"
        "| STT | Tên tập thể | Hình thức khen thưởng | Cụm/Khối thi đua đề nghị |\n|---|---|---|---|\n"
        "| 1 | BHXH tỉnh Hà Tĩnh | Cờ thi đua | Cụm thi đua số 4 |\n"
        "| 2 | BHXH tỉnh Tây Ninh | Bằng khen | Cụm thi đua số 7 |\n\n"
        "Đồng thời, BHXH Việt Nam đã hoàn thiện hồ sơ, trình Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ năm "
        "2022 cho BHXH tỉnh Hà Tĩnh.\n"
    )
    got = {(a, s, p, c) for a, s, p, _y, _d, c in _awards(facts(body, lead=lead, published="2023-03-15"))}
    assert got == {
        ("emulation_flag", "conferred", "Hà Tĩnh", 4),
        ("certificate_of_merit", "conferred", "Tây Ninh", 7),
        ("emulation_flag", "proposed", "Hà Tĩnh", None),
    }


def test_bare_provinces_standing_for_the_counted_agencies() -> None:
    lead = "Bộ TT&TT trao Cờ thi đua cho các Sở dẫn đầu các cụm thi đua năm 2020\n\n"
    body = (
        "Cùng ngày, Quyết định số 98/QĐ-BTTTT tặng Bằng khen của Bộ trưởng về thành tích năm 2020 cho 3 Sở xếp sau đơn "
        "vị dẫn đầu ở từng cụm, cụ thể: Yên Bái và Hà Giang (Cụm I); Thái Nguyên (Cụm II). Sở TT&TT Lào Cai dẫn đầu "
        "Cụm thi đua số I.\n"
    )
    got = {(a, p, y, d) for a, _s, p, y, d, _c in _awards(facts(body, lead=lead, published="2021-01-26"))}
    assert got == {
        ("certificate_of_merit", "Yên Bái", 2020, "98/QĐ-BTTTT"),
        ("certificate_of_merit", "Hà Giang", 2020, "98/QĐ-BTTTT"),
        ("certificate_of_merit", "Thái Nguyên", 2020, "98/QĐ-BTTTT"),
    }


def test_an_award_received_in_the_years_listed() -> None:
    lead = "Đài Phát thanh và Truyền hình Cà Mau: 30 năm xây dựng và phát triển\n\n"
    body = (
        "Sáng 9/10, Đài Phát thanh và Truyền hình Cà Mau tổ chức lễ kỷ niệm 30 năm ngày thành lập. Đài là thành viên "
        "Cụm thi đua số 8 khối các Đài PT-TH. Đài còn nhận Cờ thi đua của Bộ Thông tin và Truyền thông các năm 2013 và "
        "2016.\n"
    )
    got = {(a, p, y) for a, _s, p, y, _d, _c in _awards(facts(body, lead=lead, published="2020-10-10"))}
    assert got == {("emulation_flag", "Cà Mau", 2013), ("emulation_flag", "Cà Mau", 2016)}


def test_results_under_cluster_title_lines_of_an_announced_decision() -> None:
    lead = "Bộ TT&TT khen thưởng các Sở TT&TT tiêu biểu của các Cụm thi đua năm 2021\n\n"
    body = (
        "Bộ trưởng Bộ TT&TT vừa ký quyết định khen thưởng các tập thể dẫn đầu và có thành tích xuất sắc trong phong "
        "trào thi đua năm 2021 của các Cụm thi đua khối Sở Thông tin và Truyền thông.\n\n"
        "Ngày 28/12/2021, Bộ trưởng Bộ TT&TT ký Quyết định số 2050/QĐ-BTTTT về việc tặng Cờ thi đua và Bằng khen cho "
        "các Sở Thông tin và Truyền thông. Quyết định được ban hành căn cứ kết quả chấm điểm, bình xét và đề nghị của "
        "các Cụm thi đua. Danh sách khen thưởng được sắp xếp theo từng cụm như sau (trích):\n\n"
        "Cụm thi đua số II:\n- Cờ thi đua: Sở TT&TT tỉnh Thái Nguyên.\n- Bằng khen: các Sở TT&TT Bắc Giang và Tuyên "
        "Quang.\n\nCụm thi đua số VII:\n- Cờ thi đua: Sở TT&TT TP.HCM.\n\n"
        "Cũng trong dịp này, theo Quyết định số 2060/QĐ-BTTTT cùng ngày, Đài Phát thanh và Truyền hình Yên Bái được Bộ "
        "trưởng tặng Bằng khen vì có thành tích xuất sắc năm 2021.\n"
    )
    got = {(a, p, y, d, c) for a, _s, p, y, d, c in _awards(facts(body, lead=lead, published="2022-01-10"))}
    assert got == {
        ("emulation_flag", "Thái Nguyên", 2021, "2050/QĐ-BTTTT", 2),
        ("certificate_of_merit", "Bắc Giang", 2021, "2050/QĐ-BTTTT", 2),
        ("certificate_of_merit", "Tuyên Quang", 2021, "2050/QĐ-BTTTT", 2),
        ("emulation_flag", "Hồ Chí Minh", 2021, "2050/QĐ-BTTTT", 7),
        ("certificate_of_merit", "Yên Bái", 2021, "2060/QĐ-BTTTT", None),
    }


def test_flags_received_in_years_in_brackets_and_a_proposer_named_by_the_next_sentence() -> None:
    lead = "BHXH tỉnh Vĩnh Long đón nhận Cờ thi đua của Chính phủ\n\n"
    body = (
        "Trước khi nhận phần thưởng cao quý này, BHXH tỉnh Vĩnh Long đã 2 lần được Tổng Giám đốc BHXH Việt Nam tặng "
        "Cờ thi đua (năm 2011 và năm 2013).\n\n"
        "Theo Quyết định số 1190/QĐ-BCA ngày 20/2/2020, Bộ trưởng Bộ Công an tặng Cờ thi đua cho Công an tỉnh Hà Tĩnh "
        "vì đã dẫn đầu phong trào thi đua năm 2019. Phần thưởng này được trao trên cơ sở Cụm thi đua số 4 thuộc Bộ "
        "Công an bình xét, suy tôn và đề nghị tại hội nghị cuối năm. Năm 2019, Công an tỉnh Hà Tĩnh đồng thời là "
        "đơn vị Cụm trưởng của Cụm thi đua số 4.\n"
    )
    out = facts(body, lead=lead, published="2020-03-20")
    got = {(a, p, y, c) for a, _s, p, y, _d, c in _awards(out)}
    assert got == {
        ("emulation_flag", "Vĩnh Long", 2011, None),
        ("emulation_flag", "Vĩnh Long", 2013, None),
        ("emulation_flag", "Hà Tĩnh", 2019, 4),
    }
    got_roles = {(f["member"]["province"], f["role"], f["year"]) for f in out if f["kind"] == "role"}
    assert ("Hà Tĩnh", "head", 2019) in got_roles


def test_a_head_in_the_school_year_just_past_has_no_year() -> None:
    body = (
        "Sở GD&ĐT Quảng Trị đồng thời là Cụm trưởng Cụm thi đua số 4 các Sở GD&ĐT khu vực Bắc Trung Bộ trong năm học "
        "vừa qua.\n"
    )
    assert roles(body, lead="Quảng Trị trao thưởng cho các ngành năm 2015\n\n", published="2016-04-21") == {
        ("Quảng Trị", "head", None)
    }


def test_a_notice_whose_title_year_wraps_onto_the_next_line() -> None:
    lead = (
        "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\nSố: 51/TB-TLĐ                     Hà Nội, ngày 10 tháng 3 năm 2017\n\n"
        "THÔNG BÁO\nVề việc phân công đơn vị Cụm trưởng, Cụm phó các Cụm thi đua\ncủa LĐLĐ tỉnh, thành phố năm 2017\n\n"
    )
    body = (
        "Căn cứ Quy chế hoạt động của các Cụm thi đua; căn cứ kết quả bình bầu tại các hội nghị cuối năm 2016 của các "
        "Cụm, Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam thông báo các đơn vị Cụm trưởng, Cụm phó năm 2017 như sau:"
        "\n\n1. Cụm thi đua số 2 (gồm LĐLĐ các tỉnh: Phú Thọ, Tuyên Quang, Yên Bái và Lào Cai):\n"
        "   - LĐLĐ tỉnh Phú Thọ - Cụm trưởng;\n   - LĐLĐ tỉnh Yên Bái - Cụm phó.\n"
    )
    out = facts(body, lead=lead, published="2017-03-10")
    assert {f["year"] for f in out if f["kind"] == "membership"} == {2017}


def test_a_make_up_told_after_theo_ke_hoach_is_the_plans() -> None:
    lead = "Cụm thi đua số IX ban hành kế hoạch thi đua năm 2023\n\n"
    body = (
        "Ngày 14/02/2023, Cục Thống kê tỉnh Gia Lai, đơn vị Cụm trưởng Cụm thi đua số IX thuộc Tổng cục Thống kê, đã "
        "ban hành Kế hoạch số 07/KH-CTK về tổ chức phong trào thi đua năm 2023 của Cụm.\n\n"
        "Theo Kế hoạch, Cụm 9 gồm 03 Cục Thống kê khu vực Tây Nguyên là Kon Tum, Gia Lai và Lâm Đồng. Tại Hội nghị "
        "tổng kết năm 2022 của Cụm, các đơn vị đã suy tôn Cục Thống kê tỉnh Gia Lai làm Cụm trưởng năm 2023.\n"
    )
    out = facts(body, lead=lead, published="2023-02-18")
    assert {f["year"] for f in out if f["kind"] == "membership"} == {2023}


def test_minutes_whose_attendance_bullets_open_with_the_unit() -> None:
    lead = "Biên bản hội nghị đánh giá phong trào thi đua năm 2018 của Cụm thi đua số 3\n\n"
    body = (
        "BIÊN BẢN\n\nHồi 8 giờ 00 phút, ngày 07 tháng 12 năm 2018, tại Hội trường Hội CCB tỉnh Thanh Hóa, Cụm thi đua "
        "số 3 tiến hành hội nghị đánh giá kết quả thi đua năm 2018.\n\n"
        "I. THÀNH PHẦN THAM DỰ\n1. Đại biểu Trung ương Hội: đồng chí A, Phó Trưởng ban.\n"
        "2. Lãnh đạo Hội CCB các tỉnh trong Cụm:\n"
        "   - Hội CCB tỉnh Thanh Hóa: đồng chí B, Chủ tịch.\n   - Hội CCB tỉnh Nghệ An (Cụm phó năm 2018): đồng chí C, "
        "Chủ tịch.\n   - Hội CCB tỉnh Hà Tĩnh: đồng chí D, Phó Chủ tịch.\n"
    )
    out = facts(body, lead=lead, published="2018-12-10")
    got = {(f["member"]["province"], f["year"]) for f in out if f["kind"] == "membership"}
    assert got == {("Thanh Hóa", 2018), ("Nghệ An", 2018), ("Hà Tĩnh", 2018)}


def test_the_signers_of_a_pledge_named_with_the_units_they_lead() -> None:
    lead = "Cụm thi đua số 4 các Sở VHTT&DL ký giao ước thi đua năm 2013\n\n"
    body = (
        "Sáng 22/2, tại TP Thanh Hóa, Sở VHTT&DL tỉnh Thanh Hóa – Cụm trưởng Cụm thi đua số 4 năm 2013 – đã tổ chức "
        "hội nghị đánh giá phong trào thi đua năm 2012 và ký kết giao ước thi đua năm 2013 của Cụm.\n\n"
        "Ký giao ước thi đua năm 2013 có các đồng chí: A, Giám đốc Sở VHTT&DL tỉnh Thanh Hóa; B, Phó Giám đốc Sở "
        "VHTT&DL tỉnh Nghệ An; C, Giám đốc Sở VHTT&DL tỉnh Hà Tĩnh và D, Giám đốc Sở VHTT&DL tỉnh Quảng Bình.\n"
    )
    out = facts(body, lead=lead, published="2013-02-23")
    got = {(f["member"]["province"], f["year"]) for f in out if f["kind"] == "membership"}
    assert got == {("Thanh Hóa", 2013), ("Nghệ An", 2013), ("Hà Tĩnh", 2013), ("Quảng Bình", 2013)}


def test_flags_listed_by_cluster_order_and_an_annex_grantor_not_the_proposed_one() -> None:
    lead = "Tám Sở TT&TT dẫn đầu các cụm nhận Cờ thi đua của Bộ năm 2021\n\n"
    body = (
        "(TTN) - Bộ trưởng Bộ Thông tin và Truyền thông vừa ký Quyết định số 2100/QĐ-BTTTT ngày 29/12/2021 tặng Cờ thi "
        "đua của Bộ cho 2 Sở TT&TT có thành tích xuất sắc nhất, dẫn đầu các cụm thi đua của khối Sở năm 2021.\n\n"
        "Đơn vị nhận Cờ, xếp theo thứ tự cụm:\n- Cụm số I (các tỉnh miền núi phía Bắc): Sở TT&TT Lào Cai;\n"
        "- Cụm số II: Sở TT&TT Thái Nguyên.\n"
    )
    got = {(a, p, y, d) for a, _s, p, y, d, _c in _awards(facts(body, lead=lead, published="2022-01-05"))}
    assert got == {
        ("emulation_flag", "Lào Cai", 2021, "2100/QĐ-BTTTT"), ("emulation_flag", "Thái Nguyên", 2021, "2100/QĐ-BTTTT")
    }
    lead = "Tặng Cờ thi đua của Bộ cho tập thể hoàn thành xuất sắc nhiệm vụ năm 2018\n\n"
    body = (
        "QUYẾT ĐỊNH\n\nĐiều 1. Tặng Cờ thi đua của Bộ Văn hóa, Thể thao và Du lịch cho 02 tập thể đã có thành tích "
        "xuất sắc năm 2018 (có danh sách kèm theo).\n\nĐiều 2. Đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính "
        "phủ năm 2018 cho Sở VHTT&DL tỉnh Phú Thọ.\n\nDANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG\n"
        "(Kèm theo Quyết định số 190/QĐ-BVHTTDL ngày 16/01/2019)\n\n| STT | Tên tập thể | Ghi chú |\n|---|---|---|\n"
        "| I. Cờ thi đua của Bộ |  |  |\n| 1 | Sở VHTT&DL tỉnh Phú Thọ | Dẫn đầu Cụm thi đua số 1 |\n"
        "| 2 | Sở VHTT&DL tỉnh Nghệ An | Dẫn đầu Cụm thi đua số 3 |\n"
    )
    out = facts(body, lead=lead, published="2019-01-20")
    conferred = [f for f in out if f["kind"] == "award" and f["status"] == "conferred"]
    got = {(f["recipient"]["province"], f["grantor"]) for f in conferred}
    assert got == {("Phú Thọ", "Bộ Văn hóa, Thể thao và Du lịch"), ("Nghệ An", "Bộ Văn hóa, Thể thao và Du lịch")}


def test_a_cluster_that_looked_back_on_its_year_on_a_dated_day() -> None:
    lead = "Cụm thi đua số 3 Kho bạc Nhà nước đánh giá phong trào thi đua năm 2020\n\n"
    body = (
        "Ngày 17/12, tại thành phố Vinh (tỉnh Nghệ An), Cụm thi đua số 3 thuộc Kho bạc Nhà nước (KBNN) đã nhìn lại kết "
        "quả thi đua năm 2020. Hội nghị do KBNN Nghệ An đăng cai. Hồi tháng 7, tại hội nghị sơ kết 6 tháng đầu năm tổ "
        "chức ngày 10/7 ở tỉnh Hà Tĩnh, các thành viên đã bổ sung tiêu chí chấm điểm.\n"
    )
    out = facts(body, lead=lead, published="2020-12-19")
    got = {(f["type"], f["date"], f["reviews_year"]) for f in out if f["kind"] == "conference"}
    assert ("year_end", "2020-12-17", 2020) in got


def test_an_annex_section_counted_in_units_after_a_table() -> None:
    lead = "Tặng Cờ thi đua và Bằng khen của Tổng Giám đốc năm 2014\n\n"
    body = (
        "Xét đề nghị của Trưởng các Cụm thi đua thuộc ngành và của Trưởng Ban Thi đua - Khen thưởng,\n\n"
        "Điều 1. Tặng Cờ thi đua của Bảo hiểm xã hội Việt Nam cho 01 đơn vị và Bằng khen của Tổng Giám đốc cho 01 đơn "
        "vị đã hoàn thành xuất sắc nhiệm vụ năm 2014 (có danh sách kèm theo).\n\nPHỤ LỤC\n"
        "(Kèm theo Quyết định số 88/QĐ-BHXH ngày 20/01/2015 của Tổng Giám đốc Bảo hiểm xã hội Việt Nam)\n\n"
        "I. CỜ THI ĐUA (01 đơn vị)\nTT | Tên đơn vị | Cụm, Khối thi đua\n1 | Bảo hiểm xã hội tỉnh Nam Định | Cụm thi "
        "đua số 2\n\nII. BẰNG KHEN CỦA TỔNG GIÁM ĐỐC (01 đơn vị)\n 1. BHXH tỉnh Hải Dương, Cụm thi đua số 2\n"
    )
    got = {(a, p, d, c) for a, _s, p, _y, d, c in _awards(facts(body, lead=lead, published="2015-01-25"))}
    assert got == {
        ("emulation_flag", "Nam Định", "88/QĐ-BHXH", 2), ("certificate_of_merit", "Hải Dương", "88/QĐ-BHXH", 2)
    }


def test_a_count_in_brackets_then_the_list_after_the_colon() -> None:
    lead = "Bộ Tư pháp kiện toàn các Cụm thi đua năm 2020\n\n"
    body = (
        "Trích Điều 1 của Quyết định số 220/QĐ-BTP ngày 10/02/2020:\n\n"
        "1. Cụm thi đua số I (gồm 04 Sở Tư pháp các tỉnh miền núi phía Bắc): Lạng Sơn, Cao Bằng, Hà Giang và Bắc "
        "Kạn.\n\n- Giám đốc Sở Tư pháp tỉnh Lạng Sơn, Cụm trưởng.\n"
    )
    out = facts(body, lead=lead, published="2020-02-15")
    got = {f["member"]["province"] for f in out if f["kind"] == "membership"}
    assert got == {"Lạng Sơn", "Cao Bằng", "Hà Giang", "Bắc Kạn"}


def test_a_decision_told_with_its_own_batch_leaves_the_announced_one_to_the_rest() -> None:
    lead = "Bộ TT&TT tặng Cờ thi đua cho các Sở dẫn đầu các Cụm thi đua năm 2021\n\n"
    body = (
        "Căn cứ kết quả chấm điểm, bình xét và đề nghị của các Cụm thi đua, Bộ trưởng vừa ký Quyết định số 40/QĐ-BTTTT "
        "ngày 12/01/2022 tặng Cờ thi đua của Bộ cho các Sở TT&TT có thành tích xuất sắc trong năm 2021.\n\n"
        "Cụm thi đua số 1 (các tỉnh miền núi phía Bắc)\n"
        "Cờ thi đua được trao cho Sở TT&TT Lào Cai, đơn vị Cụm trưởng năm 2021.\n\n"
        "Ở khối các Đài Phát thanh - Truyền hình địa phương, theo Quyết định số 41/QĐ-BTTTT, Cờ thi đua của Bộ được "
        "tặng cho Đài PT-TH Thái Bình.\n"
    )
    got = {(p, y, d, c) for _a, _s, p, y, d, c in _awards(facts(body, lead=lead, published="2022-01-17"))}
    assert got == {("Lào Cai", 2021, "40/QĐ-BTTTT", 1), ("Thái Bình", 2021, "41/QĐ-BTTTT", None)}


def test_heads_elected_in_minutes_vote_items() -> None:
    lead = "Biên bản hội nghị đánh giá phong trào thi đua năm 2019 của Cụm thi đua số 2\n\n"
    body = (
        "BIÊN BẢN\n\nHồi 8 giờ 00 phút, ngày 10 tháng 12 năm 2019, tại Hội trường Hội CCB tỉnh Lai Châu, Cụm thi đua "
        "số 2 tiến hành hội nghị đánh giá kết quả thi đua năm 2019.\n\nIII. KẾT QUẢ BỎ PHIẾU\n"
        "2. Bầu đơn vị Cụm trưởng, Cụm phó năm 2020:\n"
        "   - Hội CCB tỉnh Yên Bái: 6/6 phiếu, trúng cử Cụm trưởng.\n"
        "   - Hội CCB tỉnh Lào Cai: 5/6 phiếu, trúng cử Cụm phó.\n"
    )
    assert roles(body, lead=lead, published="2019-12-12") >= {("Yên Bái", "head", 2020), ("Lào Cai", "deputy", 2020)}


def test_a_cluster_column_of_a_list_made_on_the_clusters_proposals() -> None:
    lead = "BHXH Việt Nam tặng Cờ thi đua cho các tập thể có thành tích xuất sắc năm 2023\n\n"
    body = (
        "Ngày 29/12/2023, Tổng Giám đốc BHXH Việt Nam đã ký Quyết định số 2800/QĐ-BHXH tặng Cờ thi đua cho các tập thể "
        "có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2023. Danh sách được lập theo đề nghị của Trưởng các Cụm, "
        "Khối thi đua sau khi các Cụm bình xét, suy tôn tại hội nghị tổng kết cuối năm.\n\n"
        "(Kèm theo Quyết định số 2800/QĐ-BHXH ngày 29/12/2023)\n\n"
        "| STT | Tên tập thể | Cụm, Khối thi đua | Hình thức |\n|---|---|---|---|\n"
        "| 1 | BHXH tỉnh Quảng Ninh | Cụm thi đua số 1 | Cờ thi đua |\n"
        "| 2 | BHXH tỉnh Nghệ An | Cụm thi đua số 3 | Cờ thi đua |\n"
    )
    got = {(p, d, c) for _a, _s, p, _y, d, c in _awards(facts(body, lead=lead, published="2024-01-05"))}
    assert got == {("Quảng Ninh", "2800/QĐ-BHXH", 1), ("Nghệ An", "2800/QĐ-BHXH", 3)}


def test_a_second_predicate_of_the_same_subject_gives_it_the_second_award() -> None:
    """"X được Bộ tặng Bằng khen; đồng thời nhận Bằng khen của Chủ tịch UBND tỉnh": X's second award (and its own
    grantor); another unit named between the awards, or a new subject, is not this pattern."""
    body = "Sở TTTT Quảng Trị được Bộ TTTT tặng Bằng khen; đồng thời nhận Bằng khen của Chủ tịch UBND tỉnh."
    assert {(p, g) for p, _, _, g, _ in awards(body)} == {
        ("Quảng Trị", "Bộ Thông tin và Truyền thông"), ("Quảng Trị", "Ủy ban nhân dân tỉnh")
    }
    body = "Năm 2020, Sở TTTT Quảng Trị đã nhận Cờ thi đua của Bộ TTTT và được Thủ tướng Chính phủ tặng Bằng khen."
    assert {(p, a, g) for p, a, _, g, _ in awards(body)} == {
        ("Quảng Trị", "emulation_flag", "Bộ Thông tin và Truyền thông"),
        ("Quảng Trị", "certificate_of_merit", "Chính phủ"),
    }
    others = "Bộ trưởng tặng Cờ thi đua cho Sở TTTT Quảng Trị; các đơn vị khác nhận Bằng khen."
    assert {p for p, *_ in awards(others)} == {"Quảng Trị"}
    assert len(awards("Sở TTTT Quảng Trị nhận Cờ thi đua của Bộ TTTT, Sở TTTT Huế nhận Bằng khen.")) == 2


def test_a_province_pages_agencies_named_bare_when_its_committee_gives_them_awards() -> None:
    """A page whose lead names one province, on the province committee's awards to its own agencies ("Chủ tịch UBND
    tỉnh trao Cờ thi đua của UBND tỉnh cho ..., gồm: Sở Tài chính, ..."): the bare agencies are that province's; not on
    a page about one of our numbered clusters, and "Công an" inside "Bộ Công an" is no unit."""
    lead = (
        "Tuyên Quang tổng kết phong trào thi đua năm 2025\n\nChiều 26/12, UBND tỉnh Tuyên Quang tổng kết năm 2025.\n\n"
    )
    body = (
        "Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh cho các tập thể dẫn đầu các khối thi đua năm 2025, gồm: "
        "Sở Tài chính, Liên đoàn Lao động tỉnh và Sở Nông nghiệp và Môi trường."
    )
    got = {(f["recipient"]["org"], f["recipient"]["province"], f["grantor"], f["year"])
           for f in facts(body, lead=lead, published="2025-12-27") if f["kind"] == "award"}
    assert got == {
        ("Sở Tài chính", "Tuyên Quang", "Ủy ban nhân dân tỉnh", 2025),
        ("Liên đoàn Lao động tỉnh", "Tuyên Quang", "Ủy ban nhân dân tỉnh", 2025),
        ("Sở Nông nghiệp và Môi trường", "Tuyên Quang", "Ủy ban nhân dân tỉnh", 2025),
    }
    cluster_lead = (
        "Cụm thi đua số 3 Công an các tỉnh tổng kết năm 2023\n\nSáng 19/1, tại Công an tỉnh Nghệ An, Cụm họp.\n\n"
    )
    items = (
        "Hội nghị thống nhất đề nghị khen thưởng cho các tập thể sau:\n\n"
        "- Cờ thi đua của Bộ Công an: Công an tỉnh Quảng Bình;\n\n"
        "- Bằng khen của Bộ trưởng Bộ Công an: Công an tỉnh Quảng Trị.\n\n"
        "Dịp này, UBND tỉnh Nghệ An trao Cờ thi đua của UBND tỉnh cho Công an tỉnh Nghệ An."
    )
    got = {(f["recipient"]["province"], f["grantor"]) for f in facts(items, lead=cluster_lead, published="2024-01-20")
           if f["kind"] == "award"}
    assert got == {("Quảng Bình", "Bộ Công an"), ("Quảng Trị", "Bộ Công an"), ("Nghệ An", "Ủy ban nhân dân tỉnh")}


def test_the_president_named_ho_chi_minh_is_no_province() -> None:
    lead = (
        "Quảng Ngãi: Kỷ niệm Ngày thi đua ái quốc\n\nSáng 8/6, UBND tỉnh tổ chức Lễ kỷ niệm 70 năm Ngày Chủ tịch "
        "Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc.\n\n"
    )
    body = "Chủ tịch UBND tỉnh đã trao Cờ thi đua của UBND tỉnh cho Sở Tài chính vì thành tích năm 2017."
    got = {(f["recipient"]["province"], f["grantor"]) for f in facts(body, lead=lead, published="2018-06-09")
           if f["kind"] == "award"}
    assert got == {("Quảng Ngãi", "Ủy ban nhân dân tỉnh")}


def test_a_provinces_decision_annex_of_its_own_awards() -> None:
    """A province's decision ("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH" ... "Về việc tặng Cờ thi đua ...") whose annex sections
    name the committee's awards ("I. CỜ THI ĐUA CỦA UBND TỈNH (02 tập thể)") over bare agencies."""
    text = (
        "ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\n\nSố: 286/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc tặng Cờ thi đua, Bằng khen cho các "
        "tập thể năm 2018\n\nĐiều 1. Tặng Cờ thi đua của UBND tỉnh cho 02 tập thể và Bằng khen của Chủ tịch UBND tỉnh "
        "cho 01 tập thể đã hoàn thành xuất sắc nhiệm vụ năm 2018 (có danh sách kèm theo).\n\n"
        "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG\n(Kèm theo Quyết định số 286/QĐ-UBND ngày 28/01/2019 của Chủ tịch UBND "
        "tỉnh Thái Bình)\n\nI. CỜ THI ĐUA CỦA UBND TỈNH (02 tập thể)\n\n1. Sở Tài chính;\n\n"
        "2. Liên đoàn Lao động tỉnh.\n\nII. BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH (01 tập thể)\n\n1. Sở Tư pháp.\n"
    )
    got = {(f["award"], f["recipient"]["org"], f["recipient"]["province"], f["grantor"], f["year"], f["decision"])
           for f in facts(text, lead="", published="2019-01-29") if f["kind"] == "award"}
    assert got == {
        ("emulation_flag", "Sở Tài chính", "Thái Bình", "Ủy ban nhân dân tỉnh", 2018, "286/QĐ-UBND"),
        ("emulation_flag", "Liên đoàn Lao động tỉnh", "Thái Bình", "Ủy ban nhân dân tỉnh", 2018, "286/QĐ-UBND"),
        ("certificate_of_merit", "Sở Tư pháp", "Thái Bình", "Ủy ban nhân dân tỉnh", 2018, "286/QĐ-UBND"),
    }


def test_a_subject_then_a_comma_and_its_predicate() -> None:
    body = "Mở đầu danh sách là Sở TTTT tỉnh Quảng Trị, được Bộ trưởng Bộ TT&TT tặng Cờ thi đua năm 2022."
    assert awards(body) == {("Quảng Trị", "emulation_flag", "conferred", "Bộ Thông tin và Truyền thông", 2022)}


def test_the_clusters_proposals_told_in_the_sentence_before_a_conferral_list() -> None:
    body = (
        "Các đơn vị được tặng Cờ đều do các Cụm thi đua bình xét, suy tôn và đề nghị tại hội nghị tổng kết của từng "
        "Cụm. Theo Quyết định, Cờ thi đua của Bộ TTTT được tặng cho: Sở TTTT tỉnh Lào Cai (Cụm thi đua số 1), "
        "Sở TTTT tỉnh Phú Thọ (Cụm số 2)."
    )
    got = {(f["recipient"]["province"], (f["cluster"] or {}).get("number")) for f in facts(body)
           if f["kind"] == "award"}
    assert got == {("Lào Cai", 1), ("Phú Thọ", 2)}


def test_a_provinces_committee_proposing_is_no_clusters_proposal() -> None:
    body = "Cũng tại hội nghị, UBND tỉnh thống nhất đề nghị Thủ tướng Chính phủ tặng Cờ thi đua cho Sở TTTT Hà Tĩnh."
    assert [f["cluster"] for f in facts(body) if f["kind"] == "award"] == [None]


def test_a_school_year_in_the_awards_own_clause_lends_it_no_other_clauses_year() -> None:
    body = (
        "Sở KH&CN tỉnh Hà Tĩnh nhận Cờ thi đua của Bộ KH&CN vì đã dẫn đầu Cụm trong năm 2022; Sở GD&ĐT tỉnh Hà Tĩnh "
        "nhận Cờ thi đua của Bộ GD&ĐT do có thành tích xuất sắc trong năm học 2022-2023."
    )
    assert {(f["recipient"]["org"], f["year"]) for f in facts(body) if f["kind"] == "award"} == {
        ("Sở Khoa học và Công nghệ", 2022), ("Sở Giáo dục và Đào tạo", None)
    }


def test_the_states_orders_are_awards_of_the_state_president() -> None:
    """"Huân chương Lao động hạng Ba" (``ontology/orders.yaml``) is an award of type other, always the State
    President's; its year is only one its own reason or name gives (an order rewards years of work)."""
    body = "Năm 2021, Sở TTTT Quảng Trị được Chủ tịch nước tặng Huân chương Lao động hạng Ba."
    assert awards(body) == {("Quảng Trị", "other:Huân chương Lao động hạng Ba", "conferred", "Chủ tịch nước", None)}
    body = "Hội nghị đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Sở TTTT Hà Tĩnh."
    assert awards(body) == {("Hà Tĩnh", "other:Huân chương Lao động hạng Nhì", "proposed", "Chủ tịch nước", None)}
    body = "Sở TTTT Quảng Trị đón nhận Huân chương Bảo vệ Tổ quốc hạng nhất vì thành tích năm 2018."
    assert awards(body) == {
        ("Quảng Trị", "other:Huân chương Bảo vệ Tổ quốc hạng Nhất", "conferred", "Chủ tịch nước", 2018)
    }
    # (an order named without its class is not read; nor is the grantor carried to the next award)
    assert awards("Sở TTTT Quảng Trị đón nhận Huân chương Lao động.") == set()
    body = "Sở TTTT Quảng Trị vinh dự đón nhận Huân chương Lao động hạng Ba và Cờ thi đua của Bộ TTTT năm 2022."
    assert {(a, g) for _, a, _, g, _ in awards(body)} == {
        ("other:Huân chương Lao động hạng Ba", "Chủ tịch nước"), ("emulation_flag", "Bộ Thông tin và Truyền thông")
    }


def test_a_department_named_right_before_its_unit_is_not_the_unit() -> None:
    body = "Phòng Cảnh sát hình sự Công an tỉnh Hưng Yên vinh dự đón nhận Bằng khen của Bộ trưởng Bộ Công an."
    assert awards(body) == set()
    heading = (
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh\n\n"
        "Bộ Chỉ huy BĐBP tỉnh Quảng Bình vinh dự nhận Bằng khen của Bộ Tư lệnh BĐBP."
    )
    assert {p for p, *_ in awards(heading)} == {"Quảng Bình"}


def test_a_units_own_page_of_honours_by_year() -> None:
    """A unit's page: "tập thể Đài được Nhà nước tặng thưởng Huân chương ...", "... cho thành tích năm 2011 và năm
    2019" (one award each year), "Bằng khen của Thủ tướng năm 2009, Bằng khen của Bộ trưởng năm 2012 và ..." (a list of
    the subject's awards), and "Huân chương ... hạng Ba. Năm 2012, ..." (a class, not "bà", ends the sentence)."""
    lead = (
        "Đài PT-TH Hà Tĩnh: 30 năm một chặng đường\n\nSáng 30/9, Đài Phát thanh và Truyền hình tỉnh Hà Tĩnh kỷ niệm "
        "30 năm ngày thành lập.\n\n"
    )
    body = (
        "Ghi nhận những đóng góp ấy, tập thể Đài vinh dự được Nhà nước tặng thưởng Huân chương Lao động hạng "
        "Ba. Năm 2012, Đài hai lần được tặng Cờ thi đua của Chính phủ cho thành tích năm 2011 và năm 2019. Ngoài ra, "
        "Đài còn được tặng Bằng khen của Thủ tướng Chính phủ năm 2009, Bằng khen của Bộ trưởng Bộ TT&TT năm 2012 "
        "và Bằng khen của Chủ tịch UBND tỉnh năm 2014."
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2021-10-01")
           if f["kind"] == "award"}
    assert got == {
        ("other:Huân chương Lao động hạng Ba", "Chủ tịch nước", None),
        ("emulation_flag", "Chính phủ", 2011),
        ("emulation_flag", "Chính phủ", 2019),
        ("certificate_of_merit", "Chính phủ", 2009),
        ("certificate_of_merit", "Bộ Thông tin và Truyền thông", 2012),
        ("certificate_of_merit", "Ủy ban nhân dân tỉnh", 2014),
    }


def test_some_honours_listed_after_the_sentence_naming_the_unit() -> None:
    lead = "Những phần thưởng của Cục Thuế Quảng Ngãi\n\nNgày đăng: 28/08/2017\n\n"
    body = (
        "Ghi nhận những đóng góp đó, Cục Thuế tỉnh Quảng Ngãi đã được Đảng, Nhà nước và các cấp, các ngành trao tặng "
        "nhiều phần thưởng cao quý. Một số hình thức khen thưởng tiêu biểu:\n\n"
        "1. Huân chương Lao động hạng Nhì (Quyết định số 1532/QĐ-CTN ngày 30/7/2015 của Chủ tịch nước).\n"
        "2. Cờ thi đua của Bộ Tài chính năm 2014 và năm 2016.\n"
        "3. Bằng khen của Chủ tịch UBND tỉnh Quảng Ngãi năm 2012 về thành tích thu ngân sách.\n"
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2017-08-28")
           if f["kind"] == "award"}
    assert got == {
        ("other:Huân chương Lao động hạng Nhì", "Chủ tịch nước", None),
        ("emulation_flag", "Bộ Tài chính", 2014),
        ("emulation_flag", "Bộ Tài chính", 2016),
        ("certificate_of_merit", "Ủy ban nhân dân tỉnh", 2012),
    }


def test_a_units_founding_year_is_not_the_pages_year() -> None:
    lead = (
        "Cục Thuế Quảng Ngãi\n\nThành lập từ năm 1990, sau khi tỉnh Quảng Ngãi được tái lập, Cục Thuế tỉnh Quảng "
        "Ngãi đến nay có 15 phòng chức năng và 14 Chi cục Thuế huyện, thành phố trực thuộc trên toàn tỉnh.\n\n"
    )
    body = (
        "Cục Thuế Quảng Ngãi là thành viên Cụm thi đua số 4 thuộc Tổng cục Thuế.\n\n"
        "Với vai trò đơn vị Cụm trưởng, Cục Thuế Quảng Ngãi đã chủ động xây dựng kế hoạch hoạt động."
    )
    assert [f["year"] for f in facts(body, lead=lead, published="2017-08-28") if f["kind"] == "role"] == [None]


def test_a_provinces_committee_agreeing_to_propose_is_no_clusters_proposal() -> None:
    body = (
        "Sở TTTT tỉnh Hà Tĩnh, đơn vị Cụm trưởng Cụm thi đua số 4 năm 2023, được UBND tỉnh thống nhất đề nghị Thủ "
        "tướng Chính phủ tặng Cờ thi đua của Chính phủ năm 2023."
    )
    assert [f["cluster"] for f in facts(body) if f["kind"] == "award"] == [None]


def test_an_annex_tables_caption_after_the_lists_title() -> None:
    text = (
        "QUYẾT ĐỊNH\n\nĐiều 1. Tặng Cờ thi đua của BHXH Việt Nam và Bằng khen của Tổng Giám đốc cho các tập thể có tên "
        "tại Phụ lục I kèm theo Quyết định này, đã hoàn thành xuất sắc nhiệm vụ năm 2015.\n\nPHỤ LỤC I\n\n"
        "Danh sách tập thể được khen thưởng năm 2015 (kèm theo Quyết định số 312/QĐ-BHXH ngày 15/3/2016)\n\n"
        "| STT | Cụm thi đua | Tên tập thể | Hình thức |\n\n|---|---|---|---|\n\n"
        "| 1 | Cụm 1 | BHXH tỉnh Phú Thọ | Cờ thi đua |\n\n| 2 | BHXH tỉnh Tuyên Quang | Bằng khen |\n"
    )
    got = {(f["recipient"]["province"], f["award"], f["grantor"], f["year"], f["decision"])
           for f in facts(text, lead="", published="2016-03-17") if f["kind"] == "award"}
    assert got == {
        ("Phú Thọ", "emulation_flag", "Bảo hiểm xã hội Việt Nam", 2015, "312/QĐ-BHXH"),
        ("Tuyên Quang", "certificate_of_merit", "Bảo hiểm xã hội Việt Nam", 2015, "312/QĐ-BHXH"),
    }


def test_a_provinces_committee_certificate_given_to_a_counted_list() -> None:
    lead = "Gia Lai tổng kết thi đua năm 2025\n\nChiều 26/12, UBND tỉnh Gia Lai tổ chức lễ tổng kết năm 2025.\n\n"
    body = (
        "Bằng khen của Chủ tịch UBND tỉnh năm 2025 được trao cho 3 tập thể: Sở Nông nghiệp và Môi trường, Hội Nông "
        "dân tỉnh và Liên đoàn Lao động tỉnh."
    )
    got = {(f["recipient"]["org"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2025-12-27")
           if f["kind"] == "award"}
    assert got == {
        ("Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân tỉnh", 2025),
        ("Hội Nông dân tỉnh", "Ủy ban nhân dân tỉnh", 2025),
        ("Liên đoàn Lao động tỉnh", "Ủy ban nhân dân tỉnh", 2025),
    }


def test_a_units_page_of_honours_in_bullets_naming_only_awards() -> None:
    """A unit's page of its honours ("... điểm lại những phần thưởng mà tập thể Đài được ghi nhận") in bullets naming
    only an award ("- Cờ thi đua của Chính phủ năm 2013."): the page's unit's, each year of "các năm 2011, 2014,
    2019" one award; a bullet giving the award to others ("cho 03 phòng chuyên môn") is not the unit's."""
    lead = (
        "Đài PT-TH Quảng Bình: những phần thưởng qua các năm\n\nHơn 30 năm kể từ ngày tái lập tỉnh, Đài Phát thanh và "
        "Truyền hình Quảng Bình đã không ngừng đổi mới. Ban biên tập điểm lại những phần thưởng mà tập thể Đài được "
        "ghi nhận.\n\n"
    )
    body = (
        "Phần thưởng của bộ, ngành và địa phương\n\n- Cờ thi đua của Chính phủ năm 2013.\n\n"
        "- Cờ thi đua của UBND tỉnh Quảng Bình các năm 2011, 2014, 2019.\n\n"
        "- Bằng khen của Bộ trưởng Bộ TT&TT cho 03 phòng chuyên môn và 07 cá nhân.\n"
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2021-10-01")
           if f["kind"] == "award"}
    assert got == {
        ("emulation_flag", "Chính phủ", 2013),
        ("emulation_flag", "Ủy ban nhân dân tỉnh", 2011),
        ("emulation_flag", "Ủy ban nhân dân tỉnh", 2014),
        ("emulation_flag", "Ủy ban nhân dân tỉnh", 2019),
    }


def test_a_table_row_of_a_provinces_committee_award() -> None:
    lead = "Quảng Trị trao thưởng năm 2022\n\nSáng 1/3, UBND tỉnh Quảng Trị tổ chức lễ.\n\n"
    body = (
        "Danh sách các tập thể được khen thưởng:\n\n| Đơn vị | Hình thức |\n\n|---|---|\n\n"
        "| Sở Tư pháp tỉnh Quảng Trị | Cờ thi đua của UBND tỉnh |\n\n"
        "| Sở Y tế tỉnh Quảng Trị | Bằng khen của Ban Thường vụ Tỉnh ủy |\n\n"
        "| Sở TTTT tỉnh Quảng Trị | Cờ thi đua của Bộ TTTT |\n"
    )
    got = {(f["recipient"]["org"], f["grantor"]) for f in facts(body, lead=lead, published="2023-03-02")
           if f["kind"] == "award"}
    assert got == {
        ("Sở Tư pháp", "Ủy ban nhân dân tỉnh"),
        ("Sở Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông"),
    }


def test_a_provinces_annex_items_name_its_agencies_bare_to_the_line_end() -> None:
    text = (
        "Ngày 18/1/2023, Chủ tịch UBND tỉnh Đồng Nai đã ký Quyết định số 289/QĐ-UBND tặng Cờ thi đua của UBND tỉnh "
        "cho các tập thể dẫn đầu các khối thi đua của tỉnh năm 2022.\n\n"
        "Điều 1. Tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 02 tập thể dẫn đầu các khối thi đua năm 2022.\n\n"
        "DANH SÁCH TẬP THỂ ĐƯỢC TẶNG CỜ THI ĐUA CỦA UBND TỈNH NĂM 2022\n"
        "(Kèm theo Quyết định số 289/QĐ-UBND ngày 18/01/2023 của Chủ tịch UBND tỉnh)\n\n"
        "I. Khối thi đua các cơ quan nội chính\n1. Tòa án nhân dân tỉnh\n\nII. Khối thi đua các sở\n2. Sở Tài chính\n"
    )
    got = {(f["recipient"]["org"], f["recipient"]["province"], f["grantor"])
           for f in facts(text, lead="", published="2023-02-03") if f["kind"] == "award"}
    assert got == {
        ("Tòa án nhân dân tỉnh", "Đồng Nai", "Ủy ban nhân dân tỉnh"),
        ("Sở Tài chính", "Đồng Nai", "Ủy ban nhân dân tỉnh"),
    }


def test_a_units_honours_in_bullets_after_the_year_they_were_handed_over() -> None:
    lead = (
        "30 năm Đài PT-TH Hà Tĩnh: Những phần thưởng cao quý\n\nNhân dịp kỷ niệm 30 năm thành lập Đài Phát thanh và "
        "Truyền hình Hà Tĩnh, chúng tôi điểm lại những phần thưởng Đảng, Nhà nước và các cấp đã trao tặng cho Đài.\n\n"
    )
    body = (
        "Dấu mốc khen thưởng theo năm\n\n- 2008 – Cờ thi đua của Chính phủ, ghi nhận thành tích năm 2007.\n\n"
        "- 2011 – Huân chương Lao động hạng Nhì, vì thành tích giai đoạn 2006 – 2010.\n"
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2021-09-01")
           if f["kind"] == "award"}
    assert got == {
        ("emulation_flag", "Chính phủ", 2007), ("other:Huân chương Lao động hạng Nhì", "Chủ tịch nước", None)
    }


def test_a_provinces_annex_tables_under_their_titles_name_its_agencies_bare() -> None:
    text = (
        "Ngày 30/01/2024, UBND tỉnh Bình Dương ban hành Quyết định số 286/QĐ-UBND về việc tặng Cờ thi đua, Bằng khen "
        "cho các tập thể năm 2023.\n\n"
        "Phụ lục I: Danh sách tập thể được tặng Cờ thi đua của UBND tỉnh năm 2023\n\n"
        "(Kèm theo Quyết định số 286/QĐ-UBND ngày 30/01/2024 của UBND tỉnh)\n\n"
        "| STT | Tên tập thể | Khối thi đua |\n\n|---|---|---|\n\n| 1 | Sở Tư pháp | Khối nội chính |\n\n"
        "Phụ lục II: Danh sách tập thể được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2023\n\n"
        "| STT | Tên tập thể | Ghi chú |\n\n|---|---|---|\n\n| 1 | Sở Nội vụ |  |\n"
    )
    got = {(f["award"], f["recipient"]["org"], f["recipient"]["province"], f["grantor"], f["year"], f["decision"])
           for f in facts(text, lead="", published="2024-02-02") if f["kind"] == "award"}
    assert got == {
        ("emulation_flag", "Sở Tư pháp", "Bình Dương", "Ủy ban nhân dân tỉnh", 2023, "286/QĐ-UBND"),
        ("certificate_of_merit", "Sở Nội vụ", "Bình Dương", "Ủy ban nhân dân tỉnh", 2023, "286/QĐ-UBND"),
    }


def test_a_provinces_portal_on_its_agencies_honours_and_its_review() -> None:
    lead = "Nhiều cơ quan của Hà Tĩnh được Trung ương và tỉnh ghi nhận thành tích năm 2020\n\n"
    body = (
        "Sở Thông tin và Truyền thông vinh dự được Bộ trưởng Bộ TT&TT tặng Cờ thi đua năm 2020. Ông Trần Văn An, "
        "Giám đốc Sở Tư pháp, được Thủ tướng Chính phủ tặng Bằng khen.\n\n"
        "Tại Hội nghị tổng kết phong trào thi đua năm 2020 của tỉnh, Chủ tịch UBND tỉnh Hà Tĩnh đã trao Cờ thi đua "
        "cho 2 đơn vị dẫn đầu các khối thi đua của tỉnh: Sở Y tế và Kho bạc Nhà nước Hà Tĩnh.\n"
    )
    got = {(f["recipient"]["org"], f["recipient"]["province"], f["grantor"], f["year"])
           for f in facts(body, lead=lead, published="2021-01-22") if f["kind"] == "award"}
    assert got == {
        ("Sở Thông tin và Truyền thông", "Hà Tĩnh", "Bộ Thông tin và Truyền thông", 2020),
        ("Sở Y tế", "Hà Tĩnh", "Ủy ban nhân dân tỉnh", 2020),
        ("Kho bạc Nhà nước tỉnh", "Hà Tĩnh", "Ủy ban nhân dân tỉnh", 2020),
    }


def test_a_units_page_names_it_bare_as_recipient_listed_years_and_elided_order_classes() -> None:
    lead = (
        "Đài PT-TH Thanh Hoá: 50 năm xây dựng và trưởng thành\n\nSáng 9/9, Đài Phát thanh và Truyền hình tỉnh Thanh "
        "Hoá tổ chức lễ kỷ niệm 50 năm thành lập.\n\nNhững phần thưởng cao quý\n\n"
    )
    body = (
        "Đài hai lần nhận Huân chương do Chủ tịch nước tặng thưởng: Huân chương Lao động hạng Ba (năm 2001) và hạng "
        "Nhì (năm 2006). Năm 2013, Thủ tướng Chính phủ trao cho Đài Cờ thi đua của Chính phủ. Đài cũng nhận Cờ thi "
        "đua của Bộ TT&TT vào các năm 2012 và 2014; UBND tỉnh tặng Cờ thi đua xuất sắc năm 2010.\n"
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2016-09-10")
           if f["kind"] == "award"}
    assert got == {
        ("other:Huân chương Lao động hạng Ba", "Chủ tịch nước", None),
        ("other:Huân chương Lao động hạng Nhì", "Chủ tịch nước", None),
        ("emulation_flag", "Chính phủ", 2013),
        ("emulation_flag", "Bộ Thông tin và Truyền thông", 2012),
        ("emulation_flag", "Bộ Thông tin và Truyền thông", 2014),
        ("emulation_flag", "Ủy ban nhân dân tỉnh", 2010),
    }


def test_annex_items_grouped_under_bare_cluster_lines_and_bullets_after_a_label() -> None:
    text = (
        "Ngày 5/1/2017, Tổng Giám đốc BHXH Việt Nam ký Quyết định số 35/QĐ-BHXH tặng Cờ thi đua năm 2016.\n\n"
        "Căn cứ văn bản đề nghị của Trưởng các Cụm thi đua năm 2016;\n\n"
        "DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG\n\n(Kèm theo Quyết định số 35/QĐ-BHXH ngày 05/01/2017)\n\n"
        "I. CỜ THI ĐUA CỦA BẢO HIỂM XÃ HỘI VIỆT NAM (03 tập thể)\n\n"
        "Cụm thi đua số I (7 tỉnh miền núi phía Bắc)\n1. Bảo hiểm xã hội tỉnh Hà Giang\n\n"
        "Cụm thi đua số II\n2. Bảo hiểm xã hội tỉnh Bắc Ninh\n\n"
        "Khối các đơn vị trực thuộc\n3. Trung tâm Công nghệ thông tin\n"
    )
    got = {(f["recipient"]["province"], f["cluster"]["number"] if f["cluster"] else None)
           for f in facts(text, lead="", published="2017-01-06") if f["kind"] == "award"}
    assert got == {("Hà Giang", 1), ("Bắc Ninh", 2)}
    text = (
        "Ngày 25/01/2017, Tổng cục trưởng Tổng cục Thuế ký Quyết định số 312/QĐ-TCT về việc tặng Cờ thi đua năm 2016."
        "\n\nPHỤ LỤC\nDANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2016\n(Kèm theo Quyết định số 312/QĐ-TCT ngày 25/01/2017)"
        "\n\nI. CỜ THI ĐUA\nCụm thi đua số I:\n   - Cục Thuế tỉnh Quảng Ninh\nCụm thi đua số II:\n"
        "   - Cục Thuế tỉnh Thanh Hoá\n   - Cục Thuế tỉnh Nghệ An\n"
    )
    got = {f["recipient"]["province"] for f in facts(text, lead="", published="2017-02-08") if f["kind"] == "award"}
    assert got == {"Quảng Ninh", "Thanh Hóa", "Nghệ An"}


def test_a_units_honours_table_by_year() -> None:
    lead = "Những phần thưởng cao quý của Cục Thuế tỉnh Quảng Bình qua các năm\n\n"
    body = (
        "Dưới đây là các phần thưởng tiêu biểu theo từng năm.\n\n| Năm | Hình thức khen thưởng | Quyết định |\n\n"
        "|---|---|---|\n\n"
        "| 2010 | Cờ thi đua của Bộ Tài chính vì đã hoàn thành xuất sắc nhiệm vụ năm 2010 | Số 245/QĐ-BTC |\n\n"
        "| 2011 | Huân chương Lao động hạng Ba, ghi nhận thành tích giai đoạn 2006 - 2010 | Số 1688/QĐ-CTN |\n\n"
        "| 2012 | Bằng khen của Chủ tịch UBND tỉnh Quảng Bình về thành tích thu ngân sách năm 2012 | - |\n\n"
        "| 2015 | Bằng khen của Ban Thường vụ Tỉnh ủy | - |\n\n"
        "| 2017 | Cờ thi đua của Tổng cục Thuế – đơn vị dẫn đầu Cụm thi đua số III năm 2017 | Số 96/QĐ-TCT |\n"
    )
    got = {(f["award"], f["grantor"], f["year"], f["decision"]) for f in facts(body, lead=lead, published="2020-09-10")
           if f["kind"] == "award"}
    assert got == {
        ("emulation_flag", "Bộ Tài chính", 2010, "245/QĐ-BTC"),
        ("other:Huân chương Lao động hạng Ba", "Chủ tịch nước", None, "1688/QĐ-CTN"),
        ("certificate_of_merit", "Ủy ban nhân dân tỉnh", 2012, None),
        ("emulation_flag", "Tổng cục Thuế", 2017, "96/QĐ-TCT"),
    }


def test_a_provinces_annex_row_dates_its_award_and_a_spanned_orders_proposal_stays_undated() -> None:
    text = (
        "Ngày 26/12/2025, Chủ tịch UBND tỉnh Gia Lai đã ký Quyết định số 3105/QĐ-UBND về việc tặng Cờ thi đua của "
        "UBND tỉnh cho các tập thể dẫn đầu các Khối thi đua của tỉnh.\n\n"
        "PHỤ LỤC II\nDANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH\n"
        "(Kèm theo Quyết định số 3105/QĐ-UBND ngày 26/12/2025)\n\n"
        "| STT | Tên tập thể | Thành tích |\n\n|---|---|---|\n\n"
        "| 1 | Sở Xây dựng | Hoàn thành xuất sắc nhiệm vụ năm 2025 |\n\n"
        "UBND tỉnh đã có tờ trình đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ năm 2025 cho Sở Tài chính; "
        "đồng thời đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Sở Y tế vì thành tích xuất sắc từ năm "
        "2021 đến năm 2025.\n"
    )
    got = {(f["recipient"]["org"], f["award"], f["status"], f["year"])
           for f in facts(text, lead="", published="2025-12-30") if f["kind"] == "award"}
    assert got == {
        ("Sở Xây dựng", "certificate_of_merit", "conferred", 2025),
        ("Sở Tài chính", "emulation_flag", "proposed", 2025),
        ("Sở Y tế", "other:Huân chương Lao động hạng Ba", "proposed", None),
    }


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sở Tư pháp tỉnh Thái Bình trước đó đã được tặng Cờ thi đua của Chính phủ cho thành tích năm 2018.",
         {("Thái Bình", "emulation_flag", "conferred", "Chính phủ", 2018)}),
        ("Được biết, với thành tích năm 2020, Thanh tra tỉnh Gia Lai từng được Tổng Thanh tra Chính phủ tặng Cờ thi "
         "đua.",
         {("Gia Lai", "emulation_flag", "conferred", "Thanh tra Chính phủ", 2020)}),
        ("Sở Y tế tỉnh Gia Lai nhận Bằng khen của Thủ tướng Chính phủ về công tác phòng, chống thiên tai năm 2025.",
         {("Gia Lai", "certificate_of_merit", "conferred", "Chính phủ", 2025)}),
        ("Hai vị trí kế tiếp thuộc về BHXH tỉnh Lạng Sơn và BHXH tỉnh Thái Nguyên, mỗi đơn vị nhận một Bằng khen của "
         "Tổng Giám đốc BHXH Việt Nam năm 2019.",
         {("Lạng Sơn", "certificate_of_merit", "conferred", "Bảo hiểm xã hội Việt Nam", 2019),
          ("Thái Nguyên", "certificate_of_merit", "conferred", "Bảo hiểm xã hội Việt Nam", 2019)}),
        ("Sau nhiều vòng chấm chéo, BHXH tỉnh Lào Cai vượt lên giành Cờ thi đua của BHXH Việt Nam năm 2019.",
         {("Lào Cai", "emulation_flag", "conferred", "Bảo hiểm xã hội Việt Nam", 2019)}),
        ("BHXH tỉnh Bắc Giang, đơn vị dẫn đầu Cụm thi đua số 1 năm thứ hai liên tiếp, được tặng Cờ thi đua của BHXH "
         "Việt Nam năm 2019.",
         {("Bắc Giang", "emulation_flag", "conferred", "Bảo hiểm xã hội Việt Nam", 2019)}),
        ("Cờ thi đua của BHXH Việt Nam năm 2016 được trao cho BHXH tỉnh An Giang; Bằng khen được trao cho BHXH tỉnh "
         "Cà Mau.",
         {("An Giang", "emulation_flag", "conferred", "Bảo hiểm xã hội Việt Nam", 2016),
          ("Cà Mau", "certificate_of_merit", "conferred", "Bảo hiểm xã hội Việt Nam", 2016)}),
    ],
)
def test_award_subjects_and_years_tenth_session(body: str, expected: set) -> None:
    assert awards(body) == expected


def test_the_next_sentences_other_award_lends_no_year() -> None:
    lead = (
        "Đài PT-TH Long An kỷ niệm 45 năm thành lập\n\n"
        "Sáng 5/9, Đài Phát thanh và Truyền hình tỉnh Long An tổ chức lễ.\n\n"
    )
    body = (
        "Qua 45 năm, tập thể Đài đã được Đảng, Nhà nước tặng thưởng Huân chương Lao động hạng Ba (năm 2000), "
        "Cờ thi đua của Chính phủ năm 2015 cùng nhiều Cờ thi đua của Bộ. Gần đây nhất, Đài được Bộ trưởng Bộ TT&TT "
        "tặng Cờ thi đua vì hoàn thành xuất sắc nhiệm vụ năm 2019.\n"
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2020-09-06")
           if f["kind"] == "award"}
    assert got == {
        ("other:Huân chương Lao động hạng Ba", "Chủ tịch nước", None),
        ("emulation_flag", "Chính phủ", 2015),
        ("emulation_flag", "Bộ Thông tin và Truyền thông", 2019),
    }


def test_a_provinces_review_told_with_its_day_dates_its_conferrals() -> None:
    lead = "Nhiều tập thể của tỉnh được Trung ương và tỉnh khen thưởng\n\nSở Tư pháp Hà Tĩnh được tặng Cờ thi đua.\n\n"
    body = (
        "Tại hội nghị tổng kết phong trào thi đua năm 2013 của tỉnh diễn ra chiều 14/2, UBND tỉnh đã trao Cờ thi đua "
        "xuất sắc cho 2 đơn vị dẫn đầu các khối thi đua của tỉnh: Sở Y tế và Sở Nội vụ. UBND tỉnh đề nghị Chủ tịch "
        "nước tặng Huân chương Lao động hạng Ba cho Sở Xây dựng do có thành tích xuất sắc từ năm 2009 đến năm 2013.\n"
    )
    got = {(f["recipient"]["org"], f["status"], f["year"]) for f in facts(body, lead=lead, published="2014-02-21")
           if f["kind"] == "award" and f["recipient"]["org"] != "Sở Tư pháp"}
    assert got == {("Sở Y tế", "conferred", 2013), ("Sở Nội vụ", "conferred", 2013), ("Sở Xây dựng", "proposed", None)}


def test_minutes_attendance_under_an_unlabelled_heading() -> None:
    body = (
        "Công bố biên bản hội nghị Cụm thi đua số V năm 2016\n\nBIÊN BẢN HỘI NGHỊ\n\n"
        "Thời gian: 08 giờ 00, ngày 10/01/2017.\n\nThành phần tham dự:\n"
        "- Đại diện Văn phòng Thường trực Hội đồng Thi đua - Khen thưởng Bộ Công an;\n"
        "- Lãnh đạo Công an các tỉnh: Thanh Hóa, Nghệ An và Hà Tĩnh (đủ 3/3 đơn vị).\n"
    )
    assert members(body, lead="") == {
        ("Thanh Hóa", "attendance", 2016), ("Nghệ An", "attendance", 2016), ("Hà Tĩnh", "attendance", 2016)
    }


def test_member_list_years_of_a_plan_and_of_the_sentence_before() -> None:
    plan = (
        "Kế hoạch hoạt động Cụm thi đua số 4 năm 2013\n\n"
        "Ngày 05/3/2013, Sở GD&ĐT tỉnh Gia Lai ban hành Kế hoạch hoạt động của Cụm thi đua số 4 các Sở Giáo dục và "
        "Đào tạo năm 2013. Hội nghị tổng kết năm 2012 của Cụm tổ chức ngày 21/12/2012 tại TP Buôn Ma Thuột.\n\n"
        "1. Thành viên\n\nCụm thi đua số 4 gồm Sở GD&ĐT 3 tỉnh: Kon Tum, Gia Lai và Lâm Đồng.\n"
    )
    assert {y for _, _, y in members(plan, lead="", published="2013-03-06")} == {2013}
    page = (
        "Đài PT-TH Long An kỷ niệm 45 năm thành lập\n\n"
        "Năm 2020, Đài Phát thanh và Truyền hình Long An giữ vai trò Cụm trưởng Cụm thi đua số V các Đài PT-TH do Bộ "
        "TT&TT tổ chức. Cụm thi đua số V gồm 3 đài: Long An, Tiền Giang và Bến Tre.\n"
    )
    assert members(page, lead="", published="2020-09-06") == {
        (p, "explicit", 2020) for p in ("Long An", "Tiền Giang", "Bến Tre")
    }
    review = (
        "Ngày 21/12, tại TP Đồng Hới, BHXH tỉnh Quảng Bình đăng cai Hội nghị tổng kết công tác thi đua năm 2012 của "
        "Cụm thi đua số 3.\n\nCụm thi đua số 3 gồm BHXH các tỉnh: Thanh Hoá, Nghệ An, Hà Tĩnh. Phía Nam của Cụm là "
        "BHXH các tỉnh Quảng Bình và Quảng Trị.\n"
    )
    assert members(review, lead="", published="2012-12-24") == {
        (p, "explicit", 2012) for p in ("Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình", "Quảng Trị")
    }


def test_heads_given_to_units_each_with_its_cluster_in_brackets() -> None:
    body = (
        "Điều 2. Giao nhiệm vụ Cụm trưởng năm 2017 cho: BHXH tỉnh Lào Cai (Cụm thi đua số I); BHXH tỉnh Nam Định "
        "(Cụm thi đua số II); BHXH tỉnh Kon Tum (Cụm thi đua số IV).\n"
    )
    got = {(f["member"]["province"], f["role"], f["year"], f["cluster"]["number"]) for f in facts(body, lead="")
           if f["kind"] == "role"}
    assert got == {("Lào Cai", "head", 2017, 1), ("Nam Định", "head", 2017, 2), ("Kon Tum", "head", 2017, 4)}


def test_a_page_of_a_clusters_years_tells_a_later_review_too() -> None:
    body = (
        "Cụm thi đua số 2 - Bộ Công an: những đơn vị Cụm trưởng qua các năm\n\n"
        "Năm 2017: Hội nghị tổng kết năm 2016 của Cụm thi đua số 2 do Công an tỉnh Điện Biên tổ chức ngày 12-1-2017 "
        "tại thành phố Điện Biên Phủ.\n\n"
        "Năm 2019: Sáng 17/1, hội nghị tổng kết công tác thi đua năm 2018 của Cụm diễn ra tại Công an tỉnh Lạng Sơn.\n"
    )
    got = {(f["date"], f["reviews_year"]) for f in facts(body, lead="", published="2019-02-20")
           if f["kind"] == "conference"}
    assert got == {("2017-01-12", 2016), ("2019-01-17", 2018)}


def test_member_list_years_now_that_year_and_a_pacts_year() -> None:
    now = (
        "Công an tỉnh Bình Định: dấu ấn qua các năm làm Cụm trưởng\n\n"
        "Hội nghị tổng kết năm 2015 của Cụm thi đua số IV diễn ra ngày 20/12/2015 tại tỉnh Bình Định.\n\n"
        "Cụm thi đua số IV thuộc Bộ Công an hiện gồm Công an 3 tỉnh: Quảng Ngãi, Bình Định và Phú Yên.\n"
    )
    assert {y for _, _, y in members(now, lead="", published="2018-11-05")} == {2018}
    that = (
        "Hội nghị tổng kết năm 2020 của Cụm thi đua số 3 diễn ra ngày 20/12/2020 tại Nghệ An.\n\n"
        "Năm 2021, Đài Phát thanh - Truyền hình Hà Tĩnh tiếp tục giữ vai trò Cụm trưởng. Năm ấy, Cụm thi đua số 3 gồm "
        "3 Đài PT-TH: Thanh Hóa, Nghệ An và Hà Tĩnh.\n"
    )
    assert {y for _, _, y in members(that, lead="", published="2024-06-12")} == {2021}
    pact = (
        "Sáng 7-3, Sở GD&ĐT tỉnh Ninh Thuận tổ chức hội nghị đánh giá kết quả thi đua năm 2013 và ký kết giao ước thi "
        "đua năm 2014 của Cụm thi đua số 3 thuộc Bộ Giáo dục và Đào tạo.\n\n"
        "Tham gia ký kết giao ước năm 2014 có 3 Sở GD&ĐT thành viên của Cụm, gồm các tỉnh: Bình Định, Phú Yên và "
        "Ninh Thuận.\n"
    )
    assert {y for _, _, y in members(pact, lead="", published="2014-03-08")} == {2014}


def test_minutes_attendance_under_a_numbered_heading_with_a_colon() -> None:
    body = (
        "BIÊN BẢN HỘI NGHỊ\nTổng kết phong trào thi đua năm 2022 - Cụm thi đua số IV (Bộ Tư pháp)\n\n"
        "I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN\n1. Thời gian: 08 giờ 00, ngày 24 tháng 11 năm 2022.\n3. Thành phần:\n"
        "- Đại diện Vụ Thi đua - Khen thưởng, Bộ Tư pháp: đồng chí Trần Minh Khoa.\n"
        "- Lãnh đạo Sở Tư pháp các tỉnh: Kon Tum, Gia Lai và Đắk Lắk.\n"
    )
    assert members(body, lead="", published="2022-11-28") == {
        ("Kon Tum", "attendance", 2022), ("Gia Lai", "attendance", 2022), ("Đắk Lắk", "attendance", 2022)
    }


def test_a_ministrys_roundup_of_each_clusters_leaders_and_its_own_submission() -> None:
    text = (
        "Ngày 25/1/2019, Bộ trưởng Bộ Thông tin và Truyền thông đã ký Quyết định số 152/QĐ-BTTTT về việc tặng Cờ thi "
        "đua của Bộ cho các tập thể dẫn đầu phong trào thi đua năm 2018.\n\n"
        "Đối với Khối các Sở TT&TT, Cờ thi đua được tặng cho 3 Sở:\n"
        "- Sở TT&TT tỉnh Lào Cai, dẫn đầu Cụm thi đua số 1;\n"
        "- Sở TT&TT tỉnh Nghệ An, dẫn đầu Cụm thi đua số 4;\n- Sở TT&TT tỉnh An Giang, dẫn đầu Cụm thi đua số 8.\n\n"
        "Bộ cũng đã trình Thủ tướng Chính phủ xét tặng Cờ thi đua của Chính phủ năm 2018 cho Sở TT&TT tỉnh An Giang.\n"
    )
    got = {(f["recipient"]["province"], f["status"], f["cluster"]) for f in facts(text, lead="", published="2019-01-30")
           if f["kind"] == "award"}
    assert got == {
        ("Lào Cai", "conferred", None), ("Nghệ An", "conferred", None), ("An Giang", "conferred", None),
        ("An Giang", "proposed", None),
    }


def test_items_labelled_by_cluster_on_a_list_made_on_each_clusters_proposals() -> None:
    text = (
        "Ngày 15/01/2020, Bộ trưởng Bộ Thông tin và Truyền thông đã ký Quyết định số 58/QĐ-BTTTT tặng Cờ thi đua của "
        "Bộ cho các Sở TT&TT năm 2019. Danh sách khen thưởng được lập từ kết quả chấm điểm, bình xét và đề nghị của "
        "từng Cụm thi đua.\n\n"
        "Cụm thi đua số II: Cờ thi đua được trao cho Sở TT&TT Thái Nguyên.\n\n"
        "Cụm thi đua số IV (Bắc Trung Bộ): Sở TT&TT Nghệ An nhận Cờ thi đua.\n"
    )
    got = {(f["recipient"]["province"], f["cluster"]["number"] if f["cluster"] else None)
           for f in facts(text, lead="", published="2020-01-17") if f["kind"] == "award"}
    assert got == {("Thái Nguyên", 2), ("Nghệ An", 4)}


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Riêng Sở VHTT&DL tỉnh Phú Yên được hội nghị thống nhất trình Chủ tịch nước tặng Huân chương Lao động hạng "
         "Ba vì thành tích xuất sắc từ năm 2009 đến năm 2013.",
         {("Phú Yên", "other:Huân chương Lao động hạng Ba", "proposed", "Chủ tịch nước", None)}),
        ("Ở cấp tỉnh, ngày 24/1/2020, UBND tỉnh Quảng Bình ban hành Quyết định số 512/QĐ-UBND tặng Cờ thi đua cho 12 "
         "tập thể dẫn đầu các khối thi đua của tỉnh năm 2019, trong đó có Sở Nội vụ tỉnh Quảng Bình.",
         {("Quảng Bình", "emulation_flag", "conferred", "Ủy ban nhân dân tỉnh", 2019)}),
        ("Công an tỉnh Quảng Bình được Bộ Công an tặng Cờ thi đua xuất sắc trong phong trào thi đua “Vì an ninh Tổ "
         "quốc” năm 2019.",
         {("Quảng Bình", "emulation_flag", "conferred", "Bộ Công an", 2019)}),
    ],
)
def test_award_cues_grantors_and_years_tenth_session(body: str, expected: set) -> None:
    assert awards(body) == expected


def test_a_units_page_names_it_bare_before_a_bracketed_decision() -> None:
    lead = "Đài PT-TH Hà Tĩnh: những phần thưởng\n\nĐài Phát thanh - Truyền hình Hà Tĩnh kỷ niệm 30 năm thành lập.\n\n"
    body = "Đầu năm 2023, Chủ tịch UBND tỉnh Hà Tĩnh tặng Cờ thi đua năm 2022 cho Đài (Quyết định số 245/QĐ-UBND).\n"
    assert awards(body, lead=lead) == {("Hà Tĩnh", "emulation_flag", "conferred", "Ủy ban nhân dân tỉnh", 2022)}


def test_a_merged_provinces_own_review_names_its_agencies_bare_and_dates_its_awards() -> None:
    lead = "Lâm Đồng tôn vinh các tập thể tiêu biểu\n\n"
    body = (
        "Sáng 27/12, UBND tỉnh Lâm Đồng tổ chức hội nghị đánh giá phong trào thi đua yêu nước năm 2025 – năm đầu tiên "
        "tỉnh hoạt động sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.\n\n"
        "Chủ tịch UBND tỉnh trao Cờ thi đua của UBND tỉnh năm 2025 cho 2 tập thể dẫn đầu các khối thi đua của tỉnh: "
        "Sở Nội vụ và Sở Xây dựng.\n\n"
        "Bằng khen của Chủ tịch UBND tỉnh được trao cho 42 tập thể, trong đó có Bảo hiểm xã hội tỉnh Lâm Đồng.\n"
    )
    got = {(f["recipient"]["org"], f["recipient"]["province"], f["year"])
           for f in facts(body, lead=lead, published="2025-12-29") if f["kind"] == "award"}
    assert got == {
        ("Sở Nội vụ", "Lâm Đồng", 2025), ("Sở Xây dựng", "Lâm Đồng", 2025), ("Bảo hiểm xã hội tỉnh", "Lâm Đồng", 2025)
    }


def test_a_units_page_years_closing_the_clause() -> None:
    lead = (
        "Đài PT-TH Hà Tĩnh: 30 năm một chặng đường\n\nSáng 30/9, Đài Phát thanh và Truyền hình tỉnh Hà Tĩnh long trọng "
        "kỷ niệm 30 năm ngày thành lập.\n\n"
    )
    body = (
        "Bộ Thông tin và Truyền thông ba lần tặng Cờ thi đua của Bộ cho Đài với tư cách đơn vị dẫn đầu Khối thi đua "
        "số 3 vào các năm 2013, 2015 và 2020. Ngoài ra, Đài còn được tặng Bằng khen của Chủ tịch UBND tỉnh năm 2014.\n"
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2021-10-01")
           if f["kind"] == "award"}
    assert got == {
        ("emulation_flag", "Bộ Thông tin và Truyền thông", 2013),
        ("emulation_flag", "Bộ Thông tin và Truyền thông", 2015),
        ("emulation_flag", "Bộ Thông tin và Truyền thông", 2020),
        ("certificate_of_merit", "Ủy ban nhân dân tỉnh", 2014),
    }


def test_an_undated_award_with_its_own_reason_is_no_restatement_of_a_dated_one() -> None:
    lead = (
        "Đài PT-TH Hà Tĩnh: hành trình của những phần thưởng\n\nĐài Phát thanh và Truyền hình tỉnh Hà Tĩnh kỷ niệm 25 "
        "năm thành lập.\n\n"
    )
    body = (
        "Năm 2012, Đài nhận Bằng khen của Thủ tướng Chính phủ vì thành tích trong công tác tuyên truyền giai đoạn "
        "2009 – 2011. Với kết quả năm 2013, Đài được Bộ trưởng Bộ Thông tin và Truyền thông tặng Bằng khen.\n"
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2018-04-12")
           if f["kind"] == "award"}
    assert got == {
        ("certificate_of_merit", "Chính phủ", None), ("certificate_of_merit", "Bộ Thông tin và Truyền thông", 2013)
    }


def test_a_clause_after_a_semicolon_opening_with_its_own_year() -> None:
    body = (
        "Năm 2019, BHXH tỉnh Nghệ An là đơn vị Cụm trưởng Cụm thi đua số 4; sang năm 2020 giao BHXH tỉnh Quảng Trị "
        "làm Cụm trưởng, BHXH tỉnh Thừa Thiên - Huế làm Cụm phó.\n"
    )
    got = {(f["member"]["province"], f["role"], f["year"]) for f in facts(body, lead="") if f["kind"] == "role"}
    assert got == {("Nghệ An", "head", 2019), ("Quảng Trị", "head", 2020), ("Thừa Thiên Huế", "deputy", 2020)}


def test_a_year_heading_line_over_its_roles() -> None:
    body = (
        "CỤM THI ĐUA SỐ 8: NĂM NĂM LUÂN PHIÊN CỤM TRƯỞNG (2016 - 2020)\n\n"
        "Cụm thi đua số 8 do Bộ Giáo dục và Đào tạo thành lập, hiện gồm 3 Sở GD&ĐT: Bạc Liêu, Cà Mau và An Giang.\n\n"
        "Năm 2019\nCụm trưởng – Sở GD&ĐT tỉnh Bạc Liêu; Cụm phó – Sở GD&ĐT tỉnh Cà Mau. Ngày 10/1/2020, Sở GD&ĐT "
        "Bạc Liêu đăng cai hội nghị tổng kết năm 2019 của Cụm.\n"
    )
    got = {(f["member"]["province"], f["role"], f["year"]) for f in facts(body, lead="", published="2020-11-25")
           if f["kind"] == "role"}
    assert got == {("Bạc Liêu", "head", 2019), ("Cà Mau", "deputy", 2019)}


def test_a_numbered_honours_table_under_a_title_naming_no_unit() -> None:
    body = (
        "Thành tích khen thưởng của Sở giai đoạn 2010 - 2014\n\nNgày đăng: 10/06/2015\n\n"
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Bến Tre được thành lập năm 2008 trên cơ sở hợp nhất Sở Văn hóa - Thông "
        "tin và Sở Thể dục Thể thao. Năm 2014, Cụm thi đua số VI gồm 3 Sở VHTT&DL các tỉnh: Long An, Tiền Giang và "
        "Bến Tre.\n\n"
        "| TT | Hình thức khen thưởng | Cấp quyết định | Số quyết định | Thành tích |\n\n|---|---|---|---|---|\n\n"
        "| 1 | Huân chương Lao động hạng Nhì | Chủ tịch nước | 1518/QĐ-CTN | Giai đoạn 2005 - 2009 |\n\n"
        "| 2 | Cờ thi đua | UBND tỉnh Bến Tre | 402/QĐ-UBND | Năm 2013 |\n\n"
        "| 3 | Bằng khen | UBND tỉnh Tiền Giang | 118/QĐ-UBND | Năm 2014 |\n\n"
        "| 4 | Bằng khen của Thủ tướng Chính phủ | Thủ tướng Chính phủ | 2206/QĐ-TTg | Từ năm 2011 đến năm 2013 |\n"
    )
    got = {(f["award"], f["recipient"]["province"], f["grantor"], f["year"], f["decision"])
           for f in facts(body, lead="", published="2015-06-10") if f["kind"] == "award"}
    assert got == {
        ("other:Huân chương Lao động hạng Nhì", "Bến Tre", "Chủ tịch nước", None, "1518/QĐ-CTN"),
        ("emulation_flag", "Bến Tre", "Ủy ban nhân dân tỉnh", 2013, "402/QĐ-UBND"),
        ("certificate_of_merit", "Bến Tre", "Chính phủ", None, "2206/QĐ-TTg"),
    }


def test_a_province_portals_units_named_bare_before_lan_dau_and_after_a_colon() -> None:
    lead = "Nhiều tập thể của tỉnh Quảng Trị được khen thưởng năm 2023\n\n"
    body = (
        "Phần thưởng cao nhất thuộc về Bộ Chỉ huy Bộ đội Biên phòng tỉnh: đơn vị vinh dự được Chủ tịch nước tặng Huân "
        "chương Bảo vệ Tổ quốc hạng Ba vì thành tích xuất sắc trong giai đoạn 2019 – 2023.\n\n"
        "Bảo hiểm xã hội tỉnh lần đầu được tặng Cờ thi đua của Bảo hiểm xã hội Việt Nam nhờ mở rộng diện bao phủ bảo "
        "hiểm xã hội tự nguyện năm 2023.\n"
    )
    got = {(f["award"], f["recipient"]["province"], f["year"]) for f in facts(body, lead=lead, published="2024-02-20")
           if f["kind"] == "award"}
    assert got == {
        ("other:Huân chương Bảo vệ Tổ quốc hạng Ba", "Quảng Trị", None), ("emulation_flag", "Quảng Trị", 2023)
    }


def test_a_units_page_bare_subject_after_a_colon_and_no_reason_read_across_it() -> None:
    lead = (
        "Sở Tư pháp Hà Tĩnh đón nhận Cờ thi đua của Chính phủ\n\nSáng 20/1, Sở Tư pháp tỉnh Hà Tĩnh tổ chức lễ đón "
        "nhận Cờ thi đua của Chính phủ.\n\n"
    )
    body = (
        "Những kết quả đó đã được ghi nhận bằng nhiều hình thức khen thưởng cao: đơn vị hai lần được Bộ trưởng Bộ Tư "
        "pháp tặng Cờ thi đua (năm 2015 và năm 2017), được Thủ tướng Chính phủ tặng Bằng khen năm 2016.\n"
    )
    got = {(f["award"], f["grantor"], f["year"]) for f in facts(body, lead=lead, published="2021-01-21")
           if f["kind"] == "award"}
    assert ("certificate_of_merit", "Chính phủ", 2016) in got
    assert {("emulation_flag", "Bộ Tư pháp", 2015), ("emulation_flag", "Bộ Tư pháp", 2017)} <= got


def test_an_annex_section_that_names_its_own_grantor() -> None:
    text = (
        "Ngày 08/01/2014, Bộ trưởng Bộ Tư pháp ký Quyết định số 68/QĐ-BTP tặng Cờ thi đua và Bằng khen năm 2013.\n\n"
        "Cùng ngày, Tổng cục trưởng Tổng cục Thi hành án dân sự ký Quyết định số 15/QĐ-TCTHADS tặng Bằng khen cho Cục "
        "Thi hành án dân sự tỉnh Quảng Trị vì đã hoàn thành vượt chỉ tiêu năm 2013.\n\n"
        "PHỤ LỤC\nDANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG\n(Kèm theo Quyết định số 68/QĐ-BTP ngày 08/01/2014 của Bộ trưởng "
        "Bộ Tư pháp)\n\nII. BẰNG KHEN CỦA BỘ TRƯỞNG BỘ TƯ PHÁP\n\n1. Sở Tư pháp tỉnh Hòa Bình;\n"
        "2. Cục Thi hành án dân sự tỉnh Cà Mau.\n"
    )
    got = {(f["recipient"]["province"], f["grantor"]) for f in facts(text, lead="", published="2014-01-10")
           if f["kind"] == "award"}
    assert got == {
        ("Quảng Trị", "Tổng cục Thi hành án dân sự"), ("Hòa Bình", "Bộ Tư pháp"), ("Cà Mau", "Bộ Tư pháp")
    }


def test_an_awards_own_year_after_another_awards_school_year() -> None:
    lead = (
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO HÀ TĨNH\n\nNhững phần thưởng cao quý của ngành Giáo dục Hà Tĩnh\n\n"
        "Trải qua hơn 75 năm xây dựng và trưởng thành, Sở Giáo dục và Đào tạo Hà Tĩnh đã được ghi nhận bằng nhiều "
        "phần thưởng cao quý.\n\n"
    )
    body = (
        "Sở được Bộ trưởng Bộ GD&ĐT tặng Cờ thi đua năm học 2017-2018 và Cờ thi đua năm 2021 dành cho đơn vị dẫn "
        "đầu Cụm thi đua số 3.\n"
    )
    assert ("Hà Tĩnh", "emulation_flag", "conferred", "Bộ Giáo dục và Đào tạo", 2021) in awards(body, lead=lead)
