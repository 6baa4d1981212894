"""The page pane: the picture decoded in a worker at the size shown, the story's zones outlined
and following the keyboard, a click selecting a story, the schematic page, and pictures that are
missing, corrupt or too large shown as one quiet line."""

from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from reader.model import Article, ArticleKind, Issue, Page, Zone
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from tests.conftest import corpus_file
from tests.ui.conftest import WindowFactory, open_and_wait

SPACE = (1200, 1600)
ZONES = {
    "p1-fire": (Zone(1, 60, 60, 520, 700),),
    "p1-council": (Zone(1, 620, 60, 520, 300), Zone(1, 620, 400, 520, 360)),
    "p1-weather": (Zone(1, 60, 1300, 1080, 240),),
}


def paged_issue(image: Path | None, size: tuple[int, int] | None = SPACE) -> Issue:
    articles = tuple(
        Article(
            id=article_id,
            kind=ArticleKind.STORY,
            headline=article_id.split("-")[1].upper(),
            paragraphs=(f"The {article_id} story, told in a sentence.",),
            zones=zones,
        )
        for article_id, zones in ZONES.items()
    )
    page = Page(
        number=1,
        articles=articles,
        image=str(image) if image else None,
        image_size=size,
    )
    return Issue(newspaper="Test Gazette", date="1920-11-15", pages=(page,), source="paged")


def scan(path: Path, size: tuple[int, int] = (2400, 3200)) -> Path:
    image = Image.new("L", size, 250)
    draw = ImageDraw.Draw(image)
    for y in range(0, size[1], 24):
        draw.line((40, y, size[0] - 40, y), fill=30, width=4)
    image.save(path)
    return path


def open_with_pane(qtbot: QtBot, make_window: WindowFactory, issue: Issue) -> MainWindow:
    window = make_window({"paged": issue})
    window.page_pane.set_visible(True)
    open_and_wait(qtbot, window, "paged")
    return window


def rects(zones: tuple[Zone, ...]) -> list[QRectF]:
    return [QRectF(z.x, z.y, z.width, z.height) for z in zones]


