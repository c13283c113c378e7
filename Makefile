# SafeReturn. `make help` lists the targets.
# Everything installs into .venv; nothing outside the project is touched,
# except Debian's chromium package for the browser tests (as root only).

PYTHON_BIN ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
MANAGE := $(PY) manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# The install is redone only when what it depends on changes.
INSTALL_STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help install run serve demo test test-fast test-app constraints lint format check bench messages reset-db browser clean

help: ## Show this help
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  \033[1m%-12s\033[0m %s\n", $$1, $$2}'

$(INSTALL_STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON_BIN) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -c constraints.txt -e ".[dev]"
	@touch $@

install: $(INSTALL_STAMP) ## Install the project and its tools into .venv

run: install demo ## Install, migrate, load the demo site and serve it at http://127.0.0.1:8000 (with worker and timer)
	@$(MAKE) --no-print-directory serve

# The worker and the timer run in the background and runserver in the
# foreground. Ctrl-C reaches runserver (and the worker); when runserver ends,
# for whatever reason, the EXIT trap stops the other two by their process ids.
# The worker does not reload on code changes (its reloader's child would
# outlive the trap): restart after changing a task.
serve: ## Serve the site with the background-task worker and the timer beside it; Ctrl-C stops all three
	@trap 'kill $$worker $$timer 2>/dev/null; wait' EXIT; trap 'exit 130' INT; trap 'exit 143' TERM; \
	$(MANAGE) db_worker --backend background --queue-name '*' --interval 1 --no-reload & worker=$$!; \
	$(MANAGE) run_periodic --loop & timer=$$!; \
	$(MANAGE) runserver $(HOST):$(PORT)

demo: install ## Migrate and load the demo content (idempotent)
	$(MANAGE) migrate --no-input
	$(MANAGE) seed_demo

# PYTEST_ARGS narrows a run; CI's SQLite leg uses it (see .ci/run).
# TEST_WORKERS: how many processes share the suite (pytest-xdist), each with
# its own test database; 2 suits the two-core machines the project runs on.
# TEST_WORKERS=0 runs it in this one process.
TEST_WORKERS ?= 2
test: install browser ## Install and run the whole test suite (unit and browser tests), in TEST_WORKERS=2 processes
	$(VENV)/bin/pytest -n $(TEST_WORKERS) $(PYTEST_ARGS)

test-fast: install ## Run the tests without the browser tests
	$(VENV)/bin/pytest -n $(TEST_WORKERS) -m "not browser"

test-app: install ## Run one app's unit tests: make test-app APP=campaigns (folders of tests/)
	@test -n "$(APP)" -a -d "tests/$(APP)" || (echo "Name a folder of tests/: make test-app APP=campaigns" >&2; exit 2)
	$(VENV)/bin/pytest tests/$(APP)

constraints: ## Pin every dependency again from a clean resolve of pyproject.toml (after adding one)
	rm -rf .venv-resolve && $(PYTHON_BIN) -m venv .venv-resolve
	.venv-resolve/bin/pip install --quiet --upgrade pip
	.venv-resolve/bin/pip install --quiet -e ".[dev]"
	.venv-resolve/bin/pip freeze --exclude-editable | grep -v '^safereturn' > constraints.txt
	rm -rf .venv-resolve

browser: ## Install what the browser tests need: axe-core (npm) and Debian's Chromium (root only)
	@bash .ci/ensure-axe
	@bash .ci/ensure-chromium

lint: install ## Check style, common mistakes (ruff) and the layers between apps (import-linter)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports

format: install ## Format the code (ruff)
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .

check: install ## Django's system checks and missing migrations
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

messages: install ## Update the Vietnamese translation catalogue and compile it
	$(MANAGE) makemessages --locale vi --no-obsolete --add-location file \
		--ignore ".venv/*" --ignore "node_modules/*" --ignore "tests/*" --ignore "bench/*" --ignore "static_collected/*"
	$(MANAGE) compilemessages --ignore ".venv/*" --ignore "node_modules/*"

bench: install ## Measure throughput and latency under gunicorn (pages, casework, public reports), and a 1,000-account import (writes bench/RESULTS.md)
	$(PY) bench/run.py
	$(PY) bench/accounts_import.py
	$(PY) bench/casework.py
	$(PY) bench/public_reports.py

reset-db: ## Delete the development database and uploads, then reload the demo
	rm -f db.sqlite3 db.sqlite3-shm db.sqlite3-wal
	find media -mindepth 1 ! -name README.md -delete
	rm -rf var/uploads
	$(MAKE) demo

clean: ## Remove the virtual environment and caches
	rm -rf $(VENV) node_modules .pytest_cache .ruff_cache static_collected
