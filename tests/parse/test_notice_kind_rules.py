"""Notices and ads a 1916 weekly prints that were read as stories or briefs (issue 9, branch
``notices33``): the legal formula's other verbs (a body warned or called to meet, a candidate
announcing himself), a summons addressing its parties under the court's caption, a head naming
its item a notice, a candidate's card, a paid reading notice signed ``Adv.``, a column of want
ads read as one item. Each text is shaped on an unseen 1916 page's item with the words changed;
each guard is news that holds the same words."""

from __future__ import annotations

import pytest

from reader.model import ArticleKind
from reader.parse.classify import (
    announces_candidacy,
    head_names_notice,
    lists_want_ads,
    names_itself_notice,
    signs_off_paid,
)
from tests.parse.test_ad_kind_rules import _item


@pytest.mark.parametrize(
    "text",
    [
        # A town's warrant for a party caucus: many words before the formula, a comma among them.
        "FARMVILLE CAUCUS\n"
        "The Republican voters of the town of Farmville, qualified to vote, are hereby\n"
        "warned to meet in caucus at Grange hall Friday evening, March 3, at eight\n"
        "o'clock, for the following purposes: to place in nomination candidates.\n",
        # A committee called to convene.
        "Committee Meeting.\n"
        "The Hill County Democratic Executive Committee is hereby called to convene\n"
        "at the court house at two o'clock on Monday, March 6, for the purpose of\n"
        "naming the manner of making nominations for county offices.\n",
    ],
)
def test_the_formulas_other_verbs_make_a_notice(text: str) -> None:
    assert _item(text).kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # The formula with its verb lost to OCR.
        "Notice Is hereby (qlvcrt that Ames Dorn, of Lakeview, who on May 3, 1912, made "
        "homestead entry No. 04412, for the NE quarter of Section 9, has filed notice of "
        "intention to make final three year proof before the register.",
        # A man calling a meeting in his own name.
        "As chairman of the county committee I hereby call a meeting of said committee at "
        "the court house in Millbrook on Friday, March 10, at two p. m.",
        # Property owners told what to do.
        "All property owners are hereby notified to clean the snow from their walks.",
    ],
)
def test_the_formulas_other_verbs_name_a_notice_with_no_head(text: str) -> None:
    assert names_itself_notice(None, text)


def test_a_summons_addressing_its_parties_after_the_caption_is_a_notice() -> None:
    text = (
        "In the District Court of the Fourth Judicial District of the State of "
        "Idaho, in and for the County of Elm. J. R. Barnes, plaintiff, vs. The Lake "
        "Lumber Company, a corporation, and Peter Long, defendants. The State of "
        "Idaho sends greetings to the Lake Lumber Company and Peter Long, the above "
        "named defendants, and to each of them, in the matter of the above cause.\n"
        "You are hereby notified that a complaint has been filed against you in "
        "the district court by the plaintiff, and you are required to appear."
    )
    assert len(text.split("\n")[0]) > 200  # past the formula's reach at the text's opening
    assert names_itself_notice(None, text)


def test_a_summons_quoted_by_a_story_that_narrates_is_no_summons() -> None:
    text = (
        "The county attorney has brought suit against the railway company for the damage done "
        "to the county road by the washout of last spring, which was charged to the company's "
        "culvert under the grade east of town. The notice served on the company follows:\n"
        "You are hereby notified that the county will repair the road at your cost."
    )
    assert len(text.split("\n")[0]) > 200  # past the formula's reach at the text's opening
    assert not names_itself_notice("SUIT FOR DAMAGES", text)


@pytest.mark.parametrize(
    "text",
    [
        # A statute quoted in a story: its verb is none of a notice's.
        "The bill reads: The Secretary of the Treasury is hereby authorized to pay\n"
        "the sum of ten thousand dollars to the county for the bridge.",
        # A resolution's instruction in a report of a meeting.
        "At the meeting on Tuesday the board resolved that the clerk be and is hereby\n"
        "instructed to send a copy of the resolution to the commission.",
        # The attention of an officer called to a law, inside a story.
        "All classes of property are to be assessed at full value. The attention of the\n"
        "assessor is hereby called to the penalty on property not rendered.",
        # A summons told of in a story, not opening a paragraph.
        "The farmer and his sons were summoned, as the writ said you are hereby "
        "summoned, to appear before the court in April.",
    ],
)
def test_a_formula_quoted_in_news_leaves_it_news(text: str) -> None:
    assert not names_itself_notice("COURT NEWS", text)


@pytest.mark.parametrize(
    "head",
    [
        "Notice.",
        "Special Notice.",
        "1916 DOG TAX NOTICE",
        "LODGE NOTICES",
        "TAKE NOTICE.",
        "Notice to Parents.",
        "Notice of Meeting of Pension Board.",
        "Notice, Pickens County Singers",
        "' Notice for Publication.",
    ],
)
def test_a_head_naming_its_item_a_notice(head: str) -> None:
    assert head_names_notice(head.lower())


@pytest.mark.parametrize(
    "head",
    [
        "GIVES NOTICE.",
        "AUSTRIA SENDS HER NOTICE",
        "AUSTRIAN NOTICE RECEIVED.",
        "No More Patients To Be Received Until Further Notice.",
        "Notice of Seizure Posted on Mast After American Captain Gives Warning",
        "Would Not Recognize Notice of Germany",
        "Air of Pessimism Noticeable.",
    ],
)
def test_a_news_head_naming_a_notice_is_no_notices_head(head: str) -> None:
    assert not head_names_notice(head.lower())


