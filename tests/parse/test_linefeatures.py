"""Line features of the crf6 experiment: bounded per line, linear in the page, rules as evidence."""

from __future__ import annotations

from tests.parse.linefeatures import crfsuite_items, line_features, typical_width
from tests.parse.linelabels import page_lines

PAGE = """\
WASHINGTON, Feb. 1.—The senate today passed
the bill by a vote of 40 to 30 after a long
debate.
By JOHN SMITH.
COLD WAVE COMING
"""


def test_the_rules_verdicts_are_features() -> None:
    features = line_features(page_lines(PAGE))
    assert features[0]["dateline"] == "True"
    assert features[1]["dateline"] == "False"
    assert features[3]["byline"] == "True"
    assert features[4]["case"] == "caps"
    assert features[1]["-1:dateline"] == "True"  # the window sees the line above
    assert features[0]["-1:edge"] == 1.0


def test_features_are_bounded_per_line_and_the_same_on_a_longer_page() -> None:
    lines = page_lines(PAGE)
    once = line_features(lines)
    twice = line_features(page_lines(PAGE * 4))
    assert len(twice) == 4 * len(once)
    bound = max(len(item) for item in once) + 2
    assert all(len(item) <= bound for item in twice)
    # A middle line of the repeated page has the same shape features as in the page alone.
    middle = twice[len(once) * 2 + 1]
    for key in ("len", "case", "end", "dateline", "-1:dateline"):
        assert middle[key] == once[1][key]


def test_typical_width_is_the_upper_quartile() -> None:
    assert typical_width([10] * 3 + [40] * 9) == 40
    assert typical_width([]) == 1


def test_crfsuite_items_make_each_value_an_indicator() -> None:
    items = crfsuite_items([{"case": "caps", "bias": 1.0}])
    assert items == [{"case=caps": 1.0, "bias": 1.0}]


def test_the_rules_roles_are_features_of_a_stacked_model() -> None:
    lines = page_lines(PAGE)
    roles = ["DATELINE", "PARA_CONT", "PARA_CONT", "BYLINE", "HEAD"]
    features = line_features(lines, roles)
    assert features[3]["rule"] == "BYLINE"
    assert features[3]["-1:rule"] == "PARA_CONT" and features[3]["+1:rule"] == "HEAD"
    assert "rule" not in line_features(lines)[3]


def test_damaged_and_hostile_lines_get_features() -> None:
    assert line_features([]) == []
    hostile = "\ufffd" * 50 + "\n" + "x" * 200_000 + "\n\x00\u202e\u00ad-\n" + "年" * 5000 + "\n"
    features = line_features(page_lines(hostile))
    assert len(features) == 4
    assert features[1]["abslen"] == "6" and features[3]["cjk"] == "3"
