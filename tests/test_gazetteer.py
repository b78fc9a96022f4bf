"""Gazetteers: records, files, merging, the index, and the default gazetteer."""

from __future__ import annotations

import gzip
import json
import pickle
from pathlib import Path

import pytest

from newsmend import Entry, Gazetteer, GazetteerError, repair_names


def test_from_records_fills_defaults() -> None:
    g = Gazetteer.from_records([{"name": "  Knesset  "}])
    [entry] = g.entries
    assert entry == Entry(name="Knesset", kind="other")


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"aliases": ["x"]}, "name"),
        ({"name": "1234"}, "letter"),
        ({"name": "Kyiv", "kind": "city"}, "kind"),
        ({"name": "Kyiv", "colour": "blue"}, "colour"),
        ("Kyiv", "mapping"),
    ],
)
def test_malformed_records_say_what_is_wrong(record: object, problem: str) -> None:
    with pytest.raises(GazetteerError, match=problem):
        Gazetteer.from_records([record])  # type: ignore[list-item]


def test_csv_file(tmp_path: Path) -> None:
    path = tmp_path / "names.csv"
    path.write_text(
        "name,aliases,kind,context,id\n"
        "Volodymyr Zelenskyy,Zelensky|Zelenskiy,person,President|Ukraine,Q3881425\n"
        "Knesset,,org,Israel,\n",
        encoding="utf-8",
    )
    g = Gazetteer.from_file(path)
    zelenskyy, knesset = g.entries
    assert zelenskyy.aliases == ("Zelensky", "Zelenskiy")
    assert zelenskyy.context == ("President", "Ukraine")
    assert zelenskyy.id == "Q3881425"
    assert knesset.kind == "org"
    assert knesset.id is None


def test_jsonl_file_and_errors_name_the_line(tmp_path: Path) -> None:
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps({"name": "Knesset", "kind": "org"}) + "\n\n", encoding="utf-8")
    assert len(Gazetteer.from_file(good)) == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"name": "Knesset"}\n{not json}\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 2"):
        Gazetteer.from_file(bad)


def test_missing_file_and_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.from_file(tmp_path / "absent.csv")
    other = tmp_path / "names.xml"
    other.write_text("<names/>", encoding="utf-8")
    with pytest.raises(GazetteerError, match="format"):
        Gazetteer.from_file(other)


def test_merge_unions_aliases_and_context() -> None:
    a = Gazetteer.from_records([{"name": "Kyiv", "aliases": ["Kiev"], "context": ["Ukraine"]}])
    b = Gazetteer.from_records(
        [{"name": "Kyiv", "aliases": ["Kyjiw"], "context": ["capital"]}, {"name": "Lviv"}]
    )
    merged = a | b
    assert len(merged) == 2
    kyiv = merged.entries[0]
    assert kyiv.aliases == ("Kiev", "Kyjiw")
    assert kyiv.context == ("Ukraine", "capital")
    assert len(a) == 1  # merging makes a new gazetteer


def test_surname_alias_only_when_unambiguous() -> None:
    g = Gazetteer.from_records(
        [
            {"name": "Scott Bessent", "kind": "person"},
            {"name": "Jan Novak", "kind": "person"},
            {"name": "Petr Novak", "kind": "person"},
            {"name": "Ursula von der Leyen", "kind": "person"},
        ]
    )
    implicit = {f.display for f in g.index.forms if f.implicit}
    assert implicit == {"Bessent", "von der Leyen"}


def test_index_finds_similar_tokens() -> None:
    g = Gazetteer.from_records([{"name": "Knesset"}, {"name": "Volodymyr Zelenskyy"}])
    assert [t for t, _ in g.index.similar_tokens("khosset", 1.5)] == ["knesset"]
    assert [t for t, _ in g.index.similar_tokens("jemenskyy", 2.0)] == ["zelenskyy"]
    assert g.index.similar_tokens("budapest", 2.0) == []


