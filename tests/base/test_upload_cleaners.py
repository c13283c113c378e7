"""The cleaners on their own: what they remove, what they keep (pixels, orientation, animation, colour profile)."""

import io

import pytest
from django.core.files.base import ContentFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageCms, ImageOps, ImageSequence

from safereturn.base.uploads.cleaning import clean_upload, must_clean
from safereturn.base.uploads.errors import UncleanableFile
from safereturn.base.uploads.images import clean_image
from safereturn.base.uploads.pdf import clean_pdf

from . import upload_files

LOSSLESS_MODES = {
    "png": ["1", "L", "LA", "P", "RGB", "RGBA", "I;16"],
    "gif": ["L", "P"],
    "webp": ["RGB", "RGBA"],
}


def encode(image, extension, **options):
    buffer = io.BytesIO()
    image.save(buffer, upload_files_format(extension), **options)
    return buffer.getvalue()


def upload_files_format(extension):
    return {"jpg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP", "avif": "AVIF"}[extension]


def cleaned(data, extension):
    return Image.open(io.BytesIO(clean_image(io.BytesIO(data), extension)))


@st.composite
def small_images(draw, extension):
    mode = draw(st.sampled_from(LOSSLESS_MODES[extension]))
    size = (draw(st.integers(1, 24)), draw(st.integers(1, 24)))
    length = len(Image.new(mode, size).tobytes())
    image = Image.frombytes(mode, size, draw(st.binary(min_size=length, max_size=length)))
    if mode == "P":
        image.putpalette(draw(st.binary(min_size=768, max_size=768)))
    return image


@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), extension=st.sampled_from(sorted(LOSSLESS_MODES)))
def test_lossless_formats_keep_every_pixel(data, extension):
    image = data.draw(small_images(extension))
    options = {"lossless": True, "exact": True} if extension == "webp" else {}
    original = Image.open(io.BytesIO(encode(image, extension, **options)))
    result = cleaned(encode(image, extension, **options), extension)
    assert result.format == original.format
    assert result.size == original.size
    assert result.mode == original.mode
    assert result.convert("RGBA").tobytes() == original.convert("RGBA").tobytes()


@settings(max_examples=25, deadline=None, database=None)
@given(
    orientation=st.integers(1, 8),
    size=st.tuples(st.integers(2, 40), st.integers(2, 40)),
)
def test_every_exif_orientation_is_applied_to_the_pixels(orientation, size):
    markers = upload_files.Markers("SAFERETURN-SECRET-AUTHOR", "SAFERETURN-SERIAL-1", "SAFERETURN-GPS-1")
    source = upload_files.photo(size)
    data = encode(source, "png", exif=upload_files.exif(markers, orientation))
    expected = ImageOps.exif_transpose(Image.open(io.BytesIO(data)))
    result = cleaned(data, "png")
    assert result.size == expected.size
    assert result.tobytes() == expected.tobytes()
    assert dict(result.getexif()) == {}


@pytest.mark.parametrize("extension", sorted(upload_files.IMAGE_WRITERS))
def test_every_image_format_loses_its_metadata_and_keeps_its_format(extension):
    markers = upload_files.Markers.new()
    data = upload_files.IMAGE_WRITERS[extension](markers)
    assert markers.found_in(data)
    output = clean_image(io.BytesIO(data), extension)
    assert markers.found_in(output) == []
    assert b"Exif\x00\x00" not in output
    assert b"http://ns.adobe.com/xap/1.0/" not in output
    assert b"Photoshop 3.0" not in output
    with Image.open(io.BytesIO(output)) as result:
        assert result.format == upload_files_format(extension)
        assert dict(result.getexif()) == {}
        assert result.size == (60, 40)


def test_jpeg_is_re_encoded_at_high_quality_with_its_colour_profile():
    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    source = upload_files.photo((64, 64))
    data = encode(source, "jpg", quality=95, icc_profile=profile, subsampling=0)
    result = cleaned(data, "jpg")
    assert result.info["icc_profile"] == profile
    # Quality 95 with the source's 4:4:4 sampling: each pixel stays within a few levels.
    differences = [abs(a - b) for a, b in zip(result.tobytes(), source.tobytes(), strict=True)]
    assert max(differences) < 40
    assert sum(differences) / len(differences) < 3


def test_animated_webp_keeps_frames_durations_loop_and_pixels():
    markers = upload_files.Markers.new()
    data = upload_files.animated_webp(markers)
    result = cleaned(data, "webp")
    original = Image.open(io.BytesIO(data))
    assert result.n_frames == 3
    assert result.info["loop"] == 2
    durations = []
    for before, after in zip(ImageSequence.Iterator(original), ImageSequence.Iterator(result), strict=True):
        assert after.convert("RGBA").tobytes() == before.convert("RGBA").tobytes()
        durations.append(after.info["duration"])  # known once the frame is decoded
    assert durations == [100, 200, 300]
    assert markers.found_in(clean_image(io.BytesIO(data), "webp")) == []


def test_animated_gif_keeps_frames_and_pixels():
    markers = upload_files.Markers.new()
    data = upload_files.gif(markers, frames=3)
    result = cleaned(data, "gif")
    original = Image.open(io.BytesIO(data))
    assert result.n_frames == 3
    assert result.info["loop"] == 0
    for before, after in zip(ImageSequence.Iterator(original), ImageSequence.Iterator(result), strict=True):
        assert after.convert("RGB").tobytes() == before.convert("RGB").tobytes()


def test_a_file_whose_content_does_not_match_its_extension_is_refused():
    with pytest.raises(UncleanableFile):
        clean_image(io.BytesIO(upload_files.png(upload_files.Markers.new())), "jpg")


def test_a_clean_pdf_comes_out_the_same_when_cleaned_again():
    once = clean_pdf(io.BytesIO(upload_files.pdf(upload_files.Markers.new())))
    assert clean_pdf(io.BytesIO(once)) == once


def test_pdf_comment_authors_go_but_form_field_names_stay():
    markers = upload_files.Markers.new()
    output = clean_pdf(io.BytesIO(upload_files.pdf(markers)))
    assert b"/T (" not in output
    assert b"(Check)" in output  # the comment itself is content, and stays


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("original_images/a.jpg", True),
        ("documents/a.pdf", True),
        ("wagtail_uploads/a.docx", True),
        ("images/a.fill-100x100.jpg", False),
        ("elsewhere/original_images/a.jpg", False),
    ],
)
def test_only_the_upload_folders_are_cleaned(name, expected):
    assert must_clean(name) is expected


def test_unknown_extensions_are_refused_rather_than_stored_as_they_are():
    with pytest.raises(UncleanableFile) as error:
        clean_upload("documents/drawing.svg", ContentFile(b"<svg/>"))
    assert error.value.code == "unsupported"
