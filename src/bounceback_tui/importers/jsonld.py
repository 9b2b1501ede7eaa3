"""schema.org ``JobPosting`` in JSON-LD, in the shapes real pages use.

A page may carry its posting as one object, in a list of objects, inside an
``@graph`` (often with the company given once and referenced by ``@id``), or
nested under another node (``mainEntity``). Within a posting:

- ``hiringOrganization``: an Organization object, a reference, or a plain string;
- ``jobLocation``: one Place or a list, each with a PostalAddress or plain text;
  ``jobLocationType: TELECOMMUTE`` means remote;
- ``baseSalary``: a MonetaryAmount whose ``value`` is a number, text or a
  QuantitativeValue with ``minValue`` / ``maxValue`` / ``value`` and ``unitText``; or a
  bare number or text ("$48,000 - $56,000 per year"); ``salaryCurrency`` may sit on the
  posting itself;
- address parts filled with placeholders ("UNAVAILABLE", "N/A", "TBD", "-") are dropped;
- ``employmentType``: a string or a list; ``datePosted`` and ``validThrough``:
  dates or timestamps; ``description``: HTML (sometimes escaped once more).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

from bounceback_tui.domain.links import LinkError, parse_web_link
from bounceback_tui.importers.html_text import html_to_text
from bounceback_tui.importers.posting import (
    Posting,
    clean_line,
    is_remote_text,
    parse_amount,
    parse_currency,
    parse_day,
    parse_employment_type,
    parse_period,
    parse_salary_text,
    without_placeholder,
)

_MAX_DEPTH = 24


def load_blocks(blocks: list[str]) -> tuple[list[Any], int]:
    """Decode each ``<script type="application/ld+json">`` text; also count the broken ones.

    Lenient where pages commonly slip (raw newlines in strings, an HTML comment or
    CDATA wrapper, a trailing comma), strict otherwise.
    """
    documents: list[Any] = []
    malformed = 0
    for block in blocks:
        text = block.strip()
        if not text:
            continue
        try:
            documents.append(_loads(text))
        except ValueError:
            malformed += 1
    return documents, malformed


def _loads(text: str) -> Any:
    try:
        return json.loads(text, strict=False)
    except ValueError:
        pass
    repaired = re.sub(r"^\s*(<!--|<!\[CDATA\[|//\s*<!\[CDATA\[)", "", text)
    repaired = re.sub(r"(-->|\]\]>|//\s*\]\]>)\s*$", "", repaired)
    repaired = re.sub(r",(\s*[}\]])", r"\1", repaired)
    return json.loads(repaired, strict=False)


def _nodes(value: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every object in a JSON-LD document, outermost first."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, dict):
        yield value
        for child in value.values():
            if isinstance(child, dict | list):
                yield from _nodes(child, depth + 1)
    elif isinstance(value, list):
        for item in value:
            yield from _nodes(item, depth + 1)


def _types(node: dict[str, Any]) -> set[str]:
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    # "JobPosting", "schema:JobPosting", "http://schema.org/JobPosting" are one type.
    return {re.split(r"[/:#]", v)[-1] for v in values if isinstance(v, str)}


def find_job_postings(documents: list[Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The JobPosting objects in the documents, and every ``@id`` for resolving references."""
    postings: list[dict[str, Any]] = []
    index: dict[str, Any] = {}
    for document in documents:
        for node in _nodes(document):
            node_id = node.get("@id")
            if isinstance(node_id, str) and len(node) > 1:
                index.setdefault(node_id, node)
            if "JobPosting" in _types(node):
                postings.append(node)
    return postings, index


def pick_posting(postings: list[dict[str, Any]], page_url: str) -> dict[str, Any]:
    """The posting about this page when a page holds several, else the first."""
    wanted = _comparable(page_url)
    for node in postings:
        if isinstance(node.get("url"), str) and _comparable(node["url"]) == wanted:
            return node
    return postings[0]


def _comparable(url: str) -> str:
    parts = urlsplit(url)
    return f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"


