"""Train and measure a line-role CRF against the rules (the crf6 experiment).

    python -m tests.parse.train_lines [--model PATH] [--grid] [--generated N] [--heldout]

Lines are labelled from the dev set's annotations (tests/parse/linelabels.py), described by
tests/parse/linefeatures.py and tagged by a linear-chain CRF (python-crfsuite, L-BFGS, the
``broadsheet[linemodel]`` extra). Everything is measured the same way for the CRF and for the
rules parser:

- line roles: per-label precision, recall and F1 against the annotation's roles; the rules'
  roles are their own output aligned to the lines by the same aligner;
- end to end: the CRF's roles assembled into articles (tests/parse/lineassemble.py) and scored
  with tests/parse/score.py, beside the rules parser's score of the same pages.

On the dev set the CRF is judged by five-fold cross-validation by source: pages made from one
source (the seed page in six layouts, one paper's own pages) are in one fold, so no page is
tagged by a model that saw its text. ``--grid`` picks c1/c2 by that cross-validation (the
best overall fields); ``--generated N`` adds N pages of the layout generator (fixed seeds)
to every training set;
``--heldout`` trains on all dev pages and scores tests/data/heldout once (never tune on it);
``--model PATH`` writes the model trained on all dev pages; ``--stacked`` adds the rules
parser's own line roles (its output aligned to the lines) to the features, a hybrid in which
the CRF learns where to overrule the rules. Plain-text pages only (an hOCR
page's lines are not text lines). Training is deterministic (L-BFGS, no random state).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from reader.parse.formats import PLAIN_TEXT, format_for_data
from tests.parse.devset import DEV, DevPage, load_available
from tests.parse.lineassemble import assemble
from tests.parse.linefeatures import crfsuite_items, line_features
from tests.parse.linelabels import (
    LABELS,
    PageLine,
    expected_labels,
    parsed_page,
    rules_labels,
)
from tests.parse.score import PageScore, Tally, by_family, score_articles, score_page

HELDOUT = DEV.parent / "heldout"
#: c1 (L1) and c2 (L2) tried by ``--grid``.
GRID = ((0.0, 0.1), (0.1, 0.01), (0.1, 0.1), (0.5, 0.1))
#: The c1/c2 chosen by cross-validation by source on the dev set (``--grid``).
C1, C2 = 0.1, 0.01
MAX_ITERATIONS = 100
#: Cross-validation folds (by source).
FOLDS = 5


@dataclass(frozen=True)
class LabelledPage:
    """A page's lines, their roles from the annotation, and the source it was made from."""

    page: DevPage
    lines: tuple[PageLine, ...]
    labels: tuple[str, ...]
    group: str
    #: The rules parser's roles for the lines (its output aligned like an annotation).
    rules: tuple[str, ...] = ()

    def features_rules(self, stacked: bool) -> tuple[str, ...] | None:
        return self.rules if stacked else None


def source_group(page: DevPage) -> str:
    """Pages sharing text share a group: a corpus file in any layout, or one paper of our own
    writing (the own-* pages are rendered from a few papers' articles)."""
    if "corpus" in page.source:
        return "corpus:" + str(page.source["corpus"])
    parts = page.name.split("-")
    return "own:" + (parts[1] if len(parts) > 1 else page.name)


def is_plain_text(page: DevPage) -> bool:
    data = page.text.encode("utf-8")
    return format_for_data(data, page.path) is PLAIN_TEXT


def labelled(pages: Iterable[DevPage]) -> list[LabelledPage]:
    out = []
    for page in pages:
        if not is_plain_text(page):
            continue
        lines, labels = expected_labels(page)
        if lines:
            rules = tuple(rules_labels(page, lines))
            out.append(LabelledPage(page, tuple(lines), tuple(labels), source_group(page), rules))
    return out


