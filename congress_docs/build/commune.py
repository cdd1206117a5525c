"""One congress file through the build: reported again if unchanged, else loaded and written.

A file whose inputs have the fingerprint the last build recorded, and whose documents are on
disk as that build wrote them, is not read at all. Otherwise it is loaded and checked; each
document whose data, template and tool version are those its manifest entry records (and that
no one edited) is left as it is, the others are rendered and written together.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from congress_docs import __version__
from congress_docs.build.state import (
    StateEntry,
    decode_items,
    encode_items,
    fingerprint,
)
from congress_docs.build.writing import Rendered, put_in_place
from congress_docs.build_report import CommuneOutcome, DocumentOutcome
from congress_docs.errors import (
    CongressDocsError,
    DataError,
    Issue,
    MissingDataError,
    RenderError,
    TemplateProblemError,
)
from congress_docs.fileio import remove_stale_temporaries
from congress_docs.i18n import _
from congress_docs.identity import commune_key, duplicate_issues
from congress_docs.loading import DISTRICT_FILE_NAME, LoadedCongress, load_congress
from congress_docs.manifest import (
    ManifestEntry,
    Ownership,
    file_sha256,
    load_manifest,
    ownership,
)
from congress_docs.rendering import fill_docx
from congress_docs.rules.lookup import profile_file
from congress_docs.template_inspect import TEMPLATE_FILES

__all__ = [
    "ContextBuilder",
    "Result",
    "RuleCheck",
    "Settings",
    "Task",
    "build_commune",
    "build_communes",
    "output_folder",
    "start_commune",
]

ContextBuilder = Callable[[LoadedCongress, str], Mapping[str, Any]]
# Rule findings are whatever the rules engine returns; the report only stores and shows them.
RuleCheck = Callable[[LoadedCongress], Sequence[object]]
_USERS = (Ownership.EDITED, Ownership.FOREIGN)


@dataclass(frozen=True)
class Settings:
    """What every commune of one build shares; sent once to each worker process."""

    kinds: tuple[str, ...]
    output: Path
    templates: Mapping[str, Path]
    template_hashes: Mapping[str, str]
    force: bool
    rebuild: bool
    stamp: dt.datetime
    context_builder: ContextBuilder
    rules: RuleCheck | None
    builder_id: str  # names the context builder: part of every document's data hash
    salt: str  # version, language, builder and rules: part of every file's fingerprint
    claims: Mapping[Path, Path]  # output folder -> the congress file that writes it
    # The kinds were asked for by name: a kit document without its data is then a failure.
    asked: bool = False


@dataclass(frozen=True)
class Task:
    """One congress file to build, with what the last build recorded of it."""

    source: Path
    previous: StateEntry | None = None
    duplicate: Issue | None = None


@dataclass(frozen=True)
class Result:
    """What became of one congress file, and what to record of it for the next build."""

    outcome: CommuneOutcome
    state: StateEntry


def output_folder(loaded: LoadedCongress, output: Path) -> Path:
    """Return `output/<district or province>/<commune>` with ASCII slugs."""
    group, commune = commune_key(loaded.model)
    return output / group / commune


def build_commune(task: Task, settings: Settings) -> Result:
    """Build one congress file; never raises: whatever goes wrong is in the outcome."""
    return start_commune(task, settings, _now)()


def build_communes(tasks: Sequence[Task], settings: Settings) -> list[Result]:
    """Build several congress files, in order, each one's writing overlapping the next one.

    Writing a commune is mostly waiting for the disk to confirm its files (fsync); a writer
    thread does that while this thread loads and renders the next commune.
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1, thread_name_prefix="congress-docs-writer") as writer:
        finishers = [start_commune(task, settings, lambda work: writer.submit(work).result)
                     for task in tasks]
        return [finish() for finish in finishers]


# Runs a piece of work (the writing of one commune) and returns how to get its result.
Submit = Callable[[Callable[[], Any]], Callable[[], Any]]


def _now(work: Callable[[], Any]) -> Callable[[], Any]:
    value = work()
    return lambda: value


def start_commune(task: Task, settings: Settings, submit: Submit) -> Callable[[], Result]:
    """Load, check and render one congress file; its writing goes to `submit`.

    Returns how to get the Result, which waits for the writing. Never raises.
    """
    try:
        reused = None if settings.rebuild or task.duplicate else _reuse(task, settings)
        pending = _build(task, settings, submit) if reused is None else _ready(reused)
    except Exception as err:  # noqa: BLE001 - one commune's failure must not stop the batch
        return _ready(_crashed(task, err))

    def finish() -> Result:
        try:
            return pending()
        except Exception as err:  # noqa: BLE001 - the writing failed in an unforeseen way
            return _crashed(task, err)

    return finish


