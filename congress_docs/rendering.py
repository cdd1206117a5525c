"""Fill one Word template with one context: sandboxed Jinja, clean XML, strictly checked."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from congress_docs.models import Layout
from congress_docs.prepared import Filled, prepare_template
from congress_docs.render_errors import excerpt, part_label

__all__ = ["Filled", "excerpt", "fill_docx", "jinja_sources", "part_label", "render_docx"]


def render_docx(
    template: Path, context: Mapping[str, Any], *, label: str, layout: Layout | None = None
) -> bytes:
    """Render `template` with `context` and return the .docx bytes, or raise RenderError.

    `label` names the document in messages (e.g. "xã Bản Hon: political_report"); `layout`, the
    data's page layout, is applied to the template's pages and styles. Every filled part has
    passed a strict XML parse, so the result is safe to write. The template is prepared once per
    process (tag patching and Jinja compiling) and reused for every later document.
    """
    return fill_docx(template, context, label=label, layout=layout).data


def fill_docx(
    template: Path, context: Mapping[str, Any], *, label: str, layout: Layout | None = None
) -> Filled:
    """As render_docx, with what the build records of the document besides its bytes."""
    return prepare_template(template, layout).fill(context, label=label)


def jinja_sources(template: Path) -> list[tuple[str, str]]:
    """Return (part name, Jinja source) for each part rendering fills, as messages number it.

    The parts are the body, every header and footer, and the footnotes; the source is docxtpl's
    patched XML with one paragraph per line, so a Jinja line number points at a paragraph.
    """
    return prepare_template(template).sources()
