"""The PySide6 work-arounds: returning "no data" from a model must not wear None away."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSortFilterProxyModel, Qt

from reader.ui.headline_model import HeadlineModel
from tests.ui.sample_issues import zh_issue


def test_model_data_returning_nothing_keeps_none_alive() -> None:
    model = HeadlineModel()
    model.set_issue(zh_issue())
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    index = proxy.index(0, 0)
    for _ in range(100):  # warm up caches that may hold references
        index.data(Qt.ItemDataRole.DecorationRole)
    before = sys.getrefcount(None)
    for _ in range(5000):
        assert index.data(Qt.ItemDataRole.DecorationRole) is None  # C++ asks the Python model
    assert sys.getrefcount(None) >= before - 50
