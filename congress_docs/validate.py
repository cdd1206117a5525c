"""Validate congress files: the data-model checks of every file, then its rule profile's checks."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from congress_docs.context import kit_gaps
from congress_docs.errors import DataError, Issue
from congress_docs.identity import duplicate_issues
from congress_docs.loading import LoadedCongress, find_congress_files, load_congress
from congress_docs.rules import RuleFinding, evaluate

__all__ = ["FileResult", "ValidationReport", "validate_paths"]


@dataclass(frozen=True)
class FileResult:
    """The outcome of validating one congress file."""

    path: Path
    loaded: LoadedCongress | None
    issues: tuple[Issue, ...] = ()
    findings: tuple[RuleFinding, ...] = ()
    # Kit documents (06-11) not written yet, one issue per field their data still needs.
    gaps: tuple[Issue, ...] = ()

    @property
    def ok(self) -> bool:
        """True when the file loaded without a data-model problem."""
        return self.loaded is not None and not self.issues

    @property
    def warnings(self) -> tuple[Issue, ...]:
        """Fields still to fill and other non-blocking remarks."""
        return self.loaded.warnings if self.loaded is not None else ()

    @property
    def normalised(self) -> tuple[Issue, ...]:
        """Values read differently from how they were written, each naming its field."""
        return self.loaded.normalised if self.loaded is not None else ()

    def rule_count(self, severity: str) -> int:
        """How many rule findings of `severity` ("error" or "warning") the file has."""
        return sum(1 for finding in self.findings if finding.severity == severity)

    def passes(self, *, strict: bool = False) -> bool:
        """True when the file is valid and breaks no rule error (nor a warning, when strict)."""
        return (
            self.ok
            and self.rule_count("error") == 0
            and not (strict and self.rule_count("warning"))
        )

    def to_json(self) -> dict[str, Any]:
        """A plain dict for --format json."""
        return {
            "file": str(self.path),
            "ok": self.ok,
            "commune": _unit_name(self.loaded),
            "issues": [_issue_json(issue) for issue in self.issues],
            "to_fill": [_issue_json(issue) for issue in self.warnings],
            "normalised": [_issue_json(issue) for issue in self.normalised],
            "findings": [finding.to_json() for finding in self.findings],
            "documents_not_ready": [_issue_json(issue) for issue in self.gaps],
        }


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating a set of files."""

    files: tuple[FileResult, ...]

    @property
    def ok(self) -> bool:
        """True when every file is valid."""
        return all(result.ok for result in self.files)

    @property
    def findings(self) -> tuple[RuleFinding, ...]:
        """The rule findings of every file, in file order."""
        return tuple(finding for result in self.files for finding in result.findings)

    def passes(self, *, strict: bool = False) -> bool:
        """True when every file passes (rule warnings count as errors when strict)."""
        return all(result.passes(strict=strict) for result in self.files)

    def to_json(self, *, strict: bool = False) -> dict[str, Any]:
        """A plain dict for --format json."""
        return {
            "ok": self.passes(strict=strict),
            "strict": strict,
            "rule_errors": sum(result.rule_count("error") for result in self.files),
            "rule_warnings": sum(result.rule_count("warning") for result in self.files),
            "files": [result.to_json() for result in self.files],
        }


def validate_paths(paths: Sequence[Path]) -> ValidationReport:
    """Validate every congress file found under `paths`, continuing past invalid ones.

    A file that loads is then checked against the rule profile it names (rules_profile); a
    profile that cannot be found or read is reported as a problem of that file.
    """
    results = []
    for path in find_congress_files(paths):
        try:
            loaded = load_congress(path)
        except DataError as err:
            results.append(FileResult(path, None, err.issues))
            continue
        try:
            results.append(FileResult(path, loaded, findings=tuple(evaluate(loaded)),
                                      gaps=tuple(kit_gaps(loaded))))
        except DataError as err:
            results.append(FileResult(path, loaded, err.issues))
    return ValidationReport(tuple(_mark_duplicates(results)))


def _mark_duplicates(results: list[FileResult]) -> list[FileResult]:
    """Files that describe the same commune get an issue naming each other."""
    duplicates = duplicate_issues(
        [(result.path, result.loaded.model) for result in results if result.loaded is not None]
    )
    return [
        replace(result, issues=(*result.issues, duplicates[result.path]))
        if result.path in duplicates else result
        for result in results
    ]


def _unit_name(loaded: LoadedCongress | None) -> str | None:
    return f"{loaded.model.unit.kind} {loaded.model.unit.name}" if loaded is not None else None


def _issue_json(issue: Issue) -> dict[str, Any]:
    return {
        "file": str(issue.file) if issue.file is not None else None,
        "line": issue.line,
        "column": issue.column,
        "field": issue.field,
        "message": issue.message,
    }
