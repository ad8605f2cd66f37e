#!/usr/bin/python3
"""Reads an .xlsx back with openpyxl and prints what it holds as JSON: sheets, cell values and
number formats, merged ranges, tables, print setup, header and footer, freeze panes, column widths
and charts; plus a package check of the rules Excel enforces and readers forgive (well-formed XML,
relationship targets present, a content type for every part, worksheet elements in schema order).

usage: read-xlsx.py FILE.xlsx [--rows N]   (cells of the first N rows of each sheet, default 300)
"""
import datetime
import json
import posixpath
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

WORKSHEET_ORDER = [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr",
    "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
    "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
    "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
    "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing",
    "legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
]


def local(tag):
    return tag.split("}", 1)[-1]


def package_problems(path):
    problems = []
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        bad = z.testzip()
        if bad:
            problems.append("bad CRC in " + bad)
        ct = ET.fromstring(z.read("[Content_Types].xml"))
        defaults = {e.get("Extension").lower() for e in ct if local(e.tag) == "Default"}
        overrides = {e.get("PartName").lstrip("/") for e in ct if local(e.tag) == "Override"}
        for o in overrides:
            if o not in names:
                problems.append("content type for missing part " + o)
        for n in names:
            if n.endswith("/"):
                continue
            if n.endswith(".xml") or n.endswith(".rels"):
                try:
                    root = ET.fromstring(z.read(n))
                except ET.ParseError as e:
                    problems.append("%s is not well-formed XML: %s" % (n, e))
                    continue
                if n.startswith("xl/worksheets/sheet"):
                    order = [WORKSHEET_ORDER.index(local(c.tag)) for c in root if local(c.tag) in WORKSHEET_ORDER]
                    if order != sorted(order):
                        problems.append("%s: elements out of schema order" % n)
                if n.endswith(".rels"):
                    base = posixpath.dirname(posixpath.dirname(n))
                    ids = set()
                    for r in root:
                        if r.get("Id") in ids:
                            problems.append("%s: relationship id %s twice" % (n, r.get("Id")))
                        ids.add(r.get("Id"))
                        if r.get("TargetMode") == "External":
                            continue
                        target = posixpath.normpath(posixpath.join(base, r.get("Target"))).lstrip("/")
                        if r.get("Target").startswith("/"):
                            target = r.get("Target").lstrip("/")
                        if target not in names:
                            problems.append("%s: target %s missing" % (n, target))
            ext = n.rsplit(".", 1)[-1].lower()
            if n not in overrides and ext not in defaults:
                problems.append("no content type for " + n)
    return problems


# OOXML's escapes of control characters (_x000D_) and of an escape-like underscore (_x005F_),
# which Excel decodes and openpyxl 3.0 leaves as written (it only drops "x005F_" in shared strings).
OOXML_ESCAPE = re.compile(r"_x005F_(?=x[0-9A-Fa-f]{4}_)|_x(00[01][0-9A-Fa-f]|007[Ff])_")


def plain(v):
    """A cell value as JSON; text decoded from OOXML's escapes as Excel decodes it."""
    if isinstance(v, str):
        return OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)) if m.group(1) else "_", v)
    if isinstance(v, (datetime.datetime, datetime.date)):
        return v.isoformat()
    if isinstance(v, datetime.time):
        return v.isoformat()
    return v


def rich_text(title):
    try:
        return "".join(r.t for p in title.tx.rich.p for r in (p.r or []))
    except AttributeError:
        return None


def ref_of(data):
    if data is None:
        return None
    for kind in ("numRef", "strRef"):
        r = getattr(data, kind, None)
        if r is not None:
            return r.f
    return None


def chart_info(ch):
    series = []
    for s in ch.series:
        name = None
        if s.tx is not None:
            name = s.tx.v if s.tx.v is not None else (s.tx.strRef.f if s.tx.strRef is not None else None)
        series.append({"name": name, "values": ref_of(s.val), "categories": ref_of(s.cat)})
    return {
        "type": ch.tagname,
        "direction": getattr(ch, "type", None),
        "title": rich_text(ch.title) if ch.title is not None else None,
        "series": series,
    }


