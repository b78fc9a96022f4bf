"""HTTP: one hardened session, with limits, retries, charset detection, robots and politeness.

:class:`Fetcher` turns a URL into a :class:`~newsmend.model.Page` or raises a
:class:`~newsmend.errors.NewsmendError` subclass within ``Settings.deadline`` seconds.
It follows redirects itself so that every hop is validated, checked against private
addresses and robots.txt, and recorded. :func:`decode_html` is the charset logic on its
own, shared with ``clean_html`` for markup given as bytes.

What the address check covers, and what it does not:

* Every hop's host is resolved with :func:`socket.getaddrinfo` before anything is sent,
  and the hop is refused if *any* address is private, loopback, link-local (cloud
  metadata included), unique-local, multicast, reserved or unspecified. Literal IP
  addresses need no lookup, so a redirect to ``169.254.169.254`` sends no packet at all.
* The address each connection actually reached is checked again right after connecting
  and before a byte of the request is sent, so a DNS answer that changes between the two
  lookups (rebinding) is caught. This needs newsmend's guarded adapter, which a session
  you pass in gets in place of its plain ``HTTPAdapter`` mounts (see :class:`Fetcher`).
* Not covered: requests through an adapter of your own class (mounted on your session)
  get the first check only, and behind an HTTP proxy only the target host is checked,
  not the proxy.

The deadline bounds everything: DNS lookups (done in a helper thread that is abandoned
when the deadline passes, since the resolver cannot be interrupted), waits for a host's
slot, backoff, and reads. A watchdog shuts the socket down when the deadline passes, so
even a server dripping its status line one byte a second is cut off in time. Through an
adapter of your own class, the connection's own lookup is not bounded and the exchange is
bounded by the read timeout per socket read until the body, and by the deadline from
there on.
"""

from __future__ import annotations

import codecs
import ipaddress
import random
import re
import socket
import threading
import time
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from concurrent.futures import wait as wait_futures
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from types import TracebackType
from typing import Any
from urllib.parse import urljoin, urlsplit

import charset_normalizer
import requests
from protego import Protego
from requests.adapters import DEFAULT_POOLBLOCK, DEFAULT_POOLSIZE, HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import (
    ConnectTimeoutError,
    DecodeError,
    LocationParseError,
    NameResolutionError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
)
from urllib3.exceptions import HTTPError as Urllib3Error
from urllib3.exceptions import SSLError as Urllib3SSLError
from urllib3.util.connection import allowed_gai_family

from newsmend.errors import (
    BlockedAddress,
    ConnectFailed,
    EmptyResponse,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    InvalidInput,
    InvalidURL,
    RobotsDisallowed,
    TooLarge,
    TooManyRedirects,
    Truncated,
    UnsupportedContentType,
)
from newsmend.model import EncodingSource, Page
from newsmend.settings import Settings

__all__ = ["Fetcher", "decode_html", "default_user_agent", "validate_url"]

_HOME = "https://github.com/newsmend/newsmend"
_ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_NO_BODY = frozenset({204, 205})
_KEPT_HEADERS = (
    "content-type",
    "content-length",
    "content-language",
    "last-modified",
    "date",
    "etag",
    "location",
)
_CHUNK = 16_384
_META_WINDOW = 4_096
_ROBOTS_LIMIT = 512_000  # RFC 9309 asks crawlers to parse at least 500 KiB.
_ROBOTS_TTL = 86_400.0  # RFC 9309: a cached robots.txt should not be used for over a day.
_ROBOTS_ERROR_TTL = 300.0
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# WHATWG: these labels mean windows-1252 on the web, whatever the standards say.
_READ_AS_CP1252 = frozenset({"ascii", "latin-1", "iso8859-1"})
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_HTML_START = re.compile(
    rb"<(?:!doctype\s+html|html|head|body|title|meta|p|div|article|!--)[\s>/]", re.IGNORECASE
)


def _package_version() -> str:
    try:
        return version("newsmend")
    except PackageNotFoundError:
        return "0.1.0"


def default_user_agent(contact: str | None = None) -> str:
    """The User-Agent newsmend sends unless ``Settings.user_agent`` is set.

    >>> default_user_agent("mailto:me@example.org").endswith("(+mailto:me@example.org)")
    True
    """
    return f"newsmend/{_package_version()} (+{contact or _HOME})"


