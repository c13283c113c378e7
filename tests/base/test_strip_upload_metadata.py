"""
Uploads stored before the cleaning storage existed: `manage.py
strip_upload_metadata` and migration base 0003 clean them, delete every
rendition, list what they cannot clean, and can run again.
"""

import hashlib
import io

import av
import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from PIL import Image
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.models import get_rendition_storage

from safereturn.base.uploads.existing import strip_upload_metadata

from . import upload_files

pytestmark = pytest.mark.django_db

Image_ = get_image_model()
Rendition = Image_.get_rendition_model()
Document = get_document_model()


@pytest.fixture
def markers():
    return upload_files.Markers.new()


@pytest.fixture
def unguarded_storage():
    """The default storage's folder, written to as it was before: no cleaning."""
    return FileSystemStorage(location=settings.PRIVATE_MEDIA_ROOT)


def sha1(data):
    return hashlib.sha1(data).hexdigest()  # noqa: S324  (Wagtail's file_hash)


def read(storage, name):
    with storage.open(name, "rb") as stored:
        return stored.read()


@pytest.fixture
def old_uploads(unguarded_storage, markers):
    """
    What an existing site holds: a geotagged, rotated photo with Wagtail's
    values for it as uploaded, a rendition Wagtail made from it (with its
    EXIF) and a legacy one in the default storage, a PDF with its author,
    a Word document and a document whose file is gone.
    """
    photo = upload_files.jpeg(markers, orientation=6, size=(60, 40))
    photo_name = unguarded_storage.save("original_images/old-photo.jpg", ContentFile(photo))
    image = Image_.objects.create(
        title="Ảnh cũ", file=photo_name, width=60, height=40, file_size=len(photo), file_hash=sha1(photo)
    )
    fresh_rendition = image.get_rendition("fill-30x30")
    legacy_name = unguarded_storage.save("images/old-photo.2e16d0ba.fill-50x50.jpg", ContentFile(photo))
    legacy_rendition = Rendition.objects.create(
        image=image, filter_spec="fill-50x50", file=legacy_name, width=50, height=50
    )
    orphan_name = unguarded_storage.save("images/old-photo.orphan.fill-10x10.jpg", ContentFile(photo))

    leaflet = upload_files.pdf(markers)
    pdf = Document.objects.create(
        title="Tờ rơi cũ", file=unguarded_storage.save("documents/old-leaflet.pdf", ContentFile(leaflet))
    )
    office_bytes = upload_files.docx(markers)
    office = Document.objects.create(
        title="Báo cáo cũ", file=unguarded_storage.save("documents/old-report.docx", ContentFile(office_bytes))
    )
    video = Document.objects.create(
        title="Phim cũ", file=unguarded_storage.save("documents/old-clip.mp4", ContentFile(upload_files.mp4(markers)))
    )
    missing = Document.objects.create(title="Mất tệp", file="documents/gone.pdf")
    return {
        "image": image,
        "fresh_rendition": fresh_rendition,
        "legacy_rendition": legacy_rendition,
        "orphan_name": orphan_name,
        "pdf": pdf,
        "video": video,
        "office": office,
        "office_bytes": office_bytes,
        "missing": missing,
    }


def test_the_fixture_really_leaks(old_uploads, markers, unguarded_storage):
    """Without the command, the old files and renditions do carry the markers (so the tests below can fail)."""
    rendition = old_uploads["fresh_rendition"]
    assert markers.found_in(read(rendition.file.storage, rendition.file.name))
    assert markers.found_in(read(unguarded_storage, old_uploads["image"].file.name))
    assert markers.found_in(read(unguarded_storage, old_uploads["pdf"].file.name))
    assert markers.found_in(read(unguarded_storage, old_uploads["video"].file.name))


def run_command():
    output = io.StringIO()
    with pytest.raises(CommandError) as error:
        call_command("strip_upload_metadata", stdout=output)
    return output.getvalue(), str(error.value)


