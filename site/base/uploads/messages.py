"""What editors are told when an upload is refused (one place, so translators see every sentence together)."""

from django.utils.translation import gettext_lazy as _

OFFICE_DOCUMENT = _(
    "Office documents (%(extension)s) keep their author, company, revision history and comments, and this site "
    "cannot remove them. Export the document as PDF and upload the PDF instead."
)
UNREADABLE = _(
    "This file could not be read as a %(extension)s file. It may be damaged: export it again and upload the new file."
)
UNSUPPORTED = _("Files of this type (%(extension)s) cannot be uploaded, because their hidden data cannot be removed.")
PDF_PHOTO_METADATA = _(
    "This PDF contains photos that still carry camera data, such as where they were taken. Remove that data from "
    "the photos, export the PDF again and upload the new file."
)
PDF_ATTACHMENTS = _(
    "This PDF has other files attached inside it, which may carry their own hidden data. Remove the attachments, "
    "export the PDF again and upload the new file."
)
PDF_ENCRYPTED = _("This PDF is protected by a password. Upload a copy without a password.")
TEXT_NOT_UTF8 = _("Text files must be saved as plain text in UTF-8. Save the file again as UTF-8 and upload it.")
VIDEO_METADATA_LEFT = _(
    "The hidden data of this video could not be removed. Export the video again and upload the new file."
)
