"""
The post a learner holds, as the training records keep it.

One function, so that the day staff accounts record posts as memberships,
the enrolment records that too, and nothing else changes.
"""


def snapshot_post(user):
    """
    The learner's current post as fields of an Enrolment: agency and
    administrative unit (ids and names, as they are today), position, and
    the primary membership's id when the accounts app keeps memberships.

    The user's profile fields are those of the current primary membership
    (the accounts app keeps them equal), so they are read first: they cost
    no query beyond the two names.
    """
    agency = user.agency if user.agency_id else None
    unit = user.administrative_unit if user.administrative_unit_id else None
    membership_id = None
    primary_membership = getattr(user, "primary_membership", None)
    if callable(primary_membership):
        membership = primary_membership()
        membership_id = membership.pk if membership is not None else None
    return {
        "agency": agency,
        "agency_name": agency.name if agency else "",
        "administrative_unit": unit,
        "administrative_unit_name": unit.full_name if unit else "",
        "position": user.position or "",
        "membership_id": membership_id,
    }
