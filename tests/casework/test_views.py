"""Casework's pages: registering, listing, searching, editing, assigning, documents, and what every response says."""

import datetime
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.users.models import UserProfile

from casework.audit import AuditEvent
from casework.models import Case, CaseAssignment, CaseDocument, KeyedHash, Person, Stage

from .world import assign, build_world, new_case


@pytest.fixture
def world(db):
    return build_world()


def events(action, user=None):
    found = AuditEvent.objects.filter(action=action)
    return found.filter(user_id=user.pk) if user else found


REGISTRATION = {
    "intake-intake_channel": "return_via_embassy",
    "intake-received_on": "05/08/2025",
    "person-full_name": "Đặng Thị Hồng Nhung",
    "person-birth_date": "05/06/1999",
    "person-sex": "female",
    "person-health_notes": "Khám ban đầu bình thường",
    "facts-destination_country": "Campuchia",
    "facts-route": "cross_border",
}


def register(client, world, **changes):
    data = {**REGISTRATION, "intake-commune": world.units["P1"].pk, **changes}
    return client.post(reverse("casework:register"), data)


def test_a_commune_officer_registers_a_person_and_opens_the_case(client, world):
    officer = world.users["commune_officer"]
    client.force_login(officer)
    form = client.get(reverse("casework:register")).content.decode()
    # Only the communes of their post, never another's.
    assert f'value="{world.units["P1"].pk}"' in form and f'value="{world.units["P2"].pk}"' not in form
    response = register(client, world)
    case = Case.objects.get(person__in=Person.objects.matching("full_name", "nhung"))
    assert response.status_code == 302 and response["Location"] == reverse("casework:case_detail", args=[case.pk])
    assert case.commune == world.units["P1"] and case.province == world.units["P"]
    assert case.receiving_agency == world.agencies["commune_P1"] and case.stage == Stage.RECEIVED_BY_COMMUNE
    assert case.received_on == datetime.date(2025, 8, 5) and case.person.birth_date == datetime.date(1999, 6, 5)
    assert CaseAssignment.objects.active().filter(case=case, user=officer).exists()
    created = {event.object_type: event for event in events(AuditEvent.Action.CREATE, officer)}
    assert set(created) == {"casework.case", "casework.person"}
    assert {"full_name", "birth_date", "sex", "health_notes"} <= set(created["casework.person"].changed_fields)
    assert "destination_country" in created["casework.case"].changed_fields
    assert "Nhung" not in str(created["casework.person"].changed_fields)
    # The case page answers, in the commune officer's language, with dates written day/month/year.
    page = client.get(response["Location"]).content.decode()
    assert "Đặng Thị Hồng Nhung" in page and "05/06/1999" in page and "05/08/2025" in page
    assert events(AuditEvent.Action.VIEW, officer).filter(object_id=str(case.pk)).count() == 1


def test_a_registration_outside_the_officers_communes_is_refused(client, world):
    client.force_login(world.users["commune_officer"])
    response = register(client, world, **{"intake-commune": world.units["P2"].pk})
    assert response.status_code == 200 and "intake-commune" in response.content.decode()
    assert not Case.objects.filter(person__in=Person.objects.matching("full_name", "nhung")).exists()


def search(client, words, page=None):
    data = {"q": words, **({"page": page} if page else {})}
    return client.post(reverse("casework:search"), data)


def test_search_finds_whole_words_of_a_name_with_or_without_diacritics_only_within_reach(client, world):
    client.force_login(world.users["commune_officer"])
    register(client, world)
    for words in ("Nhung", "nhung", "hong nhung", "DANG", "đặng thị"):
        html = search(client, words).content.decode()
        assert "Đặng Thị Hồng Nhung" in html, words
    for words in ("nhun", "hon", "Nhung Trần"):
        html = search(client, words).content.decode()
        assert "Đặng Thị Hồng Nhung" not in html, words
    # A linked person's name finds the case too.
    assert "Nguyễn Thị Mẫu Trong" in search(client, "con mau inside").content.decode()
    # Another commune's officer finds nothing of it, by name or by number.
    case = Case.objects.get(person__in=Person.objects.matching("full_name", "nhung"))
    client.force_login(world.users["other_commune_officer"])
    case_url = reverse("casework:case_detail", args=[case.pk])
    assert case_url not in search(client, "nhung").content.decode()
    assert case_url not in search(client, case.display_number).content.decode()
    # The coordinator of the province finds it by its number, typed loosely.
    client.force_login(world.users["coordinator"])
    loose = case.display_number.lower().replace("-", " ")
    assert "Đặng Thị Hồng Nhung" in search(client, loose).content.decode()


def test_a_search_is_posted_audited_with_its_count_and_never_keeps_the_words(client, world):
    client.force_login(world.users["coordinator"])
    assert client.get(reverse("casework:search") + "?q=mau").content.decode().count("Nguyễn Thị Mẫu Trong") == 0
    response = search(client, "Mẫu Trong")
    assert response.status_code == 200 and "Nguyễn Thị Mẫu Trong" in response.content.decode()
    event = events(AuditEvent.Action.SEARCH).get()
    assert event.item_count == 1 and event.purpose == "" and event.changed_fields == []
    assert "trong" not in f"{event.view_name} {event.object_id} {event.object_type}".lower()


