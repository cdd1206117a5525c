"""`summary`: roll every commune up and write the workbook (.xlsx) or the report (.docx)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from congress_docs.errors import DataError, Issue
from congress_docs.i18n import _
from congress_docs.sheets.output import write_output
from congress_docs.sheets.rollup import Rollup, roll_up
from congress_docs.sheets.summary_context import SummarySettings, level_name
from congress_docs.sheets.summary_docx import summary_docx
from congress_docs.sheets.summary_xlsx import summary_xlsx
from congress_docs.vietnamese import upper_vi

__all__ = ["SUMMARY_SUFFIXES", "SummaryResult", "write_summary"]

SUMMARY_SUFFIXES = (".xlsx", ".docx")


@dataclass(frozen=True)
class SummaryResult:
    """What was written, and from which communes."""

    path: Path
    rollup: Rollup


def write_summary(paths: Sequence[Path], target: Path, *, builds: Path, today: dt.date,
                  settings: SummarySettings | None = None, force: bool = False) -> SummaryResult:
    """Summarise the communes under `paths` into `target` (.xlsx or .docx), atomically.

    `builds` is the output folder of `build` (for the document status). Files that cannot be
    read are left out and listed in `rollup.problems`; with no readable commune, nothing is
    written and DataError is raised.
    """
    suffix = target.suffix.lower()
    if suffix not in SUMMARY_SUFFIXES:
        raise DataError([Issue(target, _("the summary is written as .xlsx or .docx, not "
                                         "'{suffix}'").format(suffix=target.suffix))])
    rollup = roll_up(paths, output=builds, today=today)
    if not rollup.rows:
        raise DataError(list(rollup.problems) or [Issue(None, _("no congress files found"))])
    if suffix == ".xlsx":
        data = summary_xlsx(rollup, title=_workbook_title(rollup))
    else:
        data = summary_docx(rollup, settings or SummarySettings())
    return SummaryResult(write_output(target, data, force=force), rollup)


def _workbook_title(rollup: Rollup) -> str:
    term = f", NHIỆM KỲ {rollup.term}" if rollup.term else ""
    return upper_vi(f"Tổng hợp tình hình chuẩn bị Đại hội MTTQ Việt Nam {level_name(rollup)}"
                    f"{term}")
