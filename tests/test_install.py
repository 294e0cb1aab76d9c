"""A normal (non-editable) install works from any directory and leaks no top-level modules.

The wheel is built from this checkout and installed with ``--target`` into a temporary folder,
which is put first on ``PYTHONPATH`` of a child process running in another directory; the
dependencies come from the test environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory, root: Path) -> Path:
    tmp = tmp_path_factory.mktemp("install")
    wheels = tmp / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(wheels),
         str(root)],
        check=True, cwd=tmp,
    )  # fmt: skip
    wheel = next(wheels.glob("thidua_kg-*.whl"))
    site = tmp / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site), str(wheel)],
        check=True,
    )
    return site


def test_wheel_has_one_top_level_package(installed: Path) -> None:
    tops = {p.name for p in installed.iterdir() if not p.name.endswith(".dist-info") and p.name != "bin"}
    assert tops == {"thidua"}, tops
    for leaked in ("loaders", "queries", "ontology"):
        assert not (installed / leaked).exists()
    wheel_dir = installed.parent / "wheels"
    names = zipfile.ZipFile(next(wheel_dir.glob("*.whl"))).namelist()
    assert "thidua/ontology/thidua.ttl" in names
    assert "thidua/ontology/provinces.ttl" in names
    assert "thidua/loaders/facts.py" in names
    assert any(n.startswith("thidua/queries/") and n.endswith(".rq") for n in names)


def test_installed_package_runs_from_another_directory(installed: Path, root: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(installed)}
    probe = (
        "import thidua, thidua.loaders.facts, thidua.loaders.articles, thidua.extract, thidua.queries, thidua.ontology;"
        "from importlib import resources;"
        "print(thidua.__file__);"
        "print(sorted(p.name for p in resources.files('thidua.queries').iterdir() if p.name.endswith('.rq'))[:1]);"
        "print(len(resources.files('thidua.ontology').joinpath('provinces.ttl').read_text('utf-8')))"
    )
    out = subprocess.run([sys.executable, "-c", probe], env=env, cwd=tmp_path, capture_output=True, text=True,
                         check=True).stdout.splitlines()  # fmt: skip
    assert out[0].startswith(str(installed)), out[0]
    assert out[1] != "[]"
    assert int(out[2]) > 10_000
    result = tmp_path / "kg.ttl"
    subprocess.run(
        [sys.executable, "-m", "thidua", "build", str(root / "data" / "facts"), "-o", str(result), "-q"],
        env=env, cwd=tmp_path, check=True,
    )  # fmt: skip
    assert result.read_bytes() == (root / "data" / "kg.ttl").read_bytes()
    article = tmp_path / "bai.txt"
    article.write_text(
        "Ngày 10/12/2022, Cụm thi đua số 5 các Sở Thông tin và Truyền thông tổ chức hội nghị. "
        "Năm 2023, Sở TTTT Quảng Ngãi làm Cụm trưởng.\n",
        encoding="utf-8",
    )
    extracted = subprocess.run(
        [sys.executable, "-m", "thidua", "extract", str(article), "--published", "2022-12-10"],
        env=env, cwd=tmp_path, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    assert "Quảng Ngãi" in extracted
