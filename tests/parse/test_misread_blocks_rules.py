"""A modern page whose blocks Tesseract read out of order (the lead's round 47, from
own-en-na-scrambled, annotated blind): the page is a modern one when its furniture prints a
modern date, whatever order its blocks came in; a head's block read far from its story heads
the story whose lead retells it; a column cut inside a sentence goes on in the block that opens
on the sentence's rest, however many blocks OCR read between; a head wrapped on a small word may
end on an amount alone ("61%"); a picture credit whole on its line takes no name from the next
block. The snippets are our own wording."""

from __future__ import annotations

from reader.parse import parse_page_text
from reader.parse.formats.text import _credit_name_cut
from reader.parse.lines import Block, Line
from reader.parse.masthead import prints_modern_date
from reader.parse.reflow import head_stack_block

MASTHEAD = ("THE RIVER MAIL", "Tuesday 8 December 2026", "$2.00 | Vol. 12 No. 48")


def _block(*texts: str) -> Block:
    return Block(
        tuple(Line(number, text, False, 0) for number, text in enumerate(texts, 1)), False, False
    )


def _articles(*blocks: tuple[str, ...], masthead: tuple[str, ...] = MASTHEAD) -> list:
    text = "\n\n".join("\n".join(block) for block in (masthead, *blocks)) + "\n"
    return list(parse_page_text(text).articles)


def test_a_modern_date_in_the_furniture() -> None:
    assert prints_modern_date(["THE RIVER MAIL", "Tuesday 8 December 2026"])
    assert prints_modern_date(["Friday, December 11, 2026 | $1.50"])
    # (near-misses: an archive's date, or none)
    assert not prints_modern_date(["FRIDAY, FEBRUARY 28, 1916.", "PRICE ONE CENT"])
    assert not prints_modern_date(["THE RIVER MAIL", "Vol. 12 No. 48"])


def test_a_picture_credit_whole_on_its_line_is_done() -> None:
    assert _credit_name_cut("… on Sunday. Picture: Annabelle", "Kovacs")
    assert _credit_name_cut("Photo:", "Lena Hart")
    assert not _credit_name_cut("Photo: Lena Hart", "Tom Oduya")
    arts = _articles(
        ("Road to Mill Bay", "reopens after floods"),
        (
            "Tom Oduya",
            "The coast road to Mill Bay reopened on Monday after",
            "three weeks under water, the roads agency said.",
            "Crews cleared mud and rebuilt two culverts.",
        ),
        (
            "Families walk the flooded road at Mill Bay on",
            "Sunday before it was cleared.",
            "Photo: Lena Hart",
        ),
        (
            "Alice Mwale",
            "The town's library will stay open until nine on",
            "weekdays from January, the council said on",
            "Monday.",
        ),
    )
    captions = [a for a in arts if a.kind == "caption"]
    assert [a.credit for a in captions] == ["Photo: Lena Hart"]


def test_a_head_wrapped_on_a_small_word_may_end_on_an_amount() -> None:
    assert head_stack_block(_block("Grade 12 pass rate climbs to", "61%"))
    assert head_stack_block(_block("Bus fares to rise by", "N$2"))
    # (near-misses: an amount under a line not wrapped on a small word, one closing a
    # sentence, or a stray figure under a head's whole line)
    assert not head_stack_block(_block("Pass rate climbs", "61%"))
    assert not head_stack_block(_block("Grade 12 pass rate climbs to", "61%."))
    assert not head_stack_block(_block("Grade 12 pass rate climbs", "4"))


def test_heads_read_in_a_row_head_the_stories_that_retell_them() -> None:
    arts = _articles(
        ("Ferry fares to rise", "in February"),
        ("Clinic opens night", "shift for workers"),
        (
            "Tom Oduya",
            "Ferry fares across the bay will rise by a fifth in",
            "February, the island's transport board said on",
            "Monday after a rise in the price of fuel.",
        ),
        (
            "Alice Mwale",
            "The Harbour Street clinic will open a night shift for",
            "shift workers from January, its board said,",
            "after a year of complaints about queues.",
        ),
    )
    read = {a.paragraphs[0][:5]: (a.headline, a.byline) for a in arts if a.paragraphs}
    assert read["Ferry"] == ("Ferry fares to rise in February", "Tom Oduya")
    assert read["The H"] == ("Clinic opens night shift for workers", "Alice Mwale")


