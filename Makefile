# Sandan: `make run` sets up and runs the main job on the bundled national network (a report,
# a diagram and a centrality table in out/);
# `make test` sets up and runs the whole test suite (what CI runs).
SWIFT ?= swift
OUT ?= out

.PHONY: run test setup build unit checks fuzz bench clean

run: setup
	$(SWIFT) build -c release --product sandan
	mkdir -p $(OUT)
	.build/release/sandan stats Graphs
	.build/release/sandan report Graphs -o $(OUT)/report.html
	.build/release/sandan render Graphs -o $(OUT)/national.svg --color-by macro_region --size-by betweenness
	.build/release/sandan analyze Graphs --metric degree --metric betweenness --metric pagerank --format csv -o $(OUT)/centrality.csv
	@echo "wrote $(OUT)/report.html, $(OUT)/national.svg and $(OUT)/centrality.csv"

test: setup build unit checks

setup:
	@bash Scripts/setup.sh

build:
	$(SWIFT) build

unit:
	$(SWIFT) test

checks:
	@set -e; for s in Scripts/checks/*.sh; do [ -e "$$s" ] || continue; echo "== $$s"; bash "$$s"; done

fuzz:
	bash Scripts/fuzz.sh

bench:
	@python3 -c 'import networkx, igraph, networkit, rustworkx' 2>/dev/null || python3 -m pip install -q networkx python-igraph networkit rustworkx
	python3 Benchmarks/compare.py

clean:
	rm -rf .build $(OUT)
