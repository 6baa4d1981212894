"""A decoded page picture as a QImage: the Qt side of ``reader.page_image``, shared by the page
view and the PDF export.

Its own small module so that the page view's decode worker does not import the PDF export
(``reader.export.pdf`` and Qt's printing classes: ~0.1–0.26 s of imports holding the
interpreter's lock, in a worker thread while the window paints its first issue).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from reader.page_image import DecodedPage


def to_qimage(decoded: DecodedPage) -> QImage:
    """A QImage (RGB32, the format the raster painter draws fastest) of a decoded picture."""
    width, height = decoded.size
    grey = decoded.mode == "L"
    fmt = QImage.Format.Format_Grayscale8 if grey else QImage.Format.Format_RGB888
    image = QImage(decoded.data, width, height, width * (1 if grey else 3), fmt)
    return image.convertToFormat(QImage.Format.Format_RGB32)  # a copy: owns its pixels
