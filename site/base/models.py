"""
What every public page shares, and the safety settings shown on every page.
"""

from django.conf import settings as django_settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Orderable, Page, PreviewableMixin, RevisionMixin
from wagtail.search import index

from .caching import is_anonymous_request, share_publicly, shows_on_public_pages
from .periodic import PeriodicJobRun  # noqa: F401  (the timer's bookkeeping, loaded with the app's models)
from .privacy import public_pages
from .search import fold


class BasePage(Page):
    """
    Abstract base of every public page: SEO and social fields, and folded
    search text so that queries without Vietnamese marks still match.

    Subclasses list the fields whose text should be searchable in
    `folded_search_fields`; StreamFields are reduced to their text.
    """

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social networks. 1200 × 630 pixels works best."),
    )
    social_text = models.CharField(
        _("social text"),
        max_length=255,
        blank=True,
        help_text=_("A short description for social networks. The search description is used if empty."),
    )

    folded_search_fields = ()

    search_fields = Page.search_fields + [
        index.SearchField("folded_title"),
        index.SearchField("folded_text"),
    ]

    promote_panels = Page.promote_panels + [
        MultiFieldPanel([FieldPanel("social_image"), FieldPanel("social_text")], heading=_("Social networks")),
    ]

    class Meta:
        abstract = True

    def clean(self):
        """
        Fold the slug to plain ASCII: "Cảnh giác đường dây" gives
        "canh-giac-duong-day", as Vietnamese sites write their addresses.
        Wagtail's own transliteration drops Vietnamese letters ("cnh-giac"),
        so the admin keeps them (WAGTAIL_ALLOW_UNICODE_SLUGS) and they are
        folded here, before Wagtail checks that the slug is free.
        """
        if self.slug:
            self.slug = slugify(fold(self.slug)) or self.slug
        super().clean()

    def folded_title(self):
        return fold(self.title)

    def folded_text(self):
        parts = [self.search_description]
        for name in self.folded_search_fields:
            value = getattr(self, name)
            field = self._meta.get_field(name)
            if isinstance(field, StreamField):
                parts.extend(str(text) for text in field.stream_block.get_searchable_content(value))
            else:
                parts.append(str(value or ""))
        return fold(" ".join(parts))

    @property
    def social_description(self):
        return self.social_text or self.search_description

    def may_share(self, request):
        """
        Whether this response to `request` may be given to every anonymous
        visitor from the page cache (caching.py). By default, any response to
        a request without a session. Override it for a page that differs from
        one visitor to another, or carries a secret, to return False.
        """
        if getattr(request, "is_dummy", False) or getattr(request, "is_preview", False):
            return False  # a preview shows a draft: never for the public cache
        return is_anonymous_request(request)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if self.may_share(request):
            share_publicly(response)
        return response

    def route(self, request, path_components):
        """Route to a child page, fetching it as its specific type in one query."""
        if not path_components:
            return super().route(request, path_components)
        child = self.get_child_for_route(path_components[0])
        # Saves treebeard a query if the child asks for its parent.
        child._cached_parent_obj = self
        return child.route(request, path_components[1:])

    def get_child_for_route(self, slug):
        """
        The child with this slug, as its specific page type, or Http404.

        Wagtail's default route spends two queries per level (the generic
        page, then its specific type). Every page type here inherits Page
        directly, so a LEFT JOIN on each allowed child type's table (and on
        the images it always shows, `route_select_related`) fetches the
        specific page in one.
        """
        child_models = [model for model in self.specific_class.allowed_subpage_models() if Page in model._meta.parents]
        related = []
        for model in child_models:
            accessor = model._meta.model_name
            related.append(accessor)
            related.extend(f"{accessor}__{field}" for field in getattr(model, "route_select_related", ()))
        try:
            child = self.get_children().select_related(*related).get(slug=slug)
        except Page.DoesNotExist as error:
            raise Http404 from error
        model = child.specific_class
        if model in child_models:
            return getattr(child, model._meta.model_name)
        return child.specific


def live_translation(page, locale):
    """The live, public translation of a page in a locale, else the page itself if live, else None."""
    if page is None:
        return None
    candidates = public_pages(page.get_translations(inclusive=True).live().filter(locale__in=[locale, page.locale]))
    by_locale = {candidate.locale_id: candidate for candidate in candidates}
    return by_locale.get(locale.pk) or by_locale.get(page.locale_id)


PHONE_NUMBER = RegexValidator(
    r"^\+?[0-9][0-9 .]{1,18}$", _("Enter a telephone number using digits, spaces and an optional leading +.")
)


