"""Notes, tasks and the inbox: written by those who may, for those assigned, seen by their owner, audited."""

import datetime

from django.urls import reverse
from django.utils import timezone

from casework.audit import AuditEvent
from casework.models import Case, CaseNote, CaseTask

from .world import assign, build_world


def test_a_task_for_a_colleague_reaches_their_inbox_and_is_done_once(client, db):
    world = build_world()
    case = world.cases["inside"]
    shelter = world.users["shelter_staff"]
    assign(case, shelter)
    client.force_login(world.users["commune_officer"])
    url = reverse("casework:task_add", args=[case.pk])
    due = (timezone.localdate() + datetime.timedelta(days=3)).strftime("%d/%m/%Y")
    # Only people assigned to the case (or oneself): another commune's officer is not a choice.
    outsider = client.post(url, {"text": "x", "due_on": due, "assignee": world.users["officer_Q"].pk})
    assert outsider.status_code == 200 and outsider.context["forms"][0].errors["assignee"]
    past = client.post(url, {"text": "x", "due_on": "01/01/2020", "assignee": shelter.pk})
    assert past.context["forms"][0].errors["due_on"]
    assert client.post(url, {"text": "Đưa đi khám Mẫu", "due_on": due, "assignee": shelter.pk}).status_code == 302
    task = CaseTask.objects.exclude(pk=world.tasks["inside"].pk).get(case=case)
    client.force_login(shelter)
    inbox = client.get(reverse("casework:inbox"))
    assert task in inbox.context["tasks"] and case in inbox.context["cases"]
    assert "Đưa đi khám Mẫu" in inbox.content.decode()
    done = reverse("casework:task_done", args=[case.pk, task.pk])
    assert client.post(done, {"next": "inbox"})["Location"].endswith("/hop-thu/")
    first_done = CaseTask.objects.get(pk=task.pk).done_at
    client.post(done)  # a second tab: done already, nothing changes
    assert CaseTask.objects.get(pk=task.pk).done_at == first_done
    assert AuditEvent.objects.filter(object_id=str(task.pk), action="change").count() == 1
    assert task not in client.get(reverse("casework:inbox")).context["tasks"]


def test_another_case_s_task_cannot_be_reached_through_this_case(client, db):
    world = build_world()
    client.force_login(world.users["commune_officer"])
    inside, outside = world.cases["inside"], world.cases["outside"]
    response = client.post(reverse("casework:task_done", args=[inside.pk, world.tasks["outside"].pk]))
    assert response.status_code == 404 and CaseTask.objects.get(pk=world.tasks["outside"].pk).done_at is None
    assert outside.pk  # (the outside case itself is out of reach: see the permission matrix)


def test_the_inbox_puts_overdue_cases_first_and_shows_only_my_cases(client, db):
    world = build_world()
    officer = world.users["commune_officer"]
    inside = world.cases["inside"]
    assign(inside, officer)
    Case.objects.filter(pk=inside.pk).update(due_on=timezone.localdate() - datetime.timedelta(days=1))
    client.force_login(officer)
    response = client.get(reverse("casework:inbox"))
    assert [case.pk for case in response.context["cases"]] == [inside.pk]
    assert world.tasks["inside"] in response.context["tasks"]  # due long ago: overdue
    assert "cw-overdue" in response.content.decode()


def test_a_note_is_encrypted_and_audited(client, db):
    from django.db import connection

    world = build_world()
    case = world.cases["inside"]
    client.force_login(world.users["provincial_officer"])
    url = reverse("casework:note_add", args=[case.pk])
    assert client.post(url, {"text": ""}).status_code == 200
    assert client.post(url, {"text": "Ghi chú Mẫuqzx"}).status_code == 302
    note = CaseNote.objects.get()
    assert AuditEvent.objects.filter(action="create", object_id=str(note.pk)).exists()
    with connection.cursor() as cursor:
        cursor.execute("SELECT text FROM casework_casenote")
        assert "qzx" not in cursor.fetchone()[0]
    assert "Ghi chú Mẫuqzx" in client.get(reverse("casework:case_detail", args=[case.pk])).content.decode()


def test_a_caseload_is_handed_over_in_one_step_when_someone_leaves(client, db):
    from casework.models import CaseAssignment
    from safereturn.accounts.models import Membership

    world = build_world()
    leaving, successor = world.users["commune_officer"], world.users["colleague"]
    inside = world.cases["inside"]
    assign(inside, leaving)
    assign(world.cases["outside"], leaving)  # another province's case: not the administrator's to move
    client.force_login(world.users["administrator"])
    post = world.posts["commune_officer"]
    url = reverse("casework:staff_hand_over", args=[post.pk])
    page = client.get(url)
    assert page.status_code == 200 and page.context["case_count"] == 1
    # Only people with a current assignable post in the province: another province's officer is no choice.
    refused = client.post(url, {"successor": world.users["officer_Q"].pk, "last_day": "01/01/2020"})
    assert refused.context["form"].errors.keys() == {"successor", "last_day"}
    today = timezone.localdate()
    response = client.post(url, {"successor": successor.pk, "last_day": today.strftime("%d/%m/%Y")})
    assert response.status_code == 302
    active = CaseAssignment.objects.active()
    assert set(active.filter(case=inside).values_list("user_id", flat=True)) == {successor.pk}
    assert active.filter(case=world.cases["outside"], user=leaving).exists()  # left where it was
    assert CaseTask.objects.get(pk=world.tasks["inside"].pk).assignee == successor
    assert Membership.objects.get(pk=post.pk).valid_until == today + datetime.timedelta(days=1)
    assert AuditEvent.objects.filter(action="change", object_id=str(inside.pk), changed_fields=["assignees"]).exists()
    # An administrator cannot hand over their own post, nor a post of another province.
    own = client.get(reverse("casework:staff_hand_over", args=[world.posts["administrator"].pk]))
    other = client.get(reverse("casework:staff_hand_over", args=[world.posts["officer_Q"].pk]))
    assert own.status_code == other.status_code == 404
