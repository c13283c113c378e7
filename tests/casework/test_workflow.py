"""
The legal workflow (casework.workflow): each step made by the agency the
dated reference data names, refused to the others with the reason, dated,
attributed and audited; impossible steps refused; time limits counted as the
law counts them; two tabs never overwrite each other.
"""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from hypothesis import given, settings
from hypothesis import strategies as st

from casework import deadlines, workflow
from casework.audit import AuditEvent
from casework.models import CalendarDay, Case, CaseStep, LegalRegime, LegalStep, PersonStatus, Stage

from .world import assign, build_world


def step_url(case, code):
    return reverse("casework:case_step", args=[case.pk, code])


def post_step(client, case, code, **fields):
    case.refresh_from_db()
    data = {"expected_stage": case.stage, "made_on": fields.pop("made_on", "01/09/2025"), **fields}
    return client.post(step_url(case, code), data)


DECISION = {"decision_number": "12/QĐ-SYT", "decision_date": "01/09/2025"}


def test_a_case_walks_the_whole_workflow_each_step_by_the_agency_the_law_names(client, db):
    world = build_world()
    case = world.cases["inside"]
    commune, provincial, shelter = (
        world.users[name] for name in ("commune_officer", "provincial_officer", "shelter_staff")
    )
    assign(case, shelter)

    client.force_login(commune)
    assert post_step(client, case, "notify", made_on="02/09/2025", **DECISION).status_code == 302
    case.refresh_from_db()
    # 3 calendar days after 2 September 2025 (a Tuesday, Quốc khánh): Friday 5 September.
    assert case.stage == Stage.INITIAL_VERIFICATION and case.due_on == datetime.date(2025, 9, 5)

    client.force_login(provincial)
    note = {"note": "Cán bộ công an Mẫu; chưa có giấy tờ"}
    assert post_step(client, case, "further_verification", made_on="04/09/2025", **DECISION, **note).status_code == 302
    case.refresh_from_db()
    assert case.stage == Stage.FURTHER_VERIFICATION and case.due_on is None  # the law sets no limit (UNSOURCED)
    record = client.get(reverse("casework:case_record", args=[case.pk, "xac-minh"])).content.decode()
    assert "12/QĐ-SYT" in record and "Cán bộ công an Mẫu" in record
    assert post_step(client, case, "identified", made_on="10/09/2025", **DECISION).status_code == 302
    case.refresh_from_db()
    assert case.stage == Stage.IDENTIFIED and case.person_status == PersonStatus.VICTIM
    assert post_step(client, case, "plan_support", made_on="11/09/2025", note="Muốn ở cơ sở").status_code == 302

    client.force_login(shelter)
    assert post_step(client, case, "admit", made_on="12/09/2025", **DECISION).status_code == 302
    case.refresh_from_db()
    assert case.stage == Stage.SHELTERED and case.due_on == datetime.date(2026, 1, 12)  # 120 days: 10/1 is a Saturday
    extension = {**DECISION, "until": "12/03/2026", "decision_date": "05/01/2026"}
    assert post_step(client, case, "extend_stay", made_on="05/01/2026", **extension).status_code == 302
    case.refresh_from_db()
    assert case.stage == Stage.SHELTERED and case.due_on == datetime.date(2026, 3, 12)
    page = client.get(reverse("casework:case_detail", args=[case.pk]))
    assert page.status_code == 200 and "12/03/2026" in page.content.decode()
    assert (
        post_step(client, case, "discharge", made_on="01/03/2026", **DECISION, note="Giao cho mẹ").status_code == 302
    )

    client.force_login(commune)
    assert post_step(client, case, "reintegrate", made_on="02/03/2026").status_code == 302
    assert post_step(client, case, "close", made_on="03/03/2026", note="Đã hỗ trợ xong").status_code == 302
    case.refresh_from_db()
    assert case.stage == Stage.CLOSED and case.due_on is None and case.stage_since == datetime.date(2026, 3, 3)

    steps = list(case.steps.order_by("made_on", "recorded_at").values_list("transition", "made_by_id"))
    assert [code for code, _by in steps] == [
        "notify",
        "further_verification",
        "identified",
        "plan_support",
        "admit",
        "extend_stay",
        "discharge",
        "reintegrate",
        "close",
    ]
    assert steps[0][1] == commune.pk and steps[1][1] == provincial.pk and steps[4][1] == shelter.pk
    # Every step: its record created and the case changed, in the audit log, by whom.
    changes = AuditEvent.objects.filter(action="change", object_id=str(case.pk))
    assert changes.count() == 9 and set(changes.values_list("username", flat=True)) == {
        "commune.officer",
        "provincial.officer",
        "shelter.staff",
    }
    assert AuditEvent.objects.filter(action="create", object_type="casework.casestep").count() == 9


