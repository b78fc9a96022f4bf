"""Where gazetteer entries come from besides hand-made lists: Wikidata dumps and corpora.

* :func:`wikidata_entries` reads entities in the format of Wikidata's JSON dumps
  (one entity per line, inside a JSON array), plain or compressed with gzip or bz2.
* :func:`learned_entries` learns names from clean text: capitalised runs that recur,
  with the words that recur around them as context.

Both are exposed as ``Gazetteer.from_wikidata`` and ``Gazetteer.from_texts``.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from newsmend.errors import GazetteerError
from newsmend.text import FUNCTION_WORDS, Token, capitalised_runs, common_words, tokenize

__all__ = ["learned_entries", "wikidata_entries"]

# Wikidata classes (P31 "instance of") that decide an entry's kind.
_KIND_BY_CLASS = {
    "Q5": "person",
    **dict.fromkeys(
        [
            "Q6256",
            "Q3624078",
            "Q515",
            "Q1549591",
            "Q5119",
            "Q486972",
            "Q35657",
            "Q1637706",
            "Q200250",
            "Q15284",
            "Q23442",
            "Q8502",
            "Q4022",
            "Q82794",
            "Q10864048",
        ],
        "place",
    ),
    **dict.fromkeys(
        [
            "Q43229",
            "Q4830453",
            "Q7278",
            "Q11204",
            "Q484652",
            "Q891723",
            "Q327333",
            "Q163740",
            "Q2659904",
            "Q1616075",
            "Q11032",
            "Q17149090",
            "Q245065",
            "Q31855",
        ],
        "org",
    ),
    **dict.fromkeys(["Q1656682", "Q198", "Q178561", "Q645883", "Q1190554"], "event"),
    **dict.fromkeys(["Q7725634", "Q11424", "Q482994", "Q5398426", "Q571", "Q7366"], "work"),
}
_SENTENCE_END = re.compile(r"[.!?…:;\"“”«»]\s*$|^\s*$")
_CONTEXT_WINDOW = 12


def wikidata_entries(
    path: str | Path, languages: Sequence[str] = ("en",)
) -> Iterator[dict[str, Any]]:
    """Gazetteer records from a Wikidata JSON dump (``.json``, ``.json.gz`` or ``.json.bz2``).

    The name is the label in the first of ``languages`` that has one; aliases are the
    other labels and the aliases in those languages; context is the description's
    content words; kind comes from the "instance of" (P31) claims.

    Raises:
        GazetteerError: The file cannot be read or a line is not an entity.
    """
    path = Path(path)
    try:
        with _open_text(path) as handle:
            for number, line in enumerate(handle, 1):
                entity = _parse_dump_line(line, path, number)
                if entity is not None:
                    record = _record_from_entity(entity, languages)
                    if record is not None:
                        yield record
    except OSError as exc:
        raise GazetteerError(f"cannot read Wikidata file: {exc}", url=str(path)) from exc


def _open_text(path: Path) -> IO[str]:
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    return path.open(encoding="utf-8")


def _parse_dump_line(line: str, path: Path, number: int) -> dict[str, Any] | None:
    line = line.strip().rstrip(",")
    if line in {"", "[", "]"}:
        return None
    try:
        entity = json.loads(line)
    except json.JSONDecodeError as exc:
        raise GazetteerError(f"line {number}: invalid JSON: {exc.msg}", url=str(path)) from exc
    if not isinstance(entity, dict) or "labels" not in entity:
        raise GazetteerError(f"line {number}: not a Wikidata entity", url=str(path))
    return entity


def _record_from_entity(entity: dict[str, Any], languages: Sequence[str]) -> dict[str, Any] | None:
    labels = [_value(entity.get("labels", {}).get(lang)) for lang in languages]
    names = [label for label in labels if label]
    if not names:
        return None
    aliases = [
        _value(alias) for lang in languages for alias in entity.get("aliases", {}).get(lang, [])
    ]
    description = next(
        (d for d in (_value(entity.get("descriptions", {}).get(lang)) for lang in languages) if d),
        "",
    )
    return {
        "name": names[0],
        "aliases": [a for a in dict.fromkeys([*names[1:], *aliases]) if a and a != names[0]],
        "kind": _kind(entity),
        "context": _content_words(description),
        "id": entity.get("id"),
    }


def _value(field: Any) -> str:
    return field.get("value", "") if isinstance(field, dict) else ""


def _kind(entity: dict[str, Any]) -> str:
    for claim in entity.get("claims", {}).get("P31", []):
        value = claim.get("mainsnak", {}).get("datavalue", {}).get("value", {})
        kind = _KIND_BY_CLASS.get(value.get("id", "") if isinstance(value, dict) else "")
        if kind:
            return kind
    return "other"


def _content_words(text: str, limit: int = 6) -> list[str]:
    words = [t.text for t in tokenize(text) if t.norm not in FUNCTION_WORDS and len(t.norm) > 1]
    return list(dict.fromkeys(words))[:limit]


def learned_entries(texts: Iterable[str], min_count: int = 3) -> list[dict[str, Any]]:
    """Names that recur in clean texts, as gazetteer records of kind ``other``.

    A name is a run of capitalised words (particles such as "de" or "von" allowed
    inside), less an ordinary word that only has its capital because it opens a
    sentence. Its context is the words that most often surround it.

    >>> texts = ["Officials in Brno met Jana Dvorakova again."] * 3
    >>> [r["name"] for r in learned_entries(texts)]
    ['Brno', 'Jana Dvorakova']
    """
    counts: Counter[str] = Counter()
    neighbours: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        if not isinstance(text, str):
            raise GazetteerError(f"from_texts needs str texts, got {type(text).__name__}")
        tokens = tokenize(text)
        for start, end in _name_runs(text, tokens):
            name = text[tokens[start].start : tokens[end - 1].end]
            counts[name] += 1
            nearby = (
                tokens[max(0, start - _CONTEXT_WINDOW) : start]
                + tokens[end : end + _CONTEXT_WINDOW]
            )
            neighbours[name].update(
                t.text for t in nearby if t.norm not in FUNCTION_WORDS and len(t.norm) > 2
            )
    return [
        {
            "name": name,
            "kind": "other",
            "context": [word for word, _ in neighbours[name].most_common(6)],
        }
        for name, count in counts.items()
        if count >= min_count
    ]


def _name_runs(text: str, tokens: list[Token]) -> Iterator[tuple[int, int]]:
    """Token ranges of capitalised runs, leaving out an ordinary word opening a sentence."""
    for run in capitalised_runs(text, tokens):
        start = run.start
        if _opens_sentence(text, tokens[start]) and tokens[start].norm in common_words():
            start += 1
        if start < run.stop:
            yield start, run.stop


def _opens_sentence(text: str, token: Token) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, token.start - 3) : token.start]))
