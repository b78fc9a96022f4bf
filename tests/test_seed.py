"""The seed article, end to end, on every test layout, with the default gazetteer.

The seed (tests/pages/seed.txt) is a real machine-spun article as it was scraped;
the pages wrap it in three site layouts. Its one photo caption goes to
``Article.captions`` (marked as a caption in the WordPress layout, recognised by its
credit in the flat and table layouts), where its garbled name is repaired too.
Nothing in newsmend knows this article: the repairs come from the general algorithm
plus gazetteer facts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsmend
from newsmend import Article, Correction

PAGES = Path(__file__).parent / "pages"
EXAMPLE = PAGES.parent.parent / "examples" / "seed.html"  # the WordPress layout
LAYOUTS = [EXAMPLE, PAGES / "seed_flat.html", PAGES / "seed_table.html"]

REPAIRED = {
    "Voldymyr Jemenskyy": "Volodymyr Zelenskyy",
    "Khosset": "Knesset",
    "Scott Scent": "Scott Bessent",
    "Sessent": "Bessent",
    "Lindocy Graham": "Lindsey Graham",
    "Richard Blicutt": "Richard Blumenthal",
}
WELCOME = {"tomowawks": "Tomahawks"}

CAPTION_CREDIT = "(Evan Vucci / The Associated Press)"
"""How the seed's one photo caption ends; in a flat layout its shape is all that marks it."""

STRIPPED = [
    "World News",
    "Related Articles",
    "Leave a Reply",
    "Your email address will not be published",
    "Back to top button",
]


@pytest.fixture(scope="module", params=LAYOUTS, ids=["wordpress", "flat", "table"])
def article(request: pytest.FixtureRequest) -> Article:
    return newsmend.clean_html(request.param.read_bytes())


def _seed_between_title_and_related() -> list[str]:
    paragraphs = [p.strip() for p in (PAGES / "seed.txt").read_text("utf-8").split("\n\n")]
    title_at = 1
    return paragraphs[title_at + 1 : paragraphs.index("Related Articles")]


def _story_paragraphs() -> list[str]:
    return [
        p
        for p in _seed_between_title_and_related()
        if not p.startswith("Watch |") and not p.endswith(CAPTION_CREDIT)
    ]


def _seed_caption() -> str:
    (caption,) = [p for p in _seed_between_title_and_related() if p.endswith(CAPTION_CREDIT)]
    return caption


def _all_corrections(article: Article) -> list[Correction]:
    return [*article.corrections, *(c for caption in article.captions for c in caption.corrections)]


def _restore(text: str, corrections: tuple[Correction, ...]) -> str:
    for c in sorted(corrections, key=lambda c: c.start, reverse=True):
        text = text[: c.start] + c.original + text[c.end :]
    return text


def test_the_six_names_are_repaired(article: Article) -> None:
    changes = {c.original: c.replacement for c in _all_corrections(article)}
    for garbled, fixed in REPAIRED.items():
        assert changes.get(garbled) == fixed, _all_corrections(article)
    for garbled in REPAIRED:
        assert not re.search(rf"\b{garbled}\b", article.text)
        assert not any(re.search(rf"\b{garbled}\b", c.text) for c in article.captions)


def test_the_caption_is_apart_from_the_text_with_its_name_repaired(article: Article) -> None:
    (caption,) = article.captions
    assert caption.original == _seed_caption()
    assert CAPTION_CREDIT not in article.text
    assert CAPTION_CREDIT not in article.extracted_text
    assert [(c.original, c.replacement) for c in caption.corrections] == [
        ("Voldymyr Jemenskyy", "Volodymyr Zelenskyy")
    ]
    assert caption.text.startswith("The President of Ukraine Volodymyr Zelenskyy, left,")
    assert all(caption.original not in r.text for r in article.removed)


def test_nothing_else_changes(article: Article) -> None:
    allowed = REPAIRED | WELCOME
    unexpected = [c for c in _all_corrections(article) if c.original not in allowed]
    assert unexpected == []
    assert _restore(article.text, article.corrections) == article.extracted_text
    for caption in article.captions:
        assert _restore(caption.text, caption.corrections) == caption.original


def test_every_story_paragraph_is_kept_in_order(article: Article) -> None:
    text = article.extracted_text
    position = 0
    for paragraph in _story_paragraphs():
        found = text.find(paragraph, position)
        assert found >= 0, paragraph
        position = found + len(paragraph)


def test_chrome_and_repeated_title_are_stripped(article: Article) -> None:
    for chrome in STRIPPED:
        assert chrome not in article.text
    assert article.title is not None
    assert article.title.startswith("Trump says he will meet Putin again")
    assert not article.text.startswith(article.title)
    assert all(r.rule for r in article.removed)


def test_offsets_point_at_replacements(article: Article) -> None:
    texts = [(article.text, article.extracted_text, article.corrections)]
    texts += [(c.text, c.original, c.corrections) for c in article.captions]
    for text, original, corrections in texts:
        for c in corrections:
            assert text[c.start : c.end] == c.replacement
            assert original[c.original_start : c.original_start + len(c.original)] == c.original


def test_article_round_trips_through_json(article: Article) -> None:
    assert Article.model_validate_json(article.model_dump_json()) == article
