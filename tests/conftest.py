from __future__ import annotations

from pathlib import Path

import pytest

from orchestration.signals import signal_handlers_kept

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "samples"


@pytest.fixture(autouse=True)
def signal_handlers_restored():
    """Each test starts with the signal handlers the session started with: a Dagster run in
    process (a test's own `materialize`, a sensor's evaluation) maps SIGTERM to the SIGINT handler,
    which every later child of the test process would inherit when that is SIG_IGN (pytest run
    as a background job): `chiso docs` then outlived the SIGTERM of its test."""
    with signal_handlers_kept():
        yield


@pytest.fixture
def landing(tmp_path: Path) -> Path:
    folder = tmp_path / "landing"
    folder.mkdir()
    return folder


def write_article(folder: Path, name: str, title: str | None, date_line: str | None, body: str) -> Path:
    parts = [p for p in (title, date_line) if p is not None]
    path = folder / name
    path.write_text("\n\n".join(parts + [body]) + "\n", encoding="utf-8")
    return path
