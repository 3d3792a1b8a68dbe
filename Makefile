# Sandan: `make run` sets up and runs the main job on the bundled national network (a report,
# a diagram and a centrality table in out/);
# `make test` sets up and runs the whole test suite (what CI runs).
# `make install PREFIX=…` installs the binary, the bundled network (share/sandan/Graphs, where
# the binary finds it), shell completions and the man page.
SWIFT ?= swift
OUT ?= out
PREFIX ?= /usr/local
CONFIG ?= release

.PHONY: run test setup build unit checks fuzz bench clean install

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

install:
	$(SWIFT) build -c $(CONFIG) --product sandan
	$(SWIFT) build -c $(CONFIG) --product generate-manual
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/sandan/Graphs" "$(DESTDIR)$(PREFIX)/share/man/man1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 .build/$(CONFIG)/sandan "$(DESTDIR)$(PREFIX)/bin/sandan"
	cp -R Graphs/. "$(DESTDIR)$(PREFIX)/share/sandan/Graphs/"
	.build/$(CONFIG)/sandan --generate-completion-script bash > "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/sandan"
	.build/$(CONFIG)/sandan --generate-completion-script zsh > "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_sandan"
	.build/$(CONFIG)/sandan --generate-completion-script fish > "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/sandan.fish"
	.build/$(CONFIG)/generate-manual .build/$(CONFIG)/sandan --output-directory "$(DESTDIR)$(PREFIX)/share/man/man1"
	@echo "installed sandan in $(DESTDIR)$(PREFIX)/bin (data in share/sandan/Graphs, completions, man page sandan.1)"

clean:
	rm -rf .build $(OUT)
