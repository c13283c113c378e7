"""
Wagtail's password views for pages and document collections, with limits on guessing.

A page (PageViewRestriction) or a collection of documents
(CollectionViewRestriction) can be protected by one shared password, and
Wagtail checks it as often as anyone asks. These wrappers, wired in urls.py
at Wagtail's own paths and names, add two limits:

- per client address and restriction: a few wrong passwords are free; after
  them each try must wait longer since the last failure, and past a ceiling
  every try is refused until the window closes. A refused try is answered
  without checking the password, so waiting is the only way on. The right
  password clears the address's count.
- per restriction, from every address together: after many failures every
  try is slowed by a short sleep, but never refused, so that nobody can lock
  every holder of a password out of a page.

Only POSTs count. Whether a password was wrong is read from Wagtail's
answer: the right one redirects, a wrong one shows the form again (200).

The numbers are in settings.PASSWORD_GUESS_LIMITS (any key left out keeps
its default below).
"""

import math
import time

from django.conf import settings
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views
from wagtail.forms import PasswordViewRestrictionForm

from . import ratelimit
from .client_address import client_ip
from .ratelimit import WindowCounter, address_subject

DEFAULT_LIMITS = {
    # Per address and restriction, within `window` seconds of the first failure:
    "free_failures": 5,  # wrong passwords before any wait
    "first_delay": 5,  # seconds to wait after the next one, doubling with each further one...
    "max_delay": 60,  # ...up to this
    "max_failures": 20,  # then every try is refused until the window closes
    "window": 60 * 60,
    # Per restriction, from all addresses, within `restriction_window` seconds:
    "restriction_failures": 50,  # failures after which every try is slowed...
    "restriction_delay": 1,  # ...by this many seconds
    "restriction_window": 15 * 60,
}

# A sleeping request holds a server worker: whatever the settings say, a
# slowed try never holds one longer than this.
MAX_RESTRICTION_DELAY = 3

# Wagtail answers the right password with a redirect.
REDIRECT_STATUSES = {301, 302, 303, 307, 308}

# Replaced in tests, which must not sleep.
sleep = time.sleep


def authenticate_with_page_password(request, page_view_restriction_id, page_id):
    """Wagtail's password form for a protected page, with limits on guessing."""
    return limit_guesses(
        request,
        restriction=f"page:{page_view_restriction_id}",
        action_url=reverse("wagtailcore_authenticate_with_password", args=[page_view_restriction_id, page_id]),
        check=lambda: wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id),
    )


def authenticate_with_document_password(request, restriction_id):
    """Wagtail's password form for a protected document collection, with limits on guessing."""
    return limit_guesses(
        request,
        restriction=f"document:{restriction_id}",
        action_url=reverse("wagtaildocs_authenticate_with_password", args=[restriction_id]),
        check=lambda: document_views.authenticate_with_password(request, restriction_id),
    )


def limit_guesses(request, restriction, action_url, check):
    """
    Run Wagtail's view `check` for a POST, unless this address must wait.

    The try is counted before the password is checked, so that parallel
    requests each see the ones before them (ratelimit.py); it is given back
    when it turns out not to be a wrong password.
    """
    if request.method != "POST":
        return check()
    limits = password_guess_limits()
    by_address = WindowCounter("password-guess:address", limits["window"])
    by_restriction = WindowCounter("password-guess:restriction", limits["restriction_window"])
    subject = (address_subject(client_ip(request)), restriction)

    wait = seconds_to_wait(by_address.add(subject), limits)
    if wait > 0:
        by_address.discard(subject)
        return refusal(request, action_url, wait)

    if by_restriction.get(restriction).count >= limits["restriction_failures"]:
        sleep(max(0, min(limits["restriction_delay"], MAX_RESTRICTION_DELAY)))

    try:
        response = check()
    except Exception:  # Http404 for a restriction that does not exist: not a guess
        by_address.discard(subject)
        raise
    if response.status_code == 200:  # the form again: a wrong password
        by_address.mark(subject)
        by_restriction.add(restriction)
    elif response.status_code in REDIRECT_STATUSES:
        by_address.reset(subject)
    else:
        by_address.discard(subject)
    return response


def password_guess_limits():
    return {**DEFAULT_LIMITS, **getattr(settings, "PASSWORD_GUESS_LIMITS", {})}


def seconds_to_wait(tally, limits):
    """How long the try counted in `tally` must still wait (0 or less: it may go ahead)."""
    failures = tally.count - 1  # the tally includes this try
    if failures >= limits["max_failures"]:
        return tally.ends - ratelimit.now()
    if failures < limits["free_failures"]:
        return 0
    delay = min(limits["max_delay"], limits["first_delay"] * 2 ** (failures - limits["free_failures"]))
    # Parallel tries may be counted before any of them is marked as failed:
    # they wait from the start of the window instead.
    since = tally.last_marked or tally.started
    return since + delay - ratelimit.now()


def refusal(request, action_url, wait):
    """The password form again, with how long to wait, as 429 Too Many Requests."""
    seconds = max(1, math.ceil(wait))
    form = PasswordViewRestrictionForm(instance=None, initial={"return_url": request.POST.get("return_url", "")})
    message = _("You have entered a wrong password too many times. Please wait %(duration)s, then try again.") % {
        "duration": describe_duration(seconds)
    }
    response = TemplateResponse(
        request,
        "base/password_refused.html",
        {"form": form, "action_url": action_url, "refusal": message},
        status=429,
    )
    response["Retry-After"] = str(seconds)
    # The refusal is for this address and this moment only.
    response["Cache-Control"] = "no-store"
    return response


def describe_duration(seconds):
    """'45 seconds' or, from a minute on, whole minutes rounded up ('2 minutes')."""
    if seconds < 60:
        return ngettext("%(count)s second", "%(count)s seconds", seconds) % {"count": seconds}
    minutes = math.ceil(seconds / 60)
    return ngettext("%(count)s minute", "%(count)s minutes", minutes) % {"count": minutes}
