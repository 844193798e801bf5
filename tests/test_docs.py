"""Docs are tested: every command has help and a section in docs/cli.md; README keeps its promise."""

from __future__ import annotations

import re

from click.testing import CliRunner

from conftest import ROOT
from multipolar.cli import main


def _commands(group, prefix=""):
    for name, cmd in group.commands.items():
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, f"{prefix}{name} ")
        else:
            yield f"{prefix}{name}"


def test_docs_every_command_has_help_and_a_section():
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^## `multipolar ([a-z -]+)`", text, re.M))
    for name in _commands(main):
        r = CliRunner().invoke(main, [*name.split(), "--help"])
        assert r.exit_code == 0, name
        assert name in documented, f"docs/cli.md has no section for `multipolar {name}`"


def test_docs_readme_states_the_two_setup_commands_and_ci_runs_the_test_one():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
