"""escape_html: page text can never become markup."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from reader.text.escape import escape_controls, escape_html


def test_markup_on_a_page_stays_text() -> None:
    text = "<img src=\"file:///etc/passwd\"> <a href='http://x'>x</a> <style>&amp;"
    assert escape_html(text) == (
        "&lt;img src=&quot;file:///etc/passwd&quot;&gt; "
        "&lt;a href=&#x27;http://x&#x27;&gt;x&lt;/a&gt; &lt;style&gt;&amp;amp;"
    )


def test_line_breaks_become_br() -> None:
    assert escape_html("一\r\n二\n三") == "一<br>二<br>三"


@given(st.text())
def test_the_same_as_the_standard_library_apart_from_line_breaks(text: str) -> None:
    shown = escape_controls(text.replace("\r\n", "\n"))
    expected = html.escape(shown, quote=True).replace("\n", "<br>")
    assert escape_html(text) == expected
    unescaped = html.unescape(escape_html(text).replace("<br>", "\n"))
    assert unescaped == shown