@pytest.mark.parametrize(
    ("role", "code"),
    [("provincial_officer", "notify"), ("commune_officer", "further_verification"), ("police_verifier", "notify")],
)
def test_a_step_is_refused_to_agencies_the_law_does_not_name_with_the_reason(client, db, role, code):
    world = build_world()
    case = world.cases["inside"]
    assign(case, world.users[role])
    if code == "further_verification":
        Case.objects.filter(pk=case.pk).update(stage=Stage.INITIAL_VERIFICATION)
    client.force_login(world.users[role])
    page = client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()
    assert step_url(case, code) not in page  # offered as text with the reason, not as a link
    assert client.get(step_url(case, code)).status_code == 403
    assert post_step(client, case, code, **DECISION, note="x").status_code == 403
    assert not CaseStep.objects.exists()
    assert AuditEvent.objects.filter(action="denied", user_id=world.users[role].pk).count() == 2


def test_the_case_page_lists_the_next_steps_with_who_makes_them(client, db):
    world = build_world()
    case = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    response = client.get(reverse("casework:case_detail", args=[case.pk]))
    steps = response.context["next_steps"]
    assert [transition.code for transition, _permission in steps] == ["notify"]
    assert steps[0][1].allowed and steps[0][1].by_law
    assert step_url(case, "notify") in response.content.decode()
    assert response.context["deadline"].is_legal is False  # received, not yet notified: nothing runs


def test_impossible_and_unknown_steps_change_nothing(client, db):
    world = build_world()
    case = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    response = post_step(client, case, "close", note="x")
    assert response.status_code == 302 and response["Location"].endswith(f"/ho-so/{case.pk}/")
    for code in ("no-such-step", "NOTIFY", "notify%00", "..%2f"):
        assert client.get(f"/casework/ho-so/{case.pk}/buoc/{code}/").status_code == 404
    case.refresh_from_db()
    assert case.stage == Stage.RECEIVED_BY_COMMUNE and not CaseStep.objects.exists()


@pytest.mark.parametrize(
    ("made_on", "error"),
    [("01/01/2099", "future"), ("31/07/2025", "before"), ("32/13/2025", "invalid"), ("<script>", "invalid")],
)
def test_a_step_dated_wrongly_is_refused_and_kept_for_correction(client, db, made_on, error):
    world = build_world()
    case = world.cases["inside"]  # received on 1 August 2025
    client.force_login(world.users["commune_officer"])
    response = post_step(client, case, "notify", made_on=made_on, **DECISION)
    assert response.status_code == 200 and response.context["form"].errors["made_on"]
    assert 'value="12/QĐ-SYT"' in response.content.decode()  # what was typed stays
    assert not CaseStep.objects.exists()


def test_of_two_tabs_the_second_is_told_what_changed_and_keeps_its_input(client, db):
    world = build_world()
    case = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    first = {"expected_stage": Stage.RECEIVED_BY_COMMUNE, "made_on": "02/09/2025", **DECISION}
    second = {**first, "decision_number": "99/TAB-HAI"}
    assert client.post(step_url(case, "notify"), first).status_code == 302
    # The second tab's form was made when the case was still received by the commune; the case has moved on,
    # so "notify" is no longer possible: the page says so and nothing more is written.
    response = client.post(step_url(case, "notify"), second, follow=True)
    assert CaseStep.objects.count() == 1 and CaseStep.objects.get().decision_number == "12/QĐ-SYT"
    assert [str(message) for message in response.context["messages"]]


