#!/usr/bin/env bash
# Drawings made for a canvas, measured from their SVG by an independent script
# (Scripts/checks/support/measure_drawing.py: text boxes from the font itself, node discs,
# edge paths) on the bundled network and on the 2020 overhaul programme, for the slide, A4 and
# journal-column canvases, coloured by region:
#   - the SVG is exactly the canvas's size in pt;
#   - node labels are at least 7 pt and legend text at least 8 pt at that size;
#   - no label overlaps another label or a node, no edge passes through a label, no leader
#     line crosses another label or node, nothing crosses the legend, nothing leaves the canvas;
#   - with --cluster-by, the cluster boxes are drawn and no node label enters another cluster's box;
#   - the legend beside the drawing (right of every node) on landscape canvases, below it
#     (under every node) on portrait ones, in at most a quarter of the area;
#   - as many node colours as regions, any two at least 15 apart in CIEDE2000;
# and: every named palette keeps CIEDE2000 >= 15 (ciede2000.py is itself checked against
# Sharma et al. 2005 and colour-science); a PNG on A4 at 300 dpi is 2480 x 3508 px (±1) with a
# pHYs chunk of 11811 px/m; --legend-file writes the legend alone, and a legend too large for
# its canvas goes to NAME.legend.svg by itself; the hub-spoke view fits a
# slide with its anchors labelled; the default clustered drawing and a canvas drawing are
# byte-identical from run to run.
# Maps (GEO_CASES) are measured the same way, and besides (support/measure_map.py): every 시·도
# is outlined (class `boundary`), and the scale bar's km agree with the great-circle distance
# between two nodes within 2 %.
# Run from the repo root after `swift build`. About a minute.
set -euo pipefail
bin=.build/debug/sandan
[ -x "$bin" ] || { echo "drawing.sh: build first (swift build)" >&2; exit 1; }
python3 -c 'import PIL, colour' 2>/dev/null || { echo "drawing.sh: needs Pillow and colour-science (Scripts/setup.sh installs them)" >&2; exit 1; }
fc-match -f '%{family}' NanumGothic | grep -q NanumGothic || { echo "drawing.sh: NanumGothic is missing (fonts-nanum)" >&2; exit 1; }
support=Scripts/checks/support
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

python3 "$support/test_ciede2000.py" 2>/dev/null

# Every named palette: CIEDE2000 >= 15 between any two colours.
python3 - <<'PY'
import re, sys
sys.path.insert(0, "Scripts/checks/support")
from ciede2000 import minimum_distance
swift = open("Sources/SandanGraphviz/Style/Palette.swift").read()
palettes = {}
for name, body in re.findall(r'static let (\w+) = Palette\(\s*name: "[^"]+",\s*colors: \[([^\]]+)\]', swift):
    palettes[name] = re.findall(r'"(#[0-9A-Fa-f]{6})"', body)
regions = open("Sources/SandanClusters/Vocabulary/Region.swift").read()
for name in ("colors", "macroColors"):
    body = re.search(r"static let %s: \[String: String\] = \[(.*?)\n    \]" % name, regions, re.S).group(1)
    palettes["Region." + name] = re.findall(r'"(#[0-9A-Fa-f]{6})"', body)
assert len(palettes) == 5 and len(palettes["distinct"]) >= 20 and len(palettes["Region.colors"]) == 17, palettes.keys()
for name, colours in palettes.items():
    d, pair = minimum_distance(colours)
    print(f"palette {name}: {len(colours)} colours, CIEDE2000 min {d:.1f} {pair}")
    assert d >= 15, (name, d, pair)
PY

