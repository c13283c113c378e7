"""
Referrals and transfers between agencies (casework.referrals): sent by the
posts that keep a case, on the person's consent in force or a recorded legal
basis; answered by the receiving agency; read at both ends; and, once
accepted, the receiver reads the case through the same permission layer,
limited to what the consent and the purpose allow. Tried as an attacker
would: other people's referrals, other agencies, stale tabs, a consent
withdrawn or expired.
"""

import datetime
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from casework import referrals
from casework.audit import AuditEvent
from casework.models import Case, Consent, LegalBasis, Person, Referral, SharingPurpose
from casework.permissions import Action, can, readable_groups, visible_cases
from casework.workflow import REFERRAL_STEPS
from safereturn.accounts.factories import UserFactory
from safereturn.organisation.models import Agency

from .world import agency, build_world, post

TODAY = timezone.localdate()
SECRET_PHONE = "0912345678"
SECRET_ROUTE_NOTE = "Bị đưa qua cửa khẩu bằng xe tải đêm"


def consent(case, recipient, groups, purpose=SharingPurpose.SHELTER, **dates):
    return Consent.objects.create(
        case=case,
        purpose=purpose,
        recipient=recipient,
        field_groups=groups,
        given_on=dates.get("given_on", TODAY - datetime.timedelta(days=10)),
        expires_on=dates.get("expires_on", TODAY + datetime.timedelta(days=300)),
        withdrawn_on=dates.get("withdrawn_on"),
    )


def send_form(world, to="facility_P", **changes):
    data = {
        "kind": Referral.Kind.REFERRAL,
        "to_agency": world.agencies[to].pk,
        "purpose": SharingPurpose.SHELTER,
        "basis": LegalBasis.CONSENT,
        "legal_reference": "",
        "message": "Đề nghị tiếp nhận chăm sóc",
    }
    data.update(changes)
    return data


@pytest.fixture
def world(db):
    world = build_world()
    Referral.objects.all().delete()  # the world's own: each test here sends its own
    case = world.cases["inside"]
    person = Person.objects.get(pk=case.person_id)
    person.phone = SECRET_PHONE
    person.health_notes = "Cần khám sức khỏe"
    person.save()
    case = Case.objects.get(pk=case.pk)
    case.circumstances = SECRET_ROUTE_NOTE
    case.support_wishes = "Muốn học nghề may"
    case.save()
    world.cases["inside"] = case
    return world


def send(client, world, who="commune_officer", case="inside", **changes):
    client.force_login(world.users[who])
    return client.post(reverse("casework:referral_send", args=[world.cases[case].pk]), send_form(world, **changes))


def step(client, world, who, referral, code, reason="Lý do"):
    client.force_login(world.users[who])
    return client.post(reverse("casework:referral_step", args=[referral.pk, code]), {"reason": reason})


def test_a_referral_under_consent_shares_exactly_what_the_consent_and_the_purpose_allow(client, world):
    case = world.cases["inside"]
    # The person agreed to identity, health and trafficking facts; sheltering does not need the facts.
    consent(case, world.agencies["facility_P"], ["identity", "health", "trafficking"])
    response = send(client, world)
    referral = Referral.objects.get(case=case)
    assert response.status_code == 302 and referral.state == Referral.State.PENDING
    assert referral.field_groups == ["health", "identity"] and referral.from_agency == world.agencies["commune_P1"]
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CREATE, object_id=str(referral.pk)).exists()

    shelter = world.users["shelter_staff"]
    # Waiting: the shelter sees the referral, not the case.
    client.force_login(shelter)
    queue = client.get(reverse("casework:referral_list")).content.decode()
    assert case.display_number in queue and "cw-waiting" in queue
    page = client.get(reverse("casework:referral_detail", args=[referral.pk])).content.decode()
    assert "Nguyễn Thị Mẫu Trong" not in page and SECRET_PHONE not in page
    assert client.get(reverse("casework:case_detail", args=[case.pk])).status_code == 404

    assert step(client, world, "shelter_staff", referral, "accept", "").status_code == 302
    referral.refresh_from_db()
    assert referral.state == Referral.State.ACCEPTED
    assert readable_groups(shelter, Case.objects.get(pk=case.pk)) == {"identity", "health"}
    page = client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()
    assert "Nguyễn Thị Mẫu Trong" in page and "Cần khám sức khỏe" in page
    for unshared in (SECRET_PHONE, SECRET_ROUTE_NOTE, "Muốn học nghề may"):
        assert unshared not in page
    printed = client.get(reverse("casework:case_print", args=[case.pk])).content.decode()
    assert SECRET_PHONE not in printed and SECRET_ROUTE_NOTE not in printed
    # The shelter cannot send it on, nor write what it does not read.
    assert not can(shelter, Action.REFER, case)
    assert send(client, world, who="shelter_staff").status_code == 404 or Referral.objects.count() == 1
    assert Referral.objects.count() == 1


