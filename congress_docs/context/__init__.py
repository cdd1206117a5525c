"""The values a document template reads: every figure and phrase computed once, here, from the data.

Only this package knows the names templates use. Templates hold layout, loops and filters; every
count, ratio, status, date line, citation and sorted list comes ready from build_context().
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

from pydantic import BaseModel

from congress_docs.context import (
    agenda,
    comments,
    credentials,
    documents,
    header,
    minutes,
    procedure,
    proposal,
)
from congress_docs.context.citations import legal_bases
from congress_docs.context.figures import DEFAULT_YOUNG_AGE_MAX
from congress_docs.context.kit_common import KitOptions, Missing
from congress_docs.context.memo import remembered
from congress_docs.context.nobreak import keep_together, unit_names
from congress_docs.context.wording import padded_counts, writes_padded_counts
from congress_docs.errors import DataError, Issue, MissingDataError
from congress_docs.i18n import _
from congress_docs.kinds import KINDS, KIT_KINDS, document_kind
from congress_docs.loading import LoadedCongress
from congress_docs.models import CongressFile, DocumentSettings
from congress_docs.rules.lookup import profile_for
from congress_docs.rules.profile import Procedure, RuleProfile

__all__ = [
    "DEFAULT_YOUNG_AGE_MAX",
    "KINDS",
    "build_context",
    "context_for_model",
    "kit_gaps",
    "missing_data",
]

Builder = Callable[[CongressFile, dict[str, Any]], dict[str, Any]]
# One module per kit document (06-11), each with settings, summary_lines, missing and body.
KIT_MODULES: dict[str, ModuleType] = {
    "agenda": agenda,
    "rules_of_procedure": procedure,
    "credentials_report": credentials,
    "committee_proposal": proposal,
    "first_meeting_minutes": minutes,
    "comments_report": comments,
}


def build_context(
    loaded: LoadedCongress, kind: str, *, young_age_max: int | None = None
) -> dict[str, Any]:
    """Everything the template of `kind` reads, for one loaded congress file.

    "Young" members are those at most `young_age_max` years old in the congress year: by default
    the value of the file's rule profile (the one validation uses), else 40. A kit document
    (06-11) whose optional data is missing raises MissingDataError naming each field, located.
    """
    profile = remembered(loaded, "profile", lambda: _profile(loaded))
    if young_age_max is None:
        young_age_max = profile.young_age_max if profile is not None else DEFAULT_YOUNG_AGE_MAX
    procedure_rules = profile.procedure if profile is not None else Procedure()
    try:
        return context_for_model(loaded.model, kind, young_age_max=young_age_max,
                                 procedure=procedure_rules)
    except MissingDataError as err:
        raise MissingDataError(kind, [_locate(loaded, issue) for issue in err.issues]) from err


def kit_gaps(loaded: LoadedCongress) -> list[Issue]:
    """Every kit document that cannot be written yet, with each field to fill, located."""
    return [_locate(loaded, issue) for kind in KIT_KINDS
            for issue in _gap_issues(kind, missing_data(loaded.model, kind))]


def missing_data(model: CongressFile, kind: str) -> list[Missing]:
    """What a kit document still needs from the data (empty: it can be written)."""
    module = KIT_MODULES.get(kind)
    return list(module.missing(model)) if module is not None else []


def _profile(loaded: LoadedCongress) -> RuleProfile | None:
    try:
        return profile_for(loaded)
    except DataError:
        # An unreadable profile is reported by validation; the documents still use the default.
        return None


def _gap_issues(kind: str, gaps: list[Missing]) -> list[Issue]:
    spec = document_kind(kind)
    message = _("{number:02d} {document} is not written until this is filled: {what}")
    return [Issue(None, message.format(number=spec.number, document=spec.name_vi,
                                       what=gap.message), field=gap.field) for gap in gaps]


def _locate(loaded: LoadedCongress, issue: Issue) -> Issue:
    key = tuple(int(part) if part.isdigit() else part for part in issue.field.split("."))
    where = loaded.source.locate(key)
    if where is None:
        return Issue(loaded.path, issue.message, field=issue.field)
    return Issue(where.file, issue.message, line=where.line, column=where.column,
                 field=issue.field)


def context_for_model(
    model: CongressFile,
    kind: str,
    *,
    young_age_max: int = DEFAULT_YOUNG_AGE_MAX,
    procedure: Procedure | None = None,
) -> dict[str, Any]:
    """As build_context, from the validated model itself (locations are not known here)."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {', '.join(KINDS)}")
    padded = remembered(model, "padded", lambda: writes_padded_counts(_own_paragraphs(model)))
    with padded_counts(padded):
        return _context(model, kind, young_age_max, procedure or Procedure())


