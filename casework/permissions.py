"""
Who may do what in casework: the one permission layer.

Access = the role's permission AND jurisdiction AND, for roles that need it,
an assignment to the case. Deny by default: nothing here grants anything
that the table below does not say, and `is_superuser` grants nothing at all
(a superuser without a casework post reads no case).

Everything goes through this module, and nothing else decides:

- `visible_cases(user)`: the only queryset of cases any view, search, form
  choice, print or (later) export starts from;
- `can(user, action, case=None)`: whether `user` may do `action` (to
  `case`, for the actions that concern one);
- the field policy: personal fields are grouped (FIELD_GROUPS: identity,
  contact, health, trafficking facts, support, protection, documents) and
  each role reads and writes given groups (`readable_groups`,
  `writable_groups`); pages and prints show only `case_sections(...)`, forms
  keep only writable fields (`limit_form`);
- `visible_reports(user)` and `get_report(request, report_id)`: reports
  from the public, routed by the place they name to the posts that triage
  (commune, provincial officers and coordinators; coordinators also get the
  reports that name no place);
- `require(request, action, case=None)` and `get_case(request, case_id,
  action)`: the views' way in, which records every refusal in the audit log
  and raises `Refused` (404 when the user may not know the case exists, 403
  otherwise).

Roles are memberships (safereturn.accounts.models.Membership) whose `role` is
one of ROLES below, current on the day. A membership's jurisdiction is its
administrative units (or its agency's unit when it lists none): a
commune-level role covers the cases received in those communes; a
province-level role covers the cases of those provinces (and of any commune
it lists). Parts 2 and 3 extend the same table: the workflow's steps name
an action here, referrals and consent add grants that `_grants_for_case`
reads, and break-glass access will be one more kind of grant.
"""

from dataclasses import dataclass, field, replace

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .audit import AuditEvent, record


class Action:
    """What a user may try. Case actions concern one case; the others do not."""

    LIST = "list"  # the list of cases and the search
    CREATE = "create"  # register a person received (a new case)
    VIEW = "view"
    CHANGE = "change"  # edit fields of writable groups, link people
    ASSIGN = "assign"
    PRINT = "print"
    DOCUMENT_UPLOAD = "document_upload"
    DOCUMENT_DOWNLOAD = "document_download"
    AUDIT_LOG = "audit_log"  # read the audit log
    MANAGE_STAFF = "manage_staff"  # casework posts and roles
    TRIAGE = "triage"  # the queue of reports from the public: read, ask, dismiss, link (see visible_reports)
    DEDUPLICATE = "deduplicate"  # the likely duplicates among the cases one sees (casework.duplicates)
    REFER = "refer"  # send a referral or a transfer to another agency (casework.referrals)
    BREAK_GLASS = "break_glass"  # open a case outside one's places, for a written reason (casework.emergency)
    EMERGENCY_OVERSIGHT = "emergency_oversight"  # see the emergency accesses (coordinators: of their places)
    EXPORT = "export"  # export a filtered list of the cases one sees (casework.exports)

    CASE_ACTIONS = frozenset({VIEW, CHANGE, ASSIGN, PRINT, DOCUMENT_UPLOAD, DOCUMENT_DOWNLOAD, REFER})
    GLOBAL_ACTIONS = frozenset(
        {LIST, CREATE, AUDIT_LOG, MANAGE_STAFF, TRIAGE, DEDUPLICATE, BREAK_GLASS, EMERGENCY_OVERSIGHT, EXPORT}
    )


class FieldGroup:
    IDENTITY = "identity"
    CONTACT = "contact"
    HEALTH = "health"
    TRAFFICKING = "trafficking"
    SUPPORT = "support"
    PROTECTION = "protection"
    DOCUMENTS = "documents"

    ALL = (IDENTITY, CONTACT, HEALTH, TRAFFICKING, SUPPORT, PROTECTION, DOCUMENTS)
    LABELS = {
        IDENTITY: _("Identity"),
        CONTACT: _("Contact"),
        HEALTH: _("Health"),
        TRAFFICKING: _("Trafficking facts"),
        SUPPORT: _("Support"),
        PROTECTION: _("Protection"),
        DOCUMENTS: _("Documents"),
    }


