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

from dataclasses import dataclass, field

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

    CASE_ACTIONS = frozenset({VIEW, CHANGE, ASSIGN, PRINT, DOCUMENT_UPLOAD, DOCUMENT_DOWNLOAD})
    GLOBAL_ACTIONS = frozenset({LIST, CREATE, AUDIT_LOG, MANAGE_STAFF})


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
    },
    "casework.caseparticipant": {
        "relationship": FieldGroup.IDENTITY,
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
ROLES = {
    role.code: role
    for role in (
        Role(
            "casework_commune_officer",
            _("Commune officer"),
            _("Receives people at the commune People's Committee and keeps their cases."),
            scope=COMMUNE,
            needs_assignment=False,
            actions=frozenset({"list", "create", "view", "change", "print", "document_upload", "document_download"}),
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
            actions=frozenset({"list", "create", "view", "change", "print", "document_upload", "document_download"}),
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
            actions=frozenset({"list", "view", "change", "print", "document_upload", "document_download"}),
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
            actions=frozenset({"list", "view", "change", "print", "document_upload", "document_download"}),
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
            actions=frozenset({"list", "view", "assign", "print", "document_download"}),
            reads=frozenset({G.IDENTITY, G.CONTACT, G.TRAFFICKING, G.SUPPORT, G.PROTECTION, G.DOCUMENTS}),
            writes=frozenset(),
            agency_types=("provincial_health", "provincial_committee"),
        ),
        Role(
            "casework_auditor",
            _("Auditor"),
            _("Reads the casework audit log, and nothing else."),
            scope=None,
            needs_assignment=False,
            actions=frozenset({"audit_log"}),
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


# What a user holds -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Grant:
    """One current casework post: its role and the places it answers for."""

    role: Role
    communes: frozenset
    provinces: frozenset
    agency_id: int

    def covers(self, case):
        if self.role.scope == COMMUNE:
            return case.commune_id in self.communes
        if self.role.scope == PROVINCE:
            return case.province_id in self.provinces or case.commune_id in self.communes
        return False

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

    def grants_for(self, case):
        """The grants that reach `case`: places covered and, where the role needs it, assigned."""
        reaching = []
        for grant in self.grants:
            if not grant.role.reads_cases or not grant.covers(case):
                continue
            if grant.role.needs_assignment and not self.is_assigned(case):
                continue
            reaching.append(grant)
        return reaching


def _grants(memberships):
    """{user id: [Grant, ...]} for a queryset of memberships, in one query."""
    from safereturn.organisation.models import AdministrativeUnit

    rows = memberships.filter(role__in=ROLES).values_list(
        "pk",
        "user_id",
        "role",
        "agency_id",
        "agency__administrative_unit_id",
        "agency__administrative_unit__level",
        "administrative_units__id",
        "administrative_units__level",
    )
    posts = {}
    for pk, user_id, role, agency_id, agency_unit, agency_level, unit, level in rows:
        post = posts.setdefault(pk, {"user": user_id, "role": role, "agency": agency_id, "units": set()})
        post["agency_unit"] = (agency_unit, agency_level)
        if unit is not None:
            post["units"].add((unit, level))
    grants = {}
    for post in posts.values():
        units = post["units"] or {post["agency_unit"]}
        communes = frozenset(unit for unit, level in units if level == AdministrativeUnit.Level.COMMUNE)
        provinces = frozenset(unit for unit, level in units if level == AdministrativeUnit.Level.PROVINCE)
        grants.setdefault(post["user"], []).append(Grant(ROLES[post["role"]], communes, provinces, post["agency"]))
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


def visible_cases(user, reading=None):
    """
    Every case `user` may see, and no other: the start of every list, search, choice and print. With
    `reading` (a field group), only the cases on which the user may read that group: a search by a field's value
    looks there only, so that it cannot tell a user which case holds a phone number they may not read.
    """
    from .models import Case, CaseAssignment

    who = actor(user)
    condition = None
    for grant in who.grants:
        if not grant.role.reads_cases or (reading is not None and reading not in grant.role.reads):
            continue
        part = grant.case_filter()
        if grant.role.needs_assignment:
            part &= Q(pk__in=CaseAssignment.objects.active().filter(user=user).values("case_id"))
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
    """A refusal, already recorded in the audit log. `status` is 404 when the case must not be disclosed."""

    def __init__(self, status=403):
        super().__init__(status)
        self.status = status


def require(request, action, case=None, *, obj=None):
    """Go on if `request.user` may do `action`; otherwise record the refusal and raise Refused (403)."""
    if can(request.user, action, case):
        return
    deny(request, obj=obj if obj is not None else case)


def deny(request, *, obj=None, object_type="", object_id="", status=403):
    """Record a refusal in the audit log and raise Refused."""
    record(request, AuditEvent.Action.DENIED, obj=obj, object_type=object_type, object_id=object_id)
    raise Refused(status)


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
