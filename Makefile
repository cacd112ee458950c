# Two commands matter: `make run` (set up, ingest the bundled sample) and `make test`.
# Everything is installed into .venv from pyproject.toml; nothing is assumed on the machine
# beyond Python 3.11+.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SHARED ?= ../shared
export DAGSTER_HOME ?= $(CURDIR)/.dagster
export PYTHONDONTWRITEBYTECODE = 1

.PHONY: setup run test lint format typecheck pytest eval ui bench docs clean-data clean

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "xauto needs Python 3.11+, found " + sys.version.split()[0])'
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

run: setup  ## ingest the bundled offline sample into ./data
	$(BIN)/xauto run

test: setup lint typecheck pytest  ## ruff, mypy on the logic modules, pytest

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: setup
	$(BIN)/mypy pipelines/core schemas

pytest: setup
	$(BIN)/python -m pytest -q

eval: setup  ## score the extractor on ../shared seeds
	@test -d $(SHARED)/corpus/seeds || { echo "eval needs $(SHARED) (seeds, gold, scorer)"; exit 2; }
	@mkdir -p data/eval
	$(BIN)/xauto extract $(SHARED)/corpus/seeds/*.txt > data/eval/seeds.pred.jsonl
	$(BIN)/python $(SHARED)/eval/score_events.py $(SHARED)/gold/seeds.jsonl data/eval/seeds.pred.jsonl
	$(BIN)/xauto clean $(SHARED)/corpus/html/*.html > data/eval/clean.jsonl
	$(BIN)/python $(SHARED)/eval/score_clean.py $(SHARED)/corpus/html/evaldata.json data/eval/clean.jsonl

ui: setup  ## Dagster's UI on the project's definitions
	@mkdir -p $(DAGSTER_HOME)
	@test -f $(DAGSTER_HOME)/dagster.yaml || cp orchestration/dagster.yaml $(DAGSTER_HOME)/dagster.yaml
	$(BIN)/dagster dev -m orchestration.definitions -h 127.0.0.1 -p 3000

bench: setup  ## speed and memory figures (prints tables, then one JSON line)
	$(BIN)/python -m bench.bench_adversarial
	$(BIN)/python -m bench.run

docs: setup  ## regenerate the data dictionary from schemas/
	$(BIN)/python -m schemas.dictionary

clean-data:
	rm -rf data .dagster

clean: clean-data
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
