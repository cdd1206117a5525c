"""What a build did: per document, per commune and for the whole batch, in words for people."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from congress_docs.errors import Issue
from congress_docs.i18n import _

__all__ = ["BuildReport", "CommuneOutcome", "DocumentOutcome", "Status"]

Status = Literal["written", "replaced", "unchanged", "kept", "skipped", "failed"]


@dataclass(frozen=True)
class DocumentOutcome:
    """What happened to one document of one commune (and to its PDF, when asked for)."""

    kind: str
    path: Path
    status: Status
    message: str = ""
    backup: Path | None = None
    pdf: Path | None = None
    pdf_error: str | None = None
    to_fill: int = 0

    @property
    def failed(self) -> bool:
        """Tell whether the document, or its requested PDF, could not be written."""
        return self.status == "failed" or self.pdf_error is not None


@dataclass(frozen=True)
class CommuneOutcome:
    """One congress file: its documents, or the data problems that stopped it."""

    source: Path
    title: str
    folder: Path | None = None
    documents: tuple[DocumentOutcome, ...] = ()
    issues: tuple[Issue, ...] = ()
    warnings: tuple[Issue, ...] = ()
    findings: tuple[object, ...] = ()
    # Values the loader read differently from how they were written (see LoadedCongress).
    normalised: tuple[Issue, ...] = ()

    @property
    def failed(self) -> bool:
        """Tell whether the data was invalid or any document failed."""
        return bool(self.issues) or any(document.failed for document in self.documents)

    def rule_count(self, severity: str) -> int:
        """How many rule findings of `severity` ("error" or "warning") the commune has."""
        return sum(finding_severity(finding) == severity for finding in self.findings)

    def passes(self, *, strict: bool = False) -> bool:
        """Tell whether nothing failed and no rule error (nor warning, when strict) was found."""
        return (
            not self.failed
            and not self.rule_count("error")
            and not (strict and self.rule_count("warning"))
        )

    @property
    def to_fill(self) -> int:
        """Places still to fill ('…') in the documents written for this commune."""
        return sum(document.to_fill for document in self.documents)

    def detail_lines(self) -> list[str]:
        """Lines for people: rule findings, then documents kept or replaced, and how."""
        lines = [_("{issue} (warning)").format(issue=issue) for issue in self.normalised]
        lines.extend(str(finding) for finding in self.findings)
        for document in self.documents:
            if document.status == "kept" or (document.message and document.status != "failed"):
                lines.append(f"{document.path}: {document.message}")
            if document.backup is not None:
                lines.append(_("{path}: replaced; the old file is kept as {backup}").format(
                    path=document.path, backup=document.backup.name))
        return lines

    def count(self, status: Status) -> int:
        """Return how many documents ended with `status`."""
        return sum(document.status == status for document in self.documents)

    def summary_line(self) -> str:
        """One line for people: the commune, what was written, kept, failed, broken, to fill."""
        if self.issues:
            return _("FAILED  {title}: invalid data, {count} problem(s); nothing written").format(
                title=self.title, count=len(self.issues)
            )
        failed = sum(document.failed for document in self.documents)
        errors, warnings = self.rule_count("error"), self.rule_count("warning")
        if failed:
            head = _("FAILED  {title}")
        elif errors:
            head = _("RULES   {title}")
        else:
            head = _("OK      {title}")
        parts = [
            _("{count} written").format(count=self.count("written") + self.count("replaced")),
            _("{count} kept").format(count=self.count("kept")),
        ]
        if self.count("unchanged"):
            parts.insert(1, _("{count} unchanged").format(count=self.count("unchanged")))
        if failed:
            parts.append(_("{count} failed").format(count=failed))
        if self.count("skipped"):
            parts.append(_("{count} not written (data missing)").format(
                count=self.count("skipped")))
        if errors or warnings:
            parts.append(_("{errors} rule error(s), {warnings} warning(s)").format(
                errors=errors, warnings=warnings))
        parts.append(_("{count} place(s) to fill (…)").format(count=self.to_fill))
        return _("{head}: {parts} -> {folder}").format(
            head=head.format(title=self.title), parts=", ".join(parts), folder=self.folder
        )


def finding_severity(finding: object) -> str:
    """A rule finding's severity; anything else (an unreadable profile) counts as an error."""
    severity = getattr(finding, "severity", "error")
    return severity if severity in ("error", "warning") else "error"


@dataclass(frozen=True)
class BuildReport:
    """Everything `build` did, commune by commune; `ok` is False when anything failed."""

    output: Path
    communes: tuple[CommuneOutcome, ...] = ()
    seconds: float = 0.0  # how long the build took

    @property
    def ok(self) -> bool:
        """Tell whether every commune and every document succeeded."""
        return not any(commune.failed for commune in self.communes)

    def passes(self, *, strict: bool = False) -> bool:
        """Tell whether every commune passes (nothing failed, no rule error; strict: no warning)."""
        return all(commune.passes(strict=strict) for commune in self.communes)

    @property
    def findings(self) -> tuple[object, ...]:
        """The rule findings of all communes, in order."""
        return tuple(finding for commune in self.communes for finding in commune.findings)

    def failures(self) -> list[str]:
        """Every failure as a line for people: data problems, render errors, PDF errors."""
        lines: list[str] = []
        for commune in self.communes:
            lines.extend(str(issue) for issue in commune.issues)
            for document in commune.documents:
                if document.status == "failed":
                    lines.append(document.message)
                if document.pdf_error is not None:
                    lines.append(f"{document.path}: PDF: {document.pdf_error}")
        return lines

    def summary_line(self, *, strict: bool = False) -> str:
        """One line for the whole batch."""
        documents = [d for commune in self.communes for d in commune.documents]
        line = _("{communes} commune(s): {written} document(s) written, {kept} kept, "
                 "{failed} commune(s) failed").format(
            communes=len(self.communes),
            written=sum(d.status in ("written", "replaced") for d in documents),
            kept=sum(d.status == "kept" for d in documents),
            failed=sum(commune.failed for commune in self.communes),
        )
        unchanged = sum(d.status == "unchanged" for d in documents)
        if unchanged:
            line += _(", {count} unchanged").format(count=unchanged)
        broken = sum(
            not commune.failed and not commune.passes(strict=strict) for commune in self.communes
        )
        line += _(", {count} with rule errors").format(count=broken)
        if strict:
            line += _(" (--strict: warnings count as errors)")
        line += _(", {count} place(s) to fill (…)").format(
            count=sum(commune.to_fill for commune in self.communes))
        return line

    def timing_line(self) -> str:
        """How long it took and how fast: documents written, unchanged, failed, per second."""
        documents = [d for commune in self.communes for d in commune.documents]
        rate = len(documents) / self.seconds if self.seconds > 0 else 0.0
        return _("{count} document(s) in {seconds:.1f} s: {written} written, {unchanged} "
                 "unchanged, {failed} failed; {rate:.1f} documents/s").format(
            count=len(documents), seconds=self.seconds,
            written=sum(d.status in ("written", "replaced") for d in documents),
            unchanged=sum(d.status == "unchanged" for d in documents),
            failed=sum(d.failed for d in documents), rate=rate)

    def kept(self) -> list[DocumentOutcome]:
        """The documents left untouched because they are the user's."""
        return [d for commune in self.communes for d in commune.documents if d.status == "kept"]
