"""
The course pages: an index of courses, each course with its lessons and
quizzes, all on the shared page bases of `safereturn.base` and translated
with wagtail-localize.

A course is open (anyone reads its lessons) or for staff only (its lessons
and quizzes show only a "sign in" note to anonymous visitors). Either way an
anonymous visitor gets the same page as every other anonymous visitor, which
the page cache may share, and never a form or a cookie: quizzes are for
people who sign in (views.py).
"""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField

from safereturn.base.blocks import BodyStreamBlock
from safereturn.base.caching import is_anonymous_request
from safereturn.base.models import BasePage
from safereturn.base.page_bases import HeroImageMixin, IndexPage, LegalReviewMixin
from safereturn.base.privacy import public_pages
from safereturn.base.search import fold

from ..blocks import FeedbackBandBlock
from .bank import Question, QuestionCategory


def signed_in_user(request):
    """
    The signed-in user, or None. A request without a session cookie is
    anonymous without looking at the session: touching it would make the
    response vary on Cookie, and no shared cache could keep it.
    """
    if request is None or is_anonymous_request(request):
        return None
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


class CourseIndexPage(IndexPage):
    """Lists the courses of one language, newest first."""

    parent_page_types = ["campaigns.HomePage"]
    subpage_types = ["courses.CoursePage"]
    empty_message = _("No courses have been published yet.")

    class Meta:
        verbose_name = _("course index page")
        verbose_name_plural = _("course index pages")


class CoursePageForm(WagtailAdminPageForm):
    """
    A course's trainers may mark its attempts, read its reports and revoke its certificates (access.py), and every
    trainer may edit every course page: so only someone with `courses.change_coursetrainer` (training managers,
    superusers) changes the list on an existing course, or a trainer could add themselves to any course.
    """

    def is_valid(self):
        valid = super().is_valid()
        if not valid or not self.instance.pk or self.for_user.has_perm("courses.change_coursetrainer"):
            return valid
        formset = self.formsets["course_trainers"]
        posted = {
            form.cleaned_data["user"].pk
            for form in formset.forms
            if form.cleaned_data.get("user") and not form.cleaned_data.get("DELETE")
        }
        current = {trainer.user_id for trainer in self.instance.course_trainers.all()}
        if posted != current:
            self.add_error(None, _("Only training managers change a course's trainers."))
            return False
        return True


