"""A photo with a story of change, over real HTTP as a phone's browser sends it (multipart):
a phone-sized JPEG with GPS in its EXIF arrives without any EXIF; a decompression bomb, a
truncated file, a "PNG" that is really HTML and an oversized upload are refused with a plain
message, and the story's text comes back to the phone."""

from __future__ import annotations

import io
import struct
import threading
import zlib
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PIL import Image

from app.room.measures import StoryInvitation
from app.room.photos import MAX_UPLOAD, PhotoError, PhotoProblem, clean_photo
from app.room.server import RoomServer
from tests.room.phones import board, post_multipart, request

STORY = [
    ("changed", "De buurt kookt nu samen"),
    ("for_whom", "Ouderen in de wijk"),
    ("why", "Minder eenzaamheid"),
    ("contribution", "Het netwerk bracht de partners bijeen"),
]
GPS_IFD = 0x8825


def phone_photo(width: int = 4032, height: int = 3024) -> bytes:
    """A phone camera's JPEG: 12 megapixels, its make and model and where it was taken."""
    image = Image.radial_gradient("L").resize((width, height)).convert("RGB")
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmerk"  # Make
    exif[0x0110] = "Model X"  # Model
    exif[0x0112] = 6  # Orientation: turned 90° (portrait held phone)
    exif.get_ifd(GPS_IFD).update(
        {1: "N", 2: (52.0, 9.0, 36.0), 3: "E", 4: (4.0, 29.0, 24.0)}  # Leiden
    )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, exif=exif)
    return buffer.getvalue()


def bomb_png(side: int = 60_000) -> bytes:
    """A tiny PNG whose header claims side × side pixels (3.6 gigapixels)."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


@pytest.fixture
def room() -> Iterator[RoomServer]:
    arrivals = threading.Semaphore(0)
    server = RoomServer(replace(board(False), stories=StoryInvitation("B", 2)), arrivals.release)
    server.open(["127.0.0.1"], 0)
    yield server
    server.close()


def send(room: RoomServer, photo: tuple[str, str, bytes] | None):
    assert room.address is not None
    path = f"/r/{room.address.secret}"
    page = request(room.address.port, "GET", path, headers={"Accept-Language": "nl"})
    assert 'enctype="multipart/form-data"' in page.html and 'name="photo"' in page.html
    key = board(False).segments[4].key
    fields = [("n", page.nonce()), ("name", "Fatima"), *STORY, ("s", key)]
    if photo is not None:  # a post-it typed below the story, sent after the photo
        fields_after = [("segment", key), ("text", "Ook een geeltje")]
        return post_multipart(
            room.address.port,
            path,
            fields,
            photo,
            headers={"Accept-Language": "nl"},
            after=fields_after,
        )
    return post_multipart(room.address.port, path, fields, photo, headers={"Accept-Language": "nl"})


def test_a_phone_photo_arrives_without_its_exif(room: RoomServer) -> None:
    sent = phone_photo()
    original = Image.open(io.BytesIO(sent))
    assert original.getexif().get_ifd(GPS_IFD)  # the phone's file says where it was taken
    answer = send(room, ("IMG_0042.jpg", "image/jpeg", sent))
    assert answer.status == 200 and "Aangekomen" in answer.html
    arrived = [room.inbox.get_nowait() for _ in range(room.inbox.qsize())]
    (item,) = [arrival for arrival in arrived if arrival.story is not None]
    assert [a.text for a in arrived if a.story is None] == ["Ook een geeltje"]
    assert item.story is not None and item.photo is not None
    kept = Image.open(io.BytesIO(item.photo))
    assert kept.format == "JPEG"
    assert dict(kept.getexif()) == {} and kept.getexif().get_ifd(GPS_IFD) == {}
    assert b"Exif" not in item.photo and b"Telefoonmerk" not in item.photo
    assert "exif" not in kept.info and "icc_profile" not in kept.info
    assert kept.size == (1200, 1600)  # turned upright (it was held in portrait), scaled down


@pytest.mark.parametrize(
    ("photo", "problem", "status"),
    [
        (("bom.png", "image/png", bomb_png()), "te veel beeldpunten", 400),
        (("half.jpg", "image/jpeg", phone_photo(800, 600)[:5000]), "beschadigd", 400),
        (
            ("foto.png", "image/png", b"<html><script>alert(1)</script></html>"),
            "geen foto",
            400,
        ),
        (("groot.jpg", "image/jpeg", b"\xff\xd8" + b"0" * MAX_UPLOAD), "te groot", 413),
    ],
    ids=["decompression bomb", "truncated", "html named png", "oversized"],
)
def test_a_bad_photo_is_refused_plainly_and_the_story_comes_back(
    room: RoomServer, photo, problem: str, status: int
) -> None:
    answer = send(room, photo)
    assert answer.status == status
    assert problem in answer.html
    for _field, text in STORY:
        assert f"{text}</textarea>" in answer.html  # nothing typed is lost
    assert 'value="Fatima"' in answer.html
    assert "Ook een geeltje</textarea>" in answer.html  # typed after the photo: kept too
    assert room.inbox.empty()


def test_the_cleaner_refuses_before_decoding_a_bomb() -> None:
    with pytest.raises(PhotoError) as refused:
        clean_photo(bomb_png(200_000))
    assert refused.value.problem is PhotoProblem.TOO_MANY_PIXELS


def test_an_iphone_heic_photo_is_kept_as_a_jpeg() -> None:
    pillow_heif = pytest.importorskip("pillow_heif", reason="pillow-heif reads HEIC")
    pillow_heif.register_heif_opener()
    buffer = io.BytesIO()
    Image.new("RGB", (2000, 1500), (20, 140, 90)).save(buffer, "HEIF")
    assert buffer.getvalue()[4:12] == b"ftypheic"
    kept = clean_photo(buffer.getvalue())
    assert Image.open(io.BytesIO(kept)).format == "JPEG"
    assert Image.open(io.BytesIO(kept)).size == (1600, 1200)
