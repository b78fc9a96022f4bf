"""Tokens, normalisation and string similarity shared by the gazetteer index and the repairer.

Text and gazetteer names are cut into tokens by the same rule, so that a name in
the gazetteer and its mention in a text line up token for token.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Container, Iterable, KeysView, Sequence
from functools import lru_cache
from importlib.metadata import version
from itertools import accumulate, repeat
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from rapidfuzz.distance import OSA, Levenshtein

from newsmend._cache import cached, fingerprint

__all__ = [
    "FUNCTION_WORDS",
    "NAME_CONNECTORS",
    "Token",
    "capitalised_runs",
    "common_words",
    "edit_cost",
    "match_case",
    "normalize",
    "rare_words",
    "runs_among",
    "tokenize",
    "word_spans",
    "word_starts",
]

_WORD_SPLIT = re.compile(r"([^\W\d_]+(?:['’][^\W\d_]+)*)")
_APOSTROPHE = re.compile("['’]")
_POSSESSIVE = re.compile(r"['’]s$", re.IGNORECASE)
# French and Italian elided articles and pronouns: "l'Allemagne" is the word "Allemagne".
_ELISION = re.compile(r"(?:[cdjlmnst]|qu|dell|all|nell|sull|dall)['’](?=[^\W\d_])", re.IGNORECASE)

# Letters and letter pairs that OCR engines, spinners and speech-to-text confuse:
# substituting one for the other costs half an ordinary edit.
_CONFUSABLE_PAIRS = "ce co eo ao au bh hn nu hb il lt ij ft fi gq uv mn ae ei yi sz ck cs"
_CONFUSABLE = frozenset(frozenset(pair) for pair in _CONFUSABLE_PAIRS.split())
_CONFUSABLE_MULTI = {
    ("rn", "m"),
    ("m", "rn"),
    ("in", "m"),
    ("m", "in"),
    ("ii", "u"),
    ("u", "ii"),
    ("li", "h"),
    ("h", "li"),
    ("il", "h"),  # a capital H read as I and l ("Ilarrison")
    ("h", "il"),
    ("li", "u"),
    ("u", "li"),
    ("cl", "d"),
    ("d", "cl"),
    ("vv", "w"),
    ("w", "vv"),
    ("nn", "m"),
    ("m", "nn"),
    ("ph", "f"),
    ("f", "ph"),
    ("ck", "k"),
    ("k", "ck"),
    ("ks", "x"),
    ("x", "ks"),
}


_LAST_COMMON_BUCKET = 700  # frequency 1e-7, a Zipf frequency of 2: once in ten million words
_LAST_FREQUENT_BUCKET = 650  # Zipf 2.5
LEXICON_LANGUAGES = ("en", "fr", "de", "es")


# Words that open or link phrases but are never a name on their own (en, fr, de, es).
FUNCTION_WORDS = frozenset(
    """a an the this that these those in on at to for from by with of as and or but if
    when while after before during until his her its their our my your he she it we
    they is are was were be has have which who le la les un une des du au aux en et ou
    dans sur pour par avec ce cette ces der die das den dem des ein eine einen im am zum
    zur und oder mit von bei auf zu el los las una unos unas al del y o con por para este
    esta""".split()
)
# Lower-case words that may link the words of one name ("Bank of England", "von der Leyen",
# "Alternative für Deutschland"), as tokens are compared: normalised, so "für" is "fur".
NAME_CONNECTORS = frozenset(
    "of for and the de des du la le y und fur der van von da di al el".split()
)
_RUN_LINK = re.compile(r"[ \u00a0]|-")


class Token(NamedTuple):
    """A word in a text.

    Attributes:
        start: Offset of the first character.
        end: Offset after the last character, possessive suffix excluded.
        text: The word as written, without a possessive suffix.
        norm: Its normalised form (see :func:`normalize`).
        is_capitalized: True when the word starts with an upper-case letter.
    """

    start: int
    end: int
    text: str
    norm: str
    is_capitalized: bool


def tokenize(text: str) -> list[Token]:
    """Cut text into word tokens, splitting off possessive suffixes and elided articles.

    Hyphens separate tokens; other apostrophes inside a word do not.

    >>> [t.text for t in tokenize("Zelenskyy's talks with al-Sisi in Kyiv")]
    ['Zelenskyy', 'talks', 'with', 'al', 'Sisi', 'in', 'Kyiv']
    >>> [t.text for t in tokenize("l'Allemagne et d’Espagne, O'Brien")]
    ['Allemagne', 'et', 'Espagne', "O'Brien"]
    """
    words, starts, ends = word_spans(text)
    # tuple.__new__ is Token(...) without the Python-level __new__ of a NamedTuple,
    # mapped in C over every word of every text.
    capitals = map(str.isupper, map(_first, words))
    fields = zip(starts, ends, words, map(normalize, words), capitals, strict=True)
    return list(map(_new_tuple, repeat(Token), fields))


def word_spans(text: str) -> tuple[list[str], list[int], list[int]]:
    """The words of :func:`tokenize` as three lists: each word as written, its start
    offset and its end offset.

    The repairer reads millions of words, most of them ordinary words it never looks at
    closely: these lists cost far less than a :class:`Token` per word. The text is split
    in C, and only words with an apostrophe are then looked at one by one.

    >>> word_spans("l'Allemagne d'O'Brien's")
    (['Allemagne', "O'Brien"], [2, 14], [11, 21])
    """
    parts = _WORD_SPLIT.split(text)  # separator, word, separator, ..., word, separator
    words = parts[1::2]
    offsets = list(accumulate(map(len, parts)))  # where each part ends
    starts = offsets[0 : 2 * len(words) : 2]
    ends = offsets[1::2]
    if "'" in text or "’" in text:
        fixed = -1
        for apostrophe in _APOSTROPHE.finditer(text):
            i = bisect_right(starts, apostrophe.start()) - 1
            if i <= fixed or i < 0 or apostrophe.start() >= ends[i]:
                continue  # between words, or in a word already cut
            fixed = i
            word, start = words[i], starts[i]
            elided = _ELISION.match(word)
            if elided:
                start += elided.end()
                word = word[elided.end() :]
            possessive = _POSSESSIVE.search(word)
            if possessive and possessive.start() > 0:
                word = word[: possessive.start()]
            words[i], starts[i], ends[i] = word, start, start + len(word)
    return words, starts, ends


_new_tuple = tuple.__new__
_first = itemgetter(0)


def capitalised_runs(
    text: str, tokens: list[Token], *, breaks: frozenset[int] = frozenset()
) -> list[range]:
    """Maximal runs of capitalised tokens joined by a space or a hyphen, with lower-case
    connectors ("of", "von der") allowed between two of them.

    Args:
        text: The text the tokens were cut from.
        tokens: Its tokens (see :func:`tokenize`).
        breaks: Positions of tokens that never belong to a run (a URL, say).

    >>> text = "Treasury Secretary Scott Bessent met Ursula von der Leyen in Brussels."
    >>> [[t.text for t in tokenize(text)[r.start : r.stop]][-1] for r in capitalised_runs(
    ...     text, tokenize(text))]
    ['Bessent', 'Leyen', 'Brussels']
    """
    return runs_among(
        text,
        [t.start for t in tokens],
        [t.end for t in tokens],
        [t.norm for t in tokens],
        [t.is_capitalized for t in tokens],
        range(len(tokens)),
        breaks=breaks,
    )


def runs_among(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    norms: Sequence[str],
    capitals: Sequence[bool],
    positions: Iterable[int],
    *,
    breaks: Container[int] = frozenset(),
) -> list[range]:
    """:func:`capitalised_runs` of a text's words given as columns (see :func:`word_spans`),
    looking only at ``positions``, in order: they must include every capitalised word and
    every connector, and a run ends at any position left out (a lower-case word that links
    no name), so that a reader may skip the bulk of a text's words."""
    runs: list[range] = []
    start: int | None = None
    previous = -2
    count = len(starts)

    def linked(i: int) -> bool:
        return _RUN_LINK.fullmatch(text, ends[i - 1], starts[i]) is not None

    def connects(i: int) -> bool:  # a chain of connectors that ends on a capitalised word
        following = i
        while following < count and norms[following] in NAME_CONNECTORS:
            if following + 1 >= count or not linked(following + 1):
                return False
            following += 1
        return following > i and following < count and capitals[following]

    for i in positions:
        if start is not None and i != previous + 1:
            runs.append(range(start, previous + 1))  # a word left out ends the run
            start = None
        previous = i
        capital = capitals[i] and i not in breaks
        if start is not None and linked(i) and (capital or connects(i)):
            continue
        if start is not None:
            runs.append(range(start, i))
            start = None
        if capital:
            start = i
    if start is not None:
        runs.append(range(start, previous + 1))
    return runs


