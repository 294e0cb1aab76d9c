# ruff: noqa: E501  (the table of bad inputs reads best one case per line)
"""Resilience: bad articles given to `thidua extract` and to `thidua build` (extractor helper's CLI).

Contract (issues 3 and 6): one clear one-line error per bad file naming it, no traceback, exit 1,
the good articles still extracted, nothing half-written; legacy encodings (Windows-1258,
UTF-16 with a BOM, a UTF-8 BOM) read the same facts as UTF-8.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from thidua.cli import cli

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
GOOD_NAME = "001_tttt-cum3-ninh-binh-2024.txt"
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def good_text() -> str:
    return (FIXTURES / GOOD_NAME).read_text(encoding="utf-8")


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese editors wrote it: precomposed vowels, tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            out.append(ch.encode("cp1258"))
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in d if c not in _TONES))
        out.append((base + "".join(c for c in d if c in _TONES)).encode("cp1258", errors="replace"))
    return b"".join(out)


def _html(body: str) -> str:
    return f"<!doctype html><html><head><meta charset='utf-8'><title>Tin</title></head><body>{body}</body></html>"


#: name -> (file name, content builder, regex for the one error line)
BAD: dict[str, tuple[str, object, str]] = {
    "empty_txt": ("empty.txt", lambda: b"", r"empty"),
    "whitespace_only": ("blank.txt", lambda: b"   \n\t\n  ", r"empty|no cluster facts|no text"),
    "binary_png": ("img.txt", lambda: b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20, r"binary"),
    "binary_zip_as_html": ("page.html", lambda: b"PK\x03\x04" + bytes(range(256)) * 20, r"binary|not|HTML"),
    "nul_bytes": ("nul.txt", lambda: good_text().encode().replace(b" ", b"\x00", 3), r"NUL|binary"),
    "no_cluster_facts": ("weather.txt", lambda: "Hôm nay trời đẹp, người dân Hà Nội đi dạo quanh hồ.\n".encode(), r"no cluster facts"),
    "html_without_body": ("nobody.html", lambda: b"<html><head><title>x</title></head></html>", r"without|no cluster facts|empty"),
    "html_only_scripts": ("script.html", lambda: _html("<script>var a = 'Cụm thi đua số 3';</script>").encode(), r"without|no cluster facts"),
    "fifty_mb_article": ("huge.txt", None, r"over the .* limit|too large|MB"),
    "deeply_nested_html": ("deep.html", lambda: _html("<div>" * 100_000 + "Cụm thi đua số 3" + "</div>" * 100_000).encode(), r"without|no cluster facts|nest|deep"),
    "random_bytes": ("noise.txt", lambda: bytes((i * 97 + 13) % 256 for i in range(8192)), r"binary|not UTF-8|encoding|no cluster facts|decode"),
    "unknown_suffix": ("notes.docx", lambda: b"PK\x03\x04 word", r"docx|unsupported|not .*article|unknown|binary"),
}

#: Valid articles in other encodings or forms: same facts as the UTF-8 text.
SAME_FACTS: dict[str, tuple[str, object]] = {
    "windows_1258": ("cp1258.txt", lambda: to_cp1258(good_text())),
    "utf16_bom": ("utf16.txt", lambda: good_text().encode("utf-16")),
    "utf8_bom": ("bom.txt", lambda: b"\xef\xbb\xbf" + good_text().encode()),
    "nfd": ("nfd.txt", lambda: unicodedata.normalize("NFD", good_text()).encode()),
    "crlf": ("crlf.txt", lambda: good_text().replace("\n", "\r\n").encode()),
    "zero_width_and_nbsp": ("zw.txt", lambda: good_text().replace("Nam Định", "Nam\u00a0Định").replace("Cụm trưởng", "Cụm\u200b trưởng").encode()),
}


def _write(folder: Path, name: str, builder: object) -> Path:
    path = folder / name
    if builder is None:  # 50 MB of text, written in pieces
        chunk = (good_text() + "\n").encode()
        with path.open("wb") as fh:
            for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
                fh.write(chunk)
    else:
        path.write_bytes(builder())  # type: ignore[operator]
    return path


def _errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error:")]


def _fact_keys(doc: dict) -> list[str]:
    return sorted(json.dumps({k: v for k, v in f.items() if k != "evidence"}, sort_keys=True, ensure_ascii=False) for f in doc["facts"])


@pytest.fixture(autouse=True)
def _in_root(root: Path) -> None:
    os.chdir(root)


@pytest.mark.parametrize("case", sorted(BAD))
def test_bad_article_is_one_line_and_the_batch_goes_on(case: str, tmp_path: Path) -> None:
    name, builder, pattern = BAD[case]
    good = tmp_path / GOOD_NAME
    good.write_text(good_text(), encoding="utf-8")
    bad = _write(tmp_path, name, builder)
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["extract", str(good), str(bad), "-o", str(out)])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert result.exit_code == 1, result.output
    errors = _errors(result.stderr)
    assert len(errors) == 1, result.stderr
    import re

    assert name in errors[0] and re.search(pattern, errors[0]), errors[0]
    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 1 and docs[0]["facts"], "the good article must still be extracted"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.parametrize("case", sorted(SAME_FACTS))
def test_other_encodings_give_the_same_facts(case: str, tmp_path: Path) -> None:
    name, builder = SAME_FACTS[case]
    path = _write(tmp_path, name, builder)
    good = tmp_path / GOOD_NAME
    good.write_text(good_text(), encoding="utf-8")
    runner = CliRunner()
    a = runner.invoke(cli, ["extract", str(good)])
    b = runner.invoke(cli, ["extract", str(path)])
    assert a.exit_code == 0, a.output
    assert b.exit_code == 0, b.output
    da, db = json.loads(a.stdout), json.loads(b.stdout)
    assert _fact_keys(da) == _fact_keys(db)
    text_b = db["facts"][0]["evidence"]["text"]
    assert unicodedata.is_normalized("NFC", text_b)


def test_evidence_is_exact_in_every_encoding(tmp_path: Path) -> None:
    """`text` is exactly the normalised article text between the offsets, whatever the bytes were."""
    from thidua.loaders.articles import read_article

    for name, builder in SAME_FACTS.values():
        path = _write(tmp_path, name, builder)
        article = read_article(path)
        doc = json.loads(CliRunner().invoke(cli, ["extract", str(path)]).stdout)
        for f in doc["facts"]:
            ev = f["evidence"]
            assert article.text[ev["start"] : ev["end"]] == ev["text"], (name, ev)


def test_build_from_a_folder_of_good_and_bad_articles(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / GOOD_NAME).write_text(good_text(), encoding="utf-8")
    bad_names = []
    for case in ("empty_txt", "binary_png", "nul_bytes", "no_cluster_facts", "html_without_body"):
        name, builder, _ = BAD[case]
        _write(folder, name, builder)
        bad_names.append(name)
    out = tmp_path / "kg.ttl"
    proc = subprocess.run(
        [sys.executable, "-m", "thidua", "build", str(folder), "-o", str(out), "-q"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    errors = _errors(proc.stderr)
    assert sorted(Path(e.split(":")[1].strip()).name for e in errors) == sorted(bad_names), proc.stderr
    import pyoxigraph as ox

    store = ox.Store()
    store.load(path=str(out), format=ox.RdfFormat.TURTLE)
    n = next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?f a <https://w3id.org/thidua/ontology#RoleAssignment> }")))["n"]
    assert int(n.value) >= 1


def test_yaml_output_folder_gets_no_file_for_a_bad_article(tmp_path: Path) -> None:
    good = tmp_path / GOOD_NAME
    good.write_text(good_text(), encoding="utf-8")
    bad = _write(tmp_path, "empty.txt", lambda: b"")
    out = tmp_path / "review"
    result = CliRunner().invoke(cli, ["extract", str(good), str(bad), "--format", "yaml", "-o", str(out)])
    assert result.exit_code == 1
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 1 and "001" in files[0], files
    assert not any(name.endswith(".tmp") for name in files)


@pytest.mark.slow
def test_fifty_mb_article_fails_fast_in_a_real_process(tmp_path: Path) -> None:
    big = _write(tmp_path, "huge.txt", None)
    proc = subprocess.run(
        [sys.executable, "-m", "thidua", "extract", str(big)], capture_output=True, text=True, timeout=60
    )
    assert proc.returncode == 1
    assert len(proc.stderr.strip().splitlines()) <= 2 and "huge.txt" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""