# --- URLs and addresses -------------------------------------------------------------------


def validate_url(url: object) -> str:
    """Check that ``url`` is an absolute http(s) URL with a host, without any network call.

    Args:
        url: Anything; only a non-empty ``str`` can pass.

    Returns:
        The URL with surrounding whitespace removed.

    Raises:
        InvalidURL: The URL is not a string, is empty or malformed, or its scheme is not
            http or https (``javascript:``, ``file:``, ``data:`` ...).

    >>> validate_url(" https://example.org/a ")
    'https://example.org/a'
    """
    if not isinstance(url, str):
        raise InvalidURL(f"a URL must be a str, not {type(url).__name__}")
    url = url.strip()
    if not url:
        raise InvalidURL("the URL is empty")
    if any(char.isspace() or not char.isprintable() for char in url):
        raise InvalidURL("the URL contains whitespace or control characters", url=url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - parsing the port is the check.
    except ValueError as exc:
        raise InvalidURL(f"the URL is malformed: {exc}", url=url) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidURL(f"only http and https URLs can be fetched, not {parts.scheme!r}", url=url)
    if not parts.hostname:
        raise InvalidURL("the URL has no host", url=url)
    return url


def _is_public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _check_address(url: str, deadline: _Deadline) -> None:
    """Refuse ``url`` if its host resolves to any non-public address.

    Raises:
        BlockedAddress: An address of the host is private, loopback, link-local ...
        ConnectFailed: The host name cannot be resolved.
        FetchTimeout: The lookup was still going when the deadline passed.
    """
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    try:
        addresses = _resolve(parts.hostname or "", port, deadline)
    except TimeoutError as exc:
        raise FetchTimeout(str(exc), url=url) from exc
    except (OSError, UnicodeError) as exc:
        raise ConnectFailed(f"cannot resolve {parts.hostname!r}: {exc}", url=url) from exc
    for address in addresses:
        if not _is_public(address):
            raise BlockedAddress(
                f"{parts.hostname!r} resolves to the non-public address {address}", url=url
            )


def _resolve(
    host: str, port: int, deadline: _Deadline, family: int = socket.AF_UNSPEC
) -> list[str]:
    """The addresses of ``host``, in the resolver's order, looked up within the deadline.

    :func:`socket.getaddrinfo` cannot be interrupted and has no timeout, so a name is
    looked up in a daemon thread that is left behind (it ends when the resolver gives up)
    if the deadline comes first. An IP literal is answered at once, without a thread.

    Raises:
        TimeoutError: The deadline passed before the resolver answered.
        OSError: The resolver failed (:class:`socket.gaierror`).
        UnicodeError: The name cannot be encoded for DNS.
    """
    if _is_ip_literal(host):
        return _addresses(socket.getaddrinfo(host, port, family, socket.SOCK_STREAM))
    answer: Future[list[str]] = Future()

    def look_up() -> None:
        try:
            answer.set_result(
                _addresses(socket.getaddrinfo(host, port, family, socket.SOCK_STREAM))
            )
        except Exception as exc:  # Handed to the waiting thread, which raises it.
            answer.set_exception(exc)

    threading.Thread(target=look_up, name=f"newsmend-dns-{host}", daemon=True).start()
    done, _ = wait_futures([answer], timeout=max(deadline.remaining(), 0.0))
    if not done:
        raise TimeoutError(
            f"looking up {host!r} took longer than the {deadline.seconds:g} s deadline"
        )
    return answer.result()


def _addresses(infos: list[tuple[Any, ...]]) -> list[str]:
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    return True


# --- The guarded connection: peer check and deadline watchdog -----------------------------


class _PeerBlocked(Exception):
    """Raised inside urllib3, deliberately not an ``OSError`` so that urllib3 lets it through."""


class _Watchdog:
    """Shuts down the socket a fetch is using once the fetch's deadline has passed."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.connection: _GuardedHTTPConnection | _GuardedHTTPSConnection | None = None

    def watch(self, connection: _GuardedHTTPConnection | _GuardedHTTPSConnection) -> None:
        with self.lock:
            connection.watchdog = self
            self.connection = connection

    def expire(self) -> None:
        with self.lock:
            connection = self.connection
            # A pooled connection may have passed to another fetch since we used it.
            if connection is None or connection.watchdog is not self or connection.sock is None:
                return
            with suppress(OSError):
                connection.sock.shutdown(socket.SHUT_RDWR)


class _FetchContext(threading.local):
    """What the guarded connections of this thread need to know about the current fetch."""

    allow_private: bool = True
    watchdog: _Watchdog | None = None
    deadline: _Deadline | None = None


_CONTEXT = _FetchContext()


@contextmanager
def _guarded(allow_private: bool, deadline: _Deadline) -> Iterator[None]:
    """Arm the peer check, the bounded lookup and the watchdog for this thread's fetch."""
    saved = (_CONTEXT.allow_private, _CONTEXT.watchdog, _CONTEXT.deadline)
    watchdog = _Watchdog()
    timer = threading.Timer(max(deadline.remaining(), 0.0), watchdog.expire)
    timer.daemon = True
    _CONTEXT.allow_private, _CONTEXT.watchdog, _CONTEXT.deadline = (
        allow_private,
        watchdog,
        deadline,
    )
    timer.start()
    try:
        yield
    finally:
        timer.cancel()
        _CONTEXT.allow_private, _CONTEXT.watchdog, _CONTEXT.deadline = saved


def _vet_peer(sock: socket.socket, proxied: bool) -> socket.socket:
    if _CONTEXT.allow_private or proxied:
        return sock
    address = str(sock.getpeername()[0])
    if not _is_public(address):
        sock.close()
        raise _PeerBlocked(f"connected to the non-public address {address}")
    return sock


class _GuardedHTTPConnection(HTTPConnection):
    """A connection that, inside a fetch, looks its host up within the deadline, checks
    the address it reached, and lets the fetch's watchdog cut it off."""

    watchdog: _Watchdog | None = None

    def _new_conn(self) -> socket.socket:
        deadline = _CONTEXT.deadline
        if deadline is None:  # Not inside a fetch: a caller using their own session.
            return super()._new_conn()
        name = self._dns_host
        error: ConnectTimeoutError | None = None
        try:
            for address in self._look_up(deadline):
                # urllib3 connects to ``_dns_host``: pointing it at an address already
                # looked up keeps urllib3's socket options and error handling.
                self._dns_host = address
                try:
                    return _vet_peer(super()._new_conn(), self.proxy is not None)
                except ConnectTimeoutError as exc:  # NewConnectionError is a subclass.
                    error = exc
                if deadline.remaining() <= 0:
                    break
        finally:
            self._dns_host = name
        raise error or NewConnectionError(self, f"{name} has no address")

    def _look_up(self, deadline: _Deadline) -> list[str]:
        """Resolve the host within the deadline, failing the way urllib3 would."""
        try:
            return _resolve(self._dns_host, self.port, deadline, allowed_gai_family())
        except TimeoutError as exc:
            raise ConnectTimeoutError(self, str(exc)) from exc
        except socket.gaierror as exc:
            raise NameResolutionError(self.host, self, exc) from exc
        except UnicodeError as exc:
            raise LocationParseError(f"{self.host!r}, label empty or too long") from exc
        except OSError as exc:
            raise NewConnectionError(self, f"Failed to resolve {self.host}: {exc}") from exc

    def request(self, *args: Any, **kwargs: Any) -> None:
        if _CONTEXT.watchdog is not None:
            _CONTEXT.watchdog.watch(self)
        super().request(*args, **kwargs)


class _GuardedHTTPSConnection(_GuardedHTTPConnection, HTTPSConnection):
    """The same guard over TLS: the MRO puts the guard before HTTPSConnection."""


class _GuardedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


class _GuardedAdapter(HTTPAdapter):
    """An adapter whose connections check their peer and obey the fetch's watchdog."""

    @classmethod
    def like(cls, adapter: HTTPAdapter) -> _GuardedAdapter:
        """A guarded adapter with the pool sizes and urllib3 retries of ``adapter``."""
        # The pool settings are private attributes of requests (its pickling uses them).
        return cls(
            pool_connections=getattr(adapter, "_pool_connections", DEFAULT_POOLSIZE),
            pool_maxsize=getattr(adapter, "_pool_maxsize", DEFAULT_POOLSIZE),
            max_retries=adapter.max_retries,
            pool_block=getattr(adapter, "_pool_block", DEFAULT_POOLBLOCK),
        )

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = {
            "http": _GuardedHTTPPool,
            "https": _GuardedHTTPSPool,
        }


def _guarded_session() -> requests.Session:
    session = requests.Session()
    adapter = _GuardedAdapter()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def _guard_session(session: requests.Session) -> None:
    """Replace the plain ``HTTPAdapter`` mounts of a caller's session with guarded ones.

    Only adapters of exactly that class are replaced, each by one guarded adapter
    configured alike (an adapter mounted on several prefixes stays shared), in place so
    that the order requests matches prefixes in is kept. Adapters of other classes are
    the caller's own design and are left alone.
    """
    replacements: dict[int, _GuardedAdapter] = {}
    for prefix, adapter in session.adapters.items():
        if type(adapter) is HTTPAdapter and prefix.lower().startswith(("http://", "https://")):
            if id(adapter) not in replacements:
                replacements[id(adapter)] = _GuardedAdapter.like(adapter)
            session.adapters[prefix] = replacements[id(adapter)]


# --- Decoding -----------------------------------------------------------------------------


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str, EncodingSource]:
    """Decode an HTML body, choosing the codec the way a careful browser would.

    The order is: a byte order mark; the ``charset`` of the Content-Type header
    (latin-1 and ASCII read as cp1252, as browsers do); a ``<meta>`` charset in the
    first 4 KB; strict UTF-8; charset detection; and finally cp1252 with replacement
    characters and a :class:`UnicodeWarning`. A declaration the bytes plainly contradict
    is skipped: UTF-8 declared over bytes with no valid UTF-8 sequence at all, or a
    Western single-byte codec declared over valid multi-byte UTF-8.

    Args:
        body: The raw bytes.
        content_type: The Content-Type header, if any.

    Returns:
        The text, the Python name of the codec used, and how it was chosen.

    Raises:
        InvalidInput: ``body`` is not bytes.

    >>> decode_html(b"Salda\\xc3\\xb1a")
    ('Saldaña', 'utf-8', 'utf-8')
    >>> decode_html(b"\\x93Hi\\x94", "text/html; charset=ISO-8859-1")
    ('“Hi”', 'cp1252', 'header')
    """
    if not isinstance(body, (bytes, bytearray, memoryview)):
        raise InvalidInput(f"decode_html needs bytes, not {type(body).__name__}")
    body = bytes(body)
    bom = _sniff_bom(body)
    if bom is not None:
        return body[len(bom[0]) :].decode(bom[1], "replace"), bom[1], "bom"
    declared: tuple[tuple[EncodingSource, str | None], ...] = (
        ("header", _header_charset(content_type)),
        ("meta", _meta_charset(body)),
    )
    for source, label in declared:
        codec = _codec(label, meta=source == "meta")
        text = None if codec is None else _decode_declared(body, codec)
        if codec is not None and text is not None:
            return text, codec, source
    return _decode_undeclared(body)


