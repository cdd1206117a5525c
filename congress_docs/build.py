"""Build every commune's documents: validate all data, check templates, render, write safely."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from congress_docs.build_report import BuildReport, CommuneOutcome, DocumentOutcome
from congress_docs.buildlock import output_lock
from congress_docs.context import build_context
from congress_docs.errors import (
    CongressDocsError,
    ConversionError,
    DataError,
    Issue,
    MissingDataError,
    RenderError,
    TemplateProblemError,
)
from congress_docs.fileio import remove_stale_temporaries, write_bytes_atomic
from congress_docs.i18n import _
from congress_docs.identity import commune_key, duplicate_issues
from congress_docs.loading import PLACEHOLDER, LoadedCongress, find_congress_files, load_congress
from congress_docs.manifest import (
    Manifest,
    Ownership,
    back_up,
    load_manifest,
    ownership,
    save_manifest,
)
from congress_docs.pdf import PdfConverter, PdfResult
from congress_docs.rendering import render_docx
from congress_docs.rules import check_for_build
from congress_docs.template_inspect import (
    KINDS,
    TEMPLATE_FILES,
    check_templates,
    context_paths,
    template_files,
)

__all__ = [
    "BuildReport",
    "CommuneOutcome",
    "ContextBuilder",
    "DocumentOutcome",
    "RuleCheck",
    "build",
    "output_folder",
]

ContextBuilder = Callable[[LoadedCongress, str], Mapping[str, Any]]
# Rule findings are whatever the rules engine returns; the report only stores and shows them.
RuleCheck = Callable[[LoadedCongress], Sequence[object]]
_USERS = (Ownership.EDITED, Ownership.FOREIGN)


@dataclass
class _Job:
    """One commune on its way through the build."""

    source: Path
    title: str
    loaded: LoadedCongress | None = None
    issues: list[Issue] = field(default_factory=list)
    contexts: dict[str, Mapping[str, Any]] = field(default_factory=dict)
    # Kit documents (06-11) whose optional data is missing: not written, the fields named.
    missing: dict[str, MissingDataError] = field(default_factory=dict)
    folder: Path | None = None


def build(
    paths: Sequence[Path],
    *,
    kinds: Sequence[str] = (),
    output: Path,
    templates: Path | None = None,
    force: bool = False,
    pdf: bool = False,
    context_builder: ContextBuilder = build_context,
    rules: RuleCheck | None = check_for_build,
    lock_wait: float = 60.0,
) -> BuildReport:
    """Write the documents of every congress file under `paths` into `output`.

    All data is validated first; a commune whose data is invalid writes nothing. Custom templates
    (`templates`, overriding built-in ones by file name) are checked before anything is rendered
    and raise TemplateProblemError listing every problem. Files changed by hand since the last
    build are kept unless `force`, which keeps a backup. The batch goes on past any failure.
    Only one build writes into `output` at a time: another one holding it is waited for up to
    `lock_wait` seconds, then OutputBusyError is raised.
    """
    chosen = _choose_kinds(kinds)
    files = find_congress_files(paths)
    if not files:
        raise DataError([Issue(paths[0] if paths else None, _("no congress files found"))])
    jobs = [_prepare(path, chosen, context_builder) for path in files]
    _assign_folders(jobs, output)
    if templates is not None:
        problems = check_templates(templates, kinds=chosen, known=_offered_paths(jobs, chosen))
        if problems:
            raise TemplateProblemError(problems)
    sources = template_files(templates)
    stamp = dt.datetime.now()
    with output_lock(output, wait=lock_wait):
        communes = [_run(job, chosen, sources, force, stamp, rules, asked=bool(kinds))
                    for job in jobs]
        if pdf:
            communes = _convert_pdfs(communes, force, stamp)
    return BuildReport(output, tuple(communes))


def output_folder(loaded: LoadedCongress, output: Path) -> Path:
    """Return `output/<district or province>/<commune>` with ASCII slugs."""
    group, commune = commune_key(loaded.model)
    return output / group / commune


def _choose_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    unknown = [kind for kind in kinds if kind not in TEMPLATE_FILES]
    if unknown:
        message = _("unknown document kind '{kind}'; expected one of: {kinds}")
        raise TemplateProblemError(
            [Issue(None, message.format(kind=kind, kinds=", ".join(KINDS))) for kind in unknown]
        )
    return tuple(kind for kind in KINDS if kind in kinds) if kinds else KINDS


def _prepare(path: Path, kinds: Sequence[str], context_builder: ContextBuilder) -> _Job:
    """Load and validate one file, then compute the context of each document from it."""
    job = _Job(path, path.name)
    try:
        job.loaded = load_congress(path)
    except DataError as err:
        job.issues.extend(err.issues)
        return job
    unit = job.loaded.model.unit
    job.title = f"{unit.kind} {unit.name}"
    try:
        for kind in kinds:
            try:
                job.contexts[kind] = context_builder(job.loaded, kind)
            except MissingDataError as err:
                job.missing[kind] = err
    except CongressDocsError as err:
        job.issues.append(Issue(path, str(err)))
    except Exception as err:  # one commune's failure must not stop the batch
        job.issues.append(Issue(path, _internal(err)))
    return job


def _internal(err: Exception) -> str:
    return _("internal error while preparing this commune ({kind}: {detail}); the other "
             "communes go on; please report it").format(kind=type(err).__name__, detail=err)


def _assign_folders(jobs: Sequence[_Job], output: Path) -> None:
    """Give each valid commune its folder; files describing the same commune all fail."""
    ready = [job for job in jobs if job.loaded is not None and not job.issues]
    duplicates = duplicate_issues([(job.source, job.loaded.model) for job in ready
                                   if job.loaded is not None])
    for job in ready:
        if job.source in duplicates:
            job.issues.append(duplicates[job.source])
        elif job.loaded is not None:
            job.folder = output_folder(job.loaded, output)


def _offered_paths(jobs: Sequence[_Job], kinds: Sequence[str]) -> dict[str, set[str]] | None:
    """Union, by kind, of the variable paths the contexts of this batch offer."""
    ready = [job for job in jobs if job.folder is not None]
    if not ready:
        return None  # nothing to render: check against the sample commune instead
    return {
        kind: set().union(*(context_paths(job.contexts[kind]) for job in ready
                            if kind in job.contexts)) for kind in kinds
    }


def _run(
    job: _Job,
    kinds: Sequence[str],
    sources: Mapping[str, Path],
    force: bool,
    stamp: dt.datetime,
    rules: RuleCheck | None,
    *,
    asked: bool,
) -> CommuneOutcome:
    warnings = job.loaded.warnings if job.loaded is not None else ()
    normalised = job.loaded.normalised if job.loaded is not None else ()
    outcome = CommuneOutcome(job.source, job.title, job.folder, issues=tuple(job.issues),
                             warnings=warnings, normalised=normalised)
    if job.loaded is None or job.folder is None or job.issues:
        return outcome
    findings: tuple[object, ...] = tuple(rules(job.loaded)) if rules is not None else ()
    try:
        job.folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        issue = Issue(job.folder, _("cannot create the folder: {detail}").format(detail=err))
        return dataclasses.replace(outcome, issues=(issue,), findings=findings)
    remove_stale_temporaries(job.folder)  # left by a build that was killed mid-write
    manifest = load_manifest(job.folder)
    documents = tuple(
        _not_written(job, kind, asked) if kind in job.missing
        else _write_document(job, kind, sources[kind], manifest, force, stamp) for kind in kinds
    )
    return dataclasses.replace(outcome, documents=documents, findings=findings)


def _write_document(
    job: _Job, kind: str, template: Path, manifest: Manifest, force: bool, stamp: dt.datetime
) -> DocumentOutcome:
    """Render one document and put it in place, unless the file there is the user's."""
    folder = job.folder if job.folder is not None else Path()
    target = folder / TEMPLATE_FILES[kind]
    owner = ownership(target, manifest)
    if owner in _USERS and not force:
        return DocumentOutcome(kind, target, "kept", _kept_message(owner))
    try:
        layout = job.loaded.model.layout if job.loaded is not None else None
        data = render_docx(template, job.contexts[kind], label=f"{job.title}: {kind}",
                           layout=layout)
    except (RenderError, TemplateProblemError) as err:
        return DocumentOutcome(kind, target, "failed", str(err))
    except Exception as err:  # one document's failure must not stop the batch
        return DocumentOutcome(kind, target, "failed", f"{job.title}: {kind}: {_internal(err)}")
    try:
        backup = back_up(target, stamp) if owner in _USERS else None

        def record() -> None:
            # Saved before the rename: a crash in between leaves the old file, still ours.
            manifest.record(target, source=job.source, template=template, kind=kind, data=data)
            save_manifest(manifest)

        write_bytes_atomic(target, data, before_rename=record)
    except OSError as err:
        message = _("{path}: cannot write: {detail}").format(path=target, detail=err)
        return DocumentOutcome(kind, target, "failed", message)
    return DocumentOutcome(kind, target, "replaced" if backup else "written", backup=backup,
                           to_fill=count_placeholders(data))


