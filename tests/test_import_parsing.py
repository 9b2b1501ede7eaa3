"""Reading postings without the network: JSON-LD shapes, OpenGraph, HTML to text, normalising."""

from __future__ import annotations

import math
from dataclasses import fields
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.html_text import html_to_text
from bounceback_tui.importers.page import posting_from_html, posting_from_json_document
from bounceback_tui.importers.posting import (
    JSON_KEYS,
    Posting,
    parse_amount,
    parse_currency,
    parse_day,
    parse_employment_type,
    parse_period,
)

DATA = Path(__file__).parent / "data" / "postings"
PAGE = "https://jobs.example/posting/1"


def page(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_posting_fields_start_with_the_json_keys() -> None:
    assert JSON_KEYS == (
        "title",
        "company",
        "location",
        "remote",
        "url",
        "salary_min",
        "salary_max",
        "salary_currency",
        "salary_period",
        "employment_type",
        "date_posted",
        "valid_through",
        "description",
    )
    assert tuple(f.name for f in fields(Posting))[: len(JSON_KEYS)] == JSON_KEYS
    assert list(Posting().to_json()) == list(JSON_KEYS)
    assert set(Posting().to_json().values()) == {None}


def test_single_object_with_organization_postal_address_and_range() -> None:
    posting = posting_from_html(page("jsonld-single.html"), PAGE)
    assert posting.to_json() == {
        "title": "Senior Backend Engineer",
        "company": "Northwind Analytics",
        "location": "Lisbon, Lisboa, PT",
        "remote": False,
        "url": PAGE,
        "salary_min": 60000,
        "salary_max": 80000,
        "salary_currency": "EUR",
        "salary_period": "year",
        "employment_type": "Full-time",
        "date_posted": "2026-03-02",
        "valid_through": "2026-04-30",
        "description": (
            "About the role\n\n"
            "You will build the data pipelines behind our forecasting product & keep them "
            "fast. Café on site.\n\n"
            "• Python & PostgreSQL\n"
            "• Three or more years running services in production\n\n"
            "We reply to every applicant."
        ),
    }


def test_list_block_with_string_organization_places_list_and_telecommute() -> None:
    posting = posting_from_html(page("jsonld-list.html"), PAGE)
    assert posting.title == "Care Coordinator"
    assert posting.company == "Bluebird Health"
    assert posting.location == "Portland, OR, US; Remote within the United States"
    assert posting.remote is True
    assert posting.url == "https://jobs.example/careers/care-coordinator"  # relative, resolved
    assert (posting.salary_min, posting.salary_max) == (42.5, 42.5)
    assert (posting.salary_currency, posting.salary_period) == ("USD", "hour")
    assert posting.employment_type == "Part-time, Contract"
    assert posting.date_posted == date(2026, 3, 10)
    # The description was HTML escaped once more: still no tags or entities.
    assert posting.description == (
        "Help patients find the right care.\n\n• Warm phone manner\n• Spanish is a plus"
    )


def test_graph_with_referenced_organization_and_single_value_salary() -> None:
    posting = posting_from_html(page("jsonld-graph.html"), PAGE)
    assert posting.title == "Werkstudent:in Data (m/w/d)"
    assert posting.company == "Kranich Mobility GmbH"  # resolved through its @id
    assert posting.location == "München, DE"
    assert (posting.salary_min, posting.salary_max) == (1800, 1800)  # "1.800" is German
    assert (posting.salary_currency, posting.salary_period) == ("EUR", "month")
    assert posting.employment_type == "Part-time"
    assert posting.date_posted == date(2026, 2, 20)
    assert posting.valid_through == date(2026, 5, 31)
    assert posting.description == (
        "Du analysierst Fahrdaten – mit SQL & Python.\n\n20 Stunden pro Woche."
    )


def test_nested_posting_with_sloppy_json_and_full_type_iri() -> None:
    posting = posting_from_html(page("jsonld-nested.html"), PAGE)
    assert posting.title == "Staff Nurse, Night Shift"  # from "name"
    assert posting.company == "St. Aldhelm's Hospital"  # from a list of organizations
    assert posting.location == "Bath, United Kingdom"
    assert (posting.salary_min, posting.salary_max) == (31000, 38500)
    assert (posting.salary_currency, posting.salary_period) == ("GBP", "year")
    assert posting.employment_type == "Full-time"
    assert posting.description == "Nights, four a week.\nSupportive team."


def test_salary_currency_on_the_posting_and_unavailable_address_parts() -> None:
    posting = posting_from_html(page("jsonld-salary-currency-on-posting.html"), PAGE)
    assert (posting.salary_min, posting.salary_max) == (34000, 39000)
    assert (posting.salary_currency, posting.salary_period) == ("GBP", "year")
    assert posting.location == "Plymouth, GB"
    assert posting.remote is False


def test_salary_as_a_bare_number_and_placeholder_region_and_country() -> None:
    posting = posting_from_html(page("jsonld-salary-number.html"), PAGE)
    assert (posting.salary_min, posting.salary_max) == (68500, 68500)
    assert posting.salary_currency == "USD"
    assert posting.salary_period is None  # a bare number does not say per what
    assert posting.location == "Denver"
    assert posting.date_posted == date(2026, 2, 27)


def test_salary_as_text_and_an_address_of_placeholders_only() -> None:
    posting = posting_from_html(page("jsonld-salary-text.html"), PAGE)
    assert (posting.salary_min, posting.salary_max) == (48000, 56000)
    assert (posting.salary_currency, posting.salary_period) == ("USD", "year")
    assert posting.location == "Remote (USA)"
    assert posting.remote is True


@pytest.mark.parametrize(
    ("salary", "currency", "expected"),
    [
        ('"£32k–£36k a year"', None, (32000, 36000, "GBP", "year")),
        ('"45000"', '"EUR"', (45000, 45000, "EUR", None)),
        ('"from 60,000 EUR"', None, (60000, None, "EUR", None)),
        ('"up to 25 an hour"', '"CAD"', (None, 25, "CAD", "hour")),
        ('"Competitive"', '"USD"', (None, None, None, None)),
        (
            '{"@type": "MonetaryAmount", "value": "40,000-50,000", "unitText": "YEAR"}',
            '"AUD"',
            (40000, 50000, "AUD", "year"),
        ),
        (
            '{"@type": "MonetaryAmount", "currency": "NZD", "value": 70000}',
            '"AUD"',
            (70000, 70000, "NZD", None),
        ),
    ],
)
def test_every_form_of_base_salary(
    salary: str, currency: str | None, expected: tuple[object, ...]
) -> None:
    extra = f', "salaryCurrency": {currency}' if currency else ""
    markup = (
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Baker", '
        f'"baseSalary": {salary}{extra}}}</script>'
    )
    posting = posting_from_html(markup, PAGE)
    assert (
        posting.salary_min,
        posting.salary_max,
        posting.salary_currency,
        posting.salary_period,
    ) == expected


@pytest.mark.parametrize("placeholder", ["UNAVAILABLE", "N/A", "TBD", "-", "Not available"])
def test_placeholder_address_parts_are_dropped(placeholder: str) -> None:
    markup = (
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Baker", '
        '"jobLocation": {"@type": "Place", "address": {"addressLocality": "Gent", '
        f'"addressRegion": "{placeholder}", "addressCountry": "{placeholder}"}}}}}}</script>'
    )
    assert posting_from_html(markup, PAGE).location == "Gent"


def test_a_country_code_that_looks_like_a_placeholder_is_kept() -> None:
    markup = (
        '<script type="application/ld+json">{"@type": "JobPosting", "title": "Guide", '
        '"jobLocation": {"address": {"addressLocality": "Windhoek", "addressCountry": "NA"}}}'
        "</script>"
    )
    assert posting_from_html(markup, PAGE).location == "Windhoek, NA"  # Namibia


def test_malformed_json_ld_is_one_clear_sentence() -> None:
    with pytest.raises(FetchError) as caught:
        posting_from_html(page("jsonld-malformed.html"), PAGE)
    message = str(caught.value)
    assert "malformed" in message
    assert message.count(".") == 1 and message.endswith(".")


def test_opengraph_only_page() -> None:
    posting = posting_from_html(page("opengraph.html"), PAGE)
    assert posting.to_json() == {
        "title": "Product Designer",
        "company": "Fernweh Travel",
        "location": None,
        "remote": None,
        "url": "https://fernweh.example/careers/product-designer",
        "salary_min": None,
        "salary_max": None,
        "salary_currency": None,
        "salary_period": None,
        "employment_type": None,
        "date_posted": None,
        "valid_through": None,
        "description": "Shape how 2 million travellers plan their trips & find quiet places.",
    }


def test_page_title_as_last_resort() -> None:
    posting = posting_from_html(page("title-only.html"), PAGE)
    assert (posting.title, posting.company, posting.url) == (
        "Data Analyst",
        "Harbor Logistics",
        PAGE,
    )


def test_malformed_json_ld_falls_back_to_opengraph_when_there_is_some() -> None:
    markup = (
        '<head><meta property="og:title" content="Chef de partie">'
        '<meta property="og:site_name" content="Salt &amp; Pine">'
        '<script type="application/ld+json">{"@type": "JobPosting", </script></head>'
    )
    posting = posting_from_html(markup, PAGE)
    assert (posting.title, posting.company) == ("Chef de partie", "Salt & Pine")


def test_page_without_posting_or_title() -> None:
    with pytest.raises(FetchError, match=r"^No job posting was found at jobs\.example"):
        posting_from_html(page("no-posting.html"), PAGE)


def test_json_document_served_on_its_own() -> None:
    text = '{"@context": "https://schema.org", "@type": "JobPosting", "title": "Baker", '
    text += '"hiringOrganization": "Crumb", "employmentType": "TEMPORARY"}'
    posting = posting_from_json_document(text, PAGE)
    assert (posting.title, posting.company, posting.employment_type) == (
        "Baker",
        "Crumb",
        "Temporary",
    )
    with pytest.raises(FetchError, match="No job posting was found"):
        posting_from_json_document('{"@type": "Organization", "name": "Crumb"}', PAGE)


def test_several_postings_prefer_the_one_about_this_page() -> None:
    markup = """<script type="application/ld+json">[
      {"@type": "JobPosting", "title": "Other", "url": "https://jobs.example/posting/2"},
      {"@type": "JobPosting", "title": "This one", "url": "https://jobs.example/posting/1/"}
    ]</script>"""
    assert posting_from_html(markup, PAGE).title == "This one"


def test_salary_as_minvalue_on_the_monetary_amount_and_swapped_range() -> None:
    markup = """<script type="application/ld+json">{"@type": "JobPosting", "title": "Welder",
      "baseSalary": {"@type": "MonetaryAmount", "currency": "$", "minValue": 30, "maxValue": 24,
      "unitText": "HOUR"}}</script>"""
    posting = posting_from_html(markup, PAGE)
    assert (posting.salary_min, posting.salary_max, posting.salary_currency) == (24, 30, "USD")
    assert posting.salary_period == "hour"


def test_titles_lose_control_characters_and_entities() -> None:
    markup = """<script type="application/ld+json">{"@type": "JobPosting",
      "title": "  R&amp;D\\u0007 Lead\\u200b  ", "hiringOrganization": {"name": "A\\u0000cme"}}
      </script>"""
    posting = posting_from_html(markup, PAGE)
    assert posting.title == "R&D Lead"
    assert posting.company == "A cme"


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo"),
        ("<ul><li>A</li><li><p>B</p></li></ul>", "• A\n• B"),
        ("Line<br>break<br/>again", "Line\nbreak\nagain"),
        ("<b>Bold</b>&nbsp;&amp;&#39;s&#x2014;x", "Bold &'s—x"),
        ("<style>p{color:red}</style><script>x()</script><!-- note --><p>Only</p>", "Only"),
        ("&lt;p&gt;Escaped&lt;/p&gt;", "Escaped"),
        ("Plain\ntext &amp; lines", "Plain\ntext & lines"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
        ("<div><div></div></div>", None),
        ("", None),
    ],
)
def test_html_to_text(markup: str, expected: str | None) -> None:
    text = html_to_text(markup)
    assert text == expected
    if text:
        assert "<" not in text.replace("<3", "") and "&amp;" not in text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-02", date(2026, 3, 2)),
        ("2026-03-02T23:59:59-08:00", date(2026, 3, 2)),
        (1773072000000, date(2026, 3, 9)),
        ("2026-02-30", None),
        ("March 2", None),
        (None, None),
        (True, None),
    ],
)
def test_parse_day(value: object, expected: date | None) -> None:
    assert parse_day(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("YEAR", "year"),
        ("per-year-salary", "year"),
        ("1 YEAR", "year"),
        ("per-hour-wage", "hour"),
        ("HOUR", "hour"),
        ("per annum", "year"),
        ("Monthly", "month"),
        ("WEEK", "week"),
        ("DAY", "day"),
        ("NONE", None),
        (12, None),
    ],
)
def test_parse_period(value: object, expected: str | None) -> None:
    assert parse_period(value) == expected


def test_other_normalisers() -> None:
    assert parse_amount("120,000.00") == 120000
    assert parse_amount("85k") == 85000
    assert parse_amount("lots") is None and parse_amount(0) is None
    # Negative pay is marked as wrong, for Posting.finished to leave out and say so
    # (tests/test_fetch_pay_left_out.py).
    assert math.isnan(parse_amount(-3) or 0.0)
    assert parse_currency("usd") == "USD" and parse_currency("€") == "EUR"
    assert parse_currency("dollars") is None
    assert parse_employment_type(["FULL_TIME", "FULL_TIME", "INTERN"]) == "Full-time, Internship"
    assert parse_employment_type("FullTime") == "Full-time"
    assert parse_employment_type("Seasonal") == "Seasonal"
