"""Ashby's public Posting API (``api.ashbyhq.com``).

- a board: ``GET {root}/posting-api/job-board/{board}?includeCompensation=true``
  answers ``{"apiVersion": "1", "jobs": [...]}``; there is no call for one job,
  so a posting link reads its board and picks the job by id.

A job has ``id``, ``title``, ``location`` and ``secondaryLocations``,
``isRemote``, ``workplaceType`` (``Remote``, ``Hybrid``, ``OnSite``),
``employmentType`` (``FullTime``, ``PartTime``, ``Intern``, ``Contract``,
``Temporary``), ``publishedAt``, ``isListed``, ``jobUrl``, ``descriptionHtml`` /
``descriptionPlain`` and ``compensation.summaryComponents`` (``compensationType``,
``interval`` such as ``1 YEAR``, ``currencyCode``, ``minValue``, ``maxValue``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.html_text import html_to_text
from bounceback_tui.importers.http import SafeClient
from bounceback_tui.importers.posting import (
    Posting,
    clean_block,
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

WHAT = "Ashby"
_WORK_MODES = {"remote": "remote", "hybrid": "hybrid", "onsite": "onsite"}


async def _jobs(client: SafeClient, board: BoardRef) -> list[dict[str, Any]]:
    data = await client.get_json(
        f"{api_root('ashby')}/posting-api/job-board/{quote(board.token, safe='')}"
        "?includeCompensation=true",
        what=WHAT,
        not_found=f"Ashby has no job board called “{board.token}” (HTTP 404); "
        "check the board's link.",
    )
    if not isinstance(data, dict) or not isinstance(data.get("jobs"), list):
        raise FetchError("Ashby sent an answer in an unexpected shape, so nothing was read.")
    return [job for job in data["jobs"] if isinstance(job, dict)]


async def fetch_board(client: SafeClient, board: BoardRef) -> list[Posting]:
    company = prettify_token(board.token)
    listed = [job for job in await _jobs(client, board) if job.get("isListed", True) is not False]
    return each_posting(listed, lambda job: posting_from_ashby(job, company))


async def fetch_posting(client: SafeClient, ref: PostingRef) -> Posting:
    for job in await _jobs(client, ref.board):
        job_id = str(job.get("id") or "").lower()
        job_url = str(job.get("jobUrl") or "").lower()
        if job_id == ref.job_id or job_url.rstrip("/").endswith(ref.job_id):
            return posting_from_ashby(job, prettify_token(ref.board.token))
    raise FetchError(
        f"That posting is no longer on the “{ref.board.token}” Ashby board; "
        "it may have been filled or taken down."
    )


def posting_from_ashby(job: dict[str, Any], company: str | None) -> Posting:
    places = [clean_line(job.get("location"))]
    for extra in job.get("secondaryLocations") or []:
        if isinstance(extra, dict):
            places.append(clean_line(extra.get("location")))
    seen: list[str] = []
    for place in places:
        if place and place not in seen:
            seen.append(place)
    low, high, currency, period = _pay(job.get("compensation"))
    work_mode = _WORK_MODES.get(str(job.get("workplaceType") or "").lower())
    remote = job.get("isRemote") if isinstance(job.get("isRemote"), bool) else None
    if html_description := job.get("descriptionHtml"):
        description = html_to_text(html_description) if isinstance(html_description, str) else None
    else:
        plain = job.get("descriptionPlain")
        description = clean_block(plain) if isinstance(plain, str) else None
    return Posting(
        title=clean_line(job.get("title")),
        company=company,
        location="; ".join(seen) or None,
        remote=True if work_mode == "remote" else remote,
        url=job.get("jobUrl") if isinstance(job.get("jobUrl"), str) else None,
        salary_min=low,
        salary_max=high,
        salary_currency=currency,
        salary_period=period,
        employment_type=parse_employment_type(job.get("employmentType")),
        date_posted=parse_day(job.get("publishedAt")),
        description=description,
        work_mode=work_mode,
    ).finished()


def _pay(compensation: Any) -> tuple[float | None, float | None, str | None, str | None]:
    if not isinstance(compensation, dict):
        return None, None, None, None
    for part in compensation.get("summaryComponents") or []:
        if isinstance(part, dict) and str(part.get("compensationType", "")).lower() == "salary":
            return (
                parse_amount(part.get("minValue")),
                parse_amount(part.get("maxValue")),
                parse_currency(part.get("currencyCode")),
                parse_period(part.get("interval")),
            )
    return None, None, None, None
