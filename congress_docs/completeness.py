"""What the documents leave out or cannot say for want of data: warnings naming the field to fill.

A part whose data is missing is left out of the documents rather than printed empty; each such
part, and each fact the documents cannot state (the outgoing term, when an appointed committee was
set up), is reported here so `validate` tells the user what to fill.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from congress_docs.errors import Issue
from congress_docs.i18n import _
from congress_docs.models import CongressFile
from congress_docs.yamlsource import Located

__all__ = ["GAP_FIELDS", "gaps"]

# (field path, the document part that is left out without it)
_PARTS: tuple[tuple[str, str], ...] = (
    ("locality.advantages", "Báo cáo chính trị: Thuận lợi"),
    ("locality.difficulties", "Báo cáo chính trị: Khó khăn"),
    ("report.assessment.strengths", "Báo cáo chính trị: Ưu điểm"),
    ("report.assessment.limitations", "Báo cáo chính trị: Hạn chế, khuyết điểm"),
    ("report.assessment.lessons", "Báo cáo chính trị: Bài học kinh nghiệm"),
    ("new_term.forecast_advantages", "Báo cáo chính trị: Dự báo tình hình"),
    ("new_term.general_objective", "Mục tiêu tổng quát"),
    ("new_term.breakthroughs", "Khâu đột phá"),
    ("review.leadership", "Báo cáo kiểm điểm: Lãnh đạo, chỉ đạo"),
    ("review.coordination", "Báo cáo kiểm điểm: Chủ trì phối hợp"),
    ("review.assessment.strengths", "Báo cáo kiểm điểm: Ưu điểm"),
    ("review.assessment.limitations", "Báo cáo kiểm điểm: Hạn chế, khuyết điểm"),
    ("action_programme.objectives", "Chương trình hành động: Mục đích, yêu cầu"),
    ("personnel.criteria", "Đề án nhân sự: Tiêu chuẩn ủy viên"),
    ("personnel.process", "Đề án nhân sự: Quy trình hiệp thương"),
)
_COUNTS = ("committee_meetings", "standing_meetings", "documents_issued")
# Every field a gap warning can name (tests that compare exact output lines leave these out).
GAP_FIELDS = frozenset(
    [field for field, _part in _PARTS] + [f"review.{name}" for name in _COUNTS]
    + ["previous_committee", "previous_committee.origin", "congress.previous.date",
       "previous_committee.set_up_on"]
)


def gaps(model: CongressFile, source: Located, path: Path) -> list[Issue]:
    """Warnings for every document part left out and every fact the documents cannot state."""
    found: list[tuple[str, str]] = []
    for field, part in _PARTS:
        if not _value(model, field):
            found.append((field, _("not given: the part '{part}' is left out of the documents; "
                                   "fill it to include the part").format(part=part)))
    missing = [name for name in _COUNTS if getattr(model.review, name) is None]
    if missing:
        found.append(("review." + missing[0], _(
            "not given: the review report says nothing of {fields}; fill them to count the "
            "meetings and documents").format(fields=", ".join(f"review.{n}" for n in missing))))
    found.extend(_outgoing_gaps(model))
    found.extend(_signature_gaps(model))
    return [_issue(source, path, field, message) for field, message in found]


def _outgoing_gaps(model: CongressFile) -> Iterable[tuple[str, str]]:
    previous = model.previous_committee
    first = model.congress.ordinal == 1
    if previous is None:
        if not first:
            yield ("previous_committee", _(
                "not given: the review report cannot say how the outgoing committee began and "
                "changed; fill previous_committee"))
        return
    if previous.origin == "elected" and first:
        yield ("previous_committee.origin", _(
            "a first congress (congress.ordinal: 1) has no earlier congress that elected the "
            "outgoing committee; write origin: appointed (set up by decision)"))
    elif previous.origin == "elected" and previous.term is None and model.congress.previous is None:
        yield ("congress.previous.date", _(
            "not given: the outgoing term is not known, so the documents say 'nhiệm kỳ vừa qua'; "
            "fill congress.previous.date or previous_committee.term"))
    if (previous.origin == "appointed" or first) and previous.decision is None \
            and previous.set_up_on is None:
        yield ("previous_committee.set_up_on", _(
            "not given: the documents cannot say when the appointed committee was set up; fill "
            "previous_committee.set_up_on or previous_committee.decision"))


def _signature_gaps(model: CongressFile) -> Iterable[tuple[str, str]]:
    # Imported here: the context package imports the loader, which imports this module.
    from congress_docs.context.header import issuer

    for kind in type(model.documents).model_fields:
        settings = getattr(model.documents, kind)
        if settings is None or settings.signer is None:  # a kit document (06-11) left to defaults
            continue
        written = (settings.signer.authority or "").upper()
        if settings.issued_by is None or not written:
            continue
        implied = issuer(kind, settings.model_copy(update={"issued_by": None}))
        if implied != settings.issued_by:
            yield (f"documents.{kind}.signer.authority", _(
                "the signature line '{authority}' does not match issued_by: {issuer}; leave "
                "authority empty to sign as the issuing body").format(
                    authority=settings.signer.authority, issuer=settings.issued_by))


def _value(model: CongressFile, dotted: str) -> Any:
    value: Any = model
    for name in dotted.split("."):
        value = getattr(value, name)
    return value


def _issue(source: Located, path: Path, field: str, message: str) -> Issue:
    where = source.locate(tuple(field.split(".")))
    return Issue(where.file if where else path, message, line=where.line if where else None,
                 field=field)
