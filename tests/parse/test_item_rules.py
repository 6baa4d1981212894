"""A weekly's local items (issue 9): after a headed story has ended, items telling of a visit
or a birth are split off item by item; a run under no head at all is left whole (most often a
column whose label the parse lost); a column under a label head ("LOCAL ITEMS", "… Notes") or
a correspondent's place name ("ROSE LODGE") keeps its items as its paragraphs. The pages are
set as Chronicling America prints them: unindented lines, no blank line, an item ending on a
short line."""

from __future__ import annotations

import pytest

from reader.model import Page
from reader.parse import parse_page_text
from reader.parse.assemble import names_a_column, names_a_place
from tests.parse.layout import wrap_latin

_ITEMS = (
    "Mrs. J. W. Smith visited relatives in Colfax on Sunday and came home on the evening train.",
    "Born, to Mr. and Mrs. Carl Ek, on Tuesday of this week, a fine daughter.",
    "The ladies' aid society of the Methodist church will meet with Mrs. Ora Lund next "
    "Thursday afternoon.",
    "Henry Platt returned home from the hospital on Monday after a long illness there.",
    "He wishes to thank his neighbors for their many kindnesses during his sickness.",
    "Dr. Frank Brown went to Moscow on Monday to attend the meeting of the county medical society.",
)


#: A headed story the runs below follow: its items split off it only after it has ended.
_HEAD = "NEW BRIDGE OPENED"
_STORY = "The county commissioners opened the new steel bridge over the river on Saturday."


def _column(*paragraphs: str, width: int, head: str | None = None) -> Page:
    """Parse paragraphs wrapped into one unindented column, under a head when given."""
    lines = [line for paragraph in paragraphs for line in wrap_latin(paragraph, width)]
    return parse_page_text("\n".join([head, *lines] if head else lines) + "\n")


def test_items_after_a_story_are_split_by_who_came_or_went() -> None:
    # After a headed story has ended, an item telling of someone who came, went or visited is
    # an item of its own, and so is a birth's formula under such an item; a paragraph opening
    # on anything else ("The ladies' aid …") goes on with the item above.
    page = parse_page_text(
        f"{_HEAD}\n"
        "The county commissioners opened\n"
        "the new bridge on Saturday.\n"
        "Mrs. J. W. Smith visited relatives\n"
        "in Colfax on Sunday.\n"
        "Born, to Mr. and Mrs. Carl Ek, on\n"
        "Tuesday, a daughter.\n"
        "The ladies' aid society will meet\n"
        "at the church on Thursday.\n"
        "Dr. Frank Brown went to Moscow on\n"
        "Monday on business.\n"
    )
    assert [(a.headline, [p[:12] for p in a.paragraphs]) for a in page.articles] == [
        (_HEAD, ["The county c"]),
        (None, ["Mrs. J. W. S"]),
        (None, ["Born, to Mr.", "The ladies' "]),
        (None, ["Dr. Frank Br"]),
    ]


@pytest.mark.parametrize("width", [30, 34])
def test_a_run_of_items_under_no_head_is_left_whole(width: int) -> None:
    # At the top of a page (or after an item that closed) a run is most often a column whose
    # label the parse lost or does not know: one story, its items its paragraphs.
    page = _column(*_ITEMS, width=width)
    [column] = page.articles
    assert column.headline is None
    assert [p[:12] for p in column.paragraphs] == [
        "Mrs. J. W. S",
        "Born, to Mr.",
        "The ladies' ",
        "Henry Platt ",
        "He wishes to",
        "Dr. Frank Br",
    ]


@pytest.mark.parametrize("width", [30, 32])
def test_a_columns_label_keeps_its_items(width: int) -> None:
    # The label's first item opens on no one; the items under it are still its paragraphs.
    first = "Milo maize for sale at the mill at Mcintosh, by the sack or the ton."
    page = _column(first, *_ITEMS, width=width, head="LOCAL ITEMS")
    [column] = page.articles
    assert column.headline == "LOCAL ITEMS"
    assert column.paragraphs[0] == first
    assert column.paragraphs[-1].startswith("Dr. Frank Brown went to Moscow")


