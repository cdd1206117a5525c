"""Rule profiles: versioned YAML files of rules (numbers, messages, citations), read and checked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import string
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.models import Term
from congress_docs.rules.facts import Level
from congress_docs.rules.registry import KINDS, Kind, Params
from congress_docs.validation_messages import issues_from_validation
from congress_docs.yamlsource import Key, Located, read_yaml

__all__ = [
    "CompiledRule", "Condition", "Procedure", "ProfileFile", "Rule", "RuleProfile", "Severity",
    "SourceDoc",
    "read_profile",
]

Severity = Literal["error", "warning"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Condition(_Model):
    """Which congresses a rule applies to; a key left out matches every congress."""

    level: Level | None = Field(None, description="commune or district")
    pilot: bool | None = Field(None, description="true: pilot congresses only; false: all others")
    has_district: bool | None = Field(
        None, description="false: communes directly under the province (from 01/7/2025)"
    )


class SourceDoc(_Model):
    """A document rules are taken from, cited the same way by every rule."""

    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    citation: str = Field(min_length=1, description="Số, ngày, cơ quan ban hành")
    unconfirmed: bool = Field(False, description="true: the text itself was not seen")
    url: str | None = None


class Rule(_Model):
    """One rule as written in a profile."""

    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    kind: str = Field(min_length=1)
    severity: Severity
    when: Condition = Field(default_factory=Condition)
    params: dict[str, Any] = Field(default_factory=dict)
    source: str = Field(description="id of an entry in sources")
    section: str | None = Field(None, description="mục, điểm, khoản of the source")
    unconfirmed: bool = Field(False, description="an adjustable default, not a confirmed number")
    message_vi: str = Field(min_length=1)
    message_en: str = Field(min_length=1)


Fraction = Annotated[str, Field(pattern=r"^[1-9]\d?/[1-9]\d?$")]


class Procedure(_Model):
    """How the congress decides (rules of procedure): quorum and the share that approves."""

    quorum: Fraction = Field(
        "1/2", description="The congress sits when more than this share of the official "
                           "delegates summoned is present"
    )
    approval: Fraction = Field(
        "1/2", description="A vote or a hiệp thương passes when more than this share of the "
                           "official delegates present agrees"
    )
    unconfirmed: bool = Field(True, description="true: a default, not read in a guideline")


class ProfileFile(_Model):
    """The content of one profile file."""

    schema_version: Literal[1] = 1
    revision: int = Field(ge=1, description="Raised at every change of a number or citation")
    updated: dt.date | None = None
    title: str = Field(min_length=1)
    term: Term
    young_age_max: int = Field(40, ge=16, le=80, description="'Young' means at most this age")
    procedure: Procedure = Field(default_factory=Procedure)
    sources: list[SourceDoc] = Field(min_length=1)
    rules: list[Rule] = Field(default_factory=list)


@dataclass(frozen=True)
class CompiledRule:
    """A rule ready to run: its kind, its checked numbers and its full citation."""

    rule: Rule
    kind: Kind
    params: Params
    citation: str
    unconfirmed: bool

    @property
    def id(self) -> str:
        """The rule id."""
        return self.rule.id


@dataclass(frozen=True)
class RuleProfile:
    """A loaded rule profile: id (the file stem), where it was read, and its compiled rules."""

    id: str
    path: Path
    revision: int
    title: str
    term: Term
    young_age_max: int
    rules: tuple[CompiledRule, ...]
    procedure: Procedure = Procedure()


def read_profile(path: Path) -> RuleProfile:
    """Read and check one profile file; raise DataError with file:line: field: message."""
    source = read_yaml(path)
    if not isinstance(source.data, dict):
        raise DataError([Issue(path, _("a rule profile must be a group of 'key: value' lines"),
                               line=1)])
    try:
        content = ProfileFile.model_validate(source.data)
    except ValidationError as err:
        raise DataError(issues_from_validation(err, source, ProfileFile, path)) from err
    rules, issues = _compile(content, source, path)
    if issues:
        raise DataError(issues)
    return RuleProfile(path.stem, path, content.revision, content.title, content.term,
                       content.young_age_max, tuple(rules), content.procedure)


def _compile(
    content: ProfileFile, source: Located, path: Path
) -> tuple[list[CompiledRule], list[Issue]]:
    sources = {doc.id: doc for doc in content.sources}
    issues = _duplicates([doc.id for doc in content.sources], "sources", source, path)
    issues += _duplicates([rule.id for rule in content.rules], "rules", source, path)
    compiled: list[CompiledRule] = []
    for index, rule in enumerate(content.rules):
        found = _compile_rule(rule, ("rules", index), sources, source, path)
        if isinstance(found, CompiledRule):
            compiled.append(found)
        else:
            issues.extend(found)
    return compiled, issues


def _compile_rule(
    rule: Rule, key: Key, sources: dict[str, SourceDoc], source: Located, path: Path
) -> CompiledRule | list[Issue]:
    kind = KINDS.get(rule.kind)
    if kind is None:
        message = _("unknown rule kind '{kind}'; known kinds: {kinds}").format(
            kind=rule.kind, kinds=", ".join(sorted(KINDS)))
        return [_at(source, path, (*key, "kind"), message)]
    issues: list[Issue] = []
    doc = sources.get(rule.source)
    if doc is None:
        issues.append(_at(source, path, (*key, "source"), _(
            "unknown source '{source}'; declare it under sources").format(source=rule.source)))
    issues += _placeholder_issues(rule, kind, key, source, path)
    params = _params(rule, kind, key, source, path, issues)
    if issues or params is None or doc is None:
        return issues
    citation = f"{doc.citation}, {rule.section}" if rule.section else doc.citation
    return CompiledRule(rule, kind, params, citation, rule.unconfirmed or doc.unconfirmed)


def _params(
    rule: Rule, kind: Kind, key: Key, source: Located, path: Path, issues: list[Issue]
) -> Params | None:
    try:
        return kind.params.model_validate(rule.params)
    except ValidationError as err:
        prefix = (*key, "params")
        issues.extend(_shift(issue, prefix)
                      for issue in issues_from_validation(err, _under(source, prefix),
                                                          kind.params, path))
        return None


def _under(source: Located, prefix: Key) -> Located:
    """The part of `source` below `prefix`, keyed from there (so errors can be located)."""
    size = len(prefix)
    located = {key[size:]: where for key, where in source.locations.items()
               if key[:size] == prefix}
    parent = source.locate(prefix)
    if () not in located and parent is not None:
        located[()] = parent
    return Located(None, located)


def _shift(issue: Issue, prefix: Key) -> Issue:
    head = ".".join(str(part) for part in prefix)
    return dataclasses.replace(issue, field=f"{head}.{issue.field}" if issue.field else head)


def _placeholder_issues(
    rule: Rule, kind: Kind, key: Key, source: Located, path: Path
) -> list[Issue]:
    issues = []
    for name in ("message_vi", "message_en"):
        text = getattr(rule, name)
        try:
            used = {field for _lit, field, _spec, _conv in string.Formatter().parse(text) if field}
        except ValueError as err:
            issues.append(_at(source, path, (*key, name), _(
                "broken {{placeholder}}: {detail}").format(detail=err)))
            continue
        wrong = sorted(used - kind.all_placeholders)
        if wrong:
            issues.append(_at(source, path, (*key, name), _(
                "unknown placeholder {names}; this kind offers: {known}").format(
                    names=", ".join("{" + w + "}" for w in wrong),
                    known=", ".join("{" + k + "}" for k in sorted(kind.all_placeholders)))))
    return issues


def _duplicates(ids: Sequence[str], section: str, source: Located, path: Path) -> list[Issue]:
    seen: set[str] = set()
    issues = []
    for index, name in enumerate(ids):
        if name in seen:
            issues.append(_at(source, path, (section, index, "id"),
                              _("duplicate id '{id}'").format(id=name)))
        seen.add(name)
    return issues


def _at(source: Located, path: Path, key: Key, message: str) -> Issue:
    where = source.locate(key)
    field = ".".join(str(part) for part in key)
    if where is None:
        return Issue(path, message, line=1, field=field)
    return Issue(where.file, message, line=where.line, column=where.column, field=field)
