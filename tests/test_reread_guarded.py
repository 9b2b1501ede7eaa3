"""A pane read again after an action, when the store cannot be read just then, says so in
plain words and keeps what it shows and the focus: never a crash.

Found by a fixer's walk: a Pipeline move refused, then its re-read meeting a store busy past
the wait (or a disk error, a store made read-only) closed the app with a traceback; so did
Reframe's delete and the settings closing over Today. What's working said SQLite's own words
("database is locked"). A pane saying its rows could not be read waited for ctrl+r even when
the person switched away and back.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bounceback_tui.errors import STORE_BUSY, ConflictError, StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.read_failure import read_failure
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.screen_text import flat, screen_text
from tests.transfer_fixtures import fill_every_table
from tests.ui_harness import app_on, keep_toasts, settle_workers

DISK_WORDS = "The disk reported an error while using the store"


def _disk_error(paths: DataPaths) -> StoreError:
    """What a read says when the disk fails under it, as the store's reads say it."""
    return read_failure(
        sqlite3.OperationalError("disk I/O error"), paths.database, "bounceback-tui repair"
    )


def _raising(error: Exception) -> Any:
    def read(*args: object, **kwargs: object) -> object:
        raise error

    return read


async def test_pipeline_move_refused_then_its_reread_fails_is_said(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    async with app_on(opened_paths, "pipeline", notifications=True) as run:
        await settle_workers(run.pilot)
        pane = run.app.current_pane
        before = [(row.id, row.stage) for row in pane.visible_rows]  # type: ignore[attr-defined]
        assert before
        focused = run.app.focused
        assert focused is not None
        said = keep_toasts(run.app)
        monkeypatch.setattr(
            "bounceback_tui.services.pipeline_moves.move_target", _raising(StoreError(STORE_BUSY))
        )
        monkeypatch.setattr(
            "bounceback_tui.ui.pipeline.listing.load_rows", _raising(_disk_error(opened_paths))
        )
        await run.pilot.press("right_square_bracket")  # the next stage: refused, busy
        await settle_workers(run.pilot)
        assert any("The store is busy" in line for line in said), said
        assert any(DISK_WORDS in line and "Check the disk" in line for line in said), said
        assert run.app.focused is focused
        assert run.app.current_pane is pane
        assert [(row.id, row.stage) for row in pane.visible_rows] == before  # type: ignore[attr-defined]


async def test_reframe_delete_changed_elsewhere_then_its_reread_fails_is_said(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.services import reframe as reframe_service

    fill_every_table(opened_paths)
    async with app_on(opened_paths, "reframe", notifications=True) as run:
        await settle_workers(run.pilot)
        pane = run.app.current_pane
        said = keep_toasts(run.app)
        monkeypatch.setattr(
            reframe_service,
            "delete_record",
            _raising(ConflictError("This thought record was changed in another window.")),
        )
        monkeypatch.setattr(reframe_service, "history", _raising(StoreError(STORE_BUSY)))
        focused = run.app.focused
        await run.pilot.press("d")
        await run.pilot.pause()  # the delete waits for the answer (its worker too)
        assert isinstance(run.app.screen, ConfirmScreen)
        await run.pilot.press("y")
        await settle_workers(run.pilot)
        assert any("changed in another window" in line for line in said), said
        assert any("The store is busy" in line for line in said), said
        assert run.app.current_pane is pane
        assert run.app.focused is focused


async def test_settings_closed_over_today_whose_reread_fails_is_said(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    async with app_on(opened_paths, None, notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        pane = run.app.current_pane
        await run.pilot.press("comma")
        await settle_workers(run.pilot)
        monkeypatch.setattr(
            "bounceback_tui.ui.today.pane.load_today_and_people",
            _raising(_disk_error(opened_paths)),
        )
        await run.pilot.press("escape")
        await settle_workers(run.pilot)
        assert any(DISK_WORDS in line for line in said), said
        assert run.app.current_pane is pane
        focused = run.app.focused
        assert focused is not None and (focused is pane or pane in focused.ancestors)


async def test_whats_working_says_a_failed_read_in_plain_words(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    async with app_on(opened_paths, None) as run:
        await settle_workers(run.pilot)
        for where in ("bounceback_tui.ui.insights.screen", "bounceback_tui.services.insights"):
            monkeypatch.setattr(f"{where}.kept_insights", lambda *_: None)  # read, not kept
        monkeypatch.setattr(
            "bounceback_tui.services.insights.load_insights",
            _raising(sqlite3.OperationalError("database is locked")),
        )
        await run.pilot.press("w")
        await settle_workers(run.pilot)
        text = flat(str(run.app.screen.query_one("#insights-summary").render()))
        assert "The applications could not be read" in text
        assert "the store is busy" in text  # after the colon, as every joined message
        assert "database is locked" not in text


async def test_a_pane_whose_read_failed_reads_again_when_shown_again(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.services import people

    fill_every_table(opened_paths)
    real = people.list_contacts
    async with app_on(opened_paths, None) as run:
        await settle_workers(run.pilot)
        monkeypatch.setattr(people, "list_contacts", _raising(StoreError(STORE_BUSY)))
        await run.pilot.press("6")
        await settle_workers(run.pilot)
        assert "Your people could not be read" in flat(screen_text(run.app))
        monkeypatch.setattr(people, "list_contacts", real)  # the lock has passed
        await run.pilot.press("1")
        await settle_workers(run.pilot)
        await run.pilot.press("6")
        await settle_workers(run.pilot)
        assert "could not be read" not in screen_text(run.app)
        check = Database(opened_paths.database)
        try:
            names = [contact.name for contact in real(check)]
        finally:
            check.dispose()
        assert names and names[0] in screen_text(run.app)
        focused = run.app.focused
        pane = run.app.current_pane
        assert focused is not None and (focused is pane or pane in focused.ancestors)


async def test_answer_bank_delete_refused_then_its_reread_fails_is_said(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.services import answers
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.ui.answers.bank import AnswerBankScreen
    from tests.built_stores import store_once

    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, None, notifications=True) as run:
        await settle_workers(run.pilot)
        await run.pilot.press("i")
        await settle_workers(run.pilot)
        bank = run.app.screen
        assert isinstance(bank, AnswerBankScreen) and bank.rows
        said = keep_toasts(run.app)
        monkeypatch.setattr(answers, "delete_question", _raising(StoreError(STORE_BUSY)))
        monkeypatch.setattr(answers, "list_questions", _raising(_disk_error(opened_paths)))
        focused = run.app.focused
        await run.pilot.press("d")
        await run.pilot.pause()
        assert isinstance(run.app.screen, ConfirmScreen)
        await run.pilot.press("y")
        await settle_workers(run.pilot)
        assert any("The store is busy" in line for line in said), said
        assert any(DISK_WORDS in line for line in said), said
        assert run.app.screen is bank and bank.rows
        assert run.app.focused is focused


async def test_job_board_unfollow_refused_then_its_reread_fails_is_said(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.services import boards
    from bounceback_tui.ui.pipeline.boards import BoardsScreen

    db = Database(opened_paths.database)
    try:
        boards.follow_board_spec(db, "lever:acme", "Acme")
    finally:
        db.dispose()
    async with app_on(opened_paths, "pipeline", notifications=True) as run:
        await settle_workers(run.pilot)
        await run.pilot.press("b")
        await settle_workers(run.pilot)
        screen = run.app.screen
        assert isinstance(screen, BoardsScreen)
        assert "Acme" in screen_text(run.app)
        said = keep_toasts(run.app)
        monkeypatch.setattr(boards, "unfollow_board", _raising(StoreError(STORE_BUSY)))
        monkeypatch.setattr(boards, "list_boards", _raising(_disk_error(opened_paths)))
        focused = run.app.focused
        await run.pilot.press("d")
        await run.pilot.pause()
        assert isinstance(run.app.screen, ConfirmScreen)
        await run.pilot.press("y")
        await settle_workers(run.pilot)
        assert any("The store is busy" in line for line in said), said
        assert any(DISK_WORDS in line for line in said), said
        assert run.app.screen is screen and "Acme" in screen_text(run.app)
        assert run.app.focused is focused


async def test_today_reread_meeting_a_disk_error_is_said(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite's own error on Today's re-read (not the store's) closed the app."""
    fill_every_table(opened_paths)
    async with app_on(opened_paths, None, notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        pane = run.app.current_pane
        await run.pilot.press("comma")
        await settle_workers(run.pilot)
        monkeypatch.setattr(
            "bounceback_tui.services.today.build_today",
            _raising(sqlite3.OperationalError("disk I/O error")),
        )
        await run.pilot.press("escape")
        await settle_workers(run.pilot)
        assert run.app.is_running and run.app.return_code is None
        assert any(DISK_WORDS in line for line in said), said
        assert not any("disk I/O error" in line for line in said), said
        assert run.app.current_pane is pane
        focused = run.app.focused
        assert focused is not None and (focused is pane or pane in focused.ancestors)


def test_today_command_meeting_a_disk_error_says_it_plainly(
    opened_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`bounceback-tui today` said "Something went wrong (OperationalError: …)" and wrote a
    crash log for a disk error."""
    from bounceback_tui.cli import main

    fill_every_table(opened_paths)
    monkeypatch.setattr(
        "bounceback_tui.services.today.build_today",
        _raising(sqlite3.OperationalError("disk I/O error")),
    )
    assert main(["today"]) != 0
    err = capsys.readouterr().err
    assert DISK_WORDS in err and "Check the disk" in err
    assert "OperationalError" not in err and "went wrong" not in err


async def test_today_thank_you_marked_sent_then_its_reread_fails_is_said(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today: "How did it go?" (`h`), yes to the thank-you, ctrl+s in its draft; Today's read
    after it meeting a disk error closed the app ("The app stopped unexpectedly"): the draft
    re-read the pane it was opened from with ``reload``, which Today does not guard."""
    from bounceback_tui.domain.interviews import validate_interview
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services import interviews
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.people.message import MessageScreen
    from tests.conftest import FIXED_TODAY
    from tests.people_fixtures import seed_people
    from tests.ui_harness import fill

    def add_interview(db: Database, ids: dict[str, int]) -> None:
        day = {"kind": "technical", "day": "2026-03-16", "at": "08:00", "zone": "Europe/London"}
        interviews.add_interview(
            db, ids["initech"], validate_interview(day, FIXED_TODAY), (ids["kenji"],)
        )

    kenji = {"name": "Kenji Tanaka", "kind": "interviewer", "email": "kenji@initech.example"}
    seed_people(
        opened_paths,
        reached=Stage.INTERVIEWING,
        people={"kenji": (kenji, ("initech",))},
        more=add_interview,
    )
    async with app_on(opened_paths, None, size=(120, 40), notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        pane = run.app.current_pane
        await run.pilot.press("h")
        await settle_workers(run.pilot)
        assert isinstance(run.app.screen, FormScreen)
        await fill(run.pilot, note="Went well")
        await run.pilot.press("ctrl+s")
        await settle_workers(run.pilot)
        assert isinstance(run.app.screen, ConfirmScreen)
        await run.pilot.press("y")  # the thank-you
        await settle_workers(run.pilot)
        assert isinstance(run.app.screen, MessageScreen)
        monkeypatch.setattr(
            "bounceback_tui.services.today.build_today",
            _raising(sqlite3.OperationalError("disk I/O error")),
        )
        await run.pilot.press("ctrl+s")  # marked as sent: logged, then Today read again
        await settle_workers(run.pilot)
        assert run.app.is_running and run.app.return_code is None and run.app.crash is None
        assert any("Marked as sent" in line for line in said), said
        assert any(DISK_WORDS in line and "Check the disk" in line for line in said), said
        assert not any("disk I/O error" in line for line in said), said
        assert run.app.current_pane is pane
        focused = run.app.focused
        assert focused is not None and (focused is pane or pane in focused.ancestors)
