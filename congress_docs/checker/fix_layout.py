"""The layout edits of `check --fix`: page set-up, fonts, sizes, paragraph formats; never text."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run
from lxml.etree import _Element as Element

from congress_docs.checker.docx_model import DocModel, Paragraph, RunFormat
from congress_docs.checker.docx_reader import text_runs
from congress_docs.checker.docx_styles import w
from congress_docs.checker.layout_elements import basis_required
from congress_docs.checker.layout_rules import (
    is_heading,
    line_multiple,
    margin_ranges,
    side_name,
)
from congress_docs.checker.roles_model import Roles
from congress_docs.checker.rulesets import ElementSpec, RuleSet
from congress_docs.checker.textnorm import is_caps
from congress_docs.i18n import _

__all__ = ["Change", "LayoutFixer"]

_ALIGN = {
    "both": WD_ALIGN_PARAGRAPH.JUSTIFY,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
}
# Faces whose letters are pictures (bullets, ticks): another font would change what they show.
_SYMBOL_FONTS = ("symbol", "wingdings", "webdings", "marlett", "mt extra")
_FONT_SLOTS = ("ascii", "hAnsi", "cs")
_THEME_SLOTS = ("asciiTheme", "hAnsiTheme", "cstheme")
# Header-block elements that NĐ 30 centres in their column or on the page.
_CENTRED = {"quoc_hieu", "tieu_ngu", "party_title", "issuer_parent", "issuer", "number", "date",
            "title", "summary"}


@dataclass(frozen=True)
class Change:
    """One layout change: where, what, from which value to which."""

    where: str
    what: str
    before: str
    after: str


@dataclass
class LayoutFixer:
    """Mend the layout of one opened document against one rule set, recording every change."""

    document: Any
    model: DocModel
    elements: list[Element]
    roles: Roles
    ruleset: RuleSet
    changes: list[Change] = field(default_factory=list)

    def fix_all(self) -> list[Change]:
        """Apply every layout fix; return the changes made."""
        self.fix_page()
        self.fix_fonts()
        self.fix_body()
        self.fix_elements()
        self.fix_header_table()
        return self.changes

    def _note(self, where: str, what: str, before: object, after: object) -> None:
        self.changes.append(Change(where, what, str(before), str(after)))

    # -- page set-up ------------------------------------------------------------------------

    def fix_page(self) -> None:
        """A4 in each section's own orientation; each margin brought inside its range."""
        page = self.ruleset.page
        for number, section in enumerate(self.document.sections, start=1):
            where = _("section {section}").format(section=number)
            width, height = _mm(section.page_width), _mm(section.page_height)
            landscape = width is not None and height is not None and width > height
            want = (page.height_mm, page.width_mm) if landscape else (page.width_mm, page.height_mm)
            if width is None or height is None or _off(width, want[0], page.paper_tolerance_mm) or (
                _off(height, want[1], page.paper_tolerance_mm)
            ):
                section.page_width, section.page_height = Mm(want[0]), Mm(want[1])
                self._note(where, _("paper"), _size_text(width, height), _size_text(*want))
            ranges = margin_ranges(self.ruleset, landscape)[0]
            for side, (low, high) in ranges.items():
                value = _mm(getattr(section, f"{side}_margin"))
                tolerance = page.margin_tolerance_mm
                if value is not None and low - tolerance <= value <= high + tolerance:
                    continue
                target = low if value is None or value < low else high
                setattr(section, f"{side}_margin", Mm(target))
                what = _("{side} margin").format(side=side_name(side))
                self._note(where, what, _mm_text(value), f"{target:g} mm")

    # -- fonts ------------------------------------------------------------------------------

    def fix_fonts(self) -> None:
        """The rule set's face in the defaults, every style and every run that names another."""
        target = self.ruleset.font
        wrong = any(
            fmt.font and fmt.font != target
            for paragraph in self.model.paragraphs
            for fmt in paragraph.formats()
        )
        if not wrong:
            return  # every visible character is already in the face: leave the styles alone
        counts: dict[str, int] = {}
        styles = self.document.styles.element
        for fonts in styles.iter(w("rFonts")):
            _retarget(fonts, target, counts)
        for root in _story_roots(self.document):
            for fonts in root.iter(w("rFonts")):
                _retarget(fonts, target, counts)
        defaults = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if defaults is not None and defaults.find(w("rFonts")) is None:
            fonts = defaults.makeelement(w("rFonts"), {})
            defaults.insert(0, fonts)
            _retarget(fonts, target, counts)
        for face, count in sorted(counts.items()):
            self._note(
                _("fonts"),
                _("font face ({count} places)").format(count=count),
                face,
                target,
            )

    # -- body -------------------------------------------------------------------------------

    def fix_body(self) -> None:
        """Body size, alignment, first-line indent, paragraph and line spacing."""
        spec = self.ruleset.body
        for paragraph in self.roles.body:
            element = self.elements[paragraph.index]
            where = paragraph.location.describe()
            for run, fmt in self._runs(paragraph, element):
                if fmt.size is not None and not spec.size[0] <= fmt.size <= spec.size[1]:
                    self._size(run, fmt.size, spec.size, where)
            if is_heading(paragraph):
                continue
            self._paragraph_format(paragraph, self._handle(element), where)

    def _paragraph_format(self, paragraph: Paragraph, handle: DocxParagraph, where: str) -> None:
        spec = self.ruleset.body
        fmt = paragraph.fmt
        if fmt.align != spec.align:
            handle.alignment = _ALIGN[spec.align]
            self._note(where, _("alignment"), fmt.align or "left", spec.align)
        low, high = spec.first_line_indent_mm
        tolerance = spec.indent_tolerance_mm
        if not fmt.numbered and not low - tolerance <= fmt.first_line_mm <= high + tolerance:
            target = low if fmt.first_line_mm < low else high
            handle.paragraph_format.first_line_indent = Mm(target)
            found = f"{fmt.first_line_mm:.1f} mm"
            self._note(where, _("first-line indent"), found, f"{target:g} mm")
        if fmt.before_pt + fmt.after_pt + 0.05 < spec.min_paragraph_spacing_pt:
            before = spec.min_paragraph_spacing_pt - fmt.after_pt
            handle.paragraph_format.space_before = Pt(before)
            self._note(where, _("space before"), f"{fmt.before_pt:g} pt", f"{before:g} pt")
        lines = line_multiple(paragraph)
        low_line, high_line = spec.line_spacing
        if not low_line - 0.01 <= lines <= high_line + 0.01:
            target = min(max(lines, low_line), high_line)
            handle.paragraph_format.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
            handle.paragraph_format.line_spacing = target
            self._note(where, _("line spacing"), f"{lines:.2f}", f"{target:g}")

    # -- header block and the other elements ---------------------------------------------------

    def fix_elements(self) -> None:
        """Size, bold, italic, underline, capitals (as a format) and centring of each element."""
        keyed: dict[int, dict[int, str]] = {}
        for key, line in self.roles.elements:
            keyed.setdefault(line.paragraph.index, {})[line.number] = key
        for index, keys in keyed.items():
            paragraph = self.model.paragraphs[index]
            element = self.elements[index]
            where = paragraph.location.describe()
            for run, fmt, line_number in self._runs_by_line(paragraph, element):
                found = keys.get(line_number)
                spec = self.ruleset.elements.get(found or "")
                if found is None or spec is None or (found == "basis" and not self._basis()):
                    continue
                self._element_run(run, fmt, spec, where)
            align = self._alignment(set(keys.values()))
            if align is not None and paragraph.fmt.align != align:
                self._handle(element).alignment = _ALIGN[align]
                self._note(where, _("alignment"), paragraph.fmt.align or "left", align)

    def _alignment(self, keys: set[str]) -> str | None:
        if keys & _CENTRED:
            return "center"
        specs = [self.ruleset.elements[key] for key in sorted(keys) if key in self.ruleset.elements]
        return next((spec.align for spec in specs if spec.align), None)

    def _basis(self) -> bool:
        return basis_required(self.roles, self.ruleset)

    def _element_run(self, run: Run, fmt: RunFormat, spec: ElementSpec, where: str) -> None:
        size, bounds = fmt.size, spec.size
        if size is not None and bounds is not None and not bounds[0] <= size <= bounds[1]:
            self._size(run, size, bounds, where)
        styles = (("bold", _("bold")), ("italic", _("italic")), ("underline", _("underlined")))
        for attribute, name in styles:
            wanted = getattr(spec, attribute)
            if wanted is not None and bool(getattr(fmt, attribute)) != wanted:
                setattr(run.font, attribute, wanted)
                self._note(where, name, _yes_no(bool(getattr(fmt, attribute))), _yes_no(wanted))
        if spec.caps and not fmt.caps and not is_caps(run.text):
            run.font.all_caps = True
            self._note(where, _("capitals (as a format)"), _yes_no(False), _yes_no(True))
        elif spec.caps is False and fmt.caps:
            run.font.all_caps = False
            self._note(where, _("capitals (as a format)"), _yes_no(True), _yes_no(False))

    def _size(self, run: Run, size: float, bounds: tuple[float, float], where: str) -> None:
        target = min(max(size, bounds[0]), bounds[1])
        run.font.size = Pt(target)
        complex_size = run._r.rPr.find(w("szCs")) if run._r.rPr is not None else None
        if complex_size is not None:
            complex_size.set(w("val"), str(int(round(target * 2))))
        self._note(where, _("size"), f"{size:g} pt", f"{target:g} pt")

    def fix_header_table(self) -> None:
        """Widen the header table's national column when the Quốc hiệu would not fit its line.

        Word's default table splits the width evenly; in Times New Roman the Quốc hiệu (12-13 pt
        bold) needs about 9 cm, so it would wrap onto two lines in the new page width.
        """
        anchor = next(iter(self.roles.of("quoc_hieu") or self.roles.of("party_title")), None)
        if anchor is None or not anchor.paragraph.in_table:
            return
        table = _enclosing_table(self.elements[anchor.paragraph.index])
        columns = table.findall(f"{w('tblGrid')}/{w('gridCol')}") if table is not None else []
        cell = (anchor.paragraph.location.cell or 0) - 1
        if table is None or len(columns) != 2 or not _plain_rows(table) or cell not in (0, 1):
            return
        widths = [_twips(column) for column in columns]
        low, high = self._size_range("quoc_hieu")
        size = min(max(anchor.paragraph.main_size() or high, low), high)  # as fix_elements sets it
        needed = round(_text_width_pt(anchor.text, size) * 20) + _cell_margins(table)
        if widths[cell] >= needed:
            return
        section = self.document.sections[0]
        text_width = int((section.page_width - section.left_margin - section.right_margin) / 635)
        # the page may have narrowed (Letter to A4): the table keeps at most 5 mm beyond the text
        total = max(min(sum(widths), text_width + 283), needed + 2835)
        new = [0, 0]
        new[cell] = min(needed, total - 2835)  # keep 5 cm for the issuer block
        new[1 - cell] = total - new[cell]
        _set_widths(table, columns, new)
        self._note(
            _("header table"),
            _("column widths"),
            " + ".join(f"{width / 56.69:.0f} mm" for width in widths),
            " + ".join(f"{width / 56.69:.0f} mm" for width in new),
        )

    def _size_range(self, key: str) -> tuple[float, float]:
        spec = self.ruleset.elements.get(key)
        return spec.size if spec is not None and spec.size is not None else (12.0, 13.0)

    # -- runs -------------------------------------------------------------------------------

    def _handle(self, element: Element) -> DocxParagraph:
        """python-docx's view of a paragraph element, for its ordered property setters."""
        return DocxParagraph(element, self.document._body)

    def _runs(self, paragraph: Paragraph, element: Element) -> Iterator[tuple[Run, RunFormat]]:
        for run, fmt, _line in self._runs_by_line(paragraph, element):
            yield run, fmt

    def _runs_by_line(
        self, paragraph: Paragraph, element: Element
    ) -> Iterator[tuple[Run, RunFormat, int]]:
        """Each text run with its resolved format and the line (1-based) its text starts on."""
        line = 1
        for run_element, text_run in zip(text_runs(element), paragraph.runs, strict=True):
            lead = len(text_run.text) - len(text_run.text.lstrip("\n"))
            start = line + text_run.text[:lead].count("\n")
            if text_run.text.strip():
                yield Run(run_element, None), text_run.fmt, start  # type: ignore[arg-type]
            line += text_run.text.count("\n")


