"""Title echoes: the index finds and scores what scoring each lead one by one would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.parse.echo import EchoIndex, lead_features, title_features, title_score

_WORDS = ["harbor", "harbors", "council", "railway", "the", "wages", "bridge", "bridges", "city"]
_HANZI = "全国科技工作会议在京举行"

_texts = st.one_of(
    st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join),
    st.text(alphabet=_HANZI + "，。 ", max_size=16),
)


def _share(title: str, lead: str) -> float:
    """The share of the title's feature weight found in the lead, counted feature by feature."""
    chinese, features = title_features(title)
    total = sum(features.values())
    if not lead or not total:
        return 0.0
    found = lead_features(lead, chinese)
    return sum(weight for feature, weight in features.items() if feature in found) / total


def test_a_stem_shared_by_two_words_weighs_twice() -> None:
    assert title_score("bridge bridges city", "the bridges") == 2 / 3


@settings(max_examples=200, deadline=None)
@given(
    leads=st.lists(_texts, min_size=1, max_size=12),
    titles=st.lists(_texts, min_size=1, max_size=4),
    at_least=st.sampled_from([0.3, 0.5, 0.75, 1.0]),
)
def test_index_agrees_with_scoring_every_lead(
    leads: list[str], titles: list[str], at_least: float
) -> None:
    index = EchoIndex(leads)
    for title in titles * 2:  # asked twice: the title's features are worked out once
        scores = [_share(title, lead) for lead in leads]
        assert [title_score(title, lead) for lead in leads] == scores
        assert [index.score(title, i) for i in range(len(leads))] == scores
        expected = [(i, score) for i, score in enumerate(scores) if score >= at_least]
        assert index.matches(title, at_least) == expected


@settings(max_examples=50, deadline=None)
@given(
    leads=st.lists(_texts, min_size=60, max_size=150),
    titles=st.lists(_texts, min_size=1, max_size=4),
    at_least=st.sampled_from([0.3, 0.5, 0.75]),
)
def test_a_match_among_many_leads_is_scored_as_every_lead_is(
    leads: list[str], titles: list[str], at_least: float
) -> None:
    # (more leads than MAX_POSTING: a feature in most of them finds no candidates, and a
    # candidate's weight is added up from the postings of the title's rarer features and looked
    # up for its commoner ones, speed50; each score found is still the whole share)
    index = EchoIndex(leads)
    for title in titles:
        found = index.matches(title, at_least)
        assert [i for i, _ in found] == sorted({i for i, _ in found})
        assert all(score == _share(title, leads[i]) >= at_least for i, score in found)
