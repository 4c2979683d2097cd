"""The raw layer of the DuckDB warehouse and the publication of the serving database.

Everything that writes to ``chiso.duckdb`` outside dbt lives here, as plain functions over a
DuckDB connection, so that Dagster assets, the CLI and tests share one implementation. Every
write is one transaction: a run killed half-way leaves the previous state, and running again
is safe (files are keyed by path and content hash, articles by the hash of their text).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb

from chiso import dedup
from chiso.documents import Article, DocumentError, iter_input_files, parse_document
from chiso.progress import Progress

RAW_DDL = """
CREATE SCHEMA IF NOT EXISTS raw;
CREATE TABLE IF NOT EXISTS raw.ingested_files (
    file_path VARCHAR NOT NULL,
    sha256 VARCHAR NOT NULL,
    size_bytes BIGINT NOT NULL,
    status VARCHAR NOT NULL CHECK (status IN ('loaded', 'duplicate', 'rejected')),
    reason VARCHAR,
    article_count INTEGER NOT NULL,
    duplicate_of_article_id VARCHAR,
    first_seen_at TIMESTAMP NOT NULL,
    last_seen_at TIMESTAMP NOT NULL,
    PRIMARY KEY (file_path, sha256)
);
CREATE TABLE IF NOT EXISTS raw.articles (
    article_id VARCHAR PRIMARY KEY,
    file_path VARCHAR NOT NULL,
    file_sha256 VARCHAR NOT NULL,
    record_index INTEGER NOT NULL,
    source VARCHAR NOT NULL,
    title VARCHAR,
    published_at TIMESTAMP,
    url VARCHAR,
    text VARCHAR NOT NULL,
    near_duplicate_of VARCHAR,  -- the earlier article this one is a syndicated copy of
    loaded_at TIMESTAMP NOT NULL
);
CREATE TABLE IF NOT EXISTS raw.article_signatures (
    article_id VARCHAR PRIMARY KEY,
    minhash UBIGINT[] NOT NULL,
    figures VARCHAR[] NOT NULL
);
CREATE TABLE IF NOT EXISTS raw.indicator_observations (
    observation_id VARCHAR PRIMARY KEY,
    article_id VARCHAR NOT NULL,
    indicator_code VARCHAR NOT NULL,
    value DOUBLE NOT NULL,
    unit VARCHAR NOT NULL,
    kind VARCHAR NOT NULL,
    approx BOOLEAN NOT NULL,
    province VARCHAR,
    area VARCHAR,
    organization VARCHAR,
    period VARCHAR,
    sentence VARCHAR NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    cue VARCHAR,
    confidence DOUBLE NOT NULL,
    extractor_version VARCHAR NOT NULL,
    extracted_at TIMESTAMP NOT NULL
);
-- Which articles have been extracted by which extractor version: an article is re-extracted
-- only when it is new or the extractor changed, never because the build ran again.
CREATE TABLE IF NOT EXISTS raw.article_extractions (
    article_id VARCHAR PRIMARY KEY,
    extractor_version VARCHAR NOT NULL,
    observation_count INTEGER NOT NULL,
    extracted_at TIMESTAMP NOT NULL
);
"""

DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024
# DuckDB would otherwise take up to 80% of the machine's memory; above the limit it spills to disk.
DUCKDB_CONFIG = {"memory_limit": os.environ.get("CHISO_DUCKDB_MEMORY_LIMIT", "1GB")}


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = duckdb.connect(str(path), read_only=read_only, config=DUCKDB_CONFIG)
    if not read_only:
        conn.execute(RAW_DDL)
    return conn


@contextmanager
def transaction(conn) -> Iterator[None]:
    """All or nothing: a failure (or a kill) inside leaves the tables as they were."""
    conn.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- ingestion -------------------------------------------------------------------------------

@dataclass
class IngestSummary:
    """What one pass over the landing folder did. ``unchanged`` files were seen before."""

    loaded: int = 0
    duplicate: int = 0
    rejected: int = 0
    unchanged: int = 0
    near_duplicate: int = 0  # loaded, but linked to the article they copy
    articles: int = 0
    rejections: list[tuple[str, str]] = field(default_factory=list)

    @property
    def files_seen(self) -> int:
        return self.loaded + self.duplicate + self.rejected + self.unchanged


def _quarantine(quarantine_dir: Path, rel_path: str, sha256: str, data: bytes) -> None:
    """Keep the bytes of a rejected file; written to a temporary name, then renamed."""
    quarantine_dir.mkdir(parents=True, exist_ok=True)
    target = quarantine_dir / f"{sha256[:16]}-{Path(rel_path).name}"
    if target.exists():
        return
    tmp = target.with_name(target.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, target)


INGEST_BATCH = 2000  # files written per transaction: bounds memory at any archive size


class _RawBuffer:
    """Rows for the raw tables, written in bulk: one INSERT per table and batch, not per row."""

    TABLES = {
        "raw.ingested_files": ["file_path", "sha256", "size_bytes", "status", "reason", "article_count",
                               "duplicate_of_article_id", "first_seen_at", "last_seen_at"],
        "raw.articles": ["article_id", "file_path", "file_sha256", "record_index", "source", "title",
                         "published_at", "url", "text", "near_duplicate_of", "loaded_at"],
        "raw.article_signatures": ["article_id", "minhash", "figures"],
    }

    def __init__(self, conn) -> None:
        self.conn = conn
        self.rows: dict[str, list[tuple]] = {table: [] for table in self.TABLES}

    def add(self, table: str, row: tuple) -> None:
        self.rows[table].append(row)
        if table == "raw.ingested_files" and len(self.rows[table]) >= INGEST_BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the batch in one transaction: its files and their articles land together or not
        at all, so a load killed between batches resumes where it stopped."""
        with transaction(self.conn):
            for table, rows in self.rows.items():
                if rows:
                    insert_rows(self.conn, table, self.TABLES[table], rows)
                    rows.clear()


