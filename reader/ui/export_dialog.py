"""File › Export Selected…: choose format, file and PDF options; the last choices are remembered."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.export import PAGE_SIZES, ExportOptions
from reader.export.common import DEFAULT_FONT_SIZE, FORMATS
from reader.ui.export_worker import ExportWorker
from reader.ui.i18n import QT_TRANSLATE_NOOP

#: Format name -> (label in the combo box, translated when shown; extension).
FORMAT_CHOICES: dict[str, tuple[str, str]] = {
    "pdf": (QT_TRANSLATE_NOOP("ExportDialog", "PDF document"), ".pdf"),
    "markdown": (QT_TRANSLATE_NOOP("ExportDialog", "Markdown"), ".md"),
    "html": (QT_TRANSLATE_NOOP("ExportDialog", "HTML page"), ".html"),
    "text": (QT_TRANSLATE_NOOP("ExportDialog", "Plain text"), ".txt"),
}

_KEY = "export/"


class ExportDialog(QDialog):
    """Asks where and how to export the selected stories. Read the answer with ``target()``
    and ``options()`` after ``accepted``; the choices are saved to the QSettings passed in."""

    #: The person pressed Export with a usable file name (also emitted as QDialog.accepted).
    chosen = Signal()

    def __init__(
        self,
        settings: QSettings,
        story_count: int,
        *,
        suggested_name: str = "stories",
        highlight_terms: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export Selected Stories"))
        self._settings = settings
        self._terms = highlight_terms
        self.summary = QLabel(self.tr("Export %n selected story(s).", "", story_count))

        self.format_box = QComboBox()
        for name, (label, ext) in FORMAT_CHOICES.items():
            self.format_box.addItem(f"{self.tr(label)} ({ext})", name)
        self.path_edit = QLineEdit()
        self.browse_button = QPushButton(self.tr("&Browse…"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse_button)

        self.page_size_box = QComboBox()
        self.page_size_box.addItems(list(PAGE_SIZES))
        self.font_size_box = QDoubleSpinBox()
        self.font_size_box.setRange(6.0, 24.0)
        self.font_size_box.setSingleStep(0.5)
        self.font_size_box.setDecimals(1)
        self.font_size_box.setSuffix(self.tr(" pt"))
        self.one_per_page_box = QCheckBox(self.tr("Start each story on a &new page"))
        self.contents_box = QCheckBox(self.tr("&Contents list at the start"))
        self.crops_box = QCheckBox(self.tr("A &picture of each story cut from its page scan (PDF)"))
        self.highlights_box = QCheckBox(self.tr("&Keep highlighted terms"))
        if highlight_terms:
            self.highlights_box.setToolTip(
                self.tr("Marks: {terms}").format(terms=", ".join(highlight_terms))
            )
        else:
            self.highlights_box.setToolTip(self.tr("No terms are highlighted now"))
        self.error_label = QLabel()
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # (it names a path)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("F&ormat:"), self.format_box)
        form.addRow(self.tr("&File:"), path_row)
        file_label = form.labelForField(path_row)
        if isinstance(file_label, QLabel):  # a row of a layout: its label needs its field named
            file_label.setBuddy(self.path_edit)
        form.addRow(self.tr("Page &size:"), self.page_size_box)
        form.addRow(self.tr("&Text size:"), self.font_size_box)
        form.addRow("", self.one_per_page_box)
        form.addRow("", self.contents_box)
        form.addRow("", self.crops_box)
        form.addRow("", self.highlights_box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._restore(suggested_name)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        self.browse_button.clicked.connect(self._browse)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_enabled()

    # Choices ---------------------------------------------------------------------------------
    def format_name(self) -> str:
        return str(self.format_box.currentData())

    def target(self) -> Path:
        """The file to write, with the chosen format's extension."""
        text = self.path_edit.text().strip()
        path = Path(text).expanduser()
        ext = FORMAT_CHOICES[self.format_name()][1]
        return path if path.suffix.lower() == ext else path.with_name(path.name + ext)

    def options(self) -> ExportOptions:
        return ExportOptions(
            page_size=self.page_size_box.currentText(),
            font_size=self.font_size_box.value(),
            one_per_page=self.one_per_page_box.isChecked(),
            contents=self.contents_box.isChecked(),
            page_crops=self.crops_box.isChecked() and self.format_name() == "pdf",
            highlight_terms=self._terms if self.highlights_box.isChecked() else (),
        )

    # QDialog ---------------------------------------------------------------------------------
    def accept(self) -> None:
        problem = self._problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            return
        self._save()
        self.chosen.emit()
        super().accept()

    # Internals -------------------------------------------------------------------------------
    def _problem(self) -> str | None:
        if not self.path_edit.text().strip():
            return self.tr("Choose a file to export to.")
        target = self.target()
        if target.is_dir():
            return self.tr("{path} is a folder; give a file name.").format(path=target)
        if not target.parent.is_dir():
            return self.tr("The folder {path} does not exist.").format(path=target.parent)
        return None

    def _restore(self, suggested_name: str) -> None:
        s = self._settings
        fmt = str(s.value(_KEY + "format", "pdf", type=str))
        index = self.format_box.findData(fmt)
        self.format_box.setCurrentIndex(max(0, index))
        size = str(s.value(_KEY + "page_size", "A4", type=str))
        self.page_size_box.setCurrentIndex(max(0, self.page_size_box.findText(size)))
        self.font_size_box.setValue(_number(s.value(_KEY + "font_size"), DEFAULT_FONT_SIZE))
        self.one_per_page_box.setChecked(bool(s.value(_KEY + "one_per_page", False, type=bool)))
        self.contents_box.setChecked(bool(s.value(_KEY + "contents", False, type=bool)))
        self.crops_box.setChecked(bool(s.value(_KEY + "page_crops", False, type=bool)))
        keep = bool(s.value(_KEY + "keep_highlights", True, type=bool))
        self.highlights_box.setChecked(keep and bool(self._terms))
        folder = str(s.value(_KEY + "folder", "", type=str)) or str(Path.home())
        ext = FORMAT_CHOICES[self.format_name()][1]
        self.path_edit.setText(str(Path(folder) / f"{_safe_file_name(suggested_name)}{ext}"))
        self._fit_path()

    def _fit_path(self) -> None:
        """Make the file field wide enough for its path (up to 60% of the screen's width)."""
        edit = self.path_edit
        wanted = edit.fontMetrics().horizontalAdvance(edit.text()) + 4 * edit.fontMetrics().height()
        screen = self.screen()
        cap = int(screen.availableGeometry().width() * 0.6) if screen is not None else 900
        edit.setMinimumWidth(max(edit.minimumWidth(), min(wanted, cap)))

    def _save(self) -> None:
        s = self._settings
        s.setValue(_KEY + "format", self.format_name())
        s.setValue(_KEY + "page_size", self.page_size_box.currentText())
        s.setValue(_KEY + "font_size", self.font_size_box.value())
        s.setValue(_KEY + "one_per_page", self.one_per_page_box.isChecked())
        s.setValue(_KEY + "contents", self.contents_box.isChecked())
        s.setValue(_KEY + "page_crops", self.crops_box.isChecked())
        if self._terms:
            s.setValue(_KEY + "keep_highlights", self.highlights_box.isChecked())
        s.setValue(_KEY + "folder", str(self.target().parent))

    def _format_changed(self) -> None:
        text = self.path_edit.text().strip()
        if text:
            path = Path(text)
            ext = FORMAT_CHOICES[self.format_name()][1]
            if path.suffix.lower() in FORMATS:
                path = path.with_suffix(ext)
            else:
                path = path.with_name(path.name + ext)
            self.path_edit.setText(str(path))
        self._update_enabled()

    def _update_enabled(self) -> None:
        pdf = self.format_name() == "pdf"
        # (the page crops too: a Markdown, HTML or text file left them out without a word)
        pdf_only = (self.page_size_box, self.font_size_box, self.one_per_page_box, self.crops_box)
        for widget in pdf_only:
            widget.setEnabled(pdf)
        self.highlights_box.setEnabled(bool(self._terms) and self.format_name() != "text")

    def _browse(self) -> None:
        name = self.format_name()
        label, ext = FORMAT_CHOICES[name]
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), str(self.target()), f"{self.tr(label)} (*{ext})"
        )
        if chosen:
            self.path_edit.setText(chosen)


