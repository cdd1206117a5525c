"""Validate congress files: the data-model checks of every file, then its rule profile's checks."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from congress_docs.context import kit_gaps
from congress_docs.errors import DataError, Issue
from congress_docs.identity import commune_key, duplicate_issues, duplicate_issues_by_key
from congress_docs.loading import LoadedCongress, find_congress_files, load_congress
from congress_docs.prescan import scan_key
from congress_docs.rules import RuleFinding, evaluate

__all__ = [
    "FileLine", "FileResult", "Tally", "ValidationReport", "iter_validated", "validate_file",
    "validate_paths",
]


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
        tally = Tally(strict=strict, keep_json=True)
        for result in self.files:
            tally.add(result)
        return tally.to_json()


@dataclass(frozen=True)
class FileLine:
    """What the closing lines of a validation say of one file."""

    path: Path
    ok: bool
    problems: int
    title: str
    to_fill: int


@dataclass
class Tally:
    """What a validation says at its end, gathered file by file without keeping their data."""

    strict: bool = False
    keep_json: bool = False
    files: list[FileLine] = field(default_factory=list)
    findings: list[RuleFinding] = field(default_factory=list)
    rule_errors: int = 0
    rule_warnings: int = 0
    passed: bool = True
    json_files: list[dict[str, Any]] = field(default_factory=list)

    def add(self, result: FileResult) -> None:
        """Count one file's result in."""
        title = _unit_name(result.loaded) or ""
        self.files.append(FileLine(result.path, result.ok, len(result.issues), title,
                                   len(result.warnings)))
        self.findings.extend(result.findings)
        self.rule_errors += result.rule_count("error")
        self.rule_warnings += result.rule_count("warning")
        self.passed = self.passed and result.passes(strict=self.strict)
        if self.keep_json:
            self.json_files.append(result.to_json())

    @property
    def valid(self) -> int:
        """How many files loaded without a data-model problem."""
        return sum(line.ok for line in self.files)

    def to_json(self) -> dict[str, Any]:
        """A plain dict for --format json (the tally must keep each file's JSON)."""
        return {
            "ok": self.passed,
            "strict": self.strict,
            "rule_errors": self.rule_errors,
            "rule_warnings": self.rule_warnings,
            "files": self.json_files,
        }


def validate_paths(paths: Sequence[Path]) -> ValidationReport:
    """Validate every congress file found under `paths`, continuing past invalid ones.

    A file that loads is then checked against the rule profile it names (rules_profile); a
    profile that cannot be found or read is reported as a problem of that file.
    """
    return ValidationReport(tuple(iter_validated(paths)))


def iter_validated(paths: Sequence[Path]) -> Iterator[FileResult]:
    """Validate the files found under `paths` one at a time, in order, as validate_paths does.

    Nothing of a file is kept once its result is taken, so a province or the whole country
    (3,321 units: 1.7 GB when every result was held) is checked in the memory of one commune.
    Which commune each file describes is read first from the few blocks that name it, so two
    files of one commune both carry the duplicate issue, whichever comes first.
    """
    files = find_congress_files(paths)
    # A single file has no one to share its commune with.
    scanned = files if len(files) > 1 else []
    keys = [(path, key[0], key[1]) for path in scanned if (key := scan_key(path)) is not None]
    duplicates = duplicate_issues_by_key(keys)
    seen: dict[tuple[str, str], Path] = {}
    for path in files:
        result = validate_file(path)
        issue = duplicates.get(path)
        if result.loaded is not None:
            model = result.loaded.model
            other = seen.setdefault(commune_key(model), path)
            if issue is None and other != path:
                # The names read first could not tell (or told otherwise): the loaded data can.
                issue = duplicate_issues([(other, model), (path, model)])[path]
        yield replace(result, issues=(*result.issues, issue)) if issue is not None else result


def validate_file(path: Path) -> FileResult:
    """Load one congress file and check it against its rule profile; never raises DataError."""
    try:
        loaded = load_congress(path)
    except DataError as err:
        return FileResult(path, None, err.issues)
    try:
        return FileResult(path, loaded, findings=tuple(evaluate(loaded)),
                          gaps=tuple(kit_gaps(loaded)))
    except DataError as err:
        return FileResult(path, loaded, err.issues)


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
