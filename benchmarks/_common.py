"""Helpers shared by the name-repair benchmarks (``repair_*.py``).

Nothing here is part of newsmend: it reads the benchmark data (which is not ours and
is never copied into this repository), maps spans through a list of changes, counts
tokens the way the repairer does, and prints markdown tables.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsmend.model import Repaired
from newsmend.text import tokenize


@dataclass(frozen=True)
class Change:
    """One replacement, in offsets of the text before any change."""

    start: int
    end: int
    original: str
    replacement: str
    entity_id: str | None = None
    reason: str = ""
    entity: str = ""


def changes_of(repaired: Repaired) -> list[Change]:
    """The corrections of a :class:`Repaired`, in offsets of the original text."""
    return [
        Change(
            c.original_start,
            c.original_start + len(c.original),
            c.original,
            c.replacement,
            c.entity_id,
            c.reason,
            c.entity,
        )
        for c in repaired.corrections
    ]


def apply_changes(text: str, changes: Sequence[Change]) -> str:
    """``text`` with non-overlapping ``changes`` applied."""
    pieces, cursor = [], 0
    for change in sorted(changes, key=lambda c: c.start):
        pieces.append(text[cursor : change.start])
        pieces.append(change.replacement)
        cursor = change.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def overlapping(changes: Iterable[Change], start: int, end: int) -> list[Change]:
    """The changes that touch ``text[start:end]``."""
    return [c for c in changes if c.start < end and start < c.end]


def span_after(changes: Sequence[Change], start: int, end: int) -> tuple[int, int]:
    """Where ``text[start:end]`` lies after ``changes``; a change crossing a boundary
    is taken in whole."""
    new_start, new_end = start, end
    shift = 0
    for change in sorted(changes, key=lambda c: c.start):
        delta = len(change.replacement) - (change.end - change.start)
        if change.end <= start:
            new_start += delta
        elif change.start < start:  # crosses the start: take all of it
            new_start = change.start + shift
        if change.end <= end:
            new_end += delta
        elif change.start < end:  # crosses the end
            new_end = change.start + shift + len(change.replacement)
        shift += delta
    return new_start, new_end


def name_key(text: str) -> str:
    """A name as the repairer compares it: tokens normalised (case and accents folded).

    >>> name_key("NEUCHÂTEL") == name_key("Neuchatel")
    True
    """
    return " ".join(t.norm for t in tokenize(text))


def changed_tokens(change: Change) -> int:
    """How many word tokens a change alters (aligned one to one when it can be)."""
    before = [t.text for t in tokenize(change.original)]
    after = [t.text for t in tokenize(change.replacement)]
    if len(before) == len(after):
        return sum(b != a for b, a in zip(before, after, strict=True))
    return max(len(before), len(after))


def count_tokens(text: str) -> int:
    """Word tokens as newsmend's repairer cuts them (letters only; possessives split)."""
    return len(tokenize(text))


def load_articles(path: str | Path) -> list[tuple[str, str]]:
    """``(item_id, articleBody)`` pairs of the article-extraction-benchmark, sorted by id."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return sorted((key, value["articleBody"]) for key, value in data.items())


def table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A markdown table; floats get three decimals."""

    def cell(value: object) -> str:
        if isinstance(value, float):
            return f"{value:.3f}"
        return str(value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines.extend("| " + " | ".join(cell(v) for v in row) + " |" for row in rows)
    return "\n".join(lines)


def share(part: int, whole: int) -> str:
    """``part/whole`` as a proportion with its counts, or n/a."""
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a"


def machine() -> str:
    """One line describing where the benchmark ran."""
    import os

    return f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs"


def clip(text: str, start: int, end: int, margin: int = 30) -> str:
    """A one-line excerpt around ``text[start:end]`` with the span in [brackets]."""
    left = text[max(0, start - margin) : start].replace("\n", " ")
    right = text[end : end + margin].replace("\n", " ")
    return f"…{left}[{text[start:end]}]{right}…"
