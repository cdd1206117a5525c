"""Edit a commune file in place: comments, order and quoting kept; validated and atomic on save.

The web page and `import-people` change a user's own file, so they go through here: the file is
read with ruamel.yaml's round-trip loader, values are set at dotted paths (`congress.venue`,
`people.3.full_name`), lists of records are replaced or merged by key, and `save_commune` writes
the result only if the file is unchanged since it was read, and only if the project's own loader
accepts the new text (errors in the usual `file:line: field.path: message` form).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import io
import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.util import load_yaml_guess_indent

from congress_docs.errors import DataError, FileChangedError, Issue
from congress_docs.fileio import write_bytes_atomic
from congress_docs.i18n import _
from congress_docs.loading import LoadedCongress, load_congress
from congress_docs.roundtrip_comments import (
    delete_keeping_comments,
    delete_key_keeping_comments,
    move_keeping_comment,
)
from congress_docs.yamlsource import read_yaml

__all__ = [
    "CommuneEdit",
    "SavedFile",
    "content_hash",
    "open_commune",
    "save_commune",
    "validate_text",
]

Record = Mapping[str, Any]


def content_hash(data: bytes) -> str:
    """The hex SHA-256 of a file's bytes: what a caller keeps to detect a change underneath."""
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class SavedFile:
    """A file written by `save_commune`: its new hash and the validated data."""

    path: Path
    sha256: str
    changed: bool
    loaded: LoadedCongress


class CommuneEdit:
    """One commune file held as a round-trip YAML tree; edits change the tree, not the disk."""

    def __init__(self, path: Path, raw: bytes) -> None:
        self.path = path
        self.sha256 = content_hash(raw)
        self._original = raw
        text = raw.decode("utf-8-sig")
        self._yaml = _round_trip_yaml(text)
        try:
            self.document = self._yaml.load(text)
        except YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            line = mark.line + 1 if mark is not None else None
            problem = getattr(err, "problem", None) or str(err)
            message = _("YAML syntax error: {detail}").format(detail=problem)
            raise DataError([Issue(path, message, line=line)]) from err
        if not isinstance(self.document, CommentedMap):
            raise DataError([Issue(path, _("the file must be a group of 'key: value' lines at "
                                           "the top"), line=1)])

    def get(self, dotted: str) -> Any:
        """The value at a dotted path, as plain Python data (dicts, lists, scalars)."""
        parent, last = self._parent(dotted, create=False)
        return _plain(_child(parent, last, self._missing(dotted)))

    def has(self, dotted: str) -> bool:
        """Whether a value is written at the dotted path."""
        try:
            self.get(dotted)
        except DataError:
            return False
        return True

    def set(self, dotted: str, value: Any) -> None:
        """Set the value at a dotted path, creating missing mappings on the way.

        A mapping or list given for an existing one is merged into it in place, so the comments
        and the flow or block style of what stays are kept. An index one past the end appends.
        """
        parent, last = self._parent(dotted, create=True)
        if isinstance(parent, CommentedSeq):
            index = _index(last, len(parent) + 1, self._missing(dotted))
            if index == len(parent):
                parent.append(_to_yaml(value))
                return
            parent[index] = _updated(parent[index], value)
            return
        parent[last] = _updated(parent[last], value) if last in parent else _to_yaml(value)

    def delete(self, dotted: str) -> None:
        """Remove the value at a dotted path (a key of a mapping or an item of a list)."""
        parent, last = self._parent(dotted, create=False)
        if isinstance(parent, CommentedSeq):
            del parent[_index(last, len(parent), self._missing(dotted))]
        elif last in parent:
            del parent[last]
        else:
            raise self._missing(dotted)

    def replace_records(self, dotted: str, records: Sequence[Record], key: str = "id") -> None:
        """Make the list at `dotted` hold exactly `records`, in their order.

        A record whose `key` matches an existing item updates that item in place (its comments
        stay); the others are added; existing items not among `records` are removed.
        """
        seq = self._list(dotted)
        _check_keys(records, key, self.path, dotted)
        existing = _by_key(seq, key)
        wanted = [str(record[key]) for record in records]
        for index in range(len(seq) - 1, -1, -1):
            item_key = _item_key(seq[index], key)
            if item_key is None or item_key not in wanted:
                delete_keeping_comments(seq, index)
        for position, record in enumerate(records):
            item = existing.get(str(record[key]))
            if item is None:
                seq.insert(position, _styled_like(_to_yaml(dict(record)), seq))
                continue
            current = _position_of(seq, item)
            if current != position:
                move_keeping_comment(seq, current, position)
            _update_map(item, record, drop_missing=True)

    def merge_records(self, dotted: str, records: Sequence[Record], key: str = "id") -> None:
        """Update the items of the list at `dotted` whose `key` matches, append the others.

        Items not among `records` stay as they are; keys a record leaves out stay too.
        """
        seq = self._list(dotted)
        _check_keys(records, key, self.path, dotted)
        existing = _by_key(seq, key)
        for record in records:
            item = existing.get(str(record[key]))
            if item is None:
                seq.append(_styled_like(_to_yaml(dict(record)), seq))
            else:
                _update_map(item, record, drop_missing=False)

    def text(self) -> str:
        """The file as it would be written now."""
        stream = io.StringIO()
        self._yaml.dump(self.document, stream)
        return stream.getvalue()

    def _list(self, dotted: str) -> CommentedSeq:
        parent, last = self._parent(dotted, create=True)
        if isinstance(parent, CommentedMap) and last not in parent:
            parent[last] = CommentedSeq()
        value = _child(parent, last, self._missing(dotted))
        if not isinstance(value, CommentedSeq):
            raise DataError([Issue(self.path, _("this field is not a list"), field=dotted)])
        return value

    def _parent(self, dotted: str, *, create: bool) -> tuple[Any, str]:
        parts = [part for part in dotted.split(".") if part]
        if not parts:
            raise self._missing(dotted)
        node: Any = self.document
        for part in parts[:-1]:
            if create and isinstance(node, CommentedMap) and part not in node:
                node[part] = CommentedMap()
            node = _child(node, part, self._missing(dotted))
            if not isinstance(node, CommentedMap | CommentedSeq):
                raise self._missing(dotted)
        return node, parts[-1]

    def _missing(self, dotted: str) -> DataError:
        return DataError([Issue(self.path, _("no such field in the file"), field=dotted)])


