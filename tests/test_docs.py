"""The README documents every command and its two set-up commands; CI runs its test command."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from congress_docs.cli import cli

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_a_readme_section(name: str) -> None:
    assert f"### {name}\n" in README
    assert f"congress-docs {name}" in README or f"congress-docs --lang en {name}" in README


def test_readme_has_exactly_two_setup_commands() -> None:
    section = README.split("## Set up on a fresh machine", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```\n(.*?)```", section, flags=re.S)
    assert [block.strip() for block in blocks] == [
        "python3 -m venv .venv && .venv/bin/python -m pip install . "
        "&& .venv/bin/congress-docs build",
        "bash .ci/run",
    ]


def test_ci_runs_the_readme_test_command() -> None:
    command = re.search(r"test command `([^`]+)`", README)
    assert command is not None
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command.group(1) in ci.splitlines()
