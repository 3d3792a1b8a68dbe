#!/usr/bin/env python3
"""Writes the bundled network's complexes and linkages as a researcher's spreadsheet would hold
them, twice: `korean/` as Excel on Korean Windows saves CSV (CP949, CRLF, Korean headers 단지명,
시도, 위도, 경도 / 출발단지, 도착단지, 연계유형, 연도, names as ids, node table under its own name)
and `plain/` the same data in Sandan's own UTF-8 schema (id, name_ko, region, lat, lon / source,
target, kind, year). Sandan must give the same numbers on both.

Usage: make_tables.py GRAPHS_FOLDER OUT_FOLDER"""
import csv
import os
import sys

graphs, out = sys.argv[1], sys.argv[2]
with open(os.path.join(graphs, "complexes.csv"), encoding="utf-8", newline="") as f:
    complexes = list(csv.DictReader(f))
with open(os.path.join(graphs, "linkages.csv"), encoding="utf-8", newline="") as f:
    linkages = list(csv.DictReader(f))
name = {row["id"]: row["name_ko"] for row in complexes}
assert len(set(name.values())) == len(name), "names must be unique to serve as ids"

nodes = [(name[r["id"]], r["region"], r["lat"], r["lon"]) for r in complexes]
edges = [(name[r["source"]], name[r["target"]], r["kind"], r["year"]) for r in linkages]


def write(path, header, rows, encoding, newline):
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f, lineterminator=newline)
        writer.writerow(header)
        writer.writerows(rows)


os.makedirs(os.path.join(out, "korean"), exist_ok=True)
os.makedirs(os.path.join(out, "plain"), exist_ok=True)
write(os.path.join(out, "korean", "단지 목록.csv"), ["단지명", "시도", "위도", "경도"], nodes, "cp949", "\r\n")
write(os.path.join(out, "korean", "연계.csv"), ["출발단지", "도착단지", "연계유형", "연도"], edges, "cp949", "\r\n")
write(os.path.join(out, "plain", "links.nodes.csv"), ["id", "name_ko", "region", "lat", "lon"],
      [(n, n, r, la, lo) for n, r, la, lo in nodes], "utf-8", "\n")
write(os.path.join(out, "plain", "links.csv"), ["source", "target", "kind", "year"], edges, "utf-8", "\n")