def test_default_gazetteer_is_loaded_once_and_well_formed() -> None:
    g = Gazetteer.default()
    assert Gazetteer.default() is g
    assert len(g) >= 5000
    kinds = {entry.kind for entry in g}
    assert {"person", "org", "place"} <= kinds
    assert all(entry.context for entry in g)
    for name in (
        "Volodymyr Zelenskyy",
        "Knesset",
        "Scott Bessent",
        "Lindsey Graham",
        "Richard Blumenthal",
        "Kyiv",
        "NATO",
    ):
        assert name in g


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Zabul", "Afghanistan"),  # was changed towards "Kabul" while it was missing
        ("Qinghai", "China"),  # was changed towards "Qionghai"
        ("Kherson", "Ukraine"),
        ("Khyber Pakhtunkhwa", "Pakistan"),
        ("Borno", "Nigeria"),
        ("North Kivu", "Democratic Republic of the Congo"),
        ("Bavaria", "Germany"),
        ("Scotland", "United Kingdom"),
    ],
)
def test_default_gazetteer_holds_first_level_regions(name: str, country: str) -> None:
    [entry] = [entry for entry in Gazetteer.default() if entry.name == name]
    assert entry.kind == "place"
    assert country in entry.context


def test_default_gazetteer_leaves_region_names_alone() -> None:
    text = "Fighting was reported in Zabul province and in Qinghai, China."
    assert repair_names(text).text == text


def test_save_and_load_keep_entries_and_repairs(tmp_path: Path) -> None:
    g = Gazetteer.from_records(
        [
            {"name": "Knesset", "kind": "org", "context": ["Israel", "parliament"], "id": "Q10851"},
            {"name": "Scott Bessent", "kind": "person", "context": ["Treasury Secretary"]},
        ]
    )
    path = tmp_path / "names.idx"
    g.save(path)
    loaded = Gazetteer.load(path)
    assert len(loaded) == 2
    assert loaded.entries == g.entries
    assert "Knesset" in loaded
    text = "Israel's parliament, the Khosset, heard Treasury Secretary Scott Bessemt."
    assert repair_names(text, loaded) == repair_names(text, g)


def test_membership_in_a_loaded_gazetteer_reads_the_index(tmp_path: Path) -> None:
    g = Gazetteer.from_records([{"name": "Knesset", "kind": "org"}, {"name": "Bundestag"}])
    path = tmp_path / "names.idx"
    g.save(path)
    loaded = Gazetteer.load(path)
    assert "Bundestag" in loaded
    assert "Khosset" not in loaded
    assert 42 not in loaded


def test_a_loaded_index_finds_every_exact_spelling_including_shared_ones(tmp_path: Path) -> None:
    # The exact-spelling table is rebuilt on loading; spellings of several entries
    # ("Georgia" the country and the US state) must keep all of them.
    g = Gazetteer.default()
    g.save(tmp_path / "default.idx")
    loaded = Gazetteer.load(tmp_path / "default.idx").index
    index = g.index
    assert any(len(index.exact(k)) > 1 for k in index.form_token_table)
    for tokens in set(index.form_token_table):
        assert loaded.exact(tokens) == index.exact(tokens)


def test_similar_tokens_find_a_short_name_with_a_letter_dropped_or_added() -> None:
    index = Gazetteer.from_records([{"name": "China"}, {"name": "Lagos"}]).index
    assert index.similar_tokens("chna", 1.0) == [("china", 1.0)]
    assert index.similar_tokens("lgos", 1.0) == [("lagos", 1.0)]
    assert index.similar_tokens("chinna", 1.0) == [("china", 0.5)]


def test_forms_made_and_lookups_remembered_are_not_saved(tmp_path: Path) -> None:
    g = Gazetteer.from_records([{"name": "Knesset", "kind": "org"}])
    index = g.index
    assert index.similar_tokens("khosset", 1.5) == [("knesset", 1.0)]
    assert index.similar_tokens("khosset", 1.5) == [("knesset", 1.0)]  # from the memo
    assert index.form(0) is index.form(0)  # from the memo of forms
    g.save(tmp_path / "names.idx")
    assert "_memo" in vars(index)
    assert "_form_memo" in vars(index)
    loaded = vars(Gazetteer.load(tmp_path / "names.idx").index)
    assert "_memo" not in loaded
    assert "_form_memo" not in loaded


