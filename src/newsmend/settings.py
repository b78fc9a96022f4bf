"""The one configuration object.

``Settings`` is frozen: a run never changes it. Keyword arguments accepted by
``clean``, ``Cleaner`` and friends are sugar for ``Settings(**kwargs)`` or
``settings.with_updates(**kwargs)``, and are validated the same way.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsmend.errors import InvalidInput

__all__ = ["Settings"]


class Settings(BaseModel):
    """Everything that can be configured, with safe defaults.

    Attributes:
        connect_timeout: Seconds to wait for a TCP/TLS connection.
        read_timeout: Seconds to wait between two reads from the server.
        deadline: Seconds a whole fetch may take, retries and redirects included.
        max_bytes: Largest decoded body accepted, in bytes.
        max_redirects: Longest redirect chain followed.
        retries: How many times a connection error, 429 or 5xx is retried.
        backoff: Base of the exponential backoff between retries, in seconds.
        max_retry_after: Longest ``Retry-After`` honoured, in seconds; longer waits fail fast.
        user_agent: The User-Agent header; by default names newsmend, its version and ``contact``.
        contact: A URL or address put in the default User-Agent so site owners can reach you.
        allow_private: Allow private, loopback and link-local addresses (tests, intranets).
        respect_robots: Obey robots.txt.
        host_interval: Minimum seconds between two requests to the same host. A longer
            robots.txt ``Crawl-delay`` lengthens it, up to ``max_crawl_delay``.
        max_crawl_delay: Longest robots.txt ``Crawl-delay`` obeyed, in seconds; a longer one
            is obeyed as this many seconds (a day-long delay would otherwise make every
            page of the host after the first fail at the deadline). A page whose wait for
            its host would pass ``deadline`` fails at once with ``FetchTimeout``.
        strip_chrome: Apply newsmend's chrome rules after extraction.
        learn_site_chrome: Let a :class:`~newsmend.pipeline.Cleaner` learn the short lines
            a site repeats on three or more of its pages, and remove them from the pages
            after that (rule ``site_repeated``). Off by default: it makes a page's text
            depend on the pages cleaned before it. With ``processes`` in
            :meth:`~newsmend.pipeline.Cleaner.clean_many`, each worker process learns alone.
        repair: Repair garbled names.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    connect_timeout: float = Field(default=10.0, gt=0)
    read_timeout: float = Field(default=20.0, gt=0)
    deadline: float = Field(default=60.0, gt=0)
    max_bytes: int = Field(default=10_000_000, gt=0)
    max_redirects: int = Field(default=5, ge=0)
    retries: int = Field(default=2, ge=0)
    backoff: float = Field(default=0.5, ge=0)
    max_retry_after: float = Field(default=30.0, ge=0)
    user_agent: str | None = None
    contact: str | None = None
    allow_private: bool = False
    respect_robots: bool = True
    host_interval: float = Field(default=1.0, ge=0)
    max_crawl_delay: float = Field(default=30.0, ge=0)
    strip_chrome: bool = True
    learn_site_chrome: bool = False
    repair: bool = True

    def with_updates(self, **updates: Any) -> Settings:
        """Return a validated copy with some fields changed.

        >>> Settings().with_updates(retries=0).retries
        0
        """
        if not updates:
            return self
        return self.from_kwargs(self.model_dump() | updates)

    @classmethod
    def from_kwargs(cls, kwargs: dict[str, Any]) -> Settings:
        """Build settings from keyword arguments, raising :class:`InvalidInput` on bad ones."""
        try:
            return cls(**kwargs)
        except ValidationError as exc:
            problems = "; ".join(
                f"{'.'.join(str(p) for p in err['loc']) or 'settings'}: {err['msg']}"
                for err in exc.errors()
            )
            raise InvalidInput(f"invalid settings: {problems}") from exc
