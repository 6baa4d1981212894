"""Builds Broadsheet: a wheel compiles the parser's hot modules with mypyc when it can.

Everything else about the package is in pyproject.toml. This file only adds the optional
accelerator (docs/install.md, "The compiled parser"):

- A wheel build (``pip install .``, ``pip wheel .``, ``python setup.py build_ext``) compiles
  ``reader.parse.COMPILED_MODULES`` with mypyc into C extension modules beside their ``.py``
  files (which stay in the wheel: the extension is imported first when both are there).
- No C compiler, no Python headers, no mypy, a type error mypyc refuses, a failed compile: one
  line on stderr (``pip install -v .`` shows it) and a pure-Python install. Never a failed one.
- ``BROADSHEET_PURE_PYTHON=1`` builds pure Python without trying.
- Editable installs (``pip install -e .``) are always pure Python, so edits to the ``.py``
  files take effect at once.
- ``BROADSHEET_REQUIRE_COMPILED=1`` turns every fallback into an error (the identity test,
  ``tests/parse/test_compiled.py``, builds with it, so a broken build cannot pass as pure).
"""

from __future__ import annotations

import ast
import os
import shlex
import shutil
import sys
import sysconfig
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
PURE_PYTHON = "BROADSHEET_PURE_PYTHON"
REQUIRE_COMPILED = "BROADSHEET_REQUIRE_COMPILED"
#: The commands that build a wheel's contents. Others (egg_info, dist_info, sdist,
#: editable_wheel, develop) never compile: metadata needs no compiler, an editable install
#: must run the .py files.
COMPILING_COMMANDS = {"bdist_wheel", "build", "build_ext", "install"}
EDITABLE_COMMANDS = {"editable_wheel", "develop"}


def flag(name: str) -> bool:
    return os.environ.get(name, "").strip() not in ("", "0")


def say_pure(reason: str) -> None:
    print(f"broadsheet: installing the pure-Python parser ({reason})", file=sys.stderr)


def fall_back(reason: str) -> None:
    """One line saying why this install is pure Python (or, when required, the error)."""
    if flag(REQUIRE_COMPILED):
        sys.exit(f"broadsheet: the compiled parser could not be built: {reason}")
    say_pure(reason)


def compiled_modules() -> list[str]:
    """``reader.parse.COMPILED_MODULES``, read without importing the package."""
    source = (HERE / "reader" / "parse" / "__init__.py").read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if (
            isinstance(node, ast.Assign)
            and isinstance(node.targets[0], ast.Name)
            and node.targets[0].id == "COMPILED_MODULES"
        ):
            return list(ast.literal_eval(node.value))
    raise LookupError("reader/parse/__init__.py has no COMPILED_MODULES")


def missing_toolchain() -> str | None:
    """Why C extensions cannot be compiled here, or None when a compiler and headers are found.

    (Windows' compiler is found by setuptools itself; there a failed compile falls back.)
    """
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").is_file():
        return "no Python headers (Python.h)"
    compiler = os.environ.get("CC") or sysconfig.get_config_var("CC")
    if compiler and not shutil.which(shlex.split(compiler)[0]):
        return f"no C compiler ({shlex.split(compiler)[0]} not found)"
    return None


def extensions() -> list:
    commands = set(sys.argv[1:])
    if not commands & COMPILING_COMMANDS or commands & EDITABLE_COMMANDS:
        return []
    if flag(PURE_PYTHON):
        say_pure(f"{PURE_PYTHON} is set")
        return []
    reason = missing_toolchain()
    if reason:
        fall_back(reason)
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        fall_back("mypy is not installed in the build environment")
        return []
    paths = [module.replace(".", "/") + ".py" for module in compiled_modules()]
    try:
        # One group: the modules share one runtime library, reader/parse_compiled__mypyc.*.so
        return mypycify(paths, opt_level="3", group_name="reader.parse_compiled")
    except SystemExit as error:  # mypyc exits on a type error after printing it
        fall_back(f"mypyc refused the modules (exit {error.code}; errors above)")
    except Exception as error:  # any failure of this optional step falls back
        fall_back(f"mypyc failed: {type(error).__name__}: {error}")
    return []


class OptionalBuildExt(build_ext):
    """build_ext whose failure leaves a pure-Python build instead of a failed install."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # compilers fail in many classes
            # A half-built group would import a module whose runtime library is missing.
            for extension in self.extensions:
                Path(self.get_ext_fullpath(extension.name)).unlink(missing_ok=True)
            self.extensions = []
            fall_back(f"compiling failed: {type(error).__name__}: {error}")


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
