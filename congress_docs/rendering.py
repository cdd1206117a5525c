"""Fill one Word template with one context: clean input, sandboxed Jinja, strictly checked XML."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from markupsafe import Markup

from congress_docs.models import Layout
from congress_docs.prepared import prepare_template
from congress_docs.render_errors import excerpt, part_label

__all__ = ["excerpt", "jinja_sources", "part_label", "render_docx", "sanitise"]

# XML 1.0 forbids these even as character references; Word and LibreOffice refuse such files.
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def sanitise(value: Any) -> Any:
    """Return `value` with XML-illegal characters removed from every string inside it.

    Walks mappings, lists, tuples and sets; other objects (numbers, dates, RichText) pass as they
    are, and anything illegal they produce is still caught by the strict XML check afterwards.
    """
    if isinstance(value, str):
        cleaned = _ILLEGAL_XML.sub("", value)
        if cleaned == value:
            return value
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    if isinstance(value, Mapping):
        return {key: sanitise(item) for key, item in value.items()}
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*(sanitise(item) for item in value))
    if isinstance(value, (list, tuple)):
        return type(value)(sanitise(item) for item in value)
    if isinstance(value, (set, frozenset)):
        return frozenset(sanitise(item) for item in value)
    return value


def render_docx(
    template: Path, context: Mapping[str, Any], *, label: str, layout: Layout | None = None
) -> bytes:
    """Render `template` with `context` and return the .docx bytes, or raise RenderError.

    `label` names the document in messages (e.g. "xã Bản Hon: political_report"); `layout`, the
    data's page layout, is applied to the template's pages and styles. Every filled part has
    passed a strict XML parse, so the result is safe to write. The template is prepared once per
    process (tag patching and Jinja compiling) and reused for every later document.
    """
    return prepare_template(template, layout).render(sanitise(context), label=label)


def jinja_sources(template: Path) -> list[tuple[str, str]]:
    """Return (part name, Jinja source) for each part rendering fills, exactly as it compiles them.

    The parts are the body, every header and footer, and the footnotes; the source is docxtpl's
    patched XML with one paragraph per line, so a Jinja line number points at a paragraph.
    """
    return prepare_template(template).sources()
