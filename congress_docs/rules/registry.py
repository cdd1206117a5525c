"""The registry of rule kinds: what each computes, which numbers it takes, which step it dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from congress_docs.models import CongressFile
from congress_docs.rules.values import Bound, Unit, Value

__all__ = [
    "COMMON_PLACEHOLDERS",
    "KINDS",
    "Context",
    "Kind",
    "Outcome",
    "Params",
    "Step",
    "register",
]

Step = Literal["documents", "personnel_scheme", "congress_deadline"]
COMMON_PLACEHOLDERS = frozenset({"commune", "fact", "limit"})


class Params(BaseModel):
    """Base of the numbers a rule kind takes from a profile: unknown keys are errors."""

    model_config = ConfigDict(extra="forbid", frozen=True)


@dataclass(frozen=True)
class Context:
    """Profile-wide settings a check may need."""

    young_age_max: int = 40


@dataclass(frozen=True)
class Outcome:
    """What a check found: whether the rule holds, the fact, the limit, and message values."""

    passed: bool
    fact: Value
    limit: Bound
    unit: Unit = ""
    extra: Mapping[str, str] = field(default_factory=dict)


CheckFn = Callable[[CongressFile, Any, Context], "Outcome | None"]
DueFn = Callable[[CongressFile, Any], "dt.date | None"]


@dataclass(frozen=True)
class Kind:
    """One kind of rule: its parameter model, its check, its message placeholders, its step."""

    name: str
    params: type[Params]
    check: CheckFn
    placeholders: frozenset[str]
    step: Step | None = None
    due: DueFn | None = None
    doc: str = ""
    fields: tuple[str, ...] = ()

    @property
    def all_placeholders(self) -> frozenset[str]:
        """Every {name} a message of this kind may use."""
        return COMMON_PLACEHOLDERS | self.placeholders


KINDS: dict[str, Kind] = {}
F = TypeVar("F", bound=CheckFn)


def register(
    name: str,
    params: type[Params],
    placeholders: tuple[str, ...] = (),
    *,
    step: Step | None = None,
    due: DueFn | None = None,
    fields: tuple[str, ...] = (),
) -> Callable[[F], F]:
    """Register a check function as the rule kind `name`.

    `fields` are the dotted paths of the data the check reads, most telling first: a finding
    points at the first one the congress file writes.
    """

    def decorate(check: F) -> F:
        doc = (check.__doc__ or "").strip().splitlines()[0] if check.__doc__ else ""
        KINDS[name] = Kind(name, params, check, frozenset(placeholders), step, due, doc, fields)
        return check

    return decorate