def _sniff_bom(body: bytes) -> tuple[bytes, str] | None:
    return next(((bom, codec) for bom, codec in _BOMS if body.startswith(bom)), None)


def _header_charset(content_type: str | None) -> str | None:
    match = _HEADER_CHARSET.search(content_type or "")
    return match.group(1) if match else None


def _meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:_META_WINDOW])
    return match.group(1).decode("ascii", "replace") if match else None


def _codec(label: str | None, *, meta: bool) -> str | None:
    """The Python codec name for a charset label, or ``None`` if it is unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in _READ_AS_CP1252:
        return "cp1252"
    # A document that could read its own <meta> as ASCII is not UTF-16 (WHATWG).
    if meta and name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def _decode_declared(body: bytes, codec: str) -> str | None:
    """Decode with a declared codec, or return ``None`` if the bytes contradict it."""
    if codec == "utf-8":
        text = body.decode("utf-8", "replace")
        return text if _has_real_utf8(text) or "\ufffd" not in text else None
    if codec.startswith(("cp125", "iso8859")) and _is_multibyte_utf8(body):
        return None
    return body.decode(codec, "replace")


def _has_real_utf8(text: str) -> bool:
    return any(ord(char) > 127 and char != "\ufffd" for char in text)


def _is_multibyte_utf8(body: bytes) -> bool:
    try:
        return not body.decode("utf-8").isascii()
    except UnicodeDecodeError:
        return False


def _decode_undeclared(body: bytes) -> tuple[str, str, EncodingSource]:
    try:
        return body.decode("utf-8"), "utf-8", "utf-8"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(body).best()
    if best is not None:
        codec = codecs.lookup(best.encoding).name
        return body.decode(codec, "replace"), codec, "detected"
    warnings.warn(
        "could not tell the page's encoding; decoded as cp1252 with replacements",
        UnicodeWarning,
        stacklevel=3,
    )
    return body.decode("cp1252", "replace"), "cp1252", "fallback"


def _looks_like_html(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n")
    return bool(_HTML_START.match(head) or _HTML_START.search(body[:_META_WINDOW]))


# --- Bookkeeping --------------------------------------------------------------------------


class _Deadline:
    """The clock of one fetch: every wait and every read is bounded by it."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.end - time.monotonic()

    def error(self, url: str) -> FetchTimeout:
        return FetchTimeout(f"the page took longer than the {self.seconds:g} s deadline", url=url)

    def check(self, url: str) -> None:
        if self.remaining() <= 0:
            raise self.error(url)


