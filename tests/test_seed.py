"""The seed article, end to end, on every test layout, with the default gazetteer.

The seed (tests/pages/seed.txt) is a real machine-spun article as it was scraped;
the pages wrap it in three site layouts. Nothing in newsmend knows this article:
the repairs come from the general algorithm plus gazetteer facts.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsmend
from newsmend import Article

PAGES = Path(__file__).parent / "pages"
LAYOUTS = ["seed_wordpress.html", "seed_flat.html", "seed_table.html"]

REPAIRED = {
    "Voldymyr Jemenskyy": "Volodymyr Zelenskyy",
    "Khosset": "Knesset",
    "Scott Scent": "Scott Bessent",
    "Sessent": "Bessent",
    "Lindocy Graham": "Lindsey Graham",
    "Richard Blicutt": "Richard Blumenthal",
}
WELCOME = {"tomowawks": "Tomahawks"}

STRIPPED = [
    "World News",
    "Related Articles",
    "Leave a Reply",
    "Your email address will not be published",
    "Back to top button",
]


@pytest.fixture(scope="module", params=LAYOUTS)
def article(request: pytest.FixtureRequest) -> Article:
    return newsmend.clean_html((PAGES / request.param).read_bytes())


def _story_paragraphs() -> list[str]:
    paragraphs = [p.strip() for p in (PAGES / "seed.txt").read_text("utf-8").split("\n\n")]
    title_at = 1
    end = paragraphs.index("Related Articles")
    return [p for p in paragraphs[title_at + 1 : end] if not p.startswith("Watch |")]


def test_the_six_names_are_repaired(article: Article) -> None:
    changes = {c.original: c.replacement for c in article.corrections}
    for garbled, fixed in REPAIRED.items():
        assert changes.get(garbled) == fixed, article.corrections
    for garbled in REPAIRED:
        assert not re.search(rf"\b{garbled}\b", article.text)


def test_nothing_else_changes(article: Article) -> None:
    allowed = REPAIRED | WELCOME
    unexpected = [c for c in article.corrections if c.original not in allowed]
    assert unexpected == []
    restored = article.text
    for c in sorted(article.corrections, key=lambda c: c.start, reverse=True):
        restored = restored[: c.start] + c.original + restored[c.end :]
    assert restored == article.extracted_text


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
    for c in article.corrections:
        assert article.text[c.start : c.end] == c.replacement
        end = c.original_start + len(c.original)
        assert article.extracted_text[c.original_start : end] == c.original


def test_article_round_trips_through_json(article: Article) -> None:
    assert Article.model_validate_json(article.model_dump_json()) == article
