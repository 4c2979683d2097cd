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
import shutil
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from chiso import dedup
from chiso.documents import Article, DocumentError, InputFile, parse_document, scan_input_files
from chiso.progress import Progress

if TYPE_CHECKING:  # imported where used: loading the Dagster definitions should not pay for them
    import duckdb
    import numpy as np

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
-- The file's modification time when it was last read: a file whose path, size and mtime are
-- unchanged is not read again (added after the first release, hence not in CREATE TABLE).
ALTER TABLE raw.ingested_files ADD COLUMN IF NOT EXISTS modified_ns BIGINT;
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
-- One row: what the last successful dbt transform of the whole project read. reference_fingerprint:
-- the reference data (raw.administrative_units, raw.indicator_catalogue) it resolved articles
-- against (see reference_changed_since_last_transform); inputs_fingerprint (added after the first
-- release): every table dbt reads and the code that builds and publishes (see
-- transform_inputs_fingerprint). Publication copies it into serving.duckdb (audit.publication).
CREATE TABLE IF NOT EXISTS raw.transform_state (reference_fingerprint VARCHAR NOT NULL);
ALTER TABLE raw.transform_state ADD COLUMN IF NOT EXISTS inputs_fingerprint VARCHAR;
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
    import duckdb

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
                               "duplicate_of_article_id", "first_seen_at", "last_seen_at", "modified_ns"],
        "raw.articles": ["article_id", "file_path", "file_sha256", "record_index", "source", "title",
                         "published_at", "url", "text", "near_duplicate_of", "loaded_at"],
        "raw.article_signatures": ["article_id", "minhash", "figures"],
    }

    def __init__(self, conn) -> None:
        self.conn = conn
        self.rows: dict[str, list[tuple]] = {table: [] for table in self.TABLES}

    def add(self, table: str, row: tuple) -> None:
        self.rows[table].append(row)

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


class FileInventory:
    """What the warehouse knows of the landing folder's files, and how to tell a file's content hash.

    A file whose path, size and modification time match what was recorded when it was last read
    is taken to hold the content recorded then, without reading it (as make, rsync and git do):
    a build's cost follows the new files, not the archive. Any other file is read and hashed.
    """

    def __init__(self, conn) -> None:
        rows = conn.execute("SELECT file_path, sha256, size_bytes, modified_ns FROM raw.ingested_files").fetchall()
        self.known: set[tuple[str, str]] = {(path, sha) for path, sha, _, _ in rows}
        self._by_stat = {(path, size, modified): sha for path, sha, size, modified in rows if modified is not None}

    def content(self, file: InputFile) -> tuple[str, bytes | None]:
        """(sha256, bytes) of a file; bytes is None when its stat shows a recorded content."""
        sha = self._by_stat.get((file.rel_path, file.stat.st_size, file.stat.st_mtime_ns))
        if sha is not None:
            return sha, None
        data = file.path.read_bytes()
        return hashlib.sha256(data).hexdigest(), data


@dataclass
class _NewFile:
    """A file of this load that is not yet in the warehouse, parsed, with its new articles signed."""

    rel_path: str
    sha: str
    size: int
    modified_ns: int
    status: str
    reason: str | None
    articles: list[Article]
    duplicate_of: str | None
    new_articles: list[tuple[int, Article, "np.ndarray", frozenset[str]]] = field(default_factory=list)


