"""Features of a page's lines for a line-role model (the crf6 experiment; Qt-free, typed).

Each line gets a dict of string features: its shape (length against the page's typical line,
case pattern, first and last characters, indentation, a blank line before or after), where it
is on the page, its share of CJK characters, and the verdicts of the parser's own rules
(``reader.parse.classify`` and ``reader.parse.masthead`` predicates: dateline, byline, credit,
furniture, title-like, deck, notice …) — the rules become evidence and the model learns how far
to trust them. The previous and next lines' main features are copied in with ``-1:``/``+1:``
prefixes (the CRF's window). The cost is linear in the page: a bounded number of
predicates per line, each linear in the line, and the typical length from a counting pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from reader.parse import classify, masthead
from reader.text.cjk import cjk_ratio, display_width
from tests.parse.linelabels import PageLine

Features = dict[str, float | str]

#: Features copied from the neighbouring lines into a line's window.
_WINDOW_KEYS = (
    "len",
    "case",
    "end",
    "first",
    "blank_before",
    "indent",
    "dateline",
    "byline",
    "title_like",
    "furniture",
    "credit",
    "short",
)


def typical_width(widths: Sequence[int]) -> int:
    """The page's typical line width: the upper quartile of the line widths (most lines of a
    column are full), found by counting (linear: widths are bounded by the longest line)."""
    if not widths:
        return 1
    counts = Counter(widths)
    target = 0.75 * len(widths)
    seen = 0
    for width in sorted(counts):  # distinct widths only, bounded by the longest line
        seen += counts[width]
        if seen >= target:
            return max(width, 1)
    return max(widths)


def _bucket(value: float, edges: Sequence[float]) -> str:
    for index, edge in enumerate(edges):
        if value < edge:
            return str(index)
    return str(len(edges))


def _case(text: str) -> str:
    letters = [c for c in text if c.isalpha() and c.isascii()]
    if not letters:
        return "none"
    upper = sum(1 for c in letters if c.isupper())
    if upper / len(letters) >= 0.8:
        return "caps"
    words = [w for w in text.split() if w[:1].isalpha()]
    if words and sum(1 for w in words if w[:1].isupper()) / len(words) >= 0.6:
        return "title"
    return "lower" if letters[0].islower() else "sentence"


def _char_class(char: str) -> str:
    if not char:
        return "none"
    if char.isdigit():
        return "digit"
    if char.isalpha():
        if not char.isascii():
            return "wide"
        return "upper" if char.isupper() else "lower"
    if char in "\"'“”‘’「」『』":
        return "quote"
    if char in "-—–―":
        return "dash"
    if char in "(（[【〔":
        return "open"
    return char if char in ".,:;!?。，：；！？)）】〕|*" else "punct"


def _own(line: PageLine, index: int, count: int, width: int) -> Features:
    text = line.text
    stripped = text.strip()
    length = display_width(stripped)
    words = stripped.split()
    features: Features = {
        "bias": 1.0,
        "len": _bucket(length / width, (0.25, 0.5, 0.75, 0.9, 1.1, 1.5)),
        "abslen": _bucket(length, (3, 8, 16, 30, 50, 80)),
        "words": _bucket(len(words), (2, 3, 5, 8)),
        "case": _case(stripped),
        "first": _char_class(stripped[:1]),
        "end": _char_class(stripped[-1:]),
        "indent": _bucket(len(text) - len(text.lstrip()), (1, 2, 5)),
        "blank_before": str(line.blank_before),
        "pos": _bucket(index, (1, 3, 8, 16)),
        "pos_rel": _bucket(index / max(count, 1), (0.05, 0.2, 0.5, 0.8, 0.95)),
        "cjk": _bucket(cjk_ratio(stripped), (0.1, 0.5, 0.9)),
        "short": str(length < 0.6 * width),
        "noise": _bucket(classify.noise_share(stripped), (0.1, 0.3, 0.5)),
    }
    first_word = words[0].lower().strip(".,:;\"'") if words else ""
    if first_word and len(first_word) <= 12 and first_word.isalpha():
        features["w0=" + first_word] = 1.0
    if stripped.endswith("-") and not stripped.endswith("--"):
        features["hyphen_end"] = 1.0
    rules: dict[str, bool] = {
        "dateline": classify.match_dateline(stripped) is not None,
        "byline": classify.match_byline_lead(stripped) is not None
        or classify.is_byline_line(stripped),
        "signature": classify.is_signature(stripped),
        "credit": classify.is_credit(stripped) or classify.is_wire_credit(stripped),
        "furniture": classify.is_furniture(stripped, None, line.number),
        "may_furniture": classify.may_be_furniture(stripped),
        "masthead": masthead.is_masthead_line(stripped, line.number),
        "issue_label": masthead.is_issue_label(stripped),
        "title_like": classify.is_title_like(stripped),
        "deck": classify.reads_as_deck(stripped),
        "abbrev_end": classify.ends_with_abbreviation(stripped),
        "notice_open": classify.opens_notice(stripped),
        "advert_close": classify.closes_advert(stripped),
        "firm": classify.is_firm_line(stripped),
        "numbered": classify.starts_numbered_item(stripped),
        "box_header": classify.is_box_header(stripped),
        "box_entry": classify.box_entry(stripped) is not None,
        "jump": classify.match_continuation(stripped) is not None,
        "pointer": classify.match_teaser_pointer(stripped) is not None,
        "role_line": classify.is_role_line(stripped),
        "copyright": classify.is_copyright_line(stripped),
    }
    for name, value in rules.items():
        features[name] = str(value)
    features["style"] = classify.title_style(stripped) if rules["title_like"] else "-"
    return features


def line_features(lines: Sequence[PageLine], rules: Sequence[str] | None = None) -> list[Features]:
    """Features of each line of a page (its non-blank lines in order), with the window.

    ``rules``, when given, is the role the rules parser gave each line (its output aligned to
    the lines, tests/parse/linelabels.py ``rules_labels``): the stacked model of the experiment
    learns where to overrule it.
    """
    count = len(lines)
    width = typical_width([display_width(line.text.strip()) for line in lines])
    own = [_own(line, index, count, width) for index, line in enumerate(lines)]
    if rules is not None:
        for features, role in zip(own, rules, strict=True):
            features["rule"] = role
    out: list[Features] = []
    for index, features in enumerate(own):
        merged: Features = dict(features)
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if not 0 <= other < count:
                merged[f"{offset:+d}:edge"] = 1.0
                continue
            keys = _WINDOW_KEYS if abs(offset) == 1 else ("len", "case", "title_like")
            if rules is not None:
                keys = (*keys, "rule")
            for key in keys:
                merged[f"{offset:+d}:{key}"] = own[other][key]
        if index + 1 < count:
            following = lines[index + 1].text.strip()
            merged["blank_after"] = str(lines[index + 1].blank_before)
            merged["caps_runs_on"] = str(
                classify.caps_runs_on(lines[index].text.strip(), following)
            )
        out.append(merged)
    return out


def crfsuite_items(features: Sequence[Features]) -> list[dict[str, float | str]]:
    """The features as python-crfsuite takes them: ``name=value`` for string values (so each
    value is its own indicator), numbers kept as weights."""
    return [
        {
            (f"{k}={v}" if isinstance(v, str) else k): (1.0 if isinstance(v, str) else v)
            for k, v in item.items()
        }
        for item in features
    ]
