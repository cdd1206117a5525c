"""Limits on what a template may cost: steps, time, call depth, and the size of what it builds.

Jinja's sandbox stops a template from reaching Python internals, but not from looping 10^10
times, recursing through macros, or building a gigabyte string ("x" * 10**9, 9**9**9,
"{:>999999999}".format(1)). A user's own template can do all of these by mistake. Here every
loop iteration and every call is a step; a render stops with a SecurityError, turned into a
clear message by the renderer, once it passes a step, time, depth or size limit.
"""

from __future__ import annotations

import functools
import itertools
import re
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from jinja2 import nodes, pass_context
from jinja2.exceptions import SecurityError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jinja2.utils import Namespace

from congress_docs.i18n import _

__all__ = ["LIMITS", "LimitedSandbox", "Limits"]


class Limits:
    """The bounds of one render (one part of one document)."""

    steps = 200_000  # loop iterations plus calls; a real document takes a few thousand
    seconds = 30.0
    depth = 50  # nested calls (macros calling macros, recursive loops)
    text = 2_000_000  # characters (or items) of any one string or list a template builds
    output = 20_000_000  # characters of one rendered part
    power_bits = 4096  # size of a number built with ** or *


LIMITS = Limits()
_CHECK_EVERY = 1024
_CALL_COST = 4  # a call (a macro, a method) costs several times a loop iteration
_WIDE_FORMAT = re.compile(r"\{[^{}]*:[^{}]*\d{7,}|%[-+ #0]*(\d{7,}|\*)|%[-+ #0]*\d*\.\d{7,}")


class _Budget:
    def __init__(self) -> None:
        self.steps = 0
        self.depth = 0
        self.deadline = time.monotonic() + LIMITS.seconds
        self.next_check = _CHECK_EVERY

    def step(self, cost: int = 1) -> None:
        self.steps += cost
        if self.steps > LIMITS.steps:
            raise SecurityError(_("the template takes more than {count} steps (a loop inside a "
                                  "loop, or a macro calling itself?)").format(count=LIMITS.steps))
        if self.steps >= self.next_check:
            self.next_check = self.steps + _CHECK_EVERY
            self._check_time()

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise SecurityError(_("the template ran for more than {seconds} seconds").format(
                seconds=int(LIMITS.seconds)))


def _budget(context: Context) -> _Budget:
    budget = getattr(context, "_congress_budget", None)
    if budget is None:
        budget = _Budget()
        context._congress_budget = budget  # type: ignore[attr-defined]
    return budget


class _Counted:
    """An iterable whose every item costs one step of the render's budget."""

    def __init__(self, iterable: Iterable[Any], budget: _Budget) -> None:
        self.iterable = iterable
        self.budget = budget

    def __iter__(self) -> Iterator[Any]:
        for item in self.iterable:
            self.budget.step()
            yield item

    def __len__(self) -> int:
        return len(self.iterable)  # type: ignore[arg-type]


@pass_context
def _counted(context: Context, iterable: Any) -> Any:
    if isinstance(iterable, (str, bytes)) or not hasattr(iterable, "__iter__"):
        return iterable  # strings are bounded by their size; errors are Jinja's own
    return _Counted(iterable, _budget(context))


class _LimitedNamespace(Namespace):
    """namespace() whose attributes cannot grow past the text limit, loop after loop."""

    def __setitem__(self, name: str, value: Any) -> None:
        _check_size(value)
        super().__setitem__(name, value)


def _too_large() -> SecurityError:
    return SecurityError(_("the template builds a text or list longer than {count} "
                           "characters").format(count=LIMITS.text))


def _check_size(value: Any) -> Any:
    if isinstance(value, (str, list, tuple)) and len(value) > LIMITS.text:
        raise _too_large()
    return value


