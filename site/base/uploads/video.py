"""
Remux an uploaded MP4 or WebM video without its metadata.

Phones write the place a video was shot (`location`, Apple's
`com.apple.quicktime.location.ISO6709`), the device's make and model, the
time, and sometimes a timed GPS track or a cover picture in a stream of its
own. The video is copied packet by packet (no re-encoding, so no loss and
little work) into a new container that gets only its audio and video
streams, and none of the container's or the streams' tags. The result is
then opened again and checked: a tag that FFmpeg copied anyway is a refusal,
not a silent leak.
"""

import tempfile

import av
from django.core.files import File

from .errors import UncleanableFile
from .messages import UNREADABLE, VIDEO_METADATA_LEFT

MUXERS = {"mp4": "mp4", "webm": "webm"}
KEPT_STREAM_TYPES = ("video", "audio")
# `bitexact` stops FFmpeg from writing its own version into the file.
MUXER_OPTIONS = {"fflags": "+bitexact"}
# The only tags the muxers write on their own; none of them describes the
# source, its author or its device.
ALLOWED_CONTAINER_TAGS = {"major_brand", "minor_version", "compatible_brands", "encoder"}
ALLOWED_STREAM_TAGS = {"language", "handler_name", "vendor_id", "duration", "encoder"}
GENERIC_TAG_VALUES = {"encoder": {"Lavf"}, "handler_name": {"VideoHandler", "SoundHandler"}}


def clean_video(content, extension):
    """Return a temporary File holding `content` remuxed without metadata, or raise UncleanableFile."""
    content.seek(0)
    output = tempfile.TemporaryFile()  # noqa: SIM115  (returned to the caller, who closes it)
    try:
        remux(content, output, MUXERS[extension])
        output.seek(0)
        check_no_metadata(output)
    except UncleanableFile:
        output.close()
        raise
    except (av.FFmpegError, ValueError, KeyError, OSError) as error:
        output.close()
        raise UncleanableFile(UNREADABLE, code="unreadable", params={"extension": extension}) from error
    output.seek(0)
    return File(output)


def remux(source, destination, muxer):
    with av.open(source) as container, av.open(destination, "w", format=muxer, options=MUXER_OPTIONS) as clean:
        copies = {stream.index: clean.add_stream_from_template(stream) for stream in kept_streams(container)}
        if not any(stream.type == "video" for stream in container.streams if stream.index in copies):
            raise ValueError("no video stream")
        for packet in container.demux([container.streams[index] for index in copies]):
            if packet.dts is None:  # the demuxer's end-of-stream marker
                continue
            packet.stream = copies[packet.stream.index]
            clean.mux(packet)


def kept_streams(container):
    """Audio and video only: no data (timed GPS), subtitle, attachment or attached-picture (cover art) stream."""
    return [
        stream
        for stream in container.streams
        if stream.type in KEPT_STREAM_TYPES and not stream.disposition & av.stream.Disposition.attached_pic
    ]


def check_no_metadata(output):
    with av.open(output) as container:
        tag_sets = [(container.metadata, ALLOWED_CONTAINER_TAGS)]
        tag_sets += [(stream.metadata, ALLOWED_STREAM_TAGS) for stream in container.streams]
        if len(kept_streams(container)) != len(container.streams) or not all(
            only_generic_tags(tags, allowed) for tags, allowed in tag_sets
        ):
            raise UncleanableFile(VIDEO_METADATA_LEFT, code="video_metadata")
    output.seek(0)


def only_generic_tags(tags, allowed):
    for key, value in tags.items():
        name = key.lower()
        if name not in allowed or value not in GENERIC_TAG_VALUES.get(name, {value}):
            return False
    return True
