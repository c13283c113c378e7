"""
The second factor, with django-otp's devices: a TOTP authenticator app
(TOTPDevice) and single-use backup codes (StaticDevice). Codes are checked
and throttled by django-otp; nothing here computes one.
"""

from base64 import b32encode

import segno
from django.conf import settings
from django.db import transaction
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import security_log, sessions
from .models import SecurityEvent, StaffSession


def new_backup_codes(user):
    """Replace the user's backup codes with BACKUP_CODE_COUNT new ones, and return them (shown once)."""
    with transaction.atomic():
        StaticDevice.objects.filter(user=user).delete()
        device = StaticDevice.objects.create(user=user, name=_("Backup codes"), confirmed=True)
        codes = [StaticToken.random_token() for _index in range(settings.BACKUP_CODE_COUNT)]
        StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


def readable_secret(device):
    """The TOTP key in base32, in groups of four, for typing into an app by hand."""
    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))


def qr_svg(device):
    """The app's set-up address as an inline SVG QR code: drawn here, no script, no style attribute."""
    svg = segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=2, dark="#000", light="#fff", title=_("QR code to scan with your authenticator app")
    )
    # segno's SVG is built from our own data only (the key and the site's name).
    return format_html('<div class="qr-code" role="img" aria-label="{}">{}</div>', _("QR code"), mark_safe(svg))  # noqa: S308


def reset(user):
    """An administrator's reset of a lost factor: remove every device, end every session, log, tell the user."""
    from .tasks import send_second_factor_reset_notice

    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        sessions.end_all(user, StaffSession.EndReason.SECOND_FACTOR)
        security_log.record(SecurityEvent.Kind.SECOND_FACTOR_RESET, user=user)
        user_id = user.pk
        transaction.on_commit(lambda: send_second_factor_reset_notice.enqueue(user_id))
