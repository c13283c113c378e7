"""
Reports from the public in casework: routed by the place named, triaged
(asked, dismissed, linked, a case opened) with every action audited, kept
encrypted (nothing typed into the public form, nor the follow-up code, is in
the database in clear), the queue's cost constant, urgent reports first, and
dismissed reports deleted by the timer's job after the configured period.
"""

import datetime
import re
import secrets
import time

import pytest
from django.core import signing
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from campaigns import reports as report_form
from campaigns.factories import ReportPageFactory
from casework import public_reports
from casework.audit import AuditEvent
from casework.models import Case, PublicReport, ReportMessage, ReportStatus
from casework.permissions import visible_reports
from safereturn.base import periodic
from safereturn.base.search import fold

from .test_no_plaintext import every_value_in_the_database
from .world import build_world


def submit(**fields):
    report, code = public_reports.submit(public_reports.ReportInput(**{"text": "Tin báo thử", **fields}))
    return report, code


# Routing -----------------------------------------------------------------------------------------------------------


def test_reports_go_to_the_jurisdiction_they_name_and_otherwise_to_the_coordinators(db):
    world = build_world()
    u = world.units
    in_commune, _code = submit(province_id=u["P"].pk, commune_name="xa mau mot")  # folded, with "xã"
    in_province, _code = submit(province_id=u["P"].pk, commune_name="Không có xã này")
    nowhere, _code = submit()
    elsewhere, _code = submit(province_id=u["Q"].pk, commune_name="Mẫu Ba")  # Q1 has a commune officer
    uncovered, _code = submit(province_id=u["Q"].pk)  # nobody triages Q as a whole: the coordinators' then
    assert in_commune.commune == u["P1"] and in_commune.province == u["P"]
    assert in_province.commune is None and in_province.province == u["P"]
    assert in_province.place == "Không có xã này"  # kept as written, encrypted
    assert elsewhere.commune == u["Q1"]
    assert uncovered.province is None and uncovered.place == "Tỉnh Mẫu Đông"
    seen = {name: set(visible_reports(user).values_list("pk", flat=True)) for name, user in world.users.items()}
    mine = {in_commune.pk, in_province.pk, nowhere.pk, elsewhere.pk, uncovered.pk}
    assert seen["commune_officer"] & mine == {in_commune.pk}
    assert seen["other_commune_officer"] & mine == set()
    assert seen["provincial_officer"] & mine == {in_commune.pk, in_province.pk}
    assert seen["coordinator"] & mine == {in_commune.pk, in_province.pk, nowhere.pk, uncovered.pk}
    assert seen["officer_Q"] & mine == {elsewhere.pk}
    for role in ("police_verifier", "shelter_staff", "auditor", "administrator", "superuser", "no_role"):
        assert seen[role] == set(), role


# Triage ------------------------------------------------------------------------------------------------------------


def actions_on(report):
    return list(
        AuditEvent.objects.filter(object_id=str(report.pk)).order_by("occurred_at").values_list("action", flat=True)
    )


def test_every_triage_action_is_audited_and_closes_the_report(client, db):
    world = build_world()
    client.force_login(world.users["commune_officer"])
    report = world.reports["inside"]
    assert client.get(reverse("casework:report_detail", args=[report.pk])).status_code == 200
    response = client.post(reverse("casework:report_ask", args=[report.pk]), {"text": "Người đó ở đâu?"})
    assert response.status_code == 302
    question = ReportMessage.objects.get(report=report)
    assert AuditEvent.objects.filter(action="create", object_id=str(question.pk)).exists()
    # Linking needs a case the user can see: the other province's is refused like a wrong number.
    outside = world.cases["outside"].display_number
    response = client.post(reverse("casework:report_link", args=[report.pk]), {"number": outside})
    assert response.status_code == 200 and PublicReport.objects.get(pk=report.pk).is_open
    response = client.post(
        reverse("casework:report_link", args=[report.pk]), {"number": world.cases["inside"].display_number}
    )
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.LINKED and report.case == world.cases["inside"] and report.closed_at
    # A closed report cannot be dismissed any more.
    response = client.post(reverse("casework:report_dismiss", args=[report.pk]), {"reason": "trùng"})
    assert response.status_code == 200 and PublicReport.objects.get(pk=report.pk).status == ReportStatus.LINKED
    assert actions_on(report) == ["view", "view", "change", "view"]
    change = AuditEvent.objects.get(object_id=str(report.pk), action="change")
    assert change.changed_fields == ["case", "status", "closed_at"] and change.username == "commune.officer"


