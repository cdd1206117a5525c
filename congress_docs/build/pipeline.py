"""The build from end to end: find the files, settle their folders, build each, report it all."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from congress_docs import __version__
from congress_docs.build.commune import (
    ContextBuilder,
    Result,
    RuleCheck,
    Settings,
    Task,
    build_commune,
    build_communes,
)
from congress_docs.build.state import StateEntry, fingerprint, load_state, save_state, state_key
from congress_docs.build_report import BuildReport, CommuneOutcome
from congress_docs.buildlock import output_lock
from congress_docs.context import build_context
from congress_docs.errors import (
    CongressDocsError,
    DataError,
    Issue,
    MissingDataError,
    TemplateProblemError,
)
from congress_docs.i18n import _, current_language, set_language
from congress_docs.identity import duplicate_issues_by_key
from congress_docs.loading import LoadedCongress, find_congress_files, load_congress
from congress_docs.prepared import template_sha256
from congress_docs.prescan import CommuneKey, scan_key
from congress_docs.rules import check_for_build
from congress_docs.template_inspect import (
    KINDS,
    TEMPLATE_FILES,
    check_templates,
    context_paths,
    template_files,
)

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

__all__ = ["Progress", "build"]

# Called after each congress file with its outcome, how many are done and how many in all.
Progress = Callable[[CommuneOutcome, int, int], None]
_SAVE_EVERY = 500  # congress files between two saves of the build state
_CHUNK = 8  # communes a worker takes at once: its writing overlaps its rendering


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
    jobs: int = 1,
    rebuild: bool = False,
    only_failed: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Write the documents of every congress file under `paths` into `output`.

    A commune whose data is invalid writes nothing. Custom templates (`templates`, overriding
    built-in ones by file name) are checked before anything is rendered and raise
    TemplateProblemError listing every problem. Files changed by hand since the last build are
    kept unless `force`, which keeps a backup. A document whose data, template and tool version
    are unchanged is not written again unless `rebuild`; `only_failed` builds only the files
    that failed last time. `jobs` processes share the work (and the PDF export, one LibreOffice
    each). The batch goes on past any failure. Only one build writes into `output` at a time:
    another one holding it is waited for up to `lock_wait` seconds, then OutputBusyError.
    """
    started = time.monotonic()
    chosen = _choose_kinds(kinds)
    files = find_congress_files(paths)
    if not files:
        raise DataError([Issue(paths[0] if paths else None, _("no congress files found"))])
    jobs = max(1, jobs)
    sources = template_files(templates)
    if templates is not None:
        known = _offered_paths(files, chosen, context_builder)
        problems = check_templates(templates, kinds=chosen, known=known)
        if problems:
            raise TemplateProblemError(problems)
    settings = Settings(
        kinds=chosen, output=output, templates={kind: sources[kind] for kind in chosen},
        template_hashes={kind: template_sha256(sources[kind]) for kind in chosen},
        force=force, rebuild=rebuild, stamp=dt.datetime.now(),
        context_builder=context_builder, rules=rules, builder_id=_name(context_builder),
        salt="|".join((__version__, current_language(), _name(context_builder), _name(rules))),
        claims={}, asked=bool(kinds),
    )
    with output_lock(output, wait=lock_wait):
        state = load_state(output)
        if only_failed:
            files = [path for path in files
                     if (entry := state.get(state_key(path))) is not None and entry.failed]
        tasks, claims = _plan(files, state, settings, jobs)
        settings = dataclasses.replace(settings, claims=claims)
        outcomes = _run(tasks, settings, jobs, state, progress)
        if pdf:
            from congress_docs.build.pdfs import convert_pdfs

            outcomes = convert_pdfs(outcomes, force=force, stamp=settings.stamp, workers=jobs)
            _mark_failures(outcomes, state)
        save_state(output, state)
    return BuildReport(output, tuple(outcomes), seconds=time.monotonic() - started)


def _name(function: object) -> str:
    if function is None:
        return "-"
    return f"{getattr(function, '__module__', '')}.{getattr(function, '__qualname__', '')}"


def _choose_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    unknown = [kind for kind in kinds if kind not in TEMPLATE_FILES]
    if unknown:
        message = _("unknown document kind '{kind}'; expected one of: {kinds}")
        raise TemplateProblemError(
            [Issue(None, message.format(kind=kind, kinds=", ".join(KINDS))) for kind in unknown]
        )
    return tuple(kind for kind in KINDS if kind in kinds) if kinds else KINDS


def _plan(files: Sequence[Path], state: Mapping[str, StateEntry], settings: Settings,
          jobs: int) -> tuple[list[Task], dict[Path, Path]]:
    """One task per file, with its commune found beforehand, so duplicates all fail at once."""
    keys: dict[Path, CommuneKey | None] = {}
    unknown: list[Path] = []
    for path in files:
        entry = state.get(state_key(path))
        known = _known_key(path, entry, settings)
        if known is None:
            unknown.append(path)
        keys[path] = known
    if len(files) > 1:  # a single file has no one to share its folder with
        for path, key in zip(unknown, _map(scan_key, unknown, jobs), strict=True):
            keys[path] = key
    found = [(path, key[0], key[1]) for path, key in keys.items() if key is not None]
    duplicates = duplicate_issues_by_key(found)
    claims = {settings.output / group / commune: path
              for path, (group, commune), _title in found if path not in duplicates}
    tasks = [Task(path, state.get(state_key(path)), duplicates.get(path)) for path in files]
    return tasks, claims