def test_a_conflict_inside_the_lock_is_a_409_with_the_input_kept(client, db, monkeypatch):
    """The stage is read again under the row lock: a change between the page's check and the write is caught."""
    world = build_world()
    case = world.cases["inside"]
    client.force_login(world.users["commune_officer"])
    real_make = workflow.make

    def other_tab_first(case_, transition, user, made_on, expected_stage, **values):
        Case.objects.filter(pk=case_.pk).update(stage=Stage.INITIAL_VERIFICATION)
        return real_make(case_, transition, user, made_on, expected_stage, **values)

    monkeypatch.setattr(workflow, "make", other_tab_first)
    response = post_step(client, case, "notify", made_on="02/09/2025", **DECISION)
    html = response.content.decode()
    assert response.status_code == 409 and response.context["conflict"]
    assert 'value="12/QĐ-SYT"' in html and not CaseStep.objects.exists()


def test_overdue_cases_come_first_in_the_list(client, db):
    world = build_world()
    client.force_login(world.users["commune_officer"])
    today = timezone.localdate()
    inside = world.cases["inside"]
    from .world import new_case

    newer = new_case(world.units["P1"], world.agencies["commune_P1"], "Người Mới Hơn", received_on=today)
    Case.objects.filter(pk=inside.pk).update(due_on=today - datetime.timedelta(days=1))
    Case.objects.filter(pk=newer.pk).update(due_on=today + datetime.timedelta(days=2))
    cases = list(client.get(reverse("casework:case_list")).context["page"].object_list)
    assert [case.pk for case in cases[:2]] == [inside.pk, newer.pk]


# Counting time limits ------------------------------------------------------------------------------------------


def test_calendar_limits_move_off_weekends_and_days_off(db):
    assert deadlines.due_date(datetime.date(2026, 3, 6), 3, deadlines.CALENDAR) == datetime.date(2026, 3, 9)
    assert deadlines.due_date(datetime.date(2026, 3, 4), 3, deadlines.CALENDAR) == datetime.date(2026, 3, 9)
    CalendarDay.objects.create(date=datetime.date(2026, 3, 9), name="Ngày nghỉ mẫu")
    assert deadlines.due_date(datetime.date(2026, 3, 4), 3, deadlines.CALENDAR) == datetime.date(2026, 3, 10)


def test_working_day_limits_skip_days_off_and_count_worked_weekends(db):
    start = datetime.date(2026, 3, 6)  # a Friday
    assert deadlines.due_date(start, 9, deadlines.WORKING) == datetime.date(2026, 3, 19)
    CalendarDay.objects.create(date=datetime.date(2026, 3, 10), name="Ngày nghỉ mẫu")
    assert deadlines.due_date(start, 9, deadlines.WORKING) == datetime.date(2026, 3, 20)
    CalendarDay.objects.create(date=datetime.date(2026, 3, 14), name="Làm bù", kind=CalendarDay.Kind.WORKING_DAY)
    assert deadlines.due_date(start, 9, deadlines.WORKING) == datetime.date(2026, 3, 19)


def test_the_labour_codes_fixed_holidays_are_loaded_with_days_in_lieu(db):
    days = dict(CalendarDay.objects.values_list("date", "name"))
    assert days[datetime.date(2026, 9, 2)] == "Quốc khánh"
    assert datetime.date(2027, 5, 1) not in days  # a Saturday: its day off in lieu is Monday
    assert days[datetime.date(2027, 5, 3)] == "Nghỉ bù Ngày Quốc tế Lao động"


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(min_value=datetime.date(2025, 1, 1), max_value=datetime.date(2027, 12, 31)),
    days=st.integers(min_value=0, max_value=200),
    off=st.sets(st.dates(min_value=datetime.date(2025, 1, 1), max_value=datetime.date(2029, 12, 31)), max_size=30),
)
def test_a_working_day_limit_ends_on_a_working_day_after_exactly_that_many(start, days, off):
    calendar = deadlines.Calendar(dict.fromkeys(off, False))
    due = deadlines.due_date(start, days, deadlines.WORKING, calendar)
    counted = sum(
        calendar.is_working_day(start + datetime.timedelta(days=n)) for n in range(1, (due - start).days + 1)
    )
    assert counted == days
    assert days == 0 or calendar.is_working_day(due)
    calendar_due = deadlines.due_date(start, days, deadlines.CALENDAR, calendar)
    assert calendar_due >= start + datetime.timedelta(days=days) and calendar.is_working_day(calendar_due)


