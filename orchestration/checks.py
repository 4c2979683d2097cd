"""Python asset checks on the ingest and extract assets (dbt tests arrive through dagster-dbt)."""

import dagster as dg

from chiso import corpus, quality
from chiso.settings import REPO_ROOT
from orchestration.assets.extract import indicator_observations
from orchestration.assets.ingest import raw_articles
from orchestration.resources import LandingFolder, Warehouse


@dg.asset_check(asset=raw_articles, blocking=True,
                description="Every file of the landing folder is accounted for (loaded, duplicate or "
                "rejected) and every loaded file left its articles: nothing is lost.")
def every_landing_file_accounted_for(landing: LandingFolder, warehouse_db: Warehouse) -> dg.AssetCheckResult:
    with warehouse_db.connect(read_only=True) as conn:
        missing = quality.unaccounted_files(conn, landing.root)
        empty = quality.loaded_files_without_articles(conn)
        statuses = dict(conn.execute("SELECT status, count(*) FROM raw.ingested_files GROUP BY 1").fetchall())
    return dg.AssetCheckResult(
        passed=not missing and not empty,
        metadata={"unaccounted_files": len(missing), "loaded_without_articles": len(empty),
                  "examples": ", ".join((missing + empty)[:10]) or "none",
                  **{f"files_{status}": n for status, n in statuses.items()}},
    )


@dg.asset_check(asset=indicator_observations, blocking=True,
                description="Every observation's offsets point at its figure, inside its sentence, "
                "inside the stored article text: provenance is exact.")
def provenance_points_at_the_figure(warehouse_db: Warehouse) -> dg.AssetCheckResult:
    with warehouse_db.connect(read_only=True) as conn:
        broken = quality.observations_with_broken_provenance(conn)
    return dg.AssetCheckResult(
        passed=not broken,
        metadata={"broken_observations": len(broken),
                  "examples": "; ".join(f"{oid}: {problem}" for oid, problem in broken[:10]) or "none"},
    )


@dg.asset_check(asset=indicator_observations, blocking=False,
                description="The extractor, scored on the project's gold sets (samples and hard "
                "articles), keeps at least the last accepted F1 (samples/accepted_scores.json). Scored "
                "once per version of the extractor and the gold sets (cached by their hash). A "
                "regression guard on the code, so it warns rather than holding back new data.")
def gold_set_f1_not_below_accepted(warehouse_db: Warehouse) -> dg.AssetCheckResult:
    accepted = corpus.accepted_scores(REPO_ROOT)
    scores, from_cache = corpus.gold_set_scores(REPO_ROOT, warehouse_db.cache_dir)
    metadata: dict = {"scores_from_cache": from_cache}
    regressions = []
    for name, score in scores.items():
        f1 = round(score["f1"], 4)
        floor = accepted.get(name, {}).get("f1", 0.0)
        metadata[f"{name}_f1"] = f1
        metadata[f"{name}_precision"] = round(score["precision"], 4)
        metadata[f"{name}_recall"] = round(score["recall"], 4)
        metadata[f"{name}_accepted_f1"] = floor
        if f1 < floor:
            regressions.append(f"{name}: F1 {f1} < accepted {floor}")
        if name == "samples":
            metadata["per_indicator"] = dg.MetadataValue.md(score["per_indicator"])
    return dg.AssetCheckResult(passed=not regressions, severity=dg.AssetCheckSeverity.WARN,
                               metadata={**metadata, "regressions": "; ".join(regressions) or "none"})
