"""Save the page's edits into the commune file: checked first, round-trip, never over a change."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from congress_docs.errors import DataError, FileChangedError
from congress_docs.i18n import _
from congress_docs.roundtrip import open_commune, save_commune
from congress_docs.web.checking import CheckResult
from congress_docs.web.editing import Changes, apply_changes
from congress_docs.web.workspace import Workspace

__all__ = ["SaveOutcome", "save_changes"]

_LOCK = threading.Lock()


@dataclass
class SaveOutcome:
    """What the page is told after "Lưu": saved (new version), refused, or changed on disk."""

    status: int
    saved: bool
    version: str = ""
    message: str = ""
    check: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """A plain dict for the page."""
        return {"saved": self.saved, "version": self.version, "message": self.message,
                "check": self.check}


def save_changes(workspace: Workspace, ident: str, version: str, changes: Changes) -> SaveOutcome:
    """Save under one lock, so two pages saving at once cannot interleave (see `_save`)."""
    with _LOCK:
        return _save(workspace, ident, version, changes)


def _save(workspace: Workspace, ident: str, version: str, changes: Changes) -> SaveOutcome:
    """Apply `changes` to the file and write it, unless the result is invalid or the file moved.

    `version` is the hash of the file as the page read it. The data is checked as the page
    checks it (errors by field); the round-trip editor then checks the text it will write
    with the loader and writes it atomically, keeping comments and order.
    """
    path = workspace.resolve(ident)
    try:
        edit = open_commune(path)
    except DataError as err:
        return SaveOutcome(422, False, message="\n".join(str(issue) for issue in err.issues))
    if edit.sha256 != version:
        return SaveOutcome(409, False, message=_changed_message())
    data = workspace.data(ident)
    apply_changes(data, changes)
    result: CheckResult = workspace.check(ident, data)
    if not result.ok:
        return SaveOutcome(422, False, check=result.to_json())
    apply_changes(edit.document, changes)
    try:
        saved = save_commune(edit, expected_sha256=version)
    except FileChangedError:
        return SaveOutcome(409, False, message=_changed_message())
    except DataError as err:
        return SaveOutcome(422, False, message="\n".join(str(issue) for issue in err.issues),
                           check=result.to_json())
    # What was written is the data just checked, so that check stands for the saved file.
    return SaveOutcome(200, True, saved.sha256, check=result.to_json())


def _changed_message() -> str:
    return _("the file was changed on disk since the page was opened; nothing was written")
