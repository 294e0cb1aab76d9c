# thidua-kg: two commands for a newcomer.
#   make demo   set up, build the graph from data/, answer a query, write the graph page and charts
#   make test   set up, run every test (installs Debian's chromium for the browser tests if missing)
# Everything runs from the project's own virtual environment in .venv (created when missing).

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
THIDUA := $(VENV)/bin/thidua
STAMP  := $(VENV)/.installed
OUT    := out

.PHONY: demo test lint bench gazetteer kg clean help

help:
	@echo "make demo   - build data/kg.ttl, print the rotation history, write the graph page and charts"
	@echo "make test   - run all tests"
	@echo "make bench  - run the benchmarks (slow; not part of the tests)"

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

kg: $(STAMP)
	$(THIDUA) build data/facts -o data/kg.ttl

demo: kg
	@echo
	@echo "== Who led cluster 3 and cluster 6 each year? (thidua query run rotation_history -p number N)"
	$(THIDUA) query run rotation_history -p number 3 --data data/kg.ttl
	$(THIDUA) query run rotation_history -p number 6 --data data/kg.ttl
	@echo
	@echo "== Awards per province (thidua query run award_table)"
	$(THIDUA) query run award_table --data data/kg.ttl
	@mkdir -p $(OUT)
	$(THIDUA) graph --data data/kg.ttl -o $(OUT)/graph.html
	$(THIDUA) chart rotation --data data/kg.ttl -o $(OUT)/rotation.svg
	$(THIDUA) chart awards --data data/kg.ttl -o $(OUT)/awards.svg
	$(THIDUA) export data/kg.ttl --format csv -o $(OUT)/facts.csv
	@echo
	@echo "Wrote:"
	@echo "  data/kg.ttl          the graph (Turtle)"
	@echo "  $(OUT)/graph.html      interactive graph page (open in a browser; works offline)"
	@echo "  $(OUT)/rotation.svg    head/deputy rotation chart"
	@echo "  $(OUT)/awards.svg      awards per province and year"
	@echo "  $(OUT)/facts.csv       every fact with its source, one row each"

test: $(STAMP)
	@bash scripts/ensure-chromium.sh
	$(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .

bench: $(STAMP)
	@bash scripts/ensure-chromium.sh
	$(PY) -m bench.run

gazetteer: $(STAMP)
	$(PY) -m thidua.gazetteer_build

clean:
	rm -rf $(OUT) build dist *.egg-info .pytest_cache
