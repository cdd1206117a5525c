"""Rule kinds that count people: delegates, committee, standing committee, shares of groups."""

from __future__ import annotations

from pydantic import Field, model_validator

from congress_docs.i18n import _
from congress_docs.models import CongressFile
from congress_docs.rules.facts import Group, committee_people, delegate_total, group_count
from congress_docs.rules.registry import Context, Outcome, Params, register
from congress_docs.rules.values import Bound

__all__ = ["NoParams", "RangeParams", "ShareParams"]

_RANGE = ("min", "max")
_DELEGATES = ("congress.delegates",)
_MEMBERS = ("committee.members", "committee")
_STANDING = ("committee.standing", "committee")


class NoParams(Params):
    """A rule kind that takes no numbers."""


class RangeParams(Params):
    """A count allowed between `min` and `max`, both included; either may be left out."""

    min: int | None = Field(None, ge=0)
    max: int | None = Field(None, ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> RangeParams:
        if self.min is None and self.max is None:
            raise ValueError(_("give min, max or both"))
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(_("min must not be greater than max"))
        return self

    @property
    def bound(self) -> Bound:
        """The range as a bound."""
        return Bound(self.min, self.max)

    def extra(self) -> dict[str, str]:
        """The min and max as message values ('' when absent)."""
        return {"min": _show(self.min), "max": _show(self.max)}


class ShareParams(Params):
    """The least share of a group among the committee members, in percent."""

    group: Group
    min_percent: float = Field(ge=0, le=100)


def _show(value: int | None) -> str:
    return "" if value is None else str(value)


def _within(count: int, params: RangeParams, **extra: str) -> Outcome:
    return Outcome(params.bound.holds(count), count, params.bound, "", {**params.extra(), **extra})


@register("delegates_declared", NoParams, fields=_DELEGATES)
def delegates_declared(model: CongressFile, _params: NoParams, _ctx: Context) -> Outcome:
    """The official delegates are declared by category (their total is above zero)."""
    total = delegate_total(model)
    return Outcome(total > 0, total, Bound(low=1))


@register("delegates_range", RangeParams, (*_RANGE, "ex_officio", "elected", "appointed"),
          fields=_DELEGATES)
def delegates_range(model: CongressFile, params: RangeParams, _ctx: Context) -> Outcome:
    """The number of official delegates (sum of the categories) lies in the range."""
    delegates = model.congress.delegates
    return _within(
        delegate_total(model), params, ex_officio=str(delegates.ex_officio),
        elected=str(delegates.elected), appointed=str(delegates.appointed),
    )


@register("committee_size", RangeParams, _RANGE, fields=_MEMBERS)
def committee_size(model: CongressFile, params: RangeParams, _ctx: Context) -> Outcome:
    """The number of members of the new committee lies in the range."""
    return _within(len(model.committee.members), params)


@register("standing_size", RangeParams, _RANGE, fields=_STANDING)
def standing_size(model: CongressFile, params: RangeParams, _ctx: Context) -> Outcome:
    """The number of members of the new standing committee lies in the range."""
    return _within(len(model.committee.standing), params)


@register("chair_count", RangeParams, _RANGE, fields=_STANDING)
def chair_count(model: CongressFile, params: RangeParams, _ctx: Context) -> Outcome | None:
    """The standing committee has the allowed number of chairs (skipped while it is empty)."""
    return _role_count(model, "chair", params)


@register("vice_chair_count", RangeParams, _RANGE, fields=_STANDING)
def vice_chair_count(model: CongressFile, params: RangeParams, _ctx: Context) -> Outcome | None:
    """The standing committee has the allowed number of vice-chairs (skipped while it is empty)."""
    return _role_count(model, "vice_chair", params)


def _role_count(model: CongressFile, role: str, params: RangeParams) -> Outcome | None:
    # An empty standing committee is reported once, by standing_size, not again per role.
    if not model.committee.standing:
        return None
    return _within(sum(1 for member in model.committee.standing if member.role == role), params)


@register("standing_on_committee", NoParams, ("names",), fields=_STANDING)
def standing_on_committee(model: CongressFile, _params: NoParams, _ctx: Context) -> Outcome:
    """Every member of the standing committee is also a member of the committee."""
    on_committee = {member.person for member in model.committee.members}
    names = {person.id: person.full_name for person in model.people}
    missing = [names.get(s.person, s.person) for s in model.committee.standing
               if s.person not in on_committee]
    return Outcome(not missing, len(missing), Bound(high=0), "", {"names": ", ".join(missing)})


@register("share_min", ShareParams, ("count", "total", "min_percent"), fields=_MEMBERS)
def share_min(model: CongressFile, params: ShareParams, ctx: Context) -> Outcome | None:
    """A group (non_party, women, ...) makes up at least a share of the committee."""
    total = len(committee_people(model))
    if total == 0:
        return None
    count = group_count(model, params.group, ctx.young_age_max)
    percent = count * 100 / total
    extra = {"count": str(count), "total": str(total), "min_percent": f"{params.min_percent:g}"}
    return Outcome(percent >= params.min_percent, round(percent, 2),
                   Bound(low=params.min_percent), "%", extra)
