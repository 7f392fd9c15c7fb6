# Counselor desk: developer entry points.
#
#   make run     start the app (embedded SQLite database in the platform data folder)
#   make test    lint, type-check, check the layer contracts, run the test suite
#   make lint    the static checks of `make test` without the test suite
#   make bench   run the benchmarks in bench/; fails when a figure misses its target
#   make faults  the fault-injection tests (also in `make test`) and their figures as JSON
#   make translations  regenerate ui/data_strings.py and resources/translations/*.ts, compile the .qm
#   make clean   remove caches and build output (make distclean also removes .venv)
#   make package       build the Linux workstation bundle in dist/counselor-desk (PyInstaller)
#   make package-test  build it, then start it offscreen against a private keyring (tests/packaging)
#
# Variables: PYTHON (interpreter that creates .venv, default python3), ARGS (options for
# `make run`, e.g. ARGS="--database URL"), PYTEST_ARGS (extra pytest options for `make test`).
#
# Every target creates the virtual environment it needs in .venv on first use. A stamp file per
# flavour records that pyproject.toml was installed, so later runs do not reinstall.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip --disable-pip-version-check --quiet
ARGS ?=
PYTEST_ARGS ?=

.DEFAULT_GOAL := help
.DELETE_ON_ERROR:

.PHONY: help run test lint bench faults venv clean distclean package package-test translations

help:
	@sed -n 's/^#   //p' $(firstword $(MAKEFILE_LIST))

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); \
	  echo "Could not create $(VENV); on Debian/Ubuntu install python3-venv." >&2; exit 1; }

# The application alone.
$(VENV)/.stamp-run: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

# The application with the test and lint tools (the `test` extra).
$(VENV)/.stamp-test: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[test]'
	@touch $@

# The application with PyInstaller (the `package` extra).
$(VENV)/.stamp-package: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[package]'
	@touch $@

# venv: the development environment, with the test tools
venv: $(VENV)/.stamp-test

# run: start the GUI; pass options with ARGS="--database URL"
run: $(VENV)/.stamp-run
	$(BIN)/counselor-app $(ARGS)

# lint: ruff, formatting, mypy and the import-linter contracts
lint: $(VENV)/.stamp-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

# test: lint, then the test suite, headless (CI=true makes PostgreSQL mandatory)
test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

# bench: every bench/*.py benchmark; exits non-zero when a ratio misses its target
bench: $(VENV)/.stamp-run
	$(BIN)/python bench/run.py

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .import_linter_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)

# faults: stopped PostgreSQL, SIGKILL, concurrent editors and SQLite writers; prints the figures
faults: $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:randomly tests/faults tests/db/test_retry.py \
	  tests/services/test_outbox.py tests/ui/test_offline_status.py tests/e2e/test_crash_recovery.py
	$(BIN)/python bench/faults.py

# package: the onedir Linux bundle dist/counselor-desk (see packaging/README.md)
package: $(VENV)/.stamp-package
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
	  packaging/counselor-desk.spec
	@du -sh dist/counselor-desk

# package-test: build the bundle, then run it: db upgrade, user add, sign-in screenshot, exit 0
package-test: package $(VENV)/.stamp-test
	CI=true QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q -p no:randomly tests/packaging

# translations: regenerate counselor_app/ui/data_strings.py (the domain's and resources/' texts),
# update the .ts files from the strings marked in counselor_app/ui (ui/i18n.py),
# keep the translations already written, then compile the .qm files the application loads
TS_FILES := $(wildcard resources/translations/*.ts)
translations: $(VENV)/.stamp-test
	$(BIN)/python resources/translations/make_data_strings.py
	$(BIN)/pyside6-lupdate -silent -no-obsolete -locations none -extensions py counselor_app/ui -ts $(TS_FILES)
	for ts in $(TS_FILES); do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
