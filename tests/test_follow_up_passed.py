"""A follow-up day that has passed is refused, plainly, and nothing is saved.

A tester typed 2027-01-15 in the Pipeline's follow-up (`f`) on 19 January, and "last fri":
each was saved without a word and shown at once as "4d late". A follow-up is a day still to
come; the form now says the day has passed, and which day a word was read as. A weekday's
name alone is the next such day ("fri" on a Monday is this Friday), and is saved.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import put
from tests.ui_harness import app_on, fill, settle

# The fixtures' frozen today is Monday 16 March 2026.

# What `f` and `e` say to a day passed, typed as a date and as words.
PASSED = [
    (
        "2026-03-13",
        "That day has passed (today is Mon 16 Mar); a follow-up is a day still to come: "
        "pick today or later, like +1w or fri.",
    ),
    (
        "last fri",
        "last fri was read as Fri 13 Mar 2026. That day has passed (today is Mon 16 Mar); "
        "a follow-up is a day still to come: pick today or later, like +1w or fri.",
    ),
]


@pytest.fixture
def initech(db: Database) -> int:
    """An application sent on 2 March, with no follow-up."""
    return put(db, "Initech", [("applied", date(2026, 3, 2))], date_applied=date(2026, 3, 2))


@pytest.fixture
def initech_late(db: Database) -> int:
    """An application sent on 2 March whose follow-up, 9 March, is a week late."""
    return put(
        db,
        "Initech",
        [("applied", date(2026, 3, 2))],
        date_applied=date(2026, 3, 2),
        next_follow_up=date(2026, 3, 9),
    )


def _follow_up_of(paths: DataPaths, app_id: int) -> date | None:
    with sqlite3.connect(paths.database) as conn:
        (day,) = conn.execute(
            "SELECT next_follow_up FROM application WHERE id = ?", (app_id,)
        ).fetchone()
    conn.close()
    return date.fromisoformat(day) if day else None


async def _save_form(
    paths: DataPaths, app_id: int, key: str, **typed: str
) -> tuple[str, list[str]]:
    """Open the form ``key`` opens on the application, type into it, save it: the form's
    word under the follow-up (none once saved) and the toasts."""
    async with app_on(paths, "pipeline", notifications=True) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press(key)
        await settle(pilot, 3)  # the edit form mounts its later fields after its first paint
        await fill(pilot, **typed)
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert focus_problem(app) is None
        error = ""
        if isinstance(app.screen, FormScreen):
            error = str(app.screen.query_one("#error-next_follow_up").render())
        return error, [str(n.message) for n in app._notifications]


async def _type_follow_up(paths: DataPaths, app_id: int, typed: str) -> tuple[str, list[str]]:
    return await _save_form(paths, app_id, "f", next_follow_up=typed)


async def _edit(paths: DataPaths, app_id: int, **typed: str) -> tuple[str, list[str]]:
    return await _save_form(paths, app_id, "e", **typed)


@pytest.mark.parametrize(("typed", "said"), PASSED)
async def test_a_day_passed_is_refused_and_not_saved(
    opened_paths: DataPaths, initech: int, typed: str, said: str
) -> None:
    error, _ = await _type_follow_up(opened_paths, initech, typed)
    assert error == said
    assert _follow_up_of(opened_paths, initech) is None


async def test_a_weekday_is_the_next_one_and_saved(opened_paths: DataPaths, initech: int) -> None:
    error, said = await _type_follow_up(opened_paths, initech, "fri")
    assert error == ""
    assert "Follow up with Initech (Engineer) on Fri 20 Mar." in said, said
    assert _follow_up_of(opened_paths, initech) == date(2026, 3, 20)


async def test_today_is_taken(opened_paths: DataPaths, initech: int) -> None:
    error, _ = await _type_follow_up(opened_paths, initech, "today")
    assert error == ""
    assert _follow_up_of(opened_paths, initech) == date(2026, 3, 16)


async def test_a_late_follow_up_kept_as_it_was_is_no_new_day(
    opened_paths: DataPaths, initech_late: int
) -> None:
    error, _ = await _type_follow_up(opened_paths, initech_late, "2026-03-09")
    assert error == ""
    assert _follow_up_of(opened_paths, initech_late) == date(2026, 3, 9)


# -- the application's edit form (`e`): the same rule, the same words -----------------------
#
# `e` took 2026-03-13 (or "last fri") as the follow-up on 16 March without a word, shown at once
# as "3d late", while `f` refused it. A late follow-up the application already holds is no new
# day: saved again unchanged, or with another field changed, the form saves.


def _notes_of(paths: DataPaths, app_id: int) -> str:
    with sqlite3.connect(paths.database) as conn:
        (notes,) = conn.execute("SELECT notes FROM application WHERE id = ?", (app_id,)).fetchone()
    conn.close()
    return notes


@pytest.mark.parametrize(("typed", "said"), PASSED)
async def test_the_edit_form_refuses_a_day_passed_as_f_does(
    opened_paths: DataPaths, initech: int, typed: str, said: str
) -> None:
    error, _ = await _edit(opened_paths, initech, next_follow_up=typed, notes="Asked about it")
    assert error == said
    assert _follow_up_of(opened_paths, initech) is None
    assert _notes_of(opened_paths, initech) == ""  # nothing of the form is saved


async def test_the_edit_form_saves_a_late_follow_up_unchanged(
    opened_paths: DataPaths, initech_late: int
) -> None:
    error, said = await _edit(opened_paths, initech_late)  # saved as it opened
    assert error == ""
    assert "Initech (Engineer) is as it was, so nothing was saved." in said, said
    error, said = await _edit(opened_paths, initech_late, notes="Called them, no answer yet")
    assert error == ""
    assert "Saved Initech (Engineer)." in said, said
    assert _notes_of(opened_paths, initech_late) == "Called them, no answer yet"
    assert _follow_up_of(opened_paths, initech_late) == date(2026, 3, 9)


async def test_the_edit_form_takes_a_day_to_come(opened_paths: DataPaths, initech: int) -> None:
    error, _ = await _edit(opened_paths, initech, next_follow_up="fri")
    assert error == ""
    assert _follow_up_of(opened_paths, initech) == date(2026, 3, 20)


# -- the add form (`a`): the same rule, the same words ---------------------------------------
#
# `a` took 2026-03-13 as the next follow-up on 16 March without a word, shown at once as
# "3d late", while `f` and `e` refused it. An application added late may have been sent long
# ago (its date applied is past, as it was); only its next follow-up must be still to come.


def _added(paths: DataPaths) -> list[tuple[str, str | None, str | None]]:
    with sqlite3.connect(paths.database) as conn:
        rows = conn.execute(
            "SELECT company, date_applied, next_follow_up FROM application ORDER BY id"
        ).fetchall()
    conn.close()
    return [(company, applied, follow_up) for company, applied, follow_up in rows]


async def _add(paths: DataPaths, **typed: str) -> tuple[str, list[str]]:
    async with app_on(paths, "pipeline", notifications=True) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)  # the form mounts its later fields after its first paint
        await fill(pilot, **typed)
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert focus_problem(app) is None
        error = ""
        if isinstance(app.screen, FormScreen):
            error = str(app.screen.query_one("#error-next_follow_up").render())
        return error, [str(n.message) for n in app._notifications]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "2026-03-13",
            "That day has passed (today is Mon 16 Mar); a follow-up is a day still to come: "
            "pick today or later, like +1w or fri.",
        ),
        (
            "last fri",
            "last fri was read as Fri 13 Mar 2026. That day has passed (today is Mon 16 Mar); "
            "a follow-up is a day still to come: pick today or later, like +1w or fri.",
        ),
    ],
)
async def test_the_add_form_refuses_a_day_passed_as_f_does(
    opened_paths: DataPaths, typed: str, said: str
) -> None:
    error, _ = await _add(
        opened_paths,
        company="Initech",
        role="Engineer",
        date_applied="2026-02-02",
        next_follow_up=typed,
    )
    assert error == said
    assert _added(opened_paths) == []  # nothing of the form is saved


async def test_the_add_form_takes_a_backdated_application_with_a_day_to_come(
    opened_paths: DataPaths,
) -> None:
    error, said = await _add(
        opened_paths,
        company="Initech",
        role="Engineer",
        date_applied="2026-02-02",
        next_follow_up="fri",
    )
    assert error == ""
    assert any(note.startswith("Saved Initech (Engineer).") for note in said), said
    assert _added(opened_paths) == [("Initech", "2026-02-02", "2026-03-20")]