def insert_rows(conn, table: str, columns: list[str], rows: list[tuple]) -> None:
    """Bulk insert through a DataFrame (DuckDB scans it in one go; executemany goes row by row)."""
    import pandas as pd

    frame = pd.DataFrame.from_records(rows, columns=columns)
    conn.register("_incoming_rows", frame)
    try:
        conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT {', '.join(columns)} FROM _incoming_rows")
    finally:
        conn.unregister("_incoming_rows")


def ingest_folder(conn: duckdb.DuckDBPyConnection, landing_dir: Path, quarantine_dir: Path,
                  max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, progress: Progress | None = None) -> IngestSummary:
    """Load every new or changed file below ``landing_dir`` into ``raw``; idempotent.

    Files are written in batches, each one transaction (files with their articles), so memory
    stays bounded on a large archive and a load killed at any moment leaves whole batches only;
    the next load skips what was committed and ends where an uninterrupted one would.
    """
    landing_dir = Path(landing_dir)
    files = list(iter_input_files(landing_dir))
    progress = progress or Progress("ingest", enabled=False)
    progress.total = len(files)
    summary = IngestSummary()
    known_files = set(conn.execute("SELECT file_path, sha256 FROM raw.ingested_files").fetchall())
    known_articles = {row[0] for row in conn.execute("SELECT article_id FROM raw.articles").fetchall()}
    # Built on the first new article only: a run with nothing new never pays for loading it.
    near_duplicates: dedup.NearDuplicateIndex | None = None
    now = _now()
    unchanged: list[tuple[str, str]] = []
    try:
        buffer = _RawBuffer(conn)
        for path in files:
            progress.advance()
            rel_path = path.relative_to(landing_dir).as_posix() if landing_dir.is_dir() else path.name
            data = path.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            if (rel_path, sha) in known_files:
                unchanged.append((rel_path, sha))
                continue
            known_files.add((rel_path, sha))
            status, reason, articles, duplicate_of = _classify_file(rel_path, data, max_file_bytes)
            if status == "rejected":
                _quarantine(Path(quarantine_dir), rel_path, sha, data)
                summary.rejected += 1
                summary.rejections.append((rel_path, reason))
            else:
                new = [(i, a) for i, a in enumerate(articles) if a.article_id not in known_articles]
                copies = []
                if new and near_duplicates is None:
                    near_duplicates = _near_duplicate_index(conn)
                for index, article in new:
                    known_articles.add(article.article_id)
                    copy_of = _add_article(buffer, near_duplicates, rel_path, sha, index, article, now)
                    if copy_of:
                        copies.append(copy_of)
                summary.articles += len(new)
                if not new:
                    status, reason = "duplicate", "duplicate: the same article text is already loaded"
                    duplicate_of = articles[0].article_id
                    summary.duplicate += 1
                else:
                    summary.loaded += 1
                    if copies:
                        duplicate_of = copies[0]
                        reason = f"near_duplicate: a syndicated copy of article {copies[0][:12]}"
                        summary.near_duplicate += 1
            buffer.add("raw.ingested_files", (rel_path, sha, len(data), status, reason,
                                              len(articles), duplicate_of, now, now))
        buffer.flush()
        summary.unchanged = len(unchanged)
        if unchanged:
            import pandas as pd

            conn.register("_seen", pd.DataFrame.from_records(unchanged, columns=["file_path", "sha256"]))
            with transaction(conn):
                conn.execute("""UPDATE raw.ingested_files f SET last_seen_at = ?
                                FROM _seen s WHERE f.file_path = s.file_path AND f.sha256 = s.sha256""", [now])
            conn.unregister("_seen")
    finally:
        progress.close()
    return summary