def generated_pages(count: int, seed: int = 6) -> list[LabelledPage]:
    """Pages drawn from the layout generator (tests/parse/layout.py), fixed seeds."""
    from tests.parse.layout import Layout, dev_page, load_paper, paper_names, render_page

    rng = random.Random(seed)
    out = []
    for index in range(count):
        paper = load_paper(rng.choice(paper_names()))
        ids = [a["id"] for a in paper.articles]
        chosen = rng.sample(ids, k=min(len(ids), rng.randint(2, 6)))
        cjk = paper.cjk
        layout = Layout(
            width=rng.choice((10, 12, 14, 18, 24)) if cjk else rng.choice((24, 28, 32, 40, 60)),
            spacing=rng.choice(("e-paper", "single", "blocks")),
            indent=rng.random() < 0.5,
            title_lead=rng.choice(("space", "none", "center")),
            hyphens="none" if cjk else rng.choice(("none", "hard", "soft", "dropped")),
            scrambled=rng.random() < 0.2,
            masthead=rng.random() < 0.7,
            inside_box=rng.random() < 0.2,
            noise=rng.randint(0, 4),
            split_credit=rng.random() < 0.3,
            column_break=rng.random() < 0.3,
            seed=rng.randrange(1 << 30),
        )
        rendered = render_page(paper, chosen, layout, family="generated")
        page = dev_page(rendered, name=f"generated-{index}")
        lines, labels = expected_labels(page)
        rules = tuple(rules_labels(page, lines))
        out.append(LabelledPage(page, tuple(lines), tuple(labels), f"generated:{index}", rules))
    return out


def train(
    pages: Sequence[LabelledPage],
    model: Path,
    c1: float = C1,
    c2: float = C2,
    stacked: bool = False,
) -> None:
    """Train a CRF on the pages' lines and write it to ``model`` (``stacked``: with the rules'
    roles among the features)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for item in pages:
        features = line_features(item.lines, item.features_rules(stacked))
        trainer.append(crfsuite_items(features), list(item.labels))
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": MAX_ITERATIONS,
            "feature.possible_transitions": True,
        }
    )
    trainer.train(str(model))


def tag(model: Path, lines: Sequence[PageLine], rules: Sequence[str] | None = None) -> list[str]:
    """The model's role for each line (``rules``: the rules' roles, for a stacked model)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    try:
        return list(tagger.tag(crfsuite_items(line_features(lines, rules)))) if lines else []
    finally:
        tagger.close()


def folds(pages: Sequence[LabelledPage], count: int = FOLDS) -> list[set[str]]:
    """Sources dealt into ``count`` folds of about equal lines (largest source first, each to
    the fold with fewest lines so far; ties by name): every page of a source in one fold."""
    sizes: Counter[str] = Counter()
    for item in pages:
        sizes[item.group] += len(item.lines)
    out: list[set[str]] = [set() for _ in range(min(count, len(sizes)))]
    load = [0] * len(out)
    for group, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        smallest = min(range(len(out)), key=lambda i: (load[i], i))
        out[smallest].add(group)
        load[smallest] += size
    return out


def cross_validate(
    pages: Sequence[LabelledPage],
    c1: float = C1,
    c2: float = C2,
    extra: Sequence[LabelledPage] = (),
    stacked: bool = False,
) -> dict[str, list[str]]:
    """Five folds by source: each page tagged by a model trained on the other folds' pages
    (plus ``extra``), never on a page made from its own source."""
    predictions: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for fold in folds(pages):
            model = Path(folder) / "fold.crfsuite"
            training = [p for p in pages if p.group not in fold] + list(extra)
            train(training, model, c1, c2, stacked)
            for item in pages:
                if item.group in fold:
                    predictions[item.page.name] = tag(
                        model, item.lines, item.features_rules(stacked)
                    )
    return predictions


def label_table(
    gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]
) -> dict[str, dict[str, float]]:
    """Per-label precision, recall, F1 and support, and overall accuracy ("all")."""
    pairs = [
        (g, p) for gs, ps in zip(gold, predicted, strict=True) for g, p in zip(gs, ps, strict=True)
    ]
    truth = Counter(g for g, _ in pairs)
    said = Counter(p for _, p in pairs)
    right = Counter(g for g, p in pairs if g == p)
    table: dict[str, dict[str, float]] = {}
    for label in LABELS:
        precision = right[label] / said[label] if said[label] else 0.0
        recall = right[label] / truth[label] if truth[label] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        table[label] = {"p": precision, "r": recall, "f1": f1, "n": truth[label]}
    total = len(pairs)
    table["all"] = {"accuracy": sum(right.values()) / total if total else 1.0, "n": total}
    return table


