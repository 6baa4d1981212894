"""The parse costs work in proportion to the page, whatever its shape (counted, not timed).

Work is counted, not timed, so the test is exact on a loaded machine: every call of a function
or method of the parsing modules, plus every character handed to one of their regular
expressions (a counting proxy stands in for each compiled pattern), so a scan over a growing
text counts as the work it is. For each odd shape (tests/parse/shapes.py)
a page four times as long must not cost more than 4.5 times the work. Wall times and memory
of full-size pages are in ``python -m tests.benchmarks.bench_parse``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FunctionType, ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reader.parse.assemble
import reader.parse.classify
import reader.parse.echo
import reader.parse.formats.text
import reader.parse.glued
import reader.parse.lines
import reader.parse.masthead
import reader.parse.reflow
import reader.text.cjk
from reader.parse import parse_page_text
from reader.parse.audit import lost_and_added
from tests.conftest import corpus_file
from tests.parse.shapes import SHAPES, TRIBUNE_ALTO

MODULES: tuple[ModuleType, ...] = (
    reader.parse.assemble,
    reader.parse.classify,
    reader.parse.echo,
    reader.parse.formats.text,
    reader.parse.glued,
    reader.parse.lines,
    reader.parse.masthead,
    reader.parse.reflow,
    reader.text.cjk,
)
#: A page four times as long may cost at most this many times the work.
MAX_GROWTH = 4.5


class Counter:
    def __init__(self) -> None:
        self.work = 0

    def calls(self, function: Callable[..., Any]) -> Callable[..., Any]:
        """``function``, counting its calls."""

        @functools.wraps(function)
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.work += 1
            return function(*args, **kwargs)

        return counted


class CountingPattern:
    """A compiled pattern that adds the length of every text it is given to a counter."""

    def __init__(self, pattern: re.Pattern[str], counter: Counter) -> None:
        self._pattern = pattern
        self._counter = counter

    def __getattr__(self, name: str) -> Any:
        method = getattr(self._pattern, name)
        if not callable(method):
            return method

        def counted(*args: Any, **kwargs: Any) -> Any:
            texts = [a for a in (*args, *kwargs.values()) if isinstance(a, str)]
            self._counter.work += len(texts[-1]) if texts else 0
            return method(*args, **kwargs)

        return counted


def _counted(value: Any, counter: Counter) -> Any:
    """``value`` with its compiled patterns (alone, in a list or in tuples) counting."""
    if isinstance(value, re.Pattern):
        return CountingPattern(value, counter)
    if isinstance(value, list | tuple) and any(isinstance(x, re.Pattern | tuple) for x in value):
        return type(value)(_counted(x, counter) for x in value)
    return value


@contextmanager
def counting(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter]:
    """Count the work of the parse inside the block; memoised tests start empty."""
    counter = Counter()
    with monkeypatch.context() as patch:
        for module in MODULES:
            for name, value in list(vars(module).items()):
                if hasattr(value, "cache_clear") and not isinstance(value, type):
                    value.cache_clear()  # an lru_cache, or classify.LINE_MEMOS
                for cell in getattr(value, "__closure__", None) or ():
                    counted = _counted(cell.cell_contents, counter)
                    if counted is not cell.cell_contents:
                        patch.setattr(cell, "cell_contents", counted)
                counted = _counted(value, counter)
                if counted is not value:
                    patch.setattr(module, name, counted)
                elif _ours(value) and isinstance(value, type):
                    for attribute, method in list(vars(value).items()):
                        if isinstance(method, FunctionType) and not attribute.startswith("__"):
                            patch.setattr(value, attribute, counter.calls(method))
                elif _ours(value) and callable(value):
                    patch.setattr(module, name, counter.calls(value))
        yield counter


def _ours(value: Any) -> bool:
    return str(getattr(value, "__module__", "")).startswith("reader.")


def counted_work(text: str, monkeypatch: pytest.MonkeyPatch) -> int:
    with counting(monkeypatch) as counter:
        parse_page_text(text)
    return counter.work


#: The smallest page drawn for each shape: past the sizes where fixed costs dominate (a page of
#: "many titles" needs more stories than EchoIndex lets one feature find) and where the page is
#: like the rest of it (the first 3,000 characters of the ALTO file are its XML header, cheaper
#: per character than the text blocks after it: 23 units of work a character against 30.6 from
#: 16,000 characters on, flat to 190,000). "Many titles" starts at 32,000 since shift36: its
#: fold of a full four-part stack first finds one on this shape's pages between 16,000 and
#: 32,000 characters, a step of work (2.42x from 16,000 to 32,000), then flat (2.02x and 2.00x
#: for each doubling to 128,000; version 25: 2.12x, 2.01x, 2.00x).
SMALLEST = {"many titles": 32_000, "alto as text": 16_000}


@pytest.mark.parametrize("name", sorted(SHAPES))
@settings(
    max_examples=2,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(extra=st.integers(min_value=0, max_value=2_000))
def test_work_grows_linearly_with_the_page(
    name: str, extra: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    if name == "alto as text":
        corpus_file(str(TRIBUNE_ALTO.relative_to(TRIBUNE_ALTO.parents[1])))
    shape = SHAPES[name]
    size = SMALLEST.get(name, 3_000) + extra
    small, large = shape(size), shape(4 * size)
    growth = counted_work(large, monkeypatch) / counted_work(small, monkeypatch)
    # The generated pages are only about 4x apart: allow 4.5x per 4x of actual length.
    allowed = MAX_GROWTH * len(large) / len(small) / 4
    assert growth <= allowed, f"{name}: {len(large)} chars cost {growth:.2f}x {len(small)}"


def test_the_counter_sees_a_quadratic_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # The measure itself can fail: re-scanning a growing text with a counted pattern (the
    # old line joiner's mistake) grows 16-fold at four times the size.
    def rescanning(lines: int) -> int:
        with counting(monkeypatch) as counter:
            text = ""
            for _ in range(lines):
                text += "word "
                reader.text.cjk._SPACE_RUN.search(text)
        return counter.work

    assert rescanning(2_000) / rescanning(500) > 10


#: Characters of the huge pages: 200,000 one-letter lines; 600,000 characters of the others
#: (full-size pages, up to the 5 MB limit, are timed in the benchmark).
HUGE = {"one-letter lines": 400_000}


@pytest.mark.slow
@pytest.mark.timeout(600)
@pytest.mark.parametrize("name", sorted(SHAPES))
def test_huge_pages_of_every_shape_parse_whole(name: str) -> None:
    if name == "alto as text":
        corpus_file(str(TRIBUNE_ALTO.relative_to(TRIBUNE_ALTO.parents[1])))
    text = SHAPES[name](HUGE.get(name, 600_000))
    page = parse_page_text(text)
    lost, added = lost_and_added(text, page)
    assert not lost and not added
