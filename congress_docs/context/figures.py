"""Pure computations behind every number the documents print: totals, shares, ratios, statuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from congress_docs.models import (
    CommitteeMember,
    Delegates,
    Indicator,
    Person,
    PreviousCommittee,
    StandingCount,
)

__all__ = [
    "DEFAULT_YOUNG_AGE_MAX",
    "SHARE_KEYS",
    "STATUS_EXCEEDED",
    "STATUS_MET",
    "STATUS_MISSED",
    "Share",
    "achievement_ratio",
    "achievement_status",
    "age_in_year",
    "committee_shares",
    "delegate_total",
    "is_ethnic_minority",
    "members_at_end",
    "percent_of",
    "previous_shares",
    "standing_total",
]

DEFAULT_YOUNG_AGE_MAX = 40
STATUS_EXCEEDED = "vượt"
STATUS_MET = "đạt"
STATUS_MISSED = "không đạt"
# The order in which the personnel scheme lists the combined shares.
SHARE_KEYS = ("women", "ethnic_minority", "non_party", "religious", "young", "re_elected", "new")
MAJORITY_ETHNICITY = "kinh"
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class Share:
    """A count out of a total, with its percentage rounded the way documents print it (2 places)."""

    count: int
    total: int

    @property
    def percent(self) -> Decimal | None:
        """The share in percent, rounded half up to 2 decimals; None when the total is 0."""
        return percent_of(self.count, self.total)


def percent_of(part: float, whole: float) -> Decimal | None:
    """part / whole in percent, rounded half up to 2 decimals; None when whole is 0."""
    if whole == 0:
        return None
    value = Decimal(repr(float(part))) * 100 / Decimal(repr(float(whole)))
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def delegate_total(delegates: Delegates) -> int:
    """Official delegates: ex officio + elected + appointed (guests are not delegates)."""
    return delegates.ex_officio + delegates.elected + delegates.appointed


def standing_total(count: StandingCount) -> int:
    """Size of a standing committee from its counts by position."""
    return count.chair + count.vice_chairs + count.standing_members


def members_at_end(previous: PreviousCommittee) -> int:
    """Members of the outgoing committee now: at the start, plus additions, minus departures."""
    added = sum(change.count for change in previous.changes if change.kind == "added")
    left = sum(change.count for change in previous.changes if change.kind == "left")
    return previous.members_at_start + added - left


def achievement_ratio(indicator: Indicator) -> Decimal | None:
    """Result over target in percent (2 places), for indicators where more is better.

    None when either value is missing, the target is 0, or the indicator is a "decrease" one
    (a poverty rate...): there a percentage of the target reads wrongly, the status says it all.
    """
    target, result = indicator.previous_target, indicator.result
    if target is None or result is None or indicator.direction == "decrease":
        return None
    return percent_of(result, target)


def achievement_status(indicator: Indicator) -> str | None:
    """vượt / đạt / không đạt by comparing the result with the target, honouring the direction."""
    target, result = indicator.previous_target, indicator.result
    if target is None or result is None:
        return None
    better = result > target if indicator.direction == "increase" else result < target
    if better:
        return STATUS_EXCEEDED
    return STATUS_MET if result == target else STATUS_MISSED


def age_in_year(person: Person, on: dt.date) -> int:
    """Age reached during the year of `on` (only the birth year is known)."""
    return on.year - person.birth_year


def is_ethnic_minority(person: Person) -> bool:
    """Every ethnicity but Kinh is an ethnic minority in Vietnamese statistics."""
    return person.ethnicity.strip().casefold() != MAJORITY_ETHNICITY


def committee_shares(
    members: Sequence[CommitteeMember],
    people: dict[str, Person],
    on: dt.date,
    young_age_max: int = DEFAULT_YOUNG_AGE_MAX,
) -> dict[str, Share]:
    """Combined-structure shares of the new committee, keyed as SHARE_KEYS."""
    persons = [people[member.person] for member in members]
    total = len(persons)
    re_elected = sum(1 for member in members if member.re_elected)
    counts = {
        "women": _count(p.gender == "nữ" for p in persons),
        "ethnic_minority": _count(is_ethnic_minority(p) for p in persons),
        "non_party": _count(not p.party_member for p in persons),
        "religious": _count(bool(p.religion) for p in persons),
        "young": _count(age_in_year(p, on) <= young_age_max for p in persons),
        "re_elected": re_elected,
        "new": total - re_elected,
    }
    return {key: Share(counts[key], total) for key in SHARE_KEYS}


def previous_shares(previous: PreviousCommittee) -> dict[str, Share]:
    """The outgoing committee's shares at the start of its term, keyed as SHARE_KEYS."""
    total = previous.members_at_start
    composition = previous.composition
    counts = {
        "women": composition.women,
        "ethnic_minority": composition.ethnic_minority,
        "non_party": composition.non_party,
        "religious": composition.religious,
        "young": composition.young,
        "re_elected": composition.re_elected,
        "new": total - composition.re_elected,
    }
    return {key: Share(counts[key], total) for key in SHARE_KEYS}


def _count(flags: Iterable[bool]) -> int:
    return sum(1 for flag in flags if flag)
