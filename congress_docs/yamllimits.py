"""The limits of a YAML file: nesting and alias expansion, counted on the parser's events.

They are checked before any node is built, so a "billion laughs" file or a runaway '[' is
refused after one read, whichever loader class (pure Python or libyaml) parses it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.yamlhints import syntax_issue

__all__ = ["MAX_DEPTH", "MAX_VALUES", "check_shape", "too_many_values"]

# A congress file is a few hundred lines deep at most; these are far above any real file and far
# below what would take a noticeable time or memory to refuse.
MAX_DEPTH = 40
MAX_VALUES = 200_000


def check_shape(
    path: Path, text: str, lines: list[str], loader_type: Any, *, fast: bool = False
) -> None:
    """Walk the event stream once: refuse deep nesting and alias expansion past the limits.

    Sizes are counted per anchor as the events go by, so a "billion laughs" file is refused
    after reading it once, without expanding a single alias.
    """
    loader = loader_type(text)
    shape = _Shape(path)
    try:
        while True:
            event = loader.get_event()
            if event is None or isinstance(event, yaml.StreamEndEvent):
                break
            shape.feed(event)
    except yaml.MarkedYAMLError as err:
        if fast:
            raise
        raise DataError([syntax_issue(path, err, lines)]) from err
    finally:
        loader.dispose()


class _Shape:
    """Depth and expanded size of a document, counted event by event."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.sizes: dict[str, int] = {}
        self.stack: list[list[Any]] = []  # [anchor, size] of each open collection
        self.total = 0

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            self.stack.append([event.anchor, 1])
            if len(self.stack) > MAX_DEPTH:
                raise _limit(self.path, event, _too_deep())
            return
        if isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            anchor, grown = self.stack.pop()
            if anchor is not None:
                self.sizes[anchor] = grown
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                self.sizes[event.anchor] = 1
            grown = 1
        elif isinstance(event, yaml.AliasEvent):
            grown = self._alias_size(event)
        else:
            return
        if self.stack:
            self.stack[-1][1] += grown
        self.total += grown
        if self.total > MAX_VALUES:
            raise _limit(self.path, event, too_many_values())

    def _alias_size(self, event: yaml.AliasEvent) -> int:
        if event.anchor in self.sizes:
            return self.sizes[event.anchor]
        if any(anchor == event.anchor for anchor, _size in self.stack):
            message = _("the alias '*{name}' refers to the block that contains it (it never "
                        "ends); write the values out instead").format(name=event.anchor)
        else:
            message = _("the alias '*{name}' names no anchor '&{name}' above it; define the "
                        "anchor first, or put the text in quotes").format(name=event.anchor)
        raise _limit(self.path, event, message)


def _too_deep() -> str:
    return _("the data is nested more than {depth} levels deep; "
             "a congress file needs far fewer (check for runaway '[' or '{{')").format(
                 depth=MAX_DEPTH)


def too_many_values() -> str:
    return _("the file expands to more than {count} values (aliases '*' repeating blocks?); "
             "a congress file has far fewer").format(count=MAX_VALUES)


def _limit(path: Path, event: yaml.Event, message: str) -> DataError:
    mark = event.start_mark
    if mark is None:
        return DataError([Issue(path, message)])
    return DataError([Issue(path, message, line=mark.line + 1, column=mark.column + 1)])
