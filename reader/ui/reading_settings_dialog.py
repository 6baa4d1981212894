"""View › Reading Settings…: fonts for Chinese and Latin text, size, line spacing, column
width, justified or ragged, and the theme; each change is previewed in the pane at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reader.ui.article_html import ReadingFonts
from reader.ui.look import theme_title
from reader.ui.reading_settings import (
    COLUMN_RANGE,
    DEFAULT_READING,
    LINE_SPACING_AUTO,
    LINE_SPACING_RANGE,
    SIZE_RANGE,
    ReadingSettings,
)
from reader.ui.themes import THEME_CHOICES


def installed_families(system: QFontDatabase.WritingSystem) -> list[str]:
    """Installed font families that write ``system``, without the private ones ("." names)."""
    return sorted(
        (f for f in QFontDatabase.families(system) if not f.startswith(".")),
        key=str.casefold,
    )


class ReadingSettingsDialog(QDialog):
    """Edits a ``ReadingSettings``; ``previewed`` follows every change, OK keeps them."""

    #: The settings as they stand in the dialog (after any change): a ReadingSettings.
    previewed = Signal(object)

    def __init__(
        self, current: ReadingSettings, fonts: ReadingFonts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingSettingsDialog")
        self.setWindowTitle(self.tr("Reading Settings"))
        self._loading = False

        self.cjk_font = self._font_box(
            "cjkFont", QFontDatabase.WritingSystem.SimplifiedChinese, fonts.cjk
        )
        self.latin_font = self._font_box(
            "latinFont", QFontDatabase.WritingSystem.Latin, fonts.serif
        )
        self.size_box = QSpinBox(self)
        self.size_box.setObjectName("textSize")
        self.size_box.setRange(int(SIZE_RANGE[0]), int(SIZE_RANGE[1]))
        self.size_box.setSuffix(self.tr(" px"))
        self.line_spacing = QSpinBox(self)
        self.line_spacing.setObjectName("lineSpacing")
        # The step below the range's start stands for "automatic" (shown as its text).
        self.line_spacing.setRange(LINE_SPACING_RANGE[0] - 5, LINE_SPACING_RANGE[1])
        self.line_spacing.setSingleStep(5)
        self.line_spacing.setSuffix("%")
        self.line_spacing.setSpecialValueText(self.tr("Automatic (175% Chinese, 155% Latin)"))
        self.column = QSpinBox(self)
        self.column.setObjectName("columnWidth")
        self.column.setRange(*COLUMN_RANGE)
        self.column.setSuffix(self.tr(" characters"))
        self.justify = QCheckBox(self.tr("&Justify paragraphs (off: ragged right)"), self)
        self.justify.setObjectName("justify")
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        for choice in THEME_CHOICES:
            self.theme.addItem(theme_title(choice), choice)

        form = QFormLayout()
        rows = (
            (self.tr("&Chinese font:"), self.cjk_font),
            (self.tr("&Latin font:"), self.latin_font),
            (self.tr("Text &size:"), self.size_box),
            (self.tr("Line s&pacing:"), self.line_spacing),
            (self.tr("Column &width:"), self.column),
            ("", self.justify),
            (self.tr("&Theme:"), self.theme),
        )
        for text, field in rows:
            if text:
                label = QLabel(text, self)
                label.setBuddy(field)
                form.addRow(label, field)
            else:
                form.addRow(field)
        note = QLabel(self.tr("Zoom (Ctrl+= / Ctrl+-) scales the text size; F11: full screen."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(lambda: self.set_value(DEFAULT_READING))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

        self.set_value(current)
        for box in (self.cjk_font, self.latin_font, self.theme):
            box.currentIndexChanged.connect(self._changed)
        for spin in (self.size_box, self.line_spacing, self.column):
            spin.valueChanged.connect(self._changed)
        self.justify.toggled.connect(self._changed)

    def _font_box(
        self, name: str, system: QFontDatabase.WritingSystem, automatic: str | None
    ) -> QComboBox:
        """Installed families for ``system``, after an entry for the best one found."""
        box = QComboBox(self)
        box.setObjectName(name)
        found = automatic or self.tr("none installed")
        box.addItem(self.tr("Automatic ({font})").format(font=found), "")
        for family in installed_families(system):
            box.addItem(family, family)
        return box

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        index = box.findData(data)
        if index < 0 and data:  # a family no longer installed: shown, so nothing is lost
            box.addItem(data, data)
            index = box.count() - 1
        box.setCurrentIndex(max(0, index))

    def set_value(self, value: ReadingSettings) -> None:
        """Show ``value`` in the fields (previewed once, not once per field)."""
        self._loading = True
        try:
            self._select(self.cjk_font, value.cjk_family)
            self._select(self.latin_font, value.latin_family)
            self.size_box.setValue(round(value.size))
            spacing = value.line_spacing
            self.line_spacing.setValue(
                self.line_spacing.minimum() if spacing == LINE_SPACING_AUTO else spacing
            )
            self.column.setValue(value.column_ems)
            self.justify.setChecked(value.justify)
            self.theme.setCurrentIndex(max(0, self.theme.findData(value.theme)))
        finally:
            self._loading = False
        self._changed()

    def value(self) -> ReadingSettings:
        spacing = self.line_spacing.value()
        return ReadingSettings(
            cjk_family=str(self.cjk_font.currentData() or ""),
            latin_family=str(self.latin_font.currentData() or ""),
            size=float(self.size_box.value()),
            line_spacing=LINE_SPACING_AUTO if spacing == self.line_spacing.minimum() else spacing,
            column_ems=self.column.value(),
            justify=self.justify.isChecked(),
            theme=str(self.theme.currentData() or "system"),
        ).checked()

    def _changed(self, *_args: object) -> None:
        if not self._loading:
            self.previewed.emit(self.value())
