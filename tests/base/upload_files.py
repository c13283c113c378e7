"""
Files as a phone, a camera or an office suite writes them: each carries
distinctive markers in every metadata block its format has, so that a test
can search the stored bytes for them.
"""

import io
import uuid
import zipfile
from dataclasses import dataclass

import av
from PIL import Image, PngImagePlugin

ARTIST, MODEL, BODY_SERIAL, GPS_DATUM = 0x013B, 0x0110, 0xA431, 0x0012
EXIF_IFD, GPS_IFD, ORIENTATION = 0x8769, 0x8825, 0x0112


@dataclass(frozen=True)
class Markers:
    """Strings planted in the metadata; unique per test, so that no file left by another test can match."""

    author: str
    serial: str
    place: str

    @classmethod
    def new(cls):
        suffix = uuid.uuid4().hex[:8].upper()
        return cls(f"SAFERETURN-SECRET-AUTHOR-{suffix}", f"SAFERETURN-SERIAL-{suffix}", f"SAFERETURN-GPS-{suffix}")

    def __iter__(self):
        return iter((self.author, self.serial, self.place))

    def found_in(self, data):
        """The markers present in `data` (bytes), as UTF-8, UTF-16 (Windows tags) or Latin-1."""
        found = []
        for marker in self:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if marker.encode(encoding) in data:
                    found.append(marker)
                    break
        return found


def exif(markers, orientation=None):
    """EXIF with an author, a camera model and serial number, a GPS position and, if asked, an orientation."""
    data = Image.Exif()
    data[ARTIST] = markers.author
    data[MODEL] = markers.serial
    if orientation:
        data[ORIENTATION] = orientation
    data.get_ifd(EXIF_IFD)[BODY_SERIAL] = markers.serial
    gps = data.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (10.0, 45.0, 27.5), 3: "E", 4: (106.0, 39.0, 36.2), GPS_DATUM: markers.place})
    return data


