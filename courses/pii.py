"""
Does an essay look like it holds a real person's details? A warning, not a
filter: learners write about cases, and are asked to leave out whatever
could identify someone (Law 53/2024 on confidentiality). The same function
runs when an answer is saved, for the page and for the summary before
submitting, so the warning works with or without JavaScript.

What warns:

- a 12-digit number: a citizen identity card (CCCD) or personal ID number;
- a 9-digit number: an old identity card (CMND);
- a Vietnamese mobile number: 0 or +84, then 3, 5, 7, 8 or 9, then eight
  digits (10 digits in all), with spaces, dots or hyphens between groups;
- a landline number: 0 or +84, then 2 and nine more digits (11 in all, as
  numbers have been written since 2017, e.g. 024 3825 1234);
- a name: two to four capitalised words in a row, the first a common
  Vietnamese surname ("Nguyễn Văn An", "Lê Thị Hồng Nhung").

Digits that belong to a longer number (a date, an amount, a law's number)
do not warn, and nor do a few well-known place names that look like names.
"""

import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

# The most common Vietnamese family names (together, most of the population), as written with their marks.
_SURNAMES = """
    Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Đinh Lâm Mai Trịnh Trương
    Cao Hà Lưu Tạ Tô Lương Quách Châu Thái Hứa Kiều Triệu Mạc Vương Tăng Hầu Thân Khổng Lục Chu Từ Giang
    Nông Lò Quan Tôn Bạch Âu Diệp Đàm Đồng Kim Lã Lại Mã Ninh Phùng Tống Thạch Sầm Khúc Cù Đậu
"""
SURNAMES = frozenset(_SURNAMES.split())
# Places named after people, or that look like names, which texts about the law mention often.
PLACE_NAMES = ("Hồ Chí Minh", "Phan Thiết", "Phan Rang", "Lý Sơn", "Hà Nội", "Hà Tĩnh", "Hà Giang", "Hà Nam")

_GAP = r"[ .\-]?"
_NOT_DIGIT_BEFORE = r"(?<![\d+])"
_NOT_DIGIT_AFTER = r"(?![\d])"
_PREFIX = r"(?:0|\+84" + _GAP + r"|84" + _GAP + r")"
# A separator may stand between any two digits: "0912 345 678", "0912.345.678", "0236 3821 123".
MOBILE = re.compile(_NOT_DIGIT_BEFORE + _PREFIX + r"[35789](?:[ .\-]?\d){8}" + _NOT_DIGIT_AFTER)
LANDLINE = re.compile(_NOT_DIGIT_BEFORE + _PREFIX + r"2(?:[ .\-]?\d){9}" + _NOT_DIGIT_AFTER)
# Identity numbers are written in one block (or in groups of three or four separated by spaces).
CITIZEN_ID = re.compile(r"(?<![\d.,/])(?:\d{12}|\d{3} \d{3} \d{3} \d{3}|\d{4} \d{4} \d{4})(?![\d.,/]\d)(?!\d)")
OLD_ID = re.compile(r"(?<![\d.,/])(?:\d{9}|\d{3} \d{3} \d{3})(?![\d.,/]\d)(?!\d)")

WORD = re.compile(r"[^\W\d_]+")


def _capitalised_runs(text):
    """(start, [words]) of each run of capitalised words separated by single spaces."""
    run, run_start, previous_end = [], None, None
    for match in WORD.finditer(text):
        word = match.group(0)
        capitalised = word[0].isupper() and (len(word) == 1 or word[1:].islower())
        joined = previous_end is not None and text[previous_end : match.start()] == " "
        if capitalised and run and joined:
            run.append(word)
        else:
            if len(run) >= 2:
                yield run_start, run
            run, run_start = ([word], match.start()) if capitalised else ([], None)
        previous_end = match.end()
    if len(run) >= 2:
        yield run_start, run


@dataclass(frozen=True)
class Finding:
    """One thing that looks like a real person's detail: its kind and where it is in the text."""

    kind: str
    start: int
    end: int

    @property
    def label(self):
        return KIND_LABELS[self.kind]


KIND_LABELS = {
    "citizen_id": _("a 12-digit identity number"),
    "old_id": _("a 9-digit identity card number"),
    "mobile": _("a mobile phone number"),
    "landline": _("a landline phone number"),
    "name": _("a person's full name"),
}


def find_personal_details(text):
    """The Findings in `text`, in order; [] when nothing looks like a person's details."""
    text = unicodedata.normalize("NFC", text or "")
    findings = []
    taken = []

    def add(kind, start, end):
        if any(start < other_end and other_start < end for other_start, other_end in taken):
            return
        taken.append((start, end))
        findings.append(Finding(kind, start, end))

    # Phone numbers first: a mobile number's digits must not also count as an identity number.
    for kind, pattern in (("mobile", MOBILE), ("landline", LANDLINE), ("citizen_id", CITIZEN_ID), ("old_id", OLD_ID)):
        for match in pattern.finditer(text):
            add(kind, match.start(), match.end())
    for run_start, words in _capitalised_runs(text):
        # A run may hold a title first ("Chị Nguyễn Thị Lan"): a name starts at each surname of the run.
        for index, word in enumerate(words):
            if word not in SURNAMES or index == len(words) - 1:
                continue
            candidate = words[index : index + 4]
            phrase = " ".join(candidate)
            if any(phrase.startswith(place) or place.startswith(phrase) for place in PLACE_NAMES):
                continue
            start = run_start + len(" ".join(words[:index])) + (1 if index else 0)
            add("name", start, start + len(phrase))
            break
    return sorted(findings, key=lambda finding: finding.start)


def warning_kinds(text):
    """The kinds found in `text`, each once, in the order of KIND_LABELS (for messages)."""
    kinds = {finding.kind for finding in find_personal_details(text)}
    return [kind for kind in KIND_LABELS if kind in kinds]


def warning_labels(text):
    return [KIND_LABELS[kind] for kind in warning_kinds(text)]
