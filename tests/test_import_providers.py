"""Recognising Greenhouse, Lever and Ashby links, and where their APIs live."""

from __future__ import annotations

import pytest

from bounceback_tui.importers.providers import (
    BoardRef,
    PostingRef,
    api_root,
    board_from_url,
    parse_board_spec,
    recognise,
)

LEVER_ID = "5f1c2e3a-8b7d-4c6e-9a0b-1c2d3e4f5a6b"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://boards.greenhouse.io/northwind", BoardRef("greenhouse", "northwind")),
        ("https://job-boards.greenhouse.io/northwind/", BoardRef("greenhouse", "northwind")),
        (
            "https://job-boards.greenhouse.io/northwind/jobs/4012345?gh_src=abc",
            PostingRef(BoardRef("greenhouse", "northwind"), "4012345"),
        ),
        (
            "https://boards.greenhouse.io/embed/job_app?for=northwind&token=4012345",
            PostingRef(BoardRef("greenhouse", "northwind"), "4012345"),
        ),
        (
            "https://boards.greenhouse.io/embed/job_board?for=northwind",
            BoardRef("greenhouse", "northwind"),
        ),
        ("https://jobs.lever.co/bluebird", BoardRef("lever", "bluebird")),
        (
            f"https://jobs.lever.co/bluebird/{LEVER_ID}/apply",
            PostingRef(BoardRef("lever", "bluebird"), LEVER_ID),
        ),
        ("http://jobs.ashbyhq.com/fernweh", BoardRef("ashby", "fernweh")),
        (
            f"https://jobs.ashbyhq.com/fernweh/{LEVER_ID.upper()}/application",
            PostingRef(BoardRef("ashby", "fernweh"), LEVER_ID),
        ),
        ("https://jobs.lever.co/", None),
        ("https://boards.greenhouse.io/embed/job_app?for=&token=1", None),
        ("https://example.com/jobs/1", None),
        ("https://greenhouse.io.evil.example/northwind", None),
        ("ftp://jobs.lever.co/bluebird", None),
        ("not a link", None),
    ],
)
def test_recognise(url: str, expected: object) -> None:
    assert recognise(url) == expected


def test_board_from_url_gives_the_board_behind_a_posting() -> None:
    assert board_from_url(f"https://jobs.lever.co/bluebird/{LEVER_ID}") == BoardRef(
        "lever", "bluebird"
    )
    assert board_from_url("https://jobs.ashbyhq.com/fernweh") == BoardRef("ashby", "fernweh")
    assert board_from_url("https://acme.example/careers/42") is None
    assert board_from_url("") is None
    assert board_from_url(None) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("lever:bluebird", BoardRef("lever", "bluebird")),
        ("Greenhouse: northwind", BoardRef("greenhouse", "northwind")),
        ("ashby/fernweh", BoardRef("ashby", "fernweh")),
        ("jobs.lever.co/bluebird", BoardRef("lever", "bluebird")),
        ("https://job-boards.greenhouse.io/northwind/jobs/1", BoardRef("greenhouse", "northwind")),
        ("workday:acme", None),
        ("lever:bad token!", None),
        ("", None),
    ],
)
def test_parse_board_spec(text: str, expected: object) -> None:
    assert parse_board_spec(text) == expected


def test_api_roots_default_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("BOUNCEBACK_GREENHOUSE_API", "BOUNCEBACK_LEVER_API", "BOUNCEBACK_ASHBY_API"):
        monkeypatch.delenv(name, raising=False)
    assert api_root("greenhouse") == "https://boards-api.greenhouse.io"
    assert api_root("lever") == "https://api.lever.co"
    assert api_root("ashby") == "https://api.ashbyhq.com"
    monkeypatch.setenv("BOUNCEBACK_LEVER_API", "http://mirror.local/lever/")
    assert api_root("lever") == "http://mirror.local/lever"


def test_board_ref_forms() -> None:
    ref = BoardRef("greenhouse", "northwind")
    assert ref.spec == "greenhouse:northwind"
    assert ref.public_url == "https://job-boards.greenhouse.io/northwind"