def test_dismissing_keeps_the_reason_encrypted_and_is_audited(client, db):
    world = build_world()
    client.force_login(world.users["coordinator"])
    report = world.reports["inside"]
    assert client.post(reverse("casework:report_dismiss", args=[report.pk]), {"reason": ""}).status_code == 200
    response = client.post(reverse("casework:report_dismiss", args=[report.pk]), {"reason": "Tin rác Lýdoqzx"})
    assert response.status_code == 302
    report.refresh_from_db()
    assert report.status == ReportStatus.DISMISSED and report.dismissal_reason == "Tin rác Lýdoqzx"
    assert "change" in actions_on(report)
    with connection.cursor() as cursor:
        cursor.execute("SELECT dismissal_reason FROM casework_publicreport WHERE status = 'dismissed'")
        assert "qzx" not in cursor.fetchone()[0].lower()


def test_a_case_is_opened_from_a_report_by_those_who_may_register(client, db):
    world = build_world()
    report = world.reports["inside"]
    url = reverse("casework:report_open_case", args=[report.pk])
    client.force_login(world.users["coordinator"])  # triages, but registers nobody
    assert client.get(url).status_code == 403
    client.force_login(world.users["commune_officer"])
    page = client.get(url)
    assert page.status_code == 200 and "Tin báo Mẫu inside" in page.content.decode()  # copied into the facts
    response = client.post(
        url,
        {
            "intake-intake_channel": "self_report",
            "intake-commune": world.units["P1"].pk,
            "intake-received_on": "02/09/2025",
            "person-full_name": "Chưa rõ tên",
            "facts-circumstances": "Tin báo Mẫu inside",
        },
    )
    assert response.status_code == 302
    report.refresh_from_db()
    case = report.case
    assert report.status == ReportStatus.CASE_OPENED and response["Location"].endswith(f"/ho-so/{case.pk}/")
    assert case.circumstances == "Tin báo Mẫu inside" and case.assignments.filter(user=world.users["commune_officer"])
    assert AuditEvent.objects.filter(action="create", object_id=str(case.pk)).exists()
    assert AuditEvent.objects.filter(action="change", object_id=str(report.pk)).exists()
    # Once closed, the form is not offered any more.
    assert client.get(url).status_code == 302


# The queue ---------------------------------------------------------------------------------------------------------


def queue_queries(client):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("casework:report_list"))
    assert response.status_code == 200
    return len(captured), response


@pytest.mark.parametrize("role", ["coordinator", "commune_officer", "provincial_officer"])
def test_the_queue_costs_the_same_whatever_the_number_of_reports(client, db, role):
    world = build_world()
    client.force_login(world.users[role])
    province = world.units["P"].pk
    for n in range(5):
        report, _code = submit(province_id=province, commune_name="Mẫu Một", urgent=n % 2 == 0)
        ReportMessage.add(report, "question", "?")
    before, _response = queue_queries(client)
    for n in range(60):
        report, _code = submit(province_id=province, commune_name="Mẫu Một" if n % 2 else "", urgent=n % 7 == 0)
        ReportMessage.add(report, "answer", "!")
    after, response = queue_queries(client)
    assert before == after
    assert after <= 14
    assert response.context["page"].paginator.count >= 30


def test_urgent_reports_come_first(client, db):
    world = build_world()
    province = world.units["P"].pk
    submit(province_id=province, text="cũ")
    urgent, _code = submit(province_id=province, urgent=True)
    PublicReport.objects.filter(pk=urgent.pk).update(received_at=timezone.now() - datetime.timedelta(days=3))
    submit(province_id=province, text="mới")
    client.force_login(world.users["coordinator"])
    _count, response = queue_queries(client)
    rows = re.findall(
        r'<tr( class="cw-urgent")?>\s*<td><a href="/casework/bao-tin/([0-9a-f-]+)/"', response.content.decode()
    )
    assert rows[0] == (' class="cw-urgent"', str(urgent.pk))
    assert all(not marked for marked, _pk in rows[1:])


# Nothing in clear --------------------------------------------------------------------------------------------------

TYPED = {
    "text": "Chị Hằngqzx bị giữ ở xưởng Maydệtqzx",
    "commune": "Làngqzx",
    "place": "Thôn Bếnqzx",
    "name": "Người Báoqzx",
    "contact": "0977 123 987",
}
QUESTION = "Xưởng Maydệtqzx ở gần chợ nào?"
ANSWER = "Gần chợ Chợqzx, cạnh cầu Cầuqzx"


def needles(code):
    words = {TYPED["contact"], TYPED["contact"].replace(" ", ""), code, public_reports.normalise_code(code)}
    for text in (*TYPED.values(), QUESTION, ANSWER):
        words.add(text)
        words.update(word for word in text.split() if "qzx" in word)
    return sorted({form.lower() for word in words for form in (word, fold(word))})


