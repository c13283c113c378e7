"""
The legal workflow of a case, as one table (domain.md §2.2).

Each Transition says from which stages a case may move, to which stage,
which legal step it is (casework.models.reference.LegalStep), what has to
be recorded with it, and which time limit starts running when it is made.
The case page lists the transitions of the case's stage; `make()` is the
only code that moves a case.

Who may make a step is not written here but read from the dated reference
data: StepAuthority names the type of agency that leads each legal step,
under the case's legal regime, on the day (the reception date for the
steps of reception, today for the others). A user may make the step when
one of their posts that may change the case is at an agency of that type.
Where the law names nobody (domain.md marks those UNSOURCED, so there is
no row), the table's `fallback_roles` decide, and the page says that the
rule is this system's, not the law's.

Why a table and not django-fsm-2's decorated model methods: who may act
depends on dated data and on the case's regime, and every step needs a
form, a record and an audit event; as methods on Case, these would scatter
across the model, the views and the permission layer. Here one reading of
this file shows the whole workflow, and a test walks it.
"""

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .deadlines import Deadline, deadline_for
from .models import Case, CaseStep, LegalStep, PersonStatus, Referral, Stage, StepAuthority
from .permissions import Action, actor


@dataclass(frozen=True)
class Transition:
    code: str
    label: object
    sources: tuple
    target: str
    step: str | None = None  # the LegalStep whose reference data names who makes it
    fallback_roles: tuple = ()  # when the reference data names nobody (the law is silent)
    person_status: str | None = None  # what the person's status becomes
    starts: str | None = None  # the LegalStep whose time limit starts on the step's day
    needs_decision: bool = False  # a decision's (or record's) number and date
    needs_until: bool = False  # the day a decided period ends (an extension)
    needs_note: bool = False
    note_label: object = _("Note")
    help_text: object = ""


S = Stage
VERIFYING = (S.INITIAL_VERIFICATION, S.FURTHER_VERIFICATION)
OFFICERS = ("casework_commune_officer", "casework_provincial_officer")
PROVINCIAL = ("casework_provincial_officer",)

TRANSITIONS = (
    Transition(
        "receive",
        _("Receive the person at the commune"),
        (S.REPORTED,),
        S.RECEIVED_BY_COMMUNE,
        step=LegalStep.RECEPTION,
        help_text=_("Whoever else took the report brings the person to the commune People's Committee at once."),
    ),
    Transition(
        "notify",
        _("Notify the provincial health department"),
        (S.RECEIVED_BY_COMMUNE,),
        S.INITIAL_VERIFICATION,
        step=LegalStep.NOTIFICATION,
        starts=LegalStep.INITIAL_VERIFICATION,
        needs_decision=True,
        help_text=_(
            "The date the department received the notice: the time limit for initial verification runs from it."
        ),
    ),
    Transition(
        "identified_at_once",
        _("Initial verification: identified (confirming documents exist)"),
        (S.INITIAL_VERIFICATION,),
        S.IDENTIFIED,
        step=LegalStep.INITIAL_VERIFICATION,
        person_status=PersonStatus.VICTIM,
        needs_decision=True,
        needs_note=True,
        note_label=_("Police officer who verified with you, and the confirming documents"),
    ),
    Transition(
        "further_verification",
        _("Initial verification: no confirming documents yet, verify further"),
        (S.INITIAL_VERIFICATION,),
        S.FURTHER_VERIFICATION,
        step=LegalStep.INITIAL_VERIFICATION,
        starts=LegalStep.FURTHER_VERIFICATION,
        needs_decision=True,
        needs_note=True,
        note_label=_("Police officer who verified with you, and what is still missing"),
    ),
    Transition(
        "identified",
        _("Identified as a victim"),
        (S.FURTHER_VERIFICATION,),
        S.IDENTIFIED,
        step=LegalStep.FURTHER_VERIFICATION,
        fallback_roles=PROVINCIAL,
        person_status=PersonStatus.VICTIM,
        needs_decision=True,
    ),
    Transition(
        "not_identified",
        _("Not identified as a victim"),
        (S.FURTHER_VERIFICATION,),
        S.NOT_IDENTIFIED,
        step=LegalStep.FURTHER_VERIFICATION,
        fallback_roles=PROVINCIAL,
        person_status=PersonStatus.NOT_IDENTIFIED,
        needs_decision=True,
        needs_note=True,
        note_label=_("Grounds of the conclusion"),
    ),
    Transition(
        "plan_support",
        _("Plan the support with the person"),
        (S.IDENTIFIED,),
        S.SUPPORT_PLANNED,
        fallback_roles=OFFICERS,
        needs_note=True,
        note_label=_("The person's wishes and the support planned"),
    ),
    Transition(
        "admit",
        _("Admit to a shelter"),
        (S.IDENTIFIED, S.SUPPORT_PLANNED, *VERIFYING),
        S.SHELTERED,
        step=LegalStep.ESSENTIAL_NEEDS,
        starts=LegalStep.ESSENTIAL_NEEDS,
        needs_decision=True,
        help_text=_("Accommodation and essential needs last up to 120 days from admission, unless extended."),
    ),
    Transition(
        "extend_stay",
        _("Extend the stay (by decision)"),
        (S.SHELTERED,),
        S.SHELTERED,
        step=LegalStep.ESSENTIAL_NEEDS,
        needs_decision=True,
        needs_until=True,
    ),
    Transition(
        "discharge",
        _("Discharge from the shelter and hand over"),
        (S.SHELTERED,),
        S.HANDED_OVER,
        step=LegalStep.ESSENTIAL_NEEDS,
        needs_decision=True,
        needs_note=True,
        note_label=_("To whom the person was handed over"),
    ),
    Transition(
        "hand_over",
        _("Hand over to the family or the place of residence"),
        (S.SUPPORT_PLANNED, S.IDENTIFIED),
        S.HANDED_OVER,
        fallback_roles=OFFICERS,
        needs_decision=True,
        needs_note=True,
        note_label=_("To whom the person was handed over"),
    ),
    Transition(
        "reintegrate",
        _("Start reintegration at the place of residence"),
        (S.HANDED_OVER,),
        S.REINTEGRATION,
        fallback_roles=OFFICERS,
    ),
    Transition(
        "close",
        _("Close the case"),
        (S.NOT_IDENTIFIED, S.SUPPORT_PLANNED, S.HANDED_OVER, S.REINTEGRATION),
        S.CLOSED,
        fallback_roles=OFFICERS,
        needs_note=True,
        note_label=_("Why the case is closed (support delivered, refused, contact lost)"),
    ),
)
BY_CODE = {transition.code: transition for transition in TRANSITIONS}


