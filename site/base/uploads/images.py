"""
Re-encode an uploaded image from its pixels alone.

Pillow keeps metadata in several places (`info`, a cached `getexif()`, the
encoder's defaults, which copy `info["comment"]`, `info["xmp"]` and GIF
extensions into the output), and formats keep adding new ones. Rather than
deleting the known ones, the cleaner builds a fresh `Image` from the decoded
pixels, with only the palette and transparency carried over, and saves that:
whatever the original carried besides pixels cannot reach the output. The
ICC colour profile is the one exception, passed explicitly, because without
it colours shift visibly.
"""

from io import BytesIO

from PIL import Image, ImageOps, ImageSequence, JpegImagePlugin

from .errors import UncleanableFile
from .messages import UNREADABLE

# Pillow's name for the format of each accepted extension.
FORMATS = {"avif": "AVIF", "gif": "GIF", "jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}
# Lossy formats are re-encoded at this quality: high enough that one more
# generation is not visible, and Wagtail's renditions compress further anyway.
QUALITY = 95
# What Pillow raises on a damaged, truncated or hostile file.
DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError)


def clean_image(content, extension):
    """Return the bytes of `content` (a file object) re-encoded without metadata, in the same format."""
    expected_format = FORMATS[extension]
    content.seek(0)
    output = BytesIO()
    try:
        with Image.open(content) as image:
            if image.format != expected_format:
                raise UncleanableFile(UNREADABLE, code="unreadable", params={"extension": extension})
            frames, durations = [], []
            for frame in ImageSequence.Iterator(image):
                frames.append(from_pixels(ImageOps.exif_transpose(frame)))
                durations.append(frame.info.get("duration", 0))  # known once the frame is decoded
            options = save_options(image, content)
            if len(frames) > 1:
                options.update(animation_options(image, frames, durations))
            frames[0].save(output, expected_format, **options)
    except DECODING_ERRORS as error:
        raise UncleanableFile(UNREADABLE, code="unreadable", params={"extension": extension}) from error
    return output.getvalue()


def from_pixels(frame):
    """A new image holding only `frame`'s pixels, palette and transparency: no `info`, no EXIF."""
    clean = Image.frombytes(frame.mode, frame.size, frame.tobytes())
    if frame.mode in ("P", "PA"):
        palette_mode = frame.palette.mode
        clean.putpalette(frame.getpalette(palette_mode), palette_mode)
    if "transparency" in frame.info:
        # The one `info` key that is pixel data (which palette entry or colour is transparent).
        clean.info["transparency"] = frame.info["transparency"]
    return clean


def save_options(image, content):
    """Encoder options that keep the look of `image`: its colour profile, quality and chroma subsampling."""
    options = {}
    if image.info.get("icc_profile"):
        options["icc_profile"] = image.info["icc_profile"]
    if "transparency" in image.info and image.format in ("PNG", "GIF"):
        options["transparency"] = image.info["transparency"]
    if image.format == "JPEG":
        options["quality"] = QUALITY
        sampling = JpegImagePlugin.get_sampling(image)
        if sampling != -1:
            options["subsampling"] = sampling
    elif image.format == "WEBP":
        if is_lossless_webp(content):
            # `exact` keeps the colour under fully transparent pixels, so lossless stays lossless.
            options.update(lossless=True, exact=True)
        else:
            options["quality"] = QUALITY
    elif image.format == "AVIF":
        options["quality"] = QUALITY
    return options


def animation_options(image, frames, durations):
    """Keep every frame, each frame's duration and the loop count of an animated GIF, PNG, WebP or AVIF."""
    options = {"save_all": True, "append_images": frames[1:], "duration": durations}
    if "loop" in image.info:
        options["loop"] = image.info["loop"]
    if image.format == "GIF":
        # Pillow hands over each frame already composed over the previous
        # ones; "restore to background" lets a pixel turn transparent again.
        options["disposal"] = 2
    return options


def is_lossless_webp(content):
    """True when every frame of a WebP file is coded losslessly (VP8L), so it must not be re-encoded lossily."""
    content.seek(0)
    data = content.read()
    codings = set(webp_frame_codings(data[12:]))
    return codings == {b"VP8L"}


def webp_frame_codings(chunks):
    """The coding chunks ("VP8 " lossy, "VP8L" lossless) of a WebP file's chunks, animation frames included."""
    position = 0
    while position + 8 <= len(chunks):
        fourcc = chunks[position : position + 4]
        size = int.from_bytes(chunks[position + 4 : position + 8], "little")
        payload = chunks[position + 8 : position + 8 + size]
        if fourcc in (b"VP8 ", b"VP8L"):
            yield fourcc
        elif fourcc == b"ANMF":
            # An animation frame: 16 bytes of geometry and timing, then its own chunks.
            yield from webp_frame_codings(payload[16:])
        position += 8 + size + (size & 1)
