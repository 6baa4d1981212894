"""The compiled parser (mypyc, ``setup.py``) parses exactly as the pure-Python one does.

The tests run on the editable install, which is always pure Python; the identity test builds
the compiled modules into a scratch folder (about a minute of CPU) and compares the JSON of both
builds byte for byte, each parsed in a child process of its own. Without a C compiler or the
Python headers it skips, except under CI, where it fails. setup.py's fallbacks (forced pure
Python, no compiler, a failed compile) are checked on copies of the tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import reader.parse
from reader.cli import main as cli_main
from tests.conftest import corpus_file
from tests.parse import compiled_build
from tests.parse.shapes import SHAPES

ROOT = compiled_build.ROOT
DEV = ROOT / "tests" / "data" / "dev"
#: Characters of each odd shape in the identity check: small, so every shape's paths run.
SHAPE_CHARS = 30_000


def test_the_editable_install_runs_the_pure_python_parser() -> None:
    assert not reader.parse.compiled()
    assert reader.parse.build_name() == "pure Python"


def test_version_names_the_parser_build(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["--version"]) == 0
    lines = dict(line.split(None, 1) for line in capsys.readouterr().out.splitlines())
    assert lines["Parser"] == "pure Python"


def test_compiled_modules_name_real_modules() -> None:
    for name in reader.parse.COMPILED_MODULES:
        assert (ROOT / (name.replace(".", "/") + ".py")).is_file(), name


@pytest.mark.timeout(600)
def test_the_compiled_modules_pass_mypy() -> None:
    """mypyc compiles only code mypy accepts (it checks more: the identity test builds)."""
    paths = [name.replace(".", "/") + ".py" for name in reader.parse.COMPILED_MODULES]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", *paths],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _identity_inputs() -> list[tuple[str, ...]]:
    """The dev set, a day of Chronicling America front pages, every other real page of the
    corpus (ALTO, hOCR, METS-less text, the seed), the sample issues and each odd shape."""
    corpus = corpus_file("README.md").parent
    files = sorted(DEV.glob("*.txt")) + sorted((corpus / "chronam-1916-02/19160201").glob("*.txt"))
    for folder in ("alto", "hocr", "text", "seed"):
        files += sorted(p for p in (corpus / folder).iterdir() if p.suffix != ".md")
    files += sorted((ROOT / "resources" / "sample").glob("*/[0-9]*.txt"))
    assert len(files) > 100
    inputs: list[tuple[str, ...]] = [("file", str(path)) for path in files]
    inputs += [("shape", name, str(SHAPE_CHARS)) for name in SHAPES]
    return inputs


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_the_compiled_parser_gives_byte_identical_json(tmp_path: Path) -> None:
    inputs = _identity_inputs()
    # The pure build's child parses on one core while mypyc compiles on the other.
    pure_child = compiled_build.start_dump(ROOT, inputs)
    try:
        try:
            built = compiled_build.build(tmp_path / "compiled")
        except compiled_build.BuildFailed as failure:
            reason = str(failure)
            missing = [words for words in compiled_build.NO_TOOLCHAIN if words in reason]
            if missing and not os.environ.get("CI"):
                pytest.skip(f"cannot compile here ({missing[0]}): the compiled parser is untested")
            pytest.fail(f"the compiled parser did not build:\n{reason}")
        assert sorted(p.name for p in built.glob("reader/*__mypyc*")), "no runtime library"
        pure_build, pure = compiled_build.finish_dump(pure_child)
    finally:
        if pure_child.poll() is None:
            pure_child.kill()
            pure_child.communicate()
    compiled_name, compiled = compiled_build.dump(built, inputs)

    assert pure_build == "pure Python"
    assert compiled_name == "compiled (mypyc)"
    assert pure.keys() == compiled.keys()
    differ = [key for key in pure if pure[key] != compiled[key]]
    assert not differ, f"{len(differ)} of {len(pure)} parses differ, first {differ[:5]}"


def _tree_copy(dest: Path) -> Path:
    """setup.py, pyproject.toml and reader/ in a scratch folder (a build there leaves the
    checkout alone)."""
    shutil.copytree(ROOT / "reader", dest / "reader", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, dest / name)
    return dest


def _build_ext(tree: Path, **environment: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **environment}
    env.pop("BROADSHEET_REQUIRE_COMPILED", None)
    return subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def _fallback_lines(result: subprocess.CompletedProcess[str]) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("broadsheet:")]


@pytest.mark.parametrize(
    ("environment", "reason"),
    [
        ({"BROADSHEET_PURE_PYTHON": "1"}, "BROADSHEET_PURE_PYTHON is set"),
        ({"CC": "/nonexistent/cc"}, "no C compiler (/nonexistent/cc not found)"),
    ],
)
def test_a_pure_python_build_says_why_in_one_line(
    tmp_path: Path, environment: dict[str, str], reason: str
) -> None:
    tree = _tree_copy(tmp_path)
    result = _build_ext(tree, **environment)
    assert result.returncode == 0, result.stderr
    assert _fallback_lines(result) == [f"broadsheet: installing the pure-Python parser ({reason})"]
    assert not list(tree.rglob("*.so"))


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_a_failed_compile_falls_back_to_pure_python(tmp_path: Path) -> None:
    """A compiler that is there but fails (``false``): mypyc runs, the compile fails, nothing
    half-built is left and the build succeeds pure."""
    tree = _tree_copy(tmp_path)
    result = _build_ext(tree, CC=shutil.which("false") or "false")
    assert result.returncode == 0, result.stderr
    (line,) = _fallback_lines(result)
    assert line.startswith("broadsheet: installing the pure-Python parser (compiling failed:")
    assert not list(tree.glob("reader/**/*.so"))
