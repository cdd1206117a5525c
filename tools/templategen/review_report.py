"""Báo cáo kiểm điểm: the outgoing committee reviews its own work."""

from __future__ import annotations

from .builder import Builder
from .header import opening
from .sections import COMMON_VARS, blocks
from .signature import signature_block

FILENAME = "02-bao-cao-kiem-diem.docx"


def build() -> Builder:
    """The template, ready to save."""
    b = Builder("Báo cáo kiểm điểm")
    opening(
        b,
        "Báo cáo kiểm điểm. Biến: " + COMMON_VARS + ", history.start_sentence, "
        "history.changes_intro, history.changes, history.end_sentence, review.intro, "
        "review.blocks[].level, .heading, .paragraphs, review.closing",
    )
    b.tag("if history")
    b.para("{{ history.start_sentence }}")
    b.para("{{ history.changes_intro }}")
    b.loop("item", "history.changes", "- {{ item }}")
    b.tag("if history.end_sentence")
    b.para("{{ history.end_sentence }}")
    b.tag("endif")
    b.tag("endif")
    b.para("{{ review.intro }}")
    blocks(b, "review.blocks")
    b.para("{{ review.closing }}")
    signature_block(b)
    return b
