"""Zoom scales every part of a story alike: rendered line heights keep their proportions."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.model import Article, Issue
from reader.ui.article_html import ZOOM_FACTOR, ReadingFonts, render_article_html
from reader.ui.reading_pane import ReadingPane
from tests.ui.sample_issues import en_issue, zh_issue

ZOOMS = (-3, 0, 5)


def line_heights(pane: ReadingPane, probes: dict[str, str]) -> dict[str, float]:
    """The height of the first laid-out line of the block holding each probe's text."""
    heights: dict[str, float] = {}
    block = pane.document().begin()
    while block.isValid():
        for name, text in probes.items():
            if name not in heights and text in block.text():
                line = block.layout().lineAt(0)
                assert line.isValid(), name
                heights[name] = line.height()
        block = block.next()
    assert set(heights) == set(probes), f"not rendered: {set(probes) - set(heights)}"
    return heights


def heights_at_zooms(
    qtbot: QtBot, article: Article, issue: Issue, probes: dict[str, str]
) -> list[dict[str, float]]:
    pane = ReadingPane(ReadingFonts.from_installed())
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show_html(lambda style: render_article_html(article, issue, style))
    measured = []
    for zoom in ZOOMS:
        pane.set_zoom(zoom)
        measured.append(line_heights(pane, probes))
    return measured


ZH_PROBES = {
    "kicker": "新年伊始",
    "headline": "全国科技工作会议在京召开",
    "deck": "部署2025年重点任务",
    "byline": "本报记者 张伟",
    "body": "全国科技工作会议13日",
}


@pytest.mark.parametrize(
    ("which", "article_id", "probes"),
    [
        ("zh", "p1-a", ZH_PROBES),
        ("zh", "p1-c", {"caption": "科研人员在实验室工作", "credit": "新华社记者 李明/摄"}),
        (
            "en",
            "e1-a",
            {
                "headline": "Art Museum Opens Its Doors",
                "byline": "By JANE DOE",
                "body": "The art museum opened",
            },
        ),
    ],
)
def test_every_part_scales_with_zoom(
    qtbot: QtBot, which: str, article_id: str, probes: dict[str, str]
) -> None:
    issue = zh_issue() if which == "zh" else en_issue()
    article = issue.article(article_id)
    assert article is not None
    measured = heights_at_zooms(qtbot, article, issue, probes)
    reference = measured[1]
    for zoom, heights in zip(ZOOMS, measured, strict=True):
        scale = ZOOM_FACTOR**zoom
        for name, height in heights.items():
            # Each part grows by the zoom factor (within a pixel or two of rounding) ...
            assert height == pytest.approx(reference[name] * scale, rel=0.08, abs=2), (
                zoom,
                name,
            )
        # ... so the proportions between parts hold at every zoom (lines are whole pixels
        # high in some fonts: a pixel of rounding on each side is allowed).
        for name, height in heights.items():
            for other, other_height in heights.items():
                expected = other_height * reference[name] / reference[other]
                assert abs(height - expected) <= 2 + 0.05 * height, (zoom, name, other)


def test_headline_stays_larger_than_the_body_at_every_zoom(qtbot: QtBot) -> None:
    issue = zh_issue()
    article = issue.article("p1-a")
    assert article is not None
    for heights in heights_at_zooms(qtbot, article, issue, ZH_PROBES):
        assert heights["headline"] > heights["deck"] > heights["byline"]
        # The body's line height includes its leading; the headline's type is still bigger.
        assert heights["headline"] > 1.2 * heights["body"] / 1.75