def test_without_a_valid_consent_or_a_legal_basis_nothing_is_sent_and_the_reason_is_given(client, world):
    case = world.cases["inside"]
    facility = world.agencies["facility_P"]
    cases = {
        "no consent": None,
        "withdrawn": {"withdrawn_on": TODAY - datetime.timedelta(days=1)},
        "expired": {"expires_on": TODAY - datetime.timedelta(days=1)},
        "not yet": {"given_on": TODAY + datetime.timedelta(days=2), "expires_on": TODAY + datetime.timedelta(days=9)},
    }
    for label, dates in cases.items():
        made = consent(case, facility, ["identity"], **dates) if dates is not None else None
        response = send(client, world)
        assert response.status_code == 200, label
        assert "sự đồng ý" in str(response.context["forms"][0].non_field_errors()), label
        assert not Referral.objects.exists(), label
        if made:
            made.delete()
    # Consent to another agency, or for another purpose, is no consent for this one.
    consent(case, world.agencies["police_P"], ["identity"])
    consent(case, facility, ["identity"], purpose=SharingPurpose.LEGAL_AID)
    assert send(client, world).status_code == 200 and not Referral.objects.exists()
    # A legal basis must be cited.
    response = send(client, world, basis=LegalBasis.CRIMINAL_PROCEDURE)
    assert response.status_code == 200 and not Referral.objects.exists()
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, object_id=str(case.pk)).count() >= 6


def test_a_police_request_under_the_criminal_procedure_is_its_own_recorded_basis(client, world):
    case = world.cases["inside"]
    response = send(
        client,
        world,
        to="police_P",
        purpose=SharingPurpose.VERIFICATION,
        basis=LegalBasis.CRIMINAL_PROCEDURE,
        legal_reference="Công văn 12/CSHS ngày 01/11/2026",
    )
    assert response.status_code == 302
    referral = Referral.objects.get()
    assert referral.consent is None and referral.legal_reference.startswith("Công văn 12")
    assert set(referral.field_groups) == set(referrals.PURPOSE_GROUPS[SharingPurpose.VERIFICATION])
    step(client, world, "police_verifier", referral, "accept", "")
    # Not assigned, the verifier reads the case through the referral, within its own role's groups.
    verifier = world.users["police_verifier"]
    assert can(verifier, Action.VIEW, case) and "health" not in readable_groups(verifier, case)


def test_someone_without_access_cannot_change_a_referral_in_progress(client, world):
    case = world.cases["inside"]
    consent(case, world.agencies["facility_P"], ["identity", "health"])
    send(client, world)
    referral = Referral.objects.get()
    # Nobody of another agency, another commune or another province; nobody without a casework role.
    for who in ("other_commune_officer", "officer_Q", "no_role", "superuser", "auditor", "administrator"):
        for code in ("accept", "decline", "cancel", "end"):
            response = step(client, world, who, referral, code)
            assert response.status_code in (302, 403, 404), (who, code)
            assert response.status_code != 302 or "/tai-khoan/" in response.url or "login" in response.url
            referral.refresh_from_db()
            assert referral.state == Referral.State.PENDING, (who, code)
        assert client.get(reverse("casework:referral_detail", args=[referral.pk])).status_code in (302, 404), who
    # The sender cannot answer its own referral; the receiver cannot cancel it; nothing ends before it starts.
    assert step(client, world, "commune_officer", referral, "accept").status_code == 403
    assert step(client, world, "shelter_staff", referral, "cancel").status_code == 403
    assert step(client, world, "shelter_staff", referral, "end").status_code == 403
    assert step(client, world, "shelter_staff", referral, "delete").status_code == 403
    client.force_login(world.users["shelter_staff"])
    assert client.get(reverse("casework:referral_step", args=[uuid.uuid4(), "accept"])).status_code == 404
    referral.refresh_from_db()
    assert referral.state == Referral.State.PENDING
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, object_id=str(referral.pk)).count() >= 4
    # A GET never changes anything.
    client.get(reverse("casework:referral_step", args=[referral.pk, "accept"]))
    referral.refresh_from_db()
    assert referral.state == Referral.State.PENDING


