"""The name index: similar-token look-ups, and saving and loading it."""

from __future__ import annotations

import pickle
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

from newsmend import Gazetteer, GazetteerError
from newsmend.index import NameIndex, _block_keys

DATA = Path(__file__).parent / "data"

# Entries that exercise every part of the index: a spelling two entries share
# ("Georgia"), aliases, people whose surnames become forms of their own (unless two
# people share one: "Smith"), particles, accents, apostrophes, context and ids.
RECORDS = [
    {"name": "Georgia", "kind": "place", "context": ["Tbilisi"], "id": "Q230"},
    {"name": "Georgia (U.S. state)", "aliases": ["Georgia"], "kind": "place", "id": "Q1428"},
    {"name": "Scott Bessent", "kind": "person", "context": ["Treasury Secretary"]},
    {"name": "Ursula von der Leyen", "kind": "person", "aliases": ["von der Leyen"]},
    {"name": "Anna Smith", "kind": "person"},
    {"name": "John Smith", "kind": "person"},
    {"name": "Zürich", "kind": "place", "aliases": ["Zurich"]},
    {"name": "São Paulo", "kind": "place"},
    {"name": "Conan O'Brien", "kind": "person"},
    {"name": "Knesset", "kind": "org", "context": ["Israel", "parliament"], "id": "Q10851"},
]


def _garbles(token: str) -> list[str]:
    """Spellings one slip from ``token``: each letter dropped, doubled or replaced by "e"."""
    slips = [token[:i] + token[i + 1 :] for i in range(len(token))]
    slips += [token[:i] + token[i] + token[i:] for i in range(len(token))]
    slips += [token[:i] + "e" + token[i + 1 :] for i in range(len(token))]
    return slips


def _everything(index: NameIndex) -> dict[str, object]:
    """Every answer the index gives about its own spellings and their garbles."""
    tokens = list(index.vocabulary)
    garbles = sorted({g for t in tokens[::7] for g in _garbles(t) if g})
    return {
        "records": index.records,
        "context": [index.context[e] for e in range(len(index))],
        "vocabulary": list(index.vocabulary),
        "forms": index.forms,
        "words": [f.words for f in index.forms],
        "exact": [index.exact(t) for t in index.form_token_table],
        "with token": [index.forms_with_token(t) for t in tokens],
        "similar": [index.similar_tokens(g, 2.0) for g in garbles],
        "max tokens": index.max_tokens,
    }


@pytest.mark.parametrize("source", ["records", "default"])
def test_a_saved_index_answers_as_the_index_it_was_saved_from(source: str, tmp_path: Path) -> None:
    g = Gazetteer.from_records(RECORDS) if source == "records" else Gazetteer.default()
    g.save(tmp_path / "saved.idx")
    loaded = Gazetteer.load(tmp_path / "saved.idx")
    assert _everything(loaded.index) == _everything(g.index)
    assert loaded.entries == g.entries


def test_a_spelling_of_two_entries_finds_both_after_loading(tmp_path: Path) -> None:
    g = Gazetteer.from_records(RECORDS)
    g.save(tmp_path / "saved.idx")
    loaded = Gazetteer.load(tmp_path / "saved.idx").index
    assert [loaded.name(f.entry) for f in loaded.exact(("georgia",))] == [
        "Georgia",
        "Georgia (U.S. state)",
    ]
    assert [f.display for f in loaded.exact(("smith",))] == []  # two people: no surname form
    assert [f.display for f in loaded.exact(("bessent",))] == ["Bessent"]


def test_load_rejects_an_index_saved_by_an_earlier_version() -> None:
    # Written by newsmend at commit 788e798 (saved-index layout 1) from two entries.
    with pytest.raises(GazetteerError, match="earlier version"):
        Gazetteer.load(DATA / "index-layout-1.idx")


def test_names_with_line_breaks_cannot_be_saved() -> None:
    # Entries never hold one (their spellings are normalised); a hand-made index might.
    index = NameIndex([("Line\nBreak", (), "other", (), None)])
    with pytest.raises(ValueError, match="line breaks"):
        pickle.dumps(index)


def _earlier_lookup(vocabulary: list[str]) -> Callable[[str], list[int]]:
    """Candidate token numbers as the index found them up to commit 788e798: a table of
    blocks named by length and key, probed length by length, key by key."""
    blocks: dict[str, list[int]] = defaultdict(list)
    for token_id, known in enumerate(vocabulary):
        for key in _block_keys(known):
            blocks[f"{len(known)}{key}"].append(token_id)

    def candidates(token: str) -> list[int]:
        found: set[int] = set()
        keys = _block_keys(token)
        for length in range(len(token) - 2, len(token) + 3):
            for key in keys:
                found.update(blocks.get(f"{length}{key}", ()))
        return list(found)

    return candidates


def test_similar_token_candidates_are_those_of_the_earlier_lookup_in_the_same_order() -> None:
    # The order of the candidates decides which of many equally near ones are priced, so
    # the sorted blocks must give the same candidates in the same order.
    index = Gazetteer.default().index
    vocabulary = list(index.vocabulary)
    garbles = {g for t in vocabulary[::41] for g in _garbles(t) if g}
    queries = sorted(garbles) + vocabulary[::97]
    earlier = _earlier_lookup(vocabulary)
    expected = [earlier(q) for q in queries]
    assert [list(index._blocks.candidates(q)) for q in queries] == expected
    assert sum(map(len, expected)) > 5 * len(queries)  # the look-ups found something
