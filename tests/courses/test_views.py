"""
Taking a quiz over HTTP, with plain forms (no JavaScript) and with the page's autosave (JSON): correct answers never
reach the browser before submission, refusals say why and change nothing, and the quiz page and an answer
submission each cost the same number of queries however big the bank and however many the attempts.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from courses import attempts as engine
from courses import factories as f
from courses.models import Assignment, Attempt

pytestmark = pytest.mark.django_db


def start(client, quiz):
    response = client.post(reverse("courses:start_quiz", args=[quiz.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(uuid=response["Location"].rstrip("/").split("/")[-1])


def page_form(attempt, page, answers, action="next"):
    attempt.refresh_from_db()
    return {"page": page, "version": attempt.version, "action": action, **answers}


def option_id(slot, text):
    return next(option["id"] for option in slot.snapshot["options"] if option["text"] == text)


def test_the_attempt_page_never_shows_correct_answers_or_feedback(client, course_tree, learner):
    client.force_login(learner)
    attempt = start(client, course_tree["quiz"])
    html = ""
    for page in range(attempt.page_count):
        html += client.get(reverse("courses:attempt", args=[attempt.uuid]) + f"?page={page}").content.decode()
    assert "Ai tiếp nhận người tự trình báo?" in html and "Tòa án" in html
    for secret in ("Đúng: nơi tiếp nhận.", "Tòa án xét xử.", "cơ sở trợ giúp xã hội", "is_correct", "Luật dùng"):
        assert secret not in html, secret


def test_a_whole_attempt_without_javascript(client, course_tree, learner):
    client.force_login(learner)
    quiz = course_tree["quiz"]
    attempt = start(client, quiz)
    url = reverse("courses:attempt", args=[attempt.uuid])
    slots = list(attempt.slots.all())
    for slot in slots:
        if slot.question_type in ("single", "true_false"):
            answer = [str(slot.option_order[0])]
        elif slot.question_type == "multiple":
            answer = [str(option_id(slot, "Sở Y tế")), str(option_id(slot, "Công an tỉnh"))]
        elif slot.question_type == "short":
            answer = ["Cơ sở trợ giúp xã hội"]
        else:
            answer = [""]
        action = "finish" if slot.page == attempt.page_count - 1 else "next"
        response = client.post(url, page_form(attempt, slot.page, {f"q-{slot.pk}": answer}, action))
        assert response.status_code in (303, 302), response.content
    assert response["Location"] == reverse("courses:summary", args=[attempt.uuid])
    summary = client.get(response["Location"])
    assert "Submit all and finish" in summary.content.decode() or "Nộp bài và kết thúc" in summary.content.decode()
    attempt.refresh_from_db()
    response = client.post(reverse("courses:summary", args=[attempt.uuid]), {"version": attempt.version})
    assert response.status_code == 303
    review = client.get(response["Location"]).content.decode()
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED and attempt.score is not None
    assert "Kết quả" in review
    # Submitting again is refused, with the reason, and changes nothing.
    again = client.post(reverse("courses:summary", args=[attempt.uuid]), {"version": attempt.version})
    assert again.status_code == 409
    assert "đã được nộp" in again.content.decode()


def test_autosave_answers_as_json_and_refusals_as_json(client, course_tree, learner):
    client.force_login(learner)
    attempt = start(client, course_tree["quiz"])
    slot = attempt.slots.get(position=0)
    url = reverse("courses:attempt", args=[attempt.uuid])
    data = page_form(attempt, 0, {f"q-{slot.pk}": [str(slot.option_order[1])]}, "save")
    response = client.post(url, data, headers={"Accept": "application/json"})
    assert response.status_code == 200
    body = response.json()
    assert body["version"] == attempt.version + 1
    slot.refresh_from_db()
    assert slot.response == {"choices": [slot.option_order[1]]}
    # The same form again, with the old version: another tab has moved on.
    stale = client.post(url, data, headers={"Accept": "application/json"})
    assert stale.status_code == 409
    assert "cũ" in stale.json()["error"]


def test_refusals_over_http_leave_the_attempt_unchanged(client, course_tree, learner, other_learner):
    client.force_login(learner)
    attempt = start(client, course_tree["quiz"])
    slot = attempt.slots.get(position=0)
    url = reverse("courses:attempt", args=[attempt.uuid])
    before = (attempt.version, list(attempt.slots.values_list("response", flat=True)))

    tampered = client.post(url, page_form(attempt, 0, {f"q-{slot.pk}": ["999999"]}, "save"))
    assert tampered.status_code == 400 and "không khớp" in tampered.content.decode()

    client.force_login(other_learner)
    theirs = client.post(url, page_form(attempt, 0, {f"q-{slot.pk}": [str(slot.option_order[0])]}, "save"))
    assert theirs.status_code == 403 and "người khác" in theirs.content.decode()
    assert client.get(url).status_code == 403
    assert client.get(reverse("courses:review", args=[attempt.uuid])).status_code == 403

    attempt.refresh_from_db()
    assert (attempt.version, list(attempt.slots.values_list("response", flat=True))) == before


def test_a_finished_attempt_redirects_to_its_result(client, course_tree, learner):
    client.force_login(learner)
    attempt = start(client, course_tree["quiz"])
    engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)
    response = client.get(reverse("courses:attempt", args=[attempt.uuid]))
    assert response.status_code == 302 and response["Location"].endswith("/ket-qua/")


def count_queries(call):
    with CaptureQueriesContext(connection) as context:
        response = call()
    assert response.status_code in (200, 303), response.status_code
    return len(context.captured_queries)


def grow(course_tree, learner, questions=30, attempts=6):
    """A bigger bank and more finished attempts by the same learner."""
    bank = course_tree["bank"]
    for n in range(questions):
        f.question(bank["root"], "single", [("A", True), ("B", False)], text=f"Thêm {n}?")
    for _ in range(attempts):
        engine.finalise(engine.start_or_resume(learner, course_tree["quiz"]), Attempt.FinishReason.SUBMITTED)


def test_the_quiz_page_takes_a_constant_number_of_queries(client, course_tree, learner, django_assert_max_num_queries):
    client.force_login(learner)
    quiz = course_tree["quiz"]
    client.get(quiz.url)  # warm the route and chrome caches, as in steady state
    small = count_queries(lambda: client.get(quiz.url))
    grow(course_tree, learner)
    client.get(quiz.url)
    large = count_queries(lambda: client.get(quiz.url))
    assert large == small
    with django_assert_max_num_queries(small):
        client.get(quiz.url)


def test_an_answer_submission_takes_a_constant_number_of_queries(client, course_tree, learner):
    client.force_login(learner)
    quiz = course_tree["quiz"]

    def submit_once():
        attempt = start(client, quiz)
        slot = attempt.slots.get(position=0)
        url = reverse("courses:attempt", args=[attempt.uuid])
        data = page_form(attempt, 0, {f"q-{slot.pk}": [str(slot.option_order[0])]}, "next")
        count = count_queries(lambda: client.post(url, data))
        json_count = count_queries(
            lambda: client.post(url, page_form(attempt, 1, {}, "save"), headers={"Accept": "application/json"})
        )
        engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)
        return count, json_count

    small = submit_once()
    grow(course_tree, learner)
    large = submit_once()
    assert large == small
    assert small[0] <= 15, small


def test_my_learning_lists_assigned_courses_with_due_dates(client, course_tree, learner):
    Assignment.objects.create(course=course_tree["course"], agency=learner.agency, due_date=datetime.date(2099, 1, 31))
    client.force_login(learner)
    html = client.get(reverse("courses:my_learning")).content.decode()
    assert "Tiếp nhận nạn nhân" in html
    assert "31/01/2099" in html or "31 tháng 1 năm 2099" in html


def test_the_attempt_page_takes_a_constant_number_of_queries(client, course_tree, learner):
    client.force_login(learner)
    quiz = course_tree["quiz"]

    def show_once():
        attempt = start(client, quiz)
        url = reverse("courses:attempt", args=[attempt.uuid]) + "?page=0"
        client.get(url)
        count = count_queries(lambda: client.get(url))
        engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)
        return count

    small = show_once()
    grow(course_tree, learner)
    assert show_once() == small
