"""The summary as a Word report: the Báo cáo tổng hợp template filled, the chart put in place."""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.shared import Cm

from congress_docs.context.figures import SHARE_KEYS
from congress_docs.errors import RenderError
from congress_docs.i18n import _
from congress_docs.paths import bundled
from congress_docs.rendering import render_docx
from congress_docs.sheets.chart import Bar, share_chart_png
from congress_docs.sheets.labels import SHARE_LABELS
from congress_docs.sheets.rollup import Rollup
from congress_docs.sheets.summary_context import CHART_MARKER, SummarySettings, summary_context

__all__ = ["CHART_WIDTH_CM", "SUMMARY_TEMPLATE", "summary_chart", "summary_docx"]

SUMMARY_TEMPLATE = Path("summary") / "bao-cao-tong-hop.docx"
CHART_WIDTH_CM = 15.5  # the portrait text width is 16,5 cm


def summary_docx(rollup: Rollup, settings: SummarySettings, *,
                 template: Path | None = None) -> bytes:
    """The report's bytes: the template filled from the roll-up, with the chart as a picture."""
    path = template or bundled("templates") / SUMMARY_TEMPLATE
    filled = render_docx(path, summary_context(rollup, settings), label=_("summary report"))
    return _place_chart(filled, summary_chart(rollup))


def summary_chart(rollup: Rollup) -> bytes:
    """The composition chart (PNG): the share over all communes and the communes' average."""
    bars = [Bar(SHARE_LABELS[key], rollup.total_share(key).percent, rollup.average_percent(key))
            for key in SHARE_KEYS]
    return share_chart_png(bars)  # the caption under the picture is its title


def _place_chart(document_bytes: bytes, png: bytes) -> bytes:
    """Replace the paragraph holding the chart marker by the picture, in the same paragraph."""
    document = Document(io.BytesIO(document_bytes))
    for paragraph in document.paragraphs:
        if paragraph.text.strip() == CHART_MARKER:
            for run in list(paragraph.runs):
                run._r.getparent().remove(run._r)
            paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(CHART_WIDTH_CM))
            break
    else:
        raise RenderError(_("the summary template has no place for the chart ({marker})").format(
            marker=CHART_MARKER))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