# Every personal field of every casework model, by group. A test fails when
# an encrypted field (or any field of these models that is not plain case
# data) is missing here, so no new field escapes the policy.
FIELD_GROUPS = {
    "casework.person": {
        "full_name": FieldGroup.IDENTITY,
        "aliases": FieldGroup.IDENTITY,
        "birth_date": FieldGroup.IDENTITY,
        "sex": FieldGroup.IDENTITY,
        "ethnicity": FieldGroup.IDENTITY,
        "nationality": FieldGroup.IDENTITY,
        "id_number": FieldGroup.IDENTITY,
        "phone": FieldGroup.CONTACT,
        "other_contact": FieldGroup.CONTACT,
        "permanent_address": FieldGroup.CONTACT,
        "current_address": FieldGroup.CONTACT,
        "health_notes": FieldGroup.HEALTH,
        "psychological_notes": FieldGroup.HEALTH,
    },
    "casework.case": {
        "exploitation_purpose": FieldGroup.TRAFFICKING,
        "route": FieldGroup.TRAFFICKING,
        "destination_country": FieldGroup.TRAFFICKING,
        "trafficking_period": FieldGroup.TRAFFICKING,
        "recruitment_method": FieldGroup.TRAFFICKING,
        "circumstances": FieldGroup.TRAFFICKING,
        "support_wishes": FieldGroup.SUPPORT,
        "support_notes": FieldGroup.SUPPORT,
        "confidential_address": FieldGroup.PROTECTION,
        "risk_notes": FieldGroup.PROTECTION,
        "person_abroad": FieldGroup.SUPPORT,
    },
    "casework.caseparticipant": {
        "relationship": FieldGroup.IDENTITY,
    },
    # Reports from the public (casework.models.reports): what happened, where,
    # and who sent it, when they chose to say.
    "casework.publicreport": {
        "text": FieldGroup.TRAFFICKING,
        "place": FieldGroup.TRAFFICKING,
        "reporter_name": FieldGroup.IDENTITY,
        "reporter_contact": FieldGroup.CONTACT,
        "dismissal_reason": FieldGroup.TRAFFICKING,
    },
    "casework.reportmessage": {
        "text": FieldGroup.TRAFFICKING,
    },
    "casework.casestep": {
        "note": FieldGroup.SUPPORT,
    },
    "casework.casenote": {
        "text": FieldGroup.SUPPORT,
    },
    "casework.casetask": {
        "text": FieldGroup.SUPPORT,
    },
    "casework.supportrecord": {
        "note": FieldGroup.SUPPORT,
    },
    "casework.protectionmeasure": {
        "commitment": FieldGroup.PROTECTION,
        "note": FieldGroup.PROTECTION,
    },
    "casework.consent": {
        "note": FieldGroup.SUPPORT,
    },
    # What the sender writes to the receiver, and the reasons of each step. Both ends read them on the
    # referral's page (the form asks for no personal details there); the case page shows them within SUPPORT.
    "casework.referral": {
        "message": FieldGroup.SUPPORT,
    },
    "casework.referralevent": {
        "reason": FieldGroup.SUPPORT,
    },
    # Why a list of cases was exported (shown to its requester and in the audit log), and the file, which only
    # its requester downloads (casework.export_views), whatever groups it holds.
    "casework.caseexport": {
        "purpose": FieldGroup.SUPPORT,
        "file": FieldGroup.DOCUMENTS,
    },
    # Why someone opened a case outside their places: read by coordinators and auditors on their pages.
    "casework.emergencyaccess": {
        "reason": FieldGroup.SUPPORT,
    },
    "casework.casedocument": {
        "file": FieldGroup.DOCUMENTS,
        "title": FieldGroup.DOCUMENTS,
        "original_name": FieldGroup.DOCUMENTS,
        "content_type": FieldGroup.DOCUMENTS,
    },
}


def field_group(model, name):
    """The group of a field of a casework model, or None for plain case data (number, stage, dates...)."""
    return FIELD_GROUPS.get(model._meta.label_lower, {}).get(name)


# The roles ---------------------------------------------------------------------------------------------------------

COMMUNE = "commune"
PROVINCE = "province"

CASE_READING = frozenset(FieldGroup.ALL)


@dataclass(frozen=True)
class Role:
    """One casework role: where it acts, what it may do, and which field groups it reads and writes."""

    code: str
    label: object
    description: object
    scope: str | None  # COMMUNE, PROVINCE, or None for roles that read no case
    needs_assignment: bool
    actions: frozenset
    reads: frozenset = field(default_factory=frozenset)
    writes: frozenset = field(default_factory=frozenset)
    # The types of agency a post in this role may be in (organisation.Agency.Type values).
    agency_types: tuple = ()

    @property
    def reads_cases(self):
        return Action.VIEW in self.actions