def hf(part):
    return {"left": part.left.text, "center": part.center.text, "right": part.right.text}


def sheet_info(ws, max_rows):
    cells = {}
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, max_rows)):
        for c in row:
            if c.value is None:
                continue
            cells[c.coordinate] = {"v": plain(c.value), "t": c.data_type, "f": c.number_format}
    ps = ws.page_setup
    return {
        "name": ws.title,
        "state": ws.sheet_state,
        "max_row": ws.max_row,
        "max_column": ws.max_column,
        "cells": cells,
        "merged": sorted(str(m) for m in ws.merged_cells.ranges),
        "tables": [
            {
                "name": t.name,
                "ref": t.ref,
                "headers": [c.name for c in t.tableColumns],
                "totals": [c.totalsRowFunction or c.totalsRowLabel for c in t.tableColumns],
                "totalsRowCount": t.totalsRowCount,
                "autoFilter": t.autoFilter.ref if t.autoFilter is not None else None,
                "style": t.tableStyleInfo.name if t.tableStyleInfo is not None else None,
                "bandedRows": bool(t.tableStyleInfo.showRowStripes) if t.tableStyleInfo is not None else None,
            }
            for t in ws.tables.values()
        ],
        "print": {
            "orientation": ps.orientation,
            "paperSize": ps.paperSize,
            "fitToPage": bool(ws.sheet_properties.pageSetUpPr.fitToPage) if ws.sheet_properties.pageSetUpPr else False,
            "fitToWidth": ps.fitToWidth,
            "fitToHeight": ps.fitToHeight,
            "printArea": ws.print_area,
            "printTitleRows": ws.print_title_rows,
            "margins": {k: getattr(ws.page_margins, k) for k in ("left", "right", "top", "bottom", "header", "footer")},
            "header": hf(ws.oddHeader),
            "footer": hf(ws.oddFooter),
        },
        "freeze": ws.freeze_panes,
        "rowBreaks": [b.id for b in ws.row_breaks.brk],
        "gridlines": ws.sheet_view.showGridLines,
        "tabColor": ws.sheet_properties.tabColor.rgb if ws.sheet_properties.tabColor is not None else None,
        "widths": {k: v.width for k, v in ws.column_dimensions.items() if v.width},
        "heights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height and k <= max_rows},
        "charts": [chart_info(c) for c in ws._charts],
    }


def table_problems(wb):
    """Excel repairs a file whose table header cells differ from the table's column names, or
    whose tables overlap merged cells or each other."""
    problems = []
    names = set()
    for ws in wb.worksheets:
        for t in ws.tables.values():
            if t.name.lower() in names:
                problems.append("table name %s used twice" % t.name)
            names.add(t.name.lower())
            first = ws[t.ref.split(":")[0]]
            row, col = first.row, first.column
            for i, c in enumerate(t.tableColumns):
                cell = plain(ws.cell(row=row, column=col + i).value)
                if str(cell) != c.name:
                    problems.append("%s!%s: header %r is not the table column name %r" % (ws.title, t.name, cell, c.name))
            for m in ws.merged_cells.ranges:
                c1, r1, c2, r2 = openpyxl.utils.cell.range_boundaries(t.ref)
                mc1, mr1, mc2, mr2 = openpyxl.utils.cell.range_boundaries(str(m))
                if not (mc2 < c1 or mc1 > c2 or mr2 < r1 or mr1 > r2):
                    problems.append("%s: merged %s overlaps table %s" % (ws.title, m, t.name))
    return problems


def main():
    path = sys.argv[1]
    max_rows = 300
    if "--rows" in sys.argv:
        max_rows = int(sys.argv[sys.argv.index("--rows") + 1])
    wb = openpyxl.load_workbook(path)
    print(json.dumps({
        "sheets": [sheet_info(ws, max_rows) for ws in wb.worksheets],
        "package": package_problems(path) + table_problems(wb),
    }, default=str))


main()
