"""A photo from a phone, made safe to keep: size-capped, decoded under a pixel limit (so a
small file that unpacks to gigapixels is refused, not decoded), turned upright, scaled down,
and re-encoded as a fresh JPEG with no EXIF at all (no location, no device, no time). Whatever
the phone sent (JPEG, PNG, HEIC) is never kept as sent. Pure logic around Pillow; no Qt.
"""

from __future__ import annotations

import io
import warnings
from enum import StrEnum

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD = 12_000_000  # bytes as sent: a phone camera's JPEG or HEIC is 2–6 MB
MAX_PIXELS = 50_000_000  # decoded: a 48-megapixel phone camera fits, a decompression bomb not
KEPT_SIDE = 1600  # pixels on the long side: sharp on a report page and a projector
KEPT_QUALITY = 82
FORMATS = frozenset({"JPEG", "PNG", "HEIF", "MPO"})  # MPO: a JPEG with a depth map (phones)


class PhotoProblem(StrEnum):
    """Why a photo was refused; the phone page words each one for people."""

    TOO_LARGE = "photo_too_large"  # more bytes than MAX_UPLOAD
    NOT_A_PHOTO = "photo_not_a_photo"  # not an image we read (HTML named .png, a PDF, …)
    DAMAGED = "photo_damaged"  # truncated or corrupt
    TOO_MANY_PIXELS = "photo_too_many_pixels"  # a decompression bomb, or an absurd image


class PhotoError(ValueError):
    def __init__(self, problem: PhotoProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


def _heif_opener() -> None:
    """Let Pillow read HEIC (iPhones' own format) when pillow-heif is installed."""
    try:
        from pillow_heif import register_heif_opener
    except ImportError:  # then a HEIC photo is refused as not a photo
        return
    register_heif_opener()


def clean_photo(data: bytes) -> bytes:
    """The photo in `data` as a new JPEG without any metadata; PhotoError if it is refused."""
    if len(data) > MAX_UPLOAD:
        raise PhotoError(PhotoProblem.TOO_LARGE)
    if not data:
        raise PhotoError(PhotoProblem.NOT_A_PHOTO)
    _heif_opener()
    Image.init()  # Pillow's readers, so only ours are tried below (never EPS, PSD, …)
    readers = [name for name in sorted(FORMATS) if name in Image.OPEN]
    with warnings.catch_warnings():
        # Pillow warns past MAX_IMAGE_PIXELS and raises past twice that; both are refusals.
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=readers) as image:
                if image.format not in FORMATS:
                    raise PhotoError(PhotoProblem.NOT_A_PHOTO)
                width, height = image.size  # from the header: nothing is decoded yet
                if width * height > MAX_PIXELS or width < 1 or height < 1:
                    raise PhotoError(PhotoProblem.TOO_MANY_PIXELS)
                image.load()
                upright = ImageOps.exif_transpose(image)
                rgb = upright.convert("RGB")
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise PhotoError(PhotoProblem.TOO_MANY_PIXELS) from None
        except UnidentifiedImageError:
            raise PhotoError(PhotoProblem.NOT_A_PHOTO) from None
        except (OSError, SyntaxError, ValueError, EOFError) as error:
            if isinstance(error, PhotoError):
                raise
            raise PhotoError(PhotoProblem.DAMAGED) from None
    rgb.thumbnail((KEPT_SIDE, KEPT_SIDE), Image.Resampling.LANCZOS)
    kept = io.BytesIO()
    # A new image from pixels only: no exif=, no icc_profile=, no comment: nothing rides along.
    clean = Image.new("RGB", rgb.size)
    clean.paste(rgb)
    clean.save(kept, "JPEG", quality=KEPT_QUALITY, optimize=True)
    return kept.getvalue()
