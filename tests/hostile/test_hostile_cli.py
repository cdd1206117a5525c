"""The CLI part of the hostile corpus: Click's own texts, and `new` with any commune name."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from runner import check_outcome, load_cases, run_cli

from congress_docs.loading import load_congress

CLI_CASES = load_cases("cli")
# The starter's own "still to fill" warnings are not what these cases are about.
NEW_CASES = [dict(case, ignore="(còn dấu '…')") for case in load_cases("new")]


@pytest.mark.parametrize("case", CLI_CASES, ids=[case["id"] for case in CLI_CASES])
def test_cli_case(case: dict[str, Any], tmp_path: Path) -> None:
    outcome = run_cli(list(case["args"]), cwd=tmp_path)
    check_outcome(case, outcome, {})


@pytest.mark.parametrize("case", NEW_CASES, ids=[case["id"] for case in NEW_CASES])
def test_new_case(case: dict[str, Any], tmp_path: Path) -> None:
    path = tmp_path / "moi.yaml"
    outcome = run_cli(["--lang", "vi", "new", str(path), "--commune", case["commune"]])
    check_outcome(case, outcome, {"file": str(path)})
    if case["exit"] == 0:
        assert load_congress(path).model.unit.name == case["loads_as"]
    else:
        assert not path.exists()


def _help_texts() -> list[tuple[str, str]]:
    import inspect

    import click

    from congress_docs.cli import cli

    found: list[tuple[str, str]] = []
    for name, command in cli.commands.items():
        for item in (command, *command.params):
            text = getattr(item, "help", None)
            if text:
                found.append((name, inspect.cleandoc(text)))
    assert isinstance(cli, click.Group)
    return found


@pytest.mark.parametrize(("command", "text"), _help_texts())
def test_every_command_and_option_help_has_a_vietnamese_translation(command: str,
                                                                     text: str) -> None:
    from congress_docs.i18n import catalogue

    assert catalogue("vi").get(text), (
        f"'{command}': no Vietnamese help for {text!r}; add it to a .po file in "
        "congress_docs/locale/vi/ (msgid: the help as Click shows it, dedented)")
