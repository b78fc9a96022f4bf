"""Turn raw HTML into article text and metadata, on top of trafilatura.

trafilatura finds the main content well on modern layouts but, left alone, it drops
photo captions and short lines that sit between the story's paragraphs, glues
``<br><br>`` paragraphs of old table layouts into one table row, and keeps chrome
that lives inside the content container. :func:`extract` therefore normalises the
markup first (:func:`normalize_markup`), runs trafilatura with the settings that
measured best (``favor_precision=True, include_comments=False``), splits its output
into paragraphs, moves photo captions out of the story (:mod:`newsmend.captions`) and
hands the rest to :func:`newsmend.chrome.strip_chrome`.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urljoin

import lxml.etree
import lxml.html
import trafilatura
from pydantic import BaseModel, ConfigDict

from newsmend.captions import split_captions
from newsmend.chrome import MIN_PROSE_CHARS, MIN_PROSE_WORDS, SiteChrome, byline_names
from newsmend.chrome import strip_chrome as strip_chrome_lines
from newsmend.errors import ExtractionError, InvalidInput, NoArticleContent
from newsmend.model import Removal

__all__ = ["Extracted", "extract", "marked_captions", "normalize_markup", "strip_site_chrome"]

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
MAX_CAPTION_CHARS = 1500
"""An element classed "caption" that holds more text than this is a container, not a caption."""

CAPTION_ATTRIBUTES = (
    "//*[contains(translate(@class, 'CAPTION', 'caption'), 'caption')"
    " or contains(translate(@id, 'CAPTION', 'caption'), 'caption')]"
)
DATE_SEARCH = {"extensive_search": False, "original_date": True}
"""htmldate's fast search only: the page's own metadata is read first (:func:`published_date`);
the extensive search of the page's text for a date costs a quarter of extraction time."""
PARSER_OPTIONS = {"remove_comments": True, "remove_pis": True, "collect_ids": False}
"""As trafilatura parses: comments left in the tree make it lose the text after them."""
DATE_XPATHS = (
    '//meta[@property="article:published_time"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//meta[@name="pubdate" or @name="publishdate" or @name="date" or @name="dc.date"]/@content',
    "//time[@datetime]/@datetime",
)
MODIFIED_XPATHS = (
    '//meta[@property="article:modified_time" or @property="og:updated_time"]/@content',
    '//meta[@itemprop="dateModified"]/@content',
    '//meta[@name="last-modified" or @name="dcterms.modified"]/@content',
)
CANONICAL_XPATHS = (
    '//link[@rel="canonical"]/@href',
    '//meta[@property="og:url"]/@content',
)
IMAGE_XPATHS = (
    '//meta[@property="og:image" or @property="og:image:url"]/@content',
    '//meta[@name="twitter:image" or @property="twitter:image"]/@content',
    '//link[@rel="image_src"]/@href',
)
TAG_XPATHS = (
    '//meta[@property="article:tag"]/@content',
    '//meta[@name="news_keywords"]/@content',
)
CATEGORY_XPATHS = ('//meta[@property="article:section"]/@content',)
MAX_TERMS = 30
"""A page listing more tags than this is printing a tag cloud, not its own tags."""
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
        captions: Photo captions and credits taken out of the text, in page order.
            They are not chrome and are not recorded in ``removed``.
        modified: When the page says it was last changed, timezone-aware when it says so.
        canonical_url: The URL the page declares as its own, made absolute.
        image: The article's main image (its URL, made absolute).
        tags: The page's own keywords and tags, in page order, without repeats.
        categories: The sections or categories the page files itself under.
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
    captions: tuple[str, ...] = ()
    modified: datetime | None = None
    canonical_url: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()


def extract(html: str | bytes, url: str | None = None, *, strip_chrome: bool = True) -> Extracted:
    """Extract the article from a page's markup.

    Args:
        html: The page's markup; bytes are decoded as the page declares.
        url: Where the page came from, used in error messages and metadata.
        strip_chrome: Apply the rules of :mod:`newsmend.chrome` to the paragraphs.
            Photo captions are moved to ``captions`` either way: they are not chrome.

    Returns:
        The article's text, metadata, captions, and the chrome that was removed.
        Removal positions count the paragraphs left once captions are out.

    Raises:
        InvalidInput: ``html`` is neither str nor bytes.
        ExtractionError: The markup cannot be parsed.
        NoArticleContent: The page holds no article text: no paragraph is longer than a label.
    """
    tree = parse_html(html, url)
    marked = marked_captions(tree)
    normalize_markup(tree)
    document = _run_trafilatura(tree, url)
    paragraphs, captions = _story_and_captions(list(document_paragraphs(document.body)), marked)
    removed: list[Removal] = []
    if strip_chrome:
        paragraphs, removed = strip_chrome_lines(paragraphs, document.title)
    if not any(is_substantial(p) for p in paragraphs):
        raise NoArticleContent("no paragraph of article text found", url=url)
    json_ld = json_ld_objects(tree)
    return Extracted(
        title=_clean(document.title),
        text="\n\n".join(paragraphs),
        authors=split_authors(document.author) or byline_authors(removed),
        published=published_date(tree, json_ld) or _parse_date(document.date),
        site_name=_clean(document.sitename),
        language=declared_language(tree) or _primary_language(document.language),
        description=_clean(document.description),
        removed=tuple(removed),
        captions=tuple(captions),
        modified=_first_date(_values(tree, MODIFIED_XPATHS, json_ld, "dateModified")),
        canonical_url=_canonical_url(tree, json_ld, document.url, url),
        image=_first_url(_values(tree, IMAGE_XPATHS, json_ld, "image"), url)
        or _absolute(document.image, url),
        tags=_tags(tree, json_ld) or _terms(document.tags or ()),
        categories=_categories(tree, json_ld) or _terms(document.categories or ()),
    )


