"""Effective formatting: run -> character style -> paragraph style -> table style -> defaults."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from lxml.etree import _Element as Element

from congress_docs.checker.docx_model import ParaFormat, RunFormat

__all__ = ["StyleResolver", "base_face", "local", "on_off", "twips_to_mm", "w"]

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_OFF = {"0", "false", "off", "none"}
_FACE_STYLE = re.compile(r"[\s,-]+(bold italic|bolditalic|bold|italic|regular)$", re.IGNORECASE)
_ALIGN = {"both": "both", "distribute": "both", "justify": "both", "start": "left", "end": "right"}


def w(tag: str) -> str:
    """Qualify a WordprocessingML tag or attribute name."""
    return f"{{{W_NS}}}{tag}"


def local(element: Element) -> str:
    """Return an element's tag without its namespace."""
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def twips_to_mm(value: float) -> float:
    """Convert twentieths of a point to millimetres."""
    return value / 56.6929


def on_off(element: Element) -> bool:
    """Read an OOXML on/off property (present without a value means on)."""
    return (element.get(w("val")) or "true").lower() not in _OFF


def base_face(name: str) -> tuple[str, bool, bool]:
    """Split a face like "Times New Roman Bold" into its family and the bold/italic it implies."""
    match = _FACE_STYLE.search(name)
    if not match:
        return name.strip(), False, False
    style = match.group(1).lower()
    return name[: match.start()].strip(), "bold" in style, "italic" in style


class StyleResolver:
    """Apply the OOXML style hierarchy of one document to runs and paragraphs."""

    def __init__(self, styles: Element | None, theme: Element | None) -> None:
        self._styles: dict[str, Element] = {}
        self._default: dict[str, str] = {}
        self._doc_rpr: Element | None = None
        self._doc_ppr: Element | None = None
        self._theme = _theme_fonts(theme)
        if styles is not None:
            self._index(styles)

    def _index(self, styles: Element) -> None:
        for style in styles.iter(w("style")):
            style_id = style.get(w("styleId"))
            if style_id:
                self._styles[style_id] = style
                if on_off_attr(style.get(w("default"))):
                    self._default.setdefault(style.get(w("type")) or "", style_id)
        self._doc_rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        self._doc_ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")

    def chain(self, style_id: str | None, kind: str) -> list[Element]:
        """Return the style and its basedOn ancestors, nearest first."""
        current = style_id or self._default.get(kind)
        found: list[Element] = []
        while current and current in self._styles and len(found) < 20:
            style = self._styles[current]
            if style in found:
                break
            found.append(style)
            based = style.find(w("basedOn"))
            current = based.get(w("val")) if based is not None else None
        return found

    def run_format(
        self, rpr: Element | None, pstyle: str | None, tstyle: str | None, text: str
    ) -> RunFormat:
        """Resolve the effective format of a run."""
        rstyle = _child_val(rpr, "rStyle")
        levels = (
            [rpr]
            + self._props(rstyle, "character", "rPr")
            + self._props(pstyle, "paragraph", "rPr")
        )
        levels += self._props(tstyle, "table", "rPr") + [self._doc_rpr]
        chain = [level for level in levels if level is not None]
        raw = self._font(chain, "hAnsi" if any(ord(c) > 127 for c in text) else "ascii")
        face, face_bold, face_italic = base_face(raw) if raw else (None, False, False)
        size = _first(chain, "sz")
        return RunFormat(
            font=face,
            size=_num(size.get(w("val"))) / 2 if size is not None else 10.0,
            bold=face_bold or _flag(chain, "b"),
            italic=face_italic or _flag(chain, "i"),
            underline=_underlined(chain),
            caps=_flag(chain, "caps"),
            raw_font=raw,
        )

    def para_format(self, ppr: Element | None, tstyle: str | None) -> ParaFormat:
        """Resolve the effective format of a paragraph."""
        pstyle = _child_val(ppr, "pStyle")
        levels = [ppr] + self._props(pstyle, "paragraph", "pPr")
        levels += self._props(tstyle, "table", "pPr") + [self._doc_ppr]
        chain = [level for level in levels if level is not None]
        jc = _first(chain, "jc")
        align = jc.get(w("val")) if jc is not None else None
        first, hanging = _attr(chain, "ind", "firstLine"), _attr(chain, "ind", "hanging")
        line_rule = _attr(chain, "spacing", "lineRule") or "auto"
        line = _attr(chain, "spacing", "line")
        return ParaFormat(
            align=_ALIGN.get(align or "", align),
            first_line_mm=twips_to_mm(_num(first) - _num(hanging)),
            left_mm=twips_to_mm(_num(_attr(chain, "ind", "left") or _attr(chain, "ind", "start"))),
            before_pt=_spacing(chain, "before"),
            after_pt=_spacing(chain, "after"),
            line_rule="auto" if line_rule == "auto" else line_rule,
            line=(_num(line) / 240 if line_rule == "auto" else _num(line) / 20) if line else 1.0,
            numbered=_first(chain, "numPr") is not None,
            bottom_border=_has_bottom_border(chain),
        )

    def paragraph_style(self, ppr: Element | None) -> str | None:
        """Return the paragraph's own style id (or None for the default style)."""
        return _child_val(ppr, "pStyle")

    def default_table_style(self) -> str | None:
        """Return the style a table without tblStyle uses."""
        return self._default.get("table")

    def _props(self, style_id: str | None, kind: str, tag: str) -> list[Element | None]:
        if kind == "character" and not style_id:
            return []
        return [style.find(w(tag)) for style in self.chain(style_id, kind)]

    def _font(self, chain: Sequence[Element], slot: str) -> str | None:
        other = "ascii" if slot == "hAnsi" else "hAnsi"
        return self._font_slot(chain, slot) or self._font_slot(chain, other)

    def _font_slot(self, chain: Sequence[Element], slot: str) -> str | None:
        for level in chain:
            fonts = level.find(w("rFonts"))
            if fonts is None:
                continue
            theme = fonts.get(w(f"{slot}Theme"))
            if theme:
                return self._theme.get("major" if theme.startswith("major") else "minor")
            name = fonts.get(w(slot))
            if name:
                return str(name)
        return None


