"""Check that ids are unique and that every reference by id points at something declared.

The checks read the plain merged data, not the model, so they run even when other fields are
invalid and their problems are reported together with the others.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from congress_docs.errors import Issue
from congress_docs.i18n import _
from congress_docs.yamlsource import Key, Located

__all__ = ["check_references"]

# Where each kind of record is declared: the path of its ids ("*" stands for every item).
REGISTRIES: dict[str, Key] = {
    "people": ("people", "*", "id"),
    "programs": ("programs", "*", "id"),
    "indicators": ("indicators", "*", "id"),
    "member_organisations": ("member_organisations", "*", "id"),
    "locality.residential_areas": ("locality", "residential_areas", "*", "id"),
    "legal_basis": ("legal_basis", "*", "id"),
}

# Every place that refers to a record by id, with the registry it must be declared in.
REFERENCES: tuple[tuple[str, Key], ...] = (
    ("people", ("congress", "presidium", "*")),
    ("people", ("congress", "secretariat", "*")),
    ("people", ("member_organisations", "*", "head")),
    ("programs", ("indicators", "*", "program")),
    ("indicators", ("new_term", "targets", "*")),
    ("programs", ("action_programme", "items", "*", "program")),
    ("people", ("committee", "members", "*", "person")),
    ("member_organisations", ("committee", "members", "*", "organisation")),
    ("locality.residential_areas", ("committee", "members", "*", "area")),
    ("people", ("committee", "standing", "*", "person")),
    ("people", ("delegation", "official", "*")),
    ("people", ("delegation", "alternates", "*")),
    ("people", ("documents", "*", "signer", "person")),
    ("people", ("congress", "schedule", "*", "items", "*", "presenter")),
    ("people", ("congress", "credentials", "committee", "*")),
    ("people", ("committee", "first_meeting", "chair")),
    ("people", ("committee", "first_meeting", "secretary")),
    ("people", ("committee", "first_meeting", "agreement", "*", "person")),
)


def check_references(source: Located, path: Path) -> list[Issue]:
    """Return an issue for each duplicate id and each reference to an undeclared id."""
    issues: list[Issue] = []
    declared: dict[str, set[str]] = {}
    for registry, pattern in REGISTRIES.items():
        declared[registry] = set()
        for key, ident in _find(source.data, pattern, ()):
            if ident in declared[registry]:
                message = _("id '{ident}' is used twice in '{registry}'; each id must be unique")
                issues.append(_located(source, path, key, message, ident, registry))
            declared[registry].add(ident)
    for registry, pattern in REFERENCES:
        for key, ident in _find(source.data, pattern, ()):
            if ident not in declared[registry]:
                message = _(
                    "'{ident}' is not declared under '{registry}'; declare it there or fix the id"
                )
                issues.append(_located(source, path, key, message, ident, registry))
    issues.extend(_repeated_members(source, path))
    return issues


def _find(data: Any, pattern: Key, key: Key) -> Iterator[tuple[Key, str]]:
    """Yield the string values at `pattern` in plain data, skipping what has the wrong shape."""
    if not pattern:
        if isinstance(data, str):
            yield key, data
        return
    head, rest = pattern[0], pattern[1:]
    if head == "*":
        if isinstance(data, list):
            for index, item in enumerate(data):
                yield from _find(item, rest, (*key, index))
        elif isinstance(data, dict):
            for name, item in data.items():
                yield from _find(item, rest, (*key, name))
    elif isinstance(data, dict) and head in data:
        yield from _find(data[head], rest, (*key, head))


def _repeated_members(source: Located, path: Path) -> Iterator[Issue]:
    seen: set[str] = set()
    for key, ident in _find(source.data, ("committee", "members", "*", "person"), ()):
        if ident in seen:
            message = _("'{ident}' is listed twice in the committee")
            yield _located(source, path, key, message, ident, "committee")
        seen.add(ident)


def _located(
    source: Located, path: Path, key: Key, message: str, ident: str, registry: str
) -> Issue:
    text = message.format(ident=ident, registry=registry)
    where = source.locate(key)
    field = ".".join(str(part) for part in key)
    if where is None:
        return Issue(path, text, field=field)
    return Issue(where.file, text, line=where.line, column=where.column, field=field)
