"""Where things are: the one place that reads Chỉ số's environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_ARTICLES_DIR = REPO_ROOT / "samples" / "articles"
DEFAULT_WAREHOUSE_DIR = REPO_ROOT / "warehouse"
DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"


@dataclass(frozen=True)
class Settings:
    articles_dir: Path
    warehouse_dir: Path
    crawl_sites_file: str = ""  # a JSON file of news sites; empty: the crawler is off

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            articles_dir=Path(os.environ.get("CHISO_ARTICLES_DIR") or BUNDLED_ARTICLES_DIR).resolve(),
            warehouse_dir=Path(os.environ.get("CHISO_WAREHOUSE_DIR") or DEFAULT_WAREHOUSE_DIR).resolve(),
            crawl_sites_file=os.environ.get("CHISO_CRAWL_SITES", ""),
        )
