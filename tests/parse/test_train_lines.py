"""The crf6 experiment's training command, CRF and assembler: a tiny real training run."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.parse.devset import DEV, load_available
from tests.parse.layout import Layout, dev_page, load_paper, render_page
from tests.parse.lineassemble import assemble
from tests.parse.linelabels import expected_labels, page_lines
from tests.parse.score import score_articles
from tests.parse.train_lines import (
    LabelledPage,
    crf_scores,
    label_table,
    labelled,
    main,
    source_group,
    tag,
    train,
)

pytest.importorskip("pycrfsuite")


def _rendered(name: str, ids: list[str], layout: Layout) -> LabelledPage:
    page = dev_page(render_page(load_paper("en"), ids, layout), name=name)
    lines, labels = expected_labels(page)
    return LabelledPage(page, tuple(lines), tuple(labels), name)


def test_a_model_trained_on_two_pages_labels_a_held_back_page(tmp_path: Path) -> None:
    # Three pages of our own English paper, no article on two of them.
    first = _rendered("a", ["en-storm", "en-council", "en-caption-skaters"], Layout(width=30))
    second = _rendered(
        "b", ["en-mill", "en-wire", "en-teaser-1"], Layout(width=40, spacing="single", seed=2)
    )
    held_back = _rendered(
        "c",
        ["en-hospital", "en-brief-library", "en-brief-bridge"],
        Layout(width=34, spacing="single", seed=3),
    )
    model = tmp_path / "two.crfsuite"
    train([first, second], model)
    assert model.stat().st_size > 0
    predicted = tag(model, held_back.lines)
    right = sum(p == g for p, g in zip(predicted, held_back.labels, strict=True))
    majority = Counter(held_back.labels).most_common(1)[0][1]
    # It learns more than the commonest role (body lines) from two pages.
    assert right > majority
    assert right / len(predicted) > 0.8


def test_the_command_trains_and_writes_a_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages = labelled(load_available([DEV / "own-en-single.expect.json"])[0])
    pages += labelled(load_available([DEV / "own-zh-single.expect.json"])[0])
    monkeypatch.setattr("tests.parse.train_lines.labelled", lambda _pages: pages)
    model = tmp_path / "model.crfsuite"
    assert main(["--model", str(model), "--json", str(tmp_path / "out.json")]) == 0
    assert model.stat().st_size > 0
    assert tag(model, page_lines("A line of text.\n"))  # it loads and tags


def test_the_assembler_rebuilds_a_page_from_its_annotated_roles() -> None:
    pages = labelled(load_available([DEV / "own-en-single.expect.json"])[0])
    built = assemble(pages[0].lines, pages[0].labels)
    tally, _matches = score_articles(pages[0].page.articles, built["articles"])
    assert tally.fields == 1.0
    scores = crf_scores(pages, {pages[0].page.name: list(pages[0].labels)})
    assert scores[0].tally.fields == 1.0


def test_pages_of_one_source_are_one_group() -> None:
    pages, _missing = load_available([DEV / "own-en-single.expect.json"])
    pages += load_available([DEV / "own-en-narrow.expect.json"])[0]
    assert source_group(pages[0]) == source_group(pages[1]) == "own:en"


def test_label_table_counts_precision_and_recall() -> None:
    table = label_table([["HEAD", "PARA_CONT"]], [["HEAD", "HEAD"]])
    assert table["HEAD"]["p"] == 0.5 and table["HEAD"]["r"] == 1.0
    assert table["PARA_CONT"]["r"] == 0.0
    assert table["all"]["accuracy"] == 0.5
