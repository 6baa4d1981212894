"""How well a title echoes a story's lead, and an index that finds the stories a title echoes.

Chinese titles are compared by character bigrams, English ones by the five-letter stems of
their content words. :class:`EchoIndex` keeps an inverted index from those features to the
leads that contain them, so matching every title of a page against every story costs time in
proportion to the page, not to titles × stories.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from reader.text.cjk import cjk_ratio

_EN_STOPWORDS: Final = frozenset(
    "the a an and or of in on at to for from by with as is are was were be "
    "been it its that this his her their our will would has have had not but".split()
)
_NON_WORD: Final = re.compile(r"[\W_]+", re.UNICODE)
_CONTENT_WORD: Final = re.compile(r"[a-z]{3,}")
#: A feature shared by more leads than this finds no candidates by itself (as a stop word
#: would); the leads it is in are still scored when a rarer feature of the title finds them.
MAX_POSTING: Final = 48


def letters_only(text: str) -> str:
    """The text without spaces, punctuation or marks: what title echoes are measured on."""
    return _NON_WORD.sub("", text)


def _bigrams(text: str) -> set[str]:
    compact = letters_only(text)
    return {compact[i : i + 2] for i in range(len(compact) - 1)}


def _words(text: str) -> set[str]:
    found: list[str] = _CONTENT_WORD.findall(text.lower())
    return {w for w in found if w not in _EN_STOPWORDS}


def title_features(title: str, bases: bool = False) -> tuple[bool, dict[str, int]]:
    """(compared as Chinese, features with their weights) of a title.

    A Chinese title's features are its bigrams; an English title's are the five-letter stems of
    its content words, weighted by how many of its words share the stem (a word meets a lead
    word with the same first five letters, so "swept" meets "sweeps" only where they share it);
    with ``bases``, a short word's inflected form by its base (title_stems).
    (A plain dict: a Counter is built by Python code, the dict by compiled code.)
    """
    if cjk_ratio(title) >= 0.5:
        return True, dict.fromkeys(_bigrams(title), 1)
    return False, title_stems(title, bases)


def title_stems(title: str, bases: bool = False) -> dict[str, int]:
    """The English features of a title (the five-letter stems of its content words, each
    weighted by how many of the title's words share it; with ``bases``, a short word's
    inflected form by its base, _short_base)."""
    features: dict[str, int] = {}
    for word in _words(title):
        stem = (bases and _short_base(word)) or word[:5]
        features[stem] = features.get(stem, 0) + 1
    return features


def lead_features(lead: str, chinese: bool, bases: bool = False) -> set[str]:
    """The features of a story's lead that titles compared ``chinese`` (or not) can meet: the
    five-letter stem of each content word, and with ``bases`` a short word's base as well
    (_short_base)."""
    if chinese:
        return _bigrams(lead)
    # The stems of _words(lead), in one pass.
    found: list[str] = _CONTENT_WORD.findall(lead.lower())
    stems = {w[:5] for w in found if w not in _EN_STOPWORDS}
    if not bases:
        return stems
    for word in found:
        # (the cheap exact guard first: only a word ending as an inflection has a base)
        if word[-1:] in _INFLECTION_LAST and (base := _short_base(word)):
            stems.add(base)
    return stems


#: The last letters an inflected form ends on ("-s", "-ed", "-ing"): _short_base's guard.
_INFLECTION_LAST: Final = frozenset("sdg")
#: The consonants an inflection doubles after a short vowel ("robbed", "cutting", "planned").
_DOUBLED: Final = frozenset("bdgmnprt")


def _short_base(word: str) -> str | None:
    """The base of an inflected short word ("robbed", "robs", "robbing" -> "rob"; "cuts" ->
    "cut"; "planned" -> "plan"), or None: a word whose base has three or four letters, which
    its five-letter stem does not carry ("robbe" is not "rob"), so that a head's short verb
    meets its lead's past tense ("Gunmen rob Warrens supermarket" / "… two men who robbed a
    supermarket"; the lead's round 50). Asked only where a modern head is told from its lead's
    prose (reflow.echoed_by_lead): on 1916 pages, whose heads are paired with stories by the
    stems alone, bases measured no better. A longer base's five letters are its stem already; a
    word on "-ss", "-us", "-is" or "-ws" is no plural ("press", "bonus", "news")."""
    if word.endswith("ing"):
        base = word[:-3]
    elif word.endswith("ed"):
        base = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is", "ws")):
        base = word[:-1]
    else:
        return None
    if len(base) >= 4 and base[-1] == base[-2] and base[-1] in _DOUBLED:
        base = base[:-1]
    if not 3 <= len(base) <= 4 or base in _EN_STOPWORDS:
        return None
    return base


def echo(features: dict[str, int], lead: set[str]) -> float:
    """The share of a title's features found in a lead's."""
    total = sum(features.values())
    if not total:
        return 0.0
    return _shared_weight(features, lead) / total


def _shared_weight(features: dict[str, int], lead: set[str]) -> int:
    """The weight of a title's features found in a lead's (a title has a few features: each is
    looked up in the lead's set, with no set built for the meeting)."""
    shared = 0
    for feature, weight in features.items():
        if feature in lead:
            shared += weight
    return shared


def title_score(title: str, lead: str, bases: bool = False) -> float:
    """How well a title's words recur in a story's lead: 0 (none) to 1 (all); with ``bases``, a
    short word meets its inflected forms (_short_base)."""
    if not lead:
        return 0.0
    chinese, features = title_features(title, bases)
    return echo(features, lead_features(lead, chinese, bases))


class _Postings:
    """Which leads hold each feature (positions in order). Most features are in one lead only:
    those are kept as that lead's position, and a list is made only for a feature in several
    (a page's leads hold about a thousand features, and a thousand lists kept to the end of the
    assembly are work for the garbage collector)."""

    __slots__ = ("_first", "_more")

    def __init__(self, features: list[set[str]]) -> None:
        first: dict[str, int] = {}
        more: dict[str, list[int]] = {}
        for position, found in enumerate(features):
            for feature in found:
                at = first.setdefault(feature, position)
                if at != position:  # (a lead's features are a set: seen in an earlier lead)
                    posting = more.get(feature)
                    if posting is None:
                        more[feature] = [at, position]
                    else:
                        posting.append(position)
        self._first = first
        self._more = more

    def count(self, feature: str) -> int:
        """How many leads hold the feature."""
        posting = self._more.get(feature)
        if posting is not None:
            return len(posting)
        return 1 if feature in self._first else 0

    def leads(self, feature: str) -> list[int]:
        """The positions of the leads that hold the feature."""
        posting = self._more.get(feature)
        if posting is not None:
            return posting
        at = self._first.get(feature)
        return [] if at is None else [at]


class EchoIndex:
    """The leads of a page's stories, indexed by feature, to score titles against them."""

    def __init__(self, leads: Sequence[str], bases: bool = False) -> None:
        self._leads = leads
        #: Whether a short word meets its inflected forms (title_score's ``bases``).
        self._bases = bases
        self._features: dict[bool, list[set[str]]] = {}
        self._postings: dict[bool, _Postings] = {}
        #: Each title's features and their total weight, worked out once (a title is
        #: matched, then scored).
        self._titles: dict[str, tuple[bool, dict[str, int], int]] = {}

    def _title(self, title: str) -> tuple[bool, dict[str, int], int]:
        found = self._titles.get(title)
        if found is None:
            chinese, features = title_features(title, self._bases)
            found = self._titles[title] = (chinese, features, sum(features.values()))
        return found

    def _indexed(self, chinese: bool) -> tuple[list[set[str]], _Postings]:
        if chinese not in self._features:
            features = [lead_features(lead, chinese, self._bases) for lead in self._leads]
            self._features[chinese], self._postings[chinese] = features, _Postings(features)
        return self._features[chinese], self._postings[chinese]

    def score(self, title: str, lead: int) -> float:
        """:func:`title_score` of a title against the lead at position ``lead``."""
        chinese, features, total = self._title(title)
        if not total:
            return 0.0
        return _shared_weight(features, self._indexed(chinese)[0][lead]) / total

    def matches(self, title: str, at_least: float) -> list[tuple[int, float]]:
        """(position, score) of the leads the title echoes at least ``at_least`` (> 0) well.

        A lead that meets ``at_least`` of the title's feature weight must contain one of the
        rarest features that make up more than ``1 - at_least`` of it, so only leads holding
        one of those are scored (prefix filtering); features in more than MAX_POSTING leads
        are passed over, which bounds the work per title.
        """
        chinese, features, total = self._title(title)
        if not total:
            return []
        leads, postings = self._indexed(chinese)
        need = next(h for h in range(1, total + 1) if h / total >= at_least)
        rarest = sorted(features, key=lambda f: (postings.count(f), f))
        candidates: set[int] = set()
        covered = 0
        for feature in rarest:
            if covered > total - need:
                break
            covered += features[feature]
            if postings.count(feature) <= MAX_POSTING:
                candidates.update(postings.leads(feature))
        # Each candidate's shared weight, feature by feature: from the feature's postings when
        # it is in fewer leads than there are candidates, else by looking it up in each
        # candidate's features (a candidate asked for every feature of the title cost
        # candidates x features: on a Chinese page of brief after brief, whose heads share
        # bigrams with a few dozen leads each, 40 % of the parse; speed50).
        shared = dict.fromkeys(sorted(candidates), 0)
        for feature, weight in features.items():
            if postings.count(feature) < len(shared):
                for position in postings.leads(feature):
                    if position in shared:
                        shared[position] += weight
            else:
                for position in shared:
                    if feature in leads[position]:
                        shared[position] += weight
        found = []
        for position, weight in shared.items():
            value = weight / total
            if value >= at_least:
                found.append((position, value))
        return found
