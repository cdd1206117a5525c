"""Render check reports as text for people or as JSON for programs."""

from __future__ import annotations

import json
from collections.abc import Sequence

from congress_docs.checker.model import CheckReport, Finding, Severity
from congress_docs.i18n import _

__all__ = ["reports_to_json", "reports_to_text"]


def reports_to_json(reports: Sequence[CheckReport]) -> str:
    """Return every report as one JSON document (UTF-8 text, Vietnamese kept readable)."""
    payload = {
        "has_errors": any(report.has_errors for report in reports),
        "reports": [report.to_dict() for report in reports],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def reports_to_text(reports: Sequence[CheckReport]) -> str:
    """Return the reports as readable text, one block per document."""
    return "\n\n".join(_report_text(report) for report in reports)


def _report_text(report: CheckReport) -> str:
    summary = _("{path} ({ruleset}): {errors} errors, {warnings} warnings, {infos} notes").format(
        path=report.path,
        ruleset=report.ruleset,
        errors=report.count(Severity.ERROR),
        warnings=report.count(Severity.WARNING),
        infos=report.count(Severity.INFO),
    )
    return "\n".join([summary, *(_finding_text(finding) for finding in report.findings)])


def _severity_name(severity: Severity) -> str:
    return {
        Severity.ERROR: _("ERROR"),
        Severity.WARNING: _("WARNING"),
        Severity.INFO: _("NOTE"),
    }[severity]


def _finding_text(finding: Finding) -> str:
    head = f"  {_severity_name(finding.severity)} {finding.rule_id} [{finding.location.describe()}]"
    head += f" {finding.message}"
    lines = [head]
    if finding.excerpt:
        lines.append(f"      « {finding.excerpt} »")
    lines.append(
        "      "
        + _("expected: {expected}; found: {found}").format(
            expected=finding.expected, found=finding.found
        )
    )
    lines.append("      " + _("rule: {source}").format(source=finding.source))
    return "\n".join(lines)
