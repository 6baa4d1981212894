"""The segmenter keeps jieba's prefix dictionary in pieces and reads it a piece at a time."""

from __future__ import annotations

import marshal
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.text import segment
from reader.text.segment import PIECE_WORDS, WORDS_FILE, Segmenter

SENTENCE = "我们在北京天安门广场看升旗仪式"


@pytest.fixture(scope="module")
def kept(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cache folder with the word list made by a first load (jieba's dictionary file read)."""
    folder = tmp_path_factory.mktemp("jieba")
    Segmenter(cache_dir=folder).load()
    return folder


def pieces_of(path: Path) -> list[dict[str, int]]:
    data = path.read_bytes()
    size = int.from_bytes(data[:4], "little")
    _stamp, _total, count = marshal.loads(data[4 : 4 + size])
    at, pieces = 4 + size, []
    for _ in range(count):
        size = int.from_bytes(data[at : at + 4], "little")
        pieces.append(marshal.loads(data[at + 4 : at + 4 + size]))
        at += 4 + size
    return pieces


def same_words(folder: Path, other: Path) -> bool:
    """The word lists kept in the two folders hold the same words (marshal's bytes may differ
    between processes: it marks objects referred to more than once)."""
    stamp = segment._dictionary_stamp()
    here = segment.read_words(folder / WORDS_FILE, stamp)
    return here is not None and here == segment.read_words(other / WORDS_FILE, stamp)


def test_the_first_load_keeps_jiebas_dictionary_in_pieces(kept: Path) -> None:
    import jieba

    tokenizer = jieba.Tokenizer()
    words, total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    pieces = pieces_of(kept / WORDS_FILE)
    assert len(pieces) > 50
    assert max(len(piece) for piece in pieces) <= PIECE_WORDS
    assert {w: f for piece in pieces for w, f in piece.items()} == words
    assert segment.read_words(kept / WORDS_FILE, segment._dictionary_stamp()) == (words, total)
    assert sorted(p.name for p in kept.iterdir()) == [WORDS_FILE]  # (no jieba.cache of one piece)


def test_a_later_load_reads_the_kept_pieces(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jieba

    shutil.copy(kept / WORDS_FILE, tmp_path / WORDS_FILE)

    def no_dictionary_file(*_args: object) -> None:
        raise AssertionError("the dictionary file was read again")

    monkeypatch.setattr(jieba.Tokenizer, "gen_pfdict", no_dictionary_file)
    segmenter = Segmenter(cache_dir=tmp_path)
    segmenter.load()
    assert segmenter.ready
    assert segmenter.cut(SENTENCE) == ["我们", "在", "北京天安门广场", "看", "升旗仪式"]


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: data + b"\0",  # bytes after the last piece
        lambda data: b"\xff" * 64 + data[64:],  # garbage over the header
    ],
)
def test_a_damaged_word_list_is_made_again(
    kept: Path, tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    data = (kept / WORDS_FILE).read_bytes()
    (tmp_path / WORDS_FILE).write_bytes(damage(data))
    (tmp_path / "jieba.cache").write_bytes(b"an earlier version's")
    segmenter = Segmenter(cache_dir=tmp_path)
    segmenter.load()
    assert segmenter.cut(SENTENCE) == ["我们", "在", "北京天安门广场", "看", "升旗仪式"]
    assert (tmp_path / WORDS_FILE).read_bytes() == data  # written whole again
    assert not (tmp_path / "jieba.cache").exists()  # (jieba's one-piece cache: not kept)


def test_a_word_list_from_another_dictionary_is_not_used(kept: Path, tmp_path: Path) -> None:
    stamp = segment._dictionary_stamp()
    segment.write_words(tmp_path / WORDS_FILE, ("another", *stamp[1:]), {"词": 1}, 1)
    assert segment.read_words(tmp_path / WORDS_FILE, stamp) is None
    assert segment.read_words(tmp_path / "missing", stamp) is None


def test_jieba_loads_without_pkg_resources_which_stays_importable(
    kept: Path, tmp_path: Path
) -> None:
    """A fresh interpreter: the word list loads and cuts with ``pkg_resources`` never imported
    (jieba opens its dictionary by its fallback), and ``pkg_resources`` is not left refused."""
    import subprocess
    import sys

    script = f"""
import sys
from reader.text.segment import Segmenter
segmenter = Segmenter(cache_dir={str(tmp_path)!r})
segmenter.load()
print("pkg_resources" in sys.modules, "jieba" in sys.modules)
print(" ".join(segmenter._tokenizer.lcut({SENTENCE!r})))
print(sys.modules.get("pkg_resources", "absent"))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=True
    )
    imported, cut, left = done.stdout.splitlines()
    assert imported == "False True"
    here = Segmenter(cache_dir=kept)
    here.load()
    assert cut.split() == here._tokenizer.lcut(SENTENCE)
    assert len(cut.split()) > 3
    assert left == "absent"


def test_the_first_load_makes_the_word_list_in_a_child_process(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Making the word list (~1.5 s of Python) runs in a child with its own interpreter: this
    process only reads the kept pieces."""

    import jieba

    def not_here(*_args: object) -> None:
        raise AssertionError("the word list was made in this process")

    monkeypatch.setattr(jieba.Tokenizer, "gen_pfdict", not_here)
    segmenter = Segmenter(cache_dir=tmp_path)
    segmenter.load()
    assert segmenter.cut(SENTENCE) == ["我们", "在", "北京天安门广场", "看", "升旗仪式"]
    assert same_words(tmp_path, kept)


def test_without_child_processes_the_word_list_is_made_here(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader import spawn

    def no_spawn(*_args: object) -> None:
        raise AssertionError("a child was started")

    monkeypatch.setattr(spawn, "children_possible", lambda: False)
    monkeypatch.setattr(spawn, "spawn_child", no_spawn)
    segmenter = Segmenter(cache_dir=tmp_path)
    segmenter.load()
    assert segmenter.cut(SENTENCE) == ["我们", "在", "北京天安门广场", "看", "升旗仪式"]
    assert same_words(tmp_path, kept)


@pytest.mark.parametrize(
    "child",
    [
        "import sys\nsys.exit(1)\n",  # fails
        "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n",  # killed
        "import sys\nopen(sys.argv[2], 'wb').write(b'half a word list')\n",  # says it is done
    ],
)
def test_a_failed_word_list_process_leaves_the_work_to_this_one(
    kept: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, child: str
) -> None:
    monkeypatch.setattr(segment, "WORDS_CHILD", child)
    segmenter = Segmenter(cache_dir=tmp_path)
    segmenter.load()
    assert segmenter.cut(SENTENCE) == ["我们", "在", "北京天安门广场", "看", "升旗仪式"]
    assert same_words(tmp_path, kept)
