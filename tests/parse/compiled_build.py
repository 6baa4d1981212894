"""The compiled parser built in a scratch folder, and children that run either build.

``tests/parse/test_compiled.py`` (the identity check) and ``tests/benchmarks/bench_parse.py
--compare`` (pure against compiled in one run) build the wheel's extension modules with this
checkout's ``setup.py``, in a copy of ``reader/`` outside the tree (the editable install the
tests run on stays pure Python), then run each build in a child process of its own, the chosen
``reader`` first on its path.

    python -m tests.parse.compiled_build DEST    # build into DEST, print where it is
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
#: Words of setup.py's one line when no C toolchain is there (the only reason to skip).
NO_TOOLCHAIN = ("no C compiler", "no Python headers")


class BuildFailed(RuntimeError):
    """The compiled build failed; the message holds setup.py's output (mypy's errors)."""


def build(dest: Path) -> Path:
    """Compile ``reader.parse.COMPILED_MODULES`` in place in a copy of the package under
    ``dest``; returns the folder to put first on a child's path. setup.py runs with
    BROADSHEET_REQUIRE_COMPILED=1, so every reason it would fall back is a BuildFailed here."""
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copytree(
        ROOT / "reader",
        dest / "reader",
        ignore=shutil.ignore_patterns("__pycache__", "*.so", "*.pyd"),
        dirs_exist_ok=True,
    )
    for name in ("setup.py", "pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, dest / name)
    environment = {**os.environ, "BROADSHEET_REQUIRE_COMPILED": "1"}
    environment.pop("BROADSHEET_PURE_PYTHON", None)
    result = subprocess.run(
        [sys.executable, "setup.py", "build_ext", "--inplace"],
        cwd=dest,
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise BuildFailed((result.stdout + result.stderr)[-6000:])
    return dest


def child(root: Path, module: str, *args: str) -> list[str]:
    """The command that runs ``module.main()`` with ``root``'s ``reader`` first on the path
    (``python -m`` would put the working folder, this checkout, first)."""
    code = f"import sys; sys.path.insert(0, {str(root)!r}); from {module} import main; main()"
    return [sys.executable, "-c", code, *args]


def run_child(root: Path, module: str, *args: str) -> str:
    result = subprocess.run(
        child(root, module, *args), cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"child failed ({result.returncode}):\n{result.stderr[-4000:]}")
    return result.stdout


def start_dump(root: Path, inputs: Iterable[Sequence[str]]) -> subprocess.Popen[str]:
    """A child running ``root``'s reader over ``inputs`` (see ``dump``), started and not
    waited for: the identity test runs the pure build's child while mypyc compiles."""
    request = json.dumps([list(item) for item in inputs])
    return subprocess.Popen(
        child(root, "tests.parse.compiled_build", "--dump", request),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish_dump(process: subprocess.Popen[str]) -> tuple[str, dict[str, str]]:
    """Wait for a ``start_dump`` child: (build name, {input: the page's JSON})."""
    stdout, stderr = process.communicate()
    if process.returncode != 0:
        raise RuntimeError(f"child failed ({process.returncode}):\n{stderr[-4000:]}")
    out = json.loads(stdout)
    return out["build"], out["pages"]


def dump(root: Path, inputs: Iterable[Sequence[str]]) -> tuple[str, dict[str, str]]:
    """(build name, {input: the page's JSON}) from a child running ``root``'s reader.

    An input is ``("file", path)`` (read with the format's reader, as ``broadsheet parse``
    does) or ``("shape", name, chars)`` (tests/parse/shapes.py); a page the reader refuses
    gives its error message instead of JSON."""
    return finish_dump(start_dump(root, inputs))


def _dump_here(request: list[list[str]]) -> dict[str, object]:
    import reader.parse
    from reader.errors import InputError
    from reader.parse import load_page, parse_page_text
    from tests.parse.shapes import SHAPES

    pages = {}
    for item in request:
        key = ":".join(item)
        try:
            if item[0] == "file":
                page = load_page(Path(item[1]), 1)
            else:
                page = parse_page_text(SHAPES[item[1]](int(item[2])))
        except InputError as error:  # a page the reader refuses: the same words either way
            pages[key] = f"refused: {error}"
            continue
        pages[key] = json.dumps(page.to_json(), ensure_ascii=False)
    return {"build": reader.parse.build_name(), "pages": pages}


def main() -> None:
    if sys.argv[1:2] == ["--dump"]:
        print(json.dumps(_dump_here(json.loads(sys.argv[2]))))
        return
    print(build(Path(sys.argv[1]).resolve()))


if __name__ == "__main__":
    main()
