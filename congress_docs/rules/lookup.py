"""Find a rule profile by id: beside the user's data first, then among the bundled profiles."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.loading import LoadedCongress
from congress_docs.paths import bundled
from congress_docs.rules.profile import RuleProfile, read_profile

__all__ = [
    "RULES_FOLDER",
    "bundled_rules_dir",
    "load_profile",
    "profile_file",
    "profile_for",
    "search_folders",
]

RULES_FOLDER = "rules"
_ID = re.compile(r"[A-Za-z0-9_.-]+")


def bundled_rules_dir() -> Path:
    """Return the folder of the profiles shipped with congress-docs."""
    return bundled("data") / RULES_FOLDER


def search_folders(loaded: LoadedCongress) -> list[Path]:
    """Folders searched for a congress file's profile, before the bundled ones.

    In order: rules/ beside the congress file, rules/ beside its district file, rules/ one
    folder up (a data folder holding one folder per district and a shared rules/ folder).
    """
    folders = [loaded.path.parent / RULES_FOLDER]
    if loaded.district_path is not None:
        folders.append(loaded.district_path.parent / RULES_FOLDER)
    folders.append(loaded.path.parent.parent / RULES_FOLDER)
    return list(dict.fromkeys(folder.resolve() for folder in folders))


def load_profile(profile_id: str, *, search: Sequence[Path] = ()) -> RuleProfile:
    """Load the profile `profile_id` (a file stem) from the first folder of `search`
    that has it, else from the bundled profiles; raise DataError when none has it."""
    if not _ID.fullmatch(profile_id):
        raise DataError([Issue(None, _(
            "a rule profile id is a file name without .yaml, of plain letters, digits, '_' "
            "or '-': not {id}").format(id=profile_id))])
    folders = [*search, bundled_rules_dir()]
    candidate = _find(profile_id, folders)
    if candidate is not None:
        stat = candidate.stat()
        return _read_cached(candidate.resolve(), stat.st_mtime_ns, stat.st_size)
    message = _("rule profile '{id}' not found; looked in: {folders}").format(
        id=profile_id, folders=", ".join(str(folder) for folder in dict.fromkeys(folders)))
    raise DataError([Issue(None, message)])


def profile_file(loaded: LoadedCongress) -> Path | None:
    """Return the file of the profile a congress file names, or None (none named or found)."""
    profile_id = loaded.model.rules_profile
    if profile_id is None or not _ID.fullmatch(profile_id):
        return None
    return _find(profile_id, [*search_folders(loaded), bundled_rules_dir()])


def _find(profile_id: str, folders: Sequence[Path]) -> Path | None:
    for folder in folders:
        for suffix in (".yaml", ".yml"):
            candidate = folder / f"{profile_id}{suffix}"
            if candidate.is_file():
                return candidate
    return None


def profile_for(loaded: LoadedCongress) -> RuleProfile | None:
    """Return the profile a congress file names in rules_profile, or None when it names none."""
    profile_id = loaded.model.rules_profile
    if profile_id is None:
        return None
    try:
        return load_profile(profile_id, search=search_folders(loaded))
    except DataError as err:
        if any(issue.file is not None for issue in err.issues):
            raise
        where = loaded.source.locate(("rules_profile",))
        raise DataError(
            [Issue(where.file if where else loaded.path, issue.message,
                   line=where.line if where else None, field="rules_profile")
             for issue in err.issues]
        ) from err


@lru_cache(maxsize=32)
def _read_cached(path: Path, _mtime_ns: int, _size: int) -> RuleProfile:
    # Keyed by modification time and size so an edited profile is read again.
    return read_profile(path)
