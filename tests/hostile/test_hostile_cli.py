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
