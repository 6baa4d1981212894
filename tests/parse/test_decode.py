"""Decoding page bytes: encodings, newlines, full-width letters, and the errors for bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.errors import InputError
from reader.parse.decode import MAX_PAGE_BYTES, decode_page, read_page_bytes

TEXT = "全国科技工作会议在京召开\n新华社北京1月13日电\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-be").join([b"\xfe\xff", b""]),
        TEXT.encode("gb18030"),
        TEXT.encode("gbk"),
    ],
    ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "gb18030", "gbk"],
)
def test_encodings(data: bytes) -> None:
    assert decode_page(data) == TEXT


def test_big5() -> None:
    traditional = "全國科技工作會議在京召開，記者報道。\n"
    assert decode_page(traditional.encode("big5")) == traditional


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_newlines(newline: str) -> None:
    assert decode_page(TEXT.replace("\n", newline).encode("utf-8")) == TEXT


def test_full_width_letters_and_digits_become_half_width() -> None:
    assert decode_page("ＡＩ眼镜２０２５年，“起飞”！".encode()) == "AI眼镜2025年，“起飞”！"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (b"  \n\n \r\n", "file is empty"),
        (b"\x00\x01\x02binary\x00\xff", "binary data"),
        (bytes(range(1, 32)) * 20, "binary data"),
        (b"abc\xff\xfe\xfd\xff", "cannot decode text"),
    ],
)
def test_bad_input(data: bytes, reason: str) -> None:
    with pytest.raises(InputError, match=reason) as info:
        decode_page(data, "page.txt")
    assert str(info.value).startswith("page.txt: ")


def test_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * (MAX_PAGE_BYTES + 1))
    with pytest.raises(InputError, match="too large"):
        read_page_bytes(big)


def test_missing_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_page_bytes(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_page_bytes(tmp_path)
