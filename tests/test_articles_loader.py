"""Reading articles: encodings, HTML main text with captions, dates, and bad input.

Every bad file gives one line naming it; the batch goes on; the exit status is then 1; output
files are written atomically (never half).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from thidua.loaders.articles import ArticleError, decode_bytes, documents_from_article, read_article

from thidua.cli import cli

GOOD = (
    "Cụm thi đua số 4 tổng kết năm 2022\n\n15/12/2022 | Lượt xem: 12\n\n"
    "Ngày 14/12, tại tỉnh Nghệ An, Sở TTTT Nghệ An, Cụm trưởng năm 2022, tổ chức hội nghị tổng kết "
    "thi đua, khen thưởng năm 2022 của Cụm thi đua số 4.\n\n"
    "Hội nghị đã bầu Sở TTTT Hà Tĩnh làm Cụm trưởng, Sở TTTT Quảng Bình làm Cụm phó năm 2023.\n"
)


def _write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_plain_text_article(tmp_path: Path) -> None:
    a = read_article(_write(tmp_path / "a.txt", GOOD))
    assert a.title == "Cụm thi đua số 4 tổng kết năm 2022"
    assert a.published == "2022-12-15"
    docs, errors = documents_from_article(tmp_path / "a.txt")
    assert errors == []
    kinds = sorted(f.kind for f in docs[0].facts)
    assert kinds == ["conference", "role", "role", "role"]


def test_month_day_year_stamp_is_read_when_unambiguous(tmp_path: Path) -> None:
    a = read_article(_write(tmp_path / "a.txt", GOOD.replace("15/12/2022", "12/15/2022")))
    assert a.published == "2022-12-15"


def test_nfd_and_lookalikes_are_normalised(tmp_path: Path) -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", GOOD).replace("Đ", "\u00d0").replace(" tỉnh", "\u00a0tỉnh")
    a = read_article(_write(tmp_path / "a.txt", text))
    assert a.text == unicodedata.normalize("NFC", a.text)
    assert "\u00d0" not in a.text and "\u00a0" not in a.text
    docs, errors = documents_from_article(tmp_path / "a.txt")
    assert not errors and len(docs[0].facts) == 4


def test_windows_1258_is_decoded(tmp_path: Path) -> None:
    import unicodedata

    # cp1258 has â, ê, ơ, ư, đ... precomposed but stores tone marks as combining characters
    tones = "\u0300\u0301\u0303\u0309\u0323"

    def to_cp1258(ch: str) -> bytes:
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        return base.encode("cp1258") + "".join(c for c in parts if c in tones).encode("cp1258")

    raw = b"".join(to_cp1258(ch) for ch in GOOD)
    text, encoding = decode_bytes(raw, "x.txt")
    assert encoding == "windows-1258"
    assert unicodedata.normalize("NFC", text) == GOOD


def test_tcvn3_is_reported(tmp_path: Path) -> None:
    raw = "Héi nghÞ tæng kÕt thi ®ua cña Côm".encode("latin-1")
    with pytest.raises(ArticleError, match="TCVN3"):
        decode_bytes(raw, "x.txt")


def test_html_main_text_title_date_and_caption(tmp_path: Path) -> None:
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin - Cổng TTĐT</title>
<meta property="article:published_time" content="2022-12-15T08:00:00+07:00">
<link rel="canonical" href="https://example.gov.vn/tin/cum-4.html"></head><body>
<nav>Trang chủ | Giới thiệu | Liên hệ</nav>
<article><h1>Cụm thi đua số 4 tổng kết năm 2022</h1>
<p>Ngày 14/12, tại tỉnh Nghệ An, Cụm thi đua số 4 thuộc Bộ TTTT tổ chức hội nghị tổng kết thi đua,
khen thưởng năm 2022.</p>
<figure><img src="a.jpg">
<figcaption>Ông Nguyễn Văn A, Giám đốc Sở TTTT Nghệ An, Cụm trưởng năm 2022 phát biểu.</figcaption></figure>
<p>Các Sở trong Cụm đã hoàn thành tốt các nhiệm vụ được giao trong năm, đẩy mạnh chuyển đổi số.</p>
</article><footer>Bản quyền thuộc Sở TTTT</footer></body></html>"""
    a = read_article(_write(tmp_path / "a.html", html))
    assert a.published == "2022-12-15"
    assert a.url == "https://example.gov.vn/tin/cum-4.html"
    assert "Cụm trưởng năm 2022" in a.text  # the caption is kept
    assert "Trang chủ" not in a.text and "Bản quyền" not in a.text
    docs, errors = documents_from_article(tmp_path / "a.html")
    assert not errors
    roles = [f for f in docs[0].facts if f.kind == "role"]
    assert [(f.year, f.role) for f in roles] == [(2022, "head")]


