"""Which commune a congress file describes: one key per commune, shared by build and validate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from congress_docs.errors import Issue
from congress_docs.i18n import _
from congress_docs.models import CongressFile
from congress_docs.vietnamese import slugify

__all__ = ["commune_key", "duplicate_issues", "duplicate_issues_by_key"]


def commune_key(model: CongressFile) -> tuple[str, str]:
    """(district or province, commune) as ASCII slugs: also the commune's output folder."""
    group = model.district.name if model.district is not None else model.province.name
    return slugify(group), slugify(model.unit.name)


def duplicate_issues(files: Sequence[tuple[Path, CongressFile]]) -> dict[Path, Issue]:
    """An issue for every file that describes the same commune as another file, naming them all.

    Neither file wins: a copy left beside the original ("ban-hon - Copy.yaml") must not silently
    replace it, so every file of the commune is stopped until one remains.
    """
    return duplicate_issues_by_key(
        [(path, commune_key(model), f"{model.unit.kind} {model.unit.name}")
         for path, model in files])


def duplicate_issues_by_key(
    files: Sequence[tuple[Path, tuple[str, str], str]],
) -> dict[Path, Issue]:
    """As duplicate_issues, from each file's commune key and title (path, key, title)."""
    claims: dict[tuple[str, str], list[tuple[Path, str]]] = {}
    for path, key, title in files:
        claims.setdefault(key, []).append((path, title))
    issues: dict[Path, Issue] = {}
    for claimants in claims.values():
        if len(claimants) < 2:
            continue
        for path, title in claimants:
            others = ", ".join(str(other) for other, _title in claimants if other != path)
            message = _("describes the same commune ({title}) as {others}; nothing is done for "
                        "it until one file is removed or renamed to another commune")
            issues[path] = Issue(path, message.format(title=title, others=others))
    return issues
