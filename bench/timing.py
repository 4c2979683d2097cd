"""Timing helpers for the benchmarks: best-of timings, taken in turns when they are compared."""

from __future__ import annotations

import time
from typing import Callable


def best_of(runs: int, fn: Callable[[], object]) -> float:
    """The best wall time of ``runs`` calls of ``fn``."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def best_in_turns(runs: int, *fns: Callable[[], object]) -> list[float]:
    """The best time of each of ``fns`` over ``runs`` rounds that run them one after the other,
    so that a slow spell of the (shared) machine slows each alike and their ratio holds."""
    best = [float("inf")] * len(fns)
    for _ in range(runs):
        for i, fn in enumerate(fns):
            best[i] = min(best[i], best_of(1, fn))
    return best
