"""A fetched page's encoding is found as a browser finds it (importers/charset.py).

A Latin-1 page served as `text/html` with no charset, titled "Ingénieur Zürich", read as
"Ing\ufffdnieur Z\ufffdrich", and `--add` stored that; a UTF-16 page with a byte order mark
gave "No job posting was found" (an attacker's walk). Served over a loopback server."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from bounceback_tui.cli import main
from bounceback_tui.importers.charset import decode_body
from bounceback_tui.paths import DataPaths
from tests.importers_fixtures import PostingServer, Route, serve_postings

PAGE = "<html><head><title>Ingénieur Zürich at Bergbahn AG</title></head><body>Hallo</body></html>"


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (PAGE.encode("latin-1"), "text/html"),
        (PAGE.encode("cp1252"), "text/html; charset=iso-8859-1"),
        (("\ufeff" + PAGE).encode("utf-16-le"), "text/html"),
        (("\ufeff" + PAGE).encode("utf-16-be"), "text/html; charset=iso-8859-1"),
        (("\ufeff" + PAGE).encode("utf-8"), "text/html"),
        (PAGE.encode("utf-8"), "text/html"),
        (PAGE.replace("<head>", '<head><meta charset="latin1">').encode("latin-1"), "text/html"),
    ],
    ids=[
        "latin-1 unlabelled",
        "labelled latin-1",
        "utf-16le bom",
        "bom over header",
        "utf-8 bom",
        "utf-8",
        "meta charset",
    ],
)
def test_the_title_reads_as_written(
    posting_server: PostingServer,
    capsys: pytest.CaptureFixture[str],
    body: bytes,
    content_type: str,
) -> None:
    posting_server.routes["/page"] = Route(body, content_type)
    assert main(["fetch-posting", posting_server.url("/page"), "--json"]) == 0
    posting = json.loads(capsys.readouterr().out)
    assert posting["title"] == "Ingénieur Zürich"
    assert posting["company"] == "Bergbahn AG"


def test_add_stores_the_title_as_written(
    posting_server: PostingServer, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/page"] = Route(PAGE.encode("latin-1"), "text/html")
    assert main(["fetch-posting", posting_server.url("/page"), "--add"]) == 0
    assert capsys.readouterr().err == (
        "Saved Bergbahn AG: Ingénieur Zürich as a Saved application.\n"
    )


def test_windows_1252_quotes_and_euro_sign() -> None:
    # Bytes 0x93, 0x94 and 0x80 are curly quotes and the euro sign in windows-1252.
    assert decode_body(b"\x93Pay\x94: 50 \x80", None) == "\u201cPay\u201d: 50 \u20ac"
    assert decode_body(b"\x93Pay\x94", "ascii") == "\u201cPay\u201d"
