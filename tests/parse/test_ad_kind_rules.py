"""A short ad read as a story or a brief is a notice by its own evidence (adkind19): an ad's
piece's kinds of evidence over the whole item, or a closing call to come and buy; or (kind21)
a card in the ad's own voice closing on its firm's name, and a want ad's head over its
advertiser's voice."""

from __future__ import annotations

import pytest

from reader.model import Article, ArticleKind
from reader.parse.classify import closes_on_call_to_buy, closes_on_firm_name, reads_as_want_ad
from tests.parse.understory import item_under_story

#: A news story above the item under test, so the page has an article before it.
STORY = (
    "SCHOOL BOARD ELECTS TEACHERS\n"
    "The school board met in the principal's office on Friday evening and\n"
    "elected the teachers for the coming year, all of whom were present. The\n"
    "board said the new building would be ready by the first of September.\n"
    "\n"
)


def _item(text: str) -> Article:
    """The article the text under the story becomes (the page loses no character)."""
    return item_under_story(STORY, text)


def test_a_card_closing_on_come_here_and_buy_is_a_notice() -> None:
    item = _item(
        "THE FRAME WORK\n"
        "In any building operation requires greater care than a great many\n"
        "people imagine. The lumber that goes into it should be of the best\n"
        "because it constitutes the inner shell. Let that weaken and the whole\n"
        "structure begins to totter. This is good advice. Come here and buy.\n"
    )
    assert item.kind is ArticleKind.NOTICE
    assert item.headline == "THE FRAME WORK"


def test_a_card_closing_on_its_telephone_is_a_notice() -> None:
    item = _item(
        "FEED AND BOARD STABLE\n"
        "I am now located at the Maxwell Stable, having opened a first-class\n"
        "Feed and Board Stable. Phone 447.\n"
    )
    assert item.kind is ArticleKind.NOTICE


def test_a_card_closing_on_call_and_see_us_is_a_notice() -> None:
    item = _item(
        "FORD CAR REPAIRS\n"
        "We are just twenty-seven miles south of the National Highway.\n"
        "Call and see us at Lovington.\n"
    )
    assert item.kind is ArticleKind.NOTICE


def test_a_shop_card_by_its_kinds_of_evidence_is_a_notice() -> None:
    # No notice by its words' density: the reader addressed once, a firm's word and a street,
    # three kinds of an ad's evidence, and nothing told as done or said.
    item = _item(
        "HARDWARE AND PAINTS\n"
        "When in need of Hardware, Paints, Oils or Glass, remember that August\n"
        "Hoglund has it on hand, and he will make you attractive prices. Now\n"
        "located on Third Street.\n"
    )
    assert item.kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # A price, a firm and a street, but told as done: news.
        "STORE ROBBED\n"
        "The Smith Hardware Store on Main Street was entered by burglars on\n"
        "Tuesday night and goods worth $40 were taken. The sheriff has a clue.\n",
        # An invitation to a supper is no call to buy.
        "DINNER FOR THE W. C. T. U.\n"
        "A hot dinner of roast beef, potatoes, slaw, corn bread and pie will\n"
        "be given in the hall on the twenty-second. Come out and help a good cause.\n",
    ],
)
def test_news_naming_a_store_or_inviting_stays_news(text: str) -> None:
    assert _item(text).kind is not ArticleKind.NOTICE


def test_a_long_story_closing_on_a_call_stays_news() -> None:
    # Over the ad piece's length a text is no ad's piece, whatever its last sentence.
    body = " ".join(["The council will take up the question of the new water works again"] * 10)
    item = _item(f"WATER WORKS AGAIN\n{body}. See us.\n")
    assert item.kind is not ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "This is good advice. Come here and buy.",
        "We retail and wholesale. Give us a trial",
        "Liberal payment privileges. See or write us today.",
        "The Kodak album is featured in our department. Let us show you.",
        "The price is only 50c a year. Order it today.",
        "Here is our warning to all of our customers. BUY NOW!",
        "Feed and Board Stable. Phone 447.",
    ],
)
def test_calls_to_buy(text: str) -> None:
    assert closes_on_call_to_buy(text)


@pytest.mark.parametrize(
    "text",
    [
        # a page pointer, a call for workers, a call mid-sentence, an invitation, narrative
        "The star man finds it in another university. See page 7.",
        "Call for Workers in Naval Service Exposed Vital Defense Plans.",
        "He will be glad to have his friends call and see him.",
        "Come out and help a good cause.",
        "The goods were sold last week. Come here and buy.",
        "The bishops come here on that day in the interests of the movement.",
    ],
)
def test_no_calls_to_buy(text: str) -> None:
    assert not closes_on_call_to_buy(text)


