"""Validate congress files: the data-model checks of every file, gathered into one report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from congress_docs.errors import DataError, Issue
from congress_docs.loading import LoadedCongress, find_congress_files, load_congress

__all__ = ["FileResult", "ValidationReport", "validate_paths"]


@dataclass(frozen=True)
class FileResult:
    """The outcome of validating one congress file."""

    path: Path
    loaded: LoadedCongress | None
    issues: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file loaded without a data-model problem."""
        return self.loaded is not None and not self.issues

    @property
    def warnings(self) -> tuple[Issue, ...]:
        """Fields still to fill and other non-blocking remarks."""
        return self.loaded.warnings if self.loaded is not None else ()


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating a set of files."""

    files: tuple[FileResult, ...]

    @property
    def ok(self) -> bool:
        """True when every file is valid."""
        return all(result.ok for result in self.files)


def validate_paths(paths: Sequence[Path]) -> ValidationReport:
    """Validate every congress file found under `paths`, continuing past invalid ones."""
    results = []
    for path in find_congress_files(paths):
        try:
            results.append(FileResult(path, load_congress(path)))
        except DataError as err:
            results.append(FileResult(path, None, err.issues))
    return ValidationReport(tuple(results))