def test_a_column_label_is_known_by_its_words() -> None:
    for label in (
        "LOCAL DRIFT",
        "LOCAL AND PERSONAL",
        "Personal Mention",
        "Local News",
        "Salem Graded And High School Items.",
        "PALMER MOUNTAIN NOTES.",
        "I SCIENCE SCHOOL NOTE8",
        "Court House News",
        "Society",
        "Briefs",
    ):
        assert names_a_column(label), label
    for head in (
        "GRIM REAPER.",
        "DR. CHARLES EVANS TO HEAD KENDALL",
        "MORE STREET GRADING",
        "ELECTION VOTES",
        "NEWS OF THE WAR IN EUROPE",
        "Notes on the War in the Balkans and the New Treaty",
    ):
        assert not names_a_column(head), head


def test_a_story_under_no_head_that_tells_no_visit_stays_whole() -> None:
    # Only a run that opens on a local item (someone came, went or visited) is split.
    page = _column(
        "E. G. Clapp, the governor's son-in-law, received a cablegram Monday from the "
        "governor, who is abroad with the peace party.",
        "The message was from The Hague and stated that he will sail on Saturday for New "
        "York on the Rotterdam.",
        "Mr. Clapp will meet him at the pier.",
        width=32,
    )
    [story] = page.articles
    assert len(story.paragraphs) == 3


def test_no_conjunction_opens_a_persons_name() -> None:
    # "And Ned presented …" is the story's next sentence, not an item on "And Ned".
    page = _column(
        "The old man had bought an umbrella for his nephew, as he had promised him at "
        "Christmas time.",
        "And Ned presented the returned umbrella to his relative with a mock heroic air.",
        width=32,
        head="PRESENTED THE UMBRELLA",
    )
    [story] = page.articles
    assert story.headline == "PRESENTED THE UMBRELLA"
    assert story.paragraphs[-1].startswith("And Ned presented")


def test_a_motion_moved_is_no_one_moving_house() -> None:
    # "moved that …" is a meeting's motion: the report's next paragraph, no local item.
    page = parse_page_text(
        "COMMERCIAL CLUB MEETS\n"
        "The club met on Tuesday evening at\n"
        "the hall of the bank.\n"
        "Mr. Wishard moved that the matter\n"
        "be referred to a committee.\n"
        "The question of the Chamber lending\n"
        "a float to the carnival was touched\n"
        "gently and sidestepped.\n"
    )
    [report] = page.articles
    assert len(report.paragraphs) == 3


def test_a_birth_after_a_story_is_an_item_and_married_women_are_none() -> None:
    page = parse_page_text(
        "DEATH OF AN OLD SETTLER.\n"
        "Early on Wednesday Henry Platt, one\n"
        "of the first settlers of the valley,\n"
        "died at his home.\n"
        "Born, to Mr. and Mrs. Carl Ek, on\n"
        "Tuesday, a daughter.\n"
    )
    assert [(a.headline, a.paragraphs[0][:10]) for a in page.articles] == [
        ("DEATH OF AN OLD SETTLER.", "Early on W"),
        (None, "Born, to M"),
    ]
    page = parse_page_text(
        f"{_HEAD}\n"
        "The county commissioners opened\n"
        "the new bridge on Saturday.\n"
        "Mrs. Ora Lund visited her daughter in\n"
        "Moscow on Sunday.\n"
        "She will go again in the spring when\n"
        "the roads are better.\n"
        "Married women will not be admitted\n"
        "to the examination for the post.\n"
    )
    [_story, item] = page.articles
    assert len(item.paragraphs) == 3


def test_a_births_head_is_no_item() -> None:
    # "Born." heads the notice under it.
    page = parse_page_text(
        f"{_HEAD}\n"
        "The county commissioners opened\n"
        "the new bridge on Saturday.\n"
        "Mrs. Ora Lund visited her daughter in\n"
        "Moscow on Sunday.\n"
        "Born.\n"
        "Born- At Wailuku, on Tuesday morning,\n"
        "to Mr. and Mrs. Frank Santos, a son.\n"
    )
    assert [[p[:10] for p in a.paragraphs] for a in page.articles] == [
        ["The county"],
        ["Mrs. Ora L"],
        ["Born.", "Born- At W"],
    ]


# A country correspondent's column under a place's name is a label's column: one story whose
# paragraphs are its items (the lead's ruling, session 10; as Papers Past and Trove keep it).
_NEIGHBOURS = (
    "Mrs. J. W. Smith visited relatives in Colfax on Sunday and came home on the evening train.",
    "Henry Platt returned home from the hospital on Monday after a long illness there.",
    "Dr. Frank Brown went to Moscow on Monday to attend the meeting of the county society.",
)


