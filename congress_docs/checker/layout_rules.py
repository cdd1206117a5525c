"""Layout rules on the page and the body: paper, margins, font, body text, page numbers."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from congress_docs.checker.docx_model import DocModel, Paragraph, Section
from congress_docs.checker.emit import Emitter, align_name, fmt_pt, fmt_range
from congress_docs.checker.model import Location, Severity
from congress_docs.checker.roles import Roles
from congress_docs.checker.rulesets import RuleSet
from congress_docs.checker.textnorm import excerpt, is_caps
from congress_docs.i18n import _

__all__ = [
    "check_body",
    "check_fonts",
    "check_page_numbers",
    "check_page_setup",
    "is_heading",
    "line_multiple",
    "margin_ranges",
    "side_name",
]


def check_page_setup(model: DocModel, out: Emitter) -> None:
    """Paper size and margins of every section."""
    spec = out.ruleset.page
    for section in model.sections:
        where = Location("section", section=section.number)
        if section.width_mm is None or section.height_mm is None:
            continue
        short, long_ = sorted((section.width_mm, section.height_mm))
        if (
            abs(short - spec.width_mm) > spec.paper_tolerance_mm
            or abs(long_ - spec.height_mm) > spec.paper_tolerance_mm
        ):
            found = f"{section.width_mm:.1f} × {section.height_mm:.1f} mm"
            expected = _("A4, {width:g} × {height:g} mm").format(
                width=spec.width_mm, height=spec.height_mm
            )
            out.add("LAY-PAPER", where, "", expected, found)
        _check_margins(section, where, out)


def margin_ranges(ruleset: RuleSet, landscape: bool) -> list[dict[str, tuple[float, float]]]:
    """The margin ranges a section may have: a landscape page keeps NĐ 30's margins on the same
    edges of the sheet, so its top is the binding edge (30-35 mm) and its bottom the outer edge,
    or the other way round when the page is turned the other way."""
    ranges: dict[str, tuple[float, float]] = {k: v for k, v in ruleset.page.margins_mm.items()}
    if not landscape:
        return [ranges]
    turned = {"top": ranges["left"], "bottom": ranges["right"]}
    turned |= {"left": ranges["bottom"], "right": ranges["top"]}
    back = {"top": ranges["right"], "bottom": ranges["left"]}
    back |= {"left": ranges["top"], "right": ranges["bottom"]}
    return [turned, back]


def _check_margins(section: Section, where: Location, out: Emitter) -> None:
    tolerance = out.ruleset.page.margin_tolerance_mm
    options = margin_ranges(out.ruleset, section.landscape)
    best = min((_misses(section, ranges, tolerance) for ranges in options), key=len)
    for side, (low, high), value in best:
        expected = _("{side} margin {range}").format(
            side=side_name(side), range=fmt_range(low, high, "mm")
        )
        if section.landscape:
            expected = _("{expected} (landscape page, turned)").format(expected=expected)
        out.add("LAY-MARGIN", where, "", expected, f"{value:.1f} mm")


def _misses(
    section: Section, ranges: dict[str, tuple[float, float]], tolerance: float
) -> list[tuple[str, tuple[float, float], float]]:
    found = []
    for side, (low, high) in ranges.items():
        value = section.margins_mm.get(side)
        if value is not None and not low - tolerance <= value <= high + tolerance:
            found.append((side, (low, high), value))
    return found


def side_name(side: str) -> str:
    """Name a page side in words."""
    return {"top": _("top"), "bottom": _("bottom"), "left": _("left"), "right": _("right")}[side]


@dataclass
class _Group:
    """Findings of one kind folded into one: first place, count of paragraphs."""

    first: dict[tuple[str, str], Paragraph] = field(default_factory=dict)
    count: Counter[tuple[str, str]] = field(default_factory=Counter)
    expected: dict[str, str] = field(default_factory=dict)

    def add(self, rule_id: str, paragraph: Paragraph, expected: str, found: str) -> None:
        key = (rule_id, found)
        self.first.setdefault(key, paragraph)
        self.count[key] += 1
        self.expected[rule_id] = expected

    def emit(self, out: Emitter, severity: dict[tuple[str, str], Severity] | None = None) -> None:
        for (rule_id, found), paragraph in self.first.items():
            number = self.count[(rule_id, found)]
            shown = (
                found
                if number == 1
                else _("{found} (in {count} paragraphs)").format(found=found, count=number)
            )
            level = (severity or {}).get((rule_id, found))
            out.add(
                rule_id,
                paragraph.location,
                excerpt(paragraph.text, 0, 0, 50),
                self.expected[rule_id],
                shown,
                level,
            )


def check_fonts(paragraphs: list[Paragraph], out: Emitter) -> None:
    """Every run with visible text must use the rule set's font face."""
    wanted = out.ruleset.font
    group = _Group()
    for paragraph in paragraphs:
        faces = {fmt.font for fmt in paragraph.formats() if fmt.font and fmt.font != wanted}
        for face in sorted(faces):
            group.add("LAY-FONT", paragraph, wanted, face)
    group.emit(out)


