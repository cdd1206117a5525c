"""The values a document template reads: every figure and phrase computed once, here, from the data.

Only this package knows the names templates use. Templates hold layout, loops and filters; every
count, ratio, status, date line, citation and sorted list comes ready from build_context().
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from congress_docs.context import documents, header
from congress_docs.context.citations import citation_list
from congress_docs.context.figures import DEFAULT_YOUNG_AGE_MAX
from congress_docs.context.nobreak import keep_together, unit_names
from congress_docs.context.wording import padded_counts, writes_padded_counts
from congress_docs.errors import DataError
from congress_docs.loading import LoadedCongress
from congress_docs.models import CongressFile
from congress_docs.rules.lookup import profile_for

__all__ = ["DEFAULT_YOUNG_AGE_MAX", "KINDS", "build_context", "context_for_model"]

KINDS = ("political_report", "review_report", "action_programme", "resolution", "personnel_scheme")
Builder = Callable[[CongressFile, dict[str, Any]], dict[str, Any]]


def build_context(
    loaded: LoadedCongress, kind: str, *, young_age_max: int | None = None
) -> dict[str, Any]:
    """Everything the template of `kind` reads, for one loaded congress file.

    "Young" members are those at most `young_age_max` years old in the congress year: by default
    the value of the file's rule profile (the one validation uses), else 40.
    """
    if young_age_max is None:
        young_age_max = _profile_young_age(loaded)
    return context_for_model(loaded.model, kind, young_age_max=young_age_max)


def _profile_young_age(loaded: LoadedCongress) -> int:
    try:
        profile = profile_for(loaded)
    except DataError:
        # An unreadable profile is reported by validation; the documents still use the default.
        return DEFAULT_YOUNG_AGE_MAX
    return profile.young_age_max if profile is not None else DEFAULT_YOUNG_AGE_MAX


def context_for_model(
    model: CongressFile, kind: str, *, young_age_max: int = DEFAULT_YOUNG_AGE_MAX
) -> dict[str, Any]:
    """As build_context, from the validated model itself."""
    if kind not in KINDS:
        raise ValueError(f"unknown document kind {kind!r}; expected one of {', '.join(KINDS)}")
    with padded_counts(writes_padded_counts(_own_paragraphs(model))):
        return _context(model, kind, young_age_max)


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


def _context(model: CongressFile, kind: str, young_age_max: int) -> dict[str, Any]:
    names = header.names(model)
    settings = getattr(model.documents, kind)
    context: dict[str, Any] = {
        **names,
        "kind": kind,
        "draft": header.draft_marking(settings),
        "header": header.header(model, kind, settings),
        "title": header.title(kind, _summary_lines(kind, names)),
        "signature": header.signature(model, kind, settings),
        "recipients": header.recipients(settings),
        "legal_basis": citation_list(model.legal_basis),
        "congress": {**names["congress"], **documents.congress_details(model)},
        "upper_congress": documents.upper_congress(model),
    }
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
