# anagen: `make run` serves the site, `make test` runs the whole suite. See README.md.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CHROMIUM ?= /usr/bin/chromium

.PHONY: run test test-fast lint fmt check-content clean chromium bench bench-tools soak

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[test,dev]'
	touch $@

run: $(VENV)/.installed
	$(BIN)/anagen run

# Browser tests need Debian's Chromium; install it with apt when we are root.
chromium:
	@if [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "make test needs the Debian package 'chromium' (/usr/bin/chromium): run 'sudo apt-get install chromium'" >&2; \
	    exit 1; \
	  fi; \
	fi

test: $(VENV)/.installed-test chromium
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

test-fast: $(VENV)/.installed-test
	$(BIN)/python -m pytest -n 2 -m "not browser" $(PYTEST_ARGS)

$(VENV)/.installed-bench: $(VENV)/.installed-test
	$(BIN)/pip install --quiet -e '.[test,dev,bench]'
	touch $@

# The HTTP benchmarks need Debian's nginx (the static-file limit) and wrk (the load); install
# them with apt when we are root, otherwise stop and name what is missing.
bench-tools:
	@missing=""; \
	for tool in nginx wrk; do \
	  command -v $$tool >/dev/null 2>&1 || [ -x /usr/sbin/$$tool ] || missing="$$missing $$tool"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian's$$missing for the benchmarks"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "make bench needs the Debian package(s)$$missing: run 'sudo apt-get install$$missing'" >&2; \
	    exit 1; \
	  fi; \
	fi

# Benchmarks are not tests: figures and targets go to bench/results/report.{md,json}
# (report-postgresql.{md,json} when DATABASE_URL is set). See docs/deploy.md, "How to measure".
bench: $(VENV)/.installed-bench bench-tools
	$(BIN)/python -m bench.run

# 60 s at 64 connections against the production server; figures to bench/results/soak.{md,json}.
soak: $(VENV)/.installed-test
	$(BIN)/python -m bench.soak

check-content: $(VENV)/.installed
	$(BIN)/anagen check-content

lint: $(VENV)/.installed-test
	$(BIN)/ruff check anagen tests
	$(BIN)/ruff format --check anagen tests

fmt: $(VENV)/.installed-test
	$(BIN)/ruff check --fix anagen tests
	$(BIN)/ruff format anagen tests

clean:
	rm -rf $(VENV) var test-results
