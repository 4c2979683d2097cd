# Chỉ số — the two commands are `make run` and `make test`; the rest are their parts.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
CHISO_PORT ?= 3000
UV_VERSION := 0.13.8

export DAGSTER_HOME ?= $(CURDIR)/.dagster_home
export PATH := $(CURDIR)/$(BIN):$(PATH)
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DO_NOT_TRACK := 1

DBT_SOURCES := $(shell find dbt_project -path dbt_project/target -prune -o -type f \( -name '*.sql' -o -name '*.yml' -o -name '*.csv' \) -print 2>/dev/null)
MANIFEST := dbt_project/target/manifest.json

.PHONY: install run build test dagster-home clean

install: $(VENV)/.installed $(MANIFEST) dagster-home

# uv resolves nothing here: it installs exactly what uv.lock records.
$(VENV)/.installed: pyproject.toml uv.lock
	@command -v uv >/dev/null 2>&1 || python3 -m pip install --quiet "uv==$(UV_VERSION)"
	uv sync --frozen --all-groups --python 3.11
	$(BIN)/python -m compileall -q chiso orchestration bench
	@touch $@

# The dbt manifest is prepared once at install time (and again only when dbt files change),
# never parsed on every load of the Dagster definitions.
$(MANIFEST): $(VENV)/.installed $(DBT_SOURCES)
	$(BIN)/dagster-dbt project prepare-and-package --file orchestration/project.py
	@touch $@

dagster-home:
	@mkdir -p "$(DAGSTER_HOME)/.nux"
	@test -f "$(DAGSTER_HOME)/dagster.yaml" || cp orchestration/dagster.yaml "$(DAGSTER_HOME)/dagster.yaml"
	@test -f "$(DAGSTER_HOME)/.nux/nux.yaml" || echo "seen: 1" > "$(DAGSTER_HOME)/.nux/nux.yaml"

build: install
	$(BIN)/chiso build

run: build
	@echo "Dagster UI on http://127.0.0.1:$(CHISO_PORT) (Ctrl-C to stop)"
	$(BIN)/dagster dev -m orchestration.definitions -h 127.0.0.1 -p $(CHISO_PORT)

test: install
	$(BIN)/pytest

clean:
	rm -rf warehouse/*.duckdb warehouse/*.wal warehouse/quarantine warehouse/report warehouse/dbt_target warehouse/cache .dagster_home dbt_project/target
