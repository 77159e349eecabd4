#!/usr/bin/env python3
"""Writes small Excel workbooks with openpyxl and xlsxwriter into Tests/PanelCoreTests/Fixtures/xlsx/, each sheet
with its CSV twin: the cells read back by openpyxl (an independent reader) and written as PanelCore reads a
workbook — booleans as 1/0, dates as Excel serial numbers (days since 1899-12-30), empty cells empty.

- openpyxl.xlsx: sheets "Panel" (shared strings, numbers, booleans, dates, empty cells, a mixed column) and
  "Offset" (a table starting at B3), "Gap" (a value under an empty header cell); openpyxl_stored.xlsx: the same archive re-zipped without compression.
- xlsxwriter.xlsx: the "Panel" data written by xlsxwriter (shared strings, DEFLATE);
  xlsxwriter_inline.xlsx: the same in constant_memory mode (inline strings).

Run: python3 references/xlsx/generate_xlsx_fixtures.py   (openpyxl 3.1, xlsxwriter 3)
"""
import csv, datetime, pathlib, zipfile
import openpyxl
import xlsxwriter

OUT = pathlib.Path(__file__).resolve().parents[2] / "Tests/PanelCoreTests/Fixtures/xlsx"
HEADER = ["id", "year", "y", "treated", "date", "city", "code"]
ROWS = [
    [1, 2019, 1.5, True, datetime.datetime(2019, 3, 1), "北京", 101],
    [1, 2020, None, False, datetime.datetime(2020, 2, 29, 12, 0), "a & b <c>", "A7"],
    [2, 2019, -0.1, True, None, None, 3.5],
    [2, 2020, 1e-300, False, datetime.datetime(1999, 12, 31), "Zürich", None],
    [3, 2019, 12345678.875, None, datetime.datetime(2000, 1, 1), "São Paulo", "x"],
]
OFFSET_HEADER = ["unit", "value"]
OFFSET_ROWS = [["u1", 10], ["u2", None], ["u3", 2.25]]


def serial(moment):
    delta = moment - datetime.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def twin_of(path, sheet, csv_path):
    book = openpyxl.load_workbook(path, data_only=True)
    rows = [[cell for cell in row] for row in book[sheet].iter_rows(values_only=True)]
    rows = [row for row in rows if any(value is not None for value in row)]
    first = min(k for k, value in enumerate(rows[0]) if value is not None)
    with open(csv_path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        for row in rows:
            out = []
            for value in row[first:]:
                if value is None: out.append("")
                elif isinstance(value, bool): out.append("1" if value else "0")
                elif isinstance(value, datetime.datetime): out.append(repr(serial(value)))
                elif isinstance(value, float): out.append(repr(value))
                else: out.append(str(value))
            writer.writerow(out)


def with_openpyxl():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Panel"
    sheet.append(HEADER)
    for row in ROWS:
        sheet.append(row)
    offset = book.create_sheet("Offset")
    for k, row in enumerate([OFFSET_HEADER] + OFFSET_ROWS):
        for j, value in enumerate(row):
            offset.cell(row=3 + k, column=2 + j, value=value)
    gap = book.create_sheet("Gap")  # a value under an empty header cell: an error
    gap["A1"], gap["A2"], gap["B2"] = "a", 1, 5
    path = OUT / "openpyxl.xlsx"
    book.save(path)
    twin_of(path, "Panel", OUT / "openpyxl_Panel.csv")
    twin_of(path, "Offset", OUT / "openpyxl_Offset.csv")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(OUT / "openpyxl_stored.xlsx", "w", zipfile.ZIP_STORED) as stored:
        for item in source.infolist():
            stored.writestr(item.filename, source.read(item.filename))


def with_xlsxwriter(name, options):
    path = OUT / name
    book = xlsxwriter.Workbook(path, options)
    sheet = book.add_worksheet("Panel")
    dates = book.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet.write_row(0, 0, HEADER)
    for r, row in enumerate(ROWS, start=1):
        for c, value in enumerate(row):
            if value is None: continue
            if isinstance(value, datetime.datetime): sheet.write_datetime(r, c, value, dates)
            elif isinstance(value, bool): sheet.write_boolean(r, c, value)
            else: sheet.write(r, c, value)
    book.close()
    twin_of(path, "Panel", path.with_suffix(".csv"))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    with_openpyxl()
    with_xlsxwriter("xlsxwriter.xlsx", {})
    with_xlsxwriter("xlsxwriter_inline.xlsx", {"constant_memory": True})
