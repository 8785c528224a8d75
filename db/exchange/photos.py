"""Photos in the exchange format: a piece of evidence may carry the photo that came with a
story from the room, as base64 of a JPEG. Optional, so files without photos stay as they were.
A photo read from a file is checked before it is kept: base64, at most `MAX_PHOTO` bytes, a
JPEG by its header, and not more pixels than the room accepts (no bomb comes in this way)."""

from __future__ import annotations

import base64
import binascii
import io

MAX_PHOTO = 4_000_000  # bytes of a kept JPEG, as the store takes it
MAX_PIXELS = 50_000_000


class PhotoFieldError(ValueError):
    """The field is not a photo the store keeps."""


def encode(photo: bytes) -> str:
    return base64.b64encode(photo).decode("ascii")


def decode(value: object) -> bytes:
    """The JPEG in a "photo" field; PhotoFieldError says what is wrong with it."""
    if not isinstance(value, str) or len(value) > MAX_PHOTO * 4 // 3 + 4:
        raise PhotoFieldError("a photo must be base64 text of at most 4 MB")
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise PhotoFieldError("a photo must be base64 text") from None
    if not data.startswith(b"\xff\xd8\xff"):
        raise PhotoFieldError("a photo must be a JPEG")
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data), formats=["JPEG"]) as image:  # the header only
            width, height = image.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        raise PhotoFieldError("a photo must be a JPEG that can be read") from None
    if width * height > MAX_PIXELS:
        raise PhotoFieldError("a photo has too many pixels")
    return data
