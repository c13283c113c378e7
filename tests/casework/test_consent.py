"""
The person's consent to share (Law 53/2024 Art. 3 k10): recorded by the
officers who keep the case, per purpose and recipient, for given field
groups, signed by a child's legal representative, in force from its day to
its expiry unless withdrawn; what casework.consents answers from it.
"""

import datetime

from django.urls import reverse
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from casework import consents
from casework.audit import AuditEvent
from casework.models import Consent, Person, SharingPurpose, Signer

from .world import build_world

TODAY = timezone.localdate()


def form(world, **changes):
    data = {
        "purpose": SharingPurpose.SHELTER,
        "recipient": world.agencies["facility_P"].pk,
        "field_groups": ["identity", "health"],
        "signed_by": Signer.PERSON,
        "given_on": TODAY.strftime("%d/%m/%Y"),
        "expires_on": (TODAY + datetime.timedelta(days=90)).strftime("%d/%m/%Y"),
        "note": "Đã giải thích cho người đó và người đó đồng ý",
    }
    data.update(changes)
    return data


def test_an_officer_records_a_consent_and_it_is_audited(client, db):
    world = build_world()
    case = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    response = client.post(reverse("casework:consent_add", args=[case.pk]), form(world))
    assert response.status_code == 302
    consent = case.consents.exclude(pk=world.consents["inside"].pk).get()
    assert (
        consent.field_groups == ["identity", "health"] and consent.recorded_by_id == world.users["commune_officer"].pk
    )
    event = AuditEvent.objects.get(action=AuditEvent.Action.CREATE, object_id=str(consent.pk))
    assert "field_groups" in event.changed_fields
    page = client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()
    assert "Nhân thân, Sức khỏe" in page and "Còn hiệu lực" in page


def test_bad_consents_are_refused_with_the_reason_and_nothing_is_stored(client, db):
    world = build_world()
    case = world.cases["inside"]
    client.force_login(world.users["provincial_officer"])
    url = reverse("casework:consent_add", args=[case.pk])
    before = Consent.objects.count()
    tomorrow = (TODAY + datetime.timedelta(days=1)).strftime("%d/%m/%Y")
    yesterday = (TODAY - datetime.timedelta(days=1)).strftime("%d/%m/%Y")
    cases = {
        "given_on": form(world, given_on=tomorrow),
        "expires_on": form(world, expires_on=yesterday),
        "field_groups": form(world, field_groups=[]),
        "recipient": form(world, recipient="999999"),
        "purpose": form(world, purpose="everything"),
    }
    for field, data in cases.items():
        response = client.post(url, data)
        assert response.status_code == 200 and field in response.context["forms"][0].errors, field
    response = client.post(url, form(world, field_groups=["identity", "passwords"]))
    assert "field_groups" in response.context["forms"][0].errors
    assert Consent.objects.count() == before


def test_a_child_s_consent_is_signed_by_their_legal_representative(client, db):
    world = build_world()
    case = world.cases["inside"]
    person = Person.objects.get(pk=case.person_id)
    person.birth_date = TODAY.replace(year=TODAY.year - 15, day=min(TODAY.day, 28))
    person.save()
    client.force_login(world.users["commune_officer"])
    url = reverse("casework:consent_add", args=[case.pk])
    response = client.post(url, form(world))
    assert "signed_by" in response.context["forms"][0].errors
    response = client.post(url, form(world, signed_by=Signer.LEGAL_REPRESENTATIVE))
    assert response.status_code == 302


