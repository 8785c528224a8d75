# Two entry points for people: `make run` and `make test`. Both create or update .venv themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TS := $(wildcard resources/i18n/*.ts)
QM := $(TS:.ts=.qm)

.PHONY: run test quick coverage lint bench bundle translations ts clean

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

# Tests run on every core (pytest-xdist: each worker a process of its own, with its own Qt and
# temporary folders, taking whole files so tests of one file keep their order); JOBS=0 runs them
# one after another in one process.
JOBS ?= auto
PYTEST := QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n $(JOBS) --dist loadfile

# Every test, the slow ones too (bundle build, fuzzers, child processes).
test: $(STAMP) translations lint
	$(PYTEST)

# The inner loop: every test not marked slow, no lint (under two minutes on two cores).
quick: $(STAMP) translations
	$(PYTEST) -m "not slow"

# Every test with coverage of app/ and db/, child processes included ([tool.coverage.run]).
coverage: $(STAMP) translations
	$(PYTEST) --cov --cov-report=term:skip-covered --cov-report=html:build/coverage

# One file: `make bench BENCH=tests/benchmarks/test_store_bench.py`.
BENCH ?= tests/benchmarks
bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(BENCH) -s -p no:randomly -o addopts="" -m "" --benchmarks

# One folder, dist/netimpact/, that runs without Python; try it with `dist/netimpact/netimpact --self-test`.
bundle: $(STAMP) translations
	$(VENV)/bin/pyinstaller --noconfirm --clean netimpact.spec
	@du -sh dist/netimpact

clean:
	rm -rf $(VENV) build dist $(QM)
