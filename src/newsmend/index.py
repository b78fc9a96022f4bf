"""Fast candidate lookup over a gazetteer.

The index holds every surface form of every entry (its name, its aliases and, for
people, a surname that only one person in the gazetteer has), cut into normalised
tokens. Three lookups serve the repairer:

* exact: which forms are spelled exactly like a run of tokens;
* by token: which forms contain a given token (to anchor "Scott ..." on Scott Bessent);
* similar tokens: which known tokens are within a small weighted edit cost of a
  garbled one. Candidates come from blocks keyed by a token's first or last
  three or four letters and its length, so a lookup touches a few small blocks,
  not the whole vocabulary; only those few are scored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from newsmend.text import edit_cost, tokenize

if TYPE_CHECKING:
    from newsmend.gazetteer import Entry

__all__ = ["Form", "NameIndex"]

# Lower-case words that belong to a surname ("Ursula von der Leyen" -> "von der Leyen").
SURNAME_PARTICLES = frozenset(
    [
        "al",
        "bin",
        "da",
        "das",
        "de",
        "del",
        "della",
        "der",
        "di",
        "do",
        "dos",
        "du",
        "el",
        "ibn",
        "la",
        "le",
        "st",
        "ten",
        "ter",
        "van",
        "von",
    ]
)
_MAX_LENGTH_GAP = 2


@dataclass(frozen=True, slots=True)
class Form:
    """One spelling of one entry.

    Attributes:
        entry: Position of the entry in :attr:`NameIndex.entries`.
        tokens: The spelling's normalised tokens.
        display: The spelling as it should be written.
        words: The spelling's tokens as written, one for each of ``tokens``.
        implicit: True for a surname derived from a person's name rather than listed.
    """

    entry: int
    tokens: tuple[str, ...]
    display: str
    words: tuple[str, ...]
    implicit: bool = False


class NameIndex:
    """Lookup structures over a gazetteer's entries; built once, then read-only."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.entries = tuple(entries)
        self.forms = _collect_forms(self.entries)
        self.context = tuple(_context_phrases(entry.context) for entry in self.entries)
        self._exact: dict[tuple[str, ...], list[int]] = defaultdict(list)
        self._by_token: dict[str, list[int]] = defaultdict(list)
        for form_id, form in enumerate(self.forms):
            self._exact[form.tokens].append(form_id)
            for token in set(form.tokens):
                self._by_token[token].append(form_id)
        self.vocabulary = tuple(sorted(self._by_token))
        self._blocks: dict[tuple[str, int], list[int]] = defaultdict(list)
        for token_id, token in enumerate(self.vocabulary):
            for key in _block_keys(token):
                self._blocks[key, len(token)].append(token_id)
        self.max_tokens = max((len(form.tokens) for form in self.forms), default=0)

    def exact(self, tokens: tuple[str, ...]) -> list[Form]:
        """Forms spelled exactly as ``tokens`` (normalised)."""
        return [self.forms[i] for i in self._exact.get(tokens, ())]

    def forms_with_token(self, token: str) -> list[Form]:
        """Forms that contain the normalised ``token``."""
        return [self.forms[i] for i in self._by_token.get(token, ())]

    def is_known(self, token: str) -> bool:
        """True when the normalised ``token`` is part of some form."""
        return token in self._by_token

    def similar_tokens(self, token: str, max_cost: float) -> list[tuple[str, float]]:
        """Known tokens within ``max_cost`` of ``token`` by :func:`newsmend.text.edit_cost`.

        Returns:
            ``(token, cost)`` pairs, cheapest first.
        """
        cutoff = int(2 * max_cost)
        found: dict[str, float] = {}
        for candidate_id in self._candidate_ids(token):
            candidate = self.vocabulary[candidate_id]
            if candidate in found or candidate == token:
                continue
            if Levenshtein.distance(token, candidate, score_cutoff=cutoff) > cutoff:
                continue
            cost = edit_cost(token, candidate)
            if cost <= max_cost:
                found[candidate] = cost
        return sorted(found.items(), key=lambda item: (item[1], item[0]))

    def _candidate_ids(self, token: str) -> set[int]:
        ids: set[int] = set()
        keys = _block_keys(token)
        for length in range(len(token) - _MAX_LENGTH_GAP, len(token) + _MAX_LENGTH_GAP + 1):
            for key in keys:
                ids.update(self._blocks.get((key, length), ()))
        return ids


def _block_keys(token: str) -> tuple[str, ...]:
    if len(token) < 4:
        return (token,)
    return ("<" + token[:3], "<" + token[:4], token[-3:] + ">", token[-4:] + ">")


def _context_phrases(context: Sequence[str]) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each context phrase as normalised tokens, beside the phrase as written."""
    phrases: dict[tuple[str, ...], str] = {}
    for phrase in context:
        tokens = tuple(t.norm for t in tokenize(phrase))
        if tokens:
            phrases.setdefault(tokens, phrase)
    return tuple(phrases.items())


def _collect_forms(entries: Sequence[Entry]) -> list[Form]:
    forms: list[Form] = []
    for entry_id, entry in enumerate(entries):
        for spelling in dict.fromkeys((entry.name, *entry.aliases)):
            spelled = tokenize(spelling)
            if spelled:
                tokens = tuple(t.norm for t in spelled)
                forms.append(Form(entry_id, tokens, spelling, tuple(t.text for t in spelled)))
    forms.extend(_surname_forms(entries, forms))
    return forms


def _surname_forms(entries: Sequence[Entry], forms: list[Form]) -> list[Form]:
    """A surname form for each person whose surname no other person in the gazetteer has."""
    listed = {form.tokens for form in forms}
    owners: dict[tuple[str, ...], set[int]] = defaultdict(set)
    first_seen: dict[tuple[str, ...], tuple[int, str]] = {}
    for entry_id, entry in enumerate(entries):
        if entry.kind != "person":
            continue
        for spelling in (entry.name, *entry.aliases):
            surname = _surname(spelling)
            if surname is None:
                continue
            spelled = tokenize(surname)
            key = tuple(t.norm for t in spelled)
            owners[key].add(entry_id)
            first_seen.setdefault(key, (entry_id, surname))
    return [
        Form(entry_id, key, display, tuple(t.text for t in tokenize(display)), implicit=True)
        for key, (entry_id, display) in first_seen.items()
        if len(owners[key]) == 1 and key not in listed
    ]


def _surname(name: str) -> str | None:
    """The family name of a multi-word personal name, particles included.

    >>> _surname("Ursula von der Leyen")
    'von der Leyen'
    >>> _surname("Madonna") is None
    True
    """
    tokens = tokenize(name)
    if len(tokens) < 2:
        return None
    first = len(tokens) - 1
    while first > 1 and tokens[first - 1].text in SURNAME_PARTICLES:
        first -= 1
    return name[tokens[first].start :]
