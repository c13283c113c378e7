"""
Storages that never store an upload with its metadata.

The cleaning happens in `_save`, the one method every write goes through
(`Storage.save`, `FieldFile.save`, Wagtail's views, management commands,
seed_demo), so no upload path can forget it. A deployment that moves uploads
to object storage must put the mixin on that storage too, for example
`class MetadataFreeS3Storage(MetadataFreeStorageMixin, S3Storage)`.
"""

from django.core.files.storage import FileSystemStorage

from .cleaning import clean_upload, must_clean


class MetadataFreeStorageMixin:
    """
    Clean every file written under the upload folders (see cleaning.py)
    before the storage class it is mixed into (listed after it) stores it.

    A file that cannot be cleaned raises UncleanableFile and is not stored.
    The admin forms refuse such files first, with a message for the editor;
    this is the last line of defence for every other path.
    """

    def _save(self, name, content):
        if not must_clean(name):
            return super()._save(name, content)
        cleaned = clean_upload(name, content)
        try:
            return super()._save(name, cleaned)
        finally:
            if cleaned is not content:
                cleaned.close()


class MetadataFreeFileSystemStorage(MetadataFreeStorageMixin, FileSystemStorage):
    """The default storage (settings STORAGES["default"]): uploads on the local disk, cleaned."""
