"""Factories for the training app (factory_boy, wagtail-factories)."""

from decimal import Decimal

import factory
import wagtail_factories
from wagtail.models import Locale

from . import models


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Đào tạo"
    slug = "dao-tao"

    class Meta:
        model = models.CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Khóa học {n}")
    intro = "Tiếp nhận và hỗ trợ người trở về."
    audience = "Cán bộ cấp xã"
    objectives = "Biết quy trình tiếp nhận\nBiết các chế độ hỗ trợ"
    duration_minutes = 60
    access = models.CoursePage.Access.STAFF

    class Meta:
        model = models.CoursePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bài {n}")
    intro = "Nội dung bài học."
    body = factory.LazyFunction(lambda: [("text", "<p>Ủy ban nhân dân cấp xã tiếp nhận.</p>")])

    class Meta:
        model = models.LessonPage


class QuizPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bài kiểm tra {n}")
    intro = "Trả lời các câu hỏi."
    shuffle_questions = False
    shuffle_options = False
    questions_per_page = 1

    class Meta:
        model = models.QuizPage


def category(name="Tiếp nhận", parent=None):
    """A question category, at the top of the bank or inside `parent`."""
    instance = models.QuestionCategory(name=name)
    return parent.add_child(instance=instance) if parent else models.QuestionCategory.add_root(instance=instance)


def question(
    category, kind="single", options=(), *, text=None, mark="1", penalty="0", publish=True, locale=None, **fields
):
    """
    A live question of the bank. `options` are (text, is_correct) or
    (text, is_correct, weight) tuples, or (text, is_correct, weight, feedback).
    """
    instance = models.Question(
        category=category,
        question_type=kind,
        title=fields.pop("title", text or f"{kind} question"),
        text=text or f"Câu hỏi ({kind})?",
        mark=Decimal(mark),
        penalty=Decimal(penalty),
        locale=locale or Locale.get_default(),
        live=publish,
        **fields,
    )
    for order, spec in enumerate(options):
        text_, correct, weight, feedback = (*spec, "1", "")[:4] if len(spec) == 2 else (*spec, "")[:4]
        instance.options.add(
            models.QuestionOption(
                text=text_,
                is_correct=correct,
                weight=Decimal(str(weight)),
                feedback=feedback,
                sort_order=order,
                locale=instance.locale,
            )
        )
    instance.save()
    revision = instance.save_revision()
    if publish:
        revision.publish()
        instance.refresh_from_db()
    return instance


def rule(quiz, question=None, category=None, count=1, include_subcategories=True):
    return models.QuizQuestionRule.objects.create(
        quiz=quiz,
        question=question,
        category=category,
        count=count,
        include_subcategories=include_subcategories,
        sort_order=models.QuizQuestionRule.objects.filter(quiz=quiz).count(),
    )
