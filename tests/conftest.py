"""Test-session set-up shared by every test module."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from hypothesis import settings

# newsmend caches its word lexicon and default index on disk (newsmend._cache); tests
# write theirs to a fresh folder, removed at exit, not to the user's ~/.cache.
_CACHE = tempfile.mkdtemp(prefix="newsmend-test-cache-")
os.environ["NEWSMEND_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)

# Property tests draw the same examples on every run, so that CI is deterministic (a
# failure found once is found again); HYPOTHESIS_PROFILE=explore draws new ones.
settings.register_profile("deterministic", derandomize=True)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))
