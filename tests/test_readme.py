"""The README's session block runs as written and prints what the README shows."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TIMING = re.compile(r"in [0-9.]+ ms")


def _session() -> list[tuple[str, str]]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("<!-- checked-session -->", 1)[1].split("```console\n", 1)[1].split("```", 1)[0]
    steps: list[tuple[str, str]] = []
    for line in block.splitlines(keepends=True):
        if line.startswith("$ "):
            steps.append((line[2:].strip(), ""))
        else:
            steps[-1] = (steps[-1][0], steps[-1][1] + line)
    return steps


STEPS = _session()


def test_session_is_not_empty() -> None:
    assert len(STEPS) >= 5


@pytest.mark.parametrize(("command", "expected"), STEPS, ids=[c.split(" -")[0] for c, _ in STEPS])
def test_readme_command_prints_what_the_readme_shows(command: str, expected: str, seeds_dir: Path) -> None:
    argv = shlex.split(command)
    assert argv[0] == "thidua"
    result = subprocess.run(
        [sys.executable, "-m", "thidua", *argv[1:]],
        cwd=ROOT, capture_output=True, text=True, env={**os.environ, "COLUMNS": "200"}, check=False,
    )  # fmt: skip
    # stdout and stderr interleave in a terminal; the README lists stdout then stderr per command.
    got = TIMING.sub("in … ms", result.stdout + result.stderr)
    assert result.returncode == 0, got
    assert got == TIMING.sub("in … ms", expected)
