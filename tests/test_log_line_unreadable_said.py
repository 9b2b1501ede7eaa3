"""A log line whose day another program wrote over, deleted and brought back: said plainly.

A tester's walk: `sqlite3 store "update interaction set happened_on='[b]garbage[/]'"`, then
People, `I` on Rita's one line, `d`, yes: "Deleted the log line of unreadable (Sent)", and
`u`: "The log line of unreadable (Sent) is back". The word a list puts in a day's column
read as a day in a sentence. Now the line is named by what happened and its application,
and the sentence says its day could not be read.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_log
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import rows
from tests.test_people_pane import seeded  # noqa: F401  (Rita on Initech (Analyst), rejected)
from tests.ui_harness import app_on, keep_toasts, settle
from tests.undo_panes import delete_first_log_line


async def test_a_log_line_with_an_unreadable_day_is_named_by_its_application(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:
        line = people_log.log_interaction(
            db,
            InteractionInput(InteractionKind.SENT, date(2026, 3, 9), "Asked about next steps"),
            application_id=ids["initech"],
            contact_id=ids["rita"],
        ).id
    finally:
        db.dispose()
    rows(paths.database, "UPDATE interaction SET happened_on = 'garbage' WHERE id = ?", line)
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await delete_first_log_line(app, pilot, pane, ids["rita"])
        await pilot.press("u")
        await settle(pilot, 4)
    deleted = next(note for note in said if note.startswith("Deleted"))
    back = next(note for note in said if "is back" in note)
    for note in (deleted, back):
        assert "unreadable (" not in note and "of unreadable" not in note, note
        assert "Initech (Analyst)" in note, note
        assert "Sent" in note, note
        assert "could not be read" in note, note
