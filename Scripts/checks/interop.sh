#!/usr/bin/env bash
# Interoperability with real clients: Sandan writes the bundled network as GraphML, GEXF, GML,
# Pajek, JSON and DOT and NetworkX, igraph and Graphviz's gc read them; NetworkX and igraph
# write it and Sandan reads their files; Sandan's GraphML is validated with xmllint against
# Scripts/interop/graphml-checked.xsd. See Scripts/interop/interop.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c "import networkx, igraph" 2>/dev/null || pip install -q networkx python-igraph
command -v gc >/dev/null || { echo "interop: Graphviz's gc is missing (apt-get install graphviz)"; exit 1; }
command -v xmllint >/dev/null || { echo "interop: xmllint is missing (apt-get install libxml2-utils; Scripts/setup.sh installs it)"; exit 1; }
test -x .build/debug/sandan || { echo "interop: run 'swift build' first"; exit 1; }
python3 Scripts/interop/interop.py --sandan .build/debug/sandan --graphs Graphs
