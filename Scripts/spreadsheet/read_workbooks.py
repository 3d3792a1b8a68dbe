#!/usr/bin/env python3
"""Opens each workbook Sandan wrote with openpyxl and compares one of its sheets with the CSV
Sandan wrote for the same table: the same header (bold, frozen below it), the same rows, numbers
as numeric cells equal to the CSV's to 1e-12, text (Hangul) intact, and every column at least as
wide as its header.

Usage: read_workbooks.py BOOK.xlsx:SHEET:TABLE.csv ...; exit status 1 on the first difference."""
import csv
import sys

import openpyxl

for spec in sys.argv[1:]:
    book_path, sheet_name, csv_path = spec.split(":")
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
    if [str(v) for v in rows[0][:width]] != expected[0]:
        fail(f"header {rows[0]} is not {expected[0]}")
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
    for c, name in enumerate(expected[0]):
        letter = openpyxl.utils.get_column_letter(c + 1)
        if sheet.column_dimensions[letter].width < len(name):
            fail(f"column {name} is narrower than its header")
    print(f"read_workbooks: {book_path}[{sheet_name}]: {len(rows) - 1} rows, {numbers} numeric cells, as the CSV")
