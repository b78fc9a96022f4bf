"""Test-session set-up shared by every test module."""

from __future__ import annotations

import os
import tempfile

# newsmend caches its word lexicon and default index on disk (newsmend._cache); tests
# write theirs to a fresh folder, not to the user's ~/.cache.
os.environ["NEWSMEND_CACHE_DIR"] = tempfile.mkdtemp(prefix="newsmend-test-cache-")
