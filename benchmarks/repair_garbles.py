"""Name repair on names we garble ourselves in real article text.

The data is not ours and is not in this repository: pass the path of the
article-extraction-benchmark's ``ground-truth.json``::

    python benchmarks/repair_garbles.py /path/to/ground-truth.json > garbles.md

How it works (every random choice uses a fixed seed):

1. Texts: the 181 ``articleBody`` texts, sorted by item id.
2. The gazetteer of names in those texts is the union of
   * every default-gazetteer entry (kind, aliases and context kept) with a form
     (name, alias or a person's unique surname) spelled exactly in some text, and
   * every maximal run of 2 or 3 capitalised tokens that occurs at least twice in the
     corpus and is not already covered, a leading sentence-opening common word
     removed ("The", "But"); kind ``person`` when its first word is the first name
     of a person in the default gazetteer, else ``other``; no context.
   Single words are only taken from the default gazetteer: one capitalised word seen
   twice is too often an ordinary word opening a sentence.
3. Occurrences: every longest exact match of a gazetteer form in the texts.
   Only capitalised matches count (every word capitalised or a particle such as "of",
   "de", "van"), and a single common word opening a sentence is skipped.
4. For each noise type, a separate pass garbles one word (four letters or more,
   chosen at random) in a seeded 25% of the occurrences, then repairs every text with
   the gazetteer above. An occurrence with no word of four letters is not garbled.
5. Recall: garbled occurrences whose span came back as the original spelling (up to
   case and accents). Precision: of all changes made in the pass, the share that
   restored a garbled occurrence. Per noise type and overall (all passes pooled).
6. False changes on the untouched texts: changed tokens per 10,000 tokens (tokens as
   the repairer cuts them), with this gazetteer and with ``Gazetteer.default()``; and
   with the default gazetteer on the bodies joined into one text, where the names of
   every article are evidence for every other: a stress test of repairs made on "the
   text names the entity elsewhere" (a long document, a digest of many stories).

Noise types: ``ocr`` (rn/m, li/h, e/c, h/n, l/I, u/n, cl/d, vv/w), ``ocr-digit``
(l/1, I/1, O/0, S/5: OCR that puts a digit inside a word), ``deletion``,
``insertion`` and ``substitution`` (a neighbouring key on a QWERTY keyboard),
``transposition`` (two adjacent letters), ``sound`` (ph/f, y/i, k/c, ck/k, s/z, v/w,
a doubled or undoubled letter), ``first-letter`` (the first letter replaced, by a
sound-alike when there is one: C/K, G/J, S/Z), ``two-edits`` (two random typos in one
word). Typos never touch the first letter except in ``first-letter``.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from _common import (
    Change,
    apply_changes,
    changed_tokens,
    changes_of,
    clip,
    count_tokens,
    load_articles,
    machine,
    name_key,
    overlapping,
    share,
    span_after,
    table,
)
from wordfreq import zipf_frequency

from newsmend.gazetteer import Entry, Gazetteer
from newsmend.index import SURNAME_PARTICLES
from newsmend.repair import NameRepairer
from newsmend.text import Token, tokenize

SEED = 7
GARBLE_SHARE = 0.25
MIN_RUN_COUNT = 2
SENTENCE_OPENER_ZIPF = 4.0

# -- the gazetteer of names in the texts -----------------------------------------------


def ngram_matches(
    tokens: list[Token], lookup: Callable[[tuple[str, ...]], bool], longest: int
) -> list[tuple[int, int]]:
    """Longest non-overlapping token windows ``[i, j)`` for which ``lookup`` is true."""
    found, i = [], 0
    while i < len(tokens):
        for j in range(min(len(tokens), i + longest), i, -1):
            if lookup(tuple(t.norm for t in tokens[i:j])):
                found.append((i, j))
                i = j
                break
        else:
            i += 1
    return found


def capitalised_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    previous: Token | None = None
    for token in tokens:
        if token.is_capitalized and not _touches_digit(text, token):
            joined = previous is not None and text[previous.end : token.start] in {" ", "-"}
            if joined and runs and runs[-1][-1] is previous:
                runs[-1].append(token)
            else:
                runs.append([token])
        previous = token
    return runs


def _touches_digit(text: str, token: Token) -> bool:
    return (token.start and text[token.start - 1].isdigit()) or (
        token.end < len(text) and text[token.end].isdigit()
    )


def _opens_sentence(text: str, token: Token) -> bool:
    before = text[: token.start].rstrip(" \"'“‘(")
    return not before or before[-1] in ".!?\n:"


def build_gazetteer(texts: list[str]) -> tuple[Gazetteer, Counter[str]]:
    default = Gazetteer.default()
    index = default.index
    used: set[int] = set()
    for text in texts:
        tokens = tokenize(text)
        for i, j in ngram_matches(tokens, index.has_exact, index.max_tokens):
            used.update(f.entry for f in index.exact(tuple(t.norm for t in tokens[i:j])))
    entries = [default.entries[i] for i in sorted(used)]
    known = {name_key(s) for e in entries for s in (e.name, *e.aliases)}
    first_names = {
        tokenize(e.name)[0].text for e in default.entries if e.kind == "person" and " " in e.name
    }
    runs: Counter[str] = Counter()
    for text in texts:
        for run in capitalised_runs(text, tokenize(text)):
            if (
                len(run) > 1
                and _opens_sentence(text, run[0])
                and zipf_frequency(run[0].text.lower(), "en") >= SENTENCE_OPENER_ZIPF
            ):
                run = run[1:]
            if 2 <= len(run) <= 3:
                runs[text[run[0].start : run[-1].end]] += 1
    learned = []
    for name, count in sorted(runs.items()):
        if count >= MIN_RUN_COUNT and name_key(name) not in known:
            first = tokenize(name)[0].text
            kind = "person" if first in first_names else "other"
            learned.append(Entry(name=name, kind=kind))
            known.add(name_key(name))
    sources = Counter({"default entries found in the texts": len(entries), "learned runs": 0})
    sources["learned runs"] = len(learned)
    sources["learned runs of kind person"] = sum(e.kind == "person" for e in learned)
    return Gazetteer([*entries, *learned]), sources


# -- the noise model ---------------------------------------------------------------------

KEYBOARD = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(KEYBOARD):
    for _c, _ch in enumerate(_row):
        near = [_row[_c - 1] if _c else "", _row[_c + 1] if _c + 1 < len(_row) else ""]
        for _dr in (-1, 1):
            if 0 <= _r + _dr < len(KEYBOARD):
                other = KEYBOARD[_r + _dr]
                near += [other[k] for k in (_c - 1, _c, _c + 1) if 0 <= k < len(other)]
        NEIGHBOURS[_ch] = "".join(n for n in near if n)

OCR_SWAPS = [
    ("rn", "m"),
    ("m", "rn"),
    ("li", "h"),
    ("h", "li"),
    ("e", "c"),
    ("c", "e"),
    ("h", "n"),
    ("n", "h"),
    ("l", "I"),
    ("I", "l"),
    ("u", "n"),
    ("n", "u"),
    ("d", "cl"),
    ("w", "vv"),
]
DIGIT_SWAPS = [("l", "1"), ("I", "1"), ("O", "0"), ("o", "0"), ("S", "5")]
SOUND_SWAPS = [
    ("ph", "f"),
    ("f", "ph"),
    ("y", "i"),
    ("i", "y"),
    ("k", "c"),
    ("c", "k"),
    ("ck", "k"),
    ("s", "z"),
    ("z", "s"),
    ("v", "w"),
    ("w", "v"),
]
FIRST_SOUNDS = {"C": "K", "K": "C", "G": "J", "J": "G", "S": "Z", "Z": "S", "F": "P", "P": "F"}


def _swap(word: str, rng: random.Random, swaps: list[tuple[str, str]]) -> str | None:
    options = [
        (i, old, new)
        for old, new in swaps
        for i in (m.start() for m in re.finditer(re.escape(old), word))
        if i > 0 or old.isupper()
    ]
    if not options:
        return None
    i, old, new = rng.choice(options)
    return word[:i] + new + word[i + len(old) :]


def _position(word: str, rng: random.Random) -> int:
    return rng.randrange(1, len(word))


def _keyboard(ch: str, rng: random.Random) -> str:
    near = NEIGHBOURS.get(ch.lower(), "aeiou")
    new = rng.choice(near)
    return new.upper() if ch.isupper() else new


def deletion(word: str, rng: random.Random) -> str | None:
    i = _position(word, rng)
    return word[:i] + word[i + 1 :]


def insertion(word: str, rng: random.Random) -> str | None:
    i = _position(word, rng)
    return word[:i] + _keyboard(word[i], rng).lower() + word[i:]


def substitution(word: str, rng: random.Random) -> str | None:
    i = _position(word, rng)
    return word[:i] + _keyboard(word[i], rng) + word[i + 1 :]


def transposition(word: str, rng: random.Random) -> str | None:
    options = [i for i in range(1, len(word) - 1) if word[i] != word[i + 1]]
    if not options:
        return None
    i = rng.choice(options)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def ocr(word: str, rng: random.Random) -> str | None:
    return _swap(word, rng, OCR_SWAPS)


def ocr_digit(word: str, rng: random.Random) -> str | None:
    return _swap(word, rng, DIGIT_SWAPS)


def sound(word: str, rng: random.Random) -> str | None:
    options = [lambda: _swap(word, rng, SOUND_SWAPS)]
    doubled = [i for i in range(1, len(word) - 1) if word[i] == word[i + 1]]
    if doubled:
        options.append(lambda: (lambda i: word[:i] + word[i + 1 :])(rng.choice(doubled)))
    singles = [i for i in range(1, len(word)) if word[i] not in "aeiouy" and word[i].isalpha()]
    if singles:
        options.append(lambda: (lambda i: word[: i + 1] + word[i:])(rng.choice(singles)))
    for _ in range(4):
        garbled = rng.choice(options)()
        if garbled:
            return garbled
    return None


def first_letter(word: str, rng: random.Random) -> str | None:
    first = word[0]
    new = FIRST_SOUNDS.get(first.upper()) or rng.choice(
        [c for c in "BCDFGHJKLMNPRSTVW" if c != first.upper()]
    )
    new = new if first.isupper() else new.lower()
    return new + word[1:]


def two_edits(word: str, rng: random.Random) -> str | None:
    typos = [deletion, insertion, substitution, transposition]
    garbled = rng.choice(typos)(word, rng)
    return rng.choice(typos)(garbled, rng) if garbled and len(garbled) > 2 else None


NOISE: dict[str, Callable[[str, random.Random], str | None]] = {
    "ocr": ocr,
    "ocr-digit": ocr_digit,
    "deletion": deletion,
    "insertion": insertion,
    "substitution": substitution,
    "transposition": transposition,
    "sound": sound,
    "first-letter": first_letter,
    "two-edits": two_edits,
}

# -- garbling texts ----------------------------------------------------------------------


@dataclass(frozen=True)
class Garble:
    start: int  # the occurrence's span in the garbled text
    end: int
    original: str  # the occurrence as written
    garbled: str  # the occurrence after garbling


def occurrences(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Exact, capitalised mentions of gazetteer forms: "apple" is not Apple, and a common
    word opening a sentence ("Sale", "Back") is not taken for a name."""
    index = gazetteer.index
    tokens = tokenize(text)
    found = ngram_matches(tokens, index.has_exact, index.max_tokens)
    spans = []
    for i, j in found:
        words = tokens[i:j]
        if not (words[0].is_capitalized and words[-1].is_capitalized):
            continue
        if not all(w.is_capitalized or w.norm in SURNAME_PARTICLES | {"of", "the"} for w in words):
            continue
        if len(words) == 1 and _opens_sentence(text, words[0]) and _common(words[0].text):
            continue
        spans.append((words[0].start, words[-1].end))
    return spans


