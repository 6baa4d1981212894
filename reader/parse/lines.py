"""Text to lines and lines to blocks: the page's blank-line style decides where blocks break."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from reader.text.cjk import SOFT_HYPHEN, display_width, repair_spacing


@dataclass(frozen=True, slots=True)
class Line:
    """One non-blank printed line."""

    #: 1-based line number in the source text.
    number: int
    #: The text with ends trimmed (inner spacing as printed).
    text: str
    #: The line began with white space: in e-paper text this marks the start of a text block.
    indented: bool
    #: Blank lines between this line and the previous non-blank one.
    gap: int
    #: Display width once OCR spaces around CJK are removed.
    width: int = field(default=-1, compare=False)
    #: The line is an entry of a contents box (under "INSIDE", "CONTENTS", "本版导读"): a
    #: teaser title of its own.
    listed: bool = field(default=False, compare=False)
    #: Type size relative to the page's body text (1.0 = body size), from formats that know
    #: it (ALTO styles, hOCR line heights); 0.0 when unknown, as for plain text.
    size: float = field(default=0.0, compare=False)
    #: Set in bold (ALTO styles); False when unknown.
    bold: bool = field(default=False, compare=False)
    #: The first line of the right column's text cut out of lines OCR read across two columns
    #: (``reader.parse.glued``): it continues no sentence of the left column's text above it.
    column_start: bool = field(default=False, compare=False)

    def __post_init__(self) -> None:
        if self.width < 0:
            object.__setattr__(self, "width", _width(self.text))


def _width(text: str) -> int:
    """A line's display width once OCR spaces around CJK are removed (Line.width)."""
    if text.isascii() and "  " not in text and "\t" not in text:
        # (most lines) nothing for repair_spacing to collapse: as wide as long
        return len(text.strip(" "))
    return display_width(repair_spacing(text))


_new: Final = Line.__new__  # (object.__new__ itself is refused for the mypyc-compiled class)


def _slot_setter(name: str) -> Callable[[Line, object], None]:
    """The setter of one of Line's slots (its descriptor's ``__set__``): calling it sets the
    slot straight away, where ``object.__setattr__`` first looks the name up through the
    class."""
    setter: Callable[[Line, object], None] = vars(Line)[name].__set__
    return setter


_set_number: Final = _slot_setter("number")
_set_text: Final = _slot_setter("text")
_set_indented: Final = _slot_setter("indented")
_set_gap: Final = _slot_setter("gap")
_set_width: Final = _slot_setter("width")
_set_listed: Final = _slot_setter("listed")
_set_size: Final = _slot_setter("size")
_set_bold: Final = _slot_setter("bold")
_set_column_start: Final = _slot_setter("column_start")


def _writes_fields() -> bool:
    """Whether this module's code writes a Line's fields itself: compiled, Line is a native
    class, and mypyc stores an assignment to its attribute straight into the object (the
    frozen dataclass's ``__setattr__`` guards writes made through the class, from Python code;
    the line is as frozen for every other caller). Pure Python, the frozen dataclass refuses
    the write (FrozenInstanceError)."""
    probe: Line = _new(Line)
    try:
        probe.number = 0  # type: ignore[misc]
    except AttributeError:  # (dataclasses.FrozenInstanceError)
        return False
    return True


#: Compiled, _plain_line writes a new line's fields as native stores (see _writes_fields).
_WRITES_FIELDS: Final = _writes_fields()


def _plain_line(number: int, text: str, indented: bool, gap: int, width: int) -> Line:
    """``Line(number, text, indented, gap, width)`` for a line of plain text (no size, not bold,
    not listed), built a few times faster than through the dataclass's ``__init__`` (calling the
    class goes through the interpreter's slow init slot; each field here is set by its slot's
    own setter, as frozen as the generated ``__init__``'s ``object.__setattr__`` leaves it, and
    without that call's look-up of the name). split_lines makes one a line.

    Compiled, each field is one native store instead (_writes_fields): nine setter calls
    through the interpreter were about 4,900 instructions a line, a fifth of split_lines.
    """
    line: Line = _new(Line)
    if _WRITES_FIELDS:
        line.number = number  # type: ignore[misc]
        line.text = text  # type: ignore[misc]
        line.indented = indented  # type: ignore[misc]
        line.gap = gap  # type: ignore[misc]
        line.width = width  # type: ignore[misc]
        line.listed = False  # type: ignore[misc]
        line.size = 0.0  # type: ignore[misc]
        line.bold = False  # type: ignore[misc]
        line.column_start = False  # type: ignore[misc]
        return line
    _set_number(line, number)
    _set_text(line, text)
    _set_indented(line, indented)
    _set_gap(line, gap)
    _set_width(line, width)
    _set_listed(line, False)
    _set_size(line, 0.0)
    _set_bold(line, False)
    _set_column_start(line, False)
    return line