G = FieldGroup
# What the officers who keep cases (the commune's and the province's) may do.
KEEPER_ACTIONS = frozenset(
    {
        "list",
        "create",
        "view",
        "change",
        "print",
        "document_upload",
        "document_download",
        "triage",
        "refer",
        "break_glass",
    }
)
ROLES = {
    role.code: role
    for role in (
        Role(
            "casework_commune_officer",
            _("Commune officer"),
            _("Receives people at the commune People's Committee and keeps their cases."),
            scope=COMMUNE,
            needs_assignment=False,
            actions=KEEPER_ACTIONS,
            reads=CASE_READING,
            writes=CASE_READING,
            agency_types=("commune_committee",),
        ),
        Role(
            "casework_provincial_officer",
            _("Provincial case officer"),
            _("Case officer of the provincial health department: verification, support and follow-up."),
            scope=PROVINCE,
            needs_assignment=False,
            actions=KEEPER_ACTIONS,
            reads=CASE_READING,
            writes=CASE_READING,
            agency_types=("provincial_health", "provincial_labour"),
        ),
        Role(
            "casework_police_verifier",
            _("Police verifier"),
            _("Provincial police officer who verifies the cases assigned to them."),
            scope=PROVINCE,
            needs_assignment=True,
            actions=frozenset(
                {"list", "view", "change", "print", "document_upload", "document_download", "break_glass"}
            ),
            reads=frozenset({G.IDENTITY, G.TRAFFICKING, G.PROTECTION, G.DOCUMENTS}),
            writes=frozenset({G.TRAFFICKING, G.DOCUMENTS}),
            agency_types=("police", "border_guard", "coast_guard"),
        ),
        Role(
            "casework_shelter_staff",
            _("Shelter staff"),
            _("Staff of a social assistance facility, for the people assigned to them."),
            scope=PROVINCE,
            needs_assignment=True,
            actions=frozenset(
                {"list", "view", "change", "print", "document_upload", "document_download", "break_glass"}
            ),
            reads=frozenset({G.IDENTITY, G.CONTACT, G.HEALTH, G.SUPPORT, G.PROTECTION, G.DOCUMENTS}),
            writes=frozenset({G.HEALTH, G.SUPPORT, G.DOCUMENTS}),
            agency_types=("social_assistance_facility",),
        ),
        Role(
            "casework_coordinator",
            _("Coordinator"),
            _("Sees every case of the province and assigns them; reads no health record."),
            scope=PROVINCE,
            needs_assignment=False,
            actions=frozenset(
                {
                    "list",
                    "view",
                    "assign",
                    "print",
                    "document_download",
                    "triage",
                    "deduplicate",
                    "emergency_oversight",
                    "export",
                }
            ),
            reads=frozenset({G.IDENTITY, G.CONTACT, G.TRAFFICKING, G.SUPPORT, G.PROTECTION, G.DOCUMENTS}),
            writes=frozenset(),
            agency_types=("provincial_health", "provincial_committee"),
        ),
        Role(
            "casework_partner_staff",
            _("Partner agency staff"),
            _(
                "Staff of a legal aid centre, the Women's Union, an employment service or another partner: sees only "
                "the cases referred to their agency, and only what each referral shares."
            ),
            scope=None,
            needs_assignment=False,
            actions=frozenset({"list", "view", "print", "document_download"}),
            reads=CASE_READING,
            writes=frozenset(),
            agency_types=(
                "legal_aid_centre",
                "womens_union",
                "employment_service",
                "district_labour",
                "embassy",
                "ngo",
                "other",
            ),
        ),
        Role(
            "casework_auditor",
            _("Auditor"),
            _("Reads the casework audit log, and nothing else."),
            scope=None,
            needs_assignment=False,
            actions=frozenset({"audit_log", "emergency_oversight"}),
        ),
        Role(
            "casework_administrator",
            _("Casework administrator"),
            _("Manages casework posts and roles; reads no case."),
            scope=None,
            needs_assignment=False,
            actions=frozenset({"manage_staff"}),
        ),
    )
}
# Roles that may be assigned to a case (and then see it, if their role needs an assignment).
ASSIGNABLE_ROLES = (
    "casework_commune_officer",
    "casework_provincial_officer",
    "casework_police_verifier",
    "casework_shelter_staff",
)
# Separation of duties: whoever audits or administers casework holds no role that reads cases.
OVERSIGHT_ROLES = ("casework_auditor", "casework_administrator")
# What an accepted referral lets the receiving posts do on the case (within their role's actions).
REFERRAL_ACTIONS = frozenset({"view", "change", "print", "document_upload", "document_download"})
# What an emergency access lets its user do: read the case, nothing else (casework.emergency).
EMERGENCY_ACTIONS = frozenset({"view"})
# Reports from the public that name no place we know go to these roles (of any province).
UNPLACED_REPORT_ROLES = ("casework_coordinator",)


