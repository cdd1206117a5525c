"""The data folder the page serves: its communes, their status, and paths that stay inside it."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from congress_docs.build import output_folder
from congress_docs.errors import DataError, OutputConflictError
from congress_docs.i18n import _
from congress_docs.loading import DISTRICT_FILE_NAME, RESERVED_FOLDERS, find_congress_files
from congress_docs.starter import write_starter
from congress_docs.template_inspect import TEMPLATE_FILES
from congress_docs.vietnamese import slugify
from congress_docs.web.checking import CheckResult, check_data
from congress_docs.yamlsource import read_yaml

__all__ = ["CommuneStatus", "Workspace", "WorkspaceError"]

UNIT_KINDS = ("xã", "phường", "thị trấn", "đặc khu")


class WorkspaceError(Exception):
    """A request names something outside the data folder, or something that is not there."""


@dataclass(frozen=True)
class CommuneStatus:
    """What the start page shows of one commune file."""

    ident: str
    title: str
    folder: str
    ok: bool
    errors: int
    rule_errors: int
    rule_warnings: int
    to_fill: int
    built: int


class Workspace:
    """The data folder (the only place read or written) and the output folder of documents."""

    def __init__(self, data: Path, output: Path) -> None:
        self.root = data.resolve()
        self.output = output.resolve()
        self._read: dict[Path, tuple[tuple[int, int], Any]] = {}
        self._status: dict[Path, tuple[Any, CommuneStatus, Path | None]] = {}
        if not self.root.is_dir():
            raise WorkspaceError(_("the data folder does not exist: {path}").format(path=data))

    # -- finding files -------------------------------------------------------------------------

    def commune_ids(self) -> list[str]:
        """The commune files under the data folder, as '/'-separated paths relative to it."""
        found = []
        for path in find_congress_files([self.root]):
            if self._inside(path):
                found.append(path.relative_to(self.root).as_posix())
        return found

    def resolve(self, ident: str) -> Path:
        """Return the file of a commune id; refuse anything that is not one of the listed files.

        Only ids the folder scan returns are accepted, so '..', encoded slashes and absolute
        paths cannot name anything; a symbolic link leading out of the folder is refused too.
        """
        if ident not in self.commune_ids():
            raise WorkspaceError(_("no such commune file: {name}").format(name=ident))
        return self.root / ident

    def folders(self) -> list[str]:
        """Folders a new commune may be created in: the root and every folder holding data."""
        names = {""}
        for ident in self.commune_ids():
            names.add(_folder(ident))
        for district in self.root.rglob(DISTRICT_FILE_NAME):
            if self._inside(district) and not _reserved(district.relative_to(self.root)):
                parent = district.parent.relative_to(self.root).as_posix()
                names.add("" if parent == "." else parent)
        return sorted(names)

    def _inside(self, path: Path) -> bool:
        try:
            resolved = path.resolve(strict=True)
        except OSError:
            return False
        return resolved.is_relative_to(self.root) and resolved.is_file()

    # -- reading -------------------------------------------------------------------------------

    def read(self, ident: str) -> tuple[Path, bytes]:
        """Return the path and bytes of a commune file."""
        path = self.resolve(ident)
        return path, path.read_bytes()

    def data(self, ident: str) -> Any:
        """The plain data of a commune file as the loader reads it (a fresh copy each call).

        Reading is kept while the file's size and time stay the same: the page checks the data
        on every keystroke, and reading a large file again each time would be slow.
        """
        return self._data_at(self.resolve(ident))

    def _data_at(self, path: Path) -> Any:
        stamp = _stamp(path)
        cached = self._read.get(path)
        if cached is None or cached[0] != stamp:
            cached = (stamp, read_yaml(path).data)
            self._read[path] = cached
        return copy.deepcopy(cached[1])

    def check(self, ident: str, data: Any | None = None) -> CheckResult:
        """Check a commune as written on disk, or as `data` if given."""
        path = self.resolve(ident)
        return check_data(path, self._data_at(path) if data is None else data)

    def statuses(self) -> list[CommuneStatus]:
        """The start page's lines, one per commune file, from one scan of the folder.

        Each id comes from that scan, so it is not checked against a fresh one: a province's
        folder of a few hundred files is scanned once, not once per file.
        """
        return [self._status_at(self.root / ident, ident) for ident in self.commune_ids()]

    def _status_at(self, path: Path, ident: str) -> CommuneStatus:
        # Kept until the commune's file or its district file changes.
        stamp = (_stamp(path), _stamp(path.parent / DISTRICT_FILE_NAME))
        cached = self._status.get(path)
        if cached is not None and cached[0] == stamp:
            status, folder = cached[1], cached[2]
        else:
            status, folder = self._fresh_status(path, ident)
            self._status[path] = (stamp, status, folder)
        if folder is None:
            return status
        built = sum((folder / name).is_file() for name in TEMPLATE_FILES.values())
        return dataclasses.replace(status, built=built)

    def _fresh_status(self, path: Path, ident: str) -> tuple[CommuneStatus, Path | None]:
        try:
            result = check_data(path, self._data_at(path))
        except DataError as err:
            failed = CommuneStatus(ident, ident, _folder(ident), False, len(err.issues), 0, 0, 0, 0)
            return failed, None
        errors = sum(len(messages) for messages in result.errors.values()) + len(result.general)
        title = ident
        if result.loaded is not None:
            unit = result.loaded.model.unit
            title = f"{unit.kind} {unit.name}"
        status = CommuneStatus(
            ident, title, _folder(ident), result.ok, errors,
            sum(finding.severity == "error" for finding in result.findings),
            sum(finding.severity == "warning" for finding in result.findings),
            sum(len(messages) for messages in result.to_fill.values()), 0,
        )
        return status, self.documents_folder(result)

    def documents_folder(self, result: CheckResult) -> Path | None:
        """Where `build` writes this commune's documents, or None while its data is invalid."""
        if result.loaded is None:
            return None
        return output_folder(result.loaded, self.output)

    def built_documents(self, result: CheckResult) -> list[Path]:
        """The documents of the commune already written in the output folder, in kind order."""
        folder = self.documents_folder(result)
        if folder is None:
            return []
        return [folder / name for name in TEMPLATE_FILES.values() if (folder / name).is_file()]

    # -- creating ------------------------------------------------------------------------------

    def create(self, folder: str, name: str, kind: str) -> str:
        """Write a starter file for a new commune (as `new` does); return its id."""
        name = name.strip()
        if folder not in self.folders():
            raise WorkspaceError(_("no such folder in the data folder: {name}").format(name=folder))
        if kind not in UNIT_KINDS:
            raise WorkspaceError(_("unknown kind of unit: {kind}").format(kind=kind))
        slug = slugify(name)
        if not name or not slug or len(name) > 80:
            raise WorkspaceError(_("give the name of the commune (at most 80 characters)"))
        target_folder = self.root / folder if folder else self.root
        target = target_folder / f"{slug}.yaml"
        district = target_folder / DISTRICT_FILE_NAME
        try:
            write_starter(target, commune=name, kind=kind,
                          district_file=district if district.is_file() else None)
        except OutputConflictError as err:
            raise WorkspaceError(str(err)) from err
        return target.relative_to(self.root).as_posix()


def file_version(raw: bytes) -> str:
    """The version token of a file's bytes: the page sends it back to detect a change on disk."""
    return hashlib.sha256(raw).hexdigest()


def _stamp(path: Path) -> tuple[int, int]:
    try:
        info = path.stat()
    except OSError:
        return (0, -1)
    return (info.st_mtime_ns, info.st_size)


def _folder(ident: str) -> str:
    parent = Path(ident).parent.as_posix()
    return "" if parent == "." else parent


def _reserved(relative: Path) -> bool:
    return any(part in RESERVED_FOLDERS or part.startswith(".") for part in relative.parts)
