"""The checker's results: where a finding is, what it says, and the report for one document."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from congress_docs.i18n import _

__all__ = ["CheckReport", "Finding", "Location", "Severity"]


class Severity(str, Enum):
    """How serious a finding is; only errors make `check` exit with 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Sort key: errors first."""
        return {"error": 0, "warning": 1, "info": 2}[self.value]


@dataclass(frozen=True)
class Location:
    """A place in a document: a body paragraph, a paragraph in a table cell, or a section."""

    kind: str  # "body", "table", "section", "header", "footer", "document"
    paragraph: int | None = None  # 1-based: among body paragraphs, or within the table cell
    table: int | None = None  # 1-based, top-level tables in reading order
    row: int | None = None
    cell: int | None = None
    section: int | None = None

    def describe(self) -> str:
        """Return the location in words, in the current language."""
        if self.kind == "table":
            return _("table {table}, row {row}, cell {cell}, paragraph {paragraph}").format(
                table=self.table, row=self.row, cell=self.cell, paragraph=self.paragraph
            )
        if self.kind == "body":
            return _("paragraph {paragraph}").format(paragraph=self.paragraph)
        if self.kind in ("header", "footer"):
            part = _("header") if self.kind == "header" else _("footer")
            return _("{part} of section {section}").format(part=part, section=self.section)
        if self.kind == "section":
            return _("section {section}").format(section=self.section)
        return _("whole document")

    def sort_key(self) -> tuple[int, int, int, int, int]:
        """Order locations roughly as they appear in the document."""
        return (
            self.section or 0,
            self.table or 0,
            self.row or 0,
            self.cell or 0,
            self.paragraph or 0,
        )


@dataclass(frozen=True)
class Finding:
    """One deviation: rule id, severity, where, excerpt, expected versus found, rule source."""

    rule_id: str
    severity: Severity
    location: Location
    excerpt: str
    expected: str
    found: str
    source: str
    message: str = ""

    def to_dict(self) -> dict[str, object]:
        """Return the finding as plain JSON-ready data."""
        return {
            "rule_id": self.rule_id,
            "severity": self.severity.value,
            "location": self.location.describe(),
            "where": {k: v for k, v in self.location.__dict__.items() if v is not None},
            "excerpt": self.excerpt,
            "expected": self.expected,
            "found": self.found,
            "source": self.source,
            "message": self.message,
        }


@dataclass
class CheckReport:
    """Every finding for one document, checked under one regime's rule set."""

    path: Path
    regime: str
    ruleset: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        """True when at least one finding is an error."""
        return any(finding.severity is Severity.ERROR for finding in self.findings)

    def count(self, severity: Severity) -> int:
        """Return how many findings have `severity`."""
        return sum(1 for finding in self.findings if finding.severity is severity)

    def rule_ids(self) -> set[str]:
        """Return the ids of every rule that fired."""
        return {finding.rule_id for finding in self.findings}

    def to_dict(self) -> dict[str, object]:
        """Return the report as plain JSON-ready data."""
        return {
            "path": str(self.path),
            "regime": self.regime,
            "ruleset": self.ruleset,
            "has_errors": self.has_errors,
            "counts": {s.value: self.count(s) for s in Severity},
            "findings": [finding.to_dict() for finding in self.findings],
        }
