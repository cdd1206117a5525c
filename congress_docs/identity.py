"""Which commune a congress file describes: one key per commune, shared by build and validate."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from congress_docs.errors import Issue
from congress_docs.i18n import _
from congress_docs.models import CongressFile
from congress_docs.vietnamese import slugify

__all__ = ["commune_key", "duplicate_issues"]


def commune_key(model: CongressFile) -> tuple[str, str]:
    """(district or province, commune) as ASCII slugs: also the commune's output folder."""
    group = model.district.name if model.district is not None else model.province.name
    return slugify(group), slugify(model.unit.name)


def duplicate_issues(files: Sequence[tuple[Path, CongressFile]]) -> dict[Path, Issue]:
    """An issue for every file that describes the same commune as another file, naming them all.

    Neither file wins: a copy left beside the original ("ban-hon - Copy.yaml") must not silently
    replace it, so every file of the commune is stopped until one remains.
    """
    claims: dict[tuple[str, str], list[tuple[Path, CongressFile]]] = {}
    for path, model in files:
        claims.setdefault(commune_key(model), []).append((path, model))
    issues: dict[Path, Issue] = {}
    for claimants in claims.values():
        if len(claimants) < 2:
            continue
        for path, model in claimants:
            others = ", ".join(str(other) for other, _model in claimants if other != path)
            message = _("describes the same commune ({title}) as {others}; nothing is done for "
                        "it until one file is removed or renamed to another commune")
            title = f"{model.unit.kind} {model.unit.name}"
            issues[path] = Issue(path, message.format(title=title, others=others))
    return issues