def ingest_folder(conn: duckdb.DuckDBPyConnection, landing_dir: Path, quarantine_dir: Path,
                  max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, progress: Progress | None = None) -> IngestSummary:
    """Load every new or changed file below ``landing_dir`` into ``raw``; idempotent.

    Files are written in batches, each one transaction (files with their articles), so memory
    stays bounded on a large archive and a load killed at any moment leaves whole batches only;
    the next load skips what was committed and ends where an uninterrupted one would.
    """
    landing_dir = Path(landing_dir)
    files = scan_input_files(landing_dir)
    progress = progress or Progress("ingest", enabled=False)
    progress.total = len(files)
    summary = IngestSummary()
    inventory = FileInventory(conn)
    known_articles = {row[0] for row in conn.execute("SELECT article_id FROM raw.articles").fetchall()}
    now = _now()
    unchanged: list[tuple[str, str, int]] = []
    try:
        buffer = _RawBuffer(conn)
        for batch in _chunks(files, INGEST_BATCH):
            new_files = []
            for file in batch:
                progress.advance()
                sha, data = inventory.content(file)
                if (file.rel_path, sha) in inventory.known:
                    unchanged.append((file.rel_path, sha, file.stat.st_mtime_ns))
                    continue
                inventory.known.add((file.rel_path, sha))
                new_files.append(_read_new_file(file.rel_path, sha, data, file.stat, max_file_bytes, known_articles,
                                                Path(quarantine_dir)))
            _deduplicate_and_queue(conn, buffer, new_files, summary, now)
            buffer.flush()
        summary.unchanged = len(unchanged)
        if unchanged:
            import pandas as pd

            seen = pd.DataFrame.from_records(unchanged, columns=["file_path", "sha256", "modified_ns"])
            conn.register("_seen", seen)
            with transaction(conn):
                conn.execute("""UPDATE raw.ingested_files f SET last_seen_at = ?, modified_ns = s.modified_ns
                                FROM _seen s WHERE f.file_path = s.file_path AND f.sha256 = s.sha256""", [now])
            conn.unregister("_seen")
    finally:
        progress.close()
    return summary


def _read_new_file(rel_path: str, sha: str, data: bytes | None, stat: os.stat_result, max_file_bytes: int,
                   known_articles: set[str], quarantine_dir: Path) -> _NewFile:
    """Parse a new file (quarantining it when it is rejected) and sign the articles not seen before."""
    assert data is not None, "a file not recorded before is always read"
    status, reason, articles, duplicate_of = _classify_file(rel_path, data, max_file_bytes)
    new_file = _NewFile(rel_path, sha, len(data), stat.st_mtime_ns, status, reason, articles, duplicate_of)
    if status == "rejected":
        _quarantine(quarantine_dir, rel_path, sha, data)
        return new_file
    for index, article in enumerate(articles):
        if article.article_id in known_articles:
            continue
        known_articles.add(article.article_id)
        body = article.text[article.body_start:]  # syndicators rewrite titles, not bodies
        new_file.new_articles.append((index, article, dedup.signature(body), dedup.figures(body)))
    return new_file


def _deduplicate_and_queue(conn, buffer: _RawBuffer, new_files: list[_NewFile], summary: IngestSummary,
                           now: datetime) -> None:
    """Link each new article to the earliest article it is a near copy of, and queue the rows."""
    archive = _archive_candidates(conn, {article.article_id: hashvalues
                                         for f in new_files for _, article, hashvalues, _ in f.new_articles})
    near_duplicates = dedup.NearDuplicateIndex()   # this batch's articles; earlier ones are in the archive
    for f in new_files:
        status, reason, duplicate_of = f.status, f.reason, f.duplicate_of
        if status == "rejected":
            summary.rejected += 1
            summary.rejections.append((f.rel_path, reason))
        elif not f.new_articles:
            status, reason = "duplicate", "duplicate: the same article text is already loaded"
            duplicate_of = f.articles[0].article_id
            summary.duplicate += 1
        else:
            copies = []
            for index, article, hashvalues, figures in f.new_articles:
                copy_of = near_duplicates.find(hashvalues, figures, archive.get(article.article_id, ()))
                buffer.add("raw.articles", (article.article_id, f.rel_path, f.sha, index, article.source,
                                            article.title, article.published_at, article.url, article.text,
                                            copy_of, now))
                buffer.add("raw.article_signatures", (article.article_id, [int(v) for v in hashvalues],
                                                      sorted(figures)))
                near_duplicates.add(article.article_id, hashvalues, figures)
                if copy_of:
                    copies.append(copy_of)
            summary.articles += len(f.new_articles)
            summary.loaded += 1
            if copies:
                duplicate_of = copies[0]
                reason = f"near_duplicate: a syndicated copy of article {copies[0][:12]}"
                summary.near_duplicate += 1
        buffer.add("raw.ingested_files", (f.rel_path, f.sha, f.size, status, reason, len(f.articles),
                                          duplicate_of, now, now, f.modified_ns))


