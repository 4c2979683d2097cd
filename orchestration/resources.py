"""Configurable resources: the landing folder, the DuckDB warehouse and the dbt CLI."""

from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from dagster import ConfigurableResource
from dagster_dbt import DbtCliResource
from dbt.version import __version__ as DBT_CORE_VERSION
from packaging import version

from chiso import warehouse

if TYPE_CHECKING:
    import duckdb


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

    @property
    def report_dir(self) -> Path:
        return self.root / "report"

    @property
    def cache_dir(self) -> Path:
        """Results kept between builds (the gold-set scores), each keyed by what produced it."""
        return self.root / "cache"

    @property
    def dbt_target_path(self) -> Path:
        """dbt's target folder for the builds of this warehouse (see the dbt asset)."""
        return self.root / "dbt_target"

    @contextmanager
    def connect(self, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """A connection to the working database, closed on exit so dbt can open the file next."""
        conn = warehouse.connect(self.duckdb_path, read_only=read_only)
        try:
            yield conn
        finally:
            conn.close()


class LocalDbtCli(DbtCliResource):
    """dagster-dbt's dbt CLI resource for a dbt-core installed in this very environment.

    Before each `dbt build` the stock resource spends about 6.5 s on two things this project does
    not need, a fixed cost that dominated small incremental builds:
    - it runs `dbt --version` in a child process to learn which engine it drives (4.5 s: a
      cold dbt import plus a PyPI lookup for a newer release, which waits out its timeout
      when the network is closed); `dbt_executable` is the dbt of this environment
      (`orchestration/project.py`), so the version of the dbt-core package imported here is
      the answer;
    - it opens a dbt adapter in process (2 s) that is used only by `fetch_row_counts` and
      `fetch_column_metadata`; the dbt asset reads its row counts itself, after dbt has exited.
    Both overrides are private hooks of dagster-dbt, which is pinned in pyproject.toml;
    `tests/integration/test_dbt_resource.py` fails if either comes back.
    """

    @property
    def _cli_version(self) -> version.Version:
        return version.parse(DBT_CORE_VERSION)

    def _initialize_dbt_core_adapter(self, args):  # noqa: ANN001 - dagster-dbt's signature
        return None
