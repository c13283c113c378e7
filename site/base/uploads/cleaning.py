"""
Choose the cleaner for a file by its extension, and refuse what cannot be cleaned.

Anything not listed here is refused: a format added to
WAGTAILIMAGES_EXTENSIONS or WAGTAILDOCS_EXTENSIONS without a cleaner
cannot slip through with its metadata.
"""

import posixpath

from django.core.files.base import ContentFile

from .errors import UncleanableFile
from .images import FORMATS as IMAGE_EXTENSIONS
from .images import clean_image
from .messages import OFFICE_DOCUMENT, TEXT_NOT_UTF8, UNSUPPORTED
from .pdf import clean_pdf
from .video import MUXERS as VIDEO_EXTENSIONS
from .video import clean_video

# Folders of the default storage that hold what editors upload: Wagtail's
# original images, documents, and files staged by the multiple uploader.
CLEANED_FOLDERS = ("original_images/", "documents/", "wagtail_uploads/")
TEXT_EXTENSIONS = {"txt", "vtt"}
# Their author, company, revision history, comments and tracked changes live
# in XML parts that no maintained pure-Python library removes reliably.
OFFICE_EXTENSIONS = {"docx", "xlsx", "pptx", "odt", "ods", "odp", "doc", "xls", "ppt"}


def must_clean(name):
    """True for a storage path under one of the folders that hold uploads."""
    return name.replace("\\", "/").lstrip("/").startswith(CLEANED_FOLDERS)


def extension_of(name):
    return posixpath.splitext(name)[1].lower().lstrip(".")


def clean_upload(name, content):
    """
    Return a File with the content of `content` (a Django File) without its
    metadata, chosen by the extension of `name`; raise UncleanableFile if it
    cannot be cleaned. Plain text comes back as the same object, unchanged.
    """
    extension = extension_of(name)
    if extension in IMAGE_EXTENSIONS:
        return ContentFile(clean_image(content, extension))
    if extension == "pdf":
        return ContentFile(clean_pdf(content))
    if extension in VIDEO_EXTENSIONS:
        return clean_video(content, extension)
    if extension in TEXT_EXTENSIONS:
        check_plain_text(content)
        return content
    if extension in OFFICE_EXTENSIONS:
        raise UncleanableFile(OFFICE_DOCUMENT, code="office_document", params={"extension": extension.upper()})
    raise UncleanableFile(UNSUPPORTED, code="unsupported", params={"extension": extension or "?"})


def check_cleanable(name, content):
    """Raise UncleanableFile if `content` could not be stored; leave it unchanged and rewound."""
    cleaned = clean_upload(name, content)
    if cleaned is not content:
        cleaned.close()
    content.seek(0)


def check_plain_text(content):
    """
    Text is stored byte for byte: it has no hidden metadata. It must really
    be text, though, or a photo renamed `.txt` would be stored with its EXIF.
    """
    content.seek(0)
    data = content.read()
    content.seek(0)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise UncleanableFile(TEXT_NOT_UTF8, code="not_text") from error
    if "\x00" in text:
        raise UncleanableFile(TEXT_NOT_UTF8, code="not_text")