def check_body(roles: Roles, out: Emitter) -> None:
    """Size, alignment, first-line indent, paragraph and line spacing of the body paragraphs."""
    spec = out.ruleset.body
    group = _Group()
    levels: dict[tuple[str, str], Severity] = {}
    for paragraph in roles.body:
        size = paragraph.main_size()
        if size is not None and not spec.size[0] <= size <= spec.size[1]:
            tolerated = spec.tolerated and spec.tolerated[0] <= size <= spec.tolerated[1]
            if tolerated:
                levels[("LAY-BODY-SIZE", fmt_pt(size))] = Severity.WARNING
            group.add("LAY-BODY-SIZE", paragraph, fmt_range(*spec.size), fmt_pt(size))
        if is_heading(paragraph):
            continue
        _check_paragraph_format(paragraph, group, out.ruleset)
    group.emit(out, levels)


def is_heading(paragraph: Paragraph) -> bool:
    """Headings (bold, capitals, short italic or centred lines) keep their own paragraph format."""
    formats = paragraph.formats()
    text = paragraph.text.strip()
    return (
        is_caps(text)
        or all(fmt.bold for fmt in formats)
        or (all(fmt.italic for fmt in formats) and len(text) < 120)
        or paragraph.fmt.align == "center"
    )


def _check_paragraph_format(paragraph: Paragraph, group: _Group, ruleset: RuleSet) -> None:
    spec = ruleset.body
    fmt = paragraph.fmt
    if fmt.align != spec.align:
        group.add("LAY-BODY-ALIGN", paragraph, align_name(spec.align), align_name(fmt.align))
    low, high = spec.first_line_indent_mm
    tolerance = spec.indent_tolerance_mm
    if not fmt.numbered and not low - tolerance <= fmt.first_line_mm <= high + tolerance:
        group.add(
            "LAY-BODY-INDENT", paragraph, fmt_range(low, high, "mm"), f"{fmt.first_line_mm:.1f} mm"
        )
    spacing = fmt.before_pt + fmt.after_pt
    if spacing + 0.05 < spec.min_paragraph_spacing_pt:
        expected = _("at least {value:g} pt").format(value=spec.min_paragraph_spacing_pt)
        group.add("LAY-BODY-SPACING", paragraph, expected, f"{spacing:g} pt")
    lines = line_multiple(paragraph)
    if not spec.line_spacing[0] - 0.01 <= lines <= spec.line_spacing[1] + 0.01:
        expected = _("{low:g} to {high:g} lines").format(
            low=spec.line_spacing[0], high=spec.line_spacing[1]
        )
        group.add("LAY-BODY-LINE", paragraph, expected, _("{value:.2f} lines").format(value=lines))


def line_multiple(paragraph: Paragraph) -> float:
    """Line spacing as a multiple of single spacing (single ≈ 1.15 × the font size in points)."""
    fmt = paragraph.fmt
    if fmt.line_rule == "auto":
        return fmt.line
    single = 1.15 * (paragraph.main_size() or 14.0)
    ratio = fmt.line / single
    return max(1.0, ratio) if fmt.line_rule == "atLeast" else ratio


def check_page_numbers(model: DocModel, out: Emitter) -> None:
    """PAGE field in a centred header, hidden on page 1 (titlePg), as the rule set says."""
    spec = out.ruleset.page_numbers
    fired: set[str] = set()
    several = _several_pages(model)
    for section in model.sections:
        where = Location("section", section=section.number)
        for rule_id, expected, found in _page_number_problems(section, spec.place, several):
            if rule_id in fired or (rule_id == "LAY-PAGENUM-FIRST" and section.number != 1):
                continue
            fired.add(rule_id)
            out.add(rule_id, where, "", expected, found)


def _several_pages(model: DocModel) -> bool:
    """True unless the document surely fits on one page.

    Word's own page count (docProps/app.xml) is stale in files written by programs, so a rough
    estimate from the amount of text (about 2,800 characters per A4 page at 14 pt) is used too.
    """
    if model.pages is not None and model.pages >= 2:
        return True
    size = sum(len(p.text) + 60 for p in model.paragraphs if not p.in_table)
    size += sum(len(p.text) // 2 + 30 for p in model.paragraphs if p.in_table)
    return size > 2800


def _page_number_problems(
    section: Section, place: str, several: bool
) -> list[tuple[str, str, str]]:
    fields = section.page_numbers
    if not fields:
        if not several:
            return []
        return [
            (
                "LAY-PAGENUM-MISSING",
                _("a PAGE field in the header, from page 2"),
                _("no page number"),
            )
        ]
    problems: list[tuple[str, str, str]] = []
    if any(field.part != place for field in fields):
        problems.append(
            (
                "LAY-PAGENUM-FOOTER",
                _("page number in the header (top margin)"),
                _("page number in the footer"),
            )
        )
    shown_first = (
        any(f.kind == "first" for f in fields)
        if section.title_page
        else any(f.kind == "default" for f in fields)
    )
    if shown_first:
        problems.append(
            (
                "LAY-PAGENUM-FIRST",
                _("no number on page 1 (different first page)"),
                _("number shown on page 1"),
            )
        )
    if not all(field.centred for field in fields):
        problems.append(("LAY-PAGENUM-ALIGN", _("centred"), _("not centred")))
    return problems
