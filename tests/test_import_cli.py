"""`bounceback-tui fetch-posting`: what it prints, what it stores, how it fails."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.importers_fixtures import PostingServer, serve_postings

KEYS = [
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
]


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def test_prints_what_was_found(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch-posting", posting_server.url("/jobs/single")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Senior Backend Engineer\nNorthwind Analytics · Lisbon, Lisboa, PT\n")
    assert "Pay       60,000–80,000 EUR a year\n" in out
    assert "Apply by  2026-04-30\n" in out
    assert "• Python & PostgreSQL" in out


def test_json_has_exactly_the_keys(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch-posting", "--json", posting_server.url("/jobs/list")]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == KEYS
    assert data["salary_min"] == 42.5 and isinstance(data["salary_min"], float)
    assert data["salary_period"] == "hour"
    assert data["date_posted"] == "2026-03-10"
    assert data["valid_through"] is None
    assert "<" not in data["description"] and "&" not in data["description"]


def test_json_for_a_board_is_an_array(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch-posting", "--json", "https://jobs.lever.co/bluebird"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data, list) and len(data) == 2
    assert all(list(item) == KEYS for item in data)
    assert [item["salary_max"] for item in data] == [46, 100000]
    assert all(item["salary_period"] in ("hour", "day", "week", "month", "year") for item in data)


def test_board_as_text(posting_server: PostingServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch-posting", "https://jobs.ashbyhq.com/fernweh"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Fernweh on Ashby: 2 open roles"
    assert "  Support Specialist (German) · Remote (EU) · 2026-03-13" in out


def test_add_stores_a_saved_application_and_prints_its_id(
    posting_server: PostingServer, data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(data_paths.data_dir), "fetch-posting", "--add"]
    assert main([*argv, posting_server.url("/jobs/graph")]) == 0
    captured = capsys.readouterr()
    assert captured.out == "1\n"
    assert "Kranich Mobility GmbH" in captured.err

    from bounceback_tui.services.applications import list_applications
    from bounceback_tui.store.database import Database

    db = Database(data_paths.database)
    try:
        (app,) = list_applications(db)
        assert (app.company, app.role, app.stage) == (
            "Kranich Mobility GmbH",
            "Werkstudent:in Data (m/w/d)",
            "saved",
        )
        assert (app.salary_min, app.salary_max, app.salary_currency) == (1800, 1800, "EUR")
        assert (app.salary_period, app.employment_type) == ("month", "Part-time")
        assert app.location == "München, DE"
        assert app.date_applied is None
        assert app.notes == "Posted 2026-02-20. Apply by 2026-05-31."
    finally:
        db.dispose()

    # The same posting again is refused, and nothing more is stored.
    assert main([*argv, posting_server.url("/jobs/graph")]) == 1
    assert "already in your Pipeline (application 1)" in capsys.readouterr().err


def test_add_refuses_a_whole_board(
    posting_server: PostingServer, data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(data_paths.data_dir), "fetch-posting", "--add"]
    assert main([*argv, "https://jobs.lever.co/bluebird"]) == 1
    err = capsys.readouterr().err
    assert "boards follow lever:bluebird" in err
    assert not data_paths.database.exists()


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/gone", "HTTP 404"),
        ("/broken", "HTTP 500"),
        ("/files/brochure.pdf", "PDF document"),
        ("/jobs/nothing", "No job posting was found"),
        ("/jobs/malformed", "malformed"),
        ("/loop", "redirected more than 5 times"),
    ],
)
def test_failures_exit_non_zero_with_one_sentence_and_write_nothing(
    posting_server: PostingServer,
    data_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    path: str,
    words: str,
) -> None:
    argv = ["--data-dir", str(data_paths.data_dir), "fetch-posting", "--add"]
    assert main([*argv, posting_server.url(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("bounceback-tui: ") and words in lines[0]
    assert not data_paths.data_dir.exists()  # not even an empty store was created


def test_bad_link_and_refused_connection(capsys: pytest.CaptureFixture[str]) -> None:
    from tests.importers_fixtures import closed_port

    assert main(["fetch-posting", "mailto:jobs@example.com"]) == 1
    assert "not a web address" in capsys.readouterr().err
    assert main(["fetch-posting", f"http://127.0.0.1:{closed_port()}/"]) == 1
    assert "refused the connection" in capsys.readouterr().err


def test_json_and_add_do_not_mix(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["fetch-posting", "--json", "--add", "https://example.invalid"])
    assert caught.value.code == 2
    assert "not allowed with" in capsys.readouterr().err  # refused before any fetch


def _probe(argv: list[str], tmp_path: Path) -> str:
    probe = (
        "import sys\n"
        "from bounceback_tui.cli import main\n"
        "try:\n"
        f"    code = main({argv!r})\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "print('HTTPX=' + str('httpx' in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        env={**os.environ, "BOUNCEBACK_DATA_DIR": str(tmp_path / "probe")},
        timeout=120,
    )
    return result.stdout


@pytest.mark.slow
def test_help_paths_and_demo_do_not_import_httpx(tmp_path: Path) -> None:
    for argv in (["--help"], ["paths"], ["demo", "--scale", "5"], ["boards", "list"]):
        out = _probe(argv, tmp_path)
        assert "HTTPX=False" in out, (argv, out)


@pytest.mark.slow
def test_the_pieces_the_pipeline_imports_do_not_import_httpx() -> None:
    probe = (
        "import sys\n"
        "import bounceback_tui.services.boards, bounceback_tui.services.board_refresh\n"
        "import bounceback_tui.services.posting_import\n"
        "import bounceback_tui.ui.pipeline.import_posting, bounceback_tui.ui.pipeline.boards\n"
        "from bounceback_tui.importers.providers import board_from_url\n"
        "print('HTTPX=' + str('httpx' in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120
    )
    assert "HTTPX=False" in result.stdout, result.stderr
