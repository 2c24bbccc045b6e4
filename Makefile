# Shimekiri: `make run` serves the demo, `make test` runs the whole suite.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000
SITE_URL ?= http://127.0.0.1:$(PORT)
STAMP  := $(VENV)/.installed

export PATH := $(CURDIR)/$(BIN):$(PATH)

.PHONY: run test bench install migrate demo check-deploy clean messages

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

# A developer checkout's defaults for `python manage.py …` (the environment wins; never deployed).
.env:
	printf '# Development defaults for manage.py (see manage.py); not used by deployments.\nDEBUG=1\n' > $@

install: $(STAMP) .env

run: install
	mkdir -p var
	DEBUG=1 $(BIN)/python manage.py migrate --noinput
	DEBUG=1 $(BIN)/python manage.py load_demo
	@echo ""
	@echo "  Shimekiri: $(SITE_URL)/   login: demo / demo   (Ctrl-C stops web and worker)"
	@echo ""
	DEBUG=1 PORT=$(PORT) SITE_URL=$(SITE_URL) $(BIN)/honcho --no-prefix -f config/Procfile -d . start -p $(PORT)

test: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Speed at a department's scale (docs/performance.md): PostgreSQL when DATABASE_URL points there.
bench: install
	$(BIN)/python -m tests.bench $(BENCH_ARGS)

messages: install
	cd tenders && ../$(BIN)/python ../manage.py compilemessages --ignore '.venv'

clean:
	rm -rf $(VENV) var .pytest_cache
