"""Greenhouse's public Job Board API (``boards-api.greenhouse.io``).

- a board: ``GET {root}/v1/boards/{token}/jobs?content=true&pay_transparency=true``
  answers ``{"jobs": [...], "meta": {"total": n}}``; without ``content`` (the
  fallback when a big board is over the size limit) descriptions are left out;
- one job: ``GET {root}/v1/boards/{token}/jobs/{id}?pay_transparency=true``;
- the board's name: ``GET {root}/v1/boards/{token}`` answers ``{"name": ...}``.

A job has ``title``, ``absolute_url``, ``location.name``, ``company_name``,
``first_published`` / ``updated_at``, ``content`` (HTML, escaped once more),
``metadata`` (custom fields, sometimes the employment type) and
``pay_input_ranges`` (``min_cents``, ``max_cents``, ``currency_type``, ``title``).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.html_text import html_to_text
from bounceback_tui.importers.http import ResponseTooLarge, SafeClient
from bounceback_tui.importers.posting import (
    Posting,
    clean_line,
    each_posting,
    parse_currency,
    parse_day,
    parse_employment_type,
    parse_period,
    prettify_token,
)
from bounceback_tui.importers.providers import BoardRef, PostingRef, api_root

WHAT = "Greenhouse"


def _base(token: str) -> str:
    return f"{api_root('greenhouse')}/v1/boards/{quote(token, safe='')}"


def _no_board(token: str) -> str:
    return f"Greenhouse has no job board called “{token}” (HTTP 404); check the board's link."


async def fetch_board(client: SafeClient, board: BoardRef) -> list[Posting]:
    try:
        data = await client.get_json(
            f"{_base(board.token)}/jobs?content=true&pay_transparency=true",
            what=WHAT,
            not_found=_no_board(board.token),
        )
    except ResponseTooLarge:
        # A very big board: the list without descriptions is a fraction of the size.
        data = await client.get_json(
            f"{_base(board.token)}/jobs", what=WHAT, not_found=_no_board(board.token)
        )
    jobs = _field(data, "jobs", list)
    company = None
    if any(isinstance(j, dict) and not j.get("company_name") for j in jobs):
        company = await board_name(client, board)
    return each_posting(jobs, lambda job: posting_from_job(job, company))


async def fetch_posting(client: SafeClient, ref: PostingRef) -> Posting:
    job = await client.get_json(
        f"{_base(ref.board.token)}/jobs/{quote(ref.job_id, safe='')}?pay_transparency=true",
        what=WHAT,
        not_found="Greenhouse says this posting was not found (HTTP 404); it may have been "
        "taken down.",
    )
    if not isinstance(job, dict):
        raise unexpected()
    company = None if job.get("company_name") else await board_name(client, ref.board)
    return posting_from_job(job, company)


async def board_name(client: SafeClient, board: BoardRef) -> str:
    """The company's name as its board gives it; the token, tidied, if that fails."""
    try:
        data = await client.get_json(_base(board.token), what=WHAT)
    except FetchError:
        return prettify_token(board.token)
    name = clean_line(data.get("name")) if isinstance(data, dict) else None
    return name or prettify_token(board.token)


def posting_from_job(job: dict[str, Any], company: str | None) -> Posting:
    location = job.get("location")
    low, high, currency, period = _pay(job.get("pay_input_ranges"))
    return Posting(
        title=clean_line(job.get("title")),
        company=clean_line(job.get("company_name")) or company,
        location=clean_line(location.get("name")) if isinstance(location, dict) else None,
        url=job.get("absolute_url") if isinstance(job.get("absolute_url"), str) else None,
        salary_min=low,
        salary_max=high,
        salary_currency=currency,
        salary_period=period,
        employment_type=_employment_type(job.get("metadata")),
        date_posted=parse_day(job.get("first_published")) or parse_day(job.get("updated_at")),
        description=html_to_text(job["content"]) if isinstance(job.get("content"), str) else None,
    ).finished()


def _pay(ranges: Any) -> tuple[float | None, float | None, str | None, str | None]:
    if not isinstance(ranges, list) or not ranges or not isinstance(ranges[0], dict):
        return None, None, None, None
    first = ranges[0]
    low = _cents(first.get("min_cents"))
    high = _cents(first.get("max_cents"))
    words = f"{first.get('title') or ''} {html_to_text(first.get('blurb') or '') or ''}"
    period = parse_period(words)
    if period is None and (high or low):
        # Greenhouse does not say the period; an amount this small is an hourly rate.
        period = "hour" if (high or low or 0) < 1000 else "year"
    return low, high, parse_currency(first.get("currency_type")), period


def _cents(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return round(value / 100, 2)
    return None


def _employment_type(metadata: Any) -> str | None:
    if not isinstance(metadata, list):
        return None
    for item in metadata:
        if isinstance(item, dict) and re.search(
            r"employment|job type|contract type", str(item.get("name", "")), re.IGNORECASE
        ):
            return parse_employment_type(item.get("value"))
    return None


def _field(data: Any, key: str, kind: type) -> Any:
    if not isinstance(data, dict) or not isinstance(data.get(key), kind):
        raise unexpected()
    return data[key]


def unexpected() -> FetchError:
    return FetchError("Greenhouse sent an answer in an unexpected shape, so nothing was read.")