BAD = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b"  \n\n ", "empty file"),
    "nul.txt": (b"Cum thi dua\x00\x00\x01binary", "NUL"),
    "doc.txt": (b"%PDF-1.7\n...", "PDF"),
    "latin.txt": ("Résumé — naïve café".encode("cp1252") + b"\x81\x8d", "not UTF-8"),
    "nobody.html": (b"<html><head><title>x</title></head></html>", "HTML"),
    "nofacts.txt": ("Hôm nay trời đẹp. Các cơ quan làm việc bình thường.\n".encode(), "no cluster facts"),
}


def test_html_lead_in_a_bare_div_and_photo_captions_are_kept(tmp_path: Path) -> None:
    """News sites put the lead in a text-only <div class="sapo|summary"> and captions beside <img>."""
    page = (
        "<html><body><ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/t'>Tin tức</a></li></ul>"
        "<div class='news-detail'>"
        "<h2>Cụm thi đua số 3 LĐLĐ tổng kết năm 2018</h2>"
        "<div class='summary'>Ngày 11/12, LĐLĐ tỉnh Bắc Giang – Cụm trưởng Cụm thi đua số 3 năm 2018 – tổ chức "
        "hội nghị tổng kết phong trào thi đua năm 2018.</div>"
        "<div class='content'><p>Năm 2018, các LĐLĐ trong Cụm phát triển mới hàng chục nghìn đoàn viên, thành lập "
        "nhiều công đoàn cơ sở tại các doanh nghiệp ngoài nhà nước.</p>"
        "<div class='img-box'><img src='/a.jpg' alt=''><p class='caption'><em>Chủ tịch LĐLĐ tỉnh Quảng Ninh "
        "(đơn vị Cụm trưởng năm 2019) nhận cờ luân lưu.</em></p></div>"
        "<p>Hội nghị đề nghị tặng Cờ thi đua cho LĐLĐ tỉnh Bắc Ninh vì thành tích xuất sắc.</p></div></div>"
        "</body></html>"
    )
    a = read_article(_write(tmp_path / "p.html", page))
    assert "Ngày 11/12, LĐLĐ tỉnh Bắc Giang" in a.text
    assert "(đơn vị Cụm trưởng năm 2019) nhận cờ luân lưu" in a.text
    assert "![" not in a.text and "/a.jpg" not in a.text

def test_a_fact_box_in_an_aside_is_read_and_a_link_sidebar_is_not(tmp_path: Path) -> None:
    """A fact box ("<aside><dl><dt>Thành viên</dt><dd>...") is article text; an aside of links is not."""
    page = (
        "<html><body><article><h1>Cụm thi đua số 5 tổng kết năm 2022</h1>"
        "<p>Ngày 8-12, tại TP. Pleiku, Hội LHPN tỉnh Gia Lai - Cụm trưởng Cụm thi đua số 5 - tổ chức hội nghị "
        "tổng kết công tác Hội và phong trào thi đua năm 2022.</p>"
        "<aside class='factbox'><h3>Cụm thi đua số 5</h3><dl><dt>Thành viên</dt>"
        "<dd>Hội LHPN các tỉnh: Kon Tum, Gia Lai, Lâm Đồng</dd><dt>Cụm trưởng năm 2023</dt>"
        "<dd>Hội LHPN tỉnh Kon Tum</dd></dl></aside>"
        "<p>Các đơn vị thống nhất đề nghị tặng Cờ thi đua cho Hội LHPN tỉnh Gia Lai vì thành tích xuất sắc.</p>"
        "<aside class='related'><a href='/x'>Cụm thi đua số 2 tổng kết năm 2022</a></aside>"
        "</article></body></html>"
    )
    a = read_article(_write(tmp_path / "f.html", page))
    assert "Thành viên: Hội LHPN các tỉnh: Kon Tum, Gia Lai, Lâm Đồng" in a.text
    assert "Cụm trưởng năm 2023: Hội LHPN tỉnh Kon Tum" in a.text
    assert "Cụm thi đua số 2" not in a.text



