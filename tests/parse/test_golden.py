"""Golden-file tests: each fixture in tests/data (and the bundled sample issues) next to its
expected JSON. Regenerate after a deliberate parser change with
``python -m tests.parse.test_golden --update`` and review the diff."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from reader.parse import load_issue

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
SAMPLES = ROOT / "resources" / "sample"


def cases() -> list[tuple[Path, Path]]:
    pairs = [(txt, txt.with_suffix(".json")) for txt in sorted(DATA.glob("*.txt"))]
    pairs += [
        (folder, DATA / f"sample-{folder.name}.json")
        for folder in sorted(p for p in SAMPLES.iterdir() if p.is_dir())
    ]
    return pairs


def render(source: Path) -> dict:  # type: ignore[type-arg]
    data = load_issue(source).to_json()
    data["source"] = source.relative_to(ROOT).as_posix()
    return data


@pytest.mark.parametrize("source,expected", cases(), ids=lambda p: p.name)
def test_golden(source: Path, expected: Path) -> None:
    assert expected.is_file(), f"missing golden file {expected}; run with --update"
    assert render(source) == json.loads(expected.read_text(encoding="utf-8"))


def update() -> None:
    for source, expected in cases():
        text = json.dumps(render(source), ensure_ascii=False, indent=2) + "\n"
        expected.write_text(text, encoding="utf-8")
        print(f"wrote {expected.relative_to(ROOT)}")


if __name__ == "__main__":
    if "--update" in sys.argv:
        update()
    else:
        print(__doc__)
