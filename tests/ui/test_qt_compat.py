"""The PySide6 work-arounds: None, True and False must survive the bindings' lost references;
the import hook need not read the window's modules."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from reader.qt_compat import PIN, bindings_lose_references, pin_singletons
from reader.ui.headline_model import HeadlineModel
from tests.ui.sample_issues import zh_issue


class Emitter(QObject):
    fired = Signal(int)


def test_many_void_calls_emits_and_empty_data_do_not_exhaust_singletons(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    emitter = Emitter()
    model = HeadlineModel()
    model.set_issue(zh_issue())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    for _ in range(20_000):  # far more than None's or True's natural count on Python 3.11
        widget.setObjectName("x")
        emitter.fired.emit(1)
        assert index.data(Qt.ItemDataRole.DecorationRole) is None
    if bindings_lose_references():  # pinned by the ui tests' conftest, as by the app
        assert sys.getrefcount(None) > PIN // 2
        assert sys.getrefcount(True) > PIN // 2


def test_pinning_is_idempotent() -> None:
    before = sys.getrefcount(None)
    pin_singletons()
    assert abs(sys.getrefcount(None) - before) < PIN // 2


def test_unpinned_interpreter_loses_a_reference_per_void_call() -> None:
    """Records the bug the pin works around, in a child without the pin: each void call loses
    one reference to None exactly where ``bindings_lose_references`` says so, none elsewhere."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication, QWidget\n"
        "app = QApplication([])\n"
        "w = QWidget()\n"
        "before = sys.getrefcount(None)\n"
        "for _ in range(100): w.setObjectName('x')\n"
        "print(before - sys.getrefcount(None))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    lost = int(result.stdout.strip().splitlines()[-1])
    assert lost == (100 if bindings_lose_references() else 0)


def test_only_pyside_6_12_and_later_on_python_before_3_12_lose_references() -> None:
    assert bindings_lose_references(python=(3, 11), pyside=(6, 12))
    assert bindings_lose_references(python=(3, 11), pyside=(6, 13, 1))
    assert not bindings_lose_references(python=(3, 11), pyside=(6, 11, 3))
    assert not bindings_lose_references(python=(3, 12), pyside=(6, 12))
    assert not bindings_lose_references(python=(3, 13), pyside=(6, 13))


def test_sound_bindings_are_left_alone_and_ctypes_is_not_imported() -> None:
    code = (
        "import sys\n"
        "from reader.qt_compat import bindings_lose_references, pin_singletons\n"
        "before = sys.getrefcount(None)\n"
        "pin_singletons()\n"
        f"pinned = sys.getrefcount(None) - before > {PIN // 2}\n"
        "print(bindings_lose_references(), pinned, 'ctypes' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    needed, pinned, ctypes_loaded = result.stdout.split()
    assert pinned == needed
    assert ctypes_loaded == needed


SCAN_CHILD = """
import sys
from reader.qt_compat import spare_feature_scan
if sys.argv[1] == "spare":
    spare_feature_scan()
else:
    import PySide6.QtCore
from PySide6.support import feature
read = []
scan = feature._mod_uses_pyside
feature._mod_uses_pyside = lambda module: read.append(module.__name__) or scan(module)
import reader.ui.main_window
from __feature__ import snake_case  # a feature selected after the marks still works
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
widget.set_object_name("snake")
print(sum(name.startswith("reader") for name in read), len(read), widget.object_name())
"""


@pytest.mark.parametrize("spare", [True, False])
def test_the_window_modules_are_not_read_by_pysides_import_hook(spare: bool) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCAN_CHILD, "spare" if spare else "scan"],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    ours, _read, name = result.stdout.split()
    assert name == "snake"
    # Without the marks the hook reads every module of the window's (and the library's).
    assert int(ours) == 0 if spare else int(ours) > 20
