"""Tell photo captions and credits from story paragraphs.

A caption is not part of the story, and it is not site chrome either: it describes a
picture that belongs to the article. newsmend takes captions out of the text and
returns them as :attr:`newsmend.Article.captions`, where their names are repaired like
the story's.

A paragraph is a caption when the page marks it as one (``<figcaption>``, a class or
id that says "caption"; see :func:`newsmend.extract.marked_captions`) or when its
*shape* says so, which matters in flat layouts that mark nothing:

- it ends with a photo credit in parentheses, "(Evan Vucci / The Associated Press)",
  "(AP Photo/Jane Doe)", "(Foto: dpa)";
- it ends with a labelled credit after a sentence, "Photo: Jane Doe/Reuters",
  "Crédit photo : AFP", "Bild: dpa", "Foto: EFE";
- it ends with a bare credit after a sentence, "Jane Doe/Getty Images";
- it starts with a caption label, "Photo:", "Pictured:", "Foto:", "Imagen:".

A credit is *name-shaped*: capitalised words, agency names, slashes and particles, no
ordinary lower-case words. So a story sentence that ends "he told Reuters." or quotes
a photographer stays in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsmend.chrome import SENTENCE_END, normalize

__all__ = ["MAX_CAPTION_WORDS", "caption_flags", "is_caption_text", "is_credit", "split_captions"]

MAX_CAPTION_WORDS = 100
"""A paragraph longer than this is story, whatever it ends with."""
MAX_CREDIT_WORDS = 12
MIN_SLASH_CREDIT_WORDS = 3
""""Jane Doe/Reuters" is a credit; "Reuters/AFP" may be a story's attribution."""

_LABELS = (
    r"photos?|photograph|photography|picture|pictures|image|images|credit|photo credit|"
    r"foto|fotos|fotograf[íi]a|imagen|im[áa]genes|bild|bilder|bildquelle|"
    r"cr[ée]dits?|cr[ée]dit photo|cr[ée]dits photos?|illustration|ilustraci[óo]n"
)
_LEAD_LABELS = (
    r"photos?|photograph|pictured|above|image|foto|fotos|fotograf[íi]a|imagen|"
    r"cr[ée]dit photo|illustration|ilustraci[óo]n|en (?:la )?imagen|sur (?:la|notre) photo|"
    r"auf dem bild|im bild"
)
PHOTO_WORDS = frozenset(
    {
        *("photo", "photos", "photograph", "photographer", "picture", "image", "images"),
        *("foto", "fotos", "fotografía", "fotografia", "imagen", "bild", "bilder"),
        *("crédit", "credit", "crédits", "credits", "courtesy", "file", "archives", "archivo"),
        *("archiv", "handout", "pool", "getty", "shutterstock", "istock", "istockphoto"),
        *("alamy", "imago", "keystone", "sipa", "abaca", "zuma", "bloomberg"),
    }
)
"""Words that make a parenthesised, name-shaped group a photo credit."""
AGENCY_WORDS = frozenset(
    {
        *("ap", "afp", "dpa", "epa", "efe", "reuters", "ansa", "kyodo", "xinhua", "anp"),
        *("belga", "apa", "sda", "ats", "tass", "yonhap", "getty", "shutterstock"),
    }
)
"""Agencies that write their names in lower case ("dpa") or that credit photos alone."""
CREDIT_PARTICLES = frozenset(
    {
        *("via", "for", "the", "of", "and", "by", "de", "du", "des", "la", "le", "les"),
        *("et", "van", "von", "der", "den", "di", "da", "del", "y", "und", "für", "pour"),
        *("para", "/", "|", "-", "–", "—", "&", ",", "©", "(c)"),
    }
)
STOCK_CREDIT_NAMES = (
    *("getty images", "ap photo", "shutterstock", "istock", "istockphoto", "alamy", "imago"),
    *("picture alliance", "epa-efe", "afp photo", "reuters photo", "dpa-bildfunk"),
)
STOCK_CREDITS = re.compile(
    rf"\b(?:{'|'.join(map(re.escape, STOCK_CREDIT_NAMES))})\b",
    re.IGNORECASE,
)

_PARENTHESISED_CREDIT = re.compile(r"\(([^()]{2,120})\)\s*\.?\s*$")
_LABELLED_CREDIT = re.compile(
    rf"(?:^|(?<=[{re.escape(SENTENCE_END)}])\s+|\s[|–—-]\s+)(?:{_LABELS})\s?:\s*([^:]+?)\s*\.?\s*$",
    re.IGNORECASE,
)
_LEAD_LABEL = re.compile(rf"^(?:{_LEAD_LABELS})\s?:\s+\S", re.IGNORECASE)
_TRAILING_SEGMENT = re.compile(
    rf"(?:(?<=[{re.escape(SENTENCE_END)}])\s+|\s[|–—]\s+)([^{re.escape(SENTENCE_END)}|–—]+?)\s*\.?\s*$"
)
_CREDIT_TOKENS = re.compile(r"[/|&,©]|[^\s/|&,©]+")


