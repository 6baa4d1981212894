"""How many bookmarks come back from a damaged user database: three ways, measured side by side.

``python -m tests.benchmarks.bench_salvage``. The same damage (``tests/store/damage.py``) on
copies of one user database of 120 bookmarks; for each way, the bookmarks recovered and the time:

* **pages** — ``reader.store.salvage`` (what Broadsheet does): every table-leaf page of the file
  decoded without the header, schema or interior pages;
* **sql** — the API route: the damaged file opened with SQLite, ``SELECT`` row by row, errors
  caught (stops at the first error of a table);
* **.recover** — the ``sqlite3`` shell's ``.recover`` (when the shell is installed), its SQL
  replayed into a fresh file.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

import damage

from reader.store.salvage import recover_records
from reader.store.userdata import table_of_record


def by_pages(path: Path) -> int:
    return len({r.rowid for r in recover_records(path) if table_of_record(r.values) == "bookmarks"})


def by_sql(path: Path) -> int:
    found = 0
    try:
        conn = sqlite3.connect(path)  # a copy: read-write, so WAL mode can open it
        conn.text_factory = lambda b: b.decode("utf-8", "replace")
        for _row in conn.execute("SELECT * FROM bookmarks"):
            found += 1
    except (sqlite3.Error, UnicodeError):  # SQLite's own message may quote damaged bytes
        pass
    return found


def by_shell(path: Path) -> int | None:
    shell = shutil.which("sqlite3")
    if shell is None:
        return None
    sql = subprocess.run([shell, str(path), ".recover"], capture_output=True, text=True).stdout
    fresh = path.with_name(path.name + ".recovered")
    subprocess.run([shell, str(fresh)], input=sql, capture_output=True, text=True)
    conn = sqlite3.connect(fresh)
    found = 0
    # Rows .recover could not place (schema damaged) go to lost_and_found with their field count.
    for sql in (
        "SELECT count(*) FROM bookmarks",
        'SELECT count(DISTINCT id) FROM "lost_and_found" WHERE nfield = 12',
    ):
        with contextlib.suppress(sqlite3.Error, UnicodeError):
            found += int(conn.execute(sql).fetchone()[0])
    conn.close()
    return found


def main() -> None:
    root = Path(tempfile.mkdtemp())
    _archive, _cache, user = damage.build_library(
        root, root / "cache" / "cache.sqlite3", root / "data" / "userdata.sqlite3"
    )
    cases = [(f"header seed {s}", lambda p, s=s: damage.random_header(p, s)) for s in range(20)]
    cases += [
        (f"truncated to {k:.0%}", lambda p, k=k: damage.truncate(p, k)) for k in (0.9, 0.75, 0.5)
    ]
    totals = {"pages": 0, "sql": 0, ".recover": 0}
    times = {"pages": 0.0, "sql": 0.0, ".recover": 0.0}
    print(f"{'damage':<18} {'pages':>6} {'sql':>6} {'.recover':>9}   (of {damage.BOOKMARKS})")
    for name, hurt in cases:
        row = []
        for way, fn in (("pages", by_pages), ("sql", by_sql), (".recover", by_shell)):
            copy = root / f"case-{way}.sqlite3"
            for old in root.glob("case-*"):
                old.unlink()
            shutil.copy(user, copy)
            hurt(copy)
            start = time.perf_counter()
            got = fn(copy)
            times[way] += time.perf_counter() - start
            totals[way] += got or 0
            row.append("-" if got is None else str(got))
        print(f"{name:<18} {row[0]:>6} {row[1]:>6} {row[2]:>9}")
    n = len(cases)
    print(
        f"{'total':<18} {totals['pages']:>6} {totals['sql']:>6} {totals['.recover']:>9}"
        f"   (of {damage.BOOKMARKS * n})"
    )
    print(
        "mean time per file: "
        + ", ".join(f"{way} {spent / n * 1000:.1f} ms" for way, spent in times.items())
    )


if __name__ == "__main__":
    main()