class LineSpan:
    """First and last source line of anything made of lines (blocks, reflowed units).

    For the compiled build (mypyc), its dataclasses declare ``lines`` as an abstract sequence
    type (not ``tuple`` or ``list``: mypyc refuses a subclass attribute that compiles to another
    kind than its base's) and as ``= field()``, a field with no default (compiled, this class
    has a ``lines`` attribute that ``dataclass`` would otherwise take for the default).
    """

    __slots__ = ()
    lines: Sequence[Line]

    @property
    def first(self) -> int:
        return self.lines[0].number

    @property
    def last(self) -> int:
        return self.lines[-1].number


@dataclass(frozen=True, slots=True)
class Block(LineSpan):
    """Lines printed together in one column run."""

    lines: Sequence[Line] = field()  # a tuple (LineSpan says why so written)
    #: The block's lines were double-spaced (a blank line after every printed line).
    double_spaced: bool
    #: The next block follows with no blank line between (a block-start marker split them).
    followed_tight: bool = False


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their numbers, leading-space flag and the gap before each."""
    return split_numbered_lines(enumerate(text.split("\n"), start=1))


def split_numbered_lines(raws: Iterable[tuple[int, str]]) -> list[Line]:
    """split_lines of lines already numbered (the source's line numbers), in the order given:
    glued.layout_columns puts a region's right column after its left."""
    lines: list[Line] = []
    gap = 0
    for number, raw in raws:
        stripped = raw.strip()
        if SOFT_HYPHEN in stripped:
            stripped = keep_soft_break(stripped)
        if not stripped:
            gap += 1
            continue
        lines.append(
            _plain_line(number, stripped, raw[:1].isspace(), gap if lines else 0, _width(stripped))
        )
        gap = 0
    return lines


def keep_soft_break(text: str) -> str:
    """A line without its soft hyphens, except one at its end: the mark of a word broken there.

    Soft hyphens are never printed; the one at the end tells the joiner to rejoin the word.
    """
    core = text.replace(SOFT_HYPHEN, "").strip()
    return core + SOFT_HYPHEN if core and text.endswith(SOFT_HYPHEN) else core


def is_double_spaced(lines: list[Line]) -> bool:
    """Whether most printed lines stand alone between blank lines (the e-paper text style)."""
    if len(lines) < 2:
        return False
    single = 0
    for index, line in enumerate(lines):
        before = line.gap if index else 1
        after = lines[index + 1].gap if index + 1 < len(lines) else 1
        if before >= 1 and after >= 1:
            single += 1
    return single >= 0.5 * len(lines)


def segment_blocks(lines: list[Line]) -> list[Block]:
    """Group lines into blocks.

    In double-spaced text, one blank line separates printed lines and only a wider gap, a
    leading space (block-start marker) or a tight run of lines (written without blanks, such
    as a two-line credit or a two-line teaser) breaks a block. In single-spaced text every
    blank line breaks a block.
    """
    if not lines:
        return []
    double = is_double_spaced(lines)
    blocks: list[Block] = []
    current: list[Line] = []
    current_tight = False

    def flush(next_gap: int = 1) -> None:
        nonlocal current, current_tight
        if current:
            blocks.append(Block(tuple(current), double and not current_tight, next_gap == 0))
        current, current_tight = [], False

    for index, line in enumerate(lines):
        next_gap = lines[index + 1].gap if index + 1 < len(lines) else 1
        if not double:
            if index and line.gap >= 1:
                flush(line.gap)
            current.append(line)
            continue
        starts_tight = next_gap == 0 and not (index + 1 < len(lines) and lines[index + 1].indented)
        if line.indented or line.gap >= 2:
            flush(line.gap)
        elif line.gap == 0 and index:
            # A line printed tight under the previous one stays with it only in a tight run.
            if not current_tight:
                flush(line.gap)
        elif current_tight or starts_tight:
            flush(line.gap)
        if not current:
            current_tight = starts_tight
        current.append(line)
    flush()
    return blocks
