#!/usr/bin/env bash
# Builds and runs every program in Examples/ and checks that its output is there and sane:
# the lines a reader relies on are present, and the numbers obey what must hold (a removal
# never makes the largest component grow). Run from the repository root.
set -euo pipefail

fail() { echo "examples: $*" >&2; exit 1; }

# run NAME: the example's standard output (it must exit 0 and print something).
run() {
  local out
  out=$(swift run -q "$1") || fail "$1 exited with status $?"
  [ -n "$out" ] || fail "$1 printed nothing"
  printf '%s\n' "$out"
}

# expect NAME OUTPUT PATTERN...: every pattern (fixed string) occurs in OUTPUT.
expect() {
  local name=$1 out=$2; shift 2
  for pattern in "$@"; do
    grep -qF -- "$pattern" <<<"$out" || fail "$name: expected '$pattern' in its output"
  done
}

out=$(run OverhaulHubProfile)
expect OverhaulHubProfile "$out" "산업단지 대개조 2020: 5 regions" "anchor 구미국가산업단지 [gumi]" \
  "anchor 성서1~5일반산업단지 [seongseo]" "value chain: hanam → bitgreen" "← 2020 anchor" \
  "Top complexes by degree" "Top complexes by betweenness"
[ "$(grep -c '^[^ ].*  anchor ' <<<"$out")" -eq 5 ] || fail "OverhaulHubProfile: expected five anchors"
echo "examples: OverhaulHubProfile ok"

out=$(run AutomotiveLink)
expect AutomotiveLink "$out" "banwol-sihwa" "gunsan" "seongseo" "ulsan-mipo" "수도권" "호남권" "대경권" "동남권" "liaison"
echo "examples: AutomotiveLink ok"

out=$(run HubLossResilience)
expect HubLossResilience "$out" "degree (recomputed)" "betweenness (recomputed)" "degree (initial order)" "named list" "(intact)" "The single loss that disconnects the most"
# Within each run the largest component (third column of a step row) never grows.
awk '/^ +[0-9]+  / { if ($1 == 0) last = $3; else if ($3 > last) { bad = 1 } else last = $3 } END { exit bad }' <<<"$out" \
  || fail "HubLossResilience: the largest component grew after a removal"
echo "examples: HubLossResilience ok"
