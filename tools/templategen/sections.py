"""Parts that several documents share: the variable list, the assessment, the targets."""

from __future__ import annotations

from .builder import Builder

COMMON_VARS = (
    "draft.show, draft.label, header.parent_lines, header.issuer_lines, header.number_line, "
    "header.date_line, title.type, title.summary_lines, signature.authority, signature.title, "
    "signature.name, recipients"
)


def assessment_sections(b: Builder, *, start: int, limitations_heading: str) -> None:
    """Ưu điểm, hạn chế, nguyên nhân, bài học as numbered subsections."""
    b.heading(3, f"{start}. Ưu điểm")
    b.bullets("assessment.strengths")
    b.heading(3, f"{start + 1}. {limitations_heading}")
    b.bullets("assessment.limitations")
    b.heading(3, f"{start + 2}. Nguyên nhân")
    b.heading(4, "a) Nguyên nhân khách quan")
    b.bullets("assessment.objective_causes")
    b.heading(4, "b) Nguyên nhân chủ quan")
    b.bullets("assessment.subjective_causes")
    b.heading(3, f"{start + 3}. Bài học kinh nghiệm")
    b.bullets("assessment.lessons")


def targets_block(b: Builder, *, numbered: bool = True) -> None:
    """The new term's targets: numbered under a section heading, bullets under a sub-heading."""
    text = "{{ target.number }}. {{ target.text }}" if numbered else "- {{ target.text }}"
    b.loop("target", "new_term.targets", text)
    b.bullets("new_term.other_targets")
