"""Work-arounds for bugs in the Qt bindings (used by reader.ui and reader.export.pdf)."""

from __future__ import annotations

import sys

#: How many references ``pin_singletons`` adds: at a thousand lost references a second, 2**40
#: lasts about 35 years.
PIN = 1 << 40


def pin_singletons() -> None:
    """Make None, True and False effectively immortal on Python < 3.12.

    PySide6 6.12 (built for the stable ABI) returns None from every void method, and True from
    ``Signal.emit``, without taking a reference, and drops one when a Python override of a
    QVariant-returning virtual returns None. On Python ≥ 3.12 these objects are immortal and
    nothing happens; on 3.11 their counts fall by one per call, and after a few thousand calls
    the interpreter aborts ("deallocating None", "deallocating True or False"). Adding a huge
    count once, as 3.12 does by design, keeps them alive; they are never freed anyway.
    Idempotent: a second call adds nothing.
    """
    if sys.version_info >= (3, 12):
        return
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < PIN // 2:
            count.value += PIN
