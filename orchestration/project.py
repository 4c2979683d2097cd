"""The dbt project as Dagster sees it. Kept apart so that `dagster-dbt project
prepare-and-package --file orchestration/project.py` can build the manifest at install time
without loading the rest of the code location."""

import sys
from pathlib import Path

from dagster_dbt import DbtProject

from chiso.settings import DBT_PROJECT_DIR

dbt_project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)

# The dbt of this environment, whether or not its bin folder is on PATH (`.venv/bin/chiso`).
DBT_EXECUTABLE = str(Path(sys.executable).parent / "dbt")
