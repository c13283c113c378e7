"""
Writing the security log (models.SecurityEvent).

`record()` takes the user the event is about and, when there is one, the
request: the client address comes from `client_ip` (the one function every
limit uses) and the person acting from the request's user. Code that has no
request (model signals, tasks) gets both from `acting()`, which the
middleware sets for the request being served.
"""

import contextlib
import contextvars

from safereturn.base.client_address import client_ip

_current_request = contextvars.ContextVar("security_log_request", default=None)


@contextlib.contextmanager
def acting(request):
    """Within this block, events recorded without a request are attributed to `request`."""
    token = _current_request.set(request)
    try:
        yield
    finally:
        _current_request.reset(token)


def current_request():
    return _current_request.get()


def record(kind, *, user=None, request=None, username=None, detail=""):
    """Append one event. `user` may be a User, None (unknown account) with `username`, or an id-less name."""
    from .models import SecurityEvent

    request = request if request is not None else current_request()
    actor = getattr(request, "user", None) if request is not None else None
    actor_is_user = actor is not None and getattr(actor, "is_authenticated", False)
    return SecurityEvent.objects.create(
        kind=kind,
        user_id=getattr(user, "pk", None),
        username=(user.get_username() if user is not None else (username or ""))[:150],
        actor_id=actor.pk if actor_is_user else None,
        actor_username=actor.get_username()[:150] if actor_is_user else "",
        ip_address=client_ip(request) if request is not None else None,
        detail=detail[:300],
    )
