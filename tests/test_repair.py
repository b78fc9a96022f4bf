"""Name repair, specified by examples.

Every case names where it comes from. Repairs use a small gazetteer of real public
figures (tests/data/mini_gazetteer.jsonl) so each case shows which fact it relies on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmend import Gazetteer, InvalidInput, NewsmendError, repair_names

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.from_file(DATA / "mini_gazetteer.jsonl")


@dataclass(frozen=True)
class Example:
    text: str
    original: str
    replacement: str
    source: str


REPAIRS = [
    Example(
        "The President of Ukraine Voldymyr Jemenskyy met Trump. Zelenskyy spoke first.",
        "Voldymyr Jemenskyy",
        "Volodymyr Zelenskyy",
        "seed: machine-spun article",
    ),
    Example(
        "Earlier this week in Jerusalem, in a speech to Khosset, Trump praised Israel.",
        "Khosset",
        "Knesset",
        "seed: OCR-like h/n and e/o confusion",
    ),
    Example(
        "Treasury Secretary Scott Scent said on Wednesday that talks went well.",
        "Scott Scent",
        "Scott Bessent",
        "seed: surname spun into an ordinary word",
    ),
    Example(
        "Treasury Secretary Scott Bessent spoke. “We will respond,” said Sessent.",
        "Sessent",
        "Bessent",
        "seed: first-letter swap, full name seen earlier",
    ),
    Example(
        "The bill is sponsored by Republican Sen. Lindocy Graham from South Carolina.",
        "Lindocy Graham",
        "Lindsey Graham",
        "seed: first name garbled, surname exact",
    ),
    Example(
        "The bill is backed by Democratic Sen. Richard Blicutt and others.",
        "Richard Blicutt",
        "Richard Blumenthal",
        "seed: surname garbled beyond edits",
    ),
    Example(
        "THE PRESIDENT OF UKRAINE VOLDYMYR JEMENSKYY MET ZELENSKYY'S ALLIES",
        "VOLDYMYR JEMENSKYY",
        "VOLODYMYR ZELENSKYY",
        "headline in capitals",
    ),
    Example(
        "BERUN, March 3 — German officials said no. Berlin hosted the talks.",
        "BERUN",
        "BERLIN",
        "HIPE-style OCR in a dateline: li read as u",
    ),
    Example(
        "President Emmanuel Macrom of France arrived in Kyiv.",
        "Emmanuel Macrom",
        "Emmanuel Macron",
        "typo: m for n",
    ),
    Example(
        "He liked Tomahawks. “We have a lot of tomowawks,” he said.",
        "tomowawks",
        "Tomahawks",
        "seed: lower-case garble of a name the text spells",
    ),
    Example(
        "European Commission President Ursula von der Leyem met EU leaders.",
        "Ursula von der Leyem",
        "Ursula von der Leyen",
        "particle surname",
    ),
    Example(
        "Trade between the United Statcs and Canada grew.",
        "United Statcs",
        "United States",
        "benchmark: a name ending in s keeps one s",
    ),
    Example(
        "American officials in Washington said the United Stares would act.",
        "United Stares",
        "United States",
        "HIPE: an OCR garble that is an English word, inside an anchored name",
    ),
    Example(
        "The delegation flew to Lohdon on Tuesday.",
        "Lohdon",
        "London",
        "OCR look-alike h/n, no other evidence",
    ),
    Example(
        "An Octobcr meeting in Kyiv was cancelled. In October, Kyiv was calm.",
        "Octobcr",
        "October",
        "a function word opening the sentence is not part of a name",
    ),
    Example(
        "Later Trnmp said the talks were over. Trump left.",
        "Trnmp",
        "Trump",
        "one look-alike edit in the middle of a short name",
    ),
    Example(
        "The US House of Representatives met. The Housc of Representatives voted.",
        "Housc of Representatives",
        "House of Representatives",
        "a name with 'of' inside",
    ),
    Example(
        "Officials in L0ndon said the talks would resume.",
        "L0ndon",
        "London",
        "OCR: a zero for the letter o inside a name",
    ),
    Example(
        "The Chancellor flew from Ber1in to Kyiv on Monday.",
        "Ber1in",
        "Berlin",
        "OCR: a one for the letter l",
    ),
    Example(
        "Lawmakers in lsrael voted late on Tuesday.",
        "lsrael",
        "Israel",
        "OCR: a small l for the capital I opening a name",
    ),
    Example(
        "Troops from ISRAEL and NAT0 allies trained together.",
        "NAT0",
        "NATO",
        "OCR: a zero among capitals",
    ),
    Example(
        "Ministers of Germany and Georgia met in BerIin.",
        "BerIin",
        "Berlin",
        "OCR: a capital I among small letters",
    ),
    Example(
        "Trade with the United States grew. The United Slates will answer.",
        "United Slates",
        "United States",
        "HIPE: a real word one look-alike from the name, beside the name spelled right",
    ),
    Example(
        "Israel's cabinet met. Isreal said the vote would wait.",
        "Isreal",
        "Israel",
        "a rare real word (a common misspelling) beside the name spelled right",
    ),
]


@pytest.mark.parametrize("case", REPAIRS, ids=lambda c: c.original)
def test_repairs_garbled_name(case: Example, gazetteer: Gazetteer) -> None:
    result = repair_names(case.text, gazetteer)
    changes = [(c.original, c.replacement) for c in result.corrections]
    assert (case.original, case.replacement) in changes
    assert len(changes) == 1
    assert result.text == case.text.replace(case.original, case.replacement, 1)


UNCHANGED = [
    ("Trump and Putin met in Alaska; Marco Rubio and Steve Witkoff joined.", "seed names"),
    ("NATO Secretary General Mark Rutte said allies pledged support.", "exact name"),
    (
        "Agreeing to sell Tomahawks would be a real deal, said Mark Montgomery.",
        "a first name shared with a gazetteer person, surname a gazetteer place",
    ),
    ("Russian officials in Moscow met Russia's envoys.", "demonym next to the country"),
    ("Watch | Nato pledges help to Ukraine", "case variant of an acronym"),
    (
        "Trump said he was weighing selling the Kyivs the range of a walking tomahawk.",
        "plural of an exact name",
    ),
    (
        "With a weak Israel – Hamas Resefire, the Signs of White House Fans in Russian Helsetions",
        "garbles of ordinary words stay: no gazetteer entry is close",
    ),
    ("Thursday, Friday and Sunday; Earlier this week, Therefore, Okay?", "capitalised words"),
    (
        "Read https://example.com/Knesset and write to Zelensky@example.org or @Khosset #Khosset",
        "URLs, e-mail addresses, handles and hashtags",
    ),
    ("Run `Khosset.run()` to start.", "code"),
    ("Scott said the scent of rain was strong.", "ordinary word without a name"),
    ("Democratic Sen. Richard Neal and Rep. Richard Blumenthal spoke.", "both exact"),
    ("The F-16 and the Su-35 flew over Bern.", "tokens touching digits"),
    (
        "Web3 firms, 5G masts, the B52, COVID19 tests and iPhone5 cases; Mac0S and 1ondoner.",
        "digits in words that do not spell a name once read as letters",
    ),
    ("The lnfo desk and the lSO norm; Kylv and Lond0n5.", "look-alikes that spell no name"),
    ("Isreal said the vote would wait.", "a rare real word with no name spelled right nearby"),
    ("The United Slates Company sells roofing.", "a real word next to an exact word, no evidence"),
    (
        "In America, the Americani and Americans voted.",
        "words derived from a name the text spells",
    ),
    ("Prime Minister Mark Carney visited Georgia.", "exact, ambiguous entry"),
    ("Zelensky, Zelenskyy and Volodymyr Zelensky are all correct spellings.", "aliases"),
    ("La France et l'Allemagne, d'Allemagne, L'Allemagne.", "French elided articles"),
    ("Gli americani e l'America: gli americani votano.", "a word derived from a name"),
    (
        "Fighting in Zabul and Kabul. Zabul's governor said Zabul was calm.",
        "a name that recurs in the text is real, even one edit from another",
    ),
    (
        "Fighting in Kabul spread. In Zabul province, Afghan officials said Kabul was calm.",
        "a short word with another first letter beside the name is another name",
    ),
    ("The photographer Evan Macrom spoke.", "look-alike (m/n) inside an unknown full name"),
    (
        "US health officials said the Chinese Center for Disease Control and Prevention agreed.",
        "benchmark: a real word one plural 's' away from a name is another name",
    ),
]


@pytest.mark.parametrize(("text", "why"), UNCHANGED, ids=[u[1] for u in UNCHANGED])
def test_leaves_correct_text_alone(text: str, why: str, gazetteer: Gazetteer) -> None:
    result = repair_names(text, gazetteer)
    assert result.text == text, [c.reason for c in result.corrections]
    assert result.corrections == ()


def test_clean_news_text_is_unchanged(gazetteer: Gazetteer) -> None:
    text = (DATA / "clean_news.txt").read_text(encoding="utf-8")
    result = repair_names(text, gazetteer)
    assert [c.original for c in result.corrections] == []
    assert result.text == text


def test_corrections_carry_offsets_and_evidence(gazetteer: Gazetteer) -> None:
    text = (
        "Ukraine's Voldymyr Jemenskyy's plan. Zelenskyy agreed. "
        "Israel's parliament, the Khosset, voted."
    )
    result = repair_names(text, gazetteer)
    assert (
        result.text == "Ukraine's Volodymyr Zelenskyy's plan. Zelenskyy agreed. "
        "Israel's parliament, the Knesset, voted."
    )
    for c in result.corrections:
        assert result.text[c.start : c.end] == c.replacement
        assert text[c.original_start : c.original_start + len(c.original)] == c.original
        assert 0 < c.score <= 1
        assert c.reason
    assert [c.entity for c in result.corrections] == ["Volodymyr Zelenskyy", "Knesset"]
    assert result.corrections[1].kind == "org"


def test_replaying_corrections_reproduces_the_text(gazetteer: Gazetteer) -> None:
    text = " ".join(case.text for case in REPAIRS)
    result = repair_names(text, gazetteer)
    replayed = text
    for c in sorted(result.corrections, key=lambda c: c.original_start, reverse=True):
        end = c.original_start + len(c.original)
        replayed = replayed[: c.original_start] + c.replacement + replayed[end:]
    assert replayed == result.text
    assert len(result.corrections) >= len(REPAIRS) - 1  # BERUN is no dateline here


def test_a_repeated_garble_is_repaired_where_the_right_spelling_dominates(
    gazetteer: Gazetteer,
) -> None:
    text = (
        "The Khosset met. Israel's parliament, the Knesset, and the Knesset's speaker said the "
        "Khosset will meet again. The Knesset agreed."
    )
    result = repair_names(text, gazetteer)
    assert [(c.original, c.replacement) for c in result.corrections] == [("Khosset", "Knesset")] * 2
    assert "Khosset" not in result.text


def test_ambiguous_mention_becomes_a_suspect(gazetteer: Gazetteer) -> None:
    text = "The minister Jan Nosak spoke."
    result = repair_names(text, gazetteer)
    assert result.text == text
    [suspect] = result.suspects
    assert suspect.text == "Jan Nosak"
    assert {a.entity for a in suspect.alternatives} == {"Jan Novak", "Jan Nowak"}
    assert result.text[suspect.start : suspect.end] == suspect.text


def test_a_lower_case_garble_is_repaired_towards_an_alias_of_a_named_entity() -> None:
    # Lower-case words are compared with the names the text gives evidence for, not with
    # the whole index: those include the aliases of the entities the text names.
    names = Gazetteer.from_records(
        [
            {"name": "Volodymyr Zelenskyy", "aliases": ["Zelensky"], "kind": "person"},
            {"name": "Zelenograd", "kind": "place"},
        ]
    )
    text = "President Volodymyr Zelenskyy met allies. Critics of the zelenskky camp left."
    result = repair_names(text, names)
    assert [(c.original, c.replacement) for c in result.corrections] == [("zelenskky", "Zelensky")]
    # Without the entity named, no evidence: the word stays.
    text = "Critics of the zelenskky camp left."
    assert repair_names(text, names).text == text


def test_fur_links_a_german_name() -> None:
    # Tokens are compared normalised, so the connector "für" is matched as "fur".
    names = Gazetteer.from_records(
        [
            {
                "name": "Alternative for Germany",
                "aliases": ["Alternative für Deutschland"],
                "kind": "org",
            },
            {"name": "Deutschland", "kind": "place"},
        ]
    )
    result = repair_names("Die Alternative für Deutchland gewann in Sachsen.", names)
    assert result.text == "Die Alternative für Deutschland gewann in Sachsen."
    assert result.corrections[0].entity == "Alternative for Germany"


def test_entries_spelled_alike_do_not_stop_a_repair() -> None:
    # A city and its canton, a country and a state: the text's repair is the same
    # whichever entry is meant, so it is made, and the reason names the namesake.
    names = Gazetteer.from_records(
        [
            {"name": "Georgia", "id": "Q230", "kind": "place"},
            {"name": "State of Georgia", "aliases": ["Georgia"], "id": "Q1428", "kind": "place"},
            {"name": "Fribourg", "id": "Q36378", "kind": "place"},
            {"name": "FRIBOURG", "id": "Q25621447", "kind": "place"},
        ]
    )
    text = "Voters in Georgia went to the polls. Turnout in Gerogia was high."
    result = repair_names(text, names)
    assert result.text == "Voters in Georgia went to the polls. Turnout in Georgia was high."
    assert result.suspects == ()
    [correction] = result.corrections
    assert correction.entity_id in {"Q230", "Q1428"}
    other = "'State of Georgia' (Q1428)" if correction.entity_id == "Q230" else "'Georgia' (Q230)"
    assert f"as close to {other}, spelled the same" in correction.reason
    text = "Le canton de Fribourg vote. A FRIBUORG, la participation fut forte."
    assert repair_names(text, names).text == text.replace("FRIBUORG", "FRIBOURG")


def test_one_generic_context_word_is_not_enough(gazetteer: Gazetteer) -> None:
    text = "The President arrived. (Photo: Evan Macrom / Reuters)"
    assert repair_names(text, gazetteer).text == text
    text = "(Photo: Evan Macrom / Reuters). Officials met in the Chossct in Israel."
    assert repair_names(text, gazetteer).text == text


def test_a_lone_unknown_word_one_edit_from_a_long_name_is_repaired(gazetteer: Gazetteer) -> None:
    text = "(Photo: Evan Macrom / Reuters). Officials met in the Khosset in Israel."
    assert repair_names(text, gazetteer).text == text.replace("Khosset", "Knesset")
    assert repair_names("They met in the Rnesset.", gazetteer).corrections == ()


def test_a_name_the_news_never_uses_needs_evidence_in_the_text() -> None:
    # A million-name gazetteer holds names no word list knows; a lone unknown word one
    # look-alike from such a name is more likely a word of its own than a garble.
    g = Gazetteer.from_records([{"name": "Quarnbeck", "kind": "place"}, {"name": "London"}])
    assert repair_names("They drove on to Quarnbeek that night.", g).corrections == ()
    text = "Quarnbeck is small. They drove on to Quarnbeek that night."
    assert repair_names(text, g).text == text.replace("Quarnbeek", "Quarnbeck")
    assert repair_names("They flew to Lohdon.", g).text == "They flew to London."


def test_a_garble_touching_both_ends_of_a_name_the_text_spells_is_found() -> None:
    # No affix of "nahsvilel" is one of "nashville": only the text's own names find it.
    g = Gazetteer.from_records([{"name": "Nashville", "kind": "place"}])
    text = "Nashville grew. Later she flew to Nahsvilel again."
    assert repair_names(text, g).text == text.replace("Nahsvilel", "Nashville")
    assert repair_names("Later she flew to Nahsvilel again.", g).corrections == ()


def test_a_name_written_right_inside_a_longer_name_is_evidence() -> None:
    g = Gazetteer.from_records(
        [{"name": "Apple", "kind": "org"}, {"name": "Apple Watch", "kind": "work"}]
    )
    text = "Getting Applfe to cut prices on the Apple Watch is hard."
    assert repair_names(text, g).text == text.replace("Applfe", "Apple")
    assert repair_names("Getting Applfe to cut prices is hard.", g).corrections == ()


def test_a_rare_word_inside_a_name_needs_evidence_beyond_the_anchor() -> None:
    g = Gazetteer.from_records([{"name": "Star Wars", "kind": "work"}])
    text = "Star Wars fans queued. The new Star Wats series opens today."
    assert repair_names(text, g).text == text.replace("Star Wats", "Star Wars")
    assert repair_names("The new Star Wats series opens today.", g).corrections == ()


def test_without_a_language_the_text_tells_whether_the_word_lists_fit() -> None:
    g = Gazetteer.from_records([{"name": "London", "kind": "place"}])
    english = "Now we look at how the city of Lohdon became so green and so clean again."
    indonesian = (
        "Sekarang kita lihat asal muasal penghijauan kota Lohdon yang sangat bersih dan "
        "indah, karena warga kota itu selalu menjaga taman dan jalan mereka setiap hari."
    )
    assert repair_names(english, g).text == english.replace("Lohdon", "London")
    assert repair_names(indonesian, g).corrections == ()
    assert repair_names(indonesian, g, language="en").text == indonesian.replace("Lohdon", "London")


def test_names_run_together_by_extraction_are_left_alone() -> None:
    g = Gazetteer.from_records(
        [{"name": "Kristi Noem", "kind": "person", "context": ["South Dakota", "Gov."]}]
    )
    text = "South Dakota Gov. Kristi NoemKristi Lynn Noem said on Friday that she would act."
    assert repair_names(text, g).corrections == ()


def test_without_evidence_only_a_slip_is_repaired_not_another_vowel() -> None:
    g = Gazetteer.from_records([{"name": "Rutherford", "kind": "person"}, {"name": "Washington"}])
    credit = "An illustration of the plume (Image: NASA/ESA/K. Retherford/SWRI) was released."
    assert repair_names(credit, g).corrections == ()
    typo = "The delegation landed in Washingtpn on Monday."
    assert repair_names(typo, g).text == typo.replace("Washingtpn", "Washington")


def test_ocr_reads_a_capital_h_as_i_and_l() -> None:
    g = Gazetteer.from_records([{"name": "Houston", "kind": "place"}])
    text = "The storm reached Ilouston on Monday night."  # CLEF-HIPE: "Gen. Ilarrisou"
    assert repair_names(text, g).text == text.replace("Ilouston", "Houston")


def test_a_long_word_may_differ_by_a_consonant_but_not_by_a_vowel() -> None:
    g = Gazetteer.from_records([{"name": "Washington", "kind": "place"}])
    first_letter = "The senator flew back to Hashington on Monday night."
    assert repair_names(first_letter, g).text == first_letter.replace("Hashington", "Washington")
    vowel = "The senator flew back to Wishington on Monday night."
    assert repair_names(vowel, g).corrections == ()


SPELLED_RIGHT = [
    Example(
        "Los Angeles voted on Tuesday. Later, Los Aengles officials said the count was done.",
        "Los Aengles",
        "Los Angeles",
        "two edits in one word of a name the text spells right (garble benchmark noise)",
    ),
    Example(
        "The United Nations voted. Later, United Ntaivnd officials said the count was done.",
        "United Ntaivnd",
        "United Nations",
        "a swap and two more edits in a word of six letters or more",
    ),
    Example(
        "Black Friday sales began. Shoppers said Black Fday deals were thin this year.",
        "Black Fday",
        "Black Friday",
        "two letters dropped from a word, leaving four",
    ),
    Example(
        "Star Wars opened in May. Fans of Star Wart queued for hours at the cinema.",
        "Star Wart",
        "Star Wars",
        "a real word one letter from the name's, the whole name spelled right before",
    ),
    Example(
        "Hong Kong voted on Tuesday. Later, Hong Kog officials said the count was done.",
        "Hong Kog",
        "Hong Kong",
        "a word of three letters one edit from the name's, the whole name spelled right",
    ),
    Example(
        "The Big Bang was dated again. Some Big Bag models assume a flat universe.",
        "Big Bag",
        "Big Bang",
        "a short real word that is the name's word less a letter, not less an ending",
    ),
    Example(
        "PC World reviewed the phone. In PC Word tests, the battery lasted two days.",
        "PC Word",
        "PC World",
        "a real word within its budget that begins like the name's word",
    ),
]


@pytest.mark.parametrize("case", SPELLED_RIGHT, ids=lambda c: c.source)
def test_a_name_spelled_right_in_the_text_vouches_for_a_farther_garble(case: Example) -> None:
    g = Gazetteer.from_records(
        [
            {"name": "Los Angeles", "kind": "place"},
            {"name": "United Nations", "kind": "org"},
            {"name": "Black Friday", "kind": "event"},
            {"name": "Star Wars", "kind": "work"},
            {"name": "Hong Kong", "kind": "place"},
            {"name": "Big Bang", "kind": "event"},
            {"name": "PC World", "kind": "work"},
        ]
    )
    result = repair_names(case.text, g)
    assert [(c.original, c.replacement) for c in result.corrections] == [
        (case.original, case.replacement)
    ]
    alone = case.text.split(". ", 1)[1]
    assert repair_names(alone, g).corrections == ()  # without the right spelling: untouched


def test_a_lone_word_two_edits_away_needs_the_name_spelled_right_twice() -> None:
    g = Gazetteer.from_records([{"name": "Disney", "kind": "org"}])
    twice = "Disney shares rose. Analysts said Dsjney would buy more. Disney declined to comment."
    assert repair_names(twice, g).text == twice.replace("Dsjney", "Disney")
    once = "Disney shares rose. Analysts said Dsjney would buy more."
    assert repair_names(once, g).corrections == ()
    other_ending = twice.replace("Dsjney", "Dsjnex")
    assert repair_names(other_ending, g).corrections == ()


def test_a_short_word_may_lose_its_first_letter_only_to_letters_that_begin_no_word() -> None:
    g = Gazetteer.from_records([{"name": "Apple", "kind": "org"}])
    text = "Apple sells phones. Critics say Vpple charges too much. Apple disagrees."
    assert repair_names(text, g).text == text.replace("Vpple", "Apple")
    once = "Apple sells phones. Critics say Vpple charges too much."
    assert repair_names(once, g).corrections == ()
    word_like = text.replace("Vpple", "Epple")
    assert repair_names(word_like, g).corrections == ()  # "ep" begins many words


def test_a_short_word_may_change_its_first_letter_for_one_that_sounds_alike() -> None:
    g = Gazetteer.from_records([{"name": "Trump", "kind": "person"}, {"name": "Kabul"}])
    text = "Trump spoke. Critics of Drump said little, and Trump replied."
    assert repair_names(text, g).text == text.replace("Drump", "Trump")
    zabul = "Kabul was calm. Fighting in Zabul spread, and Kabul sent troops."
    assert repair_names(zabul, g).corrections == ()  # z and k sound unlike: another name
    once = "Critics of Drump said little, and Trump replied."
    assert repair_names(once, g).corrections == ()  # the name spelled right only once


def test_two_swaps_cost_as_two_slips() -> None:
    # "Coraita" is Croatia with two neighbours swapped twice: one plain alignment reads it
    # as four edits, far beyond a seven-letter word's budget.
    g = Gazetteer.from_records([{"name": "Croatia", "kind": "place"}])
    text = "Croatia won on Friday. Coraita, Portugal and Austria all qualified."
    assert repair_names(text, g).text == text.replace("Coraita", "Croatia")


def test_an_ocr_misreading_is_repaired_inside_a_longer_run() -> None:
    g = Gazetteer.from_records(
        [{"name": "Denver", "kind": "place"}, {"name": "Barack Obama", "kind": "person"}]
    )
    text = "The Deuver Broncos won again. The coach Kenji Ohama said nothing."
    # after a first name, a surname the gazetteer lacks is likelier than a misreading
    assert repair_names(text, g).text == text.replace("Deuver", "Denver")


def test_a_long_name_missing_a_letter_inside_is_repaired_inside_a_run() -> None:
    g = Gazetteer.from_records([{"name": "Kentucky", "kind": "place"}])
    text = "The Kentcky Derby was run on Saturday."
    assert repair_names(text, g).text == "The Kentucky Derby was run on Saturday."
    doubled = "The Kentuckky Derby was run on Saturday."  # a doubled letter: maybe a name
    assert repair_names(doubled, g).corrections == ()


@pytest.mark.parametrize(
    "text",
    [
        "The painter Steve Menet showed new work.",  # a vowel for a vowel: another name
        "The striker Pavle Petrovic scored twice.",  # a swap: another name
    ],
)
def test_a_look_alike_of_another_kind_inside_a_run_stays(text: str) -> None:
    g = Gazetteer.from_records([{"name": "Manet", "kind": "person"}, {"name": "Pavel"}])
    assert repair_names(text, g).corrections == ()


def test_a_word_ending_in_s_is_judged_by_its_whole_length_when_not_read_as_plural() -> None:
    # "Reuers" is Reuters less a letter: six letters, not the five of a plural "Reuer".
    g = Gazetteer.from_records([{"name": "Reuters", "kind": "org"}])
    text = "LONDON (Reuers) - Oil prices fell sharply on Tuesday."
    assert repair_names(text, g).text == text.replace("Reuers", "Reuters")


def test_a_name_ending_in_s_takes_no_bare_plural_s() -> None:
    g = Gazetteer.from_records([{"name": "Texas", "kind": "place"}, {"name": "Jones"}])
    text = "Texas voted on Monday. Sam Jones said Texazs and Jonses would both recount."
    result = repair_names(text, g)
    assert [(c.original, c.replacement) for c in result.corrections] == [
        ("Texazs", "Texas"),
        ("Jonses", "Jones"),
    ]


ACRONYMS = [
    ("NASA said on Monday the launch slipped. NSAA engineers blamed a valve.", "NSAA"),
    ("NASA said on Monday the launch slipped. NAZA engineers blamed a valve.", "NAZA"),
    ("NASA said on Monday the launch slipped. NASSA engineers blamed a valve.", "NASSA"),
]
ACRONYMS_LEFT_ALONE = [
    ("The launch slipped, and NSAA engineers blamed a valve.", "not spelled right in the text"),
    ("NASA said so. FASA engineers agreed.", "another first letter, not a slip"),
    ("NASA and NOAA share the satellite; NASA builds it.", "two edits: another acronym"),
    ("ISIS, also called ISIL, lost ground.", "an ordinary word (in the word lists)"),
]


@pytest.fixture(scope="module")
def acronyms() -> Gazetteer:
    return Gazetteer.from_records(
        [{"name": "NASA", "kind": "org"}, {"name": "ISIS", "kind": "org"}]
    )


@pytest.mark.parametrize(("text", "garble"), ACRONYMS)
def test_an_acronym_garble_beside_the_acronym_spelled_right(
    text: str, garble: str, acronyms: Gazetteer
) -> None:
    result = repair_names(text, acronyms)
    assert [(c.original, c.replacement) for c in result.corrections] == [(garble, "NASA")]
    assert "rule acronym" in result.corrections[0].reason


@pytest.mark.parametrize(
    ("text", "why"), ACRONYMS_LEFT_ALONE, ids=[w for _, w in ACRONYMS_LEFT_ALONE]
)
def test_acronyms_left_alone(text: str, why: str, acronyms: Gazetteer) -> None:
    assert repair_names(text, acronyms).corrections == ()


def test_a_spelling_that_recurs_is_a_name_in_its_own_right() -> None:
    g = Gazetteer.from_records([{"name": "Barack Obama", "kind": "person"}])
    once = "The family never knew, Ohama said on Monday."
    assert repair_names(once, g).text == once.replace("Ohama", "Obama")
    twice = "The family, Ohama said, never knew. His father told Ohama the book was done."
    assert repair_names(twice, g).corrections == ()


def test_without_evidence_only_towards_a_name_the_news_writes_often() -> None:
    """Benchmark text: "Starner" is a person; "starmer" is rare in the word lists (Zipf
    under 2.5), like a million made-up names that happen to be words ("Korian")."""
    g = Gazetteer.from_records([{"name": "Keir Starmer", "kind": "person"}])
    once = "The family never knew, Starner said on Monday."
    assert repair_names(once, g).corrections == ()
    beside = "Keir Starmer spoke first. The family never knew, Starner said on Monday."
    assert repair_names(beside, g).text == beside.replace("Starner said", "Starmer said")


def test_a_namesake_beside_a_person_spelled_right_stays() -> None:
    g = Gazetteer.from_records([{"name": "Hunter Biden", "kind": "person"}])
    text = "Hunter Biden testified on Monday. Hunter Bodan, a neighbour, watched the hearing."
    assert repair_names(text, g).corrections == ()


def test_a_derived_word_beside_the_name_spelled_right_stays() -> None:
    g = Gazetteer.from_records([{"name": "South Dakota", "kind": "place"}])
    text = "South Dakota launched a campaign. South Dakotans will see it on television."
    assert repair_names(text, g).corrections == ()


@pytest.mark.parametrize(
    "text",
    [
        "The United States voted. A United State of Europe was the plan in 1950.",
        "The Chief Strategy Officer spoke. A Chief Strategy Office was set up in June.",
        "Ivan Braiker spoke first. His sister Iva Braiker spoke next.",
    ],
)
def test_an_ending_or_a_persons_first_name_beside_the_name_spelled_right_stays(
    text: str,
) -> None:
    g = Gazetteer.from_records(
        [
            {"name": "United States", "kind": "place"},
            {"name": "Chief Strategy Officer", "kind": "other"},
            {"name": "Ivan Braiker", "kind": "person"},
        ]
    )
    assert repair_names(text, g).corrections == ()


def test_a_brand_written_with_an_inner_capital_is_left_alone() -> None:
    g = Gazetteer.from_records([{"name": "London"}])
    assert repair_names("Open an account with LoHdon today.", g).corrections == ()


def test_ordinary_word_alone_is_never_a_name(gazetteer: Gazetteer) -> None:
    text = "Treasury Secretary remarks: Scent matters, said Bessent."
    assert repair_names(text, gazetteer).text == text


def test_user_gazetteer_from_records() -> None:
    g = Gazetteer.from_records(
        [{"name": "Ngozi Okonjo-Iweala", "kind": "person", "context": ["WTO", "Director-General"]}]
    )
    result = repair_names("WTO Director-General Ngozi Okonjo-Iweaia spoke.", g)
    assert result.text == "WTO Director-General Ngozi Okonjo-Iweala spoke."


def test_rejects_non_text() -> None:
    with pytest.raises(InvalidInput):
        repair_names(b"bytes are not text")  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises_and_round_trips(text: str) -> None:
    try:
        result = repair_names(text, Gazetteer.from_file(DATA / "mini_gazetteer.jsonl"))
    except NewsmendError:
        return
    for c in result.corrections:
        assert result.text[c.start : c.end] == c.replacement


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Voldymyr",
                "Jemenskyy",
                "Khosset",
                "Scott",
                "Scent",
                "Sen.",
                "Richard",
                "Blicutt",
                "Treasury",
                "Secretary",
                "Zelenskyy",
                "’s",
                "'s",
                "-",
                "\n",
                " ",
                "https://x.com/",
                "@",
                "#",
                "BERUN",
                "Kyivs",
                "von",
                "der",
                "Leyem",
                "Ursula",
                "3",
                "tomowawks",
            ]
        ),
        max_size=40,
    )
)
def test_name_like_soup_keeps_offsets_consistent(parts: list[str]) -> None:
    text = " ".join(parts)
    result = repair_names(text, Gazetteer.from_file(DATA / "mini_gazetteer.jsonl"))
    shift = 0
    for c in result.corrections:
        assert result.text[c.start : c.end] == c.replacement
        assert c.start == c.original_start + shift
        shift += len(c.replacement) - len(c.original)
    assert len(result.text) == len(text) + shift


def test_the_sieve_of_many_forms_turns_down_only_what_scoring_would(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "Dan ..." brings every Dan of the gazetteer; the sieve drops in C the forms whose
    # surname is too far from the garble, and must not change any repair.
    import newsmend.repair as repair

    surnames = ["Smith", "Smithers", "Bessent", "Kowalski", "Nakamura", "Okafor", "Silva"]
    surnames += ["Stone", "Brown", "Garcia", "Rossi", "Dubois", "Novak", "Jensen"]
    records = [{"name": f"Dan {s}", "kind": "person", "context": ["senator"]} for s in surnames]
    g = Gazetteer.from_records(records)
    texts = [
        "Senator Dan Smihters spoke; Dan Smithers agreed.",
        "The senator, Dan Bssnt, met Dan Kowalsky and Dan Nakamora in the Senate.",
        "Dan Jenssen, a senator, and senator Dan Sliva.",
    ]
    sieved = [repair_names(text, g) for text in texts]
    monkeypatch.setattr(repair, "_SIEVE_FROM", 10**9)
    assert [repair_names(text, g) for text in texts] == sieved
    assert any(r.corrections for r in sieved)


def test_a_lone_word_beyond_one_edit_keeps_the_names_first_letter() -> None:
    g = Gazetteer.from_records(
        [{"name": "Amy Barrett", "kind": "person"}, {"name": "Berlin", "kind": "place"}]
    )
    # one edit, a new first letter: still the name beside its right spelling
    one_edit = "Amy Barrett spoke first. Later Varrett said so."
    assert repair_names(one_edit, g).text == one_edit.replace("Varrett", "Barrett")
    # beyond one edit, a new first letter makes another name (a co-author, a player)
    for text in (
        "Amy Barrett spoke first. Howitt and Garett published the study.",
        "Berlin was cold. Nerlens said he would stay home.",
    ):
        assert repair_names(text, g).corrections == ()


def test_evidence_is_the_name_written_right_nearby_not_anywhere_in_a_long_text() -> None:
    g = Gazetteer.from_records([{"name": "Barack Obama", "kind": "person"}])
    filler = "The markets were calm and the weather stayed mild all week. " * 250  # 2,750 words
    near = "Barack Obama spoke first. Later Obsma said the talks went well. " + filler
    assert repair_names(near, g).text == near.replace("Obsma", "Obama")
    # the same garble 2,750 words after the name: another story of a digest, or a page
    # of a long report, where the name written right vouches for nothing
    far = "Barack Obama spoke first. " + filler + "Later Obsma said the talks went well."
    assert repair_names(far, g).corrections == ()
