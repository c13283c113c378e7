"""
Scoring of every question type (partial credit, penalties, short answers compared with and without case and
marks) and every grading method, on plain snapshots: what an attempt keeps of each question.
"""

from decimal import Decimal

import pytest

from courses.scoring import fraction_for, mark_for, normalise_answer, percent, quiz_grade


def snapshot(kind, options, mark="2", penalty="0", **extra):
    return {
        "type": kind,
        "mark": mark,
        "penalty": penalty,
        "ignore_case": extra.get("ignore_case", True),
        "ignore_diacritics": extra.get("ignore_diacritics", False),
        "options": [
            {"id": index + 1, "text": text, "is_correct": correct, "weight": str(weight), "feedback": ""}
            for index, (text, correct, weight) in enumerate(options)
        ],
    }


SINGLE = snapshot("single", [("Ủy ban nhân dân cấp xã", True, 1), ("Tòa án", False, 1)])
TRUE_FALSE = snapshot("true_false", [("Đúng", True, 1), ("Sai", False, 1)])
# Three correct options of weights 2, 1, 1 and two wrong ones.
MULTIPLE = snapshot(
    "multiple", [("a", True, 2), ("b", True, 1), ("c", True, 1), ("x", False, 1), ("y", False, 1)], penalty="0.25"
)


@pytest.mark.parametrize(
    ("question", "choices", "expected"),
    [
        (SINGLE, [1], "1"),
        (SINGLE, [2], "0"),
        (SINGLE, [], "0"),
        (TRUE_FALSE, [1], "1"),
        (TRUE_FALSE, [2], "0"),
        (MULTIPLE, [1, 2, 3], "1"),
        (MULTIPLE, [1], "0.5"),  # weight 2 of 4
        (MULTIPLE, [2, 3], "0.5"),
        (MULTIPLE, [1, 2], "0.75"),
        (MULTIPLE, [1, 2, 3, 4], "0.75"),  # one wrong option takes 0.25 of the mark away
        (MULTIPLE, [1, 4, 5], "0"),  # 0.5 - 2 × 0.25
        (MULTIPLE, [4, 5], "0"),  # never below 0
        (MULTIPLE, [], "0"),
    ],
)
def test_choice_questions(question, choices, expected):
    assert fraction_for(question, {"choices": choices}) == Decimal(expected)


def test_without_a_penalty_ticking_everything_earns_the_correct_options_credit():
    question = {**MULTIPLE, "penalty": "0"}
    assert fraction_for(question, {"choices": [1, 2, 3, 4, 5]}) == Decimal("1")


def test_a_mark_is_the_fraction_of_the_questions_mark():
    assert mark_for(MULTIPLE, Decimal("0.75")) == Decimal("1.500")
    assert mark_for({"mark": "1", "type": "essay"}, None) is None


@pytest.mark.parametrize(
    ("ignore_case", "ignore_diacritics", "answer", "accepted"),
    [
        (True, False, "  Cơ Sở  trợ giúp xã hội ", True),
        (True, False, "co so tro giup xa hoi", False),
        (True, True, "co so tro giup xa hoi", True),
        (True, True, "CO SO TRO GIUP XA HOI", True),
        (False, False, "Cơ sở trợ giúp xã hội", False),
        (False, False, "cơ sở trợ giúp xã hội", True),
        (False, True, "co so tro giup xa hoi", True),
        (False, True, "Co so tro giup xa hoi", False),
        (True, True, "đ", False),
        (True, True, "", False),
    ],
)
def test_short_answers_fold_case_and_marks_as_the_question_says(ignore_case, ignore_diacritics, answer, accepted):
    question = snapshot(
        "short",
        [("cơ sở trợ giúp xã hội", True, 1), ("nhà tạm lánh", False, 1)],
        ignore_case=ignore_case,
        ignore_diacritics=ignore_diacritics,
    )
    assert fraction_for(question, {"text": answer}) == (Decimal("1") if accepted else Decimal("0"))


def test_d_with_stroke_folds_to_d():
    assert normalise_answer("Đường dây nóng", ignore_diacritics=True) == "duong day nong"
    question = snapshot("short", [("Đường dây nóng 111", True, 1)], ignore_diacritics=True)
    assert fraction_for(question, {"text": "duong day nong 111"}) == Decimal("1")


def test_a_wrong_short_answer_matching_an_anticipated_one_still_earns_nothing():
    question = snapshot("short", [("cơ sở trợ giúp xã hội", True, 1), ("nhà tạm lánh", False, 1)])
    assert fraction_for(question, {"text": "nhà tạm lánh"}) == Decimal("0")


def test_an_essay_is_not_scored_automatically():
    assert fraction_for(snapshot("essay", []), {"text": "Một bài viết."}) is None


def test_percent():
    assert percent(Decimal("3.5"), Decimal("5")) == Decimal("70.00")
    assert percent(Decimal("0"), Decimal("0")) == Decimal("0.00")


@pytest.mark.parametrize(
    ("method", "expected"),
    [("highest", "90"), ("last", "70"), ("first", "40"), ("average", "66.67")],
)
def test_grading_methods(method, expected):
    assert quiz_grade([Decimal("40"), Decimal("90"), Decimal("70")], method) == Decimal(expected)


def test_no_finished_attempt_no_grade():
    assert quiz_grade([], "highest") is None
    assert quiz_grade([None], "average") is None
