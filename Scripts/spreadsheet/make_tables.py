#!/usr/bin/env python3
"""Writes the bundled network's complexes and linkages as a researcher's spreadsheet would hold
them, twice: `korean/` as Excel on Korean Windows saves CSV (CP949, CRLF, Korean headers 단지명,
시도, 위도, 경도 / 출발단지, 도착단지, 연계유형, 연도, names as ids, node table under its own name)
`excel/연계.xlsx` the same as an openpyxl workbook (sheet 연계 after a cover sheet, typed cells:
numbers, years as numbers, a date column, a boolean column, an empty cell, rich text) with its
node table `excel/단지.xlsx`, and `plain/` the same data in Sandan's own UTF-8 schema (id,
name_ko, region, lat, lon / source, target, kind, year). Sandan must give the same numbers on all.

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

import datetime  # noqa: E402
import openpyxl  # noqa: E402
from openpyxl.cell.rich_text import CellRichText, TextBlock  # noqa: E402
from openpyxl.cell.text import InlineFont  # noqa: E402

os.makedirs(os.path.join(out, "excel"), exist_ok=True)
book = openpyxl.Workbook()
book.active.title = "표지"
book.active["A1"] = "연계 자료"
sheet = book.create_sheet("연계")
sheet.append(["출발단지", "도착단지", "연계유형", "연도", "지정일", "확정"])
for i, (source, target, kind, year) in enumerate(edges):
    row = [source, target, kind, int(year) if year else None, datetime.date(int(year or 2000), 6, 11), i % 2 == 0]
    sheet.append(row)
# One name as rich text (two runs): the reader joins the runs.
first = sheet.cell(row=2, column=1)
first.value = CellRichText([TextBlock(InlineFont(b=True), first.value[:1]), first.value[1:]])
book.save(os.path.join(out, "excel", "연계.xlsx"))

nodes_book = openpyxl.Workbook()
nodes_sheet = nodes_book.active
nodes_sheet.title = "단지"
nodes_sheet.append(["단지명", "시도", "위도", "경도"])
for node_name, region, lat, lon in nodes:
    nodes_sheet.append([node_name, region, float(lat) if lat else None, float(lon) if lon else None])
nodes_book.save(os.path.join(out, "excel", "단지.xlsx"))
