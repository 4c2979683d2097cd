"""Checks on the raw layer, as plain queries returning what is wrong.

Each function returns the offending rows (empty when all is well), so the Dagster asset checks
that wrap them stay one line of wiring and the logic is unit-tested against a real DuckDB file.
"""

from __future__ import annotations

from pathlib import Path

from chiso.documents import scan_input_files
from chiso.warehouse import FileInventory


def unaccounted_files(conn, landing_dir: Path) -> list[str]:
    """Files in the landing folder whose current content has no row in raw.ingested_files.

    A file is identified as ingestion identifies it (``FileInventory``): by its recorded path,
    size and modification time, else by the hash of its bytes."""
    inventory = FileInventory(conn)
    missing = []
    for file in scan_input_files(landing_dir):
        sha, _ = inventory.content(file)
        if (file.rel_path, sha) not in inventory.known:
            missing.append(file.rel_path)
    return missing


def loaded_files_without_articles(conn) -> list[str]:
    """Files recorded as loaded that left no article behind (a lost write)."""
    return [r[0] for r in conn.execute(
        """SELECT f.file_path FROM raw.ingested_files f
           WHERE f.status = 'loaded'
             AND NOT EXISTS (SELECT 1 FROM raw.articles a WHERE a.file_sha256 = f.sha256)""").fetchall()]


def observations_with_broken_provenance(conn) -> list[tuple[str, str]]:
    """Observations whose offsets do not point at a figure inside their sentence and article."""
    return conn.execute(
        """SELECT o.observation_id,
                  CASE WHEN a.article_id IS NULL THEN 'article missing'
                       WHEN o.start_offset < 0 OR o.end_offset <= o.start_offset
                            OR o.end_offset > length(a.text) THEN 'offsets out of range'
                       WHEN position(o.sentence IN a.text) = 0 THEN 'sentence not in article'
                       ELSE 'figure not in sentence' END AS problem
           FROM raw.indicator_observations o
           LEFT JOIN raw.articles a USING (article_id)
           WHERE o.kind <> 'derived' AND (
                 a.article_id IS NULL
              OR o.start_offset < 0 OR o.end_offset <= o.start_offset OR o.end_offset > length(a.text)
              OR position(o.sentence IN a.text) = 0
              OR position(substring(a.text, o.start_offset + 1, o.end_offset - o.start_offset) IN o.sentence) = 0)
           ORDER BY 1""").fetchall()
