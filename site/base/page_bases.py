"""
Page bases that more than one app builds on: a main image with its own
alternative text, the date a page's legal facts were last checked, and an
index that lists its children. All are abstract; each app declares where its
concrete pages sit in the tree.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from .models import BasePage
from .privacy import public_pages


class HeroImageMixin(models.Model):
    """A main image with its own alternative text, required whenever there is an image."""

    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_image_alt = models.CharField(
        _("main image alternative text"),
        max_length=250,
        blank=True,
        help_text=_("Describe what the image shows. Required when there is a main image."),
    )

    # Fetched with the page itself when it is routed to (BasePage.get_child_for_route).
    route_select_related = ("hero_image",)

    hero_panels = [MultiFieldPanel([FieldPanel("hero_image"), FieldPanel("hero_image_alt")], heading=_("Main image"))]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.hero_image_id and not self.hero_image_alt.strip():
            raise ValidationError({"hero_image_alt": _("Describe the main image for people who cannot see it.")})


class LegalReviewMixin(models.Model):
    """
    For a page type that states legal facts (who is entitled to what, a
    deadline, who does what, a number to call): the date an editor last
    checked them against the law, shown on the page.

    The "Legal check overdue" report (safereturn.base.legal_review) lists the
    pages of every type with this mixin whose check is older than
    LEGAL_REVIEW_MAX_AGE_DAYS, so that the next change in the law reaches
    every page. Put the mixin before BasePage in the bases, and add
    `legal_review_panels` to the content panels.
    """

    legal_checked_on = models.DateField(
        _("checked against the law on"),
        null=True,
        blank=True,
        help_text=_(
            "The day you last checked every legal fact on this page (entitlements, deadlines, who does what, "
            "numbers to call) against the law. Shown on the page. Leave it empty only if the page states no legal "
            "fact. Pages whose check is older than the review period are listed under Reports."
        ),
    )

    legal_review_panels = [FieldPanel("legal_checked_on")]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.legal_checked_on and self.legal_checked_on > timezone.localdate():
            raise ValidationError({"legal_checked_on": _("A check cannot be dated in the future.")})


class IndexPage(BasePage):
    """
    Abstract: a page that lists its live, public children as cards, newest first.

    Subclasses name the one child type they take in `subpage_types` and
    where they sit in `parent_page_types`, and override `children_order`
    and `empty_message` if they need to. The template is shared
    (base/index_page.html, cards from includes/page_card.html).
    """

    intro = models.TextField(_("introduction"), blank=True)

    folded_search_fields = ("intro",)
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    children_order = ("-first_published_at",)
    empty_message = _("Nothing has been published here yet.")

    class Meta:
        abstract = True

    def get_template(self, request, *args, **kwargs):
        # Wagtail gives every page class a template named after it; these share one.
        return "base/index_page.html"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        (child_model,) = self.allowed_subpage_models()
        context["children"] = public_pages(child_model.objects.live().child_of(self)).order_by(*self.children_order)
        return context
