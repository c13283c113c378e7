"""
Casework's foundation: random ids, keyed hashes beside encrypted fields,
and the audit log (casework.audit).

Every casework record inherits CaseworkModel:

    class Person(CaseworkModel):
        full_name = EncryptedCharField(_("full name"), max_length=200)
        id_number = EncryptedCharField(_("ID number"), max_length=20, blank=True)
        birth_date = EncryptedDateField(_("date of birth"), null=True, blank=True)

        keyed_hashes = {"full_name": "name", "id_number": "id_number", "birth_date": "birth_date"}

    Person.objects.matching("full_name", "dao nguyen")   # every word must match, one SQL query
"""

import contextvars
import uuid

from django.db import models, router, transaction
from django.db.models.signals import class_prepared, post_delete
from django.utils.translation import gettext_lazy as _

from ..audit import AuditEvent  # noqa: F401  (a model of this app, defined beside its helpers)
from ..encryption import hash_keys
from ..fields import encrypted_fields
from ..keyed_hashes import KINDS, hashes, search_digests, tokens

# Inside bulk_update, whose own update() call is followed by fresh hashes.
_refreshing_hashes = contextvars.ContextVar("casework_refreshing_hashes", default=False)
HASH_BATCH = 500


class RandomIdModel(models.Model):
    """
    A record whose id is a random UUID (version 4: 122 random bits), used as
    the primary key and in every URL.

    Why the primary key itself rather than a sequential key plus a public
    UUID: with one id there is no sequential number anywhere to leak into a
    URL, a form or a log by mistake, and nothing to keep in step. Random
    (v4) rather than time-ordered (v7) ids: a v7 id tells when the record
    was made, and ids next to each other say which cases came in together.
    The cost, scattered inserts into the primary key's index, does not
    matter at a province's scale.

    Neither repr() nor the default str() shows anything but the model's
    name and the id. A subclass that overrides __str__ must keep personal
    data out of it: it appears in admin messages, logs and error pages.
    """

    id = models.UUIDField(_("id"), primary_key=True, default=uuid.uuid4, editable=False)

    class Meta:
        abstract = True

    def __str__(self):
        return f"{self._meta.verbose_name} {self.pk}"

    def __repr__(self):
        return f"<{type(self).__name__} {self.pk}>"


class CaseworkQuerySet(models.QuerySet):
    """Searches by keyed hash, and keeps the hashes in step with bulk writes."""

    def matching(self, field, text):
        """
        The records whose `field` holds every whole word (or the whole value,
        for other kinds) of `text`, with or without diacritics: one query,
        through the keyed hash index. Never sorted by the field (it is
        encrypted): order the result by a date or a deadline.
        """
        kind = self._hash_kind(field)
        wanted = tokens(kind, text)
        if not wanted:
            return self.none()
        queryset = self
        for token in sorted(wanted):
            queryset = queryset.filter(
                pk__in=KeyedHash.objects.filter(
                    owner_type=self.model._meta.label_lower,
                    field=field,
                    digest__in=search_digests(kind, token),
                ).values("owner_id")
            )
        return queryset

    def update(self, **kwargs):
        if not _refreshing_hashes.get():
            stale = set(kwargs) & set(self.model.keyed_hashes)
            if stale:
                raise TypeError(
                    f"update() of {', '.join(sorted(stale))} would leave their keyed hashes behind: save() each "
                    "record, or use bulk_update(), which refreshes them."
                )
            encrypted = {field.name for field in encrypted_fields(self.model)}
            computed = [
                name for name, value in kwargs.items() if name in encrypted and hasattr(value, "resolve_expression")
            ]
            if computed:
                # F("notes") would copy another column's ciphertext, which then never decrypts here.
                raise TypeError(f"update() cannot compute encrypted fields in the database: {', '.join(computed)}.")
        return super().update(**kwargs)

    def bulk_create(self, objs, *args, **kwargs):
        with transaction.atomic(using=self.db, savepoint=False):
            objs = super().bulk_create(objs, *args, **kwargs)
            write_keyed_hashes(objs, set(self.model.keyed_hashes), using=self.db)
        return objs

    def bulk_update(self, objs, fields, *args, **kwargs):
        objs = list(objs)
        stale = set(fields) & set(self.model.keyed_hashes)
        with transaction.atomic(using=self.db, savepoint=False):
            token = _refreshing_hashes.set(True)
            try:
                updated = super().bulk_update(objs, fields, *args, **kwargs)
            finally:
                _refreshing_hashes.reset(token)
            write_keyed_hashes(objs, stale, using=self.db)
        return updated

    def _hash_kind(self, field):
        try:
            return self.model.keyed_hashes[field]
        except KeyError:
            raise ValueError(f"{self.model._meta.label} has no keyed hash of {field!r}.") from None


