"""Write the AppStream metainfo, its release notes taken from CHANGELOG.md and its screenshots
from resources/screenshots/: ``python packaging/metainfo.py`` (``--check``: exit 1 when the
committed file is out of date; run before a release. ``tests/test_desktop_metadata.py`` lets
the development release's notes lag, since every branch edits the Unreleased section).

The "Unreleased" section becomes a development release of the version in pyproject.toml, dated
the day it first appeared in the file (the date is kept on later runs); sections headed
``## 1.2.0 - 2026-12-01`` become stable releases.
"""

from __future__ import annotations

import datetime
import re
import sys
import tomllib
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
METAINFO = ROOT / "packaging" / "io.github.broadsheet.Broadsheet.metainfo.xml"
CHANGELOG = ROOT / "CHANGELOG.md"
SCREENSHOTS = ROOT / "resources" / "screenshots"
#: Where software centres fetch the screenshots (AppStream wants web addresses): the files of
#: resources/screenshots/ in the repository the id io.github.broadsheet.Broadsheet names.
SCREENSHOT_BASE = (
    "https://raw.githubusercontent.com/broadsheet/broadsheet/main/resources/screenshots/"
)
#: Captions of the screenshots, by file name (a new screenshot needs one: the script says so).
CAPTIONS = {
    "window-zh.png": "A Chinese issue: headlines beside the reading pane",
    "window-en.png": "An English issue with highlighted terms",
    "window-search.png": "Searching every issue in the library",
    "window-800x600-panel.png": "An 800×600 window with a panel open: the story keeps its width",
    "window-800x600-panel-2x.png": "The same window at twice the scale",
    "window-zh-ui.png": "The interface in Chinese, on a teaser that links to its story",
    "page-view.png": "The printed page beside the story, its place outlined",
    "page-view-zoomed.png": "The page zoomed in on the story's outline",
    "page-view-1859.png": "An 1859 page from its ALTO and scan",
    "pdf-zh.png": "A page of a Chinese issue exported to PDF",
    "window-dark.png": "The dark theme",
    "window-sepia.png": "The sepia theme",
    "window-first-run.png": "The first-run hint with the keys that matter",
}

RELEASE_HEADING = re.compile(
    r"^## \[?(?P<version>\d[\w.+-]*)\]?\s*[-—–(]+\s*(?P<date>\d{4}-\d{2}-\d{2})"
)
INLINE_MARKUP = (
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # [text](link) -> text
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"\*\*([^*]+)\*\*"), r"\1"),
)


def plain(text: str) -> str:
    for pattern, replacement in INLINE_MARKUP:
        text = pattern.sub(replacement, text)
    return " ".join(text.split())


def changelog_sections(text: str) -> list[tuple[str, str | None, list[tuple[str, list[str]]]]]:
    """(version or "Unreleased", date or None, [(group heading, [bullet text])]) per ``##``."""
    sections: list[tuple[str, str | None, list[tuple[str, list[str]]]]] = []
    for line in text.splitlines():
        if line.startswith("## "):
            match = RELEASE_HEADING.match(line)
            if match:
                sections.append((match["version"], match["date"], []))
            else:
                sections.append((line[3:].strip(), None, []))
        elif not sections:
            continue
        elif line.startswith("### "):
            sections[-1][2].append((line[4:].strip(), []))
        elif line.startswith(("- ", "* ")):
            if not sections[-1][2]:
                sections[-1][2].append(("", []))
            sections[-1][2][-1][1].append(line[2:])
        elif line.startswith("  ") and sections[-1][2] and sections[-1][2][-1][1]:
            bullets = sections[-1][2][-1][1]
            bullets[-1] += " " + line.strip()
    return sections


def project_version() -> str:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(config["project"]["version"])


def kept_date(existing: str, version: str) -> str | None:
    match = re.search(rf'<release version="{re.escape(version)}"[^>]*date="([\d-]+)"', existing)
    return match[1] if match else None


