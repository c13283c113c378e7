"""
The public campaign site: home, campaigns, articles and stories, resources,
the job-offer self-check, the internet-safety page, the accessibility
statement, and the report form (campaigns.reports).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField

from safereturn.base.blocks import BodyStreamBlock, DocumentDownloadBlock, HotlineCalloutBlock, RichTextBlock
from safereturn.base.models import PHONE_NUMBER, BasePage
from safereturn.base.page_bases import HeroImageMixin, IndexPage, LegalReviewMixin
from safereturn.base.privacy import public_pages

# The report page's address in each language: a restricted area (settings.RESTRICTED_AREAS lists the same string).
REPORT_SLUG = _("send-a-report/")


class HomePage(LegalReviewMixin, HeroImageMixin, BasePage):
    """The front page of one language: what trafficking looks like, and whom to call."""

    intro = models.TextField(_("introduction"), help_text=_("One or two sentences under the main heading."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    folded_search_fields = ("intro", "body")

    content_panels = (
        BasePage.content_panels
        + [FieldPanel("intro")]
        + HeroImageMixin.hero_panels
        + [FieldPanel("body")]
        + LegalReviewMixin.legal_review_panels
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "campaigns.CampaignIndexPage",
        "campaigns.ArticleIndexPage",
        "campaigns.ResourcesPage",
        "campaigns.SelfCheckPage",
        "campaigns.InternetSafetyPage",
        "campaigns.AccessibilityStatementPage",
        "campaigns.ContentPage",
        "campaigns.ReportPage",
        # Training lives under the home page too (a name, not an import: campaigns does not import courses).
        "courses.CourseIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_campaigns"] = public_pages(CampaignPage.objects.live().descendant_of(self)).order_by(
            "-first_published_at"
        )[:3]
        return context


class CampaignIndexPage(IndexPage):
    """Lists the campaigns of one language, newest first."""

    parent_page_types = ["campaigns.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    empty_message = _("No campaigns have been published yet.")

    class Meta:
        verbose_name = _("campaign index page")
        verbose_name_plural = _("campaign index pages")


class CampaignPage(LegalReviewMixin, HeroImageMixin, BasePage):
    """One awareness campaign: a risk, its warning signs, and what to do."""

    intro = models.TextField(_("summary"), help_text=_("Shown under the title and in lists of campaigns."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    folded_search_fields = ("intro", "body")
    content_panels = (
        BasePage.content_panels
        + [FieldPanel("intro")]
        + HeroImageMixin.hero_panels
        + [FieldPanel("body")]
        + LegalReviewMixin.legal_review_panels
    )
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("campaign page")
        verbose_name_plural = _("campaign pages")


class ArticleIndexPage(IndexPage):
    """Lists articles and stories, newest first."""

    parent_page_types = ["campaigns.HomePage"]
    subpage_types = ["campaigns.ArticlePage"]
    children_order = ("-date", "-pk")
    empty_message = _("No articles have been published yet.")

    class Meta:
        verbose_name = _("article index page")
        verbose_name_plural = _("article index pages")


class ArticlePage(LegalReviewMixin, HeroImageMixin, BasePage):
    """
    A news article or a story of someone who came back.

    Stories carry pseudonyms only: the law forbids disclosing a victim's
    identity without consent, and a real name here can get someone hurt.
    A story is fiction unless the person it is about consented in writing,
    and the page says which (`story_source`): a "name changed" note on a
    fictional story would make readers take a character for a real survivor.
    """

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Article")
        STORY = "story", _("Story")

    class StorySource(models.TextChoices):
        FICTION = "fiction", _("Fiction: the characters are invented")
        CONSENT = "consent", _("A real person's story, told with their written consent")

    kind = models.CharField(
        _("kind"),
        max_length=16,
        choices=Kind.choices,
        default=Kind.ARTICLE,
        help_text=_("A story is told about one person; everything else is an article."),
    )
    date = models.DateField(_("date"), help_text=_("The date shown with the article, and used to sort the list."))
    intro = models.TextField(_("summary"), help_text=_("Shown under the title and in lists of articles."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    story_source = models.CharField(
        _("source of the story"),
        max_length=16,
        choices=StorySource.choices,
        default=StorySource.FICTION,
        help_text=_(
            "Stories only. A story is fiction unless the person it is about agreed in writing to its publication. "
            "The page labels it accordingly."
        ),
    )
    identities_protected = models.BooleanField(
        _("names and details changed"),
        default=False,
        help_text=_(
            "Required for stories: confirm that every name is a pseudonym and that no detail "
            "(village, employer, photo) can identify a real person."
        ),
    )

    folded_search_fields = ("intro", "body")
    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("date"),
        FieldPanel("intro"),
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
        FieldPanel("story_source"),
        FieldPanel("identities_protected"),
        *LegalReviewMixin.legal_review_panels,
    ]
    parent_page_types = ["campaigns.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article or story")
        verbose_name_plural = _("articles and stories")

    def clean(self):
        super().clean()
        if self.kind == self.Kind.STORY and not self.identities_protected:
            raise ValidationError(
                {"identities_protected": _("A story can only be published with every name and detail changed.")}
            )


class ResourcesPage(LegalReviewMixin, BasePage):
    """Documents to download: leaflets, posters, the law, guides for families."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    documents = StreamField([("document", DocumentDownloadBlock())], verbose_name=_("documents"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("more information"), blank=True)

    folded_search_fields = ("intro", "documents", "body")
    content_panels = (
        BasePage.content_panels
        + [FieldPanel("intro"), FieldPanel("documents"), FieldPanel("body")]
        + LegalReviewMixin.legal_review_panels
    )
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resources page")
        verbose_name_plural = _("resources pages")


