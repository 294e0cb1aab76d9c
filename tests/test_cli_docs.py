"""Every command is documented in the README and has a worked example in its --help."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from thidua.cli import cli

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "thidua") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        full = f"{prefix} {name}"
        out.append((full, cmd))
        if isinstance(cmd, click.Group):
            out.extend(_commands(cmd, full))
    return out


COMMANDS = _commands(cli)
EXPECTED = {"build", "check", "export", "extract", "eval", "query", "push", "serve", "graph", "chart"}


def test_all_expected_commands_exist() -> None:
    assert EXPECTED <= set(cli.commands)


@pytest.mark.parametrize(("name", "cmd"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_is_in_readme_and_help_has_an_example(name: str, cmd: click.Command) -> None:
    top = " ".join(name.split()[:2])
    assert f"`{top}" in README, f"{top} is not documented in README.md"
    result = CliRunner().invoke(cli, [*name.split()[1:], "--help"])
    assert result.exit_code == 0
    if not isinstance(cmd, click.Group):
        assert "Example" in result.output, f"{name} --help has no worked example"
