"""Whole-build benchmarks: wall time and peak memory of `chiso build` at several corpus sizes,
an incremental build after adding 1% new articles, and the time to load the Dagster definitions.

Each build runs as a child process (`chiso build`), so its peak resident memory is measured
by the operating system (getrusage of the children) rather than estimated.

    .venv/bin/python bench/build.py [--sizes 1000 10000 100000] [--incremental-at 10000] [--repeat 3] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from bench.generate import generate  # noqa: E402
from bench.timing import best_in_turns  # noqa: E402

BIN = Path(sys.executable).parent


def timed_child(command: list[str], env: dict | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Run a child to completion: (seconds, peak RSS in MB of that child, result)."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: exec the command with its output captured to a file
        with open(os.environ.get("BENCH_LOG", os.devnull), "ab") as log:
            os.dup2(log.fileno(), 1)
            os.dup2(log.fileno(), 2)
        os.execve(command[0], command, {**os.environ, **(env or {})})
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    completed = subprocess.CompletedProcess(command, os.waitstatus_to_exitcode(status))
    return seconds, usage.ru_maxrss / 1024, completed


def build(articles: Path, warehouse: Path) -> tuple[float, float]:
    seconds, peak_mb, result = timed_child([str(BIN / "chiso"), "build", "--articles", str(articles),
                                            "--warehouse", str(warehouse)], env={"DAGSTER_HOME": ""})
    if result.returncode != 0:
        raise SystemExit(f"chiso build failed on {articles} (see $BENCH_LOG)")
    return seconds, peak_mb


def import_seconds(statements: list[str], runs: int = 5) -> list[float]:
    """Best wall time of a fresh interpreter running each of ``statements`` (imports are all
    they do), taken in turns so that a noisy spell of the machine slows them alike."""
    def importing(statement: str):
        def run() -> None:
            if timed_child([sys.executable, "-c", statement])[2].returncode != 0:
                raise SystemExit(f"{statement!r} failed")
        return run

    return best_in_turns(runs, *map(importing, statements))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--incremental-at", type=int, nargs="+", default=[10000],
                        help="sizes at which to add 1%% new articles and build again (0: none)")
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=1,
                        help="builds of each kind; the best and the median are printed (the machine is noisy)")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="chiso-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("BENCH_LOG", str(workdir / "bench.log"))
    print(f"workdir: {workdir} (build logs in {os.environ['BENCH_LOG']})")
    definitions, libraries = import_seconds(["import orchestration.definitions", "import dagster, dagster_dbt"])
    print(f"definitions load: {definitions:.2f} s (best of 5, target <= 3 s); importing dagster and "
          f"dagster-dbt alone: {libraries:.2f} s (taken in turns with it)")

    incremental_at = set(args.incremental_at) - {0}
    for size in sorted(set(args.sizes) | incremental_at):
        corpus, wh = workdir / f"corpus-{size}", workdir / f"wh-{size}"
        if not corpus.exists():
            generate(corpus, count=size, seed=size)
        for added in corpus.glob("new-*"):  # the 1% of an earlier run in the same workdir
            added.unlink()
        full = []
        for _ in range(args.repeat):
            shutil.rmtree(wh, ignore_errors=True)
            full.append(build(corpus, wh))
        megabytes = sum(p.stat().st_size for p in corpus.iterdir()) / 1e6
        print(f"full build {size:>7} articles ({megabytes:7.1f} MB): {_times(full)}"
              f"  ({size / min(t for t, _ in full):6.1f} articles/s)")
        if size in incremental_at:
            extra = corpus.parent / f"corpus-{size}-extra"
            if not extra.exists():
                generate(extra, count=max(1, size // 100), seed=size + 1)
            built = wh.with_name(wh.name + "-full")   # each incremental starts from the same full build
            shutil.rmtree(built, ignore_errors=True)
            shutil.copytree(wh, built)
            for path in extra.iterdir():  # 1% new articles land beside the old ones
                shutil.copy(path, corpus / f"new-{path.name}")
            incremental = []
            for _ in range(args.repeat):
                shutil.rmtree(wh)
                shutil.copytree(built, wh)
                incremental.append(build(corpus, wh))
            print(f"incremental +1% at {size}: {_times(incremental)}  = {_ratio(incremental, full)} the full build "
                  f"(target <= 0.2x)")
            unchanged = [build(corpus, wh) for _ in range(args.repeat)]
            print(f"rebuild with nothing new at {size}: {_times(unchanged)}  = {_ratio(unchanged, full)}")
            shutil.rmtree(built)


def _times(runs: list[tuple[float, float]]) -> str:
    seconds = sorted(t for t, _ in runs)
    spread = f" (median {statistics.median(seconds):.1f} s of {len(seconds)})" if len(seconds) > 1 else ""
    return f"{seconds[0]:8.1f} s{spread}  peak {max(m for _, m in runs):7.0f} MB"


def _ratio(runs: list[tuple[float, float]], full: list[tuple[float, float]]) -> str:
    best = min(t for t, _ in runs) / min(t for t, _ in full)
    if len(runs) == 1:
        return f"{best:.2f}x"
    median = statistics.median(t for t, _ in runs) / statistics.median(t for t, _ in full)
    return f"{best:.2f}x (best) / {median:.2f}x (median)"

if __name__ == "__main__":
    main()
