"""Serve: publish the checked marts to serving.duckdb, the only file BI tools open."""

import base64
from datetime import datetime

import dagster as dg

from chiso import warehouse
from chiso.report import render_report
from orchestration.assets.ingest import WRITER_POOL, raw_articles
from orchestration.assets.transform import mart_keys
from orchestration.resources import Warehouse

# One row per input file ever seen, with the article it became (or duplicates).
AUDIT_INGESTION_FILES_VIEW = """
CREATE OR REPLACE VIEW audit.ingestion_files AS
SELECT f.file_path, f.sha256, f.size_bytes, f.status, f.reason,
       coalesce(a.article_id, f.duplicate_of_article_id) AS article_id,
       f.article_count, f.duplicate_of_article_id, f.first_seen_at, f.last_seen_at
FROM raw.ingested_files AS f
LEFT JOIN (SELECT file_path, file_sha256, min_by(article_id, record_index) AS article_id
           FROM raw.articles GROUP BY file_path, file_sha256) AS a
       ON a.file_path = f.file_path AND a.file_sha256 = f.sha256
"""

CHECK_RESULT_COLUMNS = ["asset_key", "check_name", "status", "passed", "severity", "blocking", "run_id",
                        "evaluated_at", "description"]
CHECK_RESULT_TYPES = {"passed": "BOOLEAN", "blocking": "BOOLEAN", "evaluated_at": "TIMESTAMP"}


def latest_check_results(context: dg.AssetExecutionContext) -> list[tuple]:
    """The latest outcome of every asset check of this job, from the Dagster instance."""
    asset_graph = context.job_def.asset_layer.asset_graph
    keys = sorted(asset_graph.asset_check_keys, key=lambda k: (k.asset_key.to_user_string(), k.name))
    records = context.instance.event_log_storage.get_latest_asset_check_execution_by_key(keys)
    rows = []
    for key in keys:
        spec = asset_graph.get_check_spec(key)
        record = records.get(key)
        evaluation = record.event.dagster_event.event_specific_data if record and record.event and record.event.dagster_event else None
        passed = getattr(evaluation, "passed", None)
        severity = getattr(getattr(evaluation, "severity", None), "value", None)
        rows.append((key.asset_key.to_user_string(), key.name, record.status.value if record else "NEVER_RUN",
                     passed, severity, spec.blocking, record.run_id if record else None,
                     datetime.fromtimestamp(record.create_timestamp) if record else None, spec.description))
    return rows


@dg.asset(
    group_name="serve",
    kinds={"duckdb"},
    pool=WRITER_POOL,
    deps=[*mart_keys(), raw_articles],
    description="serving.duckdb: a snapshot of the marts and the audit tables (ingestion_files, "
    "check_results, and publication: what the snapshot was built from), built as a new file and "
    "renamed over the old one only after every upstream blocking check passed. Readers holding the old file open keep a consistent view and never "
    "block a build.",
)
def serving_database(context: dg.AssetExecutionContext, warehouse_db: Warehouse) -> dg.MaterializeResult:
    check_rows = latest_check_results(context)
    with warehouse_db.connect() as conn:
        conn.execute("CREATE SCHEMA IF NOT EXISTS audit")
        conn.execute(AUDIT_INGESTION_FILES_VIEW)
        warehouse.replace_table(conn, "audit.check_results", CHECK_RESULT_COLUMNS, check_rows, CHECK_RESULT_TYPES)
        warehouse.stamp_publication(conn)
    counts = warehouse.publish_serving(warehouse_db.duckdb_path, warehouse_db.serving_path)
    context.log.info(f"published {len(counts)} tables to {warehouse_db.serving_path}")
    failed = [f"{r[0]}:{r[1]}" for r in check_rows if r[3] is False]
    return dg.MaterializeResult(metadata={
        "path": dg.MetadataValue.path(str(warehouse_db.serving_path)),
        "tables": dg.MetadataValue.md("| table | rows |\n|---|---|\n" + "\n".join(
            f"| {name} | {rows} |" for name, rows in counts.items())),
        "checks_failed_non_blocking": ", ".join(failed) or "none",
        "check_outcomes": dg.MetadataValue.md("| asset | check | passed | blocking |\n|---|---|---|---|\n" + "\n".join(
            f"| {r[0]} | {r[1]} | {r[3]} | {r[5]} |" for r in check_rows)),
        "dagster/row_count": counts.get("marts.fct_indicator_observation", 0),
    })


@dg.asset(
    group_name="serve",
    kinds={"python", "html"},
    deps=[serving_database],
    description="A static report rendered from serving.duckdb: women's share by province and level, "
    "health-insurance coverage over time against targets, reconciliation and conflict findings; "
    "every plotted figure is listed with its source article and sentence.",
)
def indicator_report(context: dg.AssetExecutionContext, warehouse_db: Warehouse) -> dg.MaterializeResult:
    page, charts = render_report(warehouse_db.serving_path, warehouse_db.report_dir)
    preview = base64.b64encode((page.parent / charts[0].image).read_bytes()).decode()
    context.log.info(f"report written to {page}")
    return dg.MaterializeResult(metadata={
        "report": dg.MetadataValue.path(str(page)),
        "charts": ", ".join(c.image for c in charts),
        "figures_plotted": sum(len(c.figures) for c in charts),
        "preview": dg.MetadataValue.md(f"![{charts[0].title}](data:image/svg+xml;base64,{preview})"),
    })
