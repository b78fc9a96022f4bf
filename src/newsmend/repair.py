"""Finding, scoring and applying name repairs.

The repairer reads a text the way a careful editor would:

1. Cut it into tokens and group capitalised tokens into runs ("Treasury Secretary
   Scott Scent"), never touching URLs, e-mail addresses, @handles, #hashtags or code.
2. Mark every run of tokens spelled exactly like a gazetteer name or alias. Those are
   never changed, and each is evidence that the entity is discussed in the text.
3. Score multi-word mentions against gazetteer names token by token (an exact first
   name and a close surname, say), then single words (surnames, one-word names).
4. Accept a repair only when the evidence is strong enough for the kind of match
   (see :data:`RULES`); when two entries are about as good, change nothing and
   report a :class:`~newsmend.model.Suspect` instead.

Precision comes first: an ordinary word (one a frequency list of English, French,
German or Spanish knows) is never changed on its own, and every change records
its evidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container, Iterator, KeysView
from dataclasses import dataclass, field, replace
from itertools import compress, count, pairwise
from operator import attrgetter, not_
from typing import cast

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from newsmend.errors import InvalidInput
from newsmend.gazetteer import Gazetteer
from newsmend.index import SURNAME_PARTICLES, Form, NameIndex, nearest
from newsmend.model import Alternative, Correction, Repaired, Suspect
from newsmend.text import (
    FUNCTION_WORDS,
    LEXICON_LANGUAGES,
    NAME_CONNECTORS,
    Token,
    common_words,
    edit_cost,
    match_case,
    normalize,
    only_slips,
    rare_words,
    runs_among,
    word_spans,
    word_starts,
)

__all__ = ["RULES", "NameRepairer", "repair_names"]

RULES = {
    "anchored": "one word matches the name exactly and the others are close",
    "close": "every word is close to the name, and the text names the entity elsewhere "
    "or two of its context phrases are near",
    "anchored-context": "one word matches exactly, another is a real word or a distant "
    "spelling, and the entry's context words surround the mention",
    "anchored-look-alike": "one word matches exactly, another is a real word that differs "
    "from the name's only by look-alike letters, or by one edit when the text spells the "
    "whole name right, and the text names the entity elsewhere",
    "single": "a single unknown word close to a name; the text names the entity elsewhere, "
    "or two of its context phrases are near and the word is one edit away",
    "single-look-alike": "a lone unknown word of 5+ letters that differs from a name only "
    "by look-alike letters (h/n, e/c, rn/m); leading a longer run when OCR misread one letter "
    "for one of another kind (c/e, n/u, rn/m; not a vowel for a vowel)",
    "single-strong": "a lone unknown word one slip away from a name of 8+ letters, or of "
    "6+ letters with the same first letter (a slip: a letter added, dropped, doubled or "
    "swapped with its neighbour, a look-alike or a neighbouring key; not another vowel; "
    "from 8 letters any edit but one vowel for another); leading a longer run only for one "
    "letter dropped or added inside a word of 7+ letters",
    "acronym": "an unknown acronym of 4+ letters one edit from an acronym the text spells "
    "right elsewhere, keeping its first letter unless the edit is a slip (a swap, a doubled "
    "letter, a look-alike)",
    "single-rare": "a capitalised rare word (seen under three times in ten million words) "
    "close to a name the text spells correctly elsewhere, with the same first letter and "
    "not the name plus an ending",
    "document-spelling": "an unknown lower-case word close to a name the text spells "
    "correctly, with the same first letter and the same last two (a derived word such as "
    "an adjective changes its ending)",
    "look-alike-characters": "a word that spells a name exactly once the characters OCR "
    "mistakes for letters are read as letters: a digit inside a word (0/o, 1/l/i, 5/s), a "
    "capital I among small letters, a small l among capitals or opening the word",
}

# Spans never touched, each pattern tried only when its marker occurs in the text.
_PROTECTED = (
    ("://", re.compile(r"https?://\S+", re.IGNORECASE)),
    ("www.", re.compile(r"www\.\S+", re.IGNORECASE)),
    ("#", re.compile(r"(?<![\w#])#[\w.]+")),
    ("`", re.compile(r"`[^`\n]*`")),
)
# E-mail addresses and @handles, found from each "@" (see _address_spans).
_EMAIL_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@])@[\w.]+")
# A bare domain ("example.com"): found by its ending, then widened to the left.
_DOMAIN_END = re.compile(r"\.(?:com|org|net|gov|edu|io|co|uk|de|fr|es|it|ru|ua|info|news)\b", re.I)
_DOMAIN_START = re.compile(r"[\w.-]*\Z")
_CONTEXT_WINDOW = 40
_AMBIGUITY_MARGIN = 0.05
# A word of 7+ letters may be half an edit beyond its budget when the text names the entity
# elsewhere ("Jemenskyy" beside four "Zelenskyy").
_SUPPORTED_EXTRA = 0.5
_SUPPORTED_EXTRA_FROM = 7
_ANY_EDIT_FROM = 8
_VOWELS = frozenset("aeiouy")
# A word of a multi-word name spelled right elsewhere in the text may be two edits away
# ("Los Aengles" beside "Los Angeles"; 2.5 from 6 letters), from this many letters,
# keeping its first letter.
_SPELLED_LIMIT = 2.0
_SPELLED_LONG_LIMIT = 2.5
_SPELLED_FROM = 4
_FAR_SINGLE_FROM = 6  # a lone word two edits from a name needs this many letters
_MAX_WINDOW = 6
# A window with this many forms or more is sieved in C before each form is scored.
_SIEVE_FROM = 8
# A text is taken to be in a language of the word lists when this share of its lower-case
# words is in them (judged from this many lower-case words or more).
_LEXICON_SHARE = 0.8
_LEXICON_SAMPLE = 20
# A garble may change a name's first letter ("Sessent" for Bessent) only in a word this
# long: among short words a new first letter makes another name ("Zabul" beside Kabul).
_NEW_FIRST_LETTER_FROM = 6
# Evidence is local: the name written right counts within this many words of a garble
# (an article is shorter; in a long text or a digest of many stories, a name from
# another story is no evidence: the 181 benchmark bodies read as one text had 32 changed
# tokens counting the whole text, 6 counting this reach).
_EVIDENCE_REACH = 2000
# Words that join two names in one capitalised run rather than belong to one name.
_RUN_LINKS = frozenset("and of for the und et y fur".split())  # normalised: "für" is "fur"
# A word mixing letters with digits that OCR reads for letters ("L0uisiana", "5enate"):
# a 0, 1 or 5 beside a letter (the digit first, so that the search skips to digits).
_DIGIT_HINT = re.compile(r"[015](?:(?<=[^\W\d_][015])|(?=[^\W\d_]))")
_DIGIT_WORD = re.compile(r"(?<!\w)[^\W_]*[015][^\W_]*(?!\w)")
_DIGIT_LETTERS = {"0": "o", "1": "li", "5": "s"}
_MAX_LOOK_ALIKES = 2  # characters read as other letters in one word


def edit_budget(length: int) -> float:
    """The weighted edit cost a word of ``length`` letters may be away from a name.

    Short words get a small budget: two edits turn most four-letter words into others.

    >>> [edit_budget(n) for n in (3, 5, 7, 9, 12)]
    [0.0, 1.0, 1.5, 2.0, 3.0]
    """
    if length < 4:
        return 0.0
    if length <= 5:
        return 1.0
    if length <= 8:
        return 1.5
    if length <= 11:
        return 2.0
    return 3.0


@dataclass(slots=True)  # not frozen: its __init__ would be 6x slower, for ~20,000 words
class _Word:
    """What the repairer knows about a word as written, wherever it occurs: one object
    is shared by every occurrence (see :class:`_Spellings`), read-only once made; what
    depends on the place (offsets, protection, acronyms) is kept by the :class:`_Document`."""

    text: str  # as written (see Token.text)
    norm: str  # normalised, or the normalised reading when there is one
    is_capitalized: bool  # of the reading when there is one
    stem: str  # the normalised token without a plural "s", or the token itself
    suffix: str  # the plural suffix as written, or ""
    known: bool  # spelled like a word of some gazetteer name
    real: bool  # a word of ordinary language
    reading: str = ""  # the word with look-alike characters read as letters, when that is a name
    ordinary: bool = False  # a lower-case word of ordinary language: the bulk of text
    glued: bool = False  # names run together ("NoemKristi", see _glued)


class _Spellings:
    """The :class:`_Word` of each spelling met, for one index and across texts: news
    vocabulary repeats, and a word costs a look-up in the word lists (large sets, slow
    to reach in memory), in the index, and at times a reading of look-alike characters.

    Args:
        index: The gazetteer's index the words are looked up in.
    """

    _MAX_SIZE = 200_000  # spellings kept; the table is cleared when full

    def __init__(self, index: NameIndex) -> None:
        self.index = index
        self._words: dict[str, _Word] = {}
        # The word spelled so, if read already: a dict's own get, mapped in C by the reader.
        self.get: Callable[[str], _Word | None] = self._words.get
        # Spellings of ordinary words that link no name ("the", "said"): the reader skips
        # them (a subset of the table's, emptied with it).
        self.plain: set[str] = set()
        self._forms: dict[str, dict[int, list[int]]] = {}

    def word(self, spelling: str) -> _Word:
        """What is known about the word spelled so (as :func:`word_spans` cuts it)."""
        word = self._words.get(spelling)
        if word is None:
            if len(self._words) >= self._MAX_SIZE:
                self._words.clear()
                self.plain.clear()
            token = Token(0, len(spelling), spelling, normalize(spelling), spelling[0].isupper())
            word = self._words[spelling] = self._read(token)
            if word.ordinary and word.norm not in NAME_CONNECTORS:
                self.plain.add(spelling)
        return word

    def forms_by_length(self, token: str) -> dict[int, list[int]]:
        """Numbers of the forms that contain the known ``token``, by number of tokens
        (read-only: shared by the texts that have the token)."""
        grouped = self._forms.get(token)
        if grouped is None:
            if len(self._forms) >= self._MAX_SIZE:
                self._forms.clear()
            grouped = self._forms[token] = _forms_by_length([token], self.index)
        return grouped

    def _read(self, token: Token) -> _Word:
        common = common_words()
        known_tokens = self.index.known_tokens
        norm = token.norm
        if not token.is_capitalized and norm in common:
            return _Word(token.text, norm, False, norm, "", norm in known_tokens, True, "", True)
        stem, suffix = _plural_stem(token)
        real = norm in common or stem in common
        known = norm in known_tokens or (stem != norm and stem in known_tokens)
        reading = "" if known or real else _read_look_alikes(token.text, self.index)
        if reading:
            token = token._replace(norm=normalize(reading), is_capitalized=reading[0].isupper())
            stem, suffix = _plural_stem(token)
            known = True
        glued = _glued(token.text, known_tokens)
        return _Word(
            token.text,
            token.norm,
            token.is_capitalized,
            stem,
            suffix,
            known,
            real,
            reading,
            glued=glued,
        )


@dataclass(frozen=True)
class _Candidate:
    start: int  # token positions, end exclusive
    end: int
    form: Form
    rule: str
    score: float
    evidence: str
    plural: bool = False  # matched on the word without its plural "s", which is kept
    cost: float = 0.0  # the weighted edits between the mention and the spelling
    written: str = ""  # the replacement as written, when not the form's own spelling


def _forms_by_length(tokens: list[str], index: NameIndex) -> dict[int, list[int]]:
    """Numbers of the forms that contain any of ``tokens``, by number of tokens."""
    grouped: dict[int, list[int]] = {}
    seen: set[int] = set()
    for token in tokens:
        for form_id in index.form_ids_with_token(token):
            if form_id not in seen:
                seen.add(form_id)
                grouped.setdefault(len(index.form_tokens(form_id)), []).append(form_id)
    return grouped


@dataclass
class _Document:
    text: str
    spelling_table: _Spellings  # the repairer's, for lookups kept across texts
    starts: list[int]  # each word's offsets in the text (see word_spans)
    ends: list[int]
    words: list[_Word]  # shared by the occurrences of a spelling: compare positions, not words
    unusual: list[int]  # positions of the words that are not ordinary lower-case words
    protected: frozenset[int]  # positions of words in a URL, an address, code, or by a digit
    acronyms: frozenset[int]  # positions of short all-capital words that are not headlines
    runs: list[range]
    mentions: dict[int, list[range]] = field(default_factory=dict)
    claimed: set[int] = field(default_factory=set)

    lexicon_applies: bool = True  # the text is in a language whose ordinary words we know
    similar_cache: dict[tuple[str, float, bool], list[tuple[str, float]]] = field(
        default_factory=dict
    )

    def similar(
        self, norm: str, index: NameIndex, extra: float = 0.0, *, evidenced: bool = False
    ) -> list[tuple[str, float]]:
        """Known tokens within the edit budget of ``norm`` (plus ``extra``), looked up once
        per text: those the index's blocks find, and any word of a name this text spells
        exactly (blocks keyed on affixes miss a garble such as "Nahsvilel" whose edits
        touch both ends; the text's own names are few enough to compare one by one).

        With ``evidenced``, for a word that may only become a name the text gives
        evidence for (a lower-case word, a rare word, an acronym: see
        :meth:`NameRepairer._score_single`), only the tokens of :meth:`evidenced_tokens`
        are compared, not the index's: with a million names a look-up in the index costs
        about 300 µs, and most such words are no garble at all.
        """
        key = (norm, extra, evidenced)
        if key not in self.similar_cache:
            budget = edit_budget(len(norm))
            limit = budget + extra if budget else 0
            if evidenced:
                found = dict(nearest(norm, self.evidenced_tokens(index), limit) if limit else ())
            else:
                found = dict(index.similar_tokens(norm, limit))
            if limit:
                named = [token for token in self.named_tokens() if token not in found]
                far = len(norm) >= _FAR_SINGLE_FROM
                found.update(nearest(norm, named, max(limit, _SPELLED_LIMIT) if far else limit))
            self.similar_cache[key] = sorted(found.items(), key=lambda item: (item[1], item[0]))
        return self.similar_cache[key]

    _named_tokens: frozenset[str] | None = None

    def named_tokens(self) -> frozenset[str]:
        """Words of 4+ letters of the names spelled exactly in the text (fixed once read)."""
        if self._named_tokens is None:
            self._named_tokens = frozenset(
                spelling
                for spans in self.mentions.values()
                for span in spans
                for i in span
                for spelling in (self.words[i].norm, self.words[i].stem)
                if len(spelling) >= 4
            )
        return self._named_tokens

    _evidenced: list[str] | None = None

    def evidenced_tokens(self, index: NameIndex) -> list[str]:
        """The tokens a name the text gives evidence for may have (fixed once read, sorted):
        those of the names and aliases of the entities the text names, and the gazetteer
        words it writes (a name spelled right nearby is evidence too)."""
        if self._evidenced is None:
            tokens = {t for entry in self.mentions for t in index.name_tokens(entry)}
            tokens.update(self.words[i].norm for i in self.unusual if self.words[i].known)
            self._evidenced = sorted(tokens)
        return self._evidenced

    forms_cache: dict[tuple[str, bool], dict[int, list[int]]] = field(default_factory=dict)
    _places: dict[str, list[int]] | None = None  # the positions of each spelling, in order

    def stands_alone(self, position: int) -> bool:
        """True unless the word is part of a longer capitalised run ("Evan Macrom"),
        that is, most likely part of the name of someone the gazetteer does not know.
        Function words ("An Octobcr 11") do not count, and a linking word cuts a run in
        two ("University of Floriea", "Micbigan and Pennsylvania")."""
        low, high = self._name_around(position)
        words = self.words
        return all(i == position or words[i].norm in FUNCTION_WORDS for i in range(low, high))

    def leads_run(self, position: int) -> bool:
        """True when no name word comes before the word in its capitalised run: "Deuver"
        in "Deuver Broncos", not "Ohama" in "Kenji Ohama", where a surname the
        gazetteer does not know is likelier than a garble. Function words do not count,
        and a linking word cuts a run in two (see :meth:`stands_alone`)."""
        low, _ = self._name_around(position)
        words = self.words
        return all(words[i].norm in FUNCTION_WORDS for i in range(low, position))

    def _name_around(self, position: int) -> tuple[int, int]:
        """The positions, end exclusive, of the part of the word's capitalised run that
        no linking word ("of", "and") cuts off: the word alone when it is in no run."""
        for run in self.runs:
            if position in run:
                words = self.words
                low = position
                while low > run.start and words[low - 1].norm not in _RUN_LINKS:
                    low -= 1
                high = position + 1
                while high < run.stop and words[high].norm not in _RUN_LINKS:
                    high += 1
                return low, high
        return position, position + 1

    def places(self, spelling: str) -> list[int] | tuple[()]:
        """The positions where the exact spelling occurs, in order (one walk per text)."""
        if self._places is None:
            self._places = {}
            for i, word in enumerate(self.words):
                self._places.setdefault(word.text, []).append(i)
        return self._places.get(spelling, ())

    def count(self, spelling: str) -> int:
        """How often the exact spelling occurs in the text."""
        return len(self.places(spelling))

    def recurs(self, spelling: str) -> bool:
        """True when the exact spelling occurs more than once in the text."""
        return self.count(spelling) > 1

    def forms_near(self, position: int, index: NameIndex) -> dict[int, list[int]]:
        """Numbers of the forms that may contain the word at ``position``, by number of
        tokens, looked up once per text.

        A known word brings the forms that contain it; an unknown capitalised word that
        is no ordinary word brings the forms containing a similar known token.
        """
        word = self.words[position]
        name_like = word.is_capitalized and not (position in self.acronyms or word.real)
        key = (word.norm, name_like)
        grouped = self.forms_cache.get(key)
        if grouped is None:
            if word.known:
                grouped = self.spelling_table.forms_by_length(word.norm)
            elif name_like:
                similar = [token for token, _ in self.similar(word.norm, index)]
                grouped = _forms_by_length(similar, index)
            else:
                grouped = {}
            self.forms_cache[key] = grouped
        return grouped

    spelled: dict[str, bool] = field(default_factory=dict)

    def spells(self, name: str) -> bool:
        """True when the text contains ``name`` exactly as written (looked up once)."""
        found = self.spelled.get(name)
        if found is None:
            found = self.spelled[name] = name in self.text
        return found

    def mention(self, entry: int, span: range) -> None:
        """Record that ``entry`` is named (or was repaired) at token positions ``span``."""
        self.mentions.setdefault(entry, []).append(span)

    def support(self, entry: int, start: int, end: int) -> int:
        """How often ``entry`` is named outside token positions ``start:end`` and within
        ``_EVIDENCE_REACH`` words of them."""
        low, high = start - _EVIDENCE_REACH, end + _EVIDENCE_REACH
        return sum(
            1
            for span in self.mentions.get(entry, ())
            if low < span.stop <= start or end <= span.start < high
        )

    def count_near(self, spelling: str, position: int) -> int:
        """How often the exact spelling occurs within ``_EVIDENCE_REACH`` words of
        ``position`` (the word there included)."""
        places = self.places(spelling)
        return bisect_right(places, position + _EVIDENCE_REACH) - bisect_left(
            places, position - _EVIDENCE_REACH
        )


class NameRepairer:
    """Repairs garbled names in text against one gazetteer.

    Args:
        gazetteer: The names to repair towards; the default gazetteer when omitted.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.default()
        self._spelling_table: _Spellings | None = None

    @property
    def index(self) -> NameIndex:
        """The gazetteer's lookup index."""
        return self.gazetteer.index

    def repair(self, text: str, *, language: str | None = None) -> Repaired:
        """Repair the names in ``text``.

        Args:
            text: Any text.
            language: The text's language code, when known. In a language whose ordinary
                words newsmend does not know (not en, fr, de or es), a word is only
                repaired with evidence from the text.

        Raises:
            InvalidInput: ``text`` is not a str.
        """
        if not isinstance(text, str):
            raise InvalidInput(f"repair_names needs str, got {type(text).__name__}")
        document = self._read(text)
        if language is not None:
            document.lexicon_applies = _base_language(language) in LEXICON_LANGUAGES
        accepted = self._mark_exact(document)
        document.claimed.update(i for c in accepted for i in range(c.start, c.end))
        suspects: list[Suspect] = []
        for finder in (self._multi_word_candidates, self._single_word_candidates):
            chosen, doubtful = _choose(finder(document), document, self.index)
            accepted.extend(chosen)
            suspects.extend(doubtful)
            for candidate in chosen:
                document.mention(candidate.form.entry, range(candidate.start, candidate.end))
                document.claimed.update(range(candidate.start, candidate.end))
        return self._apply(document, accepted, suspects)

    # -- reading ---------------------------------------------------------------

    def _read(self, text: str) -> _Document:
        spellings = self._spellings()
        spans = _protected_spans(text)
        capital_lines: dict[int, bool] = {}
        next_span = 0
        protected: set[int] = set()
        acronyms: set[int] = set()
        spelled, starts, ends = word_spans(text)
        if _DIGIT_HINT.search(text):
            spelled, starts, ends = _merge_digit_words(text, spelled, starts, ends)
        # Most words are ordinary lower-case words read before: they are looked up, and
        # skipped, in C; the loops below visit the others.
        found = list(map(spellings.get, spelled))
        for position in list(compress(count(), map(not_, found))):  # spellings not yet read
            found[position] = spellings.word(spelled[position])
        words = cast(list[_Word], found)
        visited = list(compress(count(), map(not_, map(spellings.plain.__contains__, spelled))))
        unusual = []
        unknown = 0  # lower-case words the lexicon does not know
        for position in visited:
            word = words[position]
            if word.ordinary:
                continue  # a connector ("of", "de"), visited for the runs
            unusual.append(position)
            capital = spelled[position][0].isupper()  # as written, whatever its reading
            unknown += not capital
            if capital or not word.real:
                start, end = starts[position], ends[position]
                while next_span < len(spans) and spans[next_span][1] <= start:
                    next_span += 1
                if (next_span < len(spans) and spans[next_span][0] < end) or _touches_digit(
                    text, start, end
                ):
                    protected.add(position)
                if capital and _looks_like_acronym(text, start, end, capital_lines):
                    acronyms.add(position)
        breaks = frozenset(protected)  # a protected word (in a URL, say) breaks a run
        norms = list(map(_NORM, words))
        capitals = list(map(_CAPITALIZED, words))
        runs = runs_among(text, starts, ends, norms, capitals, visited, breaks=breaks)
        document = _Document(
            text, spellings, starts, ends, words, unusual, breaks, frozenset(acronyms), runs
        )
        ordinary = len(words) - len(unusual)
        # Without a language code, the text itself tells whether our word lists fit it:
        # in English, French, German or Spanish nearly every lower-case word is in them
        # (96-100% on the benchmark bodies, less in noisy OCR); in Italian 69-71%, in
        # Indonesian 31-42%, where an unknown word is often just a word.
        lower = ordinary + unknown
        document.lexicon_applies = lower < _LEXICON_SAMPLE or ordinary >= _LEXICON_SHARE * lower
        return document

    def _spellings(self) -> _Spellings:
        """The table of spellings for the gazetteer's current index, made on first use."""
        index = self.index
        if self._spelling_table is None or self._spelling_table.index is not index:
            self._spelling_table = _Spellings(index)
        return self._spelling_table

    def _mark_exact(self, document: _Document) -> list[_Candidate]:
        """Record exact mentions of gazetteer names as evidence.

        Returns:
            The repairs of words in those mentions that OCR wrote with look-alike
            characters (rule ``look-alike-characters``).
        """
        found: list[_Candidate] = []
        for run in document.runs:
            position = run.start
            while position < run.stop:
                length = self._longest_exact(document.words, position, run.stop)
                if length:
                    span = range(position, position + length)
                    forms = self._exact_forms(document.words[span.start : span.stop])
                    for entry in {f.entry for f in forms}:
                        document.mention(entry, span)
                    if forms:
                        found.extend(self._look_alike_repairs(document, span, forms[0]))
                position += max(length, 1)
        return found

    def _exact_forms(self, window: list[_Word]) -> list[Form]:
        """The forms a window spells exactly: as written, else read as a plural, except
        a person's name: "Jonas" or "Roberts" is a name of its own, not two people
        called Jona or Robert (the span is still an exact name, and never changed)."""
        keys = _keys(window)
        forms = self.index.exact(keys[0])
        if forms or len(keys) == 1:
            return list(forms)
        index = self.index
        return [f for f in index.exact(keys[1]) if index.kind(f.entry) != "person"]

    def _look_alike_repairs(
        self, document: _Document, span: range, form: Form
    ) -> Iterator[_Candidate]:
        for offset, position in enumerate(span):
            word = document.words[position]
            if not word.reading:
                continue
            changed = sum(a != b for a, b in zip(word.text, word.reading, strict=True))
            similarity = 1 - 0.5 * changed / len(word.reading)
            detail = f"'{word.text}' read as '{word.reading}' spells '{form.display}'"
            plural = bool(word.suffix) and word.stem == form.tokens[offset]
            yield _candidate(
                position,
                position + 1,
                form,
                "look-alike-characters",
                similarity,
                1.0,
                self._context(document, span.start, span.stop, form.entry),
                document.support(form.entry, span.start, span.stop),
                [detail],
                cost=0.5 * changed,
                written=word.reading[: len(word.reading) - len(word.suffix) if plural else None],
                plural=plural,
            )

    def _longest_exact(self, words: list[_Word], start: int, stop: int) -> int:
        index = self.index
        known = start  # every word of an exact name is known: look no further than those
        while known < min(stop, start + index.max_tokens) and words[known].known:
            known += 1
        for length in range(known - start, 0, -1):
            if any(index.has_exact(key) for key in _keys(words[start : start + length])):
                return length
        return 0

    # -- candidates ------------------------------------------------------------

    def _multi_word_candidates(self, document: _Document) -> list[_Candidate]:
        candidates = []
        limit = min(self.index.max_tokens, _MAX_WINDOW)
        for run in document.runs:
            for start in run:
                for end in range(start + 2, min(run.stop, start + limit) + 1):
                    window = document.words[start:end]
                    if not _is_repairable_window(window) or not document.protected.isdisjoint(
                        range(start, end)
                    ):
                        continue
                    for form_id in self._forms_for_window(document, start, window):
                        found = self._score_multi(document, start, end, form_id)
                        if found:
                            candidates.append(found)
        return candidates

    def _forms_for_window(self, document: _Document, start: int, window: list[_Word]) -> list[int]:
        """Numbers of the forms of the window's length that a word of it may belong to,
        less those that a known or lower-case word rules out (such a word must be spelled
        as in the form)."""
        index = self.index
        length = len(window)
        spelled = [i for i, word in enumerate(window) if word.known or not word.is_capitalized]
        if spelled:  # every form left has that word: start from the forms that contain it
            ids = set(document.forms_near(start + spelled[0], index).get(length, ()))
        else:
            ids = set()
            for position in range(start, start + length):
                ids.update(document.forms_near(position, index).get(length, ()))
        tokens_of = index.form_token_table
        forms = sorted(ids)
        for position in spelled:
            norm = window[position].norm
            forms = [form_id for form_id in forms if tokens_of[form_id][position] == norm]
        return self._sieve(document, window, forms) if len(forms) >= _SIEVE_FROM else forms

    def _sieve(self, document: _Document, window: list[_Word], forms: list[int]) -> list[int]:
        """``forms`` less those that :meth:`_score_multi` would turn down for a word's
        spelling, found in C: a capitalised unknown word more than four budgets of plain
        edits from the form's word (see :func:`_cost_within`), unless it may be a
        person's distant surname (see :func:`_distant_but_plausible`, whose similarity
        is asked for with a point to spare).

        A first name the gazetteer knows brings every form that has it ("Dan ..." among
        a million names: hundreds); the garbled surname beside it is near few of them.
        """
        index = self.index
        tokens_of = index.form_token_table
        last = len(window) - 1
        for position, word in enumerate(window):
            if word.known or not word.is_capitalized:
                continue  # spelled as in every form left (see _forms_for_window)
            targets = [tokens_of[form_id][position] for form_id in forms]
            plain_edits = int(4 * edit_budget(len(word.norm)))
            near = process.extract(
                word.norm,
                targets,
                scorer=Levenshtein.distance,
                score_cutoff=plain_edits,
                limit=None,
            )
            keep = {i for _, _, i in near}
            # the text names the entry: a word may be further off (see _far_cost)
            keep.update(
                i for i, form_id in enumerate(forms) if index.entry_of(form_id) in document.mentions
            )
            if position == last:
                surnames = [
                    i
                    for i, form_id in enumerate(forms)
                    if i not in keep
                    and self._surname_may_be_distant(
                        window, tokens_of[form_id], index.entry_of(form_id), position
                    )
                ]
                plausible = process.extract(
                    word.norm,
                    [targets[i] for i in surnames],
                    scorer=fuzz.ratio,
                    score_cutoff=_PLAUSIBLE_RATIO - 1,
                    limit=None,
                )
                keep.update(surnames[k] for _, _, k in plausible)
            forms = [form_id for i, form_id in enumerate(forms) if i in keep]
        return forms

    def _score_multi(
        self, document: _Document, start: int, end: int, form_id: int
    ) -> _Candidate | None:
        index = self.index
        window = document.words[start:end]
        targets = index.form_tokens(form_id)
        entry = index.entry_of(form_id)

        def spelled_right() -> bool:  # the text spells the whole name right elsewhere
            return document.spells(display())

        def display() -> str:
            return index.form(form_id).display

        exact: list[int] = []  # positions of the words spelled as in the form
        # (position, the word's evidence) for the close, real and distant words
        close: list[tuple[int, str]] = []
        real: list[tuple[int, str]] = []
        distant: list[tuple[int, str]] = []
        cost = real_cost = 0.0
        rare_seen = False
        rare = rare_words()
        for position, (word, target) in enumerate(zip(window, targets, strict=True)):
            norm = word.norm
            if norm == target:
                exact.append(position)
                continue
            if word.known or not word.is_capitalized:
                return None
            if word.glued:
                return None  # two words run together ("NoemKristi"), not a garble
            word_cost = _cost_within(norm, target, edit_budget(len(norm)))
            far_cost = None
            if word_cost is None and not word.real:
                far_cost = _far_cost(norm, target, entry, index)
            if word_cost is not None and not word.real:
                close.append((position, f"cost {word_cost:g}"))
            elif far_cost is not None and spelled_right():
                close.append(
                    (position, f"cost {far_cost:g}, '{display()}' spelled right in the text")
                )
                word_cost = far_cost
            elif (
                word_cost is not None
                and _is_rare(word, rare)
                and not _extends(norm, target, extra=1)
            ):
                close.append((position, f"cost {word_cost:g}, a rare word"))
                rare_seen = True
            elif word_cost is not None and not _derived(norm, target):
                real.append((position, f"cost {word_cost:g}, a real word"))
                real_cost = max(real_cost, word_cost)
            elif (
                (one_edit := _spelled_one_edit(norm, target))
                and spelled_right()
                and index.kind(entry) != "person"
            ):
                # beside the whole name spelled right, one edit ("Big Bag", "PC Word")
                real.append(
                    (position, f"cost {one_edit:g}, a real word, '{display()}' in the text")
                )
                real_cost = max(real_cost, one_edit)
                word_cost = one_edit
            elif self._surname_may_be_distant(window, targets, entry, position) and (
                _distant_but_plausible(norm, target)
            ):
                distant.append((position, "distant spelling"))
                word_cost = len(target) * (1 - fuzz.ratio(norm, target) / 100)
            else:
                return None
            cost += word_cost
        if not (close or real or distant):
            return None  # spelled exactly: nothing to repair
        similarity = max(0.0, 1 - cost / max(1, sum(len(t) for t in targets)))
        context = self._context(document, start, end, entry)
        support = document.support(entry, start, end)
        # A real word in a name is a garble when it differs by a look-alike, or by one
        # edit when the text spells the whole name right ("Star Wart" beside "Star Wars").
        look_alike = bool(real) and (real_cost <= 0.5 or (real_cost <= 1.0 and spelled_right()))
        rule = _multi_word_rule(len(exact), bool(real), bool(distant), context, support, look_alike)
        if rare_seen and not _supported(context, support):
            return None  # a rare word ("Star Wats") only with evidence beyond the anchor
        if rule is None:
            return None
        form = index.form(form_id)
        details = [f"'{form.words[p]}' exact" for p in exact]
        details += [
            f"'{window[p].text}' ~ '{form.words[p]}' ({evidence})"
            for p, evidence in (*close, *real, *distant)
        ]
        return _candidate(
            start,
            end,
            form,
            rule,
            similarity,
            len(exact) / len(window),
            context,
            support,
            details,
            cost=cost,
        )

    def _surname_may_be_distant(
        self, window: list[_Word], targets: tuple[str, ...], entry: int, position: int
    ) -> bool:
        """A person's surname may be badly garbled when the first name is exact."""
        return (
            position == len(window) - 1
            and window[0].norm == targets[0]
            and self.index.kind(entry) == "person"
        )

    def _single_word_candidates(self, document: _Document) -> list[_Candidate]:
        candidates = []
        rare = rare_words()
        index = self.index
        for position in document.unusual:  # ordinary lower-case words are never repaired
            word = document.words[position]
            if position in document.claimed or word.known or position in document.protected:
                continue
            if word.real and not (word.is_capitalized and _is_rare(word, rare)):
                continue
            if word.glued:
                continue  # two names run together ("NoemKristi"), not a garble
            # Such words are repaired only towards a name the text gives evidence for.
            evidenced = not word.is_capitalized or word.real or position in document.acronyms
            spellings = {word.norm: False}
            if word.suffix:
                spellings[word.stem] = True  # the word read as a plural ("Tomahawks")
            for spelling, plural in spellings.items():
                if len(spelling) < 4:
                    continue
                extra = _SUPPORTED_EXTRA if len(spelling) >= _SUPPORTED_EXTRA_FROM else 0.0
                for target, cost in document.similar(spelling, index, extra, evidenced=evidenced):
                    if _extends(spelling, target, extra=2) or _extends(word.norm, target, extra=2):
                        continue
                    if plural and target.endswith("s"):
                        continue  # "Jonses" is no plural of Jones ("Joneses" would be)
                    for form in index.exact((target,)):
                        found = self._score_single(document, position, form, cost, plural=plural)
                        if found:
                            candidates.append(found)
        return candidates

    def _score_single(
        self, document: _Document, position: int, form: Form, cost: float, *, plural: bool
    ) -> _Candidate | None:
        word = document.words[position]
        context = self._context(document, position, position + 1, form.entry)
        # Evidence: the entity named elsewhere, or at least its one word written right
        # inside another name ("Apple" in "Apple AirPods" beside "Applfe").
        support = document.support(form.entry, position, position + 1) or document.count_near(
            form.words[0], position
        )
        # A spelling that recurs is real, unless it is a look-alike (OCR) or the text spells
        # the name right more often (a translator or spinner repeating its mistake).
        repeated_mistake = document.lexicon_applies and support > document.count(word.text)
        if cost > 0.5 and document.recurs(word.text) and not repeated_mistake:
            return None
        target = form.tokens[0]
        length = len(target)
        spelling = word.stem if plural else word.norm  # as compared with the name
        # A word that may be a plural gets the budget of its stem, the shorter reading.
        budget = edit_budget(len(word.stem))
        if cost > budget and not (support and spelling[0] == target[0]):
            return None  # beyond the budget only beside the name, with its first letter
        extra = _SUPPORTED_EXTRA if len(word.stem) >= _SUPPORTED_EXTRA_FROM else 0.0
        if cost > budget + extra and not _far_but_vouched(document, position, form, support):
            return None
        rule: str | None = None
        if position in document.acronyms:  # only towards an acronym the text spells right
            if (
                support
                and form.display.isupper()
                and len(target) >= 4
                and (cost <= 0.5 or spelling[0] == target[0])
            ):
                rule = "acronym"
        elif word.real:  # a rare word: only beside the right spelling, never a derived word
            if (
                support
                and cost <= 1.0
                and spelling[0] == target[0]
                and not _extends(word.norm, target, extra=1)
            ):
                rule = "single-rare"
        elif not word.is_capitalized:
            same_ends = spelling[0] == target[0] and spelling[-2:] == target[-2:]
            if support and length >= 6 and cost <= 1.5 and same_ends:
                rule = "document-spelling"
        elif (support or (len(context) >= 2 and cost <= 1.0)) and (
            (len(spelling) >= _NEW_FIRST_LETTER_FROM and cost <= 1.0)  # beyond: keep it
            or spelling[0] == target[0]
            or _only_first_letter_changed(document, position, form, support)
        ):
            rule = "single"
        elif self._may_repair_without_evidence(
            document,
            position,
            target,
            in_run=(cost <= 0.5 and _misread(spelling, target))
            or _letter_dropped_or_added_inside(spelling, target),
        ):
            if cost <= 0.5 and length >= 5:
                rule = "single-look-alike"
            elif (
                cost <= 1.0
                and min(length, len(spelling)) >= 6
                and (length >= 8 or spelling[0] == target[0])
                and _slip_or_long(spelling, target)
            ):
                rule = "single-strong"
        if rule is None:
            return None
        similarity = 1 - cost / max(length, 1)
        details = [f"'{word.text}' ~ '{form.display}' (cost {cost:g})"]
        return _candidate(
            position,
            position + 1,
            form,
            rule,
            similarity,
            0.0,
            context,
            support,
            details,
            plural=plural,
            cost=cost,
        )

    @staticmethod
    def _may_repair_without_evidence(
        document: _Document, position: int, target: str, *, in_run: bool = False
    ) -> bool:
        """A lone word in a language we know, seen once and not written like a brand
        ("GoBank"), close to a name that the news writes about (one the word lists see
        at least about three times in ten million words, not a rare word): nothing says
        the word is a real name, and the name is a likely intent. A word misread by OCR
        (see :func:`_misread`) or a long one with a letter dropped or added inside (see
        :func:`_letter_dropped_or_added_inside`), ``in_run``, may also sit in a longer
        capitalised run that it leads ("Deuver Broncos", "Kentcky Derby"): a reader's
        letter swapped for a look-alike of another shape ("c" for "e", "u" for "n")
        seldom spells a real name, while a vowel for another vowel ("Menet", "Manet") or
        a swap ("Pavle", "Pavel") often does. Not after another name word: there a
        surname the gazetteer lacks is likelier ("Kenji Ohama" is not Obama).

        The last condition keeps a large gazetteer from attracting rare words: among a
        million names, most unknown words lie one edit from some name nobody writes
        about ("Corian" is not "Korian"), and such a name needs evidence in the text.
        """
        word = document.words[position]
        return (
            document.lexicon_applies
            and target in common_words()
            and target not in rare_words()
            and not _inner_capital(word.text)
            and (document.stands_alone(position) or (in_run and document.leads_run(position)))
            and not document.recurs(word.text)
        )

    def _context(self, document: _Document, start: int, end: int, entry: int) -> list[str]:
        """The entry's context phrases found near the mention."""
        phrases = self.index.context[entry]
        if not phrases:
            return []
        low = max(0, start - _CONTEXT_WINDOW)
        high = min(len(document.words), end + _CONTEXT_WINDOW)
        nearby = {w.norm for w in document.words[low:start]}
        nearby.update(w.norm for w in document.words[end:high])
        return [shown for tokens, shown in phrases if nearby.issuperset(tokens)]

    # -- output ----------------------------------------------------------------

    def _apply(
        self, document: _Document, accepted: list[_Candidate], suspects: list[Suspect]
    ) -> Repaired:
        text = document.text
        pieces: list[str] = []
        corrections: list[Correction] = []
        cursor = 0
        shift = 0
        for candidate in sorted(accepted, key=lambda c: c.start):
            first = document.words[candidate.start]
            last = document.words[candidate.end - 1]
            start = document.starts[candidate.start]
            end = document.ends[candidate.end - 1]
            original = text[start:end]
            suffix = last.suffix if candidate.plural else ""
            if candidate.written:
                replacement = candidate.written + suffix
            elif first.is_capitalized:
                replacement = match_case(original, candidate.form.display) + suffix
            else:
                replacement = candidate.form.display + suffix
            pieces.append(text[cursor:start])
            pieces.append(replacement)
            cursor = end
            entry = candidate.form.entry
            corrections.append(
                Correction(
                    start=start + shift,
                    end=start + shift + len(replacement),
                    original_start=start,
                    original=original,
                    replacement=replacement,
                    entity=self.index.name(entry),
                    entity_id=self.index.entry_id(entry),
                    kind=self.index.kind(entry),
                    score=candidate.score,
                    reason=candidate.evidence,
                )
            )
            shift += len(replacement) - len(original)
        pieces.append(text[cursor:])
        return Repaired(
            original=text,
            text="".join(pieces),
            corrections=tuple(corrections),
            suspects=tuple(_shift_suspects(suspects, corrections)),
        )


def repair_names(
    text: str, gazetteer: Gazetteer | None = None, *, language: str | None = None
) -> Repaired:
    """Repair garbled names in ``text``.

    Args:
        text: Any text.
        gazetteer: The names to repair towards; the default gazetteer when omitted.
        language: The text's language code, if known (see :meth:`NameRepairer.repair`).

    >>> g = Gazetteer.from_records(
    ...     [{"name": "Knesset", "kind": "org", "context": ["Israel", "parliament"]}]
    ... )
    >>> repair_names("Israel's parliament, the Khosset, voted.", g).text
    "Israel's parliament, the Knesset, voted."
    """
    return NameRepairer(gazetteer).repair(text, language=language)


# -- helpers ---------------------------------------------------------------------


def _plural_stem(token: Token) -> tuple[str, str]:
    norm = token.norm
    if len(norm) >= 5 and norm.endswith("s") and not norm.endswith("ss"):
        return norm[:-1], token.text[-1]
    return norm, ""


def _merge_digit_words(
    text: str, spelled: list[str], starts: list[int], ends: list[int]
) -> tuple[list[str], list[int], list[int]]:
    """Make one word of each that OCR wrote with digits for letters ("L0uisiana",
    "Ange1es", "5enate"), in place of the pieces the digits cut it into (the words are
    columns, as :func:`~newsmend.text.word_spans` gives them).

    A word qualifies with three letters or more and at most two digits, all of them 0, 1
    or 5, with a 5 never at the end ("iPhone5" is no plural) and a digit at the start only
    before a small letter ("5enate", not "5G").
    """
    merged: list[str] = []
    merged_starts: list[int] = []
    merged_ends: list[int] = []
    cursor = 0
    for match in _DIGIT_WORD.finditer(text):
        word = match.group()
        digits = sum(ch.isdigit() for ch in word)
        if (
            digits > _MAX_LOOK_ALIKES
            or len(word) - digits < 3
            or word[-1] == "5"
            or (word[0].isdigit() and not word[1].islower())
            or any(ch.isdigit() and ch not in _DIGIT_LETTERS for ch in word)
        ):
            continue
        first = max(cursor, bisect_right(ends, match.start()))  # the first piece
        merged += spelled[cursor:first]
        merged_starts += starts[cursor:first]
        merged_ends += ends[cursor:first]
        merged.append(word)
        merged_starts.append(match.start())
        merged_ends.append(match.end())
        cursor = max(first, bisect_left(starts, match.end()))  # after the last piece
    merged += spelled[cursor:]
    merged_starts += starts[cursor:]
    merged_ends += ends[cursor:]
    return merged, merged_starts, merged_ends


def _read_look_alikes(word: str, index: NameIndex) -> str:
    """The word with the characters OCR mistakes for letters read as letters, when that
    spells a token of some name; else "".

    >>> from newsmend.gazetteer import Gazetteer
    >>> index = Gazetteer.from_records([{"name": "Illinois"}, {"name": "Los Angeles"}]).index
    >>> _read_look_alikes("IlIinois", index), _read_look_alikes("Ange1es", index)
    ('Illinois', 'Angeles')
    >>> _read_look_alikes("lllinois", index), _read_look_alikes("Angeles", index)
    ('', '')
    """
    if word.isalpha() and word[0] != "l" and "I" not in word[1:] and "l" not in word[1:]:
        return ""  # no digit, no I or l where OCR puts one for the other: the usual case
    choices = _look_alike_choices(word)
    if not choices or len(choices) > _MAX_LOOK_ALIKES:
        return ""
    readings = [word]
    for position, letters in choices:
        readings = [
            r[:position] + letter + r[position + 1 :] for r in readings for letter in letters
        ]
    for reading in readings:
        if reading != word and normalize(reading) in index:
            return reading
    return ""


def _look_alike_choices(word: str) -> list[tuple[int, str]]:
    """Positions of characters OCR may have misread, each with the letters it may stand for."""
    letters = [ch for ch in word if ch.isalpha() and ch != "l"]
    in_capitals = len(letters) > 1 and all(ch.isupper() for ch in letters)
    choices = []
    for position, ch in enumerate(word):
        if ch.isdigit():
            read = _DIGIT_LETTERS.get(ch, "")
            choices.append((position, read.upper() if position == 0 or in_capitals else read))
        elif ch == "I" and position and not in_capitals:
            choices.append((position, "l"))
        elif ch == "l" and (in_capitals or position == 0) and len(word) > 1 and word[1] != "l":
            choices.append((position, "I"))
    return choices


_GLUED = re.compile(r"(?:[A-Z][a-z]+){2,}")


def _glued(text: str, known: Container[str]) -> bool:
    """Two or more names run together ("NoemKristi", "OmarIlhan", as extraction leaves
    them when a page sets names in adjacent elements): every capitalised part is a
    ``known`` (gazetteer) word. Such a token is left alone; a garbled brand ("SoftBagnk",
    "MaeBook") has a part that is no gazetteer word.

    >>> names = {"noem", "kristi", "soft", "bank"}
    >>> _glued("NoemKristi", names), _glued("SoftBagnk", names), _glued("Noem", names)
    (True, False, False)
    """
    return bool(_GLUED.fullmatch(text)) and all(
        normalize(part) in known for part in re.findall(r"[A-Z][a-z]+", text)
    )


def _inner_capital(text: str) -> bool:
    """True for a word with a capital after a small letter ("GoBank", "McAdoo")."""
    return any(a.islower() and b.isupper() for a, b in pairwise(text))


def _is_rare(word: _Word, rare: KeysView[str]) -> bool:
    """True when every reading of the word that is an ordinary word is a rare one."""
    return word.norm in rare or (word.stem != word.norm and word.stem in rare)


def _touches_digit(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    return before.isdigit() or after.isdigit()


def _protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted spans of URLs, e-mail addresses, handles, hashtags, code and domains."""
    spans = [
        m.span() for marker, pattern in _PROTECTED if marker in text for m in pattern.finditer(text)
    ]
    spans.extend(_address_spans(text))
    for end in _DOMAIN_END.finditer(text):
        before = _DOMAIN_START.search(text, max(0, end.start() - 253), end.start())
        if before and before.start() < end.start():
            spans.append((before.start(), end.end()))
    return sorted(spans)


def _address_spans(text: str) -> Iterator[tuple[int, int]]:
    r"""The spans of e-mail addresses and @handles: what the pattern
    ``[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@[\w.]+`` finds, found from each "@".

    The pattern itself, tried by ``re`` at every character of a text, cost more than
    the rest of the protected spans together: at each letter it reads the rest of the
    word before failing for want of an "@".

    >>> list(_address_spans("Write to jo.ann+news@mail.example.org or @jo_ann, not a@b"))
    [(9, 37), (41, 48)]
    """
    end = 0  # matches do not overlap
    at = text.find("@")
    while at >= 0:
        if at >= end:
            start = at  # the address's name, as far back as its characters go
            while start > end and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
                start -= 1
            domain = _EMAIL_DOMAIN.match(text, at + 1) if start < at else None
            found = (start, domain.end()) if domain else None
            if found is None and (handle := _HANDLE.match(text, at)):
                found = handle.span()
            if found:
                yield found
                end = found[1]
        at = text.find("@", at + 1)


def _looks_like_acronym(text: str, start: int, end: int, capital_lines: dict[int, bool]) -> bool:
    """Short all-capital words (``text[start:end]``) are acronyms, unless they open a line
    (a dateline such as "BERLIN, March 3 —") or the whole line is in capitals (a headline).

    ``capital_lines`` caches, by line start, whether a line is in capitals.
    """
    if end - start > 5 or not text[start:end].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip():
        return False
    in_capitals = capital_lines.get(line_start)
    if in_capitals is None:
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else None]
        letters = sum(map(str.isalpha, line))
        capitals = sum(map(str.isupper, filter(str.isalpha, line)))
        in_capitals = capital_lines[line_start] = capitals >= 0.8 * letters
    return not in_capitals


_NORM = attrgetter("norm")
_CAPITALIZED = attrgetter("is_capitalized")


def _keys(window: list[_Word]) -> list[tuple[str, ...]]:
    """The window's token spellings, and the same with the last word's plural removed."""
    plain = tuple(w.norm for w in window)
    stemmed = (*plain[:-1], window[-1].stem)
    return [plain] if stemmed == plain else [plain, stemmed]


def _is_repairable_window(window: list[_Word]) -> bool:
    """Whether a window may be a garbled name, its protected words aside."""
    if all(w.known for w in window):
        return False
    if not (window[0].is_capitalized and window[-1].is_capitalized):
        return False
    return all(
        w.is_capitalized or w.norm in SURNAME_PARTICLES or w.norm in NAME_CONNECTORS for w in window
    )


def _far_cost(norm: str, target: str, entry: int, index: NameIndex) -> float | None:
    """The cost of ``norm``, a word of a mention of a multi-word name, from the name's word
    ``target`` when it is beyond its edit budget but within two edits (2.5 from six letters:
    a swap and two other edits), keeps its first letter and is not the word plus or minus
    an ending ("Dakotans"), or one edit away when the shorter has three letters ("Kog");
    else ``None``. The caller also asks that the text spell the whole name right.

    Not for a person's name: beside "Hunter Biden", "Hunter Bodan" may be a relative or a
    namesake (a person's distant surname needs context, rule ``anchored-context``).
    """
    shorter = min(len(norm), len(target))
    if index.kind(entry) == "person":
        return None
    if shorter < _SPELLED_FROM:
        return _spelled_one_edit(norm, target)
    if norm[0] != target[0] or _inflected(norm, target):
        return None
    return _cost_within(norm, target, _SPELLED_LONG_LIMIT if shorter >= 6 else _SPELLED_LIMIT)


def _spelled_one_edit(norm: str, target: str) -> float | None:
    """The cost of a word of three letters or more one edit from the name's word
    ``target``, keeping its first letter and not the word with an ending added or taken
    away ("Hong Kog", "Big Bag", "PC Word"; not "United State"); else ``None``. Only
    for a mention of a multi-word name that the text spells right elsewhere, every
    other word spelled as in the name (the caller's conditions)."""
    if min(len(norm), len(target)) < 3 or norm[0] != target[0] or _inflected(norm, target):
        return None
    return _cost_within(norm, target, 1.0)


# Endings that make one word of another ("State", "States"; "Korea", "Korean";
# "Office", "Officer"): a name's word with one of them is another word, not a garble.
_ENDINGS = frozenset("s es n an ans ns er ers i ian ians ese ic ics ist ists ite ed".split())


def _inflected(a: str, b: str) -> bool:
    """True when one of ``a`` and ``b`` is the other, or the other less its last letter,
    plus an ending ("states"/"state", "italian"/"italy"); "kong" and "kon" are not.

    >>> _inflected("states", "state"), _inflected("italian", "italy"), _inflected("kon", "kong")
    (True, True, False)
    """
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return any(
        longer.startswith(shorter[:cut]) and longer[cut:] in _ENDINGS
        for cut in (len(shorter), len(shorter) - 1)
    )


def _only_first_letter_changed(
    document: _Document, position: int, form: Form, support: int
) -> bool:
    """A short word that differs from a name by its first letter alone is the name's
    garble when that letter sounds like the name's ("Khina", "Drump") or the word begins
    with two letters that begin no word ("Rrump", "Vpple"), the text spells the name
    right twice, and the word stands alone in a text in a language of the word lists.
    Another first letter may make another name ("Zabul" beside "Kabul")."""
    stem = document.words[position].stem
    target = form.tokens[0]
    return (
        stem[1:] == target[1:]
        and (stem[0] + target[0] in _FIRST_SOUND_ALIKES or stem[:2] not in word_starts())
        and _vouched_for(document, position, support)
    )


# First letters that sound alike, so that speech-to-text and spelling by ear swap them.
_FIRST_SOUND_ALIKES = frozenset(
    swapped for pair in "bp bv ck cs dt fv gj gk kq sz".split() for swapped in (pair, pair[::-1])
)


def _far_but_vouched(document: _Document, position: int, form: Form, support: int) -> bool:
    """A lone word two edits from a name is its garble only with more evidence: the text
    spells the name right twice, the word keeps its first and last letters and its length
    within one, and stands alone in a text in a language of the word lists."""
    stem, target = document.words[position].stem, form.tokens[0]
    return (
        stem[0] == target[0]
        and stem[-1] == target[-1]
        and abs(len(stem) - len(target)) <= 1
        and _vouched_for(document, position, support)
    )


def _vouched_for(document: _Document, position: int, support: int) -> bool:
    """The evidence a word far from a name needs: the text spells the name right twice,
    and the word stands alone in a text in a language of the word lists."""
    return support >= 2 and document.lexicon_applies and document.stands_alone(position)


# Letters and letter groups that OCR reads for others of a different shape class: not a
# vowel for a vowel, nor a sound-alike (see _CONFUSABLE in text.py for all confusions).
_MISREAD_LETTERS = frozenset(
    frozenset(pair) for pair in "ce co hn nu bh il lt ij ft fi gq uv".split()
)
_MISREAD_GROUPS = tuple(
    swapped
    for pair in (
        ("rn", "m"),
        ("in", "m"),
        ("ii", "u"),
        ("li", "h"),
        ("il", "h"),
        ("cl", "d"),
        ("vv", "w"),
        ("nn", "m"),
    )
    for swapped in (pair, pair[::-1])
)


def _misread(word: str, name: str) -> bool:
    """True when ``word`` is ``name`` with one letter or letter group misread by OCR for a
    look-alike of another kind ("deuver" for "denver", "cornmission" for "commission"),
    after the first letter (a capital's look-alikes are not a small letter's).

    >>> _misread("deuver", "denver"), _misread("cornmission", "commission")
    (True, True)
    >>> _misread("menet", "manet"), _misread("pavle", "pavel")
    (False, False)
    """
    start = 0
    while start < min(len(word), len(name)) and word[start] == name[start]:
        start += 1
    if start == 0:
        return False  # a capital's look-alikes differ from a small letter's ("B", "H")
    if len(word) == len(name):
        return (
            start < len(word)
            and word[start + 1 :] == name[start + 1 :]
            and frozenset((word[start], name[start])) in _MISREAD_LETTERS
        )
    return any(
        word[start : start + len(seen)] == seen
        and name[start : start + len(meant)] == meant
        and word[start + len(seen) :] == name[start + len(meant) :]
        for seen, meant in _MISREAD_GROUPS
    )


_INSIDE_SLIP_FROM = 7  # letters of both word and name


def _letter_dropped_or_added_inside(word: str, name: str) -> bool:
    """True when ``word`` and ``name``, both of 7+ letters, differ by one letter dropped or
    added inside the word, not doubling its neighbour: "Kentcky", "Jrusalem", "Bagjhdad".
    Names differ at their ends ("Martin", "Martina") or by a doubled letter ("Johanson",
    "Johansson") far more often than by a letter inside.

    >>> _letter_dropped_or_added_inside("kentcky", "kentucky")
    True
    >>> _letter_dropped_or_added_inside("martina", "martin"), _letter_dropped_or_added_inside(
    ...     "johanson", "johansson")
    (False, False)
    """
    if min(len(word), len(name)) < _INSIDE_SLIP_FROM or abs(len(word) - len(name)) != 1:
        return False
    longer, shorter = (word, name) if len(word) > len(name) else (name, word)
    start = 0
    while start < len(shorter) and longer[start] == shorter[start]:
        start += 1
    return (
        0 < start < len(shorter)
        and longer[start + 1 :] == shorter[start:]
        and longer[start] != longer[start - 1]
        and longer[start] != longer[start + 1]
    )


def _slip_or_long(word: str, name: str) -> bool:
    """True when ``word`` differs from ``name`` by slips only, or, in a word of
    8+ letters, by an edit that does not put one vowel for another (two names differ
    by a vowel far more often than by a consonant: "Retherford", "Rutherford")."""
    if only_slips(word, name):
        return True
    if min(len(word), len(name)) < _ANY_EDIT_FROM:
        return False
    return not any(
        op.tag == "replace" and word[op.src_pos] in _VOWELS and name[op.dest_pos] in _VOWELS
        for op in Levenshtein.editops(word, name)
    )


def _cost_within(norm: str, target: str, budget: float) -> float | None:
    """``edit_cost(norm, target)`` when it is within ``budget``, else ``None``.

    A weighted edit costs at least a quarter of a plain one (two paired edits, a swap
    or "rn" for "m", cost 0.5), so a plain distance beyond four budgets, cheap to
    compute in C, rules a pair out without pricing it.
    """
    if Levenshtein.distance(norm, target, score_cutoff=int(4 * budget)) > 4 * budget:
        return None
    word_cost = edit_cost(norm, target, budget)
    return word_cost if word_cost <= budget else None


def _distant_but_plausible(norm: str, target: str) -> bool:
    """A spelling too far for an edit budget that still shares the name's shape."""
    ratio = fuzz.ratio(norm, target) / 100
    return ratio >= 0.6 or (norm[:2] == target[:2] and ratio >= _PLAUSIBLE_RATIO / 100)


_PLAUSIBLE_RATIO = 40  # the least fuzz.ratio of a distant but plausible spelling


def _multi_word_rule(
    exact: int, real: bool, distant: bool, context: list[str], support: int, look_alike: bool
) -> str | None:
    if distant or real:
        strong = len(context) >= 2 or (bool(context) and support > 0)
        if exact and strong:
            return "anchored-context"
        if exact and support and look_alike and not distant:
            return "anchored-look-alike"
        return None
    if exact:
        return "anchored"
    return "close" if _supported(context, support) else None


def _base_language(code: str) -> str:
    """'en-GB' -> 'en'."""
    return code.replace("_", "-").split("-")[0].lower()


def _extends(word: str, target: str, *, extra: int) -> bool:
    """True when ``word`` is ``target`` (less its last letter) plus ``extra`` or more
    letters: a derived word ("americani", "Korean", "Centers"), not a garble of the name.

    >>> _extends("americani", "america", extra=2), _extends("koreans", "korea", extra=2)
    (True, True)
    >>> _extends("statcs", "states", extra=1)
    False
    """
    return len(word) >= len(target) + extra and word.startswith(target[:-1])


def _derived(word: str, name: str) -> bool:
    """True when one of ``word`` and ``name`` is the other plus an ending ("Dakotans",
    "Dakota"): two words, not a garble."""
    return _extends(word, name, extra=1) or _extends(name, word, extra=1)


def _supported(context: list[str], support: int) -> bool:
    """The text names the entity elsewhere, or two of its context phrases are near.

    One context word is not enough: "President" is near many names."""
    return support > 0 or len(context) >= 2


def _candidate(
    start: int,
    end: int,
    form: Form,
    rule: str,
    similarity: float,
    exact_share: float,
    context: list[str],
    support: int,
    details: list[str],
    *,
    plural: bool = False,
    cost: float = 0.0,
    written: str = "",
) -> _Candidate:
    score = (
        0.5 * similarity
        + 0.2 * exact_share
        + 0.15 * min(len(context), 3) / 3
        + 0.15 * min(support, 2) / 2
    )
    evidence = "; ".join(details)
    if context:
        evidence += f"; context: {', '.join(context)}"
    if support:
        evidence += f"; named {support}x elsewhere in the text (within {_EVIDENCE_REACH:,} words)"
    evidence += f"; rule {rule}: {RULES[rule]}"
    return _Candidate(
        start, end, form, rule, round(min(score, 1.0), 3), evidence, plural, cost, written
    )


def _choose(
    candidates: list[_Candidate], document: _Document, index: NameIndex
) -> tuple[list[_Candidate], list[Suspect]]:
    """Pick the best non-overlapping candidates; equally good rivals make a suspect,
    unless every rival spells the same replacement (a city and its canton, a country and
    a state both called "Georgia"): then the text's repair is sure, the best entry gives
    the correction, and its reason names the others."""
    chosen: list[_Candidate] = []
    suspects: list[Suspect] = []
    taken: set[int] = set(document.claimed)
    ranked = sorted(candidates, key=lambda c: (-c.score, -(c.end - c.start), c.start))
    for candidate in ranked:
        span = set(range(candidate.start, candidate.end))
        if span & taken:
            continue
        rivals = [
            c
            for c in ranked
            if (c.start, c.end) == (candidate.start, candidate.end)
            and c.form.entry != candidate.form.entry
            and candidate.score - c.score < _AMBIGUITY_MARGIN
            and c.cost - candidate.cost < 1.0  # a whole edit further away is no rival
        ]
        taken |= span
        if any(_replacement(c) != _replacement(candidate) for c in rivals):
            suspects.append(_suspect(document, candidate, rivals, index))
        elif rivals:
            chosen.append(_with_namesakes(candidate, rivals, index))
        else:
            chosen.append(candidate)
    return chosen, suspects


def _replacement(candidate: _Candidate) -> tuple[str, bool]:
    """What a candidate would write, case aside."""
    return (candidate.written or candidate.form.display).casefold(), candidate.plural


def _with_namesakes(best: _Candidate, rivals: list[_Candidate], index: NameIndex) -> _Candidate:
    """``best``, its reason naming the entries that spell the same and are as close."""
    names = []
    for entry in dict.fromkeys(c.form.entry for c in rivals):
        entry_id = index.entry_id(entry)
        names.append(f"'{index.name(entry)}'" + (f" ({entry_id})" if entry_id else ""))
    evidence = f"{best.evidence}; as close to {', '.join(names)}, spelled the same"
    return replace(best, evidence=evidence)


def _suspect(
    document: _Document, best: _Candidate, rivals: list[_Candidate], index: NameIndex
) -> Suspect:
    start = document.starts[best.start]
    end = document.ends[best.end - 1]
    alternatives = tuple(
        Alternative(entity=index.name(c.form.entry), replacement=c.form.display, score=c.score)
        for c in [best, *rivals]
    )
    names = " or ".join(f"'{a.entity}'" for a in alternatives)
    return Suspect(
        start=start,
        end=end,
        text=document.text[start:end],
        alternatives=alternatives,
        reason=f"as close to {names}",
    )


def _shift_suspects(suspects: list[Suspect], corrections: list[Correction]) -> list[Suspect]:
    shifted = []
    for suspect in suspects:
        shift = sum(
            len(c.replacement) - len(c.original)
            for c in corrections
            if c.original_start < suspect.start
        )
        shifted.append(
            suspect.model_copy(update={"start": suspect.start + shift, "end": suspect.end + shift})
        )
    return sorted(shifted, key=lambda s: s.start)
