#!/usr/bin/env python3
"""Opens each workbook Sandan wrote with openpyxl and compares one of its sheets with the CSV
Sandan wrote for the same table: the header (bold, frozen below it) is the CSV's column names in
the report's language (LANG: ko, the default, or en; the captions below are written by hand from
the column meanings, independently of Sandan's vocabulary), the same rows, numbers as numeric
cells equal to the CSV's to 1e-12, text (Hangul) intact, and every column at least as wide as its
heading (Hangul counting two).

Usage: read_workbooks.py BOOK.xlsx:SHEET:TABLE.csv[:LANG] ...; exit status 1 on the first difference."""
import csv
import sys
import unicodedata

import openpyxl

# The headings of the columns of the sheets spreadsheet.sh checks.
HEADINGS = {
    "ko": {
        "id": "ID", "name": "이름", "name_ko": "이름", "region": "시·도", "degree": "연결 중심성",
        "betweenness": "매개 중심성", "closeness": "근접 중심성", "pagerank": "페이지랭크", "anchor": "거점",
        "spokes": "연계 단지", "spoke_count": "연계 단지 수", "spokes_in_region": "같은 시·도의 연계 단지",
        "linkages": "연계 수", "linkages_in_region": "같은 시·도 연계 수", "regional_share": "시·도 내 비율",
        "hub_dominance": "허브 지배도", "region_hub": "시·도 허브", "region_hub_dominance": "시·도 허브 지배도",
        "ego_size": "에고 네트워크 크기", "alter_ties": "이웃 간 연결", "starness": "별 모양 정도",
        "members": "단지 수", "internal": "내부 연계", "external": "외부 연계", "ei_index": "E-I 지수",
        "community": "커뮤니티", "score": "지표", "before": "이전", "after": "이후", "delta": "변화량",
        "kind": "유형", "pairs": "쌍", "edges": "연계 수", "active_nodes": "활성 노드",
    },
    "en": {"region": "Province", "members": "Members", "internal": "Internal", "external": "External", "ei_index": "E-I index"},
}


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)

for spec in sys.argv[1:]:
    book_path, sheet_name, csv_path, *rest = spec.split(":")
    lang = rest[0] if rest else "ko"
    book = openpyxl.load_workbook(book_path)
    sheet = book[sheet_name]
    with open(csv_path, encoding="utf-8-sig", newline="") as f:
        expected = list(csv.reader(f))
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    width = len(expected[0])

    def fail(message):
        sys.exit(f"read_workbooks: {book_path}[{sheet_name}]: {message}")

    if sheet.freeze_panes != "A2":
        fail(f"the header is not frozen ({sheet.freeze_panes})")
    if not all(cell.font.b for cell in sheet[1]):
        fail("the header is not bold")
    missing = [name for name in expected[0] if name not in HEADINGS[lang]]
    if missing:
        fail(f"no {lang} heading written down here for {missing}")
    headings = [HEADINGS[lang][name] for name in expected[0]]
    if [str(v) for v in rows[0][:width]] != headings:
        fail(f"header {rows[0]} is not {headings} (the CSV's {expected[0]})")
    if len(rows) != len(expected):
        fail(f"{len(rows) - 1} rows, the CSV has {len(expected) - 1}")
    numbers = 0
    for r, (got, want) in enumerate(zip(rows[1:], expected[1:]), start=2):
        got = (got + [None] * width)[:width]
        for c, (value, text) in enumerate(zip(got, want)):
            if isinstance(value, bool):
                ok = text in ("1", "true") if value else text in ("0", "false")
            elif isinstance(value, (int, float)):
                numbers += 1
                ok = text != "" and abs(float(text) - value) <= 1e-12 * max(1.0, abs(value))
            else:
                ok = (value or "") == text
            if not ok:
                fail(f"row {r}, column {c + 1}: {value!r} against the CSV's {text!r}")
    for c, name in enumerate(headings):
        letter = openpyxl.utils.get_column_letter(c + 1)
        if sheet.column_dimensions[letter].width < display_width(name):
            fail(f"column {name} is narrower than its header")
    print(f"read_workbooks: {book_path}[{sheet_name}]: {len(rows) - 1} rows, {numbers} numeric cells, as the CSV")
