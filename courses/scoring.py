"""
Scoring: how one answer to one question is marked, and how a learner's
attempts at a quiz make one grade. Pure functions of plain data (a question's
snapshot, a response), so that they can be tested without a database and
reused to regrade.

A question's `fraction` is between 0 and 1; its mark is the fraction times
the question's mark. Essays are not scored here: they wait for a trainer.
"""

from decimal import ROUND_HALF_UP, Decimal

from safereturn.base.search import fold

ZERO = Decimal("0")
ONE = Decimal("1")
FRACTION_PLACES = Decimal("0.00001")


def normalise_answer(text, *, ignore_case=True, ignore_diacritics=False):
    """
    A short answer as it is compared: spaces collapsed, and, as the question
    says, upper and lower case and Vietnamese marks (with đ/d) made equal.
    """
    text = " ".join(str(text or "").split())
    if ignore_diacritics:
        folded = fold(text)  # lower-cases too
        return folded if ignore_case else _restore_case(text, folded)
    return text.casefold() if ignore_case else text


def _restore_case(original, folded):
    # fold() lower-cases as it strips marks; put the original case back letter by letter.
    return "".join(f.upper() if o.isupper() else f for o, f in zip(original, folded, strict=False))


def fraction_for(snapshot, response):
    """
    The fraction (0 to 1) `response` earns on the question of `snapshot`, or
    None for an essay (marked by a person). A missing answer earns 0.
    """
    kind = snapshot["type"]
    if kind == "essay":
        return None
    options = snapshot["options"]
    response = response or {}
    if kind in ("single", "true_false"):
        chosen = response.get("choices") or []
        correct = {option["id"] for option in options if option["is_correct"]}
        return ONE if len(chosen) == 1 and chosen[0] in correct else ZERO
    if kind == "multiple":
        return _multiple_fraction(snapshot, set(response.get("choices") or []))
    if kind == "short":
        return ONE if matched_option(snapshot, response.get("text", ""), correct=True) else ZERO
    raise ValueError(f"Unknown question type {kind!r}")


def _multiple_fraction(snapshot, chosen):
    """
    Partial credit: each correct option chosen earns its weight's share of
    the credit of all correct options; each wrong option chosen takes away
    `penalty` of the whole mark. Never below 0 or above 1.
    """
    options = snapshot["options"]
    correct_weights = {option["id"]: Decimal(option["weight"]) for option in options if option["is_correct"]}
    total = sum(correct_weights.values(), ZERO)
    if total <= 0:
        return ZERO
    earned = sum((weight for option_id, weight in correct_weights.items() if option_id in chosen), ZERO) / total
    wrong = sum(1 for option in options if not option["is_correct"] and option["id"] in chosen)
    fraction = earned - Decimal(snapshot.get("penalty") or "0") * wrong
    return min(ONE, max(ZERO, fraction)).quantize(FRACTION_PLACES, rounding=ROUND_HALF_UP)


def matched_option(snapshot, text, correct=None):
    """The option a short answer matches (only the correct ones if `correct`), or None."""
    options = {
        "ignore_case": snapshot.get("ignore_case", True),
        "ignore_diacritics": snapshot.get("ignore_diacritics"),
    }
    given = normalise_answer(text, **options)
    if not given:
        return None
    for option in snapshot["options"]:
        if correct is not None and option["is_correct"] != correct:
            continue
        if normalise_answer(option["text"], **options) == given:
            return option
    return None


def mark_for(snapshot, fraction):
    if fraction is None:
        return None
    return (Decimal(snapshot["mark"]) * fraction).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)


def percent(score, max_score):
    if not max_score:
        return Decimal("0.00")
    return (Decimal(score) * 100 / Decimal(max_score)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def quiz_grade(percents, method):
    """
    One grade (a percentage) from the percentages of a learner's finished
    attempts, oldest first, by the quiz's grading method; None without any.
    """
    percents = [Decimal(value) for value in percents if value is not None]
    if not percents:
        return None
    if method == "highest":
        return max(percents)
    if method == "last":
        return percents[-1]
    if method == "first":
        return percents[0]
    if method == "average":
        return (sum(percents) / len(percents)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    raise ValueError(f"Unknown grading method {method!r}")
