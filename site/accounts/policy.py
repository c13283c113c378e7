"""
Who must use a second factor, and how long a session may stay idle: one
registry that apps fill at start-up, and the two functions that read it.

Two kinds of entries, both registered from an AppConfig.ready()::

    from safereturn.accounts import policy

    policy.register_area(
        "casework",
        reaches=lambda user: user.has_perm("casework.access_casework"),
        idle_timeout="restricted",
        requires_second_factor=True,
    )
    policy.register_role(
        "caseworker", _("Caseworker"), requires_second_factor=True, idle_timeout="restricted"
    )

- an *area* is a part of the site a user may reach (the Wagtail admin,
  casework); `reaches(user)` says whether this user can;
- a *role* is what a person does in a post (Membership.role); every current
  membership counts.

`idle_timeout` names an entry of the SESSION_IDLE_TIMEOUTS setting
("restricted", "learner"), so that the numbers stay in settings. A user's
idle limit is the shortest of everything they can reach; with nothing, it is
SESSION_IDLE_TIMEOUTS["learner"].

site/ never imports an app: apps register here, and nothing here names them.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

DEFAULT_IDLE_TIMEOUT = "learner"


@dataclass(frozen=True)
class Area:
    """A part of the site; `reaches(user)` says whether `user` can open it."""

    name: str
    reaches: Callable
    idle_timeout: str
    requires_second_factor: bool


@dataclass(frozen=True)
class Role:
    """
    A role held through a post (Membership.role).

    `granted_in_accounts` is False for a role that its app grants only on its
    own screens, under its own rules (casework: the granter's jurisdiction, no
    post for oneself, separation of duties, an audited change). The accounts
    screens (a new user's first post, Settings › Posts) and the import neither
    offer nor accept it, and Settings › Posts neither lists nor changes a post
    that holds it: otherwise anyone allowed to add posts, a superuser among
    them, could give themselves a casework role.
    """

    code: str
    label: str
    requires_second_factor: bool
    idle_timeout: str
    granted_in_accounts: bool = True


_AREAS: dict[str, Area] = {}
_ROLES: dict[str, Role] = {}


def register_area(name, *, reaches, idle_timeout, requires_second_factor):
    _check_timeout_name(idle_timeout)
    area = Area(name, reaches, idle_timeout, requires_second_factor)
    existing = _AREAS.get(name)
    if existing is not None and (existing.idle_timeout, existing.requires_second_factor) != (
        area.idle_timeout,
        area.requires_second_factor,
    ):
        raise ImproperlyConfigured(f"Two different areas are registered as {name!r}.")
    _AREAS[name] = area
    return area


def register_role(
    code, label, *, requires_second_factor=False, idle_timeout=DEFAULT_IDLE_TIMEOUT, granted_in_accounts=True
):
    _check_timeout_name(idle_timeout)
    role = Role(code, label, requires_second_factor, idle_timeout, granted_in_accounts)
    existing = _ROLES.get(code)
    if existing is not None and existing != role:
        raise ImproperlyConfigured(f"Two different roles are registered as {code!r}.")
    _ROLES[code] = role
    return role


def _check_timeout_name(name):
    if name not in settings.SESSION_IDLE_TIMEOUTS:
        raise ImproperlyConfigured(f"{name!r} is not a key of SESSION_IDLE_TIMEOUTS.")


def areas():
    return list(_AREAS.values())


def roles():
    return list(_ROLES.values())


def get_role(code):
    return _ROLES.get(code)


def roles_granted_in_accounts():
    """The roles the accounts screens and the import may give (Role.granted_in_accounts)."""
    return [role for role in _ROLES.values() if role.granted_in_accounts]


def codes_granted_elsewhere():
    """The codes of the roles that only their own app grants: the accounts screens keep off posts that hold them."""
    return [role.code for role in _ROLES.values() if not role.granted_in_accounts]


def role_choices():
    """Choices for the accounts screens' role fields: the roles granted in accounts only."""
    return [(role.code, role.label) for role in roles_granted_in_accounts()]


def areas_reached(user):
    if not user.is_authenticated or not user.is_active:
        return []
    return [area for area in _AREAS.values() if area.reaches(user)]


def current_roles(user):
    """The registered roles of `user`'s current posts (cached on the user object for the request)."""
    if not user.is_authenticated:
        return []
    cached = getattr(user, "_current_roles", None)
    if cached is None:
        codes = user.memberships.current().values_list("role", flat=True)
        cached = [_ROLES[code] for code in dict.fromkeys(codes) if code in _ROLES]
        user._current_roles = cached
    return cached


def requires_second_factor(user):
    """
    Whether `user` must confirm every sign-in with a second factor: the one
    place that decides it. True as soon as the user can reach an area or
    holds a role that is marked so.
    """
    return any(area.requires_second_factor for area in areas_reached(user)) or any(
        role.requires_second_factor for role in current_roles(user)
    )


def idle_timeout(user):
    """Seconds a session of `user` may stay without a request: that of the most sensitive thing they reach."""
    limits = settings.SESSION_IDLE_TIMEOUTS
    names = {area.idle_timeout for area in areas_reached(user)} | {role.idle_timeout for role in current_roles(user)}
    return min((limits[name] for name in names), default=limits[DEFAULT_IDLE_TIMEOUT])


def can_reach_admin(user):
    return user.has_perm("wagtailadmin.access_admin")


def register_defaults():
    """What site/ itself knows: the Wagtail admin, and officials who take courses."""
    register_area("admin", reaches=can_reach_admin, idle_timeout="restricted", requires_second_factor=True)
    register_role("official", _("Official"), requires_second_factor=False, idle_timeout=DEFAULT_IDLE_TIMEOUT)