def test_the_withdrawal_is_dated_audited_and_cannot_be_made_twice(client, db):
    world = build_world()
    case, consent = world.cases["inside"], world.consents["inside"]
    client.force_login(world.users["commune_officer"])
    url = reverse("casework:consent_withdraw", args=[case.pk, consent.pk])
    too_early = (consent.given_on - datetime.timedelta(days=1)).strftime("%d/%m/%Y")
    future = (TODAY + datetime.timedelta(days=1)).strftime("%d/%m/%Y")
    for day in (too_early, future, "31/02/2025", ""):
        response = client.post(url, {"withdrawn_on": day})
        assert response.status_code == 200 and "withdrawn_on" in response.context["forms"][0].errors
    response = client.post(url, {"withdrawn_on": TODAY.strftime("%d/%m/%Y"), "note": "Người đó gọi điện rút lại"})
    assert response.status_code == 302
    consent.refresh_from_db()
    assert consent.withdrawn_on == TODAY and "rút lại" in consent.note and consent.state() == Consent.State.WITHDRAWN
    assert AuditEvent.objects.filter(action=AuditEvent.Action.CHANGE, object_id=str(consent.pk)).count() == 1
    again = client.post(url, {"withdrawn_on": TODAY.strftime("%d/%m/%Y")}, follow=True)
    assert "đã được rút lại" in again.content.decode()
    consent.refresh_from_db()
    assert consent.withdrawn_on == TODAY


def test_another_case_s_consent_is_not_found_and_the_attempt_audited(client, db):
    world = build_world()
    client.force_login(world.users["commune_officer"])
    url = reverse("casework:consent_withdraw", args=[world.cases["inside"].pk, world.consents["outside"].pk])
    response = client.post(url, {"withdrawn_on": TODAY.strftime("%d/%m/%Y")})
    assert response.status_code == 404
    assert Consent.objects.get(pk=world.consents["outside"].pk).withdrawn_on is None
    assert AuditEvent.objects.filter(action=AuditEvent.Action.DENIED, object_id=str(world.consents["outside"].pk))


def test_only_a_consent_in_force_for_that_purpose_recipient_and_groups_counts(db):
    world = build_world()
    case, consent = world.cases["inside"], world.consents["inside"]
    shelter, health = world.agencies["facility_P"].pk, world.agencies["health_P"].pk
    shelter_purpose = SharingPurpose.SHELTER
    on = consent.given_on + datetime.timedelta(days=10)
    assert consents.covering_consent(case, shelter_purpose, shelter, ["identity"], on) == consent
    assert consents.consented_groups(case, shelter_purpose, shelter, on) == {"identity", "health"}
    assert consents.covering_consent(case, shelter_purpose, shelter, ["identity", "contact"], on) is None
    assert consents.covering_consent(case, SharingPurpose.LEGAL_AID, shelter, ["identity"], on) is None
    assert consents.covering_consent(case, shelter_purpose, health, ["identity"], on) is None
    after = consent.expires_on + datetime.timedelta(days=1)
    assert consents.covering_consent(case, shelter_purpose, shelter, ["identity"], after) is None
    assert consents.consented_groups(case, shelter_purpose, shelter, after) == frozenset()
    Consent.objects.filter(pk=consent.pk).update(withdrawn_on=on)
    assert consents.covering_consent(case, shelter_purpose, shelter, ["identity"], on) is None
    assert consents.covering_consent(case, shelter_purpose, shelter, ["identity"], on - datetime.timedelta(days=1))


@given(
    start=st.dates(min_value=datetime.date(2024, 1, 1), max_value=datetime.date(2030, 12, 31)),
    length=st.integers(min_value=0, max_value=800),
    withdrawn_after=st.one_of(st.none(), st.integers(min_value=0, max_value=900)),
    probe=st.integers(min_value=-30, max_value=900),
)
def test_the_state_on_any_day_follows_the_dates(start, length, withdrawn_after, probe):
    consent = Consent(
        given_on=start,
        expires_on=start + datetime.timedelta(days=length),
        withdrawn_on=None if withdrawn_after is None else start + datetime.timedelta(days=withdrawn_after),
    )
    day = start + datetime.timedelta(days=probe)
    in_force = consent.given_on <= day <= consent.expires_on and (
        consent.withdrawn_on is None or day < consent.withdrawn_on
    )
    assert (consent.state(day) == Consent.State.IN_FORCE) == in_force
    if consent.withdrawn_on is not None and day >= consent.withdrawn_on:
        assert consent.state(day) == Consent.State.WITHDRAWN