@lru_cache(maxsize=65536)
def normalize(word: str) -> str:
    """Fold case, accents and apostrophe variants, for comparing names.

    >>> normalize("Erdoğan’S")
    "erdogan's"
    """
    if word.isascii():  # nothing to decompose, and casefold is lower: most words
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.replace("’", "'"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def common_words() -> KeysView[str]:
    """Normalised words of ordinary English, French, German and Spanish.

    A word counts when wordfreq's lists see it at least once in ten million words
    (Zipf 2); names of the famous are in those lists too, garbles almost never are.
    Loaded on first use (under a second), then shared.
    """
    return _lexicon()[0]


def rare_words() -> KeysView[str]:
    """The words of :func:`common_words` seen less than about three times in ten million
    words (Zipf 2.5) in each of the four languages: "ukrain", "colomba", "neuman".

    Real words, but rare enough that one close to a name the same text spells correctly
    is more likely a garble of it than a word in its own right.
    """
    return _lexicon()[1]


_WORD_START_MIN = 50  # of some 370,000 words: a pair that begins fewer is no word's start


@lru_cache(maxsize=1)
def word_starts() -> frozenset[str]:
    """Letter pairs that begin at least 50 words of :func:`common_words` ("ch", "za",
    "kh"); "rr", "vp" or "kp" begin almost none, so a word that starts with them is a
    garble rather than a word or name of the four languages."""
    counts = Counter(word[:2] for word in common_words() if len(word) >= 3)
    return frozenset(pair for pair, n in counts.items() if n >= _WORD_START_MIN)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[KeysView[str], KeysView[str]]:
    """Both word sets, read from newsmend's cache when it holds them (see ``_cache``).

    They are the keys of dicts without values, not sets: Python's cycle collector never
    looks into a dict that holds only strings, while it walks every element of a set at
    each full collection, some 530,000 strings here (15% of repair time at 1,000 names).
    """
    key = fingerprint([Path(__file__).read_bytes(), version("wordfreq")])
    common, rare = cached("lexicon", key, _build_lexicon)
    return common.keys(), rare.keys()


def _build_lexicon() -> tuple[dict[str, None], dict[str, None]]:
    from wordfreq import get_frequency_list  # heavy: imported on first use

    frequent: set[str] = set()
    rare: set[str] = set()
    for language in LEXICON_LANGUAGES:
        # Bucket i holds the words of frequency 10 ** (-i / 100), most frequent first.
        buckets = get_frequency_list(language)[: _LAST_COMMON_BUCKET + 1]
        for i, bucket in enumerate(buckets):
            words = frequent if i <= _LAST_FREQUENT_BUCKET else rare
            words.update(w if w.isascii() else normalize(w) for w in bucket)
    rare -= frequent
    return dict.fromkeys(sorted(frequent | rare)), dict.fromkeys(sorted(rare))


# Keys next to each other on a QWERTY keyboard, across rows too: the typist's slips.
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbour_keys() -> frozenset[frozenset[str]]:
    pairs: set[frozenset[str]] = set()
    for r, row in enumerate(_KEY_ROWS):
        for i, key in enumerate(row):
            near = [row[k] for k in (i - 1, i + 1) if 0 <= k < len(row)]
            for other in (_KEY_ROWS[d] for d in (r - 1, r + 1) if 0 <= d < len(_KEY_ROWS)):
                near += [other[k] for k in (i - 1, i, i + 1) if 0 <= k < len(other)]
            pairs.update(frozenset((key, n)) for n in near)
    return frozenset(pairs)


_NEIGHBOUR_KEYS = _neighbour_keys()


def only_slips(a: str, b: str) -> bool:
    """True when no substitution between ``a`` and ``b`` is arbitrary: each is a
    look-alike or sound-alike confusion, a neighbouring key, or half of a swap of two
    adjacent letters. "Rutherford" and "Retherford" differ by an arbitrary vowel: two
    names, more likely than a slip.

    >>> only_slips("lodnon", "london"), only_slips("londpn", "london")
    (True, True)
    >>> only_slips("retherford", "rutherford")
    False
    """
    ops = [(op.tag, op.src_pos, op.dest_pos) for op in Levenshtein.editops(a, b)]
    k = 0
    while k < len(ops):
        tag, i, j = ops[k]
        if tag == "replace":
            if k + 1 < len(ops) and _paired_cost(a, b, ops[k], ops[k + 1]) is not None:
                k += 2
                continue
            pair = frozenset((a[i], b[j]))
            if pair not in _CONFUSABLE and pair not in _NEIGHBOUR_KEYS:
                return False
        k += 1
    return True


def _substitution_cost(a: str, b: str) -> float:
    if a == b:
        return 0.0
    return _CONFUSED if frozenset((a, b)) in _CONFUSABLE else 1.0


@lru_cache(maxsize=1 << 16)
def edit_cost(a: str, b: str, limit: float = math.inf) -> float:
    """Edit distance where look-alike and sound-alike confusions and the commonest
    typing slips cost half.

    A caller that only needs to know whether the cost is within ``limit`` may pass it:
    a cost above ``limit`` may then be returned as any value above ``limit``.

    Insertions, deletions and substitutions cost 1; substituting a confusable letter
    (``h``/``n``, ``c``/``e``) or letter group (``rn``/``m``, ``li``/``h``), swapping two
    adjacent letters, and doubling or undoubling a letter cost 0.5. The edits are those of
    an optimal plain Levenshtein alignment (computed by rapidfuzz), re-priced.

    >>> edit_cost("khosset", "knesset")
    1.0
    >>> edit_cost("modern", "modem")
    0.5
    >>> edit_cost("zelenksyy", "zelenskyy"), edit_cost("martinn", "martin")
    (0.5, 0.5)
    >>> edit_cost("martix", "martin"), edit_cost("marton", "martin")
    (1.0, 1.0)

    Two slips that one plain alignment does not show, such as two swaps, are priced by
    a search over every alignment:

    >>> edit_cost("cihma", "china"), edit_cost("coraita", "croatia")
    (1.0, 1.0)
    """
    ops = Levenshtein.editops(a, b)
    cost = _repriced(a, b, [(op.tag, op.src_pos, op.dest_pos) for op in ops])
    # One edit is priced exactly; beyond, a cheaper alignment may exist when a swap saves
    # edits ("cihma" reads as an insertion, a substitution and a deletion, but is a swap
    # and a look-alike): the optimal string alignment distance, in C, tells.
    if cost <= 0.5 or len(ops) < 2 or OSA.distance(a, b) == len(ops):
        return cost
    return min(cost, _weighted_distance(a, b, min(cost, limit)))


def _repriced(a: str, b: str, ops: list[Edit]) -> float:
    """The weighted cost of the plain edits ``ops`` that turn ``a`` into ``b``."""
    cost = 0.0
    k = 0
    while k < len(ops):
        paired = _paired_cost(a, b, ops[k], ops[k + 1]) if k + 1 < len(ops) else None
        if paired is not None:
            cost += paired
            k += 2
            continue
        tag, i, j = ops[k]
        if tag == "replace":
            cost += _substitution_cost(a[i], b[j])
        elif tag == "delete":
            cost += _DOUBLED if _beside_same(a, i) else 1.0
        else:
            cost += _DOUBLED if _beside_same(b, j) else 1.0
        k += 1
    return cost


_DOUBLED = 0.5
_TRANSPOSED = 0.5
_CONFUSED = 0.5  # a look-alike or sound-alike letter, or letter group, for another


def _multi_by_end() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """The letter-group confusions by their last letters, for _weighted_distance."""
    grouped: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for seen, meant in sorted(_CONFUSABLE_MULTI):
        grouped.setdefault((seen[-1], meant[-1]), []).append((seen, meant))
    return grouped


_MULTI_BY_END = _multi_by_end()


def _weighted_distance(a: str, b: str, bound: float) -> float:
    """The least weighted cost of turning ``a`` into ``b`` over every alignment (dynamic
    programming with the prices of :func:`edit_cost`: half for a look-alike, a swap of
    neighbours, a doubled letter or a letter-group confusion), or infinity once it is
    sure to exceed ``bound``.

    Every alignment passes through one of any two consecutive rows (a swap or a letter
    group spans two), so when both rows' least costs exceed ``bound``, so does the answer.
    """
    deletions = [_DOUBLED if _beside_same(a, i) else 1.0 for i in range(len(a))]
    insertions = [_DOUBLED if _beside_same(b, j) else 1.0 for j in range(len(b))]
    first = [0.0]
    for price in insertions:
        first.append(first[-1] + price)
    rows = [first]
    for i, x in enumerate(a, start=1):
        above = rows[i - 1]
        row = [above[0] + deletions[i - 1]]
        for j, y in enumerate(b, start=1):
            best = above[j - 1] + _substitution_cost(x, y)
            best = min(best, above[j] + deletions[i - 1], row[j - 1] + insertions[j - 1])
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y and x != y:
                best = min(best, rows[i - 2][j - 2] + _TRANSPOSED)
            for in_a, in_b in _MULTI_BY_END.get((x, y), ()):
                i0, j0 = i - len(in_a), j - len(in_b)
                if i0 >= 0 and j0 >= 0 and a[i0:i] == in_a and b[j0:j] == in_b:
                    best = min(best, rows[i0][j0] + _CONFUSED)
            row.append(best)
        rows.append(row)
        if min(row) > bound and min(above) > bound:
            return math.inf
    return rows[-1][-1]


def _beside_same(word: str, i: int) -> bool:
    """True when the letter at ``i`` doubles a neighbour ("Martinn", "Congres")."""
    return (i > 0 and word[i - 1] == word[i]) or (i + 1 < len(word) and word[i + 1] == word[i])


Edit = tuple[str, int, int]


def _paired_cost(a: str, b: str, first: Edit, second: Edit) -> float | None:
    """The cost of two adjacent edits that form one transposition or one letter-group
    confusion ("rn" read as "m"), or ``None``."""
    (tag1, i1, j1), (tag2, i2, j2) = first, second
    if tag1 == tag2 == "replace" and (i2, j2) == (i1 + 1, j1 + 1):
        return _TRANSPOSED if a[i1] == b[j2] and a[i2] == b[j1] else None
    if (tag1, tag2) == ("insert", "delete") and (i2, j2) == (i1 + 1, j1 + 2):
        return _TRANSPOSED if b[j1] == a[i2] else None  # "ks" -> "sk": insert + delete
    if (tag1, tag2) == ("delete", "insert") and (i2, j2) == (i1 + 2, j1 + 1):
        return _TRANSPOSED if a[i1] == b[j2] else None
    tags = {tag1, tag2}
    if tags == {"replace", "delete"} and i2 == i1 + 1:
        j = j1 if tag1 == "replace" else j2
        return _CONFUSED if (a[i1 : i1 + 2], b[j : j + 1]) in _CONFUSABLE_MULTI else None
    if tags == {"replace", "insert"} and j2 == j1 + 1:
        i = i1 if tag1 == "replace" else i2
        return _CONFUSED if (a[i : i + 1], b[j1 : j1 + 2]) in _CONFUSABLE_MULTI else None
    return None


def match_case(template: str, replacement: str) -> str:
    """Give ``replacement`` the letter case of ``template`` where it has a clear one.

    >>> match_case("JEMENSKYY", "Zelenskyy")
    'ZELENSKYY'
    >>> match_case("Khosset", "Knesset")
    'Knesset'
    """
    letters = [ch for ch in template if ch.isalpha()]
    if len(letters) > 1 and all(ch.isupper() for ch in letters):
        return replacement.upper()
    return replacement
