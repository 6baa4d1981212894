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


#: Reporters' names for the modern shapes.
_NAMES = (
    "Dana Whitfield",
    "Kofi Mensah",
    "Priya Raman",
    "Tom Okafor",
    "Lena Brandt",
    "Ravi Sharma",
    "Maria Lopez",
    "Chen Wei",
    "Sarah Quinn",
    "Amir Haddad",
)
_CITIES = ("LONDON", "NAIROBI", "SYDNEY", "TORONTO", "MUMBAI", "ACCRA", "MANILA", "DUBLIN")
_SURNAMES = "王李张刘陈杨黄赵吴周"


def _prose(rng: random.Random, words: int, width: int = 48) -> str:
    """Lines of a column of prose, ``words`` words closing on a stop."""
    text = " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize() + "."
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "\n".join([*lines, line]) + "\n"


def _head(rng: random.Random, words: int = 5) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize()


def modern_bylines(size: int) -> str:
    """Modern story after story, each a sentence-case head over a reporter's byline (every
    other one a name in capitals over the reporter's e-mail address alone) and a few lines."""

    def story(rng: random.Random) -> str:
        name = rng.choice(_NAMES)
        if rng.random() < 0.5:
            byline = f"By {name}\n"
        else:
            first, last = name.lower().split()
            byline = f"{name.upper()}\n{first}.{last}@dailyherald.co.tt\n"
        return f"{_head(rng)}\n{byline}{_prose(rng, 40)}\n"

    return _fill(size, story)


def photo_captions(size: int) -> str:
    """A modern page of short stories, each over a photo caption closing on its credit
    ("(Photo: Name)", "PHOTO: NAME/REUTERS", a credit on a line of its own)."""

    def story(rng: random.Random) -> str:
        name = rng.choice(_NAMES)
        caption = _prose(rng, 14, 40).rstrip("\n")
        credit = rng.choice(
            (f" (Photo: {name})\n", f"\nPHOTO: {name.upper()}/REUTERS\n", f"\n{name}/AFP\n")
        )
        return f"{_head(rng)}\nBy {name}\n{_prose(rng, 30)}\n{caption}{credit}\n"

    return _fill(size, story)


def contents_box(size: int) -> str:
    """A modern story, then one huge contents box: "INSIDE" (or "本版导读") over entry after
    entry, each a title and its page number (some dotted leaders, some a page "A5")."""
    opening = "Council backs new bus depot\nBy Dana Whitfield\n" + _prose(random.Random(1), 40)

    def entry(rng: random.Random) -> str:
        if rng.random() < 0.05:
            return rng.choice(("\nINSIDE\n", "\n本版导读\n", "\nIN TODAY'S PAPER\n"))
        title = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3))).title()
        page = rng.randint(2, 40)
        return rng.choice(
            (
                f"{title} {page}\n",
                f"{title} ........ {page}\n",
                f"{title} A{page % 12 + 1}\n",
                f"{title} Page {page}\n",
            )
        )

    return opening + "\nINSIDE\n" + _fill(max(size - len(opening), 0), entry)


def jump_lines(size: int) -> str:
    """Story after story broken off by a jump line ("See FARES, Page 5", "Continued on Page
    A7", "转第3版") or opened by one carried over ("FARES from Page 1", "接第1版")."""

    def story(rng: random.Random) -> str:
        word = rng.choice(_WORDS).upper()
        page = rng.randint(2, 24)
        jump = rng.choice(
            (
                f"See {word}, Page {page}\n",
                f"Continued on Page A{page}\n",
                f"(转第{page}版)\n",
                f"{word} from Page 1\n",
                "(接第1版)\n",
                f"See {word} on A{page}\n",
            )
        )
        return f"{_head(rng)}\nBy {rng.choice(_NAMES)}\n{_prose(rng, 30)}{jump}\n"

    return _fill(size, story)


def layout_columns_page(size: int) -> str:
    """A page of two or three columns side by side as ``pdftotext -layout`` gives it: each row
    a column's line, a gutter of spaces, the next column's line (glued.layout_columns), now
    and then a head across the columns and a blank row."""

    def row(rng: random.Random) -> str:
        if rng.random() < 0.03:
            return f"\n{_head(rng, 6)}\n\n"
        cells = [
            " ".join(rng.choice(_WORDS) for _ in range(6))[:40] for _ in range(rng.choice((2, 3)))
        ]
        return "".join(cell.ljust(44) for cell in cells[:-1]) + cells[-1] + "\n"

    return _fill(size, row)