def crf_scores(
    pages: Sequence[LabelledPage], predictions: Mapping[str, Sequence[str]]
) -> list[PageScore]:
    """End-to-end scores of the CRF's roles assembled into articles."""
    out = []
    for item in pages:
        start = time.perf_counter()
        built = assemble(item.lines, predictions[item.page.name])
        tally, matches = score_articles(item.page.articles, built["articles"], item.page.furniture)
        seconds = time.perf_counter() - start
        out.append(
            PageScore(
                item.page.name,
                item.page.family,
                tally,
                matches,
                seconds,
                item.page.articles,
                built["articles"],
            )
        )
    return out


def compare(
    pages: Sequence[LabelledPage], predictions: Mapping[str, Sequence[str]]
) -> dict[str, Any]:
    """Line roles and end-to-end scores of the CRF and of the rules, and of the assembler fed
    the annotation's own roles (the ceiling of this assembler)."""
    gold = [item.labels for item in pages]
    crf = [predictions[item.page.name] for item in pages]
    rules = [item.rules for item in pages]
    oracle = {item.page.name: list(item.labels) for item in pages}
    rules_roles = {item.page.name: list(item.rules) for item in pages}
    rows: dict[str, dict[str, Tally]] = {
        "crf": by_family(crf_scores(pages, predictions)),
        "rules": by_family(score_page(item.page) for item in pages),
        "assembler on the rules' roles": by_family(crf_scores(pages, rules_roles)),
        "assembler on annotated roles": by_family(crf_scores(pages, oracle)),
    }
    families = sorted({item.page.family for item in pages})
    by_family_lines = {
        family: {
            name: label_table(
                [item.labels for item in pages if item.page.family == family],
                [got for item, got in zip(pages, roles, strict=True) if item.page.family == family],
            )["all"]
            for name, roles in (("crf", crf), ("rules", rules))
        }
        for family in families
    }
    return {
        "lines": {"crf": label_table(gold, crf), "rules": label_table(gold, rules)},
        "lines_by_family": by_family_lines,
        "end_to_end": {
            name: {family: tally.to_json() for family, tally in table.items()}
            for name, table in rows.items()
        },
    }


def timing(pages: Sequence[LabelledPage], model: Path, rounds: int = 3) -> dict[str, float]:
    """Microseconds per character of page text, median over ``rounds`` alternating passes:
    the CRF path (features, tagging, assembly) and the rules parser (``read_page``)."""
    chars = sum(len(item.page.text) for item in pages)
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    crf, rules = [], []
    try:
        for _ in range(rounds):
            start = time.perf_counter()
            for item in pages:
                labels = tagger.tag(crfsuite_items(line_features(item.lines)))
                assemble(item.lines, labels)
            crf.append(time.perf_counter() - start)
            start = time.perf_counter()
            for item in pages:
                parsed_page(item.page)
            rules.append(time.perf_counter() - start)
    finally:
        tagger.close()
    return {
        "crf_us_per_char": 1e6 * statistics.median(crf) / chars,
        "rules_us_per_char": 1e6 * statistics.median(rules) / chars,
        "chars": chars,
    }


