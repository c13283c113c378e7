"""
Merging two cases of one person received twice (casework part 3), chosen
from the likely duplicates (casework.duplicates) by a coordinator.

Nothing is deleted: the records of the merged case (its people, documents,
notes, tasks, support and protection records, consents, referrals,
reports from the public and assignments) move to the case kept; the merged
case keeps its own workflow steps, its emergency accesses (an access
opened that case and must not open another) and, like every record, its
audit entries, and points to the case kept (`merged_into`).
Lists leave merged cases out; the merged case's page says where its
records went.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .models import (
    Case,
    CaseAssignment,
    CaseDocument,
    CaseNote,
    CaseParticipant,
    CaseTask,
    Consent,
    ProtectionMeasure,
    PublicReport,
    Referral,
    SupportRecord,
)
from .permissions import Action, can

# The records that follow the person to the case kept.
MOVED = (
    CaseParticipant,
    CaseDocument,
    CaseNote,
    CaseTask,
    SupportRecord,
    ProtectionMeasure,
    Consent,
    Referral,
    PublicReport,
)


def merge_error(user, keep, merged):
    """Why `user` may not merge `merged` into `keep`, or ''."""
    if not can(user, Action.DEDUPLICATE) or not (can(user, Action.VIEW, keep) and can(user, Action.VIEW, merged)):
        return _("Only a coordinator who sees both cases merges them.")
    if keep.pk == merged.pk:
        return _("A case cannot be merged into itself.")
    if keep.merged_into_id or merged.merged_into_id:
        return _("One of these cases was merged already.")
    return ""


class AlreadyMerged(Exception):
    """One of the cases was merged (in another tab, by someone else) since the page was shown."""


def merge(user, keep, merged):
    """
    Move `merged`'s records to `keep` and mark it merged, with both rows
    locked and read again. Returns {the case's relation (notes, consents...): how many records moved}.
    """
    now = timezone.now()
    moved = {}
    with transaction.atomic():
        rows = {case.pk: case for case in Case.objects.select_for_update().filter(pk__in=[keep.pk, merged.pk])}
        if len(rows) != 2 or any(case.merged_into_id for case in rows.values()):
            raise AlreadyMerged
        for model in MOVED:
            count = model.objects.filter(case=merged).update(case=keep)
            if count:
                moved[model._meta.get_field("case").related_query_name()] = count
        # One active assignment per person: theirs on the case kept stays, the other one ends.
        already = set(CaseAssignment.objects.active().filter(case=keep).values_list("user_id", flat=True))
        CaseAssignment.objects.active().filter(case=merged, user_id__in=already).update(
            ended_at=now, ended_by_id=user.pk
        )
        count = CaseAssignment.objects.filter(case=merged).update(case=keep)
        if count:
            moved["assignments"] = count
        Case.objects.filter(pk=merged.pk).update(merged_into=keep, merged_at=now, merged_by_id=user.pk, due_on=None)
    merged.merged_into, merged.merged_at, merged.merged_by_id = keep, now, user.pk
    return moved
