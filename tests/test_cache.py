"""The on-disk cache of derived data: faster when it works, harmless when it cannot."""

from __future__ import annotations

import gc
import os
import pickle
from pathlib import Path

import pytest

from newsmend import Gazetteer
from newsmend._cache import cache_dir, cached, fingerprint
from newsmend.gazetteer import _index_of_jsonl
from newsmend.text import _build_lexicon, common_words, rare_words


class Builder:
    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_builds_once_then_reads_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMEND_CACHE_DIR", str(tmp_path))
    build = Builder({"words": frozenset({"a", "b"})})
    assert cached("thing", "k1", build) == build.value
    assert cached("thing", "k1", build) == build.value
    assert build.calls == 1
    assert [p.name for p in tmp_path.iterdir()] == ["thing-k1.pickle"]
    assert cached("thing", "k2", build) == build.value  # another key is another file
    assert build.calls == 2


def test_an_empty_setting_turns_the_cache_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSMEND_CACHE_DIR", "")
    assert cache_dir() is None
    build = Builder([1, 2])
    cached("thing", "k", build)
    cached("thing", "k", build)
    assert build.calls == 2


def test_default_folder_follows_xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSMEND_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "newsmend"


def test_a_corrupt_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSMEND_CACHE_DIR", str(tmp_path))
    (tmp_path / "thing-k.pickle").write_bytes(b"not a pickle")
    build = Builder("fresh")
    assert cached("thing", "k", build) == "fresh"
    assert pickle.loads((tmp_path / "thing-k.pickle").read_bytes()) == "fresh"


def test_an_unwritable_folder_still_gives_the_value(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    monkeypatch.setenv("NEWSMEND_CACHE_DIR", str(blocker / "cache"))
    build = Builder("value")
    assert cached("thing", "k", build) == "value"
    assert cached("thing", "k", build) == "value"
    assert build.calls == 2
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_fingerprint_separates_its_parts() -> None:
    assert fingerprint(["ab", "c"]) != fingerprint(["a", "bc"])
    assert fingerprint([b"x"]) == fingerprint(["x"])


def test_cached_lexicon_and_index_equal_fresh_builds() -> None:
    assert os.environ["NEWSMEND_CACHE_DIR"]  # set by conftest: a folder of this session
    common, rare = _build_lexicon()
    assert (common_words(), rare_words()) == (common.keys(), rare.keys())
    data = Path(__file__).parents[1] / "src" / "newsmend" / "data" / "gazetteer.jsonl"
    fresh = _index_of_jsonl(data.read_bytes())
    default = Gazetteer.default().index
    assert default.records == fresh.records
    for name in ("Volodymyr Zelenskyy", "Knesset", "Kyiv"):
        tokens = tuple(name.lower().split())
        assert [f.display for f in default.exact(tokens)] == [
            f.display for f in fresh.exact(tokens)
        ]


def test_the_lexicon_is_never_walked_by_the_cycle_collector() -> None:
    # a set of 370,000 words would be walked at every full collection (15% of repair
    # time at 1,000 names); a dict holding only strings is not tracked at all
    for words in (common_words(), rare_words()):
        (table,) = gc.get_referents(words)
        assert isinstance(table, dict)
        assert len(table) > 100_000
        assert not gc.is_tracked(table)
