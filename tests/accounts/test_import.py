"""Importing officials from CSV or XLSX: a dry run that lists every row's errors; all rows or none."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from safereturn.accounts import importing
from safereturn.accounts.factories import UserFactory
from safereturn.accounts.models import Invitation, Membership, SecurityEvent, User
from safereturn.organisation.factories import AdministrativeUnitFactory, AgencyFactory

pytestmark = pytest.mark.django_db
HEADER = ["Họ và tên", "E-mail", "Agency code", "Administrative unit code", "Position", "Role"]


@pytest.fixture
def places():
    province = AdministrativeUnitFactory(code="T90001")
    commune = AdministrativeUnitFactory(commune=True, parent=province, code="T90002", name="Thử Nghiệm")
    agency = AgencyFactory(administrative_unit=province, code="SYT-TN", name="Sở Y tế Thử Nghiệm")
    return {"province": province, "commune": commune, "agency": agency}


def csv_file(rows, name="people.csv"):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return SimpleUploadedFile(name, out.getvalue().encode("utf-8-sig"), content_type="text/csv")


def good_rows(count):
    return [
        [f"Cán bộ Thử {n}", f"canbo{n}@example.invalid", "SYT-TN", "T90002", "Chuyên viên", "official"]
        for n in range(count)
    ]


def spoil(rows):
    """Twenty bad rows of five kinds; returns {(row number, column)}."""
    expected = set()
    for index in range(0, 1000, 50):  # twenty rows
        row, number = rows[index], index + 2
        kind = (index // 50) % 5
        if kind == 0:
            row[1] = "not-an-address"
            expected.add((number, "email"))
        elif kind == 1:
            row[2] = "KHONG-CO"
            expected.add((number, "agency"))
        elif kind == 2:
            row[3] = "99999"
            expected.add((number, "unit"))
        elif kind == 3:
            row[0] = ""
            expected.add((number, "full_name"))
        else:
            row[5] = "chief"
            expected.add((number, "role"))
    return expected


def test_a_thousand_rows_with_twenty_bad_ones_report_exactly_those_and_import_nothing(places):
    rows = good_rows(1000)
    expected = spoil(rows)
    report = importing.import_rows(csv_file(rows))
    assert {(error.row, error.column) for error in report.errors} == expected
    assert len(report.errors) == 20
    assert all(error.reason for error in report.errors)
    assert not User.objects.exists()


def test_once_corrected_all_thousand_are_imported_with_invitations_queued(places, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks:
        report = importing.import_rows(csv_file(good_rows(1000)))
    assert report.ok and report.imported == 1000
    assert User.objects.count() == 1000
    assert Membership.objects.filter(role="official", is_primary=True).count() == 1000
    assert Invitation.objects.pending().count() == 1000
    assert len(callbacks) == 20  # one background task per 50 invitations
    user = User.objects.get(email="canbo7@example.invalid")
    assert not user.has_usable_password()
    assert (user.agency, user.administrative_unit) == (places["agency"], places["commune"])
    assert SecurityEvent.objects.filter(kind="accounts_imported").count() == 1


def test_repeated_addresses_in_the_file_and_the_database_are_errors(places):
    UserFactory(email="taken@example.invalid")
    rows = good_rows(3)
    rows[1][1] = rows[0][1].upper()
    rows[2][1] = "taken@example.invalid"
    report = importing.check(csv_file(rows))
    assert [(e.row, e.column) for e in report.errors] == [(3, "email"), (4, "email")]
    assert "2" in report.errors[0].reason


def test_a_name_works_instead_of_a_code_only_when_unique(places):
    AgencyFactory(name="Sở Y tế Thử Nghiệm", code="SYT-TN2")  # a second agency of that name
    rows = good_rows(2)
    rows[0][3] = "Thử Nghiệm"  # the commune by its name: unique
    rows[1][2] = "Sở Y tế Thử Nghiệm"  # two agencies: the error lists both codes
    report = importing.check(csv_file(rows))
    assert [(e.row, e.column) for e in report.errors] == [(3, "agency")]
    assert "SYT-TN" in report.errors[0].reason and "SYT-TN2" in report.errors[0].reason


def test_an_xlsx_file_is_read_too(places):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(HEADER)
    for row in good_rows(3):
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    report = importing.check(SimpleUploadedFile("people.xlsx", out.getvalue()))
    assert report.ok and len(report.rows) == 3


def test_a_missing_column_is_reported():
    upload = SimpleUploadedFile("people.csv", "Họ và tên,E-mail\nA,a@example.invalid\n".encode())
    report = importing.check(upload)
    assert {(e.row, e.column) for e in report.errors} == {(1, "agency"), (1, "unit")}


def test_the_admin_screen_checks_then_imports(client, places):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    url = reverse("wagtailusers_users:import")
    index = client.get(reverse("wagtailusers_users:index"))
    assert url in index.content.decode()
    dry = client.post(url, {"file": csv_file(good_rows(2)), "dry_run": "on"})
    assert dry.status_code == 200
    assert dry.context["report"].ok
    assert not User.objects.filter(email__startswith="canbo").exists()
    done = client.post(url, {"file": csv_file(good_rows(2))})
    assert done.status_code == 302
    assert User.objects.filter(email__startswith="canbo").count() == 2
