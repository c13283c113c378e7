"""
Page bases that more than one app builds on: a main image with its own
alternative text, and an index that lists its children. Both are abstract;
each app declares where its concrete pages sit in the tree.
"""

from django.core.exceptions import ValidationError
from django.db import models
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
