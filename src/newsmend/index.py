"""Fast candidate lookup over a gazetteer.

The index holds every surface form of every entry (its name, its aliases and, for
people, a surname that only one person in the gazetteer has), cut into normalised
tokens. Three lookups serve the repairer:

* exact: which forms are spelled exactly like a run of tokens;
* by token: which forms contain a given token (to anchor "Scott ..." on Scott Bessent);
* similar tokens: which known tokens are within a small weighted edit cost of a
  garbled one. Candidates come from blocks keyed by a token's length and by its first
  or last three or four letters, its OCR fold, and (for short tokens) each one-letter
  deletion, so a lookup touches a few small blocks, not the whole vocabulary; the
  nearest few are priced with :func:`newsmend.text.edit_cost`.

The index is columnar (lists and arrays indexed by entry, form and token number, posting
lists stored flat) so that a million names fit in memory and load from a saved file in
seconds; :class:`Form` objects are made on demand.
"""

from __future__ import annotations

import pickle
import re
from array import array
from bisect import bisect_left
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from newsmend.text import edit_cost, tokenize

if TYPE_CHECKING:
    from newsmend.gazetteer import Entry

__all__ = ["SAVE_LAYOUT", "Form", "NameIndex"]

# Lower-case words that belong to a surname ("Ursula von der Leyen" -> "von der Leyen").
SURNAME_PARTICLES = frozenset(
    "al bin da das de del della der di do dos du el ibn la le st ten ter van von".split()
)
_MAX_LENGTH_GAP = 2
_SHORT_TOKEN = 7
_PRICED_CANDIDATES = 16
_SIMILAR_MEMO_SIZE = 200_000
_FORM_MEMO_SIZE = 50_000
SAVE_LAYOUT = 4
"""Version of the saved index (see ``NameIndex.__getstate__``), part of ``Gazetteer.save``'s
format: raise it whenever what is saved changes, so that older files are refused."""
_PLAIN_NAME = re.compile(r"[A-Za-z]+(?: [A-Za-z]+)*")

Record = tuple[str, tuple[str, ...], str, tuple[str, ...], "str | None"]
"""An entry as plain data: name, aliases, kind, context, id."""


@dataclass(frozen=True, slots=True)
class Form:
    """One spelling of one entry.

    Attributes:
        id: Position of the form in the index.
        entry: Position of the entry in the index.
        tokens: The spelling's normalised tokens.
        display: The spelling as it should be written.
        words: The spelling's tokens as written, one for each of ``tokens``.
        implicit: True for a surname derived from a person's name rather than listed.
    """

    id: int
    entry: int
    tokens: tuple[str, ...]
    display: str
    words: tuple[str, ...]
    implicit: bool = False


