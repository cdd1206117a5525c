"""Section properties of a .docx: page size, margins, first-page setting, PAGE fields in headers."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from lxml import etree
from lxml.etree import _Element as Element

from congress_docs.checker.docx_model import PageNumberField, Section
from congress_docs.checker.docx_styles import StyleResolver, local, on_off, twips_to_mm, w

__all__ = ["read_sections"]

_PAGE_FIELD = re.compile(r"^\s*PAGE\b", re.IGNORECASE)
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def read_sections(document: Any, resolver: StyleResolver) -> list[Section]:
    """Read every section, with the page-number fields of the headers and footers it uses."""
    settings = document.settings.element.find(w("evenAndOddHeaders"))
    even_odd = settings is not None and on_off(settings)
    current: dict[tuple[str, str], Element] = {}
    sections: list[Section] = []
    for number, sect in enumerate(document.element.body.iter(w("sectPr")), start=1):
        _update_references(document, sect, current)
        title = sect.find(w("titlePg"))
        title_page = title is not None and on_off(title)
        kinds = (
            {"default"} | ({"first"} if title_page else set()) | ({"even"} if even_odd else set())
        )
        fields = tuple(
            PageNumberField(part, kind, centred)
            for (part, kind), root in sorted(current.items())
            if kind in kinds
            for centred in _page_fields(root, resolver)
        )
        sections.append(_section(number, sect, title_page, fields))
    return sections


def _update_references(
    document: Any, sect: Element, current: dict[tuple[str, str], Element]
) -> None:
    for part in ("header", "footer"):
        for ref in sect.findall(w(f"{part}Reference")):
            rid = ref.get(_REL_ID)
            kind = ref.get(w("type")) or "default"
            related = document.part.related_parts.get(rid) if rid else None
            if related is not None:
                current[(part, kind)] = etree.fromstring(related.blob)


def _page_fields(root: Element, resolver: StyleResolver) -> Iterator[bool]:
    for paragraph in root.iter(w("p")):
        simple = [
            f for f in paragraph.iter(w("fldSimple")) if _PAGE_FIELD.match(f.get(w("instr")) or "")
        ]
        codes = [t for t in paragraph.iter(w("instrText")) if _PAGE_FIELD.match(t.text or "")]
        if simple or codes:
            yield _centred(paragraph, resolver)


def _centred(paragraph: Element, resolver: StyleResolver) -> bool:
    fmt = resolver.para_format(paragraph.find(w("pPr")), None)
    frame = paragraph.find(f"{w('pPr')}/{w('framePr')}")
    framed = frame is not None and frame.get(w("xAlign")) == "center"
    in_box = any(local(a) == "txbxContent" for a in paragraph.iterancestors())
    return fmt.align == "center" or framed or in_box or _tab_before_field(paragraph)


def _tab_before_field(paragraph: Element) -> bool:
    """True when only tabs precede the field: a centre tab stop (Word's Header style) places it."""
    tabs = 0
    for element in paragraph.iter(w("t"), w("tab"), w("fldChar"), w("fldSimple")):
        tag = local(element)
        if tag in ("fldChar", "fldSimple"):
            return tabs > 0
        if tag == "tab" and local(element.getparent()) == "r":
            tabs += 1
        elif tag == "t" and (element.text or "").strip():
            return False
    return False


def _section(
    number: int, sect: Element, title_page: bool, fields: tuple[PageNumberField, ...]
) -> Section:
    size = sect.find(w("pgSz"))
    margins = sect.find(w("pgMar"))
    width = _twips(size, "w")
    height = _twips(size, "h")
    orient = size.get(w("orient")) if size is not None else None
    landscape = orient == "landscape" or (
        width is not None and height is not None and width > height
    )
    sides = {side: _twips(margins, side) for side in ("top", "bottom", "left", "right")}
    return Section(
        number=number,
        width_mm=twips_to_mm(width) if width is not None else None,
        height_mm=twips_to_mm(height) if height is not None else None,
        landscape=landscape,
        margins_mm={k: abs(twips_to_mm(v)) for k, v in sides.items() if v is not None},
        title_page=title_page,
        page_numbers=fields,
    )


def _twips(element: Element | None, name: str) -> float | None:
    if element is None or element.get(w(name)) is None:
        return None
    try:
        return float(element.get(w(name)) or "")
    except ValueError:
        return None