def _own_paragraphs(model: CongressFile) -> list[str]:
    """The free text the commune wrote, whose way of writing small counts the documents follow."""
    texts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, BaseModel):
            for name in type(value).model_fields:
                walk(getattr(value, name))
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for part in (model.report, model.review, model.programs, model.new_term,
                 model.action_programme, model.locality):
        walk(part)
    return texts


def _context(
    model: CongressFile, kind: str, young_age_max: int, procedure: Procedure
) -> dict[str, Any]:
    names = header.names(model)
    module = KIT_MODULES.get(kind)
    if module is not None:
        gaps = module.missing(model)
        if gaps:
            raise MissingDataError(kind, _gap_issues(kind, gaps))
        settings: DocumentSettings = module.settings(model)
        summary = module.summary_lines(model, names)
    else:
        settings = getattr(model.documents, kind)
        summary = _summary_lines(kind, names)
    context: dict[str, Any] = {
        **names,
        "kind": kind,
        "draft": header.draft_marking(settings),
        "header": header.header(model, kind, settings),
        "title": header.title(kind, summary),
        "signature": header.signature(model, kind, settings),
        "recipients": header.recipients(settings),
        "legal_basis": legal_bases(model),
        "congress": {**names["congress"], **documents.congress_details(model)},
        "upper_congress": documents.upper_congress(model),
    }
    if module is not None:
        context.update(module.body(model, names, KitOptions(young_age_max, procedure)))
    else:
        context.update(_body(model, kind, names, young_age_max))
    joined: dict[str, Any] = keep_together(context, unit_names(model))
    return joined


def _body(
    model: CongressFile, kind: str, names: dict[str, Any], young_age_max: int
) -> dict[str, Any]:
    if kind == "personnel_scheme":
        return documents.personnel_scheme(model, names, young_age_max)
    builders: dict[str, Builder] = {
        "political_report": documents.political_report,
        "review_report": documents.review_report,
        "action_programme": documents.action_programme,
        "resolution": documents.resolution,
    }
    return builders[kind](model, names)


def _summary_lines(kind: str, names: dict[str, Any]) -> list[str]:
    unit = names["unit"]["full"]
    roman = names["congress"]["roman"]
    term = names["congress"]["term"]
    old = names["outgoing"]
    period = old["period"]
    lines = {
        "political_report": [
            f"của {old['name']}",
            f"trình Đại hội đại biểu MTTQ Việt Nam {unit} lần thứ {roman},",
            f"nhiệm kỳ {term}",
        ],
        "review_report": [f"hoạt động của {old['name']},", period],
        "action_programme": [
            f"thực hiện Nghị quyết Đại hội đại biểu MTTQ Việt Nam {unit}",
            f"lần thứ {roman}, nhiệm kỳ {term}",
        ],
        "resolution": [
            f"Đại hội đại biểu Mặt trận Tổ quốc Việt Nam {unit}",
            f"lần thứ {roman}, nhiệm kỳ {term}",
        ],
        "personnel_scheme": [
            f"nhân sự Ủy ban MTTQ Việt Nam {unit} khóa {roman},",
            f"nhiệm kỳ {term}",
        ],
    }
    return lines[kind]