# What a user holds -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grant:
    """One current casework post: its role and the places it answers for."""

    role: Role
    communes: frozenset
    provinces: frozenset
    agency_id: int
    agency_type: str = ""  # organisation.Agency.Type: the workflow's steps are the law's, by type of agency
    via_referral: bool = False  # reaches its case through an accepted referral to its agency, not its places
    via_emergency: bool = False  # reaches its case through the user's own emergency access, for a few hours

    def limited_to(self, groups):
        """
        This post as an accepted referral lets it act on the referred case: it
        reads and writes only the referral's field groups (within its role's),
        never assigns or refers the case on.
        """
        groups = frozenset(groups)
        role = replace(
            self.role,
            reads=self.role.reads & groups,
            writes=self.role.writes & groups,
            actions=self.role.actions & REFERRAL_ACTIONS,
            needs_assignment=False,
        )
        return replace(self, role=role, via_referral=True)

    def for_emergency(self):
        """This post as an emergency access lets it read a case it does not reach: its role's groups, read only."""
        role = replace(self.role, actions=self.role.actions & EMERGENCY_ACTIONS, writes=frozenset())
        return replace(self, role=role, via_emergency=True)

    def oversees(self, case):
        """
        Whether this post is told of emergency accesses to `case`: a role that
        oversees them, for the cases of its places, or everywhere when the
        role has no places (auditors).
        """
        return Action.EMERGENCY_OVERSIGHT in self.role.actions and (self.role.scope is None or self.covers(case))

    def covers(self, case):
        if self.role.scope == COMMUNE:
            return case.commune_id in self.communes
        if self.role.scope == PROVINCE:
            return case.province_id in self.provinces or case.commune_id in self.communes
        return False

    def report_filter(self):
        """
        The reports from the public routed to this post: those naming a place
        it covers (a commune for a commune's post; the province or any of its
        communes for a province's post) and, for the roles of
        UNPLACED_REPORT_ROLES, those naming no place we know.
        """
        condition = self.case_filter()
        if self.role.code in UNPLACED_REPORT_ROLES:
            condition |= Q(province__isnull=True, commune__isnull=True)
        return condition

    def routes_report(self, report):
        """Whether `report` is routed to this post (the Python twin of report_filter)."""
        if Action.TRIAGE not in self.role.actions:
            return False
        if report.province_id is None and report.commune_id is None:
            return self.role.code in UNPLACED_REPORT_ROLES
        return self.covers(report)

    def case_filter(self):
        """The cases this post's places cover, as a filter (no assignment check)."""
        if self.role.scope == COMMUNE:
            return Q(commune_id__in=self.communes)
        if self.role.scope == PROVINCE:
            return Q(province_id__in=self.provinces) | Q(commune_id__in=self.communes)
        return Q(pk__in=[])


