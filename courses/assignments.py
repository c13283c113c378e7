"""
Assignments reach people: a person's, their agency's, and their
administrative unit's (a province's reaches its communes). An assignment to
an agency or a unit reaches whoever belongs to it until it ends, including
people who join later; each person's enrolment is made the first time it
reaches them: when the assignment is saved, when they open "My learning",
and every day (`send_course_reminders`).

Belonging is read from the person's current primary post (accounts'
Membership, valid today): its agency and every one of its administrative
units. People without a post are read from their profile (posts.py).
"""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils import timezone

from safereturn.accounts.models import Membership

from .models import Assignment, Enrolment
from .posts import current_post
from .progress import enrol


def _still_open(today):
    return Q(ends_on__isnull=True) | Q(ends_on__gte=today)


def assignments_for(user, today=None):
    """The assignments that reach `user` today."""
    today = today or timezone.localdate()
    post = current_post(user, today)
    reaches = Q()
    if post["agency"] is not None:
        reaches |= Q(agency_id=post["agency"].pk)
    units = set()
    for unit in post["units"]:
        units.add(unit.pk)
        if unit.parent_id:
            units.add(unit.parent_id)
    if units:
        reaches |= Q(administrative_unit_id__in=units)
    query = Q(user=user)
    if reaches:
        query |= reaches & _still_open(today)
    return Assignment.objects.filter(query).select_related("course").order_by("due_date", "pk")


def sync_for_user(user, today=None):
    """Enrol `user` in every course assigned to them that they are not enrolled in (or with a later due date)."""
    assignments = list(assignments_for(user, today))
    if not assignments:
        return 0
    enrolled = dict(
        Enrolment.objects.filter(
            user=user, course_key__in={a.course.translation_key for a in assignments}
        ).values_list("course_key", "due_date")
    )
    made = 0
    for assignment in assignments:
        key = assignment.course.translation_key
        if key in enrolled and enrolled[key] is not None and enrolled[key] <= assignment.due_date:
            continue
        enrol(
            user,
            assignment.course,
            source=Enrolment.Source.ASSIGNED,
            assignment=assignment,
            due_date=assignment.due_date,
        )
        enrolled[key] = assignment.due_date
        made += 1
    return made


def people_reached(assignment, today=None):
    """
    The active people an assignment reaches now: through their current
    primary post, or, for people without one, their profile.
    """
    today = today or timezone.localdate()
    people = get_user_model().objects.filter(is_active=True)
    if assignment.user_id:
        return people.filter(pk=assignment.user_id)
    posts = Membership.objects.current(today).filter(is_primary=True)
    without_post = people.exclude(pk__in=posts.values("user_id"))
    if assignment.agency_id:
        in_posts = posts.filter(agency_id=assignment.agency_id)
        profile = Q(agency_id=assignment.agency_id)
    else:
        unit = assignment.administrative_unit_id
        in_posts = posts.filter(Q(administrative_units__pk=unit) | Q(administrative_units__parent_id=unit))
        profile = Q(administrative_unit_id=unit) | Q(administrative_unit__parent_id=unit)
    return people.filter(
        Q(pk__in=in_posts.values("user_id")) | Q(pk__in=without_post.filter(profile).values("pk"))
    ).distinct()


def sync_assignment(assignment, today=None):
    """Enrol everyone the assignment reaches today (when it is saved, and daily); returns how many were enrolled."""
    today = today or timezone.localdate()
    if not assignment.user_id and not assignment.is_active(today):
        return 0
    made = 0
    for user in people_reached(assignment, today).select_related("administrative_unit"):
        made += sync_for_user(user, today)
    return made


def sync_all(today=None):
    """Every open assignment, for the daily job."""
    today = today or timezone.localdate()
    made = 0
    for assignment in Assignment.objects.filter(Q(user__isnull=False) | _still_open(today)).select_related("course"):
        made += sync_assignment(assignment, today)
    return made
