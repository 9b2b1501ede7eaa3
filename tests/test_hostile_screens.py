"""A demo store with every free-text field holding the hostile corpus, walked as a person would.

The corpus goes straight into the store with sqlite3 (so control characters get in, as they
would from a hand-edited file or an older export), then each pane, detail, dialog and toast
that shows a field is visited. Everywhere: nothing painted carries a control character or a
bidi override, nothing crashes, and each string is shown literally, which means neutralised
for display (``domain.text.display_text``: controls and bidi overrides as U+FFFD) and with
whitespace runs made single (widgets wrap). Lists and cards clip a long text to their width
and the Skills detail to a line, so those are checked on the string's opening
``PREFIX`` characters; the Pipeline detail shows the first 2,000 characters of notes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from bounceback_tui.domain.text import app_name, display_text, line_breaks
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.boards import BoardsScreen
from tests.built_stores import store_once
from tests.hostile import hostile_strings
from tests.screen_text import assert_terminal_safe, is_on_screen, screen_text, shown

SIZE = (160, 50)
PREFIX = 40  # characters of a string checked where a widget clips it

# Every column a person (or an import) fills with free text, by table.
FREE_TEXT: dict[str, tuple[str, ...]] = {
    "application": (
        "company",
        "role",
        "location",
        "link",
        "notes",
        "description",
        "employment_type",
    ),
    "rejection": ("company", "role", "reason"),
    "recovery_step": ("title", "detail", "answer"),
    "thought_record": (
        "situation",
        "thought",
        "evidence_for",
        "evidence_against",
        "balanced_thought",
    ),
    "thought_feeling": ("name",),
    "skill": ("title", "why", "notes"),
    "skill_resource": ("url", "note"),
    "check_in": ("note",),
    "followed_board": ("company", "last_error"),
    "contact": ("name", "role", "company", "email", "phone", "notes"),
    "interaction": ("note", "contact_name"),
    "interview": ("place", "prep_notes", "outcome_note"),
}

Placed = dict[str, dict[int, dict[str, str]]]


def fill_with_corpus(database: Any) -> Placed:
    """Overwrite every free-text field of every row with corpus strings, each column of a
    row a different one, every string in many places. Returns what went where."""
    corpus = hostile_strings()
    placed: Placed = {}
    conn = sqlite3.connect(database)
    try:
        with conn:
            for table, columns in FREE_TEXT.items():
                rows = [r[0] for r in conn.execute(f"SELECT rowid FROM {table} ORDER BY rowid")]
                for index, rowid in enumerate(rows):
                    values = {
                        c: corpus[(index + 13 * n) % len(corpus)] for n, c in enumerate(columns)
                    }
                    sets = ", ".join(f"{column} = ?" for column in columns)
                    conn.execute(
                        f"UPDATE {table} SET {sets} WHERE rowid = ?", (*values.values(), rowid)
                    )
                    placed.setdefault(table, {})[rowid] = values
    finally:
        conn.close()  # the last connection: its journal goes into the file
    return placed


def demo_with_corpus(database: Database) -> Placed:
    """A demo store at scale 100, then the corpus over its free text (``fill_with_corpus``)."""
    fill_demo(database, scale=100)
    database.dispose()
    return fill_with_corpus(database.path)


@pytest.fixture
def placed(opened_paths: DataPaths) -> Placed:
    # Built once per worker and copied for the next test (tests/built_stores.py).
    return store_once(opened_paths, demo_with_corpus)


def test_the_store_holds_every_corpus_string(placed: Placed) -> None:
    """The walk below only means something if the whole corpus is in the store: every string
    is some application's company (so the Pipeline check sees each one) and more besides."""
    companies = {row["company"] for row in placed["application"].values()}
    assert companies == set(hostile_strings())
    everywhere = {
        text for rows in placed.values() for row in rows.values() for text in row.values()
    }
    assert everywhere == set(hostile_strings())


