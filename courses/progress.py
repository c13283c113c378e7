"""
Enrolment and progress: enrolling, lessons read, the state of a learner's
quiz, and whether a course is completed by its rule.

Each function here costs a fixed number of queries, whatever the number of
courses, questions or attempts, because the course, lesson and quiz pages
call them on every view by a signed-in learner.
"""

from dataclasses import dataclass, field

from django.db import IntegrityError, transaction
from django.utils import timezone

from .models import Attempt, CoursePage, Enrolment, LessonPage, LessonRead, QuizOverride, QuizPage
from .posts import snapshot_post
from .scoring import quiz_grade


def enrol(user, course, *, source=Enrolment.Source.SELF, assignment=None, due_date=None):
    """
    The learner's enrolment in `course` (in any of its languages), made now
    if there is none, with their post as it is today. An existing enrolment
    keeps its post; an assignment gives it its due date if it had none or a
    later one.
    """
    enrolment = Enrolment.objects.filter(user=user, course_key=course.translation_key).first()
    if enrolment is None:
        try:
            with transaction.atomic():
                enrolment = Enrolment.objects.create(
                    user=user,
                    course=course,
                    course_key=course.translation_key,
                    course_title=course.title,
                    source=source,
                    assignment=assignment,
                    due_date=due_date,
                    **snapshot_post(user),
                )
        except IntegrityError:  # enrolled at the same moment in another request
            enrolment = Enrolment.objects.get(user=user, course_key=course.translation_key)
    elif due_date is not None and (enrolment.due_date is None or due_date < enrolment.due_date):
        enrolment.due_date = due_date
        enrolment.assignment = assignment
        enrolment.source = source
        enrolment.save(update_fields=["due_date", "assignment", "source"])
    return enrolment


def mark_lesson_read(user, lesson, now=None):
    """Record that `user` read `lesson` (enrolling them in its course), then check completion."""
    course = lesson.course
    enrolment = enrol(user, course)
    LessonRead.objects.get_or_create(
        enrolment=enrolment,
        lesson_key=lesson.translation_key,
        defaults={"lesson": lesson, "read_at": now or timezone.now()},
    )
    update_completion(enrolment, course, now=now)
    return enrolment


def lesson_state(user, lesson):
    """{"enrolment", "read"} for a signed-in learner on a lesson page: one query."""
    read = (
        LessonRead.objects.filter(
            enrolment__user=user,
            enrolment__course_key=lesson.course.translation_key,
            lesson_key=lesson.translation_key,
        )
        .select_related("enrolment")
        .first()
    )
    return {"read": read is not None, "read_at": read.read_at if read else None}


@dataclass
class QuizState:
    """A learner's standing on one quiz, for the quiz page, "My learning" and the attempt views."""

    quiz: QuizPage
    attempts: list = field(default_factory=list)
    override: QuizOverride | None = None
    now: object = None

    @property
    def finished(self):
        return [attempt for attempt in self.attempts if attempt.is_finished(self.now)]

    @property
    def open_attempt(self):
        return next((attempt for attempt in self.attempts if not attempt.is_finished(self.now)), None)

    @property
    def attempts_allowed(self):
        """None for no limit."""
        if not self.quiz.attempts_allowed:
            return None
        return self.quiz.attempts_allowed + (self.override.extra_attempts if self.override else 0)

    @property
    def attempts_left(self):
        allowed = self.attempts_allowed
        return None if allowed is None else max(0, allowed - len(self.attempts))

    @property
    def extra_minutes(self):
        return self.override.extra_minutes if self.override else 0

    @property
    def time_limit_minutes(self):
        if not self.quiz.time_limit_minutes:
            return None
        return self.quiz.time_limit_minutes + self.extra_minutes

    @property
    def grade(self):
        return quiz_grade([attempt.percent for attempt in self.finished], self.quiz.grading_method)

    @property
    def passed(self):
        grade = self.grade
        return grade is not None and grade >= self.quiz.pass_mark

    @property
    def can_start(self):
        return self.open_attempt is None and (self.attempts_left is None or self.attempts_left > 0)

    @property
    def review_later(self):
        """Whether the "later" review options apply: passed, or no attempt left."""
        return self.passed or self.attempts_left == 0


