"""A Philippine Chinese daily's front in wide columns (the lead's round 47, from
own-hant-ph-wide, a PDF text layer annotated blind): the price in the currency of the country a
Chinese daily abroad is printed in closes its folio line as furniture ("零售每份二十五披索"),
and a notice's signature closed by its formula ("董事會　謹啟") is the notice's last line, never
a head. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.classify import is_furniture


def test_a_price_in_the_local_currency_is_furniture() -> None:
    assert is_furniture("第A1版　要聞　零售每份二十五披索")
    assert is_furniture("零售每份1.50令吉")
    assert is_furniture("第A1版　要聞　零售每份二十五元")
    assert is_furniture("每份泰銖二十銖")
    # (near-misses: a price inside a sentence, a count that is no price)
    assert not is_furniture("售价是二十五披索的东西")
    assert not is_furniture("每份报告二十五页")


def test_a_notice_signature_is_no_head() -> None:
    text = "\n".join(
        (
            "南洋商報",
            "2026年12月8日　星期二",
            "股東大會通告",
            "　　本公司謹訂於十二月十八日下午二時假本公司會議室舉行年度股東大會，敬請各股東",
            "準時出席。",
            "南洋建材有限公司董事會　謹啟",
        )
    )
    arts = list(parse_page_text(text + "\n").articles)
    assert [a.headline for a in arts] == ["股東大會通告"]
    assert arts[0].paragraphs[-1].replace("\u3000", "") == "南洋建材有限公司董事會謹啟"
