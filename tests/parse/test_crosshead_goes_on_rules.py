"""A 1916 story is not cut at its crossheads (branch ``hists48``, issue 9).

Three ways a crosshead inside a long story was read as the head of a story of its own:

- a round-up opening under its stack with no dateline takes a headless further dispatch
  (``Berlin, Feb. 28.—…``), and its next crosshead heads a dispatch dated too (``CLAIMS
  SUCCESS IN CHAMPAGNE.`` / ``Paris, Feb. 28.—…``): the dispatch is folded first, so the
  round-up is a dispatch's when its crosshead is judged;
- a long local story under a one-line head, its crossheads in title case with no stop
  (``Bowman Arrested``): a story of LONG_STORY_CHARS is no weekly's short item;
- a section that opens by going on with the story: a linking word (``Turning to …``,
  ``Consequently …``) or a quotation whose speaker goes on (``…," Mr. Trusler continued.``).
"""

from __future__ import annotations

import textwrap

import pytest

from reader.parse import parse_page_text
from reader.parse.assemble import LONG_STORY_CHARS

# -- a round-up that took a headless dispatch -------------------------------------------------

_ROUND_UP = (
    "TEUTONS DRIVEN BACK\n"
    "AT VERDUN FORTS\n"
    "Premier Briand Says the Germans Were\n"
    "Caught Between Two Fires and Driven Back.\n"
    "The great German offensive on the western front is assuming a\n"
    "wider scope. Not only is the drive on Verdun pressed vigorously,\n"
    "but an attack on a large scale has developed in Champagne, where\n"
    "the Germans stormed and took a mile of French trenches. The new\n"
    "movement is much nearer Paris than the fighting about Verdun.\n"
    "{dispatch}"
    "CLAIMS SUCCESS IN CHAMPAGNE.\n"
    "Paris, Feb. 28.—German troops, by a surprise attack, entered\n"
    "certain advanced French trenches near the Navarin farm in the\n"
    "Champagne district. North of Verdun the bombardment has gone on\n"
    "with intensity, says an official statement of the war office.\n"
)

#: A headless further dispatch: it names Verdun, Champagne and the Germans, as the round-up.
_DISPATCH = (
    "Berlin, Feb. 28.—The attempts of the French to retake the fort\n"
    "of Douaumont have failed, and the German advance on Verdun goes\n"
    "on steadily; the Germans, with French prisoners in their hands,\n"
    "stand less than five miles from the centre of Verdun, and the\n"
    "attack in Champagne is pressed with fresh troops.\n"
)


def test_a_round_ups_dated_crosshead_under_its_further_dispatch_is_its_paragraph() -> None:
    (story,) = parse_page_text(_ROUND_UP.format(dispatch=_DISPATCH)).articles
    assert story.headline is not None and story.headline.startswith("TEUTONS DRIVEN BACK")
    assert "CLAIMS SUCCESS IN CHAMPAGNE." in story.paragraphs
    assert any(p.startswith("Berlin, Feb. 28.—The attempts") for p in story.paragraphs)
    assert story.paragraphs[-1].startswith("Paris, Feb. 28.—German troops")


def test_a_dated_crosshead_under_a_story_that_took_no_dispatch_starts_its_own() -> None:
    # No dispatch taken: a local story's next item may carry a dateline (cross13's rule).
    articles = parse_page_text(_ROUND_UP.format(dispatch="")).articles
    assert [a.headline for a in articles][-1] == "CLAIMS SUCCESS IN CHAMPAGNE."


# -- a long local story's title-cased crossheads ---------------------------------------------

_SENTENCES = [
    "The victims of as cold-blooded a murder as was ever done in the valley,",
    "the Rev. Luther Akers and his wife, lie in the morgue today, while their",
    "slayer, M. D. Bousman, is held in the county jail to answer for the crime.",
    "The double murder was done Sunday morning near the farm home of the",
    "Akers on Bull creek, though the bodies were not found till evening, when",
    "a neighbour going up the road to the sawmill came upon them by the road.",
    "Lying near the scene was found the cane that Bousman, who owned the farm",
    "next to that of the Akers, was known to carry, and suspicion at once fell",
    "on him. There had been trouble between the Akers and Bousman for years,",
    "and Bousman had threatened both Mr. and Mrs. Akers on many occasions.",
]


def _local_story(sentences: int) -> str:
    """The story in a 36-character column, its crosshead between two sections."""
    told = textwrap.fill(" ".join((_SENTENCES * 4)[:sentences]), 36)
    section = textwrap.fill(
        "When Sheriff Smith heard of the murder of the Akers, he went at once with a deputy"
        " to the home of Bousman, who owned up that he was the man who shot Mr. and Mrs."
        " Akers, and Bousman was placed under arrest without a struggle and taken to the"
        " county jail for the night.",
        36,
    )
    return f"AGED COUPLE SLAIN ON ROAD\n{told}\nBousman Arrested\n{section}\n"


