"""A notice read as a story or a brief is a notice by the cue a reader sees it by (issue 9,
branch ``notices25``): the legal formula past OCR's damage to its noun, a card of thanks's
head or opening, resolutions on a death, a church's order of services, a patent-medicine
reader by its remedy's brand, a professional man's card. Each text is shaped on an unseen
1916 page's item (the words changed, the shape kept); each guard on news that holds the cue's
words elsewhere."""

from __future__ import annotations

import pytest

from reader.model import ArticleKind
from reader.parse.classify import (
    lists_services,
    names_itself_notice,
    names_remedy,
    professional_card,
)
from tests.parse.test_ad_kind_rules import _item


@pytest.mark.parametrize(
    "text",
    [
        # A land office's notice whose noun OCR garbled ("Notioe i hereby").
        "Kot'ce for Publication.\n"
        "Department of the Interior, U. S. Land Office at Roswell, N. M.\n"
        "Jan. 11, 1916. Notioe i hereby given that John H. Kidd, of Redland, N. M.,\n"
        "who, on April 14, 1915, made homestead entry, Serial No. 031641, for NW\n"
        "Section 12, Township 7, has filed notice of intention to make final proof.\n",
        # A county's notice under a bare head, by another noun ("The public is hereby notified").
        "Notice.\n"
        "The public is hereby notified that the bridge on the road from Cloverport\n"
        "to Tar Springs is condemned and unsafe for travel, and all persons are\n"
        "notified not to cross until it can be repaired. K. M. Busham, Engineer.\n",
        # A mayor's warning to drivers.
        "TO AUTOMOBILE DRIVERS.\n"
        "Warning is hereby given you that driving over eight or ten miles an hour\n"
        "in the city limits will be punished by fines for each offense. These laws\n"
        "will be rigidly enforced. A. B. Florence, Mayor.\n",
    ],
)
def test_the_legal_formula_past_its_noun_makes_a_notice(text: str) -> None:
    assert _item(text).kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "CARD or THANKS.\n"
        "We wish to thank our friends who so kindly assisted us during the long\n"
        "illness and burial of our husband and father, and also for the beautiful\n"
        "floral offerings. Mrs. D. S. Edmister and Family.\n",
        "A WORD FROM THE WILBURS.\n"
        "Mr. and Mrs. Geo. W. Wilbur take this means of thanking their many\n"
        "friends for the many expressions and tokens of sympathy in their recent\n"
        "bereavement, and the neighbors who came to help in those sad days.\n",
    ],
)
def test_a_card_of_thanks_by_its_head_or_opening_is_a_notice(text: str) -> None:
    assert _item(text).kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "RESOLUTIONS.\n"
        "Whereas, the mother of our old time member, W. G. Woerner, has been called\n"
        "by Providence to a higher life, the Fire Department does hereby tender its\n"
        "sympathy to our friend and honorary member and his brothers.\n",
    ],
)
def test_resolutions_on_a_death_are_a_notice(text: str) -> None:
    assert _item(text).kind is ArticleKind.NOTICE


def test_resolutions_by_their_opening_on_a_death() -> None:
    assert names_itself_notice(
        None,
        "Resolutions ef Sympathy As the Farmers' Union Local No. 941 has lost one of its\n"
        "charter members, Resolved, that in the death of Brother J. H. Deatrich the local has\n"
        "lost a faithful and efficient member.",
    )


def test_resolutions_on_policy_under_a_news_head_stay_news() -> None:
    item = _item(
        "ALUMNI MAKE RESOLUTION\n"
        "Whereas the word has come to the Alumni Association that the President is\n"
        "about to sever his connection with the Agricultural College, and whereas\n"
        "most of the members have received their degrees during his presidency,\n"
        "the association asks the board of trustees to keep him in his office.\n"
    )
    assert item.kind is not ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "SWEDISH BAPTIST.\n"
        "Sunday school at 9:30 a. m.\n"
        "Sermon by the pastor at 10:45 a. m., followed by communion services. 6:45\n"
        "p. m., Young People's meeting. 7:30 p. m., evangelistic meeting. All\n"
        "cordially invited to attend.\n",
        "METHODIST EPISCOPAL CHURCH\n"
        "Preaching service at 10:00 a. m. Sabbath school at 11:00 a. m. Preaching\n"
        "service 6:30 p. m. Mid-week service Thursday evenings at 7 o'clock.\n",
    ],
)
def test_a_churchs_order_of_services_is_a_notice(text: str) -> None:
    assert _item(text).kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # A meeting reported: its hours and services, told as done.
        "A cabinet meeting of the officers and teachers of the Baptist Sunday\n"
        "school was held at the Inn on Tuesday evening at 6:30 o'clock, and at 8\n"
        "o'clock a lecture on Sunday school work was given, with a sermon after.\n",
        # A funeral's order of services is news of the death.
        "Funeral services will be held at the home at 2 p. m. Sunday, with a\n"
        "sermon by the pastor, and burial at the cemetery at 3:30 p. m. Sunday\n"
        "school classes will attend.\n",
    ],
)
def test_services_told_as_done_or_a_funerals_are_no_order_of_services(text: str) -> None:
    assert not lists_services(text)


