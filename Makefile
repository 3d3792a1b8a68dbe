# Sandan: `make run` sets up and runs the main job on the bundled national network;
# `make test` sets up and runs the whole test suite (what CI runs).
SWIFT ?= swift
OUT ?= out

.PHONY: run test setup build unit checks fuzz bench clean

run: setup
	$(SWIFT) build -c release --product sandan
	mkdir -p $(OUT)
	.build/release/sandan stats Graphs
	.build/release/sandan convert Graphs -o $(OUT)/national.json
	@echo "wrote $(OUT)/national.json"

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
	python3 Benchmarks/compare.py

clean:
	rm -rf .build $(OUT)