def xmp(markers):
    return (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:exif="http://ns.adobe.com/exif/1.0/" '
        f'dc:creator="{markers.author}" exif:GPSLatitude="10,45.46N" exif:GPSAreaInformation="{markers.place}"/>'
        '</rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


def iptc_segment(markers):
    """A Photoshop APP13 segment holding IPTC By-line (author) and Sub-location (place)."""
    records = b""
    for dataset, value in ((80, markers.author), (92, markers.place)):
        encoded = value.encode()
        records += b"\x1c\x02" + bytes([dataset]) + len(encoded).to_bytes(2, "big") + encoded
    resource = b"8BIM\x04\x04\x00\x00" + len(records).to_bytes(4, "big") + records + b"\x00" * (len(records) % 2)
    body = b"Photoshop 3.0\x00" + resource
    return b"\xff\xed" + (len(body) + 2).to_bytes(2, "big") + body


def photo(size=(60, 40), colour=(200, 30, 30)):
    """A picture with some detail (a gradient), so that orientation and pixels can be compared."""
    image = Image.new("RGB", size, colour)
    for x in range(size[0]):
        for y in range(size[1] // 4):
            image.putpixel((x, y), (x * 4 % 256, 255 - x * 4 % 256, 40))
    return image


def jpeg(markers, orientation=None, size=(60, 40)):
    """A JPEG with EXIF (GPS, serial, author), XMP, an IPTC segment and a comment, as a camera app writes it."""
    buffer = io.BytesIO()
    photo(size).save(
        buffer, "JPEG", exif=exif(markers, orientation), xmp=xmp(markers), comment=markers.author, quality=90
    )
    data = buffer.getvalue()
    return data[:2] + iptc_segment(markers) + data[2:]


def png(markers, mode="RGB"):
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", markers.author)
    info.add_text("Comment", markers.serial)
    info.add_itxt("XML:com.adobe.xmp", xmp(markers).decode())
    buffer = io.BytesIO()
    photo().convert(mode).save(buffer, "PNG", pnginfo=info, exif=exif(markers))
    return buffer.getvalue()


def webp(markers, lossless=False):
    buffer = io.BytesIO()
    photo().save(buffer, "WEBP", exif=exif(markers), xmp=xmp(markers), lossless=lossless)
    return buffer.getvalue()


def avif(markers):
    buffer = io.BytesIO()
    photo().save(buffer, "AVIF", exif=exif(markers), xmp=xmp(markers))
    return buffer.getvalue()


def gif(markers, frames=1):
    """A GIF with a comment and an XMP application extension; animated when frames > 1."""
    images = [photo(colour=(40 * index, 90, 200)).convert("P") for index in range(frames)]
    buffer = io.BytesIO()
    options = {"save_all": True, "append_images": images[1:], "duration": 120, "loop": 0} if frames > 1 else {}
    images[0].save(buffer, "GIF", comment=markers.author, **options)
    return splice_gif_application_extension(buffer.getvalue(), xmp(markers))


def splice_gif_application_extension(data, payload):
    """Insert an "XMP DataXMP" application extension after the header and global colour table."""
    flags = data[10]
    table = 3 * 2 ** ((flags & 0x07) + 1) if flags & 0x80 else 0
    position = 13 + table
    blocks = b"".join(bytes([len(payload[i : i + 255])]) + payload[i : i + 255] for i in range(0, len(payload), 255))
    extension = b"\x21\xff\x0bXMP DataXMP" + blocks + b"\x00"
    return data[:position] + extension + data[position:]


def animated_webp(markers, frames=3):
    images = [photo(colour=(60 * index, 90, 200)) for index in range(frames)]
    buffer = io.BytesIO()
    images[0].save(
        buffer,
        "WEBP",
        save_all=True,
        append_images=images[1:],
        duration=[100, 200, 300][:frames],
        loop=2,
        lossless=True,
        exif=exif(markers),
        xmp=xmp(markers),
    )
    return buffer.getvalue()


IMAGE_WRITERS = {"jpg": jpeg, "png": png, "webp": webp, "avif": avif, "gif": gif}


# Documents ------------------------------------------------------------------


def pdf(markers, jpeg_image=None, attachment=False):
    """
    A one-page PDF with an /Author in its information dictionary, XMP on the
    catalog and the page, a /PieceInfo, a comment signed by the author, and
    optionally a JPEG image (as DCTDecode) or an attached file. Written by
    hand, uncompressed, so that the markers can be found in its bytes.
    """
    content = b"BT /F1 12 Tf 20 100 Td (Hotline 111) Tj ET" + (
        b" q 50 0 0 40 20 20 cm /Im1 Do Q" if jpeg_image else b""
    )
    xmp_packet = xmp(markers)
    resources = b"<< /Font << /F1 6 0 R >>" + (b" /XObject << /Im1 9 0 R >>" if jpeg_image else b"") + b" >>"
    objects = {
        1: b"<< /Type /Catalog /Pages 2 0 R /Metadata 4 0 R"
        + (b" /Names << /EmbeddedFiles << /Names [(notes.txt) 10 0 R] >> >>" if attachment else b"")
        + b" >>",
        2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 5 0 R /Resources "
        + resources
        + b" /Metadata 4 0 R /PieceInfo << /Illustrator << /Private (%s) /LastModified (D:20240101) >> >>"
        % markers.serial.encode()
        + b" /Annots [8 0 R] >>",
        4: stream(b"<< /Type /Metadata /Subtype /XML", xmp_packet),
        5: stream(b"<<", content),
        6: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        7: b"<< /Author (%s) /Creator (%s) /Producer (SecretSuite) >>"
        % (markers.author.encode(), markers.serial.encode()),
        8: b"<< /Type /Annot /Subtype /Text /Rect [10 10 30 30] /Contents (Check) /T (%s) >>"
        % markers.author.encode(),
    }
    if jpeg_image:
        objects[9] = stream(
            b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceRGB /BitsPerComponent 8 "
            b"/Filter /DCTDecode" % Image.open(io.BytesIO(jpeg_image)).size,
            jpeg_image,
        )
    if attachment:
        objects[10] = b"<< /Type /Filespec /F (notes.txt) /EF << /F 11 0 R >> >>"
        objects[11] = stream(b"<< /Type /EmbeddedFile", b"notes")
    return assemble_pdf(objects, info=7)


def stream(dictionary, data):
    return dictionary + b" /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def assemble_pdf(objects, info):
    output = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(output)
        output += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    size = max(objects) + 1
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        output += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0000000000 65535 f \n"
    output += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, info, xref)
    return bytes(output)


def mp4(markers, container_format="mp4", codec="libx264", frames=6):
    """A short video with a location, a title and a device make/model, and a stream title."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format=container_format) as container:
        container.metadata.update(
            {
                "location": "+10.7626+106.6601/",
                "title": markers.author,
                "comment": markers.place,
                "com.apple.quicktime.make": markers.serial,
                "creation_time": "2024-05-01T08:00:00Z",
            }
        )
        video = container.add_stream(codec, rate=10)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        video.metadata["title"] = markers.serial
        video.metadata["handler_name"] = markers.place
        for index in range(frames):
            frame = av.VideoFrame.from_image(photo((64, 48), colour=(index * 40, 80, 160)))
            container.mux(video.encode(frame))
        container.mux(video.encode())
    return buffer.getvalue()


def docx(markers):
    """A minimal Word document whose core properties name its author."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        )
        archive.writestr(
            "docProps/core.xml",
            '<?xml version="1.0"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>{markers.author}</dc:creator>'
            "</cp:coreProperties>",
        )
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


def small_mp4():
    """A valid one-second MP4 with no metadata at all, for tests that only need a video document."""
    buffer = io.BytesIO()
    with av.open(buffer, "w", format="mp4") as container:
        video = container.add_stream("libx264", rate=10)
        video.width, video.height, video.pix_fmt = 64, 48, "yuv420p"
        for index in range(10):
            container.mux(video.encode(av.VideoFrame.from_image(photo((64, 48), colour=(index * 20, 80, 160)))))
        container.mux(video.encode())
    return buffer.getvalue()
