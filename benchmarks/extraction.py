"""Compare newsmend's extraction with trafilatura on the article-extraction-benchmark.

The data is not ours and is not in this repository: pass the path of a checkout
holding ``ground-truth.json`` and ``html/<id>.html.gz``::

    python benchmarks/extraction.py /path/to/article-extraction-benchmark > results.md

The metric re-implements the benchmark's own: tokens are ``\\w+`` runs; each text is
a multiset of 4-token shingles; per page tp, fp and fn are divided by their sum;
precision is the mean over pages with tp+fp > 0, recall the mean over pages with
tp+fn > 0, and F1 the harmonic mean of the two means.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from newsmend.errors import NewsmendError
from newsmend.extract import extract

TOKEN = re.compile(r"\w+")
SHINGLE = 4

Extractor = Callable[[str, str], str]


@dataclass(frozen=True)
class Page:
    """One benchmark item: its markup, URL and annotated article body."""

    item_id: str
    html: str
    url: str
    truth: str


@dataclass(frozen=True)
class Score:
    """Per-page counts, already divided by their sum."""

    tp: float
    fp: float
    fn: float


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of a text (one shingle when shorter).

    >>> sorted(shingles("a b c d e"))
    [('a', 'b', 'c', 'd'), ('b', 'c', 'd', 'e')]
    """
    tokens = TOKEN.findall(text)
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def score(truth: str, prediction: str) -> Score:
    """Score one page; all zeros when both texts are empty."""
    expected, predicted = shingles(truth), shingles(prediction)
    tp = sum((expected & predicted).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    total = tp + fp + fn
    return Score(tp / total, fp / total, fn / total) if total else Score(0.0, 0.0, 0.0)


def summarize(scores: list[Score]) -> tuple[float, float, float]:
    """Return (F1, precision, recall) as the benchmark defines them."""
    precisions = [s.tp / (s.tp + s.fp) for s in scores if s.tp + s.fp > 0]
    recalls = [s.tp / (s.tp + s.fn) for s in scores if s.tp + s.fn > 0]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def load_pages(root: Path) -> list[Page]:
    """Read the ground truth and the gzipped pages."""
    truth = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Page(
            item_id,
            gzip.decompress((root / "html" / f"{item_id}.html.gz").read_bytes()).decode("utf-8"),
            item["url"],
            item["articleBody"],
        )
        for item_id, item in sorted(truth.items())
    ]


LANG_ATTRIBUTE = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def group_of(page: Page) -> str:
    """The page's script and language group: "non-Latin script" when most letters of its
    ground truth are outside the Latin script, else "Latin, not English" when its
    ``<html lang>`` names another language, else "English".
    """
    letters = [c for c in page.truth if c.isalpha()]
    latin = sum(c < "\u0250" or "\u1e00" <= c <= "\u1eff" for c in letters)
    if letters and latin < len(letters) / 2:
        return "non-Latin script"
    match = LANG_ATTRIBUTE.search(page.html[:5000])
    if match and match.group(1).casefold() != "en":
        return "Latin, not English"
    return "English"


def newsmend(html: str, url: str) -> str:
    """newsmend's text, empty when it finds no article."""
    try:
        return extract(html, url).text
    except NewsmendError:
        return ""


def trafilatura_default(html: str, url: str) -> str:
    """trafilatura 2.x with its default settings."""
    return trafilatura.extract(html, url=url) or ""


def trafilatura_precision(html: str, url: str) -> str:
    """trafilatura with the best settings measured in issue 4."""
    return trafilatura.extract(html, url=url, favor_precision=True, include_comments=False) or ""


EXTRACTORS: dict[str, Extractor] = {
    "trafilatura default": trafilatura_default,
    "trafilatura favor_precision, no comments": trafilatura_precision,
    "newsmend": newsmend,
}


def run(extractor: Extractor, pages: list[Page]) -> tuple[list[Score], list[float]]:
    """Score an extractor on every page; return the scores and each page's seconds."""
    scores, seconds = [], []
    for page in pages:
        start = time.perf_counter()
        prediction = extractor(page.html, page.url)
        seconds.append(time.perf_counter() - start)
        scores.append(score(page.truth, prediction))
    return scores, seconds


def main() -> None:
    """Print a markdown table of F1, precision, recall and time per page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="article-extraction-benchmark directory")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="time each page this many times (all extractors in turn) and keep its fastest "
        "run: steadier figures on a shared machine (default 1)",
    )
    args = parser.parse_args()
    pages = load_pages(args.data)
    print(
        f"{len(pages)} pages; trafilatura {trafilatura.__version__}; "
        f"Python {platform.python_version()}\n"
    )
    results = {name: run(extractor, pages) for name, extractor in EXTRACTORS.items()}
    for _ in range(args.repeat - 1):
        for name, extractor in EXTRACTORS.items():
            _, seconds = run(extractor, pages)
            results[name] = (results[name][0], list(map(min, results[name][1], seconds)))
    print("| extractor | F1 | precision | recall | ms/page |")
    print("|---|---|---|---|---|")
    for name, (scores, seconds) in results.items():
        f1, precision, recall = summarize(scores)
        ms = sum(seconds) / len(seconds) * 1000
        print(f"| {name} | {f1:.3f} | {precision:.3f} | {recall:.3f} | {ms:.1f} |")
    if args.repeat > 1:
        print(f"\nms/page: each page's fastest of {args.repeat} runs.")
    print_groups(pages, results)


def print_groups(pages: list[Page], results: dict[str, tuple[list[Score], list[float]]]) -> None:
    """The same scores per script and language group (see :func:`group_of`)."""
    groups = [group_of(page) for page in pages]
    print("\n| group | pages | extractor | F1 | precision | recall |")
    print("|---|---|---|---|---|---|")
    for group in sorted(set(groups)):
        members = [i for i, g in enumerate(groups) if g == group]
        for name, (scores, _) in results.items():
            f1, precision, recall = summarize([scores[i] for i in members])
            print(
                f"| {group} | {len(members)} | {name} | {f1:.3f} | {precision:.3f} | {recall:.3f} |"
            )


if __name__ == "__main__":
    main()
