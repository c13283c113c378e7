"""
Likely duplicates: the same person received again, on two cases.

Two cases are likely one person when their people share the keyed hash of
an ID card or passport number, or share the keyed hash of the birth date
and at least two folded name words (casework.keyed_hashes: "Nguyễn Thị
Đào" and "NGUYEN THI DAO" share three). Only the hashes are compared:
nothing is decrypted to find them, and only among the cases the user sees
(`cases` comes from permissions.visible_cases). A person already on both
cases (the same record) is not a duplicate.

Hashes made under an older hash key do not match ones made under the
current key until `rotate_field_encryption` has rehashed them.
"""

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from django.utils.translation import gettext_lazy as _

from .models import KeyedHash, Person

PERSON = Person._meta.label_lower
SHARED_NAME_WORDS = 2  # with the same birth date: "Thị" and a surname alone are far too common to tell


@dataclass(frozen=True)
class LikelyDuplicate:
    first: object  # the case received first
    second: object
    reasons: tuple  # of the REASONS keys

    REASONS = {
        "id_number": _("same ID card or passport number"),
        "birth_and_name": _("same birth date and at least two words of the name"),
    }

    @property
    def reason_labels(self):
        return [self.REASONS[reason] for reason in self.reasons]


def _hashes(people, field):
    """{person id: {digest, ...}} of one hashed field of `people` (a queryset of person ids)."""
    found = defaultdict(set)
    rows = KeyedHash.objects.filter(owner_type=PERSON, field=field, owner_id__in=people)
    for owner_id, digest in rows.values_list("owner_id", "digest"):
        found[owner_id].add(digest)
    return found


def _pairs_sharing(hashes):
    """Pairs of people (sorted ids) who share a digest."""
    by_digest = defaultdict(set)
    for person, digests in hashes.items():
        for digest in digests:
            by_digest[digest].add(person)
    return {pair for people in by_digest.values() for pair in combinations(sorted(people), 2)}


def likely_duplicates(cases):
    """The LikelyDuplicate pairs among `cases` (a queryset of visible cases), the newest second case first."""
    people = cases.values("person_id")
    reasons = defaultdict(set)
    for pair in _pairs_sharing(_hashes(people, "id_number")):
        reasons[pair].add("id_number")
    born = _pairs_sharing(_hashes(people, "birth_date"))
    if born:
        named = {person for pair in born for person in pair}
        words = _hashes(people.filter(person_id__in=named), "full_name")
        for first, second in born:
            if len(words.get(first, set()) & words.get(second, set())) >= SHARED_NAME_WORDS:
                reasons[(first, second)].add("birth_and_name")
    # Only the cases of people in a pair are read (and their names decrypted), not every case in sight.
    paired = {person for pair in reasons for person in pair}
    by_person = defaultdict(list)
    for case in cases.filter(person_id__in=paired).select_related("commune", "person"):
        by_person[case.person_id].append(case)
    found = []
    for (first_person, second_person), why in reasons.items():
        for first_case in by_person.get(first_person, []):
            for second_case in by_person.get(second_person, []):
                earlier, later = sorted((first_case, second_case), key=lambda case: (case.received_on, case.number))
                ordered = tuple(reason for reason in LikelyDuplicate.REASONS if reason in why)
                found.append(LikelyDuplicate(earlier, later, ordered))
    found.sort(key=lambda pair: (pair.second.received_on, pair.second.number), reverse=True)
    return found