@shows_on_public_pages
class SafetySettings(PreviewableMixin, DraftStateMixin, RevisionMixin, ClusterableModel):
    """
    The site's one safety record: the hotlines, the safety banner and the
    quick-exit address, edited in one place under Settings › Hotlines and
    safety.

    Numbers, emergency flags, their order and the quick-exit address are the
    same in every language (one record each), so a number changed once is
    changed on / and /en/ alike. The banner and each line's label and
    availability are written per language, side by side in the same form.
    Changes are drafts until published, with a preview of the header and
    footer in each language and a history; the public site reads the live
    version only (`current()`), and publishing refreshes every cached page.
    """

    banner_text = models.CharField(
        _("safety banner (Vietnamese)"),
        max_length=300,
        help_text=_(
            "Shown at the top of every page. Tell visitors how to leave quickly and where to read about browsing "
            "safely. Do not mention keyboard shortcuts: phones have none, and the site shows that hint itself where "
            "it works."
        ),
    )
    banner_text_en = models.CharField(
        _("safety banner (English)"),
        max_length=300,
        blank=True,
        help_text=_("The same banner for the English pages. Left empty, they show the Vietnamese one."),
    )
    internet_safety_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("internet safety page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The banner links to this page, or to its translation on the English pages."),
    )
    quick_exit_url = models.URLField(
        _("quick exit address"),
        default="https://www.google.com/",
        help_text=_("Where the quick-exit button takes the visitor: an ordinary site that draws no attention."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("banner_text"), FieldPanel("banner_text_en")], heading=_("Safety banner")),
        FieldPanel("internet_safety_page"),
        FieldPanel("quick_exit_url"),
        InlinePanel(
            "hotlines",
            heading=_("Hotlines"),
            label=_("Hotline"),
            min_num=1,
            help_text=_(
                "The numbers shown in the header, the footer and every hotline box, in this order. Only real "
                "numbers: never an example."
            ),
        ),
    ]

    class Meta:
        verbose_name = _("safety settings")
        verbose_name_plural = _("safety settings")

    def __str__(self):
        return str(_("Hotlines and safety"))

    def clean(self):
        super().clean()
        if SafetySettings.objects.exclude(pk=self.pk).exists():
            raise ValidationError(_("The site already has its safety settings; edit those instead."))

    @classmethod
    def current(cls):
        """The live record, with its hotlines, or None."""
        return cls.objects.filter(live=True).prefetch_related("hotlines").order_by("pk").first()

    def banner_for(self, language):
        """The banner in `language` ("vi" or "en"), the Vietnamese one when there is no translation."""
        return (self.banner_text_en if language == "en" else "") or self.banner_text

    # Preview: the header and footer of a public page, in each language.
    @property
    def preview_modes(self):
        return [(code, name) for code, name in django_settings.LANGUAGES]

    @property
    def default_preview_mode(self):
        return django_settings.LANGUAGE_CODE

    def get_preview_template(self, request, mode_name):
        return "base/safety_settings_preview.html"

    def serve_preview(self, request, mode_name):
        """A public page's header and footer built from this (draft) record, in the language of `mode_name`."""
        from .chrome import build_chrome  # chrome.py builds on these models

        language = mode_name if mode_name in dict(django_settings.LANGUAGES) else django_settings.LANGUAGE_CODE
        with translation.override(language):
            context = {**self.get_preview_context(request, mode_name), "chrome": build_chrome(language, safety=self)}
            response = TemplateResponse(request, self.get_preview_template(request, mode_name), context)
            return response.render()


@shows_on_public_pages
class Hotline(Orderable):
    """A telephone line shown in the header, the footer and hotline call-outs, in every language."""

    settings = ParentalKey(SafetySettings, related_name="hotlines", on_delete=models.CASCADE)
    number = models.CharField(
        _("number"),
        max_length=20,
        validators=[PHONE_NUMBER],
        help_text=_("As it is dialled in Viet Nam, for example 111. It is the same on the English pages."),
    )
    label = models.CharField(
        _("label (Vietnamese)"),
        max_length=120,
        help_text=_("For example: Tổng đài quốc gia về phòng, chống mua bán người."),
    )
    label_en = models.CharField(
        _("label (English)"),
        max_length=120,
        blank=True,
        help_text=_("For example: National hotline against human trafficking. Left empty, the Vietnamese is shown."),
    )
    availability = models.CharField(
        _("availability (Vietnamese)"), max_length=120, blank=True, help_text=_("For example: miễn phí, 24/7.")
    )
    availability_en = models.CharField(
        _("availability (English)"), max_length=120, blank=True, help_text=_("For example: free, 24/7.")
    )
    is_emergency = models.BooleanField(
        _("emergency number"), default=False, help_text=_("Emergency numbers are listed apart, as 'In danger now'.")
    )
    show_in_header = models.BooleanField(
        _("show in the header"),
        default=False,
        help_text=_("The header has room for two lines on a phone; every line is listed in the footer."),
    )

    panels = [
        FieldPanel("number"),
        MultiFieldPanel([FieldPanel("label"), FieldPanel("label_en")], heading=_("Label")),
        MultiFieldPanel([FieldPanel("availability"), FieldPanel("availability_en")], heading=_("Availability")),
        FieldPanel("is_emergency"),
        FieldPanel("show_in_header"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("hotline")
        verbose_name_plural = _("hotlines")

    def __str__(self):
        return f"{self.number} ({self.label})"

    def label_for(self, language):
        return (self.label_en if language == "en" else "") or self.label

    def availability_for(self, language):
        return (self.availability_en if language == "en" else "") or self.availability

    @property
    def tel_href(self):
        """The number as a tel: URI (digits and + only)."""
        return "tel:" + "".join(ch for ch in self.number if ch.isdigit() or ch == "+")
