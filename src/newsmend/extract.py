"""Turn raw HTML into article text and metadata, on top of trafilatura.

trafilatura finds the main content well on modern layouts but, left alone, it drops
photo captions and short lines that sit between the story's paragraphs, glues
``<br><br>`` paragraphs of old table layouts into one table row, and keeps chrome
that lives inside the content container. :func:`extract` therefore normalises the
markup first (:func:`normalize_markup`), runs trafilatura with the settings that
measured best (``favor_precision=True, include_comments=False``), splits its output
into paragraphs and hands them to :func:`newsmend.chrome.strip_chrome`.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

import lxml.etree
import lxml.html
import trafilatura
from pydantic import BaseModel, ConfigDict

from newsmend.chrome import MIN_PROSE_CHARS, MIN_PROSE_WORDS
from newsmend.chrome import strip_chrome as strip_chrome_lines
from newsmend.errors import ExtractionError, InvalidInput, NoArticleContent
from newsmend.model import Removal

__all__ = ["Extracted", "extract", "normalize_markup"]

LAYOUT_TABLE_PARTS = frozenset({"table", "thead", "tbody", "tfoot", "tr", "td", "th"})
BLOCK_TAGS = LAYOUT_TABLE_PARTS | {
    *("address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt"),
    *("fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "li", "main"),
    *("nav", "ol", "p", "pre", "section", "ul", "h1", "h2", "h3", "h4", "h5", "h6"),
}
INLINE_WRAPPERS = frozenset(
    {"a", "b", "big", "center", "em", "font", "i", "small", "span", "strong", "u"}
)
LAYOUT_CELL_CHARS = 500
"""A table cell holding this much text is page layout, not tabular data."""

PARSER_OPTIONS = {"remove_comments": True, "remove_pis": True, "collect_ids": False}
"""As trafilatura parses: comments left in the tree make it lose the text after them."""
DATE_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="date" or @name="dc.date"]/@content',
    "//time[@datetime]/@datetime",
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:;|,|&|\band\b|\bet\b|\bund\b|\by\b)\s*")
_BYLINE_PREFIX = re.compile(r"^(?:by|par|von|por)\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


class Extracted(BaseModel):
    """What :func:`extract` found on a page.

    Attributes:
        title: The headline, from the page's metadata or its ``<h1>``.
        text: The article's paragraphs separated by blank lines, chrome removed.
        authors: Author names, bylines stripped of "By".
        published: Publication time, timezone-aware when the page states the zone.
        site_name: The publisher's name.
        language: The primary language subtag ("en"), declared or detected.
        description: The page's own summary.
        removed: Every chrome paragraph removed, with the rule that removed it.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str | None = None
    text: str
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    removed: tuple[Removal, ...] = ()


def extract(html: str | bytes, url: str | None = None, *, strip_chrome: bool = True) -> Extracted:
    """Extract the article from a page's markup.

    Args:
        html: The page's markup; bytes are decoded as the page declares.
        url: Where the page came from, used in error messages and metadata.
        strip_chrome: Apply the rules of :mod:`newsmend.chrome` to the paragraphs.

    Returns:
        The article's text, metadata, and the chrome that was removed.

    Raises:
        InvalidInput: ``html`` is neither str nor bytes.
        ExtractionError: The markup cannot be parsed.
        NoArticleContent: The page holds no article text: no paragraph is longer than a label.
    """
    tree = parse_html(html, url)
    normalize_markup(tree)
    document = _run_trafilatura(tree, url)
    paragraphs = list(document_paragraphs(document.body))
    removed: list[Removal] = []
    if strip_chrome:
        paragraphs, removed = strip_chrome_lines(paragraphs, document.title)
    if not any(is_substantial(p) for p in paragraphs):
        raise NoArticleContent("no paragraph of article text found", url=url)
    return Extracted(
        title=_clean(document.title),
        text="\n\n".join(paragraphs),
        authors=split_authors(document.author),
        published=published_date(tree) or _parse_date(document.date),
        site_name=_clean(document.sitename),
        language=declared_language(tree) or _primary_language(document.language),
        description=_clean(document.description),
        removed=tuple(removed),
    )


def is_substantial(paragraph: str) -> bool:
    """Tell a paragraph of text from a label, link or menu item, by its length.

    >>> is_substantial("Home World Politics")
    False
    """
    return len(paragraph.split()) >= MIN_PROSE_WORDS or len(paragraph) >= MIN_PROSE_CHARS


