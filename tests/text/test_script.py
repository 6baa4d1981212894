"""Which characters count as CJK letters, and the fold of both Chinese scripts to one."""

from __future__ import annotations

import itertools

import pytest

from reader.text.fold_table import SIMPLIFIED, TRADITIONAL
from reader.text.script import CJK_SCRIPT_RANGES, fold_script, is_cjk_letter


@pytest.mark.parametrize("char", ["科", "㐀", "𠀀", "か", "カ", "ㄅ", "한", "⺀", "豈"])
def test_cjk_letters(char: str) -> None:
    assert is_cjk_letter(char)


@pytest.mark.parametrize("char", ["，", "。", "「", "\u3000", "Ａ", "A", "7", "é", " "])
def test_punctuation_latin_and_space_are_not_cjk_letters(char: str) -> None:
    assert not is_cjk_letter(char)


def test_the_ranges_are_ordered_and_disjoint() -> None:
    assert all(low <= high for low, high in CJK_SCRIPT_RANGES)
    assert all(a[1] < b[0] for a, b in itertools.pairwise(CJK_SCRIPT_RANGES))


def test_is_traditional_tells_the_two_scripts_apart():
    from reader.text.script import SIMPLIFIED_FORMS, TRADITIONAL_FORMS, is_traditional

    assert len(SIMPLIFIED_FORMS) == len(TRADITIONAL_FORMS)
    assert not set(SIMPLIFIED_FORMS) & set(TRADITIONAL_FORMS)
    assert is_traditional("臺北市立圖書館今日起舉辦古籍修復特展，館長說")
    assert is_traditional("〔記者林美惠／花蓮報導〕颱風逼近東部沿海")
    assert not is_traditional("北京市图书馆今日起举办古籍修复特展，馆长说")
    assert not is_traditional("The mayor opened the new bridge.")
    assert not is_traditional("")


def test_is_traditionals_pairs_are_pairs_of_the_fold():
    from reader.text.script import SIMPLIFIED_FORMS, TRADITIONAL_FORMS, fold_script

    # One idea in one place: the two-form pairs the script test counts are the fold's own pairs.
    assert fold_script(TRADITIONAL_FORMS) == SIMPLIFIED_FORMS
    assert fold_script(SIMPLIFIED_FORMS) == SIMPLIFIED_FORMS


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("圖書館", "图书馆"),
        ("颱風", "台风"),
        ("臺灣", "台湾"),
        ("髮發发", "发发发"),  # one-to-many: every form folds to one
        ("图书馆", "图书馆"),  # Simplified stays
        ("Library 圖書館 ＡＩ，。", "Library 图书馆 ＡＩ，。"),  # only Chinese letters change
        ("𠀀㐀", "𠀀㐀"),
        ("", ""),
    ],
)
def test_fold_script(text: str, folded: str) -> None:
    assert fold_script(text) == folded


def test_fold_table_is_one_character_for_one_and_folding_twice_changes_nothing() -> None:
    assert len(TRADITIONAL) == len(SIMPLIFIED) > 4000
    assert len(set(TRADITIONAL)) == len(TRADITIONAL)
    assert all(t != s for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True))
    everything = TRADITIONAL + SIMPLIFIED
    once = fold_script(everything)
    assert len(once) == len(everything)
    assert fold_script(once) == once
    assert all(is_cjk_letter(c) for c in everything)
