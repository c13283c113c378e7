"""
Certificates: issued when an enrolment completes, with a code that cannot
be guessed, an optional expiry, a PDF with a QR code to the public
verification page, and revocation with a reason.

The code: 16 characters from 30 letters and digits that cannot be mistaken
for one another when read aloud or typed (no 0/O, 1/I/L, U), written in four
groups of four; 30**16 is about 2**78, drawn with `secrets`. People may type
it in lower case, with or without spaces or hyphens (`normalise_code`).

The PDF embeds DejaVu Sans (courses/fonts/, with its licence), which has
every Vietnamese letter with its marks; the fonts built into PDF readers do
not.
"""

import calendar
import datetime
import io
import secrets
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from .models import Certificate, CoursePage

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789"
CODE_LENGTH = 16
FONTS = Path(__file__).resolve().parent / "fonts"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"


def new_code():
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return format_code(raw)


def format_code(raw):
    return "-".join(raw[index : index + 4] for index in range(0, len(raw), 4))


def normalise_code(text):
    """The code as stored ("ABCD-EFGH-JKMN-PQRS") from what someone typed, or "" if it cannot be one."""
    raw = "".join(char for char in str(text or "").upper() if char.isalnum())
    if len(raw) != CODE_LENGTH or any(char not in CODE_ALPHABET for char in raw):
        return ""
    return format_code(raw)


def add_months(day, months):
    """`day` plus `months` calendar months (the 31st becomes the last day of a shorter month)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def issue_certificate(enrolment, course=None):
    """
    The enrolment's certificate, made now if it has none (a completed
    enrolment only). The holder's name is the one on their account ("as it
    should appear on certificates"); the expiry follows the course's
    setting at the time of completion.
    """
    if enrolment.completed_at is None:
        return None
    existing = Certificate.objects.filter(enrolment=enrolment).first()
    if existing is not None:
        return existing
    course = course or enrolment.course or CoursePage.objects.filter(translation_key=enrolment.course_key).first()
    issued_on = timezone.localdate(enrolment.completed_at)
    months = course.certificate_valid_months if course is not None else None
    user = enrolment.user
    for _attempt in range(5):  # a collision of two random codes is all but impossible; retry anyway
        try:
            with transaction.atomic():
                return Certificate.objects.create(
                    code=new_code(),
                    enrolment=enrolment,
                    user=user,
                    holder_name=user.get_full_name() or user.get_username(),
                    course_key=enrolment.course_key,
                    course_title=enrolment.course_title,
                    issued_on=issued_on,
                    expires_on=add_months(issued_on, months) if months else None,
                )
        except IntegrityError:
            existing = Certificate.objects.filter(enrolment=enrolment).first()
            if existing is not None:
                return existing
    raise RuntimeError("Could not draw a unique certificate code.")


def revoke(certificate, *, by, reason, now=None):
    """Revoke `certificate` with a reason (required); the verification page says so from now on."""
    reason = (reason or "").strip()
    if not reason:
        raise ValueError("A reason is required to revoke a certificate.")
    Certificate.objects.filter(pk=certificate.pk, revoked_at__isnull=True).update(
        revoked_at=now or timezone.now(),
        revoked_reason=reason,
        revoked_by=by,
        revoked_by_name=(by.get_full_name() or by.get_username()) if by else "",
    )
    certificate.refresh_from_db()
    return certificate


def course_title_for(certificate, language=None):
    """The course's title in `language` when a live translation exists, else the title at issue."""
    language = language or translation.get_language()
    page = (
        CoursePage.objects.live()
        .filter(translation_key=certificate.course_key, locale__language_code=language)
        .only("title")
        .first()
    )
    return page.title if page else certificate.course_title


def verification_path(code):
    return reverse("certificates:verify", kwargs={"code": code})


# The PDF ------------------------------------------------------------------------------------------------------------


def _register_fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = pdfmetrics.getRegisteredFontNames()
    for name, filename in ((REGULAR, "DejaVuSans.ttf"), (BOLD, "DejaVuSans-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONTS / filename)))


def certificate_pdf(certificate, verify_url, today=None):
    """
    The certificate as PDF bytes (A4 landscape), in the active language:
    holder, course, completion date, expiry, state, code, and a QR code of
    `verify_url` (the absolute address of its verification page).
    """
    import segno
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    _register_fonts()
    today = today or timezone.localdate()
    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height), invariant=True, pageCompression=1)
    title = _("Certificate of completion")
    pdf.setTitle(f"{title}: {certificate.holder_name}")
    pdf.setAuthor(settings.WAGTAIL_SITE_NAME)
    pdf.setSubject(course_title_for(certificate))
    pdf.setLineWidth(2)
    pdf.setStrokeColorRGB(0.05, 0.32, 0.45)
    pdf.rect(28, 28, width - 56, height - 56)
    pdf.setLineWidth(0.6)
    pdf.rect(36, 36, width - 72, height - 72)

    def centred(text, y, size, font=REGULAR):
        pdf.setFont(font, size)
        pdf.drawCentredString(width / 2, y, text)

    pdf.setFillColorRGB(0.05, 0.32, 0.45)
    centred(settings.WAGTAIL_SITE_NAME, height - 80, 13)
    pdf.setFillColorRGB(0, 0, 0)
    centred(title.upper(), height - 130, 28, BOLD)
    centred(_("This certifies that"), height - 175, 14)
    centred(certificate.holder_name, height - 215, 26, BOLD)
    centred(_("has completed the course"), height - 250, 14)
    y = height - 285
    for line in simpleSplit(course_title_for(certificate), BOLD, 18, width - 200)[:3]:
        centred(line, y, 18, BOLD)
        y -= 24
    details = [_("Completed on %(date)s") % {"date": date_format(certificate.issued_on, "DATE_FORMAT")}]
    if certificate.expires_on:
        details.append(_("Valid until %(date)s") % {"date": date_format(certificate.expires_on, "DATE_FORMAT")})
    else:
        details.append(_("Does not expire"))
    centred(" · ".join(details), y - 14, 13)
    status = certificate.status(today)
    if status != Certificate.Status.VALID:
        pdf.setFillColorRGB(0.6, 0.05, 0.05)
        label = _("Revoked") if status == Certificate.Status.REVOKED else _("Expired")
        centred(label.upper(), y - 42, 16, BOLD)
        pdf.setFillColorRGB(0, 0, 0)

    # The code and the QR code, bottom left and right.
    pdf.setFont(REGULAR, 11)
    pdf.drawString(60, 110, _("Verification code:"))
    pdf.setFont(BOLD, 15)
    pdf.drawString(60, 90, certificate.code)
    pdf.setFont(REGULAR, 9)
    pdf.drawString(60, 70, _("Check this certificate at %(address)s") % {"address": verify_url})
    qr = segno.make(verify_url, error="m")
    matrix = list(qr.matrix)
    size = 110
    module = size / (len(matrix) + 8)
    left, top = width - 60 - size, 60 + size
    pdf.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        for column_index, dark in enumerate(row):
            if dark:
                pdf.rect(
                    left + (column_index + 4) * module,
                    top - (row_index + 5) * module,
                    module,
                    module,
                    stroke=0,
                    fill=1,
                )
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def expiring(today=None, days=None):
    """Valid certificates that expire within `days` (the reminder setting) from `today`."""
    today = today or timezone.localdate()
    days = settings.COURSES_CERTIFICATE_REMINDER_DAYS if days is None else days
    return Certificate.objects.filter(
        revoked_at__isnull=True, expires_on__gte=today, expires_on__lte=today + datetime.timedelta(days=days)
    )
