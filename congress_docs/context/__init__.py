"""The values a document template reads: every figure and phrase computed once, here, from the data.

Only this package knows the names templates use. Templates hold layout, loops and filters; every
count, ratio, status, date line, citation and sorted list comes ready from build_context().
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from congress_docs.context import documents, header
from congress_docs.context.citations import citation_list
from congress_docs.context.figures import DEFAULT_YOUNG_AGE_MAX
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
    names = header.names(model)
    settings = getattr(model.documents, kind)
    context: dict[str, Any] = {
        **names,
        "kind": kind,
        "draft": header.draft_marking(settings),
        "header": header.header(model, kind, settings),
        "title": header.title(kind, _summary_lines(kind, names)),
        "signature": header.signature(model, settings),
        "recipients": header.recipients(settings),
        "legal_basis": citation_list(model.legal_basis),
        "congress": {**names["congress"], **documents.congress_details(model)},
        "upper_congress": documents.upper_congress(model),
    }
    context.update(_body(model, kind, names, young_age_max))
    return context


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
    old = names["previous"]
    lines = {
        "political_report": [
            f"của Ủy ban MTTQ Việt Nam {unit} khóa {old['roman']}",
            f"trình Đại hội đại biểu MTTQ Việt Nam {unit} lần thứ {roman},",
            f"nhiệm kỳ {term}",
        ],
        "review_report": [
            f"hoạt động của Ủy ban MTTQ Việt Nam {unit} khóa {old['roman']},",
            f"nhiệm kỳ {old['term']}",
        ],
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
