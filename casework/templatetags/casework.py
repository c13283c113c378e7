"""
Template helpers for casework pages. What a template may show is decided by
the permission layer (casework.permissions), never here: `casework_can`
asks `can()`, and dates are written the Vietnamese way (day/month/year).
"""

import datetime

from django import template
from django.utils import timezone

from ..permissions import can

register = template.Library()


@register.simple_tag(takes_context=True)
def casework_can(context, action, case=None):
    """{% casework_can "change" case as may_change %}: the permission layer's answer for the signed-in user."""
    request = context.get("request")
    return bool(request) and can(request.user, action, case)


@register.filter
def vn_date(value):
    """05/06/1987: the date as Vietnamese forms write it, in every language of the interface."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


@register.filter
def vn_datetime(value):
    """14:05, 05/06/2025 (local time)."""
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{value:%H:%M}, {vn_date(value)}"


@register.filter
def shown(value):
    """A value for display: dates the Vietnamese way, yes/no for booleans, a dash when empty."""
    from django.utils.translation import gettext

    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    if isinstance(value, datetime.date):
        return vn_date(value)
    if value in (None, ""):
        return "—"
    return value


@register.filter
def stage_label(value):
    """The translated name of a workflow stage code ("initial_verification" → "Xác minh ban đầu")."""
    from ..models import Stage

    try:
        return Stage(value).label
    except ValueError:
        return value


@register.filter
def overdue(day):
    """Whether a time limit ending on `day` has passed (the last day itself is still in time)."""
    return bool(day) and day < timezone.localdate()


@register.filter
def entitlement_label(value):
    """The translated name of an Art. 37 point ("dd" → "đ. Trợ giúp pháp lý miễn phí")."""
    from ..entitlements import Entitlement

    try:
        return Entitlement(value).label
    except ValueError:
        return value


@register.filter
def vnd(value):
    """1.500.000 đ: an amount in đồng as Vietnamese writes it, in every language of the interface."""
    if value in (None, ""):
        return ""
    return f"{int(value):,}".replace(",", ".") + " đ"


@register.filter
def get_item(mapping, key):
    """mapping[key], or None (also when there is no mapping): for per-field notes in a form."""
    return mapping.get(key) if isinstance(mapping, dict) else None


@register.filter
def group_labels(groups):
    """The translated names of field groups ("identity, contact" → "Danh tính, Liên lạc"), in the policy's order."""
    from ..permissions import FieldGroup

    return ", ".join(str(FieldGroup.LABELS[group]) for group in FieldGroup.ALL if group in (groups or ()))
