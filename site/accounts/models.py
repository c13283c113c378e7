"""
The people who sign in (editors, trainers, officials, caseworkers), the posts
they hold over time, their sessions, their invitations and the security log.
"""

import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from safereturn.organisation.models import ValidityPeriod, ValidityQuerySet, validity_constraint

from . import policy


class User(AbstractUser):
    """
    A custom user from the first migration, as Django advises.

    `agency`, `administrative_unit` and `position` are those of the person's
    current primary post (Membership), copied here whenever a post changes
    (`sync_profile`) so that every request that needs them costs no extra
    query. Edit posts, never these fields.
    """

    full_name = models.CharField(
        pgettext_lazy("person", "full name"),
        max_length=150,
        blank=True,
        help_text=_("As it should appear on certificates."),
    )
    position = models.CharField(_("position"), max_length=150, blank=True)
    agency = models.ForeignKey(
        "organisation.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
    )
    administrative_unit = models.ForeignKey(
        "organisation.AdministrativeUnit",
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="staff",
        help_text=_("The province or commune where this person works."),
    )

    class Meta(AbstractUser.Meta):
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.get_username()

    def get_full_name(self):
        return self.full_name or super().get_full_name()

    def primary_membership(self, on=None):
        """The current primary post (the most recent one if several claim to be primary), or None."""
        return (
            self.memberships.current(on)
            .filter(is_primary=True)
            .select_related("agency")
            .prefetch_related("administrative_units")
            .order_by("-valid_from", "-pk")
            .first()
        )

    def sync_profile(self):
        """Copy the current primary post's agency, first unit and position onto the user."""
        membership = self.primary_membership()
        if membership is None:
            agency, unit, position = None, None, ""
        else:
            units = sorted(membership.administrative_units.all(), key=lambda unit: unit.pk)
            agency, unit, position = membership.agency, (units[0] if units else None), membership.position
        if (self.agency_id, self.administrative_unit_id, self.position) != (
            getattr(agency, "pk", None),
            getattr(unit, "pk", None),
            position,
        ):
            self.agency, self.administrative_unit, self.position = agency, unit, position
            User.objects.filter(pk=self.pk).update(agency=agency, administrative_unit=unit, position=position)


class MembershipQuerySet(ValidityQuerySet):
    pass


class Membership(ValidityPeriod):
    """
    A post held over a period: who, in which agency, for which administrative
    units, in what position and role. The profile shows the current primary
    one; courses copy it into their records; casework derives jurisdiction
    from it. Ending a post (a `valid_until` today or earlier) ends the
    person's sessions at once (signals.py).
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("person"), on_delete=models.CASCADE, related_name="memberships"
    )
    agency = models.ForeignKey(
        "organisation.Agency", verbose_name=_("agency"), on_delete=models.PROTECT, related_name="memberships"
    )
    administrative_units = models.ManyToManyField(
        "organisation.AdministrativeUnit",
        verbose_name=_("administrative units"),
        related_name="memberships",
        help_text=_("The province or communes this person answers for in this post."),
    )
    position = models.CharField(_("position"), max_length=150, blank=True)
    role = models.CharField(_("role"), max_length=40)
    is_primary = models.BooleanField(
        _("primary post"), default=True, help_text=_("The post shown on the person's profile.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["-is_primary", "-valid_from", "-pk"]
        constraints = [validity_constraint("membership_valid_until_after_valid_from")]

    def __str__(self):
        return f"{self.user} · {self.role_label} · {self.agency}"

    def clean(self):
        super().clean()
        if policy.get_role(self.role) is None:
            raise ValidationError({"role": _("Choose one of the registered roles.")})

    @property
    def role_label(self):
        role = policy.get_role(self.role)
        return role.label if role else self.role


class StaffSession(models.Model):
    """
    One signed-in session, so that a person's sessions can be listed and
    ended: every session of a user (any session engine) has one, made at
    sign-in, or at the session's first request for sessions made otherwise.
    The middleware refuses a session whose record is ended.
    """

    class EndReason(models.TextChoices):
        SIGNED_OUT = "signed_out", _("Signed out")
        IDLE = "idle", _("No activity")
        EXPIRED = "expired", _("Maximum length reached")
        BY_USER = "by_user", _("Signed out from another session")
        PASSWORD = "password", _("Password changed")
        SECOND_FACTOR = "second_factor", _("Second factor changed")
        ACCOUNT = "account", _("Account disabled or changed by an administrator")
        MEMBERSHIP = "membership", _("Post ended")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="staff_sessions"
    )
    session_key = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(_("signed in"), default=timezone.now)
    last_activity = models.DateTimeField(_("last activity"), default=timezone.now)
    user_agent = models.CharField(_("device"), max_length=300, blank=True)
    ended_at = models.DateTimeField(_("ended"), null=True, blank=True)
    end_reason = models.CharField(_("why it ended"), max_length=20, choices=EndReason.choices, blank=True)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        indexes = [models.Index(fields=["user", "ended_at"], name="staffsession_user_open")]

    def __str__(self):
        return f"{self.user_id} {self.created_at:%Y-%m-%d %H:%M}"

    @property
    def device(self):
        """A short description of the browser and system, from the user agent."""
        from .devices import describe_user_agent

        return describe_user_agent(self.user_agent)


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """
    A single-use link with which a new person chooses their password.

    The link's token is computed from the row's random nonce and the site's
    secret key (`token`), never stored, so that the background task that
    e-mails it and the administrator who prints it can both recompute it,
    while the table alone gives nothing away.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="invitations"
    )
    nonce = models.CharField(max_length=64, default=secrets.token_hex, editable=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    created_by_id = models.BigIntegerField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.user_id} {self.created_at:%Y-%m-%d}"

    def save(self, *args, **kwargs):
        if self.expires_at is None:
            self.expires_at = self.created_at + timedelta(days=settings.INVITATION_DAYS)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("accounts:accept_invitation", kwargs={"invitation_id": self.pk, "token": self.token})

    @property
    def token(self):
        return salted_hmac("safereturn.accounts.Invitation", f"{self.pk}:{self.nonce}:{self.user_id}").hexdigest()

    def check_token(self, token):
        return constant_time_compare(self.token, token)

    @property
    def is_pending(self):
        return self.accepted_at is None and self.revoked_at is None and self.expires_at > timezone.now()