@pytest.mark.parametrize("width", [30, 34])
@pytest.mark.parametrize(
    ("head", "opening"),
    [
        # a remark on the weather, then the items
        ("KIRK", "It seems almost like spring the last few days."),
        ("Oak Grove.", "The roads are very rough at this writing."),
        # the column's first paragraph is itself an item: someone is ill
        ("ROSE LODGE", "Heman McClure is sick with the grip this week."),
        # a place and its state; a remark of church news, in full sentences
        (
            "MOBERLY, MISSOURI.",
            "The revival at the Second Baptist church is still progressing. There were seven "
            "additions. A large audience was present at each service.",
        ),
        ("JOHNSTON LETTER.", "We are having real winter weather now."),
    ],
)
def test_a_place_named_correspondents_column_keeps_its_items(
    head: str, opening: str, width: int
) -> None:
    page = _column(opening, *_NEIGHBOURS, width=width, head=head)
    [column] = page.articles
    assert column.headline == head
    assert column.paragraphs[0].startswith(opening[:12])
    assert column.paragraphs[-1].startswith("Dr. Frank Br")
    assert len(column.paragraphs) >= 3


@pytest.mark.parametrize("width", [30, 34])
def test_a_story_head_over_a_death_stays_a_story_head(width: int) -> None:
    # "GRIM REAPER." has a place's form, but a death notice and the story's second paragraph
    # under it are no correspondent's items: the items after the story are items of their own.
    page = _column(
        "Wednesday morning the angel of death visited the home of Mr. and Mrs. David Overson "
        "and claimed one of their sons, Lyman, a sweet, lovable boy of eleven years.",
        "Since the holidays he had not been feeling very well, but it was not thought that he "
        "was seriously ill until a few days ago.",
        *_NEIGHBOURS,
        width=width,
        head="GRIM REAPER.",
    )
    assert [(a.headline, [p[:12] for p in a.paragraphs]) for a in page.articles] == [
        ("GRIM REAPER.", ["Wednesday mo", "Since the ho"]),
        (None, ["Mrs. J. W. S"]),
        (None, ["Henry Platt "]),
        (None, ["Dr. Frank Br"]),
    ]


@pytest.mark.parametrize("width", [30, 32])
def test_a_story_whose_lead_echoes_its_head_is_no_correspondents_column(width: int) -> None:
    # "PIKE RAPIDS FARMERS MEET" has a place's form, and two paragraphs after its first open
    # on a person; its lead takes up the head's words ("… meeting …"): a story, then an item.
    page = _column(
        "A splendid meeting was held at the town school house Tuesday evening by the Pike "
        "Rapids association, the attendance being very good despite the cold weather.",
        "J. W. Witham of Pine River, an advocate of farmers' clubs, was present and spoke on "
        "that subject.",
        "C. M. Davis, the county agent, read a paper on seed corn and its testing.",
        "Mrs. Wm. Domarus went to Fargo yesterday for a visit with her daughter, Emma.",
        width=width,
        head="PIKE RAPIDS FARMERS MEET",
    )
    assert [(a.headline, [p[:12] for p in a.paragraphs]) for a in page.articles] == [
        ("PIKE RAPIDS FARMERS MEET", ["A splendid m", "J. W. Witham", "C. M. Davis,"]),
        (None, ["Mrs. Wm. Dom"]),
    ]


def test_a_place_is_known_by_its_heads_form() -> None:
    for head in (
        "ROSE LODGE",
        "KIRK",
        "NORTH SIDE",
        "Oak Grove.",
        "Mt. Carmel",
        "MOBERLY, MISSOURI.",
        "Harrison Ville, Mo.",
        "CO WELL CHAPEL.",
        "THOMPSON LETTER.",
        "Hustonville",
        # a story's head has the form too: the column under it tells (tests above)
        "GRIM REAPER.",
    ):
        assert names_a_place(head), head
    for head in (
        "BEST Companies.",  # capitals and title case mixed
        "Henry Aphold, Deputy County",  # no state after the comma
        "DON'T BELIEVE THAT-",
        "LAUREL IN LAST DEBATE",
        "Kills Mad Coyote In House.",
        "Mr. and Mrs. Ray Lindsay spent",
        "Four Men Hurt In 1916 Wreck",
        "Up Again.",  # an adverb is no place
    ):
        assert not names_a_place(head), head