def _ready(result: Result) -> Callable[[], Result]:
    return lambda: result


def _crashed(task: Task, err: Exception) -> Result:
    return _failed(CommuneOutcome(task.source, task.source.name),
                   Issue(task.source, _internal(err)))


def _internal(err: Exception) -> str:
    return _("internal error while preparing this commune ({kind}: {detail}); the other "
             "communes go on; please report it").format(kind=type(err).__name__, detail=err)


def _failed(outcome: CommuneOutcome, *issues: Issue) -> Result:
    failed = dataclasses.replace(outcome, issues=(*outcome.issues, *issues))
    return Result(failed, StateEntry("", (), None, True))


def _reuse(task: Task, settings: Settings) -> Result | None:
    """The last outcome again, when nothing the documents depend on has changed."""
    previous = task.previous
    if previous is None or previous.failed or previous.report is None or not previous.folder:
        return None
    inputs = [Path(name) if name else None for name in previous.inputs]
    if fingerprint(task.source, inputs, settings.salt) != previous.fingerprint:
        return None
    folder = settings.output / previous.folder
    if settings.claims.get(folder, task.source) != task.source:
        return None
    manifest = load_manifest(folder)
    documents = []
    for kind in settings.kinds:
        target = folder / TEMPLATE_FILES[kind]
        entry = manifest.entries.get(target.name)
        if not _unchanged(target, entry, previous.data_sha256, settings.template_hashes[kind]):
            return None
        assert entry is not None
        documents.append(DocumentOutcome(kind, target, "unchanged", to_fill=entry.to_fill))
    report = previous.report
    outcome = CommuneOutcome(
        task.source, report["title"], folder, tuple(documents),
        warnings=_issues(report["warnings"]), findings=decode_items(report["findings"]),
        normalised=_issues(report["normalised"]),
    )
    return Result(outcome, previous)


def _issues(items: Sequence[Any]) -> tuple[Issue, ...]:
    return tuple(item for item in decode_items(items) if isinstance(item, Issue))


def _unchanged(target: Path, entry: ManifestEntry | None, data_hash: str,
               template_hash: str) -> bool:
    """Tell whether `target` is on disk exactly as made from this data and template."""
    return (
        entry is not None
        and bool(data_hash)
        and entry.data_sha256 == data_hash
        and entry.template_sha256 == template_hash
        and entry.tool_version == __version__
        and target.is_file()
        and file_sha256(target) == entry.sha256
    )


def _build(task: Task, settings: Settings, submit: Submit) -> Callable[[], Result]:
    source = task.source
    try:
        loaded = load_congress(source)
    except DataError as err:
        return _ready(_failed(CommuneOutcome(source, source.name), *err.issues))
    unit = loaded.model.unit
    outcome = CommuneOutcome(source, f"{unit.kind} {unit.name}", warnings=loaded.warnings,
                             normalised=loaded.normalised)
    folder = output_folder(loaded, settings.output)
    duplicate = task.duplicate or _claimed(settings, folder, loaded)
    if duplicate is not None:
        return _ready(_failed(outcome, duplicate))
    findings = tuple(settings.rules(loaded)) if settings.rules is not None else ()
    outcome = dataclasses.replace(outcome, folder=folder, findings=findings)
    profile = profile_file(loaded)
    inputs = (loaded.district_path, source.parent / DISTRICT_FILE_NAME, profile)
    data_hash = _data_hash(loaded, profile, settings.builder_id)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        issue = Issue(folder, _("cannot create the folder: {detail}").format(detail=err))
        return _ready(_failed(outcome, issue))
    remove_stale_temporaries(folder)  # left by a build that was killed mid-write
    documents = _documents(loaded, outcome.title, folder, data_hash, settings, submit)
    if isinstance(documents, Issue):
        return _ready(_failed(outcome, documents))

    def finish() -> Result:
        done = dataclasses.replace(outcome, documents=documents())
        return Result(done, _state(done, source, inputs, data_hash, settings))

    return finish


def _claimed(settings: Settings, folder: Path, loaded: LoadedCongress) -> Issue | None:
    # The folder was promised to another file from its names before the build: that file wins.
    other = settings.claims.get(folder)
    if other is None or other == loaded.path:
        return None
    return duplicate_issues([(loaded.path, loaded.model), (other, loaded.model)])[loaded.path]


