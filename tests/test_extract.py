"""Extraction on the seed article in several layouts, metadata, and errors."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmend.chrome import OFF_TOPIC_TAIL, RULES, TRAILING_BLOCK
from newsmend.errors import ExtractionError, InvalidInput, NewsmendError, NoArticleContent
from newsmend.extract import Extracted, extract, split_authors

PAGES = Path(__file__).parent / "pages"
LAYOUTS = {
    "wordpress": PAGES.parent.parent / "examples" / "seed.html",  # the README's example
    "flat": PAGES / "seed_flat.html",
    "table": PAGES / "seed_table.html",
}
TEASER = "Watch | Nato pledges help to Ukraine:"
EMAIL_NOTICE = "Your email address will not be published. Required fields are marked *"
CHROME = ["World News", "Related Articles", "Leave a Reply", EMAIL_NOTICE, "Back to top button"]
NAVIGATION = ["Home", "Politics", "Business", "Sports", "Contact Us"]
RULE_NAMES = {rule.name for rule in RULES} | {TRAILING_BLOCK, OFF_TOPIC_TAIL}


CAPTION_CREDIT = "(Evan Vucci / The Associated Press)"


def seed() -> tuple[str, list[str], str]:
    """The seed's title, story paragraphs (between the title and "Related Articles") and caption."""
    text = (PAGES / "seed.txt").read_text(encoding="utf-8")
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    between = paragraphs[2 : paragraphs.index("Related Articles")]
    (caption,) = [p for p in between if p.endswith(CAPTION_CREDIT)]
    return paragraphs[1], [p for p in between if p != caption], caption


TITLE, STORY, CAPTION = seed()


@pytest.fixture(scope="module", params=sorted(LAYOUTS))
def extracted(request: pytest.FixtureRequest) -> Extracted:
    return extract(LAYOUTS[request.param].read_text(encoding="utf-8"))


def test_every_story_paragraph_is_kept_once_in_order(extracted: Extracted) -> None:
    paragraphs = extracted.text.split("\n\n")
    story = [p for p in STORY if p != TEASER]
    assert [p for p in paragraphs if p in story] == story
    assert len(story) == len(STORY) - 1


def test_the_text_is_the_story_and_nothing_else(extracted: Extracted) -> None:
    assert extracted.text.split("\n\n") == [p for p in STORY if p != TEASER]


def test_the_photo_caption_is_a_caption_not_text_nor_chrome(extracted: Extracted) -> None:
    assert extracted.captions == (CAPTION,)
    assert CAPTION_CREDIT not in extracted.text
    assert all(CAPTION_CREDIT not in r.text for r in extracted.removed)


def test_the_teaser_line_is_removed_as_a_teaser(extracted: Extracted) -> None:
    assert [r.rule for r in extracted.removed if r.text == TEASER] == ["in_text_teaser"]


@pytest.mark.parametrize("line", [*CHROME, *NAVIGATION, TITLE])
def test_chrome_is_not_in_the_text(extracted: Extracted, line: str) -> None:
    assert line not in extracted.text.split("\n\n")
    if line != "Home":  # "Home" is a word the story could use; the others are not
        assert line not in extracted.text


def test_the_title_is_in_title(extracted: Extracted) -> None:
    assert extracted.title == TITLE


def test_every_removal_names_its_rule(extracted: Extracted) -> None:
    assert extracted.removed
    assert all(r.rule in RULE_NAMES and r.text.strip() for r in extracted.removed)
    positions = [r.position for r in extracted.removed]
    assert positions == sorted(set(positions))


@pytest.mark.parametrize("layout", ["flat", "table"])
def test_chrome_inside_the_container_is_recorded(layout: str) -> None:
    removed = extract(LAYOUTS[layout].read_text(encoding="utf-8")).removed
    rules = {r.text: r.rule for r in removed}
    assert rules["World News"] == "top_label"
    assert rules[TITLE] == "repeated_title"
    assert rules["Related Articles"] == "related_heading"
    assert rules["Leave a Reply"] == rules[EMAIL_NOTICE] == "comment_section"
    assert rules["Back to top button"] == "back_to_top"


