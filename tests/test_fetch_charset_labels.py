"""A page's, an answer's or a file's named encoding never crashes the reading
(domain/encodings.py, importers/charset.py, transfer/csv_rows.py).

`Content-Type: text/html; charset=hex` (rot13, base64, zlib: LookupError; idna, undefined:
UnicodeError), in the header or a `<meta charset>`, made `fetch-posting` exit 70 with a crash
log, and a Greenhouse answer naming it did the same; `utf-7` was decoded, which browsers
refuse; a `utf-32` label on a UTF-8 page gave "No job posting was found";
`import FILE.csv --encoding punycode` exited 70 (an attacker's walk). Over a loopback server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.importers.charset import decode_body
from tests.importers_fixtures import JSON, PostingServer, Route, serve_postings

PAGE = (
    "<html><head>{meta}<title>Ingénieur Zürich at Bergbahn AG</title></head><body>Hi</body></html>"
)
LABELS = ["hex", "rot13", "base64", "zlib", "idna", "undefined", "punycode", "utf-32", "utf-7"]


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def _title(capsys: pytest.CaptureFixture[str], argv: list[str]) -> str:
    assert main(argv) == 0, capsys.readouterr().err
    return str(json.loads(capsys.readouterr().out)["title"])


@pytest.mark.parametrize("label", LABELS)
def test_a_header_label_that_is_no_page_encoding_reads_the_page_as_utf8(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str], label: str
) -> None:
    body = PAGE.format(meta="").encode("utf-8")
    posting_server.routes["/page"] = Route(body, f"text/html; charset={label}")
    assert _title(capsys, ["fetch-posting", posting_server.url("/page"), "--json"]) == (
        "Ingénieur Zürich"
    )


@pytest.mark.parametrize("label", LABELS)
def test_a_meta_label_that_is_no_page_encoding_reads_the_page_as_utf8(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str], label: str
) -> None:
    body = PAGE.format(meta=f'<meta charset="{label}">').encode("utf-8")
    posting_server.routes["/page"] = Route(body, "text/html")
    assert _title(capsys, ["fetch-posting", posting_server.url("/page"), "--json"]) == (
        "Ingénieur Zürich"
    )


def test_a_bad_header_label_gives_way_to_the_meta(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    body = PAGE.format(meta='<meta charset="windows-1252">').encode("cp1252")
    posting_server.routes["/page"] = Route(body, "text/html; charset=hex")
    assert _title(capsys, ["fetch-posting", posting_server.url("/page"), "--json"]) == (
        "Ingénieur Zürich"
    )


def test_utf7_is_not_decoded() -> None:
    # In UTF-7 "+ADw-script+AD4-" is "<script>"; a browser shows the characters as sent.
    assert decode_body(b"+ADw-script+AD4-", "utf-7") == "+ADw-script+AD4-"


def test_a_greenhouse_answer_naming_hex_is_read(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    path = "/greenhouse/v1/boards/northwind/jobs/4012345"
    posting_server.routes[path] = Route(posting_server.routes[path].body, f"{JSON}; charset=hex")
    url = "https://job-boards.greenhouse.io/northwind/jobs/4012345"
    assert main(["fetch-posting", url, "--json"]) == 0, capsys.readouterr().err
    assert json.loads(capsys.readouterr().out)["company"]


@pytest.mark.parametrize("label", ["punycode", "undefined", "hex", "idna", "utf-7"])
def test_import_refuses_an_encoding_that_is_no_text_encoding_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], label: str
) -> None:
    path = tmp_path / "one.csv"
    path.write_text("Company,Role\nAcme,Engineer\n", encoding="utf-8")
    assert main(["import", str(path), "--encoding", label, "--yes"]) == 1
    assert capsys.readouterr().err == (
        f"bounceback-tui: --encoding {label} is not a text encoding I know, so nothing was "
        "read; name one such as utf-8 or cp1252.\n"
    )


def test_import_still_takes_a_real_encoding(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "one.csv"
    path.write_bytes("Company,Role\nZürich AG,Engineer\n".encode("cp1252"))
    assert main(["import", str(path), "--encoding", "cp1252", "--dry-run"]) == 0
    assert "1 new application to add" in capsys.readouterr().out
