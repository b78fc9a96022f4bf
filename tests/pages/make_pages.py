# ruff: noqa: E501  (the page templates are HTML, one element per line)
"""Build the seed test pages from ``seed.txt`` in several site layouts.

The seed article's text goes in verbatim, paragraph by paragraph, garbled names
included; only the surrounding markup differs between layouts. Run from the
repository root and commit the generated HTML::

    python tests/pages/make_pages.py
"""

from __future__ import annotations

from html import escape
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parent.parent

NAV = ("Home", "World", "Politics", "Business", "Sports", "Contact Us")
RELATED = (
    "Zelenskyy heads to Washington seeking long-range missiles",
    "European leaders meet in Copenhagen on drone defence",
    "Senate sanctions bill gains new co-sponsors",
)
SITE = "Daily World Report"
PUBLISHED = "2025-10-16T18:42:00-04:00"


def seed_paragraphs() -> list[str]:
    """Return the seed's paragraphs: category, title, story, then the page chrome."""
    text = (HERE / "seed.txt").read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def split_seed() -> tuple[str, str, list[str]]:
    """Return the category label, the title and the story paragraphs of the seed."""
    paragraphs = seed_paragraphs()
    end = paragraphs.index("Related Articles")
    return paragraphs[0], paragraphs[1], paragraphs[2:end]


def is_heading(paragraph: str) -> bool:
    """Tell the seed's subheadings (short, no closing punctuation) from its paragraphs."""
    return len(paragraph.split()) <= 10 and paragraph[-1] not in '.:”"?!)'


def head(title: str) -> str:
    """Return a ``<head>`` with the metadata a CMS would print."""
    t = escape(title)
    return f"""<head>
<meta charset="utf-8">
<title>{t} - {SITE}</title>
<meta name="description" content="Trump says he will meet Putin in Budapest after a phone call.">
<meta property="og:title" content="{t}">
<meta property="og:site_name" content="{SITE}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="{PUBLISHED}">
<meta name="author" content="Sam Carter">
</head>"""


def wordpress_story(story: list[str]) -> str:
    """Render the story as WordPress ``entry-content``: h2 subheadings, a caption block."""
    parts = []
    for p in story:
        if is_heading(p):
            parts.append(f"<h2>{escape(p)}</h2>")
        elif p.endswith("(Evan Vucci / The Associated Press)"):
            parts.append(
                '<div class="wp-caption aligncenter"><img src="/wp-content/uploads/meeting.jpg" '
                f'alt="meeting"><p class="wp-caption-text">{escape(p)}</p></div>'
            )
        else:
            parts.append(f"<p>{escape(p)}</p>")
    return "\n".join(parts)


def wordpress(category: str, title: str, story: list[str]) -> str:
    """A WordPress theme: nav menu, category label, entry-content, related posts, comments."""
    nav = "".join(f'<li class="menu-item"><a href="/{n.lower()}/">{n}</a></li>' for n in NAV)
    related = "".join(
        f'<li><a href="/2025/10/{i}/">{escape(r)}</a></li>' for i, r in enumerate(RELATED)
    )
    return f"""<!DOCTYPE html>
<html lang="en-US">
{head(title)}
<body class="post-template-default single single-post">
<header id="masthead" class="site-header">
<div class="site-branding"><p class="site-title"><a href="/">{SITE}</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">{nav}</ul></nav>
</header>
<div id="content" class="site-content">
<main id="main" class="site-main">
<article id="post-4211" class="post-4211 post type-post status-publish format-standard">
<header class="entry-header">
<span class="cat-links"><a href="/category/world-news/" rel="category tag">{escape(category)}</a></span>
<h1 class="entry-title">{escape(title)}</h1>
<div class="entry-meta"><time class="entry-date published" datetime="{PUBLISHED}">October 16, 2025</time></div>
</header>
<div class="entry-content">
{wordpress_story(story)}
</div>
</article>
<div class="related-posts">
<h3 class="related-title">Related Articles</h3>
<ul>{related}</ul>
</div>
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> <span class="required-field-message">Required fields are marked <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Comment <span class="required">*</span></label> <textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label> <input id="author" name="author" type="text"></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
</form>
</div>
</div>
</main>
</div>
<footer id="colophon" class="site-footer">
<div class="site-info">&copy; 2025 {SITE}. All rights reserved.</div>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="screen-reader-text">Back to top button</span></a>
</footer>
</body>
</html>
"""


def flat(category: str, title: str, story: list[str], tail: list[str]) -> str:
    """Everything, chrome included, as plain lines inside one container ``div``."""
    lines = [" | ".join(NAV), category, title, *story, tail[0], *RELATED, *tail[1:]]
    body = "\n".join(
        f"<div>{escape(line)}</div>" if len(line) < 80 else f"<p>{escape(line)}</p>"
        for line in lines
    )
    return f"""<html lang="en">
{head(title)}
<body>
<div class="container">
{body}
</div>
</body>
</html>
"""


def table(category: str, title: str, story: list[str], tail: list[str]) -> str:
    """An old table layout: nav cell, content cell with ``<br><br>`` paragraphs and fonts."""
    nav = "<br>\n".join(f'<a href="/{n.lower()}.html">{n}</a>' for n in NAV)
    rest = [*tail[:1], *RELATED, *tail[1:]]
    content = "<br><br>\n".join(
        [
            f'<font size="2" color="#990000">{escape(category)}</font>',
            f'<font size="5" face="Arial"><b>{escape(title)}</b></font>',
            *(f"<b>{escape(p)}</b>" if is_heading(p) else escape(p) for p in story),
            *(f'<font size="2">{escape(p)}</font>' for p in rest),
        ]
    )
    return f"""<html>
{head(title)}
<body bgcolor="#ffffff">
<table width="100%" border="0" cellpadding="4">
<tr><td colspan="2"><font size="6"><b>{SITE}</b></font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#eeeeee"><font face="Verdana" size="2">{nav}</font></td>
<td valign="top"><font face="Georgia" size="3">
{content}
</font></td>
</tr>
<tr><td colspan="2"><font size="1">&copy; 2025 {SITE}</font></td></tr>
</table>
</body>
</html>
"""


def main() -> None:
    """Write the flat and table layouts next to this script, and the WordPress layout as
    the example page (examples/seed.html), which the tests use too."""
    paragraphs = seed_paragraphs()
    category, title, story = split_seed()
    tail = paragraphs[2 + len(story) :]
    pages = {
        HERE / "seed_flat.html": flat(category, title, story, tail),
        HERE / "seed_table.html": table(category, title, story, tail),
        ROOT / "examples" / "seed.html": wordpress(category, title, story),
    }
    for path, html in pages.items():
        path.write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
