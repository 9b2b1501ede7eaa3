"""Changing or deleting an interview from the app (issue 19, item 3): `N` on the Pipeline,
People and Today picks one, then edits it in the scheduling form (compare-and-set against
the version read) or deletes it (asks; `u` brings it back where the pane has an undo).

Seeded (tests/test_people_pane.py): Initech's technical on Fri 13 Mar 14:00 London (Rita in
it), Acme's onsite on Wed 18 Mar 10:00 New York; the clock is Mon 16 Mar 09:30 London.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from icalendar import Calendar

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.today_people import load_people_today
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.ics_export import export_calendar
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.test_people_pane import seeded  # noqa: F401
from tests.ui_harness import fill, settle, toasts
from tests.written_over import another_program_writes

Seeded = tuple[DataPaths, dict[str, int]]


def _interviews(paths: DataPaths) -> list[tuple[Any, ...]]:
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(
            "SELECT id, application_id, kind, starts_at, zone FROM interview ORDER BY id"
        ).fetchall()
    return [(*r[:3], datetime.fromisoformat(r[3]), r[4]) for r in found]


def _people_of(paths: DataPaths, interview_id: int) -> list[int]:
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(
            "SELECT contact_id FROM interview_contact WHERE interview_id = ?", (interview_id,)
        )
        return [r[0] for r in found]


def _calendar_starts(paths: DataPaths, tmp: Path) -> list[tuple[str, datetime]]:
    target = tmp / "out.ics"
    with target.open("w", encoding="utf-8", newline="") as out:
        export_calendar(paths.database, out, 30)
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    return [
        (str(e["SUMMARY"]), e["DTSTART"].dt)
        for e in events
        if isinstance(e["DTSTART"].dt, datetime)  # the timed ones: interviews
    ]


def _assert_focused(app: BouncebackApp) -> None:
    assert focus_problem(app) is None
    assert app.focused is not None


async def _choose(pilot: Any, app: BouncebackApp, what: str) -> None:
    """In the "what to do with it" dialog: its letter (`e` edit, `d` delete)."""
    assert isinstance(app.screen, InterviewChoiceScreen)
    await pilot.press(what[0])
    await settle(pilot)


async def _pick(pilot: Any, app: BouncebackApp, pane_key: str, item_id: int, what: str) -> None:
    """On a pane (`2` the Pipeline), the item selected, `N`, then the dialog's `what`."""
    await pilot.press(pane_key)
    await settle(pilot)
    assert app.current_pane.select_item(item_id)
    await pilot.press("N")
    await settle(pilot)
    await _choose(pilot, app, what)


async def test_an_edit_on_the_pipeline_moves_it_on_today_and_in_the_calendar(
    seeded: Seeded,  # noqa: F811
    tmp_path: Path,
) -> None:
    paths, ids = seeded
    (acme_onsite,) = [r for r in _interviews(paths) if r[1] == ids["acme"]]
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _pick(pilot, app, "2", ids["acme"], "edit")
        assert isinstance(app.screen, FormScreen)
        form = app.screen
        # Prefilled as typed: New York's time, in New York's zone.
        assert form.values()["day"] == "2026-03-18"
        assert form.values()["at"] == "10:00"
        assert form.values()["zone"] == "America/New_York"
        await fill(pilot, kind="final", at="11:30")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        _assert_focused(app)
        assert app.screen.query_one("#pipeline-detail") is not None
        assert any("Interview saved" in t for t in toasts(app))
        await pilot.press("1")  # Today reads its interviews after the first paint: wait for it
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        # 15:30 in London (GMT until the 29th), 11:30 as typed, the new kind.
        assert "Wed 18 Mar 15:30 (11:30 America/New_York)  Final: Acme" in screen_text(app)
    # 11:30 in New York (EDT since 8 March) is 15:30 UTC.
    assert [r[2:] for r in _interviews(paths) if r[0] == acme_onsite[0]] == [
        ("final", datetime(2026, 3, 18, 15, 30), "America/New_York")
    ]
    (soon,) = load_people_today(paths.database).upcoming
    assert (soon.kind.value, soon.starts_at) == ("final", datetime(2026, 3, 18, 15, 30))
    (event,) = _calendar_starts(paths, tmp_path)
    assert event[0].startswith("Final")
    assert event[1].hour == 11 and str(event[1].tzinfo) == "America/New_York"


