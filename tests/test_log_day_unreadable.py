"""A line of the log whose day another program wrote over is listed, saying "unreadable".

A tester's walk: `sqlite3 store "update interaction set happened_on='[b]garbage[/]'"`, then
the Pipeline's detail of that line's application, and People's detail of its person: both
died ("Something went wrong (ValueError: Invalid isoformat string: …)"). Now the line shows
with "unreadable" where its day goes, the person's last contact is read from the days that
can be read, and the line's edit form takes a good day in its place.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from bounceback_tui.domain.people import ContactInput, InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import put
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

GARBAGE = "[b]garbage[/]"


def _store(paths: DataPaths) -> tuple[int, int, int]:
    """Copperline's application, Dana linked to it, two lines in the log: the one written
    over (its id is the last of the three), and one of 2026-03-05 that can still be read."""
    from bounceback_tui.services import people_log
    from bounceback_tui.services.people_edits import add_contact
    from bounceback_tui.store.database import Database

    db = Database(paths.database)
    try:
        app_id = put(db, "Copperline", [("applied", date(2026, 3, 2))])
        dana = add_contact(db, ContactInput("Dana Okafor"), application_id=app_id)
        people_log.log_interaction(
            db,
            InteractionInput(InteractionKind.SENT, date(2026, 3, 5), "Thanks for the call"),
            application_id=app_id,
            contact_id=dana,
        )
        logged = people_log.log_interaction(
            db,
            InteractionInput(InteractionKind.SENT, date(2026, 3, 9), "Asked about next steps"),
            application_id=app_id,
            contact_id=dana,
        )
    finally:
        db.dispose()
    assert logged.added is not None
    conn = sqlite3.connect(paths.database)
    try:
        with conn:
            line = conn.execute(
                "SELECT id FROM interaction WHERE note = 'Asked about next steps'"
            ).fetchone()[0]
            conn.execute("UPDATE interaction SET happened_on = ? WHERE id = ?", (GARBAGE, line))
    finally:
        conn.close()
    return app_id, dana, line


def _line_with(text: str, note: str) -> list[str]:
    found = [line.split() for line in text.splitlines() if note in line]
    assert found, text
    return found[0]


async def test_the_pipeline_detail_lists_the_line_saying_its_day_is_unreadable(
    opened_paths: DataPaths,
) -> None:
    app_id, _dana, _line = _store(opened_paths)
    async with app_on(opened_paths, "pipeline", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle_workers(pilot)
        body = str(pane.query_one("#pipeline-detail-body").render())
        assert "Something went wrong" not in screen_text(app)
        assert _line_with(body, "Asked about next steps")[0] == "unreadable"
        assert _line_with(body, "Thanks for the call")[0] == "2026-03-05"
        assert "garbage" not in body
        assert focus_problem(app) is None


async def test_the_people_detail_lists_it_and_the_last_contact_is_a_day_read(
    opened_paths: DataPaths,
) -> None:
    _app_id, dana, _line = _store(opened_paths)
    async with app_on(opened_paths, "people", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_item(dana)
        await settle_workers(pilot)
        body = pane.query_one("#people-detail-body").render().plain
        assert "Something went wrong" not in screen_text(app)
        assert _line_with(body, "Asked about next steps")[0] == "unreadable"
        assert _line_with(body, "Thanks for the call")[0] == "2026-03-05"
        assert "garbage" not in body
        assert focus_problem(app) is None
    from bounceback_tui.services.people import get_contact
    from bounceback_tui.store.database import Database

    db = Database(opened_paths.database)
    try:
        # Last in touch: the day in the log that can be read, not none.
        assert get_contact(db, dana).last_contacted == date(2026, 3, 5)
    finally:
        db.dispose()


def test_the_line_s_edit_form_is_empty_where_its_day_goes_and_saves_a_good_one(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.services import people_log
    from bounceback_tui.services.people import contact_detail
    from bounceback_tui.store.database import Database

    app_id, dana, line = _store(opened_paths)
    db = Database(opened_paths.database)
    try:
        (row,) = [i for i in contact_detail(db, dana).interactions if i.id == line]
        assert row.happened_on is None
        assert people_log.interaction_values(row)["happened_on"] == ""
        people_log.update_interaction(
            db,
            line,
            InteractionInput(InteractionKind.SENT, date(2026, 3, 10), row.note),
            application_id=app_id,
            expected_version=row.version,
        )
        (row,) = [i for i in contact_detail(db, dana).interactions if i.id == line]
        assert row.happened_on == date(2026, 3, 10)
    finally:
        db.dispose()


def test_asking_what_deleting_the_line_takes_back_reads_it(opened_paths: DataPaths) -> None:
    """The delete's question asks what the line ticked: nothing one can tell by its day."""
    from bounceback_tui.services import people_log
    from bounceback_tui.store.database import Database

    _app_id, _dana, line = _store(opened_paths)
    db = Database(opened_paths.database)
    try:
        assert people_log.tick_of_line(db, line) is None
    finally:
        db.dispose()


def test_a_thank_you_whose_day_is_unreadable_is_not_one_sent_since_an_interview(
    opened_paths: DataPaths,
) -> None:
    """ "How did it go?" offers a thank-you unless one is logged on the interview's day or
    later: one whose day cannot be read is not known to be (it sorted after every day)."""
    from bounceback_tui.services import people_log
    from bounceback_tui.services.messages import thank_you_logged
    from bounceback_tui.store.database import Database

    app_id, _dana, _line = _store(opened_paths)
    db = Database(opened_paths.database)
    try:
        people_log.log_interaction(
            db,
            InteractionInput(InteractionKind.THANK_YOU_SENT, date(2026, 3, 4), "Thank you"),
            application_id=app_id,
        )
    finally:
        db.dispose()
    another_program_writes(
        opened_paths, "UPDATE interaction SET happened_on = ? WHERE note = 'Thank you'", (GARBAGE,)
    )
    db = Database(opened_paths.database)
    try:
        assert not thank_you_logged(db, app_id, date(2026, 3, 12))
    finally:
        db.dispose()
