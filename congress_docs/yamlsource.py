"""Read YAML into plain data plus the line of every value, catching what PyYAML lets by.

Whatever a file holds, reading it ends in bounded time and memory with either data or a
DataError whose issues say, in the user's language, where the mistake most likely is and what to
do. The limits (size, nesting, alias expansion) are checked on the parser's event stream before
any node is built, so they hold whichever loader class (pure Python or libyaml) does the parsing.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.safefiles import read_data_file
from congress_docs.vietnamese import detect_legacy_encoding, legacy_to_unicode
from congress_docs.yamlhints import syntax_issue
from congress_docs.yamllimits import MAX_DEPTH, MAX_VALUES, check_shape, too_many_values

__all__ = [
    "MAX_DEPTH",
    "MAX_VALUES",
    "Key",
    "Located",
    "Location",
    "RawScalar",
    "loader_class",
    "read_yaml",
]

Key = tuple[str | int, ...]
_MAX_CHARACTER_ISSUES = 20
_CORE_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")
)
_MAP_TAG = "tag:yaml.org,2002:map"
_STR_TAG = "tag:yaml.org,2002:str"
_SEQ_TAG = "tag:yaml.org,2002:seq"
# Characters PyYAML refuses (or treats as line breaks where editors do not): C0 and C1 controls
# but tab and newline, DEL, the Unicode line and paragraph separators, the non-characters.
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_INLINE_COMMENT = re.compile(r"\s+#\S")


# PyYAML's C loader (libyaml), shipped in its wheels; None where PyYAML was built without it.
_C_LOADER: Any = getattr(yaml, "CSafeLoader", None)
_REFUSED = yaml.reader.Reader.NON_PRINTABLE


def loader_class() -> type[yaml.SafeLoader]:
    """The loader whose messages and positions users see: the pure-Python one.

    read_yaml first tries libyaml (PyYAML's CSafeLoader: 15 times faster), where it reads
    exactly as this class does; a YAML error, a tab or a character PyYAML's reader refuses sends
    the text to this class, so every message and position stays the same
    (tests/test_yaml_loaders.py).
    """
    return yaml.SafeLoader


@dataclass(frozen=True)
class Location:
    """Where a value was written: file, 1-based line and column."""

    file: Path
    line: int
    column: int


@dataclass(frozen=True)
class RawScalar:
    """A scalar as written: its source text and whether it was plain (unquoted, untagged)."""

    text: str
    plain: bool


@dataclass
class Located:
    """Plain data read from YAML, with the location of each value keyed by its path.

    `scalars` keeps the source text of every scalar, so a loader that knows the expected type can
    read "03421" as text rather than the number YAML made of it; `warnings` are things the reader
    noticed that do not stop loading (text cut by a '#').
    """

    data: Any
    locations: dict[Key, Location] = field(default_factory=dict)
    scalars: dict[Key, RawScalar] = field(default_factory=dict)
    warnings: list[Issue] = field(default_factory=list)

    def locate(self, path: Key) -> Location | None:
        """Return the location of `path`, or of its nearest written ancestor."""
        for end in range(len(path), -1, -1):
            found = self.locations.get(path[:end])
            if found is not None:
                return found
        return None


def read_yaml(path: Path) -> Located:
    """Read one YAML file safely; raise DataError naming the file and line for anything wrong."""
    text = _decode(path, read_data_file(path))
    _check_characters(path, text)
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise DataError([Issue(path, _("the file is empty: it holds no data"), line=1)])
    lines = text.splitlines()
    if _C_LOADER is not None and "\t" not in text and not _REFUSED.search(text):
        try:
            return _load_clean(path, text, lines)
        except yaml.YAMLError:
            pass  # read again below, for the pure-Python loader's message and position
    return _load(path, text, lines, loader_class())


def _load_clean(path: Path, text: str, lines: list[str]) -> Located:
    """Read a file in one pass over libyaml's events; hand anything to report to `_load`.

    The event pass and the composed-node build below give the same data, locations, scalars
    and warnings (tests/test_yaml_loaders.py compares them over every corpus); the first thing
    the event pass does not handle itself (an issue, a limit, a tag, an anchor, an alias) sends
    the file to the full path, so every message and its order stay those of `_load`.
    """
    loader = _C_LOADER(text)
    try:
        return _EventBuilder(path, loader, lines).document()
    except _Fallback:
        pass
    finally:
        loader.dispose()
    return _load(path, text, lines, _C_LOADER)


def _load(path: Path, text: str, lines: list[str], loader_type: Any) -> Located:
    """Check the shape, compose and build with one loader class.

    With libyaml a YAML error is raised as it is, for the caller to read the file again with
    the pure-Python loader; with that loader it becomes a located DataError.
    """
    fast = loader_type is not loader_class()
    check_shape(path, text, lines, loader_type, fast=fast)
    loader = loader_type(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        if fast:
            raise
        raise DataError([syntax_issue(path, err, lines)]) from err
    except yaml.YAMLError as err:
        if fast:
            raise
        raise DataError([Issue(path, _("YAML syntax error: {detail}").format(detail=err))]) from err
    finally:
        loader.dispose()
    if node is None:
        raise DataError([Issue(path, _("the file is empty: it holds no data"), line=1)])
    builder = _Builder(path, loader, lines)
    data = builder.build(node, (), 0)
    if builder.issues:
        raise DataError(builder.issues)
    return Located(data, builder.locations, builder.scalars, builder.warnings)


def _decode(path: Path, raw: bytes) -> str:
    if raw.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        raise DataError(
            [Issue(path, _("the file is saved as UTF-32; save it again as UTF-8"), line=1)]
        )
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise DataError(
            [Issue(path, _("the file is saved as UTF-16; save it again as UTF-8"), line=1)]
        )
    if raw.startswith(codecs.BOM_UTF8):
        raw = raw[len(codecs.BOM_UTF8) :]
    if b"\x00" in raw[:8192]:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        message = _("this is not a text file (it holds binary data); give a .yaml text file")
        raise DataError([Issue(path, message, line=line)])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        message = _(
            "the file is not UTF-8 (perhaps Windows-1258 or TCVN3); "
            "open it in a text editor and save it as UTF-8"
        )
        raise DataError([Issue(path, message, line=line)]) from err


def _check_characters(path: Path, text: str) -> None:
    """Refuse invisible control characters, each located, before PyYAML refuses the first one."""
    issues: list[Issue] = []
    for match in _BAD_CHARACTER.finditer(text):
        start = match.start()
        line = text.count("\n", 0, start) + 1
        column = start - (text.rfind("\n", 0, start) + 1) + 1
        issues.append(Issue(path, control_character_message(match.group()), line, column))
        if len(issues) >= _MAX_CHARACTER_ISSUES:
            break
    if issues:
        raise DataError(issues)


def control_character_message(character: str) -> str:
    """Say which invisible character was found and what to do about it."""
    code = f"U+{ord(character):04X}"
    if character in "\u2028\u2029":
        return _(
            "invisible line separator {code} (pasted from Word or a web page); "
            "delete it and press Enter instead if a new line is meant"
        ).format(code=code)
    return _(
        "invisible control character {code} (often pasted from a PDF); delete it, "
        "or type a space if two words ran together"
    ).format(code=code)


def _tag_name(tag: str) -> str:
    prefix = "tag:yaml.org,2002:"
    return "!!" + tag[len(prefix):] if tag.startswith(prefix) else tag


_IMPLICIT: dict[str, str] = {}


def _implicit_tag(loader: Any, text: str) -> str:
    """The tag YAML gives `text` written plain; the same texts recur, so it is remembered."""
    tag = _IMPLICIT.get(text)
    if tag is None:
        if len(_IMPLICIT) > 100_000:
            _IMPLICIT.clear()
        tag = _IMPLICIT[text] = loader.resolve(yaml.ScalarNode, text, (True, False))
    return tag


class _Builder:
    """Turn a composed YAML node tree into dicts, lists and scalars, recording locations."""

    def __init__(self, path: Path, loader: Any, lines: list[str]) -> None:
        self.path = path
        self.loader = loader
        self.lines = lines
        self.locations: dict[Key, Location] = {}
        self.scalars: dict[Key, RawScalar] = {}
        self.issues: list[Issue] = []
        self.warnings: list[Issue] = []
        self.count = 0

    def build(self, node: yaml.Node, key: Key, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_VALUES or depth > MAX_DEPTH:
            # The event pass refuses such files first; this keeps the builder bounded on its own.
            raise DataError([self._at(node, too_many_values())])
        self.locations[key] = Location(
            self.path, node.start_mark.line + 1, node.start_mark.column + 1
        )
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP_TAG:
                self.issues.append(self._tag_issue(node, key))
            return self._mapping(node, key, depth)
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ_TAG:
                self.issues.append(self._tag_issue(node, key))
            return [self.build(item, (*key, index), depth + 1)
                    for index, item in enumerate(node.value)]
        return self._scalar(node, key)

    def _scalar(self, node: yaml.Node, key: Key) -> Any:
        if node.tag not in _CORE_SCALAR_TAGS:
            self.issues.append(self._tag_issue(node, key))
            return None
        # A plain scalar has style None from the pure-Python composer, "" from libyaml's; one
        # written with an explicit tag has a tag other than the one its text implies.
        plain = not getattr(node, "style", None) and node.tag == _implicit_tag(self.loader,
                                                                               node.value)
        self.scalars[key] = RawScalar(node.value, plain)
        if plain:
            self._check_inline_comment(node, key)
        try:
            # Text is the node's own value (SafeConstructor.construct_yaml_str returns it as is).
            value = node.value if node.tag == _STR_TAG else self.loader.construct_object(
                node, deep=True)
        except (ValueError, OverflowError, yaml.YAMLError) as err:
            self.issues.append(self._construct_issue(node, key, err))
            return None
        if not isinstance(value, str):
            return value
        value = unicodedata.normalize("NFC", value)
        self._check_legacy(value, node, key)
        return value

    def _construct_issue(self, node: yaml.Node, key: Key, err: Exception) -> Issue:
        if node.tag == "tag:yaml.org,2002:timestamp":
            message = impossible_date_message(str(node.value))
        elif "digits" in str(err):
            message = _("this number has far too many digits; write a real count")
        else:
            message = _("cannot be read as {tag}: {given!r}").format(
                tag=_tag_name(node.tag), given=str(node.value)[:60])
        return self._field_issue(node, key, message)

    def _check_inline_comment(self, node: yaml.Node, key: Key) -> None:
        """Warn when ' #' cut a value short: YAML reads the rest of the line as a comment."""
        line = node.end_mark.line
        if line >= len(self.lines):
            return
        rest = self.lines[line][node.end_mark.column :]
        found = _INLINE_COMMENT.match(rest)
        if found is None:
            return
        dropped = rest[found.end() - 2 :].strip()
        message = _(
            "the text from '#' on was read as a comment, so this value is only {value!r} "
            "('{dropped}' is not part of it); if it is, put the whole value in quotes"
        ).format(value=str(node.value), dropped=dropped)
        self.warnings.append(self._field_issue(node, key, message))

    def _tag_issue(self, node: yaml.Node, key: Key) -> Issue:
        message = _(
            "YAML tags such as '{tag}' are not allowed in data files (they could run code or "
            "read other files); remove the tag and write the value itself"
        ).format(tag=_tag_name(node.tag))
        return self._field_issue(node, key, message)

    def _check_legacy(self, value: str, node: yaml.Node, key: Key) -> None:
        """Flag text pasted from an old .VnTime (TCVN3) or VNI document: it prints as garbage."""
        encoding = detect_legacy_encoding(value)
        if encoding is None:
            return
        message = _(
            "this text is in the old {encoding} encoding (pasted from a .VnTime or VNI document); "
            "replace it with Unicode text: {converted!r}"
        ).format(encoding=encoding.upper(), converted=legacy_to_unicode(value, encoding))
        self.issues.append(self._field_issue(node, key, message))

    def _mapping(self, node: yaml.MappingNode, key: Key, depth: int) -> dict[str, Any]:
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
            result[name] = self.build(value_node, (*key, name), depth + 1)
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

    def _field_issue(self, node: yaml.Node, key: Key, message: str) -> Issue:
        issue = self._at(node, message)
        return Issue(issue.file, issue.message, issue.line, issue.column,
                     ".".join(map(str, key)))

    def _at(self, node: yaml.Node, message: str) -> Issue:
        return Issue(
            self.path, message, line=node.start_mark.line + 1, column=node.start_mark.column + 1
        )


class _Fallback(Exception):
    """The event pass met something only the full path reports exactly; read the file there."""


_MERGE_TAG = "tag:yaml.org,2002:merge"
_SCALAR_EVENT = yaml.ScalarEvent
_CONSTRUCTED: dict[tuple[str, str], Any] = {}


class _EventBuilder(_Builder):
    """Build data, locations and scalars straight from the event stream of a clean file.

    It does what `check_shape`, composing and `_Builder.build` do together, for files without
    anchors, aliases, tags, merge or complex keys, duplicates, limits reached or values with an
    issue: those raise _Fallback. Locations are set by the parent (a mapping value is located
    at its key, as `_Builder._mapping` ends up doing). The loops are written out flat: they run
    for every value of every file.
    """

    def __init__(self, path: Path, loader: Any, lines: list[str]) -> None:
        super().__init__(path, loader, lines)
        self.next_event = loader.get_event
        # What yamllimits counts: every node adds one for itself and one for each open collection.
        self.total = 0

    def document(self) -> Located:
        if type(self.next_event()) is not yaml.StreamStartEvent or type(
                self.next_event()) is not yaml.DocumentStartEvent:
            raise _Fallback
        event = self.next_event()
        mark = event.start_mark
        self.locations[()] = Location(self.path, mark.line + 1, mark.column + 1)
        data = self.node(event, (), 0)
        if type(self.next_event()) is not yaml.DocumentEndEvent or type(
                self.next_event()) is not yaml.StreamEndEvent or self.total > MAX_VALUES:
            raise _Fallback
        return Located(data, self.locations, self.scalars, self.warnings)

    def node(self, event: Any, key: Key, depth: int) -> Any:
        kind = type(event)
        if kind is _SCALAR_EVENT:
            self.total += depth + 1
            return self.scalar(event, key)
        if kind is yaml.MappingStartEvent:
            return self.mapping(event, key, depth)
        if kind is yaml.SequenceStartEvent:
            return self.sequence(event, key, depth)
        raise _Fallback  # an alias

    def _open(self, event: Any, depth: int) -> None:
        if event.anchor is not None or event.tag is not None or depth >= MAX_DEPTH:
            raise _Fallback
        self.total += depth + 1

    def mapping(self, event: Any, key: Key, depth: int) -> dict[str, Any]:
        self._open(event, depth)
        result: dict[str, Any] = {}
        path, locations, next_event, inner = self.path, self.locations, self.next_event, depth + 1
        count = 0
        while True:
            event = next_event()
            if type(event) is not _SCALAR_EVENT:
                if type(event) is yaml.MappingEndEvent:
                    break
                raise _Fallback  # a list, mapping or alias as a key
            text = event.value
            # Only '<<' resolves to the merge tag, and no resolver starts with another '<'.
            if event.anchor is not None or event.tag is not None or (
                    text[:1] == "<" and event.implicit[0]
                    and _implicit_tag(self.loader, text) == _MERGE_TAG):
                raise _Fallback
            name = unicodedata.normalize("NFC", text)
            if name in result:
                raise _Fallback  # a duplicate key
            child = (*key, name)
            mark: Any = event.start_mark  # narrowed to ScalarEvent, whose marks stubs say optional
            locations[child] = Location(path, mark.line + 1, mark.column + 1)
            event = next_event()
            if type(event) is _SCALAR_EVENT:
                count += 2
                result[name] = self.scalar(event, child)
            else:
                count += 1
                result[name] = self.node(event, child, inner)
        self.total += count * (inner + 1)
        if self.total > MAX_VALUES:
            raise _Fallback
        return result

    def sequence(self, event: Any, key: Key, depth: int) -> list[Any]:
        self._open(event, depth)
        result: list[Any] = []
        path, locations, next_event, inner = self.path, self.locations, self.next_event, depth + 1
        count = 0
        while True:
            event = next_event()
            kind = type(event)
            if kind is yaml.SequenceEndEvent:
                break
            child = (*key, len(result))
            mark = event.start_mark
            locations[child] = Location(path, mark.line + 1, mark.column + 1)
            if kind is _SCALAR_EVENT:
                count += 1
                result.append(self.scalar(event, child))
            else:
                result.append(self.node(event, child, inner))
        self.total += count * (inner + 1)
        if self.total > MAX_VALUES:
            raise _Fallback
        return result

    def scalar(self, event: Any, key: Key) -> Any:
        if event.anchor is not None or event.tag is not None:
            raise _Fallback
        text = event.value
        # Untagged, the composer resolves a plain scalar by its text and any other as text.
        if event.implicit[0]:
            tag = _IMPLICIT.get(text) or _implicit_tag(self.loader, text)
            if tag not in _CORE_SCALAR_TAGS:
                raise _Fallback
            plain = not event.style
        else:
            tag = _STR_TAG
            plain = not event.style and _implicit_tag(self.loader, text) == _STR_TAG
        self.scalars[key] = RawScalar(text, plain)
        if plain:
            line = event.end_mark.line
            # The warning needs a '#' after the value on its last line.
            if line < len(self.lines) and "#" in self.lines[line]:
                self._check_inline_comment(event, key)
        if tag != _STR_TAG:
            return self._construct(event, tag)
        value = unicodedata.normalize("NFC", text)
        if detect_legacy_encoding(value) is not None:
            raise _Fallback
        return value

    def _construct(self, event: Any, tag: str) -> Any:
        """Numbers, dates, booleans and nulls as SafeConstructor makes them (immutable: shared)."""
        found = _CONSTRUCTED.get((tag, event.value), _CONSTRUCTED)
        if found is not _CONSTRUCTED:
            return found
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        try:
            value = self.loader.construct_object(node, deep=True)
        except (ValueError, OverflowError, yaml.YAMLError) as err:
            raise _Fallback from err
        if isinstance(value, str):
            raise _Fallback  # text goes through the legacy check; not expected from these tags
        if len(_CONSTRUCTED) > 100_000:
            _CONSTRUCTED.clear()
        _CONSTRUCTED[(tag, event.value)] = value
        return value


_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def impossible_date_message(written: str) -> str:
    """Explain why a date such as 2024-02-30 does not exist."""
    found = _DATE.match(written.strip())
    if found is None:
        return _("must be a date written YYYY-MM-DD, not {given}").format(given=repr(written))
    year, month, _day = (int(part) for part in found.groups())
    if year < 1:
        return _("the date {given} does not exist: there is no year 0").format(given=written)
    if not 1 <= month <= 12:
        return _("the date {given} does not exist: there is no month {month}").format(
            given=written, month=month)
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    days = (following - dt.timedelta(days=1)).day
    return _("the date {given} does not exist: month {month} of {year} has {days} days").format(
        given=written, month=month, year=year, days=days)
