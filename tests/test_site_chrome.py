"""Site-learned chrome: short lines a site repeats on many pages go, opt-in.

The pages imitate a small local-news WordPress site whose theme prints its own lines
inside the article container, lines no phrase rule knows.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from newsmend import Article, Cleaner, Settings
from newsmend.chrome import SiteChrome, site_of

SITE_LINES = ["The Riverside Gazette", "Got a tip? Email tips@gazette.example", "Photo Gallery"]
COMMON_SENTENCE = "The company did not respond to a request for comment."
STORIES = [
    ("Bridge reopens", "The old bridge over the Avon reopened on Monday after a repair that took"),
    ("School budget", "The school board approved a budget that adds four teachers and a nurse"),
    ("Market day", "Farmers said the new Saturday market drew more visitors than any before"),
    ("Library hours", "The library will open on Sundays from next month, the council announced"),
    ("Road works", "Drivers should expect delays on Main Street while the water mains are"),
]


def page(n: int, extra: str = "") -> str:
    title, opening = STORIES[n % len(STORIES)]
    lines = "".join(f"<p>{line}</p>" for line in SITE_LINES)
    return (
        f"<html lang='en'><head><title>{title} {n}</title></head><body><article>"
        f"<h1>{title} {n}</h1>{lines}"
        f"<p>{opening} most of the year, in story number {n} of this test.</p>"
        f"<p>{COMMON_SENTENCE}</p>"
        f"<p>Residents of the valley said in story {n} that they had waited a long time for "
        f"this news, and many of them came to see it for themselves.</p>{extra}"
        "</article></body></html>"
    )


def url(n: int, host: str = "www.gazette.example.com") -> str:
    return f"https://{host}/2025/03/{n}/story/"


def clean(cleaner: Cleaner, n: int, host: str = "www.gazette.example.com") -> Article:
    return cleaner.clean_html(page(n), url(n, host))


def test_off_by_default() -> None:
    assert Settings().learn_site_chrome is False
    with Cleaner(repair=False) as cleaner:
        articles = [clean(cleaner, n) for n in range(5)]
    assert all(SITE_LINES[0] in a.text for a in articles)


def test_lines_repeated_on_three_pages_go_from_the_third_page_on() -> None:
    with Cleaner(repair=False, learn_site_chrome=True) as cleaner:
        articles = [clean(cleaner, n) for n in range(5)]
    for article in articles[:2]:
        assert all(line in article.text.split("\n\n") for line in SITE_LINES)
        assert not [r for r in article.removed if r.rule == "site_repeated"]
    for article in articles[2:]:
        paragraphs = article.text.split("\n\n")
        assert not set(SITE_LINES) & set(paragraphs)
        learned = [r.text for r in article.removed if r.rule == "site_repeated"]
        assert learned == SITE_LINES  # in page order
        assert len(paragraphs) == 3


def test_story_sentences_a_site_repeats_stay() -> None:
    """A stock sentence of the site's reporters is story text, however often it recurs."""
    with Cleaner(repair=False, learn_site_chrome=True) as cleaner:
        articles = [clean(cleaner, n) for n in range(6)]
    assert all(COMMON_SENTENCE in a.text.split("\n\n") for a in articles)


def test_removals_keep_positions_in_the_page_as_extracted() -> None:
    with Cleaner(repair=False, learn_site_chrome=True) as cleaner:
        article = [clean(cleaner, n) for n in range(3)][-1]
        plain = Cleaner(repair=False, strip_chrome=False).clean_html(page(2), url(2))
    paragraphs = plain.text.split("\n\n")
    positions = [r.position for r in article.removed]
    assert positions == sorted(set(positions))
    assert all(paragraphs[r.position] == r.text for r in article.removed)


def test_each_site_learns_its_own_lines() -> None:
    with Cleaner(repair=False, learn_site_chrome=True) as cleaner:
        clean(cleaner, 0, "a.example.org")
        clean(cleaner, 1, "b.example.net")
        third = clean(cleaner, 2, "c.example.com")
    assert SITE_LINES[0] in third.text


def test_subdomains_of_one_registered_domain_are_one_site() -> None:
    assert site_of("https://sport.example.co.uk/x") == site_of("https://www.example.co.uk/y")
    with Cleaner(repair=False, learn_site_chrome=True) as cleaner:
        clean(cleaner, 0, "sport.gazette.example.com")
        clean(cleaner, 1, "news.gazette.example.com")
        third = clean(cleaner, 2, "www.gazette.example.com")
    assert SITE_LINES[0] not in third.text


def test_the_same_page_twice_counts_once() -> None:
    with Cleaner(repair=False, learn_site_chrome=True) as cleaner:
        articles = [clean(cleaner, 0) for _ in range(4)]
    assert all(SITE_LINES[0] in a.text for a in articles)


def test_pages_without_a_url_teach_nothing() -> None:
    with Cleaner(repair=False, learn_site_chrome=True) as cleaner:
        articles = [cleaner.clean_html(page(n)) for n in range(4)]
    assert all(SITE_LINES[0] in a.text for a in articles)


def test_learning_is_safe_across_threads() -> None:
    learner = SiteChrome()
    lines = [f"Menu item {i}" for i in range(50)]

    def teach(n: int) -> frozenset[str]:
        return learner.learn(f"https://example.org/{n}", lines)

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(teach, range(200)))
    assert len(learner.learn("https://example.org/last", lines)) == len(lines)


def test_a_threaded_batch_removes_the_lines_once_learned() -> None:
    """Pages cleaned at once by threads, as clean_many cleans them."""
    with Cleaner(repair=False, learn_site_chrome=True) as cleaner, ThreadPoolExecutor(4) as pool:
        articles = list(pool.map(lambda n: clean(cleaner, n), range(12)))
    with_lines = [a for a in articles if SITE_LINES[0] in a.text]
    assert len(with_lines) == 2  # the two pages learned before the line reached three
    assert all(COMMON_SENTENCE in a.text for a in articles)