def _print_report(result: Mapping[str, Any]) -> None:
    lines = result["lines"]
    print("| label | n | CRF P | CRF R | CRF F1 | rules P | rules R | rules F1 |")
    print("|---|---|---|---|---|---|---|---|")
    for label in LABELS:
        c, r = lines["crf"][label], lines["rules"][label]
        if not c["n"]:
            continue
        print(
            f"| {label} | {c['n']:.0f} | {c['p']:.0%} | {c['r']:.0%} | {c['f1']:.0%} "
            f"| {r['p']:.0%} | {r['r']:.0%} | {r['f1']:.0%} |"
        )
    crf_all, rules_all = lines["crf"]["all"], lines["rules"]["all"]
    print(
        f"| **accuracy** | {crf_all['n']:.0f} | | | {crf_all['accuracy']:.1%} "
        f"| | | {rules_all['accuracy']:.1%} |"
    )
    print()
    print("| family | lines | CRF accuracy | rules accuracy |")
    print("|---|---|---|---|")
    for family, data in result["lines_by_family"].items():
        print(
            f"| {family} | {data['crf']['n']:.0f} | {data['crf']['accuracy']:.1%} "
            f"| {data['rules']['accuracy']:.1%} |"
        )
    print()
    keys = (
        "recall",
        "precision",
        "fields",
        "headline",
        "subheadline",
        "dateline",
        "byline",
        "kind",
        "body",
        "paragraphs",
    )
    print("| reader | family | pages | articles | " + " | ".join(keys) + " |")
    print("|---|---|---|---|" + "---|" * len(keys))
    for name, families in result["end_to_end"].items():
        for family, data in families.items():
            cells = " | ".join(f"{100 * data[k]:.0f}%" for k in keys)
            print(f"| {name} | {family} | {data['pages']} | {data['expected']} | {cells} |")
    print()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.parse.train_lines", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--model", type=Path, help="write the model trained on all dev pages")
    parser.add_argument("--grid", action="store_true", help="choose c1/c2 by cross-validation")
    parser.add_argument("--generated", type=int, default=0, help="generator pages to add")
    parser.add_argument("--heldout", action="store_true", help="score the held-out pages once")
    parser.add_argument("--json", type=Path, help="write the measured tables as JSON")
    parser.add_argument(
        "--stacked", action="store_true", help="the rules' own line roles among the features"
    )
    parser.add_argument(
        "--time", type=Path, metavar="MODEL", help="time MODEL and the rules on the dev pages"
    )
    parser.add_argument("--c1", type=float, default=C1, help=f"L1 weight (default {C1})")
    parser.add_argument("--c2", type=float, default=C2, help=f"L2 weight (default {C2})")
    args = parser.parse_args(argv)
    dev_pages, _missing = load_available([DEV])
    pages = labelled(dev_pages)
    extra = generated_pages(args.generated) if args.generated else []
    print(
        f"{len(pages)} plain-text dev pages, {sum(len(p.lines) for p in pages)} lines, "
        f"{len({p.group for p in pages})} sources; {len(extra)} generated pages"
    )
    c1, c2, stacked = args.c1, args.c2, args.stacked
    if args.time:
        print(json.dumps(timing(pages, args.time)))
        return 0
    report: dict[str, Any] = {"c1": c1, "c2": c2, "generated": len(extra), "stacked": stacked}
    chosen: dict[str, list[str]] | None = None
    if args.grid:
        gold = [p.labels for p in pages]
        best = None
        for g1, g2 in GRID:
            start = time.perf_counter()
            predictions = cross_validate(pages, g1, g2, extra, stacked)
            table = label_table(gold, [predictions[p.page.name] for p in pages])
            fields = by_family(crf_scores(pages, predictions))["overall"].fields
            macro = sum(table[label]["f1"] for label in LABELS if table[label]["n"]) / sum(
                1 for label in LABELS if table[label]["n"]
            )
            print(
                f"c1={g1} c2={g2}: accuracy {table['all']['accuracy']:.2%}, macro F1 "
                f"{macro:.2%}, fields {fields:.2%} ({time.perf_counter() - start:.0f} s)"
            )
            if best is None or fields > best[0]:
                best = (fields, g1, g2, predictions)
        assert best is not None
        c1, c2, chosen = best[1], best[2], best[3]
        report.update(c1=c1, c2=c2)
        print(f"chosen: c1={c1} c2={c2}")
    if args.heldout:
        with tempfile.TemporaryDirectory() as folder:
            model = Path(folder) / "all.crfsuite"
            train(pages + extra, model, c1, c2, stacked)
            held, _missing = load_available([HELDOUT])
            test_pages = labelled(held)
            predictions = {
                p.page.name: tag(model, p.lines, p.features_rules(stacked)) for p in test_pages
            }
            print(f"held-out: {len(test_pages)} plain-text pages")
            result = compare(test_pages, predictions)
    else:
        start = time.perf_counter()
        predictions = chosen or cross_validate(pages, c1, c2, extra, stacked)
        print(f"cross-validation: {time.perf_counter() - start:.1f} s")
        result = compare(pages, predictions)
    report.update(result)
    _print_report(result)
    if args.model:
        start = time.perf_counter()
        train(pages + extra, args.model, c1, c2, stacked)
        print(
            f"model: {args.model} ({args.model.stat().st_size} bytes, trained in "
            f"{time.perf_counter() - start:.1f} s)"
        )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
