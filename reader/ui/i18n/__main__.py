"""``python -m reader.ui.i18n update|check``: re-extract and rebuild the translations, or fail
naming what is out of date."""

from __future__ import annotations

import sys

from reader.ui.i18n.tools import stale, update


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        return 0
    if argv == ["check"]:
        problems = stale()
        for line in problems:
            print(f"broadsheet i18n: {line} (run: python -m reader.ui.i18n update)")
        return 1 if problems else 0
    print("usage: python -m reader.ui.i18n update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
