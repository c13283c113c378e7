"""The case list (filtered, paginated), the search and the case page cost a constant number of SQL queries."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from casework.models import CaseDocument, CaseParticipant, ParticipantRole, Person

from .world import assign, build_world, new_case


def add_cases(world, count, start=0):
    for n in range(start, start + count):
        case = new_case(
            world.units["P1" if n % 2 else "P2"],
            world.agencies["commune_P1"],
            f"Phan Thị Đếm {n}",
            received_on=datetime.date(2025, 7, 1) + datetime.timedelta(days=n % 300),
        )
        assign(case, world.users["police_verifier"])


def queries(client, method, url, data=None):
    with CaptureQueriesContext(connection) as captured:
        response = getattr(client, method)(url, data or {})
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("role", ["coordinator", "police_verifier", "commune_officer"])
def test_the_list_and_the_search_do_not_grow_with_the_number_of_cases(client, db, role):
    world = build_world()
    client.force_login(world.users[role])
    list_url = reverse("casework:case_list")
    filters = {"commune": world.units["P1"].pk, "stage": "received_by_commune", "page": "2"}
    add_cases(world, 30)
    before = (
        queries(client, "get", list_url),
        queries(client, "get", list_url, filters),
        queries(client, "post", reverse("casework:search"), {"q": "phan thi dem", "page": 2}),
    )
    add_cases(world, 120, start=30)
    after = (
        queries(client, "get", list_url),
        queries(client, "get", list_url, filters),
        queries(client, "post", reverse("casework:search"), {"q": "phan thi dem", "page": 2}),
    )
    assert before == after
    assert max(after) <= 16


def test_the_case_page_does_not_grow_with_its_people_documents_and_assignments(client, db):
    world = build_world()
    case = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    url = reverse("casework:case_detail", args=[case.pk])
    # A time limit running (its rule and the calendar cost two queries, whatever else the case holds).
    from casework.models import (
        CaseNote,
        CaseStep,
        CaseTask,
        Consent,
        ProtectionMeasure,
        Referral,
        ReferralEvent,
        SupportRecord,
    )

    officer = world.users["commune_officer"]

    def step():
        CaseStep.objects.create(
            case=case,
            transition="notify",
            from_stage="received_by_commune",
            to_stage="initial_verification",
            made_on=case.received_on,
            made_by_id=officer.pk,
        )

    step()
    before = queries(client, "get", url), queries(client, "get", reverse("casework:case_print", args=[case.pk]))
    for n in range(6):
        person = Person.objects.create(full_name=f"Người Thân {n}", phone=f"09000000{n:02d}")
        CaseParticipant.objects.create(case=case, person=person, role=ParticipantRole.RELATIVE, relationship="Anh")
        document = CaseDocument(case=case, title=f"Tài liệu {n}", content_type="application/pdf")
        document.file.save("x.pdf", ContentFile(b"%PDF-1.4"), save=False)
        document.save()
    for name in ("provincial_officer", "shelter_staff", "police_verifier"):
        assign(case, world.users[name])
    # The workflow's records too: steps, support, protection, notes, tasks, consents and referrals.
    for n in range(6):
        step()
        SupportRecord.objects.create(case=case, entitlement="a", decision_number=f"{n}/QĐ")
        ProtectionMeasure.objects.create(case=case, measure="guard")
        CaseNote.objects.create(case=case, text=f"Ghi chú {n}")
        CaseTask.objects.create(case=case, text=f"Việc {n}", due_on=case.received_on, assignee=officer)
        Consent.objects.create(
            case=case,
            purpose="legal_aid",
            recipient=world.agencies["health_P"],
            field_groups=["identity"],
            given_on=case.received_on,
            expires_on=case.received_on,
        )
        referral = Referral.objects.create(
            case=case,
            from_agency=world.agencies["commune_P1"],
            to_agency=world.agencies["police_P"],
            purpose="verification",
            basis="criminal_procedure",
            legal_reference=f"{n}/CSHS",
            field_groups=["identity"],
        )
        ReferralEvent.objects.create(referral=referral, step="send", agency=world.agencies["commune_P1"])
    after = queries(client, "get", url), queries(client, "get", reverse("casework:case_print", args=[case.pk]))
    assert before == after
    # The steps' recorders, the consents, the referrals, the referral grants, the emergency accesses and the cases
    # merged into this one: one query each.
    assert max(after) <= 28