def _archive_candidates(conn, signatures: dict[str, "np.ndarray"]) -> dict[str, list[tuple[str, list[int], frozenset[str]]]]:
    """For each new article, the stored articles sharing an LSH band with it, earliest first.
    Their signatures stay lists: most candidates are turned down on their figures alone, before
    the signatures are compared (making an array of each cost 0.4 s per 1,000 new articles at
    100,000 stored ones).

    One query per batch: the bands of the stored signatures are hashed by DuckDB as it scans
    them (a vectorised pass, about 6 ms per 1,000 stored articles), so no index of the archive is
    held in memory or rebuilt in Python. A hash collision only adds a candidate, which the exact
    test in ``NearDuplicateIndex.find`` then turns down.
    """
    if not signatures:
        return {}
    import pandas as pd

    incoming = pd.DataFrame({"new_id": list(signatures),
                             "minhash": [[int(v) for v in hv] for hv in signatures.values()]})
    conn.register("_incoming_signatures", incoming)
    try:
        rows = conn.execute(f"""
            WITH bands AS (SELECT range AS band FROM range({dedup.LSH_BANDS})),
            incoming AS (
                SELECT i.new_id, b.band,
                       hash(list_slice(i.minhash::UBIGINT[], b.band * {dedup.LSH_ROWS} + 1,
                                       (b.band + 1) * {dedup.LSH_ROWS})) AS band_hash
                FROM _incoming_signatures i CROSS JOIN bands b),
            stored AS (
                SELECT s.article_id, b.band,
                       hash(list_slice(s.minhash, b.band * {dedup.LSH_ROWS} + 1, (b.band + 1) * {dedup.LSH_ROWS})) AS band_hash
                FROM raw.article_signatures s CROSS JOIN bands b),
            pairs AS (SELECT DISTINCT i.new_id, s.article_id FROM incoming i JOIN stored s USING (band, band_hash))
            SELECT p.new_id, p.article_id, s.minhash, s.figures
            FROM pairs p
            JOIN raw.article_signatures s USING (article_id)
            JOIN raw.articles a USING (article_id)
            ORDER BY p.new_id, a.loaded_at, a.file_path, a.record_index""").fetchall()
    finally:
        conn.unregister("_incoming_signatures")
    candidates: dict[str, list] = {}
    for new_id, article_id, minhash, figures in rows:
        candidates.setdefault(new_id, []).append((article_id, minhash, frozenset(figures)))
    return candidates


def _classify_file(rel_path: str, data: bytes, max_file_bytes: int):
    """(status, reason, articles, duplicate_of) of one file's bytes, before deduplication."""
    if len(data) > max_file_bytes:
        return "rejected", f"too_large: {len(data)} bytes exceeds the limit of {max_file_bytes}", [], None
    try:
        return "loaded", None, parse_document(rel_path, data), None
    except DocumentError as error:
        return "rejected", str(error), [], None


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


def extraction_pool(workers: int) -> ProcessPoolExecutor:
    # spawn, not fork: the parent holds a DuckDB connection and threads that a fork would copy
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"))


