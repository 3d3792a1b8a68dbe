#!/usr/bin/env bash
# Hostile inputs, resource classes of issue 13 (items 7–10): inputs that never end or are huge,
# small inputs that explode, inputs that make parsers quadratic, and a render worker that must
# not outlive its parent. Every case runs the debug binary under a 4 GB address-space cap
# (prlimit --as) and a time limit, and must end with the expected exit status and message:
# a signal (a crash) or a time-out FAILS the check. Run from the repo root after `swift build`.
# About a minute on 2 cores.
set -uo pipefail
sandan=.build/debug/sandan
[ -x "$sandan" ] || { echo "hostile: $sandan not built (run swift build)"; exit 1; }
command -v prlimit >/dev/null || { echo "hostile: prlimit (util-linux) is missing"; exit 1; }
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; rm -rf "$work"' EXIT
failures=0
cases=0

# expect NAME STATUS FRAGMENT SECONDS -- ARGS…: runs sandan ARGS… capped, checks the exit status
# and that standard error contains FRAGMENT.
expect() {
    local name=$1 status=$2 fragment=$3 seconds=$4
    shift 5
    cases=$((cases + 1))
    local started=$SECONDS
    timeout -s KILL "$seconds" prlimit --as=4294967296 -- "$sandan" "$@" >"$work/out" 2>"$work/err"
    local got=$?
    local took=$((SECONDS - started))
    if [ "$got" -eq 137 ] || [ "$got" -eq 124 ]; then
        echo "FAIL $name: killed at the time limit of ${seconds}s (or by SIGKILL)"
        failures=$((failures + 1))
    elif [ "$got" -gt 128 ]; then
        echo "FAIL $name: ended by signal $((got - 128)); stderr: $(head -c 300 "$work/err")"
        failures=$((failures + 1))
    elif [ "$got" -ne "$status" ]; then
        echo "FAIL $name: exit status $got, expected $status; stderr: $(head -c 300 "$work/err")"
        failures=$((failures + 1))
    elif ! grep -qF -- "$fragment" "$work/err"; then
        echo "FAIL $name: stderr lacks '$fragment': $(head -c 300 "$work/err")"
        failures=$((failures + 1))
    else
        echo "ok   $name (${took}s)"
    fi
}

# --- 7. Unbounded reads -------------------------------------------------------------------
ln -s /dev/zero "$work/zero.edges"
ln -s /dev/urandom "$work/random.json"
mkfifo "$work/fed.csv"
(exec yes 'a,b' >"$work/fed.csv") 2>/dev/null &
pids+=($!)
truncate -s 5G "$work/huge.gml"
expect "/dev/zero as an edge list" 1 "reading stopped after 268435456 bytes (256 MiB)" 60 -- stats "$work/zero.edges"
expect "/dev/urandom as JSON" 1 "(raise it with --max-input-size)" 60 -- stats "$work/random.json" --max-input-size 16M
expect "a FIFO fed by yes" 1 "a pipe or device that does not end" 60 -- stats "$work/fed.csv" --max-input-size 8M
expect "a 5 GB file" 1 "the file has 5368709120 bytes (5 GiB), more than an input may have" 20 -- stats "$work/huge.gml"

# --- 8. Small inputs that explode ---------------------------------------------------------
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
n = 6000
open(f"{w}/bomb.dot", "w").write("graph { {" + " ".join(f"a{i}" for i in range(n)) + "} -- {"
                                  + " ".join(f"b{i}" for i in range(n)) + "} }\n")
k = 20000
open(f"{w}/own.json", "w").write('{"nodes": [' + ", ".join(f'{{"id": "v{i}", "k{i}": 1}}' for i in range(k)) + '], "links": []}')
open(f"{w}/own.graphml", "w").write("<graphml>" + "".join(f'<key id="k{i}" for="node" attr.name="k{i}" attr.type="int"/>' for i in range(k))
    + '<graph edgedefault="undirected">' + "".join(f'<node id="v{i}"><data key="k{i}">1</data></node>' for i in range(k)) + "</graph></graphml>")
open(f"{w}/own.gml", "w").write("graph [\n" + "".join(f'node [ id {i} label "v{i}" k{i} 1 ]\n' for i in range(k)) + "]\n")
with open(f"{w}/vertices.net", "w") as f:
    f.write("*Vertices 120000000\n")
    f.write("% padding\n" * 3_000_000)
