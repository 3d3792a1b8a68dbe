#!/usr/bin/env bash
# A 50,000-node graph renders to SVG through the worker within a 1 GB memory cap
# (sfdp, no overlap removal beyond 20,000 nodes, labels on the top 60 nodes only).
# About a minute of CPU on 2 cores. Run from the repo root after `swift build`.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/large.edges" <<'PY'
import random, sys
random.seed(7)
n = 50_000
with open(sys.argv[1], "w") as f:
    for v in range(1, n):
        f.write(f"v{random.randrange(v)} v{v}\n")
    for _ in range(n // 2):
        f.write(f"v{random.randrange(n)} v{random.randrange(n)}\n")
PY
.build/debug/sandan render "$work/large.edges" -o "$work/large.svg" --size-by degree \
    --memory-limit 1024 --timeout 900 --manifest
tail -c 10 "$work/large.svg" | grep -q '</svg>'
python3 - "$work/large.svg.manifest.json" "$work/large.svg" <<'PY'
import json, os, sys
m = json.load(open(sys.argv[1]))
assert m["nodes"] == 50_000 and m["layout"] == "sfdp" and m["labelled_nodes"] == 60, m
size = os.path.getsize(sys.argv[2])
assert size > 5_000_000, size
print(f"render-large: 50,000 nodes, {size / 1e6:.1f} MB of SVG, layout {m['layout']}")
PY
