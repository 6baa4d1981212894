"""The same parse on a dask.distributed cluster, written as JSON Lines shards for the library.

``broadsheet parse --dask tcp://scheduler:8786 --shards out/ PATH…`` finds the issues here (the
format registry, as ``library add`` does), sends them to the cluster in groups, and each worker
parses its group and returns one shard: a line per issue in the format of
:func:`reader.store.importer.shard_line` (the issue encoded for the cache, or why it failed).
The shards are written here as they arrive; ``broadsheet library add --shards out/`` stores
them through the one writer without parsing again. The workers need Broadsheet installed and the
page files at the same paths (a shared file system). Dask schedules; nothing here does.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reader.errors import InputError
from reader.store.importer import Known, find_issues, prepare, shard_line

#: Issues per task (and per shard file): big enough that scheduling costs little per page.
ISSUES_PER_SHARD = 64


@dataclass(frozen=True, slots=True)
class BulkReport:
    shards: tuple[Path, ...]
    issues: int
    #: ``(path, reason)``: paths that could not be looked at, and issues that failed to parse.
    failed: tuple[tuple[str, str], ...]
    seconds: float

    def summary(self) -> str:
        return (
            f"{self.issues} issues in {len(self.shards)} shards, {len(self.failed)} failed, "
            f"in {self.seconds:.1f} s"
        )


def parse_shard(paths: Sequence[str], parser_version: int) -> str:
    """On a worker: parse each issue and return the shard's text (one line per issue)."""
    from reader.parse import load_issue

    known = Known({}, frozenset(), parser_version)
    return "".join(shard_line(prepare(path, known, load_issue)) + "\n" for path in paths)


def _write_shard(folder: Path, number: int, text: str) -> Path:
    """``shard-00001.jsonl``, written beside and renamed: a shard is whole or absent."""
    target = folder / f"shard-{number:05d}.jsonl"
    partial = folder / f".{target.name}.partial"
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, target)
    return target


def parse_on_cluster(
    paths: Sequence[str | Path],
    scheduler: str,
    folder: Path,
    *,
    parser_version: int | None = None,
    issues_per_shard: int = ISSUES_PER_SHARD,
) -> BulkReport:
    """Parse every issue under ``paths`` on the cluster at ``scheduler`` into shards in
    ``folder`` (made if missing; must hold no shards yet). Raises InputError when dask is not
    installed, the folder already holds shards, or the scheduler cannot be reached."""
    import reader

    try:
        from distributed import Client, as_completed
    except ImportError as err:
        raise InputError(
            "--dask needs dask.distributed: pip install 'broadsheet[cluster]'", None
        ) from err
    version = reader.PARSER_VERSION if parser_version is None else parser_version
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.glob("*.jsonl")):
        raise InputError("the shard folder already holds shards; name an empty one", folder)
    start = time.perf_counter()
    found, failed, _skipped = find_issues(paths)
    groups = [found[i : i + issues_per_shard] for i in range(0, len(found), issues_per_shard)]
    written: list[Path] = []
    try:
        client = Client(scheduler, timeout="20s")
    except OSError as err:
        raise InputError(f"cannot reach the Dask scheduler ({err})", scheduler) from err
    with client:
        futures = client.map(parse_shard, groups, parser_version=version, pure=False)
        number = {future.key: n for n, future in enumerate(futures, 1)}
        for future, text in as_completed(futures, with_results=True):
            written.append(_write_shard(folder, number[future.key], text))
            failed.extend(_failures(text))
    return BulkReport(
        tuple(sorted(written)), len(found), tuple(failed), time.perf_counter() - start
    )


def _failures(text: str) -> list[tuple[str, str]]:
    """The failed issues of a shard's text, as ``(path, reason)``."""
    import json

    out = []
    for line in text.splitlines():
        record = json.loads(line)
        if record.get("status") == "failed":
            out.append((record["path"], record["reason"]))
    return out
