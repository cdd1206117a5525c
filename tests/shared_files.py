"""The read-only ../shared folder beside the clone: present in CI, perhaps absent elsewhere."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
REALDOCS = SHARED / "realdocs"
SEED = SHARED / "seed" / "ke-hoach-211-KH-HU.txt"


def require(path: Path) -> Path:
    """Return `path`; skip the test when it is absent, or fail when CI is set (CI has it)."""
    if path.exists():
        return path
    reason = (f"{path} is absent: these tests read ../shared beside the clone, which a clone "
              "made elsewhere does not have")
    if os.environ.get("CI"):
        pytest.fail(f"{reason}; CI must provide it")
    pytest.skip(reason)


def realdocs_names() -> list[str]:
    """File names of the real .docx documents, or one stand-in so an absence is reported."""
    names = sorted(path.name for path in REALDOCS.glob("*.docx"))
    return names or ["<realdocs absent>"]
