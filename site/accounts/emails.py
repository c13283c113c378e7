"""
E-mails to staff, in their language (Wagtail's preferred_language, else the
site's): a plain-text and an HTML part from templates under account/email/.
They never carry a secret other than the single-use link they exist for.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def language_of(user):
    profile = getattr(user, "wagtail_userprofile", None)
    language = getattr(profile, "preferred_language", "") or settings.LANGUAGE_CODE
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(user, template, context, language=None):
    """Render account/email/<template>_subject.txt, .txt and .html in the user's language and send them."""
    if not user.email:
        return False
    with translation.override(language or language_of(user)):
        context = {"user": user, "site_name": settings.WAGTAIL_SITE_NAME, **context}
        subject = " ".join(render_to_string(f"account/email/{template}_subject.txt", context).split())
        text = render_to_string(f"account/email/{template}.txt", context)
        html = render_to_string(f"account/email/{template}.html", context)
    message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [user.email])
    message.attach_alternative(html, "text/html")
    message.send()
    return True
