"""The Qt window: thin adapters that show what reader.parse produces."""

from reader.qt_compat import pin_singletons

# Before any Qt call: PySide6 6.12 on Python 3.11 leaks references to None/True/False.
pin_singletons()