class NameIndex:
    """Lookup structures over a gazetteer's entries; built once, then read-only.

    Args:
        records: The entries as plain data (see :meth:`from_entries`).
    """

    def __init__(self, records: Iterable[Record]) -> None:
        self.records = tuple(records)
        # The same entries by column, as a loaded index holds them (see __getstate__).
        self._names = tuple(record[0] for record in self.records)
        self._aliases = tuple(record[1] for record in self.records)
        self._kinds = tuple(record[2] for record in self.records)
        self._contexts = tuple(record[3] for record in self.records)
        self._ids = tuple(record[4] for record in self.records)
        self._form_entry = array("i")
        forms: list[tuple[str, ...]] = []
        displays: list[str] = []
        self._form_tokens: Sequence[tuple[str, ...]] = forms
        self._form_display: Sequence[str] = displays
        self._explicit_forms = 0
        self._add_forms(forms, displays)
        # Tuples, not lists: the garbage collector stops scanning a tuple of strings (or
        # of tuples of strings) once it has seen it, but scans a list on every full
        # collection, which with a million names made every tenth collection cost 0.1 s.
        self._form_tokens = tuple(forms)
        self._form_display = tuple(displays)
        self.context = _context_table(self.records)
        self._by_token = _Postings.of_forms(self._form_tokens)
        self._token_slot = self._by_token.slot_of
        self._exact, self._single = _spelling_tables(self._form_tokens, self._token_slot)
        self._blocks = _Blocks.of(self.vocabulary)
        self.max_tokens = max(map(len, self._form_tokens), default=0)

    @classmethod
    def from_entries(cls, entries: Iterable[Entry]) -> NameIndex:
        """Index gazetteer entries."""
        return cls((e.name, e.aliases, e.kind, e.context, e.id) for e in entries)

    @cached_property
    def records(self) -> tuple[Record, ...]:
        """The entries as plain data, by entry number (after loading, made on first use)."""
        return tuple(
            zip(self._names, self._aliases, self._kinds, self._contexts, self._ids, strict=True)
        )

    def __len__(self) -> int:
        return len(self._names)

    def name(self, entry: int) -> str:
        """The canonical name of entry number ``entry``."""
        return self._names[entry]

    @property
    def names(self) -> Sequence[str]:
        """The canonical names, by entry number."""
        return self._names

    def name_tokens(self, entry: int) -> set[str]:
        """The normalised tokens of entry number ``entry``'s name and aliases."""
        return {t for name in (self._names[entry], *self._aliases[entry]) for t in _split(name)[1]}

    def kind(self, entry: int) -> str:
        """The kind of entry number ``entry``."""
        return self._kinds[entry]

    def entry_id(self, entry: int) -> str | None:
        """The external identifier of entry number ``entry``."""
        return self._ids[entry]

    def form(self, form_id: int) -> Form:
        """Form number ``form_id``."""
        # Forms made are kept (see similar_tokens on such memos): the same few recur.
        memo: dict[int, Form] = self.__dict__.setdefault("_form_memo", {})
        form = memo.get(form_id)
        if form is None:
            if len(memo) >= _FORM_MEMO_SIZE:
                memo.clear()
            form = memo[form_id] = Form(
                form_id,
                self._form_entry[form_id],
                self._form_tokens[form_id],
                self._form_display[form_id],
                _split(self._form_display[form_id])[0],
                implicit=form_id >= self._explicit_forms,
            )
        return form

    @property
    def vocabulary(self) -> Sequence[str]:
        """Every normalised token of every form, sorted; a token's number is its position."""
        return self._by_token.keys

    @property
    def form_count(self) -> int:
        """How many spellings the index holds (names, aliases and implicit surnames)."""
        return len(self._form_tokens)

    @property
    def forms(self) -> list[Form]:
        """Every form, in index order."""
        return [self.form(i) for i in range(len(self._form_tokens))]

    def exact(self, tokens: tuple[str, ...]) -> list[Form]:
        """Forms spelled exactly as ``tokens`` (normalised)."""
        found = self._spelled(tokens)
        if found is None:
            return []
        return [self.form(i) for i in (found if isinstance(found, tuple) else (found,))]

    def has_exact(self, tokens: tuple[str, ...]) -> bool:
        """True when some form is spelled exactly as ``tokens`` (no objects made)."""
        return self._spelled(tokens) is not None

    def _spelled(self, tokens: tuple[str, ...]) -> int | tuple[int, ...] | None:
        """The number of the form spelled ``tokens``, the numbers of the forms that share
        the spelling, or ``None`` (see :func:`_spelling_tables`)."""
        if len(tokens) == 1:
            slot = self._token_slot.get(tokens[0])
            if slot is not None and self._single[slot] >= 0:
                return self._single[slot]
        return self._exact.get(tokens)

    def entry_of(self, form_id: int) -> int:
        """The entry number of form number ``form_id``."""
        return self._form_entry[form_id]

    def forms_with_token(self, token: str) -> list[Form]:
        """Forms that contain the normalised ``token``."""
        return [self.form(i) for i in self._by_token.get(token)]

    def form_ids_with_token(self, token: str) -> Sequence[int]:
        """Numbers of the forms that contain the normalised ``token`` (no objects made)."""
        return self._by_token.get(token)

    @property
    def form_token_table(self) -> Sequence[tuple[str, ...]]:
        """The normalised tokens of every form, by form number (for loops over many)."""
        return self._form_tokens

    def form_tokens(self, form_id: int) -> tuple[str, ...]:
        """The normalised tokens of form number ``form_id``."""
        return self._form_tokens[form_id]

    def is_known(self, token: str) -> bool:
        """True when the normalised ``token`` is part of some form."""
        return token in self._by_token

    def __contains__(self, token: object) -> bool:
        """``token in index`` is :meth:`is_known`."""
        return token in self._by_token

    @property
    def known_tokens(self) -> Container[str]:
        """The normalised tokens of all forms, for membership tests in a tight loop."""
        return self._token_slot

    def similar_tokens(self, token: str, max_cost: float) -> list[tuple[str, float]]:
        """Known tokens within ``max_cost`` of ``token`` by :func:`newsmend.text.edit_cost`.

        Returns:
            ``(token, cost)`` pairs, cheapest first.
        """
        if max_cost <= 0:
            return []
        # Answers kept across texts (garbles and the names of a news stream recur), made on
        # first use, never pickled (see __getstate__), cleared when full.
        memo: dict[tuple[str, float], tuple[tuple[str, float], ...]]
        memo = self.__dict__.setdefault("_memo", {})
        key = (token, max_cost)
        found = memo.get(key)
        if found is None:
            if len(memo) >= _SIMILAR_MEMO_SIZE:
                memo.clear()
            found = memo[key] = self._similar(token, max_cost)
        return list(found)

    def __getstate__(self) -> dict[str, Any]:
        """The index less what loading rebuilds faster than it unpickles: the table of
        spellings (from the numbers of the forms it holds) and the positions of the
        tokens. Entries are saved column by column; the memos are left out."""
        exact = self._exact.values()
        return {
            "layout": SAVE_LAYOUT,
            "names": _lines(self._names),
            "aliases": self._aliases,
            "kinds": self._kinds,
            "contexts": self._contexts,
            "ids": self._ids,
            "context": self.context,
            "forms": self._form_tokens,
            "form_entry": self._form_entry,
            "displays": self._form_display,
            "explicit_forms": self._explicit_forms,
            "single": self._single,
            "spelled": array("i", (found for found in exact if isinstance(found, int))),
            "shared": tuple(found for found in exact if isinstance(found, tuple)),
            "postings": (self.vocabulary, self._by_token.offsets, self._by_token.values),
            "blocks": self._blocks,
            "max_tokens": self.max_tokens,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        if state.get("layout") != SAVE_LAYOUT:
            raise pickle.UnpicklingError("an index saved by another version of newsmend")
        self._names = tuple(_split_lines(state["names"]))
        self._aliases = state["aliases"]
        self._kinds = state["kinds"]
        self._contexts = state["contexts"]
        self._ids = state["ids"]
        self.context = state["context"]
        self._form_tokens = forms = state["forms"]
        self._form_entry = state["form_entry"]
        self._form_display = state["displays"]
        self._explicit_forms = state["explicit_forms"]
        self._by_token = _Postings(*state["postings"])
        self._token_slot = self._by_token.slot_of
        self._single = state["single"]
        spelled = state["spelled"]
        self._exact = dict(zip(map(forms.__getitem__, spelled), spelled, strict=True))
        self._exact.update((forms[form_ids[0]], form_ids) for form_ids in state["shared"])
        self._blocks = state["blocks"]
        self.max_tokens = state["max_tokens"]

    def _similar(self, token: str, max_cost: float) -> tuple[tuple[str, float], ...]:
        ids = self._blocks.candidates(token)
        if not ids:
            return ()
        return nearest(token, list(map(self.vocabulary.__getitem__, ids)), max_cost)

    def _add_forms(self, forms: list[tuple[str, ...]], displays: list[str]) -> None:
        """Fill ``forms`` and ``displays`` (and the form-to-entry array): names and aliases
        first, then the implicit surnames."""

        def append(entry_id: int, tokens: tuple[str, ...], display: str) -> None:
            self._form_entry.append(entry_id)
            forms.append(tokens)
            displays.append(display)

        surnames: dict[tuple[str, ...], tuple[int, str]] = {}
        owners: dict[tuple[str, ...], int] = {}
        known: dict[str, str] = {}  # one string for each token, however many forms hold it
        for entry_id, (name, aliases, kind, _, _) in enumerate(self.records):
            for spelling in dict.fromkeys((name, *aliases)):
                tokens = _split(spelling)[1]
                if not tokens or any(ch.isdigit() for ch in spelling):
                    continue  # digits are never part of a token: "October 7" cannot be matched
                append(entry_id, tuple([known.setdefault(t, t) for t in tokens]), spelling)
                if kind == "person" and len(tokens) > 1:
                    _note_surname(surnames, owners, entry_id, spelling)
        self._explicit_forms = len(forms)
        listed = set(forms)
        for key, (entry_id, display) in surnames.items():
            if owners[key] != -1 and key not in listed:
                append(entry_id, key, display)


def nearest(
    token: str, candidates: Sequence[str], max_cost: float
) -> tuple[tuple[str, float], ...]:
    """The ``candidates`` other than ``token`` within ``max_cost`` of it by
    :func:`newsmend.text.edit_cost`, as ``(candidate, cost)`` pairs, cheapest first.

    Plain edit distance in C first: a weighted cost within ``max_cost`` needs at most
    ``2 * max_cost`` plain edits (look-alike substitutions cost half). Only the nearest
    few are priced: among many candidates dozens can sit at that distance.

    >>> nearest("khosset", ["knesset", "kosovo", "khosset"], 1.5)
    (('knesset', 1.0),)
    """
    close = process.extract(
        token,
        candidates,
        scorer=Levenshtein.distance,
        score_cutoff=int(2 * max_cost),
        limit=_PRICED_CANDIDATES,
    )
    found = []
    for candidate, _, _ in close:
        if candidate != token:
            cost = edit_cost(token, candidate, max_cost)
            if cost <= max_cost:
                found.append((candidate, cost))
    return tuple(sorted(found, key=lambda item: (item[1], item[0])))


class _Postings:
    """Lists of numbers by key, stored flat: one array of all numbers and one of offsets.

    A million-name index holds millions of such lists; as two arrays they take little
    memory and pickle as three objects instead of millions.
    """

    def __init__(
        self,
        keys: Sequence[str],
        offsets: array[int],
        values: array[int],
        slots: dict[str, int] | None = None,
    ) -> None:
        self.keys = keys
        self.offsets = offsets
        self.values = values
        self._slots = slots or dict(zip(keys, range(len(keys)), strict=True))

    @classmethod
    def of_forms(cls, forms: Sequence[tuple[str, ...]]) -> _Postings:
        """The numbers of the forms that hold each token, by token; tokens sorted."""
        keys = tuple(sorted({token for tokens in forms for token in tokens}))
        slot_of = dict(zip(keys, range(len(keys)), strict=True))
        slots, form_ids = array("i"), array("i")
        for form_id, tokens in enumerate(forms):
            for token in set(tokens):
                slots.append(slot_of[token])
                form_ids.append(form_id)
        return cls(keys, *_grouped(slots, form_ids, len(keys)), slot_of)

    def get(self, key: str) -> Sequence[int]:
        """The numbers filed under ``key`` (empty when there are none)."""
        slot = self._slots.get(key)
        if slot is None:
            return ()
        return self.values[self.offsets[slot] : self.offsets[slot + 1]]

    def __contains__(self, key: object) -> bool:
        return key in self._slots

    @property
    def slot_of(self) -> Mapping[str, int]:
        """The position of each key; a dict, so ``in`` needs no Python-level call."""
        return self._slots

    def __setstate__(self, state: object) -> None:
        # An index saves its postings as arrays: only files of earlier versions hold these.
        raise pickle.UnpicklingError("an index saved by an earlier version of newsmend")


class _Blocks:
    """Token numbers filed by block, for :meth:`NameIndex.similar_tokens`.

    A block holds the tokens of one length that file one key of :func:`_block_keys`; it
    is named "key length" (no key holds a space) and the names are sorted, so all blocks
    of a key sit in one run that a bisection finds. A look-up costs one search per key
    rather than a hash look-up per key and length, and a saved index loads without
    rebuilding a table of millions of names. Numbers are stored flat, as in
    :class:`_Postings`.
    """

    def __init__(self, names: Sequence[str], offsets: array[int], values: array[int]) -> None:
        self.names = names
        self._offsets = offsets
        self._values = values

    @classmethod
    def of(cls, vocabulary: Sequence[str]) -> _Blocks:
        """File every token of ``vocabulary``, by its position, under its blocks."""
        slot_of: dict[str, int] = {}  # block name -> number, in order of first filing
        slots, token_ids = array("i"), array("i")
        for token_id, token in enumerate(vocabulary):
            for key in dict.fromkeys(_block_keys(token)):
                slots.append(slot_of.setdefault(_block(key, len(token)), len(slot_of)))
                token_ids.append(token_id)
        names = sorted(slot_of)
        for position, name in enumerate(names):
            slot_of[name] = position
        sorted_slot = array("i", slot_of.values())  # in order of first filing
        del slot_of
        slots = array("i", map(sorted_slot.__getitem__, slots))
        offsets, values = _grouped(slots, token_ids, len(names))
        return cls(tuple(names), offsets, values)

    def candidates(self, token: str) -> set[int]:
        """The numbers filed under ``token``'s keys at lengths within ``_MAX_LENGTH_GAP``
        of its own.

        Blocks are added by length, then in the order of ``token``'s keys: the order of
        the set decides which of many equally near candidates :func:`nearest` prices.
        """
        names = self.names
        lengths = range(len(token) - _MAX_LENGTH_GAP, len(token) + _MAX_LENGTH_GAP + 1)
        found: list[tuple[int, int, int]] = []
        for rank, key in enumerate(dict.fromkeys(_block_keys(token))):
            prefix = key + " "
            first = bisect_left(names, prefix)
            if first == len(names) or not names[first].startswith(prefix):
                continue  # most keys of an unknown token file nothing
            for slot in range(first, bisect_left(names, key + "!", first)):  # "!" after " "
                length = int(names[slot][len(prefix) :])
                if length in lengths:
                    found.append((length, rank, slot))
        ids: set[int] = set()
        offsets, values = self._offsets, self._values
        for _, _, slot in sorted(found):
            ids.update(values[offsets[slot] : offsets[slot + 1]])
        return ids

    def __getstate__(self) -> tuple[str, array[int], array[int]]:
        return _lines(self.names), self._offsets, self._values

    def __setstate__(self, state: tuple[str, array[int], array[int]]) -> None:
        names, self._offsets, self._values = state
        self.names = tuple(_split_lines(names))


def _grouped(slots: array[int], values: array[int], count: int) -> tuple[array[int], array[int]]:
    """``values`` grouped by their ``slots`` (a counting sort, keeping their order within a
    slot) and the offsets of the ``count`` groups: slot ``s`` holds
    ``grouped[offsets[s]:offsets[s + 1]]``.

    >>> _grouped(array("i", [1, 0, 1]), array("i", [7, 8, 9]), 2)
    (array('q', [0, 1, 3]), array('i', [8, 7, 9]))
    """
    sizes = array("q", bytes(8 * (count + 1)))
    for slot in slots:
        sizes[slot + 1] += 1
    offsets = array("q", accumulate(sizes))
    grouped = array("i", bytes(4 * len(values)))
    free = offsets[:-1]
    for slot, value in zip(slots, values, strict=True):
        grouped[free[slot]] = value
        free[slot] += 1
    return offsets, grouped


def _spelling_tables(
    forms: Sequence[tuple[str, ...]], token_slot: Mapping[str, int]
) -> tuple[dict[tuple[str, ...], int | tuple[int, ...]], array[int]]:
    """Form numbers by spelling, in two tables.

    A lone token that one form spells (in a million-name index, mostly the implicit
    surnames) is found by the token's position, in an array; the other spellings in a
    dict, with the form's number or the numbers of the forms that share the spelling.
    A dict of every spelling would be the slowest part of loading a large index.
    """
    last = dict(zip(forms, range(len(forms)), strict=True))  # the last form of a spelling
    earlier: dict[tuple[str, ...], list[int]] = {}
    if len(last) < len(forms):
        for form_id, tokens in enumerate(forms):
            if last[tokens] != form_id:
                earlier.setdefault(tokens, []).append(form_id)
    single = array("i", [-1]) * len(token_slot)
    table: dict[tuple[str, ...], int | tuple[int, ...]] = {}
    for tokens, form_id in last.items():
        if tokens in earlier:
            table[tokens] = (*earlier[tokens], form_id)
        elif len(tokens) == 1:
            single[token_slot[tokens[0]]] = form_id
        else:
            table[tokens] = form_id
    return table, single


def _lines(items: Sequence[str]) -> str:
    """``items`` as one string, one a line (one string pickles and loads many times faster
    than a million)."""
    text = "\n".join(items)
    if text.count("\n") != max(len(items) - 1, 0):
        raise ValueError("cannot save an index of names that hold line breaks")
    return text


def _split_lines(text: str) -> list[str]:
    """The items of :func:`_lines`."""
    return text.split("\n") if text else []


def _block(key: str, length: int) -> str:
    """The name of the block for tokens of ``length`` letters filed under ``key``."""
    return f"{key} {length}"


def _split(spelling: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of a name as written and normalised; fast for plain ASCII names."""
    if _PLAIN_NAME.fullmatch(spelling):
        words = tuple(spelling.split(" "))
        return words, tuple(w.lower() for w in words)
    tokens = tokenize(spelling)
    return tuple(t.text for t in tokens), tuple(t.norm for t in tokens)


def _note_surname(
    surnames: dict[tuple[str, ...], tuple[int, str]],
    owners: dict[tuple[str, ...], int],
    entry_id: int,
    spelling: str,
) -> None:
    """Record a person's surname; a surname two people share is marked with owner -1."""
    family = surname(spelling)
    if family is None:
        return
    key = _split(family)[1]
    owner = owners.get(key)
    if owner is None:
        owners[key] = entry_id
        surnames[key] = (entry_id, family)
    elif owner != entry_id:
        owners[key] = -1


def _block_keys(token: str) -> tuple[str, ...]:
    """Keys of the blocks a token is filed under: its first and last four letters and its
    OCR fold; for short tokens (where one edit in the middle spoils the affixes) also its
    first and last three letters, the token itself and the token less each one of its
    letters, so that a name and its garble with one letter more or less share a key
    ("china", "chna"). Three-letter affixes of long tokens would add large blocks (in a
    million names, thousands of tokens start "jem") for garbles the other keys find."""
    if len(token) < 4:
        return (token, "=" + ocr_fold(token))
    if len(token) > _SHORT_TOKEN:
        return ("<" + token[:4], token[-4:] + ">", "=" + ocr_fold(token))
    affixes = (
        "<" + token[:3],
        "<" + token[:4],
        token[-3:] + ">",
        token[-4:] + ">",
        "=" + ocr_fold(token),
    )
    return (*affixes, "~" + token, *("~" + token[:i] + token[i + 1 :] for i in range(len(token))))


_OCR_GROUPS = re.compile(r"rn|cl|vv|ii")
_OCR_GROUP_FOLD = {"rn": "m", "cl": "d", "vv": "w", "ii": "u"}
_OCR_LETTER_FOLD = str.maketrans("huocljf", "nneeiit")


def ocr_fold(token: str) -> str:
    """The token with letters an OCR engine confuses folded together, so that any number
    of look-alike errors leave it unchanged.

    >>> ocr_fold("inclia") == ocr_fold("india"), ocr_fold("khosset") == ocr_fold("knesset")
    (True, True)
    """
    return _OCR_GROUPS.sub(lambda m: _OCR_GROUP_FOLD[m.group()], token).translate(_OCR_LETTER_FOLD)


def _context_table(
    records: Sequence[Record],
) -> tuple[tuple[tuple[tuple[str, ...], str], ...], ...]:
    """Each entry's context phrases as normalised tokens beside the phrase as written.

    Equal context lists share one tuple, which keeps a million-name index small.
    """
    shared: dict[tuple[str, ...], tuple[tuple[tuple[str, ...], str], ...]] = {}
    table = []
    for record in records:
        context = record[3]
        phrases = shared.get(context)
        if phrases is None:
            phrases = shared[context] = _context_phrases(context)
        table.append(phrases)
    return tuple(table)


def _context_phrases(context: Sequence[str]) -> tuple[tuple[tuple[str, ...], str], ...]:
    phrases: dict[tuple[str, ...], str] = {}
    for phrase in context:
        tokens = tuple(t.norm for t in tokenize(phrase))
        if tokens:
            phrases.setdefault(tokens, phrase)
    return tuple(phrases.items())


def surname(name: str) -> str | None:
    """The family name of a multi-word personal name, particles and hyphens included.

    >>> surname("Ursula von der Leyen")
    'von der Leyen'
    >>> surname("Ngozi Okonjo-Iweala")
    'Okonjo-Iweala'
    >>> surname("Madonna") is None
    True
    """
    if _PLAIN_NAME.fullmatch(name):
        words = name.split(" ")
        first = len(words) - 1
        while first > 1 and words[first - 1] in SURNAME_PARTICLES:
            first -= 1
        return " ".join(words[first:]) if len(words) > 1 else None
    tokens = tokenize(name)
    if len(tokens) < 2:
        return None
    first = len(tokens) - 1
    while first > 1 and (
        tokens[first - 1].text in SURNAME_PARTICLES
        or name[tokens[first - 1].end : tokens[first].start] == "-"
    ):
        first -= 1
    return name[tokens[first].start :] if first > 0 else None
