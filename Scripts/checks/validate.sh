#!/usr/bin/env bash
# `sandan validate` accepts the bundled Graphs/ and reports every planted problem of a broken
# copy with its file and line, exiting 1. Run from the repository root after `swift build`.
set -euo pipefail

sandan=.build/debug/sandan
fail() { echo "validate: $*" >&2; exit 1; }

out=$($sandan validate Graphs) || fail "Graphs/ does not validate: $out"
grep -q '^OK: Graphs: ' <<<"$out" || fail "no OK line for Graphs/"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r Graphs "$work/broken"
# Line 3 of complexes.csv gets an unknown kind; line 2 of linkages.csv an undeclared target;
# line 4 a year outside its programme; line 6 an unknown programme.
sed -i '3s/,complex,/,komplex,/' "$work/broken/complexes.csv"
sed -i '2s/,sasang,/,nowhere,/; 4s/,2021,/,2031,/; 6s/,competitiveness-district,/,competition,/' "$work/broken/linkages.csv"

set +e
out=$($sandan validate "$work/broken" 2>"$work/stderr")
status=$?
set -e
[ "$status" -eq 1 ] || fail "a broken copy exited with $status, not 1"
for expected in "complexes.csv:3:" "linkages.csv:2:" "linkages.csv:4:" "linkages.csv:6:"; do
  grep -qF "$expected" <<<"$out" || fail "no problem reported at $expected"
done
[ "$(wc -l <<<"$out")" -eq 4 ] || fail "expected exactly 4 problems, got: $out"
grep -q '4 problems' "$work/stderr" || fail "no problem count on standard error"
echo "validate: ok"