def test_a_decline_needs_a_reason_that_both_ends_read(client, world):
    case = world.cases["inside"]
    consent(case, world.agencies["facility_P"], ["identity", "health"])
    send(client, world)
    referral = Referral.objects.get()
    response = step(client, world, "shelter_staff", referral, "decline", "")
    assert response.status_code == 200 and "reason" in response.context["form"].errors
    step(client, world, "shelter_staff", referral, "decline", "Hết chỗ, đề nghị chuyển cơ sở khác")
    referral.refresh_from_db()
    assert referral.state == Referral.State.DECLINED
    for who in ("shelter_staff", "commune_officer", "provincial_officer"):
        client.force_login(world.users[who])
        page = client.get(reverse("casework:referral_detail", args=[referral.pk])).content.decode()
        assert "Hết chỗ, đề nghị chuyển cơ sở khác" in page, who
    assert not can(world.users["shelter_staff"], Action.VIEW, case)


def test_a_second_tab_cannot_answer_a_referral_twice(client, world):
    case = world.cases["inside"]
    consent(case, world.agencies["facility_P"], ["identity"])
    send(client, world)
    first_tab = Referral.objects.get()
    second_tab = Referral.objects.get()
    shelter = world.users["shelter_staff"]
    referrals.make_step(shelter, first_tab, "accept")
    with pytest.raises(referrals.StateChanged):
        referrals.make_step(shelter, second_tab, "decline", "Không")
    assert Referral.objects.get().state == Referral.State.ACCEPTED
    assert Referral.objects.get().events.count() == 2


def test_withdrawing_or_outliving_the_consent_ends_what_it_allowed_and_blocks_the_next_referral(client, world):
    case = world.cases["inside"]
    given = consent(case, world.agencies["facility_P"], ["identity", "health"])
    send(client, world)
    referral = Referral.objects.get()
    step(client, world, "shelter_staff", referral, "accept", "")
    shelter = world.users["shelter_staff"]
    assert visible_cases(shelter).filter(pk=case.pk).exists()
    Consent.objects.filter(pk=given.pk).update(withdrawn_on=TODAY)
    shelter = type(shelter).objects.get(pk=shelter.pk)  # a new request
    assert not visible_cases(shelter).filter(pk=case.pk).exists() and not can(shelter, Action.VIEW, case)
    # The next referral is refused while no consent is in force.
    Referral.objects.filter(pk=referral.pk).update(state=Referral.State.ENDED)
    assert send(client, world).status_code == 200 and Referral.objects.count() == 1
    # A consent that expired yesterday ends it too.
    Consent.objects.filter(pk=given.pk).update(withdrawn_on=None, expires_on=TODAY - datetime.timedelta(days=1))
    Referral.objects.filter(pk=referral.pk).update(state=Referral.State.ACCEPTED)
    assert not visible_cases(shelter).filter(pk=case.pk).exists()


def test_a_consent_withdrawn_before_acceptance_stops_the_acceptance(client, world):
    case = world.cases["inside"]
    given = consent(case, world.agencies["facility_P"], ["identity"])
    send(client, world)
    referral = Referral.objects.get()
    Consent.objects.filter(pk=given.pk).update(withdrawn_on=TODAY)
    response = step(client, world, "shelter_staff", referral, "accept", "")
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.state == Referral.State.PENDING


def test_ending_an_accepted_referral_ends_the_receivers_access(client, world):
    case = world.cases["inside"]
    consent(case, world.agencies["facility_P"], ["identity"])
    send(client, world)
    referral = Referral.objects.get()
    step(client, world, "shelter_staff", referral, "accept", "")
    assert step(client, world, "commune_officer", referral, "end", "").status_code == 200  # a reason is needed
    step(client, world, "commune_officer", referral, "end", "Đã hoàn thành hỗ trợ")
    referral.refresh_from_db()
    assert referral.state == Referral.State.ENDED
    assert not can(world.users["shelter_staff"], Action.VIEW, case)


def test_a_transfer_moves_the_whole_case_to_the_home_commune_and_both_ends_keep_the_history(client, world):
    case = world.cases["inside"]
    home = world.agencies["commune_Q1"]
    consent(case, home, ["identity", "contact", "support"], purpose=SharingPurpose.REINTEGRATION)
    # A transfer goes to a commune People's Committee only.
    response = send(client, world, to="facility_P", kind=Referral.Kind.TRANSFER, purpose=SharingPurpose.REINTEGRATION)
    assert response.status_code == 200 and not Referral.objects.exists()
    response = send(client, world, to="commune_Q1", kind=Referral.Kind.TRANSFER, purpose=SharingPurpose.REINTEGRATION)
    assert response.status_code == 302
    transfer = Referral.objects.get()
    assert transfer.from_commune == world.units["P1"]
    assert not can(world.users["officer_Q"], Action.VIEW, case)
    step(client, world, "officer_Q", transfer, "accept", "")
    case = Case.objects.get(pk=case.pk)
    assert (case.commune, case.province) == (world.units["Q1"], world.units["Q"])
    new_keeper = world.users["officer_Q"]
    assert can(new_keeper, Action.VIEW, case) and can(new_keeper, Action.REFER, case)
    old_keeper = world.users["commune_officer"]
    assert not can(old_keeper, Action.VIEW, case)
    client.force_login(old_keeper)
    page = client.get(reverse("casework:referral_detail", args=[transfer.pk])).content.decode()
    assert "Mẫu Một" in page and "Mẫu Ba" in page and "Nguyễn Thị Mẫu Trong" not in page
    assert client.get(reverse("casework:case_detail", args=[case.pk])).status_code == 404
    # Nothing of an accepted transfer is left to end.
    assert referrals.step_error(new_keeper, transfer, "end")


