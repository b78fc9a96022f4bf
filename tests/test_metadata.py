"""Metadata beyond the text: dates, canonical URL, image, tags and categories.

Each page is a small one written here, in the markup pattern named by its test (Open
Graph, schema.org JSON-LD, WordPress links), around a story long enough to be kept.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import NamedTuple

import pytest

from newsmend import Article, clean_html
from newsmend.chrome import story_dateline
from newsmend.extract import (
    Extracted,
    drop_code,
    extract,
    filed_under,
    markup_author,
    page_metadata,
    parse_html,
)

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


# newsmend reads the markup for an author and for category and tag links itself, in one
# pass, instead of trafilatura's XPaths over a copy of the page; these pages check that it
# finds what trafilatura's own functions find, in the markup patterns those functions know.
MARKED_AUTHORS = [
    pytest.param('<a rel="author" href="/by/ann">Ann Lee</a>', id="rel-author"),
    pytest.param('<span class="author-name">Ann Lee</span>', id="author-name-class"),
    pytest.param('<div class="byline">By <span>Ann Lee</span></div>', id="byline-class"),
    pytest.param(
        '<div class="post-author">By Ann Lee <time datetime="2024-03-01">1 March</time></div>',
        id="date-inside-is-left-out",
    ),
    pytest.param(
        '<div class="comments"><span class="author">Troll42</span></div>'
        '<p class="writer">Ann Lee</p>',
        id="comment-authors-are-not-the-author",
    ),
    pytest.param('<span itemprop="author">Ann Lee</span>', id="itemprop"),
    pytest.param(
        '<span class="author">A</span><span class="byline">Ann Lee</span>', id="too-short"
    ),
    pytest.param("<p>No author marked here.</p>", id="none"),
]


@pytest.mark.parametrize("marked", MARKED_AUTHORS)
def test_the_author_in_the_markup_is_the_one_trafilatura_finds(marked: str) -> None:
    from trafilatura.metadata import extract_author

    tree = parse_html(page("", marked))
    assert markup_author(tree) == extract_author(tree)


FILED = [
    pytest.param(WORDPRESS_LINKS, id="wordpress-footer"),
    pytest.param(
        '<div class="entry-meta"><a href="/category/city/">City</a>'
        '<a href="/tag/trams/">Trams</a></div>'
        '<div class="row"><a href="/category/sport/">Sport</a></div>',
        id="most-specific-container-wins",
    ),
    pytest.param('<nav><a href="/category/world/">World</a></nav>', id="menu-links-are-not"),
    pytest.param(
        '<p class="postmeta">Filed under <a href="/categories/a/">A</a></p>'
        '<div class="tags"><a href="/tags/b/">B</a></div>',
        id="plural-addresses",
    ),
]


@pytest.mark.parametrize("body", FILED)
@pytest.mark.parametrize("kind", ["category", "tag"])
def test_filed_under_finds_the_links_trafilatura_finds(body: str, kind: str) -> None:
    from trafilatura.metadata import extract_catstags

    tree = parse_html(page("", body))
    assert filed_under(tree, kind) == extract_catstags(kind, tree)


@pytest.mark.parametrize("body", FILED)
@pytest.mark.parametrize("kind", ["category", "tag"])
def test_filed_under_reads_the_same_links_when_given_them(body: str, kind: str) -> None:
    tree = parse_html(page("", body))
    assert filed_under(tree, kind, list(tree.iter("a"))) == filed_under(tree, kind)


def test_the_subject_meta_tag_is_a_category_when_nothing_else_is() -> None:
    tree = parse_html(page('<meta name="subject" content="Transport">'))
    assert filed_under(tree, "category") == ["Transport"]


def test_dropping_scripts_keeps_json_ld_and_the_text() -> None:
    """Scripts and styles go before trafilatura copies the page; JSON-LD stays."""
    head = "<script>var ads = 1;</script><style>p { color: red }</style>" + JSON_LD
    result = extracted(head)
    assert result.text == extracted("").text
    assert result.published == datetime.fromisoformat("2024-03-01T08:00:00+00:00")
    tree = parse_html(page(head))
    drop_code(tree)
    assert [s.get("type") for s in tree.iter("script", "style")] == ["application/ld+json"]


def test_page_metadata_reads_title_author_url_and_site_name() -> None:
    head = (
        '<meta property="og:title" content="Council expands trams">'
        '<meta property="og:site_name" content="City News">'
        '<meta name="author" content="Ann Lee">'
        '<link rel="canonical" href="https://news.example.org/trams">'
    )
    metadata = page_metadata(parse_html(page(head)), URL)
    assert (metadata.title, metadata.author, metadata.sitename) == (
        "Council expands trams",
        "Ann Lee",
        "City News",
    )
    assert metadata.url == "https://news.example.org/trams"


# Datelines: the agency style of each language, written here in that style. The dateline
# stays in the text (it is the story's first words); its day becomes ``published`` only
# when the page states no date of its own.
class DatelineRow(NamedTuple):
    line: str
    place: str
    agency: str | None
    month: int | None
    day: int | None
    source: str


DATELINES = [
    DatelineRow("WASHINGTON, March 3 (Reuters) — The Senate", "WASHINGTON", "Reuters", 3, 3, "en"),
    DatelineRow("KYIV, Oct 17 (AP) — Russia struck", "KYIV", "AP", 10, 17, "en, AP"),
    DatelineRow("Kyiv, Oct. 17 (AP) — Russia struck", "Kyiv", "AP", 10, 17, "en, capitalised"),
    DatelineRow("PARIS, 3 mars (AFP) - Le gouvernement", "PARIS", "AFP", 3, 3, "fr, AFP"),
    DatelineRow("Paris, le 3 mars (AFP) - Le gouvernement", "Paris", "AFP", 3, 3, "fr, le"),
    DatelineRow("BERLIN, 3. März (dpa) - Die Regierung", "BERLIN", "dpa", 3, 3, "de, dpa"),
    DatelineRow("MADRID, 3 mar (EFE).- El Gobierno", "MADRID", "EFE", 3, 3, "es, EFE"),
    DatelineRow("MADRID, 3 de marzo (EFE) - El Gobierno", "MADRID", "EFE", 3, 3, "es, de"),
    DatelineRow("HANOI, Vietnam (AP) — U.S. Defense", "HANOI, Vietnam", "AP", None, None, "AP"),
    DatelineRow("ST. JOSEPH, Mich. (AP) — Michigan", "ST. JOSEPH, Mich.", "AP", None, None, "AP"),
    DatelineRow("BUFFALO, N.Y. — Hours before", "BUFFALO, N.Y.", None, None, None, "no agency"),
    DatelineRow("BERLIN -- The European Space Agency", "BERLIN", None, None, None, "two hyphens"),
]
NOT_DATELINES = [
    "Obama — the former president — spoke first.",
    "WASHINGTON-based lobbyists said the bill would fail.",
    "In Paris — as in Lyon — the trams stopped.",
    "The mayor, Ann Lee - who won in May - said no.",
]


@pytest.mark.parametrize("row", DATELINES, ids=[row.line[:24] for row in DATELINES])
def test_a_story_dateline_gives_its_place_agency_and_day(row: DatelineRow) -> None:
    dateline = story_dateline(row.line)
    assert dateline is not None
    assert (dateline.place, dateline.agency, dateline.month, dateline.day) == (
        row.place,
        row.agency,
        row.month,
        row.day,
    )
    assert dateline.year is None


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_a_sentence_with_dashes_is_not_a_dateline(line: str) -> None:
    assert story_dateline(line) is None


DATELINE_STORY = (
    "<p>KYIV, Oct 17 (AP) — Russian drones struck the power grid overnight, cutting "
    "electricity to half the city, officials said on Friday morning.</p>"
    "<p>Repair crews worked through the night, and the mayor said the metro would run "
    "on reserve power until the lines were restored.</p>"
)


def dateline_page(head: str = "") -> str:
    return (
        f'<html lang="en"><head><title>Drones hit the grid</title>{head}</head>'
        f"<body><article><h1>Drones hit the grid</h1>{DATELINE_STORY}</article></body></html>"
    )


def modified(value: str) -> str:
    return f'<meta property="article:modified_time" content="{value}">'


def test_the_dateline_dates_a_page_that_states_no_date_with_the_modified_year() -> None:
    result = extract(dateline_page(modified("2025-10-18T09:00:00+03:00")))
    assert result.published == datetime(2025, 10, 17)
    assert result.text.startswith("KYIV, Oct 17 (AP) — Russian drones")


def test_a_dateline_after_the_reference_day_is_last_years() -> None:
    """An October story last changed in January was filed the October before."""
    result = extract(dateline_page(modified("2026-01-02T10:00:00Z")))
    assert result.published == datetime(2025, 10, 17)


def test_the_fetch_time_dates_the_dateline_when_the_page_says_nothing() -> None:
    assert extract(dateline_page(), fetched_at=datetime(2025, 10, 17, 23, 0)).published == (
        datetime(2025, 10, 17)
    )
    # a day's grace: fetched on the 16th in UTC, filed on the 17th in Kyiv
    assert extract(dateline_page(), fetched_at=datetime(2025, 10, 16, 22, 0)).published == (
        datetime(2025, 10, 17)
    )


def test_without_a_year_to_infer_a_dateline_leaves_the_date_out() -> None:
    assert extract(dateline_page()).published is None


def test_the_pages_own_date_wins_over_the_dateline() -> None:
    head = '<meta property="article:published_time" content="2025-10-16T23:10:00+03:00">'
    assert extract(dateline_page(head)).published == datetime.fromisoformat(
        "2025-10-16T23:10:00+03:00"
    )


def test_a_dateline_that_says_its_year_needs_no_reference() -> None:
    html = dateline_page().replace("KYIV, Oct 17 (AP)", "KYIV, Oct. 17, 2024 (AP)")
    assert extract(html).published == datetime(2024, 10, 17)


def test_a_date_in_the_url_gives_the_dateline_its_year() -> None:
    """htmldate's guess (here the URL's day) is the reference; the dateline names the day."""
    url = "https://news.example.org/2024/10/18/drones/"
    assert extract(dateline_page(), url).published == datetime(2024, 10, 17)


def test_the_datelines_place_goes_to_the_article() -> None:
    assert extract(dateline_page()).dateline == "KYIV"
    article = clean_html(dateline_page())
    assert article.dateline == "KYIV"
    assert Article.model_validate_json(article.model_dump_json()).dateline == "KYIV"


def test_a_dateline_on_a_line_of_its_own_gives_its_place() -> None:
    html = dateline_page().replace("<p>KYIV, Oct 17 (AP) — Russian", "<p>KYIV (AP) —</p><p>Russian")
    result = extract(html)
    assert result.dateline == "KYIV"
    assert "KYIV (AP)" not in result.text  # removed as chrome, recorded in removed
    assert [r.rule for r in result.removed if "KYIV" in r.text] == ["wire_dateline"]


def test_a_story_without_a_dateline_has_none() -> None:
    html = dateline_page().replace("KYIV, Oct 17 (AP) — ", "")
    assert extract(html).dateline is None