def _classify_file(rel_path: str, data: bytes, max_file_bytes: int):
    """(status, reason, articles, duplicate_of) of one file's bytes, before deduplication."""
    if len(data) > max_file_bytes:
        return "rejected", f"too_large: {len(data)} bytes exceeds the limit of {max_file_bytes}", [], None
    try:
        return "loaded", None, parse_document(rel_path, data), None
    except DocumentError as error:
        return "rejected", str(error), [], None


def _near_duplicate_index(conn) -> dedup.NearDuplicateIndex:
    index = dedup.NearDuplicateIndex()
    for article_id, minhash, figures in conn.execute(
            """SELECT s.article_id, s.minhash, s.figures FROM raw.article_signatures s
               JOIN raw.articles a USING (article_id) ORDER BY a.loaded_at, a.file_path, a.record_index""").fetchall():
        index.add(article_id, dedup.from_list(minhash), frozenset(figures))
    return index


def _add_article(buffer: _RawBuffer, near_duplicates: dedup.NearDuplicateIndex, rel_path: str, sha: str,
                 index: int, article: Article, now: datetime) -> str | None:
    """Queue a new article and its signature; return the article it is a near copy of, if any."""
    body = article.text[article.body_start:]  # syndicators rewrite titles, not bodies
    minhash, figures = dedup.signature(body), dedup.figures(body)
    copy_of = near_duplicates.find(minhash, figures)
    buffer.add("raw.articles", (article.article_id, rel_path, sha, index, article.source, article.title,
                                article.published_at, article.url, article.text, copy_of, now))
    buffer.add("raw.article_signatures", (article.article_id, dedup.to_list(minhash), sorted(figures)))
    near_duplicates.add(article.article_id, minhash, figures)
    return copy_of


def load_articles(conn, article_ids: Iterable[str] | None = None) -> list[Article]:
    sql = "SELECT source, text, title, published_at, url FROM raw.articles"
    params: list = []
    if article_ids is not None:
        ids = list(article_ids)
        if not ids:
            return []
        sql += " WHERE article_id IN (SELECT unnest(?))"
        params = [ids]
    rows = conn.execute(sql + " ORDER BY file_path, record_index", params).fetchall()
    return [Article(source=s, text=t, title=ti, published_at=p, url=u) for s, t, ti, p, u in rows]


# --- extraction ------------------------------------------------------------------------------

@dataclass
class ExtractionSummary:
    articles_extracted: int
    observations_written: int
    observations_by_indicator: dict[str, int]


EXTRACTION_BATCH = 2000  # articles extracted and written at a time: bounds memory at any archive size
POOL_MIN_ARTICLES = 400  # below this, starting worker processes costs more than it saves

OBSERVATION_COLUMNS = ["observation_id", "article_id", "indicator_code", "value", "unit", "kind", "approx",
                       "province", "area", "organization", "period", "sentence", "start_offset", "end_offset",
                       "cue", "confidence", "extractor_version", "extracted_at"]


def _extract_many(extract: Callable, articles: list[Article]) -> list[list]:
    return [extract(article) for article in articles]


