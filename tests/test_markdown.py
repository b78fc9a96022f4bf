"""Markdown output: title, section headings by shape and position, escaping, the CLI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from newsmend import Article, clean_html, to_markdown
from newsmend.markdown import is_heading

PAGES = Path(__file__).parent / "pages"
PROSE = "The minister said on Tuesday that the talks would resume next week in Geneva."
MORE = "Officials from both sides declined to comment on the details of the proposal."


def article(*paragraphs: str, title: str | None = "Talks resume") -> Article:
    text = "\n\n".join(paragraphs)
    return Article(title=title, text=text, extracted_text=text)


def test_title_and_a_section_heading() -> None:
    markdown = to_markdown(article(PROSE, "What happens next", MORE))
    assert markdown == f"# Talks resume\n\n{PROSE}\n\n## What happens next\n\n{MORE}\n"


@pytest.mark.parametrize(
    ("line", "following", "source"),
    [
        ("Milk", "Eggs", "list items: a short line followed by another short line"),
        ("He said:", MORE, "a lead-in to a quotation"),
        ("“Okay?”", MORE, "a one-word quotation, ends like a sentence"),
        ("Thanks for reading", None, "a closing line with nothing after it"),
        ("and then the vote came", MORE, "a fragment that starts in lower case"),
        (
            "Officials from both sides said the talks would resume in Geneva next week",
            MORE,
            "a long line without final punctuation is a paragraph, not a heading",
        ),
    ],
)
def test_lines_that_are_not_headings(line: str, following: str | None, source: str) -> None:
    assert not is_heading(line, following), source


def test_seed_subheading_is_a_heading() -> None:
    result = clean_html((PAGES.parent.parent / "examples" / "seed.html").read_bytes(), repair=False)
    markdown = to_markdown(result)
    assert markdown.startswith(f"# {result.title}\n\n")
    assert "\n## Trump is shifting priorities from Gaza\n" in markdown


def test_markdown_syntax_in_the_text_is_escaped() -> None:
    markdown = to_markdown(article("# not a heading", "1. not a list", "- nor this", "*bold*"))
    assert "\n\\# not a heading\n" in markdown
    assert "\n1\\. not a list\n" in markdown
    assert "\n\\- nor this\n" in markdown
    assert "\n\\*bold\\*\n" in markdown


def test_an_article_without_a_title_starts_with_its_text() -> None:
    assert to_markdown(article(PROSE, title=None)) == f"{PROSE}\n"


def test_the_command_line_writes_markdown() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "newsmend",
            str(PAGES / "seed_flat.html"),
            "--format",
            "markdown",
            "--no-repair",
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode("utf-8")
    assert out.startswith("# Trump says he will meet Putin again")
    assert "\n## Trump is shifting priorities from Gaza\n" in out
