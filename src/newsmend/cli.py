"""The ``newsmend`` command line.

    newsmend SOURCE... [--format text|json|jsonl] [--gazetteer FILE]...
                       [--no-default-gazetteer] [--no-repair]

A source is an http(s) URL, an HTML file, or ``-`` for standard input. A source
that fails prints one line on stderr; the others are still processed, and the exit
status is 1 when any failed (2 for a usage error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from newsmend import __version__
from newsmend.errors import InvalidInput, NewsmendError
from newsmend.model import Article
from newsmend.pipeline import Cleaner, load_gazetteers

__all__ = ["main"]

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        cleaner = _cleaner(args)
    except NewsmendError as exc:
        print(f"newsmend: {exc}", file=sys.stderr)
        return EXIT_USAGE
    failed = 0
    with cleaner:
        for number, source in enumerate(args.sources):
            try:
                article = _clean(cleaner, source)
            except NewsmendError as exc:
                failed += 1
                print(f"newsmend: {source}: {type(exc).__name__}: {exc}", file=sys.stderr)
                continue
            _write(article, args.format, sys.stdout, first=number == 0)
            sys.stdout.flush()
    return EXIT_FAILED if failed else EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsmend",
        description="Clean news articles: strip site chrome and repair garbled names.",
    )
    parser.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="an http(s) URL, an HTML file, or - for standard input",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "jsonl"),
        default="text",
        help="output format (default: text)",
    )
    parser.add_argument(
        "--gazetteer",
        action="append",
        default=[],
        metavar="FILE",
        help="extra gazetteer (.csv or .jsonl), merged with the default; repeatable",
    )
    parser.add_argument(
        "--no-default-gazetteer",
        action="store_true",
        help="use only the gazetteers given with --gazetteer",
    )
    parser.add_argument("--no-repair", action="store_true", help="do not repair names")
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="allow fetching from private and loopback addresses",
    )
    parser.add_argument("--version", action="version", version=f"newsmend {__version__}")
    return parser


def _cleaner(args: argparse.Namespace) -> Cleaner:
    gazetteer = None
    if args.gazetteer or args.no_default_gazetteer:
        gazetteer = load_gazetteers(args.gazetteer, include_default=not args.no_default_gazetteer)
    return Cleaner(gazetteer=gazetteer, repair=not args.no_repair, allow_private=args.allow_private)


def _clean(cleaner: Cleaner, source: str) -> Article:
    if source == "-":
        return cleaner.clean_html(sys.stdin.buffer.read())
    if source.startswith(("http://", "https://")):
        return cleaner.clean(source)
    path = Path(source)
    try:
        markup = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"cannot read file: {exc.strerror}", url=source) from exc
    return cleaner.clean_html(markup, url=path.resolve().as_uri())


def _write(article: Article, form: str, out: TextIO, *, first: bool) -> None:
    if form == "jsonl":
        out.write(article.model_dump_json() + "\n")
    elif form == "json":
        out.write(json.dumps(article.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
    else:
        if not first:
            out.write("\n" + "=" * 72 + "\n\n")
        out.write(render_text(article))


def render_text(article: Article) -> str:
    """The human-readable rendering: title, text, then every change made."""
    lines = []
    if article.title:
        lines += [article.title, "=" * min(len(article.title), 72), ""]
    lines += [article.text, ""]
    if article.corrections:
        lines.append(f"Corrections ({len(article.corrections)}):")
        for c in article.corrections:
            lines.append(
                f"  {c.original!r} -> {c.replacement!r}  [{c.entity}, score {c.score:.2f}]"
            )
            lines.append(f"      {c.reason}")
        lines.append("")
    if article.suspects:
        lines.append(f"Suspects, left unchanged ({len(article.suspects)}):")
        lines += [f"  {s.text!r}: {s.reason}" for s in article.suspects]
        lines.append("")
    if article.removed:
        lines.append(f"Removed ({len(article.removed)}):")
        lines += [f"  [{r.rule}] {_shorten(r.text)}" for r in article.removed]
        lines.append("")
    return "\n".join(lines)


def _shorten(text: str, width: int = 70) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
