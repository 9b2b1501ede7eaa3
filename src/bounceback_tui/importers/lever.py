"""Lever's public Postings API (``api.lever.co``).

- a board: ``GET {root}/v0/postings/{site}?mode=json`` answers a JSON list;
- one posting: ``GET {root}/v0/postings/{site}/{id}?mode=json`` answers an object.

A posting has ``text`` (the title), ``hostedUrl``, ``categories`` (``location``,
``allLocations``, ``commitment``, ``team``), ``workplaceType`` (``remote``,
``hybrid``, ``onsite``/``on-site``, ``unspecified``), ``createdAt`` (epoch
milliseconds), ``description`` + ``lists`` + ``additional`` (HTML, with
``...Plain`` twins) and ``salaryRange`` (``min``, ``max``, ``currency``,
``interval`` such as ``per-year-salary``). Lever does not give the company's name.
"""

from __future__ import annotations

import html
from typing import Any
from urllib.parse import quote

from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.html_text import html_to_text
from bounceback_tui.importers.http import SafeClient
from bounceback_tui.importers.posting import (
    Posting,
    clean_line,
    each_posting,
    parse_amount,
    parse_currency,
    parse_day,
    parse_employment_type,
    parse_period,
    prettify_token,
)
from bounceback_tui.importers.providers import BoardRef, PostingRef, api_root

WHAT = "Lever"
_WORK_MODES = {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite", "on-site": "onsite"}


def _base(token: str) -> str:
    return f"{api_root('lever')}/v0/postings/{quote(token, safe='')}"


async def fetch_board(client: SafeClient, board: BoardRef) -> list[Posting]:
    data = await client.get_json(
        f"{_base(board.token)}?mode=json",
        what=WHAT,
        not_found=f"Lever has no job board called “{board.token}” (HTTP 404); "
        "check the board's link.",
    )
    if not isinstance(data, list):
        raise unexpected()
    company = prettify_token(board.token)
    return each_posting(data, lambda item: posting_from_lever(item, company))


async def fetch_posting(client: SafeClient, ref: PostingRef) -> Posting:
    data = await client.get_json(
        f"{_base(ref.board.token)}/{quote(ref.job_id, safe='')}?mode=json",
        what=WHAT,
        not_found="Lever says this posting was not found (HTTP 404); it may have been taken down.",
    )
    if not isinstance(data, dict) or "text" not in data:
        raise unexpected()
    return posting_from_lever(data, prettify_token(ref.board.token))


def posting_from_lever(item: dict[str, Any], company: str | None) -> Posting:
    raw_categories = item.get("categories")
    categories: dict[str, Any] = raw_categories if isinstance(raw_categories, dict) else {}
    locations = categories.get("allLocations")
    if isinstance(locations, list) and locations:
        location = "; ".join(filter(None, (clean_line(x) for x in locations))) or None
    else:
        location = clean_line(categories.get("location"))
    raw_salary = item.get("salaryRange")
    salary: dict[str, Any] = raw_salary if isinstance(raw_salary, dict) else {}
    work_mode = _WORK_MODES.get(str(item.get("workplaceType") or "").lower())
    return Posting(
        title=clean_line(item.get("text")),
        company=company,
        location=location,
        url=item.get("hostedUrl") if isinstance(item.get("hostedUrl"), str) else None,
        salary_min=parse_amount(salary.get("min")),
        salary_max=parse_amount(salary.get("max")),
        salary_currency=parse_currency(salary.get("currency")),
        salary_period=parse_period(salary.get("interval")),
        employment_type=parse_employment_type(categories.get("commitment")),
        date_posted=parse_day(item.get("createdAt")),
        description=_description(item),
        work_mode=work_mode,
    ).finished()


def _description(item: dict[str, Any]) -> str | None:
    parts: list[str] = []
    if isinstance(item.get("description"), str):
        parts.append(item["description"])
    elif isinstance(item.get("descriptionPlain"), str):
        parts.append(f"<p>{html.escape(item['descriptionPlain'])}</p>")
    for block in item.get("lists") or []:
        if isinstance(block, dict):
            heading = html.escape(str(block.get("text") or ""))
            parts.append(f"<h3>{heading}</h3><ul>{block.get('content') or ''}</ul>")
    if isinstance(item.get("additional"), str):
        parts.append(item["additional"])
    return html_to_text("".join(parts)) if parts else None


def unexpected() -> FetchError:
    return FetchError("Lever sent an answer in an unexpected shape, so nothing was read.")