def test_a_long_local_storys_title_cased_crosshead_is_its_paragraph() -> None:
    (story,) = parse_page_text(_local_story(30)).articles
    assert story.headline == "AGED COUPLE SLAIN ON ROAD"
    assert "Bousman Arrested" in story.paragraphs
    assert story.paragraphs[-1].endswith("jail for the night.")


def test_a_shorter_local_storys_title_cased_line_still_heads_an_item() -> None:
    # Under LONG_STORY_CHARS and under no stack: a weekly's item, its next item's head.
    first, second = parse_page_text(_local_story(20)).articles
    assert sum(map(len, first.paragraphs)) < LONG_STORY_CHARS
    assert (first.headline, second.headline) == ("AGED COUPLE SLAIN ON ROAD", "Bousman Arrested")


# -- a section going on with the story --------------------------------------------------------

_INTERVIEW = (
    "SPENT YEAR IN TRENCHES\n"
    "T. F. Trusler, who came home last week after a year with the army in\n"
    "France, told the Rotary club yesterday of his life at the front, where\n"
    "he was twice wounded and once taken prisoner. He had enlisted in the\n"
    "first month of the war and served with a regiment of the line until a\n"
    "shell buried him in a dugout and he lost all memory of his name.\n"
    '"For weeks I did not know who I was," he said, "and nobody could tell\n'
    'me, for my papers were lost with my coat in the mud of the trench."\n'
    "{head}\n"
    "{section}\n"
)


@pytest.mark.parametrize(
    "section",
    [
        # A quotation going on: its speaker "continued".
        '"Spying at the front is the most dangerous of all occupations," Mr.\n'
        'Trusler continued. "A man caught behind the lines is shot at dawn."',
        # OCR cut the verb at a line's end.
        '"Spying at the front is the most dangerous of all occupations," con\n'
        'tinued Mr. Trusler. "A man caught behind the lines is shot at dawn."',
        # A linking word.
        "Consequently the soldier was put on the rolls of the missing, and his\n"
        "family at home was told that he had fallen in the fighting at Loos.",
        # A quotation going on with "But".
        '"But the worst of it was the gas, which came over the trenches at night\n'
        'and left the men choking in the mud until the morning."',
    ],
)
def test_a_section_going_on_with_the_story_keeps_its_crosshead_inside(section: str) -> None:
    text = _INTERVIEW.format(head="Spying Is Dangerous.", section=section)
    (story,) = parse_page_text(text).articles
    assert story.headline == "SPENT YEAR IN TRENCHES"
    assert "Spying Is Dangerous." in story.paragraphs


@pytest.mark.parametrize(
    "section",
    [
        # A quotation opening a story of its own: its speaker "said", no more.
        '"We shall build the new bridge this spring," said Mayor Preston of the\n'
        "city council yesterday, when the bids of four firms were opened.",
        # "Continued" inside the text, not after a quotation.
        "The sale of the Brown farm was continued by the court until March,\n"
        "when the heirs will have come home from California.",
        # A linking word deeper in the text, not at its opening.
        "Ladies of the Aid society will meet with Mrs. Jones; however, the\n"
        "dinner will be served at the church as before.",
        # A bare "But": an ad playing on its head.
        "But you are in danger of not getting the wall paper you want unless\n"
        "you buy early. Buy now at the store of J. Frank Alexander.",
        # "And": a sermon's text or a verse.
        "And he sent them to preach the kingdom of God, and to heal the sick.\n"
        "And he said unto them, Take nothing for your journey.",
    ],
)
def test_a_section_of_its_own_under_a_head_starts_its_item(section: str) -> None:
    text = _INTERVIEW.format(head="New Bridge This Spring.", section=section)
    headlines = [a.headline for a in parse_page_text(text).articles]
    assert headlines == ["SPENT YEAR IN TRENCHES", "New Bridge This Spring."]


def test_a_short_story_does_not_take_a_section_going_on() -> None:
    # A joke of a few lines above: under CROSSHEAD_STORY_CHARS, no story to go on with.
    text = (
        "Making Them Match.\n"
        '"Do you think he would do well as a speaker?" asked the lady.\n'
        "Easily Fooled.\n"
        '"You cannot fool me twice," continued the farmer, and walked on.\n'
    )
    headlines = [a.headline for a in parse_page_text(text).articles]
    assert "Easily Fooled." in headlines