# --- kind21: a card closing on its firm's name ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # The firm's name as the card's last paragraph (its own line after a full one).
        "ELECTRIC LIGHT IN THE HOME\n"
        "Electricity in the home is almost a necessity and is certainly a great\n"
        "comfort in many ways. Have your house wired and enjoy all the pleasures\n"
        "of a well lighted home.\n"
        "Stevens County Power & Light Co.\n",
        # The firm's name as the last sentence.
        "THEY'RE COMING\n"
        "If your Ford is to be one of this car load, tell us about it now. Valley Auto Co.\n",
    ],
)
def test_a_card_closing_on_its_firms_name_is_a_notice(text: str) -> None:
    item = _item(text)
    assert item.kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # The firm's name closing a text in no ad's voice: nobody addressed, no shop word.
        "STOCKHOLDERS TO MEET\n"
        "The annual meeting of the stockholders will be held Monday afternoon\n"
        "at the office of the company. Farmers Elevator Co.\n",
        # Told as done: news.
        "NEW FIRM IN TOWN\n"
        "The storeroom on Main Street was taken this week by the new firm, and\n"
        "you will find its stock complete. Bowden-Simpson Drug Co.\n",
    ],
)
def test_a_firms_name_in_news_leaves_it_news(text: str) -> None:
    assert _item(text).kind is not ArticleKind.NOTICE


def test_a_firm_named_inside_a_sentence_is_no_closing_firm() -> None:
    # The firm named inside a sentence: news (or a card that says more) speaks of it. (Since
    # branch notices33 this short text, the reader addressed and a firm named, is a notice by
    # two kinds of an ad's evidence, test_notice_kind_rules; the closing firm does not take it.)
    text = "If you want to see the new cars of this year they are shown at the Valley Auto Co."
    assert not closes_on_firm_name(text)
    assert _item(f"NEW CARS SHOWN\n{text}\n").kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "Have your house wired.\nStevens County Power & Light Co.",
        "Write for terms, or consult G. H. Staves & Co.",
        "Order a pound today. Your grocer has it. Dinger Bros.",
        "Call and see our new spring line. THE FAIR STORE.",
    ],
)
def test_closes_on_firm_name(text: str) -> None:
    assert closes_on_firm_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Valley Auto Co.",  # the name alone: no card before it
        "You will find them at the Valley Auto Co.",  # inside a sentence
        "The meeting was held in the hall. You came. Farmers Bank.",  # told as done
        "The meeting will be held at the hall. Farmers Bank.",  # no ad's voice
    ],
)
def test_does_not_close_on_firm_name(text: str) -> None:
    assert not closes_on_firm_name(text)


# --- kind21: a want ad's head over its advertiser's voice -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Houses for Rent\nI have two new modern houses for rent, close in. Apply at the bank.\n",
        "Watch Lost.\n"
        "I lost last Saturday, either in Selmer or on my way home, one open case\n"
        "gold watch, knit leather fob. Return to me or to this office and be rewarded.\n",
        "BOLTS WANTED.\n"
        "We want to buy a few hundred cords of four-foot bolts in hemlock, spruce\n"
        "and pine, all cut 49 inches long, delivered on car or in our yard.\n",
    ],
)
def test_a_want_ads_head_over_its_advertiser_is_a_notice(text: str) -> None:
    assert _item(text).kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # A news head closing on the formula: longer, and told as done.
        "400 HEAD OF SHEEP ARE LOST\n"
        "Robert McIntosh, Condon sheepman, has lost 400 head of sheep in the\n"
        "storm, according to a special phone report from the Condon Globe.\n",
        # Short head, news told as done.
        "Body of Prospector Found\n"
        "The body of A. W. Van Houten, pioneer of the Southwest, was found high\n"
        "on the summit of Richolite mountain, north of Red Rock.\n",
        # Short head, no advertiser's voice.
        "Three Warships Lost.\n"
        "Warships of three warring powers have been sunk, according to news\n"
        "dispatches and official announcements today.\n",
    ],
)
def test_news_under_a_head_closing_on_lost_or_wanted_stays_news(text: str) -> None:
    assert _item(text).kind is not ArticleKind.NOTICE


def test_reads_as_want_ad() -> None:
    assert reads_as_want_ad("Horse and Buggy for Sale", "See me if you need a buggy.")
    assert not reads_as_want_ad(None, "I have two houses for rent.")
    assert not reads_as_want_ad("Houses for Rent", "Two new houses are to be built.")
    assert not reads_as_want_ad("LINER PRIZE, NOT LOST TODAY", "I have it.")