def posting_from_jsonld(node: dict[str, Any], index: dict[str, Any], page_url: str) -> Posting:
    """Read one JobPosting object (already found) into a Posting."""

    def resolve(value: Any) -> Any:
        if isinstance(value, dict) and set(value) == {"@id"}:
            return index.get(value["@id"], value)
        return value

    def first(value: Any) -> Any:
        value = resolve(value)
        if isinstance(value, list):
            return resolve(value[0]) if value else None
        return value

    title = clean_line(node.get("title")) or clean_line(node.get("name"))
    company = _organization_name(first(node.get("hiringOrganization")))
    places = node.get("jobLocation")
    places = [resolve(p) for p in (places if isinstance(places, list) else [places]) if p]
    location = _join_unique(_place_text(p, resolve) for p in places)
    remote = _is_telecommute(node.get("jobLocationType"))
    if not remote and is_remote_text(location):
        remote = True
    if remote and not location:
        location = _remote_area(node.get("applicantLocationRequirements"), resolve)
    salary = _salary(first(node.get("baseSalary")), resolve)
    if salary[2] is None:
        salary = (*salary[:2], parse_currency(node.get("salaryCurrency")), salary[3])
    url, link_replaced = own_link(node.get("url"), page_url)
    description = node.get("description")
    return Posting(
        title=title,
        company=company,
        location=location,
        remote=True if remote else (False if location else None),
        url=url or page_url,
        salary_min=salary[0],
        salary_max=salary[1],
        salary_currency=salary[2],
        salary_period=salary[3],
        employment_type=parse_employment_type(node.get("employmentType")),
        date_posted=parse_day(node.get("datePosted")),
        valid_through=parse_day(node.get("validThrough")),
        description=html_to_text(description) if isinstance(description, str) else None,
        link_replaced=link_replaced,
    ).finished()


def own_link(value: Any, page_url: str) -> tuple[str | None, bool]:
    """The posting's own link, and whether a link it named was replaced by the page's.

    One rule for every link the store would refuse (``domain/links.parse_web_link``): a
    ``javascript:`` link was dropped unsaid, while one with a name or password, a space or a
    line break stopped ``--add`` with "remove them", which no one can do to a fetched page.
    A link too long to keep gives way too: one was kept unchecked, so ``javascript:``
    followed by 2,000 characters beat the page's link, and the form then left it out.
    """
    if not isinstance(value, str) or not value.strip():
        return None, False
    url = urljoin(page_url, value.strip())
    try:
        parse_web_link(url)
    except LinkError:
        return None, True
    return url, False


def _place_line(value: Any) -> str | None:
    return without_placeholder(clean_line(value))


def _organization_name(value: Any) -> str | None:
    if isinstance(value, str):
        return clean_line(value)
    if isinstance(value, dict):
        return clean_line(value.get("name")) or clean_line(value.get("legalName"))
    return None


def _place_text(place: Any, resolve: Any) -> str | None:
    if isinstance(place, str):
        return _place_line(place)
    if not isinstance(place, dict):
        return None
    address = resolve(place.get("address"))
    if isinstance(address, list):
        address = resolve(address[0]) if address else None
    if isinstance(address, str):
        return _place_line(address)
    if isinstance(address, dict):
        parts = [
            _named(address.get("addressLocality")),
            _named(address.get("addressRegion")),
            _named(resolve(address.get("addressCountry"))),
        ]
        text = _join_unique(parts, ", ")
        if text:
            return text
        if address.get("name"):
            return _place_line(address.get("name"))
    return _place_line(place.get("name"))


def _named(value: Any) -> str | None:
    if isinstance(value, dict):
        return _place_line(value.get("name")) or _place_line(value.get("identifier"))
    return _place_line(value)


def _join_unique(parts: Any, separator: str = "; ") -> str | None:
    seen: list[str] = []
    for part in parts:
        if part and part.casefold() not in (s.casefold() for s in seen):
            seen.append(part)
    return separator.join(seen) or None


def _is_telecommute(value: Any) -> bool:
    values = value if isinstance(value, list) else [value]
    return any(isinstance(v, str) and v.strip().upper() == "TELECOMMUTE" for v in values)


def _remote_area(value: Any, resolve: Any) -> str:
    values = value if isinstance(value, list) else [value]
    areas = _join_unique((_named(resolve(v)) for v in values if v), ", ")
    return f"Remote ({areas})" if areas else "Remote"


def _salary(amount: Any, resolve: Any) -> tuple[float | None, float | None, str | None, str | None]:
    if isinstance(amount, str):
        return parse_salary_text(amount)
    if not isinstance(amount, dict):
        number = parse_amount(amount)
        return number, number, None, None
    currency = parse_currency(amount.get("currency"))
    unit = amount.get("unitText")
    value = resolve(amount.get("value"))
    if isinstance(value, list):
        value = resolve(value[0]) if value else None
    low = high = None
    if isinstance(value, dict):
        low = parse_amount(value.get("minValue"))
        high = parse_amount(value.get("maxValue"))
        single = parse_amount(value.get("value"))
        if low is None and high is None and single is not None:
            low = high = single
        unit = value.get("unitText") or unit
        currency = currency or parse_currency(value.get("currency"))
    elif isinstance(value, str):
        low, high, said_currency, said_period = parse_salary_text(value)
        currency = currency or said_currency
        unit = unit or said_period
    else:
        low = high = parse_amount(value)
    if low is None and high is None:
        # Some sites put the range on the MonetaryAmount itself.
        low = parse_amount(amount.get("minValue"))
        high = parse_amount(amount.get("maxValue"))
    return low, high, currency, parse_period(unit)
