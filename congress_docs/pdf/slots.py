"""Conversion lanes: a long-lived soffice driven over UNO (warm), or one soffice per file (cold)."""

from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from congress_docs.i18n import _
from congress_docs.pdf.locate import clean_python_env
from congress_docs.pdf.process import kill_tree, spawn

__all__ = [
    "ColdSlot",
    "Outcome",
    "Slot",
    "SlotStartError",
    "WarmSlot",
    "input_filter",
    "unreadable_error",
]

WORKER_SCRIPT = Path(__file__).with_name("_lo_worker.py")
_QUIT_GRACE = 15.0
_POLL = 0.2
_COMMON_FLAGS = ("--headless", "--invisible", "--nologo", "--norestore", "--nodefault")
# Forcing the import filter makes a broken .docx fail instead of being imported as plain text.
_INPUT_FILTERS = {
    ".docx": "MS Word 2007 XML",
    ".docm": "MS Word 2007 XML VBA",
    ".doc": "MS Word 97",
    ".odt": "writer8",
    ".rtf": "Rich Text Format",
}


class SlotStartError(Exception):
    """Raised inside the pdf package when a LibreOffice instance cannot be started."""


@dataclass(frozen=True)
class Outcome:
    """What one conversion attempt gave: no error, or an error and whether a retry makes sense."""

    error: str | None = None
    retryable: bool = False


class Slot(Protocol):
    """A lane that converts one document at a time."""

    def start(self) -> None:
        """Get ready to convert (may take seconds)."""

    def convert(self, source: Path, target: Path, timeout: float) -> Outcome:
        """Convert `source` into the PDF file `target`."""

    def close(self) -> None:
        """Stop every process this lane started."""


def input_filter(source: Path) -> str:
    """Return LibreOffice's import filter for a file name, or "" to let it guess."""
    return _INPUT_FILTERS.get(source.suffix.lower(), "")


def profile_args(profile: Path) -> list[str]:
    """Give an instance its own user profile; two soffice on one profile block each other."""
    remove_stale_lock(profile)
    return [f"-env:UserInstallation={profile.absolute().as_uri()}"]


def remove_stale_lock(profile: Path) -> None:
    """Delete the lock a killed soffice leaves in its profile; the profile is ours alone."""
    (profile / ".lock").unlink(missing_ok=True)


def unreadable_error(detail: str) -> str:
    """Say that the source is not a document LibreOffice can open."""
    message = _("LibreOffice could not open the file as a document; is it a valid .docx?")
    return f"{message} ({detail})" if detail else message


def timeout_error(seconds: float) -> str:
    """Say that LibreOffice hung on a document."""
    return _("LibreOffice did not finish within {seconds:g} s; it was stopped").format(
        seconds=seconds
    )


