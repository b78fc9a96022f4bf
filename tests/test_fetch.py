"""The fetcher against real servers on 127.0.0.1: well-behaved ones and misbehaving ones.

Well-behaved servers are pytest-httpserver; servers that never answer, drip, truncate or
stream forever are a few lines of raw sockets (:class:`RawServer`). Every test runs with
short timeouts and deadlines, so a regression fails instead of hanging. An autouse guard
refuses any connection that is not to loopback.
"""

from __future__ import annotations

import gzip
import importlib
import ipaddress
import itertools
import socket
import struct
import threading
import time
import warnings
from collections.abc import Callable
from typing import Any

import pytest
import requests
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Response

from newsmend.errors import (
    BlockedAddress,
    ConnectFailed,
    EmptyResponse,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidInput,
    InvalidURL,
    NewsmendError,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    Truncated,
    UnsupportedContentType,
)
from newsmend.fetch import Fetcher, decode_html, validate_url
from newsmend.model import Page
from newsmend.settings import Settings

fetch_module = importlib.import_module("newsmend.fetch")
HTML = "text/html"
ALL_SOURCES = {"bom", "header", "meta", "utf-8", "detected", "fallback"}


# --- Fixtures and helpers -----------------------------------------------------------------


@pytest.fixture
def httpserver(httpserver_ipv4: HTTPServer) -> HTTPServer:
    """pytest-httpserver on 127.0.0.1 for sure, whatever ``localhost`` means here."""
    return httpserver_ipv4


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Refuse, and record, any attempt to connect anywhere but loopback."""
    attempts: list[Any] = []
    connect = socket.socket.connect

    def guarded(sock: socket.socket, address: Any) -> None:
        if not ipaddress.ip_address(address[0]).is_loopback:
            attempts.append(address)
            raise ConnectionRefusedError(f"test guard: no connections to {address[0]}")
        connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)
    return attempts


def quick(**updates: Any) -> Settings:
    """Settings for tests: loopback allowed, no robots, short timeouts, fast retries."""
    base: dict[str, Any] = {
        "allow_private": True,
        "respect_robots": False,
        "host_interval": 0.0,
        "connect_timeout": 1.0,
        "read_timeout": 1.0,
        "deadline": 4.0,
        "retries": 0,
        "backoff": 0.01,
    }
    return Settings(**(base | updates))


def get(url: str, **updates: Any) -> Page:
    with Fetcher(quick(**updates)) as fetcher:
        return fetcher.fetch(url)


def paths(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]


def serve(server: HTTPServer, path: str, body: bytes | str, **kwargs: Any) -> str:
    kwargs.setdefault("content_type", HTML)
    server.expect_request(path).respond_with_data(body, **kwargs)
    return str(server.url_for(path))


def without_content_type(body: bytes) -> Response:
    response = Response(body)
    del response.headers["Content-Type"]
    return response


Handler = Callable[[socket.socket, threading.Event], None]


class RawServer:
    """A TCP server on 127.0.0.1 that reads a request, then lets ``handler`` misbehave."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.stop = threading.Event()
        self.connections = 0
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.05)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/page"
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def __enter__(self) -> RawServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(2)
        self.sock.close()

    def _serve(self) -> None:
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(2)
            try:
                request = b""
                while b"\r\n\r\n" not in request:
                    request += conn.recv(4096) or b"\r\n\r\n"
                self.handler(conn, self.stop)
            except OSError:
                pass


def head(*lines: str) -> bytes:
    return (
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"
        + "".join(f"{x}\r\n" for x in lines)
        + "\r\n"
    ).encode()


def never_answer(conn: socket.socket, stop: threading.Event) -> None:
    stop.wait(5)


DRIPS = 100  # A byte every 0.05 s for at most 5 s: a fetch that is not cut off still ends.


def drip(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head("Content-Length: 100000"))
    for _ in range(DRIPS):
        if stop.wait(0.05):
            return
        conn.sendall(b"x")