def parse_html(html: str | bytes, url: str | None = None) -> lxml.html.HtmlElement:
    """Parse markup into an lxml tree, raising newsmend errors only.

    Raises:
        InvalidInput: ``html`` is neither str nor bytes.
        ExtractionError: lxml cannot build a document from it.
    """
    if isinstance(html, str):
        data = _CONTROL_CHARS.sub("", html).encode("utf-8", "replace")
        parser = lxml.html.HTMLParser(encoding="utf-8", **PARSER_OPTIONS)
    elif isinstance(html, bytes):
        data, parser = html, lxml.html.HTMLParser(**PARSER_OPTIONS)
    else:
        raise InvalidInput(f"html must be str or bytes, not {type(html).__name__}", url=url)
    if not data.strip():
        raise NoArticleContent("the page is empty", url=url)
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except (lxml.etree.LxmlError, ValueError) as exc:
        raise ExtractionError(f"cannot parse the markup: {exc}", url=url) from exc


def _run_trafilatura(tree: lxml.html.HtmlElement, url: str | None) -> Any:
    """Run trafilatura with newsmend's settings; wrap whatever it raises."""
    try:
        document: Any = trafilatura.bare_extraction(
            tree,
            url=url,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
        )
    except Exception as exc:  # trafilatura and its parsers raise many kinds of error
        raise ExtractionError(f"trafilatura failed: {exc}", url=url) from exc
    if document is None or document.body is None:
        raise NoArticleContent("no article text found", url=url)
    return document


def normalize_markup(tree: lxml.html.HtmlElement) -> None:
    """Rewrite layouts trafilatura mishandles into plain paragraphs, in place.

    Layout tables become ``div`` blocks, ``<br><br>`` runs become paragraph breaks,
    captions lose the class names that make trafilatura drop them, and text-only
    ``div`` lines among paragraphs become paragraphs.
    """
    _unwrap_layout_tables(tree)
    _split_double_breaks(tree)
    _expose_captions(tree)
    _promote_text_divs(tree)


def _unwrap_layout_tables(tree: lxml.html.HtmlElement) -> None:
    """Turn tables that hold long prose in a cell (page layout) into divs."""
    for table in list(tree.iter("table")):
        cells = table.xpath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")
        if any(len(cell.text_content()) >= LAYOUT_CELL_CHARS for cell in cells):
            for part in [table, *table.xpath("./* | ./tr/* | ./*/tr | ./*/tr/*")]:
                if part.tag in LAYOUT_TABLE_PARTS:
                    part.tag = "div"


def _split_double_breaks(tree: lxml.html.HtmlElement) -> None:
    """Make each run of text between ``<br><br>`` its own ``<p>``."""
    for element in [e for e in tree.iter() if _has_double_break(e)]:
        _rebuild_as_paragraphs(element)
        if element.tag in INLINE_WRAPPERS or element.tag == "p":
            element.tag = "div"


def _has_double_break(element: lxml.html.HtmlElement) -> bool:
    children = list(element)
    return any(
        a.tag == "br" and b.tag == "br" and _blank(a.tail) for a, b in itertools.pairwise(children)
    )


def _rebuild_as_paragraphs(element: lxml.html.HtmlElement) -> None:
    """Regroup an element's children into ``<p>`` runs split at ``<br><br>``."""
    children = list(element)
    for child in children:
        element.remove(child)
    current = _new_paragraph(element.text)
    element.text = None
    blocks = [current]
    pending: lxml.html.HtmlElement | None = None
    for child in children:
        if child.tag == "br" and pending is not None:
            pending, current = None, _new_paragraph(child.tail)
            blocks.append(current)
        elif child.tag == "br" and _blank(child.tail):
            pending = child
        elif child.tag in BLOCK_TAGS:
            current = _new_paragraph(child.tail)
            child.tail = None
            blocks += [child, current]
            pending = None
        else:
            if pending is not None:
                current.append(pending)
                pending = None
            current.append(child)
    for block in blocks:
        if block.tag != "p" or len(block) or not _blank(block.text):
            element.append(block)


def _new_paragraph(text: str | None) -> lxml.html.HtmlElement:
    paragraph = lxml.html.Element("p")
    paragraph.text = text
    return paragraph