class WarmSlot:
    """One soffice kept running, driven by a helper under LibreOffice's Python (JSON lines)."""

    def __init__(
        self,
        soffice: Path,
        python: Path,
        profile: Path,
        startup_timeout: float,
        restart_every: int = 0,
    ) -> None:
        self._soffice = soffice
        self._python = python
        self._profile = profile
        self._log = profile.with_suffix(".log")
        self._startup_timeout = startup_timeout
        self._restart_every = restart_every
        self._served = 0
        self._office: subprocess.Popen[bytes] | None = None
        self._helper: subprocess.Popen[bytes] | None = None
        self._replies: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.starts = 0

    @property
    def office_pid(self) -> int | None:
        """Process id of the running soffice, leader of its process group; None when stopped."""
        return self._office.pid if self._office is not None else None

    def running(self) -> bool:
        """Tell whether both soffice and its helper are alive."""
        return all(p is not None and p.poll() is None for p in (self._office, self._helper))

    def start(self) -> None:
        """Start soffice and the helper unless both already run; wait until the helper connects."""
        if self.running():
            return
        self.kill()
        self._profile.mkdir(parents=True, exist_ok=True)
        pipe = f"congress_docs_{uuid.uuid4().hex}"
        accept = f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"
        self._office = spawn(
            [str(self._soffice), *_COMMON_FLAGS, *profile_args(self._profile), accept]
        )
        with self._log.open("ab") as log:
            self._helper = spawn(
                [
                    str(self._python),
                    str(WORKER_SCRIPT),
                    "--pipe",
                    pipe,
                    "--connect-timeout",
                    str(self._startup_timeout),
                ],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=log,
                env=clean_python_env(),
            )
        self._replies = queue.Queue()
        assert self._helper.stdout is not None
        threading.Thread(
            target=_pump, args=(self._helper.stdout, self._replies), daemon=True
        ).start()
        self.starts += 1
        self._served = 0
        try:
            self._await_ready()
        except SlotStartError:
            self.kill()
            raise

    def _await_ready(self) -> None:
        deadline = time.monotonic() + self._startup_timeout + 5.0
        while True:
            try:
                message = self._replies.get(timeout=_POLL)
            except queue.Empty:
                code = self._office.poll() if self._office is not None else None
                if code is not None:
                    raise SlotStartError(f"soffice exited with code {code}") from None
                if time.monotonic() > deadline:
                    raise SlotStartError(f"no answer within {self._startup_timeout:g} s") from None
                continue
            if message is None:
                raise SlotStartError("UNO helper exited: " + self._log_tail())
            if "ready" in message:
                if message["ready"]:
                    return
                raise SlotStartError(str(message.get("error", "")))

    def _log_tail(self) -> str:
        try:
            lines = self._log.read_text(encoding="utf-8", errors="replace").strip().splitlines()
        except OSError:
            return ""
        return " | ".join(lines[-3:])

    def convert(self, source: Path, target: Path, timeout: float) -> Outcome:
        """Send one request and wait at most `timeout` seconds; kill both processes on a hang."""
        if self._restart_every and self._served >= self._restart_every:
            self.close()  # a fresh soffice now and then keeps leaks from piling up
        try:
            self.start()
        except SlotStartError as err:
            return Outcome(_("LibreOffice could not start: {detail}").format(detail=err))
        self._served += 1
        request = {"src": str(source), "out": str(target), "filter": input_filter(source)}
        try:
            self._send(request)
            reply = self._replies.get(timeout=timeout)
        except queue.Empty:
            self.kill()
            return Outcome(timeout_error(timeout), retryable=True)
        except OSError:
            reply = None
        if reply is None:
            self.kill()
            return Outcome(_("LibreOffice stopped while converting this file"), retryable=True)
        if reply.get("ok"):
            return Outcome()
        detail = str(reply.get("error", ""))
        if reply.get("fatal"):
            self.kill()
            return Outcome(
                _("LibreOffice crashed on this file: {detail}").format(detail=detail), True
            )
        if reply.get("stage") == "load":
            return Outcome(unreadable_error(detail))
        return Outcome(_("LibreOffice could not convert the file: {detail}").format(detail=detail))

    def _send(self, message: dict[str, Any]) -> None:
        assert self._helper is not None and self._helper.stdin is not None
        self._helper.stdin.write((json.dumps(message, ensure_ascii=True) + "\n").encode("ascii"))
        self._helper.stdin.flush()

    def close(self) -> None:
        """Ask soffice to quit, give it a moment, then make sure nothing is left."""
        if self.running():
            try:
                self._send({"cmd": "quit"})
                assert self._helper is not None and self._office is not None
                self._helper.wait(timeout=_QUIT_GRACE)
                self._office.wait(timeout=_QUIT_GRACE)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self.kill()

    def kill(self) -> None:
        """Kill soffice and the helper with everything they started."""
        for proc in (self._helper, self._office):
            if proc is not None:
                kill_tree(proc)
        self._helper = self._office = None


def _pump(stream: IO[bytes], replies: queue.Queue[dict[str, Any] | None]) -> None:
    """Move the helper's JSON lines into a queue so the reader can wait with a timeout."""
    for line in iter(stream.readline, b""):
        try:
            message = json.loads(line.decode("utf-8"))
        except ValueError:
            continue  # stray output from a library, not part of the protocol
        if isinstance(message, dict):
            replies.put(message)
    replies.put(None)


class ColdSlot:
    """A fresh `soffice --convert-to pdf` per document: slow, needs no UNO."""

    def __init__(self, soffice: Path, profile: Path) -> None:
        self._soffice = soffice
        self._profile = profile

    def start(self) -> None:
        """Nothing to start; each document gets its own process."""

    def convert(self, source: Path, target: Path, timeout: float) -> Outcome:
        """Run soffice once; `target` must be <folder>/<source stem>.pdf, as soffice names it."""
        args = [str(self._soffice), *_COMMON_FLAGS, *profile_args(self._profile)]
        filter_name = input_filter(source)
        if filter_name:
            args.append(f"--infilter={filter_name}")
        args += ["--convert-to", "pdf", "--outdir", str(target.parent), str(source)]
        proc = spawn(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            _output, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            kill_tree(proc)
            return Outcome(timeout_error(timeout), retryable=True)
        if target.is_file():
            return Outcome()
        detail = _last_error(err)
        if "could not be loaded" in detail:
            return Outcome(unreadable_error(""))
        return Outcome(_("LibreOffice produced no PDF: {detail}").format(detail=detail))

    def close(self) -> None:
        """Nothing outlives a conversion."""


def _last_error(stderr: bytes) -> str:
    lines = [line.strip() for line in stderr.decode("utf-8", "replace").splitlines()]
    # LibreOffice always warns about javaldx on machines without Java; that is not the cause.
    useful = [line for line in lines if line and "javaldx" not in line]
    return useful[-1] if useful else ""
