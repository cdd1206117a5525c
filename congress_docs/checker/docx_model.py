"""The resolved formatting model of a .docx: paragraphs with effective run and paragraph formats."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from congress_docs.checker.model import Location

__all__ = [
    "DocModel",
    "Line",
    "PackageFacts",
    "PageNumberField",
    "ParaFormat",
    "Paragraph",
    "RunFormat",
    "Section",
    "TextRun",
]


@dataclass(frozen=True)
class RunFormat:
    """Effective character formatting of a run, after every style level was applied."""

    font: str | None  # base face, "Times New Roman Bold" becomes "Times New Roman"
    size: float | None  # points
    bold: bool = False
    italic: bool = False
    underline: bool = False
    caps: bool = False
    raw_font: str | None = None  # the face name as written


@dataclass(frozen=True)
class TextRun:
    """A piece of text with one effective format."""

    text: str
    fmt: RunFormat


@dataclass(frozen=True)
class ParaFormat:
    """Effective paragraph formatting (lengths in mm, spacing in pt)."""

    align: str | None = None  # "left", "center", "right", "both"
    first_line_mm: float = 0.0  # negative for a hanging indent
    left_mm: float = 0.0
    before_pt: float = 0.0
    after_pt: float = 0.0
    line_rule: str = "auto"  # "auto" (line is a multiple), "exact" or "atLeast" (line in pt)
    line: float = 1.0
    numbered: bool = False
    bottom_border: bool = False


@dataclass(frozen=True)
class Line:
    """One visual line of a paragraph (split at manual line breaks), with its runs."""

    paragraph: Paragraph
    number: int  # 1-based within the paragraph
    runs: tuple[TextRun, ...]

    @property
    def text(self) -> str:
        """The line's text."""
        return "".join(run.text for run in self.runs)

    def formats(self) -> list[RunFormat]:
        """Formats of the runs carrying visible text."""
        return [run.fmt for run in self.runs if run.text.strip()]


@dataclass(frozen=True)
class Paragraph:
    """A paragraph in reading order, with where it is and what it looks like."""

    index: int  # 0-based, over every paragraph in reading order
    location: Location
    runs: tuple[TextRun, ...]
    fmt: ParaFormat
    has_drawing: bool = False

    @property
    def text(self) -> str:
        """The paragraph's text (manual line breaks as newlines)."""
        return "".join(run.text for run in self.runs)

    @property
    def in_table(self) -> bool:
        """True for a paragraph inside a table cell."""
        return self.location.kind == "table"

    @property
    def cell_key(self) -> tuple[int | None, int | None, int | None]:
        """Identify the table cell this paragraph is in."""
        return (self.location.table, self.location.row, self.location.cell)

    def lines(self) -> list[Line]:
        """Split the paragraph at manual line breaks."""
        lines: list[Line] = []
        current: list[TextRun] = []
        for run in self.runs:
            parts = run.text.split("\n")
            for position, part in enumerate(parts):
                if position:
                    lines.append(Line(self, len(lines) + 1, tuple(current)))
                    current = []
                if part:
                    current.append(TextRun(part, run.fmt))
        lines.append(Line(self, len(lines) + 1, tuple(current)))
        return lines

    def formats(self) -> list[RunFormat]:
        """Formats of the runs carrying visible text."""
        return [run.fmt for run in self.runs if run.text.strip()]

    def main_size(self) -> float | None:
        """The font size that covers most characters of the paragraph."""
        sizes: Counter[float] = Counter()
        for run in self.runs:
            if run.fmt.size is not None:
                sizes[run.fmt.size] += len(run.text.strip())
        return sizes.most_common(1)[0][0] if sizes else None


@dataclass(frozen=True)
class PageNumberField:
    """A PAGE field found in a header or footer that applies to a section."""

    part: str  # "header" or "footer"
    kind: str  # "default", "first" or "even"
    centred: bool


@dataclass(frozen=True)
class Section:
    """Page setup of one section (lengths in mm)."""

    number: int
    width_mm: float | None
    height_mm: float | None
    landscape: bool
    margins_mm: dict[str, float]
    title_page: bool
    page_numbers: tuple[PageNumberField, ...] = ()


@dataclass
class PackageFacts:
    """Counts of the things in a package the format rules cannot judge (0 or empty: none)."""

    tracked_changes: int = 0
    comments: int = 0
    alt_chunks: int = 0
    embedded_objects: int = 0
    protection: str | None = None  # the enforced edit restriction ("readOnly", "forms"...)
    macros: bool = False
    signed: bool = False
    legacy_fonts: list[str] = field(default_factory=list)  # filled from the runs that carry text


@dataclass
class DocModel:
    """A whole document: paragraphs in reading order, sections, page count when Word recorded it."""

    path: Path
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    pages: int | None = None
    facts: PackageFacts = field(default_factory=PackageFacts)

    def lines(self) -> Iterator[Line]:
        """Every visual line of every paragraph, in reading order."""
        for paragraph in self.paragraphs:
            yield from paragraph.lines()
