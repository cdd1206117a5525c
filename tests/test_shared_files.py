"""Tests reading ../shared skip with a reason where it is absent, and fail when CI is set."""

from __future__ import annotations

from pathlib import Path

import pytest
from shared_files import require


def test_an_absent_shared_folder_skips_with_its_path_and_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="a clone made elsewhere") as caught:
        require(tmp_path / "realdocs")
    assert str(tmp_path / "realdocs") in str(caught.value)


def test_an_absent_shared_folder_fails_in_ci(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI must provide it"):
        require(tmp_path / "realdocs")


def test_a_present_folder_is_returned(tmp_path: Path) -> None:
    assert require(tmp_path) == tmp_path