def _chunks(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def extract_pending(conn, extract: Callable, extractor_version: str, progress: Progress | None = None,
                    workers: int | None = None) -> ExtractionSummary:
    """Extract articles that are new or were extracted by another extractor version.

    Large batches are spread over a process pool (``workers``, default: every core); results
    come back in article order, so the output is identical to a single-process run. Each batch
    is one transaction that replaces the old observations of its articles, so a run killed
    half-way resumes with the batches it had not committed.
    """
    pending_ids = [row[0] for row in conn.execute(
        """SELECT a.article_id FROM raw.articles a
           LEFT JOIN raw.article_extractions e USING (article_id)
           WHERE e.article_id IS NULL OR e.extractor_version <> ?
           ORDER BY a.file_path, a.record_index""", [extractor_version]).fetchall()]
    progress = progress or Progress("extract", enabled=False)
    progress.total, progress.unit = len(pending_ids), "articles"
    workers = workers or os.cpu_count() or 1
    pool = None
    if workers > 1 and len(pending_ids) >= POOL_MIN_ARTICLES:
        # spawn, not fork: the parent holds a DuckDB connection and threads that a fork would copy
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))
    now = _now()
    counts: Counter[str] = Counter()
    written = 0
    try:
        for batch_ids in _chunks(pending_ids, EXTRACTION_BATCH):
            articles = load_articles(conn, batch_ids)
            if pool:
                chunk = max(1, len(articles) // (workers * 4))
                results = [obs for part in pool.map(partial(_extract_many, extract), _chunks(articles, chunk))
                           for obs in part]
            else:
                results = _extract_many(extract, articles)
            rows, done = [], []
            for article, observations in zip(articles, results):
                for obs in observations:
                    key = f"{article.article_id}|{obs.indicator}|{obs.kind}|{obs.start}|{obs.end}"
                    rows.append((hashlib.sha256(key.encode()).hexdigest()[:32], article.article_id, obs.indicator,
                                 float(obs.value), obs.unit, obs.kind, bool(obs.approx), obs.province, obs.area,
                                 obs.organization, obs.period, obs.sentence, obs.start, obs.end, obs.cue,
                                 float(obs.confidence), obs.extractor_version, now))
                    counts[obs.indicator] += 1
                done.append((article.article_id, extractor_version, len(observations), now))
            with transaction(conn):  # a batch's old observations are replaced all at once
                conn.execute("DELETE FROM raw.indicator_observations WHERE article_id IN (SELECT unnest(?))",
                             [batch_ids])
                conn.execute("DELETE FROM raw.article_extractions WHERE article_id IN (SELECT unnest(?))", [batch_ids])
                if rows:
                    insert_rows(conn, "raw.indicator_observations", OBSERVATION_COLUMNS, rows)
                insert_rows(conn, "raw.article_extractions",
                            ["article_id", "extractor_version", "observation_count", "extracted_at"], done)
            written += len(rows)
            progress.advance(len(articles))
    finally:
        progress.close()
        if pool:
            pool.shutdown(cancel_futures=True)
    return ExtractionSummary(len(pending_ids), written, dict(counts))


# --- reference tables ------------------------------------------------------------------------

def replace_table(conn, table: str, columns: list[str], rows: list[tuple],
                  column_types: dict[str, str] | None = None) -> int:
    """Replace a small table (catalogue, geography, check results) in one transaction.

    Columns are VARCHAR unless ``column_types`` says otherwise.
    """
    types = column_types or {}
    cols = ", ".join(f"{c} {types.get(c, 'VARCHAR')}" for c in columns)
    schema = table.split(".")[0] if "." in table else None
    with transaction(conn):
        if schema:
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        conn.execute(f"CREATE OR REPLACE TABLE {table} ({cols})")
        if rows:
            placeholders = ", ".join("?" for _ in columns)
            conn.executemany(f"INSERT INTO {table} VALUES ({placeholders})", rows)
    return len(rows)


# --- publication -----------------------------------------------------------------------------

SERVED_SCHEMAS = ("marts", "audit")


def publish_serving(working_db: Path, serving_db: Path, schemas: Iterable[str] = SERVED_SCHEMAS) -> dict[str, int]:
    """Copy the served schemas of the working database into a new file, then rename it over
    ``serving_db``. Readers holding the old file keep their snapshot; nobody sees a partial one.
    Returns the row count of every published table.
    """
    serving_db = Path(serving_db)
    tmp = serving_db.with_name(f".{serving_db.name}.{os.getpid()}.building")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    counts: dict[str, int] = {}
    conn = duckdb.connect(str(tmp), config=DUCKDB_CONFIG)
    try:
        conn.execute(f"ATTACH '{Path(working_db)}' AS working (READ_ONLY)")
        tables = conn.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = 'working' "
            "AND schema_name IN (SELECT unnest(?)) ORDER BY 1, 2", [list(schemas)]).fetchall()
        tables += conn.execute(
            "SELECT schema_name, view_name FROM duckdb_views() WHERE database_name = 'working' "
            "AND schema_name IN (SELECT unnest(?)) AND NOT internal ORDER BY 1, 2", [list(schemas)]).fetchall()
        for schema, name in tables:
            conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            conn.execute(f'CREATE TABLE "{schema}"."{name}" AS SELECT * FROM working."{schema}"."{name}"')
            counts[f"{schema}.{name}"] = conn.execute(f'SELECT count(*) FROM "{schema}"."{name}"').fetchone()[0]
        conn.execute("DETACH working")
        conn.execute("CHECKPOINT")
    finally:
        conn.close()
    os.replace(tmp, serving_db)
    return counts