open(f"{w}/colocated.json", "w").write('{"nodes": [' + ", ".join(f'{{"id": "c{i}", "lat": 35.87, "lon": 128.6}}' for i in range(20000)) + '], "links": []}')
with open(f"{w}/k1000.edges", "w") as f:
    for u in range(1000):
        f.write("".join(f"v{u} v{v}\n" for v in range(u + 1, 1000)))
PY
expect "DOT {a0…a5999} -- {b0…b5999}" 1 "(raise it with --max-edges)" 30 -- stats "$work/bomb.dot"
expect "JSON, an attribute name per node" 1 "(raise it with --max-attributes)" 30 -- stats "$work/own.json"
expect "GraphML, an attribute name per node" 1 "(raise it with --max-attributes)" 30 -- stats "$work/own.graphml"
expect "GML, an attribute name per node" 1 "(raise it with --max-attributes)" 30 -- stats "$work/own.gml"
expect "Pajek declaring 120M vertices" 1 "(raise it with --max-nodes)" 30 -- stats "$work/vertices.net"
expect "proximity of 20,000 co-located nodes" 1 "(raise it with --max-pairs)" 60 -- stats "$work/colocated.json" --proximity-km 1
expect "render of a complete graph too large for the memory limit" 1 "(--kind, --programme)" 60 -- \
    render "$work/k1000.edges" -o "$work/k1000.svg" --memory-limit 256
[ ! -e "$work/k1000.svg" ] || { echo "FAIL render wrote a drawing it refused"; failures=$((failures + 1)); }

# --- 9. Quadratic parsers -----------------------------------------------------------------
python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
open(f"{w}/attrs.graphml", "w").write("<graphml><graph " + " ".join(f'a{i}="1"' for i in range(1_000_000)) + "/></graphml>")
open(f"{w}/string.dot", "w").write('graph { a [label="' + "x" * 5_000_000 + '"] }\n')
open(f"{w}/names.dot", "w").write("graph {\n" + "".join(f"a{i} [x{i}=1];\n" for i in range(5000)) + "}\n")
PY
expect "an XML element with 10^6 attributes" 1 "(raise it with --max-attributes)" 30 -- stats "$work/attrs.graphml"
expect "a 5 MB DOT string" 1 "(raise it with --max-string-size)" 30 -- stats "$work/string.dot"
expect "5,000 DOT nodes each with its own attribute" 1 "(raise it with --max-attributes)" 30 -- stats "$work/names.dot"

# --- 10. The render worker never outlives its parent --------------------------------------
python3 - "$work/dense.edges" <<'PY'
import random, sys
random.seed(7)
with open(sys.argv[1], "w") as f:
    for _ in range(3000):
        f.write(f"v{random.randrange(300)} v{random.randrange(300)}\n")
PY
expect "render --timeout stops a slow layout" 1 "within 3 s" 30 -- \
    render "$work/dense.edges" -o "$work/dense.svg" --layout dot --timeout 3
set -m  # job control: a background job would otherwise start with SIGINT ignored
for signal in KILL INT TERM HUP; do
    cases=$((cases + 1))
    prlimit --as=4294967296 -- "$sandan" render "$work/dense.edges" -o "$work/dense.svg" --layout dot 2>/dev/null &
    parent=$!
    worker=
    for _ in $(seq 100); do
        worker=$(pgrep -P "$parent" | head -1)
        [ -n "$worker" ] && break
        sleep 0.1
    done
    if [ -z "$worker" ]; then
        echo "FAIL SIG$signal: no render worker started"
        failures=$((failures + 1))
        kill -KILL "$parent" 2>/dev/null
        continue
    fi
    kill "-$signal" "$parent"
    wait "$parent" 2>/dev/null
    alive=1
    for _ in $(seq 50); do
        state=$(awk '{print $3}' "/proc/$worker/stat" 2>/dev/null)
        if [ -z "$state" ] || [ "$state" = Z ] || [ "$state" = X ]; then alive=0; break; fi
        sleep 0.1
    done
    if [ "$alive" -eq 1 ]; then
        echo "FAIL SIG$signal: the render worker $worker still runs after its parent ended"
        kill -KILL "$worker" 2>/dev/null
        failures=$((failures + 1))
    else
        echo "ok   SIG$signal to sandan render ends its worker"
    fi
done
set +m

echo "hostile: $cases cases, $failures failed"
[ "$failures" -eq 0 ]
