"""Render an :class:`~newsmend.model.Article` as Markdown.

The article's text keeps paragraphs but not markup, so headings are recognised by
shape and position: a short line that does not end like a sentence, followed by a
paragraph of prose, is a section heading (``##``). The title is the ``#`` heading.
Characters that would make a paragraph start a Markdown list, quote or heading are
escaped, so the text reads back as the same paragraphs.
"""

from __future__ import annotations

import re

from newsmend.chrome import ends_sentence, is_prose, words
from newsmend.model import Article

__all__ = ["to_markdown"]

MAX_HEADING_WORDS = 12
_BLOCK_START = re.compile(r"^(\s*)([#>*+-]|\d+[.)])(?=\s|$)")


def to_markdown(article: Article) -> str:
    """The article as Markdown: ``#`` title, ``##`` section headings, paragraphs.

    >>> article = Article(title="Rain", text="Rain fell in Paris all day on Monday, "
    ...     "flooding streets.\\n\\nWhat comes next\\n\\nForecasters expect more rain "
    ...     "on Tuesday and Wednesday, and floods in the south.", extracted_text="")
    >>> print(to_markdown(article))
    # Rain
    <BLANKLINE>
    Rain fell in Paris all day on Monday, flooding streets.
    <BLANKLINE>
    ## What comes next
    <BLANKLINE>
    Forecasters expect more rain on Tuesday and Wednesday, and floods in the south.
    <BLANKLINE>
    """
    paragraphs = [p.strip() for p in article.text.split("\n\n") if p.strip()]
    blocks = [f"# {_escape_inline(article.title)}"] if article.title else []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if is_heading(paragraph, following):
            blocks.append(f"## {_escape_inline(paragraph)}")
        else:
            blocks.append(_escape_block(paragraph))
    return "\n\n".join(blocks) + "\n"


def is_heading(paragraph: str, following: str | None) -> bool:
    """Tell a section heading from a short paragraph, a list item or a closing line.

    A heading is short, starts with a capital or a digit, does not end like a sentence
    or a lead-in (``,;:``), and is followed by a paragraph of prose.

    >>> story = "Forecasters expect rain on Tuesday and floods in the south on Wednesday."
    >>> is_heading("What comes next", story)
    True
    >>> is_heading("Milk", "Eggs")
    False
    """
    return (
        following is not None
        and 0 < len(words(paragraph)) <= MAX_HEADING_WORDS
        and (paragraph[0].isupper() or paragraph[0].isdigit())
        and not ends_sentence(paragraph)
        and paragraph[-1] not in ",;:"
        and is_prose(following)
    )


def _escape_block(paragraph: str) -> str:
    r"""Escape what would start a Markdown block: ``#``, ``>``, a list marker.

    >>> _escape_block("1. First")
    '1\\. First'
    """
    escaped = _escape_inline(paragraph)
    return _BLOCK_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), escaped)


def _escape_marker(marker: str) -> str:
    return marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker


def _escape_inline(text: str) -> str:
    """Escape the characters that would turn into emphasis, code or links."""
    return re.sub(r"([\\`*_\[\]<])", r"\\\1", text)