# name | arguments (the graph and options); every case is drawn and measured.
CASES=(
  "national-slide|Graphs --canvas slide --color-by region --size-by betweenness"
  "national-a4|Graphs --canvas a4 --color-by region --size-by betweenness"
  "national-column|Graphs --canvas column --color-by region --size-by degree --legend-file LEGEND"
  "overhaul-slide|Graphs --programme overhaul-2020 --canvas slide --color-by region --size-by degree"
  "overhaul-a4|Graphs --programme overhaul-2020 --canvas a4 --color-by region --size-by degree --product-labels"
  "overhaul-column|Graphs --programme overhaul-2020 --canvas column --color-by region --size-by degree --legend-file LEGEND"
  "clustered-a4|Graphs --canvas a4 --color-by region --size-by degree --cluster-by macro_region"
  "clustered-slide|Graphs --canvas slide --color-by region --size-by degree --cluster-by macro_region"
)
GEO_CASES=(
  "national-geo-a4|Graphs --geo --canvas a4 --color-by region --size-by degree"
  "national-geo-a4-landscape|Graphs --geo --canvas a4-landscape --color-by region --size-by degree"
  "national-geo-slide|Graphs --geo --canvas slide --color-by region --size-by degree"
  "national-geo-column|Graphs --geo --canvas column --color-by region --size-by degree --legend-file LEGEND"
  "overhaul-geo-column|Graphs --programme overhaul-2020 --geo --canvas column --color-by region --size-by degree --legend-file LEGEND"
)
# Regions each case colours by (from the data, not from Sandan).
regions() {  # $1: "national" or "overhaul"
  python3 - "$1" <<'PY'
import csv, sys
rows = list(csv.DictReader(open("Graphs/complexes.csv")))
nodes = {r["id"]: r["region"] for r in rows}
if sys.argv[1] == "national":  # the folder is read as its industrial layer: no organisations (Graphs/README.md)
    print(len({r["region"] for r in rows if r["region"] and r["kind"] != "organisation"}))
else:
    ends = set()
    for r in csv.DictReader(open("Graphs/linkages.csv")):
        if r["programme"] == "overhaul-2020":
            ends |= {r["source"], r["target"]}
    print(len({nodes[e] for e in ends if nodes[e]}))
PY
}

