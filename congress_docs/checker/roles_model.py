"""The parts of a document found by the role finder, as lines and paragraphs."""

from __future__ import annotations

from dataclasses import dataclass, field

from congress_docs.checker.docx_model import Line, Paragraph

__all__ = ["Roles"]


@dataclass
class Roles:
    """The lines and paragraphs of each part, as far as they could be found."""

    elements: list[tuple[str, Line]] = field(default_factory=list)  # (element key, line)
    header_kind: str | None = None  # "national", "party" or None
    number_line: Line | None = None
    date_lines: list[Line] = field(default_factory=list)
    issuer_lines: list[Line] = field(default_factory=list)
    title: Line | None = None
    body: list[Paragraph] = field(default_factory=list)
    recipients: list[list[Line]] = field(default_factory=list)
    signature: list[Line] = field(default_factory=list)
    extra_signature: list[Line] = field(default_factory=list)
    multi_template: bool = False
    kinh_gui: list[Line] = field(default_factory=list)
    vv: list[Line] = field(default_factory=list)
    basis: list[Paragraph] = field(default_factory=list)
    appendices: list[Line] = field(default_factory=list)
    marks: list[Line] = field(default_factory=list)
    # a signer block without its TM./KT. prefix: (its first line, the prefix it needs)
    unprefixed_signature: tuple[Line, str] | None = None

    def of(self, key: str) -> list[Line]:
        """Lines identified as element `key`."""
        return [line for role, line in self.elements if role == key]
