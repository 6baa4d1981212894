"""An advertisement's signature read as the head of the next item (adsig24): a name and its
office, a firm's name alone or a telephone line under a notice goes back to close it, and the
item under it is left without a head."""

from __future__ import annotations

import pytest

from reader.model import ArticleKind
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from reader.parse.classify import reads_as_ad_signature

#: A grocer's card signed by its firm, over a county item (chronam 1916: the Estancia News).
SIGNED_CARD = """Genuine Bargains
When you can buy absolutely fresh first
class goods for less than is usually charged
for inferior stuff, you are getting bargains.
That's what you can do at this store.
KEMP BROS.
Opposition to the continuation
of the services of the County
Agent have advanced the argument
that the work materially
increases the taxes of the poor
man in the county. That this
statement is incorrect is proved
beyond a doubt by the figures.
"""

#: A coal dealer's card closing on its telephone, over a local item.
PHONE_SIGNED = """Hard Coal
Before the winter winds begin to blow, lay in
your winter's supply of Hard or Soft Coal. We
handle nothing but the best grades and would
be pleased to have you send us your order.
Your neighbor is a pleased customer. Why not you?
PHONE 14
The Ladies Aid Society of the M. E. Church
held a cake sale at the hall on Saturday and
cleared twenty dollars for the new carpet, which
was ordered last week and will be laid soon.
"""


def test_signature_shapes() -> None:
    assert reads_as_ad_signature("FIRST NATIONAL BANK")
    assert reads_as_ad_signature("The E. L. Chandler Co.")
    assert reads_as_ad_signature("Sold By ESTORGE DRUG CO.")
    assert reads_as_ad_signature("$ W. W. FRY, President")  # a mark OCR left before it
    assert reads_as_ad_signature("H. N. LAWSON, Agent")
    assert reads_as_ad_signature("PHONE 14")
    assert reads_as_ad_signature("Telephone No. 108.")


def test_heads_that_are_no_signature() -> None:
    assert not reads_as_ad_signature("MARRIAGE LICENSES")
    assert not reads_as_ad_signature("Probe Into Activities of Brewers Is Now Under Way")
    assert not reads_as_ad_signature("County Superintendent Miss")  # an item's first line
    assert not reads_as_ad_signature("Bank Robbed at Noon")  # a firm's word opening a head
    assert not reads_as_ad_signature("Phone Company Raises Rates")
    assert not reads_as_ad_signature("")


@pytest.mark.parametrize(
    ("text", "signature", "opening"),
    [
        (SIGNED_CARD, "KEMP BROS.", "Opposition to the continuation"),
        (PHONE_SIGNED, "PHONE 14", "The Ladies Aid Society"),
    ],
)
def test_a_signature_under_a_card_closes_it(text: str, signature: str, opening: str) -> None:
    page = parse_page_text(text)
    card, item = page.articles
    assert card.kind is ArticleKind.NOTICE
    assert card.paragraphs[-1] == signature
    assert item.headline is None
    assert item.kind is not ArticleKind.NOTICE
    assert item.paragraphs[0].startswith(opening)
    lost, added = lost_and_added(text, page)
    assert not lost and not added


def test_a_firm_heading_an_ad_of_its_own_stays_its_head() -> None:
    # The item under the firm's name is an ad itself: the name is its display head.
    text = SIGNED_CARD.split("KEMP BROS.")[0] + (
        "KEMP BROS.\nJust received, a large invoice of Typewriter\nPaper, the latest ideas in"
        " Box Stationery,\nTablets in endless variety. Call and see\nour stock. Phone 181.\n"
    )
    page = parse_page_text(text)
    assert [a.headline for a in page.articles] == ["Genuine Bargains", "KEMP BROS."]


def test_a_firm_under_news_stays_the_next_head() -> None:
    text = (
        "BANK ROBBED AT NOON\nTwo men entered the bank at noon yesterday,\nheld the cashier at"
        " the point of a revolver and\ntook eight hundred dollars from the safe. They\nwere seen"
        " riding south an hour later, and the\nsheriff was on their trail before dark tonight.\n"
        "FIRST NATIONAL BANK\nCircuit court adjourned here last week and\nconvened this week at"
        " Whitley City, McCreary\nCounty, with Judge Flem D. Sampson presiding.\n"
    )
    page = parse_page_text(text)
    assert [a.headline for a in page.articles] == ["BANK ROBBED AT NOON", "FIRST NATIONAL BANK"]
