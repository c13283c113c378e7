"""
Who may do what with the training records, in one place.

- A trainer of a course (CourseTrainer, listed on the course page) with the
  permission `courses.mark_attempt` marks its essays and changes its marks;
  with `courses.revoke_certificate`, revokes its certificates; with
  `courses.view_training_reports`, reads its reports.
- The group "Quản lý đào tạo" (trainers.TRAINING_MANAGERS, with
  `courses.view_all_training_reports`) reads
  the reports of every course; it marks and revokes nothing.
- Superusers do everything.

Courses are identified by their pages' translation key, which every
translation shares: a trainer listed on the Vietnamese course trains the
English one too.
"""

from .models import CoursePage, CourseTrainer

ALL = None  # "every course", as returned by the functions below


def trained_course_keys(user):
    """The keys of the courses `user` is a trainer of (a set; ALL for a superuser)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return ALL
    course_ids = CourseTrainer.objects.filter(user=user).values_list("course_id", flat=True)
    return set(CoursePage.objects.filter(pk__in=course_ids).values_list("translation_key", flat=True))


def readable_course_keys(user):
    """The keys of the courses whose reports `user` may read (ALL, or a set, perhaps empty)."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser or user.has_perm("courses.view_all_training_reports"):
        return ALL
    if not user.has_perm("courses.view_training_reports"):
        return set()
    return trained_course_keys(user)


def can_read_reports(user, course_key=None):
    keys = readable_course_keys(user)
    if course_key is None:
        return keys is ALL or bool(keys)
    return keys is ALL or course_key in keys


def _trains(user, course_key, permission):
    if not user.is_authenticated or not user.has_perm(permission):
        return False
    keys = trained_course_keys(user)
    return keys is ALL or course_key in keys


def can_mark(user, course_key):
    return _trains(user, course_key, "courses.mark_attempt")


def can_mark_attempt(user, attempt):
    """A trainer of the attempt's course marks it, unless it is their own: nobody marks their own test."""
    return attempt.user_id != user.pk and can_mark(user, attempt.enrolment.course_key)


def can_revoke(user, course_key):
    return _trains(user, course_key, "courses.revoke_certificate")


def filter_courses(queryset, keys, field="course_key"):
    """`queryset` limited to the courses of `keys` (ALL: unchanged)."""
    if keys is ALL:
        return queryset
    return queryset.filter(**{f"{field}__in": keys})