def drip_headers(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(b"HTTP/1.1 200 OK\r\n")
    for _ in range(DRIPS):
        if stop.wait(0.05):
            return
        conn.sendall(b"X")


def truncate(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head("Content-Length: 1000", "Connection: close") + b"<p>" + b"x" * 97)


def huge_length_then_silence(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head("Content-Length: 1000000000"))
    stop.wait(5)


def reset_mid_body(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head("Content-Length: 1000") + b"<p>" + b"x" * 97)
    stop.wait(0.2)  # Long enough for the client to be reading the body.
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # RST on close


def chunked_cut_off(conn: socket.socket, stop: threading.Event) -> None:
    chunk = b"<p>" + b"x" * 13
    conn.sendall(head("Transfer-Encoding: chunked") + b"%x\r\n%s\r\n" % (len(chunk), chunk))


def whole_page(conn: socket.socket, stop: threading.Event) -> None:
    body = b"<p>whole</p>"
    conn.sendall(head(f"Content-Length: {len(body)}", "Connection: close") + body)


def first_time(failure: Handler) -> Handler:
    """A handler that fails the first connection with ``failure`` and serves the rest."""
    count = itertools.count()
    return lambda conn, stop: (failure if next(count) == 0 else whole_page)(conn, stop)


BODY_FAILURES = [
    pytest.param(truncate, id="shorter-than-content-length"),
    pytest.param(reset_mid_body, id="connection-reset"),
    pytest.param(chunked_cut_off, id="unfinished-chunked"),
]


def endless_chunks(conn: socket.socket, stop: threading.Event) -> None:
    conn.sendall(head("Transfer-Encoding: chunked"))
    chunk = b"<p>" + b"x" * 8189
    while not stop.is_set():
        conn.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))


@pytest.fixture
def closed_port_url() -> str:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/page"


# --- URL validation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "",
        "   ",
        "javascript:alert(1)",
        "file:///etc/passwd",
        "ftp://example.org/a",
        "data:text/html,<p>hi</p>",
        "example.org/page",
        "http://",
        "http:///path",
        "http://[::1/",
        "http://example.org:99999/",
        "http://exa mple.org/",
        "http://example.org/\nHost: evil",
    ],
)
def test_invalid_urls_fail_before_any_network_call(url: str, httpserver: HTTPServer) -> None:
    with pytest.raises(InvalidURL):
        validate_url(url)
    with pytest.raises(InvalidURL):
        get(url)
    assert httpserver.log == []


@pytest.mark.parametrize("url", [None, 42, b"http://example.org/", ["http://example.org/"]])
def test_non_string_urls_are_invalid(url: object) -> None:
    with pytest.raises(InvalidURL):
        validate_url(url)


def test_valid_url_is_returned_stripped() -> None:
    assert validate_url("  HTTPS://Example.org/a?b=c#d\n") == "HTTPS://Example.org/a?b=c#d"


# --- Encoding -----------------------------------------------------------------------------


def test_charset_only_in_meta(httpserver: HTTPServer) -> None:
    body = '<html><head><meta charset="windows-1251"></head><body>Зеленский</body></html>'
    page = get(serve(httpserver, "/p", body.encode("cp1251")))
    assert "Зеленский" in page.html
    assert (page.encoding, page.encoding_source) == ("cp1251", "meta")


def test_charset_in_http_equiv_meta() -> None:
    body = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">Łódź'
    text, codec, source = decode_html(body.encode("iso-8859-2"))
    assert ("Łódź" in text, codec, source) == (True, "iso8859-2", "meta")


def test_latin1_header_reads_cp1252_quotes(httpserver: HTTPServer) -> None:
    url = serve(
        httpserver, "/p", b"<p>\x93Salda\xf1a\x94</p>", content_type="text/html; charset=ISO-8859-1"
    )
    page = get(url)
    assert page.html == "<p>“Saldaña”</p>"
    assert (page.encoding, page.encoding_source) == ("cp1252", "header")


def test_bom_beats_contradicting_header(httpserver: HTTPServer) -> None:
    body = "\ufeff<p>Saldaña</p>".encode()
    page = get(serve(httpserver, "/p", body, content_type="text/html; charset=iso-8859-1"))
    assert page.html == "<p>Saldaña</p>"
    assert (page.encoding, page.encoding_source) == ("utf-8", "bom")


def test_utf16_bom() -> None:
    assert decode_html("\ufeff<p>Ñ</p>".encode("utf-16-le")) == ("<p>Ñ</p>", "utf-16-le", "bom")


def test_invalid_utf8_under_utf8_header_with_real_utf8_keeps_utf8(httpserver: HTTPServer) -> None:
    body = "<p>Saldaña</p>".encode() + b"<p>stray \xff byte</p>"
    page = get(serve(httpserver, "/p", body, content_type="text/html; charset=utf-8"))
    assert page.html == "<p>Saldaña</p><p>stray \ufffd byte</p>"
    assert page.encoding_source == "header"


