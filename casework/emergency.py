"""
Emergency ("break-glass") access: the rules, in one place.

A caseworker whose role allows it (Action.BREAK_GLASS) opens a case their
posts do not reach by typing its number and writing why. The access is
read-only (permissions.EMERGENCY_ACTIONS), for settings.BREAK_GLASS_HOURS;
it shows at once on the pages of the coordinators whose province holds the
case and of every auditor (`overseen`), and they are e-mailed, with no
personal data: not the person, not the case number, not the reason.
"""

import datetime
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from safereturn.base.ratelimit import WindowCounter

from .models import Case, EmergencyAccess, normalise_case_number
from .permissions import ROLES, Action, _grants, actor

logger = logging.getLogger(__name__)
# Shorter is not a reason ("xem", "gấp"): the form asks for a sentence.
MIN_REASON_LENGTH = 20
# The overseers' pages list the accesses of this many days, the open ones first.
RECENT_DAYS = 30
# Numbers that match no case, per user and hour, before the form stops looking any up. Case numbers are short and
# sequential within a province and a year (models.Case.number): without a limit, the form would tell an insider
# which numbers exist, a reason typed each time. Five is enough for honest typing slips; every miss is audited.
MAX_MISSED_NUMBERS = 5
MISSED_NUMBERS_WINDOW = 60 * 60


def missed_numbers():
    """The count of each user's case numbers that matched no case (site/base/ratelimit.py)."""
    return WindowCounter("emergency-missed-number:user", window=MISSED_NUMBERS_WINDOW)


def looked_up_again_at(tally):
    """When a user stopped by MAX_MISSED_NUMBERS (their `missed_numbers` tally) may look numbers up again."""
    return datetime.datetime.fromtimestamp(tally.ends, datetime.UTC)


def find_case(number):
    """The case numbered `number` in any province, or None."""
    normalised = normalise_case_number(number)
    return Case.objects.filter(number=normalised).first() if normalised else None


def open_access(user, case, reason, now=None):
    """Record an emergency access of `user` to `case`; the overseers are e-mailed once it is committed."""
    now = now or timezone.now()
    access = EmergencyAccess.objects.create(
        case=case,
        user=user,
        reason=reason,
        opened_at=now,
        expires_at=now + datetime.timedelta(hours=settings.BREAK_GLASS_HOURS),
    )
    transaction.on_commit(lambda: notify_overseers(case))
    return access


def overseer_emails(case):
    """The addresses of the people whose current posts oversee emergency accesses to `case` (Grant.oversees)."""
    from django.contrib.auth import get_user_model

    from safereturn.accounts.models import Membership

    overseeing = [code for code, role in ROLES.items() if Action.EMERGENCY_OVERSIGHT in role.actions]
    grants = _grants(Membership.objects.current().filter(role__in=overseeing, user__is_active=True))
    users = [user_id for user_id, held in grants.items() if any(grant.oversees(case) for grant in held)]

    return sorted(
        get_user_model().objects.filter(pk__in=users).exclude(email="").values_list("email", flat=True).distinct()
    )


def notify_overseers(case):
    """
    E-mail the overseers that an emergency access was opened: when, and
    where to look; nothing about the person, the case or the reason. The
    overseers' pages show it whether or not the e-mail goes.
    """
    addresses = overseer_emails(case)
    if not addresses:
        return
    with translation.override(settings.LANGUAGE_CODE):
        subject = str(_("Emergency access to a case"))
        body = str(
            _(
                "A caseworker has just opened a case outside their area under emergency access. Check the reason "
                "on the emergency access page: %(url)s"
            )
        ) % {"url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("casework:emergency_list")}
    try:
        send_mail(subject, body, None, addresses)
    except Exception:
        # The access is on the overseers' pages either way; the log says only that the e-mail failed.
        logger.exception("The overseers could not be e-mailed about an emergency access.")


def reading_until(user, case):
    """When `user`'s emergency access to `case` ends, if that access is how they read it now; else None."""
    who = actor(user)
    if case.pk not in who.emergency_cases() or not any(grant.via_emergency for grant in who.grants_for(case)):
        return None
    return (
        EmergencyAccess.objects.current()
        .filter(user=user, case=case)
        .order_by("-expires_at")
        .values_list("expires_at", flat=True)
        .first()
    )


def open_count(user):
    """How many emergency accesses `user` oversees are open now (0 for anyone who oversees none)."""
    if not actor(user).may(Action.EMERGENCY_OVERSIGHT):
        return 0
    return overseen(user).filter(expires_at__gt=timezone.now()).count()


def overseen(user, now=None):
    """The emergency accesses `user` oversees, of the last RECENT_DAYS: all for an auditor, their places' else."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=RECENT_DAYS)
    who = actor(user)
    accesses = EmergencyAccess.objects.filter(opened_at__gte=since).select_related("case", "user")
    condition = Q(pk__in=[])
    for grant in who.grants:
        if Action.EMERGENCY_OVERSIGHT not in grant.role.actions:
            continue
        if grant.role.scope is None:
            return accesses  # (Grant.oversees: a role without places oversees them all)
        condition |= Q(case__in=Case.objects.filter(grant.case_filter()))
    return accesses.filter(condition)
