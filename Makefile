# claimtrail — `make help` lists every target.
SHELL := /bin/bash
PYTHON_BOOT ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
CORPUS ?= corpus
OUT ?= outputs
ARGS ?=

.DEFAULT_GOAL := help

$(VENV)/.stamp: requirements.lock pyproject.toml
	$(PYTHON_BOOT) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $@

.PHONY: help venv extract status test eval eval-timex bench clean

help: ## list every target with one line each
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  %-12s %s\n", $$1, $$2}'

venv: $(VENV)/.stamp ## create .venv and install the pinned dependencies (requirements.lock)

extract: $(VENV)/.stamp ## run the pipeline on CORPUS (default corpus/) into OUT (default outputs/); only new or changed articles are reprocessed
	$(PY) -m pipeline extract --corpus $(CORPUS) --out $(OUT) $(ARGS)

status: $(VENV)/.stamp ## show which articles in CORPUS are new, changed, unchanged or removed since the last extract
	$(PY) -m pipeline status --corpus $(CORPUS) --out $(OUT)

test: $(VENV)/.stamp ## run the test suite (unit, integration over corpus/ and ../shared/seeds)
	$(PY) -m pytest $(ARGS)

eval: $(VENV)/.stamp ## score extracted claims against the hand-made gold in tests/gold/
	$(PY) -m pipeline eval $(ARGS)

eval-timex: $(VENV)/.stamp ## score the time-expression normaliser on TempEval-3 (../shared/data/tempeval3)
	$(PY) -m pipeline eval-timex $(ARGS)

bench: $(VENV)/.stamp ## throughput, incremental and memory benchmark; writes outputs/bench.json
	$(PY) -m pipeline bench $(ARGS)

clean: ## remove outputs and caches (keeps .venv)
	rm -rf $(OUT)/*.csv $(OUT)/.cache $(OUT)/clean .pytest_cache
