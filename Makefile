# A4B Natura 2000 toolkit: every step from a fresh Debian 12/13 machine.
# `make demo` and `make test` install what is missing first.

SHELL := /bin/bash
PLUGIN := a4b_qgis_plugin
PY := /usr/bin/python3
VENV := .venv
VPY := $(VENV)/bin/python
BUILD := build
STAGE := $(BUILD)/stage
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
ZIP := $(BUILD)/$(PLUGIN)-$(VERSION).zip
APT_PACKAGES := qgis python3-qgis qgis-providers python3-pandas python3-openpyxl \
	python3-venv xvfb xauth poppler-utils pyqt5-dev-tools qttools5-dev-tools \
	python3-psycopg2 postgresql postgis postgresql-postgis
# PostgreSQL/PostGIS: the team register's tests start a throwaway cluster (tests/pg_cluster.py).
# Test tools only: QGIS, numpy, pandas come from Debian (never pip them).
PIP_PACKAGES := pytest==9.2.0 pytest-qgis==5.0.2 ruff==0.17.5 import-linter==2.17
SOURCES := $(shell find $(PLUGIN) -name '*.py' -not -path '*/__pycache__/*')
UI_FILES := $(shell find $(PLUGIN) -name '*.ui')
TS := i18n/$(PLUGIN)_nl.ts
QM := $(PLUGIN)/i18n/$(PLUGIN)_nl.qm

export QT_QPA_PLATFORM ?= offscreen

.PHONY: help deps venv test lint format translate qm stage zip deploy demo demo-data \
	screenshot bench test-debian13 clean

help:
	@echo "make demo        run the main job on the bundled demo data (headless)"
	@echo "make test        install what is missing, lint, run the whole suite"
	@echo "make zip         build $(ZIP) for Plugins > Install from ZIP"
	@echo "make deploy      copy the plugin into your default QGIS profile"
	@echo "make translate   refresh $(TS) from the sources (pylupdate5)"
	@echo "make screenshot  start QGIS under Xvfb: build/screenshot.png, build/screenshot_measures_nl.png"
	@echo "make bench       national-scale benchmark against QGIS's own tools"
	@echo "make test-debian13  as root on Debian 12: CI of HEAD on a fresh Debian 13 (QGIS 3.40) chroot"

# --- installation ----------------------------------------------------------
deps: $(BUILD)/.apt-done venv

# Depends on the Makefile: a package added to APT_PACKAGES is installed on the next run.
$(BUILD)/.apt-done: Makefile
	@mkdir -p $(BUILD)
	@missing=""; for p in $(APT_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Installing:$$missing"; \
		SUDO=""; [ "$$(id -u)" -ne 0 ] && SUDO=sudo; \
		$$SUDO apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing </dev/null; \
	fi
	@touch $@

venv: $(VENV)/.done

$(VENV)/.done: Makefile
	@test -x $(VPY) || $(PY) -m venv --system-site-packages $(VENV)
	$(VPY) -m pip install -q --disable-pip-version-check $(PIP_PACKAGES)
	@touch $@

# --- quality ---------------------------------------------------------------
# lint-imports checks the layering contracts in pyproject.toml; it runs from the
# repository root, where a4b_qgis_plugin is importable.
lint: venv
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: venv
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

test: deps lint qm
	$(VPY) -m pytest -p no:cacheprovider tests

# --- translation -----------------------------------------------------------
translate: $(BUILD)/.apt-done
	pylupdate5 -noobsolete $(SOURCES) $(UI_FILES) -ts $(TS)
	$(PY) scripts/fill_translations.py $(TS)

qm: $(QM)

$(QM): $(TS) $(BUILD)/.apt-done
	@mkdir -p $(PLUGIN)/i18n
	lrelease -silent $(TS) -qm $(QM)

# --- packaging -------------------------------------------------------------
stage: qm
	$(PY) scripts/stage_plugin.py $(STAGE)

zip: stage
	$(PY) scripts/stage_plugin.py $(STAGE) --zip $(ZIP)
	@echo "Plugin zip: $(abspath $(ZIP))"

deploy: stage
	$(PY) scripts/stage_plugin.py $(STAGE) --deploy

# --- running ---------------------------------------------------------------
demo: deps stage
	$(PY) scripts/run_demo.py --plugins $(STAGE) --out $(BUILD)/demo

demo-data:
	$(PY) scripts/make_demo_data.py $(PLUGIN)/resources/demo/a4b_demo.gpkg
	$(PY) scripts/make_demo_scoring_data.py $(PLUGIN)/resources/demo

screenshot: deps stage
	env -u QT_QPA_PLATFORM $(PY) scripts/desktop_screenshot.py --plugins $(STAGE) --out $(BUILD)/screenshot.png
	env -u QT_QPA_PLATFORM $(PY) scripts/desktop_screenshot.py --plugins $(STAGE) --locale nl \
		--scenario measures --out $(BUILD)/screenshot_measures_nl.png

bench: deps stage
	$(PY) bench/bench_flag_parcels.py --plugins $(STAGE) --parcels $${PARCELS:-200000}

# The other supported platform, from this one: needs root; keeps the chroot in build/debian13.
test-debian13:
	scripts/debian13_check.sh

clean:
	# --one-file-system: never follow a mount left in build/debian13 (its /dev is the host's)
	rm -rf --one-file-system $(BUILD) $(PLUGIN)/i18n/*.qm
	find . -path ./$(BUILD) -prune -o -name __pycache__ -prune -exec rm -rf {} +
