"""Serve: publish the checked marts to serving.duckdb, the only file BI tools open."""

from __future__ import annotations

import dagster as dg

from chiso import warehouse
from orchestration.assets.ingest import WRITER_POOL, raw_articles
from orchestration.assets.transform import mart_keys
from orchestration.resources import Warehouse


@dg.asset(
    group_name="serve",
    kinds={"duckdb"},
    pool=WRITER_POOL,
    deps=[*mart_keys(), raw_articles],
    description="serving.duckdb: a snapshot of the marts and audit tables, built as a new file "
    "and renamed over the old one only after every upstream blocking check passed. Readers "
    "holding the old file open keep a consistent view and never block a build.",
)
def serving_database(context: dg.AssetExecutionContext, warehouse_db: Warehouse) -> dg.MaterializeResult:
    with warehouse_db.connect() as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS audit")
        conn.execute("CREATE OR REPLACE VIEW audit.ingestion_files AS SELECT * FROM raw.ingested_files")
    counts = warehouse.publish_serving(warehouse_db.duckdb_path, warehouse_db.serving_path)
    context.log.info(f"published {len(counts)} tables to {warehouse_db.serving_path}")
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(warehouse_db.serving_path)),
        "tables": dg.MetadataValue.md("| table | rows |\n|---|---|\n" + "\n".join(
            f"| {name} | {rows} |" for name, rows in counts.items())),
        "dagster/row_count": counts.get("marts.fct_indicator_observation", 0),
    })
