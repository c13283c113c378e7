"""
CSV and XLSX exports of the training reports, safe to open in a spreadsheet.

A text cell that a spreadsheet would read as a formula is neutralised
(OWASP, "CSV Injection"): one that starts with `=`, `+`, `-` or `@`, and
also with a tab or a carriage return (which some spreadsheets skip before
reading the formula that follows), gets a leading apostrophe `'`, which
spreadsheets show as text. Numbers stay numbers (a negative number is a
number, not a formula): only text is changed. The same rule applies to both
formats, so that a CSV and an XLSX of one report say the same; in the XLSX
file every text cell is also written as a string (openpyxl would otherwise
store "=..." as a formula). Names of agencies and units come from
administrators, and question titles from trainers or imported files: any of
them could start with one of these characters.
"""

import csv
import io
from datetime import date, datetime
from decimal import Decimal

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """`value` as a cell: numbers and dates unchanged, None empty, text that could be a formula prefixed with '."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal | date | datetime):
        return value
    text = str(value)
    if text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def csv_response(filename, header, rows):
    buffer = io.StringIO()
    # A byte-order mark so that Excel reads the Vietnamese letters as UTF-8.
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_bytes(title, header, rows):
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    workbook = Workbook(write_only=False)
    sheet = workbook.active
    sheet.title = title[:31]
    for row_index, row in enumerate([header, *rows], start=1):
        for column_index, value in enumerate(row, start=1):
            value = neutralise(value)
            cell = sheet.cell(row=row_index, column=column_index)
            if isinstance(value, str):
                # XLSX cannot hold most control characters (a title pasted from Word may carry one): shown as
                # U+FFFD rather than dropped in silence or failing the whole export.
                cell.value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
                cell.data_type = "s"  # never a formula
            else:
                cell.value = float(value) if isinstance(value, Decimal) else value
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(filename, title, header, rows):
    response = HttpResponse(
        xlsx_bytes(title, header, rows),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
