"""
Training reports: per course, how many learners enrolled, completed and
passed, and how many assigned learners are overdue, by agency and
administrative unit as they were at enrolment (the enrolment's snapshot of
the learner's post, posts.py); the essays awaiting marking.

`course_report` reads two lists (enrolments, and finished attempts with
their grades) and counts in Python: a fixed number of queries, whatever the
number of learners (bench/courses_reports.py measures it for 5,000 learners
and 50,000 attempts).

Pass rate: among the learners who finished at least one attempt at a quiz
of the course, the share whose grade (by each quiz's grading method)
reaches its pass mark on every quiz they attempted.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils import timezone

from .models import Attempt, CoursePage, Enrolment, QuizPage
from .scoring import quiz_grade


@dataclass
class ReportRow:
    agency: str
    unit: str
    enrolled: int = 0
    completed: int = 0
    attempted: int = 0
    passed: int = 0
    assigned: int = 0
    overdue: int = 0
    keys: tuple = field(default=(), repr=False)

    @property
    def pass_rate(self):
        """Per cent, or None when nobody attempted a quiz."""
        return round(100 * self.passed / self.attempted, 1) if self.attempted else None

    @property
    def completion_rate(self):
        return round(100 * self.completed / self.enrolled, 1) if self.enrolled else None


def quiz_rules(course_key):
    """{quiz key: (grading method, pass mark)} of the course's quizzes, in any language (the first found)."""
    rules = {}
    courses = CoursePage.objects.filter(translation_key=course_key)
    for course in courses:
        for quiz in QuizPage.objects.child_of(course).only("translation_key", "grading_method", "pass_mark"):
            rules.setdefault(quiz.translation_key, (quiz.grading_method, quiz.pass_mark))
    return rules


def course_report(course_key, today=None):
    """(total ReportRow, [ReportRow by agency and unit, largest first])."""
    today = today or timezone.localdate()
    rules = quiz_rules(course_key)
    groups = {}
    group_of = {}
    enrolments = Enrolment.objects.filter(course_key=course_key).values_list(
        "pk",
        "agency_id",
        "agency_name",
        "administrative_unit_id",
        "administrative_unit_name",
        "completed_at",
        "due_date",
    )
    for pk, agency_id, agency_name, unit_id, unit_name, completed_at, due_date in enrolments.iterator(chunk_size=5000):
        key = (agency_id, agency_name, unit_id, unit_name)
        row = groups.get(key)
        if row is None:
            row = groups[key] = ReportRow(agency=agency_name, unit=unit_name, keys=key)
        group_of[pk] = row
        row.enrolled += 1
        if completed_at is not None:
            row.completed += 1
        if due_date is not None:
            row.assigned += 1
            if completed_at is None and due_date < today:
                row.overdue += 1
    percents = defaultdict(list)
    attempts = Attempt.objects.filter(enrolment__course_key=course_key, state=Attempt.State.FINISHED).order_by(
        "enrolment_id", "quiz_key", "number"
    )
    for enrolment_id, quiz_key, percent, rules_json in attempts.values_list(
        "enrolment_id", "quiz_key", "percent", "rules__pass_mark"
    ).iterator(chunk_size=10000):
        percents[(enrolment_id, quiz_key)].append(percent)
        if quiz_key not in rules:
            rules[quiz_key] = ("highest", Decimal(rules_json or "0"))
    passed_all = {}
    for (enrolment_id, quiz_key), values in percents.items():
        method, pass_mark = rules[quiz_key]
        grade = quiz_grade(values, method)
        passed = grade is not None and grade >= pass_mark
        passed_all[enrolment_id] = passed_all.get(enrolment_id, True) and passed
    for enrolment_id, passed in passed_all.items():
        row = group_of.get(enrolment_id)
        if row is None:
            continue
        row.attempted += 1
        row.passed += int(passed)
    rows = sorted(groups.values(), key=lambda row: (-row.enrolled, row.agency, row.unit))
    total = ReportRow(agency="", unit="")
    for row in rows:
        for name in ("enrolled", "completed", "attempted", "passed", "assigned", "overdue"):
            setattr(total, name, getattr(total, name) + getattr(row, name))
    return total, rows


def report_table(rows, labels):
    """Header and rows of a course report for the exports (exports.py)."""
    header = [str(label) for label in labels]
    body = [
        [
            row.agency,
            row.unit,
            row.enrolled,
            row.completed,
            row.attempted,
            row.passed,
            row.pass_rate,
            row.assigned,
            row.overdue,
        ]
        for row in rows
    ]
    return header, body
