"""The fetcher against servers on loopback addresses other than 127.0.0.1.

Two pytest-httpserver instances listen on 127.0.0.2 and 127.0.0.3, which Linux routes to
``lo`` like the rest of 127.0.0.0/8: they are two hosts as far as the fetcher can tell.
Where a system cannot listen on them, the tests are skipped and say why. Every fetch has a
short deadline, and an autouse guard refuses any connection that is not to loopback.
"""

from __future__ import annotations

import importlib
import ipaddress
import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from newsmend.errors import BlockedAddress, RobotsDisallowed
from newsmend.fetch import Fetcher
from test_fetch import quick  # loopback allowed, no robots, short timeouts

fetch_module = importlib.import_module("newsmend.fetch")


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Refuse any attempt to connect anywhere but loopback."""
    connect = socket.socket.connect

    def guarded(sock: socket.socket, address: Any) -> None:
        if not ipaddress.ip_address(address[0]).is_loopback:
            raise ConnectionRefusedError(f"test guard: no connections to {address[0]}")
        connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


def listen(host: str, port: int = 0) -> HTTPServer:
    server = HTTPServer(host=host, port=port)
    try:
        server.start()
    except OSError as exc:
        pytest.skip(
            f"cannot listen on {host}:{port} ({exc}); Linux routes all of 127.0.0.0/8 to lo, "
            "other systems may need the address added to the loopback interface"
        )
    return server


@pytest.fixture
def host_a() -> Iterator[HTTPServer]:
    server = listen("127.0.0.2")
    yield server
    server.clear()
    server.stop()


@pytest.fixture
def host_b(host_a: HTTPServer) -> Iterator[HTTPServer]:
    """127.0.0.3 on the same port as ``host_a``, so only the address tells them apart."""
    server = listen("127.0.0.3", host_a.port)
    yield server
    server.clear()
    server.stop()


def serve(server: HTTPServer, path: str, body: str, **kwargs: Any) -> str:
    kwargs.setdefault("content_type", "text/html")
    server.expect_request(path).respond_with_data(body, **kwargs)
    return str(server.url_for(path))


def paths(server: HTTPServer) -> list[str]:
    return [request.path for request, _ in server.log]


def test_the_servers_are_on_two_addresses(host_a: HTTPServer, host_b: HTTPServer) -> None:
    assert serve(host_a, "/p", "a").startswith(f"http://127.0.0.2:{host_a.port}/")
    assert serve(host_b, "/p", "b").startswith(f"http://127.0.0.3:{host_a.port}/")


# --- Safety -------------------------------------------------------------------------------


def test_default_settings_refuse_127_0_0_2_and_send_nothing(host_a: HTTPServer) -> None:
    url = serve(host_a, "/p", "<p>x</p>")
    with Fetcher() as fetcher, pytest.raises(BlockedAddress, match=r"127\.0\.0\.2") as info:
        fetcher.fetch(url)
    assert type(info.value) is BlockedAddress
    assert host_a.log == []


def test_the_address_connected_to_is_checked_on_127_0_0_2(
    host_a: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As if DNS had answered with a public address first and 127.0.0.2 on connecting."""
    monkeypatch.setattr(fetch_module, "_check_address", lambda url, deadline: None)
    url = serve(host_a, "/p", "<p>x</p>")
    with (
        Fetcher(quick(allow_private=False)) as fetcher,
        pytest.raises(BlockedAddress, match=r"non-public address 127\.0\.0\.2") as info,
    ):
        fetcher.fetch(url)
    assert type(info.value) is BlockedAddress
    assert host_a.log == []


def test_a_redirect_to_another_loopback_host_is_refused_before_connecting(
    host_a: HTTPServer, host_b: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """127.0.0.2 stands in for a public host; its redirect to 127.0.0.3 must be refused."""
    is_public = fetch_module._is_public
    monkeypatch.setattr(
        fetch_module, "_is_public", lambda address: address == "127.0.0.2" or is_public(address)
    )
    target = serve(host_b, "/inside", "<p>internal</p>")
    host_a.expect_request("/out").respond_with_data("", status=302, headers={"Location": target})
    with (
        Fetcher(quick(allow_private=False)) as fetcher,
        pytest.raises(BlockedAddress, match=r"127\.0\.0\.3"),
    ):
        fetcher.fetch(str(host_a.url_for("/out")))
    assert paths(host_a) == ["/out"]
    assert host_b.log == []


# --- Politeness per host ------------------------------------------------------------------


def test_host_interval_spaces_one_host_but_not_two(host_a: HTTPServer, host_b: HTTPServer) -> None:
    url_a = serve(host_a, "/p", "<p>a</p>")
    url_b = serve(host_b, "/p", "<p>b</p>")
    with Fetcher(quick(host_interval=1.0)) as fetcher:
        start = time.monotonic()
        fetcher.fetch(url_a)
        fetcher.fetch(url_b)
        two_hosts = time.monotonic() - start
        fetcher.fetch(url_a)
        same_host_again = time.monotonic() - start
    assert two_hosts < 0.5
    assert 0.9 <= same_host_again < 2.0
    assert (len(host_a.log), len(host_b.log)) == (2, 1)


def test_robots_txt_is_fetched_and_cached_per_host(host_a: HTTPServer, host_b: HTTPServer) -> None:
    serve(host_a, "/robots.txt", "User-agent: *\nDisallow: /private\n", content_type="text/plain")
    serve(host_b, "/robots.txt", "no rules here", status=404)
    for server in (host_a, host_b):
        for path in ("/news/1", "/news/2", "/private/3"):
            serve(server, path, f"<p>{path}</p>")
    with Fetcher(quick(respect_robots=True)) as fetcher:
        for path in ("/news/1", "/news/2"):
            fetcher.fetch(str(host_a.url_for(path)))
            fetcher.fetch(str(host_b.url_for(path)))
        assert fetcher.fetch(str(host_b.url_for("/private/3"))).html == "<p>/private/3</p>"
        with pytest.raises(RobotsDisallowed):
            fetcher.fetch(str(host_a.url_for("/private/3")))
    assert paths(host_a) == ["/robots.txt", "/news/1", "/news/2"]
    assert paths(host_b) == ["/robots.txt", "/news/1", "/news/2", "/private/3"]