def assert_cleaned(old_uploads, markers, unguarded_storage):
    image = Image_.objects.get(pk=old_uploads["image"].pk)
    stored = read(unguarded_storage, image.file.name)
    assert image.file.name == old_uploads["image"].file.name
    assert markers.found_in(stored) == []
    assert (image.width, image.height) == (40, 60)
    assert Image.open(io.BytesIO(stored)).size == (40, 60)
    assert (image.file_size, image.file_hash) == (len(stored), sha1(stored))

    pdf = Document.objects.get(pk=old_uploads["pdf"].pk)
    stored_pdf = read(unguarded_storage, pdf.file.name)
    assert pdf.file.name == old_uploads["pdf"].file.name  # document URLs contain the file name
    assert markers.found_in(stored_pdf) == []
    assert not PdfReader(io.BytesIO(stored_pdf)).metadata
    assert (pdf.file_size, pdf.file_hash) == (len(stored_pdf), sha1(stored_pdf))

    video = Document.objects.get(pk=old_uploads["video"].pk)
    stored_video = read(unguarded_storage, video.file.name)
    assert markers.found_in(stored_video) == []
    with av.open(io.BytesIO(stored_video)) as container:
        assert "location" not in container.metadata
        assert container.streams.video[0].frames == 6
    assert (video.file_size, video.file_hash) == (len(stored_video), sha1(stored_video))

    # Nothing is lost: the office document is left exactly as it was.
    office = Document.objects.get(pk=old_uploads["office"].pk)
    assert read(unguarded_storage, office.file.name) == old_uploads["office_bytes"]
    assert Document.objects.filter(pk=old_uploads["missing"].pk).exists()

    assert not Rendition.objects.exists()
    for rendition in (old_uploads["fresh_rendition"], old_uploads["legacy_rendition"]):
        assert not get_rendition_storage().exists(rendition.file.name)
        assert not unguarded_storage.exists(rendition.file.name)
    assert not unguarded_storage.exists(old_uploads["orphan_name"])
    # Wagtail makes renditions again, from the clean original.
    rendition = image.get_rendition("fill-30x30")
    assert markers.found_in(read(rendition.file.storage, rendition.file.name)) == []
    return stored, stored_pdf


def test_command_cleans_old_uploads_and_lists_what_it_cannot(old_uploads, markers, unguarded_storage):
    output, error = run_command()
    assert_cleaned(old_uploads, markers, unguarded_storage)
    office, missing = old_uploads["office"], old_uploads["missing"]
    assert f"document {office.pk} 'Báo cáo cũ'" in output
    assert "Export the document as PDF" in output
    assert f"File missing: document {missing.pk} 'Mất tệp'" in output
    assert "1 files could not be cleaned and 1 are missing" in error


def test_command_can_run_again(old_uploads, markers, unguarded_storage):
    first_output, _ = run_command()
    _, first_pdf = assert_cleaned(old_uploads, markers, unguarded_storage)
    second_output, _ = run_command()
    _, second_pdf = assert_cleaned(old_uploads, markers, unguarded_storage)
    assert second_pdf == first_pdf  # lossless formats come out byte for byte the same
    problems = [line for line in first_output.splitlines() if line.startswith("  ")]
    assert problems == [line for line in second_output.splitlines() if line.startswith("  ")]


def test_command_succeeds_when_everything_is_clean(old_uploads):
    old_uploads["office"].delete()
    old_uploads["missing"].delete()
    output = io.StringIO()
    call_command("strip_upload_metadata", stdout=output)
    assert "Every stored upload is free of metadata." in output.getvalue()


def test_command_refuses_a_storage_that_does_not_clean(old_uploads, settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage", "OPTIONS": {}},
    }
    with pytest.raises(CommandError, match="does not remove metadata"):
        call_command("strip_upload_metadata", stdout=io.StringIO())


def test_migration_function_works_with_historical_models(old_uploads, markers, unguarded_storage):
    state = MigrationExecutor(connection).loader.project_state(("base", "0003_strip_upload_metadata"))
    apps = state.apps
    report = strip_upload_metadata(
        apps.get_model("wagtailimages", "Image"),
        apps.get_model("wagtaildocs", "Document"),
        apps.get_model("wagtailimages", "Rendition"),
    )
    assert (report.images, report.documents) == (1, 2)
    assert [(problem.pk, problem.code) for problem in report.refused] == [
        (old_uploads["office"].pk, "office_document")
    ]
    assert [problem.pk for problem in report.missing] == [old_uploads["missing"].pk]
    assert_cleaned(old_uploads, markers, unguarded_storage)


def test_only_the_renditions_own_cache_keys_are_forgotten(old_uploads):
    """The renditions cache may share a Redis database with the page cache: it must never be cleared whole."""
    from django.core.cache import caches

    image = Image_.objects.get(title="Ảnh cũ")
    cached = image.get_rendition("fill-30x30")  # remembered under a key that carries the old hash
    key = Rendition.construct_cache_key(image, cached.focal_point_key, cached.filter_spec)
    cache = caches["renditions"]
    assert cache.get(key) is not None
    cache.set("someone-elses-key", "kept")
    with pytest.raises(CommandError):  # the fixture holds a Word document and a missing file
        call_command("strip_upload_metadata", stdout=io.StringIO(), stderr=io.StringIO())
    assert cache.get(key) is None
    assert cache.get("someone-elses-key") == "kept"
