"""Photo captions and credits: which paragraphs leave the text, and how they are repaired.

Rows are grouped by where each case comes from: the seed article, the credit styles of
big publishers and agencies (written for these tests in their house style, not copied),
and story sentences that mention agencies or photographers and must stay.
"""

from __future__ import annotations

from typing import NamedTuple

import lxml.html
import pytest

import newsmend
from newsmend import Article, Caption
from newsmend.captions import is_caption_text, split_captions
from newsmend.extract import extract


class Example(NamedTuple):
    paragraph: str
    source: str


MOVES = [
    Example(
        "The President of Ukraine Voldymyr Jemenskyy, left, meets with Trump during the United "
        "Nations General Assembly, on September 23 in New York. "
        "(Evan Vucci / The Associated Press)",
        "seed article: credit in parentheses, photographer / agency",
    ),
    Example(
        "President Trump speaks in the Oval Office on Monday. (AP Photo/Jane Doe)",
        "AP style credit",
    ),
    Example(
        "Firefighters battle the blaze near Athens. (AP Photo/Petros Giannakouris, File)",
        "AP style credit of a file photo",
    ),
    Example(
        "Protesters gather outside parliament in London. Photo: Jane Doe/Reuters",
        "labelled credit after the caption",
    ),
    Example(
        "The Treasury building in Washington. Photograph: John Roe/The Guardian",
        "Guardian style labelled credit",
    ),
    Example("Supporters cheer at the rally in Ohio. Jane Doe/Getty Images", "bare stock credit"),
    Example(
        "Supporters cheer at the rally in Ohio. AFP via Getty Images",
        "agency via stock credit",
    ),
    Example("Getty Images", "credit line on its own"),
    Example("Photo: The minister arrives at the summit in Brussels.", "leading label, English"),
    Example("Pictured: the new bridge over the Rhine at dusk", "leading label, Pictured"),
    Example(
        "Le président français à l'Élysée, mardi. Crédit photo : Jean Dupont / AFP",
        "French labelled credit",
    ),
    Example("Des manifestants à Paris, samedi. (Photo AFP)", "French parenthesised credit"),
    Example("Foto: Manifestantes en la Puerta del Sol de Madrid.", "Spanish leading label"),
    Example(
        "El presidente del Gobierno, durante la rueda de prensa. Foto: EFE/Juan Pérez",
        "Spanish labelled credit, EFE style",
    ),
    Example(
        "Bundeskanzler bei der Pressekonferenz in Berlin. Bild: dpa",
        "German labelled credit, lower-case agency",
    ),
    Example(
        "Demonstranten vor dem Reichstag am Samstag. (Foto: Max Mustermann/dpa)",
        "German parenthesised credit",
    ),
]

STAYS = [
    Example(
        "The call came ahead of Trump’s meeting Friday at the White House with Ukrainian "
        "President Volodymyr Zelenskyy.",
        "seed article, story paragraph",
    ),
    Example("“I took the picture at dawn,” said photographer Jane Doe.", "quotes a photographer"),
    Example("The minister told Reuters on Tuesday that talks would resume.", "mentions Reuters"),
    Example("Talks will resume next week, he told Reuters.", "ends with Reuters"),
    Example(
        "The figures were first reported by the Associated Press (AP).",
        "agency abbreviation in parentheses, then a full stop",
    ),
    Example("Prices rose 3% last year, the agency said. (Reuters)", "wire attribution, no photo"),
    Example(
        "The photo was sold to Getty Images, which declined to comment.",
        "mentions a stock agency in a sentence",
    ),
    Example(
        "Officials said the image had been edited. Getty Images pulled it on Monday.",
        "stock agency as the subject of the last sentence",
    ),
    Example(
        "Le photographe de l'AFP a été blessé samedi à Gaza.", "French story, AFP photographer"
    ),
    Example("Die Bild-Zeitung berichtete zuerst über den Fall.", "German story mentions Bild"),
    Example("La agencia EFE informó del acuerdo el lunes.", "Spanish story mentions EFE"),
    Example("Trump is shifting priorities from Gaza", "seed article, subheading"),
]


@pytest.mark.parametrize("row", MOVES, ids=[row.source for row in MOVES])
def test_caption_shapes_are_captions(row: Example) -> None:
    assert is_caption_text(row.paragraph)


@pytest.mark.parametrize("row", STAYS, ids=[row.source for row in STAYS])
def test_story_paragraphs_are_not_captions(row: Example) -> None:
    assert not is_caption_text(row.paragraph)


