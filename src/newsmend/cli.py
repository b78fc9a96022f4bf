"""The ``newsmend`` command line.

    newsmend SOURCE... [--format text|json|jsonl|markdown] [--gazetteer FILE]...
                       [--no-default-gazetteer] [--no-repair] [--allow-private]
                       [--workers N] [--processes N|auto] [--progress|--no-progress]

A source is an http(s) URL, an HTML file, or ``-`` for standard input. URLs are
cleaned as one batch (:meth:`Cleaner.clean_many`: fetches overlap, parsing can use
every core), files and standard input one at a time; the output follows the order of
the sources either way. A source that fails prints one line on stderr, and with
``--format jsonl`` also a JSON line on stdout (the :class:`~newsmend.model.Failure`:
``source``, ``error``, ``message``, ``at``), so that every source has its line and a
pipeline can resume. The others are still processed, and the exit status is 1 when any
failed (2 for a usage error). A progress bar goes to stderr when it is a terminal.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import TextIO

from newsmend import __version__
from newsmend.errors import InvalidInput, NewsmendError
from newsmend.markdown import to_markdown
from newsmend.model import Article, Failure
from newsmend.pipeline import Cleaner, Processes, Result, load_gazetteers

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
    progress = sys.stderr.isatty() if args.progress is None else args.progress
    failed = written = 0
    with cleaner:
        for result in _results(cleaner, args.sources, args.workers, args.processes, progress):
            if isinstance(result, Failure):
                failed += 1
                print(
                    f"newsmend: {result.source}: {result.error}: {result.message}", file=sys.stderr
                )
                if args.format == "jsonl":
                    sys.stdout.write(result.model_dump_json() + "\n")
            else:
                _write(result, args.format, sys.stdout, first=written == 0)
                written += 1
            sys.stdout.flush()
    return EXIT_FAILED if failed else EXIT_OK


def _results(
    cleaner: Cleaner, sources: Sequence[str], workers: int, processes: Processes, progress: bool
) -> Iterator[Result]:
    """One result per source, in order: URLs from one batch, files and stdin in between."""
    urls = [source for source in sources if _is_url(source)]
    batch = cleaner.clean_many(urls, workers=workers, processes=processes, progress=progress)
    with closing(batch):  # type: ignore[type-var]  # A generator has close().
        for source in sources:
            yield next(batch) if _is_url(source) else _clean_local(cleaner, source)


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
        choices=("text", "json", "jsonl", "markdown"),
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
    parser.add_argument(
        "--workers",
        type=_positive,
        default=8,
        metavar="N",
        help="URLs fetched at once (default: 8)",
    )
    parser.add_argument(
        "--processes",
        type=_processes,
        default=None,
        metavar="N|auto",
        help="worker processes for extraction and repair ('auto': one per core; default: none)",
    )
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress bar on stderr (default: when stderr is a terminal)",
    )
    parser.add_argument("--version", action="version", version=f"newsmend {__version__}")
    return parser


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value!r}")
    return int(value)


def _processes(value: str) -> Processes:
    return "auto" if value == "auto" else _positive(value)


def _cleaner(args: argparse.Namespace) -> Cleaner:
    gazetteer = None
    if args.gazetteer or args.no_default_gazetteer:
        gazetteer = load_gazetteers(args.gazetteer, include_default=not args.no_default_gazetteer)
    return Cleaner(gazetteer=gazetteer, repair=not args.no_repair, allow_private=args.allow_private)


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _clean_local(cleaner: Cleaner, source: str) -> Result:
    """Clean an HTML file or standard input (``-``); a failure is returned, not raised."""
    try:
        if source == "-":
            return cleaner.clean_html(sys.stdin.buffer.read())
        path = Path(source)
        try:
            markup = path.read_bytes()
        except OSError as exc:
            raise InvalidInput(f"cannot read file: {exc.strerror}", url=source) from exc
        return cleaner.clean_html(markup, url=path.resolve().as_uri())
    except NewsmendError as exc:
        return Failure.from_error(source, exc)


def _write(article: Article, form: str, out: TextIO, *, first: bool) -> None:
    if form == "jsonl":
        out.write(article.model_dump_json() + "\n")
    elif form == "json":
        out.write(json.dumps(article.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n")
    elif form == "markdown":
        out.write(("" if first else "\n---\n\n") + to_markdown(article))
    else:
        if not first:
            out.write("\n" + "=" * 72 + "\n\n")
        out.write(render_text(article))


def render_text(article: Article) -> str:
    """The human-readable rendering: title, text, captions, then every change made
    (corrections in the text first, then those in the captions and the title)."""
    lines = []
    if article.title:
        lines += [article.title, "=" * min(len(article.title), 72), ""]
    lines += [article.text, ""]
    if article.captions:
        lines.append(f"Captions ({len(article.captions)}):")
        lines += [f"  {caption.text}" for caption in article.captions]
        lines.append("")
    corrections = [
        *article.corrections,
        *(c for cap in article.captions for c in cap.corrections),
        *article.title_corrections,
    ]
    if corrections:
        lines.append(f"Corrections ({len(corrections)}):")
        for c in corrections:
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
