"""Facts the rules compare, computed from one congress file (never stored in it)."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from typing import Literal

from congress_docs.models import CommitteeMember, CongressFile, Person

__all__ = [
    "COMMUNE_KINDS",
    "GROUPS",
    "Group",
    "Level",
    "committee_people",
    "congress_end",
    "delegate_total",
    "display_name",
    "duration_days",
    "group_count",
    "level_of",
]

Level = Literal["commune", "district"]
Group = Literal["non_party", "women", "ethnic_minority", "religious", "young", "re_elected"]
GROUPS: tuple[Group, ...] = (
    "non_party", "women", "ethnic_minority", "religious", "young", "re_elected"
)
COMMUNE_KINDS = frozenset({"xã", "phường", "thị trấn", "đặc khu"})
_MAJORITY_ETHNICITY = "kinh"


def level_of(model: CongressFile) -> Level:
    """Return whether the congress is held at commune or district level."""
    return "commune" if model.unit.kind in COMMUNE_KINDS else "district"


def display_name(model: CongressFile) -> str:
    """Return the unit as people write it: 'xã Bản Hon'."""
    return f"{model.unit.kind} {model.unit.name}"


def delegate_total(model: CongressFile) -> int:
    """Return the number of official delegates: the sum of the categories."""
    delegates = model.congress.delegates
    return delegates.ex_officio + delegates.elected + delegates.appointed


def congress_end(model: CongressFile) -> dt.date:
    """Return the last day of the congress (its start when it lasts one day)."""
    return model.congress.end_date or model.congress.start_date


def duration_days(model: CongressFile) -> int:
    """Return how many calendar days the congress spans, both ends counted."""
    return (congress_end(model) - model.congress.start_date).days + 1


def committee_people(model: CongressFile) -> list[tuple[CommitteeMember, Person]]:
    """Pair every member of the new committee with the person record it refers to."""
    people = {person.id: person for person in model.people}
    return [(member, people[member.person]) for member in model.committee.members
            if member.person in people]


def group_count(model: CongressFile, group: Group, young_age_max: int) -> int:
    """Count the committee members who belong to `group`."""
    test = _group_tests(model.congress.start_date.year, young_age_max)[group]
    return sum(1 for member, person in committee_people(model) if test(member, person))


def _group_tests(
    year: int, young_age_max: int
) -> dict[Group, Callable[[CommitteeMember, Person], bool]]:
    # Only the birth year is recorded, so age is counted in the congress year.
    return {
        "non_party": lambda _m, p: not p.party_member,
        "women": lambda _m, p: p.gender == "nữ",
        "ethnic_minority": lambda _m, p: _fold(p.ethnicity) != _MAJORITY_ETHNICITY,
        "religious": lambda _m, p: bool(p.religion and p.religion.strip()),
        "young": lambda _m, p: year - p.birth_year <= young_age_max,
        "re_elected": lambda m, _p: m.re_elected,
    }


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).strip().casefold()
