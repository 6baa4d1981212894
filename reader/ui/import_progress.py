"""The bulk import's progress under the Library's buttons: a determinate bar, pages per second
and time left, and Cancel (what is finished stays in the library)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from reader.store.importer import ImportProgress, clock


class ImportProgressBar(QWidget):
    """Hidden until an import starts; :meth:`show_progress` after each issue."""

    #: The reader pressed Cancel.
    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgressBar")
        self.bar.setAccessibleName(self.tr("Adding issues"))
        self.label = QLabel(self)
        self.label.setObjectName("importProgressLabel")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setToolTip(self.tr("Stop; the issues finished so far stay"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.label)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self) -> None:
        self.bar.setRange(0, 0)  # busy until the issues are counted
        self.label.setText(self.tr("Looking for issues…"))
        self.cancel_button.setEnabled(True)
        self.show()

    def show_progress(self, progress: ImportProgress) -> None:
        self.bar.setRange(0, progress.total)
        self.bar.setValue(progress.done)
        self.label.setText(
            self.tr("{done} of {total} issues · {rate} pages/s · {left} left").format(
                done=f"{progress.done:,}",
                total=f"{progress.total:,}",
                rate=f"{progress.pages_per_second:.1f}",
                left=clock(progress.seconds_left),
            )
        )

    def finish(self) -> None:
        self.hide()

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping…"))
        self.cancelRequested.emit()
