# Two commands matter: `make run` (set up, ingest the bundled sample) and `make test`.
# Everything is installed into .venv from pyproject.toml; nothing is assumed on the machine
# beyond Python 3.11+.

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
SHARED ?= ../shared
UI_PORT ?= 3000
export DAGSTER_HOME ?= $(CURDIR)/.dagster

.PHONY: setup run report test lint format typecheck pytest eval eval-facts ui bench docs clean-data clean

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "xauto needs Python 3.11+, found " + sys.version.split()[0])'
	@echo "setup: creating $(VENV) and installing xauto with Apache Beam, Dagster, trafilatura and"
	@echo "       their dependencies from pyproject.toml (1 to 3 minutes, once; quiet while pip works)"
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)
	@echo "setup: done, $(VENV) is ready"

# The project's own bytecode, written as pip writes an installed package's (an editable install
# has none): every process of a run (the run's own, the zygote) otherwise compiles these modules
# from source where PYTHONDONTWRITEBYTECODE is set, 0.17 s of the zygote's warm-up. Quick when
# nothing changed; a tree this user cannot write only loses the saving.
setup: $(STAMP)
	@$(BIN)/python -m compileall -q pipelines schemas orchestration bench >/dev/null 2>&1 || \
	  echo "setup: could not write bytecode for the project's modules (they compile on import)"

run: setup  ## ingest the bundled offline sample into ./data
	$(BIN)/xauto run
	$(BIN)/xauto report

report: setup  ## redraw data/report.html (charts, feed health, ingest) from ./data
	$(BIN)/xauto report

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
	$(BIN)/python -m pytest -q -n 2

eval: setup  ## score the extractor on ../shared (seeds, devset per language) and the cleaner
	@test -d $(SHARED)/corpus/seeds || { echo "eval needs $(SHARED) (seeds, gold, scorer)"; exit 2; }
	@mkdir -p data/eval
	$(BIN)/python -m evaluation.events --out data/eval
	$(BIN)/xauto clean $(SHARED)/corpus/html/*.html > data/eval/clean.jsonl
	$(BIN)/python $(SHARED)/eval/score_clean.py $(SHARED)/corpus/html/evaldata.json data/eval/clean.jsonl

eval-facts: setup  ## facts against ../shared/devset/facts.jsonl (gold events, then the extractor's)
	$(BIN)/python -m bench.eval_facts --input gold
	@if [ -d ../devset-texts ] && [ -f $(SHARED)/devset/index.jsonl ]; then \
	  mkdir -p data/eval; : > data/eval/devset.pred.jsonl; \
	  $(BIN)/python -c 'import json,sys; [print(r["doc"], r["published"] or "") for r in map(json.loads, open(sys.argv[1]))]' $(SHARED)/devset/index.jsonl | \
	  while read doc pub; do $(BIN)/xauto extract ../devset-texts/$$doc.txt $${pub:+--published $$pub} >> data/eval/devset.pred.jsonl; done; \
	  $(BIN)/python -m bench.eval_facts --input pred --pred data/eval/devset.pred.jsonl; \
	else echo "skipped: ../devset-texts or the devset index is absent"; fi

# The UI on the demo unless told otherwise: runs ingest the bundled sample into ./data, as
# `make run` does (set XAUTO_CONFIG to a config file for real feeds).
ui: export XAUTO_CONFIG ?= sample
ui: setup  ## Dagster's UI on the project's definitions
	@mkdir -p $(DAGSTER_HOME)
	@test -f $(DAGSTER_HOME)/dagster.yaml || cp orchestration/dagster.yaml $(DAGSTER_HOME)/dagster.yaml
	@echo "ui: Dagster on http://127.0.0.1:$(UI_PORT) (instance in $(DAGSTER_HOME)); Ctrl-C or SIGTERM stops it"
	$(BIN)/python -m orchestration.ui -h 127.0.0.1 -p $(UI_PORT)

bench: setup  ## speed and memory figures (prints tables, then one JSON line)
	$(BIN)/python -m bench.bench_adversarial
	$(BIN)/python -m bench.run

docs: setup  ## regenerate the data dictionary from schemas/
	$(BIN)/python -m schemas.dictionary

clean-data:
	rm -rf data .dagster

clean: clean-data
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache *.egg-info