def test_strip_chrome_false_keeps_the_chrome() -> None:
    text = extract(LAYOUTS["flat"].read_text(encoding="utf-8"), strip_chrome=False)
    assert "World News" in text.text.split("\n\n")
    assert text.removed == ()


def test_metadata_of_the_wordpress_page() -> None:
    page = extract(LAYOUTS["wordpress"].read_bytes(), "https://example.org/2025/10/16/trump/")
    assert page.authors == ("Sam Carter",)
    assert page.published is not None
    assert page.published.utcoffset() == timedelta(hours=-4)
    assert (page.published.year, page.published.month, page.published.day) == (2025, 10, 16)
    assert page.site_name == "Daily World Report"
    assert page.language == "en"
    assert page.description == "Trump says he will meet Putin in Budapest after a phone call."


def test_published_comes_from_json_ld_with_its_zone() -> None:
    html = (
        '<html><head><script type="application/ld+json">'
        '{"@graph": [{"@type": "NewsArticle", "datePublished": "2024-03-01T08:00:00Z"}]}'
        "</script></head><body><article><p>"
        + "A long enough paragraph of story text to be kept by the extractor. " * 5
        + "</p></article></body></html>"
    )
    published = extract(html).published
    assert published is not None
    assert published.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("author", "names"),
    [
        ("By Jane Doe", ("Jane Doe",)),
        ("Jane Doe and John Roe", ("Jane Doe", "John Roe")),
        ("Jane Doe; John Roe, Ann Lee", ("Jane Doe", "John Roe", "Ann Lee")),
        ("Par Marie Curie et Pierre Curie", ("Marie Curie", "Pierre Curie")),
        ("Von Anna Schmidt und Max Weber", ("Anna Schmidt", "Max Weber")),
        (None, ()),
    ],
)
def test_authors_are_split_and_stripped_of_by(author: str | None, names: tuple[str, ...]) -> None:
    assert split_authors(author) == names


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html><body></body></html>",
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>",
    ],
)
def test_pages_without_an_article_raise_no_article_content(html: str) -> None:
    with pytest.raises(NoArticleContent):
        extract(html, "https://example.org/")


def test_a_page_of_chrome_only_raises_no_article_content() -> None:
    html = "<html><body><article><p>Leave a Reply</p><p>Back to top</p></article></body></html>"
    with pytest.raises(NoArticleContent):
        extract(html)


def test_non_text_input_raises_invalid_input() -> None:
    with pytest.raises(InvalidInput):
        extract(42)  # type: ignore[arg-type]


def test_an_xml_declaration_in_a_str_is_accepted() -> None:
    html = LAYOUTS["wordpress"].read_text(encoding="utf-8")
    declared = '<?xml version="1.0" encoding="iso-8859-1"?>\n' + html
    assert extract(declared).text == extract(html).text


def test_no_article_content_is_an_extraction_error() -> None:
    assert issubclass(NoArticleContent, ExtractionError)


TAGS = st.sampled_from(["p", "div", "td", "table", "tr", "br", "h1", "font", "article", "li"])


@st.composite
def markup(draw: st.DrawFn) -> str:
    """Random tag soup: nested, unclosed and mismatched tags around random text."""
    parts = draw(
        st.lists(
            st.one_of(
                st.text(max_size=60),
                TAGS.map(lambda t: f"<{t}>"),
                TAGS.map(lambda t: f"</{t}>"),
                st.sampled_from(["<br><br>", "<?xml version='1.0'?>", "<!--", "&#0;", "\x00"]),
            ),
            max_size=40,
        )
    )
    return "".join(parts)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), st.binary(), markup()))
def test_arbitrary_input_raises_only_newsmend_errors(html: str | bytes) -> None:
    try:
        result = extract(html)
    except NewsmendError:
        return
    assert result.text.strip()
