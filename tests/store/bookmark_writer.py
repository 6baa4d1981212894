"""Subprocess for the store tests: saves bookmarks one by one, printing "ack TAG" after each commit.

Usage: python bookmark_writer.py DB_PATH COUNT PREFIX   (COUNT 0 = until killed)
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(argv: list[str]) -> int:
    from reader.store.records import Anchor
    from reader.store.userdata import UserData

    path, count, prefix = Path(argv[0]), int(argv[1]), argv[2]
    data = UserData(path)
    n = 0
    while count == 0 or n < count:
        tag = f"{prefix}-{n}"
        anchor = Anchor("hash-" + prefix, 1, "headline" + tag, "lead" + tag, f"p1-{n:08x}")
        data.add_bookmark(anchor, headline=tag, issue_title="Issue", note="note " * 20 + tag)
        sys.stdout.write(f"ack {tag}\n")
        sys.stdout.flush()
        n += 1
    data.close()
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main(sys.argv[1:]))
