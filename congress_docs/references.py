"""Check that ids are unique and that every reference by id points at something declared."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from congress_docs.errors import Issue
from congress_docs.i18n import _
from congress_docs.models import CongressFile
from congress_docs.yamlsource import Key, Located

__all__ = ["check_references"]

Ref = tuple[Key, str]


def check_references(model: CongressFile, source: Located, path: Path) -> list[Issue]:
    """Return an issue for each duplicate id and each reference to an undeclared id."""
    issues: list[Issue] = []
    registries = {
        "people": _ids(("people",), [p.id for p in model.people]),
        "programs": _ids(("programs",), [p.id for p in model.programs]),
        "indicators": _ids(("indicators",), [i.id for i in model.indicators]),
        "member_organisations": _ids(
            ("member_organisations",), [o.id for o in model.member_organisations]
        ),
        "locality.residential_areas": _ids(
            ("locality", "residential_areas"),
            [a.id for a in model.locality.residential_areas],
        ),
        "legal_basis": _ids(("legal_basis",), [b.id for b in model.legal_basis]),
    }
    for registry, (_found, duplicates) in registries.items():
        issues.extend(
            _duplicate_issue(source, path, registry, key, ident) for key, ident in duplicates
        )
    for registry, refs in _references(model):
        known = registries[registry][0]
        for key, ident in refs:
            if ident not in known:
                issues.append(_unknown_issue(source, path, registry, key, ident))
    issues.extend(_repeated_members(model, source, path))
    return issues


def _ids(key: Key, ids: list[str]) -> tuple[set[str], list[Ref]]:
    seen: set[str] = set()
    duplicates: list[Ref] = []
    for index, ident in enumerate(ids):
        if ident in seen:
            duplicates.append(((*key, index, "id"), ident))
        seen.add(ident)
    return seen, duplicates


def _references(model: CongressFile) -> Iterator[tuple[str, list[Ref]]]:
    yield (
        "people",
        [(("congress", "presidium", i), p) for i, p in enumerate(model.congress.presidium)],
    )
    yield (
        "people",
        [(("congress", "secretariat", i), p) for i, p in enumerate(model.congress.secretariat)],
    )
    yield (
        "people",
        [
            (("member_organisations", i, "head"), o.head)
            for i, o in enumerate(model.member_organisations)
            if o.head is not None
        ],
    )
    yield (
        "programs",
        [(("indicators", i, "program"), x.program) for i, x in enumerate(model.indicators)],
    )
    yield (
        "indicators",
        [(("new_term", "targets", i), t) for i, t in enumerate(model.new_term.targets)],
    )
    yield (
        "programs",
        [
            (("action_programme", "items", i, "program"), x.program)
            for i, x in enumerate(model.action_programme.items)
        ],
    )
    members = model.committee.members
    yield (
        "people",
        [(("committee", "members", i, "person"), m.person) for i, m in enumerate(members)],
    )
    yield (
        "member_organisations",
        [
            (("committee", "members", i, "organisation"), m.organisation)
            for i, m in enumerate(members)
            if m.organisation is not None
        ],
    )
    yield (
        "locality.residential_areas",
        [(("committee", "members", i, "area"), m.area) for i, m in enumerate(members) if m.area],
    )
    yield (
        "people",
        [
            (("committee", "standing", i, "person"), s.person)
            for i, s in enumerate(model.committee.standing)
        ],
    )
    for group in ("official", "alternates"):
        ids = getattr(model.delegation, group)
        yield "people", [(("delegation", group, i), p) for i, p in enumerate(ids)]
    for kind, settings in model.documents:
        yield "people", [(("documents", kind, "signer", "person"), settings.signer.person)]


def _unknown_issue(source: Located, path: Path, registry: str, key: Key, ident: str) -> Issue:
    message = _(
        "'{ident}' is not declared under '{registry}'; declare it there or fix the id"
    ).format(ident=ident, registry=registry)
    return _located(source, path, key, message)


def _duplicate_issue(source: Located, path: Path, registry: str, key: Key, ident: str) -> Issue:
    message = _("id '{ident}' is used twice in '{registry}'; each id must be unique").format(
        ident=ident, registry=registry
    )
    return _located(source, path, key, message)


def _repeated_members(model: CongressFile, source: Located, path: Path) -> Iterable[Issue]:
    seen: set[str] = set()
    for index, member in enumerate(model.committee.members):
        if member.person in seen:
            message = _("'{ident}' is listed twice in the committee").format(ident=member.person)
            yield _located(source, path, ("committee", "members", index, "person"), message)
        seen.add(member.person)


def _located(source: Located, path: Path, key: Key, message: str) -> Issue:
    where = source.locate(key)
    field = ".".join(str(part) for part in key)
    if where is None:
        return Issue(path, message, field=field)
    return Issue(where.file, message, line=where.line, column=where.column, field=field)