def test_utf8_header_over_pure_cp1252_bytes_is_ignored(httpserver: HTTPServer) -> None:
    body = "<p>Peña Nieto, Saldaña and Muñoz met in Bogotá.</p>".encode("cp1252")
    page = get(serve(httpserver, "/p", body, content_type="text/html; charset=utf-8"))
    assert "\ufffd" not in page.html
    assert page.encoding_source == "detected"


def test_missing_charset_is_not_read_as_latin1(httpserver: HTTPServer) -> None:
    page = get(serve(httpserver, "/p", "<p>Saldaña</p>".encode()))
    assert page.html == "<p>Saldaña</p>"
    assert (page.encoding, page.encoding_source) == ("utf-8", "utf-8")


def test_latin1_label_over_utf8_bytes_reads_utf8() -> None:
    body = "<p>Saldaña</p>".encode()
    assert decode_html(body, "text/html; charset=iso-8859-1") == (
        "<p>Saldaña</p>",
        "utf-8",
        "utf-8",
    )


def test_unknown_charset_label_is_skipped() -> None:
    assert decode_html(b"<p>plain</p>", "text/html; charset=no-such-codec")[2] == "utf-8"


def test_undecidable_bytes_fall_back_to_cp1252_with_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class NoGuess:
        @staticmethod
        def best() -> None:
            return None

    monkeypatch.setattr(fetch_module.charset_normalizer, "from_bytes", lambda body: NoGuess)
    with pytest.warns(UnicodeWarning):
        assert decode_html(b"a\x93b\x81") == ("a“b\ufffd", "cp1252", "fallback")


def test_decode_html_rejects_str() -> None:
    with pytest.raises(InvalidInput):
        decode_html("<p>already text</p>")  # type: ignore[arg-type]


@given(
    body=st.binary(max_size=2048),
    content_type=st.sampled_from(
        [
            None,
            "text/html",
            "text/html; charset=utf-8",
            "text/html; charset=latin-1",
            "text/html; charset=utf-16",
            "text/html; charset=bogus",
            "text/html; charset=",
        ]
    ),
)
def test_decode_html_decodes_any_bytes(body: bytes, content_type: str | None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnicodeWarning)
        text, codec, source = decode_html(body, content_type)
    assert isinstance(text, str)
    assert codec
    assert source in ALL_SOURCES


@hypothesis_settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(body=st.binary(max_size=4096), typed=st.booleans())
def test_any_body_is_a_page_or_a_newsmend_error(
    body: bytes, typed: bool, httpserver: HTTPServer
) -> None:
    httpserver.clear()
    if typed:
        httpserver.expect_request("/any").respond_with_data(body, content_type=HTML)
    else:
        httpserver.expect_request("/any").respond_with_response(without_content_type(body))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnicodeWarning)
        outcome: Page | NewsmendError
        try:
            outcome = get(str(httpserver.url_for("/any")))
        except NewsmendError as exc:
            outcome = exc
    if isinstance(outcome, Page):
        assert outcome.encoding_source in ALL_SOURCES
    else:
        assert isinstance(outcome, (EmptyResponse, UnsupportedContentType))


# --- Status codes and retries ------------------------------------------------------------


