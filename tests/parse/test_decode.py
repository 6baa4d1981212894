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


# Text that is not UTF-8 is read in the legacy encoding whose characters are the most common
# (decode24): a short Big5, Shift-JIS or EUC-JP file used to come out as GBK mojibake, silently.
SHORT_TEXTS = [
    ("花蓮縣宣布停班停課\n颱風逼近\n", "big5"),
    ("臺北市立圖書館舉辦古籍修復特展\n", "big5"),
    ("颱風逼近東部沿海，花蓮縣宣布停班停課。\n", "big5"),
    ("日本語の新聞記事です。東京で会議が開かれた。\n", "shift_jis"),
    ("台風の接近に伴い、気象庁は大雨警報を発表した。\n", "shift_jis"),
    ("台風が接近\n", "euc_jp"),
    ("政府は今日の閣議で来年度予算案を決定した。\n", "euc_jp"),
    ("国家统计局今天公布数据，居民消费价格同比上涨。\n", "gbk"),
]


@pytest.mark.parametrize(("text", "codec"), SHORT_TEXTS, ids=[c for _, c in SHORT_TEXTS])
def test_short_legacy_text_is_read_in_its_own_encoding(text: str, codec: str) -> None:
    assert decode_page(text.encode(codec)) == text


def _dev_pages(pattern: str) -> list[Path]:
    return sorted((Path(__file__).parents[1] / "data" / "dev").glob(pattern))


def _encodable(page: Path, codec: str) -> bool:
    """Whether every character of the page has a form in ``codec`` (two Traditional dev pages
    hold characters Big5 lacks: they are tried in GBK only)."""
    try:
        decode_page(page.read_bytes()).encode(codec)
    except UnicodeEncodeError:
        return False
    return True


@pytest.mark.parametrize(
    ("page", "codec"),
    [(p, "gbk") for p in _dev_pages("own-zh-*.txt")]
    + [
        (p, codec)
        for p in _dev_pages("own-hant-*.txt")
        for codec in ("big5", "gbk")
        if _encodable(p, codec)
    ],
    ids=lambda value: value.name if isinstance(value, Path) else value,
)
def test_a_whole_chinese_page_in_gbk_or_big5_is_read_right_without_a_warning(
    page: Path, codec: str
) -> None:
    text = decode_page(page.read_bytes())
    data = text.encode(codec)
    damaged: list[str] = []
    assert decode_page(data, page.name, damaged) == text
    assert damaged == []


def test_a_doubtful_guess_is_decoded_and_named_in_damaged() -> None:
    # Thirteen GB 2312 characters read as EUC-JP are common kanji too: only the lack of kana
    # says Chinese, and that is too little to be sure of.
    text = "北京图书馆举办古籍修复特展\n"
    damaged: list[str] = []
    assert decode_page(text.encode("gbk"), "page.txt", damaged) == text
    assert damaged == [
        "encoding guessed as GB18030 (the bytes are not UTF-8; EUC-JP was close): "
        "check the text, or save the page as UTF-8"
    ]


@pytest.mark.parametrize(
    ("text", "codec", "name"),
    [
        ("颱風逼近東部沿海，花蓮縣宣布停班停課，中央氣象署表示風雨將明顯增強。\n", "big5", "Big5"),
        ("台風の接近に伴い、気象庁は東日本の太平洋側に大雨警報を出した。\n", "cp932", "Shift-JIS"),
    ],
)
def test_bad_bytes_in_legacy_text_stay_visible_and_are_listed(
    text: str, codec: str, name: str
) -> None:
    good = (text * 3).encode(codec)
    cut = len(text.encode(codec)) + 4  # on line 2, between two characters
    damaged: list[str] = []
    decoded = decode_page(good[:cut] + b"\xff" + good[cut:], "page.txt", damaged)
    assert decoded.replace("\ufffd", "") == text * 3
    assert decoded.count("\ufffd") == 1
    assert damaged == [f"line 2: 1 byte that is not {name} (ff), shown as \ufffd"]
    # A file cut short in the middle of its last character keeps what came before.
    damaged = []
    assert decode_page(good[:-2], "page.txt", damaged) == (text * 3)[:-2] + "\ufffd"
    assert damaged == [f"line 3: 1 byte that is not {name} ({good[-3]:02x}), shown as \ufffd"]


def test_a_stray_byte_in_english_text_is_damage_not_a_guessed_encoding() -> None:
    """No character of any legacy encoding is read (the byte stands beside ASCII), so nothing
    says the page is GB18030: it is UTF-8 with one bad byte, listed as before decode24."""
    damaged: list[str] = []
    data = (
        b"STORM HITS COAST\n\nA storm hit the coast \xff today and the town was closed"
        b" for the day while crews worked.\n"
    )
    text = decode_page(data, "page.txt", damaged)
    assert "coast \ufffd today" in text
    assert damaged == ["line 3: 1 byte that is not UTF-8 (ff), shown as \ufffd"]
