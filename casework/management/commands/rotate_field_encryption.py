"""
Re-encrypt casework's data under the current keys, in batches.

    manage.py rotate_field_encryption [--batch-size 200] [--max-batches N] [--only fields|hashes|files]
    manage.py rotate_field_encryption --check

The current keys are the first entries of FIELD_ENCRYPTION_KEYS and
FIELD_HASH_KEYS; every older entry must still be configured while this runs
(it reads with them). Three kinds of data are brought under the current keys:

- fields: every encrypted value of every model (casework.fields) whose
  stored key id is not the current one, read and written again, a batch of
  rows per transaction, the rows locked meanwhile (SELECT ... FOR UPDATE on
  PostgreSQL) so that an edit made at the same time is never overwritten;
- hashes: the keyed hashes (casework.models.KeyedHash) made under an older
  hash key, remade from the records' decrypted values;
- files: every document in STORAGES["casework"] whose header names an older
  key, each replaced in one step (casework.storage).

Resumable: what is done is recognisable by its key id, so an interrupted run
(or one stopped by --max-batches) simply continues where it stopped when run
again, and a finished one finds nothing to do. It logs counts only, never a
value, to the "casework.rotation" logger and to its output.

Run it as the database owner: the audit log's purposes are encrypted too, and
only the owner may rewrite them (they are re-encrypted, never changed).
`--check` reads without writing, reports how many values, hashes and files
each key id holds, and exits with status 1 while anything is under an older
key: once it passes, the old entries can be removed from the settings.
"""

import logging
from collections import Counter, defaultdict

from django.apps import apps
from django.core.files.storage import storages
from django.core.management.base import BaseCommand, CommandError
from django.db import models, transaction
from django.db.models.functions import Cast

from casework.encryption import current_key, hash_keys, token_key_id
from casework.fields import encrypted_fields
from casework.models import CaseworkModel, KeyedHash, write_keyed_hashes

logger = logging.getLogger("casework.rotation")
KINDS = ("fields", "hashes", "files")


def _raw(name):
    return f"raw_{name}"


def raw_values(model, fields):
    """A queryset of `model` annotated with the stored (encrypted) text of each field."""
    return model._base_manager.annotate(**{_raw(field.name): Cast(field.name, models.TextField()) for field in fields})


def stale_rows(model, fields, key_id):
    """Rows of which at least one encrypted field is stored under another key than `key_id`."""
    prefix = f"enc1:{key_id}:"
    condition = models.Q()
    for field in fields:
        raw = _raw(field.name)
        condition |= (
            models.Q(**{f"{raw}__isnull": False})
            & ~models.Q(**{raw: ""})
            & ~models.Q(**{f"{raw}__startswith": prefix})
        )
    return raw_values(model, fields).filter(condition)


