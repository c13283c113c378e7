from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import NoReverseMatch

register = template.Library()


@register.simple_tag
def sign_in_url(next_path):
    """The sign-in door's address, returning to `next_path`; "" while there is no door to send people to."""
    try:
        url = resolve_url(settings.LOGIN_URL)
    except NoReverseMatch:
        return ""
    return f"{url}?{urlencode({'next': next_path})}"


@register.filter
def minutes(seconds):
    """Whole minutes, rounded up, from seconds."""
    if seconds is None:
        return None
    return -(-int(seconds) // 60)


@register.filter
def grade(value):
    """A percentage for people: "85" or "72.5" (as the active language writes numbers), no trailing zeros."""
    if value is None:
        return ""
    from django.utils.formats import number_format

    rounded = round(float(value), 1)
    return number_format(rounded, 0 if rounded == int(rounded) else 1)
