#!/usr/bin/env bash
# Progress bars on a terminal, and nothing elsewhere.
#
# script(1) (util-linux) gives sandan a pseudo-terminal, so its standard error is a terminal.
# On a 3,000-node Barabási–Albert graph (generated here, seeded):
#   - `analyze --metric betweenness` draws its bar, reaches 100% 3000/3000, erases it, and
#     redraws at most ten times a second; the --timings line that follows starts on a clean line;
#   - the values are the same as with standard error on a file, where nothing at all is written
#     to standard error (not a carriage return);
#   - --no-progress draws nothing on the terminal;
#   - `resilience` draws one step per removal.
# SANDAN_PROGRESS_DELAY=0 shows a bar at once (it normally waits half a second), so the check
# does not depend on the machine's speed. Run from the repository root after `swift build`.
set -euo pipefail

bin=.build/debug/sandan
fail() { echo "progress: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "build first (swift build)"
command -v script >/dev/null || fail "script(1) is missing (Debian: bsdutils; other systems: util-linux)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Barabási–Albert, n = 3000, m = 3 (each new node links to 3 distinct earlier ones, chosen in
# proportion to degree), node ids v0…v2999.
python3 - "$work/ba.edges" <<'PY'
import random, sys
random.seed(6)
n, m = 3000, 3
ends = list(range(m))
lines = []
for v in range(m, n):
    chosen = set()
    while len(chosen) < m:
        chosen.add(random.choice(ends))
    for u in sorted(chosen):
        lines.append(f"v{v} v{u}")
        ends += [u, v]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY

# On a terminal.
start=$(date +%s.%N)
SANDAN_PROGRESS_DELAY=0 script -qec "'$bin' analyze '$work/ba.edges' --metric betweenness --threads 1 --format csv \
  -o '$work/tty.csv' --timings" /dev/null > "$work/tty.out" || fail "analyze failed on a terminal: $(cat "$work/tty.out")"
end=$(date +%s.%N)
python3 - "$work/tty.out" "$start" "$end" <<'PY' || fail "the terminal output is not as expected"
import sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
seconds = float(sys.argv[3]) - float(sys.argv[2])
draws = text.count("\rbetweenness [")
assert draws >= 1, "no bar drawn: %r" % text[:200]
assert "100% 3000/3000\x1b[K" in text, "the bar never reached 3000/3000"
# Ten redraws a second at most, plus the final one at 100%.
assert draws <= 10 * seconds + 2, f"{draws} redraws in {seconds:.1f} s"
bar_end = text.rindex("\x1b[K\r\x1b[K")
timings = text.index('{"timings":')
assert timings == bar_end + len("\x1b[K\r\x1b[K"), "the timings line does not follow the erased bar"
print(f"progress: {draws} redraws in {seconds:.1f} s")
PY

# Not on a terminal: the same values, and nothing on standard error.
"$bin" analyze "$work/ba.edges" --metric betweenness --threads 1 --format csv -o "$work/file.csv" 2> "$work/stderr"
[ ! -s "$work/stderr" ] || fail "standard error on a file is not empty: $(od -c "$work/stderr" | head -3)"
cmp -s "$work/tty.csv" "$work/file.csv" || fail "the values differ with and without a bar"

# --no-progress on a terminal: nothing.
SANDAN_PROGRESS_DELAY=0 script -qec "'$bin' analyze '$work/ba.edges' --metric betweenness --threads 1 --no-progress \
  --format csv -o '$work/quiet.csv'" /dev/null > "$work/quiet.out"
[ ! -s "$work/quiet.out" ] || fail "--no-progress still wrote: $(od -c "$work/quiet.out" | head -3)"

# Resilience: one step per removal.
head -n 600 "$work/ba.edges" > "$work/small.edges"
SANDAN_PROGRESS_DELAY=0 script -qec "'$bin' resilience '$work/small.edges' --steps 5 --format csv -o '$work/res.csv'" \
  /dev/null > "$work/res.out"
grep -qF "resilience [" "$work/res.out" || fail "resilience drew no bar"
grep -qF "100% 5/5" "$work/res.out" || fail "resilience did not reach 5/5"
echo "progress: ok"