def test_nothing_typed_into_the_public_form_nor_the_code_is_stored_in_clear(client, db, site_tree):
    world = build_world()
    ReportPageFactory(parent=site_tree["home"])
    token = signing.dumps({"n": secrets.token_hex(16), "t": int(time.time()) - 60}, salt=report_form.TOKEN_SALT)
    response = client.post(
        "/gui-tin-bao/",
        {
            "step": "report",
            "reporter_choice": "contact",
            "urgent": "yes",
            "province": world.units["P"].pk,
            **TYPED,
            "website": "",
            "token": token,
        },
    )
    code = re.search(r"data-report-code>([0-9A-Z-]+)<", response.content.decode()).group(1)
    report = PublicReport.objects.get(reporter_choice="contact")
    assert report.reporter_contact == TYPED["contact"] and report.province == world.units["P"]
    # A caseworker asks; the reporter answers with the code.
    staff = client_for(world.users["provincial_officer"])
    staff.post(reverse("casework:report_ask", args=[report.pk]), {"text": QUESTION})
    staff.get(reverse("casework:report_detail", args=[report.pk]))
    client.post("/gui-tin-bao/", {"step": "answer", "answer-code": code, "answer-text": ANSWER})
    assert report.messages.filter(direction="answer").get().text == ANSWER
    found = []
    for table, column, text in every_value_in_the_database():
        lowered = text.lower()
        found += [(table, column, needle) for needle in needles(code) if needle in lowered]
    assert found == []


def client_for(user):
    from django.test import Client

    other = Client()
    other.force_login(user)
    return other


# Retention ---------------------------------------------------------------------------------------------------------


def test_dismissed_reports_are_deleted_after_the_configured_period(db, settings):
    settings.PUBLIC_REPORTS_DISMISSED_RETENTION_DAYS = 30
    now = timezone.now()
    old, _code = submit()
    recent, _code = submit()
    linked_long_ago, _code = submit()
    ReportMessage.add(old, "question", "?")
    PublicReport.objects.filter(pk=old.pk).update(status="dismissed", closed_at=now - datetime.timedelta(days=31))
    PublicReport.objects.filter(pk=recent.pk).update(status="dismissed", closed_at=now - datetime.timedelta(days=29))
    PublicReport.objects.filter(pk=linked_long_ago.pk).update(
        status="linked", closed_at=now - datetime.timedelta(days=400)
    )
    call_command("delete_dismissed_reports", stdout=None)
    assert set(PublicReport.objects.values_list("pk", flat=True)) == {recent.pk, linked_long_ago.pk}
    assert not ReportMessage.objects.filter(report_id=old.pk).exists()
    assert public_reports.delete_dismissed() == 0  # run again: nothing more
    assert any(job.command == "delete_dismissed_reports" for job in periodic.registry.jobs())


def test_codes_are_random_grouped_and_forgiving_when_typed():
    codes = {public_reports.new_code() for _n in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", code)
        assert public_reports.normalise_code(code.lower().replace("-", " ")) == code.replace("-", "")
    assert public_reports.normalise_code("too short") == ""


def test_a_case_deleted_later_leaves_the_report(db):
    world = build_world()
    report = world.reports["inside"]
    report.case = world.cases["inside"]
    report.save()
    Case.objects.filter(pk=world.cases["inside"].pk).delete()
    report.refresh_from_db()
    assert report.case is None


def test_of_two_tabs_closing_one_report_the_second_is_told_and_changes_nothing(client, db, monkeypatch):
    """The second tab still holds the report as open; the row lock and the re-read refuse it all the same."""
    world = build_world()
    report = world.reports["inside"]
    stale = PublicReport.objects.get(pk=report.pk)  # what the second tab loaded
    first = client_for(world.users["coordinator"])
    assert first.post(reverse("casework:report_dismiss", args=[report.pk]), {"reason": "trùng"}).status_code == 302
    monkeypatch.setattr("casework.triage_views.get_report", lambda request, report_id: stale)
    client.force_login(world.users["commune_officer"])
    number = world.cases["inside"].display_number
    linked = client.post(reverse("casework:report_link", args=[report.pk]), {"number": number})
    assert linked.status_code == 200 and linked.context["link_form"].non_field_errors()
    cases = Case.objects.count()
    opened = client.post(
        reverse("casework:report_open_case", args=[report.pk]),
        {
            "intake-intake_channel": "self_report",
            "intake-commune": world.units["P1"].pk,
            "intake-received_on": "02/09/2025",
            "person-full_name": "Người Mẫu Tab Hai",
            "facts-circumstances": "Tin báo Mẫu inside",
        },
    )
    assert opened.status_code == 302 and opened["Location"].endswith(f"/bao-tin/{report.pk}/")
    assert Case.objects.count() == cases
    report.refresh_from_db()
    assert report.status == ReportStatus.DISMISSED and report.case is None and report.dismissal_reason == "trùng"


def test_a_report_shows_its_fields_only_to_the_posts_it_is_routed_to(db):
    from casework.permissions import report_readable_groups

    world = build_world()
    inside = world.reports["inside"]
    assert {"identity", "contact", "trafficking"} <= report_readable_groups(world.users["commune_officer"], inside)
    assert report_readable_groups(world.users["other_commune_officer"], inside) == frozenset()
    assert report_readable_groups(world.users["police_verifier"], inside) == frozenset()
    assert report_readable_groups(world.users["officer_Q"], inside) == frozenset()