def test_split_keeps_the_story_in_order_and_the_captions_in_order() -> None:
    paragraphs = [STAYS[0].paragraph, MOVES[1].paragraph, STAYS[2].paragraph, MOVES[3].paragraph]
    story, captions = split_captions(paragraphs)
    assert story == [STAYS[0].paragraph, STAYS[2].paragraph]
    assert captions == [MOVES[1].paragraph, MOVES[3].paragraph]


def test_a_marked_caption_moves_whatever_its_shape() -> None:
    caption = "A quiet street in the old town at dawn"
    story, captions = split_captions([STAYS[2].paragraph, caption], marked=[caption])
    assert (story, captions) == ([STAYS[2].paragraph], [caption])


def test_a_short_line_inside_a_marked_caption_stays_unless_it_follows_one() -> None:
    marked = ["Voters queue in Ohio on Tuesday morning before the polls open. Jane Doe"]
    assert split_captions(["Jane Doe"], marked) == (["Jane Doe"], [])
    line = "Voters queue in Ohio on Tuesday morning before the polls open."
    assert split_captions([line, "Jane Doe"], marked) == ([], [line, "Jane Doe"])


STORY = (
    "<p>President Volodymyr Zelenskyy met the prime minister in Kyiv on Tuesday, his office "
    "said in a statement after the talks ended.</p>"
    "<p>The two leaders discussed air defence and the reconstruction of the power grid, "
    "according to officials who attended the meeting.</p>"
    "<p>Further talks are planned for next month in Brussels, where allies will meet again.</p>"
)
PICTURE = '<img src="/a.jpg" alt="">'
MARKUP = [
    Example(
        f"<article>{STORY[:200]}{STORY[200:]}<figure>{PICTURE}<figcaption>"
        "Voldymyr Jemenskyy in Kyiv</figcaption></figure></article>",
        "HTML5 figure and figcaption",
    ),
    Example(
        f'<article>{STORY}<div class="wp-caption">{PICTURE}<p class="wp-caption-text">'
        "Voldymyr Jemenskyy in Kyiv</p></div></article>",
        "WordPress wp-caption-text",
    ),
    Example(
        f'<article>{STORY}<div>{PICTURE}<span class="image-caption">Voldymyr Jemenskyy in Kyiv'
        "</span></div></article>",
        "image-caption class on a span",
    ),
]


@pytest.mark.parametrize("row", MARKUP, ids=[row.source for row in MARKUP])
def test_marked_captions_leave_the_text(row: Example) -> None:
    extracted = extract(f"<html><body>{row.paragraph}</body></html>")
    assert extracted.captions == ("Voldymyr Jemenskyy in Kyiv",)
    assert "Jemenskyy" not in extracted.text
    assert "Further talks are planned" in extracted.text
    assert not any("Jemenskyy" in r.text for r in extracted.removed)


@pytest.fixture(scope="module")
def article() -> Article:
    html = f"<html><body>{MARKUP[1].paragraph}</body></html>"
    return newsmend.clean_html(html)


def test_a_caption_name_is_repaired_with_the_story_as_evidence(article: Article) -> None:
    (caption,) = article.captions
    assert caption == Caption(
        text="Volodymyr Zelenskyy in Kyiv",
        original="Voldymyr Jemenskyy in Kyiv",
        corrections=caption.corrections,
    )
    (fix,) = caption.corrections
    assert (fix.start, fix.end, fix.original_start) == (0, len("Volodymyr Zelenskyy"), 0)
    assert fix.original == "Voldymyr Jemenskyy"


def test_the_story_offsets_do_not_count_the_caption(article: Article) -> None:
    assert article.corrections == ()
    assert article.text == article.extracted_text
    assert "Jemenskyy" not in article.text


def test_captions_round_trip_through_json(article: Article) -> None:
    assert article.captions
    assert Article.model_validate_json(article.model_dump_json()) == article


def test_without_repair_captions_keep_their_text() -> None:
    html = f"<html><body>{MARKUP[0].paragraph}</body></html>"
    (caption,) = newsmend.clean_html(html, repair=False).captions
    assert caption == Caption(text=caption.original, original="Voldymyr Jemenskyy in Kyiv")