def releases_xml(existing: str, today: str) -> str:
    lines = ["  <releases>"]
    for name, date, groups in changelog_sections(CHANGELOG.read_text(encoding="utf-8")):
        if date is None:  # Unreleased
            version, kind = project_version(), "development"
            date = kept_date(existing, version) or today
        else:
            version, kind = name, "stable"
        lines.append(f'    <release version="{version}" type="{kind}" date="{date}">')
        lines.append("      <description>")
        for heading, bullets in groups:
            if heading:
                lines.append(f"        <p>{escape(heading)}:</p>")
            lines.append("        <ul>")
            lines += [f"          <li>{escape(plain(b))}</li>" for b in bullets]
            lines.append("        </ul>")
        lines.append("      </description>")
        lines.append("    </release>")
    lines.append("  </releases>")
    return "\n".join(lines)


def screenshots_xml() -> str:
    lines = ["  <screenshots>"]
    names = sorted(p.name for p in SCREENSHOTS.glob("*.png"))
    missing = [n for n in names if n not in CAPTIONS]
    if missing:
        raise SystemExit(f"metainfo.py: add a caption to CAPTIONS for {', '.join(missing)}")
    ordered = [n for n in CAPTIONS if n in names]  # the first is the default
    for index, name in enumerate(ordered):
        kind = ' type="default"' if index == 0 else ""
        lines.append(f"    <screenshot{kind}>")
        lines.append(f"      <caption>{escape(CAPTIONS[name])}</caption>")
        lines.append(f"      <image>{SCREENSHOT_BASE}{name}</image>")
        lines.append("    </screenshot>")
    lines.append("  </screenshots>")
    return "\n".join(lines)


def metainfo(existing: str = "", today: str | None = None) -> str:
    """The metainfo file's text (``existing``: the committed one, whose dates are kept)."""
    today = today or datetime.date.today().isoformat()
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!-- Written by packaging/metainfo.py from CHANGELOG.md and resources/screenshots/: edit those
     (or the script) and run it; do not edit this file by hand. -->
<component type="desktop-application">
  <id>io.github.broadsheet.Broadsheet</id>
  <name>Broadsheet</name>
  <summary>Read digitized newspapers, with articles rebuilt from OCR text</summary>
  <metadata_license>CC0-1.0</metadata_license>
  <project_license>MIT</project_license>
  <developer id="io.github.broadsheet">
    <name>The Broadsheet contributors</name>
  </developer>
  <description>
    <p>Broadsheet opens OCR text of newspaper pages in Chinese and English, rebuilds the
    articles — headlines, datelines, bylines, reflowed paragraphs, captions and teasers — and
    shows them in a headline list beside a reading pane.</p>
    <ul>
      <li>Keyboard navigation through stories and pages, term highlighting</li>
      <li>Bookmarks with notes, and a local full-text search of every issue opened</li>
      <li>Export of chosen stories to PDF, Markdown, HTML and text</li>
    </ul>
  </description>
  <launchable type="desktop-id">broadsheet.desktop</launchable>
  <icon type="stock">io.github.broadsheet.Broadsheet</icon>
  <categories>
    <category>Office</category>
    <category>Viewer</category>
  </categories>
  <keywords>
    <keyword>newspaper</keyword>
    <keyword>OCR</keyword>
    <keyword>archive</keyword>
    <keyword>ALTO</keyword>
    <keyword>hOCR</keyword>
  </keywords>
  <provides>
    <binary>broadsheet</binary>
    <mediatype>text/plain</mediatype>
    <mediatype>application/x-alto+xml</mediatype>
    <mediatype>application/x-mets+xml</mediatype>
    <mediatype>text/x-hocr+html</mediatype>
  </provides>
  <content_rating type="oars-1.1"/>
{screenshots_xml()}
{releases_xml(existing, today)}
</component>
"""


def main(argv: list[str]) -> int:
    existing = METAINFO.read_text(encoding="utf-8") if METAINFO.is_file() else ""
    wanted = metainfo(existing)
    if "--check" in argv:
        if existing != wanted:
            print(f"{METAINFO} is out of date: run python packaging/metainfo.py", file=sys.stderr)
            return 1
        return 0
    METAINFO.write_text(wanted, encoding="utf-8")
    print(METAINFO.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