class CoursePage(HeroImageMixin, BasePage):
    """
    One course: who it is for, what it teaches, how long it takes, what to
    know first, when it counts as completed, and who may read it. Its
    lessons and quizzes are its children, in the order of the page tree.
    """

    class Access(models.TextChoices):
        OPEN = "open", _("Open: anyone can read the lessons")
        STAFF = "staff", _("Staff only: people who sign in")

    class CompletionRule(models.TextChoices):
        LESSONS_AND_QUIZZES = "lessons_and_quizzes", _("Every lesson read and every quiz passed")
        LESSONS = "lessons", _("Every lesson read")
        QUIZZES = "quizzes", _("Every quiz passed")

    intro = models.TextField(_("summary"), help_text=_("Shown under the title and in the list of courses."))
    audience = models.TextField(_("who it is for"), help_text=_("For example: commune officials who receive people."))
    objectives = models.TextField(
        _("what learners will be able to do"), help_text=_("One objective per line; shown as a list.")
    )
    duration_minutes = models.PositiveIntegerField(
        _("duration in minutes"), help_text=_("About how long the lessons and the quiz take altogether.")
    )
    prerequisites = models.TextField(
        _("before you start"), blank=True, help_text=_("What learners should know or have done first, if anything.")
    )
    completion_rule = models.CharField(
        _("completed when"), max_length=30, choices=CompletionRule.choices, default=CompletionRule.LESSONS_AND_QUIZZES
    )
    access = models.CharField(_("who can read it"), max_length=10, choices=Access.choices, default=Access.STAFF)
    body = StreamField(BodyStreamBlock(), verbose_name=_("introduction"), blank=True)
    certificate_valid_months = models.PositiveSmallIntegerField(
        _("certificate valid for (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(240)],
        help_text=_(
            "For refresher training: the certificate expires this many months after the course is completed, "
            "and its holder is reminded before. Leave empty for a certificate that does not expire."
        ),
    )

    folded_search_fields = ("intro", "audience", "objectives")
    override_translatable_fields = [
        SynchronizedField("completion_rule", overridable=False),
        SynchronizedField("access", overridable=False),
        SynchronizedField("duration_minutes", overridable=False),
        SynchronizedField("certificate_valid_months", overridable=False),
    ]
    content_panels = (
        BasePage.content_panels
        + [FieldPanel("intro")]
        + HeroImageMixin.hero_panels
        + [
            FieldPanel("audience"),
            FieldPanel("objectives"),
            FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("access")]),
            FieldPanel("prerequisites"),
            FieldPanel("completion_rule"),
            FieldPanel("certificate_valid_months"),
            FieldPanel("body"),
            InlinePanel(
                "course_trainers",
                heading=_("Trainers of this course"),
                label=_("Trainer"),
                help_text=_(
                    "They mark its essays, read its reports and revoke its certificates. Training managers "
                    "read every course's reports, and only they change this list once the course exists."
                ),
            ),
        ]
    )
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage", "courses.QuizPage"]
    base_form_class = CoursePageForm

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    @property
    def is_open(self):
        return self.access == self.Access.OPEN

    def objective_list(self):
        return [line.strip() for line in self.objectives.splitlines() if line.strip()]

    def readable_by(self, request):
        """Whether the person making `request` may read the lessons: anyone if open, else a signed-in person."""
        return self.is_open or signed_in_user(request) is not None

    def lessons(self):
        return public_pages(LessonPage.objects.live().child_of(self)).order_by("path")

    def quizzes(self):
        return public_pages(QuizPage.objects.live().child_of(self)).order_by("path")

    def get_context(self, request, *args, **kwargs):
        from ..progress import course_progress

        context = super().get_context(request, *args, **kwargs)
        context["lessons"] = list(self.lessons())
        context["quizzes"] = list(self.quizzes())
        user = signed_in_user(request)
        context["learner"] = user
        context["readable"] = self.readable_by(request)
        if user is not None:
            context["progress"] = course_progress(user, self, context["lessons"], context["quizzes"])
        return context


class CourseTrainer(Orderable):
    """
    A trainer of a course (access.py). Synchronised to the course's
    translations as it is, so one list holds for the course in every language.
    """

    course = ParentalKey(CoursePage, related_name="course_trainers", on_delete=models.CASCADE)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("trainer"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("user")]

    class Meta(Orderable.Meta):
        verbose_name = _("trainer of the course")
        verbose_name_plural = _("trainers of the course")

    def __str__(self):
        return str(self.user)


class CourseChildPage(BasePage):
    """
    Abstract: a page under a course (a lesson, a quiz). Anonymous visitors of
    a staff-only course see the page's title and a note to sign in, never its
    content: the same page for every anonymous visitor.
    """

    parent_page_types = ["courses.CoursePage"]
    subpage_types = []

    class Meta:
        abstract = True

    @property
    def course(self):
        if not hasattr(self, "_course"):
            self._course = self.get_parent().specific
        return self._course

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["course"] = self.course
        context["learner"] = signed_in_user(request)
        context["readable"] = self.course.readable_by(request)
        return context

    def folded_text(self):
        # The content of a staff-only course stays out of the public search; its title and summary do not.
        if not self.course.is_open:
            return fold(self.search_description)
        return super().folded_text()


