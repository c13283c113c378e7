"""
Referrals and transfers between agencies: the rules, in one place.

- `sharing(case, to_agency, purpose, basis, ...)` says whether data may go
  at all (Law 53/2024 Art. 3 k10): under the person's consent in force for
  that purpose and that agency (casework.consents), or a recorded legal
  basis; and which field groups go: what the consent allows and the
  purpose needs (PURPOSE_GROUPS). A refusal says why.
- `ends(user, referral)` says at which end of a referral a user stands, and
  `step_error(user, referral, step)` whether they may make a step of
  casework.workflow.REFERRAL_STEPS; `make_step()` is the only code that
  changes a referral's state (row locked, state read again).
- `visible_referrals(user)`: the referrals a user may read, sent by one of
  their agencies or for a case they keep, or sent to one of their agencies.
  A receiver reads the case itself only once it accepts, through the
  permission layer (Actor.referral_grants), limited to `field_groups`.
- A transfer, on acceptance, moves the case to the receiving commune
  (`move_case`): its commune and province change, and the assignments of
  people whose posts no longer reach it end.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import CaseAssignment, LegalBasis, Referral, ReferralEvent, SharingPurpose, Stage
from .permissions import Action, FieldGroup, actor, can
from .workflow import RECEIVING_END, REFERRAL_STEPS_BY_CODE, SENDING_END

G = FieldGroup
# What each purpose needs to know, at most: a referral shares the part of this that the consent allows.
PURPOSE_GROUPS = {
    SharingPurpose.SHELTER: frozenset({G.IDENTITY, G.CONTACT, G.HEALTH, G.SUPPORT, G.PROTECTION, G.DOCUMENTS}),
    SharingPurpose.VERIFICATION: frozenset({G.IDENTITY, G.TRAFFICKING, G.PROTECTION, G.DOCUMENTS}),
    SharingPurpose.HEALTH: frozenset({G.IDENTITY, G.CONTACT, G.HEALTH}),
    SharingPurpose.LEGAL_AID: frozenset({G.IDENTITY, G.CONTACT, G.TRAFFICKING, G.DOCUMENTS}),
    SharingPurpose.EDUCATION_EMPLOYMENT: frozenset({G.IDENTITY, G.CONTACT, G.SUPPORT}),
    SharingPurpose.REINTEGRATION: frozenset({G.IDENTITY, G.CONTACT, G.SUPPORT, G.PROTECTION, G.DOCUMENTS}),
}
TRANSFER_AGENCY_TYPE = "commune_committee"


@dataclass(frozen=True)
class Sharing:
    """What a referral would share, on which consent; `error` says why nothing may go."""

    groups: frozenset = frozenset()
    consent: object = None
    error: str = ""


def sharing(case, to_agency, purpose, basis, legal_reference="", on=None):
    """What may go to `to_agency` for `purpose` on `basis` (LegalBasis), on day `on` (today)."""
    needed = PURPOSE_GROUPS[purpose]
    if basis != LegalBasis.CONSENT:
        if not legal_reference.strip():
            return Sharing(error=_("Cite the request or the provision of law that allows this without consent."))
        return Sharing(groups=needed)
    best = None
    for consent in case.consents.in_force(on).filter(purpose=purpose, recipient_id=to_agency.pk):
        groups = needed & set(consent.field_groups)
        if groups and (best is None or len(groups) > len(best.groups)):
            best = Sharing(groups=frozenset(groups), consent=consent)
    if best is None:
        return Sharing(
            error=_(
                "No consent of the person in force lets their data go to %(agency)s for this purpose (it may have "
                "been withdrawn or have expired). Record the person's consent first, or a legal basis."
            )
            % {"agency": to_agency.display_name}
        )
    return best


def send_error(user, case, to_agency, kind, purpose):
    """Why `user` cannot send this referral or transfer of `case`, or ''. (The basis is `sharing`'s.)"""
    if not can(user, Action.REFER, case):
        return _("Only the posts that keep the case send it to another agency.")
    if case.stage == Stage.CLOSED:
        return _("The case is closed.")
    if to_agency.pk in sending_agencies(user, case):
        return _("The case is already with your agency.")
    if kind == Referral.Kind.TRANSFER:
        if to_agency.agency_type != TRANSFER_AGENCY_TYPE or to_agency.administrative_unit_id is None:
            return _("A case is transferred to a commune People's Committee (the person's place of residence).")
        if to_agency.administrative_unit_id == case.commune_id:
            return _("The case is already in that commune.")
        if case.referrals.filter(kind=Referral.Kind.TRANSFER, state=Referral.State.PENDING).exists():
            return _("A transfer of this case is already waiting for an answer.")
    open_ones = case.referrals.open().filter(to_agency=to_agency, purpose=purpose, kind=kind)
    if open_ones.exists():
        return _("This agency already has an open referral of the case for this purpose.")
    return ""


def sending_agencies(user, case):
    """The agencies of the user's posts that keep `case` by their places (and may refer it)."""
    return [
        grant.agency_id
        for grant in actor(user).grants_for(case)
        if Action.REFER in grant.role.actions and not grant.via_referral
    ]


def send(user, case, *, kind, to_agency, purpose, basis, legal_reference="", message="", sharing_result):
    """Record a referral (or transfer) as sent, with its first event; the caller checked send_error and audits."""
    with transaction.atomic():
        referral = Referral.objects.create(
            case=case,
            kind=kind,
            from_agency_id=sending_agencies(user, case)[0],
            to_agency=to_agency,
            purpose=purpose,
            basis=basis,
            consent=sharing_result.consent,
            legal_reference=legal_reference.strip() if basis != LegalBasis.CONSENT else "",
            field_groups=sorted(sharing_result.groups),
            message=message,
            from_commune_id=case.commune_id if kind == Referral.Kind.TRANSFER else None,
            sent_by_id=user.pk,
        )
        ReferralEvent.objects.create(
            referral=referral, step="send", made_by_id=user.pk, agency_id=referral.from_agency_id
        )
    return referral


# Who stands where --------------------------------------------------------------------------------------------------


def ends(user, referral):
    """The ends of `referral` at which `user` stands: SENDING_END (keeps the case), RECEIVING_END (post there)."""
    who = actor(user)
    found = set()
    if referral.to_agency_id in who.receiving_agencies:
        found.add(RECEIVING_END)
    if can(user, Action.REFER, referral.case):
        found.add(SENDING_END)
    return found


def step_error(user, referral, code):
    """Why `user` may not make step `code` of `referral` now, or ''."""
    step = REFERRAL_STEPS_BY_CODE.get(code)
    if step is None or not step.sources or referral.kind not in step.kinds or referral.state not in step.sources:
        return _("This step is not possible in the referral's state (%(state)s).") % {
            "state": referral.get_state_display()
        }
    if not ends(user, referral) & set(step.ends):
        if step.ends == (RECEIVING_END,):
            return _("Only the receiving agency answers a referral.")
        if step.ends == (SENDING_END,):
            return _("Only the posts that keep the case cancel what they sent.")
        return _("Only the two agencies of the referral may end it.")
    return ""


def allowed_steps(user, referral):
    """The steps `user` may make on `referral` now, in the table's order."""
    return [step for code, step in REFERRAL_STEPS_BY_CODE.items() if not step_error(user, referral, code)]


class StateChanged(Exception):
    """The referral left the state the page showed (another tab, the other end) before the form was sent."""


class BasisLost(Exception):
    """Accepting would share what no longer has a basis (the consent was withdrawn or expired meanwhile)."""


def make_step(user, referral, code, reason="", agency_id=None):
    """
    Make step `code` of `referral` as `user`, with the referral's row locked
    and its state read again (StateChanged if it moved). Accepting checks
    the basis again and, for a transfer, moves the case. Returns the event.
    """
    step = REFERRAL_STEPS_BY_CODE[code]
    with transaction.atomic():
        locked = Referral.objects.select_for_update().select_related("case", "to_agency").get(pk=referral.pk)
        if locked.state != referral.state or locked.state not in step.sources:
            raise StateChanged(locked.get_state_display())
        if code == "accept":
            again = sharing(locked.case, locked.to_agency, locked.purpose, locked.basis, locked.legal_reference)
            if again.error:
                raise BasisLost(again.error)
        Referral.objects.filter(pk=locked.pk).update(state=step.target)
        event = ReferralEvent.objects.create(
            referral=locked, step=code, made_by_id=user.pk, agency_id=agency_id, reason=reason
        )
        if code == "accept" and locked.kind == Referral.Kind.TRANSFER:
            move_case(locked.case, locked.to_agency)
    referral.state = step.target
    return event


def move_case(case, to_agency):
    """
    A transfer accepted: the case now belongs to the receiving commune (and
    its province). Assignments of people none of whose posts reach the case
    any more end, so that nobody keeps a case by an old assignment.
    """
    from safereturn.accounts.models import Membership

    from .permissions import _grants

    commune = to_agency.administrative_unit
    case.commune_id = commune.pk
    case.province_id = commune.parent_id or commune.pk
    type(case).objects.filter(pk=case.pk).update(
        commune_id=case.commune_id, province_id=case.province_id, updated_at=timezone.now()
    )
    active = CaseAssignment.objects.active().filter(case=case)
    users = list(active.values_list("user_id", flat=True))
    grants = _grants(Membership.objects.current().filter(user_id__in=users))
    gone = [user_id for user_id in users if not any(grant.covers(case) for grant in grants.get(user_id, []))]
    active.filter(user_id__in=gone).update(ended_at=timezone.now())


def visible_referrals(user):
    """The referrals `user` may read: of the cases they keep, sent by their agencies, or sent to them."""
    from django.db.models import Q

    from .permissions import visible_cases

    who = actor(user)
    agencies = who.receiving_agencies
    if not agencies:
        return Referral.objects.none()
    keeping = visible_cases(user, referred=False).values("pk")
    return Referral.objects.filter(Q(to_agency_id__in=agencies) | Q(from_agency_id__in=agencies) | Q(case__in=keeping))
