"""The typed records newsmend returns.

All models are frozen pydantic v2 models: they can be hashed, compared, dumped to
JSON and validated back (``Article.model_validate_json(a.model_dump_json()) == a``).
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "Alternative",
    "Article",
    "Caption",
    "Correction",
    "Failure",
    "Page",
    "Removal",
    "Repaired",
    "Suspect",
]

EncodingSource = Literal["bom", "header", "meta", "utf-8", "detected", "fallback", "given"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Correction(_Frozen):
    """One name repair: ``text[start:end] == replacement`` in the repaired text.

    Attributes:
        start: Offset of the replacement in the repaired text.
        end: End offset (exclusive) of the replacement in the repaired text.
        original_start: Offset of the original span in the text before repair.
        original: The garbled span as it was.
        replacement: What it became.
        entity: The canonical name of the gazetteer entry the repair came from.
        entity_id: The entry's identifier (a Wikidata QID, say), if it has one.
        kind: The entry's kind (person, org, place, ...).
        score: Confidence in [0, 1].
        reason: The evidence, in words.
    """

    start: int
    end: int
    original_start: int
    original: str
    replacement: str
    entity: str
    entity_id: str | None = None
    kind: str = "other"
    score: float
    reason: str


class Alternative(_Frozen):
    """A gazetteer entry a suspect mention might stand for, with its score."""

    entity: str
    replacement: str
    score: float


class Suspect(_Frozen):
    """A mention that looks garbled but was left alone because the evidence was ambiguous.

    Offsets refer to the repaired text.
    """

    start: int
    end: int
    text: str
    alternatives: tuple[Alternative, ...]
    reason: str


class Caption(_Frozen):
    """A photo caption or credit, kept out of :attr:`Article.text`, with its names repaired.

    Attributes:
        text: The caption with names repaired.
        original: The caption as extracted, before repair.
        corrections: Every name repair in this caption, in order; offsets refer to this
            caption's ``text`` (``text[c.start:c.end] == c.replacement``) and, through
            ``original_start``, to its ``original``.
    """

    text: str
    original: str
    corrections: tuple[Correction, ...] = ()


class Removal(_Frozen):
    """One line or block of site chrome removed from the extracted text.

    Attributes:
        text: The removed text.
        rule: The name of the rule that removed it (see ``newsmend.chrome``).
        position: Index of the paragraph in the extracted text before chrome removal.
    """

    text: str
    rule: str
    position: int


class Repaired(_Frozen):
    """The result of :func:`newsmend.repair_names`.

    Attributes:
        original: The text as given.
        text: The text with names repaired.
        corrections: Every change, in text order.
        suspects: Mentions that look garbled but were too ambiguous to repair.
    """

    original: str
    text: str
    corrections: tuple[Correction, ...] = ()
    suspects: tuple[Suspect, ...] = ()


class Page(_Frozen):
    """A fetched HTML page.

    Attributes:
        url: The URL that was asked for.
        final_url: The URL after redirects.
        status: HTTP status of the final response.
        headers: The response headers that matter (content type, length, dates, ...).
        html: The decoded markup.
        encoding: The codec used to decode the body.
        encoding_source: How the codec was chosen.
        redirects: Every URL in the redirect chain before ``final_url``.
        fetched_at: When the response arrived (UTC).
    """

    url: str
    final_url: str
    status: int
    headers: dict[str, str] = Field(default_factory=dict)
    html: str
    encoding: str
    encoding_source: EncodingSource
    redirects: tuple[str, ...] = ()
    fetched_at: datetime


class Article(_Frozen):
    """A clean news article.

    Attributes:
        url: The URL asked for (or given to ``clean_html``), if any.
        final_url: The URL after redirects, if fetched.
        title: The headline.
        text: Clean text with names repaired, paragraphs separated by blank lines.
        extracted_text: The text after extraction and chrome removal, before name repair.
            Correction offsets map into ``text``; ``original_start`` maps into this.
        authors: Author names, bylines stripped of "By".
        published: Publication time, timezone-aware when the page says so.
        site_name: The publisher's name.
        language: Language code, as declared by the page or detected.
        description: The page's summary, if it has one.
        corrections: Every name repair, in text order.
        suspects: Mentions left alone because the evidence was ambiguous.
        removed: Every chrome paragraph removed, with the rule that removed it.
        fetched_at: When the page was fetched; ``None`` for ``clean_html``.
        modified: When the page says it was last changed, timezone-aware when it says so.
        canonical_url: The URL the page declares as its own.
        image: The URL of the article's main image.
        tags: The page's own tags and keywords.
        categories: The sections or categories the page files itself under.
        captions: Photo captions and credits, in page order, kept out of ``text`` and
            ``extracted_text``. They are part of the article, not chrome, so they are
            not in ``removed``; their names are repaired with the story as evidence.
        title_corrections: Name repairs in ``title`` (with the story as evidence), offsets
            into ``title``; replayed backwards they give the page's own headline.
        dateline: The place the story's dateline names ("KYIV" in "KYIV, Oct 17 (AP) —"),
            as written; ``None`` when the story has no dateline.
    """

    url: str | None = None
    final_url: str | None = None
    title: str | None = None
    text: str
    extracted_text: str
    authors: tuple[str, ...] = ()
    published: datetime | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    corrections: tuple[Correction, ...] = ()
    suspects: tuple[Suspect, ...] = ()
    removed: tuple[Removal, ...] = ()
    fetched_at: datetime | None = None
    modified: datetime | None = None
    canonical_url: str | None = None
    image: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    captions: tuple[Caption, ...] = ()
    title_corrections: tuple[Correction, ...] = ()
    dateline: str | None = None


class Failure(_Frozen):
    """One input of a batch that could not be cleaned.

    Attributes:
        source: The input as given (a URL or a description of the markup).
        error: The exception's class name (``FetchTimeout``, ``HTTPStatusError`` ...).
        message: The exception's message.
        at: When it happened (UTC).
    """

    source: str
    error: str
    message: str
    at: datetime

    @classmethod
    def from_error(cls, source: object, error: BaseException) -> Failure:
        """Record ``error`` as the failure of ``source``, timestamped now.

        A source that is not a ``str`` is recorded as its ``repr``.

        >>> Failure.from_error(42, TypeError("not a URL")).source
        '42'
        """
        return cls(
            source=source if isinstance(source, str) else repr(source),
            error=type(error).__name__,
            message=str(error),
            at=datetime.now(timezone.utc),
        )
