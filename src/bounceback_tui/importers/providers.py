"""Recognising Greenhouse, Lever and Ashby links, and where each one's public API lives.

Pure string work (no network, no httpx): the Pipeline uses ``board_from_url`` to
offer "follow this company" when an application's link is on one of these boards.

Links are recognised by their public hosts whatever the API roots are set to:

==========  ==============================================  ===========================
provider    board                                           posting
==========  ==============================================  ===========================
greenhouse  boards.greenhouse.io/TOKEN                      .../TOKEN/jobs/ID
            job-boards.greenhouse.io/TOKEN                  embed/job_app?for=TOKEN&token=ID
            embed/job_board?for=TOKEN
lever       jobs.lever.co/TOKEN                             .../TOKEN/UUID (and /apply)
ashby       jobs.ashbyhq.com/TOKEN                          .../TOKEN/UUID (and /application)
==========  ==============================================  ===========================

The API roots come from ``BOUNCEBACK_GREENHOUSE_API``, ``BOUNCEBACK_LEVER_API`` and
``BOUNCEBACK_ASHBY_API`` (read at each request, so mirrors and tests can swap them).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qs, unquote, urlsplit

Provider = Literal["greenhouse", "lever", "ashby"]
PROVIDERS: tuple[Provider, ...] = ("greenhouse", "lever", "ashby")

PROVIDER_LABELS: dict[str, str] = {"greenhouse": "Greenhouse", "lever": "Lever", "ashby": "Ashby"}

API_ENV: dict[str, str] = {
    "greenhouse": "BOUNCEBACK_GREENHOUSE_API",
    "lever": "BOUNCEBACK_LEVER_API",
    "ashby": "BOUNCEBACK_ASHBY_API",
}
API_DEFAULTS: dict[str, str] = {
    "greenhouse": "https://boards-api.greenhouse.io",
    "lever": "https://api.lever.co",
    "ashby": "https://api.ashbyhq.com",
}
_PUBLIC_BOARD: dict[str, str] = {
    "greenhouse": "https://job-boards.greenhouse.io/{token}",
    "lever": "https://jobs.lever.co/{token}",
    "ashby": "https://jobs.ashbyhq.com/{token}",
}
_HOSTS: dict[str, Provider] = {
    "boards.greenhouse.io": "greenhouse",
    "job-boards.greenhouse.io": "greenhouse",
    "jobs.lever.co": "lever",
    "jobs.ashbyhq.com": "ashby",
}

# Board names as these services spell them: letters, digits, and a few joiners.
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")
# What a board's name may be, in words, for a refusal that says why (the JSON import).
BOARD_TOKEN_RULE = (
    "a board's name is 1 to 100 letters, digits, dots, dashes or underscores, starting with "
    "a letter or digit"
)


def is_board_token(text: str) -> bool:
    """Whether ``text`` can be a board's name (its token): one rule for ``boards follow``, a
    board link and the JSON import, which took "../../admin" (an attacker's walk)."""
    return _TOKEN.fullmatch(text) is not None


_GREENHOUSE_JOB = re.compile(r"^\d{1,20}$")
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
# First path segments on those hosts that are pages of the service, not boards.
_NOT_BOARDS = frozenset(
    {"embed", "api", "v1", "v0", "static", "assets", "favicon.ico", "robots.txt"}
)


@dataclass(frozen=True)
class BoardRef:
    """A company's whole job board on one provider."""

    provider: Provider
    token: str

    @property
    def spec(self) -> str:
        """The short form people can type: ``greenhouse:acme``."""
        return f"{self.provider}:{self.token}"

    @property
    def label(self) -> str:
        return f"{PROVIDER_LABELS[self.provider]} · {self.token}"

    @property
    def public_url(self) -> str:
        return _PUBLIC_BOARD[self.provider].format(token=self.token)


@dataclass(frozen=True)
class PostingRef:
    """One opening on a provider's board."""

    board: BoardRef
    job_id: str


def api_root(provider: str) -> str:
    """The API root for a provider: its environment variable if set, else the public one."""
    root = os.environ.get(API_ENV[provider], "").strip() or API_DEFAULTS[provider]
    return root.rstrip("/")


def recognise(url: str) -> BoardRef | PostingRef | None:
    """What a Greenhouse, Lever or Ashby link points at; None for any other link."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    provider = _HOSTS.get(host.removeprefix("www."))
    if provider is None or parts.scheme not in ("http", "https"):
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    query = parse_qs(parts.query)
    if provider == "greenhouse":
        return _greenhouse(segments, query)
    if not segments or segments[0].lower() in _NOT_BOARDS or not is_board_token(segments[0]):
        return None
    board = BoardRef(provider, segments[0])
    if len(segments) >= 2 and _UUID.match(segments[1]):
        return PostingRef(board, segments[1].lower())
    return board


def _greenhouse(segments: list[str], query: dict[str, list[str]]) -> BoardRef | PostingRef | None:
    if segments[:1] == ["embed"]:
        token = (query.get("for") or [""])[0]
        if not is_board_token(token):
            return None
        board = BoardRef("greenhouse", token)
        job = (query.get("token") or [""])[0]
        if len(segments) >= 2 and segments[1] == "job_app" and _GREENHOUSE_JOB.match(job):
            return PostingRef(board, job)
        return board
    if not segments or segments[0].lower() in _NOT_BOARDS or not is_board_token(segments[0]):
        return None
    board = BoardRef("greenhouse", segments[0])
    if len(segments) >= 3 and segments[1] == "jobs" and _GREENHOUSE_JOB.match(segments[2]):
        return PostingRef(board, segments[2])
    job = (query.get("gh_jid") or [""])[0]
    if _GREENHOUSE_JOB.match(job):
        return PostingRef(board, job)
    return board


def board_from_url(url: str | None) -> BoardRef | None:
    """The company's board behind a posting or board link, or None.

    For "follow this company?": a link to one Greenhouse, Lever or Ashby posting
    gives the board it is on.
    """
    if not url:
        return None
    found = recognise(url)
    if isinstance(found, PostingRef):
        return found.board
    return found


def parse_board_spec(text: str) -> BoardRef | None:
    """A board from a link (``https://jobs.lever.co/acme``) or ``provider:token``."""
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"(greenhouse|lever|ashby)\s*[:/]\s*(\S+)", text, re.IGNORECASE)
    if match:
        provider, token = match.group(1).lower(), match.group(2)
        if is_board_token(token):
            return BoardRef(provider, token)  # type: ignore[arg-type]  # the pattern allows only the three providers
        return None
    if "://" not in text and re.match(r"^[\w.-]+\.[a-z]{2,}/", text, re.IGNORECASE):
        text = "https://" + text
    return board_from_url(text)
