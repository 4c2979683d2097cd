"""Progress on a terminal: count, rate and ETA on one rewritten line of stderr.

Silent unless the stream is a terminal, so piped and captured output stays machine-readable.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Progress:
    def __init__(self, label: str, total: int | None = None, unit: str = "files",
                 stream: TextIO | None = None, enabled: bool | None = None, min_interval: float = 0.1) -> None:
        self.label, self.total, self.unit = label, total, unit
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
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
