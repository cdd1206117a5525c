"""Load congress files: find them, merge over the district file, validate once, report all."""

from __future__ import annotations

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
from congress_docs.references import check_references
from congress_docs.validation_messages import issues_from_validation
from congress_docs.yamlsource import Key, Located, read_yaml

__all__ = [
    "DISTRICT_FILE_NAME",
    "PLACEHOLDER",
    "LoadedCongress",
    "find_congress_files",
    "load_congress",
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


def find_congress_files(paths: Iterable[Path]) -> list[Path]:
    """Expand files and folders into the congress files they hold (not district files), sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(_scan(path))
        elif path.exists():
            found.append(path)
        else:
            raise DataError([Issue(path, _("no such file or folder"))])
    return sorted(dict.fromkeys(found))


def _scan(folder: Path) -> list[Path]:
    result: list[Path] = []
    for child in sorted(folder.iterdir()):
        if child.is_dir() and child.name not in RESERVED_FOLDERS and not child.name.startswith("."):
            result.extend(_scan(child))
        elif child.suffix in (".yaml", ".yml") and child.name != DISTRICT_FILE_NAME:
            result.append(child)
    return result


def load_congress(path: Path) -> LoadedCongress:
    """Read, merge and validate one congress file; raise DataError listing every problem."""
    commune = read_yaml(path)
    if not isinstance(commune.data, dict):
        raise DataError([_not_mapping(path)])
    district_path = _district_path(path, commune.data)
    source = commune
    if district_path is not None:
        district = _read_district(district_path)
        source = merge(district, commune)
    problems = check_references(source, path)
    try:
        model = CongressFile.model_validate(source.data)
    except ValidationError as err:
        problems = issues_from_validation(err, source, CongressFile, path) + problems
        raise DataError(_in_file_order(problems)) from err
    if problems:
        raise DataError(problems)
    warnings = _placeholders(source, path) + gaps(model, source, path)
    return LoadedCongress(path, model, district_path, source, tuple(warnings))


def _in_file_order(issues: list[Issue]) -> list[Issue]:
    return sorted(issues, key=lambda issue: (str(issue.file), issue.line or 0, issue.column or 0))


def _not_mapping(path: Path) -> Issue:
    return Issue(path, _("the file must be a group of 'key: value' lines at the top"), line=1)


def _district_path(path: Path, data: dict[str, Any]) -> Path | None:
    named = data.get("district_file")
    if isinstance(named, str) and named:
        candidate = (path.parent / named).resolve()
        if not candidate.is_file():
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
    return sibling if sibling.is_file() and sibling.resolve() != path.resolve() else None


def _read_district(path: Path) -> Located:
    district = read_yaml(path)
    if not isinstance(district.data, dict):
        raise DataError([_not_mapping(path)])
    wrong = [name for name in district.data if name not in DISTRICT_KEYS]
    if wrong:
        raise DataError([_district_key_issue(path, district, name) for name in wrong])
    return district


def _district_key_issue(path: Path, district: Located, name: str) -> Issue:
    where = district.locate((name,))
    message = _("'{name}' cannot be shared by a district; allowed here: {fields}").format(
        name=name, fields=", ".join(DISTRICT_KEYS)
    )
    return Issue(path, message, line=where.line if where else 1, field=name)


def _placeholders(source: Located, path: Path) -> list[Issue]:
    warnings: list[Issue] = []
    for key, value in _walk(source.data, ()):
        if isinstance(value, str) and value.strip() in (PLACEHOLDER, "..."):
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


def _walk(value: Any, key: Key) -> Iterable[tuple[Key, Any]]:
    if isinstance(value, dict):
        for name, child in value.items():
            yield from _walk(child, (*key, name))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk(child, (*key, index))
    else:
        yield key, value


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
