"""
No upload keeps its metadata: whichever admin view an editor uses, the stored
original, every rendition and every response of the site are free of the
GPS position, serial number and author name planted in the file.
"""

import hashlib
import html
import io
from pathlib import Path

import av
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile

from safereturn.base.uploads import messages
from safereturn.base.uploads.errors import UncleanableFile

from . import upload_files

pytestmark = pytest.mark.django_db

Image_ = get_image_model()
Document = get_document_model()
RENDITION_SPECS = ("fill-100x100", "format-webp", "format-jpeg", "format-png")
IMAGE_FORM_BASE = "safereturn.base.uploads.forms.MetadataFreeImageForm"
DOCUMENT_FORM_BASE = "safereturn.base.uploads.forms.MetadataFreeDocumentForm"


@pytest.fixture(autouse=True)
def cleaning_forms(settings):
    """The admin forms as settings/base.py configures them (set here too, so these tests state what they need)."""
    settings.WAGTAILIMAGES_IMAGE_FORM_BASE = IMAGE_FORM_BASE
    settings.WAGTAILDOCS_DOCUMENT_FORM_BASE = DOCUMENT_FORM_BASE


@pytest.fixture
def markers():
    return upload_files.Markers.new()


@pytest.fixture
def root_collection(db):
    return Collection.get_first_root_node()


@pytest.fixture
def two_collections(root_collection):
    """With a single collection Wagtail hides and ignores the field; staging needs one that can be wrong."""
    root_collection.add_child(name="Chiến dịch")
    return root_collection


def upload(name, data):
    return SimpleUploadedFile(name, data)


def stored_files():
    """Every file in both storages' folders: uploads (private) and renditions (public)."""
    for root in (settings.PRIVATE_MEDIA_ROOT, settings.MEDIA_ROOT):
        for path in Path(root).rglob("*"):
            if path.is_file():
                yield path, path.read_bytes()


def assert_nothing_stored_carries(markers):
    leaks = {str(path): markers.found_in(data) for path, data in stored_files() if markers.found_in(data)}
    assert leaks == {}


def read(field_file):
    with field_file.storage.open(field_file.name, "rb") as stored:
        return stored.read()


