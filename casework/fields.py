"""
Model fields whose values are encrypted in the database (casework.encryption).

    class Person(CaseworkModel):
        full_name = EncryptedCharField(_("full name"), max_length=200)
        birth_date = EncryptedDateField(_("date of birth"), null=True, blank=True)
        address = EncryptedJSONField(_("address"), null=True, blank=True)
        health_notes = EncryptedTextField(_("health"), blank=True)

A value is encrypted when it is written (save, create, bulk_create,
update) and decrypted when a row is read; a stored value that no
configured key opens raises DecryptionError, it is never shown as
ciphertext. Values come back as the types of casework.sensitive (a `str`,
`date`, `dict` or `list` whose repr hides them and which cannot be pickled).

What the database can still do with them is nothing but store them: the
only lookup is `__isnull` (a randomised ciphertext equals nothing, and
ordering by it is meaningless, so lists are never sorted by an encrypted
field: sort by a date or a deadline). Exact matching goes through keyed
hashes instead (casework.keyed_hashes). Such fields cannot be unique or
indexed.

An empty text ("") is stored as "", and None as NULL: whether a field is
filled is not secret.

Each column's values are bound to a context, by default
"app_label.model_name.field_name". Renaming the model or the field changes
it and makes the stored values unreadable (DecryptionError, nothing is
lost): when renaming, keep the old name with `context="casework.person.full_name"`.

`manage.py dumpdata` writes decrypted values: never use it on casework
tables (back up with pg_dump, README).
"""

import datetime
import json

from django import forms
from django.core import checks, exceptions
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.utils.translation import gettext_lazy as _

from safereturn.base.search import fold

from .encryption import decrypt_value, encrypt_value
from .sensitive import SensitiveDate, SensitiveDict, SensitiveList, SensitiveStr, remember


class EncryptedFieldMixin:
    """
    Encrypts on the way to the database and decrypts on the way back.

    A subclass says how its Python value becomes bytes (`encode`) and back
    (`decode`); the column is always text.
    """

    encrypted = True
    # What an empty value is stored as without encryption (None: always encrypt).
    stored_empty = None

    def __init__(self, *args, context=None, **kwargs):
        self.explicit_context = context
        super().__init__(*args, **kwargs)

    @property
    def encryption_context(self):
        """The associated data that binds this column's values: its table and column."""
        return self.explicit_context or f"{self.model._meta.label_lower}.{self.name}"

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.explicit_context:
            kwargs["context"] = self.explicit_context
        return name, path, args, kwargs

    def get_internal_type(self):
        return "TextField"

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        for option in ("unique", "db_index", "primary_key"):
            if getattr(self, option, False):
                errors.append(
                    checks.Error(
                        f"An encrypted field cannot be {option}: its stored values are randomised.",
                        hint="Match values with keyed hashes (casework.keyed_hashes) instead.",
                        obj=self,
                        id="casework.E010",
                    )
                )
        return errors

    # Lookups: none but isnull (an equality test on ciphertext is always false).

    def get_lookup(self, lookup_name):
        if lookup_name == "isnull":
            return super().get_lookup(lookup_name)
        return None

    def get_transform(self, lookup_name):
        return None

    # To and from the database.

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value is None:
            return None
        if self.stored_empty is not None and value == self.stored_empty:
            return self.stored_empty
        return encrypt_value(self.encode(value), self.encryption_context)

    def get_db_prep_value(self, value, connection, prepared=False):
        # Not the parent's: a date field would adapt the (already encrypted) text as a date.
        if not prepared:
            value = self.get_prep_value(value)
        return value

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        if self.stored_empty is not None and value == self.stored_empty:
            return self.stored_empty
        return self.decode(decrypt_value(value, self.encryption_context))

    def encode(self, value):
        raise NotImplementedError

    def decode(self, data):
        raise NotImplementedError


def _remember_text(text):
    remember(text, fold(text))


class EncryptedTextField(EncryptedFieldMixin, models.TextField):
    """Free text (notes, circumstances), encrypted."""

    stored_empty = ""

    def encode(self, value):
        return str(value).encode("utf-8")

    def decode(self, data):
        text = SensitiveStr(data.decode("utf-8"))
        _remember_text(text)
        return text


class EncryptedCharField(EncryptedFieldMixin, models.CharField):
    """
    A short text (a name, an ID number), encrypted. `max_length` limits the
    text typed (forms and validation), not the column, which is text.
    """

    stored_empty = ""

    def encode(self, value):
        return str(value).encode("utf-8")

    def decode(self, data):
        text = SensitiveStr(data.decode("utf-8"))
        _remember_text(text)
        return text


class EncryptedDateField(EncryptedFieldMixin, models.DateField):
    """A date that identifies someone (a date of birth), encrypted. No auto_now."""

    def check(self, **kwargs):
        errors = super().check(**kwargs)
        if self.auto_now or self.auto_now_add:
            errors.append(
                checks.Error("An encrypted date cannot be auto_now or auto_now_add.", obj=self, id="casework.E011")
            )
        return errors

    def encode(self, value):
        return value.isoformat().encode("ascii")

    def decode(self, data):
        value = datetime.date.fromisoformat(data.decode("ascii"))
        remember(value.isoformat(), f"{value:%d/%m/%Y}", f"{value.day}/{value.month}/{value.year}")
        return SensitiveDate(value.year, value.month, value.day)


class EncryptedJSONField(EncryptedFieldMixin, models.Field):
    """
    Structured personal data (an address, a list of relatives' names),
    encrypted as one JSON document. Keys and values are all encrypted;
    nothing inside can be queried.
    """

    description = "An encrypted JSON document"
    empty_strings_allowed = False
    default_error_messages = {"invalid": _("Value must be valid JSON.")}

    def __init__(self, *args, encoder=DjangoJSONEncoder, **kwargs):
        self.encoder = encoder
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.encoder is not DjangoJSONEncoder:
            kwargs["encoder"] = self.encoder
        return name, path, args, kwargs

    def encode(self, value):
        return json.dumps(value, cls=self.encoder, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode()

    def decode(self, data):
        value = json.loads(data.decode("utf-8"))
        _remember_json(value)
        if isinstance(value, dict):
            return SensitiveDict(value)
        if isinstance(value, list):
            return SensitiveList(value)
        if isinstance(value, str):
            return SensitiveStr(value)
        return value

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        try:
            json.dumps(value, cls=self.encoder)
        except TypeError:
            raise exceptions.ValidationError(self.error_messages["invalid"], code="invalid") from None

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": forms.JSONField, "encoder": self.encoder, **kwargs})


def _remember_json(value):
    if isinstance(value, str):
        _remember_text(value)
    elif isinstance(value, dict):
        for item in value.values():
            _remember_json(item)
    elif isinstance(value, list):
        for item in value:
            _remember_json(item)


ENCRYPTED_FIELD_TYPES = (EncryptedTextField, EncryptedCharField, EncryptedDateField, EncryptedJSONField)


def encrypted_fields(model):
    """The encrypted concrete fields of a model."""
    return [field for field in model._meta.concrete_fields if isinstance(field, EncryptedFieldMixin)]
