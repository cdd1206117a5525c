"""`import-people`: check every row of a people sheet, then write people and roles into the file.

Nothing is written while any row is wrong; the commune file keeps its comments, order and every
other section, and is replaced atomically (through the round-trip editor).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from congress_docs.context.people import CATEGORY_LABELS
from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.loading import load_congress
from congress_docs.models import CongressFile, Person
from congress_docs.roundtrip import CommuneEdit, open_commune, save_commune
from congress_docs.sheets.people_columns import (
    COLUMNS,
    DELEGATION_LABELS,
    NO,
    STANDING_LABELS,
    YES,
)
from congress_docs.sheets.people_read import SheetRow, cell_issue, read_people_sheet
from congress_docs.sheets.references import References
from congress_docs.validation_messages import issues_from_validation
from congress_docs.vietnamese import slugify
from congress_docs.yamlsource import Located

__all__ = ["ImportResult", "import_people"]

_TRUE = {"có", "co", "x", "yes", "true", "1", "đúng"}
_FALSE = {"không", "khong", "no", "false", "0", "sai"}
_TEXT_KEYS = ("ethnicity", "religion", "general", "professional", "political", "position",
              "residence", "full_name", "id")


@dataclass(frozen=True)
class ImportResult:
    """What an import changed in the commune file."""

    path: Path
    people: int
    members: int
    changed: bool


@dataclass
class _Entry:
    """One checked row: the person record and the roles the row gives."""

    row: SheetRow
    person: dict[str, Any]
    member: dict[str, Any] | None = None
    standing: str | None = None
    delegation: str | None = None
    ethnicity_written: bool = field(default=True)


def import_people(sheet: Path, commune: Path) -> ImportResult:
    """Read `sheet` (.xlsx/.csv) into the people and committee entries of `commune`.

    Raises DataError listing every bad cell (sheet, row, column) and writes nothing then; the
    commune file is also refused by the loader's own checks (a removed person still signing a
    document...) before anything is written.
    """
    loaded = load_congress(commune)
    rows = read_people_sheet(sheet)
    entries, issues = _parse(sheet, rows, loaded.model)
    if issues:
        raise DataError(issues)
    edit = open_commune(commune)
    _apply(edit, entries)
    saved = save_commune(edit)
    members = sum(1 for entry in entries if entry.member is not None)
    return ImportResult(commune, len(entries), members, saved.changed)


# -- reading the rows ------------------------------------------------------------------------


class _RowReader:
    """Turn the cells of one row into values, collecting a located issue for each bad cell."""

    def __init__(self, path: Path, row: SheetRow) -> None:
        self.path, self.row = path, row
        self.found: list[tuple[str, Issue]] = []

    @property
    def failed(self) -> set[str]:
        return {key for key, _issue in self.found}

    def fail(self, key: str, message: str) -> None:
        self.found.append((key, cell_issue(self.path, self.row, key, message)))

    def sorted_issues(self) -> list[Issue]:
        """The row's issues from left to right, as the user reads the sheet."""
        order = [column.key for column in COLUMNS]
        return [issue for _key, issue in sorted(self.found, key=lambda f: order.index(f[0]))]

    def text(self, key: str) -> str | None:
        value = self.row.cells.get(key)
        if isinstance(value, (dt.date, dt.datetime)):
            self.fail(key, _("Excel turned this value into a date ({value}); format the column "
                             "as Text and type it again").format(value=f"{value:%d/%m/%Y}"))
            return None
        if isinstance(value, bool):
            return YES if value else NO
        return None if value is None else str(value)

    def year(self, key: str) -> int | None:
        value = self.row.cells.get(key)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str) and value.isdigit():
            return int(value)
        if value is None:
            self.fail(key, _("write the year of birth, for example 1975"))
        else:
            self.fail(key, _("'{value}' is not a year; write four digits, for example 1975")
                      .format(value=value))
        return None

    def flag(self, key: str, *, required: bool) -> bool | None:
        value = self.row.cells.get(key)
        if isinstance(value, bool):
            return value
        text = "" if value is None else str(value).casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        if text or required:
            self.fail(key, _("write '{yes}' or '{no}'").format(yes=YES, no=NO))
        return None

    def choice(self, key: str, labels: dict[str, str]) -> str | None:
        """The code of a label of a closed list (the code itself is accepted too)."""
        written = self.text(key)
        if written is None:
            return None
        folded = written.casefold()
        for code, label in labels.items():
            if folded in (label.casefold(), code.casefold()):
                return code
        self.fail(key, _("'{value}' is not in the list; choose one of: {choices}").format(
            value=written, choices=", ".join(labels.values())))
        return None


