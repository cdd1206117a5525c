"""Check a commune's data as the page holds it, with the loader and rules `validate` uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from congress_docs.errors import DataError, Issue
from congress_docs.loading import LoadedCongress, load_located
from congress_docs.rules import RuleFinding, evaluate
from congress_docs.yamlsource import Key, Located, Location

__all__ = ["CheckResult", "check_data"]

# Line 1 is what the loader reports when it cannot say where a value is; keys start after it.
_FIRST_LINE = 2


@dataclass
class CheckResult:
    """Problems by form field (dotted path of the commune file), and those with no field there."""

    errors: dict[str, list[str]] = field(default_factory=dict)
    to_fill: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)
    general: list[str] = field(default_factory=list)
    findings: list[RuleFinding] = field(default_factory=list)
    loaded: LoadedCongress | None = None

    @property
    def ok(self) -> bool:
        """True when the data loads without a data-model problem."""
        return not self.errors and not self.general and self.loaded is not None

    def to_json(self) -> dict[str, Any]:
        """A plain dict for the page."""
        return {
            "ok": self.ok,
            "errors": self.errors,
            "to_fill": self.to_fill,
            "notes": self.notes,
            "general": self.general,
            "findings": [finding_json(finding) for finding in self.findings],
        }


def finding_json(finding: RuleFinding) -> dict[str, Any]:
    """One rule finding for the page: what, the fact, the limit and the citation."""
    return {
        "rule": finding.rule_id,
        "severity": finding.severity,
        "message": finding.message,
        "fact": finding.fact_text,
        "limit": finding.limit_text,
        "citation": finding.citation,
        "unconfirmed": finding.unconfirmed,
        "field": finding.field,
        "text": str(finding),
    }


def check_data(path: Path, data: Any) -> CheckResult:
    """Validate commune data as if it were the file at `path` (merged with its district file)."""
    source, keys = _synthetic_source(path, data)
    result = CheckResult()
    try:
        loaded = load_located(path, source)
    except DataError as err:
        _sort(result.errors, result.general, err.issues, path, keys)
        return result
    result.loaded = loaded
    _sort(result.to_fill, [], loaded.warnings, path, keys)
    _sort(result.notes, [], loaded.normalised, path, keys)  # the district's notes are not ours
    try:
        result.findings = list(evaluate(loaded))
    except DataError as err:
        result.general.extend(str(issue) for issue in err.issues)
    return result


def _synthetic_source(path: Path, data: Any) -> tuple[Located, dict[int, Key]]:
    """Give every value of the data its own 'line', so each issue can be traced to its key.

    The merge with the district file renumbers lists of records; the line survives it.
    """
    locations: dict[Key, Location] = {}
    keys: dict[int, Key] = {}

    def visit(value: Any, key: Key) -> None:
        line = _FIRST_LINE + len(keys)
        keys[line] = key
        locations[key] = Location(path, line, 1)
        if isinstance(value, dict):
            for name, child in value.items():
                visit(child, (*key, str(name)))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                visit(child, (*key, index))

    visit(data, ())
    return Located(data, locations), keys


def _sort(
    by_field: dict[str, list[str]],
    general: list[str],
    issues: tuple[Issue, ...],
    path: Path,
    keys: dict[int, Key],
) -> None:
    for issue in issues:
        known = keys.get(issue.line or 0) if issue.file == path else None
        if issue.file != path:
            general.append(str(issue))
            continue
        merged = tuple(issue.field.split(".")) if issue.field else ()
        if known is None:
            name = issue.field
        else:
            # The located key is the nearest written ancestor; the rest of the path is beneath it.
            name = ".".join(str(part) for part in (*known, *merged[len(known):]))
        if name:
            by_field.setdefault(name, []).append(issue.message)
        else:
            general.append(issue.message)
