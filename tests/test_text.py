"""Cutting text into words, and finding capitalised runs among some of them."""

from __future__ import annotations

import re
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from newsmend.text import (
    NAME_CONNECTORS,
    capitalised_runs,
    normalize,
    runs_among,
    tokenize,
    word_spans,
)

# Letters of several scripts and cases, apostrophes of both kinds, digits, punctuation and
# spaces: the characters whose mixtures the word boundaries depend on.
TEXTS = st.text(alphabet="aAéÉsSlLdDtOqu'’ -.,1_\n\u00a0Жж", max_size=60)
WORDS = st.lists(
    st.sampled_from(
        "Treasury Secretary Scott Bessent von der Leyen of the and met in said Bank England "
        "de la Banque France al Sisi l'Allemagne O'Brien's 2024 — , .".split()
    ),
    max_size=25,
)


@given(TEXTS)
def test_every_word_is_where_it_says(text: str) -> None:
    tokens = tokenize(text)
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.norm == normalize(token.text)
        assert token.is_capitalized == token.text[0].isupper()
    assert all(a.end <= b.start for a, b in pairwise(tokens))
    words, starts, ends = word_spans(text)
    assert (words, starts, ends) == (
        [t.text for t in tokens],
        [t.start for t in tokens],
        [t.end for t in tokens],
    )


@given(TEXTS)
def test_no_letter_is_lost(text: str) -> None:
    # A letter outside every word is an elided article's ("l'") or a possessive's ("'s").
    tokens = tokenize(text)
    covered = {i for t in tokens for i in range(t.start, t.end)}
    for match in re.finditer(r"[^\W\d_]", text):
        if match.start() in covered:
            continue
        around = [t for t in tokens if t.start - 4 <= match.start() < t.end + 2]
        assert around, (text, match.start())


def test_apostrophes() -> None:
    text = "l'Allemagne et d’Espagne, O'Brien's talks; qu'Ottawa dell'Italia rock 'n' roll"
    assert [t.text for t in tokenize(text)] == [
        "Allemagne",
        "et",
        "Espagne",
        "O'Brien",
        "talks",
        "Ottawa",
        "Italia",
        "rock",
        "n",
        "roll",
    ]
    words, starts, ends = word_spans(text)
    assert [text[s:e] for s, e in zip(starts, ends, strict=True)] == words


@given(WORDS, st.sets(st.integers(min_value=0, max_value=30)))
def test_runs_among_the_words_that_matter_are_the_runs_of_all(
    words: list[str], extra: set[int]
) -> None:
    # The repairer visits only capitalised words and connectors (and some others): the
    # runs it finds must be those found by visiting every word.
    text = " ".join(words)
    tokens = tokenize(text)
    visited = sorted(
        {i for i, t in enumerate(tokens) if t.is_capitalized or t.norm in NAME_CONNECTORS}
        | {i for i in extra if i < len(tokens)}
    )
    runs = runs_among(
        text,
        [t.start for t in tokens],
        [t.end for t in tokens],
        [t.norm for t in tokens],
        [t.is_capitalized for t in tokens],
        visited,
    )
    assert runs == capitalised_runs(text, tokens)


def test_runs_end_at_a_word_that_links_no_name() -> None:
    text = (
        "Treasury Secretary Scott Bessent met Ursula von der Leyen and said Bank of England "
        "warned the Bundesamt für Verfassungsschutz"
    )
    tokens = tokenize(text)
    names = [
        " ".join(t.text for t in tokens[r.start : r.stop]) for r in capitalised_runs(text, tokens)
    ]
    assert names == [
        "Treasury Secretary Scott Bessent",
        "Ursula von der Leyen",
        "Bank of England",
        "Bundesamt für Verfassungsschutz",
    ]
