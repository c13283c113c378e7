"""
Exports of a filtered list of cases (casework.exports): a coordinator asks
with a purpose; the worker builds the file from the cases they see, with
each row's personal fields only where the field policy and the basis allow
(a consent in force, or a cited legal basis); formulas are neutralised; the
file is encrypted at rest and only its requester downloads it, each time
audited, until it expires or is deleted.
"""

import csv
import datetime
import io

from django.core.files.storage import storages
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from casework import exports
from casework.audit import AuditEvent
from casework.models import Case, CaseExport, Consent, LegalBasis, SharingPurpose
from safereturn.accounts.factories import UserFactory

from .world import build_world, new_case, post

TODAY = timezone.localdate()


def ask(client, user, **changes):
    client.force_login(user)
    data = {
        "purpose": "Báo cáo quý IV cho Ban chỉ đạo tỉnh",
        "file_format": "csv",
        "stage": "",
        "channel": "",
        "commune": "",
        "basis": LegalBasis.CONSENT,
        "recipient": "",
        "sharing_purpose": "",
        "legal_reference": "",
    }
    data.update(changes)
    return client.post(reverse("casework:export_list"), data)


def built(client, user, **changes):
    before = set(CaseExport.objects.values_list("pk", flat=True))
    response = ask(client, user, **changes)
    assert response.status_code == 302, response.content.decode()[-2000:]
    export = CaseExport.objects.exclude(pk__in=before).get()
    assert export.state == CaseExport.State.QUEUED
    assert exports.build(export.pk) == CaseExport.State.DONE
    export.refresh_from_db()
    return export


def read_csv(export):
    with export.file.open("rb") as handle:
        text = handle.read().decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_a_list_without_personal_fields_holds_only_the_cases_in_sight(client, db):
    world = build_world()
    export = built(client, world.users["coordinator"])
    rows = read_csv(export)
    numbers = {row[0] for row in rows[1:]}
    assert world.cases["inside"].display_number in numbers and world.cases["outside"].display_number not in numbers
    assert all("Nguyễn Thị Mẫu Trong" not in cell for row in rows for cell in row)
    event = AuditEvent.objects.get(action=AuditEvent.Action.EXPORT, object_id=str(export.pk))
    assert event.purpose == "Báo cáo quý IV cho Ban chỉ đạo tỉnh"


def test_personal_fields_go_only_where_a_consent_in_force_allows(client, db):
    world = build_world()
    inside = world.cases["inside"]
    facility = world.agencies["facility_P"]
    withdrawn = new_case(world.units["P1"], world.agencies["commune_P1"], "Lê Thị Đã Rút")
    expired = new_case(world.units["P1"], world.agencies["commune_P1"], "Phạm Thị Hết Hạn")
    for case, withdrawn_on, last_day in (
        (inside, None, TODAY + datetime.timedelta(days=30)),
        (withdrawn, TODAY, TODAY + datetime.timedelta(days=30)),
        (expired, None, TODAY - datetime.timedelta(days=1)),
    ):
        Consent.objects.create(
            case=case,
            purpose=SharingPurpose.SHELTER,
            recipient=facility,
            field_groups=["identity"],
            given_on=TODAY - datetime.timedelta(days=50),
            expires_on=last_day,
            withdrawn_on=withdrawn_on,
        )
    export = built(
        client,
        world.users["coordinator"],
        field_groups=["identity", "contact"],
        recipient=facility.pk,
        sharing_purpose=SharingPurpose.SHELTER,
    )
    rows = {row[0]: row for row in read_csv(export)[1:]}
    assert "Nguyễn Thị Mẫu Trong" in rows[inside.display_number]
    assert "Lê Thị Đã Rút" not in rows[withdrawn.display_number]
    assert "Phạm Thị Hết Hạn" not in rows[expired.display_number]
    assert export.withheld == len(rows)  # contact is in no consent at all: every row lacks something
    # Without a recipient, or a legal basis without its reference, nothing is asked.
    count = CaseExport.objects.count()
    for changes in ({"field_groups": ["identity"]}, {"field_groups": ["identity"], "basis": "criminal_procedure"}):
        response = ask(client, world.users["coordinator"], **changes)
        assert response.status_code == 200 and response.context["form"].non_field_errors()
    assert CaseExport.objects.count() == count


