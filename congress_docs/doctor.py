"""Say whether this machine can export PDF well: LibreOffice, UNO, the Times New Roman stand-in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from congress_docs.i18n import _
from congress_docs.pdf.cmap import FontFormatError, missing_characters
from congress_docs.pdf.converter import install_hints
from congress_docs.pdf.fonts import VIETNAMESE_LETTERS, FontMatch, times_substitute
from congress_docs.pdf.locate import find_soffice, find_uno_python, soffice_version

__all__ = ["DoctorReport", "Finding", "diagnose", "render_report"]


@dataclass(frozen=True)
class Finding:
    """One checked item: fine or not, what was seen, and how to fix it."""

    ok: bool
    message: str
    fixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class DoctorReport:
    """What was found on this machine; missing_letters is None when the font could not be read."""

    soffice: Path | None
    soffice_version: str | None
    uno_python: Path | None
    font: FontMatch | None
    missing_letters: tuple[str, ...] | None
    findings: tuple[Finding, ...]

    @property
    def ok(self) -> bool:
        """Tell whether nothing is missing."""
        return all(finding.ok for finding in self.findings)


def diagnose() -> DoctorReport:
    """Look for LibreOffice, a Python with UNO, and the font replacing Times New Roman."""
    soffice = find_soffice()
    version = soffice_version(soffice) if soffice is not None else None
    uno_python = find_uno_python(soffice) if soffice is not None else None
    font = times_substitute(soffice)
    findings = [check_libreoffice(soffice, version)]
    if soffice is not None:
        findings.append(check_uno(uno_python))
    missing: tuple[str, ...] | None = None
    if font is None:
        findings.append(Finding(False, _("No font found for Times New Roman"), font_fixes()))
    else:
        findings.append(check_font_metrics(font))
        missing, coverage = check_vietnamese(font)
        findings.append(coverage)
    return DoctorReport(soffice, version, uno_python, font, missing, tuple(findings))


def check_libreoffice(soffice: Path | None, version: str | None) -> Finding:
    """Report where LibreOffice is, or how to install it."""
    if soffice is None:
        return Finding(False, _("LibreOffice was not found."), tuple(install_hints()))
    message = _("LibreOffice: {path} ({version})").format(
        path=soffice, version=version or _("version unknown")
    )
    return Finding(True, message)


def check_uno(uno_python: Path | None) -> Finding:
    """Report whether the fast (warm) PDF export can run."""
    if uno_python is not None:
        return Finding(True, _("Fast PDF export through UNO: {python}").format(python=uno_python))
    return Finding(
        False,
        _("No Python with the uno module: PDF export starts one LibreOffice per file (slower)."),
        (
            _("Debian/Ubuntu: sudo apt-get install python3-uno"),
            _("Windows: reinstall LibreOffice; its program folder holds python.exe with uno."),
        ),
    )


def font_fixes() -> tuple[str, ...]:
    """Tell how to get Times New Roman or a metric-compatible stand-in."""
    return (
        _("Debian/Ubuntu: sudo apt-get install fonts-liberation2"),
        _("Windows: Times New Roman ships with Windows; restore it under Settings > Fonts."),
    )


def check_font_metrics(font: FontMatch) -> Finding:
    """Report which font replaces Times New Roman and whether lines will break as in Word."""
    message = _("Times New Roman is rendered with {family} ({file})").format(
        family=font.family, file=font.file
    )
    if font.metric_compatible:
        return Finding(True, message)
    warning = _("its letter widths differ from Times New Roman: lines break unlike in Word")
    return Finding(False, f"{message}: {warning}", font_fixes())


def check_vietnamese(font: FontMatch) -> tuple[tuple[str, ...] | None, Finding]:
    """Read the font's cmap and report the Vietnamese letters it lacks."""
    try:
        missing = tuple(missing_characters(font.file, VIETNAMESE_LETTERS, font.index))
    except (OSError, FontFormatError) as err:
        message = _("Could not read the font file {file}: {detail}").format(
            file=font.file, detail=err
        )
        return None, Finding(False, message, font_fixes())
    if not missing:
        message = _("{family} has all {count} Vietnamese letters").format(
            family=font.family, count=len(VIETNAMESE_LETTERS)
        )
        return missing, Finding(True, message)
    message = _("{family} lacks {count} Vietnamese letters: {letters}").format(
        family=font.family, count=len(missing), letters=" ".join(missing)
    )
    return missing, Finding(False, message, font_fixes())


def render_report(report: DoctorReport) -> str:
    """Lay the report out as lines for the terminal, in the current language."""
    lines = []
    for finding in report.findings:
        lines.append(("[OK] " if finding.ok else "[!!] ") + finding.message)
        lines += ["     -> " + fix for fix in finding.fixes]
    if report.ok:
        lines.append(_("Everything PDF export needs is in place."))
    else:
        lines.append(_("Something is missing: see the hints marked ->."))
    return "\n".join(lines)
