"""The district roll-up: one row of figures per commune, with totals and averages, computed once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from congress_docs.build import output_folder
from congress_docs.context.figures import (
    DEFAULT_YOUNG_AGE_MAX,
    SHARE_KEYS,
    Share,
    committee_shares,
)
from congress_docs.errors import DataError, Issue
from congress_docs.models import CongressFile
from congress_docs.rules import RuleProfile, profile_for
from congress_docs.rules.facts import delegate_total, display_name
from congress_docs.sheets.docstatus import DocumentStatus, document_status
from congress_docs.timeline import Status, steps_for
from congress_docs.validate import FileResult, iter_validated

__all__ = ["CommuneRow", "Rollup", "roll_up"]

# The most pressing status first: a commune's deadline status is its worst step's.
_STATUS_ORDER: tuple[Status, ...] = ("late", "at_risk", "upcoming", "done")
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class CommuneRow:
    """The figures of one commune the summary prints."""

    title: str
    path: Path
    congress_date: dt.date
    pilot: bool
    delegates: int
    committee: int
    standing: int
    shares: dict[str, Share]
    rule_errors: int
    rule_warnings: int
    to_fill: int
    deadline: dt.date | None
    status: Status
    late_steps: int
    documents: DocumentStatus

    def count(self, key: str) -> int:
        """Members of the new committee in share group `key`."""
        return self.shares[key].count


@dataclass(frozen=True)
class Rollup:
    """Every commune's row, the district totals and averages, and the files that failed."""

    rows: tuple[CommuneRow, ...]
    today: dt.date
    problems: tuple[Issue, ...] = ()
    area: str = ""
    term: str = ""
    sources: tuple[Path, ...] = field(default_factory=tuple)
    # False once a commune stands directly under its province (the 2025-2030 shape).
    under_districts: bool = True

    def total(self, name: str) -> int:
        """The sum over communes of a numeric row attribute or share count."""
        if name in SHARE_KEYS:
            return sum(row.count(name) for row in self.rows)
        if name in DocumentStatus.FIELDS:
            return sum(getattr(row.documents, name) for row in self.rows)
        return sum(int(getattr(row, name)) for row in self.rows)

    def average(self, name: str) -> Decimal | None:
        """The mean over communes of a numeric attribute, 2 decimals; None without communes."""
        if not self.rows:
            return None
        return (Decimal(self.total(name)) / len(self.rows)).quantize(_CENT)

    def total_share(self, key: str) -> Share:
        """A share group over all communes' committees together."""
        return Share(self.total(key), self.total("committee"))

    def average_percent(self, key: str) -> Decimal | None:
        """The mean of the communes' own percentages of a share group (2 decimals)."""
        percents = [row.shares[key].percent for row in self.rows]
        known = [value for value in percents if value is not None]
        if not known:
            return None
        return (sum(known, Decimal(0)) / len(known)).quantize(_CENT)

    def status_count(self, status: Status) -> int:
        """How many communes are in `status`."""
        return sum(1 for row in self.rows if row.status == status)


def roll_up(paths: Sequence[Path], *, output: Path, today: dt.date) -> Rollup:
    """Validate every congress file under `paths` and compute its row; bad files are problems.

    `output` is the build folder whose manifests give each commune's document status. Files
    are read one at a time and only their row is kept, so the whole country fits in memory.
    """
    rows: list[CommuneRow] = []
    problems: list[Issue] = []
    places: list[_Place] = []
    seen: list[Path] = []
    for result in iter_validated(paths):
        seen.append(result.path)
        if result.loaded is not None:
            places.append(_place(result.loaded.model))
        if result.loaded is None or not result.ok:
            problems.extend(result.issues)
            continue
        try:
            profile = profile_for(result.loaded)
        except DataError as err:
            problems.extend(err.issues)
            profile = None
        rows.append(_row(result, profile, output, today))
    rows.sort(key=lambda row: (row.congress_date, row.title))
    return Rollup(tuple(rows), today, tuple(problems), _area(places), _term(places), tuple(seen),
                  under_districts=all(place.district is not None for place in places))


class _Place(NamedTuple):
    """Where a commune is and its term: what the title of the summary is made of."""

    district: tuple[str, str] | None
    province: tuple[str, str]
    term: tuple[int, int]


def _place(model: CongressFile) -> _Place:
    district = (model.district.kind, model.district.name) if model.district is not None else None
    term = (model.congress.term.start, model.congress.term.end)
    return _Place(district, (model.province.kind, model.province.name), term)


def _row(result: FileResult, profile: RuleProfile | None, output: Path,
         today: dt.date) -> CommuneRow:
    loaded = result.loaded
    assert loaded is not None  # noqa: S101 - roll_up passes only loaded files
    model = loaded.model
    young = profile.young_age_max if profile is not None else DEFAULT_YOUNG_AGE_MAX
    people = {person.id: person for person in model.people}
    members = [member for member in model.committee.members if member.person in people]
    steps = steps_for(loaded, profile, today=today)
    deadline = next((step.date for step in steps if step.step == "congress_deadline"), None)
    worst = min((_STATUS_ORDER.index(step.status) for step in steps), default=3)
    return CommuneRow(
        title=display_name(model),
        path=loaded.path,
        congress_date=model.congress.start_date,
        pilot=model.congress.pilot,
        delegates=delegate_total(model),
        committee=len(members),
        standing=len(model.committee.standing),
        shares=committee_shares(members, people, model.congress.start_date, young),
        rule_errors=result.rule_count("error"),
        rule_warnings=result.rule_count("warning"),
        to_fill=len(loaded.warnings),
        deadline=deadline,
        status=_STATUS_ORDER[worst],
        late_steps=sum(1 for step in steps if step.status == "late"),
        documents=document_status(output_folder(loaded, output)),
    )


def _area(places: Sequence[_Place]) -> str:
    """"huyện Tam Đường, tỉnh Lai Châu" when every commune shares it, else the province or ""."""
    districts = {place.district for place in places}
    provinces = {place.province for place in places}
    province = f"{next(iter(provinces))[0]} {next(iter(provinces))[1]}" if len(provinces) == 1 \
        else ""
    only = next(iter(districts)) if len(districts) == 1 else None
    if only is not None:
        kind, name = only
        return f"{kind} {name}, {province}" if province else f"{kind} {name}"
    return province


def _term(places: Sequence[_Place]) -> str:
    terms = {place.term for place in places}
    if len(terms) != 1:
        return ""
    start, end = next(iter(terms))
    return f"{start} - {end}"
