"""
Trainers in the admin (the group, page permissions on every course index, the question bank's checks), wagtail-
localize's synchronised fields, reminders, and the seeded demo course.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import GroupPagePermission
from wagtail_localize.fields import get_translatable_fields

from courses.models import (
    Assignment,
    Attempt,
    CoursePage,
    CourseTrainer,
    Enrolment,
    Question,
    QuestionCategory,
    QuestionOption,
    QuizPage,
)
from courses.trainers import TRAINERS, TRAINING_MANAGERS
from safereturn.accounts.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_training_groups_read_in_vietnamese_in_the_admin():
    """Editors see group names in Settings › Groups: no English name is left from the first migrations."""
    names = set(Group.objects.values_list("name", flat=True))
    assert {"Giảng viên", "Quản lý đào tạo"} <= names
    assert not names & {"Trainers", "Training managers"}
    assert Group.objects.get(name=TRAINING_MANAGERS).permissions.filter(codename="view_all_training_reports").exists()


def test_trainers_may_keep_the_bank_and_edit_every_course_index(course_tree):
    trainers = Group.objects.get(name=TRAINERS)
    codenames = set(trainers.permissions.values_list("codename", flat=True))
    assert {"access_admin", "add_question", "publish_question", "change_assignment", "add_quizoverride"} <= codenames
    granted = set(
        GroupPagePermission.objects.filter(group=trainers, page=course_tree["index"]).values_list(
            "permission__codename", flat=True
        )
    )
    assert granted == {"add_page", "change_page", "publish_page"}


def test_the_question_form_checks_the_options_against_the_type(admin_client, bank):
    url = "/admin/snippets/courses/question/add/"
    response = admin_client.get(url)
    assert response.status_code == 200
    data = {
        "title": "Sai loại",
        "category": bank["root"].pk,
        "question_type": "single",
        "text": "Câu hỏi?",
        "mark": "1",
        "penalty": "0",
        "ignore_case": "on",
        "image_alt": "",
        "explanation": "",
        "locale": "1",
        "options-TOTAL_FORMS": "2",
        "options-INITIAL_FORMS": "0",
        "options-MIN_NUM_FORMS": "0",
        "options-MAX_NUM_FORMS": "1000",
        "options-0-text": "A",
        "options-0-is_correct": "on",
        "options-0-weight": "1",
        "options-0-feedback": "",
        "options-0-ORDER": "1",
        "options-1-text": "B",
        "options-1-is_correct": "on",
        "options-1-weight": "1",
        "options-1-feedback": "",
        "options-1-ORDER": "2",
    }
    before = Question.objects.count()
    response = admin_client.post(url, data)
    assert response.status_code == 200
    assert "exactly one of them correct" in response.content.decode() or "đúng một phương án đúng" in (
        response.content.decode()
    )
    assert Question.objects.count() == before


def test_a_category_is_placed_in_the_tree_by_the_admin_form(admin_client, bank):
    response = admin_client.post(
        "/admin/snippets/courses/questioncategory/add/", {"parent": bank["sub"].pk, "name": "Trẻ em", "name_en": ""}
    )
    assert response.status_code == 302
    child = QuestionCategory.objects.get(name="Trẻ em")
    assert child.get_parent() == bank["sub"]
    assert str(child) == "Tiếp nhận › Xác minh › Trẻ em"


def test_translation_synchronises_marks_and_translates_texts(bank, english):
    for model, fields in (
        (Question, {"question_type", "mark", "penalty", "ignore_case", "ignore_diacritics", "category"}),
        (QuestionOption, {"is_correct", "weight"}),
    ):
        declared = {field.field_name: field for field in get_translatable_fields(model)}
        for name in fields:
            assert declared[name].is_synchronized(model()) and not declared[name].is_overridable(model()), name
        assert declared["text"].is_translated(model())
    quiz_fields = {field.field_name: field for field in get_translatable_fields(QuizPage)}
    assert not quiz_fields["pass_mark"].is_overridable(QuizPage()) and quiz_fields["question_rules"].is_synchronized(
        QuizPage()
    )


def test_a_translated_quiz_asks_the_translated_questions(course_tree, english, learner):
    from courses import attempts as engine

    question = course_tree["bank"]["single"]
    translation = question.copy_for_translation(english)
    translation.text = "Who receives a person who reports?"
    translation.save()
    translation.save_revision().publish()
    quiz = course_tree["quiz"]
    quiz_en = quiz.copy_for_translation(english, copy_parents=True)
    quiz_en.save_revision().publish()
    quiz_en = QuizPage.objects.get(pk=quiz_en.pk)
    attempt = engine.start_or_resume(learner, quiz_en)
    texts = [slot.snapshot["text"] for slot in attempt.slots.all()]
    assert "Who receives a person who reports?" in texts
    slot = next(slot for slot in attempt.slots.all() if slot.snapshot["text"].startswith("Who"))
    assert slot.question_key == question.translation_key  # statistics group by the source question
    assert Attempt.objects.filter(quiz_key=quiz.translation_key).count() == 1  # one quiz in every language


def test_reminders_before_and_after_the_due_date_are_sent_once(course_tree, learner, other_learner, settings):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
        "background": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }
    today = timezone.localdate()
    course = course_tree["course"]
    Assignment.objects.create(course=course, user=learner, due_date=today + datetime.timedelta(days=2))
    Assignment.objects.create(course=course, user=other_learner, due_date=today - datetime.timedelta(days=1))
    call_command("send_course_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Enrolment.objects.filter(course_key=course.translation_key).count() == 2
    subjects = sorted(message.subject for message in mail.outbox)
    assert len(subjects) == 2
    assert any("Quá hạn" in subject or "Overdue" in subject for subject in subjects)
    call_command("send_course_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert len(mail.outbox) == 2


def test_an_agency_assignment_reaches_people_who_join_later_until_it_ends(course_tree, learner, other_learner):
    from courses.assignments import sync_all, sync_for_user
    from safereturn.organisation.factories import AgencyFactory

    today = timezone.localdate()
    newcomer_agency = AgencyFactory()
    Assignment.objects.create(
        course=course_tree["course"],
        agency=newcomer_agency,
        due_date=today + datetime.timedelta(days=20),
        ends_on=today + datetime.timedelta(days=10),
    )
    assert sync_all(today) == 0
    learner.agency = newcomer_agency
    learner.save()
    assert sync_for_user(learner, today) == 1
    enrolment = Enrolment.objects.get(user=learner)
    assert enrolment.due_date == today + datetime.timedelta(days=20)
    assert enrolment.agency_id == newcomer_agency.pk  # the post at enrolment
    other_learner.agency = newcomer_agency
    other_learner.save()
    assert sync_for_user(other_learner, today + datetime.timedelta(days=11)) == 0  # it had ended


def test_a_trainer_keeps_the_bank_and_edits_course_pages_in_the_admin(client, course_tree, learner):
    learner.groups.add(Group.objects.get(name=TRAINERS))
    client.force_login(learner)
    assert client.get("/admin/snippets/courses/question/").status_code == 200
    assert client.get("/admin/snippets/courses/assignment/add/").status_code == 200
    assert client.get(f"/admin/pages/{course_tree['course'].pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{course_tree['home'].pk}/edit/").status_code == 302  # not the campaign site


def _course_form(course, user, trainers):
    """The course page's admin form, posted by `user` with the course as it is and `trainers` as its list."""
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    form_class = CoursePage.get_edit_handler().get_form_class()
    existing = {trainer.user_id: trainer.pk for trainer in course.course_trainers.all()}
    data = nested_form_data(
        {
            "title": course.title,
            "slug": course.slug,
            "intro": course.intro,
            "audience": course.audience,
            "objectives": course.objectives,
            "duration_minutes": course.duration_minutes,
            "access": course.access,
            "completion_rule": course.completion_rule,
            "body": streamfield([]),
            "course_trainers": inline_formset(
                [{"user": trainer.pk, "id": existing.get(trainer.pk, "")} for trainer in trainers],
                initial=len(existing),
            ),
        }
    )
    return form_class(data, instance=course, parent_page=course.get_parent(), for_user=user)


def test_only_training_managers_change_an_existing_courses_trainers(course_tree):
    """Every trainer edits every course page; the trainer list decides whose marks and reports they reach."""
    course = course_tree["course"]
    trainer = UserFactory(username="gv.mot")
    trainer.groups.add(Group.objects.get(name=TRAINERS))
    colleague = UserFactory(username="gv.hai")
    CourseTrainer.objects.create(course=course, user=colleague)
    course = CoursePage.objects.get(pk=course.pk)

    unchanged = _course_form(course, trainer, [colleague])
    assert unchanged.is_valid(), unchanged.errors  # editing the course, the list as it is: fine
    for trainers in ([colleague, trainer], [trainer], []):
        form = _course_form(course, trainer, trainers)
        assert not form.is_valid()
        assert "Only training managers" in str(form.non_field_errors()) or "quản lý đào tạo" in str(
            form.non_field_errors()
        )
    manager = UserFactory(username="ql.daotao")
    manager.groups.add(Group.objects.get(name=TRAINING_MANAGERS))
    assert _course_form(course, manager, [colleague, trainer]).is_valid()
