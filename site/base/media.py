"""
The two ways a file uploaded by an editor can leave the site.

- Image renditions: files in the renditions storage, named exactly as Wagtail
  names them, one path segment under `images/`. Nothing else under `/media/`
  is ever answered: not originals (their metadata once held GPS positions),
  not documents (they may sit in a private collection), and not a path that
  leaves `images/` once decoded.
- Documents: through Wagtail's own view, which checks collection privacy;
  a private document is also kept out of every cache.
"""

import re

from django.core.files.storage import storages
from django.http import FileResponse, Http404
from django.views.decorators.http import require_safe
from wagtail.documents import get_document_model
from wagtail.documents.views import serve as wagtail_documents

# Wagtail names a rendition "<original name>.<filter spec>.<extension>", with
# the original's name reduced to ASCII letters, digits, "_", "-" and ".". One
# segment: no "/", "\\", "%", NUL or "..", and no leading dot.
RENDITION_NAME = re.compile(r"[A-Za-z0-9_-][A-Za-z0-9_.-]{0,254}")
RENDITION_TYPES = {
    ".avif": "image/avif",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
}
# Renditions are made once and never change, but an editor who deletes an
# image (a photo that shows too much, say) must see it gone from browsers soon.
RENDITION_MAX_AGE = 60 * 60


def rendition_path(filename):
    """The storage path of a rendition's file name, or None if the name is not one Wagtail would write."""
    if not RENDITION_NAME.fullmatch(filename) or ".." in filename:
        return None
    extension = "." + filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in RENDITION_TYPES:
        return None
    return f"images/{filename}"


@require_safe
def serve_rendition(request, filename):
    """Serve one image rendition from the renditions storage, and nothing else."""
    path = rendition_path(filename)
    storage = storages["renditions"]
    if path is None or not storage.exists(path):
        raise Http404
    extension = "." + filename.rsplit(".", 1)[-1].lower()
    response = FileResponse(storage.open(path, "rb"), content_type=RENDITION_TYPES[extension])
    response["Cache-Control"] = f"public, max-age={RENDITION_MAX_AGE}"
    return response


def serve_document(request, document_id, document_filename):
    """
    Wagtail's document view. A document in a private collection is served
    only to those Wagtail lets in, and then marked `private, no-store`, so
    that no proxy and no shared browser keeps a copy.
    """
    response = wagtail_documents.serve(request, document_id, document_filename)
    if response.status_code == 200 and is_private_document(document_id):
        response["Cache-Control"] = "private, no-store"
    return response


def is_private_document(document_id):
    document = get_document_model().objects.select_related("collection").filter(pk=document_id).first()
    return document is not None and document.collection.get_view_restrictions().exists()
