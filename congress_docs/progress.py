"""Show a long build's progress: a bar on a terminal, plain lines in a log or a pipe."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TextIO

from congress_docs.build_report import CommuneOutcome
from congress_docs.i18n import _

__all__ = ["BuildProgress"]

_BAR = 24
_REDRAW = 0.1  # seconds between two redraws of the bar
_LINE_EVERY = 10.0  # seconds between two plain lines, besides one line per tenth of the work


class BuildProgress:
    """Called after each commune (see congress_docs.build.Progress); writes to `stream`."""

    def __init__(self, stream: TextIO, *, tty: bool | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream = stream
        self.tty = stream.isatty() if tty is None else tty
        self.clock = clock
        self.started = clock()
        self.documents = 0
        self.failed = 0
        self._shown = 0.0
        self._tenth = 0

    def __call__(self, outcome: CommuneOutcome, done: int, total: int) -> None:
        self.documents += len(outcome.documents)
        self.failed += outcome.failed
        now = self.clock()
        if self.tty:
            if done == total or now - self._shown >= _REDRAW:
                self._shown = now
                self.stream.write("\r" + self._bar(done, total, now))
                if done == total:
                    self.stream.write("\n")
                self.stream.flush()
            return
        tenth = done * 10 // total
        if tenth > self._tenth or now - self._shown >= _LINE_EVERY or done == total:
            self._tenth, self._shown = tenth, now
            self.stream.write(self._line(done, total, now) + "\n")
            self.stream.flush()

    def _figures(self, done: int, total: int, now: float) -> dict[str, object]:
        elapsed = max(now - self.started, 1e-9)
        left = elapsed / done * (total - done) if done else 0.0
        return {"done": done, "total": total, "percent": done * 100 // total,
                "documents": self.documents, "failed": self.failed,
                "rate": self.documents / elapsed, "left": _duration(left)}

    def _bar(self, done: int, total: int, now: float) -> str:
        filled = done * _BAR // total
        bar = "#" * filled + "." * (_BAR - filled)
        text = _("{done}/{total} communes, {documents} documents, {failed} failed, "
                 "{rate:.1f}/s, {left} left").format(**self._figures(done, total, now))
        return f"[{bar}] {text}"

    def _line(self, done: int, total: int, now: float) -> str:
        return _("progress: {done}/{total} communes ({percent}%), {documents} documents, "
                 "{failed} failed, {rate:.1f} documents/s, about {left} left").format(
                     **self._figures(done, total, now))


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{rest:02d}s" if minutes else f"{rest}s"