class SelfCheckQuestionBlock(blocks.StructBlock):
    """
    A yes/no question; a "yes" adds its weight to the visitor's score. A "yes"
    to a serious sign also leads straight to the strongest result, whatever
    the score (SelfCheckPage.result_bands).
    """

    question = blocks.CharBlock(label=_("Question"), max_length=250)
    why = blocks.TextBlock(
        label=_("Why this matters"), help_text=_("Shown with the result, to explain the risk."), required=False
    )
    weight = blocks.ChoiceBlock(
        label=_("Points for a yes"),
        choices=[("1", _("1 point")), ("3", _("3 points"))],
        default="1",
        help_text=_("Added to the visitor's score when they answer yes."),
    )
    serious = blocks.BooleanBlock(
        label=_("Serious sign"),
        required=False,
        default=False,
        help_text=_(
            "Tick for a sign that is enough on its own, such as a passport kept “for safety”, an irregular border "
            "crossing or secrecy from the family: a yes to it shows the last, strongest result, whatever the score."
        ),
    )


class SelfCheckResultBlock(blocks.StructBlock):
    """Advice shown for the scores from `minimum_score` up to the next result's minimum score, less one."""

    minimum_score = blocks.IntegerBlock(
        label=_("From score"),
        min_value=0,
        default=0,
        help_text=_(
            "This result covers the scores from this number up to the next result's number, less one; the range "
            "is shown here while you edit. The result with the highest number is also shown after any yes to a "
            "serious sign: make it the strongest advice."
        ),
    )
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    advice = blocks.TextBlock(label=_("Advice"))


class SelfCheckPage(LegalReviewMixin, BasePage):
    """
    "Check a job offer": yes/no questions scored in the browser.

    The answers never leave the visitor's device: there is no form submission
    and no storage. Without JavaScript the page still reads as a checklist
    with the same advice: every result with the range of scores it covers,
    and the serious-sign rule.
    """

    intro = models.TextField(_("introduction"), help_text=_("How to answer, in one or two sentences."))
    questions = StreamField([("question", SelfCheckQuestionBlock())], verbose_name=_("questions"))
    results = StreamField(
        [("result", SelfCheckResultBlock())],
        verbose_name=_("results"),
        help_text=_(
            "One result for each band of scores, from the lowest starting score up. The first must start at 0. "
            "The last is also shown after any yes to a serious sign, so it must be the strongest advice."
        ),
    )
    what_to_do = StreamField(
        [("hotline", HotlineCalloutBlock()), ("text", RichTextBlock())],
        verbose_name=_("what to do"),
        help_text=_("Always shown at the end, whatever the result: what to do and whom to call."),
    )

    folded_search_fields = ("intro", "questions", "results")
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("questions"),
        FieldPanel("results"),
        FieldPanel("what_to_do"),
        *LegalReviewMixin.legal_review_panels,
    ]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("self-check page")
        verbose_name_plural = _("self-check pages")

    def clean(self):
        super().clean()
        scores = [block.value["minimum_score"] for block in self.results]
        if 0 not in scores:
            raise ValidationError({"results": _("One result must start at score 0, so that every visitor sees one.")})
        if len(set(scores)) != len(scores):
            raise ValidationError({"results": _("Two results start at the same score: give each a different one.")})

    def sorted_results(self):
        return sorted(self.results, key=lambda block: block.value["minimum_score"])

    def result_bands(self):
        """
        The results in score order, each with the scores it covers: a dict with
        `block`, `low`, `high` (None for the last, open-ended band) and `last`.
        The last band is also the one a "yes" to any serious sign leads to.
        """
        ordered = self.sorted_results()
        bands = []
        for index, block in enumerate(ordered):
            low = block.value["minimum_score"]
            is_last = index == len(ordered) - 1
            high = None if is_last else ordered[index + 1].value["minimum_score"] - 1
            bands.append({"block": block, "low": low, "high": high, "last": is_last})
        return bands

    def has_serious_questions(self):
        return any(block.value.get("serious") for block in self.questions)


