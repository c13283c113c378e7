"""
The one service the public site calls (campaigns' report page; import-linter
allows campaigns to import this module of casework and nothing else).

    report, code = public_reports.submit(ReportInput(text=..., urgent=True, ...))
    found = public_reports.find(code)        # None for a wrong code and for an expired one alike
    public_reports.follow_up(found)          # what the reporter may read: status and questions
    public_reports.answer(found, "...")      # the reporter's answer to the questions

What it keeps: the report's text, the place as written, and the name and
contact the reporter chose to give, encrypted (casework.models.reports); the
province and commune named, for routing; whether someone is in danger now.
Never anything about the sender's device, address or browser: the caller
passes none, and nothing here logs.

The follow-up code is 16 characters of Crockford's base32 (80 random bits),
shown once and stored only as a keyed hash. It opens the report until 90
days after the report is closed (REPORT_CODE_DAYS_AFTER_CLOSING); after that
`find()` answers as for a code that never existed.

Urgent reports are announced to the on-call coordinator
(PUBLIC_REPORTS_ON_CALL_EMAIL) by the timer, not by the request: every five
minutes `notify_urgent_reports` sends one e-mail saying how many urgent
reports came in and where the queue is; no text, no place, nothing about the
reporter. An e-mail sent at the second a report arrived would give its time
away to anyone who can read the mail server's log beside a front server's
access log; one sent on the timer's beat names only a five-minute slot.
"""

import datetime
import hmac
import logging
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from safereturn.base.search import fold
from safereturn.organisation.models import AdministrativeUnit

from .encryption import hash_keys
from .keyed_hashes import digest
from .models import PublicReport, ReporterChoice, ReportMessage, ReportStatus
from .permissions import triages_place

logger = logging.getLogger(__name__)

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U
CODE_LENGTH = 16  # 80 bits
CODE_GROUP = 4
REPORT_CODE_DAYS_AFTER_CLOSING = 90
CODE_HASH_KIND = "report_code"

# Size bounds of what a reporter may send (the form says so too).
MAX_TEXT = 5000
MAX_PLACE = 300
MAX_NAME = 100
MAX_CONTACT = 200
MAX_ANSWER = 2000


@dataclass(frozen=True)
class ReportInput:
    """What the public form hands over, already validated and size-bounded."""

    text: str
    urgent: bool = False
    reporter_choice: str = ReporterChoice.ANONYMOUS
    province_id: int | None = None
    commune_name: str = ""
    place: str = ""
    reporter_name: str = ""
    reporter_contact: str = ""


# Codes -------------------------------------------------------------------------------------------------------------