@pytest.mark.parametrize("width", [30, 34])
def test_a_label_over_a_deck_keeps_its_items(width: int) -> None:
    # The label is the first of the titles standing over the column, a deck the last.
    page = _column(
        "Apples at $2.25 per box at the Blaine store.",
        *_NEIGHBOURS,
        width=width,
        head="LOCAL NEWS ITEMS\nInteresting Happenings In And\nAbout The Town",
    )
    [column] = page.articles
    assert column.headline == "LOCAL NEWS ITEMS"
    assert [p[:12] for p in column.paragraphs] == [
        "Apples at $2",
        "Mrs. J. W. S",
        "Henry Platt ",
        "Dr. Frank Br",
    ]


def test_a_place_column_goes_on_through_an_items_line_read_as_a_title() -> None:
    # "Edgar Laclair was in North Troy" is an item's first line read as a title: the items
    # under it are still the column's, not split from one another — and since cols22 the
    # line heads no story of its own: it opens its item's paragraph in the column.
    page = parse_page_text(
        "ROSE LODGE\n"
        "It seems almost like spring the\n"
        "last few days.\n"
        "Mrs. J. W. Smith visited relatives\n"
        "in Colfax on Sunday.\n"
        "Edgar Laclair was in North Troy\n"
        "Wednesday of last week.\n"
        "Henry Platt returned home from the\n"
        "hospital on Monday after a long\n"
        "illness there.\n"
        "Dr. Frank Brown went to Moscow on\n"
        "Monday to attend the meeting.\n"
    )
    assert [(a.headline, [p[:12] for p in a.paragraphs]) for a in page.articles] == [
        (
            "ROSE LODGE",
            ["It seems alm", "Mrs. J. W. S", "Edgar Laclai", "Henry Platt ", "Dr. Frank Br"],
        ),
    ]
    assert page.articles[0].paragraphs[2] == (
        "Edgar Laclair was in North Troy Wednesday of last week."
    )


def test_an_items_first_line_telling_of_a_visit_is_no_head() -> None:
    # "Mr and Mrs. A. W. Hoskins spent" passes for a title by its capitals, but its verb in
    # small letters tells of a visit as a local item opens: it is the item's first line, and
    # the item after the headed story has no head.
    page = parse_page_text(
        "CHARITY BALL TOMORROW\n"
        "The lodge will give its annual charity\n"
        "ball at the armory tomorrow evening,\n"
        "and a program of music has been\n"
        "prepared by the committee.\n"
        "Mr and Mrs. A. W. Hoskins spent\n"
        "Saturday in the city disposing of\n"
        "farm products, having arrived in the\n"
        "morning from their home at Frohn.\n"
    )
    assert [(a.headline, [p[:16] for p in a.paragraphs]) for a in page.articles] == [
        ("CHARITY BALL TOMORROW", ["The lodge will g"]),
        (None, ["Mr and Mrs. A. W"]),
    ]


def test_a_headline_telling_of_a_visit_in_title_case_stays_a_head() -> None:
    # A headline sets its verb in title case or capitals ("Senator Smith Visited Panama"):
    # it heads its story.
    page = parse_page_text(
        "Senator Smith Visited Panama\n"
        "The senator returned from the canal zone on Monday after a stay of three weeks\n"
        "and will report to the committee on the state of the works there next week.\n"
    )
    assert page.articles[0].headline == "Senator Smith Visited Panama"


def test_a_place_two_items_of_a_run_tell_of_keeps_them_apart() -> None:
    # In a run of items split off a headed story, the next item names no one the item above
    # names when they only share a place the people went to or came from ("in Colfax", "to
    # Colfax"): it is an item of its own. A person both name keeps them together.
    lines = [
        "SCHOOL BOARD MEETS",
        "The board met at the high school",
        "on Tuesday evening.",
        "Mrs. Ella Ward visited her sister",
        "in Colfax on Sunday.",
        "Dr. Frank Brown went to Colfax on",
        "Monday on business.",
        "Miss Ada Brown came home from",
        "Moscow on Tuesday.",
    ]
    page = parse_page_text("\n".join(lines) + "\n")
    assert [(a.headline, [p[:8] for p in a.paragraphs]) for a in page.articles] == [
        ("SCHOOL BOARD MEETS", ["The boar"]),
        (None, ["Mrs. Ell"]),
        (None, ["Dr. Fran", "Miss Ada"]),
    ]


def test_a_place_a_headed_story_names_keeps_an_item_in_it() -> None:
    # Under a headed story the test is unchanged: an item naming a place the story names goes
    # on with it (a correspondent's column under its place, a story's further paragraph).
    page = parse_page_text(
        f"{_HEAD}\n"
        "The county commissioners opened\n"
        "the new bridge at Colfax.\n"
        "Dr. Frank Brown went to Colfax on\n"
        "Monday on business.\n"
    )
    assert [(a.headline, len(a.paragraphs)) for a in page.articles] == [(_HEAD, 2)]


