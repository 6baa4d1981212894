"""Work-arounds for bugs in the Qt bindings, each checked by tests/ui/test_qt_compat.py."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any


@cache
def _incref() -> Callable[[Any], None]:
    import ctypes  # only when a model first answers "no data"

    function = ctypes.pythonapi.Py_IncRef
    function.argtypes = [ctypes.py_object]
    function.restype = None
    return function  # type: ignore[no-any-return]


def no_data() -> None:
    """What a QVariant-returning override (``data``, ``headerData``) returns for "nothing".

    PySide6 6.12 on Python 3.11 drops one reference to ``None`` each time a Python override of
    a virtual returning QVariant returns ``None``; after a few thousand calls None's count
    reaches zero and the interpreter aborts ("deallocating None"), usually at exit. Taking one
    reference here balances that. Where the bug is fixed, or on Python ≥ 3.12 (None is
    immortal), the extra references are harmless: None is never freed anyway.
    """
    _incref()(None)
    return None
