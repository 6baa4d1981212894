"""How well a title echoes a story's lead, and an index that finds the stories a title echoes.

Chinese titles are compared by character bigrams, English ones by the five-letter stems of
their content words. :class:`EchoIndex` keeps an inverted index from those features to the
leads that contain them, so matching every title of a page against every story costs time in
proportion to the page, not to titles × stories.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from reader.text.cjk import cjk_ratio

_EN_STOPWORDS = frozenset(
    "the a an and or of in on at to for from by with as is are was were be "
    "been it its that this his her their our will would has have had not but".split()
)
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_CONTENT_WORD = re.compile(r"[a-z]{3,}")
#: A feature shared by more leads than this finds no candidates by itself (as a stop word
#: would); the leads it is in are still scored when a rarer feature of the title finds them.
MAX_POSTING = 48


def letters_only(text: str) -> str:
    """The text without spaces, punctuation or marks: what title echoes are measured on."""
    return _NON_WORD.sub("", text)


def _bigrams(text: str) -> set[str]:
    compact = letters_only(text)
    return {compact[i : i + 2] for i in range(len(compact) - 1)}


def _words(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(text.lower()) if w not in _EN_STOPWORDS}


def title_features(title: str) -> tuple[bool, Counter[str]]:
    """(compared as Chinese, features with their weights) of a title.

    A Chinese title's features are its bigrams; an English title's are the five-letter stems of
    its content words, weighted by how many of its words share the stem (a word meets a lead
    word with the same first five letters, so "swept" meets "sweeps" only where they share it).
    """
    if cjk_ratio(title) >= 0.5:
        return True, Counter(_bigrams(title))
    return False, title_stems(title)


def title_stems(title: str) -> Counter[str]:
    """The English features of a title (the five-letter stems of its content words)."""
    return Counter(w[:5] for w in _words(title))


def lead_features(lead: str, chinese: bool) -> set[str]:
    """The features of a story's lead that titles compared ``chinese`` (or not) can meet."""
    if chinese:
        return _bigrams(lead)
    # The stems of _words(lead), in one pass.
    return {w[:5] for w in _CONTENT_WORD.findall(lead.lower()) if w not in _EN_STOPWORDS}


def echo(features: Counter[str], lead: set[str]) -> float:
    """The share of a title's features found in a lead's."""
    total = features.total()
    if not total:
        return 0.0
    return _shared_weight(features, lead) / total


def _shared_weight(features: Counter[str], lead: set[str]) -> int:
    """The weight of a title's features found in a lead's (the sets meet at C speed)."""
    return sum(map(features.__getitem__, features.keys() & lead))


def title_score(title: str, lead: str) -> float:
    """How well a title's words recur in a story's lead: 0 (none) to 1 (all)."""
    if not lead:
        return 0.0
    chinese, features = title_features(title)
    return echo(features, lead_features(lead, chinese))


class EchoIndex:
    """The leads of a page's stories, indexed by feature, to score titles against them."""

    def __init__(self, leads: Sequence[str]) -> None:
        self._leads = leads
        self._features: dict[bool, list[set[str]]] = {}
        self._postings: dict[bool, dict[str, list[int]]] = {}
        #: Each title's features and their total weight, worked out once (a title is
        #: matched, then scored).
        self._titles: dict[str, tuple[bool, Counter[str], int]] = {}

    def _title(self, title: str) -> tuple[bool, Counter[str], int]:
        found = self._titles.get(title)
        if found is None:
            chinese, features = title_features(title)
            found = self._titles[title] = (chinese, features, features.total())
        return found

    def _indexed(self, chinese: bool) -> tuple[list[set[str]], dict[str, list[int]]]:
        if chinese not in self._features:
            features = [lead_features(lead, chinese) for lead in self._leads]
            postings: dict[str, list[int]] = {}
            for position, found in enumerate(features):
                for feature in found:
                    postings.setdefault(feature, []).append(position)
            self._features[chinese], self._postings[chinese] = features, postings
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
        rarest = sorted(features, key=lambda f: (len(postings.get(f, ())), f))
        candidates: set[int] = set()
        covered = 0
        for feature in rarest:
            if covered > total - need:
                break
            covered += features[feature]
            posting = postings.get(feature, ())
            if len(posting) <= MAX_POSTING:
                candidates.update(posting)
        found = []
        for position in sorted(candidates):
            value = _shared_weight(features, leads[position]) / total
            if value >= at_least:
                found.append((position, value))
        return found
