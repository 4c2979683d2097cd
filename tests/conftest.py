from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "samples"


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
