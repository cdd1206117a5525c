"""What the six kit documents (06-11) share: missing-data notes, default settings, people lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from congress_docs.context.documents import closing
from congress_docs.context.people import honorific, people_index
from congress_docs.context.wording import count_text
from congress_docs.models import CongressFile, DocumentSettings, KitDocumentSettings, Signer
from congress_docs.rules.profile import Procedure

__all__ = [
    "KitOptions",
    "Missing",
    "fraction_words",
    "minimum_above",
    "person_lines",
    "punctuated",
    "resolve_settings",
    "time_text",
    "upper_front",
]

# Spoken forms of the shares a rules profile may set (quorum, approval).
_FRACTION_WORDS = {"1/2": "một nửa (1/2)", "2/3": "hai phần ba (2/3)", "3/4": "ba phần tư (3/4)"}


@dataclass(frozen=True)
class KitOptions:
    """What the rule profile adds to the data: the young-age cut-off, quorum and approval."""

    young_age_max: int
    procedure: Procedure


@dataclass(frozen=True)
class Missing:
    """One piece of data a kit document still needs: the field to fill and what to put there."""

    field: str
    message: str


def resolve_settings(
    model: CongressFile, kind: str, defaults: KitDocumentSettings
) -> DocumentSettings | None:
    """The document's settings: what the data gives, else the kind's defaults; None if no signer."""
    given: KitDocumentSettings | None = getattr(model.documents, kind)
    chosen = given if given is not None else defaults
    signer = chosen.signer or defaults.signer
    if signer is None:
        return None
    return DocumentSettings(
        number=chosen.number,
        symbol=chosen.symbol or defaults.symbol or "",
        issued_by=chosen.issued_by or defaults.issued_by,
        date=chosen.date or defaults.date,
        signer=signer,
        draft=chosen.draft,
        draft_label=chosen.draft_label,
        recipients=list(chosen.recipients if chosen.recipients is not None
                        else defaults.recipients or []),
    )


def signer_of(model: CongressFile, core_kind: str) -> Signer:
    """The signer of one of the five documents (the kit signs as they do, unless told)."""
    settings: DocumentSettings = getattr(model.documents, core_kind)
    return settings.signer


def person_lines(model: CongressFile, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Numbered "Ông/Bà Name, position" lines for a list of person ids, in the given order."""
    people = people_index(model)
    rows = []
    for number, ident in enumerate(ids, start=1):
        person = people[ident]
        rows.append({
            "number": number,
            "name": person.full_name,
            "honorific": honorific(person),
            "position": person.position,
            "line": f"{honorific(person)} {person.full_name}, {person.position}",
        })
    return punctuated(rows)


def punctuated(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add "item": the line ending in ";" and the last one in "." (a list inside a sentence)."""
    return [{**row, "item": f"{row['line']}{'.' if index == len(rows) - 1 else ';'}"}
            for index, row in enumerate(rows)]


def time_text(clock: str) -> str:
    """"07:30" or "7h30" as documents write it: "7 giờ 30"; "08:00" as "8 giờ"."""
    hours, minutes = (int(part) for part in clock.replace("h", ":").replace("g", ":").split(":"))
    return f"{hours} giờ {minutes:02d}" if minutes else f"{hours} giờ"


def clock_minutes(clock: str) -> int:
    """Minutes since midnight of "07:30", to keep items of a sitting in time order."""
    hours, minutes = (int(part) for part in clock.replace("h", ":").replace("g", ":").split(":"))
    return hours * 60 + minutes


def minimum_above(share: str, total: int) -> int:
    """The smallest count that is more than `share` ("1/2") of `total`: 116 and 1/2 give 59."""
    return int(Fraction(share) * total) + 1


def fraction_words(share: str) -> str:
    """"một nửa (1/2)" for a share a rules profile sets."""
    return _FRACTION_WORDS.get(share, share)


def upper_front(model: CongressFile) -> str:
    """The Front committee one level up: of the district, or of the province after July 2025."""
    if model.district is not None:
        return f"Ủy ban MTTQ Việt Nam {model.district.kind} {model.district.name}"
    return f"Ủy ban MTTQ Việt Nam {model.province.kind} {model.province.name}"


def procedure_context(procedure: Procedure, total: int) -> dict[str, Any]:
    """Quorum and approval shares in words, and the smallest quorum for `total` delegates."""
    quorum = minimum_above(procedure.quorum, total)
    return {
        "quorum": fraction_words(procedure.quorum),
        "approval": fraction_words(procedure.approval),
        "quorum_min": quorum,
        "quorum_min_text": count_text(quorum),
    }


def sitting_date(model: CongressFile, key: str) -> dt.date | None:
    """The day of one sitting ("preparatory" or "official") when the schedule gives it."""
    schedule = model.congress.schedule
    return getattr(schedule, key).date if schedule is not None else None


def ended(text: str) -> str:
    """The body's last sentence, ending in "./." as the five documents end theirs."""
    return closing([text], text)[-1]