def test_a_notices_head_makes_its_item_a_notice() -> None:
    item = _item(
        "Notice to Lodge Members.\n"
        "There will be roll call at the next regular meeting, March 2. Every member\n"
        "is asked to be present or to answer by letter. By order of the Committee.\n"
    )
    assert item.kind is ArticleKind.NOTICE
    assert item.headline == "Notice to Lodge Members."


@pytest.mark.parametrize(
    "text",
    [
        "I desire to announce to the voters of Hill county that I am a candidate for\n"
        "county treasurer on the republican ticket, subject to the decision of the\n"
        "primary election of June, 1916.",
        "I hereby announce myself a candi date for the office of Sheriff of Elm County,\n"
        "subject to the action of the Democratic primary.",
        "We are authorized to announce the Hon. J. P. Gray as a candidate for judge of\n"
        "the circuit court, subject to the Democratic primary.",
    ],
)
def test_a_candidates_card_is_a_notice(text: str) -> None:
    assert announces_candidacy(text)
    assert _item("FOR COUNTY OFFICE.\n" + text + "\n").kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # The paper tells of a candidacy in the third person.
        "It is reported that J. A. Castle of the First Ward may become a candidate for\n"
        "assessor, subject to the action of the primary in the spring.",
        # An announcement that names no candidacy.
        "I wish to announce that my shop will be closed on Monday for repairs.",
        # A long story opening on the paper's announcement.
        "We are authorized to announce the candidacy of George Allen for governor. "
        + "He has long been urged by his friends to enter the race. " * 20,
    ],
)
def test_a_candidacy_told_or_an_announcement_of_no_candidacy_is_no_card(text: str) -> None:
    assert not announces_candidacy(text)


@pytest.mark.parametrize(
    "text",
    [
        "Expert facial and scalp treatments and manicuring by appointment. Mary\n"
        "Dolan, 412 N. Elm Ave., phone 218.—Adv.",
        "New spring shoes for men and women arriving daily at Baxter's. Adv.",
    ],
)
def test_a_short_item_signed_adv_is_a_notice(text: str) -> None:
    assert signs_off_paid(text)
    assert _item("FOR THE LADIES\n" + text + "\n").kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # The word inside the text, not its sign-off.
        "The Advance Club met at the library. Adv. Smith presided over the evening.",
        # A story with a reader run into its foot: longer than an ad's piece.
        "The county board met on Monday and heard the road report at length. " * 10
        + "Fresh oysters at Baxter's. Adv.",
    ],
)
def test_adv_inside_a_text_or_under_a_long_story_is_no_sign_off(text: str) -> None:
    assert not signs_off_paid(text)


def test_a_column_of_want_ads_is_a_notice() -> None:
    text = (
        "WANTED Live poultry. Rick, Barton. 18tf WANTED Man to work in our tin\n"
        "shop. Pike & Co., Orleans. 4tf WANTED At once, a blacksmith. Inquire of\n"
        "W. H. Kidd, Irasburg.\n"
    )
    assert lists_want_ads(text)
    assert names_itself_notice("AVANTED", text)


@pytest.mark.parametrize(
    "text",
    [
        # One want in capitals in a story.
        "The committee met and voted. WANTED, the sign said, and the men came in.",
        # Two far apart in a long story.
        "WANTED " + "The council spent the evening on the water works. " * 20 + "LOST",
    ],
)
def test_a_want_or_two_in_a_story_is_no_column(text: str) -> None:
    assert not lists_want_ads(text)


def test_a_time_table_is_a_notice() -> None:
    text = (
        "All trains daily unless specified. Leave Elmwood Arrive Hillsdale. "
        "7.10 a. m. 7.57 a. m. 9.40 a. m. 10.27 a. m. 11.40 a. m. 12.27 p. m. "
        "4.00 p. m. 4.44 p. m. Sunday only 8.30 p. m. 9.17 p. m."
    )
    assert names_itself_notice("VALLEY RAILROAD", text)


@pytest.mark.parametrize(
    "text",
    [
        # News of a change in the trains: what will come.
        "Commencing at midnight the passenger train service will be as follows: No. 11, due "
        "here now at 2:57 a. m., will arrive at 3 a. m. No. 13, due at 10:33 a. m., will "
        "leave at 10:38 a. m. No. 16 at 11:23 a. m. is daily.",
        # A weather report's hours, narrated.
        "The mercury was at 27 degrees at 7 a. m., 30 at 9 a. m., 34 at 11 a. m. and 40 at "
        "1 p. m., and the trains from the west were late daily.",
    ],
)
def test_hours_in_news_are_no_time_table(text: str) -> None:
    assert not names_itself_notice("TRAINS", text)


@pytest.mark.parametrize(
    "text",
    [
        "JEWELRY See our stock while having your repairing done.",
        "Rates 50 cents and up. Reasonable rates by the week or month. One block from the "
        "post office, near the new Monroe Street bridge. Wm. Snow, Prop.",
    ],
)
def test_a_small_display_ad_by_two_kinds_of_evidence_is_a_notice(text: str) -> None:
    assert _item("HAVE IT DONE NOW\n" + text + "\n").kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # A street and a firm: an obituary's too.
        "Robert Kent, 74, of Cedar Falls died Nov. 29. He ran Kent Hardware on Main Street "
        "for thirty years.",
        # Two kinds of evidence in a longer item.
        "Rates 50 cents and up at the hotel on Main Street. "
        + "The rooms are large and the dining room seats sixty. " * 6,
    ],
)
def test_a_street_and_a_firm_or_a_longer_text_is_no_small_ad(text: str) -> None:
    assert _item("ROBERT KENT\n" + text + "\n").kind is not ArticleKind.NOTICE
