"""Fingerprints of code and environment: what a cached result was computed with.

A result kept between builds (the gold-set scores, the published serving.duckdb) may be reused
only while the code and the installed packages that produced it are the same; these hashes say
when they are not. They err on the side of change: any edit of a file, any package upgrade.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Iterable

# Folders that hold what a tool wrote, not what it reads.
_GENERATED = {"__pycache__", "target", "logs", "dbt_packages", ".pytest_cache"}


def files_fingerprint(roots: Iterable[Path]) -> str:
    """A hash of every file below ``roots`` (paths relative to their root, and contents)."""
    digest = hashlib.sha256()
    for root in map(Path, roots):
        files = [root] if root.is_file() else list(_source_files(root))
        for path in sorted(files):
            digest.update(f"{root.name}/{path.relative_to(root) if path != root else ''}".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _source_files(root: Path) -> Iterable[Path]:
    for folder, subfolders, names in os.walk(root):
        subfolders[:] = [name for name in subfolders if name not in _GENERATED]   # not walked at all
        yield from (Path(folder) / name for name in names)


@lru_cache(maxsize=1)
def environment_fingerprint() -> str:
    """A hash of the Python version and of every installed distribution with its version."""
    installed = sorted({(d.metadata["Name"] or "").lower(): d.version for d in metadata.distributions()}.items())
    return hashlib.sha256(repr((sys.version_info[:3], installed)).encode()).hexdigest()


def code_fingerprint(roots: Iterable[Path]) -> str:
    """A hash of the files below ``roots`` and of the environment that runs them."""
    return hashlib.sha256(f"{files_fingerprint(roots)}|{environment_fingerprint()}".encode()).hexdigest()