# Referrals and transfers between agencies (casework.referrals), as the same kind of table: from which
# states each step goes, to which, and which end makes it. SENDING_END: the posts that keep the case and
# record the person's consent; RECEIVING_END: the case-reading posts at the receiving agency.
SENDING_END = "sending"
RECEIVING_END = "receiving"


@dataclass(frozen=True)
class ReferralStep:
    code: str
    label: object
    sources: tuple
    target: str
    ends: tuple  # SENDING_END, RECEIVING_END or both
    kinds: tuple = (Referral.Kind.REFERRAL, Referral.Kind.TRANSFER)
    needs_reason: bool = False
    reason_label: object = _("Reason")


R = Referral.State
REFERRAL_STEPS = (
    ReferralStep("send", _("Send"), (), R.PENDING, (SENDING_END,)),
    ReferralStep("accept", _("Accept"), (R.PENDING,), R.ACCEPTED, (RECEIVING_END,)),
    ReferralStep(
        "decline",
        _("Decline"),
        (R.PENDING,),
        R.DECLINED,
        (RECEIVING_END,),
        needs_reason=True,
        reason_label=_("Why your agency declines"),
    ),
    ReferralStep(
        "cancel",
        _("Cancel"),
        (R.PENDING,),
        R.CANCELLED,
        (SENDING_END,),
        needs_reason=True,
        reason_label=_("Why the referral is cancelled"),
    ),
    # An accepted transfer has moved the case: there is nothing left to end.
    ReferralStep(
        "end",
        _("End the referral"),
        (R.ACCEPTED,),
        R.ENDED,
        (SENDING_END, RECEIVING_END),
        kinds=(Referral.Kind.REFERRAL,),
        needs_reason=True,
        reason_label=_("Why the referral ends (work done, the person's wish)"),
    ),
)
REFERRAL_STEPS_BY_CODE = {step.code: step for step in REFERRAL_STEPS}


def available(case):
    """The transitions the case's stage allows, in the table's order."""
    return [transition for transition in TRANSITIONS if case.stage in transition.sources]


@dataclass(frozen=True)
class Permission:
    """Whether a user may make a transition on a case, and the reason given either way."""

    allowed: bool
    reason: object
    by_law: bool  # the reference data names the agency (False: this system's own rule)


def leading_agency_types(transition, case, on):
    if transition.step is None:
        return []
    return list(
        StepAuthority.objects.for_step(transition.step, case.legal_regime, on)
        .filter(leads=True)
        .values_list("agency_type", flat=True)
    )


