"""newsmend: clean news articles and repair garbled names, explaining every change.

>>> import newsmend
>>> g = newsmend.Gazetteer.from_records([{"name": "Scott Bessent", "kind": "person",
...                                       "context": ["Treasury Secretary"]}])
>>> newsmend.repair_names("Treasury Secretary Scott Bessemt said.", g).text
'Treasury Secretary Scott Bessent said.'
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from newsmend.errors import (
    BlockedAddress,
    ConnectFailed,
    EmptyResponse,
    ExtractionError,
    FetchError,
    FetchTimeout,
    GazetteerError,
    HTTPStatusError,
    InvalidInput,
    InvalidURL,
    NewsmendError,
    NoArticleContent,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    Truncated,
    UnsupportedContentType,
)
from newsmend.gazetteer import Entry, Gazetteer
from newsmend.markdown import to_markdown
from newsmend.model import (
    Alternative,
    Article,
    Caption,
    Correction,
    Failure,
    Page,
    Removal,
    Repaired,
    Suspect,
)
from newsmend.pipeline import Cleaner, Processes, Result
from newsmend.repair import repair_names
from newsmend.settings import Settings

__version__ = "0.1.0"

__all__ = [
    "Alternative",
    "Article",
    "BlockedAddress",
    "Caption",
    "Cleaner",
    "ConnectFailed",
    "Correction",
    "EmptyResponse",
    "Entry",
    "ExtractionError",
    "Failure",
    "FetchError",
    "FetchTimeout",
    "Gazetteer",
    "GazetteerError",
    "HTTPStatusError",
    "InvalidInput",
    "InvalidURL",
    "NewsmendError",
    "NoArticleContent",
    "Page",
    "Removal",
    "Repaired",
    "RobotsDisallowed",
    "Settings",
    "Suspect",
    "TooLarge",
    "TooManyRedirects",
    "Truncated",
    "UnsupportedContentType",
    "__version__",
    "clean",
    "clean_html",
    "clean_many",
    "fetch",
    "repair_names",
    "to_markdown",
]

logging.getLogger(__name__).addHandler(logging.NullHandler())

_default_cleaner: Cleaner | None = None
_default_lock = threading.Lock()


def _cleaner() -> Cleaner:
    global _default_cleaner
    with _default_lock:
        if _default_cleaner is None:
            _default_cleaner = Cleaner()
        return _default_cleaner


def clean(url: str, **settings: Any) -> Article:
    """Fetch the page at ``url``, extract its article and repair its names.

    Keyword arguments are :class:`Settings` fields for this call only.
    """
    if not settings:
        return _cleaner().clean(url)
    with Cleaner(**settings) as cleaner:
        return cleaner.clean(url)


def clean_html(html: str | bytes, url: str | None = None, **settings: Any) -> Article:
    """Extract the article from markup already in hand and repair its names; no network."""
    if not settings:
        return _cleaner().clean_html(html, url)
    with Cleaner(**settings) as cleaner:
        return cleaner.clean_html(html, url)


def clean_many(
    sources: Iterable[object],
    *,
    workers: int = 8,
    processes: Processes = None,
    progress: bool = False,
    **settings: Any,
) -> Iterator[Result]:
    """Clean many URLs, yielding one :class:`Article` or :class:`Failure` per source, in order.

    See :meth:`Cleaner.clean_many`; keyword arguments beyond ``workers``, ``processes``
    and ``progress`` are :class:`Settings` fields for this batch only.

    >>> for result in clean_many(["https://example.org/a", None], retries=0):  # doctest: +SKIP
    ...     print(result.url if isinstance(result, Article) else result.error)
    """
    if not settings:
        return _cleaner().clean_many(
            sources, workers=workers, processes=processes, progress=progress
        )
    cleaner = Cleaner(**settings)
    try:
        batch = cleaner.clean_many(sources, workers=workers, processes=processes, progress=progress)
    except NewsmendError:
        cleaner.close()
        raise
    return _closing_when_done(cleaner, batch)


def _closing_when_done(cleaner: Cleaner, batch: Iterator[Result]) -> Iterator[Result]:
    with cleaner:
        yield from batch


def fetch(url: str, **settings: Any) -> Page:
    """Fetch one HTML page with newsmend's safe defaults."""
    if not settings:
        return _cleaner().fetch(url)
    with Cleaner(**settings) as cleaner:
        return cleaner.fetch(url)