def _parse(path: Path, rows: Sequence[SheetRow], model: CongressFile
           ) -> tuple[list[_Entry], list[Issue]]:
    references = References(model)
    issues: list[Issue] = []
    entries: list[_Entry] = []
    seen: dict[str, int] = {}
    for row in rows:
        reader = _RowReader(path, row)
        entry = _entry(reader, references)
        if entry is not None:
            person_id = str(entry.person["id"])
            if person_id in seen:
                reader.fail("id", _("the code '{id}' is already used on row {row}").format(
                    id=person_id, row=seen[person_id]))
            seen.setdefault(person_id, row.number)
            entries.append(entry)
        issues.extend(reader.sorted_issues())
    _give_ids(entries, set(seen))
    if not rows:
        issues.append(Issue(path, _("the sheet has no people")))
    return entries, issues


def _entry(reader: _RowReader, references: References) -> _Entry | None:
    education = {name: value for name in ("general", "professional", "political")
                 if (value := reader.text(name)) is not None}
    ethnicity = reader.text("ethnicity")
    person: dict[str, Any] = {
        "id": reader.text("id") or "",
        "full_name": reader.text("full_name"),
        "gender": _gender(reader.text("gender")),
        "birth_year": reader.year("birth_year"),
        "ethnicity": ethnicity or "Kinh",
        "religion": reader.text("religion"),
        "party_member": reader.flag("party_member", required=True),
        "education": education,
        "position": reader.text("position"),
        "residence": reader.text("residence"),
    }
    person = {key: value for key, value in person.items() if value not in (None, {})}
    _check_person(reader, person)
    entry = _Entry(reader.row, person, ethnicity_written=ethnicity is not None)
    entry.member = _member(reader, references, str(person.get("id", "")))
    entry.standing = reader.choice("standing", STANDING_LABELS)
    entry.delegation = reader.choice("delegation", DELEGATION_LABELS)
    if entry.standing and entry.member is None:
        reader.fail("standing", _("only a member of the new committee can sit on the standing "
                                  "committee; choose their category first"))
    return entry


def _gender(written: str | None) -> str | None:
    """"Nam", "NỮ" read as the model writes them; anything else is left for the model to refuse."""
    if written is not None and written.casefold() in ("nam", "nữ"):
        return written.casefold()
    return written


def _check_person(reader: _RowReader, person: dict[str, Any]) -> None:
    """The model's own rules on the person, each error put on its column."""
    candidate = {**person, "id": person.get("id") or "p"}
    try:
        Person.model_validate(candidate)
    except ValidationError as err:
        for issue in issues_from_validation(err, Located(candidate), Person, reader.path):
            key = issue.field.split(".")[-1] if issue.field else "full_name"
            key = key if key in reader.row.letters else "full_name"
            if key not in reader.failed:  # a cell already reported unreadable is not repeated
                reader.fail(key, issue.message)


def _member(reader: _RowReader, references: References, person: str) -> dict[str, Any] | None:
    category = reader.choice("category", CATEGORY_LABELS)
    re_elected = reader.flag("re_elected", required=category is not None)
    organisation = _reference(reader, "organisation", references.organisation_id)
    area = _reference(reader, "area", references.area_id)
    if category is None:
        for key, value in (("organisation", organisation), ("area", area),
                           ("re_elected", re_elected)):
            if value is not None:
                reader.fail(key, _("fill this only for a member of the new committee; choose "
                                   "their category first"))
        return None
    record: dict[str, Any] = {"person": person, "category": category}
    if organisation is not None:
        record["organisation"] = organisation
    if area is not None:
        record["area"] = area
    record["re_elected"] = bool(re_elected)
    return record