#: A story's last paragraph, then a correspondent's place alone on its line and the column's
#: items under it (Chronicling America's lines: unindented, no blank line; branch placecol21).
_STORY_THEN_PLACE = (
    "COUNTY ENGINEER SUED\n"
    "Mr. Leonard offered a reward of\n"
    "$5000 for the apprehension of the\n"
    "would-be murderers, but no arrest\n"
    "followed.\n"
    "{place}\n"
    "Frank Peters and family are moving\n"
    "this week up Peshastin creek to the\n"
    "mill.\n"
    "T. J. Sherman made a short business\n"
    "trip to Spokane last week.\n"
    "No church services were held at the\n"
    "school house last Sunday.\n"
)


@pytest.mark.parametrize("place", ["Dryden", "DRYDEN"])
def test_a_place_alone_on_its_line_heads_its_column(place: str) -> None:
    # The place's word alone on its line, under a line that closes and over items opening on
    # people, is the column's head: not run into its first item ("Dryden Frank Peters …"),
    # nor the column into the story above it.
    page = parse_page_text(_STORY_THEN_PLACE.format(place=place))
    assert [(a.headline, [p[:12] for p in a.paragraphs]) for a in page.articles] == [
        ("COUNTY ENGINEER SUED", ["Mr. Leonard "]),
        (place, ["Frank Peters", "T. J. Sherma", "No church se"]),
    ]


def test_a_word_alone_over_one_sentence_on_a_person_is_left_to_the_prose() -> None:
    # One person opening a sentence under the word is no column of items: the line is left
    # to the prose rules as before (here run into the paragraph under it).
    page = parse_page_text(
        "COUNTY ENGINEER SUED\n"
        "Mr. Leonard offered a reward of\n"
        "$5000 for the apprehension of the\n"
        "would-be murderers.\n"
        "Fahrenheit\n"
        "Gabriel Daniel Fahrenheit, the im\n"
        "prover of the thermometer, was born\n"
        "in Prussia in 1686, and was educated\n"
        "for a merchant but took to science.\n"
    )
    assert [a.headline for a in page.articles] == ["COUNTY ENGINEER SUED"]
    assert page.articles[0].paragraphs[-1].startswith("Fahrenheit Gabriel Daniel")


def test_a_place_the_page_names_elsewhere_still_heads_its_column() -> None:
    # "Lancaster" echoes the lead of the story above ("Lancaster people …") better than its
    # own column's items; standing alone over a column opening on people, it heads the column
    # all the same, and "Waynesburg" heads the one before it.
    page = parse_page_text(
        "NEW ICE PLANT\n"
        "Lancaster people will have an ice plant\n"
        "before summer, the company says.\n"
        "Waynesburg\n"
        "Rev. J. L. Dotson, district evan\n"
        "gelist, will begin meetings here on\n"
        "Sunday.\n"
        "Rev. E. W. Coakley has been called as\n"
        "pastor of the Baptist church here.\n"
        "Lancaster\n"
        "Quarterly services were held at the\n"
        "Methodist church on Sunday.\n"
        "Mr. J. D. Gulley bought a new cottage\n"
        "on Lexington street.\n"
        "Herod Raines and Miss Christine Stone\n"
        "were married.\n"
    )
    assert [(a.headline, [p[:12] for p in a.paragraphs]) for a in page.articles] == [
        ("NEW ICE PLANT", ["Lancaster pe"]),
        ("Waynesburg", ["Rev. J. L. D", "Rev. E. W. C"]),
        ("Lancaster", ["Quarterly se", "Mr. J. D. Gu", "Herod Raines"]),
    ]
    assert page.unplaced == ()


def test_a_word_under_a_headline_in_capitals_is_no_place() -> None:
    # "Senate" under "DAY IN CONGRESS." is a section of the story, not a correspondent's
    # column, though people open the sentences under it: it stays the story's.
    page = parse_page_text(
        "DAY IN CONGRESS.\n"
        "Senate\n"
        "Met at noon to hear the bills read.\n"
        "Clifford Thorne of Iowa attacked the\n"
        "attitude of Louis D. Brandeis.\n"
        "Secretary Daniels, before the lands\n"
        "committee, opposed opening oil lands.\n"
    )
    assert [a.headline for a in page.articles] == ["DAY IN CONGRESS."]
    assert page.articles[0].paragraphs[0].startswith("Senate Met at noon")
