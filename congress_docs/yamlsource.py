"""Read YAML into plain data plus the line of every value, catching what PyYAML lets by."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.vietnamese import detect_legacy_encoding, legacy_to_unicode

__all__ = ["Located", "Location", "read_yaml"]

Key = tuple[str | int, ...]
# PyYAML's C loader (libyaml), shipped in its wheels; None where PyYAML was built without it.
_C_LOADER: Any = getattr(yaml, "CSafeLoader", None)
_REFUSED = yaml.reader.Reader.NON_PRINTABLE


@dataclass(frozen=True)
class Location:
    """Where a value was written: file, 1-based line and column."""

    file: Path
    line: int
    column: int


@dataclass
class Located:
    """Plain data read from YAML, with the location of each value keyed by its path."""

    data: Any
    locations: dict[Key, Location] = field(default_factory=dict)

    def locate(self, path: Key) -> Location | None:
        """Return the location of `path`, or of its nearest written ancestor."""
        for end in range(len(path), -1, -1):
            found = self.locations.get(path[:end])
            if found is not None:
                return found
        return None


def read_yaml(path: Path) -> Located:
    """Read one YAML file safely; raise DataError naming the file and line for anything wrong."""
    text = _decode(path, path.read_bytes())
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise DataError([Issue(path, _("the file is empty: it holds no data"), line=1)])
    if _C_LOADER is not None and "\t" not in text and not _REFUSED.search(text):
        try:
            return _load(path, text, _C_LOADER)
        except yaml.YAMLError:
            pass  # read again below, for the pure-Python loader's message and position
    return _load(path, text, yaml.SafeLoader)


def _load(path: Path, text: str, loader_class: Any) -> Located:
    """Compose and build with one loader class.

    libyaml (PyYAML's CSafeLoader) composes 15 times faster. It is used only where it reads
    exactly as the pure-Python loader does: a YAML error, a tab or a character PyYAML's reader
    refuses sends the text to the pure-Python loader, so every message and position stays the
    same (tests/test_yaml_loaders.py).
    """
    fast = loader_class is not yaml.SafeLoader
    loader = None
    try:
        # The reader checks the characters as soon as it is made: inside the try.
        loader = loader_class(text)
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        if fast:
            raise
        raise DataError([_syntax_issue(path, err)]) from err
    except yaml.YAMLError as err:
        if fast:
            raise
        raise DataError([Issue(path, _("YAML syntax error: {detail}").format(detail=err))]) from err
    finally:
        if loader is not None:
            loader.dispose()
    if node is None:
        raise DataError([Issue(path, _("the file is empty: it holds no data"), line=1)])
    builder = _Builder(path, loader)
    data = builder.build(node, ())
    if builder.issues:
        raise DataError(builder.issues)
    return Located(data, builder.locations)


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)):
        raise DataError(
            [Issue(path, _("the file is saved as UTF-16; save it again as UTF-8"), line=1)]
        )
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        message = _(
            "the file is not UTF-8 (perhaps Windows-1258 or TCVN3); "
            "open it in a text editor and save it as UTF-8"
        )
        raise DataError([Issue(path, message, line=line)]) from err


def _syntax_issue(path: Path, err: yaml.MarkedYAMLError) -> Issue:
    mark = err.problem_mark or err.context_mark
    problem = err.problem or err.context or ""
    message = _("YAML syntax error: {detail}").format(detail=problem)
    if "\t" in str(err) or "found character '\\t'" in problem:
        message += _(" (use spaces, not tabs, to indent)")
    if mark is None:
        return Issue(path, message)
    return Issue(path, message, line=mark.line + 1, column=mark.column + 1)


class _Builder:
    """Turn a composed YAML node tree into dicts, lists and scalars, recording locations."""

    def __init__(self, path: Path, loader: Any) -> None:
        self.path = path
        self.loader = loader
        self.locations: dict[Key, Location] = {}
        self.issues: list[Issue] = []

    def build(self, node: yaml.Node, key: Key) -> Any:
        self.locations[key] = Location(
            self.path, node.start_mark.line + 1, node.start_mark.column + 1
        )
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, key)
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, (*key, index)) for index, item in enumerate(node.value)]
        value = self.loader.construct_object(node, deep=True)
        if not isinstance(value, str):
            return value
        value = unicodedata.normalize("NFC", value)
        self._check_legacy(value, node, key)
        return value

    def _check_legacy(self, value: str, node: yaml.Node, key: Key) -> None:
        """Flag text pasted from an old .VnTime (TCVN3) or VNI document: it prints as garbage."""
        encoding = detect_legacy_encoding(value)
        if encoding is None:
            return
        message = _(
            "this text is in the old {encoding} encoding (pasted from a .VnTime or VNI document); "
            "replace it with Unicode text: {converted!r}"
        ).format(encoding=encoding.upper(), converted=legacy_to_unicode(value, encoding))
        issue = self._at(node, message)
        self.issues.append(
            Issue(issue.file, issue.message, issue.line, issue.column, ".".join(map(str, key)))
        )

    def _mapping(self, node: yaml.MappingNode, key: Key) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            name = self._key_name(key_node)
            if name is None:
                continue
            line = key_node.start_mark.line + 1
            if name in seen:
                self.issues.append(self._duplicate(name, key, line, seen[name], key_node))
                continue
            seen[name] = line
            result[name] = self.build(value_node, (*key, name))
            where = Location(self.path, line, key_node.start_mark.column + 1)
            self.locations[key + (name,)] = where
        return result

    def _key_name(self, key_node: yaml.Node) -> str | None:
        if isinstance(key_node, yaml.ScalarNode):
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.issues.append(self._at(key_node, _("merge keys ('<<') are not supported")))
                return None
            return unicodedata.normalize("NFC", str(key_node.value))
        self.issues.append(
            self._at(key_node, _("a key must be a plain word, not a list or mapping"))
        )
        return None

    def _duplicate(self, name: str, key: Key, line: int, first: int, node: yaml.Node) -> Issue:
        message = _("duplicate key '{name}' (first written on line {first}); keep only one").format(
            name=name, first=first
        )
        dotted = ".".join(str(part) for part in (*key, name))
        return Issue(self.path, message, line=line, column=node.start_mark.column + 1, field=dotted)

    def _at(self, node: yaml.Node, message: str) -> Issue:
        return Issue(
            self.path, message, line=node.start_mark.line + 1, column=node.start_mark.column + 1
        )
