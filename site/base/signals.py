"""Clear the public cache (caching.py) whenever published content may have changed."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import clear_public_caches
from .models import Hotline, SafetySettings

CONTENT_MODELS = (Page, PageViewRestriction, Site, SafetySettings, Hotline, get_image_model(), get_document_model())

page_published.connect(clear_public_caches, dispatch_uid="clear-public-caches-on-publish")
page_unpublished.connect(clear_public_caches, dispatch_uid="clear-public-caches-on-unpublish")
post_page_move.connect(clear_public_caches, dispatch_uid="clear-public-caches-on-move")
page_slug_changed.connect(clear_public_caches, dispatch_uid="clear-public-caches-on-slug-change")


@receiver(post_delete, dispatch_uid="clear-public-caches-on-delete")
@receiver(post_save, dispatch_uid="clear-public-caches-on-save")
def clear_on_content_change(sender, **kwargs):
    if issubclass(sender, CONTENT_MODELS):
        clear_public_caches()
