"""
Quiz statistics (courses.statistics): the facility and discrimination indices against values computed by hand
below, the distribution of grades, which attempts count, and the background task that stores them with the time.
"""

import math
from decimal import Decimal

import pytest

from courses import attempts as engine
from courses import statistics
from courses.models import Attempt, QuizStatistics
from safereturn.accounts.factories import UserFactory

# Four attempts at a quiz of three questions (marks out of 1, 1 and 2):
#
#   attempt   q1   q2   q3   total
#   a         1    1    2    4
#   b         1    0    1    2
#   c         0    1    0    1
#   d         0    0    0    0
MARKS = {
    "a": {"q1": (1.0, 1.0), "q2": (1.0, 1.0), "q3": (2.0, 2.0)},
    "b": {"q1": (1.0, 1.0), "q2": (0.0, 1.0), "q3": (1.0, 2.0)},
    "c": {"q1": (0.0, 1.0), "q2": (1.0, 1.0), "q3": (0.0, 2.0)},
    "d": {"q1": (0.0, 1.0), "q2": (0.0, 1.0), "q3": (0.0, 2.0)},
}


def test_facility_and_discrimination_indices_against_hand_computed_values():
    result = statistics.item_analysis(MARKS)
    # Facility: the mean of mark / maximum, in per cent.
    assert result["q1"]["facility"] == pytest.approx(50.0)  # (1 + 1 + 0 + 0) / 4
    assert result["q2"]["facility"] == pytest.approx(50.0)
    assert result["q3"]["facility"] == pytest.approx(37.5)  # (1 + 0.5 + 0 + 0) / 4
    # q1: x = (1, 1, 0, 0), rest of the quiz y = (3, 1, 1, 0); means 0.5 and 1.25.
    #   Σ(x - x̄)(y - ȳ) = 0.5·1.75 + 0.5·(-0.25) - 0.5·(-0.25) - 0.5·(-1.25) = 1.5
    #   Σ(x - x̄)² = 1,  Σ(y - ȳ)² = 3.0625 + 0.0625 + 0.0625 + 1.5625 = 4.75
    #   D = 100 · 1.5 / sqrt(1 · 4.75) = 68.825...
    assert result["q1"]["discrimination"] == pytest.approx(100 * 1.5 / math.sqrt(4.75))
    assert result["q1"]["discrimination"] == pytest.approx(68.82, abs=0.01)
    # q2: x = (1, 0, 1, 0), y = (3, 2, 0, 0); means 0.5 and 1.25.
    #   Σ(x - x̄)(y - ȳ) = 0.5·1.75 - 0.5·0.75 + 0.5·(-1.25) - 0.5·(-1.25) = 0.5
    #   Σ(x - x̄)² = 1,  Σ(y - ȳ)² = 3.0625 + 0.5625 + 1.5625 + 1.5625 = 6.75
    assert result["q2"]["discrimination"] == pytest.approx(100 * 0.5 / math.sqrt(6.75))
    assert result["q2"]["discrimination"] == pytest.approx(19.25, abs=0.01)
    # q3: x = (2, 1, 0, 0), y = (2, 1, 1, 0); means 0.75 and 1.
    #   Σ(x - x̄)(y - ȳ) = 1.25·1 + 0.25·0 - 0.75·0 - 0.75·(-1) = 2
    #   Σ(x - x̄)² = 1.5625 + 0.0625 + 0.5625 + 0.5625 = 2.75,  Σ(y - ȳ)² = 2
    assert result["q3"]["discrimination"] == pytest.approx(100 * 2 / math.sqrt(2.75 * 2))
    assert result["q3"]["discrimination"] == pytest.approx(85.28, abs=0.01)
    assert {question: values["count"] for question, values in result.items()} == {"q1": 4, "q2": 4, "q3": 4}


def test_the_discrimination_index_is_empty_without_variance_or_with_one_attempt():
    same = {"a": {"q": (1.0, 1.0), "r": (1.0, 1.0)}, "b": {"q": (1.0, 1.0), "r": (0.0, 1.0)}}
    assert statistics.item_analysis(same)["q"]["discrimination"] is None  # everyone got q right
    assert statistics.item_analysis({"a": {"q": (1.0, 1.0)}})["q"]["discrimination"] is None
    assert statistics.item_analysis({"a": {"q": (1.0, 1.0)}})["q"]["facility"] == 100


def test_a_question_that_weak_learners_get_right_has_a_negative_index():
    marks = {
        "strong": {"odd": (0.0, 1.0), "a": (1.0, 1.0), "b": (1.0, 1.0)},
        "middle": {"odd": (0.0, 1.0), "a": (1.0, 1.0), "b": (0.0, 1.0)},
        "weak": {"odd": (1.0, 1.0), "a": (0.0, 1.0), "b": (0.0, 1.0)},
    }
    assert statistics.item_analysis(marks)["odd"]["discrimination"] < 0


def test_the_distribution_has_ten_bands_and_puts_100_in_the_last():
    bands = statistics.grade_distribution([0, 9.99, 10, 55, 99.5, 100])
    assert [(band["from"], band["to"]) for band in bands][:2] == [(0, 10), (10, 20)]
    assert [band["count"] for band in bands] == [2, 1, 0, 0, 0, 1, 0, 0, 0, 2]


def test_the_attempts_that_count_follow_the_grading_method():
    attempts = [(1, "u", 1, 40.0), (2, "u", 2, 90.0), (3, "u", 3, 60.0), (4, "v", 1, 70.0), (5, "v", 2, 70.0)]
    ids = {
        method: sorted(a[0] for a in statistics.graded_attempts(attempts, method))
        for method in ("highest", "first", "last", "average")
    }
    assert ids == {"highest": [2, 4], "first": [1, 4], "last": [3, 5], "average": [1, 2, 3, 4, 5]}


@pytest.mark.django_db
def test_the_background_task_stores_the_statistics_with_the_time(course_tree, settings):
    quiz = course_tree["quiz"]
    for number, correct in enumerate((True, False, True)):
        user = UserFactory(username=f"hoc-vien-{number}")
        attempt = engine.start_or_resume(user, quiz, seed=number)
        for slot in attempt.slots.all():
            if slot.question_type in ("single", "true_false"):
                chosen = [o["id"] for o in slot.snapshot["options"] if o["is_correct"] == correct][:1]
                slot.response = {"choices": chosen}
                slot.save()
        engine.finalise(attempt, Attempt.FinishReason.SUBMITTED)
    Attempt.objects.update(needs_marking=False)
    record, queued = statistics.request_statistics(quiz.translation_key)
    assert queued
    # The test settings run "background" tasks in the database; run the task's work here.
    record = statistics.compute_and_store(quiz.translation_key)
    assert record.computed_at is not None and record.data["attempts"] == 3
    single = next(q for q in record.data["questions"] if q["type"] == "single")
    assert single["count"] == 3 and single["facility"] == pytest.approx(200 / 3)
    # Fresh statistics are not computed again; forced ones are.
    assert statistics.request_statistics(quiz.translation_key) == (QuizStatistics.objects.get(), False)
    _record, queued = statistics.request_statistics(quiz.translation_key, force=True)
    assert queued


def test_marks_are_decimals_in_the_database_and_floats_in_the_analysis():
    assert statistics.item_analysis({"a": {"q": (float(Decimal("0.5")), 1.0)}})["q"]["facility"] == 50
