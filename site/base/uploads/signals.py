"""
Make Wagtail's stored width, height, size and hash describe the clean file.

Wagtail computes them from the upload as it arrived, before the file reaches
the storage that cleans it; a rotated photo would keep the wrong
orientation's dimensions, and size and hash would describe bytes that were
never stored. Just before an image or document with a new file is saved, the
file is committed through the storage and the values are computed again from
what was stored.
"""

import posixpath

from django.db.models.signals import pre_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model


def commit_file(instance):
    """Store the instance's new file through its storage now; False if there is none to store."""
    file = instance.file
    if not file or file._committed:
        return False
    file.save(posixpath.basename(file.name), file.file, save=False)
    return True


def recompute_image_metadata(sender, instance, raw=False, **kwargs):
    if raw or not commit_file(instance):
        return
    # Django took the dimensions from the upload; read them from the stored file.
    sender._meta.get_field("file").update_dimension_fields(instance, force=True)
    instance._set_image_file_metadata()
    instance.file.close()


def recompute_document_metadata(sender, instance, raw=False, **kwargs):
    if raw or not commit_file(instance):
        return
    instance._set_document_file_metadata()
    instance.file.close()


def connect():
    """Called from BaseConfig.ready(), once the image and document models are known."""
    pre_save.connect(recompute_image_metadata, sender=get_image_model(), dispatch_uid="clean-image-metadata")
    pre_save.connect(recompute_document_metadata, sender=get_document_model(), dispatch_uid="clean-document-metadata")
