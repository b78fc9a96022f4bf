"""Metadata beyond the text: dates, canonical URL, image, tags and categories.

Each page is a small one written here, in the markup pattern named by its test (Open
Graph, schema.org JSON-LD, WordPress links), around a story long enough to be kept.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from newsmend import Article, clean_html
from newsmend.extract import Extracted, extract

STORY = (
    "<p>The city council voted on Tuesday to expand the tram network by twelve kilometres, "
    "after a debate that lasted well into the night.</p>"
    "<p>Work on the first section is due to start next spring, the mayor told reporters, "
    "and the line should open to passengers within three years.</p>"
)
URL = "https://news.example.org/2024/03/01/trams/"


def page(head: str, body: str = "") -> str:
    return (
        f'<html lang="en"><head><title>Council expands trams</title>{head}</head>'
        f"<body><article><h1>Council expands trams</h1>{STORY}{body}</article></body></html>"
    )


def extracted(head: str, body: str = "", url: str | None = URL) -> Extracted:
    return extract(page(head, body), url)


OPEN_GRAPH = """
<link rel="canonical" href="https://news.example.org/trams">
<meta property="og:url" content="https://news.example.org/og-trams">
<meta property="og:image" content="/images/tram.jpg">
<meta property="article:published_time" content="2024-03-01T09:00:00+01:00">
<meta property="article:modified_time" content="2024-03-02T18:30:00+01:00">
<meta property="article:section" content="City">
<meta property="article:tag" content="Transport">
<meta property="article:tag" content="Trams">
<meta property="article:tag" content="transport">
"""


def test_open_graph_and_article_meta_tags() -> None:
    """Open Graph (ogp.me) with the article: namespace, as WordPress SEO plugins print it."""
    result = extracted(OPEN_GRAPH)
    assert result.canonical_url == "https://news.example.org/trams"
    assert result.image == "https://news.example.org/images/tram.jpg"
    assert result.modified == datetime.fromisoformat("2024-03-02T18:30:00+01:00")
    assert result.modified is not None
    assert result.modified.utcoffset() == timedelta(hours=1)
    assert result.categories == ("City",)
    assert result.tags == ("Transport", "Trams")


JSON_LD = """
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebPage", "@id": "https://news.example.org/trams#webpage",
   "image": "https://news.example.org/logo.png"},
  {"@type": "NewsArticle",
   "mainEntityOfPage": {"@type": "WebPage", "@id": "https://news.example.org/trams"},
   "image": [{"@type": "ImageObject", "url": "https://cdn.example.org/tram-1200.jpg"}],
   "datePublished": "2024-03-01T08:00:00Z",
   "dateModified": "2024-03-01T12:15:00Z",
   "keywords": "transport, trams, city council",
   "articleSection": ["City", "Politics"]}
]}
</script>
"""


def test_json_ld_news_article() -> None:
    """schema.org NewsArticle in a JSON-LD @graph, as Yoast SEO and news CMSs print it."""
    result = extracted(JSON_LD)
    assert result.canonical_url == "https://news.example.org/trams"
    assert result.image == "https://cdn.example.org/tram-1200.jpg"  # the article's, not the page's
    assert result.published == datetime.fromisoformat("2024-03-01T08:00:00+00:00")
    assert result.modified == datetime.fromisoformat("2024-03-01T12:15:00+00:00")
    assert result.tags == ("transport", "trams", "city council")
    assert result.categories == ("City", "Politics")


WORDPRESS_LINKS = """
<footer class="entry-footer">
  <span class="cat-links">Posted in
    <a href="/category/local/" rel="category tag">Local</a>,
    <a href="/category/transport/" rel="category tag">Transport</a></span>
  <span class="tags-links">Tagged
    <a href="/tag/trams/" rel="tag">trams</a>,
    <a href="/tag/council/" rel="tag">council</a></span>
</footer>
"""


def test_wordpress_category_and_tag_links() -> None:
    """WordPress themes (twentytwenty and most others) print rel="category tag" and rel="tag"."""
    result = extracted("", WORDPRESS_LINKS)
    assert result.categories == ("Local", "Transport")
    assert result.tags == ("trams", "council")


def test_a_tag_cloud_is_not_the_pages_tags() -> None:
    """A sidebar tag cloud (WordPress widget) lists dozens of the site's tags."""
    cloud = "".join(f'<a rel="tag" href="/tag/t{i}/">topic {i}</a> ' for i in range(60))
    assert extracted("", f"<aside>{cloud}</aside>").tags == ()


def test_twitter_card_image_when_there_is_no_open_graph() -> None:
    """Twitter cards (developer.x.com markup) on pages without og:image."""
    head = '<meta name="twitter:image" content="https://cdn.example.org/card.jpg">'
    assert extracted(head).image == "https://cdn.example.org/card.jpg"


@pytest.mark.parametrize(
    "head",
    [
        "",
        '<meta property="og:image" content="data:image/png;base64,AAAA">',
        '<script type="application/ld+json">{not json</script>',
        '<meta property="article:modified_time" content="yesterday">',
    ],
)
def test_absent_or_unusable_metadata_is_none(head: str) -> None:
    """Pages that say nothing, or nothing usable: fields are None or empty, never an error."""
    result = extracted(head, url=None)
    assert (result.modified, result.canonical_url, result.image) == (None, None, None)
    assert (result.tags, result.categories) == ((), ())


def test_a_relative_canonical_is_made_absolute() -> None:
    """Some CMSs print <link rel="canonical" href="/path">."""
    head = '<link rel="canonical" href="/2024/03/01/trams/">'
    assert extracted(head, url="https://news.example.org/?p=12").canonical_url == URL


def test_metadata_reaches_the_article_and_survives_json() -> None:
    article = clean_html(page(OPEN_GRAPH), URL, repair=False)
    assert article.canonical_url == "https://news.example.org/trams"
    assert article.image == "https://news.example.org/images/tram.jpg"
    assert article.tags == ("Transport", "Trams")
    assert article.categories == ("City",)
    assert article.modified is not None
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_old_article_json_without_the_new_fields_still_loads() -> None:
    article = Article.model_validate_json('{"text": "Body.", "extracted_text": "Body."}')
    assert (article.modified, article.image, article.tags) == (None, None, ())


def test_a_byline_at_the_top_goes_to_the_authors_not_the_text() -> None:
    """A WordPress theme printing the byline as a paragraph, with no author meta tag."""
    result = extracted("", url=None, body="")
    assert result.authors == ()
    html = page("").replace("<h1>Council expands trams</h1>", "<p>By Ann Lee and Bo Chen</p>")
    with_byline = extract(html)
    assert with_byline.authors == ("Ann Lee", "Bo Chen")
    assert "By Ann Lee" not in with_byline.text
    assert [r.rule for r in with_byline.removed] == ["byline"]


def test_declared_authors_win_over_the_byline_line() -> None:
    """<meta name="author"> as most CMSs print it, beside a byline paragraph."""
    html = page('<meta name="author" content="Ann Lee">').replace(
        "<h1>Council expands trams</h1>", "<p>By A. Lee</p>"
    )
    assert extract(html).authors == ("Ann Lee",)
