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
