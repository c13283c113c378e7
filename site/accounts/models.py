"""The people who sign in: editors, trainers, officials and caseworkers."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """
    A custom user from the first migration, as Django advises.

    The profile fields say where an official works and which place they
    answer for: courses group results by them and casework will derive
    jurisdiction from them. They live on the user itself so that every
    request that needs them costs no extra query.
    """

    full_name = models.CharField(
        _("full name"), max_length=150, blank=True, help_text=_("As it should appear on certificates.")
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
