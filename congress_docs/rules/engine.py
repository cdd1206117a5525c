"""Run a profile's rules over one congress file and report every rule that does not hold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _, current_language
from congress_docs.loading import LoadedCongress
from congress_docs.models import CongressFile
from congress_docs.rules.facts import display_name, level_of
from congress_docs.rules.lookup import profile_for
from congress_docs.rules.profile import CompiledRule, Condition, RuleProfile, Severity
from congress_docs.rules.registry import Context, Outcome, Step
from congress_docs.rules.values import Bound, Unit, Value, format_bound, format_value, json_value
from congress_docs.yamlsource import Located

__all__ = [
    "RuleFinding",
    "applicable_rules",
    "check_for_build",
    "due_dates",
    "evaluate",
    "evaluate_model",
    "matches",
]


@dataclass(frozen=True)
class RuleFinding:
    """One rule a congress file breaks: the fact, the limit, a message and the source it cites."""

    rule_id: str
    severity: Severity
    commune: str
    fact: Value
    limit: Bound
    message: str
    citation: str
    unit: Unit = ""
    unconfirmed: bool = False
    path: Path | None = None
    line: int | None = None
    field: str = ""

    @property
    def fact_text(self) -> str:
        """The fact as shown to people."""
        return format_value(self.fact, self.unit)

    @property
    def limit_text(self) -> str:
        """The limit as shown to people."""
        return format_bound(self.limit, self.unit)

    @property
    def place(self) -> str:
        """file:line of the data the rule read, or '' when unknown."""
        if self.path is None:
            return ""
        return f"{self.path}:{self.line}" if self.line is not None else str(self.path)

    def __str__(self) -> str:
        severity = _("ERROR") if self.severity == "error" else _("WARNING")
        text = _("{commune}: {severity} {rule}: {message} (fact {fact}; limit {limit}; "
                 "source: {citation})").format(
            commune=self.commune, severity=severity, rule=self.rule_id, message=self.message,
            fact=self.fact_text, limit=self.limit_text, citation=self.citation)
        if self.unconfirmed:
            text += _(" [adjustable default, unconfirmed]")
        return f"{self.place}: {text}" if self.place else text

    def to_json(self) -> dict[str, Any]:
        """A plain dict for --format json."""
        return {
            "rule_id": self.rule_id, "severity": self.severity, "commune": self.commune,
            "file": str(self.path) if self.path else None, "line": self.line,
            "field": self.field, "fact": json_value(self.fact), "fact_text": self.fact_text,
            "limit": self.limit.to_json(), "limit_text": self.limit_text, "unit": self.unit,
            "message": self.message, "citation": self.citation, "unconfirmed": self.unconfirmed,
        }


def evaluate(loaded: LoadedCongress, profile: RuleProfile | None = None) -> list[RuleFinding]:
    """Return the findings of `profile` (default: the one the file names) on a loaded file.

    Raises DataError when the named profile cannot be found or read.
    """
    chosen = profile if profile is not None else profile_for(loaded)
    if chosen is None:
        return []
    return evaluate_model(loaded.model, chosen, loaded.path, loaded.source)


def check_for_build(loaded: LoadedCongress) -> list[RuleFinding | Issue]:
    """The findings of the file's profile; a profile that cannot be read becomes issues.

    A build must go on while the plan is being fixed, so nothing here raises.
    """
    try:
        return list(evaluate(loaded))
    except DataError as err:
        return list(err.issues)


def evaluate_model(
    model: CongressFile, profile: RuleProfile, path: Path | None = None,
    source: Located | None = None,
) -> list[RuleFinding]:
    """Return the findings of `profile` on a model (errors first, then warnings, in rule order).

    A profile written for another term gives one error and no other finding.
    """
    mismatch = _term_mismatch(model, profile, path)
    if mismatch is not None:
        return [_locate(mismatch, ("congress.term",), source)]
    findings: list[RuleFinding] = []
    context = Context(young_age_max=profile.young_age_max)
    for rule in applicable_rules(model, profile):
        outcome = rule.kind.check(model, rule.params, context)
        if outcome is not None and not outcome.passed:
            findings.append(_locate(_finding(model, rule, outcome, path), rule.kind.fields, source))
    return sorted(findings, key=lambda finding: finding.severity != "error")


def applicable_rules(model: CongressFile, profile: RuleProfile) -> list[CompiledRule]:
    """The rules of `profile` whose condition matches this congress."""
    return [rule for rule in profile.rules if matches(rule.rule.when, model)]


def matches(condition: Condition, model: CongressFile) -> bool:
    """True when the congress fits the rule's `when` condition."""
    if condition.level is not None and condition.level != level_of(model):
        return False
    if condition.pilot is not None and condition.pilot != model.congress.pilot:
        return False
    return condition.has_district is None or condition.has_district == (model.district is not None)


def due_dates(model: CongressFile, profile: RuleProfile) -> dict[Step, tuple[dt.date, str]]:
    """For each dated step, the earliest due date the applicable rules set, and its citation."""
    due: dict[Step, tuple[dt.date, str]] = {}
    for rule in applicable_rules(model, profile):
        step, compute = rule.kind.step, rule.kind.due
        date = compute(model, rule.params) if step is not None and compute is not None else None
        if step is not None and date is not None and (step not in due or date < due[step][0]):
            due[step] = (date, rule.citation)
    return due


def _term_mismatch(
    model: CongressFile, profile: RuleProfile, path: Path | None
) -> RuleFinding | None:
    # A profile's numbers and dates belong to one term: applied to another they mislead.
    term, wanted = model.congress.term, profile.term
    if (term.start, term.end) == (wanted.start, wanted.end):
        return None
    message = _("the rule profile '{profile}' is for the term {wanted}, not {term}").format(
        profile=profile.id, wanted=f"{wanted.start}-{wanted.end}", term=f"{term.start}-{term.end}")
    return RuleFinding("profile-term", "error", display_name(model), term.start,
                       Bound(wanted.start, wanted.start), message, profile.title, path=path)


def _finding(
    model: CongressFile, rule: CompiledRule, outcome: Outcome, path: Path | None
) -> RuleFinding:
    commune = display_name(model)
    values = {
        "commune": commune,
        "fact": format_value(outcome.fact, outcome.unit),
        "limit": format_bound(outcome.limit, outcome.unit),
        **outcome.extra,
    }
    template = rule.rule.message_vi if current_language() == "vi" else rule.rule.message_en
    return RuleFinding(
        rule.id, rule.rule.severity, commune, outcome.fact, outcome.limit,
        template.format(**values), rule.citation, outcome.unit, rule.unconfirmed, path,
    )


def _locate(finding: RuleFinding, fields: tuple[str, ...], source: Located | None) -> RuleFinding:
    if source is None or not fields:
        return finding
    keys = [tuple(field.split(".")) for field in fields]
    key = next((key for key in keys if key in source.locations), keys[0])
    where = source.locate(key)
    if where is None:
        return replace(finding, field=".".join(key))
    return replace(finding, path=where.file, line=where.line, field=".".join(key))
