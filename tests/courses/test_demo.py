"""The seeded demo: the staff course and the public course, bilingual, with a quiz that asks every type."""

import random

import pytest
from wagtail.models import Locale, Page

from courses import attempts as engine
from courses.models import CourseIndexPage, CoursePage, LessonPage, Question, QuizPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(demo_site, db):
    return demo_site


def test_the_demo_course_is_bilingual_and_its_quiz_asks_every_type(seeded):
    courses = CoursePage.objects.filter(locale__language_code="vi")
    assert {course.access for course in courses} == {"staff", "open"}
    receiving = courses.get(slug="tiep-nhan-xac-minh-ho-tro")
    assert LessonPage.objects.child_of(receiving).count() >= 3
    quiz = QuizPage.objects.child_of(receiving).get()
    vietnamese = Question.objects.filter(locale__language_code="vi")
    assert vietnamese.count() >= 12
    assert set(vietnamese.values_list("question_type", flat=True)) == set(Question.Type.values)
    for page in Page.objects.type(CourseIndexPage, CoursePage, LessonPage, QuizPage).filter(
        locale__language_code="vi"
    ):
        assert page.get_translation_or_none(english_locale()) is not None, page
    for question in vietnamese:
        translation = question.get_translation(english_locale())
        assert translation.live and translation.text != question.text
        assert [o.is_correct for o in translation.options.all()] == [o.is_correct for o in question.options.all()]

    drawn = engine.draw_questions(quiz, random.Random(1))
    assert len(drawn) >= 12
    assert {question.question_type for question in drawn} == set(Question.Type.values)


def english_locale():
    return Locale.objects.get(language_code="en")


def test_demo_texts_use_the_laws_terms(seeded):
    from courses.demo import pages, questions

    texts = [repr(vars(pages)), repr(questions.QUESTIONS)]
    joined = " ".join(texts)
    assert "trẻ em" not in joined.lower()  # "người dưới 18 tuổi", as the law writes it
    assert "người đang trong quá trình xác định là nạn nhân" in joined
    assert "Viện kiểm sát truy tố" in joined and "Công an điều tra" in joined