@asynccontextmanager
async def walking(paths: DataPaths) -> AsyncIterator[tuple[BouncebackApp, Any]]:
    app = BouncebackApp(paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.pause()
        yield app, pilot
    # Leaving the block re-raises anything the app raised while we walked.


async def settle(pilot: Any) -> None:
    await pilot.pause()
    await pilot.pause()


def literal(app: BouncebackApp, text: str, where: str, *, prefix: int | None = None) -> None:
    """``text`` (or its opening ``prefix`` characters) is on screen as typed. A person's
    text inside the app's words is neutralised on its own (``display_text``: a mark that
    begins it has nothing of its own to sit on), as the app does; a lone carriage return
    drawn as the line break it stands for, ``line_breaks``)."""
    text = line_breaks(text)
    wanted = shown(text)[:prefix].strip() if prefix else text
    assert is_on_screen(app, wanted), f"{where}: {text[:80]!r} is not shown:\n" + screen_text(app)


def linked_people(paths: DataPaths, app_id: int) -> list[tuple[int]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(
            "SELECT contact_id FROM application_contact WHERE application_id = ?", (app_id,)
        ).fetchall()


# --- Pipeline ----------------------------------------------------------------------------------


async def test_pipeline_detail_shows_every_application_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    async with walking(opened_paths) as (app, pilot):
        await pilot.press("2")
        await settle(pilot)
        pane = app.current_pane
        for app_id, fields in placed["application"].items():
            assert pane.select_item(app_id)
            await pilot.pause()
            assert_terminal_safe(app)
            for name in ("company", "role", "location", "link"):
                literal(app, fields[name], f"application {app_id} {name}", prefix=2_000)
            for (contact_id,) in linked_people(opened_paths, app_id):
                person = placed["contact"][contact_id]["name"]
                literal(app, person, f"application {app_id} person", prefix=PREFIX)
            literal(app, fields["notes"], f"application {app_id} notes", prefix=PREFIX)
        await pilot.press("v")  # the board view draws the same rows as cards
        await settle(pilot)
        assert_terminal_safe(app)


async def test_pipeline_dialogs_forms_and_toasts_show_the_text_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    async with walking(opened_paths) as (app, pilot):
        await pilot.press("2")
        await settle(pilot)
        pane = app.current_pane
        for app_id, fields in list(placed["application"].items())[:12]:
            assert pane.select_item(app_id)
            await pilot.pause()
            await pilot.press("d")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmScreen)
            assert_terminal_safe(app)
            # Named as every note names an application, "Company (Role)", each part on one
            # line and clipped (domain.text.app_name): the literal text is what is checked.
            named = app_name(fields["company"], fields["role"])
            literal(app, f"Delete {named}?", "delete dialog")
            await pilot.press("n")
            await pilot.press("e")
            await settle(pilot)
            assert isinstance(app.screen, FormScreen)
            assert_terminal_safe(app)  # the fields hold the text, drawn neutralised
            # A dialog's title names it in up to 56 cells (kit/cells.TITLE_NAME_CELLS).
            titled = clip_app_name(fields["company"], fields["role"], TITLE_NAME_CELLS)
            literal(app, f"Edit: {titled}", "edit form title")
            await pilot.press("escape")
            await settle(pilot)
            row = pane.selected_row
            if row is not None and row.stage.value not in ("accepted", "rejected"):
                app.clear_notifications()
                await pilot.press("right_square_bracket")
                await settle(pilot)
                if isinstance(app.screen, ConfirmScreen):  # out of a withdrawal: asked first
                    assert_terminal_safe(app)
                    await pilot.press("y")
                    await settle(pilot)
                assert_terminal_safe(app)
                named = app_name(fields["company"], fields["role"])
                literal(app, f"{named}:", "stage toast", prefix=PREFIX)


# --- Recovery ----------------------------------------------------------------------------------


async def test_recovery_plans_steps_and_dialogs_show_the_text_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    steps_by_rejection: dict[int, list[int]] = {}
    with sqlite3.connect(opened_paths.database) as conn:
        for step_id, rejection_id in conn.execute("SELECT id, rejection_id FROM recovery_step"):
            steps_by_rejection.setdefault(rejection_id, []).append(step_id)
    async with walking(opened_paths) as (app, pilot):
        await pilot.press("3")
        await settle(pilot)
        pane = app.current_pane
        for rejection_id, fields in placed["rejection"].items():
            assert pane.select_item(rejection_id)
            await pilot.pause()
            assert_terminal_safe(app)
            literal(app, fields["company"], f"plan {rejection_id} company", prefix=2_000)
            literal(app, fields["role"], f"plan {rejection_id} role", prefix=2_000)
            if fields["reason"].strip():  # the plan's title quotes the reason, lines joined
                reason = display_text(line_breaks(fields["reason"]))
                literal(app, f"“{reason}", f"plan {rejection_id} reason", prefix=PREFIX)
            for step_id in steps_by_rejection[rejection_id][:4]:
                assert pane.select_step(step_id)
                await pilot.pause()
                step = placed["recovery_step"][step_id]
                literal(app, step["title"], f"step {step_id} title", prefix=2_000)
                literal(app, step["detail"], f"step {step_id} detail", prefix=PREFIX)
        # A step's writing screen, then the delete dialog of a step and of a plan: a plan
        # Recovery may delete (an application still in Rejected keeps its rejection).
        with sqlite3.connect(opened_paths.database) as conn:
            free = {
                rejection_id
                for (rejection_id,) in conn.execute(
                    "SELECT r.id FROM rejection r LEFT JOIN application a"
                    " ON a.id = r.application_id WHERE a.id IS NULL OR a.stage <> 'rejected'"
                )
            }
        rejection_id, fields = next(
            (rejection_id, fields)
            for rejection_id, fields in placed["rejection"].items()
            if rejection_id in free
        )
        step_id = steps_by_rejection[rejection_id][1]
        assert pane.select_step(step_id)
        await pilot.press("enter")
        await settle(pilot)
        assert_terminal_safe(app)
        literal(app, placed["recovery_step"][step_id]["title"], "writing screen", prefix=2_000)
        await pilot.press("escape")
        await settle(pilot)
        assert pane.select_step(step_id)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_terminal_safe(app)
        literal(
            app,
            f"Remove “{display_text(placed['recovery_step'][step_id]['title'])}”",
            "remove dialog",
        )
        await pilot.press("n", "escape", "d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        named = app_name(fields["company"], fields["role"])
        literal(app, f"Delete the rejection from {named} and its plan?", "dialog")
        await pilot.press("n")


# --- Skills ------------------------------------------------------------------------------------


async def test_skills_detail_and_delete_dialog_show_the_text_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    async with walking(opened_paths) as (app, pilot):
        await pilot.press("5")
        await settle(pilot)
        pane = app.current_pane
        for skill_id, fields in placed["skill"].items():
            assert pane.select_item(skill_id)
            await pilot.pause()
            assert_terminal_safe(app)
            for name in ("title", "why"):
                literal(app, fields[name], f"skill {skill_id} {name}", prefix=PREFIX)
            if not is_on_screen(app, shown(line_breaks(fields["notes"]))[:PREFIX].strip()):
                # A detail box too short for the notes says more is there (`e` shows all).
                assert is_on_screen(app, "↓ more"), screen_text(app)
                await pilot.press("e")
                await settle(pilot)
                literal(app, fields["notes"], f"skill {skill_id} notes", prefix=PREFIX)
                assert_terminal_safe(app)
                await pilot.press("escape")
                await settle(pilot)
        await pilot.press("v")  # the list view
        await settle(pilot)
        assert_terminal_safe(app)
        skill_id, fields = next(iter(placed["skill"].items()))
        assert pane.select_item(skill_id)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_terminal_safe(app)
        literal(app, f"Delete “{display_text(fields['title'])}”?", "delete dialog")
        await pilot.press("y")
        await settle(pilot)
        assert_terminal_safe(app)
        literal(app, f"Deleted “{display_text(fields['title'])}”.", "deleted toast")


# --- Reframe -----------------------------------------------------------------------------------


async def test_reframe_records_show_the_text_literally(
    opened_paths: DataPaths, placed: Placed
) -> None:
    with sqlite3.connect(opened_paths.database) as conn:
        done = conn.execute("SELECT id FROM thought_record WHERE status = 'complete'")
        complete = {record_id for (record_id,) in done}
        feelings: dict[int, list[int]] = {}
        for rowid, record_id in conn.execute("SELECT rowid, record_id FROM thought_feeling"):
            feelings.setdefault(record_id, []).append(rowid)
    async with walking(opened_paths) as (app, pilot):
        await pilot.press("4")
        await settle(pilot)
        assert_terminal_safe(app)  # the history table
        pane = app.current_pane
        for record_id, fields in placed["thought_record"].items():
            assert pane.select_item(record_id)
            await settle(pilot)
            assert_terminal_safe(app)
            if record_id in complete:  # the summary card shows every field
                for name in ("thought", "situation", "evidence_against", "balanced_thought"):
                    literal(app, fields[name], f"record {record_id} {name}", prefix=2_000)
                for rowid in feelings.get(record_id, []):
                    name = placed["thought_feeling"][rowid]["name"]
                    literal(app, name.capitalize(), f"feeling {rowid}", prefix=PREFIX)
            await pilot.press("escape")
            await settle(pilot)
        record_id, fields = next(iter(placed["thought_record"].items()))
        assert pane.select_item(record_id)
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_terminal_safe(app)
        await pilot.press("n")


# --- Today, the boards, the palette ------------------------------------------------------------


async def test_today_boards_and_palette_never_send_controls(
    opened_paths: DataPaths, placed: Placed
) -> None:
    async with walking(opened_paths) as (app, pilot):
        await settle(pilot)
        assert_terminal_safe(app)  # Today: due items, the check-in line, the next step
        await pilot.press("2", "b")
        await settle(pilot)
        assert isinstance(app.screen, BoardsScreen)
        for board_id, fields in placed["followed_board"].items():
            app.screen.query_one("#boards-table").select_key(str(board_id))
            await pilot.pause()
            assert_terminal_safe(app)
            literal(app, fields["company"], f"board {board_id}", prefix=2_000)
            literal(app, fields["last_error"], f"board {board_id} error", prefix=PREFIX)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"ac")
        await pilot.pause(0.5)
        assert_terminal_safe(app)
        await pilot.press("escape")
