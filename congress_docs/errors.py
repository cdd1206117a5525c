"""The one tree of errors the library raises; cli.py turns them into messages and exit codes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "CongressDocsError",
    "ConversionError",
    "DataError",
    "DocumentReadError",
    "FileChangedError",
    "FixRefusedError",
    "Issue",
    "MissingDataError",
    "OutputBusyError",
    "OutputConflictError",
    "RenderError",
    "TemplateProblemError",
]


@dataclass(frozen=True)
class Issue:
    """One problem found in a user's file, located as precisely as the file allows."""

    file: Path | None
    message: str
    line: int | None = None
    column: int | None = None
    field: str = ""

    def __str__(self) -> str:
        place = str(self.file) if self.file is not None else "<?>"
        if self.line is not None:
            place += f":{self.line}"
            if self.column is not None:
                place += f":{self.column}"
        return (
            f"{place}: {self.field}: {self.message}" if self.field else f"{place}: {self.message}"
        )


class CongressDocsError(Exception):
    """Root of every error congress-docs raises on purpose; its text is ready for the user."""


class DataError(CongressDocsError):
    """Raised when data files (communes, districts, rule profiles) cannot be read or are invalid."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))


class MissingDataError(DataError):
    """Raised when a kit document (06-11) lacks the optional data it needs; issues name fields."""

    def __init__(self, kind: str, issues: Iterable[Issue]) -> None:
        self.kind = kind
        super().__init__(issues)


class TemplateProblemError(CongressDocsError):
    """Raised when a Word template is missing, unreadable, or has tag or variable errors."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues = tuple(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))


class RenderError(CongressDocsError):
    """Raised when filling a template fails: a missing value, a broken tag, invalid output XML."""


class OutputConflictError(CongressDocsError):
    """Raised when writing would replace a file the user changed or owns, without --force."""


class OutputBusyError(CongressDocsError):
    """Raised when another build holds the output folder's lock for longer than we may wait."""


class DocumentReadError(CongressDocsError):
    """Raised when a .docx given to the checker cannot be opened as a Word document."""


class FixRefusedError(CongressDocsError):
    """Raised when `check --fix` will not touch a document (tracked changes, macros, signed…)."""


class ConversionError(CongressDocsError):
    """Raised when PDF conversion through LibreOffice cannot run at all (not for one bad file)."""


class FileChangedError(OutputConflictError):
    """Raised when a file being edited was changed on disk since it was read; nothing is written."""
