"""The identity hash of the parser's output (tests/parse/identity_hash.py)."""

from __future__ import annotations

from pathlib import Path

from tests.parse.identity_hash import identity_hash, pages


def _tree(tmp_path: Path, text: str) -> tuple[Path, Path]:
    tree, corpus = tmp_path / "tree", tmp_path / "shared" / "corpus"
    (tree / "tests/data/dev").mkdir(parents=True)
    (tree / "tests/data/heldout").mkdir(parents=True)
    (corpus / "seed").mkdir(parents=True)
    (tree / "tests/data/dev/a.txt").write_text(text, encoding="utf-8")
    (corpus / "seed/s.txt").write_text("HEADLINE\n\nThe body of the story.\n", encoding="utf-8")
    return tree, corpus


def test_the_hash_is_the_same_for_the_same_parse_and_moves_with_it(tmp_path: Path) -> None:
    tree, corpus = _tree(tmp_path, "MILL REOPENS\n\nThe mill opened on Monday.\n")
    assert [p.name for p in pages(tree, corpus)] == ["a.txt", "s.txt"]
    count, first = identity_hash(tree, corpus)
    assert count == 2
    assert identity_hash(tree, corpus) == (2, first)
    (tree / "tests/data/dev/a.txt").write_text(
        "MILL REOPENS\n\nThe mill opened on Tuesday.\n", encoding="utf-8"
    )
    assert identity_hash(tree, corpus)[1] != first
