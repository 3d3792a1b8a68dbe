#!/usr/bin/env bash
# Sandan's GEXF against the GEXF 1.3 grammar (RELAX NG with the viz module; XSD for files
# without a drawing), read by NetworkX, its drawing the same as `sandan render`'s. See
# Scripts/gexf/validate.py. The specification files are not in this repository (README.md
# here): they are looked for in $SANDAN_GEXF_SCHEMAS, else in shared/schemas/gexf-1.3 beside
# the repository; missing, this check fails.
set -euo pipefail
cd "$(dirname "$0")/../.."
schemas="${SANDAN_GEXF_SCHEMAS:-../shared/schemas/gexf-1.3}"
python3 -c "import networkx" 2>/dev/null || pip install -q networkx
command -v xmllint >/dev/null || { echo "gexf: xmllint is missing (apt-get install libxml2-utils; Scripts/setup.sh installs it)"; exit 1; }
test -d "$schemas" || { echo "gexf: no GEXF 1.3 specification files in $schemas (see Scripts/gexf/README.md)"; exit 1; }
test -x .build/debug/sandan || { echo "gexf: run 'swift build' first"; exit 1; }
python3 Scripts/gexf/validate.py --sandan .build/debug/sandan --graphs Graphs --schemas "$schemas"
