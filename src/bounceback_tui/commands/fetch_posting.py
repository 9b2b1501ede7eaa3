"""`bounceback-tui fetch-posting URL`: read a job posting (or a whole job board) from its link."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from bounceback_tui.commands import terminal_json, terminal_text
from bounceback_tui.domain.dates import posting_days_left_out
from bounceback_tui.domain.salary import PAY_LEFT_OUT
from bounceback_tui.domain.wording import plural
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from datetime import date

    from bounceback_tui.importers.fetch import FetchResult
    from bounceback_tui.importers.posting import Posting

HELP = "read a job posting (or a company's Greenhouse, Lever or Ashby board) from its link"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("url", metavar="URL", help="the posting's link, or a job board's link")
    output = parser.add_mutually_exclusive_group()
    output.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object (a JSON array of them for a job board)",
    )
    output.add_argument(
        "--add",
        action="store_true",
        help="store the posting as a Saved application and print its id",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        metavar="SECONDS",
        help="how long to wait for the site (default 10)",
    )


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    import asyncio

    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.posting_fetch import fetch_link

    if not 0.5 <= args.timeout <= 120:
        raise BouncebackError("--timeout must be between 0.5 and 120 seconds.")
    result = asyncio.run(fetch_link(args.url, timeout=args.timeout))
    if args.json:
        if result.is_board:
            encoded = json.dumps(
                [p.to_json() for p in result.postings], indent=2, ensure_ascii=False
            )
        else:
            encoded = json.dumps(result.posting.to_json(), indent=2, ensure_ascii=False)
        print(terminal_json(encoded))
        return 0
    if args.add:
        return _add(result, paths)
    print(terminal_text(describe_result(result)))
    return 0


def _add(result: FetchResult, paths: DataPaths) -> int:
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.posting_import import add_posting, application_input, cut_to_fit
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.sqlite_file import open_store

    if result.is_board:
        assert result.board is not None
        raise BouncebackError(
            "That link is a whole job board; add one posting's link, or follow the board with "
            f"`bounceback-tui boards follow {result.board.spec}` to add its openings."
        )
    # The posting is checked first, and the store opened only once there is something to
    # write: a refused posting made an empty store in a new --data-dir.
    application_input(result.posting)
    from bounceback_tui.store.replaced_file import refuse_beside_a_removed_log

    refuse_beside_a_removed_log(paths.database)
    opened = open_store(paths, rules=upgrade_rules)
    db = Database(opened.path)
    try:
        app = add_posting(db, result.posting)
    finally:
        db.dispose()
    print(app.id)
    said = [PAY_LEFT_OUT] if result.posting.pay_left_out else []
    said += filter(None, [posting_days_left_out(result.posting.days_left_out)])
    said += filter(None, [cut_to_fit(result.posting)])
    left_out = "".join(f" {sentence}" for sentence in said)
    print(
        terminal_text(f"Saved {app.company}: {app.role} as a Saved application.{left_out}"),
        file=sys.stderr,
    )
    return 0


def describe_result(result: FetchResult) -> str:
    if not result.is_board:
        return describe_posting(result.posting)
    from bounceback_tui.importers.providers import PROVIDER_LABELS

    assert result.board is not None
    count = len(result.postings)
    company = next((p.company for p in result.postings if p.company), result.board.token)
    lines = [f"{company} on {PROVIDER_LABELS[result.board.provider]}: {plural(count, 'open role')}"]
    for posting in result.postings:
        details = " · ".join(filter(None, [posting.location, _day(posting.date_posted)]))
        lines.append(f"  {posting.title or '(untitled)'}" + (f" · {details}" if details else ""))
        if posting.url:
            lines.append(f"    {posting.url}")
    return "\n".join(lines)


def describe_posting(posting: Posting) -> str:
    """The posting as a short card followed by its description."""
    heading = posting.title or "(no title)"
    where = " · ".join(filter(None, [posting.company, posting.location]))
    rows = [
        ("Pay", describe_pay(posting)),
        ("Remote", {True: "yes", False: "no", None: ""}[posting.remote]),
        ("Type", posting.employment_type or ""),
        ("Posted", _day(posting.date_posted)),
        ("Apply by", _day(posting.valid_through)),
        ("Link", posting.url or ""),
    ]
    lines = [heading]
    if where:
        lines.append(where)
    lines.append("")
    lines += [f"{label:<9} {value}" for label, value in rows if value]
    if posting.pay_left_out:
        lines.append(PAY_LEFT_OUT)
    if posting.days_left_out:
        lines.append(posting_days_left_out(posting.days_left_out))
    if posting.link_replaced:
        from bounceback_tui.services.posting_import import LINK_REPLACED

        lines.append(LINK_REPLACED)
    if posting.description:
        lines += ["", posting.description]
    return "\n".join(lines)


def describe_pay(posting: Posting) -> str:
    low, high = posting.salary_min, posting.salary_max
    if low is None and high is None:
        return ""
    amounts = [_money(v) for v in (low, high) if v is not None]
    text = amounts[0] if len(set(amounts)) == 1 else "–".join(amounts)
    if posting.salary_currency:
        text += f" {posting.salary_currency}"
    if posting.salary_period:
        text += f" a{'n' if posting.salary_period == 'hour' else ''} {posting.salary_period}"
    return text


def _money(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}"


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""
