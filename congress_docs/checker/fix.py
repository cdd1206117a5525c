"""`check --fix`: mend the layout of a .docx into a new file, never its text, never the input."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import docx

from congress_docs.checker.docx_model import DocModel
from congress_docs.checker.docx_reader import build_model, open_docx
from congress_docs.checker.docx_styles import local, w
from congress_docs.checker.engine import check_model
from congress_docs.checker.fix_layout import Change, LayoutFixer
from congress_docs.checker.model import CheckReport, Finding
from congress_docs.checker.notices import legacy_font_hint
from congress_docs.checker.roles import find_roles
from congress_docs.checker.rulesets import doc_types, ruleset_for
from congress_docs.errors import (
    CongressDocsError,
    DocumentReadError,
    FixRefusedError,
    OutputConflictError,
)
from congress_docs.fileio import write_bytes_atomic
from congress_docs.i18n import _

__all__ = ["FixBatch", "FixResult", "fix_document", "fix_paths", "is_fixable", "paragraph_texts"]

# Layout findings --fix leaves alone: they need text or fields added or removed.
_NOT_FIXABLE = {
    "LAY-HEADER",
    "LAY-SIGN-EXTRA",
    "LAY-SEPARATOR-TYPED",
    "LAY-SEPARATOR-UNDERLINE",
    "LAY-PAGENUM-MISSING",
    "LAY-PAGENUM-FOOTER",
    "LAY-PAGENUM-FIRST",
    "LAY-PAGENUM-ALIGN",
}
_STORIES = ("document", "header", "footer", "footnotes", "endnotes", "comments")


@dataclass
class FixResult:
    """What --fix did to one file (or would do, on a dry run)."""

    source: Path
    output: Path
    changes: list[Change]
    before: CheckReport
    after: CheckReport
    written: bool

    def unfixed(self) -> list[Finding]:
        """Layout findings still there after the fix (those --fix never touches, or could not)."""
        return [f for f in self.after.findings if f.rule_id.startswith("LAY-")]


@dataclass
class FixBatch:
    """Results of the files mended, and the reasons of the files refused."""

    results: list[FixResult] = field(default_factory=list)
    failures: list[CongressDocsError] = field(default_factory=list)


def is_fixable(rule_id: str) -> bool:
    """True for a layout rule --fix mends."""
    return rule_id.startswith("LAY-") and rule_id not in _NOT_FIXABLE


def fix_document(
    source: Path,
    output: Path,
    *,
    regime: str = "mttq",
    force: bool = False,
    dry_run: bool = False,
    rules_dir: Path | None = None,
) -> FixResult:
    """Write a copy of `source` with its layout mended to `output` (nothing when `dry_run`).

    Raise FixRefusedError when the document must not be touched, OutputConflictError when
    `output` exists (without `force`) or is the input itself, DocumentReadError if unreadable.
    """
    _check_output(source, output, force, dry_run)
    document = open_docx(source)
    model, elements = build_model(document, source)
    _refuse_if_unsafe(model)
    before = check_model(model, regime=regime, rules_dir=rules_dir)
    texts = paragraph_texts(document)
    ruleset = ruleset_for(regime, rules_dir)
    roles = find_roles(model, doc_types(rules_dir).types)
    changes = LayoutFixer(document, model, elements, roles, ruleset).fix_all()
    data = _saved(document)
    fixed = docx.Document(io.BytesIO(data))
    if paragraph_texts(fixed) != texts:
        raise FixRefusedError(
            _("{file}: the fix would change the text; nothing was written").format(file=source)
        )
    after = check_model(build_model(fixed, output)[0], regime=regime, rules_dir=rules_dir)
    _refuse_if_worse(source, before, after)
    if not dry_run and changes:
        write_bytes_atomic(output, data)
    return FixResult(source, output, changes, before, after, written=not dry_run and bool(changes))


def _check_output(source: Path, output: Path, force: bool, dry_run: bool) -> None:
    if output.suffix.lower() != ".docx":
        raise OutputConflictError(
            _("{file}: the fixed copy must be a .docx file").format(file=output)
        )
    if dry_run:
        return
    if output.exists() and output.resolve() == source.resolve():
        raise OutputConflictError(
            _("{file}: --fix never overwrites its input; choose another output").format(file=output)
        )
    if output.exists() and not force:
        raise OutputConflictError(
            _("{file}: already exists; use --force to replace it").format(file=output)
        )


def _refuse_if_unsafe(model: DocModel) -> None:
    facts = model.facts
    reasons = []
    if facts.tracked_changes:
        reasons.append(_("it has {count} tracked changes: accept or reject them first").format(
            count=facts.tracked_changes
        ))
    if facts.protection:
        reasons.append(_("it is protected against editing ({kind})").format(kind=facts.protection))
    if facts.macros:
        reasons.append(_("it holds macros: save it as a .docx first"))
    if facts.signed:
        reasons.append(_("it is digitally signed: any change would void the signature"))
    if facts.legacy_fonts:
        reasons.append(
            _("its text is in legacy fonts ({fonts}) and needs converting: {hint}").format(
                fonts=", ".join(facts.legacy_fonts), hint=legacy_font_hint()
            )
        )
    if reasons:
        raise FixRefusedError(
            _("{file}: not fixed, {reasons}").format(file=model.path, reasons="; ".join(reasons))
        )


def _refuse_if_worse(source: Path, before: CheckReport, after: CheckReport) -> None:
    """The copy may lose findings, never gain one: a new finding means the fix went wrong."""
    seen = {(f.rule_id, f.location) for f in before.findings}
    new = [f for f in after.findings if (f.rule_id, f.location) not in seen]
    if new:
        raise FixRefusedError(
            _("{file}: the fixed copy would have new findings ({rules}); nothing written").format(
                file=source, rules=", ".join(sorted({f.rule_id for f in new}))
            )
        )


def _saved(document: Any) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def paragraph_texts(document: Any) -> dict[str, list[str]]:
    """Every paragraph's text, in order, of every story part (body, headers, notes, comments)."""
    texts: dict[str, list[str]] = {}
    for part in document.part.package.iter_parts():
        name = str(part.partname)
        element = getattr(part, "_element", None)
        if element is None or not any(f"/{story}" in name for story in _STORIES):
            continue
        texts[name] = ["".join(_own_text(paragraph)) for paragraph in element.iter(w("p"))]
    return texts


