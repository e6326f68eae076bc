# Kennisbank: every set-up step a newcomer needs, from a fresh clone.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
UV_VERSION := 0.13.8
PORT ?= 8000
STRIPE_STANDIN_PORT ?= 12111
MANAGE := $(BIN)/python manage.py
# Every absolute link (mails, feed, sitemap, canonical) says the address the site is served at.
SITE_URL ?= http://127.0.0.1:$(PORT)
SITE_MANAGE := SITE_URL=$(SITE_URL) $(MANAGE)

.DEFAULT_GOAL := help

.PHONY: help run test e2e axe lint format check install install-dev lock messages demo clean bench-search bench soak

help: ## List the targets
	@grep -E '^[a-z0-9-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-12s %s\n", $$1, $$2}'

$(UV):
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet "uv==$(UV_VERSION)"

install: $(UV) ## Install the locked runtime dependencies into .venv
	$(UV) pip install --quiet --python $(BIN)/python --require-hashes -r requirements/base.txt

install-dev: $(UV) ## Install the locked runtime and development dependencies into .venv
	$(UV) pip install --quiet --python $(BIN)/python --require-hashes -r requirements/dev.txt

run: install ## Migrate, load the demo content and serve the site at http://127.0.0.1:$(PORT)/
	$(SITE_MANAGE) migrate --no-input
	@# Helpers in the background stop when the server stops: without real Stripe keys, payments run against
	@# the local stand-in; the scheduler publishes scheduled pages every minute, as in production.
	@helpers=""; trap 'kill $$helpers 2>/dev/null' EXIT INT TERM; \
	if [ -z "$$STRIPE_SECRET_KEY" ]; then \
	  $(BIN)/python -m devtools.stripe_standin --port $(STRIPE_STANDIN_PORT) \
	    --webhook-url http://127.0.0.1:$(PORT)/stripe/webhook/ --webhook-secret whsec_standin_development \
	    --price-id price_kennisbank_pro --yearly-price-id price_kennisbank_pro_yearly \
	    --state-file .stripe-standin.json & \
	  helpers="$$helpers $$!"; \
	  export STRIPE_API_BASE=http://127.0.0.1:$(STRIPE_STANDIN_PORT); \
	  $(BIN)/python -m devtools.stripe_standin.wait http://127.0.0.1:$(STRIPE_STANDIN_PORT); \
	  echo "Payments are simulated by the local Stripe stand-in at $$STRIPE_API_BASE"; \
	fi; \
	$(SITE_MANAGE) load_demo_content || exit 1; \
	$(SITE_MANAGE) run_scheduler & helpers="$$helpers $$!"; \
	$(SITE_MANAGE) runserver 127.0.0.1:$(PORT)

demo: install ## Migrate and load the demo content without serving
	$(SITE_MANAGE) migrate --no-input
	$(SITE_MANAGE) load_demo_content

BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/kennisbank_bench

bench-search: install ## Time search and autocomplete on PostgreSQL with 10 000 generated articles
	$(BIN)/python -m devtools.create_database $(BENCH_DATABASE_URL)
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) migrate --no-input
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) load_demo_content > /dev/null
	DATABASE_URL=$(BENCH_DATABASE_URL) $(MANAGE) search_benchmark --prepare --json search-benchmark.json

bench: install ## Load-test the large site on PostgreSQL with gunicorn and wrk (benchmarks/README.md)
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python benchmarks/run.py

soak: install ## 50 signed-in connections for 60 s: zero errors, every page its own member's (after make bench)
	BENCH_DATABASE_URL=$(BENCH_DATABASE_URL) $(BIN)/python benchmarks/soak.py

lint: install-dev ## Lint and check formatting (ruff)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

check: install-dev ## Django system checks and the missing-migrations check
	DJANGO_SETTINGS_MODULE=kennisbank.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=kennisbank.settings.test $(MANAGE) makemigrations --check --dry-run

test: lint check axe ## Run the whole suite: ruff, checks, migrations check and pytest
	$(BIN)/pytest

# axe-core (package-lock.json) checks every page type for accessibility in the browser tests; its install
# scripts never run. Without npm `make test` says so and those checks are skipped with that reason;
# `make e2e` (and so .ci/run) requires them.
axe:
	@if command -v npm >/dev/null; then npm ci --ignore-scripts --no-audit --no-fund --silent; \
	else echo "npm is not installed: the accessibility checks in the browser tests will be skipped"; fi

e2e: install-dev ## Run only the browser tests (needs /usr/bin/chromium and npm for axe-core)
	npm ci --ignore-scripts --no-audit --no-fund
	REQUIRE_BROWSER=1 $(BIN)/pytest -m e2e

format: install-dev ## Reformat the code and fix what ruff can fix
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

lock: $(UV) ## Re-resolve the lock files from pyproject.toml
	$(UV) pip compile --quiet --python-version 3.11 --generate-hashes pyproject.toml -o requirements/base.txt
	$(UV) pip compile --quiet --python-version 3.11 --generate-hashes --extra dev pyproject.toml -o requirements/dev.txt

messages: install-dev ## Update the translation catalogues and compile them
	$(MANAGE) makemessages --locale nl --ignore ".venv/*" --ignore "tests/*" --ignore "devtools/*" --ignore "staticfiles/*" --ignore "node_modules/*" --no-obsolete
	$(MANAGE) compilemessages --ignore ".venv/*"

clean: ## Remove the virtualenv, the development database and caches
	rm -rf $(VENV) node_modules db.sqlite3 media .pytest_cache .ruff_cache