def _number(value: object, default: float) -> float:
    """A stored number, or ``default`` when the setting is missing or damaged."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default


#: Separators of a title that make odd file names ("晨星科技报 · 2025-03-18 — 3 stories"): each,
#: with the spaces around it, becomes one space.
_NAME_SEPARATORS = re.compile(r"\s*[·•・‧|—–]\s*|\s+")


def _safe_file_name(name: str) -> str:
    """``name`` as a plain file name: "晨星科技报 · 2025-03-18" → "晨星科技报 2025-03-18";
    characters that file systems reject become "_", control and format characters go."""
    kept = "".join(
        " " if c.isspace() else "_" if c in '/\\:*?"<>' else c
        for c in name
        if c.isspace() or unicodedata.category(c) not in ("Cc", "Cf")
    )
    cleaned = _NAME_SEPARATORS.sub(" ", kept).strip(" .")
    return cleaned or "stories"


class ExportProgressDialog(QProgressDialog):
    """Shows a running export's progress without blocking the window; Cancel cancels it.

    It appears only when the export takes longer than ``minimumDuration`` and closes itself
    when the export ends, whatever the outcome (the window reports the outcome).
    """

    def __init__(self, worker: ExportWorker, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ExportProgressDialog", "Exporting to {name}…").format(
                name=worker.target.name
            ),
            QCoreApplication.translate("ExportProgressDialog", "Cancel"),
            0,
            100,
            parent,
        )
        self.setWindowTitle(self.tr("Export"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setMinimumDuration(400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setValue(0)
        self._worker = worker
        self.canceled.connect(worker.cancel)
        worker.signals.progress.connect(self._progress)
        worker.signals.done.connect(self._finish)

    def _progress(self, done: int, total: int) -> None:
        if total > 0 and not self.wasCanceled():
            self.setValue(min(99, done * 100 // total))

    def _finish(self) -> None:
        # close() would emit ``canceled`` (QProgressDialog's closeEvent does); the export is over.
        self.canceled.disconnect(self._worker.cancel)
        self.setValue(100)
        self.hide()
