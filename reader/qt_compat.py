"""Work-arounds for bugs in the Qt bindings, applied where the app starts and PDFs are made."""

from __future__ import annotations

import sys

#: How many references ``pin_singletons`` adds: at a thousand lost references a second, 2**40
#: lasts about 35 years.
PIN = 1 << 40


def bindings_lose_references(
    python: tuple[int, ...] | None = None, pyside: tuple[int, ...] | None = None
) -> bool:
    """Whether these bindings drop references to None, True and False (see ``pin_singletons``):
    PySide6 from 6.12 on Python before 3.12. Without arguments: this interpreter and the PySide6
    it imports."""
    python = sys.version_info[:2] if python is None else python
    if python >= (3, 12):
        return False
    if pyside is None:
        import PySide6

        pyside = tuple(PySide6.__version_info__[:2])
    return pyside[:2] >= (6, 12)


def pin_singletons() -> None:
    """Make None, True and False effectively immortal where the bindings lose references to them.

    PySide6 6.12 (built for the stable ABI) returns None from every void method, and True from
    ``Signal.emit``, without taking a reference, and drops one when a Python override of a
    QVariant-returning virtual returns None. On Python ≥ 3.12 these objects are immortal and
    nothing happens; on 3.11 their counts fall by one per call, and after a few thousand calls
    the interpreter aborts ("deallocating None", "deallocating True or False"). Adding a huge
    count once, as 3.12 does by design, keeps them alive; they are never freed anyway.

    Called before the app's QApplication is made and before a PDF is written: the first few
    calls cost a few references of millions, so only the long run matters. A no-op (without
    even importing ``ctypes``, ~2 ms of start-up) where the bindings are sound; idempotent.
    """
    if not bindings_lose_references():
        return
    import ctypes

    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < PIN // 2:
            count.value += PIN
