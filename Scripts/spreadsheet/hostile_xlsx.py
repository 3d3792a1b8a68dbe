#!/usr/bin/env python3
"""Writes hostile .xlsx workbooks into FOLDER for Tests/SandanIOTests/XLSXHostileTests.swift:

- bomb.xlsx: a sheet that inflates to 80 MiB of whitespace (about 80 KiB compressed);
- traversal.xlsx: a valid workbook plus an entry named ../evil.txt;
- entity.xlsx: a shared-strings part with a DOCTYPE declaring nested entities (billion laughs);
- strings.xlsx: a shared-strings table of 1,000,000 entries (17 MB) whose last entries a
  two-row sheet uses: read within bounded memory;
- rows.xlsx: a sheet of 1,000,000 rows (over 64 MiB inflated): refused;
- ok.xlsx: the minimal valid workbook the others start from (source,target / a,b);
- typed.xlsx: every kind of cell, written by hand (see the test for the values expected).

Usage: hostile_xlsx.py FOLDER"""
import os
import sys
import zipfile

folder = sys.argv[1]
os.makedirs(folder, exist_ok=True)
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
SHEET_TAIL = '</sheetData></worksheet>'
INLINE_ROWS = ('<row r="1"><c r="A1" t="inlineStr"><is><t>source</t></is></c><c r="B1" t="inlineStr"><is><t>target</t></is></c></row>'
               '<row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="B2" t="inlineStr"><is><t>b</t></is></c></row>')


def workbook(name, sheet_writer, extra=None):
    with zipfile.ZipFile(os.path.join(folder, name), "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", WORKBOOK)
        z.writestr("xl/_rels/workbook.xml.rels", RELS)
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            sheet_writer(f)
        if extra:
            extra(z)


def simple(f):
    f.write((SHEET_HEAD + INLINE_ROWS + SHEET_TAIL).encode())


def bomb(f):
    f.write((SHEET_HEAD + INLINE_ROWS).encode())
    chunk = b" " * (1 << 20)
    for _ in range(80):
        f.write(chunk)
    f.write(SHEET_TAIL.encode())


def traversal(z):
    z.writestr("../evil.txt", "escaped")


def entity(z):
    z.writestr("xl/sharedStrings.xml", '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
               '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>')


def many_strings(z):
    with z.open("xl/sharedStrings.xml", "w") as f:
        f.write(b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        f.write(b"".join(b"<si><t>s%d</t></si>" % i for i in range(1_000_000)))
        f.write(b"</sst>")


def strings_sheet(f):
    f.write((SHEET_HEAD + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>999998</v></c><c r="B2" t="s"><v>999999</v></c></row>' + SHEET_TAIL).encode())


def million_rows(f):
    f.write((SHEET_HEAD + '<row r="1"><c r="A1" t="inlineStr"><is><t>source</t></is></c><c r="B1" t="inlineStr"><is><t>target</t></is></c></row>').encode())
    for start in range(2, 1_000_002, 10_000):
        f.write(b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c><c r="B%d"><v>%d</v></c></row>' % (r, r, r, r, r + 1)
                         for r in range(start, min(start + 10_000, 1_000_002))))
    f.write(SHEET_TAIL.encode())


workbook("ok.xlsx", simple)
workbook("bomb.xlsx", bomb)
workbook("traversal.xlsx", simple, traversal)
workbook("entity.xlsx", strings_sheet, entity)
workbook("strings.xlsx", strings_sheet, many_strings)
workbook("rows.xlsx", million_rows)


def typed_sheet(f):
    f.write((SHEET_HEAD
             + '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><t>lat</t></is></c>'
             '<c r="D1" t="inlineStr"><is><t>day</t></is></c><c r="E1" t="inlineStr"><is><t>ok</t></is></c>'
             '<c r="F1" t="inlineStr"><is><t>note</t></is></c></row>'
             '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3" t="inlineStr"><is><t>창원</t></is></c><c r="C3"><v>35.200000000000003</v></c>'
             '<c r="D3" s="1"><v>45088</v></c><c r="E3" t="b"><v>1</v></c><c r="F3" t="e"><v>#N/A</v></c></row>'
             '<row r="4"><c r="A4" t="str"><v>울산</v></c><c r="B4" t="s"><v>2</v></c>'
             '<c r="D4" s="2"><v>45088.5</v></c><c r="E4" t="b"><v>0</v></c></row>'
             + SHEET_TAIL).encode())


def typed_parts(z):
    z.writestr("xl/sharedStrings.xml", '<sst><si><t>출발단지</t></si><si><t>도착단지</t></si>'
               '<si><r><rPr><b/></rPr><t>구</t></r><r><t>미</t></r><rPh sb="0" eb="1"><t>ku</t></rPh></si></sst>')
    z.writestr("xl/styles.xml", '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;년&quot; m&quot;월&quot; d&quot;일&quot; hh:mm"/></numFmts>'
               '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>')


workbook("typed.xlsx", typed_sheet, typed_parts)
