# Two entry points for people: `make run` and `make test`. Both create or update .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test lint bench bundle translations ts clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	touch $(STAMP)

resources/i18n/%.qm: resources/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Refresh the Dutch catalogue from the code; new strings appear as unfinished until translated.
ts: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find app -name '*.py' | sort) -ts resources/i18n/netimpact_nl.ts -no-obsolete -locations none

run: $(STAMP) translations
	$(VENV)/bin/netimpact

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

test: $(STAMP) translations lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/benchmarks -s -p no:randomly -o addopts="" -m "" --benchmarks

# One folder, dist/netimpact/, that runs without Python; try it with `dist/netimpact/netimpact --self-test`.
bundle: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean netimpact.spec
	@du -sh dist/netimpact

clean:
	rm -rf $(VENV) build dist $(QM)
