"""The page pane: the printed page beside the reading pane, with the shown story's zones outlined.

``PageView`` is the widget: a ``QGraphicsView`` whose scene is the page in its zone pixels
(``Page.image_size``), so zones, clicks and the picture share one coordinate system. The picture
is decoded in a worker (``reader.page_image.decode_page``) at the width it is shown, and again,
larger, when the reader zooms in; the GUI thread only paints the part that is on screen. With no
picture (or one that cannot be read), a schematic page is drawn from the coordinates: every
story's zones as boxes, headlines as bars. A page without any coordinates (plain text) says so.

``reader.ui.page_pane.PagePane`` is the window's collaborator: it puts the view beside the
reading pane (importing this module when the pane is first opened), follows the shown story,
selects the story of a clicked zone and remembers whether the pane is open.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from reader.model import Article, Issue, Page, Zone
from reader.page_image import DecoderProcess
from reader.ui.i18n import page_label

if TYPE_CHECKING:
    from reader.ui.workers import TaskRunner

log = logging.getLogger(__name__)

#: Zoom steps (each ×1.25) and their bounds, relative to fit-to-width.
ZOOM_STEP = 1.25
ZOOM_MIN = 0.25
ZOOM_MAX = 16.0
#: The widest decode, in pixels: deeper zoom scales this picture up (no tiles yet).
MAX_DECODE_WIDTH = 4096
#: A new decode is asked for when the one shown is narrower than this share of what is needed.
REDECODE_BELOW = 0.8
#: Wait this long after the last zoom step before decoding again (ms).
REDECODE_DELAY_MS = 120

OUTLINE = QColor(214, 60, 30)
OUTLINE_FILL = QColor(214, 60, 30, 40)
SCHEMATIC_PAPER = QColor(246, 242, 232)
BACKDROP = QColor(96, 96, 96)
SCHEMATIC_BLOCK = QColor(150, 150, 150)
SCHEMATIC_HEADLINE = QColor(90, 90, 90)


@dataclass(frozen=True, slots=True)
class Picture:
    """A decoded page picture as the worker hands it over."""

    #: The request it answers (older answers are dropped).
    ticket: int
    page_number: int
    image: QImage
    #: The file's own (width, height).
    full_size: tuple[int, int]


def decode_picture(
    decoder: DecoderProcess, ticket: int, page_number: int, path: str, width: int
) -> Picture:
    """Decode ``path`` about ``width`` pixels wide into a QImage (runs in a worker thread, which
    waits for ``decoder``'s child process)."""
    from reader.qimage import to_qimage  # (not reader.export.pdf: see reader.qimage)

    decoded = decoder.decode(path, width)
    return Picture(ticket, page_number, to_qimage(decoded), decoded.full_size)


def zone_space(page: Page, issue: Issue) -> tuple[int, int] | None:
    """The (width, height) the page's zones are measured in: the page's image size, else the
    extent of every zone on the page; None when the page has no geometry at all."""
    if page.image_size and page.image_size[0] > 0 and page.image_size[1] > 0:
        return page.image_size
    zones = [z for a in page.articles for z in a.zones if z.page == page.number]
    if not zones:
        return None
    right = max(z.x + z.width for z in zones)
    bottom = max(z.y + z.height for z in zones)
    return max(1, right), max(1, bottom)


def zones_on(article: Article, page_number: int) -> tuple[Zone, ...]:
    return tuple(z for z in article.zones if z.page == page_number)


class PictureItem(QGraphicsItem):
    """The decoded picture, stretched over the page's zone space; only the exposed part is
    painted, so a big picture costs nothing while it is off screen."""

    def __init__(self, image: QImage, space: tuple[int, int]) -> None:
        super().__init__()
        self.image = image
        self._rect = QRectF(0, 0, space[0], space[1])
        self.setZValue(-1)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        sx = self.image.width() / self._rect.width()
        sy = self.image.height() / self._rect.height()
        exposed = option.exposedRect.intersected(self._rect)  # type: ignore[attr-defined]
        if exposed.isEmpty():
            return
        source = QRectF(
            exposed.x() * sx, exposed.y() * sy, exposed.width() * sx, exposed.height() * sy
        )
        painter.drawImage(exposed, self.image, source)


class PageView(QGraphicsView):
    """One page: its picture (or a schematic), the current story's zones outlined."""

    #: The reader clicked inside a story's zone: that story's id.
    zoneClicked = Signal(str)
    #: A decoded picture is on screen: (page number, decoded width in pixels).
    pictureShown = Signal(int, int)
    #: The picture could not be shown: the one-line reason (the schematic page stands in).
    pictureFailed = Signal(str)
    #: The outline moved to these zones' story (after ``show_article``).
    outlineMoved = Signal(str)

    def __init__(
        self, runner: TaskRunner, decoder: DecoderProcess, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # A viewport made here: PySide6 knows its type, where working out the type of the one
        # Qt makes loads every QWidget subclass with its enums on the first ``viewport()`` call
        # (20 ms of the GUI thread, in the slice that drew the first page; see ReadingPane).
        self.setViewport(QWidget(self))
        self.setObjectName("pageView")
        self.setAccessibleName(self.tr("Page picture"))
        self.runner = runner
        self.decoder = decoder
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setBackgroundBrush(QBrush(BACKDROP))
        self._sketch_paper = SCHEMATIC_PAPER
        self._paper: QGraphicsRectItem | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.issue: Issue | None = None
        self.page: Page | None = None
        self.space: tuple[int, int] | None = None
        self.article_id: str | None = None
        self.zoom = 1.0
        self.message = ""
        self._picture: PictureItem | None = None
        self._decoded_width = 0
        self._full_width = 0
        self._ticket = 0
        self._pending = False
        self._failed_path: str | None = None
        self._outline: list[QGraphicsRectItem] = []
        self._schematic: list[QGraphicsItem] = []
        self._press: QPointF | None = None
        self._redecode = QTimer(self)
        self._redecode.setSingleShot(True)
        self._redecode.setInterval(REDECODE_DELAY_MS)
        self._redecode.timeout.connect(self._request_picture)

    # What is shown ----------------------------------------------------------------------------
    def set_issue(self, issue: Issue | None) -> None:
        """Show pages of ``issue`` from now on. The page on screen stays (drawing, picture and
        outline) when ``issue`` holds that very page: the same issue, or one grown by pages
        streaming in."""
        page = self.page
        self.issue = issue
        if page is not None and issue is not None and issue.page(page.number) is page:
            return
        self.page = None
        self.article_id = None
        self._clear_page()

    def show_article(self, article: Article | None, page_number: int | None = None) -> None:
        """Show the page of ``article`` (or page ``page_number``) with its zones outlined and
        scrolled into view."""
        issue = self.issue
        if issue is None:
            return
        number = article.page_number if article is not None else page_number
        page = issue.page(number) if number is not None else None
        if page is None:
            return
        if self.page is None or page.number != self.page.number:
            self._load_page(page)
        self.article_id = article.id if article is not None else None
        self._draw_outline(article)
        self.outlineMoved.emit(self.article_id or "")

    def set_colours(self, backdrop: QColor, sketch_paper: QColor) -> None:
        """The theme's colours: around the page, and the paper of a page sketched from its
        layout (a scan keeps its own)."""
        self.setBackgroundBrush(QBrush(backdrop))
        self._sketch_paper = sketch_paper
        if self._paper is not None:
            self._paper.setBrush(QBrush(sketch_paper))

    @property
    def outlined(self) -> list[QRectF]:
        """The outlined rectangles, in zone pixels (for tests and screenshots)."""
        return [item.rect() for item in self._outline]

    @property
    def has_picture(self) -> bool:
        return self._picture is not None

    @property
    def decoded_width(self) -> int:
        return self._decoded_width

    @property
    def schematic_items(self) -> int:
        return len(self._schematic)

    def _clear_page(self) -> None:
        self._ticket += 1  # answers to older requests are dropped
        self._pending = False
        self.scene().clear()
        self._paper = None
        self._picture = None
        self._outline = []
        self._schematic = []
        self._decoded_width = 0
        self._full_width = 0
        self._failed_path = None
        self.space = None
        self.message = ""
        self.resetTransform()

    def _load_page(self, page: Page) -> None:
        assert self.issue is not None
        self._clear_page()
        self.page = page
        self.space = zone_space(page, self.issue)
        if self.space is None:
            self.message = self.tr(
                "{page}: no layout: this page's text carries no positions"
            ).format(page=page_label(page, page.number))
            self.scene().setSceneRect(QRectF())
            self.viewport().update()
            return
        self.scene().setSceneRect(QRectF(0, 0, *self.space))
        paper = self.scene().addRect(QRectF(0, 0, *self.space), QPen(Qt.PenStyle.NoPen))
        paper.setBrush(QBrush(self._sketch_paper))
        paper.setZValue(-2)
        self._paper = paper
        self._draw_schematic(page)
        self.zoom = 1.0
        self._apply_zoom(keep_centre=False)
        if page.image:
            self._request_picture()
        else:
            self.message = self.tr(
                "{page}: no page picture beside the file; a sketch from the layout"
            ).format(page=page_label(page, page.number))

    def _draw_schematic(self, page: Page) -> None:
        """Every story's zones as boxes and a bar for each headline (hidden under a picture)."""
        scene = self.scene()
        pen = QPen(SCHEMATIC_BLOCK)
        pen.setCosmetic(True)
        for article in page.articles:
            zones = zones_on(article, page.number)
            for zone in zones:
                box = scene.addRect(QRectF(zone.x, zone.y, zone.width, zone.height), pen)
                box.setBrush(QBrush(QColor(255, 255, 255)))
                box.setZValue(-1.5)
                self._schematic.append(box)
            if article.headline and zones:
                first = zones[0]
                bar_height = max(2.0, min(first.height * 0.25, (self.space or (0, 0))[1] * 0.012))
                bar = scene.addRect(
                    QRectF(
                        first.x + first.width * 0.08,
                        first.y + bar_height * 0.5,
                        first.width * 0.84,
                        bar_height,
                    ),
                    QPen(Qt.PenStyle.NoPen),
                )
                bar.setBrush(QBrush(SCHEMATIC_HEADLINE))
                bar.setZValue(-1.4)
                self._schematic.append(bar)

    def _draw_outline(self, article: Article | None) -> None:
        scene = self.scene()
        for item in self._outline:
            scene.removeItem(item)
        self._outline = []
        if article is None or self.page is None or self.space is None:
            return
        pen = QPen(OUTLINE, 3)
        pen.setCosmetic(True)
        for zone in zones_on(article, self.page.number):
            item = scene.addRect(QRectF(zone.x, zone.y, zone.width, zone.height), pen)
            item.setBrush(QBrush(OUTLINE_FILL))
            item.setZValue(1)
            self._outline.append(item)
        bounds = self._outline_bounds()
        if bounds is not None:
            margin = 0.02 * self.space[0]
            self.ensureVisible(bounds.adjusted(-margin, -margin, margin, margin), 0, 0)
            if bounds.height() * self.transform().m22() < self.viewport().height():
                self.centerOn(
                    self.mapToScene(self.viewport().rect().center()).x(), bounds.center().y()
                )

    # The picture ------------------------------------------------------------------------------
    def _wanted_width(self) -> int:
        if self.space is None:
            return 0
        ratio = self.devicePixelRatioF() or 1.0
        width = self.space[0] * self.transform().m11() * ratio
        if self._full_width:
            width *= self._full_width / self.space[0]
            width = min(width, self._full_width)
        return int(min(MAX_DECODE_WIDTH, max(64, width)))

    def _request_picture(self) -> None:
        page = self.page
        if page is None or not page.image or self._pending or page.image == self._failed_path:
            return
        wanted = self._wanted_width()
        if self._decoded_width and self._decoded_width >= REDECODE_BELOW * wanted:
            return
        if self._full_width and self._decoded_width >= min(self._full_width, MAX_DECODE_WIDTH):
            return
        self._ticket += 1
        self._pending = True
        self.runner.start(
            decode_picture,
            self.decoder,
            self._ticket,
            page.number,
            page.image,
            wanted,
            on_success=self._on_picture,
            on_failure=self._on_picture_failed,
        )

    def _on_picture(self, picture: Picture) -> None:
        if picture.ticket != self._ticket or self.page is None or self.space is None:
            return
        self._pending = False
        if picture.page_number != self.page.number:
            return
        if self._picture is None:
            self._picture = PictureItem(picture.image, self.space)
            self.scene().addItem(self._picture)
        else:
            self._picture.prepareGeometryChange()
            self._picture.image = picture.image
            self._picture.update()
        for item in self._schematic:
            item.setVisible(False)
        self._decoded_width = picture.image.width()
        self._full_width = picture.full_size[0]
        self.message = ""
        self.pictureShown.emit(picture.page_number, self._decoded_width)
        self._redecode.start()  # the first answer may be smaller than the view now needs

    def _on_picture_failed(self, error: Exception) -> None:
        self._pending = False
        if self.page is None:
            return
        self._failed_path = self.page.image
        self.message = str(error).splitlines()[0] if str(error) else type(error).__name__
        log.info("page picture: %s", self.message)
        self.viewport().update()
        self.pictureFailed.emit(self.message)

    # Zoom and pan -----------------------------------------------------------------------------
    def fit_scale(self) -> float:
        """The scale that fits the page to the pane's width beside a vertical scroll bar,
        whether the bar is shown or not: a fit to the viewport's width as it is depended on the
        bar, and a page whose fitted height is about the pane's brought the bar in (narrower:
        shorter) and out (wider: taller) for ever, freezing the window."""
        if self.space is None:
            return 1.0
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        width = self.maximumViewportSize().width() - bar - 2
        return max(1e-4, width / self.space[0])

    def _apply_zoom(self, keep_centre: bool = True) -> None:
        centre = self.mapToScene(self.viewport().rect().center())
        scale = self.fit_scale() * self.zoom
        self.resetTransform()
        self.scale(scale, scale)
        if keep_centre:
            self.centerOn(centre)
            self._keep_outline_in_view(centre)
        self._redecode.start()

    def _outline_bounds(self) -> QRectF | None:
        """The rectangle around the outlined zones (scene units), or None with no outline."""
        if not self._outline:
            return None
        bounds = self._outline[0].rect()
        for item in self._outline[1:]:
            bounds = bounds.united(item.rect())
        return bounds

    def _keep_outline_in_view(self, centre: QPointF) -> None:
        """After a zoom about ``centre``: when the outline left the view, centre on the point of
        the outline nearest ``centre`` (its part the reader was closest to)."""
        bounds = self._outline_bounds()
        if bounds is None:
            return
        shown = self.mapToScene(self.viewport().rect()).boundingRect()
        if shown.intersects(bounds):
            return
        x = min(max(centre.x(), bounds.left()), bounds.right())
        y = min(max(centre.y(), bounds.top()), bounds.bottom())
        self.centerOn(x, y)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self.set_zoom(1.0)

    def set_zoom(self, zoom: float) -> None:
        """Zoom relative to fit-to-width (1.0), within ``ZOOM_MIN``..``ZOOM_MAX``."""
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        if self.space is not None:
            self._apply_zoom()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.space is not None:
            self._apply_zoom()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.set_zoom(self.zoom * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    _PAN_KEYS = (
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    )

    def event(self, event: QEvent) -> bool:
        # With the page focused, the arrows and Page Up/Down pan it (they win over the list's
        # shortcuts for the same keys, as in a text field); j/k still move through stories.
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event = event  # a QKeyEvent
            assert isinstance(key_event, QKeyEvent)
            if key_event.key() in self._PAN_KEYS and not key_event.modifiers() & ~(
                Qt.KeyboardModifier.KeypadModifier
            ):
                event.accept()
                return True
        return super().event(event)

    # Clicks -----------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        if (event.position() - press).manhattanLength() > 4:
            return  # a drag: panning, not a click
        article = self.article_at(self.mapToScene(event.position().toPoint()))
        if article is not None:
            self.zoneClicked.emit(article.id)

    def article_at(self, point: QPointF) -> Article | None:
        """The story whose zone holds ``point`` (scene = zone pixels); the smallest zone wins."""
        if self.page is None:
            return None
        best: tuple[float, Article] | None = None
        for article in self.page.articles:
            for zone in zones_on(article, self.page.number):
                if (
                    zone.x <= point.x() <= zone.x + zone.width
                    and zone.y <= point.y() <= zone.y + zone.height
                ):
                    area = float(zone.width) * zone.height
                    if best is None or area < best[0]:
                        best = (area, article)
        return best[1] if best else None

    def zone_centre_in_view(self, zone: Zone) -> QPointF:
        """Where the centre of ``zone`` is in viewport coordinates (tests click there)."""
        return QPointF(
            self.mapFromScene(QPointF(zone.x + zone.width / 2, zone.y + zone.height / 2))
        )
