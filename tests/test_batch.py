"""Batches: one result per input, in input order, read lazily, whatever the inputs do.

The pages come from a threaded ``http.server`` on 127.0.0.1 (several requests must be in
flight at once, and one of them hangs on purpose). Every test uses short timeouts, so a
regression fails instead of hanging, and an autouse guard refuses any connection that is
not to loopback.
"""

from __future__ import annotations

import ipaddress
import itertools
import json
import pickle
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import newsmend
from newsmend import Article, Cleaner, Failure, Gazetteer, InvalidInput

DATA = Path(__file__).parent / "data"
PAGES = Path(__file__).parent / "pages"
SLOW_SECONDS = 3.0

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Speech number {n}</title></head><body><nav><a href="/">Home</a></nav><article>
<h1>Speech number {n}</h1>
<p>Earlier this week in Jerusalem, in speech number {n} to the Khosset, the visiting
president said that the agreement would lay the groundwork for a lasting peace.</p>
<p>Israeli lawmakers applauded {n} times during the forty-minute address, and the speaker
of parliament thanked the delegation for travelling to the region on short notice.</p>
</article></body></html>"""


class Site(BaseHTTPRequestHandler):
    """``/a/N`` is article N; ``/missing`` is a 404, ``/pdf`` a PDF, ``/slow`` hangs."""

    protocol_version = "HTTP/1.1"
    log: list[tuple[float, str]]

    def do_GET(self) -> None:
        self.log.append((time.monotonic(), self.path))
        if self.path.startswith("/a/"):
            body = PAGE.format(n=self.path.rsplit("/", 1)[1]).encode("utf-8")
            self._send(200, "text/html; charset=utf-8", body)
        elif self.path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._send(200, "text/html", b"<p>too late</p>")
        else:
            self._send(404, "text/plain", b"not found")

    def _send(self, status: int, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Keep test output quiet."""


