#!/usr/bin/env bash
# Graphviz's own sample graphs (Debian package graphviz-doc), read by `sandan stats`: every
# .gv file under examples/graphs/directed and undirected (the .gv.gz ones unpacked into a
# temporary folder) must load, with the node and edge counts Graphviz's gc gives, or fail with
# a clear "sandan: error:" and exit status 1; never crash (exit status 128 or more). The files
# are found at run time, not copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=/usr/share/doc/graphviz/examples/graphs
if [ ! -d "$root/directed" ]; then
    echo "graphviz-corpus: $root is missing; install graphviz-doc (apt-get install graphviz-doc)"
    exit 1
fi
test -x .build/debug/sandan || { echo "graphviz-corpus: run 'swift build' first"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
files=()
for f in "$root"/directed/*.gv "$root"/undirected/*.gv; do files+=("$f"); done
for f in "$root"/directed/*.gv.gz "$root"/undirected/*.gv.gz; do
    [ -e "$f" ] || continue
    gunzip -c "$f" > "$work/$(basename "$f" .gz)"
    files+=("$work/$(basename "$f" .gz)")
done
loaded=0 refused=0 failed=0
for f in "${files[@]}"; do
    name=$(basename "$f")
    set +e
    out=$(.build/debug/sandan stats "$f" --format json 2>"$work/stderr")
    status=$?
    set -e
    if [ $status -eq 0 ]; then
        counts=$(gc -n -e "$f" 2>/dev/null | head -1 | awk '{print $1, $2}')
        mine=$(python3 -c 'import json,sys; s=json.loads(sys.argv[1]); print(s["nodes"], s["edges"])' "$out")
        if [ "$counts" = "$mine" ]; then
            loaded=$((loaded + 1))
        else
            echo "graphviz-corpus: $name: sandan counts $mine, gc counts $counts"
            failed=$((failed + 1))
        fi
    elif [ $status -eq 1 ] && grep -q "^sandan: error: " "$work/stderr"; then
        echo "graphviz-corpus: $name refused: $(head -1 "$work/stderr")"
        refused=$((refused + 1))
    else
        echo "graphviz-corpus: $name: exit status $status: $(head -3 "$work/stderr")"
        failed=$((failed + 1))
    fi
done
echo "graphviz-corpus: ${#files[@]} files, $loaded loaded with gc's counts, $refused refused cleanly, $failed failed"
[ ${#files[@]} -ge 50 ] || { echo "graphviz-corpus: expected about 60 files"; exit 1; }
[ $failed -eq 0 ]
