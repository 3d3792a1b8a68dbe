#!/usr/bin/env python3
"""Reads each CSV file Sandan wrote with pandas' defaults and checks that every Hangul cell of
the raw file comes back intact (and that a BOM does not end up in the first column's name);
at least one file must hold Hangul.

Usage: read_with_pandas.py FILE.csv ...; exit status 1 on the first file that fails."""
import csv
import re
import sys

import pandas

hangul = re.compile("[\uac00-\ud7a3]")
checked = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        raw = list(csv.reader(f))
    frame = pandas.read_csv(path, dtype=str, keep_default_na=False)
    header = list(frame.columns)
    if header != raw[0]:
        sys.exit(f"read_with_pandas: {path}: header {header} is not {raw[0]}")
    expected = {cell for row in raw[1:] for cell in row if hangul.search(cell)}
    got = {cell for column in header for cell in frame[column] if hangul.search(cell)}
    checked += len(expected)
    if expected != got:
        sys.exit(f"read_with_pandas: {path}: Hangul cells differ: {sorted(expected ^ got)[:5]}")
    print(f"read_with_pandas: {path}: {len(frame)} rows, {len(expected)} Hangul cells intact")
if not checked:
    sys.exit("read_with_pandas: no Hangul cell in any file to check")
