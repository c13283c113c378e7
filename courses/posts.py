"""
The post a learner holds, as the training records keep it: their primary
post (accounts' Membership, current on the day), with its agency and
administrative units.

Someone without a current primary post (an account made without one) is
read from their profile, which the accounts app keeps equal to that post
whenever there is one.
"""

from django.utils import timezone


def current_post(user, today=None):
    """
    {"membership", "agency", "units", "position"} of the learner's current
    primary post: `units` are its administrative units in a stable order
    (by id, as the profile takes the first). Two queries with a membership.
    """
    today = today or timezone.localdate()
    membership = user.primary_membership(on=today) if hasattr(user, "primary_membership") else None
    if membership is not None:
        units = sorted(membership.administrative_units.all(), key=lambda unit: unit.pk)
        return {"membership": membership, "agency": membership.agency, "units": units, "position": membership.position}
    agency = user.agency if user.agency_id else None
    unit = user.administrative_unit if user.administrative_unit_id else None
    return {"membership": None, "agency": agency, "units": [unit] if unit else [], "position": user.position or ""}


def snapshot_post(user, today=None):
    """
    The learner's current post as fields of an Enrolment: agency and
    administrative unit (ids and names, as they are today: the post's first
    unit), position, and the primary membership's id.
    """
    post = current_post(user, today)
    agency = post["agency"]
    unit = post["units"][0] if post["units"] else None
    membership = post["membership"]
    return {
        "agency": agency,
        "agency_name": agency.name if agency else "",
        "administrative_unit": unit,
        "administrative_unit_name": unit.full_name if unit else "",
        "position": post["position"] or "",
        "membership_id": membership.pk if membership is not None else None,
    }