def response_bytes(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def assert_image_is_clean(client, image, markers):
    """The stored original and every rendition, stored and as the site serves them, carry no marker and no EXIF."""
    original = read(image.file)
    assert markers.found_in(original) == []
    with Image.open(io.BytesIO(original)) as decoded:
        assert dict(decoded.getexif()) == {}
        assert not {"exif", "xmp", "comment", "XML:com.adobe.xmp"} & set(decoded.info)
        assert (image.width, image.height) == decoded.size
    assert image.file_size == len(original)
    assert image.file_hash == hashlib.sha1(original).hexdigest()  # noqa: S324  (Wagtail's duplicate check)

    for spec in RENDITION_SPECS:
        rendition = image.get_rendition(spec)
        assert rendition.url.startswith("/media/images/")
        assert markers.found_in(read(rendition.file)) == [], spec
        response = client.get(rendition.url)
        assert response.status_code == 200, rendition.url
        served = response_bytes(response)
        assert markers.found_in(served) == [], rendition.url
        assert b"Exif\x00\x00" not in served, rendition.url
    # The admin's preview (the only view that sends a whole-size copy of the original).
    for spec in ("original", "fill-100x100"):
        preview = client.get(reverse("wagtailimages:preview", args=[image.pk, spec]))
        assert preview.status_code == 200
        assert markers.found_in(response_bytes(preview)) == [], spec
    assert_nothing_stored_carries(markers)


def shown_in(content, message, **params):
    """True if the refusal `message` is in the response, as the admin shows it in Vietnamese or English."""
    text = content.decode() if isinstance(content, bytes) else content
    for language in ("vi", "en"):
        with translation.override(language):
            rendered = str(message) % params if params else str(message)
        if rendered in text or html.escape(rendered) in text:
            return True
    return False


# Images, through every admin view ----------------------------------------------


@pytest.mark.parametrize("extension", sorted(upload_files.IMAGE_WRITERS))
def test_single_add_view_stores_each_format_without_metadata(admin_client, root_collection, markers, extension):
    data = upload_files.IMAGE_WRITERS[extension](markers)
    assert len(markers.found_in(data)) >= 2  # the fixture does carry metadata
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Ảnh chiến dịch",
            "description": "Một tấm ảnh thử",
            "file": upload(f"photo.{extension}", data),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = Image_.objects.get(title="Ảnh chiến dịch")
    assert image.file.name.endswith(f".{extension}")
    with Image.open(image.file) as stored:
        assert stored.format == Image.open(io.BytesIO(data)).format
    assert_image_is_clean(admin_client, image, markers)


def test_single_add_view_applies_the_orientation_then_stores_the_true_dimensions(
    admin_client, root_collection, markers
):
    data = upload_files.jpeg(markers, orientation=6, size=(60, 40))
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Ảnh xoay",
            "description": "Ảnh chụp dọc",
            "file": upload("rotated.jpg", data),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 302
    image = Image_.objects.get(title="Ảnh xoay")
    assert (image.width, image.height) == (40, 60)
    with Image.open(image.file) as stored:
        assert stored.size == (40, 60)
        # The gradient band along the top edge of the photo is now along its right edge.
        assert stored.getpixel((39, 30)) != stored.getpixel((0, 30))
    assert_image_is_clean(admin_client, image, markers)


def upload_several(admin_client, name, data, collection=None):
    """
    One file through the multiple uploader, as an editor does it: Wagtail
    stores the file, then the editor gives the description (required) in the
    form shown beside it, which creates the image.
    """
    fields = {"files[]": upload(name, data)}
    if collection is not None:
        fields["collection"] = collection
    result = admin_client.post(reverse("wagtailimages:add_multiple"), fields).json()
    assert result["success"] and "uploaded_file_id" in result, result
    staged = UploadedFile.objects.get(pk=result["uploaded_file_id"])
    prefix = f"uploaded-image-{staged.pk}"
    result = admin_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[staged.pk]),
        {
            f"{prefix}-title": name,
            f"{prefix}-description": "Mô tả ảnh",
            f"{prefix}-collection": Collection.get_first_root_node().pk,
        },
    ).json()
    assert result["success"], result
    return Image_.objects.get(pk=result["image_id"]), staged


def test_multiple_uploader_stores_without_metadata(admin_client, root_collection, markers):
    image, _staged = upload_several(admin_client, "phone.jpg", upload_files.jpeg(markers, orientation=6))
    assert (image.width, image.height) == (40, 60)
    assert_image_is_clean(admin_client, image, markers)


def test_multiple_uploader_stores_the_same_photo_as_the_same_clean_file(admin_client, root_collection, markers):
    """Duplicates are recognised by the clean file's hash, so one photo uploaded twice is one file twice."""
    data = upload_files.jpeg(markers)
    first, _staged = upload_several(admin_client, "a.jpg", data)
    second, _staged = upload_several(admin_client, "b.jpg", data)
    assert first.file_hash == second.file_hash


def test_the_multiple_uploader_asks_for_the_description_before_creating_the_image(
    admin_client, root_collection, markers
):
    result = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": upload("x.jpg", upload_files.jpeg(markers))}
    ).json()
    assert "uploaded_file_id" in result and not Image_.objects.exists()
    staged = UploadedFile.objects.get(pk=result["uploaded_file_id"])
    prefix = f"uploaded-image-{staged.pk}"
    result = admin_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[staged.pk]),
        {f"{prefix}-title": "Không mô tả", f"{prefix}-collection": Collection.get_first_root_node().pk},
    ).json()
    assert not result["success"]
    assert not Image_.objects.exists()


def test_staged_upload_is_stored_clean_and_becomes_a_clean_image(admin_client, two_collections, markers):
    # An invalid collection makes Wagtail stage the file as an UploadedFile and ask for the rest.
    data = upload_files.jpeg(markers, orientation=6)
    response = admin_client.post(
        reverse("wagtailimages:add_multiple"), {"files[]": upload("staged.jpg", data), "collection": "999999"}
    )
    result = response.json()
    assert result["success"] and "uploaded_file_id" in result, result
    staged = UploadedFile.objects.get(pk=result["uploaded_file_id"])
    assert staged.file.name.startswith("wagtail_uploads/")
    assert markers.found_in(read(staged.file)) == []

    prefix = f"uploaded-image-{staged.pk}"
    response = admin_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[staged.pk]),
        {f"{prefix}-title": "Ảnh tạm", f"{prefix}-description": "Ảnh tạm", f"{prefix}-collection": two_collections.pk},
    )
    result = response.json()
    assert result["success"], result
    image = Image_.objects.get(pk=result["image_id"])
    assert (image.width, image.height) == (40, 60)
    assert_image_is_clean(admin_client, image, markers)