def open_commune(path: Path) -> CommuneEdit:
    """Read a commune file for editing; raise DataError if it is not readable YAML."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise DataError([Issue(path, _("cannot read the file: {detail}").format(
            detail=err.strerror or err))]) from err
    try:
        return CommuneEdit(path, raw)
    except UnicodeDecodeError as err:
        read_yaml(path)  # raises the loader's own message about the encoding
        raise DataError([Issue(path, str(err))]) from err


def validate_text(path: Path, text: str) -> LoadedCongress:
    """Load `text` as if it were the content of `path` (same folder, same district file).

    Errors name `path`, with the lines of `text`. Nothing is left on disk.
    """
    probe = path.with_name(f".{path.name}.{secrets.token_hex(4)}.check")
    write_bytes_atomic(probe, text.encode("utf-8"))
    try:
        loaded = load_congress(probe)
    except DataError as err:
        raise DataError([_renamed(issue, probe, path) for issue in err.issues]) from err
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()
    return LoadedCongress(
        path,
        loaded.model,
        loaded.district_path,
        loaded.source,
        tuple(_renamed(issue, probe, path) for issue in loaded.warnings),
    )


def save_commune(edit: CommuneEdit, *, expected_sha256: str | None = None) -> SavedFile:
    """Validate the edited file and write it atomically; nothing is written on any problem.

    `expected_sha256` is the hash of the file as the caller last saw it (default: as `edit`
    read it). If the file on disk has changed since, FileChangedError is raised.
    """
    expected = expected_sha256 or edit.sha256
    _check_unchanged(edit.path, expected)
    text = edit.text()
    loaded = validate_text(edit.path, text)
    data = text.encode("utf-8")
    changed = data != edit._original
    if changed:
        _check_unchanged(edit.path, expected)
        write_bytes_atomic(edit.path, data)
    return SavedFile(edit.path, content_hash(data), changed, loaded)


def _check_unchanged(path: Path, expected: str) -> None:
    try:
        current = content_hash(path.read_bytes())
    except OSError as err:
        raise FileChangedError(_("{path}: the file cannot be read any more ({detail})").format(
            path=path, detail=err.strerror or err)) from err
    if current != expected:
        raise FileChangedError(_(
            "{path}: the file was changed by someone else since it was opened; "
            "nothing was written. Open it again and repeat the change"
        ).format(path=path))


def _renamed(issue: Issue, probe: Path, path: Path) -> Issue:
    if issue.file is None or issue.file != probe:
        return issue
    return Issue(path, issue.message, issue.line, issue.column, issue.field)


def _round_trip_yaml(text: str) -> YAML:
    """A ruamel.yaml instance that writes the file back in its own indentation, unwrapped."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    _write_nulls_as_written(yaml, text)
    with contextlib.suppress(YAMLError):
        _, sequence, offset = load_yaml_guess_indent(text)
        offset = offset or 0
        sequence = sequence or 2
        yaml.indent(mapping=sequence - offset if offset else sequence, sequence=sequence,
                    offset=offset)
        return yaml
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


_NULL_WORD = re.compile(r"^[^#\n]*:[ \t]+(null|~|Null|NULL)[ \t]*(?:#.*)?$", re.MULTILINE)


def _write_nulls_as_written(yaml: YAML, text: str) -> None:
    """Write an empty value the way the file does: `key: null` (the starter file) or `key:`.

    ruamel keeps no style for nulls; without this every `null` would come back as `key:`.
    """
    words = _NULL_WORD.findall(text)
    if words:
        yaml.Representer = _null_representer(max(set(words), key=words.count))


@functools.cache
def _null_representer(word: str) -> type[RoundTripRepresenter]:
    """A representer class writing None as `word` (a subclass: add_representer is class-wide)."""

    class NullAsWritten(RoundTripRepresenter):
        pass

    def represent_null(representer: RoundTripRepresenter, _value: None) -> Any:
        return representer.represent_scalar("tag:yaml.org,2002:null", word)

    NullAsWritten.add_representer(type(None), represent_null)
    return NullAsWritten


