#!/usr/bin/env bash
# An installed binary finds its data (issue 15): `make install PREFIX=…` (with the debug build CI
# already made) fills a temporary prefix; from a folder outside the repository, the installed
# `sandan stats`, `sandan report -o r.html` and `sandan render -o n.svg` work on the bundled
# network, `Graphs` as in the README names it, a missing path is reported as such, and the
# completions and the man page are installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
expected=$(($(wc -l < Graphs/complexes.csv) - 1))   # every node of the bundled network
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "install: $*" >&2; exit 1; }

make -s install CONFIG=debug PREFIX="$work/prefix" > "$work/install.log" 2>&1 || fail "make install failed: $(tail -5 "$work/install.log")"
for file in bin/sandan share/sandan/Graphs/complexes.csv share/sandan/Graphs/linkages.csv share/man/man1/sandan.1 \
    share/bash-completion/completions/sandan share/zsh/site-functions/_sandan share/fish/vendor_completions.d/sandan.fish; do
  test -s "$work/prefix/$file" || fail "make install did not install $file"
done
grep -q "^\.Sh NAME" "$work/prefix/share/man/man1/sandan.1" || fail "sandan.1 is not a man page"
grep -q "complete .*sandan" "$work/prefix/share/bash-completion/completions/sandan" || fail "the bash completion registers nothing"

mkdir "$work/elsewhere"
cd "$work/elsewhere"
export PATH="$work/prefix/bin:$PATH"
unset SANDAN_GRAPHS
nodes=$(sandan stats --layer all --format json | python3 -c 'import json, sys; print(json.load(sys.stdin)["nodes"])')
[ "$nodes" -eq "$expected" ] || fail "sandan stats outside the repository read $nodes nodes, not the $expected of Graphs/complexes.csv"
sandan stats Graphs > /dev/null || fail "'sandan stats Graphs' outside the repository failed"
sandan report -o r.html 2> /dev/null
grep -q "</html>" r.html || fail "sandan report -o r.html wrote no page"
sandan render -o n.svg 2> /dev/null
grep -q "</svg>" n.svg || fail "sandan render -o n.svg wrote no drawing"
set +e
missing=$(sandan stats nothere.csv 2>&1)
status=$?
set -e
[ "$status" -eq 1 ] && [ "$missing" = "sandan: error: nothere.csv: no such file or folder" ] || fail "a missing file: '$missing' (status $status)"
echo "install: the installed sandan works outside the repository ($nodes nodes), with completions and a man page"
