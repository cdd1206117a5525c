"""Rule kinds about dates: how long the congress lasts, when it is held, when papers pass."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from congress_docs.i18n import _
from congress_docs.models import CongressFile
from congress_docs.rules.facts import congress_end, duration_days
from congress_docs.rules.registry import Context, Outcome, Params, register
from congress_docs.rules.values import Bound, format_value

__all__ = ["DaysBeforeParams", "DurationParams", "WindowParams"]

_WINDOW = ("earliest", "latest")
_HELD = ("congress.end_date", "congress.start_date")
_DOCUMENTS = ("congress.documents_approved_on",)
_PERSONNEL = ("congress.personnel_scheme_approved_on",)


class DurationParams(Params):
    """The most calendar days a congress may span."""

    max_days: int = Field(ge=1)


class WindowParams(Params):
    """A window of dates, both ends included; either end may be left out."""

    earliest: dt.date | None = None
    latest: dt.date | None = None

    @model_validator(mode="after")
    def _ordered(self) -> WindowParams:
        if self.earliest is None and self.latest is None:
            raise ValueError(_("give earliest, latest or both"))
        if self.earliest and self.latest and self.earliest > self.latest:
            raise ValueError(_("earliest must not be after latest"))
        return self

    @property
    def bound(self) -> Bound:
        """The window as a bound."""
        return Bound(self.earliest, self.latest)

    def extra(self) -> dict[str, str]:
        """The two ends as message values ('' when absent)."""
        return {"earliest": _date(self.earliest), "latest": _date(self.latest)}


class DaysBeforeParams(Params):
    """The least number of days between an approval and the first day of the congress."""

    days: int = Field(ge=0)


def _date(value: dt.date | None) -> str:
    return "" if value is None else format_value(value)


@register("congress_duration", DurationParams, ("max_days", "start", "end"), fields=_HELD)
def congress_duration(model: CongressFile, params: DurationParams, _ctx: Context) -> Outcome:
    """The congress spans at most `max_days` calendar days."""
    days = duration_days(model)
    extra = {"max_days": str(params.max_days), "start": _date(model.congress.start_date),
             "end": _date(congress_end(model))}
    return Outcome(days <= params.max_days, days, Bound(high=params.max_days), "days", extra)


def _congress_latest(_model: CongressFile, params: WindowParams) -> dt.date | None:
    return params.latest


def _congress_window(model: CongressFile, params: WindowParams) -> Outcome:
    start, end = model.congress.start_date, congress_end(model)
    early = params.earliest is not None and start < params.earliest
    late = params.latest is not None and end > params.latest
    extra = {**params.extra(), "start": _date(start), "end": _date(end)}
    return Outcome(not (early or late), start if early else end, params.bound, "", extra)


@register("congress_deadline", WindowParams, (*_WINDOW, "start", "end"),
          step="congress_deadline", due=_congress_latest, fields=_HELD)
def congress_deadline(model: CongressFile, params: WindowParams, _ctx: Context) -> Outcome:
    """The congress starts no earlier than `earliest` and ends no later than `latest`."""
    return _congress_window(model, params)


@register("pilot_window", WindowParams, (*_WINDOW, "start", "end"),
          step="congress_deadline", due=_congress_latest, fields=_HELD)
def pilot_window(model: CongressFile, params: WindowParams, _ctx: Context) -> Outcome:
    """As congress_deadline, for the window set for pilot congresses (use with when: pilot)."""
    return _congress_window(model, params)


def _days_before(approved: dt.date | None, model: CongressFile,
                 params: DaysBeforeParams) -> Outcome | None:
    if approved is None:
        return None
    start = model.congress.start_date
    gap = (start - approved).days
    extra = {"days": str(params.days), "approved": _date(approved), "congress": _date(start),
             "due": _date(start - dt.timedelta(days=params.days))}
    return Outcome(gap >= params.days, gap, Bound(low=params.days), "days", extra)


def _in_window(approved: dt.date | None, params: WindowParams) -> Outcome | None:
    if approved is None:
        return None
    extra = {**params.extra(), "approved": _date(approved)}
    return Outcome(params.bound.holds(approved), approved, params.bound, "", extra)


def _due_before(model: CongressFile, params: DaysBeforeParams) -> dt.date:
    return model.congress.start_date - dt.timedelta(days=params.days)


def _window_latest(_model: CongressFile, params: WindowParams) -> dt.date | None:
    return params.latest


_BEFORE = ("days", "approved", "congress", "due")


@register("documents_approved_before", DaysBeforeParams, _BEFORE,
          step="documents", due=_due_before, fields=_DOCUMENTS)
def documents_approved_before(
    model: CongressFile, params: DaysBeforeParams, _ctx: Context
) -> Outcome | None:
    """The congress documents are approved at least `days` days before the congress."""
    return _days_before(model.congress.documents_approved_on, model, params)


@register("documents_approved_window", WindowParams, (*_WINDOW, "approved"),
          step="documents", due=_window_latest, fields=_DOCUMENTS)
def documents_approved_window(
    model: CongressFile, params: WindowParams, _ctx: Context
) -> Outcome | None:
    """The congress documents are approved inside a window of dates."""
    return _in_window(model.congress.documents_approved_on, params)


@register("personnel_scheme_deadline", WindowParams, (*_WINDOW, "approved"),
          step="personnel_scheme", due=_window_latest, fields=_PERSONNEL)
def personnel_scheme_deadline(
    model: CongressFile, params: WindowParams, _ctx: Context
) -> Outcome | None:
    """The personnel scheme is approved inside a window of dates."""
    return _in_window(model.congress.personnel_scheme_approved_on, params)


@register("personnel_scheme_before", DaysBeforeParams, _BEFORE,
          step="personnel_scheme", due=_due_before, fields=_PERSONNEL)
def personnel_scheme_before(
    model: CongressFile, params: DaysBeforeParams, _ctx: Context
) -> Outcome | None:
    """The personnel scheme is approved at least `days` days before the congress."""
    return _days_before(model.congress.personnel_scheme_approved_on, model, params)
