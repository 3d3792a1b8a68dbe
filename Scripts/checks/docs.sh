#!/usr/bin/env bash
# Builds the DocC documentation of every library target with warnings as errors (an unresolved
# symbol link or a parameter documented under the wrong name fails CI), and checks that no public
# symbol of SandanGraph exposes an unsafe pointer (the symbol graph DocC is built from).
set -euo pipefail
cd "$(dirname "$0")/../.."
targets=(SandanGraph SandanGraphvizRuntime SandanIO SandanClusters SandanGraphviz SandanReport)
args=()
for t in "${targets[@]}"; do args+=(--target "$t"); done
swift package generate-documentation "${args[@]}" --warnings-as-errors >/tmp/sandan-docs.log 2>&1 || {
  grep -E "error|warning" /tmp/sandan-docs.log | head -40 >&2
  echo "docs: DocC reported problems (log: /tmp/sandan-docs.log)" >&2; exit 1; }
symbols=$(find .build -path '*extracted-symbols*' -name 'SandanGraph.symbols.json' | head -1)
[ -n "$symbols" ] || { echo "docs: no symbol graph for SandanGraph" >&2; exit 1; }
python3 - "$symbols" <<'PY'
import json, sys
graph = json.load(open(sys.argv[1]))
bad = []
for s in graph["symbols"]:
    text = "".join(f.get("spelling", "") for f in s.get("declarationFragments", []))
    if "Unsafe" in text and s.get("accessLevel") == "public":
        bad.append("/".join(s["pathComponents"]) + ": " + text)
if bad:
    print("docs: public symbols of SandanGraph expose unsafe pointers:\n  " + "\n  ".join(bad), file=sys.stderr)
    sys.exit(1)
print(f"docs: {len(graph['symbols'])} public symbols of SandanGraph, none unsafe")
PY
echo "docs: built for ${targets[*]} without warnings"
