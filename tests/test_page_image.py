"""The page decoder: decoded at the size asked for (JPEG draft, JPEG 2000 reduce), the pixels
right, and missing, corrupt and oversized pictures refused with one line."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from reader.errors import InputError
from reader.model import Zone
from reader.page_image import MAX_PIXELS, crop_zones, decode_page


def _scan(path: Path, size: tuple[int, int] = (2400, 3200), **save: object) -> Path:
    """A grey page: white paper, a black block in the top-left quarter."""
    image = Image.new("L", size, 255)
    ImageDraw.Draw(image).rectangle((0, 0, size[0] // 2 - 1, size[1] // 2 - 1), fill=0)
    image.save(path, **save)
    return path


def _mean(decoded: object, box: tuple[int, int, int, int]) -> float:
    image = Image.frombytes(decoded.mode, decoded.size, decoded.data)  # type: ignore[attr-defined]
    region = image.convert("L").crop(box)
    return sum(region.tobytes()) / (region.size[0] * region.size[1])


@pytest.mark.parametrize("suffix", [".jpg", ".jp2", ".png", ".tif"])
def test_a_page_is_decoded_at_the_width_asked_for(tmp_path: Path, suffix: str) -> None:
    path = _scan(tmp_path / f"page{suffix}")
    decoded = decode_page(path, 600)
    assert decoded.full_size == (2400, 3200)
    assert decoded.size == (600, 800)
    assert decoded.mode == "L" and len(decoded.data) == 600 * 800
    assert decoded.scale == pytest.approx(0.25)
    # The black quarter is still where it was: dark top-left, white bottom-right.
    assert _mean(decoded, (20, 20, 280, 380)) < 40
    assert _mean(decoded, (320, 420, 580, 780)) > 215


def test_a_jpeg_2000_asked_for_more_reductions_than_it_has_still_decodes(tmp_path: Path) -> None:
    # Pillow's encoder makes six resolutions (five halvings); 66 px of 6000 would need six.
    path = _scan(tmp_path / "page.jp2", (4224, 5632), num_resolutions=3)
    decoded = decode_page(path, 66)
    assert decoded.size == (66, 88)
    assert _mean(decoded, (2, 2, 30, 40)) < 60
    assert _mean(decoded, (36, 48, 64, 86)) > 200


def test_a_picture_is_never_enlarged(tmp_path: Path) -> None:
    decoded = decode_page(_scan(tmp_path / "small.png", (300, 400)), 5000)
    assert decoded.size == (300, 400)


def test_colour_stays_colour(tmp_path: Path) -> None:
    path = tmp_path / "colour.jpg"
    Image.new("RGB", (800, 600), (200, 30, 30)).save(path)
    decoded = decode_page(path, 200)
    assert decoded.mode == "RGB" and decoded.size == (200, 150)
    assert decoded.data[:3][0] > 150 and decoded.data[:3][1] < 80


def test_a_missing_picture_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        decode_page(tmp_path / "gone.jpg", 500)
    assert str(caught.value) == f"{tmp_path / 'gone.jpg'}: the page picture is not there"


def test_a_corrupt_picture_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0 this is not a JPEG at all" * 4)
    with pytest.raises(InputError) as caught:
        decode_page(path, 500)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and "\n" not in message


def test_a_truncated_picture_is_one_line(tmp_path: Path) -> None:
    path = _scan(tmp_path / "cut.png", (1200, 1600))
    path.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(InputError) as caught:
        decode_page(path, 300)
    assert str(caught.value).startswith(f"{path}: the page picture is damaged (")


def _png_header(width: int, height: int) -> bytes:
    """A PNG whose header claims ``width``×``height`` (the pixels are never there)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", zlib.crc32(chunk) & 0xFFFFFFFF)
    )


def test_a_decompression_bomb_is_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    path.write_bytes(_png_header(100_000, 100_000))
    with pytest.raises(InputError) as caught:
        decode_page(path, 800)
    assert str(caught.value) == (
        f"{path}: the page picture is 100000×100000 pixels, more than the "
        f"{MAX_PIXELS // 1_000_000} million pixels Broadsheet decodes"
    )


def test_the_limit_is_just_above_a_big_scan(tmp_path: Path) -> None:
    # A 6000×8000 scan is normal and allowed; one pixel row over the limit is not.
    assert MAX_PIXELS > 6000 * 8000
    path = tmp_path / "over.png"
    path.write_bytes(_png_header(10_000, MAX_PIXELS // 10_000 + 1))
    with pytest.raises(InputError, match="more than the"):
        decode_page(path, 800)


def test_the_zones_of_a_story_are_cropped_from_the_picture(tmp_path: Path) -> None:
    path = _scan(tmp_path / "page.jpg")
    # Zones measured in a space half the picture's size: scaled up to the picture.
    zones = (Zone(1, 0, 0, 300, 200), Zone(1, 0, 300, 300, 100))
    crop = crop_zones(path, zones, (1200, 1600), max_width=400)
    assert crop.size[0] <= 400
    # The crop covers the black quarter only, plus a margin of white.
    assert _mean(crop, (5, 5, crop.size[0] // 2, crop.size[1] // 2)) < 60
    with pytest.raises(InputError, match="no zones"):
        crop_zones(path, (), (1200, 1600))