def _own_text(paragraph: Any) -> Iterator[str]:
    """The characters of a paragraph, not those of paragraphs nested in it (text boxes)."""
    for node in paragraph.iter(w("t"), w("delText"), w("instrText"), w("tab"), w("br"), w("sym")):
        owner = node.getparent()
        while owner is not None and local(owner) != "p":
            owner = owner.getparent()
        if owner is not paragraph:
            continue
        tag = local(node)
        if tag in ("t", "delText", "instrText"):
            yield node.text or ""
        elif tag == "sym":
            yield f"<sym {node.get(w('font'))} {node.get(w('char'))}>"
        else:
            yield "\t" if tag == "tab" else "\n"


def fix_paths(
    source: Path,
    output: Path,
    *,
    regime: str = "mttq",
    force: bool = False,
    dry_run: bool = False,
) -> FixBatch:
    """Fix one file into `output`, or every .docx under a folder into the folder `output`."""
    batch = FixBatch()
    if source.is_dir():
        # an output folder inside the source folder is not read back as input
        nested = output.resolve() != source.resolve()
        pairs = [
            (path, output / path.relative_to(source))
            for path in sorted(source.rglob("*.docx"))
            if not path.name.startswith("~$") and not (nested and _inside(path, output))
        ]
        if not pairs:
            batch.failures.append(
                DocumentReadError(_("{folder}: no .docx file in it").format(folder=source))
            )
    else:
        pairs = [(source, output)]
    for path, target in pairs:
        try:
            batch.results.append(
                fix_document(path, target, regime=regime, force=force, dry_run=dry_run)
            )
        except CongressDocsError as err:
            batch.failures.append(err)
    return batch


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True
