"""How sure the parser is of an article: a score in [0, 1] from the evidence that made it.

The scale (documented in docs/parser-rules.md): 1.0 means every part was found by firm
evidence (a title standing above its body, breaks marked by indents or openings, clean text).
Each guess takes off a fixed amount:

* a headline attached only because its words echo a story's lead (not printed above it):
  0.15, plus up to 0.35 more the weaker the echo;
* a story or brief with no headline at all (its title is derived from the text): 0.25;
* each paragraph break guessed from line lengths alone: 0.05, at most 0.2;
* each paragraph joined across a block break because it did not end a sentence: 0.05, at most
  0.15;
* a teaser with no page pointer: 0.1; a teaser whose words echo no story: nothing (that is
  what teasers do);
* OCR noise: up to 0.5, in proportion to the share of tokens that are no words.

The result is clamped to [0.05, 1.0] and rounded to two places. The window marks items under
``reader.model.DOUBTFUL_BELOW`` (0.7).
"""

from __future__ import annotations

from dataclasses import dataclass

#: Lowest confidence given: even a doubtful item is text from the page.
FLOOR = 0.05
DERIVED_TITLE = 0.25
DETACHED_TITLE = 0.15
WEAK_ECHO = 0.35
GUESSED_BREAK = 0.05
GUESSED_BREAKS_MAX = 0.2
RUN_ON = 0.05
RUN_ONS_MAX = 0.15
TEASER_WITHOUT_POINTER = 0.1
NOISE = 0.5


@dataclass(frozen=True, slots=True)
class Evidence:
    """What an article was built from, as far as confidence is concerned."""

    #: "story" (any item with a body), "caption" or "teaser".
    shape: str
    has_headline: bool = True
    #: Echo scores (0–1) of the titles attached by their echo alone.
    detached_echoes: tuple[float, ...] = ()
    guessed_breaks: int = 0
    run_ons: int = 0
    has_pointer: bool = False
    #: Share of the item's tokens that are OCR noise (classify.noise_share).
    noise: float = 0.0


def article_confidence(evidence: Evidence) -> float:
    """The confidence in [FLOOR, 1] for an article built on ``evidence``."""
    score = 1.0
    if evidence.shape == "teaser":
        if not evidence.has_pointer:
            score -= TEASER_WITHOUT_POINTER
    else:
        if evidence.shape == "story" and not evidence.has_headline:
            score -= DERIVED_TITLE
        for echo in evidence.detached_echoes:
            score -= DETACHED_TITLE + WEAK_ECHO * (1.0 - min(1.0, max(0.0, echo)))
        score -= min(GUESSED_BREAKS_MAX, GUESSED_BREAK * evidence.guessed_breaks)
        score -= min(RUN_ONS_MAX, RUN_ON * evidence.run_ons)
    score -= NOISE * min(1.0, max(0.0, evidence.noise))
    return round(min(1.0, max(FLOOR, score)), 2)
