"""Nothing half-written: a `build` stopped at any moment (Ctrl-C or SIGKILL) leaves the previous
output file whole, or the new one whole, never a mix or a truncated file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROVINCES = ["Bắc Ninh", "Nam Định", "Hải Dương", "Hà Nam", "Thái Bình", "Ninh Bình", "Hưng Yên", "Vĩnh Phúc"]


def _facts(folder: Path, n_docs: int) -> None:
    folder.mkdir()
    with (folder / "many.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n_docs):
            cluster = {"authority": "Bộ TTTT", "bloc": "Sở TTTT", "number": 1 + i % 40}
            facts = [
                {"kind": "membership", "cluster": cluster, "year": 2000 + i // 40 % 25,
                 "member": {"org": "Sở TTTT", "province": p},
                 "evidence": {"text": f"Cụm {1 + i % 40} gồm Sở TTTT {p}", "start": 10 * k, "end": 10 * k + 9}}
                for k, p in enumerate(PROVINCES)
            ]  # fmt: skip
            fh.write(json.dumps({"source": {"id": f"s{i}", "title": f"Tin {i}"}, "facts": facts}, ensure_ascii=False))
            fh.write("\n")


@pytest.fixture(autouse=True)
def _in_root(root: Path) -> None:
    os.chdir(root)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL])
def test_interrupted_build_leaves_a_whole_file(sig: signal.Signals, tmp_path: Path) -> None:
    _facts(tmp_path / "facts", 1500)
    ref = tmp_path / "ref.ttl"
    cmd = [sys.executable, "-m", "thidua", "build", str(tmp_path / "facts"), "-q", "-o"]
    t0 = time.monotonic()
    subprocess.run([*cmd, str(ref)], check=True, timeout=300)
    full = time.monotonic() - t0
    new = ref.read_bytes()
    old = b"@prefix td: <https://w3id.org/thidua/ontology#> .\n# the previous graph\n"
    out = tmp_path / "out" / "kg.ttl"
    out.parent.mkdir()
    seen = set()
    for frac in (0.2, 0.5, 0.8, 0.95):
        out.write_bytes(old)
        proc = subprocess.Popen([*cmd, str(out)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(full * frac)
        proc.send_signal(sig)
        _, err = proc.communicate(timeout=120)
        data = out.read_bytes()
        assert data in (old, new), f"{sig.name} at {frac:.0%}: the output is neither the old nor the new file"
        seen.add("old" if data == old else "new")
        assert b"Traceback" not in err, err.decode()[-500:]
        leftovers = [p.name for p in out.parent.iterdir() if p.name != "kg.ttl"]
        if sig == signal.SIGINT:
            assert leftovers == [], leftovers  # Ctrl-C cleans its temporary file
        else:
            for name in leftovers:  # SIGKILL cannot clean up: only a hidden temporary may stay
                assert name.startswith(".kg.ttl.") and name.endswith(".tmp"), name
                (out.parent / name).unlink()
    assert seen, "no run was interrupted"
