"""The masthead measurement (tests/parse/mastheads.py): what counts as the right name and date."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import corpus_file
from tests.parse.mastheads import (
    EXCLUDED_LCCNS,
    date_verdict,
    halves,
    lccn_of,
    main,
    measure_page,
    moves,
    name_verdict,
    normalise_name,
    page_files,
    read_titles,
    tally,
)


def test_names_are_compared_without_case_punctuation_the_or_place() -> None:
    assert normalise_name("The Bee (Earlington, Ky.)") == "bee"
    assert normalise_name("Goodwin's weekly : a thinking paper for thinking people.") == (
        "goodwins weekly"
    )
    assert normalise_name("St. Johnsbury Caledonian. volume") == "st johnsbury caledonian"
    assert normalise_name("Honolulu star-bulletin.") == "honolulu star bulletin"


def test_a_name_is_right_within_a_garble_or_a_place_added() -> None:
    assert name_verdict("THE ROCK ISLAND ARGUS", "Rock Island Argus.") == "right"
    assert name_verdict("ALBUQUERQUE MORNING JOURNAL", "Albuquerque morning journal.") == "right"
    assert name_verdict("Anderson Intelligencer", "The intelligencer.") == "right"
    assert name_verdict("AMARILLO DaILY NEWS", "Amarillo daily news.") == "right"
    # the title's name lacking one word, when two or more are found
    assert name_verdict("Daily Leader", "The Guthrie daily leader.") == "right"


def test_a_noun_alone_a_slogan_or_another_paper_is_wrong() -> None:
    assert name_verdict("HERALD", "The Washington herald.") == "wrong"
    assert name_verdict("IN NEXT SUNDAY'S SUN", "The sun.") == "wrong"
    assert name_verdict("The Sun", "Arizona republican.") == "wrong"
    assert name_verdict("House Federal Examiner", "The Bemidji daily pioneer.") == "wrong"
    assert name_verdict("THE BEMIDJIBIMILY PIONEER", "The Bemidji daily pioneer.") == "close"
    assert name_verdict(None, "The sun.") == "none"


def test_a_garbled_name_is_close_not_right() -> None:
    # (branch mast47) OCR's garbles within the edit budget, a word split, a garbled emblem
    # between the words, a word lost: close, told apart from right
    assert name_verdict("THE BARKE DAILY TIMES", "The Barre daily times.") == "close"
    assert name_verdict("ALBU QUERQUE MORNING JOURNAL", "Albuquerque morning journal.") == "close"
    assert name_verdict("THE HieKMM COURIER", "The Hickman courier.") == "close"
    assert name_verdict("HARRISBURG SfSlllll TELEGRAPH", "Harrisburg telegraph.") == "close"
    assert name_verdict("Omaha Bee", "Omaha daily bee.") == "close"
    # another paper's name, a slogan, a fragment: wrong
    assert name_verdict("Daily and Sunday", "The Washington herald.") == "wrong"
    assert name_verdict("COUNTY NEWS", "Lincoln County leader.") == "wrong"
    assert name_verdict("HERALD", "The Washington herald.") == "wrong"


def test_a_date_is_right_only_on_the_folders_day() -> None:
    assert date_verdict("1916-02-03", "19160203") == "right"
    assert date_verdict("1910-02-03", "19160203") == "wrong"
    assert date_verdict(None, "19160203") == "none"
    # a weekly's press day, a few days off its issue day: near (branch mast47)
    assert date_verdict("1916-02-05", "19160203") == "near"
    assert date_verdict("1916-02-08", "19160203") == "wrong"
    assert date_verdict("1916-03-03", "19160203") == "wrong"


def test_papers_are_halved_by_the_sha1_of_their_lccn() -> None:
    lccns = [f"sn{n:08d}" for n in range(40)]
    half = halves(lccns)
    assert set(half.values()) == {"tune", "check"}
    assert sum(v == "tune" for v in half.values()) == 20
    assert halves(reversed(lccns)) == half  # the order given does not matter


def test_blind_days_and_excluded_papers_are_never_read(tmp_path: Path) -> None:
    for day in ("19160227", "19160228", "19160229"):
        (tmp_path / day).mkdir()
        for lccn in ("sn99999999", sorted(EXCLUDED_LCCNS)[0]):
            (tmp_path / day / f"{lccn}-ed-1_seq-1.txt").write_text("x", encoding="utf-8")
    files = page_files(sorted(tmp_path.iterdir()))
    assert [f"{p.parent.name}/{lccn_of(p)}" for p in files] == ["19160227/sn99999999"]


def test_moves_count_what_changed_from_a_saved_run() -> None:
    page = corpus_file("chronam-1916-02/19160203/sn92053934-ed-1_seq-1.txt")
    titles = read_titles(page.parent.parent)
    facts = measure_page(page, titles[lccn_of(page)])
    before = {facts.page: {"name_verdict": "none", "date_verdict": facts.date_verdict}}
    assert moves(before, [facts]) == {f"name none→{facts.name_verdict}": 1}
    counts = tally([facts])
    assert sum(counts["name"].values()) == sum(counts["date"].values()) == 1


def test_a_real_page_is_read_as_a_bare_file(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    # The Rock Island Argus of 3 February 1916: its name with a scrap after it ("THE ROCK
    # ISLAND ARGUS. OH"), its date with the year garbled ("FEBRUARY 3, 191G.").
    page = corpus_file("chronam-1916-02/19160203/sn92053934-ed-1_seq-1.txt")
    saved = tmp_path / "run.json"
    assert main([str(page.parent), "--pages", "--save", str(saved)]) == 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("19160203/sn92053934"))
    assert "name right: 'THE ROCK ISLAND ARGUS'" in line
    assert "date right: 1916-02-03" in line
    assert any(
        r["page"] == "19160203/sn92053934-ed-1_seq-1.txt" for r in json.loads(saved.read_text())
    )


def test_the_unseen_pool_is_measured_as_bare_files(capsys) -> None:  # type: ignore[no-untyped-def]
    # (branch mast47) the helpers' pool of unseen pages, its first pages only
    assert main(["--pool", "unseen", "--first", "3", "--pages"]) == 0
    out = capsys.readouterr().out
    assert "3 pages of" in out
    assert out.count(" name ") == 3
    assert "date: right" in out and "near" in out