class CaseworkModel(RandomIdModel):
    """
    The base of every casework record: a random id, and keyed hashes of the
    fields named in `keyed_hashes` ({field name: kind}, the kinds of
    casework.keyed_hashes), rewritten whenever the record is saved.

    save(), bulk_create() and bulk_update() keep the hashes current;
    queryset.update() of a hashed field is refused (it cannot see the
    values). Deleting a record deletes its hashes.
    """

    keyed_hashes = {}

    objects = CaseworkQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        using = kwargs.get("using") or router.db_for_write(type(self), instance=self)
        update_fields = kwargs.get("update_fields")
        fields = set(self.keyed_hashes)
        if update_fields is not None:
            fields &= set(update_fields)
        with transaction.atomic(using=using, savepoint=False):
            super().save(*args, **kwargs)
            write_keyed_hashes([self], fields, using=using)


def write_keyed_hashes(objs, fields, using=None):
    """Replace the keyed hashes of `fields` of these records with hashes under the current key."""
    objs = [obj for obj in objs if obj.pk is not None]
    if not objs or not fields:
        return
    model = type(objs[0])
    label = model._meta.label_lower
    key = hash_keys()[0]
    manager = KeyedHash.objects.db_manager(using)
    for start in range(0, len(objs), HASH_BATCH):
        batch = objs[start : start + HASH_BATCH]
        manager.filter(owner_type=label, owner_id__in=[obj.pk for obj in batch], field__in=fields).delete()
        manager.bulk_create(
            [
                KeyedHash(owner_type=label, owner_id=obj.pk, field=field, key_id=key.id, digest=digest)
                for obj in batch
                for field in sorted(fields)
                for digest in sorted(hashes(model.keyed_hashes[field], getattr(obj, field), key))
            ]
        )


class KeyedHash(models.Model):
    """
    One keyed hash of one value of a casework record (casework.keyed_hashes).

    A table of its own rather than a column per field: a name has several
    words, one row each, and "any whole word" is then one indexed lookup
    on SQLite and PostgreSQL alike (no arrays). `owner_type` is the model's
    label and `owner_id` the record's random id; `key_id` says which hash
    key made the digest, so rotation finds the ones to remake.

    Its internal id never leaves the database; nothing links here by it.
    """

    owner_type = models.CharField(max_length=100)
    owner_id = models.UUIDField()
    field = models.CharField(max_length=64)
    key_id = models.CharField(max_length=32)
    digest = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("keyed hash")
        verbose_name_plural = _("keyed hashes")
        indexes = [
            models.Index(fields=["owner_type", "field", "digest"], name="casework_keyedhash_search"),
            models.Index(fields=["owner_type", "owner_id"], name="casework_keyedhash_owner"),
            models.Index(fields=["key_id"], name="casework_keyedhash_key"),
        ]

    def __str__(self):
        return f"{self.owner_type} {self.owner_id} {self.field}"


def _delete_keyed_hashes(sender, instance, using, **kwargs):
    KeyedHash.objects.using(using).filter(owner_type=sender._meta.label_lower, owner_id=instance.pk).delete()


def _connect_hash_cleanup(sender, **kwargs):
    # Per model rather than for every sender: a receiver without a sender
    # would make Django load every deleted row of every app to signal it.
    if issubclass(sender, CaseworkModel) and not sender._meta.abstract and sender.keyed_hashes:
        unknown = set(sender.keyed_hashes.values()) - set(KINDS)
        if unknown:
            raise ValueError(
                f"{sender.__name__}.keyed_hashes: unknown kinds {sorted(unknown)}; see casework.keyed_hashes."
            )
        post_delete.connect(_delete_keyed_hashes, sender=sender, weak=False, dispatch_uid=f"casework-hashes-{sender}")


class_prepared.connect(_connect_hash_cleanup, dispatch_uid="casework-keyed-hash-cleanup")