class Actor:
    """A user's casework grants, read once per request (cached on the user object)."""

    def __init__(self, user, grants):
        self.user = user
        self.grants = grants
        self._assigned = {}
        self._referred = {}
        self._emergency = None

    @property
    def roles(self):
        return {grant.role.code for grant in self.grants}

    def may(self, action):
        return any(action in grant.role.actions for grant in self.grants)

    def is_assigned(self, case):
        if case.pk not in self._assigned:
            from .models import CaseAssignment

            self._assigned[case.pk] = CaseAssignment.objects.active().filter(case=case, user=self.user).exists()
        return self._assigned[case.pk]

    @property
    def receiving_agencies(self):
        """The agencies at which this user holds a post that reads cases (where referrals reach them)."""
        return {grant.agency_id for grant in self.grants if grant.role.reads_cases}

    def referral_grants(self, case):
        """The user's posts at agencies with an accepted referral of `case`, each limited to what it shares."""
        if case.pk not in self._referred:
            from .models import Referral

            agencies = self.receiving_agencies
            rows = []
            if agencies:
                rows = Referral.objects.reaching().filter(case_id=case.pk, to_agency_id__in=agencies)
                rows = rows.values_list("to_agency_id", "field_groups")
            self._referred[case.pk] = [
                grant.limited_to(groups)
                for agency_id, groups in rows
                for grant in self.grants
                if grant.agency_id == agency_id and grant.role.reads_cases
            ]
        return self._referred[case.pk]

    def grants_for(self, case):
        """
        The grants that reach `case`: places covered and, where the role needs
        it, assigned; then the posts an accepted referral reaches, limited to it.
        """
        reaching = []
        for grant in self.grants:
            if not grant.role.reads_cases or not grant.covers(case):
                continue
            if grant.role.needs_assignment and not self.is_assigned(case):
                continue
            reaching.append(grant)
        if not reaching and case.pk in self.emergency_cases():
            reaching = [grant.for_emergency() for grant in self.grants if Action.BREAK_GLASS in grant.role.actions]
        return reaching + self.referral_grants(case)

    def emergency_cases(self):
        """The ids of the cases this user holds an emergency access to now (read once per request)."""
        if self._emergency is None:
            from .models import EmergencyAccess

            self._emergency = set()
            if self.may(Action.BREAK_GLASS):
                self._emergency = set(
                    EmergencyAccess.objects.current().filter(user=self.user).values_list("case_id", flat=True)
                )
        return self._emergency


def _grants(memberships):
    """{user id: [Grant, ...]} for a queryset of memberships, in one query."""
    from safereturn.organisation.models import AdministrativeUnit

    rows = memberships.filter(role__in=ROLES).values_list(
        "pk",
        "user_id",
        "role",
        "agency_id",
        "agency__agency_type",
        "agency__administrative_unit_id",
        "agency__administrative_unit__level",
        "administrative_units__id",
        "administrative_units__level",
    )
    posts = {}
    for pk, user_id, role, agency_id, agency_type, agency_unit, agency_level, unit, level in rows:
        post = posts.setdefault(
            pk, {"user": user_id, "role": role, "agency": agency_id, "agency_type": agency_type, "units": set()}
        )
        post["agency_unit"] = (agency_unit, agency_level)
        if unit is not None:
            post["units"].add((unit, level))
    grants = {}
    for post in posts.values():
        units = post["units"] or {post["agency_unit"]}
        communes = frozenset(unit for unit, level in units if level == AdministrativeUnit.Level.COMMUNE)
        provinces = frozenset(unit for unit, level in units if level == AdministrativeUnit.Level.PROVINCE)
        grants.setdefault(post["user"], []).append(
            Grant(ROLES[post["role"]], communes, provinces, post["agency"], post["agency_type"])
        )
    return grants


