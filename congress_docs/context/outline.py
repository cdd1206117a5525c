"""Numbered document parts that appear only when their data is there, so no heading stands empty.

A document part is a list of blocks: a heading at a level (2: "I.", 3: "1.", 4: "a)"; 0: none)
and the paragraphs under it. Numbers are given to the parts present, in order, so leaving a part
out never leaves a gap in the numbering.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from congress_docs.vietnamese import to_roman

__all__ = ["Part", "blocks", "bullets", "mark", "numbers"]

_LETTERS = "abcdefghiklmnopqrstuvxy"


@dataclass
class Part:
    """One heading and what stands under it: paragraphs and sub-parts."""

    title: str
    paragraphs: Sequence[str] = ()
    children: Sequence[Part] = field(default_factory=list)
    numbered: bool = True

    @property
    def present(self) -> bool:
        """Tell whether anything stands under the heading."""
        return bool(self.paragraphs) or any(child.present for child in self.children)


def bullets(items: Sequence[str]) -> list[str]:
    """Items as "- ..." paragraphs."""
    return [f"- {item}" for item in items]


def mark(level: int, index: int) -> str:
    """The number of the `index`-th part (from 1) at `level`: "II.", "3.", "b)"."""
    if level == 2:
        return f"{to_roman(index)}."
    if level == 3:
        return f"{index}."
    return f"{_LETTERS[(index - 1) % len(_LETTERS)]})"


def blocks(
    parts: Sequence[Part], level: int = 2, *, start: int = 0, style: int | None = None
) -> list[dict[str, Any]]:
    """The parts present, numbered from `start` + 1 at `level`, flattened into blocks.

    Each block is {"level": heading style level, "heading", "paragraphs"}; `style` sets the heading
    style level when it differs from the numbering level (articles' "1." under "Điều 2.").
    """
    shown = level if style is None else style
    result: list[dict[str, Any]] = []
    index = start
    for part in parts:
        if not part.present:
            continue
        index += 1
        heading = f"{mark(level, index)} {part.title}" if part.numbered else part.title
        result.append({"level": shown, "heading": heading, "paragraphs": list(part.paragraphs)})
        result.extend(blocks(part.children, min(level + 1, 4), style=min(shown + 1, 4)))
    return result


def numbers(keys: Sequence[tuple[str, bool]], level: int = 2) -> dict[str, str]:
    """Numbers ("I", "II"...) for the keys present, "" for the others (template conditions)."""
    result: dict[str, str] = {}
    index = 0
    for key, present in keys:
        if present:
            index += 1
            result[key] = mark(level, index).rstrip(".)")
        else:
            result[key] = ""
    return result
