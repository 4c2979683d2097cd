"""Transform: every dbt model, seed and test through dagster-dbt."""

import json
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import dagster as dg
from pydantic import Field
import dagster_dbt.asset_utils
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtProject, dbt_assets

import chiso
from chiso import fingerprint, report, warehouse
from orchestration.assets.ingest import WRITER_POOL
from orchestration.project import dbt_project
from orchestration.resources import LocalDbtCli, Warehouse

MART_PREFIXES = ("dim_", "fct_", "mart_")
UP_TO_DATE = "up_to_date"  # metadata of the observations the transform yields when it skips


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


class TransformConfig(dg.Config):
    force: bool = Field(default=False, description="Run dbt, publication and the report even when nothing "
                        "dbt reads has changed since the last published transform (e.g. after editing "
                        "the working database by hand).")


@contextmanager
def selecting_all_nodes_from_the_manifest() -> Iterator[None]:
    """While dbt assets are defined, the default selection ("fqn:*", nothing excluded) is read from
    the manifest: every node in it. dagster-dbt otherwise asks dbt's graph selector, whose imports
    (dbt's manifest classes, networkx) cost 0.3 s of every load of the definitions — a tenth of
    the budget — to return those same nodes (dagster-dbt takes this shortcut itself when dbt-core
    is not installed). Any other selection still goes to dbt. Tested: the assets and checks are
    the ones dbt's selection gives."""
    dbt_select = dagster_dbt.asset_utils.select_unique_ids

    def select_unique_ids(select, exclude, selector, project, manifest_json):
        if select in ("", "fqn:*") and not exclude and not selector:
            return set(manifest_json["nodes"])
        return dbt_select(select=select, exclude=exclude, selector=selector, project=project,
                          manifest_json=manifest_json)

    dagster_dbt.asset_utils.select_unique_ids = select_unique_ids
    try:
        yield
    finally:
        dagster_dbt.asset_utils.select_unique_ids = dbt_select


DBT_ASSETS_ARGS = dict(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=ChisoDbtTranslator(settings=DagsterDbtTranslatorSettings(
        enable_asset_checks=True,
        # raw.articles and raw.ingested_files are both written by the raw_articles asset.
        enable_duplicate_source_asset_keys=True)),
    pool=WRITER_POOL,
)


def chiso_dbt_models(context: dg.AssetExecutionContext, dbt: LocalDbtCli, warehouse_db: Warehouse,
                     config: TransformConfig):
    """`dbt build`: models and their data tests, which arrive in Dagster as asset checks."""
    with warehouse_db.connect() as conn:
        inputs = warehouse.transform_inputs_fingerprint(conn, code_fingerprint())
        up_to_date = (warehouse.transform_is_published(conn, inputs, warehouse_db.serving_path)
                      and report.is_current(warehouse_db.report_dir, warehouse_db.serving_path))
        full_refresh = warehouse.reference_changed_since_last_transform(conn)
    # A subset chosen in the UI always runs: someone asked for exactly those models.
    if up_to_date and not config.force and not context.is_subset:
        # Conditional materialisation: no model is yielded, so Dagster skips publication and the
        # report too. dbt would rebuild the same tables, test the same rows, and publish the same
        # snapshot: a daily build with no new article costs seconds, not a transform. The
        # observation says so in the asset's history (and tells `chiso build` why nothing ran).
        context.log.info("nothing dbt reads has changed since the last published transform: dbt, "
                         "publication and the report are skipped (config force: true runs them anyway)")
        for key in sorted(context.selected_asset_keys, key=lambda k: k.path):
            yield dg.AssetObservation(asset_key=key, metadata={UP_TO_DATE: True, "inputs_fingerprint": inputs[:16]})
        return
    dbt_vars = json.dumps({"duckdb_path": str(warehouse_db.duckdb_path)})
    # dbt unit tests check the SQL against fixed inputs, not the data: they run where the SQL
    # changes (the test suite, tests/integration/test_pipeline.py), not on every build, as dbt
    # itself advises. They are not asset checks, and cost 2.6 s of every build.
    args = ["build", "--exclude-resource-type", "unit_test", "--vars", dbt_vars]
    # The observation models are incremental by article; a change of the provinces or of the
    # catalogue (a new release of either) must reach the articles already loaded too.
    if full_refresh:
        context.log.info("reference data changed since the last transform: dbt build --full-refresh")
        args.append("--full-refresh")
    # dbt's target folder (partial-parse cache, compiled SQL, run results, log) lives with the
    # warehouse it builds: dbt keys its partial-parse cache on the profile, which names the
    # DuckDB file, so builds of two warehouses sharing one folder re-parsed the whole project
    # each time (4.5 s), and two build processes could write the same files at once. Builds of
    # one warehouse are serialised by the writer pool.
    invocation = dbt.cli(args, context=context, target_path=warehouse_db.dbt_target_path)
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
    # Only a build of the whole project stands for these inputs; a subset leaves models behind.
    if invocation.is_successful() and not context.is_subset:
        with warehouse_db.connect() as conn:
            warehouse.record_transform(conn, inputs)


with selecting_all_nodes_from_the_manifest():
    chiso_dbt_models = dbt_assets(**DBT_ASSETS_ARGS)(chiso_dbt_models)


def code_fingerprint() -> str:
    """A hash of the code a build runs after ingestion (the dbt project's sources, this package,
    chiso) and of the installed packages: a change to any of them may change what dbt, the
    publication or the report would produce. The sources, not the prepared manifest, which is
    only refreshed by `make` and does not record the values of dbt vars."""
    return fingerprint.code_fingerprint([dbt_project.project_dir, Path(chiso.__file__).parent,
                                         Path(__file__).resolve().parents[1]])


def mart_keys() -> list[dg.AssetKey]:
    return [key for key in chiso_dbt_models.keys if key.path[-1].startswith(MART_PREFIXES)]
