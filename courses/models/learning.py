"""
What learners do: enrolments (with the post they held when they enrolled),
lessons read, assignments, per-learner overrides, quiz attempts and the
answers in them.

Courses, lessons and quizzes are identified by their pages' `translation_key`
(`course_key`, `lesson_key`, `quiz_key`), which every translation of a page
shares: a lesson read in English counts for the Vietnamese course, and
attempts in either language count for one quiz. The foreign keys to pages are
kept for links only and become empty if a page is deleted; the records stay
(reports need them), with the titles they had.
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pages import CoursePage, LessonPage, QuizPage


class Assignment(models.Model):
    """
    A course assigned, with a due date, to one person, to everyone of an
    agency, or to everyone of an administrative unit (and its communes, if
    it is a province). People who join the agency or unit later get it too,
    until the assignment ends (`ends_on`); each person's enrolment is made
    the first time the assignment reaches them (assignments.py).
    """

    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), on_delete=models.CASCADE, related_name="assignments"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="course_assignments",
    )
    agency = models.ForeignKey(
        "organisation.Agency",
        verbose_name=_("everyone of the agency"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="course_assignments",
    )
    administrative_unit = models.ForeignKey(
        "organisation.AdministrativeUnit",
        verbose_name=_("everyone of the administrative unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="course_assignments",
        help_text=_("A province includes the people of its communes."),
    )
    due_date = models.DateField(_("due date"))
    ends_on = models.DateField(
        _("people who join are included until"),
        null=True,
        blank=True,
        help_text=_("After this day, people who join the agency or unit no longer get the course. Empty: always."),
    )
    note = models.TextField(_("note for the learners"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.course} → {self.target_name}"

    def clean(self):
        super().clean()
        targets = [self.user_id, self.agency_id, self.administrative_unit_id]
        if sum(1 for target in targets if target) != 1:
            raise ValidationError(_("Assign the course to one person, one agency or one administrative unit."))
        if self.ends_on and self.ends_on < self.created_at.date():
            raise ValidationError({"ends_on": _("The end cannot be before the assignment is made.")})

    @property
    def target_name(self):
        return str(self.user or self.agency or self.administrative_unit or "")

    def is_active(self, today=None):
        today = today or timezone.localdate()
        return self.ends_on is None or today <= self.ends_on


class QuizOverride(models.Model):
    """
    More time or more attempts on one quiz for one learner (WCAG 2.2.1 asks
    that time limits can be extended). Holds for the quiz in every language.
    """

    quiz = models.ForeignKey(QuizPage, verbose_name=_("quiz"), on_delete=models.CASCADE, related_name="overrides")
    quiz_key = models.UUIDField(editable=False, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="quiz_overrides"
    )
    extra_minutes = models.PositiveIntegerField(_("extra minutes"), default=0)
    extra_attempts = models.PositiveSmallIntegerField(_("extra attempts"), default=0)
    reason = models.CharField(_("reason"), max_length=250, help_text=_("Why, in a few words (never health details)."))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("extra time or attempts")
        verbose_name_plural = _("extra time and attempts")
        constraints = [models.UniqueConstraint(fields=["quiz_key", "user"], name="one_override_per_quiz_and_user")]

    def __str__(self):
        return f"{self.user} · {self.quiz}"

    def save(self, *args, **kwargs):
        self.quiz_key = self.quiz.translation_key
        super().save(*args, **kwargs)

    def validate_unique(self, exclude=None):
        if self.quiz_id:
            self.quiz_key = self.quiz.translation_key
        super().validate_unique(exclude=exclude)


class Enrolment(models.Model):
    """
    A person in a course, from enrolment to completion, with the post they
    held when they enrolled (posts.py): reports count them where they were
    then, whatever post they hold later.
    """

    class Source(models.TextChoices):
        SELF = "self", _("Enrolled themselves")
        ASSIGNED = "assigned", _("Assigned")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("learner"), on_delete=models.CASCADE, related_name="enrolments"
    )
    course = models.ForeignKey(
        CoursePage, verbose_name=_("course"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    course_key = models.UUIDField(db_index=True)
    course_title = models.CharField(_("course title"), max_length=255)
    source = models.CharField(_("how"), max_length=10, choices=Source.choices, default=Source.SELF)
    assignment = models.ForeignKey(
        Assignment, verbose_name=_("assignment"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    enrolled_at = models.DateTimeField(_("enrolled"), default=timezone.now)
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    # The post at enrolment (posts.snapshot_post): ids and names, so that renaming or closing an agency or a
    # unit, or the person moving, changes nothing in past results.
    agency = models.ForeignKey(
        "organisation.Agency", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    agency_name = models.CharField(_("agency"), max_length=200, blank=True)
    administrative_unit = models.ForeignKey(
        "organisation.AdministrativeUnit", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    administrative_unit_name = models.CharField(_("administrative unit"), max_length=160, blank=True)
    position = models.CharField(_("position"), max_length=150, blank=True)
    # The post (accounts' Membership) it was taken from, when there is one. An id, not a foreign key: the
    # record outlives the post.
    membership_id = models.BigIntegerField(null=True, blank=True)
    reminded_before_due = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_overdue = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")
        constraints = [models.UniqueConstraint(fields=["user", "course_key"], name="one_enrolment_per_course")]
        indexes = [models.Index(fields=["due_date", "completed_at"], name="enrolment_due")]

    def __str__(self):
        return f"{self.user} · {self.course_title}"

    def is_overdue(self, today=None):
        today = today or timezone.localdate()
        return self.completed_at is None and self.due_date is not None and self.due_date < today

    def days_left(self, today=None):
        if self.due_date is None:
            return None
        return (self.due_date - (today or timezone.localdate())).days


class LessonRead(models.Model):
    """A lesson a learner marked as read."""

    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lessons_read")
    lesson = models.ForeignKey(LessonPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    lesson_key = models.UUIDField()
    read_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("lesson read")
        verbose_name_plural = _("lessons read")
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson_key"], name="one_read_per_lesson")]

    def __str__(self):
        return f"{self.enrolment_id} · {self.lesson_key}"


class AttemptQuerySet(models.QuerySet):
    def overdue(self, now=None):
        """Attempts still recorded as in progress whose time is up: they count as submitted already."""
        return self.filter(state=Attempt.State.IN_PROGRESS, deadline__lte=now or timezone.now())

    def finished_or_overdue(self, now=None):
        now = now or timezone.now()
        return self.filter(Q(state=Attempt.State.FINISHED) | Q(state=Attempt.State.IN_PROGRESS, deadline__lte=now))


class Attempt(models.Model):
    """
    One attempt at a quiz. Its questions are drawn when it starts and kept in
    its slots, each with the question as it was (AttemptSlot.snapshot), so
    that editing or deleting a question never changes a past result.

    An attempt whose `deadline` has passed counts as submitted everywhere at
    once, whatever its stored state (`is_finished`): the stored state catches
    up when anyone opens it or the timer runs `finalise_overdue_attempts`.
    `version` grows with every change, so that a page from another tab that
    has moved on can be told from the current one.
    """

    class State(models.TextChoices):
        IN_PROGRESS = "in_progress", _("In progress")
        FINISHED = "finished", _("Submitted")

    class FinishReason(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted by the learner")
        TIME_UP = "time_up", _("Submitted when the time was up")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="quiz_attempts")
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="attempts")
    quiz = models.ForeignKey(QuizPage, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    quiz_key = models.UUIDField()
    quiz_title = models.CharField(max_length=255)
    number = models.PositiveSmallIntegerField()
    state = models.CharField(max_length=12, choices=State.choices, default=State.IN_PROGRESS)
    started_at = models.DateTimeField(default=timezone.now)
    deadline = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    finish_reason = models.CharField(max_length=12, choices=FinishReason.choices, blank=True)
    seed = models.BigIntegerField()
    rules = models.JSONField(default=dict)
    page_count = models.PositiveSmallIntegerField(default=1)
    current_page = models.PositiveSmallIntegerField(default=0)
    version = models.PositiveIntegerField(default=0)
    max_score = models.DecimalField(max_digits=8, decimal_places=3, default=Decimal("0"))
    score = models.DecimalField(max_digits=8, decimal_places=3, null=True, blank=True)
    percent = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    needs_marking = models.BooleanField(default=False)
    passed = models.BooleanField(null=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("attempt")
        verbose_name_plural = _("attempts")
        permissions = [
            ("mark_attempt", _("Can mark essays and change marks in the courses they train")),
            ("view_training_reports", _("Can read the reports of the courses they train")),
            ("view_all_training_reports", _("Can read the reports of every course")),
        ]
        constraints = [
            models.UniqueConstraint(fields=["user", "quiz_key", "number"], name="attempt_number_per_quiz_and_user")
        ]
        indexes = [
            models.Index(fields=["user", "quiz_key"], name="attempt_user_quiz"),
            models.Index(fields=["state", "deadline"], name="attempt_state_deadline"),
        ]

    def __str__(self):
        return f"{self.quiz_title} #{self.number}"

    def is_time_up(self, now=None):
        return self.deadline is not None and (now or timezone.now()) >= self.deadline

    def is_finished(self, now=None):
        """Submitted, or past its time (which counts as submitted, stored or not)."""
        return self.state == self.State.FINISHED or self.is_time_up(now)

    def seconds_left(self, now=None):
        if self.deadline is None:
            return None
        return max(0, int((self.deadline - (now or timezone.now())).total_seconds()))

    @property
    def is_sequential(self):
        return self.rules.get("navigation") == QuizPage.Navigation.SEQUENTIAL

    @property
    def feedback_each(self):
        return self.rules.get("feedback_timing") == QuizPage.FeedbackTiming.EACH

    @property
    def pass_mark(self):
        return Decimal(self.rules.get("pass_mark", "0"))


class AttemptSlot(models.Model):
    """
    One question of an attempt: the question as it was when drawn
    (`snapshot`, from `question_revision`), the order its options are shown
    in, the learner's answer as given, and its mark once scored.

    `response` is {"choices": [option ids]} for choice questions and
    {"text": "..."} for short answers and essays; None before any answer.
    """

    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="slots")
    position = models.PositiveSmallIntegerField()
    page = models.PositiveSmallIntegerField()
    question = models.ForeignKey(
        "courses.Question", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    question_key = models.UUIDField()
    question_revision = models.ForeignKey(
        "wagtailcore.Revision", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    snapshot = models.JSONField()
    option_order = models.JSONField(default=list)
    response = models.JSONField(null=True, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    checked = models.BooleanField(default=False)
    fraction = models.DecimalField(max_digits=6, decimal_places=5, null=True, blank=True)
    mark = models.DecimalField(max_digits=8, decimal_places=3, null=True, blank=True)
    needs_marking = models.BooleanField(default=False)
    # Set by a trainer (an essay marked, or any mark overridden: marking.py). Grading leaves such a mark as it
    # is, so a regrade never undoes a trainer's decision; MarkChange keeps the history.
    marked_by_trainer = models.BooleanField(_("marked by a trainer"), default=False)
    comment = models.TextField(_("trainer's comment"), blank=True)
    marked_at = models.DateTimeField(null=True, blank=True)
    # An essay's text is deleted some time after it is marked (`delete_old_essays`); its mark and comment stay.
    text_deleted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["position"]
        constraints = [models.UniqueConstraint(fields=["attempt", "position"], name="slot_position_per_attempt")]
        indexes = [models.Index(fields=["question_key"], name="slot_question_key")]

    def __str__(self):
        return f"{self.attempt_id} · {self.position}"

    @property
    def question_type(self):
        return self.snapshot["type"]

    @property
    def max_mark(self):
        return Decimal(self.snapshot["mark"])

    def options_in_order(self):
        by_id = {option["id"]: option for option in self.snapshot["options"]}
        return [by_id[option_id] for option_id in self.option_order if option_id in by_id]

    @property
    def chosen(self):
        return set((self.response or {}).get("choices", []))

    @property
    def text_answer(self):
        return (self.response or {}).get("text", "")

    @property
    def is_answered(self):
        return bool(self.chosen) or bool(self.text_answer.strip()) or self.text_deleted_at is not None


class MarkChange(models.Model):
    """
    One mark given or changed by a trainer (marking.py): an essay marked, or
    an answer's mark overridden with a reason. Written once, never edited:
    the history of an attempt's result. Names are kept as plain values so
    that it outlives the accounts.
    """

    class Kind(models.TextChoices):
        ESSAY = "essay", _("Essay marked")
        OVERRIDE = "override", _("Mark overridden")

    slot = models.ForeignKey(AttemptSlot, on_delete=models.CASCADE, related_name="mark_changes")
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="mark_changes")
    kind = models.CharField(_("change"), max_length=10, choices=Kind.choices)
    old_mark = models.DecimalField(_("mark before"), max_digits=8, decimal_places=3, null=True, blank=True)
    new_mark = models.DecimalField(_("mark after"), max_digits=8, decimal_places=3)
    old_percent = models.DecimalField(_("grade before"), max_digits=6, decimal_places=2, null=True, blank=True)
    new_percent = models.DecimalField(_("grade after"), max_digits=6, decimal_places=2, null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    comment = models.TextField(_("comment"), blank=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_by_name = models.CharField(_("changed by"), max_length=200, blank=True)
    changed_at = models.DateTimeField(_("changed"), default=timezone.now)

    class Meta:
        verbose_name = _("mark change")
        verbose_name_plural = _("mark changes")
        ordering = ["changed_at", "pk"]

    def __str__(self):
        return f"{self.attempt_id} · {self.slot_id} · {self.old_mark} → {self.new_mark}"


class Certificate(models.Model):
    """
    The certificate of a completed course (certificates.py): issued once per
    enrolment, with a random code that the public verification page reads,
    an optional expiry (refresher training), and a revocation with a reason.
    The holder's name and the course's title are kept as they were at issue.
    """

    class Status(models.TextChoices):
        VALID = "valid", _("Valid")
        EXPIRED = "expired", _("Expired")
        REVOKED = "revoked", _("Revoked")

    code = models.CharField(_("code"), max_length=32, unique=True, editable=False)
    enrolment = models.OneToOneField(Enrolment, on_delete=models.CASCADE, related_name="certificate")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("holder"), on_delete=models.CASCADE, related_name="certificates"
    )
    holder_name = models.CharField(_("holder's name"), max_length=200)
    course_key = models.UUIDField(db_index=True)
    course_title = models.CharField(_("course"), max_length=255)
    issued_on = models.DateField(_("issued on"))
    expires_on = models.DateField(_("valid until"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.TextField(_("reason for revoking"), blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_by_name = models.CharField(max_length=200, blank=True)
    expiry_reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_on", "-pk"]
        permissions = [("revoke_certificate", _("Can revoke the certificates of the courses they train"))]
        indexes = [models.Index(fields=["expires_on", "revoked_at"], name="certificate_expiry")]

    def __str__(self):
        return f"{self.code} · {self.holder_name} · {self.course_title}"

    def status(self, today=None):
        if self.revoked_at is not None:
            return self.Status.REVOKED
        # "Valid until" a date, as the PDF and the public page say: valid on that day, expired the day after.
        if self.expires_on is not None and self.expires_on < (today or timezone.localdate()):
            return self.Status.EXPIRED
        return self.Status.VALID

    def days_to_expiry(self, today=None):
        if self.expires_on is None:
            return None
        return (self.expires_on - (today or timezone.localdate())).days


class QuizStatistics(models.Model):
    """
    A quiz's statistics (statistics.py) as the background task last computed
    them, with the time they were computed: reports read them from here, so
    that a report never waits for the computation, on any server.
    """

    quiz_key = models.UUIDField(unique=True)
    quiz_title = models.CharField(max_length=255, blank=True)
    requested_at = models.DateTimeField(null=True, blank=True)
    computed_at = models.DateTimeField(null=True, blank=True)
    seconds = models.FloatField(null=True, blank=True)
    data = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("quiz statistics")
        verbose_name_plural = _("quiz statistics")

    def __str__(self):
        return self.quiz_title or str(self.quiz_key)