# Advance widths of Times New Roman Bold, in em: capitals (with or without marks), small letters.
_CAPS_EM, _SMALL_EM, _SPACE_EM, _OTHER_EM = 0.71, 0.5, 0.25, 0.5


def _text_width_pt(text: str, size: float) -> float:
    """A generous estimate of a bold Times New Roman line's width, in points."""
    em = 0.0
    for char in text.strip():
        if char.isspace():
            em += _SPACE_EM
        elif char.isupper():
            em += _CAPS_EM
        elif char.islower():
            em += _SMALL_EM
        else:
            em += _OTHER_EM
    return em * size


def _cell_margins(table: Element) -> int:
    """Left plus right cell margin of a table, in twips (Word's default 0.19 cm each)."""
    total = 0
    for side in ("left", "right"):
        found = table.find(f"{w('tblPr')}/{w('tblCellMar')}/{w(side)}")
        total += _twips(found) if found is not None else 108
    return total


def _enclosing_table(element: Element) -> Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != w("tbl"):
        parent = parent.getparent()
    return parent


def _plain_rows(table: Element) -> bool:
    """True when every row has two cells and none spans columns (widths can be set per cell)."""
    for row in table.findall(w("tr")):
        cells = row.findall(w("tc"))
        spans = [c.find(f"{w('tcPr')}/{w('gridSpan')}") for c in cells]
        if len(cells) != 2 or any(span is not None for span in spans):
            return False
    return True


