import json

from orchestration.assets.transform import ChisoDbtTranslator
from orchestration.project import dbt_project


def _manifest():
    return json.loads(dbt_project.manifest_path.read_text())


def test_models_are_grouped_and_tagged_by_layer_and_marts_are_for_bi():
    manifest = _manifest()
    translator = ChisoDbtTranslator()
    fact = translator.get_asset_spec(manifest, "model.chiso.fct_indicator_observation", dbt_project)
    staged = translator.get_asset_spec(manifest, "model.chiso.stg_chiso__articles", dbt_project)
    assert fact.group_name == staged.group_name == "transform"
    assert fact.tags["layer"] == "marts" and fact.tags["bi"] == "true"
    assert staged.tags["layer"] == "staging" and "bi" not in staged.tags
    assert "duckdb" in fact.kinds


def test_sources_keep_the_key_of_the_python_asset_that_writes_them():
    manifest = _manifest()
    spec = ChisoDbtTranslator().get_asset_spec(manifest, "source.chiso.chiso_raw.indicator_observations", dbt_project)
    assert spec.key.path == ["indicator_observations"]


def test_the_manifest_shortcut_defines_the_assets_and_checks_dbt_selection_gives():
    from dagster_dbt import dbt_assets

    from orchestration.assets.transform import DBT_ASSETS_ARGS, chiso_dbt_models

    @dbt_assets(**DBT_ASSETS_ARGS)   # outside the shortcut: dbt's graph selector picks the nodes
    def selected_by_dbt():
        ...

    assert chiso_dbt_models.keys == selected_by_dbt.keys and len(chiso_dbt_models.keys) > 10
    assert chiso_dbt_models.check_keys == selected_by_dbt.check_keys and len(chiso_dbt_models.check_keys) > 30
    assert chiso_dbt_models.asset_deps == selected_by_dbt.asset_deps


def test_loading_the_definitions_does_not_import_dbts_graph_selector():
    import subprocess
    import sys

    probe = "import sys, orchestration.definitions; print('dbt.graph.selector' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