measure_case() {  # $1 name, $2 arguments, $3 expected region count
  local name=$1 args=$2 expected=$3
  args=${args//LEGEND/$out/$name-legend.svg}
  # shellcheck disable=SC2086
  "$bin" render $args -o "$out/$name.svg" 2>"$out/$name.err"
  if [[ $args == *--legend-file* ]]; then  # the legend's text, measured from its own file
    python3 "$support/measure_drawing.py" "$out/$name-legend.svg" | python3 -c 'import json,sys; m=json.load(sys.stdin); assert m["min_legend_pt"] >= 8, m'
  fi
  python3 "$support/measure_drawing.py" "$out/$name.svg" > "$out/$name.json"
  python3 - "$out/$name.json" "$args" "$expected" <<'PY'
import json, sys
m = json.load(open(sys.argv[1])); args = sys.argv[2]; expected = int(sys.argv[3])
sizes = {"slide": (960, 540), "a4": (595.28, 841.89), "a4-landscape": (841.89, 595.28), "column": (252, 360)}
canvas = args.split("--canvas ")[1].split()[0]
w, h = sizes[canvas]
print(f"{m['file']:<26} {m['width_pt']:>6.1f}x{m['height_pt']:<6.1f}pt labels {m['labels']:>3}/{m['nodes']:<3} "
      f"min label {m['min_label_pt']} pt, legend {m['min_legend_pt']} pt; overlaps label-label {m['label_label']}, "
      f"label-node {m['label_node']}, edge-label {m['edge_label']}, legend {m['legend_clashes']}, outside {m['outside']}, "
      f"leaders {m['leaders']} crossing {m['leader_clashes']}; clusters {m['clusters']}, labels in others {m['label_cluster']}; legend {m['legend_share']} of the area; "
      f"colours {m['node_colours']} (regions {expected}), CIEDE2000 min {m['min_delta_e']}")
problems = []
if abs(m["width_pt"] - w) > 0.5 or abs(m["height_pt"] - h) > 0.5: problems.append(f"size {m['width_pt']}x{m['height_pt']} is not {w}x{h}")
if m["labels"] == 0: problems.append("no labels")
if m["min_label_pt"] is not None and m["min_label_pt"] < 7: problems.append("a label under 7 pt")
if "--legend-file" not in args and (m["min_legend_pt"] is None or m["min_legend_pt"] < 8): problems.append("legend text under 8 pt (or no legend)")
if "--cluster-by" in args and m["clusters"] == 0: problems.append("no cluster boxes")
for k in ("label_label", "label_node", "edge_label", "legend_clashes", "outside", "leader_clashes", "label_cluster"):
    if m[k]: problems.append(f"{k} = {m[k]}")
if m["legend_at"]:
    left, top, right, bottom = m["legend_at"]
    # Beside: right of every node (and in the right part of the canvas); below: under every node.
    if w >= h and (left < 0.45 or left < m["nodes_at"][2]):
        problems.append(f"the legend is not beside the drawing on a landscape canvas ({m['legend_at']}, nodes {m['nodes_at']})")
    if w < h and (top < 0.45 or top < m["nodes_at"][3]):
        problems.append(f"the legend is not below the drawing on a portrait canvas ({m['legend_at']}, nodes {m['nodes_at']})")
    if m["legend_share"] > 0.25: problems.append(f"the legend takes {m['legend_share']:.0%} of the canvas")
if m["node_colours"] != expected: problems.append(f"{m['node_colours']} node colours for {expected} regions")
if m["min_delta_e"] is not None and m["min_delta_e"] < 15: problems.append(f"CIEDE2000 {m['min_delta_e']} < 15")
if problems: sys.exit(f"drawing.sh: {m['file']}: " + "; ".join(problems))
PY
}

national=$(regions national)
overhaul=$(regions overhaul)
for case in "${CASES[@]}" "${GEO_CASES[@]}"; do
  name=${case%%|*}
  args=${case#*|}
  if [[ $name == overhaul* ]]; then expected=$overhaul; else expected=$national; fi
  measure_case "$name" "$args" "$expected"
done
for case in "${GEO_CASES[@]}"; do
  python3 "$support/measure_map.py" "$out/${case%%|*}.svg"
done

# Every character of the legends' and labels' text has a glyph in NanumGothic (→, ∝, ━, ■, ●
# and the Hangul among them), so that PNG and PDF, drawn by cairo with that font, show it: the
# font's charset as fontconfig reports it.
python3 - "$out"/national-slide.svg "$out"/national-geo-a4.svg "$out"/national-column-legend.svg <<'PY'
import subprocess, sys
import xml.etree.ElementTree as ET
chars = set()
for path in sys.argv[1:]:
    chars |= {c for t in ET.parse(path).getroot().iter("{http://www.w3.org/2000/svg}text") for c in "".join(t.itertext()) if ord(c) > 127}
missing = [c for c in sorted(chars) if not subprocess.run(["fc-list", f"NanumGothic:charset={ord(c):x}", "family"], capture_output=True, text=True).stdout.strip()]
print(f"glyphs: {len(chars)} non-ASCII characters in legends and labels, {len(missing)} missing from NanumGothic")
assert not missing, missing
PY

# PNG on A4 at 300 dpi: 2480 x 3508 px (±1) and pHYs = 11811 px/m.
"$bin" render Graphs -o "$out/a4.png" --canvas a4 --dpi 300 --color-by region 2>/dev/null
python3 - "$out/a4.png" <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
w, h = struct.unpack(">II", data[16:24])
i = data.find(b"pHYs")
assert i > 0, "no pHYs chunk"
x, y, unit = struct.unpack(">IIB", data[i + 4:i + 13])
print(f"a4.png: {w} x {h} px, pHYs {x} x {y} per {'metre' if unit == 1 else 'unit'}")
assert abs(w - 2480) <= 1 and abs(h - 3508) <= 1, (w, h)
assert (x, y, unit) == (11811, 11811, 1), (x, y, unit)
PY

# --legend-file: the legend alone, and the drawing without it.
"$bin" render Graphs -o "$out/nolegend.svg" --canvas slide --color-by region --legend-file "$out/legend.svg" 2>/dev/null
grep -q 'class="node legend"' "$out/legend.svg"
! grep -q 'class="node legend"' "$out/nolegend.svg"

# A legend that does not fit its canvas (the whole network's on a journal column) is written
# beside the drawing as NAME.legend.svg, and the warning says so.
"$bin" render Graphs -o "$out/auto.pdf" --canvas column --color-by region 2>"$out/auto.err"
grep -q "it was written to $out/auto.legend.svg" "$out/auto.err"
grep -q 'class="node legend"' "$out/auto.legend.svg"
python3 "$support/measure_drawing.py" "$out/auto.legend.svg" | python3 -c 'import json,sys; m=json.load(sys.stdin); assert m["min_legend_pt"] >= 8, m'

# The hub-spoke view: a slide, industrial linkages only, no isolated node, every anchor labelled.
"$bin" render --view hub-spoke -o "$out/hubs.svg" 2>"$out/hubs.err"
python3 "$support/measure_drawing.py" "$out/hubs.svg" > "$out/hubs.json"
python3 - "$out/hubs.svg" "$out/hubs.json" <<'PY'
import csv, json, re, sys
svg = open(sys.argv[1]).read(); m = json.load(open(sys.argv[2]))
industrial = {"anchor-link", "value-chain", "value-chain-undirected", "cross-region", "cooperation"}  # Graphs/README.md
rows = [r for r in csv.DictReader(open("Graphs/linkages.csv")) if r["kind"] in industrial]
ends = {r["source"] for r in rows} | {r["target"] for r in rows}
anchors = {r["source"] for r in rows if r["kind"] == "anchor-link"}
names = {r["id"]: r["name_ko"] for r in csv.DictReader(open("Graphs/complexes.csv"))}
labels = set(re.findall(r'<g id="node\d+" class="node label[^"]*">\s*<title>([^<]*)</title>', svg))
missing = [a for a in anchors if not any(t.startswith(names[a] + " (") for t in labels)]
print(f"hubs.svg: {m['width_pt']}x{m['height_pt']} pt, {m['nodes']} nodes (industrial ends {len(ends)}), "
      f"{m['labels']} labels, {len(anchors) - len(missing)}/{len(anchors)} anchors labelled; overlaps "
      f"{m['label_label']}/{m['label_node']}/{m['edge_label']}/{m['legend_clashes']}")
assert (m["width_pt"], m["height_pt"]) == (960, 540), m
assert m["nodes"] == len(ends), (m["nodes"], len(ends))
assert not missing, missing
assert m["label_label"] == m["label_node"] == m["edge_label"] == m["legend_clashes"] == m["outside"] == m["leader_clashes"] == 0, m
PY

# Determinism: the default clustered drawing (dot) and a canvas drawing, twice each.
for run in 1 2; do
  "$bin" render Graphs -o "$out/clustered$run.svg" --color-by community --cluster-by macro_region 2>/dev/null
  "$bin" render Graphs -o "$out/canvas$run.svg" --canvas a4 --color-by community --cluster-by macro_region 2>/dev/null
done
cmp "$out/clustered1.svg" "$out/clustered2.svg"
cmp "$out/canvas1.svg" "$out/canvas2.svg"
# The report printed to A4 by headless Chromium: no near-empty page (every page but the last
# holds at least 400 characters, the last 100), and the network diagram's and the province
# map's labels at 7 pt or more at the printed width (the page's text width, 182 mm); the
# province map outlines every 시·도.
command -v pdftotext >/dev/null || { echo "drawing.sh: pdftotext is missing (poppler-utils; Scripts/setup.sh installs it)" >&2; exit 1; }
"$bin" report Graphs -o "$out/report.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$out/report.pdf" "$out/report.html" 2>/dev/null
python3 - "$out/report.pdf" "$out/report.html" <<'PY'
import re, subprocess, sys
pdf, html = sys.argv[1], sys.argv[2]
pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
counts = [len(subprocess.run(["pdftotext", "-f", str(p), "-l", str(p), pdf, "-"], capture_output=True, text=True).stdout.split())
          for p in range(1, pages + 1)]
print(f"report.pdf: {pages} A4 pages, words per page {counts}")
thin = [p + 1 for p, c in enumerate(counts[:-1]) if c < 60] + ([pages] if counts[-1] < 15 else [])
assert not thin, f"near-empty pages: {thin}"
page = open(html).read()
svg = re.search(r'<figure id="fig-network[^>]*>\s*(<svg.*?</svg>)', page, re.S).group(1)
width = float(re.search(r'<svg[^>]*\bwidth="([\d.]+)pt"', svg).group(1))
sizes = [float(s) for s in re.findall(r'class="node label[^"]*">.*?font-size="([\d.]+)"', svg, re.S)]
printed = 182 / 25.4 * 72
smallest = min(sizes) * min(1.0, printed / width)
print(f"report diagram: {width:.0f} pt wide, printed at {printed:.0f} pt; smallest label {smallest:.1f} pt")
assert smallest >= 7, smallest
# The province diagram is a map: every 시·도 outlined (class `boundary`), labels at 7 pt or more
# printed at the page's text width.
regions = re.search(r'<figure id="fig-regions[^>]*>\s*(<svg.*?</svg>)', page, re.S).group(1)
codes = {c for c in re.findall(r'class="edge boundary sido sido_(\d+)"', regions)}
assert len(codes) == 17, f"the province map outlines {len(codes)} 시·도, not 17"
width = float(re.search(r'<svg[^>]*\bwidth="([\d.]+)pt"', regions).group(1))
sizes = [float(s) for s in re.findall(r'class="node label[^"]*">.*?font-size="([\d.]+)"', regions, re.S)]
smallest = min(sizes) * min(1.0, printed / width)
print(f"report province map: 17 시·도 outlined, {len(sizes)} labels, {width:.0f} pt wide; smallest label {smallest:.1f} pt")
assert smallest >= 7 and len(sizes) > 0, smallest
PY
echo "drawing: all canvas drawings measured clean"