def quiz_state(user, quiz, now=None):
    """The learner's QuizState: two queries, whatever the number of attempts. Finalises attempts past their time."""
    from .attempts import finalise

    now = now or timezone.now()
    attempts = list(Attempt.objects.filter(user=user, quiz_key=quiz.translation_key).order_by("number"))
    for attempt in attempts:
        if attempt.state == Attempt.State.IN_PROGRESS and attempt.is_time_up(now):
            finalise(attempt, Attempt.FinishReason.TIME_UP, now=now)
    override = QuizOverride.objects.filter(user=user, quiz_key=quiz.translation_key).first()
    return QuizState(quiz=quiz, attempts=attempts, override=override, now=now)


def course_progress(user, course, lessons, quizzes):
    """
    The learner's enrolment in `course`, the lessons they read and their
    standing on each quiz, for the course page: a fixed number of queries.
    """
    enrolment = Enrolment.objects.filter(user=user, course_key=course.translation_key).first()
    read = set()
    grades = {}
    if enrolment is not None:
        read = set(enrolment.lessons_read.values_list("lesson_key", flat=True))
        grades = quiz_grades(user, quizzes)
    return {
        "enrolment": enrolment,
        "read": read,
        "lessons": [(lesson, lesson.translation_key in read) for lesson in lessons],
        "quizzes": [(quiz, grades.get(quiz.translation_key)) for quiz in quizzes],
        "lessons_read": sum(1 for lesson in lessons if lesson.translation_key in read),
    }


def quiz_grades(user, quizzes, now=None):
    """{quiz_key: (grade or None, passed)} for `quizzes`, from one query over the learner's attempts."""
    now = now or timezone.now()
    by_key = {quiz.translation_key: quiz for quiz in quizzes}
    percents = {key: [] for key in by_key}
    attempts = Attempt.objects.filter(user=user, quiz_key__in=by_key).order_by("number")
    for attempt in attempts.only("quiz_key", "percent", "state", "deadline", "number"):
        if attempt.is_finished(now):
            percents[attempt.quiz_key].append(attempt.percent)
    results = {}
    for key, quiz in by_key.items():
        grade = quiz_grade(percents[key], quiz.grading_method)
        results[key] = (grade, grade is not None and grade >= quiz.pass_mark)
    return results


def update_completion(enrolment, course=None, now=None):
    """
    Mark the enrolment completed if the course's rule holds now (its lessons
    read, its quizzes passed); a completed enrolment stays completed.
    Returns whether it is completed.
    """
    if enrolment.completed_at is not None:
        return True
    course = course or enrolment.course or CoursePage.objects.filter(translation_key=enrolment.course_key).first()
    if course is None:
        return False
    rule = course.completion_rule
    lessons = list(LessonPage.objects.live().child_of(course).values_list("translation_key", flat=True))
    quizzes = list(QuizPage.objects.live().child_of(course).specific())
    needs_lessons = rule in (CoursePage.CompletionRule.LESSONS, CoursePage.CompletionRule.LESSONS_AND_QUIZZES)
    needs_quizzes = rule in (CoursePage.CompletionRule.QUIZZES, CoursePage.CompletionRule.LESSONS_AND_QUIZZES)
    if (needs_lessons and not lessons) and (needs_quizzes and not quizzes):
        return False
    if needs_lessons:
        read = set(enrolment.lessons_read.values_list("lesson_key", flat=True))
        if not set(lessons) <= read:
            return False
    if needs_quizzes and quizzes:
        grades = quiz_grades(enrolment.user, quizzes, now=now)
        if not all(passed for _grade, passed in grades.values()):
            return False
    enrolment.completed_at = now or timezone.now()
    enrolment.save(update_fields=["completed_at"])
    from .certificates import issue_certificate

    issue_certificate(enrolment, course)
    return True
