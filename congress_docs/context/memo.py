"""What the documents of one commune share, computed once while its documents are built.

A build asks for the contexts of one congress file kind after kind; each kind reads the same
names, indicator rows, programmes and people lists. They are kept here for the last few objects
(a model or a loaded file), compared by identity: models are frozen once loaded, so a value
computed from one stays right for as long as that very object lives.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable
from functools import wraps
from typing import Any, TypeVar

from congress_docs.context.wording import pads_counts

__all__ = ["per_commune", "remembered"]

M = TypeVar("M")
T = TypeVar("T")
# A build holds one commune at a time; a few more slots let a caller alternate two.
_SLOTS = 4


class _Memory:
    """The values computed for the last few objects, most recent first."""

    def __init__(self) -> None:
        self.slots: list[tuple[object, dict[Hashable, Any]]] = []
        self.lock = threading.Lock()

    def store(self, owner: object) -> dict[Hashable, Any]:
        with self.lock:
            for index, (held, values) in enumerate(self.slots):
                if held is owner:
                    if index:
                        self.slots.insert(0, self.slots.pop(index))
                    return values
            values = {}
            self.slots = [(owner, values), *self.slots[: _SLOTS - 1]]
            return values


_MEMORY = _Memory()


def remembered(owner: object, key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, computed once for `owner` (by identity) and `key`."""
    values = _MEMORY.store(owner)
    if key in values:
        return values[key]  # type: ignore[no-any-return]
    value = values[key] = compute()
    return value


def per_commune(func: Callable[[M], T]) -> Callable[[M], T]:
    """`func(model)` computed once per model and way of writing counts (see padded_counts).

    The value is shared: callers copy before they change it.
    """

    @wraps(func)
    def once(model: M) -> T:
        return remembered(model, (func, pads_counts()), lambda: func(model))

    return once
