"""Files and sites made to break the import, fetch, calendar and restore (an attacker's walk,
nineteenth round). Each was a crash, a raw escape sequence on the terminal, a write the
person was told would not happen, or a sentence about the wrong file."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.calendar_memory import SETTING_KEY
from bounceback_tui.errors import NewerStoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.restore import restore_backup
from bounceback_tui.transfer.files import TransferError, private_output
from bounceback_tui.transfer.json_export import export_json
from bounceback_tui.transfer.json_import import load_json_export
from tests.importers_fixtures import JSON, PostingServer, Route, serve_postings
from tests.test_import_fetch import failure
from tests.transfer_fixtures import fill_every_table

ESCAPES = "\x1b]0;TITLE\x07\x1b[2J\x1b]52;c;aGk=\x07"


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def exported(paths: DataPaths, tmp_path: Path) -> dict:
    target = tmp_path / "export.json"
    with private_output(target, make_parents=True) as out:
        export_json(paths.database, out)
    return json.loads(target.read_text(encoding="utf-8"))


def written(tmp_path: Path, document: object, name: str = "edited.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def cli(paths: DataPaths, *argv: str) -> int:
    return main(["--data-dir", str(paths.data_dir), *argv])


# --- fetching -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "location",
    [
        "mailto:a@b.c",
        "javascript:alert(1)",
        "http://127.0.0.1:99999/",
        "http://xn--/",
        # httpx refuses these as it reads the answer: "the connection broke off ... try
        # again", though no retry helps (the third stranger).
        "http://[::1/",
        "http://a.com:8 0/",
    ],
)
def test_a_redirect_to_an_address_that_cannot_be_read_is_one_sentence(
    posting_server: PostingServer, location: str
) -> None:
    # Each was a crash (exit 70): httpx reads the Location as it answers, the port past
    # 65535 failed the connect, and "xn--" is no IDNA label.
    posting_server.routes["/odd"] = Route(b"", status=302, headers={"Location": location})
    message = failure(posting_server.url("/odd"))
    assert message.startswith("The link redirected to an address that")
    assert message.endswith(("cannot be read.", "so it was not followed."))


def test_a_redirect_to_another_kind_of_address_reads_right(posting_server: PostingServer) -> None:
    posting_server.routes["/odd"] = Route(b"", status=302, headers={"Location": "ftp://x/y"})
    # "redirected to a ftp: address" (the third stranger).
    assert failure(posting_server.url("/odd")) == (
        "The link redirected to an address that is not a web page (ftp:), so it was not followed."
    )


def test_a_board_job_in_an_odd_shape_is_left_out_not_the_whole_board(
    posting_server: PostingServer, data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    jobs = [
        {"title": "Data Engineer", "absolute_url": "https://jobs.example/1"},
        # A number for the pay's blurb failed the whole board ("an unexpected shape").
        {
            "title": "Platform Engineer",
            "absolute_url": "https://jobs.example/2",
            "pay_input_ranges": [{"min_cents": 100, "max_cents": 200, "blurb": 5}],
        },
        {"title": "Bad link", "absolute_url": "javascript:alert(1)"},
        {"title": None, "absolute_url": "https://jobs.example/4"},
        # Pay past what a float holds, and an entry that is no job at all (the third stranger).
        {
            "title": "Huge pay",
            "absolute_url": "https://jobs.example/5",
            "pay_input_ranges": [{"min_cents": 10**350}],
        },
        7,
    ]
    posting_server.routes["/greenhouse/v1/boards/acme/jobs"] = Route(
        json.dumps({"jobs": jobs}).encode(), JSON
    )
    assert cli(data_paths, "boards", "follow", "greenhouse:acme", "--company", "Acme") == 0
    capsys.readouterr()
    assert cli(data_paths, "boards", "refresh") == 0
    out = capsys.readouterr().out
    # Five left out: counted, and said (it said "1 new." of four openings).
    assert "Acme (greenhouse:acme): 1 new, 5 left out" in out


# --- the JSON import ----------------------------------------------------------------------


def test_the_files_exported_at_never_reaches_the_terminal(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = exported(filled, tmp_path)
    document["exported_at"] = ESCAPES
    source = written(tmp_path, document)
    assert load_json_export(source).exported_at == ""  # not a time: not kept
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert out.startswith("edited.json: ")


def test_a_key_said_twice_is_refused(filled: DataPaths, tmp_path: Path) -> None:
    text = json.dumps(exported(filled, tmp_path))
    # A second "setting" table replaced the first without a word.
    twice = text.replace('"tables": {', '"tables": {"setting": [], ', 1)
    source = tmp_path / "twice.json"
    source.write_text(twice, encoding="utf-8")
    with pytest.raises(TransferError, match="the key 'setting' appears twice"):
        load_json_export(source)


def test_a_read_only_store_is_refused_before_the_csv_imports_backup(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "a.csv"
    source.write_text("Company,Position,Stage\nFoo,Bar,Applied\n", encoding="utf-8")
    filled.database.chmod(0o400)
    try:
        assert cli(filled, "import", str(source), "--yes") == 1
        assert "is read-only" in capsys.readouterr().err
        # The refusal came after a before-import backup was written into its folder.
        assert not filled.backups.exists() or not any(filled.backups.iterdir())
        assert cli(filled, "import", str(source), "--dry-run") == 0
        assert "is read-only: a real run would write nothing" in capsys.readouterr().out
    finally:
        filled.database.chmod(0o600)


def test_a_json_dry_run_on_a_read_only_store_promises_no_replace(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = written(tmp_path, exported(filled, tmp_path))
    filled.database.chmod(0o400)
    try:
        assert cli(filled, "import", str(source), "--dry-run", "--replace") == 0
        out = capsys.readouterr().out
        assert "is read-only: a real run would write nothing" in out
        assert "A real run would back up the store" not in out
    finally:
        filled.database.chmod(0o600)


# --- the calendar and restore ---------------------------------------------------------------


def test_a_remembered_event_is_taken_back_without_escapes_or_a_line_of_its_own(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    from tests.conftest import FIXED_TODAY

    day = FIXED_TODAY.isoformat()
    memory = {
        "deadbeef-0000-4000-8000-000000000001": [f"Gone {ESCAPES}", day, day, 3, "abcd"],
        "bad uid\r\nATTENDEE:mailto:x@y": ["s", day, day, 3, "abcd"],
    }
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)", (SETTING_KEY, json.dumps(memory))
        )
    target = tmp_path / "c.ics"
    assert cli(opened_paths, "calendar", "-o", str(target)) == 0
    text = target.read_text(encoding="utf-8")
    assert "\x1b" not in text and "\x07" not in text
    assert "SUMMARY:Gone" in text  # taken back, its escapes gone
    assert "ATTENDEE" not in text


def test_remembered_events_that_no_calendar_could_hold_are_forgotten() -> None:
    """A hand-made setting: a sequence past 32 bits, a day at the edge of time and a timed
    start with an all-day end crashed the export or wrote an invalid event (the third
    stranger); each is left out, and a number is never written past 2**31 - 1."""
    from bounceback_tui.domain.calendar_memory import MAX_SEQUENCE, read_memory, sequence_for

    found = read_memory(
        {
            "big": ["s", "2026-12-09", "2026-12-10", 2**31, "d"],
            "far": ["s", "9999-12-31T23:59:59-12:00", "9999-12-31T23:59:59-12:00", 0, "d"],
            "early": ["s", "0001-01-01T00:00:00+14:00", "0001-01-01T01:00:00+14:00", 0, "d"],
            "mixed": ["s", "2026-12-08T10:00:00+00:00", "2026-12-07", 0, "d"],
            "kept": ["s", "2026-12-08", "2026-12-09", 3, "d"],
        }
    )
    assert list(found) == ["kept"]
    assert sequence_for(found["kept"], "other", 2**40) == MAX_SEQUENCE


def test_a_newer_backup_is_named_as_the_backup(filled: DataPaths) -> None:
    saved = back_up_store(filled)
    with sqlite3.connect(saved) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(NewerStoreError) as caught:
        restore_backup(filled, saved)
    # It said "This store was written by a newer bounceback-tui", as if the person's were.
    assert str(caught.value).startswith(f"The backup {saved.name} was made by a newer")
    assert "nothing was changed" in str(caught.value)
