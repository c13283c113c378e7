"""Start a new generation of the public cache (caching.py) whenever public content may have changed."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .caching import invalidate_public_caches, is_public_content, shows_on_public_pages

# Pages change the public site when they are published, unpublished, moved or
# deleted (the signals below); saving a draft changes nothing public.
page_published.connect(invalidate_public_caches, dispatch_uid="invalidate-public-caches-on-publish")
page_unpublished.connect(invalidate_public_caches, dispatch_uid="invalidate-public-caches-on-unpublish")
post_page_move.connect(invalidate_public_caches, dispatch_uid="invalidate-public-caches-on-move")
page_slug_changed.connect(invalidate_public_caches, dispatch_uid="invalidate-public-caches-on-slug-change")

# Wagtail's own models that public pages show or depend on. The project's
# models declare themselves where they are defined (@shows_on_public_pages).
for model in (PageViewRestriction, CollectionViewRestriction, Site, get_image_model(), get_document_model()):
    shows_on_public_pages(model)


@receiver(post_delete, dispatch_uid="invalidate-public-caches-on-delete")
@receiver(post_save, dispatch_uid="invalidate-public-caches-on-save")
def invalidate_on_content_change(sender, signal, **kwargs):
    if is_public_content(sender) or (signal is post_delete and issubclass(sender, Page)):
        invalidate_public_caches()