def _child(node: Any, part: str, missing: DataError) -> Any:
    if isinstance(node, CommentedSeq):
        return node[_index(part, len(node), missing)]
    if isinstance(node, CommentedMap) and part in node:
        return node[part]
    raise missing


def _index(part: str, size: int, missing: DataError) -> int:
    if not part.isdigit() or int(part) >= size:
        raise missing
    return int(part)


def _by_key(seq: CommentedSeq, key: str) -> dict[str, CommentedMap]:
    found: dict[str, CommentedMap] = {}
    for item in seq:
        item_key = _item_key(item, key)
        if item_key is not None:
            found.setdefault(item_key, item)
    return found


def _item_key(item: Any, key: str) -> str | None:
    if isinstance(item, CommentedMap) and key in item and item[key] is not None:
        return str(item[key])
    return None


def _position_of(seq: CommentedSeq, item: CommentedMap) -> int:
    return next(index for index, value in enumerate(seq) if value is item)


def _check_keys(records: Sequence[Record], key: str, path: Path, dotted: str) -> None:
    seen: set[str] = set()
    issues: list[Issue] = []
    for number, record in enumerate(records):
        value = record.get(key)
        field = f"{dotted}.{number}.{key}"
        if value is None or str(value) == "":
            issues.append(Issue(path, _("every record needs its '{key}'").format(key=key),
                                field=field))
        elif str(value) in seen:
            issues.append(Issue(path, _("'{value}' is given twice").format(value=value),
                                field=field))
        else:
            seen.add(str(value))
    if issues:
        raise DataError(issues)


def _update_map(target: CommentedMap, record: Record, *, drop_missing: bool) -> None:
    for name, value in record.items():
        if name in target:
            target[name] = _updated(target[name], value)
        else:
            target[name] = _to_yaml(value)
    if drop_missing:
        for name in [name for name in target if name not in record]:
            delete_key_keeping_comments(target, name)


def _updated(current: Any, value: Any) -> Any:
    """The new value for a slot, reusing the current node when it holds the same thing."""
    if isinstance(current, CommentedMap) and isinstance(value, Mapping):
        _update_map(current, value, drop_missing=True)
        return current
    if isinstance(current, CommentedSeq) and _is_list(value):
        items = list(value)
        if len(items) == len(current):
            for index, item in enumerate(items):
                current[index] = _updated(current[index], item)
            return current
        new = _to_yaml(items)
        new.fa.set_flow_style() if current.fa.flow_style() else new.fa.set_block_style()
        return new
    if _same_scalar(current, value):
        return current
    return _to_yaml(value)


def _same_scalar(current: Any, value: Any) -> bool:
    if isinstance(current, CommentedMap | CommentedSeq):
        return False
    if isinstance(current, bool) or isinstance(value, bool):
        return isinstance(current, bool) and isinstance(value, bool) and current == value
    if isinstance(current, dt.datetime) or isinstance(value, dt.datetime):
        return False
    return type(_plain(current)) is type(_plain(value)) and _plain(current) == _plain(value)


def _styled_like(record: CommentedMap, seq: CommentedSeq) -> CommentedMap:
    """Write a new record as its neighbours are written: flow `{...}` or block, key by key."""
    sibling = next((item for item in seq if isinstance(item, CommentedMap) and item is not record),
                   None)
    if sibling is None:
        return record
    if sibling.fa.flow_style():
        record.fa.set_flow_style()
        return record
    for name, value in record.items():
        model = sibling.get(name)
        if isinstance(value, CommentedMap) and isinstance(model, CommentedMap):
            if model.fa.flow_style():
                value.fa.set_flow_style()
            else:
                value.fa.set_block_style()
    return record


def _is_list(value: Any) -> bool:
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)


def _to_yaml(value: Any) -> Any:
    """Plain Python data as ruamel nodes; strings the project's reader would misread are quoted."""
    if isinstance(value, Mapping):
        node = CommentedMap()
        for name, child in value.items():
            node[str(name)] = _to_yaml(child)
        return node
    if _is_list(value):
        seq = CommentedSeq(_to_yaml(child) for child in value)
        if all(not isinstance(child, Mapping) and not _is_list(child) for child in value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str):
        return _safe_string(value)
    return value


def _safe_string(value: str) -> Any:
    """Quote a string that YAML 1.1 (the project's reader) would read as something else."""
    if value == "":
        return DoubleQuotedScalarString("")
    try:
        read_back = pyyaml.safe_load(value)
    except pyyaml.YAMLError:
        return DoubleQuotedScalarString(value)
    if read_back != value or not isinstance(read_back, str):
        return DoubleQuotedScalarString(value)
    return value


def _plain(value: Any) -> Any:
    if isinstance(value, CommentedMap):
        return {str(name): _plain(child) for name, child in value.items()}
    if isinstance(value, CommentedSeq):
        return [_plain(child) for child in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.date(value.year, value.month, value.day)
    return value
