"""Convert batches of .docx to PDF beside each file: N LibreOffice lanes, timeouts, restarts."""

from __future__ import annotations

import queue
import shutil
import tempfile
import threading
import time
import weakref
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Literal

from congress_docs.errors import ConversionError
from congress_docs.i18n import _
from congress_docs.pdf.locate import find_soffice, find_uno_python
from congress_docs.pdf.slots import ColdSlot, Outcome, Slot, SlotStartError, WarmSlot

__all__ = [
    "Mode",
    "PdfConverter",
    "PdfResult",
    "convert_to_pdf",
    "install_hints",
    "not_found_message",
]

Mode = Literal["warm", "cold"]


@dataclass(frozen=True)
class PdfResult:
    """One document's fate: the PDF written or why not, and the seconds spent (retries included)."""

    source: Path
    pdf: Path | None
    error: str | None
    seconds: float

    @property
    def ok(self) -> bool:
        """Tell whether the PDF was written."""
        return self.error is None


def not_found_message() -> str:
    """Say that LibreOffice is missing and how to get it."""
    return " ".join([_("LibreOffice was not found."), *install_hints()])


def install_hints() -> list[str]:
    """Tell how to install LibreOffice on Debian/Ubuntu and on Windows, or point us at it."""
    return [
        _("Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui python3-uno."),
        _("Windows: install LibreOffice from https://www.libreoffice.org/download/ ."),
        _("Or set CONGRESS_DOCS_SOFFICE to the path of the soffice program."),
    ]


class PdfConverter:
    """Converts .docx files to PDF through LibreOffice; use as a context manager.

    mode "warm" keeps one soffice per worker alive and drives it through UNO; it falls back to
    "cold" (one soffice process per document) when no Python with UNO is found (see `.mode`).
    A document that fails, hangs past `timeout` seconds or crashes LibreOffice is recorded in its
    PdfResult; a hung or crashed LibreOffice is killed and restarted, the document retried
    `retries` times. A warm LibreOffice is also restarted after every `restart_every` documents
    (0: never), which keeps slow memory growth over thousands of documents in check.
    """

    def __init__(
        self,
        *,
        workers: int = 1,
        timeout: float = 60.0,
        mode: Mode = "warm",
        retries: int = 1,
        startup_timeout: float = 120.0,
        restart_every: int = 200,
        soffice: Path | None = None,
    ) -> None:
        if min(workers, timeout, startup_timeout) <= 0 or min(retries, restart_every) < 0:
            raise ValueError("workers >= 1, timeouts > 0, retries >= 0, restart_every >= 0")
        found = soffice or find_soffice()
        if found is None:
            raise ConversionError(not_found_message())
        self.soffice = found
        self.workers = workers
        self.timeout = timeout
        self.retries = retries
        self.startup_timeout = startup_timeout
        self.restart_every = restart_every
        self._python = find_uno_python(found) if mode == "warm" else None
        self.mode: Mode = "warm" if self._python is not None else "cold"
        self._slots: list[Slot] = []
        self._finalizer: weakref.finalize[[list[Slot], Path], PdfConverter] | None = None

    def __enter__(self) -> PdfConverter:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def office_pids(self) -> tuple[int, ...]:
        """Process ids of the running warm soffice instances, each leading its process group."""
        pids = (slot.office_pid for slot in self._slots if isinstance(slot, WarmSlot))
        return tuple(pid for pid in pids if pid is not None)

    def start(self) -> None:
        """Start the workers' LibreOffice instances (done by `with` and by the first convert)."""
        if self._finalizer is not None:
            return
        root = Path(tempfile.mkdtemp(prefix="congress-docs-lo-"))
        self._slots = [self._make_slot(root / f"profile-{n}") for n in range(self.workers)]
        self._finalizer = weakref.finalize(self, _shutdown, list(self._slots), root)
        try:
            with ThreadPoolExecutor(max_workers=self.workers) as pool:
                list(pool.map(lambda slot: slot.start(), self._slots))
        except SlotStartError as err:
            self.close()
            raise ConversionError(
                _("LibreOffice could not start: {detail}").format(detail=err)
            ) from err

    def _make_slot(self, profile: Path) -> Slot:
        if self._python is not None:
            return WarmSlot(
                self.soffice, self._python, profile, self.startup_timeout, self.restart_every
            )
        return ColdSlot(self.soffice, profile)

    def close(self) -> None:
        """Stop every LibreOffice this converter started and delete their profiles."""
        if self._finalizer is not None:
            self._finalizer()
        self._finalizer = None
        self._slots = []

    def convert(self, docx_paths: Sequence[Path]) -> list[PdfResult]:
        """Write <name>.pdf beside each file; return one result per path, in the same order."""
        if not docx_paths:
            return []
        self.start()
        jobs: queue.Queue[int] = queue.Queue()
        for index in range(len(docx_paths)):
            jobs.put(index)
        results: list[PdfResult | None] = [None] * len(docx_paths)

        def drain(slot: Slot) -> None:
            while True:
                try:
                    index = jobs.get_nowait()
                except queue.Empty:
                    return
                results[index] = self._convert_guarded(slot, Path(docx_paths[index]))

        lanes = [threading.Thread(target=drain, args=(slot,)) for slot in self._slots]
        for lane in lanes:
            lane.start()
        for lane in lanes:
            lane.join()
        return [result for result in results if result is not None]

    def _convert_guarded(self, slot: Slot, source: Path) -> PdfResult:
        # One document must never stop the batch, whatever goes wrong with it.
        try:
            return self._convert_one(slot, source)
        except Exception as err:  # noqa: BLE001
            return PdfResult(source, None, _("Unexpected error: {detail}").format(detail=err), 0.0)

    def _convert_one(self, slot: Slot, source: Path) -> PdfResult:
        started = time.monotonic()
        target = source.with_suffix(".pdf")
        error = convert_atomically(slot, source, target, self.timeout, self.retries)
        seconds = time.monotonic() - started
        return PdfResult(source, None if error else target, error, seconds)