def test_a_column_cut_inside_a_sentence_goes_on_past_the_blocks_read_between() -> None:
    arts = _articles(
        ("Ferry fares to rise", "in February"),
        (
            "Tom Oduya",
            "Ferry fares across the bay will rise by a fifth in",
            "February, the island's transport board said on",
            "Monday after the price of fuel went up for the",
        ),
        ("Clinic opens night", "shift for workers"),
        (
            "Alice Mwale",
            "The Harbour Street clinic will open a night shift for",
            "shift workers from January, its board said,",
            "after a year of complaints about queues.",
        ),
        (
            "third time this year.",
            "Season tickets will cost the same as now until",
            "the end of March.",
        ),
    )
    ferry = next(a for a in arts if a.headline == "Ferry fares to rise in February")
    text = " ".join(ferry.paragraphs)
    assert "went up for the third time this year." in text
    assert "Season tickets" in text
    clinic = next(a for a in arts if a.headline == "Clinic opens night shift for workers")
    assert "third time" not in " ".join(clinic.paragraphs)


def test_no_block_is_moved_under_a_head_or_on_an_archive_page() -> None:
    # (a head's block ends on a word with no stop, too: the rest of a sentence never goes on
    # from it)
    arts = _articles(
        ("Clinic opens night", "shift for workers"),
        (
            "Alice Mwale",
            "The Harbour Street clinic will open a night shift for",
            "shift workers from January, its board said,",
            "after a year of complaints about queues.",
        ),
        ("and a second nurse will join in March, it said.", "Appointments can be made by phone."),
    )
    clinic = next(a for a in arts if a.headline == "Clinic opens night shift for workers")
    assert not any(p.startswith("Clinic") for p in clinic.paragraphs)
    # (an archive page's date makes no page modern: blocks stay in the order read)
    old = _articles(
        (
            "The ferry board met on Monday and voted to raise the",
            "fares across the bay by a fifth after the price of",
            "coal went up for the",
        ),
        ("MILL BAY ROAD OPEN.",),
        ("third time this winter.", "The board will meet again in March."),
        masthead=("THE RIVER MAIL", "TUESDAY, FEBRUARY 8, 1916.", "PRICE ONE CENT"),
    )
    assert not any("coal went up for the third time" in " ".join(a.paragraphs) for a in old)


ZH_MASTHEAD = ("海港日报", "2026年12月8日 星期二", "今日12版 零售价1元")


def test_a_chinese_column_cut_inside_a_sentence_goes_on_past_the_blocks_read_between() -> None:
    arts = _articles(
        ("港区新建两座泊位投入使用",),
        (
            "本报记者 何立新",
            "昨日，港区新建的两座万吨级泊位正式投入",
            "使用。港务局表示，新泊位每年可增加吞吐",
            "量三百万吨，缓解了旺季船舶排队的问题。",
            "据介绍，两座泊位于去年三月开工，工程总",
        ),
        ("我市启动冬季供暖",),
        (
            "本报讯（记者 王晨）",
            "我市昨日起正式启动冬季供暖，比往年提前",
            "三天，全市供暖面积达到一千二百万平方米。",
        ),
        ("投资约六亿元，由市港口集团负责建设。",),
        masthead=ZH_MASTHEAD,
    )
    port = next(a for a in arts if a.headline == "港区新建两座泊位投入使用")
    assert "工程总投资约六亿元" in "".join(port.paragraphs)
    heat = next(a for a in arts if a.headline == "我市启动冬季供暖")
    assert "六亿元" not in "".join(heat.paragraphs)


def test_a_chinese_head_stack_is_no_column_foot() -> None:
    # (a deck's block of three lines ends on a character with no stop too, but holds no full
    # stop: the story under it stays where it was read)
    arts = _articles(
        (
            "港区新建两座泊位投入使用",
            "——年吞吐量增加三百万吨，旺季船舶排队",
            "问题得到缓解，港口集团表示明年再建两座",
        ),
        (
            "本报记者 何立新",
            "昨日，港区新建的两座万吨级泊位正式投入",
            "使用，港务局在码头举行了简短的仪式。",
        ),
        ("我市启动冬季供暖",),
        (
            "全市供暖面积达到一千二百万平方米，比去",
            "年增加百分之五。",
        ),
        masthead=ZH_MASTHEAD,
    )
    port = next(a for a in arts if a.headline == "港区新建两座泊位投入使用")
    assert "供暖" not in "".join(port.paragraphs)