def _twips(element: Element) -> int:
    try:
        return int(element.get(w("w")) or 0)
    except ValueError:
        return 0


def _set_widths(table: Element, columns: list[Element], widths: list[int]) -> None:
    for column, width in zip(columns, widths, strict=True):
        column.set(w("w"), str(width))
    for row in table.findall(w("tr")):
        for cell, width in zip(row.findall(w("tc")), widths, strict=True):
            props = cell.find(w("tcPr"))
            if props is None:
                props = cell.makeelement(w("tcPr"), {})
                cell.insert(0, props)
            found = props.find(w("tcW"))
            if found is None:
                found = props.makeelement(w("tcW"), {})
                props.insert(0, found)
            found.set(w("w"), str(width))
            found.set(w("type"), "dxa")
    props = table.find(w("tblPr"))
    total = props.find(w("tblW")) if props is not None else None
    if total is not None:
        total.set(w("w"), str(sum(widths)))
        total.set(w("type"), "dxa")


def _retarget(fonts: Element, target: str, counts: dict[str, int]) -> None:
    """Point an rFonts element at `target`, unless it names a symbol face."""
    names = [fonts.get(w(slot)) for slot in _FONT_SLOTS]
    themed = [fonts.get(w(slot)) for slot in _THEME_SLOTS]
    if any(name and name.lower().startswith(_SYMBOL_FONTS) for name in names):
        return
    old = next((n for n in names if n and n != target), None)
    old = old or next((t for t in themed if t), None)
    if old is None:
        return
    for slot in _THEME_SLOTS:
        fonts.attrib.pop(w(slot), None)
    for slot in _FONT_SLOTS:
        fonts.set(w(slot), target)
    counts[old] = counts.get(old, 0) + 1


def _story_roots(document: Any) -> Iterator[Element]:
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        if name.startswith("/word/") and any(
            kind in name for kind in ("document", "header", "footer", "footnotes", "endnotes")
        ):
            element = getattr(part, "_element", None)
            if element is not None:
                yield element


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


def _mm(value: Any) -> float | None:
    return None if value is None else float(value.mm)


def _off(value: float, wanted: float, tolerance: float) -> bool:
    return abs(value - wanted) > tolerance


def _mm_text(value: float | None) -> str:
    return _("not set") if value is None else f"{value:.1f} mm"


def _size_text(width: float | None, height: float | None) -> str:
    if width is None or height is None:
        return _("not set")
    return f"{width:.1f} × {height:.1f} mm"
