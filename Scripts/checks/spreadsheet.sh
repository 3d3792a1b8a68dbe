#!/usr/bin/env bash
# A researcher's own spreadsheet (issue 15): the bundled network written as Excel on Korean
# Windows saves CSV (CP949, CRLF, Korean headers, a node table under its own name), and as an
# openpyxl workbook (.xlsx, the table on its second sheet), gives the same analyze, render and
# report output as the same data in Sandan's UTF-8 schema, without renaming and without --encoding;
# openpyxl reads every table output written as .xlsx with the CSV's values, typed, under a header
# row in the report's language (Korean for this data, English with --lang en); pandas reads every CSV Sandan writes with Hangul intact; the
# C library's CP949 converter refuses what Python's cp949 codec refuses.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 -c "import pandas, openpyxl" 2>/dev/null || pip install -q pandas openpyxl
test -x .build/debug/sandan || { echo "spreadsheet: run 'swift build' first"; exit 1; }
sandan="$PWD/.build/debug/sandan"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "spreadsheet: $*" >&2; exit 1; }

python3 Scripts/spreadsheet/cp949_table.py
python3 Scripts/spreadsheet/make_tables.py Graphs "$work"
korean=("$work/korean/연계.csv" --nodes "$work/korean/단지 목록.csv")
plain=("$work/plain/links.csv")
excel=("$work/excel/연계.xlsx" --sheet 연계 --nodes "$work/excel/단지.xlsx")

"$sandan" analyze "${korean[@]}" --format csv -o "$work/k.csv" 2> "$work/k.err"
grep -q "연계.csv: read as CP949" "$work/k.err" || fail "no note that the edge table was read as CP949: $(cat "$work/k.err")"
"$sandan" analyze "${plain[@]}" --format csv -o "$work/p.csv"
head -1 "$work/p.csv" | grep -q '^id,name_ko,region,degree,betweenness,closeness,pagerank$' || fail "analyze header: $(head -1 "$work/p.csv")"
for format in svg dot; do "$sandan" render "${plain[@]}" --color-by region --since 2019 -o "$work/p.$format" 2>/dev/null; done
"$sandan" report "${plain[@]}" -o "$work/p.md"
# The report names its input, its command line and its figures after the output; the rest is the same.
normalise() { sed -e '/`sandan report /d; s#korean/##g; s#plain/##g; s#excel/##g; s#/연계\.csv#/#g; s#/연계\.xlsx#/#g; s#/links\.csv#/#g; s#([kx]-#(#g; s#(p-#(#g; s#-[0-9a-f]\{8\}\.svg#.svg#g' "$1"; }
for input in k x; do
  if [ "$input" = k ]; then args=("${korean[@]}"); else args=("${excel[@]}"); fi
  "$sandan" analyze "${args[@]}" --format csv -o "$work/$input.csv" 2>/dev/null
  cmp -s "$work/$input.csv" "$work/p.csv" || fail "analyze of $input differs: $(diff "$work/$input.csv" "$work/p.csv" | head -5)"
  for format in svg dot; do
    "$sandan" render "${args[@]}" --color-by region --since 2019 -o "$work/$input.$format" 2>/dev/null
    cmp -s "$work/$input.$format" "$work/p.$format" || fail "render .$format of $input differs"
  done
  "$sandan" report "${args[@]}" -o "$work/$input.md" 2>/dev/null
  diff <(normalise "$work/$input.md") <(normalise "$work/p.md") > "$work/report.diff" || fail "report of $input differs: $(head -8 "$work/report.diff")"
  for figure in "$work"/"$input"-*.svg; do
    name=$(basename "$figure" | sed "s#^$input-##; s#-[0-9a-f]\{8\}\.svg\$##")
    cmp -s "$figure" "$work"/p-"$name"-*.svg || fail "report figure $name of $input differs"
  done
done

# Every CSV Sandan writes, read by pandas.
"$sandan" analyze "${korean[@]}" --format csv --bom -o "$work/bom.csv" 2>/dev/null
"$sandan" hubs --format csv -o "$work/hubs.csv"
"$sandan" regions --format csv -o "$work/regions.csv"
"$sandan" communities "${korean[@]}" --format csv -o "$work/communities.csv" 2>/dev/null
"$sandan" compare Graphs --until-a 2022 --format csv --table centrality -o "$work/compare.csv"
"$sandan" convert "${korean[@]}" -o "$work/converted.csv" 2>/dev/null
python3 Scripts/spreadsheet/read_with_pandas.py "$work/k.csv" "$work/bom.csv" "$work/hubs.csv" "$work/regions.csv" \
  "$work/communities.csv" "$work/compare.csv" "$work/converted.csv" "$work/converted.nodes.csv"
# Every table output as a workbook, read by openpyxl against the CSV of the same table.
"$sandan" analyze "${korean[@]}" -o "$work/analyze.xlsx" 2>/dev/null
"$sandan" hubs -o "$work/hubs.xlsx"
"$sandan" regions -o "$work/regions.xlsx"
"$sandan" communities "${korean[@]}" -o "$work/communities.xlsx" 2>/dev/null
"$sandan" compare Graphs --until-a 2022 -o "$work/compare.xlsx"
"$sandan" multiplex -o "$work/multiplex.xlsx"
"$sandan" multiplex --format csv --table layers -o "$work/layers.csv"
"$sandan" regions -o "$work/regions-en.xlsx" --lang en
python3 Scripts/spreadsheet/read_workbooks.py "$work/analyze.xlsx:measures:$work/k.csv" "$work/hubs.xlsx:anchors:$work/hubs.csv" \
  "$work/regions.xlsx:regions:$work/regions.csv" "$work/communities.xlsx:communities:$work/communities.csv" \
  "$work/compare.xlsx:centrality:$work/compare.csv" "$work/multiplex.xlsx:layers:$work/layers.csv" \
  "$work/regions-en.xlsx:regions:$work/regions.csv:en"
