"""Ingest: landing folder and reference data into the raw schema of the working database."""

import dagster as dg

from chiso import reference, warehouse
from chiso.progress import Progress
from orchestration.assets.crawl import crawled_pages
from orchestration.resources import LandingFolder, Warehouse

WRITER_POOL = "duckdb_writer"  # DuckDB allows one writer process: every writer takes this pool.


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=WRITER_POOL,
    deps=[crawled_pages],
    description="Every file of the landing folder, loaded once by path and content hash into "
    "raw.articles (one row per distinct article text) and accounted for in raw.ingested_files "
    "(loaded / duplicate / rejected with a reason; rejected bytes kept under quarantine/).",
)
def raw_articles(context: dg.AssetExecutionContext, landing: LandingFolder, warehouse_db: Warehouse) -> dg.MaterializeResult:
    with warehouse_db.connect() as conn:
        summary = warehouse.ingest_folder(conn, landing.root, warehouse_db.quarantine_dir, warehouse_db.max_file_bytes,
                                          Progress("ingest"))
        total_articles, total_files = conn.execute(
            "SELECT (SELECT count(*) FROM raw.articles), (SELECT count(*) FROM raw.ingested_files)").fetchone()
    for path, reason in summary.rejections:
        context.log.warning(f"rejected {path}: {reason}")
    rejected_md = "\n".join(f"| `{p}` | {r} |" for p, r in summary.rejections)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": total_articles,
        "landing_folder": dg.MetadataValue.path(str(landing.root)),
        "files_seen": summary.files_seen,
        "files_loaded": summary.loaded,
        "files_duplicate": summary.duplicate,
        "files_rejected": summary.rejected,
        "files_unchanged": summary.unchanged,
        "articles_added": summary.articles,
        "files_ever_seen": total_files,
        "rejected_this_run": dg.MetadataValue.md(
            "| file | reason |\n|---|---|\n" + rejected_md if rejected_md else "No file rejected in this run."),
    })


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=WRITER_POOL,
    description="The indicator catalogue (codes, units, themes, names, SDG links) from the same "
    "data file that drives the extractor's classification; feeds dim_indicator.",
)
def indicator_catalogue(warehouse_db: Warehouse) -> dg.MaterializeResult:
    with warehouse_db.connect() as conn:
        count = warehouse.load_indicator_catalogue(conn)
    return dg.MaterializeResult(metadata={"dagster/row_count": count})


@dg.asset(
    group_name="ingest",
    kinds={"python", "duckdb"},
    pool=WRITER_POOL,
    description="Vietnam's provinces before (63) and after (34) the merger of 2025-07-01, with "
    "official codes, validity dates and each old province's current province, taken from the "
    "vietnamadminunits package; feeds dim_geography.",
)
def administrative_units(warehouse_db: Warehouse) -> dg.MaterializeResult:
    with warehouse_db.connect() as conn:
        rows = warehouse.load_administrative_units(conn)
    era = reference.ADMINISTRATIVE_UNIT_COLUMNS.index("era")
    eras = {name: sum(1 for r in rows if r[era] == name) for name in ("pre_2025", "current")}
    return dg.MaterializeResult(metadata={"dagster/row_count": len(rows), "provinces_pre_2025": eras["pre_2025"],
                                          "provinces_current": eras["current"]})