async def test_a_delete_on_the_pipeline_asks_and_u_brings_it_back(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    before = _interviews(paths)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _pick(pilot, app, "2", ids["acme"], "delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")  # no: nothing goes
        await settle(pilot)
        assert _interviews(paths) == before
        _assert_focused(app)
        await pilot.press("N")
        await settle(pilot)
        await _choose(pilot, app, "delete")
        await pilot.press("y")
        await settle(pilot)
        assert [r[1] for r in _interviews(paths)] == [ids["initech"]]
        assert load_people_today(paths.database).upcoming == ()
        assert any("Deleted the Onsite interview with Acme (Engineer)" in t for t in toasts(app))
        _assert_focused(app)
        await pilot.press("u")
        await settle(pilot)
        assert _interviews(paths) == before
        assert any("is back" in t for t in toasts(app))
        _assert_focused(app)


async def test_on_people_a_delete_and_undo_keep_who_was_in_it(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    before = _interviews(paths)
    (rita_interview,) = [r[0] for r in before if r[1] == ids["initech"]]
    assert _people_of(paths, rita_interview) == [ids["rita"]]
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await pilot.press("N")
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        await pilot.press("down", "enter")  # the list takes the arrows too: Delete it
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert rita_interview not in [r[0] for r in _interviews(paths)]
        _assert_focused(app)
        await pilot.press("u")
        await settle(pilot)
        _assert_focused(app)
    assert _interviews(paths) == before
    assert _people_of(paths, rita_interview) == [ids["rita"]]


async def test_a_change_in_a_second_window_brings_the_conflict_dialog(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    (onsite,) = [r[0] for r in _interviews(paths) if r[1] == ids["acme"]]
    a = BouncebackApp(paths)
    async with a.run_test(size=(120, 40)) as pilot_a:
        await _pick(pilot_a, a, "2", ids["acme"], "edit")
        await fill(pilot_a, at="09:00")
        # Window B reschedules it meanwhile, with the same keys.
        b = BouncebackApp(paths)
        async with b.run_test(size=(120, 40)) as pilot_b:
            await _pick(pilot_b, b, "2", ids["acme"], "edit")
            await fill(pilot_b, at="16:00")
            await pilot_b.press("ctrl+s")
            await settle(pilot_b)
        await pilot_a.press("ctrl+s")
        await settle(pilot_a)
        assert isinstance(a.screen, ConflictScreen)
        # Nothing of A's was written: B's time stands.
        assert interviews.get_interview(Database(paths.database), onsite).starts_at == datetime(
            2026, 3, 18, 20, 0
        )
        await pilot_a.press("r")  # reload: the form shows B's time
        await settle(pilot_a)
        assert isinstance(a.screen, FormScreen)
        assert a.screen.values()["at"] == "16:00"
        await pilot_a.press("escape")
        await settle(pilot_a)
        _assert_focused(a)


async def test_a_delete_made_stale_by_another_window_says_so(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    (onsite,) = [r[0] for r in _interviews(paths) if r[1] == ids["acme"]]
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _pick(pilot, app, "2", ids["acme"], "delete")
        db = Database(paths.database)
        try:
            data = validate_interview(
                {"kind": "onsite", "day": "2026-03-19", "at": "10:00", "zone": "Europe/London"},
                FIXED_TODAY,
            )
            interviews.update_interview(db, onsite, data)
        finally:
            db.dispose()
        await pilot.press("y")
        await settle(pilot)
        assert any(
            n.title == "Nothing changed" and "another window" in str(n.message)
            for n in app._notifications
        )
        _assert_focused(app)
    assert onsite in [r[0] for r in _interviews(paths)]


async def test_a_zone_the_form_no_longer_takes_starts_in_the_persons_zone(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    (onsite,) = [r[0] for r in _interviews(paths) if r[1] == ids["acme"]]
    # as an older store wrote it
    another_program_writes(paths, "UPDATE interview SET zone = 'EST5EDT' WHERE id = ?", (onsite,))
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _pick(pilot, app, "2", ids["acme"], "edit")
        assert isinstance(app.screen, FormScreen)
        values = app.screen.values()
        # 14:00 UTC on 18 March is 14:00 in London (GMT until the 29th).
        assert (values["zone"], values["day"], values["at"]) == (
            "Europe/London",
            "2026-03-18",
            "14:00",
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        _assert_focused(app)
    assert [r[3:] for r in _interviews(paths) if r[0] == onsite] == [
        (datetime(2026, 3, 18, 14, 0), "Europe/London")
    ]


async def test_today_offers_the_coming_interviews(
    seeded: Seeded,  # noqa: F811
) -> None:
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        await pilot.press("N")
        await settle(pilot)
        # The onsite coming up and Initech's technical it asks about: which one?
        assert isinstance(app.screen, PickScreen)
        assert len(app.screen.items) == 2
        await pilot.press(*"acme", "enter")
        await settle(pilot)
        await _choose(pilot, app, "delete")
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert [r[1] for r in _interviews(paths)] == [ids["initech"]]
        # Today's own `u` brings it back (tests/test_today_interview_undo.py): offered.
        assert any(
            "Deleted the Onsite interview with Acme (Engineer). Press u to undo." in t
            for t in toasts(app)
        )
        _assert_focused(app)


async def test_at_80_columns_the_key_the_pipeline_detail_names_works_and_keys_list_it(
    seeded: Seeded,  # noqa: F811
) -> None:
    """The Pipeline's details name `N` beside their Interviews ("N changes one"), a key its
    bar leaves off at every width (at 80 columns its keys fill the bar). Checked at 80x24
    with the details shown (`t`): `N` opens the interview there, and `?` lists it."""
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("2")
        await settle(pilot)
        pane = app.current_pane
        assert pane.select_item(ids["acme"])
        await pilot.press("t")
        await settle(pilot)
        assert "Interviews  N changes one" in screen_text(app)
        assert "edit_interview" not in app.screen.query_one("KeyBar").shown_actions()
        await pilot.press("N")
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        await pilot.press("escape")
        await settle(pilot)
        _assert_focused(app)
        await pilot.press("question_mark")
        await settle(pilot)
        assert "N      change or delete one of its interviews" in screen_text(app)
