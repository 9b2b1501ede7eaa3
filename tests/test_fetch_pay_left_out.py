"""Pay that cannot be real is left out of a fetched posting, and said to be.

A JSON-LD baseSalary of minValue -5 and maxValue 1e308 printed "Pay
100,000,000,000,000,001,097,906,…" (300 digits and more), and `--add` dropped it without a
word (an attacker's walk). Negative, endless and amounts above domain/salary.pay_limit
(the application form's own limit: 1e9 in dollars) are left out now. Served over a
loopback server."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator

import pytest

from bounceback_tui.cli import main
from bounceback_tui.importers.posting import Posting, parse_amount, parse_salary_text
from bounceback_tui.paths import DataPaths
from tests.importers_fixtures import PostingServer, Route, json_ld_page, serve_postings


def _page(low: object, high: object) -> bytes:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Analyst",
        "hiringOrganization": {"@type": "Organization", "name": "Acme"},
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": "USD",
            "value": {
                "@type": "QuantitativeValue",
                "minValue": low,
                "maxValue": high,
                "unitText": "YEAR",
            },
        },
    }
    script = json.dumps(posting).replace("1e+308", "1e308")
    return json_ld_page(script)


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


@pytest.mark.parametrize(
    ("low", "high"),
    [(-5, 1e308), (50000, 1e308), (-5, 60000), (50000, 2_000_000_000), ("-40000", "60000")],
    ids=["both", "endless top", "negative bottom", "past the limit", "negative text"],
)
def test_the_card_says_the_pay_was_left_out(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str], low: object, high: object
) -> None:
    posting_server.routes["/job"] = Route(_page(low, high))
    assert main(["fetch-posting", posting_server.url("/job")]) == 0
    out = capsys.readouterr().out
    assert out == (
        "Analyst\nAcme\n\n"
        f"Link      {posting_server.url('/job')}\n"
        "The posting's pay was left out: the amount it gave was below zero or far beyond any "
        "real salary, most likely a slip in the posting.\n"
    )


def test_add_says_so_and_stores_no_pay(
    posting_server: PostingServer, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page(-5, 1e308))
    assert main(["fetch-posting", posting_server.url("/job"), "--add"]) == 0
    said = capsys.readouterr()
    assert said.err == (
        "Saved Acme: Analyst as a Saved application. "
        "The posting's pay was left out: the amount it gave was below zero or far beyond any "
        "real salary, most likely a slip in the posting.\n"
    )
    conn = sqlite3.connect(opened_paths.database)
    try:
        stored = conn.execute(
            "SELECT salary_min, salary_max, salary_currency FROM application WHERE id = ?",
            (int(said.out),),
        ).fetchone()
    finally:
        conn.close()
    assert stored == (None, None, "")


def test_real_pay_is_kept_and_nothing_is_said(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page(50000, 1_000_000_000))
    assert main(["fetch-posting", posting_server.url("/job")]) == 0
    out = capsys.readouterr().out
    assert "Pay       50,000–1,000,000,000 USD a year\n" in out
    assert "left out" not in out


def test_the_parser_marks_what_cannot_be_pay() -> None:
    assert parse_amount(0) is None  # "not said", as sites write it
    assert parse_amount("85k") == 85000
    wrong = Posting(salary_min=parse_amount(-5), salary_max=parse_amount(float("inf")))
    finished = wrong.finished()
    assert (finished.salary_min, finished.salary_max, finished.pay_left_out) == (None, None, True)
    low, high, _, _ = parse_salary_text("$40,000 - $9,000,000,000 a year")
    text = Posting(salary_min=low, salary_max=high, salary_currency="USD").finished()
    assert (text.salary_min, text.salary_max, text.salary_currency) == (None, None, None)
    assert text.pay_left_out
