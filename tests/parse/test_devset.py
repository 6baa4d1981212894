"""The development-set loader: every expect file is valid, and transforms keep every character."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from lxml import etree

from tests.conftest import corpus_file
from tests.parse.devset import (
    DEV,
    DevSetError,
    SourceMissing,
    apply_transform,
    ecpo_text,
    expect_files,
    family_pages,
    load_available,
    load_dev_page,
    read_expect,
    tool_parser,
    wrap_line,
)

ARTICLES = [
    {
        "kind": "story",
        "headline": "新桥通车",
        "dateline": "本报讯",
        "paragraphs": ["新桥今天正式通车，市民可以步行过江，也可以骑车过江。", "工程历时三年。"],
    },
    {"kind": "teaser", "headline": "Winter storm closes mountain passes", "paragraphs": []},
]
PAGE = (
    "新桥通车\n\n本报讯 新桥今天正式通车，\n\n市民可以步行过江，也可以骑车\n\n过江。\n\n"
    "工程历时三年。\n\nWinter storm closes\n\nmountain passes\n"
)


def visible(text: str) -> Counter[str]:
    return Counter(ch for ch in text if not ch.isspace())


@pytest.mark.parametrize("path", expect_files(), ids=lambda p: p.name)
def test_every_expect_file_is_valid(path) -> None:  # type: ignore[no-untyped-def]
    data = read_expect(path)
    assert data["articles"]


def test_rewrap_joins_runs_of_one_text_and_rebreaks_them() -> None:
    text = apply_transform(PAGE, {"rewrap": 6}, ARTICLES)
    lines = [line for line in text.split("\n") if line.strip()]
    assert visible(text) == visible(PAGE)
    assert lines[0] == "新桥通车"
    assert lines[1:6] == [
        "本报讯 新桥",
        "今天正式通车，",
        "市民可以步行",
        "过江，也可以",
        "骑车过江。",
    ]
    assert lines[6:] == ["工程历时三年。", "Winter", "storm", "closes", "mountain", "passes"]
    # e-paper style is kept: a blank line after each line
    assert "\n\n" in text and "\n\n\n" not in text


def test_wrap_keeps_closing_punctuation_off_line_starts() -> None:
    lines = wrap_line("一二三四五，六七八九十。", 5)
    assert lines == ["一二三四五，", "六七八九十。"]
    assert wrap_line("storm closes mountain passes", 12) == ["storm closes", "mountain", "passes"]


def test_single_spaced_blank_between_blocks_and_crlf() -> None:
    single = apply_transform(PAGE, {"single_spaced": True})
    assert "\n\n" not in single and visible(single) == visible(PAGE)
    blocks = apply_transform(PAGE, {"blank_between_blocks": True}, ARTICLES)
    assert blocks.split("\n\n") == [
        "新桥通车\n本报讯 新桥今天正式通车，\n市民可以步行过江，也可以骑车\n过江。\n工程历时三年。",
        "Winter storm closes\nmountain passes\n",
    ]
    assert apply_transform("a\nb\n", {"crlf": True}) == "a\r\nb\r\n"


def test_bad_expect_file_names_the_file_and_the_reason(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "x.expect.json"
    bad.write_text('{"family": "poster", "language": "en", "real": false}', encoding="utf-8")
    with pytest.raises(DevSetError, match=r"x\.expect\.json: family must be one of"):
        read_expect(bad)


def test_missing_source_is_reported_not_crashed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = tmp_path / "gone.expect.json"
    page.write_text(
        json.dumps(
            {
                "family": "e-paper",
                "language": "en",
                "real": False,
                "source": {"file": "gone.txt"},
                "articles": [{"kind": "brief", "headline": "X", "paragraphs": ["Y."]}],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(SourceMissing, match=r"gone\.txt"):
        load_dev_page(page)


def test_expect_from_shares_the_base_annotation(tmp_path) -> None:  # type: ignore[no-untyped-def]
    base = {
        "family": "e-paper",
        "language": "en",
        "real": False,
        "source": {"file": "page.txt"},
        "articles": [{"kind": "brief", "headline": "Fire", "paragraphs": ["The mill burned."]}],
        "furniture": ["THE GAZETTE"],
    }
    (tmp_path / "page.txt").write_text("THE GAZETTE\nFire\nThe mill\nburned.\n", encoding="utf-8")
    (tmp_path / "base.expect.json").write_text(json.dumps(base), encoding="utf-8")
    derived = dict(base, source={"file": "page.txt", "transform": {"crlf": True}})
    del derived["articles"], derived["furniture"]
    derived["expect_from"] = "base.expect.json"
    (tmp_path / "derived.expect.json").write_text(json.dumps(derived), encoding="utf-8")
    page = load_dev_page(tmp_path / "derived.expect.json")
    assert page.articles[0]["headline"] == "Fire"
    assert page.furniture == ("THE GAZETTE",)
    assert page.text == "THE GAZETTE\r\nFire\r\nThe mill\r\nburned.\r\n"


def test_blank_between_blocks_sets_off_a_deck_printed_after_body_text() -> None:
    articles = [
        {
            "kind": "story",
            "headline": "新桥通车",
            "subheadline": "市民步行过江",
            "paragraphs": ["新桥今天正式通车。"],
        },
        {"kind": "story", "headline": "旧桥拆除", "paragraphs": ["旧桥明天开始拆除。"]},
    ]
    page = "新桥通车\n新桥今天正式通车。\n旧桥拆除\n旧桥明天开始拆除。\n市民步行过江\n"
    blocks = apply_transform(page, {"blank_between_blocks": True}, articles)
    assert blocks.split("\n\n") == [
        "新桥通车\n新桥今天正式通车。",
        "旧桥拆除\n旧桥明天开始拆除。",
        "市民步行过江\n",
    ]


def test_tool_parser_names_the_module_and_takes_paths() -> None:
    parser = tool_parser("tests.parse.example", "An example tool.")
    parser.add_argument("--lines", action="store_true")
    assert parser.prog == "python -m tests.parse.example"
    assert parser.parse_args([]).paths == []
    assert parser.parse_args(["a.expect.json", "b", "--lines"]).paths == ["a.expect.json", "b"]


def test_family_pages_keeps_the_family_named_or_all() -> None:
    every = load_available()[0]
    historical = family_pages([], "historical-en")
    assert historical and all(page.family == "historical-en" for page in historical)
    assert len(historical) < len(every)
    assert [page.name for page in family_pages([], "")] == [page.name for page in every]


ECPO = """<?xml-model href="https://example.org/ecpo.rng" type="application/xml"?>
<!DOCTYPE ecpo [
    <!ENTITY gaiji "&#xe111;">
]>
<fold>
    <div type="page" n="1">
        <div type="head"><p>
            晶報<lb/>
        </p><p> The　Crystal<lb/>
            發行人　A. L.　Teodoro<lb/></p></div>
        <div type="article">
            <p> 前鋒迫近南昌<lb/> 華軍克大城<lb/>
            </p>
            <p> （重慶廿五日海<lb/>
                通電）據此間所接<lb/> &gaiji;消息<!--甬-->、<lb/>
            </p>
        </div>
        <div type="margin"> 本報具有廿一年的歷史<pb/>
        </div>
    </div>