def glued_columns(size: int) -> str:
    """Lines OCR read across two columns: each a column's line, a column rule read as "|" or
    "I", and the next column's line, in runs between plain column lines (glued.unglue_columns)."""

    def cell(rng: random.Random) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(8))[:40].strip()

    def run(rng: random.Random) -> str:
        glued = "".join(
            f"{cell(rng)} {rng.choice('|I!')} {cell(rng)}\n" for _ in range(rng.randint(3, 6))
        )
        return _prose(rng, 90, 40) + glued

    return _fill(size, run)


def chinese_briefs(size: int) -> str:
    """A Chinese e-paper of brief after brief: a head of its own, then a paragraph opening on
    the desk's byline (本报讯 with the reporter's name, 记者 …) in 24-character column lines."""

    def brief(rng: random.Random) -> str:
        head = "".join(rng.choice(_HANZI) for _ in range(rng.randint(8, 16)))
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_HANZI) for _ in range(2))
        opening = rng.choice(
            (f"本报讯（记者{name}）", f"本报记者 {name} 报道 ", f"新华社北京电（记者{name}）")
        )
        body = opening + "".join(rng.choice(_HANZI) for _ in range(rng.randint(60, 200))) + "。"
        lines = [body[i : i + 24] for i in range(0, len(body), 24)]
        return f"{head}\n\n" + "\n".join(lines) + "\n\n"

    return _fill(size, brief)


def wire_datelines(size: int) -> str:
    """Wire story after wire story, each a head over a modern dateline ("NAIROBI (Reuters) —",
    "SYDNEY, March 3 (AP) —") and a few lines, a wire credit closing some."""

    def story(rng: random.Random) -> str:
        city = rng.choice(_CITIES)
        dateline = rng.choice(
            (f"{city} (Reuters) — ", f"{city}, March {rng.randint(1, 28)} (AP) — ", f"{city}: ")
        )
        credit = rng.choice(("", "— Reuters\n", "AFP\n"))
        return f"{_head(rng)}\n{dateline}{_prose(rng, 40)}{credit}\n"

    return _fill(size, story)


def head_stacks(size: int) -> str:
    """Story after story under a full stack: a kicker in capitals, a sentence-case head, a
    deck over a byline, then the text."""

    def story(rng: random.Random) -> str:
        kicker = rng.choice(_WORDS).upper()
        deck = _head(rng, 10)
        return f"{kicker}\n{_head(rng)}\n{deck}\nBy {rng.choice(_NAMES)}\n{_prose(rng, 40)}\n"

    return _fill(size, story)


def capitals_lines(size: int) -> str:
    """A modern story, then a huge run of short lines in capitals, single-spaced."""
    opening = "Council backs new bus depot\nBy Dana Whitfield\n" + _prose(random.Random(1), 40)

    def line(rng: random.Random) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 3))).upper() + "\n"

    return opening + "\n" + _fill(max(size - len(opening), 0), line)


def shared_head_words(size: int) -> str:
    """A modern page whose heads' words every lead shares: each brief a head of the page's few
    words in a block of its own, then a lead of the same words (each lead may retell any head)."""
    opening = "Council backs new bus depot\nBy Dana Whitfield\n" + _prose(random.Random(1), 40)
    few = ("council", "harbor", "railway", "bridge", "market", "wages")

    def brief(rng: random.Random) -> str:
        head = " ".join(rng.choice(few) for _ in range(4)).capitalize()
        words = [rng.choice(few) for _ in range(18)]
        body = "\n".join(" ".join(words[k : k + 6]) for k in (0, 6, 12))
        return f"{head}\n\n- {rng.choice(_WORDS)}\n\nThe {body}.\n\n"

    return opening + _fill(max(size - len(opening), 0), brief)


def tight_modern(size: int) -> str:
    """Modern story after story set tight, no blank line anywhere (one block of the whole page):
    a head over a byline or a dateline, a few lines, a jump line or a photo credit now and then."""

    def story(rng: random.Random) -> str:
        name = rng.choice(_NAMES)
        opening = rng.choice(
            (f"By {name}\n", f"{rng.choice(_CITIES)} (Reuters) — ", f"{name.upper()}\n")
        )
        tail = rng.choice(("", f"See {rng.choice(_WORDS).upper()}, Page 5\n", f"PHOTO: {name}\n"))
        return f"{_head(rng)}\n{opening}{_prose(rng, 30)}{tail}"

    return _fill(size, story)


