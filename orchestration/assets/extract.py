"""Extract: indicator observations from the loaded articles."""

import dagster as dg

from chiso import warehouse
from chiso.progress import Progress
from chiso.extraction import EXTRACTOR_VERSION, extract
from orchestration.assets.ingest import WRITER_POOL, raw_articles
from orchestration.resources import Warehouse


@dg.asset(
    group_name="extract",
    kinds={"python", "duckdb"},
    pool=WRITER_POOL,
    deps=[raw_articles],
    code_version=EXTRACTOR_VERSION,
    description="One row per indicator observation found in the articles, with its value, unit, "
    "kind, place, organisation, period and provenance (sentence, character offsets into the "
    "stored article text, cue, confidence, extractor version). Only articles that are new or "
    "were read by another extractor version are extracted.",
)
def indicator_observations(context: dg.AssetExecutionContext, warehouse_db: Warehouse) -> dg.MaterializeResult:
    with warehouse_db.connect() as conn:
        summary = warehouse.extract_pending(conn, extract, EXTRACTOR_VERSION, Progress("extract"))
        total, mean_confidence = conn.execute(
            "SELECT count(*), avg(confidence) FROM raw.indicator_observations").fetchone()
        per_indicator = conn.execute(
            "SELECT indicator_code, count(*) AS observations, round(avg(confidence), 3) AS mean_confidence "
            "FROM raw.indicator_observations GROUP BY 1 ORDER BY 1").fetchall()
        articles = conn.execute("SELECT count(*) FROM raw.article_extractions").fetchone()[0]
        newest = conn.execute(
            """SELECT o.indicator_code, o.value, o.unit, o.kind, o.province, o.period, a.source
               FROM raw.indicator_observations o JOIN raw.articles a USING (article_id)
               WHERE o.kind <> 'derived'
               ORDER BY a.published_at DESC NULLS LAST, o.article_id, o.start_offset LIMIT 10""").fetchall()
    context.log.info(f"extracted {summary.articles_extracted} articles, {summary.observations_written} observations")
    table = "\n".join(f"| {code} | {n} | {c} |" for code, n, c in per_indicator)
    return dg.MaterializeResult(metadata={
        "dagster/row_count": total,
        "extractor_version": EXTRACTOR_VERSION,
        "articles": articles,
        "articles_extracted_this_run": summary.articles_extracted,
        "observations_this_run": summary.observations_written,
        "mean_confidence": float(mean_confidence or 0.0),
        "newest_observations": dg.MetadataValue.md(
            "| indicator | value | unit | kind | province | period | article |\n|---|---|---|---|---|---|---|\n"
            + "\n".join("| " + " | ".join("" if v is None else str(v) for v in row) + " |" for row in newest)),
        "observations_per_indicator": dg.MetadataValue.md(
            "| indicator | observations | mean confidence |\n|---|---|---|\n" + table),
    })