def extract_in_pool(pool: ProcessPoolExecutor, workers: int, extract: Callable, articles: list[Article]) -> list[list]:
    """``extract`` of each article, over ``pool``, in the articles' order (four chunks per worker
    keep the workers busy to the end)."""
    chunk = max(1, len(articles) // (workers * 4))
    return [obs for part in pool.map(partial(_extract_many, extract), _chunks(articles, chunk)) for obs in part]


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
    pool = extraction_pool(workers) if workers > 1 and len(pending_ids) >= POOL_MIN_ARTICLES else None
    now = _now()
    counts: Counter[str] = Counter()
    written = 0
    try:
        for batch_ids in _chunks(pending_ids, EXTRACTION_BATCH):
            articles = load_articles(conn, batch_ids)
            results = extract_in_pool(pool, workers, extract, articles) if pool else _extract_many(extract, articles)
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


# --- reference data and the incremental models ---------------------------------------------

REFERENCE_TABLES = ("raw.administrative_units", "raw.indicator_catalogue")


def load_indicator_catalogue(conn) -> int:
    """The catalogue the extractor classifies with, into raw.indicator_catalogue; its row count."""
    from chiso import reference

    return replace_table(conn, "raw.indicator_catalogue", *reference.indicator_catalogue_rows())


def load_administrative_units(conn, rows: list[tuple] | None = None) -> list[tuple]:
    """The provinces of both eras (or ``rows`` in their columns) into raw.administrative_units."""
    from chiso import reference

    columns, default_rows = reference.administrative_unit_rows()
    rows = default_rows if rows is None else rows
    replace_table(conn, "raw.administrative_units", columns, rows, reference.ADMINISTRATIVE_UNIT_TYPES)
    return rows


# The tables the dbt project reads (its sources), each as the columns that matter to it: every
# build stamps unchanged files with last_seen_at and their mtime, which no model depends on.
TRANSFORM_INPUTS = {
    "raw.articles": "*",
    "raw.indicator_observations": "*",
    "raw.ingested_files": "* EXCLUDE (last_seen_at, modified_ns)",
    **{table: "*" for table in REFERENCE_TABLES},
}


def _content_fingerprint(conn, tables: dict[str, str]) -> str:
    """A hash of the tables' content, in any row order: row counts and the sum of row hashes."""
    parts = []
    for table, columns in tables.items():
        count, checksum = conn.execute(
            f"SELECT count(*), sum(hash(t)::HUGEINT) FROM (SELECT {columns} FROM {table}) AS t").fetchone()
        parts.append(f"{table}:{count}:{checksum}")
    return hashlib.sha256("|".join(parts).encode()).hexdigest()


def reference_fingerprint(conn) -> str:
    """A hash of the reference tables' content, in any row order. The incremental dbt models
    resolve provinces and indicators once per article; when these tables change, every article
    must be resolved again (a full refresh), and this tells when."""
    return _content_fingerprint(conn, {table: "*" for table in REFERENCE_TABLES})


def transform_inputs_fingerprint(conn, code_fingerprint: str) -> str:
    """A hash of everything a build after ingestion depends on: the tables dbt reads, and the
    code (``code_fingerprint``: the dbt project, the publication and report code, the packages)."""
    tables = _content_fingerprint(conn, TRANSFORM_INPUTS)
    return hashlib.sha256(f"{tables}|{code_fingerprint}".encode()).hexdigest()


def reference_changed_since_last_transform(conn) -> bool:
    """True when the reference tables differ from those the last successful transform used."""
    recorded = conn.execute("SELECT reference_fingerprint FROM raw.transform_state").fetchone()
    return recorded is None or recorded[0] != reference_fingerprint(conn)


def record_transform(conn, inputs_fingerprint: str) -> None:
    """Remember what the successful transform that just ended read (not yet published)."""
    with transaction(conn):
        conn.execute("DELETE FROM raw.transform_state")
        conn.execute("INSERT INTO raw.transform_state (reference_fingerprint, inputs_fingerprint) VALUES (?, ?)",
                     [reference_fingerprint(conn), inputs_fingerprint])


def stamp_publication(conn) -> None:
    """Write audit.publication into the working database, to be published with the marts: the
    inputs of the transform they were built by, so serving.duckdb itself says what it holds."""
    conn.execute("CREATE SCHEMA IF NOT EXISTS audit")
    conn.execute("CREATE OR REPLACE TABLE audit.publication AS "
                 "SELECT inputs_fingerprint, now()::TIMESTAMP AS published_at FROM raw.transform_state")


def published_inputs(serving_db: Path) -> str | None:
    """The inputs fingerprint serving.duckdb was published from; None when there is no such file,
    it cannot be read, or it predates audit.publication."""
    import duckdb

    if not Path(serving_db).exists():
        return None
    try:
        with duckdb.connect(str(serving_db), read_only=True) as conn:
            row = conn.execute("SELECT inputs_fingerprint FROM audit.publication").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def transform_is_published(conn, inputs_fingerprint: str, serving_db: Path) -> bool:
    """True when the last transform of the whole project read exactly these inputs and
    serving.duckdb holds its output: dbt would build the same tables again, and publish the same
    snapshot. Read from serving.duckdb itself, so a replaced or restored file is noticed."""
    recorded = conn.execute("SELECT inputs_fingerprint FROM raw.transform_state").fetchone()
    return (recorded is not None and recorded[0] == inputs_fingerprint
            and published_inputs(serving_db) == inputs_fingerprint)


# --- publication -----------------------------------------------------------------------------

SERVED_SCHEMAS = ("marts", "audit")


def publish_serving(working_db: Path, serving_db: Path, schemas: Iterable[str] = SERVED_SCHEMAS) -> dict[str, int]:
    """Publish the served schemas of the working database as a new ``serving_db``, atomically.

    The new file starts as a copy of the last published one and takes only the difference: rows
    gone from the working table are deleted and new rows inserted, so a build that added 1% of
    the articles writes about 1% of the rows (rewriting every table cost 2.4 s per 10,000 articles).
    Each table is then compared with its working table by row count and an order-independent
    checksum of every row; a table that differs in any way (another schema, duplicate rows, a
    checksum mismatch) is rewritten whole, so the result is always an exact copy. The file is then
    renamed over ``serving_db``: readers holding the old file keep their snapshot, and nobody
    sees a partial one. Returns the row count of every published table.
    """
    import duckdb

    serving_db = Path(serving_db)
    tmp = serving_db.with_name(f".{serving_db.name}.{os.getpid()}.building")
    for leftover in (tmp, tmp.with_name(tmp.name + ".wal")):
        leftover.unlink(missing_ok=True)
    if serving_db.exists():
        shutil.copyfile(serving_db, tmp)
    counts: dict[str, int] = {}
    try:
        conn = duckdb.connect(str(tmp), config=DUCKDB_CONFIG)
    except duckdb.Error:   # the last published file is unreadable: publish from nothing
        tmp.unlink(missing_ok=True)
        conn = duckdb.connect(str(tmp), config=DUCKDB_CONFIG)
    try:
        conn.execute(f"ATTACH '{Path(working_db)}' AS working (READ_ONLY)")
        served = [list(schemas)]
        wanted = conn.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = 'working' "
            "AND schema_name IN (SELECT unnest(?)) UNION ALL "
            "SELECT schema_name, view_name FROM duckdb_views() WHERE database_name = 'working' "
            "AND schema_name IN (SELECT unnest(?)) AND NOT internal ORDER BY 1, 2", served * 2).fetchall()
        published = set(conn.execute("SELECT schema_name, table_name FROM duckdb_tables() "
                                     "WHERE database_name = current_database()").fetchall())
        for schema, name in sorted(published - set(wanted)):
            conn.execute(f'DROP TABLE "{schema}"."{name}"')
        for schema, name in wanted:
            conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            counts[f"{schema}.{name}"] = _publish_table(conn, schema, name, (schema, name) in published)
        conn.execute("DETACH working")
        conn.execute("CHECKPOINT")
    finally:
        conn.close()
    os.replace(tmp, serving_db)
    return counts