class Server:
    """A threaded server on 127.0.0.1 that records every request it receives."""

    def __init__(self) -> None:
        self.log: list[tuple[float, str]] = []
        handler = type("Handler", (Site,), {"log": self.log})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}{path}"

    def paths(self) -> list[str]:
        return [path for _, path in self.log]

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    site = Server()
    yield site
    site.close()


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any connection this process tries to make anywhere but loopback."""
    connect = socket.socket.connect

    def guarded(sock: socket.socket, address: Any) -> None:
        inet = sock.family in (socket.AF_INET, socket.AF_INET6)
        if inet and not ipaddress.ip_address(address[0]).is_loopback:
            raise ConnectionRefusedError(f"test guard: no connections to {address[0]}")
        connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(scope="module")
def mini() -> Gazetteer:
    return Gazetteer.from_file(DATA / "mini_gazetteer.jsonl")


def local(mini: Gazetteer, **updates: Any) -> Cleaner:
    """A cleaner for the test server: loopback allowed, no waits, short timeouts."""
    settings: dict[str, Any] = {
        "allow_private": True,
        "host_interval": 0,
        "respect_robots": False,
        "retries": 0,
        "connect_timeout": 1.0,
        "read_timeout": 0.5,
        "deadline": 1.5,
    }
    return Cleaner(gazetteer=mini, **(settings | updates))


def comparable(result: Article | Failure) -> tuple[str, Any]:
    """A result without the moments it was made."""
    if isinstance(result, Article):
        return "Article", result.model_dump(exclude={"fetched_at"})
    return "Failure", result.model_dump(exclude={"at"})


# --- One result per input, in order -------------------------------------------------------


def test_bad_items_among_good_ones_give_one_result_each_in_order(
    server: Server, mini: Gazetteer
) -> None:
    sources: list[object] = [
        server.url("/a/1"),
        server.url("/missing"),
        "<p>markup is not a URL</p>",
        server.url("/a/2"),
        server.url("/pdf"),
        server.url("/slow"),
        42,
        "javascript:alert(1)",
        server.url("/a/3"),
    ]
    with local(mini) as cleaner:
        cleaner.repair_names("Loads the word lists before the clock starts.")
        started = time.monotonic()
        results = list(cleaner.clean_many(sources, workers=4))
    assert time.monotonic() - started < SLOW_SECONDS
    assert len(results) == len(sources)
    kinds = [r.error if isinstance(r, Failure) else "Article" for r in results]
    assert kinds == [
        "Article",
        "HTTPStatusError",
        "InvalidURL",
        "Article",
        "UnsupportedContentType",
        "FetchTimeout",
        "InvalidInput",
        "InvalidURL",
        "Article",
    ]
    assert [r.source for r in results if isinstance(r, Failure)] == [
        server.url("/missing"),
        "<p>markup is not a URL</p>",
        server.url("/pdf"),
        server.url("/slow"),
        "42",
        "javascript:alert(1)",
    ]
    articles = [r for r in results if isinstance(r, Article)]
    assert [a.url for a in articles] == [server.url(f"/a/{n}") for n in (1, 2, 3)]
    assert [a.title for a in articles] == [f"Speech number {n}" for n in (1, 2, 3)]
    assert all("to the Knesset" in a.text for a in articles)
    failure = results[1]
    assert isinstance(failure, Failure)
    assert "404" in failure.message
    assert failure.at.tzinfo is not None


def test_results_follow_input_order_not_finishing_order(server: Server, mini: Gazetteer) -> None:
    sources = [server.url("/slow"), *(server.url(f"/a/{n}") for n in range(6))]
    with local(mini, deadline=0.8, read_timeout=0.6) as cleaner:
        results = list(cleaner.clean_many(sources, workers=7))
    assert isinstance(results[0], Failure)
    assert results[0].error == "FetchTimeout"
    assert [r.url for r in results[1:] if isinstance(r, Article)] == sources[1:]


def test_a_generator_is_read_lazily_and_stopping_keeps_what_was_yielded(
    server: Server, mini: Gazetteer
) -> None:
    consumed: list[int] = []

    def urls() -> Iterator[str]:
        for n in range(1000):
            consumed.append(n)
            yield server.url(f"/a/{n}")

    kept: list[Article | Failure] = []
    with local(mini, repair=False) as cleaner:
        batch = cleaner.clean_many(urls(), workers=2)
        for result in batch:
            kept.append(result)
            if len(kept) == 1:
                assert len(consumed) <= 2 * 4 + 1  # The window of two workers, not the input.
            if len(kept) == 5:
                break
        read = len(consumed)
        batch.close()  # type: ignore[attr-defined]
    assert [r.url for r in kept if isinstance(r, Article)] == [
        server.url(f"/a/{n}") for n in range(5)
    ]
    assert read <= 5 + 2 * 4
    assert len(consumed) == read
    assert len(server.paths()) <= read


def test_the_module_function_takes_settings_and_closes_its_cleaner(server: Server) -> None:
    results = list(
        newsmend.clean_many(
            [server.url("/a/7"), None],
            workers=2,
            allow_private=True,
            host_interval=0,
            respect_robots=False,
            repair=False,
        )
    )
    assert [type(r).__name__ for r in results] == ["Article", "Failure"]
    assert results[0].title == "Speech number 7"  # type: ignore[union-attr]
    assert "clean_many" in newsmend.__all__


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        ({"workers": 0}, "workers"),
        ({"workers": 2.5}, "workers"),
        ({"processes": 0}, "processes"),
        ({"processes": "all"}, "processes"),
    ],
)
def test_bad_pool_sizes_fail_before_any_source_is_read(
    options: dict[str, Any], problem: str
) -> None:
    def never() -> Iterator[str]:
        raise AssertionError("the sources were read")
        yield ""

    with Cleaner() as cleaner, pytest.raises(InvalidInput, match=problem):
        cleaner.clean_many(never(), **options)


# --- Politeness across threads ------------------------------------------------------------


def test_per_host_interval_and_robots_hold_across_threads(server: Server, mini: Gazetteer) -> None:
    interval = 0.25
    sources = [server.url(f"/a/{n}") for n in range(4)]
    with local(mini, host_interval=interval, respect_robots=True, deadline=5.0) as cleaner:
        results = list(cleaner.clean_many(sources, workers=4))
    assert all(isinstance(r, Article) for r in results)
    assert server.paths().count("/robots.txt") == 1
    moments = sorted(moment for moment, _ in server.log)
    gaps = [later - earlier for earlier, later in itertools.pairwise(moments)]
    assert len(gaps) == len(sources)
    assert min(gaps) >= interval * 0.9


# --- Processes ----------------------------------------------------------------------------


def test_a_cleaner_pickles_as_settings_and_gazetteer(mini: Gazetteer) -> None:
    page = PAGE.format(n=1)
    with Cleaner(gazetteer=mini, strip_chrome=False, deadline=3) as cleaner:
        article = cleaner.clean_html(page)  # Builds the index.
        copy = pickle.loads(pickle.dumps(cleaner))
    assert "to the Knesset" in article.text
    assert copy.settings == cleaner.settings
    assert copy.gazetteer.entries == mini.entries
    assert copy.clean_html(page) == article
    unbuilt = Gazetteer(mini.entries)
    assert len(pickle.dumps(mini)) == len(pickle.dumps(unbuilt))  # The built index stays home.
    with Cleaner() as default:
        assert len(pickle.dumps(default)) < 2_000  # The default gazetteer is not shipped.


def test_processes_give_the_same_results_as_threads(server: Server, mini: Gazetteer) -> None:
    sources = [server.url("/a/1"), server.url("/missing"), server.url("/a/2"), server.url("/a/3")]
    with local(mini, deadline=30) as cleaner:
        threaded = list(cleaner.clean_many(sources, workers=2))
        in_processes = list(cleaner.clean_many(sources, workers=2, processes=2))
    assert [comparable(r) for r in in_processes] == [comparable(r) for r in threaded]
    assert [type(r).__name__ for r in in_processes] == ["Article", "Failure", "Article", "Article"]
    assert in_processes[0].corrections[0].replacement == "Knesset"  # type: ignore[union-attr]


# --- Progress -----------------------------------------------------------------------------


def test_progress_bar_counts_every_result(
    server: Server, mini: Gazetteer, capsys: pytest.CaptureFixture[str]
) -> None:
    sources = [server.url("/a/1"), server.url("/missing"), server.url("/a/2")]
    with local(mini, repair=False) as cleaner:
        results = list(cleaner.clean_many(sources, workers=2, progress=True))
        assert len(results) == 3
        assert "3/3" in capsys.readouterr().err
        list(cleaner.clean_many(sources, workers=2))
        assert "3/3" not in capsys.readouterr().err  # no bar unless asked


# --- The command line ---------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsmend", *args],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


def test_cli_jsonl_streams_one_line_per_source_in_order(server: Server) -> None:
    seed = str(PAGES / "seed_table.html")
    sources = [server.url("/a/1"), seed, server.url("/missing"), "javascript:x", server.url("/a/2")]
    result = run_cli(*sources, "--format", "jsonl", "--allow-private", "--no-repair")
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == len(sources)
    assert [line.get("url") or line.get("source") for line in lines] == [
        server.url("/a/1"),
        Path(seed).resolve().as_uri(),
        server.url("/missing"),
        "javascript:x",
        server.url("/a/2"),
    ]
    assert [line.get("error") for line in lines] == [
        None,
        None,
        "HTTPStatusError",
        "InvalidInput",
        None,
    ]
    failure = Failure.model_validate(lines[2])
    assert "404" in failure.message
    assert Article.model_validate(lines[4]).title == "Speech number 2"
    assert len(result.stderr.splitlines()) == 2
    assert "\r" not in result.stderr  # No progress bar when stderr is not a terminal.


def test_cli_progress_can_be_forced_on(server: Server) -> None:
    result = run_cli(server.url("/a/1"), "--allow-private", "--no-repair", "--progress")
    assert result.returncode == 0, result.stderr
    assert "1/1" in result.stderr
    assert result.stdout.startswith("Speech number 1")