def is_credit(text: str) -> bool:
    """Tell whether a short text is shaped like a photo credit: names, agencies, slashes.

    >>> is_credit("Evan Vucci / The Associated Press")
    True
    >>> is_credit("he told Reuters")
    False
    """
    named = 0
    for match in _CREDIT_TOKENS.finditer(text):
        token = match.group()
        if token.casefold() in CREDIT_PARTICLES:
            continue
        named += 1
        if named > MAX_CREDIT_WORDS or not _is_credit_word(token):
            return False  # stops at the first word of prose
    return named > 0


def _is_credit_word(token: str) -> bool:
    folded = token.casefold().strip(".:")
    return (
        token[0].isupper()
        or token[0].isdigit()
        or folded in PHOTO_WORDS
        or folded in AGENCY_WORDS
        or folded in CREDIT_PARTICLES
    )


def _words(text: str) -> list[str]:
    return [t for t in _CREDIT_TOKENS.findall(text) if t.casefold() not in CREDIT_PARTICLES]


def _says_photo(text: str) -> bool:
    folded = {word.casefold().strip(".:") for word in _words(text)}
    return bool(folded & PHOTO_WORDS) or _names_stock_credit(text)


def _names_stock_credit(text: str) -> bool:
    """A stock agency's name in the text: a quick look for the names, then the regex."""
    lowered = text.lower()
    return any(name in lowered for name in STOCK_CREDIT_NAMES) and bool(STOCK_CREDITS.search(text))


def _is_slash_credit(text: str) -> bool:
    return "/" in text and len(_words(text)) >= MIN_SLASH_CREDIT_WORDS


def _ends_with_parenthesised_credit(paragraph: str) -> bool:
    match = _PARENTHESISED_CREDIT.search(paragraph)
    if match is None:
        return False
    inner = match.group(1)
    return is_credit(inner) and (_says_photo(inner) or _is_slash_credit(inner))


def _ends_with_labelled_credit(paragraph: str) -> bool:
    if ":" not in paragraph:
        return False
    match = _LABELLED_CREDIT.search(paragraph)
    return match is not None and is_credit(match.group(1))


def _ends_with_bare_credit(paragraph: str) -> bool:
    if "/" not in paragraph and not _names_stock_credit(paragraph):
        return False  # what the segment must hold, looked for in the whole paragraph first
    match = _TRAILING_SEGMENT.search(paragraph)
    if match is None:
        return False
    segment = match.group(1)
    if not is_credit(segment):
        return False
    return _names_stock_credit(segment) or _is_slash_credit(segment)


def is_caption_text(paragraph: str) -> bool:
    """Tell a photo caption or credit line from a story paragraph by its shape alone.

    >>> is_caption_text("Trump in New York on Tuesday. (AP Photo/Evan Vucci)")
    True
    >>> is_caption_text("The photographer, Evan Vucci, said he waited an hour.")
    False
    """
    text = paragraph.strip()
    if not text or len(text.split()) > MAX_CAPTION_WORDS:
        return False
    if _LEAD_LABEL.match(text):
        return True
    if is_credit(text) and (_names_stock_credit(text) or _is_slash_credit(text)):
        return True
    return (
        _ends_with_parenthesised_credit(text)
        or _ends_with_labelled_credit(text)
        or _ends_with_bare_credit(text)
    )


def split_captions(
    paragraphs: Sequence[str], marked: Iterable[str] = ()
) -> tuple[list[str], list[str]]:
    """Separate photo captions from the story, keeping both in page order.

    Args:
        paragraphs: Extracted paragraphs, in page order.
        marked: The texts of the elements the page marks as captions (``<figcaption>``,
            class "wp-caption-text" ...). A paragraph is one of them when it is the same
            text, or a part of one that is at least half of it or follows a caption
            (an extractor may split a caption from its credit).

    Returns:
        The story's paragraphs and the captions.

    >>> split_captions(["Rain fell all day.", "Paris in the rain. (AP Photo/Jane Doe)"])
    (['Rain fell all day.'], ['Paris in the rain. (AP Photo/Jane Doe)'])
    """
    flags = caption_flags(paragraphs, marked)
    story = [paragraph for paragraph, caption in zip(paragraphs, flags, strict=True) if not caption]
    captions = [paragraph for paragraph, caption in zip(paragraphs, flags, strict=True) if caption]
    return story, captions


def caption_flags(paragraphs: Sequence[str], marked: Iterable[str] = ()) -> list[bool]:
    """For each paragraph, whether :func:`split_captions` takes it for a caption.

    >>> caption_flags(["Rain fell all day.", "Paris in the rain. (AP Photo/Jane Doe)"])
    [False, True]
    """
    known = [f" {n} " for n in {normalize(text) for text in marked} if n]
    flags: list[bool] = []
    previous_was_caption = False
    for paragraph in paragraphs:
        caption = _is_marked(paragraph, known, previous_was_caption) or is_caption_text(paragraph)
        flags.append(caption)
        previous_was_caption = caption
    return flags


def _is_marked(paragraph: str, known: list[str], follows_caption: bool) -> bool:
    if not known:
        return False
    folded = normalize(paragraph)
    if not folded:
        return False
    needle = f" {folded} "
    return any(
        needle == caption
        or (needle in caption and (follows_caption or 2 * len(needle) >= len(caption)))
        for caption in known
    )
