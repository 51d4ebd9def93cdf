# Two commands set everything up on a fresh machine: `make run` and `make test`.
# `make run` installs only what running needs; `make test` (and `make install`) add the tools.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-run
STAMP := $(VENV)/.installed

.PHONY: run test check lint install clean

$(BIN)/python:
	@$(PYTHON) -c "import sys; sys.exit(sys.version_info < (3, 11))" || { echo "Gza needs Python 3.11 or newer (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP) $(RUNTIME)

install: $(STAMP)

run: $(RUNTIME)
	$(BIN)/gza secrets init --if-missing
	$(BIN)/gza db upgrade
	$(BIN)/gza run

check: $(RUNTIME)
	$(BIN)/gza check

lint: $(STAMP)
	$(BIN)/ruff check --no-cache bot referral_directory tests benchmarks
	$(BIN)/ruff format --check bot referral_directory tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

test: $(STAMP) lint
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
