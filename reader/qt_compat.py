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


def spare_feature_scan(package: str = "reader") -> None:
    """Spare PySide6's import hook its reading of every module's source, for the modules
    loaded so far and every module of ``package``. Imports ``PySide6.QtCore``.

    For its ``from __feature__ import snake_case`` switch, PySide6 looks once at each module
    imported after it (even one loaded before, at its next import statement) and reads the
    module's source file whole to see whether it names PySide6 (``_mod_uses_pyside`` in
    ``PySide6.support.feature``): ~0.1 ms a module, ~8 ms of CPU for the ~90 modules the
    window's start-up imports. The answer (0: no feature selected, -1: not a PySide6 module)
    only matters to a module that selects a feature, and none here does; a module marked
    beforehand is not read, and selecting a feature would still work (the hook adds the
    selection to the mark). Bindings without the hook, or with it laid out otherwise, are
    left as they are.
    """
    import os

    import PySide6.QtCore  # noqa: F401  (installs the hook)

    try:
        from PySide6.support import feature  # type: ignore[attr-defined]

        marks = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return
    if not isinstance(marks, dict):
        return
    for name in list(sys.modules):
        if not name.startswith(("PySide6", "shiboken6")):
            marks.setdefault(name, -1)
    root = sys.modules[package].__file__ if package in sys.modules else None
    if root is None:
        return
    top = os.path.dirname(root)
    for folder, subfolders, files in os.walk(top):
        subfolders[:] = [s for s in subfolders if s.isidentifier()]
        dotted = package + folder[len(top) :].replace(os.sep, ".")
        for file in files:
            if file.endswith(".py"):
                marks.setdefault(dotted if file == "__init__.py" else f"{dotted}.{file[:-3]}", 0)
