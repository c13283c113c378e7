"""
Who may receive which support: Law 53/2024/QH15, Art. 37, as data.

Art. 37 k1 lists the support (points a to k); k2 and k3 say who gets which:
an identified victim all of them; a person still being identified a to g
while in Viet Nam, a to d while abroad; an under-18 accompanying an
identified victim a to h; an under-18 accompanying a person still being
identified, that person's set (domain.md §3 gives the matrix and sources).

`allowed(case, participant=None)` is the one place the forms ask; the
matrix below is the one place the rule is written.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import ParticipantRole, PersonStatus


class Entitlement(models.TextChoices):
    """The points of Art. 37 k1, by their letters (Vietnamese order: đ after d, no f, no j)."""

    ESSENTIAL_NEEDS = "a", _("a. Essential needs (accommodation, food, daily items)")
    MEDICAL = "b", _("b. Medical care")
    INTERPRETATION = "c", _("c. Interpretation")
    LEGAL_SUPPORT = "d", _("d. Legal support (counselling, papers)")
    LEGAL_AID = "dd", _("đ. Free legal aid")
    TRAVEL = "e", _("e. Travel costs")
    PSYCHOLOGICAL = "g", _("g. Psychological support")
    EDUCATION = "h", _("h. Cultural education (schooling)")
    VOCATIONAL = "i", _("i. Vocational training, job counselling and placement")
    INITIAL_HARDSHIP = "k", _("k. Initial hardship allowance and loans")


class Beneficiary(models.TextChoices):
    VICTIM = "victim", _("Identified victim")
    IN_IDENTIFICATION = "in_identification", _("Person being identified, in Viet Nam")
    IN_IDENTIFICATION_ABROAD = "in_identification_abroad", _("Person being identified, abroad")
    MINOR_OF_VICTIM = "minor_of_victim", _("Under-18 accompanying an identified victim")


E = Entitlement
UP_TO_D = (E.ESSENTIAL_NEEDS, E.MEDICAL, E.INTERPRETATION, E.LEGAL_SUPPORT)
UP_TO_G = (*UP_TO_D, E.LEGAL_AID, E.TRAVEL, E.PSYCHOLOGICAL)
UP_TO_H = (*UP_TO_G, E.EDUCATION)

# Law 53/2024/QH15, Art. 37 k2–k3 (domain.md §3, source S11).
MATRIX = {
    Beneficiary.VICTIM: tuple(Entitlement),
    Beneficiary.MINOR_OF_VICTIM: UP_TO_H,
    Beneficiary.IN_IDENTIFICATION: UP_TO_G,
    Beneficiary.IN_IDENTIFICATION_ABROAD: UP_TO_D,
}


def beneficiary(case, participant=None):
    """
    Which line of the matrix applies: to the person received (by their
    status), or to an accompanying under-18 (by the status of the person they
    accompany; an under-18 accompanying someone still being identified gets
    that person's set). None for people the matrix does not cover: someone
    not identified as a victim, a relative, a legal representative.
    """
    if case.person_status == PersonStatus.VICTIM:
        principal = Beneficiary.VICTIM
    elif case.person_status == PersonStatus.IN_IDENTIFICATION:
        principal = Beneficiary.IN_IDENTIFICATION_ABROAD if case.person_abroad else Beneficiary.IN_IDENTIFICATION
    else:
        return None
    if participant is None:
        return principal
    if participant.role != ParticipantRole.ACCOMPANYING_MINOR:
        return None
    return Beneficiary.MINOR_OF_VICTIM if principal == Beneficiary.VICTIM else principal


def allowed(case, participant=None):
    """The entitlements the person may be given, in the law's order (empty when none)."""
    line = beneficiary(case, participant)
    return list(MATRIX[line]) if line is not None else []
