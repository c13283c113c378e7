"""
Quiz statistics: the distribution of grades and the item analysis of each
question, as Moodle's quiz statistics report computes them, over the
attempts that count for each learner's grade (the quiz's grading method:
the highest, first or last attempt, or every attempt for "average"; Moodle
calls these "all graded attempts"). Attempts with an essay still to mark are
left out until it is marked.

`item_analysis` and `grade_distribution` are pure functions of plain numbers
(tested against values computed by hand); `compute` reads the database and
is run by the background task (tasks.py), which stores its result with the
time it was computed (QuizStatistics).
"""

import math
import statistics as stats
import time
from collections import defaultdict
from decimal import Decimal

from django.db.models import Max
from django.utils import timezone

from .models import Attempt, AttemptSlot, QuizPage, QuizStatistics

BANDS = 10  # 0–10 %, 10–20 %, ... 90–100 %


def item_analysis(marks_by_attempt):
    """
    Per question, from `marks_by_attempt` = {attempt: {question: (mark,
    max mark)}}: how many attempts answered it, its facility index and its
    discrimination index.

    Facility index (Moodle's "facility"): the mean mark on the question as a
    percentage of its maximum: F = 100 · mean(x_i / max_i).

    Discrimination index (Moodle's "discriminationindex", in
    question/classes/statistics/questions/calculator.php): the correlation,
    in per cent, between the mark on this question and the mark on the rest
    of the quiz, over the n attempts that include the question:

        x_i = the mark on the question in attempt i
        y_i = the attempt's total mark minus x_i   ("other mark")
        D   = 100 · Cov(x, y) / sqrt(Var(x) · Var(y))

    with the sample covariance and variances (dividing by n - 1, which cancels
    out). It is left empty (None) with fewer than two attempts, or when
    every attempt has the same mark on the question or on the rest of the
    quiz (a variance of 0), as Moodle does. Above 30 % a question tells good
    learners from weak ones well; below 0 it does the opposite.
    """
    totals = {attempt: sum(mark for mark, _maximum in marks.values()) for attempt, marks in marks_by_attempt.items()}
    columns = defaultdict(lambda: ([], [], []))  # question -> (x, y, x / max)
    for attempt, marks in marks_by_attempt.items():
        for question, (mark, maximum) in marks.items():
            xs, ys, fractions = columns[question]
            xs.append(mark)
            ys.append(totals[attempt] - mark)
            fractions.append(mark / maximum if maximum else 1.0)
    results = {}
    for question, (xs, ys, fractions) in columns.items():
        count = len(xs)
        facility = 100 * sum(fractions) / count if count else None
        discrimination = None
        if count > 1:
            mean_x, mean_y = sum(xs) / count, sum(ys) / count
            covariance = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / (count - 1)
            variance_x = sum((x - mean_x) ** 2 for x in xs) / (count - 1)
            variance_y = sum((y - mean_y) ** 2 for y in ys) / (count - 1)
            if variance_x * variance_y > 0:
                discrimination = 100 * covariance / math.sqrt(variance_x * variance_y)
        results[question] = {"count": count, "facility": facility, "discrimination": discrimination}
    return results