def _expose_captions(tree: lxml.html.HtmlElement) -> None:
    """Keep photo captions: trafilatura drops elements classed or named "caption"."""
    for element in tree.iter():
        if element.tag == "figcaption":
            element.tag = "p"
        for attribute in ("class", "id"):
            if "caption" in (element.get(attribute) or "").lower():
                del element.attrib[attribute]


def _promote_text_divs(tree: lxml.html.HtmlElement) -> None:
    """Turn text-only ``div`` lines that sit among ``<p>`` siblings into paragraphs."""
    for div in list(tree.iter("div")):
        parent = div.getparent()
        if parent is None or parent.find("p") is None or _blank(div.text_content()):
            continue
        if not any(child.tag in BLOCK_TAGS for child in div.iterdescendants()):
            div.tag = "p"


def document_paragraphs(body: lxml.etree._Element | None) -> Iterator[str]:
    """Yield the paragraphs of trafilatura's XML body, one per block or list item.

    Text trafilatura leaves loose between blocks (element tails) is a paragraph too.

    >>> body = lxml.etree.fromstring("<main><head>A  title</head>Loose.<p>Text.</p></main>")
    >>> list(document_paragraphs(body))
    ['A title', 'Loose.', 'Text.']
    """
    if body is None:
        return
    yield from _nonblank([body.text])
    for block in body:
        yield from _nonblank(" ".join(part.itertext()) for part in _block_parts(block))
        yield from _nonblank([block.tail])


def _block_parts(block: lxml.etree._Element) -> Iterator[lxml.etree._Element]:
    """Split lists into items and tables into rows; other blocks are one part."""
    if block.tag == "list":
        yield from block.iterfind(".//item")
    elif block.tag == "table":
        yield from block.iterfind(".//row")
    else:
        yield block


def _nonblank(texts: Iterable[str | None]) -> Iterator[str]:
    for text in texts:
        cleaned = _SPACES.sub(" ", text or "").strip()
        if cleaned:
            yield cleaned


def split_authors(author: str | None) -> tuple[str, ...]:
    """Split trafilatura's author string into names, dropping a leading "By".

    >>> split_authors("By Jane Doe and John Roe; Ann Lee")
    ('Jane Doe', 'John Roe', 'Ann Lee')
    """
    if not author:
        return ()
    names = (_BYLINE_PREFIX.sub("", part).strip() for part in _AUTHOR_SEPARATORS.split(author))
    return tuple(dict.fromkeys(name for name in names if name))


def published_date(tree: lxml.html.HtmlElement) -> datetime | None:
    """Return the publication time the page states in its metadata, if any.

    Meta tags, ``<time datetime>`` and JSON-LD ``datePublished`` keep the time zone
    that trafilatura's date (a bare day) loses.
    """
    for candidate in _date_candidates(tree):
        parsed = _parse_date(candidate)
        if parsed is not None:
            return parsed
    return None


def _date_candidates(tree: lxml.html.HtmlElement) -> Iterator[str]:
    for xpath in DATE_XPATHS:
        yield from (str(value) for value in tree.xpath(xpath))
    for script in tree.xpath('//script[@type="application/ld+json"]/text()'):
        yield from _json_ld_dates(str(script))


def _json_ld_dates(source: str) -> Iterator[str]:
    try:
        data = json.loads(source)
    except ValueError:
        return
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            if isinstance(item.get("datePublished"), str):
                yield item["datePublished"]
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def _parse_date(value: str | None) -> datetime | None:
    """Parse an ISO 8601 date or time; naive only when the page gives no zone.

    >>> _parse_date("2025-10-16T18:42:00Z").isoformat()
    '2025-10-16T18:42:00+00:00'
    """
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    text = re.sub(r"([+-]\d\d)(\d\d)$", r"\1:\2", text)
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def declared_language(tree: lxml.html.HtmlElement) -> str | None:
    """Return the primary subtag of ``<html lang>`` ("en" for "en-US"), if declared."""
    return _primary_language(tree.get("lang") or tree.get("xml:lang"))


def _primary_language(code: str | None) -> str | None:
    primary = (code or "").strip().replace("_", "-").split("-")[0].lower()
    return primary if primary.isalpha() and 2 <= len(primary) <= 3 else None


def _clean(value: str | None) -> str | None:
    text = _SPACES.sub(" ", value or "").strip()
    return text or None


def _blank(text: str | None) -> bool:
    return not text or not text.strip()