def _story_and_captions(paragraphs: list[str], marked: list[str]) -> tuple[list[str], list[str]]:
    """Move captions out of the story, unless nothing but captions is left (a gallery)."""
    story, captions = split_captions(paragraphs, marked)
    if captions and not any(is_substantial(p) for p in story):
        return paragraphs, []
    return story, captions


def strip_site_chrome(extracted: Extracted, learner: SiteChrome, url: str | None) -> Extracted:
    """Let ``learner`` learn from a page, and remove the lines its site repeats.

    Removals are recorded beside the other chrome rules' removals, in paragraph order,
    with positions in the text as extracted before any chrome removal.
    """
    paragraphs = extracted.text.split("\n\n")
    taken = {r.position for r in extracted.removed}
    positions = [i for i in range(len(paragraphs) + len(taken)) if i not in taken]
    kept, removed = learner.strip(url, paragraphs, positions)
    if not removed:
        return extracted
    return extracted.model_copy(
        update={
            "text": "\n\n".join(kept),
            "removed": tuple(sorted([*extracted.removed, *removed], key=lambda r: r.position)),
        }
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
            date_extraction_params=DATE_SEARCH,
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
    parents = (br.getparent() for br in tree.xpath("//br[following-sibling::*[1][self::br]]"))
    unique = {id(parent): parent for parent in parents if parent is not None}
    for element in [e for e in unique.values() if _has_double_break(e)]:
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


def marked_captions(tree: lxml.html.HtmlElement) -> list[str]:
    """The texts of the elements a page marks as photo captions, in page order.

    ``<figcaption>`` and elements whose class or id says "caption" ("wp-caption-text",
    "image-caption" ...), whitespace collapsed; an element holding more than
    :data:`MAX_CAPTION_CHARS` is a container that merely has such a class, and is skipped.
    """
    elements = [*tree.iter("figcaption"), *tree.xpath(CAPTION_ATTRIBUTES)]
    texts = (_SPACES.sub(" ", element.text_content()).strip() for element in elements)
    return list(dict.fromkeys(t for t in texts if t and len(t) <= MAX_CAPTION_CHARS))


def _expose_captions(tree: lxml.html.HtmlElement) -> None:
    """Keep photo captions: trafilatura drops figures and elements classed "caption".

    They come out of trafilatura in place, where :func:`marked_captions` finds them again."""
    for element in tree.iter("figure"):
        element.tag = "div"  # trafilatura drops whole figures, their captions with them
    for element in tree.iter("figcaption"):
        element.tag = "p"
    for element in tree.xpath(CAPTION_ATTRIBUTES):
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


def byline_authors(removed: Iterable[Removal]) -> tuple[str, ...]:
    """The names in the bylines the chrome rules took out of the text.

    >>> byline_authors([Removal(text="By Ann Lee and Bo Chen", rule="byline", position=0)])
    ('Ann Lee', 'Bo Chen')
    """
    names = (name for r in removed if r.rule == "byline" for name in byline_names(r.text))
    return tuple(dict.fromkeys(names))


def published_date(
    tree: lxml.html.HtmlElement, json_ld: list[dict[str, Any]] | None = None
) -> datetime | None:
    """Return the publication time the page states in its metadata, if any.

    Meta tags, ``<time datetime>`` and JSON-LD ``datePublished`` keep the time zone
    that trafilatura's date (a bare day) loses.

    Args:
        tree: The parsed page.
        json_ld: The page's JSON-LD objects, when already read (see :func:`json_ld_objects`).
    """
    objects = json_ld_objects(tree) if json_ld is None else json_ld
    return _first_date(_values(tree, DATE_XPATHS, objects, "datePublished"))


def json_ld_objects(tree: lxml.html.HtmlElement) -> list[dict[str, Any]]:
    """Every JSON object in the page's JSON-LD scripts, nested ones included, in page order.

    Article objects (``NewsArticle``, ``BlogPosting`` ...) come first, so that their
    fields win over a ``WebPage`` or ``Organization`` beside them. Scripts that are
    not valid JSON are skipped.
    """
    found: list[dict[str, Any]] = []
    for source in tree.xpath('//script[@type="application/ld+json"]/text()'):
        try:
            stack: list[Any] = [json.loads(str(source))]
        except ValueError:
            continue
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                found.append(item)
                stack.extend(v for v in item.values() if isinstance(v, (dict, list)))
            elif isinstance(item, list):
                stack.extend(item)
    return sorted(found, key=lambda item: not _is_article_type(item.get("@type")))


def _is_article_type(kind: object) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(isinstance(k, str) and k.endswith(("Article", "Posting")) for k in kinds)


def _values(
    tree: lxml.html.HtmlElement,
    xpaths: Iterable[str],
    json_ld: list[dict[str, Any]],
    key: str,
) -> Iterator[str]:
    """Candidate values of one field: meta tags first, then the JSON-LD ``key``."""
    for xpath in xpaths:
        yield from (str(value) for value in tree.xpath(xpath))
    for item in json_ld:
        yield from _json_ld_strings(item.get(key))


def _json_ld_strings(value: object) -> Iterator[str]:
    """The strings in a JSON-LD value: itself, a list's items, an object's ``url`` or ``name``."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _json_ld_strings(item)
    elif isinstance(value, dict):
        yield from _json_ld_strings(value.get("url") or value.get("@id") or value.get("name"))


def _first_date(candidates: Iterable[str]) -> datetime | None:
    return next((d for d in map(_parse_date, candidates) if d is not None), None)


def _canonical_url(
    tree: lxml.html.HtmlElement,
    json_ld: list[dict[str, Any]],
    trafilatura_url: str | None,
    url: str | None,
) -> str | None:
    """The URL the page declares for itself; trafilatura's guess only if it is not ours."""
    declared = _first_url(_values(tree, CANONICAL_XPATHS, json_ld, "mainEntityOfPage"), url)
    if declared:
        return declared
    return _absolute(trafilatura_url, url) if trafilatura_url != url else None


def _first_url(candidates: Iterable[str], base: str | None) -> str | None:
    return next((u for u in (_absolute(c, base) for c in candidates) if u), None)


def _absolute(value: str | None, base: str | None) -> str | None:
    """Make a URL absolute against ``base``; ``None`` unless the result is http(s).

    >>> _absolute("/img/a.jpg", "https://example.org/news/1")
    'https://example.org/img/a.jpg'
    """
    text = (value or "").strip()
    if not text:
        return None
    resolved = urljoin(base, text) if base else text
    return resolved if resolved.startswith(("http://", "https://")) else None


def _tags(tree: lxml.html.HtmlElement, json_ld: list[dict[str, Any]]) -> tuple[str, ...]:
    """Tags from meta tags and JSON-LD ``keywords``, else from WordPress ``rel="tag"`` links.

    WordPress marks tag links ``rel="tag"`` and category links ``rel="category tag"``.
    """
    declared = _terms(_split_keywords(_values(tree, TAG_XPATHS, json_ld, "keywords")))
    return declared or _terms(
        link.text_content()
        for link in tree.xpath(_rel_links("tag"))
        if "category" not in (link.get("rel") or "").split()
    )


def _categories(tree: lxml.html.HtmlElement, json_ld: list[dict[str, Any]]) -> tuple[str, ...]:
    """Sections from meta tags and JSON-LD ``articleSection``, else ``rel="category"`` links."""
    declared = _terms(_values(tree, CATEGORY_XPATHS, json_ld, "articleSection"))
    return declared or _terms(link.text_content() for link in tree.xpath(_rel_links("category")))


def _rel_links(token: str) -> str:
    """XPath to the links whose ``rel`` holds ``token`` among its space-separated values."""
    return f'//a[contains(concat(" ", normalize-space(@rel), " "), " {token} ")]'


def _split_keywords(values: Iterable[str]) -> Iterator[str]:
    """Comma-separated keyword strings become one term per keyword."""
    for value in values:
        yield from value.split(",")


def _terms(values: Iterable[str]) -> tuple[str, ...]:
    """Clean, de-duplicated terms (case-insensitively); none when there are too many.

    >>> _terms([" Budget ", "budget", "Senate"])
    ('Budget', 'Senate')
    """
    seen: dict[str, str] = {}
    for value in values:
        term = _clean(value)
        if term and term.casefold() not in seen:
            seen[term.casefold()] = term
    return tuple(seen.values()) if len(seen) <= MAX_TERMS else ()


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