def test_a_line_break_inside_a_paragraph_is_one_newline_and_in_a_cell_a_space(tmp_path: Path) -> None:
    """"Tỉnh đoàn Nam<br>Định" is a name broken over two lines, not two paragraphs; a cell stays one row."""
    page = (
        "<html><body><article><h1>Cụm thi đua số 3 tổng kết năm 2021</h1>"
        "<p>Ngày 10/12, tại tỉnh Hà Nam, Tỉnh đoàn Hà Nam đăng cai tổ chức Hội nghị tổng kết công tác Đoàn năm "
        "2021 của Cụm thi đua số 3.</p>"
        "<p>Cụm thi đua số 3 gồm 4 đơn vị: Tỉnh đoàn Hải Dương, Hưng Yên; Tỉnh đoàn Nam<br>Định và Ninh Bình.<br></p>"
        "<table><tr><th>Cụm</th><th>Cụm trưởng</th></tr><tr><td>Cụm số 3<br>(4 đơn vị)</td>"
        "<td>Tỉnh đoàn Nam Định</td></tr></table></article></body></html>"
    )
    a = read_article(_write(tmp_path / "br.html", page))
    assert "Tỉnh đoàn Nam\nĐịnh và Ninh Bình." in a.text
    assert "Cụm số 3 (4 đơn vị)" in a.text.replace("  ", " ")
    assert "QQBRQQ" not in a.text


def test_a_month_from_an_upload_path_gives_way_to_the_page_s_own_stamp(tmp_path: Path) -> None:
    """htmldate reads "/upload/2017/12/" as 1 December; the stamp element says the 29th."""
    page = (
        "<html><head><title>Các Cụm thi đua tổng kết năm 2017</title></head><body><article>"
        "<h1>Các Cụm thi đua tổng kết năm 2017</h1>"
        "<p class='meta'>Ngày 29 tháng 12 năm 2017 | Ban Tổ chức | 733 lượt xem</p>"
        "<p>Tại Cụm thi đua số 1, Hội LHPN tỉnh Thái Nguyên tổ chức hội nghị tổng kết ngày 14/12 tại tỉnh Thái "
        "Nguyên, bình xét đề nghị khen thưởng và ký kết giao ước thi đua năm 2018.</p>"
        "<figure><img src='/upload/2017/12/cum1.jpg' alt=''><figcaption>Hội nghị tổng kết Cụm thi đua số 1."
        "</figcaption></figure></article></body></html>"
    )
    a = read_article(_write(tmp_path / "stamp.html", page))
    assert a.published == "2017-12-29"


def test_a_date_the_article_tells_gives_way_to_the_page_s_own_stamp(tmp_path: Path) -> None:
    """htmldate may read "Từ ngày 01/7/2025" from the text; the stamp element says 21 November."""
    page = (
        "<html><head><title>Cụm thi đua số 1 tổng kết năm 2025</title></head><body><article>"
        "<h1>Cụm thi đua số 1 tổng kết năm 2025</h1>"
        "<p class='date'>Thứ sáu, 21/11/2025, 10:30 [GMT+7]</p>"
        "<p>Ngày 20/11, tại tỉnh Điện Biên, Cụm thi đua số 1 tổng kết năm 2025. Từ ngày 01/7/2025, sau khi "
        "tỉnh Yên Bái (cũ) hợp nhất vào tỉnh Lào Cai, Cụm còn 4 đơn vị.</p></article></body></html>"
    )
    a = read_article(_write(tmp_path / "told.html", page))
    assert a.published == "2025-11-21"


