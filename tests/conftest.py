"""Test-session set-up shared by every test module."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

# newsmend caches its word lexicon and default index on disk (newsmend._cache); tests
# write theirs to a fresh folder, removed at exit, not to the user's ~/.cache.
_CACHE = tempfile.mkdtemp(prefix="newsmend-test-cache-")
os.environ["NEWSMEND_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
