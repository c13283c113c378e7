"""
The question bank: categories (a tree) and questions of five types, kept as
Wagtail snippets with drafts and revisions, translated with wagtail-localize.

Only texts are translated. Everything that decides a mark (the type, which
options are correct, their weights, the penalty, how short answers are
compared) is synchronised from the source question to its translations and
cannot be overridden by a translator (`override_translatable_fields`), so a
question scores the same in every language. Statistics group answers by the
source question and option: their `translation_key`, which every
translation shares.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from treebeard.mp_tree import MP_Node
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, Orderable, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class QuestionCategory(MP_Node):
    """
    A folder of the question bank. Categories nest (a tree); a quiz can draw
    N random questions from a category, with or without its subcategories.
    """

    name = models.CharField(_("name"), max_length=150)
    name_en = models.CharField(
        _("name in English"), max_length=150, blank=True, help_text=_("Shown to learners reading in English.")
    )
    description = models.TextField(_("description"), blank=True)

    node_order_by = ["name"]

    class Meta:
        verbose_name = _("question category")
        verbose_name_plural = _("question categories")

    def __str__(self):
        # The path from the root, so that two "Basics" in different branches can be told apart in choosers.
        return " › ".join(node.name for node in self.ancestors_and_self())

    def ancestors_and_self(self):
        return [*self.get_ancestors(), self] if self.depth > 1 else [self]

    @property
    def display_name(self):
        """The name in the active language (English when there is one and English is active)."""
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name


class Question(TranslatableMixin, DraftStateMixin, RevisionMixin, ClusterableModel, index.Indexed):
    """
    One question of the bank. Its options are inline (QuestionOption); what
    they mean depends on the type:

    - single choice and true/false: exactly one correct option;
    - multiple choice: one or more correct options, each worth its weight;
      every wrong option chosen takes `penalty` of the mark away;
    - short answer: the correct options are the accepted answers, the others
      anticipated wrong answers with their own feedback;
    - essay: no options; marked by a trainer.
    """

    class Type(models.TextChoices):
        SINGLE = "single", _("Single choice")
        MULTIPLE = "multiple", _("Multiple choice")
        TRUE_FALSE = "true_false", _("True or false")
        SHORT = "short", _("Short answer")
        ESSAY = "essay", _("Essay")

    CHOICE_TYPES = (Type.SINGLE, Type.MULTIPLE, Type.TRUE_FALSE)

    category = models.ForeignKey(
        QuestionCategory, verbose_name=_("category"), on_delete=models.PROTECT, related_name="questions"
    )
    question_type = models.CharField(_("type"), max_length=20, choices=Type.choices, default=Type.SINGLE)
    title = models.CharField(
        _("title in the bank"),
        max_length=200,
        help_text=_("A short name for finding the question in the bank. Learners do not see it."),
    )
    text = models.TextField(_("question"), help_text=_("The question as the learner reads it."))
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("figure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("figure alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the figure shows. Required when there is a figure."),
    )
    explanation = models.TextField(
        _("explanation"),
        blank=True,
        help_text=_("Why the right answer is right. Shown after the attempt when the quiz's review options allow."),
    )
    mark = models.DecimalField(
        _("mark"),
        max_digits=6,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("How much the question counts in the quiz."),
    )
    penalty = models.DecimalField(
        _("penalty per wrong option"),
        max_digits=4,
        decimal_places=3,
        default=Decimal("0"),
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("1"))],
        help_text=_(
            "Multiple choice only: the share of the mark taken away for each wrong option chosen, from 0 to 1 "
            "(0.5 takes away half). With 0, a learner who ticks every option gets the correct ones' credit."
        ),
    )
    ignore_case = models.BooleanField(
        _("ignore upper and lower case"), default=True, help_text=_("Short answer only.")
    )
    ignore_diacritics = models.BooleanField(
        _("ignore Vietnamese marks"),
        default=False,
        help_text=_("Short answer only: 'co so tro giup' is then accepted for 'cơ sở trợ giúp'."),
    )

    override_translatable_fields = [
        SynchronizedField("category", overridable=False),
        SynchronizedField("question_type", overridable=False),
        SynchronizedField("image", overridable=False),
        SynchronizedField("mark", overridable=False),
        SynchronizedField("penalty", overridable=False),
        SynchronizedField("ignore_case", overridable=False),
        SynchronizedField("ignore_diacritics", overridable=False),
    ]

    search_fields = [
        index.SearchField("title"),
        index.SearchField("text"),
        index.FilterField("category"),
        index.FilterField("question_type"),
        index.FilterField("locale"),
    ]

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("category"), FieldPanel("question_type")]),
        FieldPanel("text"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Figure")),
        InlinePanel("options", heading=_("Options and accepted answers"), label=_("Option")),
        FieldPanel("explanation"),
        MultiFieldPanel(
            [FieldPanel("mark"), FieldPanel("penalty"), FieldPanel("ignore_case"), FieldPanel("ignore_diacritics")],
            heading=_("Scoring"),
        ),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("question")
        verbose_name_plural = _("questions")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Describe the figure for people who cannot see it.")})

    def validate_options(self, options):
        """
        Check `options` (dicts with `text` and `is_correct`, as the admin
        form submits them) against the type; return a list of messages.
        Called by the admin form, which sees the inline options before they
        are saved.
        """
        correct = sum(1 for option in options if option["is_correct"])
        kind = self.question_type
        if kind == self.Type.ESSAY:
            return [_("An essay question has no options: remove them.")] if options else []
        if kind == self.Type.TRUE_FALSE and (len(options) != 2 or correct != 1):
            return [_("A true-or-false question has exactly two options, 'True' and 'False', one of them correct.")]
        if kind == self.Type.SINGLE and (len(options) < 2 or correct != 1):
            return [_("A single-choice question needs at least two options, exactly one of them correct.")]
        if kind == self.Type.MULTIPLE and (len(options) < 2 or correct < 1):
            return [_("A multiple-choice question needs at least two options, at least one of them correct.")]
        if kind == self.Type.SHORT and correct < 1:
            return [_("A short-answer question needs at least one accepted answer (an option marked correct).")]
        return []

    def snapshot(self):
        """
        What an attempt keeps of this question, in plain data: everything
        needed to show, score and review it later, whatever happens to the
        question afterwards (attempts.py). Options must be prefetched.
        """
        return {
            "type": self.question_type,
            "title": self.title,
            "text": self.text,
            "image_id": self.image_id,
            "image_alt": self.image_alt,
            "explanation": self.explanation,
            "mark": str(self.mark),
            "penalty": str(self.penalty),
            "ignore_case": self.ignore_case,
            "ignore_diacritics": self.ignore_diacritics,
            "category_id": self.category_id,
            "key": str(self.translation_key),
            "options": [
                {
                    "id": option.pk,
                    "key": str(option.translation_key),
                    "text": option.text,
                    "is_correct": option.is_correct,
                    "weight": str(option.weight),
                    "feedback": option.feedback,
                }
                for option in self.options.all()
            ],
        }


class QuestionOption(TranslatableMixin, Orderable):
    """An option of a choice question, or an accepted (or anticipated wrong) short answer."""

    question = ParentalKey(Question, related_name="options", on_delete=models.CASCADE)
    text = models.CharField(_("text"), max_length=500)
    is_correct = models.BooleanField(_("correct"), default=False)
    weight = models.DecimalField(
        _("weight"),
        max_digits=5,
        decimal_places=2,
        default=Decimal("1"),
        validators=[MinValueValidator(Decimal("0.01"))],
        help_text=_("Multiple choice: how much this correct option counts, relative to the other correct ones."),
    )
    feedback = models.TextField(_("feedback"), blank=True, help_text=_("Shown to a learner who chose this option."))

    override_translatable_fields = [
        SynchronizedField("is_correct", overridable=False),
        SynchronizedField("weight", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

    panels = [
        FieldRowPanel([FieldPanel("text"), FieldPanel("is_correct"), FieldPanel("weight")]),
        FieldPanel("feedback"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("option")
        verbose_name_plural = _("options")

    def __str__(self):
        return self.text