def test_chooser_upload_tab_stores_without_metadata(admin_client, root_collection, markers):
    data = upload_files.png(markers)
    response = admin_client.post(
        reverse("wagtailimages_chooser:create"),
        {
            "image-chooser-upload-title": "Ảnh từ trình chọn",
            "image-chooser-upload-description": "Ảnh tải lên từ trình chọn",
            "image-chooser-upload-file": upload("chooser.png", data),
            "image-chooser-upload-collection": root_collection.pk,
        },
    )
    assert response.status_code == 200
    assert response.json()["step"] == "chosen"
    assert_image_is_clean(admin_client, Image_.objects.get(title="Ảnh từ trình chọn"), markers)


def test_animated_gif_keeps_its_frames_without_its_comment_and_extension(admin_client, markers):
    image, _staged = upload_several(admin_client, "anim.gif", upload_files.gif(markers, frames=3))
    with Image.open(image.file) as stored:
        assert stored.n_frames == 3
        assert stored.info.get("duration") == 120
        assert "comment" not in stored.info
    assert_image_is_clean(admin_client, image, markers)


def test_an_unreadable_image_is_a_form_error_not_a_server_error(admin_client, root_collection, markers):
    truncated = upload_files.jpeg(markers, size=(300, 200))[:-400]
    response = admin_client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Hỏng",
            "description": "Ảnh hỏng",
            "file": upload("broken.jpg", truncated),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 200
    assert shown_in(response.content, messages.UNREADABLE, extension="jpg")
    assert not Image_.objects.filter(title="Hỏng").exists()
    assert_nothing_stored_carries(markers)


def test_images_saved_in_code_are_cleaned_too(markers):
    """Management commands and seed_demo create images without a form: the storage and signal still apply."""
    image = Image_(title="Từ mã", file=ImageFile(io.BytesIO(upload_files.jpeg(markers, orientation=6)), "code.jpg"))
    image.save()
    image.refresh_from_db()
    assert (image.width, image.height) == (40, 60)
    original = read(image.file)
    assert markers.found_in(original) == []
    assert image.file_hash == hashlib.sha1(original).hexdigest()  # noqa: S324
    assert image.file_size == len(original)


# Documents ----------------------------------------------------------------------


def assert_document_is_clean(client, document, markers):
    stored = read(document.file)
    assert markers.found_in(stored) == []
    assert document.file_size == len(stored)
    assert document.file_hash == hashlib.sha1(stored).hexdigest()  # noqa: S324
    response = client.get(document.url)
    assert response.status_code == 200
    assert markers.found_in(response_bytes(response)) == []
    assert_nothing_stored_carries(markers)
    return stored


def assert_pdf_has_no_metadata(data):
    reader = PdfReader(io.BytesIO(data))
    assert not reader.metadata
    assert "/Metadata" not in reader.root_object
    for page in reader.pages:
        assert "/Metadata" not in page and "/PieceInfo" not in page
    assert reader.pages[0].extract_text().strip() == "Hotline 111"


def test_single_add_view_strips_pdf_metadata(admin_client, root_collection, markers):
    data = upload_files.pdf(markers)
    assert len(markers.found_in(data)) == 3
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Tờ rơi", "file": upload("leaflet.pdf", data), "collection": root_collection.pk},
    )
    assert response.status_code == 302
    document = Document.objects.get(title="Tờ rơi")
    assert_pdf_has_no_metadata(assert_document_is_clean(admin_client, document, markers))