def convert_atomically(
    slot: Slot, source: Path, target: Path, timeout: float, retries: int
) -> str | None:
    """Convert into a hidden folder beside the target, then move the PDF in; return the error."""
    if not source.is_file():
        return _("The file does not exist: {path}").format(path=source)
    try:
        # Same folder as the target, so the final move is an atomic rename; absolute for soffice.
        staging = Path(tempfile.mkdtemp(prefix=".pdf-tmp-", dir=target.absolute().parent))
    except OSError as err:
        return _("Cannot write beside the file: {detail}").format(detail=err)
    try:
        staged = staging / (source.stem + ".pdf")
        outcome = Outcome()
        for _attempt in range(retries + 1):
            outcome = slot.convert(source.resolve(), staged, timeout)
            if outcome.error is None or not outcome.retryable:
                break
        if outcome.error is not None:
            return outcome.error
        if not staged.is_file():
            return _("LibreOffice produced no PDF: {detail}").format(detail=source.name)
        staged.replace(target)
    except OSError as err:
        return _("Cannot write beside the file: {detail}").format(detail=err)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return None


def _shutdown(slots: list[Slot], root: Path) -> None:
    """Close all lanes at once (each may wait for soffice to quit), then drop the profiles."""
    if slots:
        with ThreadPoolExecutor(max_workers=len(slots)) as pool:
            list(pool.map(lambda slot: slot.close(), slots))
    shutil.rmtree(root, ignore_errors=True)


def convert_to_pdf(
    docx_paths: Sequence[Path], *, workers: int = 1, timeout: float = 60.0
) -> list[PdfResult]:
    """Convert a batch with a converter started and stopped around it."""
    with PdfConverter(workers=workers, timeout=timeout) as converter:
        return converter.convert(docx_paths)
