"""Run every layout and text rule of a regime's rule set on one document."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from congress_docs.checker import layout_elements as elements
from congress_docs.checker import layout_rules as layout
from congress_docs.checker import notices
from congress_docs.checker import text_forms as forms
from congress_docs.checker import text_header as header
from congress_docs.checker import text_rules as text
from congress_docs.checker.docx_model import DocModel, Paragraph
from congress_docs.checker.docx_reader import read_document
from congress_docs.checker.emit import Emitter
from congress_docs.checker.model import CheckReport, Location
from congress_docs.checker.roles import Roles, find_roles
from congress_docs.checker.rulesets import DocTypes, doc_types, ruleset_for
from congress_docs.checker.text_citations import check_citations
from congress_docs.errors import DocumentReadError
from congress_docs.i18n import _

__all__ = [
    "REGIMES",
    "CheckBatch",
    "check_batch",
    "check_document",
    "check_documents",
    "check_model",
]

REGIMES = ("mttq", "nd30", "party")


def check_document(
    path: Path, *, regime: str = "mttq", rules_dir: Path | None = None
) -> CheckReport:
    """Check one .docx under `regime`; raise DocumentReadError if it cannot be opened.

    `rules_dir` replaces the bundled data/format-rules folder (for a custom or newer rule set).
    """
    model = read_document(path)
    return check_model(model, regime=regime, rules_dir=rules_dir)


def check_model(
    model: DocModel, *, regime: str = "mttq", rules_dir: Path | None = None
) -> CheckReport:
    """Run every rule of `regime` on a document already read into a model."""
    path = model.path
    ruleset = ruleset_for(regime, rules_dir)
    types = doc_types(rules_dir)
    roles = find_roles(model, types.types)
    out = Emitter(ruleset)
    notices.check_package(model, out)
    layout.check_page_setup(model, out)
    if roles.multi_template:
        out.add(
            "DOC-MULTI-TEMPLATE",
            Location("document"),
            "",
            _("one document per file"),
            _("several sample forms (Mẫu …) with their own headers"),
        )
        layout.check_page_numbers(model, out)
    else:
        _layout(model, roles, out)
        _text(model, roles, types, out)
    findings = sorted(
        out.findings, key=lambda f: (f.severity.rank, f.rule_id, f.location.sort_key())
    )
    return CheckReport(path=path, regime=regime, ruleset=ruleset.id, findings=findings)


def check_documents(paths: Iterable[Path], *, regime: str = "mttq") -> list[CheckReport]:
    """Check several documents; a file that cannot be opened raises DocumentReadError."""
    return [check_document(path, regime=regime) for path in paths]


@dataclass
class CheckBatch:
    """Reports for the files that could be read, and the errors of those that could not."""

    reports: list[CheckReport] = field(default_factory=list)
    failures: list[DocumentReadError] = field(default_factory=list)

    @property
    def has_errors(self) -> bool:
        """True when a file could not be read or a report has an error."""
        return bool(self.failures) or any(report.has_errors for report in self.reports)


def check_batch(paths: Iterable[Path], *, regime: str = "mttq") -> CheckBatch:
    """Check every file, going on past files that cannot be opened (they are listed in failures)."""
    batch = CheckBatch()
    for path in paths:
        try:
            batch.reports.append(check_document(path, regime=regime))
        except DocumentReadError as err:
            batch.failures.append(err)
    return batch


def _layout(model: DocModel, roles: Roles, out: Emitter) -> None:
    layout.check_fonts(model.paragraphs, out)
    layout.check_body(roles, out)
    layout.check_page_numbers(model, out)
    elements.check_header_kind(roles, out)
    elements.check_elements(roles, out)
    elements.check_separators(model, roles, out)
    elements.check_signature_extra(roles, out)


def _text(model: DocModel, roles: Roles, types: DocTypes, out: Emitter) -> None:
    running = _running_text(model, roles)
    forms.check_number_line(roles, out)
    forms.check_date_lines(roles, out)
    forms.check_header_stray(roles, out)
    forms.check_sign_prefix(roles, out)
    forms.check_recipients(roles, out)
    header.check_national_texts(roles, out)
    header.check_number_type(roles, types, out)
    header.check_vv(roles, out)
    header.check_kinh_gui(roles, out)
    header.check_appendix_numbers(roles, out)
    check_citations(running, types, out)
    text.check_term_word(running, out)
    text.check_term_ranges(running, out)
    text.check_spaces_before_punctuation(running, out)
    text.check_space_runs(roles.body, out)
    text.check_fixed_names(running, out.ruleset.fixed_names, out)
    text.check_article_caps(running, out)
    text.check_d_stroke(running, out.ruleset.d_stroke, out)


def _running_text(model: DocModel, roles: Roles) -> list[Paragraph]:
    """Every paragraph except the number and date lines, which have their own rules."""
    skip = {line.paragraph.index for line in ([roles.number_line] if roles.number_line else [])}
    skip |= {line.paragraph.index for line in roles.date_lines}
    skip |= {line.paragraph.index for line in roles.kinh_gui}
    return [p for p in model.paragraphs if p.index not in skip and p.text.strip()]
