"""The newsmend exception family.

Every error newsmend raises derives from :class:`NewsmendError`. Each subclass also
mixes in the built-in exception that fits, so ``except TimeoutError`` or
``except ValueError`` keep working for callers who do not know newsmend. Errors
raised because of another exception are chained with ``raise ... from``.
"""

from __future__ import annotations

__all__ = [
    "BlockedAddress",
    "ConnectFailed",
    "EmptyResponse",
    "ExtractionError",
    "FetchError",
    "FetchTimeout",
    "GazetteerError",
    "HTTPStatusError",
    "InvalidInput",
    "InvalidURL",
    "NewsmendError",
    "NoArticleContent",
    "RobotsDisallowed",
    "TooLarge",
    "TooManyRedirects",
    "Truncated",
    "UnsupportedContentType",
]


class NewsmendError(Exception):
    """Root of every error newsmend raises.

    Attributes:
        url: The URL (or a short description of the input) the error is about, if any.
    """

    def __init__(self, message: str, *, url: str | None = None) -> None:
        self.url = url
        super().__init__(f"{message} ({url})" if url else message)


class InvalidInput(NewsmendError, TypeError):
    """An argument has a type or value newsmend cannot work with."""


class InvalidURL(NewsmendError, ValueError):
    """The URL is empty, malformed, or uses a scheme other than http(s)."""


class BlockedAddress(NewsmendError, PermissionError):
    """The host resolves to a private, loopback, link-local or metadata address."""


class RobotsDisallowed(NewsmendError, PermissionError):
    """The site's robots.txt does not allow newsmend to fetch this URL."""


class FetchError(NewsmendError, OSError):
    """Fetching the page failed."""


class ConnectFailed(FetchError, ConnectionError):
    """No connection could be made to the server."""


class FetchTimeout(FetchError, TimeoutError):
    """The server took too long to connect, answer, or send the whole page."""


class HTTPStatusError(FetchError):
    """The server answered with an HTTP error status.

    Attributes:
        status_code: The HTTP status code of the final response.
    """

    def __init__(self, message: str, *, status_code: int, url: str | None = None) -> None:
        self.status_code = status_code
        super().__init__(message, url=url)


class TooManyRedirects(FetchError):
    """The redirect chain was longer than allowed, or looped."""


class TooLarge(FetchError):
    """The page is larger than the configured size cap."""


class Truncated(FetchError):
    """The body ended before the length the server announced."""


class UnsupportedContentType(FetchError, ValueError):
    """The response is not HTML (a PDF, an image, JSON, ...)."""


class EmptyResponse(FetchError):
    """The server sent no body."""


class ExtractionError(NewsmendError, ValueError):
    """The markup could not be turned into an article."""


class NoArticleContent(ExtractionError):
    """The page holds no article text (navigation only, an empty shell, ...)."""


class GazetteerError(NewsmendError, ValueError):
    """A gazetteer file or record is malformed."""