def _common(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") >= SENTENCE_OPENER_ZIPF


def garble_text(
    text: str,
    spans: list[tuple[int, int]],
    noise: Callable[[str, random.Random], str | None],
    rng: random.Random,
) -> tuple[str, list[Garble]]:
    pieces, garbles, cursor, shift = [], [], 0, 0
    for start, end in spans:
        if rng.random() >= GARBLE_SHARE:
            continue
        original = text[start:end]
        words = [t for t in tokenize(original) if len(t.text) >= 4]
        if not words:
            continue
        word = rng.choice(words)
        garbled_word = noise(word.text, rng)
        if not garbled_word or garbled_word == word.text:
            continue
        garbled = original[: word.start] + garbled_word + original[word.end :]
        pieces.append(text[cursor:start])
        pieces.append(garbled)
        cursor = end
        garbles.append(Garble(start + shift, start + shift + len(garbled), original, garbled))
        shift += len(garbled) - len(original)
    pieces.append(text[cursor:])
    return "".join(pieces), garbles


# -- measuring -----------------------------------------------------------------------------


@dataclass
class PassResult:
    garbled: int = 0
    restored: int = 0
    changes: int = 0
    good_changes: int = 0
    suspects: int = 0
    extra_s: int = 0  # restored but for a plural "s" added to a name that ends in "s"


def run_pass(
    texts: list[str],
    gazetteer: Gazetteer,
    noise_name: str,
    examples: dict[str, list[str]],
) -> PassResult:
    repairer = NameRepairer(gazetteer)
    rng = random.Random(f"{SEED}-{noise_name}")
    result = PassResult()
    for text in texts:
        garbled_text, garbles = garble_text(
            text, occurrences(text, gazetteer), NOISE[noise_name], rng
        )
        repaired = repairer.repair(garbled_text)
        changes = changes_of(repaired)
        new_text = apply_changes(garbled_text, changes)
        good: set[Change] = set()
        for g in garbles:
            result.garbled += 1
            touching = overlapping(changes, g.start, g.end)
            # A change may reach past the garble ("Xi Jiping" for the garbled "Jiping"):
            # the text around the garble must then read as it did before garbling.
            wide_start = min([g.start, *(c.start for c in touching)])
            wide_end = max([g.end, *(c.end for c in touching)])
            before = (
                garbled_text[wide_start : g.start] + g.original + garbled_text[g.end : wide_end]
            )
            new_start, new_end = span_after(changes, wide_start, wide_end)
            if touching and name_key(new_text[new_start:new_end]) == name_key(before):
                result.restored += 1
                good.update(touching)
                continue
            suspect = any(s.start < g.end and g.start < s.end for s in _suspects_before(repaired))
            result.suspects += suspect
            if touching and name_key(new_text[new_start:new_end]) == name_key(before + "s"):
                result.extra_s += 1
            if touching:
                made = "; ".join(f"-> '{c.replacement}' [{c.reason}]" for c in touching)
                examples["wrong repair"].append(
                    f"{noise_name}: '{g.garbled}' (was '{g.original}') {made}"
                )
            else:
                note = " (suspect)" if suspect else ""
                examples["missed"].append(
                    f"{noise_name}: '{g.garbled}' expected '{g.original}'{note}"
                )
        result.changes += len(changes)
        result.good_changes += len(good)
        for change in changes:
            if change not in good and not any(
                g.start < change.end and change.start < g.end for g in garbles
            ):
                examples["false change"].append(
                    f"{noise_name}: {clip(garbled_text, change.start, change.end)} -> "
                    f"'{change.replacement}' [{change.reason}]"
                )
    return result


def _suspects_before(repaired: object) -> list[tuple[int, int]]:
    """Suspect spans in offsets of the text before repair (corrections shift them)."""
    spans = []
    for suspect in repaired.suspects:  # type: ignore[attr-defined]
        shift = sum(
            len(c.replacement) - len(c.original)
            for c in repaired.corrections  # type: ignore[attr-defined]
            if c.start < suspect.start
        )
        spans.append(_Span(suspect.start - shift, suspect.end - shift))
    return spans


@dataclass(frozen=True)
class _Span:
    start: int
    end: int


def clean_changes(texts: list[str], gazetteer: Gazetteer) -> tuple[int, int, list[str], float]:
    repairer = NameRepairer(gazetteer)
    repairer.repair("Warm-up.")
    tokens, changed, rows = 0, 0, []
    began = time.perf_counter()
    for text in texts:
        tokens += count_tokens(text)
        for change in changes_of(repairer.repair(text)):
            changed += changed_tokens(change)
            rows.append(
                f"{clip(text, change.start, change.end)} -> '{change.replacement}' "
                f"[{change.reason}]"
            )
    return tokens, changed, rows, time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ground_truth", help="path of ground-truth.json")
    parser.add_argument("--examples", type=int, default=15, help="examples per failure kind")
    args = parser.parse_args()

    texts = [body for _, body in load_articles(args.ground_truth)]
    gazetteer, sources = build_gazetteer(texts)
    print(f"# Name repair on garbled names in real text\n\n{machine()}\n")
    print(
        f"{len(texts)} texts, {sum(count_tokens(t) for t in texts):,} tokens; gazetteer of "
        f"{len(gazetteer):,} names ("
        + ", ".join(f"{k}: {v}" for k, v in sources.items())
        + f"); {sum(len(occurrences(t, gazetteer)) for t in texts):,} name occurrences.\n"
    )

    examples: dict[str, list[str]] = defaultdict(list)
    rows, total = [], PassResult()
    for noise_name in NOISE:
        before = {k: len(examples[k]) for k in ("missed", "wrong repair", "false change")}
        r = run_pass(texts, gazetteer, noise_name, examples)
        for key, count in before.items():  # keep a few examples of every noise type
            del examples[key][count + args.examples :]
        for field_name in vars(total):
            setattr(total, field_name, getattr(total, field_name) + getattr(r, field_name))
        rows.append(_row(noise_name, r))
    rows.append(_row("**all**", total))
    print(
        table(
            [
                "noise",
                "garbled",
                "recall",
                "precision",
                "changes",
                "misses flagged as suspects",
                "wrong only by an extra plural 's'",
            ],
            rows,
        )
    )
    print("\nTargets: recall >= 0.90, precision >= 0.98.\n")

    clean_rows = []
    clean_examples = {}
    # The bodies as one text: every article's names are then evidence in every other
    # ("named elsewhere in the text"), as in a long document or a digest of many stories.
    as_one = ["\n\n".join(texts)]
    for label, gz, bodies in (
        ("names in the texts", gazetteer, texts),
        ("default", Gazetteer.default(), texts),
        ("default, the bodies as one text", Gazetteer.default(), as_one),
    ):
        tokens, changed, found, seconds = clean_changes(bodies, gz)
        clean_rows.append(
            [label, len(gz), tokens, changed, f"{10000 * changed / tokens:.2f}", f"{seconds:.1f}"]
        )
        clean_examples[label] = found
    print("## Untouched texts\n")
    print(
        table(
            ["gazetteer", "entries", "tokens", "changed tokens", "per 10,000", "seconds"],
            clean_rows,
        )
    )
    print("\nTarget: at most 1 changed token per 10,000.\n")
    rng = random.Random(SEED)
    for label, found in clean_examples.items():
        print(f"### Changes on untouched texts, gazetteer: {label} ({len(found)})\n")
        print("\n".join(f"- {row}" for row in found))
        print()
    for key in ("missed", "wrong repair", "false change"):
        found = examples.get(key, [])
        picked = sorted(rng.sample(range(len(found)), min(len(found), 4 * args.examples)))
        print(f"### {key} (sample of {len(picked)}; examples of every noise type)\n")
        print("\n".join(f"- {found[i]}" for i in picked))
        print()


def _row(label: str, r: PassResult) -> list[object]:
    return [
        label,
        r.garbled,
        share(r.restored, r.garbled),
        share(r.good_changes, r.changes),
        r.changes,
        share(r.suspects, r.garbled - r.restored),
        r.extra_s,
    ]


if __name__ == "__main__":
    main()
