# Two entry points for a fresh machine (Python 3.11+ and make):
#   make run   - create .venv, install, process examples/corpus into tacitus.duckdb, print a summary
#   make test  - create .venv, install dev tools, run linters, type checks and the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= tacitus.duckdb

.PHONY: run test lint typecheck unit install dev clean browser

$(BIN)/python:
	$(PYTHON) -c 'import sys; sys.exit("tacitus needs Python 3.11+") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[serve]'
	touch $@

$(VENV)/.dev-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[serve,dev]'
	touch $@

install: $(VENV)/.installed
dev: $(VENV)/.dev-installed

run: $(VENV)/.installed
	$(BIN)/tacitus setup
	$(BIN)/tacitus run examples/corpus --db $(DB)

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check src tests

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

# Browser tests drive the system's Chromium (Debian package); where it cannot be installed
# they are skipped with a reason, and everything else still runs.
browser:
	@command -v chromium >/dev/null 2>&1 || test -x /usr/bin/chromium || \
	  ( (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) 2>/dev/null || \
	    echo "note: could not install chromium; browser tests will be skipped" )

unit: $(VENV)/.dev-installed browser
	$(BIN)/tacitus setup
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

test: lint typecheck unit

clean:
	rm -rf $(VENV) build *.egg-info $(DB)
