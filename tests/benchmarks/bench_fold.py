"""Benchmark of folding Traditional Chinese to Simplified in the index: what writing the library
index costs with the fold, against a tree without it, run alternately in the same minutes.

Builds a synthetic library (``bench_store.make_library``: half Chinese, half English stories),
stores it in a real cache file, then times ``SearchIndex.rebuild()`` (the whole bigram index
written from the stored stories: what the schema-3 upgrade does on first open, and what an
import's index writes cost per story) and a handful of Chinese queries. With ``--against TREE``
(a ``git archive`` of main unpacked there) each round runs this tree and then TREE in child
processes, and the medians and their ratio are printed.

    .venv/bin/python -m tests.benchmarks.bench_fold [--stories 20000] [--rounds 5]
        [--against /tmp/main-tree]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
QUERIES = ("科技", "人工智能", "芯", "新能源 汽车")


def measure(stories: int) -> dict[str, float]:
    """One run in this process: build, time the rebuild and the queries."""
    from reader.store.cache import IssueCache
    from tests.benchmarks.bench_store import make_library

    library = make_library(stories)
    with tempfile.TemporaryDirectory() as folder:
        cache = IssueCache(Path(folder) / "cache.sqlite3")
        for digest, issue in library:
            cache.put(digest, 1, issue)
        start = time.perf_counter()
        cache.index.rebuild()
        rebuild = time.perf_counter() - start
        cache.index.search(QUERIES[0])
        start = time.perf_counter()
        for _ in range(5):
            for query in QUERIES:
                cache.index.search(query)
        search = (time.perf_counter() - start) / (5 * len(QUERIES))
        cache.close()
    return {"rebuild s": rebuild, "search ms": search * 1000}


def child(tree: Path, stories: int) -> dict[str, float]:
    # The tree timed need not have this file: it is loaded from here, ``reader`` from TREE.
    env = {**os.environ, "PYTHONPATH": str(tree)}
    code = (
        "import importlib.util, json, reader;"
        f" assert reader.__file__.startswith({str(tree)!r}), reader.__file__;"
        f" spec = importlib.util.spec_from_file_location('bench_fold', {__file__!r});"
        " module = importlib.util.module_from_spec(spec); spec.loader.exec_module(module);"
        f" print(json.dumps(module.measure({stories})))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tree, check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stories", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--against", type=Path, help="a tree without the fold (git archive)")
    args = parser.parse_args(argv)
    if args.against is None:
        print(json.dumps(measure(args.stories)))
        return 0
    results: dict[str, list[dict[str, float]]] = {"this": [], "against": []}
    for n in range(args.rounds):
        for label, tree in (("this", ROOT), ("against", args.against.resolve())):
            results[label].append(child(tree, args.stories))
            print(f"round {n + 1} {label}: {results[label][-1]}", file=sys.stderr)
    print(f"load average {os.getloadavg()}; {args.stories} stories, {args.rounds} rounds")
    for key in results["this"][0]:
        mine = statistics.median(r[key] for r in results["this"])
        theirs = statistics.median(r[key] for r in results["against"])
        print(f"{key}: this {mine:.3f}, against {theirs:.3f}, ratio {mine / theirs:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
