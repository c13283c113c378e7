"""
Clean the uploads stored before the cleaning storage existed.

Used by the `strip_upload_metadata` command and, once, by migration base
0003, which passes historical models: so this module uses no method of the
models and computes size, hash (with Wagtail's `hash_filelike`, a SHA-1) and
dimensions itself.

Each stored original image and document is re-written through the cleaning
storage under the same name (document URLs contain the file name), after
the cleaner has been tried on a copy: a file that cannot be cleaned (an
office document, a damaged file) is reported and left exactly as it was,
never deleted. Every rendition is deleted, rows and files, from both the
renditions storage and the default storage's `images/` folder, where they
were written before the two were split; Wagtail makes them again, from the
clean originals, when they are next shown.

Running it again changes nothing that matters: lossless files come out the
same, lossy ones (JPEG, lossy WebP, AVIF) are re-encoded once more at the
same high quality, and the report lists the same refusals.
"""

import shutil
import tempfile
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ImproperlyConfigured
from django.core.files import File
from PIL import Image
from wagtail.utils.file import hash_filelike

from .cleaning import check_cleanable
from .errors import UncleanableFile
from .storage import MetadataFreeStorageMixin

# Where renditions live in a storage (Wagtail's AbstractRendition.get_upload_to).
RENDITIONS_FOLDER = "images"


@dataclass
class Problem:
    kind: str  # "image" or "document"
    pk: int
    title: str
    name: str
    reason: object = ""  # an UncleanableFile: str() renders it in the active language
    code: str = ""


@dataclass
class StripReport:
    images: int = 0
    documents: int = 0
    renditions: int = 0
    rendition_files: int = 0
    refused: list = field(default_factory=list)
    missing: list = field(default_factory=list)


def strip_upload_metadata(image_model, document_model, rendition_model, rendition_storage=None):
    """Clean every stored original image and document and delete every rendition; return a StripReport."""
    models = {"image": image_model, "document": document_model}
    storages = {kind: model._meta.get_field("file").storage for kind, model in models.items()}
    for kind, storage in storages.items():
        if not isinstance(storage, MetadataFreeStorageMixin):
            # Re-writing through a storage that does not clean would change nothing, silently.
            raise ImproperlyConfigured(
                f"The storage of {models[kind]._meta.label} ({storage.__class__.__name__}) does not remove "
                "metadata: add MetadataFreeStorageMixin to it first."
            )
    report = StripReport()
    # Read before the images get their new hashes: Wagtail's cache keys carry the old one.
    cached_keys = rendition_cache_keys(rendition_model)
    for kind, model in models.items():
        cleaned = sum(
            clean_record(kind, record, storages[kind], report) for record in model._default_manager.order_by("pk")
        )
        setattr(report, f"{kind}s", cleaned)
    delete_renditions(rendition_model, rendition_storage, storages["image"], report)
    if "renditions" in settings.CACHES:
        # Wagtail remembers renditions by these keys; they would point at deleted files. Only
        # these keys go: clearing the cache would empty a Redis database shared with the page cache.
        caches["renditions"].delete_many(cached_keys)
    return report


def rendition_cache_keys(rendition_model):
    """The keys under which Wagtail caches each rendition (AbstractRendition.construct_cache_key)."""
    rows = rendition_model._default_manager.values_list(
        "image_id", "image__file_hash", "focal_point_key", "filter_spec"
    )
    return [
        "wagtail-rendition-" + "-".join([str(image_id), file_hash, focal_point_key, filter_spec])
        for image_id, file_hash, focal_point_key, filter_spec in rows
    ]


def clean_record(kind, record, storage, report):
    """Re-write one image's or document's file through the storage and store its new metadata."""
    name = record.file.name
    if not name or not storage.exists(name):
        report.missing.append(Problem(kind, record.pk, record.title, name or ""))
        return False
    try:
        new_name = rewrite(storage, name)
    except UncleanableFile as error:
        report.refused.append(Problem(kind, record.pk, record.title, name, error, error.code))
        return False
    updates = {"file": new_name, **describe(storage, new_name, with_dimensions=kind == "image")}
    type(record)._default_manager.filter(pk=record.pk).update(**updates)
    return True


def rewrite(storage, name):
    """Replace the stored file `name` with its clean version; return its (normally unchanged) name."""
    with tempfile.TemporaryFile() as original:
        with storage.open(name, "rb") as stored:
            shutil.copyfileobj(stored, original)
        # Try first, on the copy: what cannot be cleaned stays untouched.
        check_cleanable(name, File(original))
        storage.delete(name)
        return storage.save(name, File(original))


def describe(storage, name, with_dimensions):
    """Size and SHA-1 of a stored file (and width and height for an image), as Wagtail computes them."""
    with storage.open(name, "rb") as stored:
        values = {"file_size": storage.size(name), "file_hash": hash_filelike(stored)}
        if with_dimensions:
            stored.seek(0)
            with Image.open(stored) as image:
                values["width"], values["height"] = image.size
    return values


def delete_renditions(rendition_model, rendition_storage, default_storage, report):
    """Delete every rendition row, then every rendition file, in the renditions and the default storage."""
    if rendition_storage is None:
        from wagtail.images.models import get_rendition_storage

        rendition_storage = get_rendition_storage()
    names = set(rendition_model._default_manager.values_list("file", flat=True))
    report.renditions = rendition_model._default_manager.all().delete()[0]
    for storage in {id(rendition_storage): rendition_storage, id(default_storage): default_storage}.values():
        for name in names | set(stored_renditions(storage)):
            if name and storage.exists(name):
                storage.delete(name)
                report.rendition_files += 1


def stored_renditions(storage):
    """Files in a storage's renditions folder, including those no row points at any more."""
    if not storage.exists(RENDITIONS_FOLDER):
        return []
    return [f"{RENDITIONS_FOLDER}/{name}" for name in storage.listdir(RENDITIONS_FOLDER)[1]]