def test_search_results_come_newest_first_and_page_by_post(client, world):
    for day in range(1, 31):
        new_case(
            world.units["P1"],
            world.agencies["commune_P1"],
            f"Phạm Thị Trang Ngày{day:02d}",
            received_on=datetime.date(2025, 9, day),
        )
    client.force_login(world.users["commune_officer"])
    html = search(client, "trang").content.decode()
    days = [int(day) for day in re.findall(r"Phạm Thị Trang Ngày(\d\d)", html)]
    assert days == list(range(30, 5, -1))  # 25 per page, newest first
    html = search(client, "trang", page=2).content.decode()
    assert [int(day) for day in re.findall(r"Phạm Thị Trang Ngày(\d\d)", html)] == [5, 4, 3, 2, 1]
    assert 'name="page" value="1"' in html


def test_the_list_filters_and_shows_only_cases_within_reach(client, world):
    inside = world.cases["inside"]
    other = new_case(world.units["P2"], world.agencies["commune_P2"], "Vũ Thị Mẫu Bên", stage=Stage.SHELTERED)
    client.force_login(world.users["coordinator"])
    html = client.get(reverse("casework:case_list")).content.decode()
    assert inside.display_number in html and other.display_number in html
    assert world.cases["outside"].display_number not in html
    html = client.get(reverse("casework:case_list"), {"stage": "sheltered"}).content.decode()
    assert other.display_number in html and inside.display_number not in html
    html = client.get(reverse("casework:case_list"), {"commune": world.units["P1"].pk}).content.decode()
    assert inside.display_number in html and other.display_number not in html
    html = client.get(reverse("casework:case_list"), {"channel": "rescued"}).content.decode()
    assert inside.display_number not in html
    assign(other, world.users["coordinator"])
    html = client.get(reverse("casework:case_list"), {"mine": "on"}).content.decode()
    assert other.display_number in html and inside.display_number not in html
    # A commune officer sees their commune only.
    client.force_login(world.users["commune_officer"])
    html = client.get(reverse("casework:case_list")).content.decode()
    assert inside.display_number in html and other.display_number not in html
    event = events(AuditEvent.Action.LIST, world.users["commune_officer"]).get()
    assert event.item_count == 1 and event.object_type == "casework.case"


def test_links_carry_random_ids_and_never_a_name(client, world):
    client.force_login(world.users["coordinator"])
    html = client.get(reverse("casework:case_list")).content.decode()
    for href in re.findall(r'href="([^"]+)"', html):
        assert "Mẫu" not in href and "mau" not in href.lower() or "/casework/" not in href
    assert f"/casework/ho-so/{world.cases['inside'].pk}/" in html


def test_every_casework_response_is_private_unindexed_uncompressed_and_under_the_strict_policy(client, world):
    client.force_login(world.users["commune_officer"])
    for url in (
        reverse("casework:case_list"),
        reverse("casework:case_detail", args=[world.cases["inside"].pk]),
        reverse("casework:case_detail", args=[world.cases["outside"].pk]),  # a refusal too
    ):
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        assert response["Cache-Control"] == "no-store, private"
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert "Content-Encoding" not in response
        policy = response["Content-Security-Policy"]
        assert "default-src 'none'" in policy and "base-uri 'none'" in policy and "frame-ancestors 'none'" in policy
        assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
        html = response.content.decode()
        assert "<style" not in html and " style=" not in html and "onclick" not in html
        assert not re.search(r"<script(?![^>]*\bsrc=)", html), "an inline script"


def test_pages_follow_the_language_the_person_chose(client, world):
    user = world.users["commune_officer"]
    client.force_login(user)
    assert "Hồ sơ vụ việc" in client.get(reverse("casework:case_list")).content.decode()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    response = client.get(reverse("casework:case_list"), HTTP_ACCEPT_LANGUAGE="vi")
    assert response["Content-Language"] == "en"
    assert "Casework" in response.content.decode() and '<html lang="en">' in response.content.decode()


def test_a_person_edit_is_audited_with_the_names_of_the_changed_fields_only(client, world):
    case = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    response = client.post(
        reverse("casework:person_edit", args=[case.pk, case.person_id]),
        {"full_name": "Nguyễn Thị Mẫu Trong", "phone": "0912 000 111", "sex": "female"},
    )
    assert response.status_code == 302
    event = events(AuditEvent.Action.CHANGE).get()
    assert event.object_type == "casework.person" and event.object_id == str(case.person_id)
    assert set(event.changed_fields) == {"phone", "sex"}
    assert KeyedHash.objects.filter(owner_id=case.person_id, field="phone").exists()