class InternetSafetyPage(LegalReviewMixin, BasePage):
    """How to browse safely, and an honest account of what quick exit cannot do."""

    intro = models.TextField(_("introduction"), help_text=_("One or two sentences under the title."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    folded_search_fields = ("intro", "body")
    content_panels = (
        BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")] + LegalReviewMixin.legal_review_panels
    )
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "campaigns/content_page.html"

    class Meta:
        verbose_name = _("internet safety page")
        verbose_name_plural = _("internet safety pages")


class AccessibilityStatementPage(BasePage):
    """
    The accessibility statement: what the site does for people with
    disabilities, what it does not do yet, and how to report a barrier.

    The contact for reporting a barrier is made of fields that are shown only
    when an editor fills them in: a contact that nobody answers is worse than
    none, so the demo leaves them empty and the page says so honestly.
    """

    intro = models.TextField(_("introduction"), help_text=_("One or two sentences under the title."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
    barrier_email = models.EmailField(
        _("e-mail address for reporting a barrier"),
        blank=True,
        help_text=_(
            "A real address that someone reads, for visitors who cannot use part of the site. Shown only when "
            "set; leave it empty until the province has one."
        ),
    )
    barrier_phone = models.CharField(
        _("telephone number for reporting a barrier"),
        max_length=20,
        blank=True,
        validators=[PHONE_NUMBER],
        help_text=_("A real number that someone answers. Shown, as a link to call, only when set."),
    )
    barrier_address = models.TextField(
        _("postal address for reporting a barrier"),
        blank=True,
        help_text=_("An office that accepts letters about the site. Shown only when set."),
    )
    barrier_response = models.CharField(
        _("what happens to a report"),
        max_length=250,
        blank=True,
        help_text=_("For example who reads reports and how soon they answer. Shown only with a contact."),
    )

    folded_search_fields = ("intro", "body")
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("barrier_email"),
                FieldPanel("barrier_phone"),
                FieldPanel("barrier_address"),
                FieldPanel("barrier_response"),
            ],
            heading=_("Reporting a barrier"),
        ),
    ]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    @property
    def barrier_phone_href(self):
        return "tel:" + "".join(ch for ch in self.barrier_phone if ch.isdigit() or ch == "+")

    def has_barrier_contact(self):
        return bool(self.barrier_email or self.barrier_phone or self.barrier_address.strip())


class ContentPage(LegalReviewMixin, BasePage):
    """A plain page of text and blocks: how to report, your rights, privacy, about us."""

    intro = models.TextField(_("introduction"), blank=True, help_text=_("One or two sentences under the title."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    folded_search_fields = ("intro", "body")
    content_panels = (
        BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")] + LegalReviewMixin.legal_review_panels
    )
    parent_page_types = ["campaigns.HomePage", "campaigns.ContentPage"]
    subpage_types = ["campaigns.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")


class ReportPage(LegalReviewMixin, BasePage):
    """
    "Send a report": an anonymous, confidential or named report to the
    province's caseworkers, and the follow-up with a code (campaigns.reports).

    Its address must be the restricted area's (settings.RESTRICTED_AREAS:
    "gui-tin-bao" in Vietnamese, "send-a-report" in English), so that it is
    never cached, compressed or indexed; `clean` holds the editor to that.
    """

    intro = models.TextField(_("introduction"), help_text=_("Who may report, and what happens to a report."))
    urgent_advice = models.TextField(
        _("if someone is in danger now"),
        help_text=_(
            "Shown above the form and again after an urgent report: whom to call now (in Viet Nam and from abroad), "
            "and that reports are read during office hours."
        ),
    )
    privacy_notice = models.TextField(
        _("privacy notice"),
        help_text=_("What is collected, who reads it, and how long it is kept. Keep it short and plain."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("urgent_advice"),
        FieldPanel("privacy_notice"),
        *LegalReviewMixin.legal_review_panels,
    ]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = []
    # Nothing of it goes to the site's search index beyond its title: the form is not content.
    folded_search_fields = ("intro",)

    class Meta:
        verbose_name = _("report page")
        verbose_name_plural = _("report pages")

    def clean(self):
        super().clean()
        language = self.locale.language_code if self.locale_id else translation.get_language()
        with translation.override(language):
            expected = str(REPORT_SLUG).strip("/")
        if self.slug != expected:
            raise ValidationError(
                {
                    "slug": _(
                        "This page must have the address “%(slug)s” in this language, so that it is never cached "
                        "or indexed."
                    )
                    % {"slug": expected}
                }
            )

    def may_share(self, request):
        return False  # every answer is for one visitor only (a code, a form token)

    def serve(self, request, *args, **kwargs):
        from . import reports

        return reports.serve(self, request)
