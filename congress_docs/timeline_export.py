"""Write a timeline as an iCalendar (.ics) file or an Excel (.xlsx) sheet, atomically."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import icalendar
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from congress_docs.errors import OutputConflictError
from congress_docs.fileio import write_bytes_atomic
from congress_docs.i18n import _
from congress_docs.timeline import Status, Timeline, TimelineStep
from congress_docs.vietnamese import slugify

__all__ = ["export_timeline", "ics_bytes", "write_ics", "write_xlsx", "xlsx_bytes"]

_PRODID = "-//congress-docs//timeline//VI"
_FILLS: dict[Status, str] = {
    "done": "C6EFCE", "late": "FFC7CE", "at_risk": "FFEB9C", "upcoming": "FFFFFF",
}
_DATE_FORMAT = "DD/MM/YYYY"


def export_timeline(
    timeline: Timeline, *, ics: Path | None = None, xlsx: Path | None = None, force: bool = False
) -> list[Path]:
    """Write the requested files; check first that none would replace a file, unless force."""
    targets = [path for path in (ics, xlsx) if path is not None]
    for path in targets:
        _refuse_existing(path, force)
    written = []
    if ics is not None:
        written.append(write_ics(timeline, ics, force=True))
    if xlsx is not None:
        written.append(write_xlsx(timeline, xlsx, force=True))
    return written


def write_ics(timeline: Timeline, path: Path, *, force: bool = False) -> Path:
    """Write the timeline as an .ics calendar; refuse to replace a file without force."""
    return _write(path, ics_bytes(timeline), force)


def write_xlsx(timeline: Timeline, path: Path, *, force: bool = False) -> Path:
    """Write the timeline as an .xlsx sheet; refuse to replace a file without force."""
    return _write(path, xlsx_bytes(timeline), force)


def _write(path: Path, data: bytes, force: bool) -> Path:
    _refuse_existing(path, force)
    write_bytes_atomic(path, data)
    return path


def _refuse_existing(path: Path, force: bool) -> None:
    if path.exists() and not force:
        raise OutputConflictError(
            _("{path} already exists; choose another name or use --force").format(path=path))


def ics_bytes(timeline: Timeline) -> bytes:
    """One all-day event per step; the same step keeps the same UID from one export to the next."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", _PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Congress preparation timeline"))
    # DTSTAMP is required; taking it from the reference day keeps the output reproducible.
    stamp = dt.datetime.combine(timeline.today, dt.time(), tzinfo=dt.timezone.utc)
    for step in timeline.steps:
        calendar.add_component(_event(step, stamp))
    data: bytes = calendar.to_ical()
    return data


def _event(step: TimelineStep, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", _uid(step))
    event.add("dtstamp", stamp)
    event.add("dtstart", step.date)
    event.add("dtend", (step.end or step.date) + dt.timedelta(days=1))
    event.add("summary", f"{step.commune}: {step.label}")
    event.add("description", _description(step))
    event.add("categories", [step.status_label])
    event.add("transp", "TRANSPARENT")
    return event


def _uid(step: TimelineStep) -> str:
    digest = hashlib.sha1(str(step.path.resolve()).encode("utf-8")).hexdigest()[:10]
    return f"{step.step}-{slugify(step.commune)}-{digest}@congress-docs"


def _description(step: TimelineStep) -> str:
    lines = [_("Status: {status}").format(status=step.status_label)]
    if step.done_on is not None:
        lines.append(_("Done on: {date}").format(date=step.done_on.strftime("%d/%m/%Y")))
    if step.citation:
        lines.append(_("Source: {citation}").format(citation=step.citation))
    lines.append(_("Data file: {path}").format(path=step.path))
    return "\n".join(lines)


def xlsx_bytes(timeline: Timeline) -> bytes:
    """A sheet with a header row, one row per step, real Excel dates and a coloured status."""
    book = Workbook()
    sheet = book.active
    sheet.title = _("Timeline")
    header = [_("Unit"), _("Step"), _("Date"), _("End"), _("Done on"), _("Status"),
              _("Source"), _("Data file")]
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9E1F2")
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    for step in timeline.steps:
        sheet.append([step.commune, step.label, step.date, step.end, step.done_on,
                      step.status_label, step.citation, str(step.path)])
        row = sheet.max_row
        for column in (3, 4, 5):
            sheet.cell(row=row, column=column).number_format = _DATE_FORMAT
        sheet.cell(row=row, column=6).fill = PatternFill("solid", fgColor=_FILLS[step.status])
    for index, width in enumerate((22, 30, 12, 12, 14, 16, 60, 40), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(sheet.max_row, 1)}"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