def test_404_is_one_request(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", "gone", status=404)
    with pytest.raises(HTTPStatusError) as info:
        get(url, retries=3)
    assert info.value.status_code == 404
    assert url in str(info.value)
    assert paths(httpserver) == ["/p"]


def test_503_503_200_succeeds_on_the_third_request(httpserver: HTTPServer) -> None:
    for status in (503, 503, 200):
        httpserver.expect_oneshot_request("/p").respond_with_data(
            "<p>ok</p>", status=status, content_type=HTML
        )
    page = get(str(httpserver.url_for("/p")), retries=2)
    assert page.html == "<p>ok</p>"
    assert paths(httpserver) == ["/p"] * 3


def test_retry_after_within_the_cap_is_honoured(httpserver: HTTPServer) -> None:
    httpserver.expect_oneshot_request("/p").respond_with_data(
        "", status=429, headers={"Retry-After": "1"}
    )
    url = serve(httpserver, "/p", "<p>ok</p>")
    start = time.monotonic()
    assert get(url, retries=1).html == "<p>ok</p>"
    assert time.monotonic() - start >= 0.9


def test_long_retry_after_fails_fast(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", "", status=429, headers={"Retry-After": "86400"})
    start = time.monotonic()
    with pytest.raises(HTTPStatusError) as info:
        get(url, retries=3, deadline=10.0)
    assert info.value.status_code == 429
    assert time.monotonic() - start < 5
    assert len(httpserver.log) == 1


def test_persistent_500_gives_up_after_the_retries(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", "boom", status=500)
    with pytest.raises(HTTPStatusError) as info:
        get(url, retries=2)
    assert info.value.status_code == 500
    assert len(httpserver.log) == 3


def test_retries_never_outlive_the_deadline(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", "boom", status=503)
    start = time.monotonic()
    with pytest.raises(HTTPStatusError):
        get(url, retries=50, backoff=0.2, deadline=1.0)
    assert time.monotonic() - start < 3


# --- Timeouts and connection failures -----------------------------------------------------


def test_server_that_never_answers_times_out() -> None:
    with RawServer(never_answer) as server, pytest.raises(FetchTimeout) as info:
        get(server.url, read_timeout=0.3, retries=1)
    assert server.url in str(info.value)
    assert server.connections == 2


def test_slow_drip_is_cut_at_the_deadline() -> None:
    start = time.monotonic()
    with RawServer(drip) as server, pytest.raises(FetchTimeout):
        get(server.url, read_timeout=0.5, deadline=1.0)
    assert time.monotonic() - start < 3


def test_status_line_drip_is_cut_at_the_deadline() -> None:
    start = time.monotonic()
    with RawServer(drip_headers) as server, pytest.raises(FetchTimeout, match="deadline"):
        get(server.url, read_timeout=0.5, deadline=1.0, retries=3)
    assert time.monotonic() - start < 3
    assert server.connections == 1


def test_close_delimited_body_cut_by_the_deadline_is_a_timeout() -> None:
    def drip_until_close(conn: socket.socket, stop: threading.Event) -> None:
        conn.sendall(head("Connection: close"))
        while not stop.wait(0.05):
            conn.sendall(b"x")

    with RawServer(drip_until_close) as server, pytest.raises(FetchTimeout):
        get(server.url, read_timeout=0.5, deadline=1.0)


def test_closed_port_fails_to_connect(closed_port_url: str) -> None:
    with pytest.raises(ConnectFailed) as info:
        get(closed_port_url, retries=2)
    assert isinstance(info.value, ConnectionError)
    assert closed_port_url in str(info.value)


# --- Size ---------------------------------------------------------------------------------


def test_content_length_over_the_cap_fails_before_the_body() -> None:
    with RawServer(huge_length_then_silence) as server, pytest.raises(TooLarge):
        get(server.url, max_bytes=1000, read_timeout=2.0)


def test_chunked_body_stops_at_the_cap() -> None:
    with RawServer(endless_chunks) as server, pytest.raises(TooLarge):
        get(server.url, max_bytes=100_000)


def test_gzip_bomb_stops_at_the_cap(httpserver: HTTPServer) -> None:
    bomb = gzip.compress(b"<p>" + b"\0" * 50_000_000, compresslevel=9)
    url = serve(httpserver, "/p", bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(TooLarge):
        get(url, max_bytes=1_000_000)


def test_gzip_body_within_the_cap_is_decompressed(httpserver: HTTPServer) -> None:
    body = gzip.compress("<p>Saldaña</p>".encode())
    url = serve(httpserver, "/p", body, headers={"Content-Encoding": "gzip"})
    assert get(url).html == "<p>Saldaña</p>"


def test_truncated_body_is_an_error_not_a_partial_page() -> None:
    with RawServer(truncate) as server, pytest.raises(Truncated):
        get(server.url)


@pytest.mark.parametrize("failure", BODY_FAILURES)
def test_a_body_cut_short_once_is_retried(failure: Handler) -> None:
    with RawServer(first_time(failure)) as server:
        page = get(server.url, retries=1)
    assert page.html == "<p>whole</p>"
    assert server.connections == 2


@pytest.mark.parametrize("failure", BODY_FAILURES)
def test_a_body_always_cut_short_is_truncated_after_the_retries(failure: Handler) -> None:
    start = time.monotonic()
    with RawServer(failure) as server, pytest.raises(Truncated) as info:
        get(server.url, retries=2)
    assert type(info.value) is Truncated
    assert server.connections == 3
    assert time.monotonic() - start < 3


def test_body_retries_never_outlive_the_deadline() -> None:
    start = time.monotonic()
    with RawServer(reset_mid_body) as server, pytest.raises((Truncated, FetchTimeout)):
        get(server.url, retries=50, backoff=0.05, deadline=1.0)
    assert time.monotonic() - start < 2
    assert 2 <= server.connections <= 5


def test_a_corrupt_gzip_body_is_not_retried(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", b"<p>not gzip at all</p>", headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="corrupt") as info:
        get(url, retries=2)
    assert type(info.value) is FetchError
    assert len(httpserver.log) == 1


# --- Redirects ----------------------------------------------------------------------------


def redirect(server: HTTPServer, path: str, to: str, status: int = 302) -> str:
    server.expect_request(path).respond_with_data("", status=status, headers={"Location": to})
    return str(server.url_for(path))


def test_redirect_chain_is_recorded(httpserver: HTTPServer) -> None:
    first = redirect(httpserver, "/a", "/b", 301)
    second = redirect(httpserver, "/b", str(httpserver.url_for("/c")), 307)
    final = serve(httpserver, "/c", "<p>here</p>")
    page = get(first)
    assert (page.url, page.final_url, page.redirects) == (first, final, (first, second))
    assert page.html == "<p>here</p>"


def test_redirect_loop(httpserver: HTTPServer) -> None:
    redirect(httpserver, "/a", "/b")
    redirect(httpserver, "/b", "/a")
    with pytest.raises(TooManyRedirects, match="loop"):
        get(str(httpserver.url_for("/a")))
    assert paths(httpserver) == ["/a", "/b"]


def test_too_many_redirects(httpserver: HTTPServer) -> None:
    for n in range(4):
        redirect(httpserver, f"/{n}", f"/{n + 1}")
    with pytest.raises(TooManyRedirects):
        get(str(httpserver.url_for("/0")), max_redirects=2)
    assert paths(httpserver) == ["/0", "/1", "/2"]


def test_redirect_to_file_is_refused(httpserver: HTTPServer) -> None:
    with pytest.raises(InvalidURL, match="file:///etc/passwd"):
        get(redirect(httpserver, "/a", "file:///etc/passwd"))


# --- Content types ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b"%PDF-1.7\n", "application/pdf"),
        (b"\x89PNG\r\n\x1a\n", "image/png"),
        (b'{"a": 1}', "application/json"),
        (b"plain words", "text/plain"),
    ],
)
def test_non_html_is_unsupported(httpserver: HTTPServer, body: bytes, content_type: str) -> None:
    with pytest.raises(UnsupportedContentType, match=content_type):
        get(serve(httpserver, "/p", body, content_type=content_type))


def test_xhtml_is_accepted(httpserver: HTTPServer) -> None:
    page = get(
        serve(httpserver, "/p", "<html><p>x</p></html>", content_type="application/xhtml+xml")
    )
    assert page.html == "<html><p>x</p></html>"


def test_missing_content_type_is_sniffed(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/html").respond_with_response(
        without_content_type(b"<!DOCTYPE html><p>x")
    )
    httpserver.expect_request("/pdf").respond_with_response(without_content_type(b"%PDF-1.7\n"))
    assert get(str(httpserver.url_for("/html"))).html == "<!DOCTYPE html><p>x"
    with pytest.raises(UnsupportedContentType):
        get(str(httpserver.url_for("/pdf")))


def test_204_is_empty(httpserver: HTTPServer) -> None:
    with pytest.raises(EmptyResponse):
        get(serve(httpserver, "/p", "", status=204))


def test_empty_200_is_empty(httpserver: HTTPServer) -> None:
    with pytest.raises(EmptyResponse):
        get(serve(httpserver, "/p", ""))


def test_kept_headers(httpserver: HTTPServer) -> None:
    headers = {"ETag": '"v1"', "Content-Language": "es", "Set-Cookie": "a=b", "Last-Modified": "x"}
    page = get(serve(httpserver, "/p", "<p>x</p>", headers=headers))
    assert page.headers["etag"] == '"v1"'
    assert page.headers["content-language"] == "es"
    assert page.headers["content-type"].startswith(HTML)
    assert "set-cookie" not in page.headers
    assert page.status == 200


# --- Safety -------------------------------------------------------------------------------


def test_default_settings_refuse_loopback_and_send_nothing(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", "<p>x</p>")
    with Fetcher() as fetcher, pytest.raises(BlockedAddress, match=r"127\.0\.0\.1"):
        fetcher.fetch(url)
    assert httpserver.log == []


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "0.0.0.0",
        "::1",
        "fd00:ec2::254",
        "fe80::1",
        "::ffff:127.0.0.1",
        "100.64.0.1",
        "224.0.0.1",
    ],
)
def test_non_public_addresses_are_blocked(address: str) -> None:
    assert not fetch_module._is_public(address)


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"])
def test_public_addresses_pass(address: str) -> None:
    assert fetch_module._is_public(address)


def test_redirect_to_metadata_address_is_refused_before_connecting(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, loopback_only: list[Any]
) -> None:
    is_public = fetch_module._is_public
    monkeypatch.setattr(
        fetch_module, "_is_public", lambda address: address == "127.0.0.1" or is_public(address)
    )
    url = redirect(httpserver, "/a", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(BlockedAddress, match=r"169\.254\.169\.254"):
        get(url, allow_private=False)
    assert paths(httpserver) == ["/a"]
    assert loopback_only == []


def test_address_reached_is_checked_again_before_sending(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As if DNS had answered with a public address first and 127.0.0.1 on connecting."""
    monkeypatch.setattr(fetch_module, "_check_address", lambda url, deadline: None)
    url = serve(httpserver, "/p", "<p>x</p>")
    with pytest.raises(BlockedAddress, match="non-public"):
        get(url, allow_private=False)
    assert httpserver.log == []


def resolve_as(monkeypatch: pytest.MonkeyPatch, names: dict[str, str]) -> None:
    """Make ``socket.getaddrinfo`` answer ``names`` (name to address), as DNS would."""
    getaddrinfo = socket.getaddrinfo

    def fake(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        return getaddrinfo(names.get(host, host), port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", fake)


def test_a_host_name_is_looked_up_and_sent_as_the_host(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    resolve_as(monkeypatch, {"news.test": "127.0.0.1"})
    serve(httpserver, "/p", "<p>x</p>")
    url = f"http://news.test:{httpserver.port}/p"
    assert get(url).html == "<p>x</p>"
    assert httpserver.log[0][0].headers["Host"] == f"news.test:{httpserver.port}"


@pytest.mark.parametrize(
    "allow_private",
    [
        pytest.param(False, id="the-address-check-before-connecting"),
        pytest.param(True, id="the-connection-own-lookup"),
    ],
)
def test_a_slow_dns_lookup_is_cut_at_the_deadline(
    monkeypatch: pytest.MonkeyPatch, allow_private: bool
) -> None:
    release = threading.Event()

    def slow_dns(*args: object, **kwargs: object) -> None:
        release.wait(10)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", slow_dns)
    start = time.monotonic()
    try:
        with pytest.raises(FetchTimeout, match="deadline"):
            get("http://slow-dns.test/page", allow_private=allow_private, deadline=0.5, retries=2)
    finally:
        release.set()
    assert time.monotonic() - start < 1.5


@pytest.mark.parametrize("allow_private", [False, True])
def test_unresolvable_host_fails_to_connect(
    monkeypatch: pytest.MonkeyPatch, allow_private: bool
) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(ConnectFailed, match="resolve") as info:
        get("http://no-such-host.invalid/", allow_private=allow_private)
    assert type(info.value) is ConnectFailed


# --- robots.txt and politeness ------------------------------------------------------------


def test_robots_disallow_means_the_page_is_never_requested(httpserver: HTTPServer) -> None:
    serve(
        httpserver, "/robots.txt", "User-agent: *\nDisallow: /private\n", content_type="text/plain"
    )
    url = serve(httpserver, "/private/page", "<p>secret</p>")
    with pytest.raises(RobotsDisallowed):
        get(url, respect_robots=True)
    assert paths(httpserver) == ["/robots.txt"]


def test_robots_answering_500_disallows_everything(httpserver: HTTPServer) -> None:
    serve(httpserver, "/robots.txt", "oops", status=500)
    url = serve(httpserver, "/page", "<p>x</p>")
    with pytest.raises(RobotsDisallowed, match="500"):
        get(url, respect_robots=True)
    assert "/page" not in paths(httpserver)


def test_robots_timing_out_disallows_everything() -> None:
    with RawServer(never_answer) as server, pytest.raises(RobotsDisallowed):
        get(server.url, respect_robots=True, read_timeout=0.3)
    assert server.connections == 1


def test_robots_cut_by_our_own_deadline_is_a_timeout_and_not_cached() -> None:
    with RawServer(never_answer) as server, Fetcher(quick(respect_robots=True, deadline=0.5)) as f:
        for _ in range(2):
            with pytest.raises(FetchTimeout):
                f.fetch(server.url)
    assert server.connections == 2


def test_robots_404_allows_and_is_cached_per_host(httpserver: HTTPServer) -> None:
    serve(httpserver, "/robots.txt", "none", status=404)
    serve(httpserver, "/a", "<p>a</p>")
    serve(httpserver, "/b", "<p>b</p>")
    with Fetcher(quick(respect_robots=True)) as fetcher:
        fetcher.fetch(str(httpserver.url_for("/a")))
        fetcher.fetch(str(httpserver.url_for("/b")))
    assert paths(httpserver) == ["/robots.txt", "/a", "/b"]


def test_robots_rules_allow_other_paths(httpserver: HTTPServer) -> None:
    serve(httpserver, "/robots.txt", "User-agent: newsmend\nDisallow: /private\n")
    url = serve(httpserver, "/news/story", "<p>x</p>")
    assert get(url, respect_robots=True).html == "<p>x</p>"


def test_user_agent_names_newsmend_and_the_contact(httpserver: HTTPServer) -> None:
    get(serve(httpserver, "/p", "<p>x</p>"), contact="mailto:ops@example.org")
    agent = httpserver.log[0][0].headers["User-Agent"]
    assert agent.startswith("newsmend/")
    assert agent.endswith("(+mailto:ops@example.org)")


def test_user_agent_can_be_replaced(httpserver: HTTPServer) -> None:
    get(serve(httpserver, "/p", "<p>x</p>"), user_agent="MyBot/2")
    assert httpserver.log[0][0].headers["User-Agent"] == "MyBot/2"


def test_host_interval_spaces_requests_across_threads(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", "<p>x</p>")
    arrivals: list[float] = []
    with Fetcher(quick(host_interval=0.2)) as fetcher:

        def fetch_one() -> None:
            fetcher.fetch(url)
            arrivals.append(time.monotonic())

        threads = [threading.Thread(target=fetch_one) for _ in range(4)]
        start = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(5)
    assert len(arrivals) == 4
    assert max(arrivals) - start >= 0.55


def test_crawl_delay_lengthens_the_interval(httpserver: HTTPServer) -> None:
    serve(httpserver, "/robots.txt", "User-agent: *\nCrawl-delay: 0.5\n")
    url = serve(httpserver, "/p", "<p>x</p>")
    with Fetcher(quick(respect_robots=True)) as fetcher:
        start = time.monotonic()
        fetcher.fetch(url)
        fetcher.fetch(url)
    assert time.monotonic() - start >= 0.45


def test_a_huge_crawl_delay_is_capped(httpserver: HTTPServer) -> None:
    serve(httpserver, "/robots.txt", "User-agent: *\nCrawl-delay: 86400\n")
    url = serve(httpserver, "/p", "<p>x</p>")
    with Fetcher(quick(respect_robots=True, max_crawl_delay=0.4, deadline=2.0)) as fetcher:
        start = time.monotonic()
        fetcher.fetch(url)
        fetcher.fetch(url)
        elapsed = time.monotonic() - start
    assert 0.35 <= elapsed < 1.5
    assert paths(httpserver) == ["/robots.txt", "/p", "/p"]


def test_crawl_delay_is_capped_at_30_seconds_by_default(httpserver: HTTPServer) -> None:
    serve(httpserver, "/robots.txt", "User-agent: *\nCrawl-delay: 86400\n")
    url = serve(httpserver, "/p", "<p>x</p>")
    assert Settings().max_crawl_delay == 30.0
    with Fetcher(quick(respect_robots=True, deadline=1.0)) as fetcher:
        fetcher.fetch(url)
        with pytest.raises(FetchTimeout, match=r"waiting 30\.0 s"):
            fetcher.fetch(url)


def test_waiting_for_the_host_past_the_deadline_times_out(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", "<p>x</p>")
    with Fetcher(quick(host_interval=30.0, deadline=1.0)) as fetcher:
        fetcher.fetch(url)
        with pytest.raises(FetchTimeout, match="deadline"):
            fetcher.fetch(url)
    assert len(httpserver.log) == 1


# --- The session --------------------------------------------------------------------------


def test_a_given_session_is_used_and_left_open(httpserver: HTTPServer) -> None:
    url = serve(httpserver, "/p", "<p>x</p>")
    with requests.Session() as session:
        session.headers["X-Probe"] = "yes"
        with Fetcher(quick(), session=session) as fetcher:
            fetcher.fetch(url)
        assert httpserver.log[0][0].headers["X-Probe"] == "yes"
        assert session.get(url, timeout=2).status_code == 200


class SendCountingSession(requests.Session):
    """A subclass overriding ``send`` and ``request``, as requests-cache's CachedSession does."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def request(self, method: Any, url: Any, *args: Any, **kwargs: Any) -> requests.Response:
        self.calls.append("request")
        return super().request(method, url, *args, **kwargs)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        self.calls.append("send")
        return super().send(request, **kwargs)


SESSION_CLASSES = [
    pytest.param(requests.Session, id="Session"),
    pytest.param(SendCountingSession, id="subclass"),
]


@pytest.mark.parametrize("session_class", SESSION_CLASSES)
def test_a_given_session_is_refused_loopback_by_default(
    httpserver: HTTPServer, session_class: type[requests.Session]
) -> None:
    url = serve(httpserver, "/p", "<p>x</p>")
    with (
        session_class() as session,
        Fetcher(session=session) as fetcher,
        pytest.raises(BlockedAddress, match=r"127\.0\.0\.1"),
    ):
        fetcher.fetch(url)
    assert httpserver.log == []


@pytest.mark.parametrize("session_class", SESSION_CLASSES)
def test_a_given_session_checks_the_address_it_connected_to(
    httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch, session_class: type[requests.Session]
) -> None:
    """Without the check before connecting, the connection's own check must refuse."""
    monkeypatch.setattr(fetch_module, "_check_address", lambda url, deadline: None)
    url = serve(httpserver, "/p", "<p>x</p>")
    with (
        session_class() as session,
        Fetcher(quick(allow_private=False), session=session) as fetcher,
        pytest.raises(BlockedAddress, match="non-public"),
    ):
        fetcher.fetch(url)
    assert httpserver.log == []


@pytest.mark.parametrize("session_class", SESSION_CLASSES)
def test_a_given_session_reaches_loopback_when_private_is_allowed(
    httpserver: HTTPServer, session_class: type[requests.Session]
) -> None:
    url = serve(httpserver, "/p", "<p>x</p>")
    with session_class() as session, Fetcher(quick(), session=session) as fetcher:
        assert fetcher.fetch(url).html == "<p>x</p>"
        if isinstance(session, SendCountingSession):
            assert session.calls == ["request", "send"]
    assert paths(httpserver) == ["/p"]


def test_a_given_session_is_cut_at_the_deadline() -> None:
    start = time.monotonic()
    with (
        requests.Session() as session,
        Fetcher(quick(deadline=1.0), session=session) as fetcher,
        RawServer(drip_headers) as server,
        pytest.raises(FetchTimeout, match="deadline"),
    ):
        fetcher.fetch(server.url)
    assert time.monotonic() - start < 3


def test_a_given_session_keeps_its_adapter_settings_and_its_own_adapters(
    httpserver: HTTPServer,
) -> None:
    class OwnAdapter(requests.adapters.HTTPAdapter):
        pass

    own = OwnAdapter()
    plain = requests.adapters.HTTPAdapter(pool_maxsize=3, max_retries=4)
    with requests.Session() as session:
        session.mount("http://", plain)
        session.mount("https://", plain)
        session.mount("https://own.example/", own)
        Fetcher(quick(), session=session).close()
        guarded = session.get_adapter("http://example.org/")
        assert isinstance(guarded, fetch_module._GuardedAdapter)
        assert session.get_adapter("https://example.org/") is guarded
        assert guarded.max_retries.total == 4
        assert guarded.poolmanager.connection_pool_kw["maxsize"] == 3
        assert session.get_adapter("https://own.example/a") is own
        assert list(session.adapters) == ["https://own.example/", "https://", "http://"]