def test_a_partner_agency_sees_nothing_until_a_referral_to_it_is_accepted(client, world):
    case = world.cases["inside"]
    legal_aid = agency("Trung tâm trợ giúp pháp lý Mẫu Tây", Agency.Type.LEGAL_AID_CENTRE, world.units["P"])
    lawyer = UserFactory(username="lawyer")
    post(lawyer, "casework_partner_staff", legal_aid, [world.units["P"]])
    assert not visible_cases(lawyer).exists()
    consent(case, legal_aid, ["identity", "trafficking", "health"], purpose=SharingPurpose.LEGAL_AID)
    client.force_login(world.users["commune_officer"])
    data = send_form(world, purpose=SharingPurpose.LEGAL_AID)
    data["to_agency"] = legal_aid.pk
    client.post(reverse("casework:referral_send", args=[case.pk]), data)
    referral = Referral.objects.get()
    assert set(referral.field_groups) == {"identity", "trafficking"}  # legal aid needs no health record
    client.force_login(lawyer)
    assert client.get(reverse("casework:case_detail", args=[case.pk])).status_code == 404
    client.post(reverse("casework:referral_step", args=[referral.pk, "accept"]), {"reason": ""})
    page = client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()
    assert SECRET_ROUTE_NOTE in page and SECRET_PHONE not in page and "Cần khám sức khỏe" not in page
    # Nor whom else the person agreed to share with (the world's consent to the shelter).
    assert "Cơ sở trợ giúp xã hội Mẫu Tây" not in page
    assert list(visible_cases(lawyer)) == [case]
    # A referral that shares no identity shows no name in the list.
    Referral.objects.filter(pk=referral.pk).update(field_groups=["trafficking"])
    listing = client.get(reverse("casework:case_list")).content.decode()
    assert case.display_number in listing and "Nguyễn Thị Mẫu Trong" not in listing


def test_every_step_of_the_table_names_who_makes_it():
    assert {step.code for step in REFERRAL_STEPS} == {"send", "accept", "decline", "cancel", "end"}
    for step_ in REFERRAL_STEPS:
        assert step_.ends and all(state in Referral.State.values for state in step_.sources)
    assert set(referrals.PURPOSE_GROUPS) == set(SharingPurpose.values)


def test_the_referral_list_pages_through_every_referral_and_loses_none(client, world, monkeypatch):
    """Nothing falls off the end of the list: every referral is on exactly one page, the waiting ones first."""
    from casework import referral_views

    monkeypatch.setattr(referral_views, "PER_PAGE", 2)
    case = world.cases["inside"]
    consent(case, world.agencies["facility_P"], ["identity", "health"])
    for _ in range(2):  # sent, then cancelled by the commune: a new one may be sent
        send(client, world)
        step(client, world, "commune_officer", Referral.objects.get(state=Referral.State.PENDING), "cancel")
    send(client, world)
    waiting = Referral.objects.get(state=Referral.State.PENDING)
    assert Referral.objects.count() == 3

    client.force_login(world.users["shelter_staff"])
    seen = []
    for number in (1, 2):
        response = client.get(reverse("casework:referral_list"), {"page": number})
        assert response.status_code == 200
        seen += [referral.pk for referral in response.context["received"] + response.context["sent"]]
        page = response.content.decode()
        assert "3 lượt chuyển gửi, lượt đang chờ ở đầu" in page
        assert ("Trang sau" in page) == (number == 1) and ("Trang trước" in page) == (number == 2)
    assert seen[0] == waiting.pk and sorted(seen) == sorted(Referral.objects.values_list("pk", flat=True))
    # Odd page numbers are not errors: the nearest page is shown.
    for odd in ("0", "-1", "999", "abc", "1e3", "２"):
        assert client.get(reverse("casework:referral_list"), {"page": odd}).status_code == 200, odd