def test_another_articles_date_in_a_list_of_links_gives_way_to_the_page_s_own_stamp(tmp_path: Path) -> None:
    """htmldate may take "(16/07/2011)" from a "related news" list; the page's meta line says 22 July."""
    page = (
        "<html><head><title>Cụm thi đua số 8 tổng kết năm học 2010-2011</title></head><body>"
        "<div class='topbar'>Đăng nhập | RSS</div><article><h1>Cụm thi đua số 8 tổng kết năm học 2010-2011</h1>"
        "<div class='article-meta'>Cập nhật lúc 09:14, Thứ sáu, 22/07/2011 (GMT+7) | Lượt xem: 1.945</div>"
        "<p>Sáng 20-7, tại TP Đồng Xoài, Cụm thi đua số 8 thuộc Bộ GD&amp;ĐT họp tổng kết phong trào thi đua năm "
        "học 2010-2011 và triển khai nhiệm vụ năm học mới, với sự tham dự của đại diện các Sở GD&amp;ĐT.</p>"
        "</article><div class='related'><h3>Tin cùng chuyên mục</h3><ul>"
        "<li><a href='/a/1'>Hè vui khỏe cho thiếu nhi Đồng Xoài</a> (16/07/2011)</li>"
        "<li><a href='/a/2'>Cụm thi đua số 5 ngành Công an ký giao ước</a> (18/07/2011)</li></ul></div>"
        "</body></html>"
    )
    a = read_article(_write(tmp_path / "listed.html", page))
    assert a.published == "2011-07-22"


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_input_gives_one_line(tmp_path: Path, name: str) -> None:
    data, words = BAD[name]
    path = _write(tmp_path / name, data)
    docs, errors = documents_from_article(path)
    assert docs == [] and len(errors) == 1
    assert str(path) in errors[0] and words in errors[0] and "\n" not in errors[0]


def test_oversized_file(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.write(GOOD.encode())
        fh.seek(10 * 1024 * 1024 + 10)
        fh.write(b"x")
    docs, errors = documents_from_article(path)
    assert docs == [] and "10 MB" in errors[0]


def test_extract_batch_goes_on_and_exits_1(tmp_path: Path) -> None:
    good = _write(tmp_path / "good.txt", GOOD)
    bad = [_write(tmp_path / name, data) for name, (data, _w) in sorted(BAD.items())]
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(bad[0]), str(good), *map(str, bad[1:]), "-o", str(out)])
    assert result.exit_code == 1
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == len(BAD)
    assert "Traceback" not in result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["source"]["id"] == "good"
    assert not list(tmp_path.glob(".*.tmp"))


def test_extract_missing_file_and_bad_date(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "cannot read" in result.stderr
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "nope.txt"), "--published", "2024-13-01"])
    assert result.exit_code == 2


def test_yaml_output_is_reviewable_and_builds(tmp_path: Path) -> None:
    _write(tmp_path / "in" / "a.txt" if (tmp_path / "in").mkdir() is None else tmp_path, GOOD)
    out = tmp_path / "facts"
    result = CliRunner().invoke(cli, ["extract", str(tmp_path / "in"), "--format", "yaml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    doc = yaml.safe_load((out / "a.yaml").read_text(encoding="utf-8"))
    assert doc["source"]["published"] == "2022-12-15"
    assert all(f["evidence"]["rule"] for f in doc["facts"])
    built = CliRunner().invoke(cli, ["build", str(out), "-o", str(tmp_path / "kg.ttl"), "-q"])
    assert built.exit_code == 0, built.output
    # and the article folder itself builds
    built = CliRunner().invoke(cli, ["build", str(tmp_path / "in"), "-o", str(tmp_path / "kg2.ttl"), "-q"])
    assert built.exit_code == 0, built.output


def test_published_option_fills_a_missing_date(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", GOOD.replace("15/12/2022 | Lượt xem: 12", "Lượt xem: 12"))
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "2022-12-15", "--url", "https://x.vn/a"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["source"]["published"] == "2022-12-15" and doc["source"]["url"] == "https://x.vn/a"
    conf = next(f for f in doc["facts"] if f["kind"] == "conference")
    assert conf["date"] == "2022-12-14"


def test_jsonl_output_survives_line_separators_in_the_text(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.txt", GOOD.replace("Hội nghị đã bầu", "Hội nghị\u2028đã bầu\x85"))
    out = tmp_path / "out.jsonl"
    assert CliRunner().invoke(cli, ["extract", str(path), "-o", str(out)]).exit_code == 0
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    built = CliRunner().invoke(cli, ["build", str(out), "-o", str(tmp_path / "kg.ttl"), "-q"])
    assert built.exit_code == 0, built.output
