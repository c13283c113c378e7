"""Spreadsheet exports neutralise formulas (courses.exports): text cells starting with = + - @ tab or CR."""

import csv
import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from courses.exports import csv_response, neutralise, xlsx_bytes


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+84 912 345 678", "'+84 912 345 678"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("Ủy ban nhân dân xã", "Ủy ban nhân dân xã"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_text_that_could_be_a_formula_gets_an_apostrophe(value, cell):
    assert neutralise(value) == cell


def test_numbers_stay_numbers_even_negative_and_none_is_empty():
    assert neutralise(-5) == -5
    assert neutralise(Decimal("-1.5")) == Decimal("-1.5")
    assert neutralise(None) == ""


def test_csv_cells_are_neutralised_and_excel_reads_utf8():
    response = csv_response("report", ["Cơ quan", "Số"], [["=cmd|' /C calc'!A0", 3], ["Xã An Bình", -1]])
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(content.lstrip("\ufeff"))))
    assert rows == [["Cơ quan", "Số"], ["'=cmd|' /C calc'!A0", "3"], ["Xã An Bình", "-1"]]


def test_xlsx_cells_are_strings_never_formulas():
    workbook = load_workbook(io.BytesIO(xlsx_bytes("Báo cáo", ["Cơ quan", "Số"], [["=1+1", Decimal("2.5")]])))
    sheet = workbook.active
    assert sheet["A2"].value == "'=1+1" and sheet["A2"].data_type == "s"
    assert sheet["B2"].value == 2.5 and sheet["B2"].data_type == "n"


def test_control_characters_that_xlsx_cannot_hold_are_shown_not_fatal():
    """A title pasted from Word may carry a vertical tab: the export still opens, with U+FFFD in its place."""
    workbook = load_workbook(io.BytesIO(xlsx_bytes("Báo cáo", ["Câu hỏi"], [["Câu\x0bhỏi\x00 một"]])))
    assert workbook.active["A2"].value == "Câu\ufffdhỏi\ufffd một"
