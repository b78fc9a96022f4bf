"""The Cleaner: one configuration, one HTTP session and one gazetteer, composing the stages.

fetch -> extract (+ chrome rules, captions set apart) -> repair names -> Article

Batches (:meth:`Cleaner.clean_many`) run the same chain over many URLs: fetches overlap
in a thread pool sharing the cleaner's :class:`~newsmend.fetch.Fetcher` (so per-host
politeness holds across threads), and extraction and repair can run in a process pool
whose workers each rebuild the cleaner once from its pickled settings and gazetteer.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeAlias

import requests

from newsmend.chrome import SiteChrome
from newsmend.errors import InvalidInput, NewsmendError
from newsmend.extract import Extracted, extract, strip_site_chrome
from newsmend.fetch import Fetcher, decode_html
from newsmend.gazetteer import Gazetteer
from newsmend.model import Article, Caption, Correction, Failure, Page, Repaired
from newsmend.repair import NameRepairer
from newsmend.settings import Settings

__all__ = ["Cleaner", "Processes", "Result", "load_gazetteers"]

# Fields an Article takes over from the extraction as they are.
_METADATA_FIELDS = (
    "title",
    "authors",
    "published",
    "modified",
    "site_name",
    "language",
    "description",
    "canonical_url",
    "image",
    "tags",
    "categories",
    "dateline",
)

Result: TypeAlias = Article | Failure
"""What a batch yields for each input."""

Processes: TypeAlias = int | Literal["auto"] | None
"""How many worker processes parse and repair: a count, ``"auto"`` (one per core) or ``None``."""

# In-flight inputs per worker: enough to keep every worker busy while the oldest input is
# still being waited for, small enough that memory stays bounded on endless inputs.
_WINDOW_PER_WORKER = 4
_WARM_UP_TEXT = "Newsmend warms up: the Senate met in Jerusalem on Monday."
_PARAGRAPH_BREAK = "\n\n"


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
        self._gazetteer_given = gazetteer
        self._repairer = NameRepairer(gazetteer) if gazetteer is not None else None
        self._fetcher = Fetcher(self.settings, session)
        self._site_chrome = SiteChrome() if self.settings.learn_site_chrome else None

    def __reduce__(self) -> tuple[Callable[..., Cleaner], tuple[Any, ...]]:
        """Pickle as settings and gazetteer: the session and its connections stay behind.

        An unpickled cleaner opens a session of its own (not a copy of one passed in),
        and a cleaner on the default gazetteer sends no entries: the copy loads the
        default from the package itself.
        """
        return (_restore_cleaner, (self.settings, self._gazetteer_given))

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
        return self._article_from(url, self.fetch(url))

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

    def clean_many(
        self,
        sources: Iterable[object],
        *,
        workers: int = 8,
        processes: Processes = None,
        progress: bool = False,
    ) -> Iterator[Result]:
        """Clean many URLs, yielding exactly one result per source, in the order given.

        Each result is an :class:`Article`, or a :class:`Failure` saying which error
        stopped that source: a bad item never raises and is never dropped. Sources are
        http(s) URLs only (markup in hand goes to :meth:`clean_html`); anything else,
        a non-``str`` included, becomes a ``Failure``.

        The input is read lazily, at most ``4 × (workers + processes)`` sources ahead of
        the last result yielded, so a generator of millions of URLs runs in bounded
        memory, and stopping early (``break``, an exception, Ctrl-C) loses nothing that
        was already yielded. A slow source holds back the results after it (never the
        fetches) until it ends, which its deadline bounds.

        Args:
            sources: http(s) URLs, as a list or any iterable (a generator, a file's lines).
            workers: Threads fetching at once. They share this cleaner's fetcher, so the
                per-host interval and robots.txt hold across them.
            processes: Worker processes for extraction and repair: a count, ``"auto"``
                for one per core, or ``None`` to do that work in the fetching threads.
                Each process rebuilds this cleaner once (settings and gazetteer; see
                :meth:`__reduce__`) and never fetches.
            progress: Show a tqdm progress bar on stderr.

        Yields:
            One :class:`Article` or :class:`Failure` per source, in input order.

        Raises:
            InvalidInput: ``workers`` or ``processes`` is not a positive count; raised
                when called, before any source is read.

        Example:
            >>> with Cleaner(retries=0) as cleaner:
            ...     [type(r).__name__ for r in cleaner.clean_many(["file:///etc/passwd", 42])]
            ['Failure', 'Failure']
        """
        thread_count = _count(workers, "workers")
        process_count = _process_count(processes)
        return self._batch(sources, thread_count, process_count, progress)

    def repair_names(self, text: str, *, language: str | None = None) -> Repaired:
        """Repair garbled names in plain text (see :func:`newsmend.repair.repair_names`)."""
        return self.repairer.repair(text, language=language)

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
        extracted = extract(
            html,
            final_url or url,
            strip_chrome=self.settings.strip_chrome,
            fetched_at=fetched_at,
        )
        if self._site_chrome is not None:
            extracted = strip_site_chrome(extracted, self._site_chrome, final_url or url)
        repaired, *captions = self._repair(extracted)
        title = captions.pop() if extracted.title else None
        metadata = {field: getattr(extracted, field) for field in _METADATA_FIELDS}
        if title is not None:
            metadata["title"] = title.text
        return Article(
            url=url,
            final_url=final_url,
            text=repaired.text,
            extracted_text=extracted.text,
            corrections=repaired.corrections,
            suspects=repaired.suspects,
            removed=extracted.removed,
            fetched_at=fetched_at,
            **metadata,
            captions=tuple(
                Caption(text=c.text, original=c.original, corrections=c.corrections)
                for c in captions
            ),
            title_corrections=title.corrections if title is not None else (),
        )

    def _repair(self, extracted: Extracted) -> list[Repaired]:
        """Repair the story, each caption and the title: the story's first, then one per
        caption, then the title's when there is one.

        They are repaired as one text, story first, so that a name garbled in a caption
        or the headline is supported by the same name spelled right in the story (and the
        other way round), and the story's offsets are those of a repair of the story alone.
        """
        parts = [extracted.text, *extracted.captions]
        if extracted.title:
            parts.append(extracted.title)
        if not self.settings.repair:
            return [Repaired(original=part, text=part) for part in parts]
        whole = self.repairer.repair(_PARAGRAPH_BREAK.join(parts), language=extracted.language)
        split = split_repaired(whole, parts)
        if split is not None:
            return split
        return [self.repairer.repair(part, language=extracted.language) for part in parts]

    # Batches ---------------------------------------------------------------------------

    def _batch(
        self, sources: Iterable[object], workers: int, processes: int, progress: bool
    ) -> Iterator[Result]:
        """The generator behind :meth:`clean_many`: a bounded, ordered window of futures."""
        window = _WINDOW_PER_WORKER * (workers + processes)
        total = len(sources) if isinstance(sources, Sized) else None
        bar = _progress_bar(total) if progress else None
        threads = ThreadPoolExecutor(workers, thread_name_prefix="newsmend-fetch")
        parsers = _parser_pool(self, processes) if processes else None
        pending: deque[Future[Result | Future[Result]]] = deque()
        remaining = iter(sources)
        try:
            while True:
                for source in remaining:
                    pending.append(threads.submit(self._fetch_then_clean, source, parsers))
                    if len(pending) >= window:
                        break
                if not pending:
                    return
                result = _settle(pending.popleft())
                if bar is not None:
                    bar.update()
                yield result
        finally:
            for future in pending:
                future.cancel()
            threads.shutdown(wait=False, cancel_futures=True)
            if parsers is not None:
                parsers.shutdown(wait=False, cancel_futures=True)
            if bar is not None:
                bar.close()

    def _fetch_then_clean(
        self, source: object, parsers: Executor | None
    ) -> Result | Future[Result]:
        """Fetch one source in a batch thread, then clean it here or hand it to a process."""
        try:
            if not isinstance(source, str):
                raise InvalidInput(f"a batch source must be a URL str, not {type(source).__name__}")
            page = self.fetch(source)
            if parsers is not None:
                return parsers.submit(_clean_in_worker, source, page)
            return self._article_from(source, page)
        except NewsmendError as exc:
            return Failure.from_error(source, exc)

    def _article_from(self, url: str, page: Page) -> Article:
        return self._article(
            page.html, url=url, final_url=page.final_url, fetched_at=page.fetched_at
        )


def split_repaired(repaired: Repaired, parts: list[str]) -> list[Repaired] | None:
    """Cut the repair of ``"\\n\\n".join(parts)`` into one repair per part.

    Offsets are moved to count from the start of each part, in its repaired text
    (``start``, ``end``, suspects) and in its original (``original_start``).

    Returns:
        One :class:`Repaired` per part, or ``None`` when a correction or suspect spans
        the break between two parts (the repairer does not join names across
        paragraphs, so this does not happen; the caller then repairs parts alone).

    >>> from newsmend.model import Correction
    >>> fix = Correction(start=9, end=13, original_start=9, original="Bnb", replacement="Bob",
    ...                  entity="Bob", score=1.0, reason="example")
    >>> whole = Repaired(original="Hi.\\n\\nAnd Bnb.", text="Hi.\\n\\nAnd Bob.", corrections=(fix,))
    >>> [(r.text, [(c.start, c.original_start) for c in r.corrections])
    ...  for r in split_repaired(whole, ["Hi.", "And Bnb."])]
    [('Hi.', []), ('And Bob.', [(4, 4)])]
    """
    pieces: list[Repaired] = []
    original_start = repaired_start = 0
    corrections = sorted(repaired.corrections, key=lambda c: c.original_start)
    for part in parts:
        original_end = original_start + len(part)
        own = [c for c in corrections if original_start <= c.original_start < original_end]
        if any(c.original_start + len(c.original) > original_end for c in own):
            return None
        repaired_end = repaired_start + len(part) + _growth(own)
        suspects = [s for s in repaired.suspects if repaired_start <= s.start < repaired_end]
        if any(s.end > repaired_end for s in suspects):
            return None
        pieces.append(
            Repaired(
                original=part,
                text=repaired.text[repaired_start:repaired_end],
                corrections=tuple(_shift(c, repaired_start, original_start) for c in own),
                suspects=tuple(
                    s.model_copy(
                        update={"start": s.start - repaired_start, "end": s.end - repaired_start}
                    )
                    for s in suspects
                ),
            )
        )
        original_start = original_end + len(_PARAGRAPH_BREAK)
        repaired_start = repaired_end + len(_PARAGRAPH_BREAK)
    return pieces


def _growth(corrections: Iterable[Correction]) -> int:
    """How many characters longer the corrections make a text."""
    return sum(len(c.replacement) - len(c.original) for c in corrections)


def _shift(correction: Correction, repaired_start: int, original_start: int) -> Correction:
    return correction.model_copy(
        update={
            "start": correction.start - repaired_start,
            "end": correction.end - repaired_start,
            "original_start": correction.original_start - original_start,
        }
    )


def load_gazetteers(paths: Iterable[str | Path], *, include_default: bool = True) -> Gazetteer:
    """Merge gazetteer files, with the default gazetteer first unless told otherwise."""
    merged = Gazetteer.default() if include_default else Gazetteer()
    for path in paths:
        merged = merged | Gazetteer.from_file(path)
    return merged


def _restore_cleaner(settings: Settings, gazetteer: Gazetteer | None) -> Cleaner:
    return Cleaner(settings, gazetteer=gazetteer)


def _count(value: object, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise InvalidInput(f"{name} must be a positive int, got {value!r}")
    return value


def _process_count(processes: object) -> int:
    """Zero for "no process pool", else how many worker processes to start."""
    if processes is None:
        return 0
    if processes == "auto":
        return os.cpu_count() or 1
    return _count(processes, "processes")


def _settle(future: Future[Result | Future[Result]]) -> Result:
    """Wait for a batch slot: a fetching thread's result, or the process it handed off to."""
    result = future.result()
    return result.result() if isinstance(result, Future) else result


def _progress_bar(total: int | None) -> Any:
    from tqdm import tqdm  # type: ignore[import-untyped]  # Imported only when asked for.

    return tqdm(total=total, unit="page", desc="newsmend", dynamic_ncols=True)


# Worker processes ------------------------------------------------------------------------
# Module-level functions, so that "spawn" (a fresh interpreter per worker) can find them.

_worker_cleaner: Cleaner | None = None


def _parser_pool(cleaner: Cleaner, processes: int) -> ProcessPoolExecutor:
    """Worker processes that each rebuild ``cleaner`` once; spawned, so safe beside threads.

    All of them start now, while the first pages are being fetched (the executor would
    otherwise start one per page handed to it, after that page arrived).
    """
    pool = ProcessPoolExecutor(
        processes,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(cleaner,),
    )
    for _ in range(processes):
        pool.submit(_ready)
    return pool


def _ready() -> bool:
    return _worker_cleaner is not None


def _start_worker(cleaner: Cleaner) -> None:
    """Keep the worker's cleaner and load what it loads lazily (index, word lists) now."""
    global _worker_cleaner
    _worker_cleaner = cleaner
    if cleaner.settings.repair:
        cleaner.repair_names(_WARM_UP_TEXT)


def _clean_in_worker(url: str, page: Page) -> Result:
    """Extract and repair one fetched page in a worker process; errors come back as data."""
    if _worker_cleaner is None:  # pragma: no cover - the initializer always runs first.
        raise RuntimeError("the worker process was started without a cleaner")
    try:
        return _worker_cleaner._article_from(url, page)
    except NewsmendError as exc:
        return Failure.from_error(url, exc)
