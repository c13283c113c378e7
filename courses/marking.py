"""
Trainers' marks: an essay marked with a comment, or any answer's mark
overridden with a reason. Either way the attempt is regraded from its slots
(attempts.grade_attempt), the change is logged (MarkChange), and the course's
completion is checked again: an essay that brings a learner over the pass
mark can complete the course and issue its certificate.

A trainer's mark is kept by every later grading (`marked_by_trainer`). A
lower mark never takes back a completion or a certificate already given:
a trainer who finds a certificate was given in error revokes it
(certificates.revoke).
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .attempts import grade_attempt
from .models import Attempt, AttemptSlot, MarkChange
from .progress import update_completion

MARK_PLACES = Decimal("0.001")
FRACTION_PLACES = Decimal("0.00001")


class MarkingError(ValueError):
    """A mark that cannot be given; the message says why, to the trainer."""


def parse_mark(value, maximum):
    """A mark from a form's text ("1,5" or "1.5"), between 0 and `maximum`; MarkingError otherwise."""
    try:
        mark = Decimal(str(value).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        raise MarkingError(_("Enter the mark as a number, such as 1.5.")) from None
    if not mark.is_finite() or mark < 0 or mark > maximum:
        raise MarkingError(_("The mark must be between 0 and %(maximum)s.") % {"maximum": maximum.normalize()})
    return mark.quantize(MARK_PLACES, rounding=ROUND_HALF_UP)


def set_mark(slot_id, *, mark, by, comment=None, reason="", now=None):
    """
    Give `slot_id` the mark `mark` (a Decimal within its question's mark) as
    `by`, and regrade its attempt. Marking an essay that awaits its mark
    needs no reason; changing any other mark does (MarkingError without
    one). `comment`, when given, replaces the comment the learner sees.
    Returns the MarkChange.
    """
    now = now or timezone.now()
    with transaction.atomic():
        slot = AttemptSlot.objects.select_for_update().select_related("attempt").get(pk=slot_id)
        attempt = Attempt.objects.select_for_update().get(pk=slot.attempt_id)
        if attempt.state != Attempt.State.FINISHED:
            raise MarkingError(_("This attempt has not been submitted yet: it cannot be marked."))
        maximum = slot.max_mark
        if mark < 0 or mark > maximum:
            raise MarkingError(_("The mark must be between 0 and %(maximum)s.") % {"maximum": maximum.normalize()})
        is_essay_marking = slot.question_type == "essay" and slot.needs_marking
        reason = (reason or "").strip()
        if not is_essay_marking and not reason:
            raise MarkingError(_("Say why the mark changes: the learner's record keeps the reason."))
        old_mark, old_percent = slot.mark, attempt.percent
        slot.mark = mark
        slot.fraction = (mark / maximum).quantize(FRACTION_PLACES, rounding=ROUND_HALF_UP) if maximum else Decimal(1)
        slot.needs_marking = False
        slot.marked_by_trainer = True
        slot.marked_at = now
        if comment is not None:
            slot.comment = comment.strip()
        slot.save(update_fields=["mark", "fraction", "needs_marking", "marked_by_trainer", "marked_at", "comment"])
        slots = list(attempt.slots.all())
        grade_attempt(attempt, slots)
        attempt.version += 1
        attempt.save(update_fields=["max_score", "score", "percent", "needs_marking", "passed", "version"])
        change = MarkChange.objects.create(
            slot=slot,
            attempt=attempt,
            kind=MarkChange.Kind.ESSAY if is_essay_marking else MarkChange.Kind.OVERRIDE,
            old_mark=old_mark,
            new_mark=mark,
            old_percent=old_percent,
            new_percent=attempt.percent,
            reason=reason,
            comment=slot.comment,
            changed_by=by,
            changed_by_name=(by.get_full_name() or by.get_username()) if by else "",
            changed_at=now,
        )
        update_completion(attempt.enrolment, now=now)
    return change


def awaiting_marking(course_keys=None):
    """Essays awaiting a mark, oldest submission first, in the courses of `course_keys` (None: all)."""
    slots = AttemptSlot.objects.filter(needs_marking=True, attempt__state=Attempt.State.FINISHED)
    if course_keys is not None:
        slots = slots.filter(attempt__enrolment__course_key__in=course_keys)
    return slots.select_related("attempt", "attempt__enrolment", "attempt__user").order_by(
        "attempt__finished_at", "attempt_id", "position"
    )
