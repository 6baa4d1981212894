"""The desktop entry, AppStream metainfo and MIME types validate and agree with each other."""

from __future__ import annotations

import configparser
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reader.ui.resources import APP_ID, icon_png_path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "broadsheet.desktop"
METAINFO = PACKAGING / f"{APP_ID}.metainfo.xml"
MIME_XML = PACKAGING / f"{APP_ID}.mime.xml"


def tool(name: str, package: str) -> str:
    """A validator on PATH; under CI a missing one fails (.ci/run installs it), else skips."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} missing under CI: apt-get install {package}")
        pytest.skip(f"{name} not installed (Debian package {package})")
    return found


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_validates() -> None:
    done = subprocess.run(
        [tool("desktop-file-validate", "desktop-file-utils"), str(DESKTOP)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_the_metainfo_validates() -> None:
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "E:" not in done.stdout and "W:" not in done.stdout, done.stdout


def load_metainfo_script() -> ModuleType:  # packaging/ is scripts, not a package
    spec = importlib.util.spec_from_file_location("metainfo", PACKAGING / "metainfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


DEVELOPMENT_RELEASE = re.compile(r'\n    <release [^>]*type="development".*?</release>', re.S)


def test_the_metainfo_is_written_from_the_changelog(tmp_path: Path) -> None:
    committed = METAINFO.read_text(encoding="utf-8")
    fresh = load_metainfo_script().metainfo(committed)
    # Released sections must match exactly; the notes of the development release (the
    # Unreleased section, which every branch edits) may lag until the next
    # `python packaging/metainfo.py` (run it before a release: `--check` then passes).
    assert DEVELOPMENT_RELEASE.sub("", committed) == DEVELOPMENT_RELEASE.sub("", fresh), (
        "run python packaging/metainfo.py"
    )
    version = load_metainfo_script().project_version()
    assert f'<release version="{version}" type="development"' in committed
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert "A desktop application: an icon of our own" in changelog
    assert "A desktop application: an icon of our own" in fresh
    # What the script writes from today's CHANGELOG validates too.
    written = tmp_path / METAINFO.name
    written.write_text(fresh, encoding="utf-8")
    done = subprocess.run(
        [tool("appstreamcli", "appstream"), "validate", "--no-net", str(written)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_screenshots_and_icon_are_the_ones_shipped() -> None:
    text = METAINFO.read_text(encoding="utf-8")
    shots = re.findall(r"<image>[^<]*/resources/screenshots/([^<]+)</image>", text)
    assert shots and all((ROOT / "resources" / "screenshots" / s).is_file() for s in shots)
    assert f'<icon type="stock">{APP_ID}</icon>' in text
    assert '<launchable type="desktop-id">broadsheet.desktop</launchable>' in text
    assert desktop_entry()["Icon"] == APP_ID
    assert icon_png_path(48).is_file()


def test_the_desktop_entry_declares_the_formats_broadsheet_opens() -> None:
    entry = desktop_entry()
    declared = set(filter(None, entry["MimeType"].split(";")))
    ours = set(re.findall(r'<mime-type type="([^"]+)"', MIME_XML.read_text(encoding="utf-8")))
    assert ours == {"application/x-alto+xml", "application/x-mets+xml", "text/x-hocr+html"}
    common = {"text/plain", "application/xml", "text/html", "application/xhtml+xml"}
    assert common | ours <= declared
    assert entry["Exec"] == "broadsheet %F"
    metainfo_types = set(re.findall(r"<mediatype>([^<]+)</mediatype>", METAINFO.read_text("utf-8")))
    assert metainfo_types <= declared


def test_the_mime_types_install_and_match_file_names(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    done = subprocess.run(
        [tool("update-mime-database", "shared-mime-info"), str(tmp_path / "mime")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "error" not in done.stderr.lower(), done.stderr
    code = (
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for name in ('p1.alto.xml', 'p2.alto', 'mets.xml', 'x.mets.xml', 'p.hocr',"
        " 'p.txt'):\n"
        "    kind = db.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension)\n"
        "    print(name, kind.name(), kind.inherits('application/xml'))\n"
    )
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    found = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert found.returncode == 0, found.stderr
    kinds = {line.split()[0]: line.split()[1:] for line in found.stdout.splitlines()}
    assert kinds["p1.alto.xml"] == ["application/x-alto+xml", "True"]
    assert kinds["p2.alto"] == ["application/x-alto+xml", "True"]
    assert kinds["mets.xml"] == ["application/x-mets+xml", "True"]
    assert kinds["x.mets.xml"] == ["application/x-mets+xml", "True"]
    assert kinds["p.hocr"][0] == "text/x-hocr+html"  # (hOCR named .html is text/html: declared)
    assert kinds["p.txt"][0] == "text/plain"
