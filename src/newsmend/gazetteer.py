"""Gazetteers: the names newsmend knows, where they come from, and how to combine them.

A gazetteer is a set of :class:`Entry` records, each a canonical name with its
aliases, a kind, and context words that tend to appear near it in news text.
The default gazetteer ships with the package (see ``docs/gazetteer.md``); users
add their own from records, CSV or JSON Lines files, and merge with ``|``.
"""

from __future__ import annotations

import csv
import io
import json
import pickle
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

import newsmend.index as index_module
import newsmend.text as text_module
from newsmend._cache import cached, fingerprint
from newsmend.errors import GazetteerError
from newsmend.index import SAVE_LAYOUT, NameIndex
from newsmend.sources import learned_entries, wikidata_entries

__all__ = ["Entry", "Gazetteer", "Kind"]

Kind = Literal["person", "org", "place", "event", "work", "other"]

_LIST_SEPARATOR = "|"
_SAVE_FORMAT = f"newsmend-gazetteer-index/{SAVE_LAYOUT}"


class Entry(BaseModel):
    """One gazetteer entry.

    Attributes:
        name: The canonical spelling, used as the replacement.
        aliases: Other correct spellings; they are never changed either.
        kind: person, org, place, event, work or other.
        context: Words that tend to appear near the name ("Treasury Secretary", "Sen.").
        id: An external identifier such as a Wikidata QID.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    aliases: tuple[str, ...] = ()
    kind: Kind = "other"
    context: tuple[str, ...] = ()
    id: str | None = None

    @field_validator("name")
    @classmethod
    def _name_has_letters(cls, value: str) -> str:
        value = " ".join(value.split())
        if not any(ch.isalpha() for ch in value):
            raise ValueError("a name needs at least one letter")
        return value

    @field_validator("aliases", "context")
    @classmethod
    def _clean_list(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = (" ".join(v.split()) for v in values)
        return tuple(dict.fromkeys(v for v in cleaned if v))

    def merged_with(self, other: Entry) -> Entry:
        """Combine two entries for the same name: the union of their aliases and context."""
        return self.model_copy(
            update={
                "aliases": tuple(dict.fromkeys((*self.aliases, *other.aliases))),
                "context": tuple(dict.fromkeys((*self.context, *other.context))),
                "id": self.id or other.id,
            }
        )


class Gazetteer:
    """An immutable collection of entries with a lazily built lookup index.

    >>> g = Gazetteer.from_records([{"name": "Knesset", "kind": "org", "context": ["Israel"]}])
    >>> len(g), "Knesset" in g
    (1, True)
    """

    def __init__(self, entries: Iterable[Entry] = ()) -> None:
        by_name: dict[str, Entry] = {}
        for entry in entries:
            known = by_name.get(entry.name)
            by_name[entry.name] = known.merged_with(entry) if known else entry
        self._entries: tuple[Entry, ...] | None = tuple(by_name.values())
        self._index: NameIndex | None = None

    @classmethod
    def default(cls) -> Gazetteer:
        """The gazetteer that ships with newsmend, loaded once per process."""
        return _default_gazetteer()

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> Gazetteer:
        """Build a gazetteer from mappings with ``name`` and optional ``aliases``,
        ``kind``, ``context`` and ``id``.

        Raises:
            GazetteerError: A record is malformed; the message says which one.
        """
        return cls(
            _entry_from_record(record, where=f"record {n}") for n, record in enumerate(records, 1)
        )

    @classmethod
    def from_file(cls, path: str | Path) -> Gazetteer:
        """Load a CSV (``.csv``) or JSON Lines (``.jsonl``, ``.ndjson``) file.

        CSV files need a ``name`` column and may have ``aliases``, ``kind``, ``context``
        and ``id``; list cells separate items with ``|``.

        Raises:
            GazetteerError: The file cannot be read or a row is malformed.
        """
        path = Path(path)
        suffix = path.suffix.lower()
        try:
            with path.open(encoding="utf-8-sig", newline="") as handle:
                if suffix == ".csv":
                    return cls(_entries_from_csv(handle, path))
                if suffix in {".jsonl", ".ndjson", ".json"}:
                    return cls(_entries_from_jsonl(handle, path))
        except OSError as exc:
            raise GazetteerError(
                f"cannot read gazetteer file: {exc.strerror}", url=str(path)
            ) from exc
        raise GazetteerError("unknown gazetteer format (use .csv or .jsonl)", url=str(path))

    @classmethod
    def from_wikidata(cls, path: str | Path, *, languages: Sequence[str] = ("en",)) -> Gazetteer:
        """Load entities in the format of Wikidata's JSON dumps (plain, ``.gz`` or ``.bz2``).

        Labels in ``languages`` (the first that has one is the name) and their aliases
        become spellings, the description's content words the context, the "instance
        of" claims the kind, and the QID the ``id``. Entities with no label in those
        languages are skipped.

        Raises:
            GazetteerError: The file cannot be read or holds something else.
        """
        where = str(path)
        return cls(
            _entry_from_record(record, where=f"{where}, {record['id']}")
            for record in wikidata_entries(path, languages)
        )

    @classmethod
    def from_texts(cls, texts: Iterable[str], *, min_count: int = 3) -> Gazetteer:
        """Learn names from a corpus of clean articles, for domains no list covers.

        Every run of capitalised words seen at least ``min_count`` times becomes an
        entry of kind ``other``, with the words most often around it as context.
        Review the result before trusting it: the corpus must be clean, since a
        misspelling seen ``min_count`` times is learned as a name.
        """
        if min_count < 1:
            raise GazetteerError(f"min_count must be at least 1, got {min_count}")
        return cls.from_records(learned_entries(texts, min_count))

    @classmethod
    def load(cls, path: str | Path) -> Gazetteer:
        """Load a gazetteer saved with :meth:`save`, its index ready to use.

        The file is a Python pickle: load only files you or your pipeline wrote.

        Raises:
            GazetteerError: The file cannot be read or was not written by :meth:`save`
                of a compatible newsmend version.
        """
        path = Path(path)
        try:
            with path.open("rb") as handle:
                saved = pickle.load(handle)
        except OSError as exc:
            raise GazetteerError(f"cannot read saved index: {exc.strerror}", url=str(path)) from exc
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError) as exc:
            raise GazetteerError(f"not a saved newsmend index: {exc}", url=str(path)) from exc
        if not (isinstance(saved, dict) and saved.get("format") == _SAVE_FORMAT):
            raise GazetteerError("not a saved newsmend index", url=str(path))
        gazetteer = cls()
        gazetteer._entries = None
        gazetteer._index = saved["index"]
        return gazetteer

    def save(self, path: str | Path) -> None:
        """Save the gazetteer with its compiled index, for :meth:`load` to start fast.

        Raises:
            GazetteerError: The file cannot be written.
        """
        path = Path(path)
        try:
            with path.open("wb") as handle:
                pickle.dump({"format": _SAVE_FORMAT, "index": self.index}, handle, protocol=5)
        except OSError as exc:
            raise GazetteerError(
                f"cannot write saved index: {exc.strerror}", url=str(path)
            ) from exc

    @property
    def entries(self) -> tuple[Entry, ...]:
        """All entries, in the order they were first seen."""
        if self._entries is None:
            self._entries = tuple(
                Entry.model_validate(
                    {"name": name, "aliases": aliases, "kind": kind, "context": context, "id": id_}
                )
                for name, aliases, kind, context, id_ in self.index.records
            )
        return self._entries

    @property
    def index(self) -> NameIndex:
        """The compiled lookup index, built on first use."""
        if self._index is None:
            self._index = NameIndex.from_entries(self.entries)
        return self._index

    def __getstate__(self) -> dict[str, Any]:
        # The index is several times larger than the entries and quicker to rebuild than to
        # unpickle, so a pickled gazetteer (one sent to worker processes) carries entries only.
        return {"_entries": self.entries, "_index": None}

    def __or__(self, other: Gazetteer) -> Gazetteer:
        if not isinstance(other, Gazetteer):
            return NotImplemented
        return Gazetteer((*self.entries, *other.entries))

    def __len__(self) -> int:
        return len(self._entries) if self._entries is not None else len(self.index)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        if self._entries is None:  # loaded from disk: look in the index, make no records
            return name in self.index.names
        return any(entry.name == name for entry in self._entries)

    def __repr__(self) -> str:
        return f"<Gazetteer with {len(self)} entries>"


def _entry_from_record(record: Mapping[str, Any], *, where: str) -> Entry:
    if not isinstance(record, Mapping):
        raise GazetteerError(f"{where}: expected a mapping, got {type(record).__name__}")
    try:
        return Entry.model_validate(dict(record))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc'])}: {err['msg']}" for err in exc.errors()
        )
        raise GazetteerError(f"{where}: {problems}") from exc


def _split_cell(cell: str | None) -> list[str]:
    return [part.strip() for part in (cell or "").split(_LIST_SEPARATOR) if part.strip()]


def _entries_from_csv(handle: Iterable[str], path: Path) -> Iterator[Entry]:
    reader = csv.DictReader(handle)
    if reader.fieldnames is None or "name" not in reader.fieldnames:
        raise GazetteerError("CSV gazetteer needs a 'name' column", url=str(path))
    for row in reader:
        record: dict[str, Any] = {"name": row.get("name") or ""}
        for column in ("aliases", "context"):
            record[column] = _split_cell(row.get(column))
        if row.get("kind"):
            record["kind"] = row["kind"].strip()
        if row.get("id"):
            record["id"] = row["id"].strip()
        yield _entry_from_record(record, where=f"{path}, line {reader.line_num}")


def _entries_from_jsonl(handle: Iterable[str], path: Path) -> Iterator[Entry]:
    for line_number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GazetteerError(
                f"line {line_number}: invalid JSON: {exc.msg}", url=str(path)
            ) from exc
        yield _entry_from_record(record, where=f"{path}, line {line_number}")


@cache
def _default_gazetteer() -> Gazetteer:
    """The packaged gazetteer, its index read from newsmend's cache when it is there."""
    data = (resources.files("newsmend") / "data" / "gazetteer.jsonl").read_bytes()
    modules = (index_module.__file__, text_module.__file__, __file__)
    key = fingerprint([data, *(Path(module or "").read_bytes() for module in modules)])
    gazetteer = Gazetteer()
    gazetteer._entries = None
    gazetteer._index = cached("default-index", key, lambda: _index_of_jsonl(data))
    return gazetteer


def _index_of_jsonl(data: bytes) -> NameIndex:
    lines = io.StringIO(data.decode("utf-8"))
    return Gazetteer(_entries_from_jsonl(lines, Path("newsmend/data/gazetteer.jsonl"))).index
