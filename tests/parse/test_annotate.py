"""The annotation helper joins the line ranges an annotator chose, and nothing more."""

from __future__ import annotations

import json

from tests.parse.annotate import expand, join_reader_lines, main, page_words


def test_lines_join_as_a_reader_reads_them() -> None:
    words = page_words(["the President said so to the President today"])
    assert join_reader_lines(["the informa-", "tion was", "late"]) == "the information was late"
    assert join_reader_lines(["New-", "York"]) == "New- York"
    assert join_reader_lines(["si\u00ad", "lence fell"]) == "silence fell"
    assert join_reader_lines(["said Presi", "dent Wilson"], words) == "said President Wilson"
    assert join_reader_lines(["beauti", "ful day"], words) == "beauti ful day"
    assert join_reader_lines(["科技工作会议 13 日", "在京召开。"]) == "科技工作会议13日在京召开。"


def test_expand_replaces_ranges_and_moves_leads_and_signatures(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "page.txt").write_text(
        "STORM HITS\nTHE COAST\nDENVER, Jan. 13.—Snow fell\nall night.\nMore is due.\n"
        "Roads close. J. DOE.\n",
        encoding="utf-8",
    )
    draft = {
        "source": {"file": "page.txt"},
        "furniture": [],
        "articles": [
            {
                "kind": "story",
                "headline": "@1-2",
                "subheadline": ["@1", "@2"],
                "dateline": "DENVER, Jan. 13.—",
                "byline": "J. DOE.",
                "paragraphs": ["@3-4", "@5,6"],
            }
        ],
    }
    article = expand(draft, tmp_path)["articles"][0]
    assert article["headline"] == "STORM HITS THE COAST"
    assert article["subheadline"] == "STORM HITS\nTHE COAST"
    assert article["paragraphs"] == ["Snow fell all night.", "More is due. Roads close."]


def test_command_line_writes_the_expect_file(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "page.txt").write_text("Fire\nThe mill burned.\n", encoding="utf-8")
    draft = tmp_path / "draft.json"
    draft.write_text(
        json.dumps(
            {
                "source": {"file": "page.txt"},
                "articles": [{"kind": "brief", "headline": "@1", "paragraphs": ["@2"]}],
            }
        ),
        encoding="utf-8",
    )
    out = tmp_path / "x.expect.json"
    assert main(["expand", str(draft), str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["articles"][0]["headline"] == "Fire"
    assert main(["nonsense"]) == 2
    assert "Annotation helper" in capsys.readouterr().out


def test_an_ecpo_file_is_annotated_on_the_lines_of_its_transform(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "fold.ecpo.xml").write_text(
        "<fold><div type='article'><p> 國府命令<lb/>\n</p><p> （重慶廿五日電<lb/>\n"
        "  ）任命李世<lb/> 軍爲委員<lb/></p></div></fold>",
        encoding="utf-8",
    )
    draft = {
        "source": {"file": "fold.ecpo.xml", "transform": {"ecpo_text": "lines"}},
        "articles": [
            {
                "kind": "brief",
                "headline": "@1",
                "dateline": "（重慶廿五日電）",
                "paragraphs": ["@2-4"],
            }
        ],
    }
    article = expand(draft, tmp_path)["articles"][0]
    assert article["headline"] == "國府命令"
    assert article["paragraphs"] == ["任命李世軍爲委員"]
