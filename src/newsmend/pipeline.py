"""The Cleaner: one configuration, one HTTP session and one gazetteer, composing the stages.

fetch -> extract (+ chrome rules) -> repair names -> :class:`~newsmend.model.Article`
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

import requests

from newsmend.errors import InvalidInput
from newsmend.extract import Extracted, extract
from newsmend.fetch import Fetcher, decode_html
from newsmend.gazetteer import Gazetteer
from newsmend.model import Article, Page, Repaired
from newsmend.repair import NameRepairer
from newsmend.settings import Settings

__all__ = ["Cleaner", "load_gazetteers"]


class Cleaner:
    """Cleans articles with one configuration.

    Args:
        settings: A :class:`Settings` object; keyword arguments update it.
        gazetteer: The names to repair towards; the default gazetteer when omitted.
        session: A ``requests.Session`` to fetch with (requests-cache and the like
            drop in here); newsmend makes its own when omitted.
        **overrides: Any :class:`Settings` field, such as ``retries=0`` or ``repair=False``.

    Example:
        >>> with Cleaner(repair=False) as cleaner:
        ...     cleaner.settings.repair
        False
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        gazetteer: Gazetteer | None = None,
        session: requests.Session | None = None,
        **overrides: Any,
    ) -> None:
        base = settings if settings is not None else Settings()
        if not isinstance(base, Settings):
            raise InvalidInput(f"settings must be a Settings, got {type(base).__name__}")
        if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
            raise InvalidInput(f"gazetteer must be a Gazetteer, got {type(gazetteer).__name__}")
        self.settings = base.with_updates(**overrides)
        self._repairer = NameRepairer(gazetteer) if gazetteer is not None else None
        self._fetcher = Fetcher(self.settings, session)

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer in use (the default one is loaded on first use)."""
        return self.repairer.gazetteer

    @property
    def repairer(self) -> NameRepairer:
        """The name repairer over this cleaner's gazetteer."""
        if self._repairer is None:
            self._repairer = NameRepairer()
        return self._repairer

    def fetch(self, url: str) -> Page:
        """Fetch one page (see :class:`newsmend.fetch.Fetcher`)."""
        return self._fetcher.fetch(url)

    def clean(self, url: str) -> Article:
        """Fetch, extract and repair the article at ``url``."""
        page = self.fetch(url)
        return self._article(
            page.html, url=url, final_url=page.final_url, fetched_at=page.fetched_at
        )

    def clean_html(self, html: str | bytes, url: str | None = None) -> Article:
        """Extract and repair an article from markup already in hand; no network.

        Args:
            html: The page's markup, as text or as undecoded bytes.
            url: Where the markup came from, if known (helps metadata).
        """
        if isinstance(html, (bytes, bytearray)):
            html = decode_html(bytes(html))[0]
        if not isinstance(html, str):
            raise InvalidInput(f"clean_html needs str or bytes, got {type(html).__name__}")
        if url is not None and not isinstance(url, str):
            raise InvalidInput(f"url must be a str, got {type(url).__name__}")
        return self._article(html, url=url)

    def repair_names(self, text: str) -> Repaired:
        """Repair garbled names in plain text (see :func:`newsmend.repair.repair_names`)."""
        return self.repairer.repair(text)

    def close(self) -> None:
        """Release the HTTP session."""
        self._fetcher.close()

    def __enter__(self) -> Cleaner:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _article(
        self,
        html: str,
        *,
        url: str | None,
        final_url: str | None = None,
        fetched_at: datetime | None = None,
    ) -> Article:
        extracted = extract(html, final_url or url, strip_chrome=self.settings.strip_chrome)
        repaired = self._repair(extracted)
        return Article(
            url=url,
            final_url=final_url,
            title=extracted.title,
            text=repaired.text,
            extracted_text=extracted.text,
            authors=extracted.authors,
            published=extracted.published,
            site_name=extracted.site_name,
            language=extracted.language,
            description=extracted.description,
            corrections=repaired.corrections,
            suspects=repaired.suspects,
            removed=extracted.removed,
            fetched_at=fetched_at,
        )

    def _repair(self, extracted: Extracted) -> Repaired:
        if not self.settings.repair:
            return Repaired(original=extracted.text, text=extracted.text)
        return self.repairer.repair(extracted.text)


def load_gazetteers(paths: Iterable[str | Path], *, include_default: bool = True) -> Gazetteer:
    """Merge gazetteer files, with the default gazetteer first unless told otherwise."""
    merged = Gazetteer.default() if include_default else Gazetteer()
    for path in paths:
        merged = merged | Gazetteer.from_file(path)
    return merged