def test_multiple_uploader_remuxes_video_without_metadata(admin_client, markers):
    data = upload_files.mp4(markers)
    assert len(markers.found_in(data)) == 3
    result = admin_client.post(reverse("wagtaildocs:add_multiple"), {"files[]": upload("clip.mp4", data)}).json()
    assert result["success"], result
    stored = assert_document_is_clean(admin_client, Document.objects.get(pk=result["doc_id"]), markers)
    assert b"loci" not in stored  # the binary location box
    with av.open(io.BytesIO(stored)) as container:
        assert not {"location", "title", "comment", "creation_time"} & set(container.metadata)
        assert not any(key.startswith("com.apple") for key in container.metadata)
        assert [stream.type for stream in container.streams] == ["video"]
        assert sum(1 for _ in container.decode(video=0)) == 6


def test_webm_is_remuxed_without_metadata(admin_client, root_collection, markers):
    data = upload_files.mp4(markers, container_format="webm", codec="libvpx-vp9")
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Phim", "file": upload("clip.webm", data), "collection": root_collection.pk},
    )
    assert response.status_code == 302
    stored = assert_document_is_clean(admin_client, Document.objects.get(title="Phim"), markers)
    with av.open(io.BytesIO(stored)) as container:
        assert set(container.metadata) <= {"encoder"}


def test_staged_document_is_stored_clean_and_becomes_a_clean_document(admin_client, two_collections, markers):
    data = upload_files.pdf(markers)
    result = admin_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": upload("staged.pdf", data), "collection": "999999"}
    ).json()
    staged = UploadedFile.objects.get(pk=result["uploaded_file_id"])
    assert markers.found_in(read(staged.file)) == []
    prefix = f"uploaded-document-{staged.pk}"
    result = admin_client.post(
        reverse("wagtaildocs:create_multiple_from_uploaded_document", args=[staged.pk]),
        {f"{prefix}-title": "Tài liệu tạm", f"{prefix}-collection": two_collections.pk},
    ).json()
    assert result["success"], result
    assert_document_is_clean(admin_client, Document.objects.get(pk=result["doc_id"]), markers)


def test_chooser_upload_tab_strips_pdf_metadata(admin_client, root_collection, markers):
    response = admin_client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "Từ trình chọn",
            "document-chooser-upload-file": upload("chooser.pdf", upload_files.pdf(markers)),
            "document-chooser-upload-collection": root_collection.pk,
        },
    )
    assert response.json()["step"] == "chosen"
    assert_document_is_clean(admin_client, Document.objects.get(title="Từ trình chọn"), markers)


def test_text_and_captions_are_kept_byte_for_byte(admin_client, root_collection):
    captions = "WEBVTT\n\n00:00.000 --> 00:02.000\nGọi 111 khi cần giúp đỡ.\n".encode()
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Phụ đề", "file": upload("captions.vtt", captions), "collection": root_collection.pk},
    )
    assert response.status_code == 302
    assert read(Document.objects.get(title="Phụ đề").file) == captions


