"""What a .docx holds beyond its text: tracked changes, comments, imports, objects, macros."""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml.etree import _Element as Element

from congress_docs.checker.docx_model import PackageFacts
from congress_docs.checker.docx_styles import on_off_attr, w

__all__ = ["inspect_package", "is_legacy_font"]

_MACRO_TYPES = ("macroEnabled", "vbaProject")
_REVISION_TAGS = ("ins", "del", "moveFrom", "moveTo")
_FORMAT_REVISION_TAGS = ("rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange")
# Fonts of the pre-Unicode Vietnamese encodings: TCVN3 (.VnTime, .VnArial...) and VNI (VNI-Times).
_LEGACY_FONT = re.compile(r"^(\.vn|vni[-\s]|vn[-\s]?times)", re.IGNORECASE)
_STORY_PARTS = ("document", "header", "footer", "footnotes", "endnotes")


def is_legacy_font(name: str | None) -> bool:
    """True for a TCVN3 or VNI font, whose text is not Unicode."""
    return bool(name) and _LEGACY_FONT.match(name or "") is not None


def inspect_package(document: Any) -> PackageFacts:
    """Look through every part of an opened python-docx document for what the rules cannot judge."""
    facts = PackageFacts()
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        content_type = str(part.content_type)
        if any(mark in content_type for mark in _MACRO_TYPES) or name.endswith("vbaProject.bin"):
            facts.macros = True
        if name.startswith("/_xmlsignatures/"):
            facts.signed = True
        if name.startswith("/word/embeddings/"):
            facts.embedded_objects += 1
        if not content_type.endswith("+xml"):
            continue
        root = _xml(part)
        if root is None:
            continue
        if name.endswith("/comments.xml"):
            facts.comments += sum(1 for _c in root.iter(w("comment")))
        if name.endswith("/settings.xml"):
            facts.protection = _protection(root)
        if any(f"/{story}" in name for story in _STORY_PARTS):
            facts.tracked_changes += _revisions(root)
            facts.alt_chunks += sum(1 for _a in root.iter(w("altChunk")))
            if name.endswith("/document.xml") and not facts.embedded_objects:
                facts.embedded_objects += sum(1 for _o in root.iter(w("object")))
    return facts


def _xml(part: Any) -> Element | None:
    element = getattr(part, "_element", None)
    if element is not None:
        return element
    try:
        return etree.fromstring(part.blob)
    except etree.XMLSyntaxError:
        return None


def _revisions(root: Element) -> int:
    count = sum(1 for tag in _REVISION_TAGS for _e in root.iter(w(tag)))
    return count + sum(1 for tag in _FORMAT_REVISION_TAGS for _e in root.iter(w(tag)))


def _protection(settings: Element) -> str | None:
    found = settings.find(w("documentProtection"))
    if found is not None and on_off_attr(found.get(w("enforcement"))):
        return found.get(w("edit")) or "readOnly"
    if settings.find(w("writeProtection")) is not None:
        return "writeProtection"
    return None
