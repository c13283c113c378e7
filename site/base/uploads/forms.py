"""
Base forms for Wagtail's image and document forms (settings
WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE): they run
the cleaner on a new upload, so that a file the storage would refuse (an
office document, a damaged image, a PDF with geotagged photos) is an error on
the file field, in every form Wagtail builds from them (add, edit, multiple
upload, chooser upload), rather than a server error.
"""

import functools

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.forms import BaseImageForm

from .cleaning import check_cleanable, extension_of
from .errors import UncleanableFile
from .images import DECODING_ERRORS
from .messages import UNREADABLE


class MetadataFreeUploadFormMixin:
    """Validate the `file` field by cleaning it once; the storage cleans it again when it is saved."""

    def clean_file(self):
        file = self.cleaned_data.get("file")
        # Only a new upload: on edit without a new file, this is the stored (already clean) file.
        if isinstance(file, UploadedFile):
            try:
                check_cleanable(file.name, file)
            except UncleanableFile as error:
                raise ValidationError(error.message, code=error.code, params=error.params or None) from error
        return file


class MetadataFreeImageForm(MetadataFreeUploadFormMixin, BaseImageForm):
    """
    Also asks for a description of every image: required for a new image,
    and for an old one the next time it is edited. Wagtail uses it as the
    image's alternative text wherever a page gives none (Image.default_alt_text).
    The multiple uploader still works: it stores each file and asks for the
    description in the form it shows beside it.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "file" in self.fields:
            field = self.fields["file"]  # a copy per form instance: wrapping it changes no other form
            field.to_python = refusing_undecodable_images(field.to_python)
        if "description" in self.fields:
            description = self.fields["description"]
            description.required = True
            description.help_text = _(
                "What the image shows, in one sentence, for people who cannot see it (screen readers read it). "
                "Describe the scene, not the file: “A woman reads a leaflet at a bus stop.”"
            )


class MetadataFreeDocumentForm(MetadataFreeUploadFormMixin, BaseDocumentForm):
    def _update_errors(self, errors):
        """
        Wagtail's multiple uploader validates a staged document's title and
        collection with a form that has no file field, before it attaches the
        staged file; Document.clean() then finds no file extension and
        reports it on that missing field, which Django turns into a server
        error. The staged file was checked (and cleaned) when it was
        uploaded, so that one error is dropped.
        """
        if "file" not in self.fields and hasattr(errors, "error_dict") and not self.instance.file:
            errors.error_dict.pop("file", None)
            if not errors.error_dict:
                return
        super()._update_errors(errors)


def refusing_undecodable_images(to_python):
    """
    Wagtail's image field decodes the upload to check its size in pixels and
    lets Pillow's error through when the file is truncated or damaged: make
    that a validation error too.
    """

    @functools.wraps(to_python)
    def wrapper(data):
        try:
            return to_python(data)
        except DECODING_ERRORS as error:
            extension = extension_of(getattr(data, "name", "") or "")
            raise ValidationError(UNREADABLE, code="unreadable", params={"extension": extension}) from error

    return wrapper