def test_a_step_the_law_sets_no_limit_for_says_so(db):
    rule = deadlines.deadline_for(LegalStep.FURTHER_VERIFICATION, "x", datetime.date(2026, 1, 5), LegalRegime.LAW_2024)
    with translation.override("vi"):
        assert rule.is_legal is False and str(rule.description) == "không có thời hạn luật định"
    rule = deadlines.deadline_for(LegalStep.SUPPORT_CLAIM, "x", datetime.date(2026, 3, 6), LegalRegime.LAW_2024)
    assert rule.due_on and rule.day_count == deadlines.WORKING and "112584" in rule.legal_basis


def test_nonsense_limits_are_refused():
    with pytest.raises(ValueError):
        deadlines.due_date(datetime.date(2026, 1, 1), -1, deadlines.CALENDAR, deadlines.Calendar({}))
    with pytest.raises(ValueError):
        deadlines.due_date(datetime.date(2026, 1, 1), 10**6, deadlines.CALENDAR, deadlines.Calendar({}))


# The table of days off -------------------------------------------------------------------------------------------


def test_the_administrator_keeps_the_days_off_and_each_change_is_audited(client, db):
    world = build_world()
    client.force_login(world.users["administrator"])
    url = reverse("casework:calendar")
    added = client.post(
        url, {"date": "17/02/2026", "kind": "day_off", "name": "Tết Nguyên đán", "source": "TB 1/2026"}
    )
    assert added.status_code == 302
    day = CalendarDay.objects.get(date=datetime.date(2026, 2, 17))
    refused = client.post(url, {"date": "18/02/2026", "kind": "working_day", "name": "x"})  # a Wednesday
    assert refused.status_code == 200 and refused.context["form"].errors["kind"]
    assert client.post(url, {"delete": "not-a-number"}).status_code == 302
    assert client.post(url, {"delete": str(day.pk)}).status_code == 302
    assert not CalendarDay.objects.filter(pk=day.pk).exists()
    actions = list(
        AuditEvent.objects.filter(object_type="casework.calendarday", user_id=world.users["administrator"].pk)
        .order_by("occurred_at")
        .values_list("action", flat=True)
    )
    assert actions == ["create", "list", "delete"]  # the refused form showed the list: a read


# Who makes each step, written out by hand from domain.md and the reference data (the commune People's Committee
# receives and notifies; Sở Y tế verifies; the facility houses; where the law names nobody, the officers).
MAKERS = {
    "receive": {"commune_officer"},
    "notify": {"commune_officer"},
    "identified_at_once": {"provincial_officer"},
    "further_verification": {"provincial_officer"},
    "identified": {"provincial_officer"},
    "not_identified": {"provincial_officer"},
    "plan_support": {"commune_officer", "provincial_officer"},
    "admit": {"shelter_staff"},
    "extend_stay": {"shelter_staff"},
    "discharge": {"shelter_staff"},
    "hand_over": {"commune_officer", "provincial_officer"},
    "reintegrate": {"commune_officer", "provincial_officer"},
    "close": {"commune_officer", "provincial_officer"},
}
CASE_ROLES = ["commune_officer", "provincial_officer", "police_verifier", "shelter_staff", "coordinator"]


def test_every_transition_is_allowed_to_its_makers_and_refused_to_every_other_role(client, db):
    world = build_world()
    case = world.cases["inside"]
    for role in CASE_ROLES:
        assign(case, world.users[role])
    assert set(MAKERS) == set(workflow.BY_CODE)
    wrong = []
    for transition in workflow.TRANSITIONS:
        Case.objects.filter(pk=case.pk).update(stage=transition.sources[0])
        for role in CASE_ROLES:
            client.force_login(world.users[role])
            status = client.get(step_url(case, transition.code)).status_code
            expected = 200 if role in MAKERS[transition.code] else 403
            if status != expected:
                wrong.append(f"{transition.code} by {role}: {status}, expected {expected}")
    assert wrong == []
    assert not CaseStep.objects.exists()
