# Two commands on a fresh Debian/Ubuntu machine: `make run` and `make test`.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
SAMPLE  := resources/samples/kazakh-cinema-days

.PHONY: setup system run test bench bench-loaded accuracy interop lint translations screenshots desktop clean

setup: system $(STAMP)

system:
	@PY=$(PY) bash .ci/system-packages

$(STAMP): pyproject.toml
	@$(PY) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "setup: Python 3.11 or newer is needed, found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	@touch $@

run: setup
	$(BIN)/tandem --ru $(SAMPLE).ru.txt --en $(SAMPLE).en.txt

test: setup lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests --ignore=tests/bench

bench: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench

# the same with another program keeping a core busy throughout
bench-loaded: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.bench --busy

# pairing and checks on releases written for evaluation (tests/accuracy/corpus)
accuracy: setup
	$(BIN)/python -m tests.accuracy

# round trips through translators' programs too big for every set-up: OmegaT (Java, ~100
# Debian packages) in console mode, besides translate-toolkit (which `make test` runs)
interop: setup
	@command -v omegat >/dev/null || { if [ "$$(id -u)" -eq 0 ]; then \
	  apt-get install -y -qq --no-install-recommends omegat; else \
	  echo "interop: OmegaT is missing. Run: sudo apt-get install -y omegat" >&2; exit 1; fi; }
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q tests/unit/test_omegat.py tests/unit/test_xliff_roundtrip.py

# ruff on everything, mypy on the core (configured in pyproject.toml)
lint: setup
	$(BIN)/ruff check editor ui tests
	$(BIN)/mypy

# after changing UI strings: update the .ts sources (keeps existing translations), translate
# the new strings in Qt Linguist (.venv/bin/pyside6-linguist), then compile the .qm files
translations: setup
	$(BIN)/pyside6-lupdate -no-obsolete ui/*.py -ts resources/i18n/tandem_ru.ts resources/i18n/tandem_en.ts
	$(BIN)/pyside6-lrelease resources/i18n/tandem_ru.ts resources/i18n/tandem_en.ts

# the README's screenshots, rendered from the sample release
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshot resources/screenshots/tandem-en.png --lang en
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshot resources/screenshots/tandem-ru.png --lang ru
	for lang in en ru; do QT_QPA_PLATFORM=offscreen $(BIN)/python -m ui.screenshot \
	  resources/screenshots/tandem-kk-$$lang.png --lang $$lang --size 1366x768 \
	  --kazakh tests/data/kazakh/book-fair.ru.txt tests/data/kazakh/book-fair.en.txt \
	  tests/data/kazakh/book-fair.kk.txt; done

# a menu entry and icon for the current user (tandem must be on PATH, e.g. .venv/bin)
desktop:
	install -D -m 644 resources/tandem.desktop $(HOME)/.local/share/applications/tandem.desktop
	install -D -m 644 resources/icons/tandem.svg $(HOME)/.local/share/icons/hicolor/scalable/apps/tandem.svg

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .hypothesis