def permission(user, case, transition, on=None, agency_types=None):
    """
    May `user` make `transition` on `case` (on day `on`, default today)? With
    the reason, for the page. `agency_types`, when given, are the leading
    agency types already read for the transition's step (see next_steps).
    """
    from safereturn.organisation.models import Agency

    on = on or timezone.localdate()
    changing = [grant for grant in actor(user).grants_for(case) if Action.CHANGE in grant.role.actions]
    if agency_types is None:
        agency_types = leading_agency_types(transition, case, on)
    if agency_types:
        names = ", ".join(str(Agency.Type(value).label) for value in agency_types)
        if any(grant.agency_type in agency_types for grant in changing):
            return Permission(True, _("By law, made by: %(agencies)s.") % {"agencies": names}, True)
        return Permission(False, _("By law, only %(agencies)s makes this step.") % {"agencies": names}, True)
    from .permissions import ROLES

    roles = ", ".join(str(ROLES[code].label) for code in transition.fallback_roles)
    if any(grant.role.code in transition.fallback_roles for grant in changing):
        return Permission(True, _("The law names nobody; here it is made by: %(roles)s.") % {"roles": roles}, False)
    if not roles:
        return Permission(False, _("No agency is named for this step on this date."), False)
    return Permission(False, _("The law names nobody; here only %(roles)s makes this step.") % {"roles": roles}, False)


def next_steps(user, case):
    """[(transition, Permission)] for the case's stage, reading the reference data once for all of them."""
    on = timezone.localdate()
    rows = StepAuthority.objects.current(on).filter(legal_regime=case.legal_regime, leads=True)
    leading = {}
    for step, agency_type in rows.values_list("step", "agency_type"):
        leading.setdefault(step, []).append(agency_type)
    return [
        (transition, permission(user, case, transition, on, leading.get(transition.step, [])))
        for transition in available(case)
    ]


def names_of(user_ids):
    """{user id: full name, else username} of the people who made steps (of a case or a referral), in one query."""
    from django.contrib.auth import get_user_model

    makers = get_user_model().objects.filter(pk__in={user_id for user_id in user_ids if user_id})
    return {user.pk: user.get_full_name() or user.get_username() for user in makers}


def history(case):
    """The case's steps, oldest first, each with `maker`: who recorded it (their names read in one query)."""
    steps = list(case.steps.all())
    names = names_of(step.made_by_id for step in steps)
    for step in steps:
        step.maker = names.get(step.made_by_id, "")
    return steps


def current_deadline(case, steps=None):
    """
    The time limit now running on the case (from its last step that started
    one), or "no legal deadline". `steps`, when given, are the case's steps
    already read, in any order.
    """
    label = case.get_stage_display()
    if steps is None:
        last = case.steps.order_by("-made_on", "-recorded_at").first()
    else:
        last = max(steps, key=lambda step: (step.made_on, step.recorded_at), default=None)
    if last is None or case.stage == Stage.CLOSED:
        return Deadline(step_label=label)
    if last.until:
        return Deadline(
            step_label=label,
            due_on=last.until,
            legal_basis=_("decision %(number)s") % {"number": last.decision_number},
        )
    transition = BY_CODE.get(last.transition)
    if transition is None or transition.starts is None:
        # An extension keeps the limit it set; other steps end the running one.
        return Deadline(step_label=label)
    return deadline_for(transition.starts, label, last.made_on, case.legal_regime)


class StageChanged(Exception):
    """The case left the stage the form was made for (another tab, another person) before it was sent."""


def make(case, transition, user, made_on, expected_stage, decision_number="", decision_date=None, until=None, note=""):
    """
    Make `transition` on `case`, as `user`, dated `made_on`; returns the CaseStep.
    The case's row is locked and its stage read again first: if it is no
    longer `expected_stage`, StageChanged is raised and nothing is written.
    The caller checks `permission()` and audits.
    """
    with transaction.atomic():
        locked = Case.objects.select_for_update().get(pk=case.pk)
        if locked.stage != expected_stage or locked.stage not in transition.sources:
            raise StageChanged(locked.get_stage_display())
        step = CaseStep.objects.create(
            case=locked,
            transition=transition.code,
            from_stage=locked.stage,
            to_stage=transition.target,
            made_on=made_on,
            made_by_id=user.pk,
            decision_number=decision_number,
            decision_date=decision_date,
            until=until,
            note=note,
        )
        changed = ["stage", "stage_since", "due_on"]
        locked.stage = transition.target
        locked.stage_since = made_on
        if transition.person_status:
            locked.person_status = transition.person_status
            changed.append("person_status")
        locked.due_on = current_deadline(locked).due_on
        Case.objects.filter(pk=locked.pk).update(
            stage=locked.stage,
            stage_since=locked.stage_since,
            due_on=locked.due_on,
            person_status=locked.person_status,
            updated_at=timezone.now(),
        )
    case.stage, case.stage_since, case.due_on, case.person_status = (
        locked.stage,
        locked.stage_since,
        locked.due_on,
        locked.person_status,
    )
    step.changed_fields = changed
    return step


def earliest_step_day(case):
    """A step cannot be dated before the case's reception, nor before the last step."""
    last = case.steps.order_by("-made_on").values_list("made_on", flat=True).first()
    return max(filter(None, [case.received_on, last])) if (case.received_on or last) else datetime.date.min
