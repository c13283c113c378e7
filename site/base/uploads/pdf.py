"""
Rewrite an uploaded PDF without its metadata.

Removed: the document information dictionary (author, creator tool, dates),
every XMP `/Metadata` stream (on the catalog, pages, images and forms), every
`/PieceInfo` (private data of the authoring application), and the author
names of comments. Refused, because they cannot be cleaned here: photos
embedded with their EXIF or XMP still inside (the JPEG data of a PDF is not
re-encoded), attached files, and password-protected files.

pypdf copies only the objects reachable from the document, so earlier
revisions kept by incremental saves are dropped as well.
"""

from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PdfReadError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, StreamObject

from .errors import UncleanableFile
from .messages import PDF_ATTACHMENTS, PDF_ENCRYPTED, PDF_PHOTO_METADATA, UNREADABLE

METADATA_KEYS = ("/Metadata", "/PieceInfo")
# JPEG segments that carry EXIF or XMP (APP1) and IPTC (APP13, "Photoshop 3.0").
JPEG_METADATA_SEGMENTS = {0xE1: (b"Exif\x00", b"http://ns.adobe.com/xap/1.0/\x00"), 0xED: (b"Photoshop 3.0\x00",)}


def clean_pdf(content):
    """Return the bytes of the PDF `content` (a file object) without metadata, or raise UncleanableFile."""
    content.seek(0)
    try:
        # The second pass renumbers the objects the first one removed: a
        # clean PDF then comes out byte for byte the same when cleaned again.
        return rewrite(BytesIO(rewrite(content)))
    except UncleanableFile:
        raise
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError) as error:
        # pypdf reports broken files with whatever error its parser hits.
        raise UncleanableFile(UNREADABLE, code="unreadable", params={"extension": "pdf"}) from error


def rewrite(source):
    reader = PdfReader(source)
    if reader.is_encrypted:
        raise UncleanableFile(PDF_ENCRYPTED, code="encrypted")
    writer = PdfWriter(clone_from=reader)
    writer.pdf_header = reader.pdf_header
    writer.metadata = None
    for obj in all_objects(writer):
        clean_object(obj)
    # The XMP streams just unlinked are still in the writer's object table.
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    output = BytesIO()
    writer.write(output)
    return output.getvalue()


def all_objects(writer):
    """Every indirect object of the document being written (pages, images, annotations, streams)."""
    return [obj for obj in writer._objects if obj is not None]  # pypdf has no public iterator


def clean_object(obj):
    """Remove the metadata one PDF object holds, or raise if it holds some that cannot be removed."""
    if not isinstance(obj, DictionaryObject):
        return
    if "/EF" in obj or "/EmbeddedFiles" in obj or obj.get("/Type") == "/EmbeddedFile":
        raise UncleanableFile(PDF_ATTACHMENTS, code="attachments")
    for key in METADATA_KEYS:
        obj.pop(NameObject(key), None)
    if obj.get("/Type") == "/Annot" and obj.get("/Subtype") not in ("/Widget", None):
        # A comment's /T is its author's name (on a form field's widget it is the field name: kept).
        obj.pop(NameObject("/T"), None)
    # get_data() undoes the filters applied over DCTDecode and leaves the JPEG data itself as it is.
    if isinstance(obj, StreamObject) and "/DCTDecode" in filters(obj) and jpeg_has_metadata(obj.get_data()):
        raise UncleanableFile(PDF_PHOTO_METADATA, code="photo_metadata")


def filters(stream):
    value = stream.get("/Filter")
    if isinstance(value, ArrayObject):
        return [str(item) for item in value]
    return [str(value)] if value is not None else []


def jpeg_has_metadata(data):
    """True if the JPEG carries an EXIF, XMP or IPTC segment before its image data."""
    position = 2  # after the SOI marker
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xDA:  # start of scan: no more metadata segments
            return False
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        body = data[position + 4 : position + 2 + length]
        if any(body.startswith(signature) for signature in JPEG_METADATA_SEGMENTS.get(marker, ())):
            return True
        position += 2 + length
    return False