# Gephi: analyze -o FILE.gexf carries labels (the names), the measures and the years as edge
# starts (the timeline), as NetworkX reads them.
"$sandan" analyze "${plain[@]}" -o "$work/measures.gexf"
python3 - "$work/measures.gexf" "$work/p.csv" <<'PY'
import csv, sys
import networkx
graph = networkx.read_gexf(sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as f:
    rows = list(csv.DictReader(f))
for row in rows:
    node = graph.nodes[row["id"]]
    assert node["label"] == row["name_ko"], (node, row)
    for measure in ("degree", "betweenness", "closeness", "pagerank"):
        assert abs(float(node[measure]) - float(row[measure])) <= 1e-12, (measure, node, row)
dated = [data for _, _, data in graph.edges(data=True) if "year" in data]
assert dated and all(data["start"] == data["year"] for data in dated), "an edge's start is not its year"
print(f"spreadsheet: NetworkX reads the GEXF of analyze: {len(rows)} labels and measures as the CSV, {len(dated)} edges start in their year")
PY
# UCINET DL: igraph reads what Sandan writes (the bundled network: igraph's DL reader takes no
# quoted labels, so not the names with spaces), and both read a labelled full matrix alike
# (binary: igraph's full-matrix reader takes 0 and 1 only), and igraph reads the full matrix
# Sandan writes (convert --dl-layout fullmatrix; the anchor links, which have no parallel edges).
"$sandan" convert Graphs -o "$work/network.dl"
"$sandan" convert Graphs --kind anchor-link -o "$work/anchors.dl" --dl-layout fullmatrix 2>/dev/null
"$sandan" convert Graphs --kind anchor-link -o "$work/anchors.json"
grep -q '^FORMAT = FULLMATRIX$' "$work/anchors.dl" || fail "convert --dl-layout fullmatrix wrote no full matrix"
"$sandan" analyze Graphs --layer all --ids-only --metric degree --format csv -o "$work/ids.csv"
"$sandan" stats Graphs --layer all --format json > "$work/stats.json"
printf 'DL N=4\nFORMAT = FULLMATRIX\nLABELS:\n구미,창원,울산,외딴\nDATA:\n0 1 0 0\n1 0 1 0\n0 1 0 0\n0 0 0 0\n' > "$work/matrix.dl"
"$sandan" convert "$work/matrix.dl" -o "$work/matrix.json"
python3 - "$work/network.dl" "$work/ids.csv" "$work/matrix.dl" "$work/matrix.json" "$work/stats.json" "$work/anchors.dl" "$work/anchors.json" <<'PY'
import csv, json, sys
import igraph
graph = igraph.Graph.Read_DL(sys.argv[1], directed=False)
with open(sys.argv[2], encoding="utf-8") as f:
    ids = [row["id"] for row in csv.DictReader(f)]
assert graph.vs["name"] == ids, "labels differ"
edges = json.load(open(sys.argv[5], encoding="utf-8"))["edges"]   # every layer: convert keeps them all
assert graph.ecount() == edges, (graph.ecount(), edges)
matrix = igraph.Graph.Read_DL(sys.argv[3], directed=True)
ours = json.load(open(sys.argv[4], encoding="utf-8"))
assert matrix.vs["name"] == [n["id"] for n in ours["nodes"]], (matrix.vs["name"], ours["nodes"])
# igraph reads each cell as an arc; Sandan reads a symmetric matrix as one undirected edge a pair.
theirs = sorted((matrix.vs[e.source]["name"], matrix.vs[e.target]["name"]) for e in matrix.es)
mine = sorted(pair for e in ours["edges"] for pair in ((e["source"], e["target"]), (e["target"], e["source"])))
assert not ours["directed"] and theirs == mine, (theirs, mine)
written = igraph.Graph.Read_DL(sys.argv[6], directed=True)
anchors = json.load(open(sys.argv[7], encoding="utf-8"))
assert written.vs["name"] == [n["id"] for n in anchors["nodes"]], "full-matrix labels differ"
theirs = sorted((written.vs[e.source]["name"], written.vs[e.target]["name"]) for e in written.es)
mine = sorted(pair for e in anchors["edges"] for pair in ((e["source"], e["target"]), (e["target"], e["source"])))
assert theirs == mine, "igraph reads other arcs from Sandan's full matrix"
print(f"spreadsheet: igraph reads Sandan's DL ({graph.vcount()} labels, {graph.ecount()} edges), its full matrix ({written.ecount()} arcs, both ways of {len(anchors['edges'])} edges), and reads a full matrix as Sandan does")
PY
echo "spreadsheet: CP949 Korean tables and an .xlsx workbook give the same analyze, render and report output; pandas reads every CSV and openpyxl every workbook"
