"""Transform: every dbt model, seed and test through dagster-dbt."""

import json
from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtProject, dbt_assets

from chiso import warehouse
from orchestration.assets.ingest import WRITER_POOL
from orchestration.project import dbt_project
from orchestration.resources import LocalDbtCli, Warehouse

MART_PREFIXES = ("dim_", "fct_", "mart_")


class ChisoDbtTranslator(DagsterDbtTranslator):
    """dbt models form the `transform` group, tagged with their layer; marts, which BI tools read
    from serving.duckdb, are tagged `bi`."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props.get("resource_type") == "source":
            return spec
        layer = next((part for part in props.get("fqn", [])[1:-1]), "models")
        tags = {"layer": layer, **({"bi": "true"} if layer == "marts" else {})}
        return spec.replace_attributes(group_name="transform").merge_attributes(kinds={"duckdb"}, tags=tags)


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=ChisoDbtTranslator(settings=DagsterDbtTranslatorSettings(
        enable_asset_checks=True,
        # raw.articles and raw.ingested_files are both written by the raw_articles asset.
        enable_duplicate_source_asset_keys=True)),
    pool=WRITER_POOL,
)
def chiso_dbt_models(context: dg.AssetExecutionContext, dbt: LocalDbtCli, warehouse_db: Warehouse):
    """`dbt build`: models and their data tests, which arrive in Dagster as asset checks."""
    dbt_vars = json.dumps({"duckdb_path": str(warehouse_db.duckdb_path)})
    # dbt unit tests check the SQL against fixed inputs, not the data: they run where the SQL
    # changes (the test suite, tests/integration/test_pipeline.py), not on every build, as dbt
    # itself advises. They are not asset checks, and cost 2.6 s of every build.
    args = ["build", "--exclude-resource-type", "unit_test", "--vars", dbt_vars]
    # The observation models are incremental by article; a change of the provinces or of the
    # catalogue (a new release of either) must reach the articles already loaded too.
    with warehouse_db.connect() as conn:
        full_refresh = warehouse.reference_changed_since_last_transform(conn)
    if full_refresh:
        context.log.info("reference data changed since the last transform: dbt build --full-refresh")
        args.append("--full-refresh")
    # A fixed target path keeps dbt's partial-parse cache between runs (a fresh one per run
    # costs a full parse); runs are serialised by the writer pool, so they never share it at once.
    invocation = dbt.cli(args, context=context, target_path=dbt_project.project_dir / "target" / "build")
    # Row counts are read by one short-lived connection after dbt has exited, not by
    # dagster-dbt's fetch_row_counts: that keeps dbt's DuckDB instance open in this process,
    # holding the file against every later writer.
    events = list(invocation.stream())
    relations = {node["unique_id"]: node.get("relation_name") for node in invocation.manifest["nodes"].values()
                 if node.get("config", {}).get("materialized") in ("table", "incremental")}
    with warehouse_db.connect(read_only=True) as conn:
        for event in events:
            relation = relations.get(getattr(event, "metadata", {}).get("unique_id", dg.MetadataValue.text("")).value)
            if relation and isinstance(event, (dg.Output, dg.AssetMaterialization)):
                rows = conn.execute(f"SELECT count(*) FROM {relation}").fetchone()[0]
                event = event.with_metadata({**event.metadata, "dagster/row_count": rows, "full_refresh": full_refresh})
            yield event
    if invocation.is_successful():
        with warehouse_db.connect() as conn:
            warehouse.record_transform(conn)


def mart_keys() -> list[dg.AssetKey]:
    return [key for key in chiso_dbt_models.keys if key.path[-1].startswith(MART_PREFIXES)]
