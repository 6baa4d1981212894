"""The Dask recipe: a real LocalCluster with two worker processes parses into shards, and the
library stores them without parsing again."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.store import Library
from reader.store.importer import Status
from tests.store.test_importer import text_archive

distributed = pytest.importorskip(
    "distributed", reason="dask.distributed is not installed (pip install 'broadsheet[cluster]')"
)


@pytest.fixture(scope="module")
def scheduler():  # type: ignore[no-untyped-def]
    # The scheduler's HTTP server (metrics, health) starts even with no dashboard, on 8787
    # unless told otherwise: ":0" takes a free port, so a second cluster on the machine (another
    # test run, a user's own scheduler) does not fail this one.
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        yield cluster.scheduler_address


def test_parse_on_a_local_cluster_then_library_add_the_shards(
    tmp_path: Path, private_dirs: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = text_archive(tmp_path / "archive", 5)
    (archive / "2025-01-03" / "01.txt").write_bytes(b"")  # fails on the cluster, reported
    shards = tmp_path / "shards"
    status = main(
        ["parse", "--dask", scheduler, "--shards", str(shards), str(archive)], out=io.StringIO()
    )
    assert status == 2  # one issue failed; the others are in the shards
    files = sorted(shards.glob("*.jsonl"))
    assert [f.name for f in files] == ["shard-00001.jsonl"]
    records = [json.loads(line) for line in files[0].read_text(encoding="utf-8").splitlines()]
    assert sorted(r["status"] for r in records) == ["added"] * 4 + ["failed"]
    # The shard folder is not reused: shards of two runs would mix.
    again = main(["parse", "--dask", scheduler, "--shards", str(shards), str(archive)])
    assert again == 2
    out = io.StringIO()
    capsys.readouterr()
    assert main(["library", "add", "--shards", str(shards)], out=out) == 2
    assert out.getvalue().count("added") == 4
    summary = capsys.readouterr().err.splitlines()[-1]
    assert "4 added" in summary and "4 pages stored from shards in" in summary  # not "parsed"
    with Library.open_default() as library:
        assert len(library.entries()) == 4 and library.check() == []
        assert len(library.search('"Harbor Report"', limit=100)) == 4
        local = library.import_paths([archive], jobs=1)
    # The files are as the cluster saw them: nothing parsed twice.
    assert local.count(Status.UNCHANGED) == 4 and local.count(Status.ADDED) == 0


def test_an_unreachable_scheduler_is_one_line(
    tmp_path: Path, private_dirs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = text_archive(tmp_path / "archive", 1)
    status = main(
        ["parse", "--dask", "tcp://127.0.0.1:9", "--shards", str(tmp_path / "s"), str(archive)]
    )
    assert status == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot reach the Dask scheduler" in err[0]
