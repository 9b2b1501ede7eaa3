"""`u` takes back a message marked as sent, as it takes back a line logged with `i`.

Left alone in the twenty-sixth round: a feedback request, a gracious reply or a thank-you
marked as sent by mistake (ctrl+s in its draft) logged a line, ticked its plan's step (with
the day asked and how), moved "Note what came back" a week after a late ask and settled the
person's follow-up, and nothing but a hunt through People's `I` and Recovery could take that
back. Now the note ends "u takes it away.", and `u` on the pane the draft was opened from
(People, Recovery, Today) takes all of it back in one transaction, saying what; the key bar
shows `u` only while it can (changed since, in another window, it leaves the bar).

Seeded as tests/test_people_pane.py (Rita Okoye, a recruiter on Initech, whose no came on
the frozen today, Mon 16 Mar 2026; her follow-up is today), with the no moved back to Tue
24 Feb: asked today, 20 days on, the reply is due a week later, on 23 Mar (day 27), not on
the plan's own day 10, 6 Mar.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.test_people_pane import seeded  # noqa: F401
from tests.ui_harness import app_on, fill, keep_toasts, settle
from tests.written_over import another_program_writes

ASK = "Ask the recruiter or hiring manager for feedback"
REPLY = "Note what came back"
BRIDGE = "Keep the bridge intact: send a gracious reply"
Seeded = tuple[DataPaths, dict[str, int]]


def _one(paths: DataPaths, sql: str, *args: object) -> Any:
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(sql, args).fetchone()
    conn.close()
    return found


def _step(paths: DataPaths, title: str) -> tuple[Any, ...]:
    """(done_at, asked_on, asked_via, offset_days) of Initech's plan step ``title``."""
    return tuple(
        _one(
            paths,
            "SELECT done_at, asked_on, asked_via, offset_days FROM recovery_step WHERE title = ?",
            title,
        )
    )


def _lines(paths: DataPaths) -> int:
    return int(_one(paths, "SELECT count(*) FROM interaction")[0])


def _ritas_follow_up(paths: DataPaths) -> str | None:
    found: str | None = _one(paths, "SELECT next_follow_up FROM contact WHERE name = 'Rita Okoye'")[
        0
    ]
    return found


def _no_came_on_24_feb(paths: DataPaths) -> None:
    another_program_writes(paths, "UPDATE rejection SET rejected_on = '2026-02-24'")


def _undo_on_bar(app: Any) -> bool:
    return "undo" in app.screen.query_one(KeyBar).shown_actions()


async def _mark_sent(pilot: Any, app: Any) -> None:
    assert isinstance(app.screen, MessageScreen), app.screen
    await pilot.press("ctrl+s")
    await settle(pilot, 4)
    assert not isinstance(app.screen, MessageScreen)


async def _feedback_request_from_people(pilot: Any, app: Any, pane: Any, rita: int) -> None:
    """People: Rita, `m`, "Ask for feedback after a no" (it fits Initech alone)."""
    assert pane.select_item(rita)
    await settle(pilot)
    await pilot.press("m")
    await settle(pilot)
    await pilot.press(*"feedback", "enter")
    await settle(pilot)


async def test_u_takes_back_a_feedback_request_marked_sent(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    assert _step(paths, ASK) == (None, None, "", 3)
    assert _step(paths, REPLY) == (None, None, "", 10)
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await _feedback_request_from_people(pilot, app, pane, ids["rita"])
        await _mark_sent(pilot, app)
        assert said[-1] == (
            f"Marked as sent, and ticked “{ASK}”. That settles your 16 Mar follow-up with "
            "Rita Okoye. u takes it away."
        ), said
        done_at, asked_on, asked_via, _day = _step(paths, ASK)
        assert done_at is not None and asked_on == "2026-03-16"
        assert asked_via == "Rita Okoye <rita@initech.example>"
        assert _step(paths, REPLY) == (None, None, "", 27)  # a week after the ask: 23 Mar
        assert _lines(paths) == 1 and _ritas_follow_up(paths) is None
        assert _undo_on_bar(app)

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the log line of 16 Mar (Feedback asked) is removed. "
            f"“{ASK}” in your plan is open again. “{REPLY}” is due 6 Mar again. "
            "Your follow-up with Rita Okoye is back on 16 Mar."
        ), said
        # It was a send, not an add ("Add taken back" said of a message marked as sent).
        assert app._notifications and list(app._notifications)[-1].title == "Sending taken back"
        assert _lines(paths) == 0
        assert _step(paths, ASK) == (None, None, "", 3)
        assert _step(paths, REPLY) == (None, None, "", 10)
        assert _ritas_follow_up(paths) == "2026-03-16"
        assert pane.selected is not None and pane.selected.id == ids["rita"]
        assert focus_problem(app) is None
        assert not _undo_on_bar(app)
        await pilot.press("u")  # taken back once: nothing more
        await settle(pilot, 2)
        assert said[-1] == "Nothing to undo here.", said