def test_load_rejects_other_files(tmp_path: Path) -> None:
    junk = tmp_path / "junk.idx"
    junk.write_bytes(b"not a pickle at all")
    with pytest.raises(GazetteerError, match="not a saved newsmend index"):
        Gazetteer.load(junk)
    with pytest.raises(GazetteerError, match="cannot read"):
        Gazetteer.load(tmp_path / "absent.idx")


def test_pickled_gazetteer_rebuilds_its_index() -> None:
    g = Gazetteer.from_records([{"name": "Knesset", "kind": "org"}])
    assert g.index.is_known("knesset")
    copy = pickle.loads(pickle.dumps(g))
    assert copy.entries == g.entries
    assert copy.index.is_known("knesset")


def _entity(
    qid: str,
    label: str,
    *,
    aliases: tuple[str, ...] = (),
    description: str = "",
    instance_of: str | None = None,
    language: str = "en",
) -> dict[str, object]:
    """An entity shaped like a line of Wikidata's JSON dumps."""
    entity: dict[str, object] = {
        "type": "item",
        "id": qid,
        "labels": {language: {"language": language, "value": label}},
        "aliases": {language: [{"language": language, "value": a} for a in aliases]},
        "descriptions": {language: {"language": language, "value": description}},
        "claims": {},
    }
    if instance_of:
        snak = {
            "snaktype": "value",
            "property": "P31",
            "datavalue": {
                "value": {"entity-type": "item", "id": instance_of},
                "type": "wikibase-entityid",
            },
        }
        entity["claims"] = {"P31": [{"mainsnak": snak, "type": "statement", "rank": "normal"}]}
    return entity


def test_wikidata_dump_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    entities = [
        _entity(
            "Q3881425",
            "Volodymyr Zelenskyy",
            aliases=("Zelensky",),
            description="President of Ukraine since 2019",
            instance_of="Q5",
        ),
        _entity(
            "Q10851",
            "Knesset",
            description="unicameral legislature of Israel",
            instance_of="Q11204",
        ),
        _entity("Q999", "Kyjiw", language="de"),  # no English label: skipped
    ]
    path.write_text("[\n" + ",\n".join(json.dumps(e) for e in entities) + "\n]\n", encoding="utf-8")
    g = Gazetteer.from_wikidata(path)
    zelenskyy, knesset = g.entries
    assert zelenskyy == Entry(
        name="Volodymyr Zelenskyy",
        aliases=("Zelensky",),
        kind="person",
        context=("President", "Ukraine", "since"),
        id="Q3881425",
    )
    assert knesset.kind == "org"
    assert knesset.context == ("unicameral", "legislature", "Israel")
    german = Gazetteer.from_wikidata(path, languages=("de", "en"))
    assert "Kyjiw" in german


def test_wikidata_gzip_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.json.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(json.dumps(_entity("Q1", "Kyiv", instance_of="Q5119")) + "\n")
    assert Gazetteer.from_wikidata(path).entries[0].kind == "place"
    bad = tmp_path / "bad.json"
    bad.write_text('[\n{"id": "Q1"},\n]\n', encoding="utf-8")
    with pytest.raises(GazetteerError, match="line 2: not a Wikidata entity"):
        Gazetteer.from_wikidata(bad)


def test_learns_recurring_names_from_texts() -> None:
    texts = [
        "The mayor of Brno, Jana Dvorakova, opened the bridge on Monday.",
        "Officials said Jana Dvorakova would visit Brno again. The bridge cost millions.",
        "In Brno, the mayor Jana Dvorakova thanked the engineers. The work took years.",
    ]
    g = Gazetteer.from_texts(texts, min_count=3)
    assert {e.name for e in g} == {"Brno", "Jana Dvorakova"}
    dvorakova = next(e for e in g if e.name == "Jana Dvorakova")
    assert "mayor" in dvorakova.context
    assert repair_names("The mayor Jana Dvorakowa spoke in Brno.", g).text == (
        "The mayor Jana Dvorakova spoke in Brno."
    )
    with pytest.raises(GazetteerError, match="min_count"):
        Gazetteer.from_texts(texts, min_count=0)
