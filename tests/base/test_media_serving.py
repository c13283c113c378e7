"""
Under /media/ the site answers image renditions and nothing else; documents
go out only through Wagtail's permission-checked view.

The hole: /media/ was served with Django's static `serve` under a pattern
`images/.*`, which collapses "..": /media/images/%2e%2e/documents/<file>
returned a document kept behind a sign-in, and original photos (with their
EXIF) could be fetched the same way.
"""

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail_factories import ImageFactory


@pytest.fixture
def uploads(db):
    image = ImageFactory(title="Ảnh")
    rendition = image.get_rendition("fill-40x30")
    private_collection = Collection.get_first_root_node().add_child(name="Nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private_collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    document = get_document_model().objects.create(
        title="Báo cáo nội bộ",
        collection=private_collection,
        file=ContentFile(b"SECRET-DOCUMENT-CONTENT", name="bao-cao.txt"),
    )
    public_document = get_document_model().objects.create(
        title="Tờ rơi", file=ContentFile(b"PUBLIC-LEAFLET", name="to-roi.txt")
    )
    with default_storage.open(image.file.name) as original:
        original_bytes = original.read()
    return {
        "image": image,
        "rendition": rendition,
        "original_bytes": original_bytes,
        "document": document,
        "public_document": public_document,
    }


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.django_db
def test_a_rendition_is_served_with_its_type(client, uploads):
    url = uploads["rendition"].url
    assert url.startswith("/media/images/")
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] in ("image/jpeg", "image/png")
    assert response["Cache-Control"].startswith("public")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert client.head(url).status_code == 200
    assert client.post(url).status_code == 405


@pytest.mark.django_db
def test_originals_and_documents_are_stored_apart_from_renditions(uploads):
    assert storages["renditions"].exists(uploads["rendition"].file.name)
    assert not storages["renditions"].exists(uploads["image"].file.name)
    assert not storages["renditions"].exists(uploads["document"].file.name)
    assert default_storage.exists(uploads["document"].file.name)
    private_root = settings.PRIVATE_MEDIA_ROOT
    assert str(private_root) != str(settings.MEDIA_ROOT)


def traversal_paths(uploads):
    original = uploads["image"].file.name  # original_images/<name>
    document = uploads["document"].file.name  # documents/<name>
    original_name = original.split("/", 1)[1]
    document_name = document.split("/", 1)[1]
    attempts = []
    for target in (original, document):
        name = target.split("/", 1)[1]
        folder = target.split("/", 1)[0]
        attempts += [
            f"/media/{target}",
            f"/media/images/../{target}",
            f"/media/images/%2e%2e/{target}",
            f"/media/images/%2E%2E/{folder}/{name}",
            f"/media/images/.%2e/{target}",
            f"/media/images/%252e%252e/{target}",
            f"/media/images/%252e%252e%252f{folder}%252f{name}",
            f"/media/images/..%2f{folder}%2f{name}",
            f"/media/images/..%2F{folder}%2F{name}",
            f"/media/images/..%5c{folder}%5c{name}",
            f"/media/images/..\\{folder}\\{name}",
            f"/media/images/%2e%2e%5c{folder}%5c{name}",
            f"/media/images//../{target}",
            f"/media/images/./../{target}",
            f"/media/images/{name}",
            f"/media/images/{name}%00.png",
            f"/media/images/%c0%ae%c0%ae/{target}",
            f"/media/images/..%252f..%252f{target}",
            f"/en/media/images/%2e%2e/{target}",
        ]
    attempts += [
        "/media/images/",
        "/media/images/.",
        "/media/images/..",
        "/media/images/.htaccess",
        f"/media/{original_name}",
        f"/media/{document_name}",
        "/media/",
        "/media/images/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    ]
    return attempts


@pytest.mark.django_db
def test_nothing_but_renditions_is_reachable_under_media(client, uploads):
    secrets = (uploads["original_bytes"], b"SECRET-DOCUMENT-CONTENT", b"PUBLIC-LEAFLET", b"root:")
    for path in traversal_paths(uploads):
        response = client.get(path)
        assert response.status_code in (400, 404), (path, response.status_code)
        content = body(response)
        assert not any(secret in content for secret in secrets), path


@pytest.mark.parametrize(
    "name",
    [
        "..",
        ".",
        ".hidden.png",
        "../x.png",
        "a/b.png",
        "a\\b.png",
        "a%2fb.png",
        "a\x00.png",
        "a..png",
        "a.svg",
        "a.html",
        "a",
        "a.png/",
        "é.png",
        "a" * 300 + ".png",
    ],
)
def test_names_that_wagtail_would_never_give_a_rendition_are_refused(name):
    from safereturn.base.media import rendition_path

    assert rendition_path(name) is None


def test_wagtails_rendition_names_are_accepted():
    from safereturn.base.media import rendition_path

    assert rendition_path("anh_bia.2e16d0ba.fill-800x450-c0.format-webp.webp") == (
        "images/anh_bia.2e16d0ba.fill-800x450-c0.format-webp.webp"
    )


def test_documents_are_always_served_through_wagtails_view():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"


@pytest.mark.django_db
def test_a_document_url_is_the_permission_checked_view_not_a_storage_url(uploads):
    document = uploads["document"]
    assert document.url == f"/documents/{document.pk}/{document.filename}"


@pytest.mark.django_db
def test_a_private_document_needs_a_sign_in_and_is_never_cached(client, uploads, admin_user):
    document = uploads["document"]
    response = client.get(document.url)
    assert response.status_code == 302
    assert b"SECRET-DOCUMENT-CONTENT" not in body(response)
    client.force_login(admin_user)
    response = client.get(document.url)
    assert response.status_code == 200
    assert body(response) == b"SECRET-DOCUMENT-CONTENT"
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.django_db
def test_a_public_document_may_be_cached(client, uploads):
    response = client.get(uploads["public_document"].url)
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