async def test_a_message_changed_since_leaves_the_bar_and_stays(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    async with app_on(paths, "people", size=(120, 40), watch_seconds=0.1) as running:
        app, pilot, pane = running
        said = keep_toasts(app)
        await _feedback_request_from_people(pilot, app, pane, ids["rita"])
        await _mark_sent(pilot, app)
        assert _undo_on_bar(app)
        # another window edits the line
        another_program_writes(paths, "UPDATE interaction SET note = 'Asked by phone instead'")
        await pilot.pause(0.5)  # the window's idle check reads the store again
        await settle(pilot)
        assert pane.check_action("undo", ()) is False
        assert not _undo_on_bar(app)
        await pilot.press("u")
        await settle(pilot, 3)
        assert said[-1] == (
            "The log line of 16 Mar (Feedback asked) has changed since you logged it, so "
            "it stays. Press I, then d, to delete it."
        ), said
        assert _lines(paths) == 1
        assert _step(paths, ASK)[0] is not None
        assert focus_problem(app) is None


async def test_recoverys_u_takes_back_a_gracious_reply_marked_sent(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, _ids = seeded
    step_id = _one(paths, "SELECT id FROM recovery_step WHERE title = ?", BRIDGE)[0]
    async with app_on(paths, size=(120, 40)) as (app, pilot, _pane):
        said = keep_toasts(app)
        pane = await app.go_to("recovery", _one(paths, "SELECT id FROM rejection")[0])
        await settle(pilot)
        assert isinstance(pane, RecoveryPane)
        pane.select_step(step_id)
        await settle(pilot)
        await pilot.press("m")  # Rita alone is on Initech: straight to the draft
        await settle(pilot)
        await _mark_sent(pilot, app)
        assert said[-1] == (
            f"Marked as sent, and ticked “{BRIDGE}”. That settles your 16 Mar follow-up "
            "with Rita Okoye. u takes it away."
        ), said
        assert _step(paths, BRIDGE)[0] is not None and _lines(paths) == 1
        assert _undo_on_bar(app)

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the log line of 16 Mar (Sent) is removed. "
            f"“{BRIDGE}” in your plan is open again. "
            "Your follow-up with Rita Okoye is back on 16 Mar."
        ), said
        assert _step(paths, BRIDGE)[0] is None and _lines(paths) == 0
        assert _ritas_follow_up(paths) == "2026-03-16"
        assert app.current_pane is pane and pane.step_list.highlighted_step is not None
        assert pane.step_list.highlighted_step.id == step_id
        assert focus_problem(app) is None


async def test_todays_u_takes_back_a_thank_you_marked_sent(opened_paths: DataPaths) -> None:
    """Today: "How did it go?" (`h`) for Kenji's interview this morning at Initech, whose
    no came today too, yes to the thank-you, ctrl+s in its draft, then `u`."""

    def add_interview(db: Database, ids: dict[str, int]) -> None:
        interviews.add_interview(
            db,
            ids["initech"],
            validate_interview(
                {"kind": "technical", "day": "2026-03-16", "at": "08:00", "zone": "Europe/London"},
                FIXED_TODAY,
            ),
            (ids["kenji"],),
        )

    kenji = {"name": "Kenji Tanaka", "kind": "interviewer", "email": "kenji@initech.example"}
    seed_people(
        opened_paths,
        reached=Stage.INTERVIEWING,
        people={"kenji": (kenji, ("initech",))},
        more=add_interview,
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        said = keep_toasts(app)
        await pilot.pause(0.5)
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, note="Went well")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        await _mark_sent(pilot, app)
        # A thank-you after the no: it keeps the bridge too (services/plan_ticks.py).
        assert said[-1] == f"Marked as sent, and ticked “{BRIDGE}”. u takes it away.", said
        assert _one(opened_paths, "SELECT kind FROM interaction") == ("thank_you_sent",)
        assert _step(opened_paths, BRIDGE)[0] is not None
        assert _undo_on_bar(app)

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the log line of 16 Mar (Thank-you sent) is removed. "
            f"“{BRIDGE}” in your plan is open again."
        ), said
        assert _lines(opened_paths) == 0
        assert _step(opened_paths, BRIDGE)[0] is None
        assert focus_problem(app) is None
        assert not _undo_on_bar(app)
