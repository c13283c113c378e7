"""
The public campaign site: home, campaigns, articles and stories, resources,
the job-offer self-check and the internet-safety page.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from safereturn.base.blocks import BodyStreamBlock, DocumentDownloadBlock, HotlineCalloutBlock, RichTextBlock
from safereturn.base.models import BasePage
from safereturn.base.page_bases import HeroImageMixin, IndexPage
from safereturn.base.privacy import public_pages


class HomePage(HeroImageMixin, BasePage):
    """The front page of one language: what trafficking looks like, and whom to call."""

    intro = models.TextField(_("introduction"), help_text=_("One or two sentences under the main heading."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    folded_search_fields = ("intro", "body")

    content_panels = (
        BasePage.content_panels + [FieldPanel("intro")] + HeroImageMixin.hero_panels + [FieldPanel("body")]
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "campaigns.CampaignIndexPage",
        "campaigns.ArticleIndexPage",
        "campaigns.ResourcesPage",
        "campaigns.SelfCheckPage",
        "campaigns.InternetSafetyPage",
        "campaigns.ContentPage",
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


class CampaignPage(HeroImageMixin, BasePage):
    """One awareness campaign: a risk, its warning signs, and what to do."""

    intro = models.TextField(_("summary"), help_text=_("Shown under the title and in lists of campaigns."))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    folded_search_fields = ("intro", "body")
    content_panels = (
        BasePage.content_panels + [FieldPanel("intro")] + HeroImageMixin.hero_panels + [FieldPanel("body")]
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


class ArticlePage(HeroImageMixin, BasePage):
    """
    A news article or a story of someone who came back.

    Stories carry pseudonyms only: the law forbids disclosing a victim's
    identity without consent, and a real name here can get someone hurt.
    """

    class Kind(models.TextChoices):
        ARTICLE = "article", _("Article")
        STORY = "story", _("Story")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.ARTICLE)
    date = models.DateField(_("date"))
    intro = models.TextField(_("summary"))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))
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
        FieldPanel("identities_protected"),
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


class ResourcesPage(BasePage):
    """Documents to download: leaflets, posters, the law, guides for families."""

    intro = models.TextField(_("introduction"), blank=True)
    documents = StreamField([("document", DocumentDownloadBlock())], verbose_name=_("documents"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("more information"), blank=True)

    folded_search_fields = ("intro", "documents", "body")
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("documents"), FieldPanel("body")]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resources page")
        verbose_name_plural = _("resources pages")


class SelfCheckQuestionBlock(blocks.StructBlock):
    """A yes/no question; a "yes" adds its weight to the visitor's score."""

    question = blocks.CharBlock(label=_("Question"), max_length=250)
    why = blocks.TextBlock(
        label=_("Why this matters"), help_text=_("Shown with the result, to explain the risk."), required=False
    )
    weight = blocks.ChoiceBlock(
        label=_("Weight of a yes"),
        choices=[("1", _("A warning sign")), ("3", _("A serious danger sign"))],
        default="1",
    )


class SelfCheckResultBlock(blocks.StructBlock):
    """Advice shown when the score reaches `minimum_score`."""

    minimum_score = blocks.IntegerBlock(label=_("From score"), min_value=0, default=0)
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    advice = blocks.TextBlock(label=_("Advice"))


class SelfCheckPage(BasePage):
    """
    "Check a job offer": yes/no questions scored in the browser.

    The answers never leave the visitor's device: there is no form submission
    and no storage. Without JavaScript the page still reads as a checklist
    with the same advice.
    """

    intro = models.TextField(_("introduction"))
    questions = StreamField([("question", SelfCheckQuestionBlock())], verbose_name=_("questions"))
    results = StreamField(
        [("result", SelfCheckResultBlock())],
        verbose_name=_("results"),
        help_text=_("One result for each score band, from the lowest minimum score up."),
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

    def sorted_results(self):
        return sorted(self.results, key=lambda block: block.value["minimum_score"])


class InternetSafetyPage(BasePage):
    """How to browse safely, and an honest account of what quick exit cannot do."""

    intro = models.TextField(_("introduction"))
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    folded_search_fields = ("intro", "body")
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["campaigns.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "campaigns/content_page.html"

    class Meta:
        verbose_name = _("internet safety page")
        verbose_name_plural = _("internet safety pages")


class ContentPage(BasePage):
    """A plain page of text and blocks: how to report, your rights, about us."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"))

    folded_search_fields = ("intro", "body")
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["campaigns.HomePage", "campaigns.ContentPage"]
    subpage_types = ["campaigns.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