def test_the_coordinator_reassigns_among_people_whose_post_covers_the_case(client, world):
    case = world.cases["inside"]
    assign(case, world.users["commune_officer"])
    client.force_login(world.users["coordinator"])
    form = client.get(reverse("casework:assign", args=[case.pk])).content.decode()
    for name in ("commune_officer", "provincial_officer", "police_verifier", "shelter_staff"):
        assert f'value="{world.users[name].pk}"' in form, name
    for name in ("other_commune_officer", "officer_Q", "auditor", "coordinator", "administrator"):
        assert f'value="{world.users[name].pk}"' not in form, name
    response = client.post(
        reverse("casework:assign", args=[case.pk]), {"assignees": [world.users["police_verifier"].pk]}
    )
    assert response.status_code == 302
    active = set(CaseAssignment.objects.active().filter(case=case).values_list("user_id", flat=True))
    assert active == {world.users["police_verifier"].pk}
    ended = CaseAssignment.objects.get(case=case, user=world.users["commune_officer"])
    assert ended.ended_at is not None and ended.ended_by_id == world.users["coordinator"].pk
    assert events(AuditEvent.Action.CHANGE).get().changed_fields == ["assignees"]
    # The police verifier now sees the case; someone outside the province cannot be slipped in.
    client.force_login(world.users["police_verifier"])
    assert client.get(reverse("casework:case_detail", args=[case.pk])).status_code == 200
    client.force_login(world.users["coordinator"])
    response = client.post(reverse("casework:assign", args=[case.pk]), {"assignees": [world.users["officer_Q"].pk]})
    assert response.status_code == 200
    assert not CaseAssignment.objects.filter(case=case, user=world.users["officer_Q"]).exists()


PDF = b"%PDF-1.4\n% Quyet dinh ho tro cho Dang Thi Hong Nhung\n%%EOF\n"


def test_documents_are_stored_encrypted_and_served_only_through_the_audited_view(client, world):
    case = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    upload = SimpleUploadedFile("Quyết định - Đặng Thị Hồng Nhung.pdf", PDF, content_type="application/pdf")
    response = client.post(
        reverse("casework:document_upload", args=[case.pk]), {"title": "Quyết định hỗ trợ", "file": upload}
    )
    assert response.status_code == 302
    document = CaseDocument.objects.get(case=case)
    assert document.original_name == "Quyết định - Đặng Thị Hồng Nhung.pdf" and document.size == len(PDF)
    assert "Nhung" not in document.file.name and PDF not in document.file.storage.path(document.file.name).encode()
    with open(document.file.storage.path(document.file.name), "rb") as stored:
        assert b"Nhung" not in stored.read()
    response = client.get(reverse("casework:document_download", args=[case.pk, document.pk]))
    assert response.status_code == 200 and b"".join(response.streaming_content) == PDF
    assert "Nhung" not in response["Content-Disposition"] and case.display_number in response["Content-Disposition"]
    assert response["Cache-Control"] == "no-store, private"
    assert events(AuditEvent.Action.DOCUMENT_DOWNLOAD).get().object_id == str(document.pk)
    assert events(AuditEvent.Action.DOCUMENT_UPLOAD).count() == 1
    # A file that is not a PDF, JPEG or PNG is refused, whatever it claims to be.
    fake = SimpleUploadedFile("a.pdf", b"<html><script>", content_type="application/pdf")
    response = client.post(reverse("casework:document_upload", args=[case.pk]), {"title": "x", "file": fake})
    assert response.status_code == 200 and CaseDocument.objects.count() == 1


def test_the_case_page_names_the_competent_agencies_from_the_reference_data(client, world):
    client.force_login(world.users["commune_officer"])
    html = client.get(reverse("casework:case_detail", args=[world.cases["inside"].pk])).content.decode()
    assert "Luật 53/2024/QH15, Điều 27 (sửa đổi bởi Luật 86/2025/QH15)" in html
    assert "Luật 66/2011/QH12" not in html  # the case is under the current regime


def test_a_search_by_phone_looks_only_where_the_role_reads_contact_details(client, world):
    """A police verifier reads no contact details: a phone number typed must not tell them whose it is."""
    case = world.cases["inside"]
    case.person.phone = "0912 345 678"
    case.person.save()
    assign(case, world.users["police_verifier"])
    case_url = reverse("casework:case_detail", args=[case.pk])
    client.force_login(world.users["police_verifier"])
    assert case_url in search(client, "con mau inside").content.decode()  # the case is within their reach
    assert case_url not in search(client, "0912345678").content.decode()
    client.force_login(world.users["commune_officer"])
    assert case_url in search(client, "0912345678").content.decode()


def test_opening_an_edit_form_is_a_read_and_audited(client, world):
    case = world.cases["inside"]
    officer = world.users["commune_officer"]
    client.force_login(officer)
    for url, obj_id in (
        (reverse("casework:case_edit", args=[case.pk]), case.pk),
        (reverse("casework:person_edit", args=[case.pk, case.person_id]), case.person_id),
    ):
        assert client.get(url).status_code == 200
        assert events(AuditEvent.Action.VIEW, officer).filter(object_id=str(obj_id)).count() == 1, url
    # A form shown again with its errors shows the stored values too.
    client.post(reverse("casework:person_edit", args=[case.pk, case.person_id]), {"full_name": "", "sex": "female"})
    assert events(AuditEvent.Action.VIEW, officer).filter(object_id=str(case.person_id)).count() == 2
