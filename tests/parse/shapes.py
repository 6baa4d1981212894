"""Odd-shaped page texts of any size, for the linear-cost checks (benchmark and tests).

Each shape is a function of a target size in characters that returns page text of about that
size, deterministic (seeded), built so that the parser's costly paths run: long paragraphs that
never end, many tiny lines, hundreds of titles, one huge line, Chinese text, an ALTO file read
as text. Doubling the size doubles every part of the page, so cost per character can be compared
across sizes.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
TRIBUNE_ALTO = CORPUS / "alto" / "chronam-nytribune-1903-05-01-p1.alto.xml"

_WORDS = (
    "the council met on tuesday to discuss harbor works and railway schedules while "
    "engineers asked for higher wages across several districts president mayor committee "
    "station bridge market weather summer winter river city information government "
    "agreement legislature ordinance"
).split()
_HANZI = (
    "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动"
    "同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自"
)


def _fill(size: int, make: Callable[[random.Random], str]) -> str:
    # One seed for every size: a page begins as every shorter page of its shape does, so a page
    # four times as long is the shorter one and more of the same (with a seed per size, the
    # single paragraph of "long paragraphs" opened with a different word at each size, and
    # whether that word can open a byline decided whether the byline patterns read it).
    rng = random.Random(0)
    parts: list[str] = []
    total = 0
    while total < size:
        part = make(rng)
        parts.append(part)
        total += len(part)
    return "".join(parts)


def long_paragraphs(size: int) -> str:
    """Column lines of English prose that never end a sentence, some broken by hyphens."""

    def line(rng: random.Random) -> str:
        words = " ".join(rng.choice(_WORDS) for _ in range(8))
        return words + ("-\n" if rng.random() < 0.2 else "\n")

    return _fill(size, line)


def one_letter_lines(size: int) -> str:
    """A one-letter line after another (``a``, ``b``, ...), no blank lines."""
    return _fill(size, lambda rng: rng.choice("abcdefghijklmnopqrstuvwxyz") + "\n")


def short_lines(size: int) -> str:
    """Short lines of one or two words, single-spaced, a blank line now and then."""

    def line(rng: random.Random) -> str:
        words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 2)))
        return words + ("\n\n" if rng.random() < 0.1 else "\n")

    return _fill(size, line)


def many_titles(size: int) -> str:
    """Story after story: a capitals headline, a title-case deck and a short body each."""

    def story(rng: random.Random) -> str:
        head = " ".join(rng.choice(_WORDS) for _ in range(4)).upper()
        deck = " ".join(rng.choice(_WORDS).title() for _ in range(4))
        body = " ".join(rng.choice(_WORDS) for _ in range(30))
        return f"{head}\n\n{deck}\n\n  {body.capitalize()}.\n\n"

    return _fill(size, story)


def one_huge_line(size: int) -> str:
    """One line of words with no line break at all."""
    return _fill(size, lambda rng: rng.choice(_WORDS) + " ").strip() + "\n"


def chinese(size: int) -> str:
    """Chinese e-paper text: 24-character column lines, a blank line after each."""

    def paragraph(rng: random.Random) -> str:
        body = "".join(rng.choice(_HANZI) for _ in range(rng.randint(60, 400))) + "。"
        lines = [body[:22]] + [body[i : i + 24] for i in range(22, len(body), 24)]
        return "\n\n".join(lines) + "\n\n\n"

    return _fill(size, paragraph)


def alto_as_text(size: int) -> str:
    """The 1.7 MB New-York Tribune ALTO XML read as a text page, repeated or cut to ``size``."""
    source = TRIBUNE_ALTO.read_text(encoding="utf-8")
    text = source * (size // len(source) + 1)
    return text[: text.rfind("\n", 0, size) + 1]


#: The people and places a war round-up names in every dispatch (round_up_crossheads).
_ROUND_UP_NAMES = ("Verdun", "Douaumont", "Petain", "Falkenhayn", "Berlin", "Paris", "Meuse")


def round_up_crossheads(size: int) -> str:
    """One long war round-up: a head, a dispatch under its dateline, then capitals crossheads
    closing on a stop, each over a further dispatch naming the same people and places in the
    same words, so that each folds into the story above as it grows (the fold asked the whole
    story again for each: quadratic before version 22's merge)."""

    def sentence(rng: random.Random) -> str:
        names = rng.sample(_ROUND_UP_NAMES, 3)
        words = " ".join(rng.choice(_WORDS) for _ in range(2))
        return (
            f"The army under {names[0]} pressed the attack on {names[1]} and held "
            f"{names[2]} today, the {words} reports say. "
        )

    def column(text: str) -> str:
        lines, line = [], ""
        for word in text.split():
            if line and len(line) + 1 + len(word) > 45:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        return "\n".join([*lines, line]) + "\n"

    def dispatch(rng: random.Random) -> str:
        side = rng.choice(("FRENCH", "GERMANS", "BRITISH", "ALLIES"))
        return f"{side} HOLD THE LINE AT {rng.choice(_ROUND_UP_NAMES).upper()}.\n" + column(
            "".join(sentence(rng) for _ in range(3))
        )

    opening = "WAR NEWS FROM VERDUN\nPARIS, Feb. 25.—" + column(
        "".join(sentence(random.Random(1)) for _ in range(4))
    )
    return opening + _fill(max(size - len(opening), 0), dispatch)


def modern_briefs(size: int) -> str:
    """A modern page (a sentence-case head over a reporter's byline) of brief after brief: a
    sentence-case head in a block of its own over a one-item list, then a block of prose. No
    story's opening stands under a head and no lead retells one, so every head's block is asked
    whether a lead on the page retells it (reflow.echoed_on_page: every head against every
    lead before the lead's round 50, 100 s for 280 KB)."""
    opening = (
        "Council backs new bus depot\nBy Dana Whitfield\n"
        "The council voted on Tuesday to build a new bus depot at the edge of the town, ending\n"
        "a dispute that has run for three years.\n\n"
    )

    def brief(rng: random.Random) -> str:
        # (the head's words from the first half of the words, its text's from the second:
        # no lead retells a head, so each is asked against every lead)
        half = len(_WORDS) // 2
        head = " ".join(rng.choice(_WORDS[:half]) for _ in range(4))
        words = [rng.choice(_WORDS[half:]) for _ in range(18)]
        body = "\n".join(" ".join(words[k : k + 6]) for k in (0, 6, 12))
        return f"{head.capitalize()}\n\n- {rng.choice(_WORDS)}\n\nThe {body}.\n\n"

    return opening + _fill(max(size - len(opening), 0), brief)


SHAPES: dict[str, Callable[[int], str]] = {
    "long paragraphs": long_paragraphs,
    "one-letter lines": one_letter_lines,
    "short lines": short_lines,
    "many titles": many_titles,
    "one huge line": one_huge_line,
    "chinese": chinese,
    "alto as text": alto_as_text,
    "round-up crossheads": round_up_crossheads,
    "modern briefs": modern_briefs,
}