@dataclass
class _Robots:
    """A host's robots.txt verdict: parsed rules, or a blanket allow/deny with its reason."""

    rules: Protego | None
    allow_all: bool
    reason: str
    expires: float

    def can_fetch(self, url: str, user_agent: str) -> bool:
        if self.rules is None:
            return self.allow_all
        return bool(self.rules.can_fetch(url, user_agent))

    def crawl_delay(self, user_agent: str) -> float:
        delay = self.rules.crawl_delay(user_agent) if self.rules is not None else None
        return float(delay or 0.0)


@dataclass
class _Hosts:
    """Thread-safe per-host politeness: the next moment each host may be contacted."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    next_slot: dict[str, float] = field(default_factory=dict)

    def reserve(self, host: str, interval: float, deadline: _Deadline, url: str) -> float:
        """Book the next slot for ``host`` and return how long to wait for it."""
        with self.lock:
            now = time.monotonic()
            start = max(now, self.next_slot.get(host, now))
            if start - now >= deadline.remaining():
                raise FetchTimeout(
                    f"waiting {start - now:.1f} s for {host} would pass the deadline", url=url
                )
            self.next_slot[host] = start + interval
            return start - now


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}:{parts.port or ''}"


def _is_redirect(response: requests.Response) -> bool:
    return response.status_code in _REDIRECTS and bool(response.headers.get("location"))


def _status_error(response: requests.Response, url: str) -> HTTPStatusError:
    status = response.status_code
    return HTTPStatusError(
        f"HTTP {status} {response.reason or ''}".strip(), status_code=status, url=url
    )


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("retry-after", "").strip()
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())


def _read_body(
    response: requests.Response, url: str, deadline: _Deadline, limit: int
) -> tuple[bytes, bool]:
    """Stream the decoded body up to ``limit`` bytes, checking the deadline between reads.

    ``read1`` returns whatever one socket read gives, so a server dripping bytes cannot
    keep a read going past the deadline.

    Returns:
        The body (at most ``limit`` bytes) and whether it was complete.
    """
    chunks: list[bytes] = []
    total = 0
    while True:
        deadline.check(url)
        chunk = _read_chunk(response, min(_CHUNK, limit + 1 - total), url, deadline)
        if not chunk:
            deadline.check(url)  # An end cut short by the watchdog is no end.
            return b"".join(chunks), True
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            return b"".join(chunks)[:limit], False


def _read_chunk(response: requests.Response, size: int, url: str, deadline: _Deadline) -> bytes:
    """One ``read1`` of decoded bytes, with urllib3's errors turned into newsmend's."""
    try:
        return bytes(response.raw.read1(size, decode_content=True))
    except ReadTimeoutError as exc:
        raise FetchTimeout(f"the server stopped sending the body: {exc}", url=url) from exc
    except (Urllib3Error, OSError) as exc:
        raise _body_error(exc, url, deadline) from exc


def _body_error(exc: Exception, url: str, deadline: _Deadline) -> FetchError:
    """The error for a failed body read: :class:`Truncated` when the connection broke."""
    if deadline.remaining() <= 0:  # The watchdog cut the connection.
        return deadline.error(url)
    if isinstance(exc, DecodeError):
        return FetchError(f"the compressed body is corrupt: {exc}", url=url)
    if isinstance(exc, (ProtocolError, Urllib3SSLError, OSError)):
        return Truncated(f"the body ended early: {exc}", url=url)
    return FetchError(f"reading the body failed: {exc}", url=url)


# A reader takes a final (not redirecting, not retried) response and returns its body.
_Reader = Callable[[requests.Response, str, _Deadline], bytes]


@dataclass(frozen=True)
class _Answer:
    """The final response of a fetch (closed, its body read) and the redirects before it."""

    response: requests.Response
    body: bytes
    url: str
    redirects: tuple[str, ...]


# --- The fetcher --------------------------------------------------------------------------


class Fetcher:
    """Fetch HTML pages politely and safely, with every fault ending in a typed error.

    One ``Fetcher`` owns one configuration, one ``requests.Session``, a robots.txt cache
    and the per-host clock. It is safe to share between threads.

    You may pass a session of your own (requests-cache's ``CachedSession`` and other
    subclasses that override ``send`` or ``request`` drop in). Its plain
    ``requests.adapters.HTTPAdapter`` mounts for http(s) URLs are replaced, once, when the
    ``Fetcher`` is made, by newsmend's guarded adapter configured alike (pool sizes and
    ``max_retries`` kept), so the connected-address check, the bounded DNS lookup and the
    deadline watchdog hold on your session too. Outside a ``fetch`` (your own requests
    through the same session) the guarded adapter behaves exactly like ``HTTPAdapter``.
    An adapter of any other class that you mounted is left alone: requests through it get
    the address check before connecting only, their DNS lookup is not bounded, and until
    the body they are bounded by the read timeout per socket read rather than the deadline.
    ``close`` leaves your session open.

    >>> with Fetcher(Settings(retries=0)) as fetcher:  # doctest: +SKIP
    ...     page = fetcher.fetch("https://example.org/")
    """

    def __init__(
        self, settings: Settings | None = None, session: requests.Session | None = None
    ) -> None:
        self.settings = settings or Settings()
        if session is not None:
            _guard_session(session)
        self.session = session or _guarded_session()
        self.user_agent = self.settings.user_agent or default_user_agent(self.settings.contact)
        self._owns_session = session is None
        self._hosts = _Hosts()
        self._robots: dict[str, _Robots] = {}
        self._robots_lock = threading.Lock()
        self._robots_loading: dict[str, threading.Lock] = {}

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the session, unless it was given by the caller."""
        if self._owns_session:
            self.session.close()

    def fetch(self, url: str) -> Page:
        """Fetch one HTML page.

        Args:
            url: An absolute http(s) URL.

        Returns:
            The decoded page, with its final URL, redirect chain and the headers that matter.

        Raises:
            InvalidURL: The URL, or a redirect target, is not a valid http(s) URL.
            BlockedAddress: A host resolves to a non-public address.
            RobotsDisallowed: robots.txt forbids the page.
            FetchError: A subclass saying what went wrong with the exchange.
        """
        url = validate_url(url)
        deadline = _Deadline(self.settings.deadline)
        with _guarded(self.settings.allow_private, deadline):
            answer = self._follow(url, deadline, self.settings.respect_robots, self._read_page)
        return self._page(url, answer)

    # Redirects, retries and the single request ---------------------------------------

    def _follow(self, url: str, deadline: _Deadline, robots: bool, read: _Reader) -> _Answer:
        """Request ``url``, following redirects one checked hop at a time.

        Each hop's address is checked before anything else, so neither robots.txt nor the
        page is requested from a blocked host. The final response's body is read by ``read``.
        """
        chain: list[str] = []
        while True:
            if not self.settings.allow_private:
                _check_address(url, deadline)
            if robots:
                self._check_robots(url, deadline)
            response, body = self._request(url, deadline, read)
            target = self._redirect_target(url, response)
            if target is None:
                return _Answer(response, body, url, tuple(chain))
            chain.append(url)
            if target in chain:
                raise TooManyRedirects(f"redirect loop back to {target}", url=chain[0])
            if len(chain) > self.settings.max_redirects:
                raise TooManyRedirects(
                    f"more than {self.settings.max_redirects} redirects", url=chain[0]
                )
            url = target

    @staticmethod
    def _redirect_target(url: str, response: requests.Response) -> str | None:
        if not _is_redirect(response):
            return None
        location = response.headers["location"]
        try:
            return validate_url(urljoin(url, location))
        except InvalidURL as exc:
            raise InvalidURL(f"refusing to follow a redirect to {location!r}", url=url) from exc

    def _request(
        self, url: str, deadline: _Deadline, read: _Reader
    ) -> tuple[requests.Response, bytes]:
        """Send one request and read the answer, retrying what may go better next time.

        Connection errors, timeouts, 429, 5xx and a body cut short (a reset connection, a
        body shorter than its Content-Length, an unfinished chunked body) are retried with
        backoff while ``Settings.retries`` and the deadline allow. A redirect comes back
        with an empty body, unread. The response is closed on return.
        """
        attempt = 0
        while True:
            retry_after = None
            try:
                with self._send(url, deadline) as response:
                    if response.status_code == 429 or response.status_code >= 500:
                        retry_after = _retry_after(response)
                        error: FetchError = _status_error(response, url)
                    elif _is_redirect(response):
                        return response, b""
                    else:
                        return response, read(response, url, deadline)
            except (ConnectFailed, FetchTimeout, Truncated) as exc:
                error = exc
            wait = self._retry_wait(attempt, retry_after, deadline)
            if wait is None:
                raise error
            time.sleep(wait)
            attempt += 1

    def _retry_wait(
        self, attempt: int, retry_after: float | None, deadline: _Deadline
    ) -> float | None:
        """Seconds to wait before retrying, or ``None`` to give up now."""
        if attempt >= self.settings.retries:
            return None
        if retry_after is not None and retry_after > self.settings.max_retry_after:
            return None
        if retry_after is None:
            retry_after = self.settings.backoff * 2**attempt * random.uniform(0.5, 1.5)
        return retry_after if retry_after < deadline.remaining() else None

    def _send(self, url: str, deadline: _Deadline) -> requests.Response:
        """Wait for the host's slot, then send one GET."""
        deadline.check(url)
        host = _host_key(url)
        time.sleep(self._hosts.reserve(host, self._interval(host), deadline, url))
        remaining = max(deadline.remaining(), 0.001)
        timeout = (
            min(self.settings.connect_timeout, remaining),
            min(self.settings.read_timeout, remaining),
        )
        headers = {"User-Agent": self.user_agent, "Accept": _ACCEPT}
        try:
            return self.session.get(
                url, headers=headers, timeout=timeout, stream=True, allow_redirects=False
            )
        except requests.Timeout as exc:
            deadline.check(url)  # A lookup cut off by the deadline says so.
            raise FetchTimeout(f"the server did not answer in time: {exc}", url=url) from exc
        except (requests.exceptions.InvalidURL, requests.exceptions.InvalidSchema) as exc:
            raise InvalidURL(f"requests cannot use this URL: {exc}", url=url) from exc
        except _PeerBlocked as exc:
            raise BlockedAddress(str(exc), url=url) from exc
        except requests.ConnectionError as exc:
            deadline.check(url)  # The watchdog cut the connection: that is a timeout.
            raise ConnectFailed(f"cannot connect: {exc}", url=url) from exc
        except requests.RequestException as exc:
            raise FetchError(f"the request failed: {exc}", url=url) from exc

    def _interval(self, host: str) -> float:
        """The host's minimum interval: ``host_interval``, or a longer Crawl-delay (capped)."""
        robots = self._robots.get(host)
        crawl_delay = robots.crawl_delay(self.user_agent) if robots is not None else 0.0
        return max(self.settings.host_interval, min(crawl_delay, self.settings.max_crawl_delay))

    # The page --------------------------------------------------------------------------

    def _read_page(self, response: requests.Response, url: str, deadline: _Deadline) -> bytes:
        """Refuse what the status line and headers already rule out, then read the body."""
        self._check_response(url, response)
        body, complete = _read_body(response, url, deadline, self.settings.max_bytes)
        if not complete:
            raise TooLarge(f"the body is larger than {self.settings.max_bytes} bytes", url=url)
        return body

    def _page(self, url: str, answer: _Answer) -> Page:
        """Turn the final answer into a :class:`Page`, refusing empty and non-HTML bodies."""
        response, body, final_url = answer.response, answer.body, answer.url
        content_type = response.headers.get("content-type")
        if not body:
            raise EmptyResponse("the server sent an empty body", url=final_url)
        if not content_type and not _looks_like_html(body):
            raise UnsupportedContentType("the body does not look like HTML", url=final_url)
        html, codec, source = decode_html(body, content_type)
        return Page(
            url=url,
            final_url=final_url,
            status=response.status_code,
            headers={k: response.headers[k] for k in _KEPT_HEADERS if k in response.headers},
            html=html,
            encoding=codec,
            encoding_source=source,
            redirects=answer.redirects,
            fetched_at=datetime.now(timezone.utc),
        )

    def _check_response(self, url: str, response: requests.Response) -> None:
        """Everything that can be refused from the status line and headers alone."""
        status = response.status_code
        if status in _NO_BODY:
            raise EmptyResponse(f"the server answered {status} with no content", url=url)
        if not 200 <= status < 300:
            raise _status_error(response, url)
        media_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if media_type and media_type not in _HTML_TYPES:
            raise UnsupportedContentType(f"{media_type} is not HTML", url=url)
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > self.settings.max_bytes:
            raise TooLarge(
                f"Content-Length {length} is over the {self.settings.max_bytes} byte cap", url=url
            )

    # robots.txt ------------------------------------------------------------------------

    def _check_robots(self, url: str, deadline: _Deadline) -> None:
        robots = self._robots_for(url, deadline)
        if not robots.can_fetch(url, self.user_agent):
            raise RobotsDisallowed(f"robots.txt forbids this page ({robots.reason})", url=url)

    def _robots_for(self, url: str, deadline: _Deadline) -> _Robots:
        host = _host_key(url)
        cached = self._cached_robots(host)
        if cached is not None:
            return cached
        with self._robots_lock:
            loading = self._robots_loading.setdefault(host, threading.Lock())
        # One thread fetches a host's robots.txt while the others wait for its verdict, so
        # a batch starting on many pages of one host asks for robots.txt once, not per thread.
        if not loading.acquire(timeout=max(deadline.remaining(), 0.0)):
            raise deadline.error(url)
        try:
            cached = self._cached_robots(host)
            if cached is not None:
                return cached
            robots = self._load_robots(urljoin(url, "/robots.txt"), deadline)
            with self._robots_lock:
                self._robots[host] = robots
            return robots
        finally:
            loading.release()

    def _cached_robots(self, host: str) -> _Robots | None:
        with self._robots_lock:
            cached = self._robots.get(host)
        return cached if cached is not None and cached.expires > time.monotonic() else None

    def _load_robots(self, robots_url: str, deadline: _Deadline) -> _Robots:
        """Fetch and parse robots.txt; 4xx allows everything, other failures nothing.

        Raises:
            FetchTimeout: The fetch's own deadline passed; no verdict is cached then.
        """
        now = time.monotonic()
        try:
            answer = self._follow(robots_url, deadline, False, _read_robots)
        except (FetchError, BlockedAddress, InvalidURL) as exc:
            deadline.check(robots_url)  # Our own deadline ran out: say so and cache nothing.
            reason = f"robots.txt unreachable: {exc}"
            return _Robots(None, False, reason, now + _ROBOTS_ERROR_TTL)
        status = answer.response.status_code
        if 400 <= status < 500:
            return _Robots(None, True, f"robots.txt: HTTP {status}", now + _ROBOTS_TTL)
        if not 200 <= status < 300:
            reason = f"robots.txt: HTTP {status}"
            return _Robots(None, False, reason, now + _ROBOTS_ERROR_TTL)
        rules = Protego.parse(answer.body.decode("utf-8", "replace"))
        return _Robots(rules, False, "robots.txt rules", now + _ROBOTS_TTL)


def _read_robots(response: requests.Response, url: str, deadline: _Deadline) -> bytes:
    """The first 500 KiB of a robots.txt answering 2xx; nothing for any other status."""
    if not 200 <= response.status_code < 300:
        return b""
    return _read_body(response, url, deadline, _ROBOTS_LIMIT)[0]
