"""User data: bookmarks that are never lost, anchors that survive a re-parse, damaged files kept."""

from __future__ import annotations

import dataclasses
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from store_helpers import EN_BODY, ZH_BODY, make_issue, story

from reader.model import Page
from reader.store import db
from reader.store.records import Anchor
from reader.store.userdata import UserData, anchor_for, normalise_key, resolve_anchor

WRITER = Path(__file__).with_name("bookmark_writer.py")


def _anchor(tag: str = "x") -> Anchor:
    return Anchor("hash", 1, "head" + tag, "lead" + tag, "p1-1")


def test_bookmark_add_note_delete_restore() -> None:
    data = UserData(":memory:")
    first = data.add_bookmark(_anchor("a"), headline="A", issue_title="I", note="n1")
    second = data.add_bookmark(_anchor("b"), headline="B", issue_title="I")
    assert [b.id for b in data.bookmarks()] == [second.id, first.id]
    data.set_note(first.id, "changed")
    changed = data.bookmark(first.id)
    assert changed is not None and changed.note == "changed"
    assert changed.updated >= changed.created
    removed = data.delete_bookmark(first.id)
    assert removed == changed
    assert data.bookmark(first.id) is None
    data.restore_bookmark(removed)
    assert data.bookmark(first.id) == changed
    assert data.bookmarks("other") == []


def test_read_state_highlight_sets_recent_and_ui_state() -> None:
    data = UserData(":memory:")
    anchor = _anchor()
    data.mark_read(anchor)
    assert data.read_fingerprints("hash") == {anchor.fingerprint}
    data.mark_read(anchor, read=False)
    assert data.read_fingerprints("hash") == set()
    data.save_highlight_set("science", ["科技", "AI"])
    assert data.highlight_sets() == {"science": ("科技", "AI")}
    data.delete_highlight_set("science")
    assert data.highlight_sets() == {}
    for n in range(25):
        data.touch_recent(f"/issues/{n}")
    recent = data.recent_files()
    assert len(recent) == 20 and recent[0] == "/issues/24"
    data.set_ui_state("geometry", "abc")
    assert data.ui_state("geometry") == "abc"
    assert data.ui_state("missing") is None


def test_normalise_key_ignores_spacing_case_and_punctuation() -> None:
    assert normalise_key("全国 科技，工作！") == normalise_key("全国科技工作")
    assert normalise_key("Bank  Rates-Rise") == "bankratesrise"
    assert normalise_key("ＡＢＣ１") == "abc1"


def test_anchor_survives_reparse_with_new_ids_and_paragraphs() -> None:
    issue = make_issue()
    target = issue.pages[0].articles[0]
    anchor = anchor_for(target, "hash")
    # A better parser: new ids, the body split differently, extra spaces, an extra story first.
    halves = (ZH_BODY[:20] + " ", ZH_BODY[20:])
    reparsed = dataclasses.replace(
        issue,
        pages=(
            Page(
                1,
                None,
                (
                    story(9, "新的一篇", "别的内容"),
                    story(7, "全国科技工作会议 在京召开", *halves),
                    story(8, "Bank rates rise", EN_BODY),
                ),
            ),
        ),
    )
    found = resolve_anchor(anchor, reparsed)
    assert found is not None and found.id == "p1-00000007"


def test_anchor_falls_back_to_lead_when_headline_changes() -> None:
    anchor = anchor_for(story(1, "Old OCR headlne", EN_BODY), "h")
    issue = dataclasses.replace(
        make_issue(), pages=(Page(1, None, (story(5, "Bank rates rise", EN_BODY),)),)
    )
    found = resolve_anchor(anchor, issue)
    assert found is not None and found.id == "p1-00000005"


def test_anchor_of_vanished_article_resolves_to_none() -> None:
    anchor = anchor_for(story(1, "Gone", "A story that is not there any more at all."), "h")
    assert resolve_anchor(anchor, make_issue()) is None


def test_damaged_userdata_is_kept_and_a_fresh_one_started(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite3"
    junk = os.urandom(8192)
    path.write_bytes(junk)
    data = UserData(path)
    assert data.recovered_from is not None
    assert data.recovered_from.read_bytes() == junk
    data.add_bookmark(_anchor(), headline="A", issue_title="I")
    data.close()
    again = UserData(path)
    assert again.recovered_from is None
    assert len(again.bookmarks()) == 1
    assert data.recovered_from.read_bytes() == junk


def _run_writer(
    path: Path, count: int, prefix: str, stderr: int = subprocess.PIPE
) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(count), prefix],
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )


@pytest.mark.slow
def test_two_processes_writing_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "userdata.sqlite3"  # not made yet: both processes race to create it
    count = 150
    writers = [_run_writer(path, count, name) for name in ("left", "right")]
    acked: set[str] = set()
    for writer in writers:
        out, err = writer.communicate(timeout=120)
        assert writer.returncode == 0, err
        acked |= {line.split()[1] for line in out.splitlines()}
    assert len(acked) == 2 * count
    data = UserData(path)
    saved = {b.headline for b in data.bookmarks()}
    assert saved == acked
    assert db.integrity_check(data.conn) == ["ok"]


@pytest.mark.slow
def test_sigkill_while_saving_loses_at_most_the_bookmark_in_flight(tmp_path: Path) -> None:
    rng = random.Random(20250114)
    path = tmp_path / "userdata.sqlite3"
    UserData(path).close()
    acked: set[str] = set()
    for round_number in range(6):
        writer = _run_writer(path, 0, f"r{round_number}", stderr=subprocess.DEVNULL)
        assert writer.stdout is not None
        # Wait for the first acknowledgement so the kill lands while bookmarks are being saved.
        first = writer.stdout.readline()
        assert first.startswith("ack"), "the writer did not start"
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(writer.pid, signal.SIGKILL)
        # Read through the same buffered stream as readline() did: communicate() would read the
        # raw pipe and skip lines already sitting in that buffer.
        rest = writer.stdout.read()
        writer.stdout.close()
        assert writer.wait(timeout=30) == -signal.SIGKILL
        # Only a whole line is an acknowledgement; the kill may cut the last one short.
        lines = (first + rest).split("\n")[:-1]
        round_acked = {line.split()[1] for line in lines}
        acked |= round_acked
        conn = sqlite3.connect(path)
        assert db.integrity_check(conn) == ["ok"]
        saved = {row[0] for row in conn.execute("SELECT headline FROM bookmarks")}
        conn.close()
        assert acked <= saved, f"lost acknowledged bookmarks: {sorted(acked - saved)[:5]}"
        unacked = {s for s in saved - acked if s.startswith(f"r{round_number}-")}
        assert len(unacked) <= 1
        acked |= unacked
    data = UserData(path)
    assert data.recovered_from is None
    assert len(data.bookmarks()) == len(acked)
