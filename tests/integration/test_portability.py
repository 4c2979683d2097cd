"""The dbt project on a second adapter: compiled for PostgreSQL, and its raw sources and staging
layer built and tested on a real PostgreSQL server (a throwaway cluster on a unix socket).

What is DuckDB-only above staging, and how it would be ported, is in docs/scaling.md.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import duckdb
import psycopg2
import pytest

from chiso import warehouse
from chiso.extraction import EXTRACTOR_VERSION, extract
from chiso.settings import BUNDLED_ARTICLES_DIR
from orchestration.project import DBT_EXECUTABLE, dbt_project

RAW_SOURCES = ["ingested_files", "articles", "indicator_observations", "indicator_catalogue", "administrative_units"]
POSTGRES_TYPES = {"VARCHAR": "text", "BIGINT": "bigint", "INTEGER": "integer", "DOUBLE": "double precision",
                  "BOOLEAN": "boolean", "TIMESTAMP": "timestamp", "DATE": "date"}


def _server_binaries() -> Path | None:
    found = shutil.which("initdb") or next(iter(sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))), None)
    return Path(found).resolve().parent if found else None


@pytest.fixture(scope="module")
def postgres():
    binaries = _server_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server (initdb) on this machine")
    # The server refuses to run as root; the socket folder must be reachable by its user.
    as_server_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    root = Path(tempfile.mkdtemp(prefix="chiso-pg-"))
    if as_server_user:
        shutil.chown(root, "postgres")
    data, port = root / "data", 54000 + os.getpid() % 1000
    subprocess.run([*as_server_user, binaries / "initdb", "-D", data, "-A", "trust", "-U", "chiso"],
                   check=True, capture_output=True)
    subprocess.run([*as_server_user, binaries / "pg_ctl", "-D", data, "-w", "-l", root / "server.log",
                    "-o", f"-p {port} -k {root} -c listen_addresses=''", "start"], check=True, capture_output=True)
    try:
        admin = psycopg2.connect(host=str(root), port=port, user="chiso", dbname="postgres")
        admin.autocommit = True   # CREATE DATABASE cannot run in a transaction
        admin.cursor().execute("CREATE DATABASE chiso")
        admin.close()
        yield {"host": str(root), "port": port, "user": "chiso", "dbname": "chiso"}
    finally:
        subprocess.run([*as_server_user, binaries / "pg_ctl", "-D", data, "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture(scope="module")
def postgres_profile(postgres, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("profiles")
    (folder / "profiles.yml").write_text(
        "chiso:\n  target: postgres\n  outputs:\n    postgres:\n      type: postgres\n"
        f"      host: {postgres['host']}\n      port: {postgres['port']}\n      user: chiso\n"
        "      password: ''\n      dbname: chiso\n      schema: main\n      threads: 1\n")
    return folder


def _dbt(profile: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([DBT_EXECUTABLE, *args, "--profiles-dir", str(profile),
                           "--target-path", str(tmp_path / "target"), "--log-path", str(tmp_path / "logs")],
                          cwd=dbt_project.project_dir, capture_output=True, text=True,
                          env={**os.environ, "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"})


def _raw_layer_of_some_samples(folder: Path) -> Path:
    """The raw tables as the Python assets write them, for eight bundled articles."""
    landing = folder / "landing"
    landing.mkdir()
    for path in sorted(p for p in BUNDLED_ARTICLES_DIR.iterdir() if p.is_file())[:8]:
        shutil.copy(path, landing / path.name)
    with warehouse.connect(folder / "chiso.duckdb") as conn:
        warehouse.ingest_folder(conn, landing, folder / "quarantine")
        warehouse.extract_pending(conn, extract, EXTRACTOR_VERSION)
        warehouse.load_indicator_catalogue(conn)
        warehouse.load_administrative_units(conn)
    return folder / "chiso.duckdb"


def _copy_to_postgres(duckdb_path: Path, postgres: dict) -> dict[str, int]:
    counts = {}
    with duckdb.connect(str(duckdb_path), read_only=True) as source, psycopg2.connect(**postgres) as target:
        cursor = target.cursor()
        cursor.execute("CREATE SCHEMA raw")
        for table in RAW_SOURCES:
            columns = source.execute(f"SELECT column_name, column_type FROM (DESCRIBE raw.{table})").fetchall()
            cursor.execute(f"CREATE TABLE raw.{table} ("
                           + ", ".join(f"{name} {POSTGRES_TYPES[kind]}" for name, kind in columns) + ")")
            rows = source.execute(f"SELECT * FROM raw.{table}").fetchall()
            cursor.executemany(f"INSERT INTO raw.{table} VALUES ({', '.join(['%s'] * len(columns))})", rows)
            counts[table] = len(rows)
    return counts


def test_every_model_compiles_for_postgres(postgres_profile, tmp_path):
    result = _dbt(postgres_profile, tmp_path, "compile")
    assert result.returncode == 0, result.stdout[-3000:]
    compiled = {p.stem for p in (tmp_path / "target" / "compiled" / "chiso" / "models").rglob("*.sql")}
    models = {p.stem for p in (dbt_project.project_dir / "models").rglob("*.sql")}
    assert models and compiled >= models


def test_raw_sources_and_staging_build_and_pass_their_tests_on_postgres(postgres, postgres_profile, tmp_path):
    counts = _copy_to_postgres(_raw_layer_of_some_samples(tmp_path), postgres)
    assert counts["articles"] >= 8 and counts["indicator_observations"] > 20

    result = _dbt(postgres_profile, tmp_path, "build", "--select", "source:chiso_raw", "staging",
                  "--exclude-resource-type", "unit_test")
    assert result.returncode == 0, result.stdout[-3000:]
    with psycopg2.connect(**postgres) as conn:
        cursor = conn.cursor()
        cursor.execute("SELECT count(*) FROM staging.stg_chiso__indicator_observations")
        assert cursor.fetchone()[0] == counts["indicator_observations"]