def grade_distribution(percents, bands=BANDS):
    """[{"from", "to", "count"}] of `percents` (0–100) in `bands` equal bands; 100 % falls in the last one."""
    width = 100 / bands
    counts = [0] * bands
    for value in percents:
        index = min(bands - 1, max(0, int(float(value) // width)))
        counts[index] += 1
    return [
        {"from": round(index * width), "to": round((index + 1) * width), "count": count}
        for index, count in enumerate(counts)
    ]


def graded_attempts(attempts, method):
    """
    The attempts that count for the grade, from (id, user, number, percent)
    tuples: each learner's highest (the earliest of equal ones), first or last
    attempt, or all of them for "average".
    """
    if method == QuizPage.GradingMethod.AVERAGE:
        return list(attempts)
    chosen = {}
    for attempt in attempts:
        _pk, user, number, percent = attempt
        current = chosen.get(user)
        if current is None:
            chosen[user] = attempt
        elif method == QuizPage.GradingMethod.FIRST:
            if number < current[2]:
                chosen[user] = attempt
        elif method == QuizPage.GradingMethod.LAST:
            if number > current[2]:
                chosen[user] = attempt
        elif percent > current[3] or (percent == current[3] and number < current[2]):
            chosen[user] = attempt
    return list(chosen.values())


def compute(quiz_key):
    """The statistics of the quiz `quiz_key` (in every language) as plain data for QuizStatistics.data."""
    quiz = QuizPage.objects.filter(translation_key=quiz_key).order_by("pk").first()
    method = quiz.grading_method if quiz else QuizPage.GradingMethod.HIGHEST
    finished = Attempt.objects.filter(quiz_key=quiz_key, state=Attempt.State.FINISHED, needs_marking=False)
    attempts = [
        (pk, user, number, float(percent or 0))
        for pk, user, number, percent in finished.values_list("pk", "user_id", "number", "percent").iterator(
            chunk_size=5000
        )
    ]
    counted = graded_attempts(attempts, method)
    counted_ids = {attempt[0] for attempt in counted}
    marks_by_attempt = defaultdict(dict)
    slots = AttemptSlot.objects.filter(
        attempt__quiz_key=quiz_key, attempt__state=Attempt.State.FINISHED, attempt__needs_marking=False
    )
    maxima = _question_facts(quiz_key)
    for attempt_id, question_key, mark in slots.values_list("attempt_id", "question_key", "mark").iterator(
        chunk_size=20000
    ):
        if attempt_id in counted_ids:
            maximum = maxima.get(question_key, {}).get("max_mark", 1.0)
            marks_by_attempt[attempt_id][question_key] = (float(mark or 0), maximum)
    analysis = item_analysis(marks_by_attempt)
    percents = [attempt[3] for attempt in counted]
    questions = []
    for key, facts in maxima.items():
        result = analysis.get(key, {"count": 0, "facility": None, "discrimination": None})
        questions.append({"key": str(key), **facts, **result})
    questions.sort(key=lambda question: question["first_position"])
    return {
        "grading_method": method,
        "attempts": len(attempts),
        "counted": len(counted),
        "learners": len({attempt[1] for attempt in attempts}),
        "mean": round(stats.fmean(percents), 2) if percents else None,
        "median": round(stats.median(percents), 2) if percents else None,
        "distribution": grade_distribution(percents),
        "questions": questions,
    }


def _question_facts(quiz_key):
    """{question key: title, type, max mark, position} from the latest slot of each question of the quiz."""
    latest = (
        AttemptSlot.objects.filter(attempt__quiz_key=quiz_key)
        .values("question_key")
        .annotate(last=Max("pk"))
        .values_list("last", flat=True)
    )
    facts = {}
    for slot in AttemptSlot.objects.filter(pk__in=list(latest)).only("question_key", "snapshot", "position"):
        facts[slot.question_key] = {
            "title": slot.snapshot.get("title", ""),
            "type": slot.snapshot.get("type", ""),
            "max_mark": float(Decimal(slot.snapshot.get("mark", "1"))),
            "first_position": slot.position,
        }
    return facts


def compute_and_store(quiz_key):
    """Compute the statistics and store them with the time (the background task's work)."""
    started = time.monotonic()
    data = compute(quiz_key)
    quiz = QuizPage.objects.filter(translation_key=quiz_key).order_by("pk").first()
    record, _created = QuizStatistics.objects.update_or_create(
        quiz_key=quiz_key,
        defaults={
            "quiz_title": quiz.title if quiz else "",
            "data": data,
            "computed_at": timezone.now(),
            "seconds": round(time.monotonic() - started, 3),
        },
    )
    return record


def request_statistics(quiz_key, force=False, now=None):
    """
    The stored statistics of the quiz, queueing a new computation when there
    are none, when they are older than COURSES_STATISTICS_MAX_AGE_SECONDS, or
    when `force`, unless one is already queued. Returns (record, queued).
    """
    from django.conf import settings

    from .tasks import compute_quiz_statistics

    now = now or timezone.now()
    record, _created = QuizStatistics.objects.get_or_create(quiz_key=quiz_key)
    max_age = settings.COURSES_STATISTICS_MAX_AGE_SECONDS
    stale = record.computed_at is None or (now - record.computed_at).total_seconds() > max_age
    pending = record.requested_at is not None and (
        record.computed_at is None or record.requested_at > record.computed_at
    )
    if pending and (now - record.requested_at).total_seconds() > max_age:
        pending = False  # a request that never ran (no worker then): ask again
    if (stale or force) and not pending:
        QuizStatistics.objects.filter(pk=record.pk).update(requested_at=now)
        record.requested_at = now
        compute_quiz_statistics.enqueue(str(quiz_key))
        return record, True
    return record, pending
