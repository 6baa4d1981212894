"""The reader's choices for how a story is set: fonts, size, line spacing, column width,
alignment and theme (View › Reading Settings…), with the range each may take."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reader.ui.themes import THEME_CHOICES

#: Text size at zoom 0, in pixels; zoom scales it.
SIZE_DEFAULT = 18.0
SIZE_RANGE = (12.0, 32.0)
#: Line spacing in percent of the text size; 0 means the default for the script (Chinese is
#: set looser than Latin).
LINE_SPACING_AUTO = 0
LINE_SPACING_RANGE = (110, 250)
LINE_SPACING_CJK = 175
LINE_SPACING_LATIN = 155
#: The widest text column, in multiples of the text size (36 is about 36 Chinese characters).
COLUMN_DEFAULT = 36
COLUMN_RANGE = (20, 60)


def _clamp(value: float, bounds: tuple[float, float]) -> float:
    return max(bounds[0], min(bounds[1], value))


@dataclass(frozen=True, slots=True)
class ReadingSettings:
    """How stories are set. Empty font families mean "the best one installed"."""

    cjk_family: str = ""
    latin_family: str = ""
    size: float = SIZE_DEFAULT
    line_spacing: int = LINE_SPACING_AUTO
    column_ems: int = COLUMN_DEFAULT
    justify: bool = False
    #: One of ``THEME_CHOICES``.
    theme: str = "system"

    def checked(self) -> ReadingSettings:
        """The same settings with every value inside its range (a hand-edited settings file
        may hold anything): out-of-range numbers are clamped, unknown themes follow the
        system, a size that is not a number is the default."""
        size = self.size if math.isfinite(self.size) else SIZE_DEFAULT
        spacing = self.line_spacing
        if spacing != LINE_SPACING_AUTO:
            spacing = int(_clamp(spacing, LINE_SPACING_RANGE))
        return ReadingSettings(
            cjk_family=self.cjk_family.strip(),
            latin_family=self.latin_family.strip(),
            size=round(_clamp(size, SIZE_RANGE), 1),
            line_spacing=spacing,
            column_ems=int(_clamp(self.column_ems, COLUMN_RANGE)),
            justify=bool(self.justify),
            theme=self.theme if self.theme in THEME_CHOICES else "system",
        )

    def line_height(self, cjk: bool) -> int:
        """The body's line height in percent for Chinese (``cjk``) or Latin text."""
        if self.line_spacing == LINE_SPACING_AUTO:
            return LINE_SPACING_CJK if cjk else LINE_SPACING_LATIN
        return self.line_spacing


#: The settings of a first start.
DEFAULT_READING = ReadingSettings()