class LessonPage(LegalReviewMixin, CourseChildPage):
    """A lesson: text, images, videos and the site's other blocks; a signed-in learner marks it read."""

    intro = models.TextField(_("summary"), help_text=_("One or two sentences: what this lesson covers."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    duration_minutes = models.PositiveIntegerField(_("reading time in minutes"), default=10)

    folded_search_fields = ("intro", "body")
    override_translatable_fields = [SynchronizedField("duration_minutes", overridable=False)]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("duration_minutes"),
        FieldPanel("body"),
        *LegalReviewMixin.legal_review_panels,
    ]

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def get_context(self, request, *args, **kwargs):
        from ..progress import lesson_state

        context = super().get_context(request, *args, **kwargs)
        if context["learner"] is not None:
            context["lesson_state"] = lesson_state(context["learner"], self)
        return context


class QuizPage(CourseChildPage):
    """
    A quiz: the rules that draw its questions from the bank, and its settings
    (order, attempts, grading, pass mark, time limit, navigation, feedback and
    review). Attempts are taken in the learner area (views.py); this page
    describes the quiz and, to a signed-in learner, their attempts.
    """

    class Navigation(models.TextChoices):
        FREE = "free", _("Free: pages in any order, and back")
        SEQUENTIAL = "sequential", _("Sequential: in order, no going back")

    class FeedbackTiming(models.TextChoices):
        END = "end", _("At the end of the attempt")
        EACH = "each", _("After each question (an answer is final once checked)")

    class GradingMethod(models.TextChoices):
        HIGHEST = "highest", _("Highest grade")
        LAST = "last", _("Last attempt")
        FIRST = "first", _("First attempt")
        AVERAGE = "average", _("Average of all attempts")

    intro = models.TextField(_("introduction"), help_text=_("What the quiz covers and how to take it."))
    shuffle_questions = models.BooleanField(_("random question order"), default=True)
    shuffle_options = models.BooleanField(_("random answer order"), default=True)
    max_questions = models.PositiveSmallIntegerField(
        _("maximum number of questions"),
        null=True,
        blank=True,
        help_text=_("Leave empty to ask every question the rules draw."),
    )
    questions_per_page = models.PositiveSmallIntegerField(
        _("questions per page"), default=1, validators=[MinValueValidator(1), MaxValueValidator(50)]
    )
    navigation = models.CharField(_("navigation"), max_length=12, choices=Navigation.choices, default=Navigation.FREE)
    feedback_timing = models.CharField(
        _("answers shown"), max_length=8, choices=FeedbackTiming.choices, default=FeedbackTiming.END
    )
    attempts_allowed = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=0, help_text=_("0 for no limit; 1 for a single attempt.")
    )
    grading_method = models.CharField(
        _("grading method"), max_length=10, choices=GradingMethod.choices, default=GradingMethod.HIGHEST
    )
    pass_mark = models.DecimalField(
        _("pass mark (%)"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("80"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100"))],
    )
    time_limit_minutes = models.PositiveIntegerField(
        _("time limit in minutes"),
        null=True,
        blank=True,
        help_text=_(
            "Leave empty for no limit. The server ends an attempt when its time is up; give a learner who needs "
            "it more time under Training › Extra time and attempts."
        ),
    )
    show_category_scores = models.BooleanField(
        _("show the score by category"), default=False, help_text=_("In the result, one line per question category.")
    )
    success_text = models.TextField(_("text when passed"), blank=True)
    fail_text = models.TextField(_("text when not passed"), blank=True)
    feedback_bands = StreamField(
        [("band", FeedbackBandBlock())],
        verbose_name=_("feedback by grade"),
        blank=True,
        help_text=_("Shown with the result: the band with the highest starting grade the learner reached."),
    )
    review_after_correctness = models.BooleanField(_("whether each answer was right"), default=True)
    review_after_marks = models.BooleanField(_("the marks of each question"), default=True)
    review_after_feedback = models.BooleanField(_("the feedback and explanations"), default=False)
    review_after_answers = models.BooleanField(_("the right answers"), default=False)
    review_later_correctness = models.BooleanField(_("whether each answer was right"), default=True)
    review_later_marks = models.BooleanField(_("the marks of each question"), default=True)
    review_later_feedback = models.BooleanField(_("the feedback and explanations"), default=True)
    review_later_answers = models.BooleanField(_("the right answers"), default=True)

    folded_search_fields = ("intro",)
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "shuffle_questions",
            "shuffle_options",
            "max_questions",
            "questions_per_page",
            "navigation",
            "feedback_timing",
            "attempts_allowed",
            "grading_method",
            "pass_mark",
            "time_limit_minutes",
            "show_category_scores",
            "review_after_correctness",
            "review_after_marks",
            "review_after_feedback",
            "review_after_answers",
            "review_later_correctness",
            "review_later_marks",
            "review_later_feedback",
            "review_later_answers",
        )
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "question_rules",
            heading=_("Questions"),
            label=_("Question rule"),
            min_num=1,
            help_text=_("Each rule adds one question of the bank, or a number of random questions of a category."),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                FieldRowPanel([FieldPanel("max_questions"), FieldPanel("questions_per_page")]),
                FieldPanel("navigation"),
                FieldPanel("time_limit_minutes"),
            ],
            heading=_("Taking the quiz"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("attempts_allowed"), FieldPanel("grading_method")]),
                FieldPanel("pass_mark"),
                FieldPanel("feedback_timing"),
                FieldPanel("show_category_scores"),
                FieldPanel("success_text"),
                FieldPanel("fail_text"),
                FieldPanel("feedback_bands"),
            ],
            heading=_("Grades and feedback"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_after_correctness"),
                FieldPanel("review_after_marks"),
                FieldPanel("review_after_feedback"),
                FieldPanel("review_after_answers"),
            ],
            heading=_("Right after an attempt, the learner sees"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("review_later_correctness"),
                FieldPanel("review_later_marks"),
                FieldPanel("review_later_feedback"),
                FieldPanel("review_later_answers"),
            ],
            heading=_("Once the learner has passed or has no attempt left, they see"),
        ),
    ]

    class Meta:
        verbose_name = _("quiz")
        verbose_name_plural = _("quizzes")

    def clean(self):
        super().clean()
        bands = [block.value["minimum_grade"] for block in self.feedback_bands]
        if len(set(bands)) != len(bands):
            raise ValidationError(
                {"feedback_bands": _("Two bands start at the same grade: give each a different one.")}
            )

    def rules(self):
        """The attempt rules an attempt copies when it starts, so that later edits never change it."""
        return {
            "navigation": self.navigation,
            "feedback_timing": self.feedback_timing,
            "pass_mark": str(self.pass_mark),
            "show_category_scores": self.show_category_scores,
        }

    def review_options(self, later):
        prefix = "review_later_" if later else "review_after_"
        return {name: getattr(self, prefix + name) for name in ("correctness", "marks", "feedback", "answers")}

    def feedback_for(self, percent):
        """The overall feedback text of the band `percent` falls in, or ""."""
        if percent is None:
            return ""
        reached = [block.value for block in self.feedback_bands if Decimal(block.value["minimum_grade"]) <= percent]
        return max(reached, key=lambda value: value["minimum_grade"])["text"] if reached else ""

    def get_context(self, request, *args, **kwargs):
        from ..progress import quiz_state

        context = super().get_context(request, *args, **kwargs)
        if context["learner"] is not None and context["readable"]:
            context["quiz_state"] = quiz_state(context["learner"], self)
        return context


class QuizQuestionRule(Orderable):
    """
    One rule of a quiz: a question of the bank, or `count` random questions of
    a category (and its subcategories). Synchronised to the quiz's
    translations as it is: a translated quiz asks the translation of each
    question drawn, where there is one.
    """

    quiz = ParentalKey(QuizPage, related_name="question_rules", on_delete=models.CASCADE)
    question = models.ForeignKey(
        Question,
        verbose_name=_("question"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    category = models.ForeignKey(
        QuestionCategory,
        verbose_name=_("or random questions from the category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    count = models.PositiveSmallIntegerField(_("how many random questions"), default=1)
    include_subcategories = models.BooleanField(_("include its subcategories"), default=True)

    panels = [
        FieldPanel("question"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("count"), FieldPanel("include_subcategories")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("question rule")
        verbose_name_plural = _("question rules")

    def __str__(self):
        return str(self.question) if self.question_id else f"{self.count} × {self.category}"

    def clean(self):
        super().clean()
        if bool(self.question_id) == bool(self.category_id):
            raise ValidationError(_("Choose either one question, or a category to draw random questions from."))
