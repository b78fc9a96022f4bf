"""A small on-disk cache for what newsmend derives from its own data on first use.

Two things cost most of a fresh process's start-up: the ordinary-word lexicon made from
wordfreq's lists (about 0.8 s) and the index of the default gazetteer (about 0.5 s).
Both depend only on installed files, so the first process to build them writes them
to the cache and later processes (batch workers, the next run) read them back in a
tenth of the time.

Where: ``$NEWSMEND_CACHE_DIR``, else ``$XDG_CACHE_HOME/newsmend``, else
``~/.cache/newsmend``. Set ``NEWSMEND_CACHE_DIR`` to an empty string to turn the cache
off. A file is named after what it holds and a hash of everything it was built from
(the source files, their versions and the data), so a change to any of them makes a new
file instead of reading a stale one. Any failure to read or write falls back to building
in memory: the cache can make newsmend faster, never wrong or broken.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

_FORMAT = "1"


def cache_dir() -> Path | None:
    """The cache folder, or ``None`` when the cache is turned off."""
    configured = os.environ.get("NEWSMEND_CACHE_DIR")
    if configured is not None:
        return Path(configured).expanduser() if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "newsmend"


def fingerprint(parts: Iterable[str | bytes]) -> str:
    """A short hash of the inputs something was built from."""
    digest = hashlib.sha256(_FORMAT.encode())
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()[:20]


def cached(name: str, key: str, build: Callable[[], T]) -> T:
    """Return the value stored under ``name`` and ``key``, or build and store it.

    Only newsmend's own derived data goes through here: a cache file is a pickle, read
    from the user's own cache folder.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{key}.pickle"
    try:
        with path.open("rb") as handle:
            return pickle.load(handle)  # type: ignore[no-any-return]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        pass
    value = build()
    _store(path, value)
    return value


def _store(path: Path, value: object) -> None:
    """Write atomically (a temporary file, then a rename), so that parallel workers never
    read half a file; a folder that cannot be written is left alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-")
    except OSError:
        return
    try:
        with os.fdopen(descriptor, "wb") as handle:
            pickle.dump(value, handle, protocol=5)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
