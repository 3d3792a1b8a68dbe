#!/usr/bin/env bash
# `sandan communities` end to end: modularity equals NetworkX's for the printed partition
# (undirected, directed, weighted), NMI and ARI equal igraph's, Leiden communities are
# connected and Leiden reaches NetworkX Louvain's best. See Scripts/communities/oracle.py.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c "import networkx, igraph" 2>/dev/null || pip install -q networkx python-igraph
test -x .build/debug/sandan || { echo "communities: run 'swift build' first"; exit 1; }
python3 Scripts/communities/oracle.py --sandan .build/debug/sandan --graphs Graphs
