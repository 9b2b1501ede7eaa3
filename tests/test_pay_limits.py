"""The most pay the app takes depends on the currency (domain/salary.pay_limit).

Pay above 1,000,000,000 was refused in every currency, by the form, the CLI and the
importers alike: a yearly 1,500,000,000 rupiah (a real senior salary) could not be saved,
and a posting giving it had its pay left out. A currency whose unit is worth much less than
a dollar now takes a power of ten more per digit (docs/data-model.md, "Pay limits"); one
not in the table, or none, keeps a billion; figures past the limit are still refused. The
fetches are served over a loopback server."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.errors import ValidationError
from bounceback_tui.importers.ashby import posting_from_ashby
from bounceback_tui.importers.greenhouse import posting_from_job
from bounceback_tui.importers.lever import posting_from_lever
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.importers_fixtures import PostingServer, Route, serve_postings
from tests.ui_harness import app_on, fill, settle, settle_workers

TODAY = date(2026, 3, 16)
TOO_LARGE = "That salary is larger than any real one; check the digits."


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def test_the_limit_by_currency() -> None:
    from bounceback_tui.domain.salary import pay_limit

    assert pay_limit("USD") == 1_000_000_000
    assert pay_limit("eur") == 1_000_000_000
    assert pay_limit("JPY") == 100_000_000_000
    assert pay_limit("¥") == 100_000_000_000
    assert pay_limit("KRW") == 1_000_000_000_000
    assert pay_limit("IDR") == 10_000_000_000_000
    assert pay_limit("XYZ") == 1_000_000_000  # a code the table does not know
    assert pay_limit("") == pay_limit(None) == 1_000_000_000


def _form(low: str, high: str, currency: str) -> tuple[float | None, float | None]:
    values = {"company": "Acme", "role": "Analyst", "stage": "saved"}
    values |= {"salary_min": low, "salary_max": high, "salary_currency": currency}
    data = validate_application(values, TODAY)
    return data.salary_min, data.salary_max


@pytest.mark.parametrize(
    ("low", "high", "currency", "kept"),
    [
        ("1.200.000.000", "1,500,000,000", "IDR", (1_200_000_000, 1_500_000_000)),
        ("120000000", "150000000", "KRW", (120_000_000, 150_000_000)),
        ("9000000", "12000000", "jpy", (9_000_000, 12_000_000)),
        ("", "2000000000", "¥", (None, 2_000_000_000)),
        ("60000", "1000000000", "USD", (60_000, 1_000_000_000)),
    ],
    ids=["rupiah", "won", "yen", "yen by its sign", "a dollar billion"],
)
def test_the_form_takes_real_pay_in_small_units(
    low: str, high: str, currency: str, kept: tuple[float | None, float | None]
) -> None:
    assert _form(low, high, currency) == kept


@pytest.mark.parametrize(
    ("high", "currency"),
    [
        ("1500000000", "USD"),
        ("1500000000", "EUR"),
        ("1500000000", ""),
        ("1500000000", "XYZ"),
        ("20000000000000", "IDR"),
        ("2000000000000", "KRW"),
    ],
    ids=["dollars", "euros", "no currency", "unknown code", "rupiah", "won"],
)
def test_the_form_still_refuses_what_cannot_be_pay(high: str, currency: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _form("", high, currency)
    assert [(e.field, e.message) for e in caught.value.errors] == [("salary_max", TOO_LARGE)]


async def test_the_add_form_saves_a_rupiah_salary(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle_workers(pilot)
        await fill(
            pilot,
            company="Nusantara",
            role="Senior Engineer",
            salary_min="1.200.000.000",
            salary_max="1500000000",
            salary_currency="IDR",
        )
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _stored(opened_paths) == [(1_200_000_000, 1_500_000_000, "IDR")]


def _stored(paths: DataPaths) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(paths.database)
    try:
        query = "SELECT salary_min, salary_max, salary_currency FROM application"
        return conn.execute(query).fetchall()
    finally:
        conn.close()


def _page(low: object, high: object, currency: str) -> bytes:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Senior Engineer",
        "hiringOrganization": {"@type": "Organization", "name": "Nusantara"},
        "baseSalary": {
            "@type": "MonetaryAmount",
            "currency": currency,
            "value": {"minValue": low, "maxValue": high, "unitText": "YEAR"},
        },
    }
    script = json.dumps(posting)
    return f'<script type="application/ld+json">{script}</script>'.encode()


def test_fetch_posting_shows_and_adds_a_rupiah_salary(
    posting_server: PostingServer, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page(1_200_000_000, 1_500_000_000, "IDR"))
    assert main(["fetch-posting", posting_server.url("/job")]) == 0
    out = capsys.readouterr().out
    assert "Pay       1,200,000,000–1,500,000,000 IDR a year\n" in out
    assert "left out" not in out
    assert main(["fetch-posting", posting_server.url("/job"), "--add"]) == 0
    said = capsys.readouterr()
    assert said.err == "Saved Nusantara: Senior Engineer as a Saved application.\n"
    assert _stored(opened_paths) == [(1_200_000_000, 1_500_000_000, "IDR")]


def test_fetch_posting_still_leaves_out_rupiah_past_the_limit(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page(1_200_000_000, 15_000_000_000_000, "IDR"))
    assert main(["fetch-posting", posting_server.url("/job")]) == 0
    out = capsys.readouterr().out
    assert "Pay " not in out
    assert "left out" in out


def _pay(posting: object) -> tuple[object, ...]:
    return tuple(
        getattr(posting, name)
        for name in ("salary_min", "salary_max", "salary_currency", "pay_left_out")
    )


def test_every_job_board_reads_pay_by_its_currency() -> None:
    # Greenhouse gives cents: 150,000,000,000,000 rupiah cents is 1,500,000,000 rupiah.
    rupiah = {"min_cents": 120_000_000_000, "max_cents": 150_000_000_000, "currency_type": "IDR"}
    assert _pay(posting_from_job({"title": "E", "pay_input_ranges": [rupiah]}, "N")) == (
        1_200_000_000,
        1_500_000_000,
        "IDR",
        False,
    )
    # As many dollars was kept in the posting and dropped from the form without a word.
    dollars = {"min_cents": 120_000_000_000, "max_cents": 150_000_000_000, "currency_type": "USD"}
    assert _pay(posting_from_job({"title": "E", "pay_input_ranges": [dollars]}, "N")) == (
        None,
        None,
        None,
        True,
    )
    won = {"min": "120,000,000", "max": "150,000,000", "currency": "KRW", "interval": "per-year"}
    assert _pay(posting_from_lever({"text": "E", "salaryRange": won}, "N")) == (
        120_000_000,
        150_000_000,
        "KRW",
        False,
    )
    dong = {
        "compensationType": "Salary",
        "minValue": 1_000_000_000,
        "maxValue": 1_400_000_000,
        "currencyCode": "VND",
        "interval": "1 YEAR",
    }
    compensation = {"summaryComponents": [dong]}
    assert _pay(posting_from_ashby({"title": "E", "compensation": compensation}, "N")) == (
        1_000_000_000,
        1_400_000_000,
        "VND",
        False,
    )


def test_the_docs_table_is_the_codes_table() -> None:
    from bounceback_tui.domain.salary import _SMALL_UNITS

    docs = (Path(__file__).resolve().parent.parent / "docs" / "data-model.md").read_text()
    section = docs.split("### Pay limits", 1)[1].split("\n## ", 1)[0]
    rows = {
        limit: codes.split()
        for limit, codes in re.findall(r"^\| [^|]+ \| 10\^(\d+) \| ([A-Z ]+) \|$", section, re.M)
    }
    assert rows == {str(9 + power): codes.split() for power, codes in _SMALL_UNITS.items()}
    assert len(rows) == 3