def _documents(
    loaded: LoadedCongress, title: str, folder: Path, data_hash: str, settings: Settings,
    submit: Submit,
) -> Callable[[], tuple[DocumentOutcome, ...]] | Issue:
    """Decide each document's fate, render those to write and send them to be written.

    Returns how to get the outcomes once written, or the error that stopped the contexts.
    """
    manifest = load_manifest(folder)
    decided: dict[str, DocumentOutcome] = {}
    wanted: list[tuple[str, Path, Ownership]] = []
    for kind in settings.kinds:
        target = folder / TEMPLATE_FILES[kind]
        owner = ownership(target, manifest)
        entry = manifest.entries.get(target.name)
        if owner in _USERS and not settings.force:
            decided[kind] = DocumentOutcome(kind, target, "kept", kept_message(owner))
        elif (owner is Ownership.OURS and not settings.rebuild and entry is not None
              and _unchanged(target, entry, data_hash, settings.template_hashes[kind])):
            decided[kind] = DocumentOutcome(kind, target, "unchanged", to_fill=entry.to_fill)
        else:
            wanted.append((kind, target, owner))
    if wanted:
        contexts: dict[str, Mapping[str, Any]] = {}
        try:
            for kind, target, _owner in wanted:
                try:
                    contexts[kind] = settings.context_builder(loaded, kind)
                except MissingDataError as err:
                    decided[kind] = _not_written(kind, target, err, asked=settings.asked)
        except CongressDocsError as err:
            return Issue(loaded.path, str(err))
        rendered = []
        for kind, target, owner in wanted:
            if kind not in contexts:
                continue
            document = _render(loaded, title, kind, target, owner, contexts[kind], data_hash,
                               settings)
            if isinstance(document, DocumentOutcome):
                decided[kind] = document
            else:
                rendered.append(document)
        written = submit(lambda: put_in_place(rendered, manifest, loaded.path, settings.stamp))
    else:
        written = _ready_outcomes

    def outcomes() -> tuple[DocumentOutcome, ...]:
        decided.update(written())
        return tuple(decided[kind] for kind in settings.kinds)

    return outcomes


def _ready_outcomes() -> dict[str, DocumentOutcome]:
    return {}


def _not_written(kind: str, target: Path, error: MissingDataError, *,
                 asked: bool) -> DocumentOutcome:
    """A kit document without its data: skipped in a full build, a failure when asked for."""
    if asked:
        return DocumentOutcome(kind, target, "failed", str(error))
    fields = ", ".join(dict.fromkeys(issue.field for issue in error.issues))
    message = _("not written: its data is missing ({fields}); 'validate' says what to fill")
    return DocumentOutcome(kind, target, "skipped", message.format(fields=fields))


def _render(loaded: LoadedCongress, title: str, kind: str, target: Path, owner: Ownership,
            context: Mapping[str, Any], data_hash: str,
            settings: Settings) -> Rendered | DocumentOutcome:
    template = settings.templates[kind]
    try:
        filled = fill_docx(template, context, label=f"{title}: {kind}",
                           layout=loaded.model.layout)
    except (RenderError, TemplateProblemError) as err:
        return DocumentOutcome(kind, target, "failed", str(err))
    except Exception as err:  # noqa: BLE001 - one document's failure must not stop the batch
        return DocumentOutcome(kind, target, "failed", f"{title}: {kind}: {_internal(err)}")
    return Rendered(kind, target, template, filled.data,
                    (data_hash, settings.template_hashes[kind]), owner in _USERS,
                    filled.placeholders)


def kept_message(owner: Ownership) -> str:
    """Say why a file was left as it is, and how to replace it."""
    if owner is Ownership.EDITED:
        return _("kept (edited by hand); use --force to replace it, a backup is kept")
    return _("kept (not written by congress-docs); use --force to replace it, a backup is kept")


def _data_hash(loaded: LoadedCongress, profile: Path | None, builder_id: str) -> str:
    """Hash what the documents are made from: the merged data, the rule profile, the builder."""
    digest = hashlib.sha256(builder_id.encode("utf-8"))
    text = json.dumps(loaded.source.data, ensure_ascii=False, default=str, separators=(",", ":"))
    digest.update(text.encode("utf-8"))
    if profile is not None:
        digest.update(profile.read_bytes())
    return digest.hexdigest()


def _state(outcome: CommuneOutcome, source: Path, inputs: Sequence[Path | None],
           data_hash: str, settings: Settings) -> StateEntry:
    items = [encode_items(outcome.warnings), encode_items(outcome.normalised),
             encode_items(outcome.findings)]
    report = None
    if all(item is not None for item in items):
        report = {"title": outcome.title, "warnings": items[0], "normalised": items[1],
                  "findings": items[2]}
    folder = outcome.folder
    return StateEntry(
        fingerprint(source, inputs, settings.salt),
        tuple(str(path.resolve()) if path is not None else "" for path in inputs),
        folder.relative_to(settings.output).as_posix() if folder is not None else None,
        outcome.failed, data_hash, report,
    )
