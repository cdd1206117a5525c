"""Load congress files: find them, merge over the district file, validate once, report all."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from congress_docs.completeness import gaps
from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.merging import DISTRICT_KEYS, merge
from congress_docs.models import CongressFile
from congress_docs.normalise import Normalised, normalise
from congress_docs.references import check_references
from congress_docs.safefiles import walk_data_folder
from congress_docs.validation_messages import issues_from_validation
from congress_docs.yamlsource import Key, Located, read_yaml

__all__ = [
    "DISTRICT_FILE_NAME",
    "PLACEHOLDER",
    "LoadedCongress",
    "find_congress_files",
    "load_congress",
    "load_located",
]

DISTRICT_FILE_NAME = "district.yaml"
PLACEHOLDER = "…"
# Folders under data/ that hold other kinds of YAML (rule profiles, format rule sets).
RESERVED_FOLDERS = frozenset({"rules", "format-rules"})


@dataclass(frozen=True)
class LoadedCongress:
    """A validated congress file, where it came from, and what is still to fill."""

    path: Path
    model: CongressFile
    district_path: Path | None
    source: Located
    warnings: tuple[Issue, ...] = ()
    # What loading read differently from how it was written (a thousands dot, a non-breaking
    # space in a name...): each names the field and the value it became.
    normalised: tuple[Issue, ...] = ()


def find_congress_files(paths: Iterable[Path]) -> list[Path]:
    """Expand files and folders into the congress files they hold (not district files), sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(walk_data_folder(path, _is_congress_file, _skipped_folder))
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise DataError([Issue(path, _("no such file or folder"))])
    return sorted(dict.fromkeys(found), key=_resolved)


def _is_congress_file(path: Path) -> bool:
    return path.suffix in (".yaml", ".yml") and path.name != DISTRICT_FILE_NAME


def _skipped_folder(path: Path) -> bool:
    return path.name in RESERVED_FOLDERS or path.name.startswith(".")


def _resolved(path: Path) -> str:
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):  # a looping link: reported when it is read
        return str(path)


def load_congress(path: Path) -> LoadedCongress:
    """Read, merge and validate one congress file; raise DataError listing every problem."""
    return load_located(path, read_yaml(path))


def load_located(path: Path, commune: Located) -> LoadedCongress:
    """Merge and validate commune data already read (or edited in the web page) as if at `path`."""
    if not isinstance(commune.data, dict):
        raise DataError([_not_mapping(path)])
    district_path = _district_path(path, commune.data)
    read = normalise(commune, CongressFile)
    source, problems, normalised = read.source, read.errors, read.warnings
    if district_path is not None:
        district = _read_district(district_path)
        source = merge(district.source, source)
        problems, normalised = district.errors + problems, district.warnings + normalised
    problems = problems + check_references(source, path)
    try:
        model = CongressFile.model_validate(source.data)
    except ValidationError as err:
        problems = issues_from_validation(err, source, CongressFile, path) + problems
        raise DataError(_in_file_order(_without_repeats(problems))) from err
    if problems:
        raise DataError(_in_file_order(problems))
    warnings = _placeholders(source, path) + gaps(model, source, path)
    return LoadedCongress(path, model, district_path, source, tuple(warnings), tuple(normalised))


def _without_repeats(issues: list[Issue]) -> list[Issue]:
    """Keep one issue per field: the loader's own explanation wins over pydantic's."""
    result: list[Issue] = []
    seen: set[str] = set()
    for issue in reversed(issues):
        if issue.field and issue.field in seen:
            continue
        seen.add(issue.field)
        result.append(issue)
    return list(reversed(result))


def _in_file_order(issues: list[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda issue: (str(issue.file), issue.line or 0, issue.column or 0))


def _not_mapping(path: Path) -> Issue:
    return Issue(path, _("the file must be a group of 'key: value' lines at the top"), line=1)


def _district_path(path: Path, data: dict[str, Any]) -> Path | None:
    named = data.get("district_file")
    if isinstance(named, str) and named:
        candidate = (path.parent / named).resolve()
        if not candidate.exists():
            raise DataError(
                [
                    Issue(
                        path,
                        _("district file not found: {file}").format(file=candidate),
                        line=1,
                        field="district_file",
                    )
                ]
            )
        return candidate
    sibling = path.parent / DISTRICT_FILE_NAME
    # Anything named district.yaml is read (and a pipe or folder reported), never skipped.
    if not os.path.lexists(sibling) or sibling.name == path.name:
        return None
    return sibling


def _read_district(path: Path) -> Normalised:
    """Read and normalise a district file once for all its communes (again when it changes)."""
    stat = path.stat()
    return _read_district_cached(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _read_district_cached(path: Path, _mtime_ns: int, _size: int) -> Normalised:
    # The merge copies district values into each commune's data without changing them, so one
    # reading serves every commune; a DataError is not cached and is raised again each time.
    district = read_yaml(path)
    if not isinstance(district.data, dict):
        raise DataError([_not_mapping(path)])
    wrong = [name for name in district.data if name not in DISTRICT_KEYS]
    if wrong:
        raise DataError([_district_key_issue(path, district, name) for name in wrong])
    return normalise(district, CongressFile)


def _district_key_issue(path: Path, district: Located, name: str) -> Issue:
    where = district.locate((name,))
    message = _("'{name}' cannot be shared by a district; allowed here: {fields}").format(
        name=name, fields=", ".join(DISTRICT_KEYS)
    )
    return Issue(path, message, line=where.line if where else 1, field=name)


def _placeholders(source: Located, path: Path) -> list[Issue]:
    warnings: list[Issue] = []
    for key in _placeholder_keys(source.data, (), []):
        where = source.locate(key)
        warnings.append(
            Issue(
                where.file if where else path,
                _("still to fill ('…')"),
                line=where.line if where else None,
                column=where.column if where else None,
                field=".".join(str(part) for part in key),
            )
        )
    return warnings


_PLACEHOLDERS = (PLACEHOLDER, "...")


def _placeholder_keys(value: Any, key: Key, found: list[Key]) -> list[Key]:
    """The keys of every text that is only '…' or '...', in file order."""
    if isinstance(value, dict):
        items: Iterable[tuple[Any, Any]] = value.items()
    elif isinstance(value, list):
        items = enumerate(value)
    else:
        if isinstance(value, str) and value.strip() in _PLACEHOLDERS:
            found.append(key)
        return found
    for part, child in items:
        if isinstance(child, str):
            # Keys are made only for what is found: this runs for every value of every file.
            if child.strip() in _PLACEHOLDERS:
                found.append((*key, part))
        elif isinstance(child, (dict, list)):
            _placeholder_keys(child, (*key, part), found)
    return found


def load_many(paths: Sequence[Path]) -> list[LoadedCongress]:
    """Load several files, raising one DataError with the problems of all of them."""
    loaded: list[LoadedCongress] = []
    issues: list[Issue] = []
    for path in paths:
        try:
            loaded.append(load_congress(path))
        except DataError as err:
            issues.extend(err.issues)
    if issues:
        raise DataError(issues)
    return loaded