</fold>
"""


def test_ecpo_text_gives_a_line_per_lb_in_the_files_order() -> None:
    assert ecpo_text(ECPO) == (
        "晶報\nThe　Crystal\n發行人　A. L.　Teodoro\n前鋒迫近南昌\n華軍克大城\n"
        "（重慶廿五日海\n通電）據此間所接\n\ue111消息、\n本報具有廿一年的歷史\n"
    )


def test_ecpo_text_blocks_puts_a_blank_line_between_p_blocks() -> None:
    blocks = ecpo_text(ECPO, "blocks").split("\n\n")
    assert blocks == [
        "晶報",
        "The　Crystal\n發行人　A. L.　Teodoro",
        "前鋒迫近南昌\n華軍克大城",
        "（重慶廿五日海\n通電）據此間所接\n\ue111消息、",
        "本報具有廿一年的歷史\n",
    ]


def test_ecpo_text_joins_source_lines_with_a_space_only_between_latin_words() -> None:
    xml = "<fold><p>Jing\n   bao 晶\n  報<lb/>A\n B</p></fold>"
    assert ecpo_text(xml) == "Jing bao 晶報\nA B\n"


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE ecpo [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE ecpo [<!ENTITY a "&#x41;"><!ENTITY b "&a;&a;&a;">]>',
        '<!DOCTYPE ecpo [<!ENTITY % p SYSTEM "http://example.org/x.dtd"> %p;]>',
    ],
)
def test_ecpo_text_refuses_any_declaration_but_a_character_entity(doctype: str) -> None:
    with pytest.raises(DevSetError, match=r"page\.xml: ECPO doctype declares more"):
        ecpo_text(f"{doctype}<fold><p>x<lb/></p></fold>", path="page.xml")


def test_ecpo_text_names_the_file_of_bad_xml_and_an_unknown_layout() -> None:
    with pytest.raises(DevSetError, match=r"page\.xml.*not well-formed"):
        ecpo_text("<fold><p>x<lb/></fold>", path="page.xml")
    with pytest.raises(DevSetError, match=r"page\.xml: ecpo_text must be one of lines, blocks"):
        ecpo_text("<fold/>", "columns", path="page.xml")


def test_the_jingbao_page_is_every_character_of_the_ecpo_file() -> None:
    source = corpus_file("text/jingbao-1939-04-26-f0001-0004.ecpo.xml")
    page = load_dev_page(DEV / "real-ecpo-jingbao-1939-04-26.expect.json")
    trusted = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    root = etree.fromstring(source.read_bytes(), trusted)
    typed = "".join(text for text in root.itertext() if not isinstance(text, etree._Comment))
    assert visible(page.text) == visible(typed)
    lines = page.text.split("\n")
    assert "" not in lines[:-1]  # single-spaced: no blank line
    # one line per <lb/> (or <pb/>, which ends the two margin strips of the pages)
    breaks = len(root.findall(".//lb")) + len(root.findall(".//pb"))
    assert len(lines) - 1 == breaks
    assert lines[0] == "晶報" and lines[2] == "發行人　A. L.　Teodoro"
    assert lines[-2].endswith("用特鄭重啓事敬希　公鑒")