def test_a_page_of_captions_only_keeps_them_as_its_text() -> None:
    gallery = " ".join(
        f"<p>Scene {n} of the festival in the old harbour of Marseille on Saturday evening. "
        f"(AP Photo/Jane Doe)</p>"
        for n in range(3)
    )
    extracted = extract(f"<html><body><article>{gallery}</article></body></html>")
    assert extracted.captions == ()
    assert extracted.text.count("(AP Photo/Jane Doe)") == 3


@pytest.mark.parametrize(
    ("line", "caption"),
    [
        ("(Image credit: Blue Sky Aerospace)", True),  # science news site, credit alone
        ("(Photo credit: Jane Doe/Example Agency)", True),
        ("(Credit: the mayor said so)", False),  # lower-case words are not a credit
        ("The image: a crowd at the gate (see below)", False),
    ],
)
def test_a_labelled_credit_in_parentheses_is_a_caption(line: str, caption: bool) -> None:
    assert is_caption_text(line) is caption


# Captions outside the container trafilatura picks. Each layout is a small page written
# here in a pattern news sites use: the lead photo above the headline or in a column beside
# the story, a story photo inside it, and teaser images (a sidebar, related-article cards,
# the footer) whose captions are not the article's.
FLOOD_STORY = (
    "<p>Flood waters began to recede across the Valencia region on Sunday, leaving streets "
    "buried in mud and thousands of cars piled against bridges and walls.</p>"
    "<p>Regional officials said more than two hundred people had died, and that the search "
    "for the missing would continue through the week in the worst hit towns.</p>"
    "{inside}"
    "<p>Volunteers arrived by the thousands from the city, carrying brooms and shovels "
    "across the pedestrian bridge that links it to the southern suburbs.</p>"
    "<p>The national government promised emergency aid for households and businesses, and "
    "said the army would stay as long as it was needed.</p>"
)
STORY_PHOTO = (
    '<figure><img src="/b.jpg"><figcaption>Volunteers carry food across a bridge in Valencia. '
    "(Jane Doe/Reuters)</figcaption></figure>"
)
TEASERS = (
    '<aside class="sidebar"><figure><img src="/s.jpg"><figcaption>A flooded garage in '
    'Alfafar. (AP Photo/Ben Cole)</figcaption></figure><a href="/claims">Insurers brace for '
    "record claims after the floods</a></aside>"
    '<section class="more"><h2>More from Spain</h2><div class="card"><figure><img src="/c.jpg">'
    '<figcaption>Credit: Bob Smith/AFP</figcaption></figure><h3><a href="/storm">Storm batters '
    'the coast for a third day</a></h3></div><a class="card" href="/ports"><img src="/d.jpg">'
    '<span class="caption">Fishermen in Cádiz. (Photo: Luis Gil / EFE)</span>'
    "<h3>Ports close as the storm moves east</h3></a></section>"
)
SITE_FOOTER = (
    '<footer><figure><img src="/f.jpg"><figcaption>Our newsroom in Madrid. (Photo: Ana Ruiz / '
    "El Diario)</figcaption></figure><p>© 2024 El Diario</p></footer>"
)
TEASER_WORDS = ("Alfafar", "Bob Smith", "Cádiz", "newsroom")


def flood_page(lead: str) -> str:
    """The lead photo in its own block above the headline, the story in a body div."""
    return (
        "<html><head><title>Flood waters recede in Valencia</title></head><body>"
        '<header><nav><a href="/">Home</a> <a href="/spain">Spain</a></nav></header>'
        f'<main>{lead}<div class="headline"><span class="kicker">Spain</span>'
        "<h1>Flood waters recede in Valencia</h1></div>"
        f'<div class="article-body">{FLOOD_STORY.format(inside=STORY_PHOTO)}</div>'
        f"{TEASERS}</main>{SITE_FOOTER}</body></html>"
    )


LEAD_PHOTOS = [
    Example(
        '<div class="hero"><img src="/a.jpg"><p class="hero-caption">Residents clear mud from '
        "a street in Paiporta on Sunday.</p></div>",
        "lead photo above the headline, caption marked by its class",
    ),
    Example(
        '<div class="lead-image"><img src="/a.jpg"><span>(Photo: Ana Ruiz / EFE)</span></div>',
        "lead photo above the headline, a bare credit in parentheses, no class",
    ),
    Example(
        '<figure class="lead"><a href="/a-large.jpg"><img src="/a.jpg"></a><figcaption>'
        "Residents clear mud from a street in Paiporta on Sunday.</figcaption></figure>",
        "lead figure whose image links to its large version",
    ),
]


