"""Render the main window on the bundled sample issues, with highlighted terms, to PNG files.

    QT_QPA_PLATFORM=offscreen python -m reader.ui.screenshot [--out resources/screenshots]
        [--corpus ../shared/corpus] [--size 1280x800]

The layout pictures (800x600 with a panel open) at twice the scale:

    QT_SCALE_FACTOR=2 python -m reader.ui.screenshot --only-layout

The page-view pictures open a Chronicling America page of the test corpus (its METS folder: the
ALTO with its scan); without the corpus they are left out. The window while a parsed 8-page
issue streams in (not part of the set; at any size and scale):

    python -m reader.ui.screenshot --only-streaming --size 800x600 --out /tmp/shots

Settings and the library go to a temporary folder, so your own window state, library and
bookmarks neither change the pictures nor are changed by them.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from reader.qt_compat import pin_singletons
from reader.text.segment import Segmenter
from reader.ui.app import default_loader
from reader.ui.i18n import install_translators
from reader.ui.main_window import MainWindow
from reader.ui.resources import resources_dir, sample_issue_path
from reader.ui.services import SEARCH_PANEL
from reader.ui.settings import Settings


@dataclass(frozen=True, slots=True)
class Shot:
    """One picture: which sample, which story (by headline), which terms, in which theme
    ("light", "sepia", "dark"; the reading settings' ``theme``), with the first-run hint?"""

    file: str
    sample: str
    headline: str
    terms: str
    theme: str = "light"
    first_run: bool = False
    #: The interface language (reader.ui.i18n.LANGUAGES).
    language: str = "en"


SHOTS = (
    Shot("window-zh.png", "zh-daily", "我国新一代深海着陆器完成万米海试", "着陆器 海试"),
    Shot("window-en.png", "en-gazette", "FIRE SWEEPS HARBOR DOCKS", "fire harbor"),
    Shot("window-dark.png", "zh-daily", "我国新一代深海着陆器完成万米海试", "着陆器", theme="dark"),
    Shot("window-sepia.png", "en-gazette", "FIRE SWEEPS HARBOR DOCKS", "harbor", theme="sepia"),
    Shot("window-first-run.png", "en-gazette", "FIRE SWEEPS HARBOR DOCKS", "", first_run=True),
    # The interface in Chinese, on a teaser: its kind and its link are the interface's words.
    Shot("window-zh-ui.png", "zh-daily", "春灌用水实现“一网统管”", "科技", language="zh_CN"),
)


def shot_settings(path: Path, theme: str = "light", first_run: bool = False) -> Settings:
    """Settings for a picture: the theme chosen, the first-run hint dismissed unless wanted."""
    settings = Settings(path)
    settings.reading = replace(settings.reading, theme=theme)
    settings.first_run_hint_seen = not first_run
    return settings


def wait_for(signal: SignalInstance, start: Callable[[], object], timeout_ms: int = 20_000) -> None:
    """Call ``start`` and spin an event loop until ``signal`` fires (or the timeout)."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    start()
    loop.exec()
    signal.disconnect(loop.quit)


def settle(milliseconds: int = 200) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def render(shot: Shot, out_dir: Path, segmenter: Segmenter, config: Path) -> Path:
    app = QApplication.instance()
    assert app is not None
    install_translators(app, shot.language)  # (before the window: strings are set translated)
    window = MainWindow(
        settings=shot_settings(config / f"{shot.file}.ini", shot.theme, shot.first_run),
        segmenter=segmenter,
        load_issue=default_loader,
    )
    window.resize(1280, 800)
    if not segmenter.ready:
        wait_for(window.segmenterReady, window.show)
    window.show()
    wait_for(window.issueShown, lambda: window.open_path(sample_issue_path(shot.sample)))
    issue = window.issue
    if issue is None:
        raise SystemExit(f"could not open the sample issue {shot.sample}")
    target = next((a for a in issue.articles if a.headline == shot.headline), issue.articles[0])
    # Read a few stories first, so the list shows read and unread rows.
    for article in issue.articles[:3]:
        window.show_article(article.id)
    window.show_article(target.id)
    if shot.terms:
        window.highlighting.open_bar()
        wait_for(window.hitCountsReady, lambda: window.highlighting.set_terms(shot.terms))
    window.tree.setFocus()
    settle()
    if shot.first_run:  # (the hint comes a little after the window: MainWindow.HINT_DELAY_MS)
        for _ in range(100):
            if window.first_run_hint is not None:
                break
            settle(50)
        settle()
    path = out_dir / shot.file
    window.grab().save(str(path))
    window.close()
    window.deleteLater()
    install_translators(app, "en")
    return path


#: The search picture: the Search panel open on a query, its best hit opened.
SEARCH_SHOT = Shot("window-search.png", "zh-daily", "", "智能")


def render_search(
    shot: Shot,
    out_dir: Path,
    segmenter: Segmenter,
    config: Path,
    size: tuple[int, int] = (1280, 800),
) -> Path:
    """The window as the app wires it, with both samples in the library and a search done."""
    from reader.ui.wiring import StoreWiring, check_library

    # A library of its own for each picture: the user database keeps the window's size and
    # docks, and attaching the library restores them, so the 800x600 picture made after the
    # 1280x800 one came out at 1280x800.
    for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):
        os.environ[var] = str(config / f"library-{shot.file}" / var.lower())
    window = MainWindow(
        settings=shot_settings(config / f"search-{shot.file}.ini"),
        segmenter=segmenter,
        load_issue=default_loader,
    )
    window.resize(*size)
    window.show()
    wiring = StoreWiring(window)
    if not wiring.attach(check_library()) or wiring.library is None or wiring.search is None:
        raise SystemExit("could not open a library in the temporary folder")
    wiring.library.add([sample_issue_path(shot.sample), sample_issue_path("en-gazette")])
    wait_for(window.issueShown, lambda: window.open_path(sample_issue_path(shot.sample)))
    # A bookmark, so the list shows its star.
    window.show_article(window.issue.articles[0].id if window.issue else "")
    window.toggle_bookmark()
    window.docks.show_panel(SEARCH_PANEL)
    search = wiring.search
    wait_for(search.searchFinished, lambda: search.search(shot.terms))
    # The best hit is a teaser (headlines weigh most); the next one is a full story.
    search.results.setCurrentIndex(search.model.index(min(1, search.model.rowCount() - 1), 0))
    wait_for(window.hitCountsReady, search.results.enterPressed.emit)
    settle()
    path = out_dir / shot.file
    window.grab().save(str(path))
    window.close()
    wiring.close()
    window.deleteLater()
    return path


#: The layout pictures: 800x600 with the Search panel open and terms highlighted; run again with
#: QT_SCALE_FACTOR=2 (``--only-layout``) for the same window at twice the scale.
LAYOUT_SHOT = Shot("window-800x600-panel.png", "zh-daily", "", "智能")
LAYOUT_SIZE = (800, 600)


def render_layout(out_dir: Path, segmenter: Segmenter, config: Path) -> Path:
    """The search picture at 800x600 (logical pixels): named ``…-2x.png`` at a 2x scale."""
    shot = LAYOUT_SHOT
    app = QApplication.instance()
    ratio = app.devicePixelRatio() if isinstance(app, QApplication) else 1.0
    if ratio != 1:
        shot = Shot(f"window-800x600-panel-{ratio:g}x.png", shot.sample, shot.headline, shot.terms)
    return render_search(shot, out_dir, segmenter, config, LAYOUT_SIZE)


@dataclass(frozen=True, slots=True)
class PageShot:
    """A page-view picture: an issue folder of the corpus, a story (by headline), the page's
    zoom (1 = fit to width) and whether doubtful words are marked."""

    file: str
    folder: str
    headline: str
    page_zoom: float = 1.0
    doubtful: bool = True


PAGE_SHOTS = (
    PageShot("page-view.png", "mets/chronam-eveningstar-1920-11-15", "Article X Believed Dead."),
    PageShot(
        "page-view-zoomed.png",
        "mets/chronam-eveningstar-1920-11-15",
        "Article X Believed Dead.",
        page_zoom=2.5,
    ),
    PageShot(
        "page-view-1859.png",
        "mets/chronam-eveningstar-1859-02-21",
        "",
        doubtful=False,
    ),
)


def render_page(
    shot: PageShot,
    corpus: Path,
    out_dir: Path,
    segmenter: Segmenter,
    config: Path,
    size: tuple[int, int],
) -> Path | None:
    """The window with the page pane open on a real scan and its ALTO, a story outlined."""
    folder = corpus / shot.folder
    if not folder.is_dir():
        print(f"skipped {shot.file}: {folder} is not there (--corpus)", file=sys.stderr)
        return None
    settings = shot_settings(config / f"page-{shot.file}.ini")
    settings.page_visible = True
    settings.show_doubtful = shot.doubtful
    window = MainWindow(settings=settings, segmenter=segmenter, load_issue=default_loader)
    window.resize(*size)
    window.show()
    view = window.page_pane.view
    wait_for(window.issueShown, lambda: window.open_path(folder), timeout_ms=60_000)
    issue = window.issue
    if issue is None:
        raise SystemExit(f"could not open {folder}")
    target = next(
        (a for a in issue.articles if a.headline == shot.headline),
        next((a for a in issue.articles if len(a.paragraphs) > 2 and a.zones), issue.articles[0]),
    )
    if not view.has_picture:
        wait_for(view.pictureShown, lambda: None)
    window.show_article(target.id)
    if shot.page_zoom != 1.0:
        view.set_zoom(shot.page_zoom)
        view.show_article(target)  # scroll its zones into view at this zoom
        wait_for(view.pictureShown, lambda: None, timeout_ms=10_000)
    window.tree.setFocus()
    settle(300)
    path = out_dir / shot.file
    window.grab().save(str(path))
    window.close()
    window.deleteLater()
    return path


def render_streaming(
    corpus: Path, out_dir: Path, segmenter: Segmenter, config: Path, size: tuple[int, int]
) -> Path | None:
    """The window a moment after an 8-page ALTO issue that is not in the library yet was
    opened (the Evening Star page and its scan, eight times): the first page's stories listed
    and the first story shown while the other pages still parse (the status bar says which)."""
    import shutil

    from reader.ui.app import EarlyLoader

    alto = corpus / "alto" / "chronam-eveningstar-1920-11-15-p1.alto.xml"
    image = corpus / "images" / "chronam-eveningstar-1920-11-15-p1.jpg"
    if not (alto.is_file() and image.is_file()):
        print(
            f"skipped window-streaming.png: {alto} or {image} is not there (--corpus)",
            file=sys.stderr,
        )
        return None
    folder = config / "streamed-issue"
    folder.mkdir(exist_ok=True)
    for number in range(1, 9):
        shutil.copyfile(alto, folder / f"{number:04d}.xml")
        shutil.copyfile(image, folder / f"{number:04d}.jpg")
    settings = shot_settings(config / "streaming.ini")
    settings.page_visible = True
    # The loader ``broadsheet FOLDER`` starts with: through the library, streaming a parse.
    window = MainWindow(
        settings=settings, segmenter=segmenter, load_issue=EarlyLoader(through_store=True)
    )
    window.resize(*size)
    window.show()
    wait_for(window.articleShown, lambda: window.open_path(folder), timeout_ms=60_000)
    settle(150)
    path = out_dir / "window-streaming.png"
    window.grab().save(str(path))
    if window.filling:
        wait_for(window.issueShown, lambda: None, timeout_ms=120_000)
    window.close()
    window.deleteLater()
    return path


def default_corpus() -> Path:
    """``shared/corpus`` beside the checkout this module is in, where it is there; else beside
    the current folder (an installed copy: walk27 found the default pointing into the venv,
    ``lib/python3.11/shared/corpus``)."""
    beside_checkout = Path(__file__).resolve().parents[3] / "shared" / "corpus"
    if beside_checkout.is_dir():
        return beside_checkout
    return Path.cwd().parent / "shared" / "corpus"


def _said(path: Path | None) -> None:
    """Print the picture made (nothing for one skipped: it said why on stderr)."""
    if path is not None:
        print(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=resources_dir() / "screenshots")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=default_corpus(),
        help="the corpus of real pages (default: ../shared/corpus beside the checkout, or beside "
        "the current folder)",
    )
    parser.add_argument("--size", default="1280x800", help="window size of the page pictures")
    parser.add_argument("--only-pages", action="store_true", help="only the page-view pictures")
    parser.add_argument(
        "--only-layout",
        action="store_true",
        help="only the 800x600 picture with a panel open (run with QT_SCALE_FACTOR=2 for 2x)",
    )
    parser.add_argument(
        "--only-streaming",
        action="store_true",
        help="only the window while a parsed 8-page ALTO issue streams in (at --size)",
    )
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    screen_config = None
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # The offscreen screen is 800x800 pixels: at a larger scale the 800x600 window would not
        # fit on it. A screen of 1280x1024 at the scale asked for, as Xvfb's would be.
        scale = float(os.environ.get("QT_SCALE_FACTOR", "1") or 1)
        screen = {"name": "shots", "x": 0, "y": 0}
        screen.update(width=round(1280 * scale), height=round(1024 * scale))
        handle, screen_config = tempfile.mkstemp(suffix=".json", prefix="broadsheet-screen-")
        with os.fdopen(handle, "w", encoding="utf-8") as config_file:
            json.dump({"screens": [screen]}, config_file)
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_config}"
    pin_singletons()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    if screen_config is not None:  # read when the platform starts: not needed any more
        os.unlink(screen_config)
    install_translators(app, "en")
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="broadsheet-shots-") as temp:
        for var in ("XDG_CACHE_HOME", "XDG_DATA_HOME"):  # (each search picture sets its own)
            os.environ[var] = str(Path(temp) / var.lower())
        segmenter = Segmenter(cache_dir=Path(temp) / "jieba")
        if args.only_layout:
            _said(render_layout(args.out, segmenter, Path(temp)))
            del app
            return 0
        if args.only_streaming:
            size = (int(width), int(height))
            _said(render_streaming(args.corpus, args.out, segmenter, Path(temp), size))
            del app
            return 0
        if not args.only_pages:
            for shot in SHOTS:
                _said(render(shot, args.out, segmenter, Path(temp)))
            _said(render_search(SEARCH_SHOT, args.out, segmenter, Path(temp)))
            _said(render_layout(args.out, segmenter, Path(temp)))
        for page_shot in PAGE_SHOTS:
            size = (int(width), int(height))
            _said(render_page(page_shot, args.corpus, args.out, segmenter, Path(temp), size))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