def _reference(reader: _RowReader, key: str, find: Any) -> str | None:
    written = reader.text(key)
    if written is None:
        return None
    found: str | None = find(written)
    if found is None:
        reader.fail(key, _("'{value}' is not among the commune's records; choose one from the "
                           "list").format(value=written))
    return found


def _give_ids(entries: list[_Entry], taken: set[str]) -> None:
    """A row without a code gets one made from the name: nguyen-van-a, nguyen-van-a-2..."""
    for entry in entries:
        if entry.person.get("id"):
            continue
        base = slugify(str(entry.person.get("full_name", "nguoi")))[:36] or "nguoi"
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        taken.add(candidate)
        entry.person = {"id": candidate, **{k: v for k, v in entry.person.items() if k != "id"}}
        if entry.member is not None:
            entry.member["person"] = candidate


# -- writing into the commune file -------------------------------------------------------------


def _apply(edit: CommuneEdit, entries: list[_Entry]) -> None:
    old_people = {str(p.get("id")): p for p in _existing(edit, "people")}
    edit.replace_records("people", [_person_record(entry, old_people) for entry in entries])
    members = {str(e.person["id"]): e.member for e in entries if e.member is not None}
    _replace_keyed(edit, "committee.members", members, "person")
    standing = {str(e.person["id"]): {"person": str(e.person["id"]), "role": e.standing}
                for e in entries if e.standing is not None}
    _replace_keyed(edit, "committee.standing", standing, "person")
    for part in DELEGATION_LABELS:
        chosen = [str(e.person["id"]) for e in entries if e.delegation == part]
        _replace_ids(edit, f"delegation.{part}", chosen)


def _existing(edit: CommuneEdit, dotted: str) -> list[Any]:
    value = edit.get(dotted) if edit.has(dotted) else []
    return value if isinstance(value, list) else []


def _person_record(entry: _Entry, old_people: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The person as it will be written; a default the file never wrote stays unwritten."""
    record = dict(entry.person)
    old = old_people.get(str(record["id"]), {})
    unwritten = "ethnicity" not in old if old else not entry.ethnicity_written
    if unwritten and record.get("ethnicity") == "Kinh":
        record.pop("ethnicity")
    return _keep_written_nulls(record, old)


def _keep_written_nulls(record: dict[str, Any], old: dict[str, Any]) -> dict[str, Any]:
    """A key the file writes as empty (`religion: null`) stays, with its comments, when the
    sheet leaves it blank too."""
    kept = dict(record)
    for name, value in old.items():
        if value is None and name not in kept:
            kept[name] = None
        elif isinstance(value, dict) and isinstance(kept.get(name, {}), dict):
            nested = _keep_written_nulls(kept.get(name, {}), value)
            if nested or name in kept:
                kept[name] = nested
    return kept


def _replace_keyed(edit: CommuneEdit, dotted: str, wanted: dict[str, dict[str, Any]],
                   key: str) -> None:
    """Existing entries keep their order, new ones follow in sheet order."""
    old = {str(item.get(key)): item for item in _existing(edit, dotted) if isinstance(item, dict)}
    if not old and not wanted:
        return
    order = [person for person in old if person in wanted]
    order += [person for person in wanted if person not in order]
    edit.replace_records(dotted, [_keep_written_nulls(wanted[person], old.get(person, {}))
                                  for person in order], key=key)


def _replace_ids(edit: CommuneEdit, dotted: str, wanted: list[str]) -> None:
    existing = [str(item) for item in _existing(edit, dotted)]
    order = [person for person in existing if person in wanted]
    order += [person for person in wanted if person not in order]
    if order != existing and (order or edit.has(dotted)):
        edit.set(dotted, order)