@pytest.mark.parametrize("row", LEAD_PHOTOS, ids=[row.source for row in LEAD_PHOTOS])
def test_a_lead_photo_caption_above_the_headline_is_kept_and_teasers_are_not(row: Example) -> None:
    extracted = extract(flood_page(row.paragraph))
    lead = lxml.html.fromstring(row.paragraph).text_content().strip()
    assert extracted.captions == (
        lead,
        "Volunteers carry food across a bridge in Valencia. (Jane Doe/Reuters)",
    )
    assert not any(word in caption for caption in extracted.captions for word in TEASER_WORDS)
    assert lead not in extracted.text
    assert "(Jane Doe/Reuters)" not in extracted.text


def test_captions_in_a_column_beside_the_story_are_kept_in_page_order() -> None:
    """An <article> with the text in one column and its photos in the next."""
    media = (
        '<div class="story-media"><figure><img src="/m.jpg"><figcaption>Mud in Paiporta on '
        'Sunday.</figcaption></figure><figure><img src="/n.jpg"><figcaption>Ana Ruiz/EFE'
        "</figcaption></figure></div>"
    )
    related = (
        '<div class="related"><div class="card"><img src="/r.jpg"><p class="caption">Photo: '
        'Bob Smith/AFP</p><a href="/r">Ports close as the storm moves east along the coast</a>'
        '</div><div><img src="/q.jpg"> Photo: Luis Gil/EFE <a href="/q">Fishermen count their '
        "losses in Cádiz harbour</a></div></div>"
    )
    html = (
        "<html><head><title>Flood waters recede in Valencia</title></head><body>"
        '<nav><a href="/">Home</a></nav><article><h1>Flood waters recede in Valencia</h1>'
        f'<div class="row"><div class="story-text">{FLOOD_STORY.format(inside="")}</div>{media}'
        f"</div>{related}</article>{SITE_FOOTER}</body></html>"
    )
    extracted = extract(html)
    assert extracted.captions == ("Mud in Paiporta on Sunday.", "Ana Ruiz/EFE")
    assert "Paiporta on Sunday" not in extracted.text


def test_a_lead_caption_already_in_the_container_is_not_repeated() -> None:
    """The lead figure inside the story's container: trafilatura's copy is the only one."""
    lead = (
        '<figure><img src="/a.jpg"><figcaption>Residents clear mud in Paiporta. '
        "(Photo: Ana Ruiz / EFE)</figcaption></figure>"
    )
    html = (
        "<html><head><title>Flood waters recede in Valencia</title></head><body><article>"
        f"<h1>Flood waters recede in Valencia</h1>{lead}{FLOOD_STORY.format(inside='')}"
        f"</article>{TEASERS}</body></html>"
    )
    extracted = extract(html)
    assert extracted.captions == ("Residents clear mud in Paiporta. (Photo: Ana Ruiz / EFE)",)
    assert "Paiporta" not in extracted.text


def test_a_teaser_with_a_summary_above_the_headline_is_not_the_articles() -> None:
    """A top-stories strip in the same column as the article, above its headline."""
    strip = (
        '<div class="top-stories"><figure><img src="/t.jpg"><figcaption>Fans queue in Bilbao. '
        '(Photo: Ana Ruiz / EFE)</figcaption></figure><p><a href="/bilbao">Bilbao sells out '
        "its final home game of the season</a></p><p>Tickets went on sale on Friday and were "
        "gone within an hour, the club said.</p></div>"
    )
    extracted = extract(flood_page(strip))
    assert not any("Bilbao" in caption for caption in extracted.captions)


def test_a_credit_line_removed_as_chrome_is_kept_with_the_captions_in_page_order() -> None:
    """A credit line that only a chrome rule knows (``photo_credit``) leaves the text, as
    chrome does, and joins the captions before the photo that follows it."""
    credit = "Installation views, photos © Studio Marlow, 2024"
    inside = f"<p>{credit}</p>{STORY_PHOTO}"
    html = (
        "<html><head><title>Flood waters recede in Valencia</title></head><body><article>"
        f"<h1>Flood waters recede in Valencia</h1>{FLOOD_STORY.format(inside=inside)}"
        "</article></body></html>"
    )
    extracted = extract(html)
    assert extracted.captions == (
        credit,
        "Volunteers carry food across a bridge in Valencia. (Jane Doe/Reuters)",
    )
    assert credit not in extracted.text
    assert [r.rule for r in extracted.removed if r.text == credit] == ["photo_credit"]
