#!/usr/bin/env bash
# Fuzzes every Sandan reader with libFuzzer for a bounded time.
#
#   Scripts/fuzz.sh [SECONDS] [FORMAT ...]
#
# SECONDS per reader (default 30); FORMATs from: edges csv json graphml gexf gml net dot
# (default: all). Builds the separate Fuzz/ package in release mode with the fuzzer and
# address sanitizers (a debug build gets no coverage feedback), then runs the one fuzz binary
# once per reader, chosen by SANDAN_FUZZ_FORMAT. Seeds come from Fuzz/corpus/FORMAT/ (plus,
# for dot, Graphviz's own sample graphs when graphviz-doc is installed); what the run learns
# stays in a temporary folder, so the committed seeds never change.
#
# The target reads with the readers' resource limits (InputLimits) lowered to what an input of
# at most 16 KiB may make (FuzzTarget.limits): an input that explodes must be refused by the
# limit it passes, so an out-of-memory or a time-out means a limit does not hold.
#
# A crash, a hang (over 10 s on one input) or memory over 2 GB stops the script with exit
# status 1 and leaves the input in Fuzz/.build/artifacts/; copy it to
# Tests/Fixtures/FuzzRegressions/FORMAT-what-went-wrong.EXT with a line in outcomes.txt there
# saying what reading it must give (FuzzRegressionTests asserts it), and, as a seed, to
# Fuzz/corpus/FORMAT/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift || true
formats=("$@")
if [ ${#formats[@]} -eq 0 ]; then formats=(edges csv json graphml gexf gml net dot); fi

# SwiftPM passes -sanitize=fuzzer and -sanitize=address as two flags, and swiftc keeps only the
# last one, so the code would get no coverage instrumentation; the combined flag fixes that.
build=(swift build --package-path Fuzz -c release --sanitize=fuzzer --sanitize=address -Xswiftc -sanitize=fuzzer,address)
start=$(date +%s)
"${build[@]}" --product FuzzReaders
echo "fuzz build: $(( $(date +%s) - start )) s"
binary="$("${build[@]}" --show-bin-path)/FuzzReaders"

artifacts=Fuzz/.build/artifacts
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
for format in "${formats[@]}"; do
    seeds=("Fuzz/corpus/$format")
    if [ "$format" = dot ] && [ -d /usr/share/doc/graphviz/examples/graphs ]; then
        mkdir -p "$work/graphviz"
        for f in /usr/share/doc/graphviz/examples/graphs/*/*.gv; do cp "$f" "$work/graphviz/"; done
        for f in /usr/share/doc/graphviz/examples/graphs/*/*.gv.gz; do gunzip -c "$f" > "$work/graphviz/$(basename "$f" .gz)"; done
        seeds+=("$work/graphviz")
    fi
    dict=()
    if [ -f "Fuzz/dict/$format.dict" ]; then dict=("-dict=Fuzz/dict/$format.dict"); fi
    mkdir -p "$work/$format"
    echo "== fuzzing the $format reader for $seconds s"
    if ! SANDAN_FUZZ_FORMAT=$format SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 \
        "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
        -print_final_stats=1 -artifact_prefix="$artifacts/$format-" "${dict[@]}" \
        "$work/$format" "${seeds[@]}" > "$work/$format.log" 2>&1; then
        grep -E "ERROR|SUMMARY|Test unit written|fatal error|Fatal error" "$work/$format.log" | head -20 || true
        echo "fuzz: the $format reader failed; the input is in $artifacts/ (add it and its outcome to Tests/Fixtures/FuzzRegressions)"
        status=1
    else
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$work/$format.log" | tr '\n' ' '
        echo
    fi
done
exit $status
