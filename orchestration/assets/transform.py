"""Transform: every dbt model, seed and test through dagster-dbt."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DagsterDbtTranslatorSettings, DbtCliResource, DbtProject, dbt_assets

from orchestration.assets.ingest import WRITER_POOL
from orchestration.project import dbt_project
from orchestration.resources import Warehouse

MART_PREFIXES = ("dim_", "fct_", "mart_")


class ChisoDbtTranslator(DagsterDbtTranslator):
    """dbt models form the `transform` group; marts say they are what BI reads."""

    def get_asset_spec(self, manifest: Mapping[str, Any], unique_id: str, project: DbtProject | None) -> dg.AssetSpec:
        spec = super().get_asset_spec(manifest, unique_id, project)
        props = self.get_resource_props(manifest, unique_id)
        if props.get("resource_type") == "source":
            return spec
        layer = next((part for part in props.get("fqn", [])[1:-1]), "models")
        return spec.replace_attributes(group_name="transform").merge_attributes(
            kinds={"duckdb"}, tags={"layer": layer})


@dbt_assets(
    manifest=dbt_project.manifest_path,
    project=dbt_project,
    dagster_dbt_translator=ChisoDbtTranslator(settings=DagsterDbtTranslatorSettings(enable_asset_checks=True)),
    pool=WRITER_POOL,
)
def chiso_dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse_db: Warehouse):
    """`dbt build`: models and their data tests, which arrive in Dagster as asset checks."""
    dbt_vars = json.dumps({"duckdb_path": str(warehouse_db.duckdb_path)})
    yield from dbt.cli(["build", "--vars", dbt_vars], context=context).stream().fetch_row_counts()


def mart_keys() -> list[dg.AssetKey]:
    return [key for key in chiso_dbt_models.keys if key.path[-1].startswith(MART_PREFIXES)]
