"""Configurable resources: the landing folder and the DuckDB warehouse."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import duckdb
from dagster import ConfigurableResource

from chiso import warehouse


class LandingFolder(ConfigurableResource):
    """The folder of raw article files (text, HTML, JSON lines) that feeds the warehouse."""

    path: str

    @property
    def root(self) -> Path:
        return Path(self.path)


class Warehouse(ConfigurableResource):
    """The warehouse folder: the working database, the serving snapshot and quarantine."""

    path: str
    max_file_bytes: int = warehouse.DEFAULT_MAX_FILE_BYTES

    @property
    def root(self) -> Path:
        return Path(self.path)

    @property
    def duckdb_path(self) -> Path:
        return self.root / "chiso.duckdb"

    @property
    def serving_path(self) -> Path:
        return self.root / "serving.duckdb"

    @property
    def quarantine_dir(self) -> Path:
        return self.root / "quarantine"

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the working database, closed on exit so dbt can open the file next."""
        conn = warehouse.connect(self.duckdb_path, read_only=read_only)
        try:
            yield conn
        finally:
            conn.close()
