"""
The casework audit log: an append-only record of who did what.

Every casework view calls `record()` once for what it shows or does:

    record(request, AuditEvent.Action.VIEW, obj=case)
    record(request, AuditEvent.Action.CHANGE, obj=person, changed_fields=form.changed_data)
    record(request, AuditEvent.Action.LIST, object_type=Case, count=len(page))
    record(request, AuditEvent.Action.DENIED, obj=case)
    record(request, AuditEvent.Action.EXPORT, object_type=Case, count=rows, purpose=form.cleaned_data["purpose"])

An event keeps the user's id and username as plain values (no foreign key:
deleting a user leaves the trail whole), the time, the client address
(`safereturn.base.client_address.client_ip`, the one function every limit
uses), the URL name of the view, the object's type and random id, the names
(never the values) of changed fields, a count where a list or export has
one, and the purpose the user typed where one is asked (encrypted: people
write names in it). A search records that it happened and how many results
it had, never what was typed.

Append-only, twice over:
- in the ORM: saving an existing event, deleting one, queryset update() and
  delete() all raise PermissionError;
- in PostgreSQL: the application's role may only INSERT and SELECT on the
  table (`manage.py protect_casework_audit`, README "Casework data: keys,
  audit and backups"), and a trigger refuses UPDATE, DELETE and TRUNCATE
  to anyone but the table's owner, even if a grant is too wide.
The owner (migrations, and `rotate_field_encryption`, which re-encrypts
purposes under a new key without changing them) is the only exception.

`record()` writes in the current transaction: a view that rolls back loses
its event, so record refusals and reads outside any block that may roll back.
"""

import re
import uuid

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from safereturn.base.client_address import client_ip

from .fields import EncryptedTextField

FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


class AuditEventQuerySet(models.QuerySet):
    """No update and no delete: the log only grows."""

    def update(self, **kwargs):
        raise PermissionError("The casework audit log cannot be changed.")

    def delete(self):
        raise PermissionError("The casework audit log cannot be deleted from.")

    def bulk_update(self, objs, fields, *args, **kwargs):
        raise PermissionError("The casework audit log cannot be changed.")


class AuditEvent(models.Model):
    """One line of the casework audit log (see the module's docstring)."""

    class Action(models.TextChoices):
        LIST = "list", _("Listed")
        VIEW = "view", _("Viewed")
        SEARCH = "search", _("Searched")
        CREATE = "create", _("Created")
        CHANGE = "change", _("Changed")
        DELETE = "delete", _("Deleted")
        DOCUMENT_UPLOAD = "document_upload", _("Document uploaded")
        DOCUMENT_DOWNLOAD = "document_download", _("Document downloaded")
        EXPORT = "export", _("Exported")
        EXPORT_DOWNLOAD = "export_download", _("Export downloaded")
        PRINT = "print", _("Printed")
        DENIED = "denied", _("Permission denied")
        BREAK_GLASS = "break_glass", _("Emergency access")

    # A random id like every casework record (the same field as RandomIdModel's,
    # which lives in casework.models, the module that imports this one).
    id = models.UUIDField(_("id"), primary_key=True, default=uuid.uuid4, editable=False)
    occurred_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices, db_index=True)
    user_id = models.BigIntegerField(_("user id"), null=True, blank=True, db_index=True)
    username = models.CharField(_("username"), max_length=150, blank=True)
    ip_address = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    view_name = models.CharField(_("page"), max_length=200, blank=True)
    object_type = models.CharField(_("type of record"), max_length=100, blank=True, db_index=True)
    object_id = models.CharField(_("record id"), max_length=64, blank=True, db_index=True)
    changed_fields = models.JSONField(_("changed fields"), default=list, blank=True)
    item_count = models.PositiveIntegerField(_("number of records"), null=True, blank=True)
    purpose = EncryptedTextField(_("purpose"), blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit log")
        ordering = ["-occurred_at"]
        default_permissions = ("view",)

    def __str__(self):
        return f"{self.occurred_at:%Y-%m-%d %H:%M:%S} {self.action} {self.username}"

    def __repr__(self):
        return f"<AuditEvent {self.pk} {self.action}>"

    def save(self, *args, **kwargs):
        if not self._state.adding or kwargs.get("update_fields") is not None:
            raise PermissionError("The casework audit log cannot be changed.")
        kwargs["force_insert"] = True
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The casework audit log cannot be deleted from.")


def _model_of(object_type):
    if isinstance(object_type, type) and issubclass(object_type, models.Model):
        return object_type
    if object_type:
        try:
            return apps.get_model(object_type)
        except (LookupError, ValueError):
            return None
    return None


def _checked_field_names(model, names):
    names = list(names or ())
    known = {field.name for field in model._meta.get_fields()} if model is not None else None
    for name in names:
        if not isinstance(name, str) or not FIELD_NAME.match(name) or (known is not None and name not in known):
            # The message names no value: a value passed here by mistake must not reach a log either.
            raise ValueError(
                "changed_fields takes the names of the changed fields (form.changed_data), never their values."
            )
    return names


def record(
    request,
    action,
    *,
    obj=None,
    object_type=None,
    object_id="",
    changed_fields=(),
    purpose="",
    count=None,
    user=None,
):
    """
    Append one event and return it.

    `obj` is the record acted on (its type and id are kept); without one,
    `object_type` (a model or "app_label.model") and `object_id` say what
    was listed, searched or exported. `changed_fields` are field names and
    are checked against the model. `user` defaults to the request's user.
    """
    if action not in AuditEvent.Action.values:
        raise ValueError(f"Unknown audit action {action!r}.")
    if obj is not None:
        model, object_id = type(obj), str(obj.pk)
    else:
        model = _model_of(object_type)
    user = user if user is not None else getattr(request, "user", None)
    authenticated = user is not None and getattr(user, "is_authenticated", False)
    match = getattr(request, "resolver_match", None) if request is not None else None
    return AuditEvent.objects.create(
        action=action,
        user_id=user.pk if authenticated else None,
        username=user.get_username()[:150] if authenticated else "",
        ip_address=client_ip(request) if request is not None else None,
        view_name=(match.view_name if match is not None else "")[:200],
        object_type=model._meta.label_lower if model is not None else str(object_type or "")[:100],
        object_id=str(object_id or "")[:64],
        changed_fields=_checked_field_names(model, changed_fields),
        purpose=purpose or "",
        item_count=count,
    )
