#!/usr/bin/env bash
# The layers of the bundled network: `sandan analyze` with no --layer and with --layer
# industrial, governance and all gives, for every node, the betweenness NetworkX computes from
# Graphs/ alone (Scripts/layers/layers.py), and the default's top five are no agency offices.
# Run from the repository root after `swift build`.
set -euo pipefail
sandan=.build/debug/sandan
[ -x "$sandan" ] || { echo "layers.sh: build first (swift build)" >&2; exit 1; }
python3 -c 'import networkx' || { echo "layers.sh: NetworkX is missing (Scripts/setup.sh installs it)" >&2; exit 1; }
python3 Scripts/layers/layers.py --check "$sandan" >/dev/null
echo "layers: ok"