def _check_number(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > LIMITS.text:
        raise SecurityError(_("the number {number} is too large for a template argument").format(
            number=value if value.bit_length() < 64 else f"~2^{value.bit_length()}"))


def _check_format(text: Any) -> None:
    if isinstance(text, str) and _WIDE_FORMAT.search(text):
        raise _too_large()


class LimitedSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with every loop counted and every costly operation bounded."""

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.globals["namespace"] = _LimitedNamespace
        self.limit_filters()
        self.concat = _limited_concat  # type: ignore[method-assign]

    def limit_filters(self) -> None:
        """Bound every filter registered so far (call again after registering more)."""
        self.filters = {name: func if getattr(func, "_congress_limited", False)
                        else _limited_filter(func) for name, func in self.filters.items()}
        self.filters["_congress_counted"] = _counted

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Filter(loop.iter, "_congress_counted", [], [], None, None,
                                     lineno=loop.iter.lineno)
        return tree

    def call(__self, __context: Context, __obj: Any, *args: Any,  # noqa: N805 - Jinja's names
             **kwargs: Any) -> Any:
        budget = _budget(__context)
        budget.step(_CALL_COST)
        for value in (*args, *kwargs.values()):
            _check_number(value)
            _check_size(value)
        budget.depth += 1
        try:
            if budget.depth > LIMITS.depth:
                raise SecurityError(_("the template nests calls more than {depth} deep (a macro "
                                      "calling itself?)").format(depth=LIMITS.depth))
            return _check_size(super().call(__context, __obj, *args, **kwargs))
        finally:
            budget.depth -= 1

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:  # "{:>999999999}".format(...): refused before it runs
            _check_format(getattr(value, "__self__", None))
        return wrapped

    def call_binop(self, context: Context, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "*":
            _check_product(left, right)
        elif operator_name == "**":
            _check_power(left, right)
        elif operator_name == "+":
            _check_sum(left, right)
        elif operator_name == "%":
            _check_format(left)
        return _check_size(super().call_binop(context, operator_name, left, right))


def _is_sequence(value: Any) -> bool:
    return isinstance(value, (str, list, tuple))


def _check_product(left: Any, right: Any) -> None:
    for sequence, count in ((left, right), (right, left)):
        if _is_sequence(sequence) and isinstance(count, int) and (
                len(sequence) * max(count, 0) > LIMITS.text):
            raise _too_large()
    if isinstance(left, int) and isinstance(right, int) and (
            left.bit_length() + right.bit_length() > LIMITS.power_bits):
        raise _number_too_large()


def _check_power(base: Any, exponent: Any) -> None:
    if isinstance(base, int) and isinstance(exponent, int) and abs(base) > 1 and (
            exponent > LIMITS.power_bits or base.bit_length() * exponent > LIMITS.power_bits):
        raise _number_too_large()


def _check_sum(left: Any, right: Any) -> None:
    if _is_sequence(left) and _is_sequence(right) and len(left) + len(right) > LIMITS.text:
        raise _too_large()


def _number_too_large() -> SecurityError:
    return SecurityError(_("the template computes a number larger than {bits} bits").format(
        bits=LIMITS.power_bits))


def _limited_filter(func: Callable[..., Any]) -> Callable[..., Any]:
    """Wrap a filter so its arguments (not the value filtered) and its result stay bounded."""
    passes = getattr(func, "jinja_pass_arg", None)
    skip = 2 if passes is not None else 1  # the context/environment, then the value

    @functools.wraps(func)
    def limited(*args: Any, **kwargs: Any) -> Any:
        for value in (*args[skip:], *kwargs.values()):
            _check_number(value)
        return _check_size(func(*args, **kwargs))

    limited._congress_limited = True  # type: ignore[attr-defined]
    return limited


def _limited_concat(parts: Iterable[str]) -> str:
    # Counted a few dozen pieces at a time: a document is thousands of small pieces, and a
    # Python step for each of them was a tenth of the rendering.
    chunks: list[str] = []
    size = 0
    pieces = iter(parts)
    while batch := list(itertools.islice(pieces, _CONCAT_BATCH)):
        size += sum(map(len, batch))
        if size > LIMITS.output:
            raise SecurityError(_("the template writes more than {count} characters").format(
                count=LIMITS.output))
        chunks += batch
    return "".join(chunks)


_CONCAT_BATCH = 32

