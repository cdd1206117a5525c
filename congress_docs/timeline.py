"""The preparation timeline of each congress: dated steps from its rule profile, with status."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.loading import LoadedCongress, find_congress_files, load_congress
from congress_docs.rules import RuleProfile, due_dates, profile_for
from congress_docs.rules.facts import congress_end, display_name
from congress_docs.rules.registry import Step
from congress_docs.rules.values import format_value

__all__ = [
    "DEFAULT_RISK_DAYS",
    "Status",
    "StepKind",
    "Timeline",
    "TimelineStep",
    "render_table",
    "steps_for",
    "timeline_for_paths",
]

StepKind = Literal["documents", "personnel_scheme", "congress", "congress_deadline"]
Status = Literal["done", "late", "at_risk", "upcoming"]
DEFAULT_RISK_DAYS = 14


@dataclass(frozen=True)
class TimelineStep:
    """One dated step of one commune's preparation."""

    commune: str
    path: Path
    step: StepKind
    date: dt.date
    status: Status
    done_on: dt.date | None = None
    end: dt.date | None = None
    citation: str = ""

    @property
    def label(self) -> str:
        """The step's name in the current language."""
        return step_label(self.step)

    @property
    def status_label(self) -> str:
        """The status in the current language."""
        return status_label(self.status)


@dataclass(frozen=True)
class Timeline:
    """The steps of every commune, as seen on `today`, plus the files that could not be read."""

    today: dt.date
    risk_days: int
    steps: tuple[TimelineStep, ...]
    problems: tuple[Issue, ...] = ()

    def count(self, status: Status) -> int:
        """How many steps have `status`."""
        return sum(1 for step in self.steps if step.status == status)


def step_label(step: StepKind) -> str:
    """The name of a step in the current language."""
    labels = {
        "documents": _("Documents approved by"),
        "personnel_scheme": _("Personnel scheme approved by"),
        "congress": _("Congress"),
        "congress_deadline": _("Deadline for the congress"),
    }
    return labels[step]


def status_label(status: Status) -> str:
    """The name of a status in the current language."""
    labels = {
        "done": _("done"),
        "late": _("late"),
        "at_risk": _("at risk"),
        "upcoming": _("upcoming"),
    }
    return labels[status]


def timeline_for_paths(
    paths: Sequence[Path], *, today: dt.date, risk_days: int = DEFAULT_RISK_DAYS
) -> Timeline:
    """Build the timeline of every congress file under `paths`; unreadable files become problems."""
    steps: list[TimelineStep] = []
    problems: list[Issue] = []
    for path in find_congress_files(paths):
        try:
            loaded = load_congress(path)
        except DataError as err:
            problems.extend(err.issues)
            continue
        try:
            profile = profile_for(loaded)
        except DataError as err:
            problems.extend(err.issues)
            profile = None
        steps.extend(steps_for(loaded, profile, today=today, risk_days=risk_days))
    return Timeline(today, risk_days, tuple(steps), tuple(problems))


def steps_for(
    loaded: LoadedCongress, profile: RuleProfile | None, *, today: dt.date,
    risk_days: int = DEFAULT_RISK_DAYS,
) -> list[TimelineStep]:
    """The dated steps of one congress, in date order, each with its status on `today`."""
    model = loaded.model
    due = due_dates(model, profile) if profile is not None else {}
    commune, congress = display_name(model), model.congress
    start, end = congress.start_date, congress_end(model)
    steps: list[TimelineStep] = []
    approvals: tuple[tuple[Step, dt.date | None], ...] = (
        ("documents", congress.documents_approved_on),
        ("personnel_scheme", congress.personnel_scheme_approved_on),
    )
    for kind, done_on in approvals:
        # Without a rule for the step, an approval already given is still worth showing.
        found = due.get(kind)
        date, citation = found if found is not None else (done_on, "")
        if date is not None:
            status = _approval_status(date, done_on, today, risk_days)
            steps.append(TimelineStep(commune, loaded.path, kind, date, status, done_on,
                                      citation=citation))
    deadline = due.get("congress_deadline")
    pending = any(step.status != "done" for step in steps)
    steps.append(TimelineStep(
        commune, loaded.path, "congress", start,
        _congress_status(start, end, deadline[0] if deadline else None, pending, today, risk_days),
        end=end))
    if deadline is not None:
        steps.append(TimelineStep(
            commune, loaded.path, "congress_deadline", deadline[0],
            _deadline_status(deadline[0], end, today, risk_days), citation=deadline[1]))
    return sorted(steps, key=lambda step: step.date)


def _approval_status(
    due: dt.date, done_on: dt.date | None, today: dt.date, risk_days: int
) -> Status:
    if done_on is not None and done_on > due:
        return "late"
    if done_on is not None and done_on <= today:
        return "done"
    # Not approved yet, or approved on a date still to come (a planned date, not a fact).
    if today > due:
        return "late"
    return "at_risk" if (due - today).days <= risk_days else "upcoming"


def _congress_status(
    start: dt.date, end: dt.date, deadline: dt.date | None, pending: bool, today: dt.date,
    risk_days: int,
) -> Status:
    if deadline is not None and end > deadline:
        return "late"
    if today > end:
        return "done"
    # A congress close at hand is at risk only while an approval before it is still missing.
    return "at_risk" if pending and (start - today).days <= risk_days else "upcoming"


def _deadline_status(deadline: dt.date, end: dt.date, today: dt.date, risk_days: int) -> Status:
    if end > deadline:
        return "late"
    if today > end:
        return "done"
    return "at_risk" if (deadline - today).days <= risk_days else "upcoming"


def render_table(timeline: Timeline) -> str:
    """The timeline as a plain-text table, one row per step, grouped by commune."""
    header = (_("Unit"), _("Step"), _("Date"), _("Done on"), _("Status"))
    rows = [header] + [
        (step.commune, step.label, _date_text(step), _optional(step.done_on), step.status_label)
        for step in timeline.steps
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
             for row in rows]
    lines.insert(1, "  ".join("-" * width for width in widths))
    lines.append(_("{late} late, {at_risk} at risk, as of {today} (at risk = due within {days} "
                   "days)").format(late=timeline.count("late"), at_risk=timeline.count("at_risk"),
                                   today=format_value(timeline.today), days=timeline.risk_days))
    return "\n".join(lines)


def _date_text(step: TimelineStep) -> str:
    if step.end is not None and step.end != step.date:
        return f"{format_value(step.date)} - {format_value(step.end)}"
    return format_value(step.date)


def _optional(value: dt.date | None) -> str:
    return format_value(value) if value is not None else ""