class Command(BaseCommand):
    help = "Re-encrypts casework values, keyed hashes and documents still under an older key (resumable, in batches)."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=200, help="Rows (or files) per transaction.")
        parser.add_argument(
            "--max-batches", type=int, default=None, help="Stop after this many batches of each kind (resume later)."
        )
        parser.add_argument("--only", choices=KINDS, action="append", help="Only this kind (repeatable).")
        parser.add_argument("--check", action="store_true", help="Count what is under which key; change nothing.")

    def handle(self, *args, **options):
        kinds = options["only"] or KINDS
        if options["check"]:
            return self.check(kinds)
        if options["batch_size"] < 1:
            raise CommandError("--batch-size must be at least 1.")
        self.batch_size, self.max_batches = options["batch_size"], options["max_batches"]
        self.say(f"Rotation to encryption key {current_key().id} and hash key {hash_keys()[0].id}.")
        totals = {}
        if "fields" in kinds:
            totals["fields"] = self.rotate_fields()
        if "hashes" in kinds:
            totals["hashes"] = self.rotate_hashes()
        if "files" in kinds:
            totals["files"] = self.rotate_files()
        self.say("Rotation finished: " + ", ".join(f"{count} {kind}" for kind, count in totals.items()) + ".")

    def say(self, message):
        logger.info(message)
        self.stdout.write(message)

    def encrypted_models(self):
        for model in apps.get_models():
            fields = encrypted_fields(model)
            if fields and not model._meta.proxy:
                yield model, fields

    # Fields -----------------------------------------------------------------

    def rotate_fields(self):
        key_id = current_key().id
        total = 0
        for model, fields in self.encrypted_models():
            names = [field.name for field in fields]
            batches = done = 0
            while self.max_batches is None or batches < self.max_batches:
                with transaction.atomic(using=model._base_manager.db):
                    pks = list(
                        stale_rows(model, fields, key_id)
                        .select_for_update()
                        .order_by("pk")
                        .values_list("pk", flat=True)[: self.batch_size]
                    )
                    if not pks:
                        break
                    # Reading decrypts (with whichever key each value names);
                    # writing encrypts under the current key. A plain QuerySet:
                    # the audit log's own refuses update(), and hashes do not change.
                    for pk, *values in model._base_manager.filter(pk__in=pks).values_list("pk", *names):
                        models.QuerySet(model).filter(pk=pk).update(**dict(zip(names, values, strict=True)))
                batches += 1
                done += len(pks)
                self.say(f"{model._meta.label}: {done} rows re-encrypted ({batches} batches).")
            total += done
        return total

    # Keyed hashes -------------------------------------------------------------

    def rotate_hashes(self):
        key_id = hash_keys()[0].id
        total = batches = 0
        while self.max_batches is None or batches < self.max_batches:
            owners = list(
                KeyedHash.objects.exclude(key_id=key_id)
                .order_by("owner_type", "owner_id")
                .values_list("owner_type", "owner_id")
                .distinct()[: self.batch_size]
            )
            if not owners:
                break
            by_type = defaultdict(list)
            for owner_type, owner_id in owners:
                by_type[owner_type].append(owner_id)
            with transaction.atomic():
                for owner_type, ids in by_type.items():
                    model = self.owner_model(owner_type)
                    records = list(model._base_manager.select_for_update().filter(pk__in=ids)) if model else []
                    if records:
                        write_keyed_hashes(records, set(model.keyed_hashes))
                    # Hashes whose record is gone, or of fields no longer hashed.
                    KeyedHash.objects.filter(owner_type=owner_type, owner_id__in=ids).exclude(key_id=key_id).delete()
            batches += 1
            total += len(owners)
            self.say(f"Keyed hashes: {total} records' hashes remade ({batches} batches).")
        return total

    def owner_model(self, label):
        try:
            model = apps.get_model(label)
        except (LookupError, ValueError):
            return None
        return model if issubclass(model, CaseworkModel) and model.keyed_hashes else None

    # Files --------------------------------------------------------------------

    def rotate_files(self):
        storage = storages["casework"]
        if hasattr(storage, "remove_unfinished"):
            removed = storage.remove_unfinished()
            if removed:
                self.say(f"Files: {removed} unfinished replacements from an interrupted run removed.")
        total = seen = batches = 0
        for name in list(storage.stored_names()):
            seen += 1
            if storage.reencrypt(name):
                total += 1
                if total % self.batch_size == 0:
                    batches += 1
                    self.say(f"Files: {total} re-encrypted.")
                    if self.max_batches is not None and batches >= self.max_batches:
                        break
        self.say(f"Files: {total} re-encrypted of {seen} looked at.")
        return total

    # Check --------------------------------------------------------------------

    def check(self, kinds):
        key_id, hash_key_id = current_key().id, hash_keys()[0].id
        stale = 0
        if "fields" in kinds:
            for model, fields in self.encrypted_models():
                counts = Counter()
                rows = raw_values(model, fields).values_list(*[_raw(field.name) for field in fields])
                for row in rows.iterator(chunk_size=2000):
                    counts.update(token_key_id(raw) for raw in row if raw)
                stale += sum(count for found, count in counts.items() if found != key_id)
                self.report(model._meta.label, counts)
        if "hashes" in kinds:
            counts = Counter(dict(KeyedHash.objects.values_list("key_id").annotate(n=models.Count("pk"))))
            stale += sum(count for found, count in counts.items() if found != hash_key_id)
            self.report("keyed hashes", counts)
        if "files" in kinds:
            storage = storages["casework"]
            counts = Counter(storage.key_id(name) for name in storage.stored_names())
            stale += sum(count for found, count in counts.items() if found != key_id)
            self.report("files", counts)
        if stale:
            raise CommandError(f"{stale} values, hashes or files are still under an older key.")
        self.say("Everything is under the current keys.")

    def report(self, what, counts):
        listed = ", ".join(
            f"{count} under {found or 'no key (not encrypted)'}"
            for found, count in sorted(counts.items(), key=lambda item: str(item[0]))
        )
        self.say(f"{what}: {listed or 'nothing stored'}.")
