"""Progress on a terminal: count, rate and ETA on one rewritten line of stderr.

Silent unless the stream is a terminal, so piped and captured output stays machine-readable.
A command that knows it runs at a terminal (``chiso build``) sets ``CHISO_PROGRESS_TTY=1``: the
Dagster run it starts captures the steps' stderr into compute logs, so progress then goes to the
controlling terminal itself.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

TTY_ENV = "CHISO_PROGRESS_TTY"


def _terminal_stream(stream: TextIO) -> TextIO | None:
    if stream.isatty():
        return stream
    if os.environ.get(TTY_ENV) == "1":
        try:
            return open("/dev/tty", "w", encoding="utf-8")  # noqa: SIM115 - closed in Progress.close
        except OSError:
            return None
    return None


class Progress:
    def __init__(self, label: str, total: int | None = None, unit: str = "files",
                 stream: TextIO | None = None, enabled: bool | None = None, min_interval: float = 0.1) -> None:
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream or sys.stderr
        if enabled is None:
            terminal = _terminal_stream(self.stream)
            enabled = terminal is not None
            self.stream = terminal or self.stream
        self.enabled = enabled
        self.done = 0
        self._start = time.monotonic()
        self._last_draw = 0.0
        self._min_interval = min_interval

    def advance(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self._last_draw >= self._min_interval or self.done == self.total):
            self._last_draw = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def line(self, now: float | None = None) -> str:
        elapsed = max((now or time.monotonic()) - self._start, 1e-9)
        rate = self.done / elapsed
        text = f"{self.label}: {self.done}"
        if self.total:
            text += f"/{self.total}"
            if rate > 0 and self.done < self.total:
                remaining = int((self.total - self.done) / rate)
                text += f" {self.unit}  {rate:.1f}/s  ETA {remaining // 60}:{remaining % 60:02d}"
            else:
                text += f" {self.unit}  {rate:.1f}/s"
        else:
            text += f" {self.unit}  {rate:.1f}/s"
        return text

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()
        if self.stream not in (sys.stderr, sys.stdout) and getattr(self.stream, "name", "") == "/dev/tty":
            self.stream.close()