@pytest.mark.parametrize(
    "text",
    [
        "Now Feels Entirely Well.\n"
        'A. H. Francis, Zenith, Kas., writes: "I had a severe pain in my back and\n'
        "could hardly move. I took about two thirds of a 50c box of Foley Kidney\n"
        'Pills and now feel entirely well." Middle-aged and older men and women\n'
        "find these safe pills relieve sleep disturbing bladder ailments.\n",
        "How Mr. Davis Got Rid of a Bad Cough.\n"
        '"Some time ago I had a very bad cough," writes Lewis T. Davis, Blackwater,\n'
        "Del. \"My brother gave me a small bottle of Chamberlain's Cough Remedy.\n"
        'After taking it the cough left me and I have not had one since."\n',
    ],
)
def test_a_remedys_testimonial_is_a_notice(text: str) -> None:
    assert _item(text).kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        # A story naming a remedy once among no ailments.
        "The druggists of the county met at the hotel on Tuesday and agreed to\n"
        "close their stores at six o'clock. Mr. Brown showed a bottle of Smith's\n"
        "Liniment that his father sold forty years ago.\n",
        # Ailments without a remedy's brand: news of the grip.
        "The grip and bad colds are prevalent in this locality, and several\n"
        "families are suffering with pains and coughs. The school may close.\n",
    ],
)
def test_a_remedy_named_in_news_or_ailments_alone_are_no_reader(text: str) -> None:
    assert not names_remedy(text)


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        ("G. H. CLINTON", "Attorney-at-Law ST. JOSEPH, LA. Will practice in the Supreme Court."),
        ("T.J. SULLIVAN DENTIST", "Office hours 8 to 12 a. m. and 1 to 5 p. m. Bell Phone."),
    ],
)
def test_a_professional_card_by_its_calling(headline: str, text: str) -> None:
    assert professional_card(headline, text)
    assert _item(f"{headline}\n{text}\n").kind is ArticleKind.NOTICE


@pytest.mark.parametrize(
    "text",
    [
        "Highwaymen held up an undertaker's wagon on the Hopewell road and, after\n"
        "clubbing the driver into insensibility, drove away with the body.",
        "The dentist was fined $5 and costs for driving his car too fast.",
    ],
)
def test_a_calling_in_news_is_no_card(text: str) -> None:
    assert not professional_card("Bandits Hold Up a Hearse.", text)


@pytest.mark.parametrize(
    ("headline", "text"),
    [
        # A story that quotes a notice further down.
        (
            "SHERIFF ACTS",
            "The sheriff went to the mill on Monday and found the doors locked and the\n"
            "men gone home. In the afternoon he posted the order of the court on the\n"
            "door of the mill, which says: notice is hereby given that the property will\n"
            "be sold.",
        ),
        # A vote of thanks inside a story.
        (
            "PICNIC A SUCCESS",
            "The Sunday school picnic at the grove drew three hundred people. The\n"
            "committee wishes to thank all who helped.",
        ),
    ],
)
def test_a_cue_past_the_items_opening_leaves_it_news(headline: str, text: str) -> None:
    assert not names_itself_notice(headline, text)


def test_a_letter_thanking_after_its_salutation_is_no_card() -> None:
    assert not names_itself_notice(
        None,
        "Leon, Iowa, Jan. 28, 1916.\nEditor Reporter:—I wish to thank you for your editorial,\n"
        "not simply because it commends my article but because it serves our cause.",
    )
