"""Format checker for .docx documents under the MTTQ, NĐ 30/2020 or Party (HD 36) rules."""

from __future__ import annotations

from congress_docs.checker.engine import (
    REGIMES,
    CheckBatch,
    check_batch,
    check_document,
    check_documents,
)
from congress_docs.checker.model import CheckReport, Finding, Location, Severity
from congress_docs.checker.report import reports_to_json, reports_to_text
from congress_docs.checker.rulesets import RULE_IDS, RuleSet, load_ruleset, ruleset_for

__all__ = [
    "REGIMES",
    "RULE_IDS",
    "CheckBatch",
    "CheckReport",
    "Finding",
    "Location",
    "RuleSet",
    "Severity",
    "check_batch",
    "check_document",
    "check_documents",
    "load_ruleset",
    "reports_to_json",
    "reports_to_text",
    "ruleset_for",
]
