"""The page pools for reading a rule's changes (tests/parse/unseen.py): who is in which pool,
the summary of a parse, and the diff of two summaries."""

from __future__ import annotations

import json

from tests.conftest import corpus_file
from tests.parse import unseen


def _pools() -> dict[str, list[str]]:
    corpus_file("chronam-1916-02/titles.tsv")  # (skips, or fails under CI, without the corpus)
    return {name: [f"{p.parent.name}/{p.name}" for p in unseen.pool(name)] for name in unseen.POOLS}


def test_the_pools_keep_every_annotated_title_out_and_do_not_overlap() -> None:
    pools = _pools()
    dev = {t for _, t in unseen.annotated(unseen.ROOT, "dev")}
    held = unseen.annotated(unseen.ROOT, "heldout")
    held_titles = {t for _, t in held}
    assert len(pools["unseen"]) == 1581  # (the helpers' 1,600 pages: every one of them)
    for page in pools["unseen"] + pools["reserve"]:
        assert page.split("/")[1].split("-ed")[0] not in dev | held_titles
    assert all(not page.startswith(("19160228", "19160229")) for page in pools["unseen"])
    assert all(page.startswith(("19160228", "19160229")) for page in pools["reserve"])
    for page in pools["held-titles"]:
        day, title = page.split("/")[0], page.split("/")[1].split("-ed")[0]
        assert title in held_titles and (day, title) not in held
    assert pools["held-titles"] and pools["reserve"]
    assert not set(pools["unseen"]) & (set(pools["held-titles"]) | set(pools["reserve"]))


def test_a_summary_is_the_parse_of_the_page() -> None:
    page = unseen.pool("reserve")[0]
    lines = unseen.summarise([page])[str(page.relative_to(unseen.CORPUS))]
    assert lines, page
    first = json.loads(lines[0])
    assert set(first) == {
        "kind",
        "kicker",
        "headline",
        "subheadline",
        "dateline",
        "byline",
        "credit",
        "body",
    }


def test_the_diff_names_each_changed_page_and_its_changed_articles() -> None:
    same, old, new = '{"kind": "story"}', '{"kind": "teaser"}', '{"kind": "brief"}'
    before = {"a.txt": [same, old], "b.txt": [same], "c.txt": [old]}
    after = {"a.txt": [same, new], "b.txt": [same]}
    lines, changed = unseen.diff(before, after)
    assert changed == 1
    assert lines == ["== a.txt", f"  - {old}", f"  + {new}"]


def test_an_unknown_pool_is_refused() -> None:
    try:
        unseen.pool("everything")
    except ValueError as error:
        assert "unseen, held-titles, reserve" in str(error)
    else:
        raise AssertionError("an unknown pool was accepted")
