"""Parts that several documents share: the variable list, numbered blocks, the targets."""

from __future__ import annotations

from .builder import Builder

COMMON_VARS = (
    "draft.show, draft.label, header.parent_lines, header.issuer_lines, header.number_line, "
    "header.date_line, title.type, title.summary_lines, signature.authority, signature.title, "
    "signature.name, recipients"
)


def blocks(b: Builder, sequence: str) -> None:
    """Numbered parts computed by the context (only those with content): heading, paragraphs."""
    b.tag(f"for block in {sequence}")
    b.tag("if block.level == 2")
    b.heading(2, "{{ block.heading }}")
    b.tag("elif block.level == 3")
    b.heading(3, "{{ block.heading }}")
    b.tag("else")
    b.heading(4, "{{ block.heading }}")
    b.tag("endif")
    b.loop("item", "block.paragraphs", "{{ item }}")
    b.tag("endfor")


def delegation_lists(b: Builder) -> None:
    """The delegation upward: official delegates, then the alternates when there are any."""
    b.heading(4, "a) Đại biểu chính thức")
    b.loop("person", "delegation.official", "{{ person.number }}. {{ person.item }}")
    b.tag("if delegation.has_alternates")
    b.heading(4, "b) Đại biểu dự khuyết")
    b.loop("person", "delegation.alternates", "{{ person.number }}. {{ person.item }}")
    b.tag("endif")