def new_code():
    """A random follow-up code, grouped for reading and writing down: "7K3M-Q9TX-4HZP-2W8D"."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + CODE_GROUP] for i in range(0, CODE_LENGTH, CODE_GROUP))


def normalise_code(text):
    """The stored form of a typed code (case, spaces and dashes ignored; O→0, I and L→1), or ""."""
    value = "".join(char for char in str(text or "").upper() if char.isalnum())
    value = value.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(value) == CODE_LENGTH and all(char in CODE_ALPHABET for char in value):
        return value
    return ""


def code_digests(code):
    """The keyed hashes of a normalised code under every configured hash key (the current one first)."""
    return [(key.id, digest(key, CODE_HASH_KIND, code)) for key in hash_keys()]


# Intake ------------------------------------------------------------------------------------------------------------


def provinces():
    """The provinces a reporter may name (today's), in official order."""
    return AdministrativeUnit.objects.current().filter(level=AdministrativeUnit.Level.PROVINCE).order_by("code")


def find_commune(province_id, name):
    """The commune of `province_id` that `name` names (with or without marks and "xã"/"phường"), or None."""
    wanted = " ".join(fold(name or "").split())
    if not province_id or not wanted:
        return None
    for prefix in ("xa ", "phuong ", "dac khu ", "commune ", "ward "):
        if wanted.startswith(prefix):
            wanted = wanted[len(prefix) :]
            break
    communes = AdministrativeUnit.objects.current().filter(
        level=AdministrativeUnit.Level.COMMUNE, parent_id=province_id
    )
    matches = [
        commune
        for commune in communes.only("id", "name", "name_en", "full_name", "parent_id")
        if wanted in {fold(commune.name), fold(commune.name_en), fold(commune.full_name)}
    ]
    return matches[0] if len(matches) == 1 else None


def submit(data):
    """Store a report from the public and return (report, follow-up code). The code is never stored."""
    code = new_code()
    key_id, code_digest = code_digests(normalise_code(code))[0]
    province_id = data.province_id if data.province_id else None
    if province_id and not provinces().filter(pk=province_id).exists():
        province_id = None
    commune = find_commune(province_id, data.commune_name)
    identified = data.reporter_choice != ReporterChoice.ANONYMOUS
    named = [data.commune_name.strip(), data.place.strip()]
    if province_id and not triages_place(province_id, commune.pk if commune else None):
        # Nobody here answers for that place: the coordinators get it, with the province's name in the text.
        named.insert(0, provinces().get(pk=province_id).full_name)
        province_id, commune = None, None
    place = ", ".join(part for part in named if part)
    report = PublicReport(
        # The hour only (see PublicReport.received_at).
        received_at=timezone.now().replace(minute=0, second=0, microsecond=0),
        reporter_choice=data.reporter_choice,
        urgent=bool(data.urgent),
        province_id=commune.parent_id if commune is not None else province_id,
        commune=commune,
        text=data.text[:MAX_TEXT],
        place=place[:MAX_PLACE],
        # Whatever an anonymous reporter typed in these boxes is dropped here.
        reporter_name=data.reporter_name[:MAX_NAME] if identified else "",
        reporter_contact=data.reporter_contact[:MAX_CONTACT] if identified else "",
        code_digest=code_digest,
        code_key_id=key_id,
    )
    report.save()
    return report, code


def notify_urgent_reports():
    """
    Tell the on-call coordinator how many urgent reports came in since the
    last e-mail (the timer runs this every five minutes). The reports are
    claimed first, so two timers never announce one report twice; if the
    e-mail fails they are given back, to be announced on the next beat.
    Returns how many reports the e-mail announced.
    """
    address = getattr(settings, "PUBLIC_REPORTS_ON_CALL_EMAIL", "")
    if not address:
        return 0
    with transaction.atomic():
        waiting = list(
            PublicReport.objects.select_for_update(skip_locked=True)
            .filter(urgent=True, on_call_notified=False)
            .values_list("pk", flat=True)
        )
        PublicReport.objects.filter(pk__in=waiting).update(on_call_notified=True)
    if not waiting:
        return 0
    # In the site's language, whatever language the reporters used.
    with translation.override(settings.LANGUAGE_CODE):
        subject = str(_("Urgent report from the public"))
        body = str(
            ngettext(
                "%(count)d urgent report from the public has come in. Read it in the casework queue, "
                "where urgent reports come first: %(url)s",
                "%(count)d urgent reports from the public have come in. Read them in the casework queue, "
                "where urgent reports come first: %(url)s",
                len(waiting),
            )
        ) % {
            "count": len(waiting),
            "url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("casework:report_list"),
        }
    try:
        send_mail(subject, body, None, [address])
    except Exception:
        # The reports are in the queue either way; the log says only that the e-mail failed.
        logger.exception("The on-call coordinator could not be e-mailed about urgent reports.")
        PublicReport.objects.filter(pk__in=waiting).update(on_call_notified=False)
        return 0
    return len(waiting)


# Follow-up ---------------------------------------------------------------------------------------------------------


def find(code, now=None):
    """
    The report this follow-up code opens, or None: for a code that is not
    one, that matches no report, or whose report was closed more than
    REPORT_CODE_DAYS_AFTER_CLOSING days ago. The three answer alike, and
    each looks up the database once, so that neither the answer nor its time
    tells an expired code from a wrong one.
    """
    normalised = normalise_code(code) or "0" * CODE_LENGTH
    digests = [value for _key, value in code_digests(normalised)]
    report = PublicReport.objects.filter(code_digest__in=digests).first()
    if report is None or not normalise_code(code):
        return None
    now = now or timezone.now()
    lifetime = datetime.timedelta(days=REPORT_CODE_DAYS_AFTER_CLOSING)
    if report.closed_at is not None and report.closed_at + lifetime < now:
        return None
    # Constant-time check of what matched, as a matter of form (the index lookup already compared).
    if not any(hmac.compare_digest(report.code_digest, value) for value in digests):
        return None
    return report


@dataclass(frozen=True)
class FollowUp:
    """What a reporter reads with their code: the status in plain words and the conversation."""

    status: str
    explanation: object
    messages: list
    may_answer: bool
    urgent: bool


PUBLIC_STATUS = {
    ReportStatus.NEW: (
        _("Received, waiting to be read"),
        _("Your report has arrived. Caseworkers read reports during office hours."),
    ),
    ReportStatus.LINKED: (
        _("Read and passed on"),
        _("A caseworker has read your report and added it to work that is already under way."),
    ),
    ReportStatus.CASE_OPENED: (
        _("Read and passed on"),
        _("A caseworker has read your report and opened a file to act on it."),
    ),
    ReportStatus.DISMISSED: (
        _("Read, no further action"),
        _(
            "A caseworker has read your report and will take no further action on it. If something new happens, "
            "send a new report or call 111."
        ),
    ),
}


def follow_up(report):
    status, explanation = PUBLIC_STATUS[report.status]
    messages = list(report.messages.all())
    return FollowUp(
        status=status,
        explanation=explanation,
        messages=messages,
        may_answer=any(message.direction == ReportMessage.Direction.QUESTION for message in messages),
        urgent=report.urgent,
    )


def answer(report, text):
    """Keep the reporter's answer to the caseworkers' questions (only when one was asked)."""
    if not report.messages.filter(direction=ReportMessage.Direction.QUESTION).exists():
        return None
    return ReportMessage.add(report, ReportMessage.Direction.ANSWER, text[:MAX_ANSWER])


# Retention ---------------------------------------------------------------------------------------------------------


def delete_dismissed(now=None):
    """
    Delete the reports dismissed more than PUBLIC_REPORTS_DISMISSED_RETENTION_DAYS ago, with their messages.
    Returns how many reports were deleted. Idempotent: run again, it finds nothing more.
    """
    now = now or timezone.now()
    days = settings.PUBLIC_REPORTS_DISMISSED_RETENTION_DAYS
    old = PublicReport.objects.filter(status=ReportStatus.DISMISSED, closed_at__lt=now - datetime.timedelta(days=days))
    _total, by_model = old.delete()  # their messages go with them (CASCADE)
    return by_model.get(PublicReport._meta.label, 0)
