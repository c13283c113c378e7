"""
Fixtures of the training tests: a course under the test site's home page, with two lessons and a quiz that asks
one question of each type, and learners in a commune People's Committee.
"""

import pytest
from wagtail.models import Locale

from courses import factories as f
from courses.models import CoursePage, QuizPage
from safereturn.accounts.factories import UserFactory
from safereturn.organisation.factories import AgencyFactory


@pytest.fixture
def agency(db):
    return AgencyFactory()


@pytest.fixture
def learner(agency):
    return UserFactory(username="can-bo-xa", full_name="Cán bộ Xã (thử)", agency=agency, position="Công chức")


@pytest.fixture
def other_learner(agency):
    return UserFactory(username="can-bo-khac", full_name="Cán bộ Khác (thử)", agency=agency)


@pytest.fixture
def bank(db):
    """One question of each type in a category 'Tiếp nhận', and its subcategory 'Xác minh'."""
    root = f.category("Tiếp nhận")
    sub = f.category("Xác minh", parent=root)
    questions = {
        "single": f.question(
            root,
            "single",
            [("Ủy ban nhân dân cấp xã", True, "1", "Đúng: nơi tiếp nhận."), ("Tòa án", False, "1", "Tòa án xét xử.")],
            text="Ai tiếp nhận người tự trình báo?",
        ),
        "multiple": f.question(
            root,
            "multiple",
            [("Sở Y tế", True, "1"), ("Công an tỉnh", True, "1"), ("Tòa án", False, "1")],
            text="Ai xác minh ban đầu?",
            penalty="0.5",
        ),
        "true_false": f.question(sub, "true_false", [("Đúng", True), ("Sai", False)], text="Thời hạn là 3 ngày?"),
        "short": f.question(
            sub,
            "short",
            [("cơ sở trợ giúp xã hội", True), ("nhà tạm lánh", False, "1", "Luật dùng thuật ngữ khác.")],
            text="Tên gọi theo luật của nơi tạm trú?",
            ignore_diacritics=True,
        ),
        "essay": f.question(root, "essay", [], text="Nêu cách giữ bí mật thông tin."),
    }
    return {"root": root, "sub": sub, **questions}


@pytest.fixture
def course_tree(site_tree, bank):
    home = site_tree["home"]
    index = f.CourseIndexPageFactory(parent=home)
    course = f.CoursePageFactory(parent=index, title="Tiếp nhận nạn nhân", slug="tiep-nhan")
    lessons = [
        f.LessonPageFactory(parent=course, title="Bài 1", slug="bai-1"),
        f.LessonPageFactory(parent=course, title="Bài 2", slug="bai-2"),
    ]
    quiz = f.QuizPageFactory(parent=course, title="Kiểm tra", slug="kiem-tra", pass_mark=60)
    for kind in ("single", "multiple", "true_false", "short", "essay"):
        f.rule(quiz, question=bank[kind])
    quiz = QuizPage.objects.get(pk=quiz.pk)
    course = CoursePage.objects.get(pk=course.pk)
    return {"home": home, "index": index, "course": course, "lessons": lessons, "quiz": quiz, "bank": bank}


@pytest.fixture
def english(db):
    return Locale.objects.get_or_create(language_code="en")[0]
