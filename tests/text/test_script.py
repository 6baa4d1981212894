"""Which characters count as CJK letters."""

from __future__ import annotations

import itertools

import pytest

from reader.text.script import CJK_SCRIPT_RANGES, is_cjk_letter


@pytest.mark.parametrize("char", ["科", "㐀", "𠀀", "か", "カ", "ㄅ", "한", "⺀", "豈"])
def test_cjk_letters(char: str) -> None:
    assert is_cjk_letter(char)


@pytest.mark.parametrize("char", ["，", "。", "「", "\u3000", "Ａ", "A", "7", "é", " "])
def test_punctuation_latin_and_space_are_not_cjk_letters(char: str) -> None:
    assert not is_cjk_letter(char)


def test_the_ranges_are_ordered_and_disjoint() -> None:
    assert all(low <= high for low, high in CJK_SCRIPT_RANGES)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(CJK_SCRIPT_RANGES))