def test_formulas_are_neutralised_and_the_workbook_reads(client, db):
    world = build_world()
    case = Case.objects.get(pk=world.cases["inside"].pk)
    case.circumstances = '=HYPERLINK("http://example.invalid","bấm")'
    case.save()
    export = built(
        client,
        world.users["coordinator"],
        file_format="xlsx",
        field_groups=["trafficking"],
        basis=LegalBasis.CRIMINAL_PROCEDURE,
        legal_reference="Công văn 7/CSHS",
    )
    with export.file.open("rb") as handle:
        sheet = load_workbook(io.BytesIO(handle.read()), read_only=True).active
        cells = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert '\'=HYPERLINK("http://example.invalid","bấm")' in cells
    assert not any(str(cell).startswith("=") for cell in cells)
    assert (
        exports.neutralise("+1") == "'+1" and exports.neutralise("-2") == "'-2" and exports.neutralise("@x") == "'@x"
    )
    assert exports.neutralise("Bình thường") == "Bình thường"


def test_the_file_is_encrypted_and_only_its_requester_downloads_it_until_it_ends(client, db):
    world = build_world()
    coordinator = world.users["coordinator"]
    export = built(
        client,
        coordinator,
        field_groups=["identity"],
        basis=LegalBasis.OTHER_LAW,
        legal_reference="Điều 3 khoản 10, trích dẫn thử",
    )
    with storages["casework"].path(export.file.name) and open(
        storages["casework"].path(export.file.name), "rb"
    ) as raw:
        stored = raw.read()
    assert (
        "Nguyễn Thị Mẫu Trong".encode() not in stored and world.cases["inside"].display_number.encode() not in stored
    )

    other = UserFactory(username="other.coordinator")
    post(other, "casework_coordinator", world.agencies["health_P"], [world.units["P"]])
    client.force_login(other)
    for name in ("export_detail", "export_download"):
        assert client.get(reverse(f"casework:{name}", args=[export.pk])).status_code == 404
    assert client.post(reverse("casework:export_delete", args=[export.pk])).status_code == 404

    client.force_login(coordinator)
    page = client.get(reverse("casework:export_detail", args=[export.pk])).content.decode()
    assert "data-download" in page
    response = client.get(reverse("casework:export_download", args=[export.pk]))
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]
    assert "Nguyễn Thị Mẫu Trong" in b"".join(response.streaming_content).decode("utf-8-sig")
    assert AuditEvent.objects.filter(action=AuditEvent.Action.EXPORT_DOWNLOAD, object_id=str(export.pk)).count() == 1

    # Expired: no more download, and the timer deletes the file.
    CaseExport.objects.filter(pk=export.pk).update(expires_at=timezone.now() - datetime.timedelta(minutes=1))
    assert client.get(reverse("casework:export_download", args=[export.pk])).status_code == 302
    assert exports.delete_expired() == 1
    export.refresh_from_db()
    assert not export.file and export.state == CaseExport.State.DELETED


def test_a_post_ended_before_the_build_builds_nothing_and_downloads_nothing(client, db):
    world = build_world()
    coordinator = world.users["coordinator"]
    ask(client, coordinator)
    export = CaseExport.objects.exclude(pk=world.exports["inside"].pk).get()
    world.posts["coordinator"].valid_until = TODAY - datetime.timedelta(days=1)
    world.posts["coordinator"].save()
    assert exports.build(export.pk) == CaseExport.State.FAILED
    export.refresh_from_db()
    assert not export.file


def test_the_requester_deletes_the_file_and_only_coordinators_export(client, db):
    world = build_world()
    export = built(client, world.users["coordinator"])
    name = export.file.name
    client.post(reverse("casework:export_delete", args=[export.pk]))
    assert not storages["casework"].exists(name)
    for role in ("commune_officer", "provincial_officer", "shelter_staff", "auditor"):
        assert ask(client, world.users[role]).status_code == 403, role