def _publish_table(conn, schema: str, name: str, previously_published: bool) -> int:
    """Make ``schema.name`` an exact copy of ``working.schema.name``; return its row count."""
    target, source = f'"{schema}"."{name}"', f'working."{schema}"."{name}"'

    def columns(relation: str) -> list[tuple]:
        return conn.execute(f"SELECT column_name, column_type FROM (DESCRIBE {relation})").fetchall()

    source_columns = columns(source)
    if previously_published and columns(target) == source_columns:
        row_hash = "hash(" + ", ".join(f'"{column}"' for column, _ in source_columns) + ")"

        # Only the rows' hashes are held, not the rows: a handful of vectorised scans per table.
        conn.execute(f"CREATE OR REPLACE TEMP TABLE _incoming AS SELECT {row_hash} AS row_hash FROM {source}")
        conn.execute(f"DELETE FROM {target} WHERE {row_hash} NOT IN (SELECT row_hash FROM _incoming)")
        conn.execute(f"INSERT INTO {target} SELECT * FROM {source} WHERE {row_hash} NOT IN (SELECT {row_hash} FROM {target})")
        # row count and a checksum that ignores row order, of the working table and of the copy
        expected = conn.execute("SELECT count(*), sum(row_hash::HUGEINT) FROM _incoming").fetchone()
        published = conn.execute(f"SELECT count(*), sum({row_hash}::HUGEINT) FROM {target}").fetchone()
        conn.execute("DROP TABLE _incoming")
        if published == expected:
            return expected[0]
    conn.execute(f"CREATE OR REPLACE TABLE {target} AS SELECT * FROM {source}")
    return conn.execute(f"SELECT count(*) FROM {target}").fetchone()[0]
