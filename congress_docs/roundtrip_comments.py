"""Comments between list items survive when ruamel.yaml items are deleted or moved."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.tokens import CommentToken

__all__ = ["delete_key_keeping_comments", "delete_keeping_comments", "move_keeping_comment"]


def delete_keeping_comments(seq: CommentedSeq, index: int) -> None:
    """Delete an item; the comments written above it and above the next item stay in the file.

    A comment between two list items is a heading of what follows (for instance "# Người đứng
    đầu tổ chức thành viên"); ruamel keeps it either on the list or on the last key of the item
    before, so deleting an item must hand those comments on rather than drop them.
    """
    before = _comment_lines(seq.ca.items.get(index))
    trailing = _take_trailing_comment(seq[index])
    del seq[index]
    lines = before + trailing
    if not lines:
        return
    if index < len(seq):
        _prepend_seq_comment(seq, index, lines)
    elif index > 0 and isinstance(seq[index - 1], CommentedMap):
        _append_trailing(seq[index - 1], lines)


def move_keeping_comment(seq: CommentedSeq, current: int, position: int) -> None:
    """Move an item, taking the comment written above it along."""
    item = seq[current]
    comment = seq.ca.items.get(current)
    del seq[current]
    seq.insert(position, item)
    if comment is not None:
        seq.ca.items[position] = comment


def _comment_lines(entry: Any) -> list[str]:
    if not entry:
        return []
    tokens: list[Any] = []
    for part in entry:
        if isinstance(part, list):
            tokens.extend(part)
        elif part is not None:
            tokens.append(part)
    lines: list[str] = []
    for token in tokens:
        lines.extend(line.strip() for line in str(token.value).splitlines()
                     if line.strip().startswith("#"))
    return lines


def delete_key_keeping_comments(mapping: CommentedMap, key: str) -> None:
    """Delete a key; whole comment lines written after its value stay, before the next key."""
    keys = list(mapping.keys())
    index = keys.index(key)
    value = mapping[key]
    if isinstance(value, CommentedMap) and not value.fa.flow_style():
        lines = _take_trailing_comment(value)
    else:
        lines = _key_comment_lines(mapping, key)
    del mapping[key]
    if not lines:
        return
    column = _column_of(mapping)
    if index > 0:
        _append_trailing(mapping, lines, key=keys[index - 1], column=column)
    elif mapping:
        mapping.yaml_set_comment_before_after_key(
            keys[1], before="\n".join(line.lstrip("#").strip() for line in lines), indent=column)


def _take_trailing_comment(item: Any) -> list[str]:
    """The comment lines after an item's last value (the next item's heading)."""
    if not isinstance(item, CommentedMap) or not item:
        return []
    last = list(item.keys())[-1]
    if isinstance(item[last], CommentedMap):
        return _take_trailing_comment(item[last])
    return _key_comment_lines(item, last)


def _key_comment_lines(item: CommentedMap, key: str) -> list[str]:
    entry = item.ca.items.get(key)
    if not entry or len(entry) < 3 or entry[2] is None:
        return []
    lines = _comment_lines([entry[2]])
    first = str(entry[2].value).split("\n", 1)[0]
    # A comment on the same line as the value belongs to the value; only whole lines move.
    if first.strip().startswith("#"):
        lines = lines[1:]
    return lines


def _append_trailing(item: CommentedMap, lines: list[str], *, key: str | None = None,
                     column: int | None = None) -> None:
    """Add comment lines after the value of `key` (default: the last key), at `column`."""
    if not lines:
        return
    last = key if key is not None else list(item.keys())[-1]
    column = _column_of(item) - 2 if column is None else column
    if isinstance(item[last], CommentedMap | CommentedSeq):
        if isinstance(item[last], CommentedMap) and item[last] and not item[last].fa.flow_style():
            _append_trailing(item[last], lines, column=column)
        # After a flow collection ruamel has no slot for whole-line comments; they are dropped.
        return
    entry = item.ca.items.get(last)
    existing = str(entry[2].value) if entry and len(entry) > 2 and entry[2] is not None else "\n"
    text = existing.rstrip("\n") + "\n" + "".join(f"{' ' * max(column, 0)}{line}\n"
                                                  for line in lines)
    if not existing.strip():
        text = "\n" + "".join(f"{' ' * max(column, 0)}{line}\n" for line in lines)
    # The old token's mark keeps a comment on the value's own line where it was written.
    mark = entry[2].start_mark if entry and len(entry) > 2 and entry[2] is not None \
        else CommentMark(0)
    token = CommentToken(text, mark, None)
    if entry is None:
        item.ca.items[last] = [None, None, token, None]
    else:
        while len(entry) < 4:
            entry.append(None)
        entry[2] = token


def _prepend_seq_comment(seq: CommentedSeq, index: int, lines: list[str]) -> None:
    column = _column_of(seq[index]) - 2 if isinstance(seq[index], CommentedMap) else 0
    tokens = [CommentToken(f"{line}\n", CommentMark(max(column, 0)), None) for line in lines]
    entry = seq.ca.items.get(index)
    if entry is None:
        seq.ca.items[index] = [None, tokens, None, None]
    else:
        entry[1] = tokens + list(entry[1] or [])


def _column_of(node: Any) -> int:
    try:
        return int(node.lc.col)
    except (AttributeError, TypeError):
        return 2
