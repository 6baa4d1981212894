"""Qt-free text helpers: CJK widths and joins, normalisation, escaping, jieba, highlight spans."""
