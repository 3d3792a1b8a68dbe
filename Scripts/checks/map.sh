#!/usr/bin/env bash
# Maps: `sandan render --geo` draws the 시·도 outlines of Graphs/boundaries/ under the bundled
# network in SVG, PNG and PDF alike, and `sandan validate` checks coordinates against them.
#
#   - SVG: well-formed; `<g class="edge boundary sido sido_NN">` pieces for each of the 17 시·도
#     codes, for each of the 253 시·군·구 with --boundaries sigungu, a scale bar, leader lines, the data's
#     attribution and the projection (EPSG:5179) in the legend; on a slide the legend in at most a
#     quarter of the area (measured by support/measure_drawing.py);
#   - PNG: a PNG; PDF: a PDF that embeds the Hangul font (NanumGothic);
#   - validate: the bundled data pass with the coordinate check on (no "not checked" note);
#     a copy with 구미 moved to the sea off Busan is reported at its lat cell, exit status 1.
# Run from the repository root after `swift build`.
set -euo pipefail

bin=.build/debug/sandan
fail() { echo "map: $*" >&2; exit 1; }
[ -x "$bin" ] || fail "build first (swift build)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
count() { grep -o "$1" "$2" | wc -l; }
codes() { grep -o "class=\"edge boundary $1 $1_[0-9]*\"" "$2" | sort -u | wc -l; }

$bin render --geo -o "$work/map.svg" --color-by macro_region --size-by degree 2>"$work/err" || fail "render --geo failed: $(cat "$work/err")"
python3 -c 'import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])' "$work/map.svg" || fail "the map SVG is not well-formed XML"
[ "$(codes sido "$work/map.svg")" -eq 17 ] || fail "not every 시·도 has its outline"
[ "$(count 'class="edge scalebar"' "$work/map.svg")" -eq 1 ] || fail "no scale bar"
[ "$(count 'class="edge leader"' "$work/map.svg")" -ge 1 ] || fail "no leader lines"
grep -q '국토지리정보원' "$work/map.svg" || fail "no attribution of the boundary data"
grep -q 'EPSG:5179' "$work/map.svg" || fail "the legend does not name the projection"

# On a slide the map's legend (two columns beside the map) takes at most a quarter of the area.
$bin render --geo --canvas slide --color-by region --size-by degree -o "$work/slide.svg" 2>"$work/err" || fail "render --geo --canvas slide failed: $(cat "$work/err")"
share=$(python3 Scripts/checks/support/measure_drawing.py "$work/slide.svg" | python3 -c 'import json, sys; print(json.load(sys.stdin)["legend_share"])')
python3 -c 'import sys; sys.exit(0 if 0 < float(sys.argv[1]) <= 0.25 else 1)' "$share" || fail "the slide map's legend takes $share of the area (more than a quarter)"

$bin render --geo --boundaries sigungu -o "$work/districts.svg" 2>"$work/err" || fail "render --boundaries sigungu failed: $(cat "$work/err")"
[ "$(codes sigungu "$work/districts.svg")" -eq 253 ] || fail "not every 시·군·구 has its outline"

$bin render --geo -o "$work/map.png" 2>"$work/err" || fail "PNG map failed: $(cat "$work/err")"
[ "$(head -c 8 "$work/map.png" | od -An -tx1 | tr -d ' \n')" = "89504e470d0a1a0a" ] || fail "the map PNG is not a PNG"
$bin render --geo -o "$work/map.pdf" 2>"$work/err" || fail "PDF map failed: $(cat "$work/err")"
[ "$(head -c 5 "$work/map.pdf")" = "%PDF-" ] || fail "the map PDF is not a PDF"
grep -aq 'NanumGothic' "$work/map.pdf" || fail "the map PDF embeds no Hangul font"

$bin validate Graphs >"$work/out" 2>"$work/err" || fail "Graphs/ does not validate: $(cat "$work/out")"
! grep -q 'not checked' "$work/err" || fail "validate did not check coordinates: $(cat "$work/err")"
cp -r Graphs "$work/moved"
line=$(grep -n '^gumi,' "$work/moved/complexes.csv" | cut -d: -f1)
python3 - "$work/moved/complexes.csv" <<'PY'
import csv, sys
path = sys.argv[1]
rows = list(csv.reader(open(path, encoding="utf-8")))
lat, lon = rows[0].index("lat"), rows[0].index("lon")
for row in rows:
    if row[0] == "gumi":
        row[lat], row[lon] = "35.0", "129.3"
with open(path, "w", encoding="utf-8", newline="") as out:
    csv.writer(out, lineterminator="\n").writerows(rows)
PY
set +e
$bin validate "$work/moved" >"$work/out" 2>/dev/null
status=$?
set -e
[ "$status" -eq 1 ] || fail "a point outside its 시·도 exited with $status, not 1"
grep -q "complexes.csv:$line:[0-9]*: lat/lon 35.0, 129.3 lie outside 경북" "$work/out" || fail "the moved point was not reported: $(cat "$work/out")"
[ "$(wc -l <"$work/out")" -eq 1 ] || fail "expected one problem, got: $(cat "$work/out")"
echo "map: ok"