def test_office_documents_are_refused_in_the_single_add_view(admin_client, root_collection, markers):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {
            "title": "Báo cáo",
            "file": upload("report.docx", upload_files.docx(markers)),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 200
    assert shown_in(response.content, messages.OFFICE_DOCUMENT, extension="DOCX")
    assert not Document.objects.filter(title="Báo cáo").exists()
    assert_nothing_stored_carries(markers)


def test_office_documents_are_refused_by_the_multiple_uploader_even_when_it_would_stage_them(
    admin_client, two_collections, markers
):
    for extra in ({}, {"collection": "999999"}):
        response = admin_client.post(
            reverse("wagtaildocs:add_multiple"),
            {"files[]": upload("report.docx", upload_files.docx(markers)), **extra},
        )
        result = response.json()
        assert result["success"] is False
        assert shown_in(result["error_message"], messages.OFFICE_DOCUMENT, extension="DOCX")
    assert not UploadedFile.objects.exists()
    assert_nothing_stored_carries(markers)


def test_office_documents_are_refused_in_the_chooser_and_the_edit_view(admin_client, root_collection, markers):
    response = admin_client.post(
        reverse("wagtaildocs_chooser:create"),
        {
            "document-chooser-upload-title": "Báo cáo",
            "document-chooser-upload-file": upload("report.docx", upload_files.docx(markers)),
            "document-chooser-upload-collection": root_collection.pk,
        },
    )
    assert shown_in(response.json()["htmlFragment"], messages.OFFICE_DOCUMENT, extension="DOCX")

    document = Document.objects.create(title="Có sẵn", file=ContentFile(b"111\n", name="existing.txt"))
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Có sẵn",
            "file": upload("report.docx", upload_files.docx(markers)),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 200
    assert shown_in(response.content, messages.OFFICE_DOCUMENT, extension="DOCX")
    document.refresh_from_db()
    assert document.file.name.endswith(".txt")
    assert_nothing_stored_carries(markers)


def pdf_with_geotagged_photo(markers):
    return upload_files.pdf(markers, jpeg_image=upload_files.jpeg(markers))


@pytest.mark.parametrize(
    ("name", "make", "message", "params"),
    [
        ("photos.pdf", pdf_with_geotagged_photo, messages.PDF_PHOTO_METADATA, {}),
        ("attached.pdf", lambda m: upload_files.pdf(m, attachment=True), messages.PDF_ATTACHMENTS, {}),
        ("broken.pdf", lambda m: b"%PDF-1.7\n" + m.author.encode(), messages.UNREADABLE, {"extension": "pdf"}),
        ("photo.txt", upload_files.jpeg, messages.TEXT_NOT_UTF8, {}),
        (
            "broken.mp4",
            lambda m: b"\x00\x00\x00\x18ftypmp42" + m.author.encode(),
            messages.UNREADABLE,
            {"extension": "mp4"},
        ),
    ],
)
def test_files_that_cannot_be_cleaned_are_refused_with_a_message(
    admin_client, root_collection, markers, name, make, message, params
):
    response = admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": "Bị từ chối", "file": upload(name, make(markers)), "collection": root_collection.pk},
    )
    assert response.status_code == 200
    assert shown_in(response.content, message, **params)
    assert not Document.objects.filter(title="Bị từ chối").exists()
    assert_nothing_stored_carries(markers)


def test_replacing_a_document_file_stores_the_clean_file_and_its_new_size_and_hash(
    admin_client, root_collection, markers
):
    document = Document.objects.create(title="Thay tệp", file=ContentFile(b"111\n", name="first.txt"))
    response = admin_client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": "Thay tệp",
            "file": upload("second.pdf", upload_files.pdf(markers)),
            "collection": root_collection.pk,
        },
    )
    assert response.status_code == 302
    document.refresh_from_db()
    assert_pdf_has_no_metadata(assert_document_is_clean(admin_client, document, markers))


# The storage, as the last line of defence ------------------------------------------


def test_the_default_storage_refuses_to_store_what_it_cannot_clean(markers):
    with pytest.raises(UncleanableFile):
        default_storage.save("documents/report.docx", ContentFile(upload_files.docx(markers)))
    with pytest.raises(UncleanableFile):
        default_storage.save("original_images/fake.jpg", ContentFile(b"not an image " + markers.author.encode()))
    with pytest.raises(UncleanableFile):
        default_storage.save("documents/script.svg", ContentFile(b"<svg/>"))
    assert_nothing_stored_carries(markers)


def test_the_default_storage_cleans_only_the_upload_folders(markers):
    data = upload_files.jpeg(markers)
    cleaned = default_storage.save("original_images/direct.jpg", ContentFile(data))
    untouched = default_storage.save("elsewhere/direct.jpg", ContentFile(data))
    assert markers.found_in(read_name(default_storage, cleaned)) == []
    assert read_name(default_storage, untouched) == data
    default_storage.delete(untouched)


def read_name(storage, name):
    with storage.open(name, "rb") as stored:
        return stored.read()


def test_settings_send_every_upload_through_the_cleaning_storage_and_forms():
    from safereturn.settings import base

    assert base.STORAGES["default"]["BACKEND"] == "safereturn.base.uploads.storage.MetadataFreeFileSystemStorage"
    assert base.WAGTAILIMAGES_RENDITION_STORAGE != "default"
    assert getattr(base, "WAGTAILIMAGES_IMAGE_FORM_BASE", None) == IMAGE_FORM_BASE
    assert getattr(base, "WAGTAILDOCS_DOCUMENT_FORM_BASE", None) == DOCUMENT_FORM_BASE