def actor(user):
    """The casework grants of `user` (none for anonymous or inactive users; superusers get no more)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Actor(user, [])
    cached = getattr(user, "_casework_actor", None)
    if cached is not None:
        return cached
    from safereturn.accounts.models import Membership

    result = Actor(user, _grants(Membership.objects.current().filter(user=user)).get(user.pk, []))
    user._casework_actor = result
    return result


def forget_actor(user):
    """Drop the grants cached on `user` (after their posts change within one request)."""
    user.__dict__.pop("_casework_actor", None)


def reaches_casework(user):
    """Whether `user` holds any casework role today (the accounts policy's "casework" area)."""
    return bool(actor(user).grants)


# Cases -------------------------------------------------------------------------------------------------------------


def visible_cases(user, reading=None, referred=True):
    """
    Every case `user` may see, and no other: the start of every list, search, choice and print. With
    `reading` (a field group), only the cases on which the user may read that group: a search by a field's value
    looks there only, so that it cannot tell a user which case holds a phone number they may not read. With
    `referred=False`, only the cases the user's places (and assignments) reach, not those referred to them.
    """
    from .models import Case, CaseAssignment, Referral

    who = actor(user)
    condition = None
    for grant in who.grants:
        if not grant.role.reads_cases or (reading is not None and reading not in grant.role.reads):
            continue
        part = grant.case_filter()
        if grant.role.needs_assignment:
            part &= Q(pk__in=CaseAssignment.objects.active().filter(user=user).values("case_id"))
        condition = part if condition is None else condition | part
    agencies = {
        grant.agency_id
        for grant in who.grants
        if grant.role.reads_cases and (reading is None or reading in grant.role.reads)
    }
    if agencies and referred:
        # The cases referred to one of the user's agencies, while the referral reaches (accepted, basis holds).
        reaching = Referral.objects.reaching().filter(to_agency_id__in=agencies)
        if reading is None:
            part = Q(pk__in=reaching.values("case_id"))
        else:
            # Field groups are a JSON list: read them here rather than rely on JSON lookups SQLite lacks.
            rows = reaching.values_list("case_id", "field_groups")
            part = Q(pk__in=[case_id for case_id, groups in rows if reading in groups])
        condition = part if condition is None else condition | part
    if reading is None and referred and who.emergency_cases():
        # (Searches by a field's value do not look into them: an emergency access opens one known case.)
        part = Q(pk__in=who.emergency_cases())
        condition = part if condition is None else condition | part
    if condition is None:
        return Case.objects.none()
    return Case.objects.filter(condition)


def can(user, action, case=None):
    """Whether `user` may do `action` (to `case`, for the case actions). Deny by default."""
    who = actor(user)
    if action in Action.GLOBAL_ACTIONS:
        return who.may(action)
    if action not in Action.CASE_ACTIONS or case is None:
        return False
    grants = who.grants_for(case)
    if action == Action.REFER:
        # Only the posts that keep the case by their places send it on; a receiver does not refer it further.
        return any(action in g.role.actions and not g.via_referral for g in grants)
    if action == Action.CHANGE:
        return any(action in grant.role.actions and grant.role.writes for grant in grants)
    if action == Action.DOCUMENT_UPLOAD:
        return any(action in g.role.actions and FieldGroup.DOCUMENTS in g.role.writes for g in grants)
    if action == Action.DOCUMENT_DOWNLOAD:
        return any(action in g.role.actions and FieldGroup.DOCUMENTS in g.role.reads for g in grants)
    return any(action in grant.role.actions for grant in grants)


def readable_groups(user, case):
    """The field groups of `case` that `user` may read."""
    groups = set()
    for grant in actor(user).grants_for(case):
        groups |= grant.role.reads
    return frozenset(groups)


def writable_groups(user, case=None):
    """The field groups `user` may write on `case` (on a new case when `case` is None)."""
    who = actor(user)
    groups = set()
    if case is None:
        for grant in who.grants:
            if Action.CREATE in grant.role.actions:
                groups |= grant.role.writes
        return frozenset(groups)
    for grant in who.grants_for(case):
        if Action.CHANGE in grant.role.actions:
            groups |= grant.role.writes
    return frozenset(groups)


def creatable_communes(user):
    """The communes in which `user` may register a person (their posts that may create cases)."""
    from safereturn.organisation.models import AdministrativeUnit

    condition = Q(pk__in=[])
    for grant in actor(user).grants:
        if Action.CREATE not in grant.role.actions:
            continue
        condition |= Q(pk__in=grant.communes)
        if grant.role.scope == PROVINCE:
            condition |= Q(parent_id__in=grant.provinces)
    return AdministrativeUnit.objects.current().filter(level=AdministrativeUnit.Level.COMMUNE).filter(condition)


def assignable_users(case):
    """The people who may be assigned to `case`: an assignable role in a current post whose places cover it."""
    from django.contrib.auth import get_user_model

    from safereturn.accounts.models import Membership

    grants = _grants(Membership.objects.current().filter(role__in=ASSIGNABLE_ROLES, user__is_active=True))
    users = [user_id for user_id, held in grants.items() if any(grant.covers(case) for grant in held)]
    return get_user_model().objects.filter(pk__in=users).order_by("full_name", "username")


# Reports from the public ------------------------------------------------------------------------------------------


def visible_reports(user):
    """
    Every report from the public `user` may triage, and no other: routed by
    the place the reporter named (Grant.report_filter) to the posts whose
    role may triage. The start of the queue and of every report page.
    """
    from .models import PublicReport

    condition = None
    for grant in actor(user).grants:
        if Action.TRIAGE not in grant.role.actions:
            continue
        part = grant.report_filter()
        condition = part if condition is None else condition | part
    if condition is None:
        return PublicReport.objects.none()
    return PublicReport.objects.filter(condition)


def report_readable_groups(user, report):
    """The field groups of `report` that `user` may read: those of the posts it is routed to."""
    groups = set()
    for grant in actor(user).grants:
        if grant.routes_report(report):
            groups |= grant.role.reads
    return frozenset(groups)


def triages_place(province_id, commune_id):
    """
    Whether any current post that triages covers this place. A report naming a place nobody covers (another
    province, say) goes to the coordinators instead, as one that names no place.
    """
    from types import SimpleNamespace

    from safereturn.accounts.models import Membership

    if not province_id and not commune_id:
        return False
    roles = [code for code, role in ROLES.items() if Action.TRIAGE in role.actions]
    place = SimpleNamespace(province_id=province_id, commune_id=commune_id)
    grants = _grants(Membership.objects.current().filter(role__in=roles, user__is_active=True))
    return any(grant.covers(place) for held in grants.values() for grant in held)


def get_report(request, report_id):
    """
    The report `report_id`, if `request.user` may triage it. One they may
    not see answers exactly as one that does not exist (404); both are audited.
    """
    from .models import PublicReport

    report = visible_reports(request.user).select_related("province", "commune", "case").filter(pk=report_id).first()
    if report is None:
        deny(request, object_type=PublicReport, object_id=report_id, status=404)
    return report


# The field policy --------------------------------------------------------------------------------------------------


def limit_form(form, model, groups):
    """Remove from `form` every field of `model` whose group is not in `groups` (fields without a group stay)."""
    for name in list(form.fields):
        group = field_group(model, name)
        if group is not None and group not in groups:
            del form.fields[name]
    return form


@dataclass
class Section:
    group: str
    label: object
    rows: list  # (label, value) pairs


PERSON_SECTIONS = (FieldGroup.IDENTITY, FieldGroup.CONTACT, FieldGroup.HEALTH)
CASE_SECTIONS = (FieldGroup.TRAFFICKING, FieldGroup.SUPPORT, FieldGroup.PROTECTION)


def field_rows(instance, group):
    """(label, shown value) of each field of `instance` in `group`."""
    model = type(instance)
    rows = []
    for name, field_group_name in FIELD_GROUPS.get(model._meta.label_lower, {}).items():
        if field_group_name != group:
            continue
        model_field = model._meta.get_field(name)
        value = getattr(instance, f"get_{name}_display")() if model_field.choices else getattr(instance, name)
        rows.append((model_field.verbose_name, value))
    return rows


def person_sections(user, case, person):
    """The sections of one person of `case` that `user` may read (identity, contact, health)."""
    groups = readable_groups(user, case)
    return [
        Section(group, FieldGroup.LABELS[group], field_rows(person, group))
        for group in PERSON_SECTIONS
        if group in groups
    ]


def case_sections(user, case):
    """The case's own sections that `user` may read (trafficking facts, support, protection)."""
    groups = readable_groups(user, case)
    return [
        Section(group, FieldGroup.LABELS[group], field_rows(case, group)) for group in CASE_SECTIONS if group in groups
    ]


# The views' way in -------------------------------------------------------------------------------------------------


class Refused(Exception):
    """
    A refusal, already recorded in the audit log. `status` is 404 when the
    case must not be disclosed; `reason`, shown on the refusal page, only
    ever says what the rule is (never anything about the case).
    """

    def __init__(self, status=403, reason=""):
        super().__init__(status)
        self.status = status
        self.reason = reason


def require(request, action, case=None, *, obj=None):
    """Go on if `request.user` may do `action`; otherwise record the refusal and raise Refused (403)."""
    if can(request.user, action, case):
        return
    deny(request, obj=obj if obj is not None else case)


def deny(request, *, obj=None, object_type="", object_id="", status=403, reason=""):
    """Record a refusal in the audit log and raise Refused (with the rule that refused, for the page)."""
    record(request, AuditEvent.Action.DENIED, obj=obj, object_type=object_type, object_id=object_id)
    raise Refused(status, reason if status == 403 else "")


def get_case(request, case_id, action=Action.VIEW):
    """
    The case `case_id`, if `request.user` may see it and do `action` to it.
    A case they may not see answers exactly as one that does not exist (404),
    so that changing an id in a URL tells nothing; both are audited.
    """
    from .models import Case

    case = (
        visible_cases(request.user).select_related("commune", "receiving_agency", "person").filter(pk=case_id).first()
    )
    if case is None:
        deny(request, object_type=Case, object_id=case_id, status=404)
    require(request, action, case)
    return case
