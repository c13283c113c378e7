"""
Public pages are cached whole (see middleware.py) and so is the chrome
around them. Any change an editor makes that can show on a public page clears
that cache at once: correctness first, and a cold cache refills in moments.
"""

from django.core.cache import caches
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from .models import Hotline, SafetySettings


def clear_public_caches(**kwargs):
    caches["pages"].clear()


for signal in (page_published, page_unpublished, post_page_move, page_slug_changed):
    signal.connect(clear_public_caches, dispatch_uid=f"clear-public-caches-{signal!r}")


@receiver(post_delete, dispatch_uid="clear-public-caches-on-delete")
@receiver(post_save, dispatch_uid="clear-public-caches-on-save")
def clear_on_content_change(sender, **kwargs):
    if issubclass(sender, (Page, SafetySettings, Hotline, get_image_model(), get_document_model())):
        clear_public_caches()
