"""Signal handlers across an in-process Dagster run (no Dagster import: the tests use it too)."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator


@contextlib.contextmanager
def signal_handlers_kept() -> Iterator[None]:
    """Restore SIGINT's and SIGTERM's handlers after an in-process Dagster run. Dagster captures
    interrupts during the run and, when it ends, maps SIGTERM to the SIGINT handler it found: in a
    process started with SIGINT ignored (a shell's background job), SIGTERM was then ignored too,
    by the process and by every child it started later (a `dbt docs serve` outlived `kill`)."""
    if threading.current_thread() is not threading.main_thread():
        yield   # (Dagster leaves the handlers alone off the main thread too)
        return
    saved = {signum: signal.getsignal(signum) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in saved.items():
            if handler is not None:   # None: set outside Python, cannot be restored from here
                signal.signal(signum, handler)
