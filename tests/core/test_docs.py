"""Every command has help text and appears in the README; the README's set-up commands exist."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from timeline import __version__
from timeline.cli import cli

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(cli.commands)


def test_there_are_commands() -> None:
    assert {"init", "build", "events"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    command = cli.commands[name]
    assert command.help and len(command.help.strip()) > 20
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert command.help.strip().split("\n")[0] in result.output
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"timeline {name} {param.opts[0]} has no help text"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name: str) -> None:
    shown = re.search(rf"timeline {re.escape(name)}\b", README)
    assert shown, f"README does not show timeline {name}"


def test_version() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.output.strip() == f"timeline, version {__version__}"


def test_readme_set_up_commands_are_the_ones_ci_runs() -> None:
    assert "scripts/test" in README
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text()
    assert (ROOT / "scripts" / "test").stat().st_mode & 0o111