def _known_key(path: Path, entry: StateEntry | None, settings: Settings) -> CommuneKey | None:
    """The commune of an unchanged file, from the state: no need to read it."""
    if entry is None or entry.failed or not entry.folder or entry.report is None:
        return None
    inputs = [Path(name) if name else None for name in entry.inputs]
    if fingerprint(path, inputs, settings.salt) != entry.fingerprint:
        return None
    folder = settings.output / entry.folder
    return (folder.parent.name, folder.name), str(entry.report["title"])


def _run(tasks: Sequence[Task], settings: Settings, jobs: int,
         state: dict[str, StateEntry], progress: Progress | None) -> list[CommuneOutcome]:
    """Build every task, in order, recording each file's state; save the state now and then."""
    outcomes: list[CommuneOutcome] = []
    for done, result in enumerate(_results(tasks, settings, jobs), start=1):
        outcomes.append(result.outcome)
        state[state_key(result.outcome.source)] = result.state
        if done % _SAVE_EVERY == 0:
            save_state(settings.output, state)
        if progress is not None:
            progress(result.outcome, done, len(tasks))
    return outcomes


def _results(tasks: Sequence[Task], settings: Settings, jobs: int) -> Iterator[Result]:
    if len(tasks) < 2:
        for task in tasks:
            yield build_commune(task, settings)
        return
    chunks = [list(tasks[start:start + _CHUNK]) for start in range(0, len(tasks), _CHUNK)]
    if jobs == 1:
        for chunk in chunks:
            yield from build_communes(chunk, settings)
        return
    from concurrent.futures.process import BrokenProcessPool

    done = 0
    while done < len(chunks):
        try:
            with _pool(min(jobs, len(chunks) - done), settings) as pool:
                for results in pool.map(_build_in_worker, chunks[done:]):
                    yield from results
                    done += 1
        except BrokenProcessPool:
            # A worker died (killed, out of memory): its communes fail, the others go on.
            for task in chunks[done]:
                yield _lost(task)
            done += 1


def _lost(task: Task) -> Result:
    message = _("the process building this commune stopped unexpectedly (killed, or out of "
                "memory?); the other communes go on; build it again")
    outcome = CommuneOutcome(task.source, task.source.name, issues=(Issue(task.source, message),))
    return Result(outcome, StateEntry("", (), None, True))


_WORKER_SETTINGS: list[Settings] = []


def _pool(jobs: int, settings: Settings | None = None) -> ProcessPoolExecutor:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # fork shares what the parent already imported and prepared; Windows and macOS spawn.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method),
                               initializer=_start_worker,
                               initargs=(current_language(), settings))


def _start_worker(language: str, settings: Settings | None) -> None:
    _die_with_parent()
    set_language(language)
    if settings is not None:
        _WORKER_SETTINGS[:] = [settings]


def _die_with_parent() -> None:
    """On Linux, a worker is killed with the build: it never writes after the build is gone."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    with contextlib.suppress(Exception):
        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _build_in_worker(tasks: list[Task]) -> list[Result]:
    return build_communes(tasks, _WORKER_SETTINGS[0])


def _map(function: Callable[[Path], Any], items: Sequence[Path], jobs: int) -> list[Any]:
    """`function` over `items`, in `jobs` processes when there are enough items to be worth it."""
    if jobs == 1 or len(items) < 64:
        return [function(item) for item in items]
    with _pool(jobs) as pool:
        return list(pool.map(function, items, chunksize=32))


def _offered_paths(files: Sequence[Path], kinds: Sequence[str],
                   context_builder: ContextBuilder) -> dict[str, set[str]] | None:
    """Union, by kind, of the variable paths the contexts of this batch offer."""
    offered: dict[str, set[str]] = {kind: set() for kind in kinds}
    found = False
    for paths in (_paths_of(path, kinds, context_builder) for path in files):
        if paths is None:
            continue
        found = True
        for kind in kinds:
            offered[kind] |= paths[kind]
    return offered if found else None  # nothing valid: check against the sample commune


def _paths_of(path: Path, kinds: Sequence[str],
              context_builder: ContextBuilder) -> dict[str, set[str]] | None:
    try:
        loaded = load_congress(path)
        return {kind: _context_paths(loaded, kind, context_builder) for kind in kinds}
    except CongressDocsError:
        return None
    except Exception:  # noqa: BLE001 - reported when the file is built
        return None


def _context_paths(loaded: LoadedCongress, kind: str, context_builder: ContextBuilder) -> set[str]:
    """What one kind's context offers; nothing when it is a kit document without its data."""
    try:
        return context_paths(context_builder(loaded, kind))
    except MissingDataError:
        return set()


def _mark_failures(outcomes: Sequence[CommuneOutcome], state: dict[str, StateEntry]) -> None:
    """A commune whose PDF failed is a failure for --only-failed too."""
    for outcome in outcomes:
        entry = state.get(state_key(outcome.source))
        if outcome.failed and entry is not None and not entry.failed:
            state[state_key(outcome.source)] = dataclasses.replace(entry, failed=True)