def _not_written(job: _Job, kind: str, asked: bool) -> DocumentOutcome:
    """A kit document without its data: skipped in a full build, a failure when asked for."""
    folder = job.folder if job.folder is not None else Path()
    error = job.missing[kind]
    if asked:
        return DocumentOutcome(kind, folder / TEMPLATE_FILES[kind], "failed", str(error))
    fields = ", ".join(dict.fromkeys(issue.field for issue in error.issues))
    message = _("not written: its data is missing ({fields}); 'validate' says what to fill")
    return DocumentOutcome(kind, folder / TEMPLATE_FILES[kind], "skipped",
                           message.format(fields=fields))


def count_placeholders(data: bytes) -> int:
    """How many '…' (places still to fill) the body of a rendered .docx holds."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/document.xml").decode("utf-8").count(PLACEHOLDER)


def _kept_message(owner: Ownership) -> str:
    if owner is Ownership.EDITED:
        return _("kept (edited by hand); use --force to replace it, a backup is kept")
    return _("kept (not written by congress-docs); use --force to replace it, a backup is kept")


def _convert_pdfs(
    communes: Sequence[CommuneOutcome], force: bool, stamp: dt.datetime
) -> list[CommuneOutcome]:
    """Convert each document written by this build to PDF beside it, recording every result."""
    documents = [list(commune.documents) for commune in communes]
    manifests: dict[Path, Manifest] = {}
    wanted: list[tuple[int, int]] = []
    for c, row in enumerate(documents):
        for d, document in enumerate(row):
            if document.status not in ("written", "replaced"):
                continue
            folder = document.path.parent
            manifest = manifests.setdefault(folder, load_manifest(folder))
            target = document.path.with_suffix(".pdf")
            owner = ownership(target, manifest)
            if owner in _USERS and not force:
                row[d] = dataclasses.replace(document, message=_kept_message(owner) + " (PDF)")
                continue
            if owner in _USERS:
                back_up(target, stamp)
            wanted.append((c, d))
    results = _run_converter([documents[c][d].path for c, d in wanted])
    for (c, d), result in zip(wanted, results, strict=True):
        document = documents[c][d]
        if result.pdf is not None and result.error is None:
            manifest = manifests[document.path.parent]
            entry = manifest.entries[document.path.name]
            manifest.record(result.pdf, source=Path(entry.source), template=Path(entry.template),
                            kind=document.kind)
        documents[c][d] = dataclasses.replace(document, pdf=result.pdf, pdf_error=result.error)
    for manifest in manifests.values():
        save_manifest(manifest)
    return [dataclasses.replace(commune, documents=tuple(row))
            for commune, row in zip(communes, documents, strict=True)]


def _run_converter(paths: Sequence[Path]) -> list[PdfResult]:
    if not paths:
        return []
    try:
        with PdfConverter(workers=1, timeout=60) as converter:
            return converter.convert(paths)
    except ConversionError as err:
        # LibreOffice missing or not starting: every PDF fails, the .docx files stay written.
        return [PdfResult(path, None, str(err), 0.0) for path in paths]
