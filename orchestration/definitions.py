"""The Chỉ số code location: one Definitions object for the UI, the CLI and the tests."""

from __future__ import annotations

import dagster as dg

from chiso.settings import Settings
from orchestration.assets.crawl import NewsSites, crawled_pages
from orchestration.assets.extract import indicator_observations
from orchestration.automation import BUILD_JOB_NAME, daily_build_schedule, landing_folder_sensor
from orchestration.assets.ingest import administrative_units, indicator_catalogue, raw_articles
from orchestration.assets.serve import indicator_report, serving_database
from orchestration.assets.transform import chiso_dbt_models
from orchestration.checks import (every_landing_file_accounted_for, gold_set_f1_not_below_accepted,
                                  provenance_points_at_the_figure)
from orchestration.project import DBT_EXECUTABLE, dbt_project
from orchestration.resources import LandingFolder, LocalDbtCli, Warehouse

ALL_ASSETS = [crawled_pages, raw_articles, indicator_catalogue, administrative_units, indicator_observations,
              chiso_dbt_models, serving_database, indicator_report]
ALL_CHECKS = [every_landing_file_accounted_for, provenance_points_at_the_figure, gold_set_f1_not_below_accepted]

build_warehouse_job = dg.define_asset_job(
    BUILD_JOB_NAME, selection=dg.AssetSelection.all(),
    description="Crawl (when configured), ingest the landing folder, extract, run dbt with its tests, "
    "publish serving.duckdb and render the report.")

crawl_news_job = dg.define_asset_job(
    "crawl_news", selection=dg.AssetSelection.assets(crawled_pages),
    description="Fetch new article pages of the configured sites into the landing folder.")


def build_definitions(settings: Settings) -> dg.Definitions:
    # The in-process executor: each step of the multiprocess one costs seconds to start, and
    # every step writes to the same DuckDB file, so they run one after another anyway.
    return dg.Definitions(
        assets=ALL_ASSETS,
        asset_checks=ALL_CHECKS,
        jobs=[build_warehouse_job, crawl_news_job],
        sensors=[landing_folder_sensor],
        schedules=[daily_build_schedule],
        resources={
            "landing": LandingFolder(path=str(settings.articles_dir)),
            "warehouse_db": Warehouse(path=str(settings.warehouse_dir)),
            "news_sites": NewsSites(sites_file=settings.crawl_sites_file),
            "dbt": LocalDbtCli(project_dir=dbt_project, profiles_dir=str(dbt_project.profiles_dir),
                               dbt_executable=DBT_EXECUTABLE),
        },
        executor=dg.in_process_executor,
    )


defs = build_definitions(Settings.from_env())
