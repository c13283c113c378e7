"""
What a learner sees of a submitted attempt: the result always, and the rest
as the quiz's review options allow at that moment ("right after", or
"later": once they have passed or have no attempt left).
"""

from decimal import Decimal

from .models import QuestionCategory
from .scoring import matched_option


def attempt_review(attempt, state):
    quiz = attempt.quiz
    later = bool(state and state.review_later)
    options = (
        quiz.review_options(later) if quiz else dict.fromkeys(("correctness", "marks", "feedback", "answers"), False)
    )
    slots = list(attempt.slots.all())
    questions = [review_item(slot, options) for slot in slots]
    return {
        "attempt": attempt,
        "quiz": quiz,
        "state": state,
        "show": options,
        "questions": questions,
        "overall_feedback": quiz.feedback_for(attempt.percent) if quiz else "",
        "outcome_text": (quiz.success_text if attempt.passed else quiz.fail_text)
        if quiz and attempt.passed is not None
        else "",
        "categories": category_scores(slots) if quiz and quiz.show_category_scores else [],
    }


def review_item(slot, show):
    snapshot = slot.snapshot
    kind = snapshot["type"]
    chosen = slot.chosen
    item = {
        "slot": slot,
        "text": snapshot["text"],
        "type": kind,
        "options": [],
        "feedback": [],
        "accepted": [],
        "explanation": "",
        "verdict": None,
        "mark": None,
        "max_mark": None,
    }
    if kind in ("single", "multiple", "true_false"):
        for option in slot.options_in_order():
            item["options"].append(
                {
                    "text": option["text"],
                    "chosen": option["id"] in chosen,
                    "correct": option["is_correct"] if show["answers"] else None,
                }
            )
            if show["feedback"] and option["id"] in chosen and option["feedback"]:
                item["feedback"].append(option["feedback"])
    elif kind == "short":
        if show["feedback"]:
            matched = matched_option(snapshot, slot.text_answer)
            if matched and matched["feedback"]:
                item["feedback"].append(matched["feedback"])
        if show["answers"]:
            item["accepted"] = [option["text"] for option in snapshot["options"] if option["is_correct"]]
    if show["feedback"] and snapshot.get("explanation"):
        item["explanation"] = snapshot["explanation"]
    if show["correctness"]:
        item["verdict"] = verdict(slot)
    if show["marks"]:
        item["mark"] = slot.mark
        item["max_mark"] = slot.max_mark
    return item


def verdict(slot):
    """ "correct", "partial", "wrong", or "pending" (an essay awaiting its mark)."""
    if slot.needs_marking or slot.fraction is None:
        return "pending"
    if slot.fraction >= 1:
        return "correct"
    return "partial" if slot.fraction > 0 else "wrong"


def category_scores(slots):
    """[(category, mark, max mark)] in the order of the categories' first questions."""
    totals = {}
    for slot in slots:
        category_id = slot.snapshot.get("category_id")
        mark, maximum = totals.get(category_id, (Decimal("0"), Decimal("0")))
        totals[category_id] = (mark + (slot.mark or Decimal("0")), maximum + slot.max_mark)
    categories = QuestionCategory.objects.in_bulk([key for key in totals if key])
    return [
        {"category": categories.get(key), "mark": mark, "max_mark": maximum}
        for key, (mark, maximum) in totals.items()
        if categories.get(key)
    ]
