"""The Cleaner and the module-level functions: inputs, settings, and the whole chain."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer

import newsmend
from newsmend import Article, Cleaner, Gazetteer, InvalidInput, NewsmendError, Settings

PAGES = Path(__file__).parent / "pages"
DATA = Path(__file__).parent / "data"

PARAGRAPH = (
    "Earlier this week in Jerusalem, in a speech to the Khosset, the visiting president said "
    "that the agreement would lay the groundwork for a lasting peace across the region."
)
PAGE = f"""<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Speech in Jerusalem</title></head><body><article><h1>Speech in Jerusalem</h1>
<p>{PARAGRAPH}</p>
<p>Israeli lawmakers applauded several times during the forty-minute address, and the
speaker of parliament thanked the delegation for travelling on short notice.</p>
</article></body></html>"""


@pytest.fixture(scope="module")
def mini() -> Gazetteer:
    return Gazetteer.from_file(DATA / "mini_gazetteer.jsonl")


def test_clean_html_accepts_str_and_bytes(mini: Gazetteer) -> None:
    cleaner = Cleaner(gazetteer=mini)
    from_text = cleaner.clean_html(PAGE)
    from_bytes = cleaner.clean_html(PAGE.encode("utf-8"))
    assert from_text.text == from_bytes.text
    assert "speech to the Knesset" in from_text.text
    assert "speech to the Khosset" in from_text.extracted_text
    assert from_text.title == "Speech in Jerusalem"
    assert from_text.fetched_at is None


def test_the_title_is_repaired_with_the_story_as_evidence(mini: Gazetteer) -> None:
    page = PAGE.replace("Speech in Jerusalem", "Khosset hears a speech in Jerusalem")
    article = Cleaner(gazetteer=mini).clean_html(page.replace("the Khosset", "the Knesset"))
    assert article.title == "Knesset hears a speech in Jerusalem"
    [fix] = article.title_corrections
    assert (fix.original, fix.replacement, fix.start, fix.original_start) == (
        "Khosset",
        "Knesset",
        0,
        0,
    )
    assert "named 1x elsewhere" in fix.reason
    assert article.corrections == ()  # the story's own text needed no repair
    assert Article.model_validate_json(article.model_dump_json()) == article
    unrepaired = Cleaner(gazetteer=mini, repair=False).clean_html(page)
    assert unrepaired.title == "Khosset hears a speech in Jerusalem"
    assert unrepaired.title_corrections == ()


def test_repair_can_be_switched_off(mini: Gazetteer) -> None:
    article = Cleaner(gazetteer=mini, repair=False).clean_html(PAGE)
    assert article.corrections == ()
    assert article.text == article.extracted_text


@pytest.mark.parametrize("html", [None, 42, ["<p>x</p>"]])
def test_clean_html_rejects_what_is_not_markup(html: object) -> None:
    with pytest.raises(InvalidInput, match="str or bytes"):
        newsmend.clean_html(html)  # type: ignore[arg-type]


def test_bad_settings_raise_a_typed_error() -> None:
    with pytest.raises(InvalidInput, match="retries"):
        Cleaner(retries=-1)
    with pytest.raises(InvalidInput, match="no_such_option"):
        Cleaner(no_such_option=True)


def test_settings_are_frozen_and_updated_by_copy() -> None:
    base = Settings()
    changed = base.with_updates(deadline=5)
    assert (base.deadline, changed.deadline) == (60.0, 5.0)
    with pytest.raises(ValueError, match="frozen"):
        base.deadline = 1  # type: ignore[misc]


def test_clean_fetches_extracts_and_repairs(httpserver: HTTPServer, mini: Gazetteer) -> None:
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/speech").respond_with_data(
        PAGE.encode("utf-8"), content_type="text/html; charset=utf-8"
    )
    url = httpserver.url_for("/speech")
    with Cleaner(gazetteer=mini, allow_private=True, host_interval=0) as cleaner:
        article = cleaner.clean(url)
    assert article.url == url
    assert article.final_url == url
    assert article.fetched_at is not None
    assert [c.replacement for c in article.corrections] == ["Knesset"]
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_a_fetched_dateline_takes_its_year_from_the_fetch(
    httpserver: HTTPServer, mini: Gazetteer
) -> None:
    story = (
        "<p>KYIV, Oct 17 (AP) — Drones struck power stations across the region overnight, "
        "cutting electricity to half the city, officials said on Friday morning.</p>"
        "<p>Repair crews worked through the night, and the mayor said the metro would run "
        "on reserve power until the lines were restored.</p>"
    )
    page = f"<html lang='en'><body><article><h1>Grid hit</h1>{story}</article></body></html>"
    httpserver.expect_request("/robots.txt").respond_with_data("", status=404)
    httpserver.expect_request("/grid").respond_with_data(page, content_type="text/html")
    with Cleaner(gazetteer=mini, allow_private=True, host_interval=0) as cleaner:
        article = cleaner.clean(httpserver.url_for("/grid"))
    assert article.fetched_at is not None
    assert article.published is not None
    fetched = article.fetched_at.date()
    year = fetched.year if (fetched.month, fetched.day) >= (10, 16) else fetched.year - 1
    assert (article.published.year, article.published.month, article.published.day) == (
        year,
        10,
        17,
    )


def test_module_clean_refuses_loopback_by_default(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/speech").respond_with_data(PAGE, content_type="text/html")
    with pytest.raises(newsmend.BlockedAddress):
        newsmend.clean(httpserver.url_for("/speech"))
    assert httpserver.log == []


@pytest.mark.filterwarnings("ignore:could not tell the page's encoding:UnicodeWarning")
@settings(max_examples=60, deadline=None)
@given(st.one_of(st.text(), st.binary(), st.text().map(lambda t: f"<html><body><p>{t}</p>")))
def test_clean_html_raises_only_newsmend_errors(markup: str | bytes) -> None:
    cleaner = Cleaner(gazetteer=Gazetteer.from_file(DATA / "mini_gazetteer.jsonl"))
    try:
        article = cleaner.clean_html(markup)
    except NewsmendError:
        return
    for c in article.corrections:
        assert article.text[c.start : c.end] == c.replacement


def test_a_page_that_is_only_navigation_is_a_typed_failure(
    httpserver: HTTPServer, mini: Gazetteer
) -> None:
    nav = "".join(f"<li><a href='/{s}'>{s.title()}</a></li>" for s in ["world", "sport", "arts"])
    page = f"<html><head><title>Menu</title></head><body><nav><ul>{nav}</ul></nav></body></html>"
    httpserver.expect_request("/menu").respond_with_data(page, content_type="text/html")
    url = httpserver.url_for("/menu")
    with Cleaner(gazetteer=mini, allow_private=True, respect_robots=False) as cleaner:
        with pytest.raises(newsmend.NoArticleContent) as caught:
            cleaner.clean(url)
        [result] = cleaner.clean_many([url])
    assert url in str(caught.value)
    assert isinstance(result, newsmend.Failure)
    assert (result.source, result.error) == (url, "NoArticleContent")
