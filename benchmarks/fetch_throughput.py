"""Batch throughput: fetching against slow servers, and cleaning with every core.

A server process answers on 20 loopback addresses (127.0.0.2 ... 127.0.0.21, all
loopback on Linux), each response 100 ms late, with pages built from the seed pages in
``tests/pages`` (three layouts, numbered titles). Three measurements::

    python benchmarks/fetch_throughput.py            # 2,000 pages, about 3 minutes

1. fetch only: a :class:`~newsmend.fetch.Fetcher` shared by 32 threads, politeness off
   (``host_interval=0``, ``respect_robots=False``); the ideal is workers / latency.
2. parsing alone: extraction and repair of the same pages, no network, in a process pool
   of one worker per core that has loaded everything before the clock starts; this is
   what the machine's cores allow.
3. ``clean_many``: fetch, extract and repair with 32 threads and one process per core,
   timed from the call to the last result (worker start-up included) and in steady state
   (first result to last).

The report is Markdown on stdout. Every fetch is bounded by its deadline and the server
process is stopped at the end, so the run ends by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import platform
import subprocess
import sys
import time
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from newsmend import Article, Cleaner, Settings
from newsmend.fetch import Fetcher

ROOT = Path(__file__).resolve().parent.parent
LAYOUTS = (
    ROOT / "examples" / "seed.html",
    ROOT / "tests/pages/seed_table.html",
    ROOT / "tests/pages/seed_flat.html",
)
PORT = 8765


# --- The slow server (its own process, so its work does not share our GIL) --------------


def page_html(templates: Sequence[str], number: int) -> str:
    """Page ``number``: a seed layout with a numbered title, so no two pages are equal."""
    html = templates[number % len(templates)]
    return html.replace("<title>", f"<title>{number}: ", 1)


def load_templates() -> list[str]:
    return [path.read_text(encoding="utf-8") for path in LAYOUTS]


def serve(hosts: list[str], port: int, latency: float, ready: object) -> None:
    """Run an asyncio HTTP/1.1 server with keep-alive on every host until terminated."""
    templates = [html.encode("utf-8") for html in load_templates()]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                path = head.split(b" ", 2)[1].decode("ascii")
                number = int(path.rsplit("/", 1)[-1]) if path.startswith("/page/") else -1
                await asyncio.sleep(latency)
                if number < 0:
                    status, body = b"404 Not Found", b"not found"
                else:
                    status = b"200 OK"
                    body = templates[number % len(templates)].replace(
                        b"<title>", f"<title>{number}: ".encode(), 1
                    )
                writer.write(
                    b"HTTP/1.1 " + status + b"\r\nContent-Type: text/html; charset=utf-8\r\n"
                    b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    async def main() -> None:
        servers = [await asyncio.start_server(handle, host, port, backlog=512) for host in hosts]
        ready.set()  # type: ignore[attr-defined]
        await asyncio.gather(*(server.serve_forever() for server in servers))

    asyncio.run(main())


# --- Measurements -------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    name: str
    pages: int
    ok: int
    seconds: float
    reference: float
    reference_name: str

    @property
    def rate(self) -> float:
        return self.pages / self.seconds


def settings() -> Settings:
    return Settings(
        allow_private=True, host_interval=0, respect_robots=False, retries=0, deadline=30
    )


def fetch_only(urls: list[str], workers: int) -> tuple[int, float]:
    with Fetcher(settings()) as fetcher, ThreadPoolExecutor(workers) as threads:
        started = time.perf_counter()
        pages = list(threads.map(fetcher.fetch, urls))
        seconds = time.perf_counter() - started
    return sum(1 for page in pages if page.status == 200), seconds


_cleaner: Cleaner | None = None


def _start(settings: Settings) -> None:
    global _cleaner
    _cleaner = Cleaner(settings)
    _cleaner.clean_html(page_html(load_templates(), 0))  # Loads the gazetteer and word lists.


def _parse(job: tuple[str, str]) -> bool:
    assert _cleaner is not None
    return bool(_cleaner.clean_html(job[0], url=job[1]).text)


def _pid_after_a_while(seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _wait_for_every_worker(pool: ProcessPoolExecutor, processes: int) -> None:
    """Return once each worker has finished its initializer (and so is warm)."""
    seen: set[int] = set()
    while len(seen) < processes:
        seen |= set(pool.map(_pid_after_a_while, [1.0] * processes))


def parse_alone(urls: list[str], processes: int) -> tuple[int, float]:
    templates = load_templates()
    jobs = [(page_html(templates, n), url) for n, url in enumerate(urls)]
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(processes, context, _start, (settings(),)) as pool:
        _wait_for_every_worker(pool, processes)
        started = time.perf_counter()
        done = list(pool.map(_parse, jobs, chunksize=8))
        seconds = time.perf_counter() - started
    return sum(done), seconds


def clean_many(urls: list[str], workers: int, processes: int) -> tuple[int, float, float]:
    """Articles, seconds from the call to the last result, and from the first to the last."""
    with Cleaner(settings()) as cleaner:
        started = time.perf_counter()
        first = 0.0
        ok = 0
        for result in cleaner.clean_many(urls, workers=workers, processes=processes):
            ok += isinstance(result, Article)
            first = first or time.perf_counter()
        end = time.perf_counter()
    return ok, end - started, end - first


# --- Report -------------------------------------------------------------------------------


def machine() -> str:
    lscpu = subprocess.run(["lscpu"], capture_output=True, text=True, check=False).stdout
    head = "\n".join(lscpu.splitlines()[:20])
    return (
        f"- `nproc`: {os.cpu_count()}\n- Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.platform()}\n\n"
        f"```\n$ lscpu | head -20\n{head}\n```"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--workers", type=int, default=32)
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args()

    hosts = [f"127.0.0.{2 + n}" for n in range(args.hosts)]
    urls = [f"http://{hosts[n % len(hosts)]}:{PORT}/page/{n}" for n in range(args.pages)]
    ready = multiprocessing.get_context("spawn").Event()
    server = multiprocessing.get_context("spawn").Process(
        target=serve, args=(hosts, PORT, args.latency, ready), daemon=True
    )
    server.start()
    try:
        if not ready.wait(30):
            sys.exit("the server did not start")
        ideal = args.workers / args.latency
        ok, seconds = fetch_only(urls, args.workers)
        fetch = Run("fetch only", args.pages, ok, seconds, ideal, "ideal: workers / latency")
        ok, seconds = parse_alone(urls, args.processes)
        parse = Run("parse alone (no network)", args.pages, ok, seconds, 0.0, "")
        ok, total, steady = clean_many(urls, args.workers, args.processes)
        whole = Run("clean_many", args.pages, ok, total, parse.rate, "parse alone")
        steady_run = Run(
            "clean_many, steady state", args.pages - 1, ok, steady, parse.rate, "parse alone"
        )
    finally:
        server.terminate()
        server.join(10)

    print(f"{args.pages} pages on {args.hosts} loopback hosts, {args.latency * 1000:g} ms per")
    print(f"response; {args.workers} threads; {args.processes} processes.\n")
    print("| run | pages | ok | seconds | pages/s | reference | share |")
    print("|---|---:|---:|---:|---:|---|---:|")
    for run in (fetch, parse, whole, steady_run):
        reference = f"{run.reference:.0f}/s ({run.reference_name})" if run.reference else ""
        share = f"{run.rate / run.reference:.0%}" if run.reference else ""
        print(
            f"| {run.name} | {run.pages} | {run.ok} | {run.seconds:.1f} | {run.rate:.1f} "
            f"| {reference} | {share} |"
        )
    print(f"\n## Machine\n\n{machine()}")


if __name__ == "__main__":
    main()
