"""Links: the one check every way a link comes in shares, and the form a browser is given.

Only web links are stored and opened: an absolute ``http`` or ``https`` address with a
host. ``parse_web_link`` is the check (forms, posting and CSV imports, JSON imports,
skill resources all call it, through ``domain.applications.normalize_link`` or
directly); it returns a ``WebLink`` whose ``url`` is normalised for a browser:
scheme and host in lower case (an international host in its ASCII form), and every
character a URL may not hold percent-encoded. Such a url starts with ``http://`` or
``https://``, so it can never be read as an option (``--renderer-cmd-prefix=...``)
when it becomes a browser's argument, and it holds no spaces, quotes or control
characters.

The opener (``services/browser.py``, ``ui/app.open_link``) takes a ``Link`` object,
never a string, so a link reaches it only through a check like this one. Pure
standard library: no I/O.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from urllib.parse import quote, unquote, urlsplit, urlunsplit

from bounceback_tui.errors import FieldError

WEB_SCHEMES = ("http", "https")
LINK_LIMIT = 2000

# What a URL's path, query and fragment may hold as they are (RFC 3986: unreserved,
# sub-delims, ":" "@" "/" "?", and "%" of an existing escape); the rest is escaped.
_SAFE_PATH = "/:@!$&'()*+,;=-._~%"
_SAFE_QUERY = _SAFE_PATH + "?"
_BARE_DOMAIN = re.compile(r"^[\w.-]+\.[a-z]{2,}(:\d+)?(/|$)", re.IGNORECASE)
_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")

# The address a refusal gives as an example: a job posting's, or for an interview's video
# link a meeting's (the interview form said "like https://example.com/jobs/123": a newcomer's
# walk).
JOB_LINK_EXAMPLE = "https://example.com/jobs/123"
MEETING_LINK_EXAMPLE = "https://meet.example.com/abc-defg-hij"


def not_a_web_address(example: str = JOB_LINK_EXAMPLE) -> str:
    return f"The link must be a web address like {example}."


NOT_A_WEB_ADDRESS = not_a_web_address()
# Refused before it is stored, and before any request (importers/http.check_url): a fetch
# sent it to the site, and `fetch-posting` printed it in "Link …" (an attacker's walk).
HAS_NAME_OR_PASSWORD = "has a name or password before its address"
NAME_OR_PASSWORD = f"The link {HAS_NAME_OR_PASSWORD}; leave it out."


class LinkError(ValueError):
    """The text is not a link that may be stored or opened; the message says why."""


class Link:
    """Something the opener may open: a ``WebLink``, or a ``MailLink`` built on the spot."""

    url: str


@dataclass(frozen=True)
class WebLink(Link):
    """A checked ``http``/``https`` link. ``text`` is what the person gave (trimmed, with
    ``https://`` added to a bare domain): what is stored. ``url`` is what a browser gets."""

    text: str
    url: str

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""


def parse_web_link(text: str, *, example: str = JOB_LINK_EXAMPLE) -> WebLink:
    """Check ``text`` as a web link; raise LinkError with a sentence for the person (one
    that is no web address at all gives ``example`` of one)."""
    try:
        return _read_once(text)
    except LinkError as exc:
        if example != JOB_LINK_EXAMPLE and str(exc) == NOT_A_WEB_ADDRESS:
            raise LinkError(not_a_web_address(example)) from None
        raise


# Each link's reading while ``each_link_read_once`` holds: the link, or why it is refused.
_READ: ContextVar[dict[str, WebLink | str] | None] = ContextVar("links_read", default=None)


@contextmanager
def each_link_read_once() -> Iterator[None]:
    """Within it, a text is read as a link once (``_web_link``) and the verdict kept: a
    restore checks each stored link as the JSON import does, then by the Link field's own
    rule, and read every one twice (about 1.3 s at 100,000 applications)."""
    token = _READ.set({})
    try:
        yield
    finally:
        _READ.reset(token)


def _read_once(text: str) -> WebLink:
    kept = _READ.get()
    if kept is None:
        return _web_link(text)
    if text not in kept:
        try:
            kept[text] = _web_link(text)
        except LinkError as exc:
            kept[text] = str(exc)
    found = kept[text]
    if isinstance(found, str):
        raise LinkError(found)
    return found


def normalized(text: str) -> str:
    """``domain.applications.normalize_link``: the link to store, "" for none."""
    if not text.strip():
        return ""
    return parse_web_link(text).text


def link_field(value: str | None, errors: list[FieldError]) -> str:
    """The application form's Link field (``validate_application``'s): one line, within
    ``LINK_LIMIT``, a web address; "" with the refusal added to ``errors``. Its verdict
    rests on the link alone, so a restore judges a stored link by this, not by the whole
    form around it (``records_kept.KEPT_GROUP_CHECKS``: 100,000 links, about 3 s less)."""
    from bounceback_tui.domain.text import clean_text

    try:
        return normalized(clean_text(value, "link", "Link", errors, limit=LINK_LIMIT))
    except ValueError as exc:
        errors.append(FieldError("link", str(exc)))
        return ""


def _web_link(text: str) -> WebLink:
    candidate = (text or "").strip()
    if not candidate:
        raise LinkError(NOT_A_WEB_ADDRESS)
    if len(candidate) > LINK_LIMIT:
        raise LinkError(f"The link is longer than {LINK_LIMIT:,} characters.")
    if "://" not in candidate and _BARE_DOMAIN.match(candidate):
        candidate = "https://" + candidate
    scheme, _, rest = candidate.partition(":")
    scheme = scheme.lower() if rest else ""
    # "javascript:..." names another kind of link; "localhost:8000/x" is a host and a port.
    named = re.fullmatch(r"[a-z][a-z0-9+.-]{0,30}", scheme) and not rest[:1].isdigit()
    if scheme not in WEB_SCHEMES and named:
        raise LinkError(f"Only web links (http or https) are kept and opened, not {scheme}: links.")
    if scheme not in WEB_SCHEMES or not candidate[len(scheme) :].startswith("://"):
        raise LinkError(NOT_A_WEB_ADDRESS)
    # A printable link has no control, format, private or unassigned character, and no
    # space but " ": str.isprintable refuses the rest (tests/test_printable_fast_path.py).
    printable = candidate.isprintable()
    if " " in candidate if printable else any(ch.isspace() for ch in candidate):
        raise LinkError("The link cannot contain spaces.")
    invisible = ("Cc", "Cf", "Cs", "Co", "Cn")
    if not printable and any(unicodedata.category(ch) in invisible for ch in candidate):
        raise LinkError("The link contains invisible or control characters; type it again.")
    try:
        parts = urlsplit(candidate)
        port = parts.port
        host = parts.hostname
    except ValueError:
        raise LinkError(NOT_A_WEB_ADDRESS) from None
    if not host:
        raise LinkError(NOT_A_WEB_ADDRESS)
    if "@" in parts.netloc:
        raise LinkError(NAME_OR_PASSWORD)
    host = _normal_host(host)
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    url = urlunsplit(
        (
            parts.scheme.lower(),
            netloc,
            quote(parts.path, safe=_SAFE_PATH),
            quote(parts.query, safe=_SAFE_QUERY),
            quote(parts.fragment, safe=_SAFE_QUERY),
        )
    )
    return WebLink(text=candidate, url=url)


def _normal_host(host: str) -> str:
    """The host in lower case, an international name in its ASCII (IDNA) form."""
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    try:
        ascii_host = host.encode("idna").decode("ascii").lower()
    except (UnicodeError, ValueError):
        raise LinkError(NOT_A_WEB_ADDRESS) from None
    labels = ascii_host.rstrip(".").split(".")
    if not all(_LABEL.match(label) for label in labels):
        raise LinkError(NOT_A_WEB_ADDRESS)
    return ascii_host


@dataclass(frozen=True)
class MailLink(Link):
    """A ``mailto:`` link, built on the spot from a checked address and a draft; never
    stored. Its ``url`` holds only ASCII: every other character is percent-encoded as
    UTF-8, line breaks as ``%0D%0A`` (RFC 6068)."""

    address: str
    url: str

    @property
    def message(self) -> tuple[str, str]:
        """The subject and the message the link carries, as written (its line breaks as
        ``\n``): what a person copies into a mail program where none can take the link."""
        fields: dict[str, str] = {}
        for part in urlsplit(self.url).query.split("&"):
            key, _, value = part.partition("=")
            fields.setdefault(unquote(key).lower(), unquote(value))
        body = fields.get("body", "").replace("\r\n", "\n")
        return fields.get("subject", ""), body


# What may stay as it is in a mailto address (RFC 6068 "addr-spec" less what needs
# escaping); anything else, non-ASCII included, is percent-encoded.
_SAFE_ADDRESS = "@!$'*+-._~"


def mail_link(address: str, subject: str, body: str) -> MailLink:
    """A mail link to ``address`` (already checked as an email) with a subject and body.

    Raises LinkError for an address a mail link cannot hold."""
    cleaned = address.strip()
    if (
        not cleaned
        or cleaned.count("@") != 1
        or any(
            ch.isspace() or ch in '?&#,;<>"' or unicodedata.category(ch)[0] == "C" for ch in cleaned
        )
    ):
        raise LinkError("A mail link needs one email address, like sam@example.com.")

    def encode(text: str) -> str:
        lines = text.replace("\r\n", "\n").replace("\r", "\n")
        return quote(lines.replace("\n", "\r\n"), safe="")

    url = (
        f"mailto:{quote(cleaned, safe=_SAFE_ADDRESS)}?subject={encode(subject)}&body={encode(body)}"
    )
    return MailLink(address=cleaned, url=url)


def is_web_link(text: str) -> bool:
    try:
        parse_web_link(text)
    except LinkError:
        return False
    return True