def on_off_attr(value: str | None) -> bool:
    """Read an on/off attribute value (absent means off)."""
    return value is not None and value.lower() not in _OFF


def _child_val(parent: Element | None, tag: str) -> str | None:
    if parent is None:
        return None
    child = parent.find(w(tag))
    return child.get(w("val")) if child is not None else None


def _first(chain: Iterable[Element], tag: str) -> Element | None:
    for level in chain:
        found = level.find(w(tag))
        if found is not None:
            return found
    return None


def _attr(chain: Iterable[Element], tag: str, name: str) -> str | None:
    for level in chain:
        found = level.find(w(tag))
        value = found.get(w(name)) if found is not None else None
        if value is not None:
            return str(value)
    return None


def _flag(chain: Iterable[Element], tag: str) -> bool:
    found = _first(chain, tag)
    return found is not None and on_off(found)


def _underlined(chain: Iterable[Element]) -> bool:
    found = _first(chain, "u")
    return found is not None and (found.get(w("val")) or "single") != "none"


def _has_bottom_border(chain: Iterable[Element]) -> bool:
    borders = _first(chain, "pBdr")
    bottom = borders.find(w("bottom")) if borders is not None else None
    return bottom is not None and (bottom.get(w("val")) or "none") not in ("none", "nil")


def _num(value: str | None) -> float:
    try:
        return float(value) if value else 0.0
    except ValueError:
        return 0.0


def _spacing(chain: Sequence[Element], side: str) -> float:
    for level in chain:
        found = level.find(w("spacing"))
        if found is None:
            continue
        if on_off_attr(found.get(w(f"{side}Autospacing"))):
            return 14.0  # Word's "auto" spacing for HTML-style paragraphs
        if found.get(w(side)) is not None:
            return _num(found.get(w(side))) / 20
    return 0.0


def _theme_fonts(theme: Element | None) -> dict[str, str]:
    fonts: dict[str, str] = {}
    if theme is None:
        return fonts
    for kind in ("major", "minor"):
        latin = theme.find(f".//{{{A_NS}}}{kind}Font/{{{A_NS}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface") or ""
    return fonts
