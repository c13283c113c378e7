"""
May data about a person go to another agency, and which? The one place that
answers (Law 53/2024 Art. 3 k10: nothing is disclosed without the person's
consent or their legal representative's, unless the law provides
otherwise). Referrals and exports of personal fields ask here; nothing
else reads casework.models.Consent to decide.

A consent counts on a day when it is in force that day (given, not expired,
not withdrawn), for the same purpose and the same recipient agency, and it
lets the recipient read only the field groups it lists.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Consent
from .permissions import Action, FieldGroup, can, writable_groups

ADULT_AGE = 18


def may_record(user, case):
    """
    Whether `user` may record (or record the withdrawal of) the person's consent on `case`: the posts that
    write the person's identity, who keep the case. Whoever receives data is not who says the person agreed.
    """
    return can(user, Action.CHANGE, case) and FieldGroup.IDENTITY in writable_groups(user, case)


def consented_groups(case, purpose, recipient_id, on=None):
    """The field groups the person's consents in force let `recipient_id` read for `purpose` (a frozenset)."""
    groups = set()
    for consent in Consent.objects.in_force(on).filter(case=case, purpose=purpose, recipient_id=recipient_id):
        groups |= set(consent.field_groups)
    return frozenset(groups)


def covering_consent(case, purpose, recipient_id, groups, on=None):
    """A consent in force that covers all of `groups` for `purpose` and `recipient_id`, or None."""
    for consent in Consent.objects.in_force(on).filter(case=case, purpose=purpose, recipient_id=recipient_id):
        if consent.covers(purpose, recipient_id, groups, on or timezone.localdate()):
            return consent
    return None


def age_on(birth_date, day):
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))


def needs_legal_representative(person, day):
    """A child's consent is signed by their legal representative (domain.md: for minors the representative signs)."""
    return person.birth_date is not None and age_on(person.birth_date, day) < ADULT_AGE


def withdrawal_error(consent, day):
    """Why `consent` cannot be withdrawn on `day`, or None."""
    if consent.withdrawn_on is not None:
        return _("This consent was withdrawn already.")
    if day > timezone.localdate():
        return _("A withdrawal cannot be dated in the future.")
    if day < consent.given_on:
        return _("A consent cannot be withdrawn before the day it was given (%(day)s).") % {
            "day": consent.given_on.strftime("%d/%m/%Y")
        }
    return None


def default_expiry(given_on):
    """What the form proposes as the last day (a year less a day; the law sets no length, so it can be changed)."""
    try:
        return given_on.replace(year=given_on.year + 1) - datetime.timedelta(days=1)
    except ValueError:  # 29 February
        return given_on + datetime.timedelta(days=364)