def tight_chinese(size: int) -> str:
    """Chinese brief after brief set tight, no blank line anywhere: a head, a 本报讯 opening
    and 24-character column lines."""

    def brief(rng: random.Random) -> str:
        head = "".join(rng.choice(_HANZI) for _ in range(rng.randint(8, 16)))
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_HANZI) for _ in range(2))
        body = f"本报讯（记者{name}）" + "".join(
            rng.choice(_HANZI) for _ in range(rng.randint(60, 200))
        )
        lines = [body[i : i + 24] for i in range(0, len(body), 24)]
        return f"{head}\n" + "\n".join(lines) + "。\n"

    return _fill(size, brief)


def _coined(rng: random.Random) -> str:
    """A made-up word of two to four syllables (a name or place no other story shares)."""
    return "".join(
        rng.choice(("ka", "lo", "mi", "ren", "tu", "sa", "vel", "dor", "qui", "bex"))
        for _ in range(rng.randint(2, 4))
    )


def heads_apart(size: int) -> str:
    """A modern page whose heads OCR read apart from their stories: a row of five heads, each in
    a block of its own, then the five stories, each lead retelling its head's made-up names
    (the heads are paired with the leads that echo them, assemble._attach_titles)."""
    opening = "Council backs new bus depot\nBy Dana Whitfield\n" + _prose(random.Random(1), 40)

    def row(rng: random.Random) -> str:
        names = [(_coined(rng).title(), _coined(rng).title()) for _ in range(5)]
        heads = "".join(f"{a} meets {b} over harbor deal\n\n" for a, b in names)
        stories = "".join(
            f"By {rng.choice(_NAMES)}\n{a} and {b} agreed on the harbor deal on Tuesday, "
            f"officials said.\n{_prose(rng, 30)}\n"
            for a, b in names
        )
        return heads + stories

    return opening + "\n" + _fill(max(size - len(opening), 0), row)


def chinese_contents(size: int) -> str:
    """A Chinese page of brief after brief, then a huge 导读 box: entry after entry naming its
    page ("3版 | 标题", "标题 5版", "标题……见第6版")."""
    rng = random.Random(1)
    opening = "本报讯（记者王明）" + "".join(rng.choice(_HANZI) for _ in range(90))
    opening = (
        "\n".join(opening[i : i + 24] for i in range(0, len(opening), 24)) + "。\n\n本版导读\n"
    )

    def entry(rng: random.Random) -> str:
        title = "".join(rng.choice(_HANZI) for _ in range(rng.randint(6, 14)))
        page = rng.randint(2, 24)
        return rng.choice(
            (f"{page}版 | {title}\n", f"{title} {page}版\n", f"{title}……见第{page}版\n")
        )

    return opening + _fill(max(size - len(opening), 0), entry)


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
    # (branch speed50: the modern and Chinese paths. None of these grew more than 4.5x in
    # counted work at 4x; "chinese briefs" found a step in CPU that counted calls did not see,
    # echo.EchoIndex.matches scoring each candidate lead feature by feature; the others drive
    # paths no other shape does: e-mail bylines, a contents box, pdftotext -layout columns,
    # columns OCR glued line by line.)
    "modern bylines": modern_bylines,
    "contents box": contents_box,
    "layout columns": layout_columns_page,
    "glued columns": glued_columns,
    "chinese briefs": chinese_briefs,
}

#: Shapes of the modern and Chinese paths tried by branch speed50 and found linear in counted
#: work at 4x (from 3,000 and 12,000 characters; all modules of the parse counted) and in CPU
#: (at 4x from 50,000 or 100,000 characters; most also to full size, docs/parser-accuracy.md):
#: kept for a later hunt, not run by the tests or the benchmark.
TRIED: dict[str, Callable[[int], str]] = {
    "photo captions": photo_captions,
    "jump lines": jump_lines,
    "wire datelines": wire_datelines,
    "head stacks": head_stacks,
    "capitals lines": capitals_lines,
    "shared head words": shared_head_words,
    "tight modern": tight_modern,
    "tight chinese": tight_chinese,
    "heads apart": heads_apart,
    "chinese contents": chinese_contents,
}