class SecurityEventQuerySet(models.QuerySet):
    """The log is append-only: rows are never updated, and deleted only by the retention command."""

    def update(self, **kwargs):
        raise PermissionError("The security log cannot be changed.")

    def delete(self):
        raise PermissionError("The security log cannot be deleted from; see prune_security_log.")

    def prune_before(self, moment):
        """Delete the events older than `moment` (the retention command, run as the database owner)."""
        return self.filter(occurred_at__lt=moment)._raw_delete(self.db)


class SecurityEvent(models.Model):
    """
    One line of the security log: sign-ins, failures, lock-outs, password and
    second-factor changes, invitations, posts and roles.

    The user is kept as two plain values (id and username), not a foreign
    key, so that deleting a user leaves the log as it was. The application's
    database role may only INSERT and SELECT here (README, "PostgreSQL roles").
    """

    class Kind(models.TextChoices):
        SIGNED_IN = "signed_in", _("Signed in")
        SIGN_IN_FAILED = "sign_in_failed", _("Sign-in failed")
        LOCKED_OUT = "locked_out", _("Locked out")
        ADDRESS_LIMITED = "address_limited", _("Too many failures from one address")
        SECOND_FACTOR_PASSED = "second_factor_passed", _("Second factor accepted")
        SECOND_FACTOR_FAILED = "second_factor_failed", _("Second factor refused")
        SIGNED_OUT = "signed_out", _("Signed out")
        SESSION_ENDED = "session_ended", _("Session ended")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        PASSWORD_RESET_REQUESTED = "password_reset_requested", _("Password reset requested")
        SECOND_FACTOR_ADDED = "second_factor_added", _("Second factor added")
        SECOND_FACTOR_REMOVED = "second_factor_removed", _("Second factor removed")
        BACKUP_CODES_CREATED = "backup_codes_created", _("Backup codes created")
        SECOND_FACTOR_RESET = "second_factor_reset", _("Second factor reset by an administrator")
        INVITATION_CREATED = "invitation_created", _("Invitation created")
        INVITATION_SENT = "invitation_sent", _("Invitation sent")
        INVITATION_ACCEPTED = "invitation_accepted", _("Invitation accepted")
        ACCOUNT_CREATED = "account_created", _("Account created")
        ACCOUNT_DISABLED = "account_disabled", _("Account disabled")
        ACCOUNT_DELETED = "account_deleted", _("Account deleted")
        MEMBERSHIP_ADDED = "membership_added", _("Post added")
        MEMBERSHIP_CHANGED = "membership_changed", _("Post or role changed")
        MEMBERSHIP_ENDED = "membership_ended", _("Post ended")
        ACCOUNTS_IMPORTED = "accounts_imported", _("Accounts imported")

    occurred_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    kind = models.CharField(_("event"), max_length=40, choices=Kind.choices, db_index=True)
    user_id = models.BigIntegerField(_("user id"), null=True, blank=True, db_index=True)
    username = models.CharField(_("username"), max_length=150, blank=True)
    actor_id = models.BigIntegerField(_("done by (id)"), null=True, blank=True)
    actor_username = models.CharField(_("done by"), max_length=150, blank=True)
    ip_address = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    detail = models.CharField(_("detail"), max_length=300, blank=True)

    objects = SecurityEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("security event")
        verbose_name_plural = _("security log")
        ordering = ["-occurred_at", "-pk"]
        default_permissions = ("view",)

    def __str__(self):
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.kind} {self.username}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The security log cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The security log cannot be deleted from.")