def test_the_picture_is_decoded_in_a_worker_at_the_width_shown(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.page_image import DecoderProcess

    threads: list[str] = []
    real = DecoderProcess.decode

    def recording(self: DecoderProcess, path: Path, width: int) -> object:
        threads.append(threading.current_thread().name)
        return real(self, path, width)

    monkeypatch.setattr(DecoderProcess, "decode", recording)
    image = scan(tmp_path / "page.jpg")
    window = make_window({"paged": paged_issue(image)})
    window.page_pane.set_visible(True)
    view = window.page_pane.view
    with qtbot.waitSignal(view.pictureShown, timeout=20_000) as shown:
        open_and_wait(qtbot, window, "paged")
    assert threads and threading.main_thread().name not in threads
    # The pixels were decoded in the decoder's child process, not in this one.
    decoder = window.page_pane.decoder
    qtbot.waitUntil(lambda: decoder.pid is not None)
    assert decoder.pid != os.getpid()
    width = shown.args[1]
    # Decoded at about the width on screen, far below the file's 2400 pixels.
    on_screen = view.viewport().width() * view.devicePixelRatioF()
    assert 0.75 * on_screen <= width <= 1.3 * on_screen + 64
    assert width < 2400
    assert view.has_picture and view.schematic_items and view.message == ""

    # Zooming in asks for a sharper picture, again in a worker.
    asked = len(threads)
    with qtbot.waitSignal(view.pictureShown, timeout=20_000) as sharper:
        for _ in range(3):
            view.zoom_in()
    assert len(threads) > asked and threading.main_thread().name not in threads
    assert sharper.args[1] > width


def test_the_shown_storys_zones_are_outlined_and_follow_the_keyboard(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_with_pane(qtbot, make_window, paged_issue(scan(tmp_path / "page.png")))
    view = window.page_pane.view
    assert window.current_id == "p1-fire"
    assert view.outlined == rects(ZONES["p1-fire"])

    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    with qtbot.waitSignal(view.outlineMoved) as moved:
        QTest.keySequence(window.tree, QKeySequence("J"))
    assert moved.args == ["p1-council"]
    assert view.outlined == rects(ZONES["p1-council"])

    # The last story sits at the foot of the page: zoomed in, it is scrolled into view.
    view.set_zoom(3.0)
    with qtbot.waitSignal(view.outlineMoved):
        QTest.keySequence(window.tree, QKeySequence("J"))
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.intersects(rects(ZONES["p1-weather"])[0])


def test_zooming_keeps_the_shown_storys_outline_in_view(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_with_pane(qtbot, make_window, paged_issue(scan(tmp_path / "page.png")))
    view = window.page_pane.view
    # A pane wide enough that a zoomed page scrolls both ways (the test window's pane is a
    # sliver once its layout settles, and a page that fits cannot be scrolled to a centre).
    window.resize(1600, 900)
    window.splitter.setSizes([250, 500, 800])
    qtbot.waitUntil(lambda: view.viewport().width() > 400 and view.viewport().height() > 400)
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    while window.current_id != "p1-weather":  # the story at the foot of the page
        with qtbot.waitSignal(view.outlineMoved):
            QTest.keySequence(window.tree, QKeySequence("J"))
    outline = rects(ZONES["p1-weather"])[0]

    def in_view() -> bool:
        return view.mapToScene(view.viewport().rect()).boundingRect().intersects(outline)

    assert in_view()
    view.verticalScrollBar().setValue(0)  # the reader looks at the head of the page
    for zoom in (1.5, 2.5, 4.0, 6.0):
        view.set_zoom(zoom)  # about the centre, far from the outline: it is kept in view
        assert in_view(), zoom
    for _ in range(5):
        view.zoom_out()
        assert in_view(), view.zoom
    # Inside the outline, the zoom keeps the centre where the reader put it.
    view.set_zoom(3.0)
    view.centerOn(outline.center())
    before = view.mapToScene(view.viewport().rect().center())
    view.zoom_in()
    after = view.mapToScene(view.viewport().rect().center())
    # (within a few zone pixels: scroll bars move in whole screen pixels)
    assert abs(after.x() - before.x()) < 6 and abs(after.y() - before.y()) < 6


def test_clicking_a_zone_selects_its_story(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_with_pane(qtbot, make_window, paged_issue(scan(tmp_path / "page.png")))
    view = window.page_pane.view
    target = ZONES["p1-council"][1]
    with (
        qtbot.waitSignal(window.articleShown) as shown,
        qtbot.waitSignal(view.outlineMoved),  # (the page follows in a turn of its own)
    ):
        qtbot.mouseClick(
            view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=view.zone_centre_in_view(target).toPoint(),
        )
    assert shown.args == ["p1-council"]
    assert window.current_id == "p1-council"
    assert view.outlined == rects(ZONES["p1-council"])


def test_without_a_picture_a_schematic_page_shows_where_the_story_sits(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = open_with_pane(qtbot, make_window, paged_issue(None, size=None))
    view = window.page_pane.view
    assert not view.has_picture
    # A box per zone and a bar per headline, in a page as large as the zones reach.
    assert view.schematic_items == sum(len(z) for z in ZONES.values()) + len(ZONES)
    assert view.space == (1140, 1540)
    assert view.outlined == rects(ZONES["p1-fire"])
    label = window.page_pane.label
    assert label.isVisible() and "no page picture" in label.text()
    assert window.open_messages == []


def test_a_page_without_positions_says_so_quietly(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()  # the plain-text sample issues: no zones, no pictures
    window.page_pane.set_visible(True)
    open_and_wait(qtbot, window, "en")
    view = window.page_pane.view
    assert view.space is None and not view.has_picture and view.outlined == []
    assert "no layout" in window.page_pane.label.text()
    assert window.open_messages == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\xff\xd8\xff\xe0 not really a JPEG" * 8, ""),
        (None, "the page picture is not there"),
    ],
    ids=["corrupt", "missing"],
)
def test_a_bad_picture_is_one_quiet_line_over_the_schematic(
    qtbot: QtBot,
    make_window: WindowFactory,
    tmp_path: Path,
    content: bytes | None,
    reason: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    image = tmp_path / "page.jpg"
    if content is not None:
        image.write_bytes(content)
    window = make_window({"paged": paged_issue(image)})
    window.page_pane.set_visible(True)
    view = window.page_pane.view
    with qtbot.waitSignal(view.pictureFailed, timeout=20_000) as failed:
        open_and_wait(qtbot, window, "paged")
    message = failed.args[0]
    assert message.startswith(f"{image}: ") and "\n" not in message
    assert reason in message
    assert window.page_pane.label.text() == message
    assert not view.has_picture and view.outlined == rects(ZONES["p1-fire"])
    assert window.open_messages == []
    assert "Traceback" not in caplog.text


def test_a_picture_too_large_to_decode_is_refused_politely(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from tests.test_page_image import _png_header

    image = tmp_path / "page.png"
    image.write_bytes(_png_header(60_000, 80_000))
    window = make_window({"paged": paged_issue(image)})
    window.page_pane.set_visible(True)
    view = window.page_pane.view
    with qtbot.waitSignal(view.pictureFailed, timeout=20_000) as failed:
        open_and_wait(qtbot, window, "paged")
    assert "60000×80000 pixels, more than the" in failed.args[0]
    assert view.schematic_items and not view.has_picture


def test_p_toggles_the_pane_and_it_is_remembered(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "pane.ini")
    window = make_window(settings=settings)
    assert not window.page_pane.visible
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    QTest.keySequence(window.tree, QKeySequence("P"))
    assert window.page_pane.visible and window.keymap_actions["toggle_page"].isChecked()
    window.close()
    again = make_window(settings=Settings(tmp_path / "pane.ini"))
    assert again.page_pane.visible and again.keymap_actions["toggle_page"].isChecked()
    again.tree.setFocus()
    qtbot.waitUntil(again.tree.hasFocus)
    QTest.keySequence(again.tree, QKeySequence("P"))
    assert not again.page_pane.visible


@pytest.mark.parametrize("list_width", [300, 0], ids=["list-open", "list-collapsed"])
def test_opened_in_an_800_by_600_window_the_page_gets_room_and_the_story_stays_readable(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path, list_width: int
) -> None:
    from reader.ui.window_layout import LayoutGuard

    window = make_window({"paged": paged_issue(scan(tmp_path / "page.png"))})
    window.resize(800, 600)
    open_and_wait(qtbot, window, "paged")
    sizes = window.splitter.sizes()
    window.splitter.setSizes([list_width, sum(sizes) - list_width, 0])
    window.tree.setFocus()
    qtbot.waitUntil(window.tree.hasFocus)
    QTest.keySequence(window.tree, QKeySequence("P"))
    view = window.page_pane.view
    qtbot.waitUntil(lambda: view.outlined == rects(ZONES["p1-fire"]))
    listed, reading, page = window.splitter.sizes()
    # The reading pane keeps its readable line; the list gives way (to its narrowest useful
    # width) so that the page is more than a sliver (it was 68 pixels wide here).
    assert reading >= window.pane.minimumWidth()
    assert page >= 150
    assert listed == 0 if list_width == 0 else listed >= LayoutGuard.LIST_MIN


def test_a_page_whose_fitted_height_is_about_the_panes_settles_and_never_loops(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    """Fitted to the width without a scroll bar, the page is a little taller than the pane (so
    the bar appears); fitted to the narrower width beside the bar, it is a little shorter (so the
    bar goes). The fit must not depend on the bar: it flipped for ever and froze the window
    (met on the BnF page in an 800x600 window)."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QStyle

    window = open_with_pane(qtbot, make_window, paged_issue(None))
    view = window.page_pane.view
    qtbot.waitUntil(lambda: view.space is not None)
    bar = view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, view)
    free = view.maximumViewportSize()
    width = 1000
    # fitted scale with the bar (s1) and without (s2); a height between the two fits
    s1, s2 = (free.width() - bar - 2) / width, (free.width() - 2) / width
    height = round(free.height() / ((s1 + s2) / 2))
    assert height * s1 < free.height() < height * s2

    class Resizes(QObject):
        count = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Resize:
                self.count += 1
                if self.count > 200:  # break the loop so that the test can fail, not hang
                    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            return False

    resizes = Resizes()
    view.viewport().installEventFilter(resizes)
    zones = {"p1-tall": (Zone(1, 0, 0, width, height),)}
    article = Article(id="p1-tall", kind=ArticleKind.STORY, headline="T", paragraphs=("x.",))
    tall = Issue(
        pages=(Page(number=1, articles=(replace(article, zones=zones["p1-tall"]),)),),
        source="tall",
    )
    window.opener.set_loader(lambda _path: tall)
    open_and_wait(qtbot, window, "tall")
    qtbot.wait(300)
    assert resizes.count < 20
    assert view.space == (width, height) and view.outlined == rects(zones["p1-tall"])


def test_the_real_evening_star_page_shows_its_picture_and_zones(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    from reader.parse import load_issue

    folder = corpus_file("mets/chronam-eveningstar-1920-11-15/0007.xml").parent
    window = make_window()
    window.opener.set_loader(load_issue)
    window.page_pane.set_visible(True)
    view = window.page_pane.view
    with qtbot.waitSignal(view.pictureShown, timeout=60_000):
        issue = open_and_wait(qtbot, window, folder)
    first = window.current_row
    assert first is not None and first.article is not None and first.article.zones
    assert issue.pages[0].image_size == (2863, 3736)
    assert view.outlined == rects(first.article.zones)


def test_a_closed_pane_builds_no_view_until_it_is_first_opened(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    from reader.ui.page_view import PageView
    from reader.ui.settings import Settings

    settings = Settings(tmp_path / "lazy.ini")
    window = make_window(settings=settings)
    assert not window.page_pane.visible
    open_and_wait(qtbot, window, "en")  # stories shown: still nothing built for the pane
    assert window.page_pane.container.findChildren(PageView) == []
    window.page_pane.set_visible(True)
    assert len(window.page_pane.container.findChildren(PageView)) == 1
    assert window.page_pane.view.issue is window.issue
    window.close()
    # Remembered: the next window opens with the pane, built with the window.
    again = make_window(settings=Settings(tmp_path / "lazy.ini"))
    assert again.page_pane.visible
    assert len(again.page_pane.container.findChildren(PageView)) == 1


def test_decoding_a_picture_does_not_import_the_pdf_export(tmp_path: Path) -> None:
    """The decode worker turns the pixels into a QImage with ``reader.qimage``: importing the
    PDF export there (Qt's printing classes, ~0.1–0.26 s holding the interpreter's lock) made
    the window wait while it painted its first issue."""
    import subprocess
    import sys

    picture = tmp_path / "page.jpg"
    Image.new("RGB", (300, 400), "white").save(picture)
    code = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv[:1])\n"
        "from reader.page_image import DecoderProcess\n"
        "from reader.ui.page_view import decode_picture\n"
        "decoder = DecoderProcess()\n"
        f"picture = decode_picture(decoder, 1, 1, {str(picture)!r}, 150)\n"
        "decoder.close()\n"
        "assert picture.image.width() == 150, picture.image.width()\n"
        "print(sorted(m for m in sys.modules if m.startswith('reader.export')))\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_page_views_module_is_imported_when_the_pane_is_first_opened(tmp_path: Path) -> None:
    """A window whose pane is closed does not import ``reader.ui.page_view`` (PySide6's
    QGraphics classes: ~7 ms of start-up CPU) nor the decoder's ``reader.page_image`` (with
    the formats' registry: ~2 ms); opening the pane does, and builds the view."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication(sys.argv[:1])\n"
        "from reader.ui.main_window import MainWindow\n"
        "from reader.ui.settings import Settings\n"
        "from reader.text.segment import Segmenter\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "window = MainWindow(settings=Settings(folder / 's.ini'),\n"
        "                    segmenter=Segmenter(cache_dir=folder / 'j'), load_issue=print)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "before = [m in sys.modules for m in ('reader.ui.page_view', 'reader.page_image')]\n"
        "window.page_pane.set_visible(True)\n"
        "view = type(window.page_pane.view).__name__\n"
        "after = [m in sys.modules for m in ('reader.ui.page_view', 'reader.page_image')]\n"
        "print(*before, *after, view)\n"
        "window.page_pane.close()\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(root))
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=root, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False", "True", "True", "PageView"]
