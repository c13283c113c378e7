"""
The course pages as visitors see them: anonymous visitors read an open course (one page for all of them, no form,
no cookie, no quiz offered) and only a note on a staff-only one; signed-in learners enrol, read and see their
attempts.
"""

import pytest
from django.urls import reverse

from courses.models import CoursePage, Enrolment, LessonRead
from safereturn.base.areas import is_restricted_path

pytestmark = pytest.mark.django_db


def make_open(course):
    course.access = CoursePage.Access.OPEN
    course.save_revision().publish()


def test_an_anonymous_visitor_reads_an_open_course_without_a_cookie_or_a_quiz(client, course_tree):
    make_open(course_tree["course"])
    for page in (course_tree["course"], course_tree["lessons"][0], course_tree["quiz"]):
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert not response.cookies, page.url
        html = response.content.decode()
        assert "csrfmiddlewaretoken" not in html
        assert getattr(response, "may_share_publicly", False) or response.get("Cache-Control") == "no-cache"
    lesson = client.get(course_tree["lessons"][0].url).content.decode()
    assert "Ủy ban nhân dân cấp xã tiếp nhận." in lesson
    course = client.get(course_tree["course"].url).content.decode()
    assert course_tree["quiz"].url not in course  # no quiz offered
    quiz = client.get(course_tree["quiz"].url).content.decode()
    assert "Start the quiz" not in quiz and "Bắt đầu" not in quiz
    assert (
        "Vary" not in client.get(course_tree["lessons"][0].url)
        or "Cookie" not in client.get(course_tree["lessons"][0].url)["Vary"]
    )


def test_a_staff_only_course_shows_anonymous_visitors_a_note_and_never_the_content(client, course_tree):
    response = client.get(course_tree["lessons"][0].url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Ủy ban nhân dân cấp xã tiếp nhận." not in html
    assert "Bài 1" in html
    assert not response.cookies


def test_staff_only_lessons_stay_out_of_the_public_search(client, course_tree):
    lesson = course_tree["lessons"][0]
    assert "uy ban nhan dan cap xa" not in lesson.folded_text()
    make_open(course_tree["course"])
    lesson.refresh_from_db()
    lesson._course = None
    del lesson._course
    assert "uy ban nhan dan cap xa" in lesson.folded_text()


def test_a_learner_enrols_reads_the_lessons_and_completes_by_the_rule(client, course_tree, learner):
    course = course_tree["course"]
    course.completion_rule = CoursePage.CompletionRule.LESSONS
    course.save_revision().publish()
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    assert "Enrol in this course" in html or "Đăng ký" in html
    client.post(reverse("courses:enrol", args=[course.pk]))
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.agency_id == learner.agency_id and enrolment.position == "Công chức"

    first, second = course_tree["lessons"]
    response = client.post(reverse("courses:lesson_read", args=[first.pk]))
    assert response.status_code == 302 and response["Location"] == second.url
    assert "Ủy ban nhân dân cấp xã tiếp nhận." in client.get(first.url).content.decode()
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    client.post(reverse("courses:lesson_read", args=[second.pk]))
    client.post(reverse("courses:lesson_read", args=[second.pk]))  # twice: nothing more
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert LessonRead.objects.filter(enrolment=enrolment).count() == 2


def test_learner_pages_are_a_restricted_area(client, course_tree, learner):
    assert is_restricted_path("/hoc-tap/bai-lam/") and is_restricted_path("/en/learning/")
    client.force_login(learner)
    for url in ("/hoc-tap/", "/en/learning/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "no-store" in response["Cache-Control"]
        assert "noindex" in response["X-Robots-Tag"]


def test_my_learning_needs_a_sign_in(client, course_tree):
    response = client.get("/hoc-tap/")
    assert response.status_code == 302
    assert "next=/hoc-tap/" in response["Location"]
