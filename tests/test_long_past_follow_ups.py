"""Follow-ups from a while back: one line on Today, let go or moved on together.

A tester came back after a long break (every date moved back 400 days) to a Due list that
was a column of 12-14 "✉ Follow up with … overdue 403 days" lines, offers and interviews
among them: it read as scolding. A follow-up whose day passed more than 30 days ago
(``domain.due.LONG_PAST_DAYS``) is now counted on one line, "16 follow-ups from a while
back", which opens a review: let them all go (no follow-up day) or move them all on a week,
in one transaction; Escape leaves them.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.due import DueKind
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.errors import ConflictError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import people_edits
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.today.board import TodayBoard
from tests.built_stores import store_once
from tests.conftest import FIXED_NOW, FIXED_TODAY
from tests.ui_harness import app_on, settle_workers, toasts
from tests.written_over import another_program_writes


def _application(db: Database, company: str, stage: str, follow_up: str) -> int:
    values = {
        "company": company,
        "role": "Engineer",
        "stage": stage,
        "date_applied": "2025-12-01",
        "next_follow_up": follow_up,
    }
    return (
        application_service.add_application(db, validate_application(values, FIXED_TODAY)).id or 0
    )


def _person(db: Database, name: str, follow_up: str) -> int:
    data = validate_contact({"name": name, "next_follow_up": follow_up}, FIXED_TODAY)
    return people_edits.add_contact(db, data)


def _follow_ups(db: Database) -> dict[str, str | None]:
    """Each application's and person's follow-up day, by company (or name) and id."""
    with sqlite3.connect(db.path) as conn:
        rows = conn.execute(
            "SELECT company || ' ' || id, next_follow_up FROM application UNION ALL "
            "SELECT name || ' ' || id, next_follow_up FROM contact"
        ).fetchall()
    return dict(rows)


def _store(db: Database) -> None:
    # Today is Monday 2026-03-16: 30 days back is 2026-02-14.
    _application(db, "Acme", "offer", "2026-01-10")  # 65 days past
    _application(db, "Globex", "interviewing", "2026-02-13")  # 31 days past
    # In Screening: in Applied since December, each would be asked about as "ghosted?"
    # instead of listed for its follow-up (tests/test_back_after_gap.py).
    _application(db, "Initech", "screening", "2026-02-14")  # 30 days past: listed on its own
    _application(db, "Umbrella", "screening", "2026-03-13")  # 3 days past
    _person(db, "Rita Okoye", "2026-01-20")  # 55 days past


def test_follow_ups_from_a_while_back_are_one_line(db: Database) -> None:
    _store(db)
    summary = load_today(db.path, FIXED_TODAY)
    titles = [item.title for item in summary.due]
    assert "3 follow-ups from a while back: let them go or move them on" in titles, titles
    assert "Follow up with Initech (Engineer)" in titles
    assert "Follow up with Umbrella (Engineer)" in titles
    assert not [t for t in titles if "Acme" in t or "Globex" in t or "Rita" in t], titles
    (line,) = [item for item in summary.due if item.kind is DueKind.LONG_PAST_FOLLOW_UPS]
    assert line.due_on == date(2026, 1, 10) and not line.flagged  # a clean-up, not overdue
    follow_ups = [i for i in summary.due if i.kind.label.startswith("Follow")]
    assert len(follow_ups) == 3  # the line, Initech's and Umbrella's


def test_letting_them_go_or_moving_them_on_is_one_write(db: Database) -> None:
    from bounceback_tui.services.long_past import long_past_follow_ups, settle_long_past

    _store(db)
    found = long_past_follow_ups(db, FIXED_TODAY)
    assert [(f.name, f.person, f.day) for f in found] == [
        ("Acme", False, date(2026, 1, 10)),
        ("Rita Okoye", True, date(2026, 1, 20)),
        ("Globex", False, date(2026, 2, 13)),
    ]
    # Globex changed in another window meanwhile: nothing changes, and it is said.
    another_program_writes(
        db.path, "UPDATE application SET notes = 'called' WHERE company = 'Globex'"
    )
    before = _follow_ups(db)
    with pytest.raises(ConflictError, match=r"Globex \(Engineer\) was changed in another window"):
        settle_long_past(db, found, None)
    assert _follow_ups(db) == before
    # Read again: moved on a week, all three; the others as they were.
    found = long_past_follow_ups(db, FIXED_TODAY)
    assert len(settle_long_past(db, found, date(2026, 3, 23))) == 3
    assert _follow_ups(db) == {
        "Acme 1": "2026-03-23",
        "Globex 2": "2026-03-23",
        "Initech 3": "2026-02-14",
        "Umbrella 4": "2026-03-13",
        "Rita Okoye 1": "2026-03-23",
    }
    assert long_past_follow_ups(db, FIXED_TODAY) == []


def test_an_application_is_one_line_quiet_or_from_a_while_back(db: Database) -> None:
    # Tailspin, in Applied since 1 December with no word, had its follow-up of 1 February
    # counted in "2 follow-ups from a while back" and was asked about as "ghosted?" as well.
    # A follow-up set is the person's: it is counted there, and once the review lets it go
    # the application is asked about as "ghosted?". One line for it each time.
    from bounceback_tui.services.long_past import long_past_follow_ups, settle_long_past

    _application(db, "Acme", "offer", "2026-01-10")  # 65 days past
    _application(db, "Tailspin", "applied", "2026-02-01")  # 43 days past, sent 105 days ago
    summary = load_today(db.path, FIXED_TODAY)
    titles = [item.title for item in summary.due]
    assert titles == ["2 follow-ups from a while back: let them go or move them on"]
    assert summary.due_total == 1
    found = long_past_follow_ups(db, FIXED_TODAY)
    assert [f.name for f in found] == ["Acme", "Tailspin"]
    settle_long_past(db, found, None)
    titles = [item.title for item in load_today(db.path, FIXED_TODAY).due]
    assert titles == ["No word from Tailspin (Engineer): ghosted?"]


@pytest.fixture
def demo_store(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 60)
    return opened_paths


def _titles(app: object) -> list[str]:
    return [item.title for item in app.current_pane.summary.due]  # type: ignore[attr-defined]


# Back after 400 days (the demo's last action on Mon 16 Mar 2026): the follow-ups are
# grouped by that day, thirteen due while away and three before (four of them set on
# applications quiet for months: a follow-up set is the person's, never "ghosted?").
WHILE_AWAY = "13 follow-ups due while you were away: let them go or move them on"
BEFORE_AWAY = "3 follow-ups due before you were away: let them go or move them on"


async def _open_the_review(app: object, pilot: object, words: str = "while you were away") -> None:
    board = app.query_one("#today-body", TodayBoard)  # type: ignore[attr-defined]
    (index,) = [n for n, title in enumerate(_titles(app)) if words in title]
    await pilot.press("tab")  # type: ignore[attr-defined]
    board.highlighted = index
    await pilot.press("enter")  # type: ignore[attr-defined]
    await settle_workers(pilot)


@pytest.mark.parametrize(
    ("key", "moved_to"), [("w", "2027-04-27"), ("l", None), ("escape", "kept")]
)
async def test_after_a_long_break_the_review_settles_them_together(
    demo_store: DataPaths, key: str, moved_to: str | None
) -> None:
    clock.freeze(FIXED_NOW + timedelta(days=400))  # back after 400 days: Tue 20 Apr 2027
    db = Database(demo_store.database)
    before = {k: v for k, v in _follow_ups(db).items() if v}
    async with app_on(demo_store, size=(100, 30), notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert WHILE_AWAY in _titles(app) and BEFORE_AWAY in _titles(app)
        assert not [title for title in _titles(app) if title.startswith("Follow up")]
        await _open_the_review(app, pilot)
        screen = app.screen
        assert type(screen).__name__ == "LongPastScreen"
        found = screen.follow_ups  # type: ignore[attr-defined]
        # The demo's follow-ups set for after its last day, every one 400 days ago or more.
        assert len(found) == 13 and all(f.day > date(2026, 3, 16) for f in found)
        reviewed = {f"{f.name} {f.item_id}" for f in found}
        await pilot.press(key)
        await settle_workers(pilot)
        after = _follow_ups(db)
        if moved_to == "kept":
            assert {k: v for k, v in after.items() if v} == before
        else:
            assert {after[name] for name in reviewed} == {moved_to}
            assert {k: after[k] for k in before if k not in reviewed} == {
                k: v for k, v in before.items() if k not in reviewed
            }
            said = (
                "Let go of 13 follow-ups." if key == "l" else "Moved 13 follow-ups to Tue 27 Apr."
            )
            assert f"{said} u brings them back." in toasts(app)
            assert [title for title in _titles(app) if "follow" in title.lower()] == [BEFORE_AWAY]
        assert focus_problem(app) is None
    db.dispose()


def test_bringing_them_back_brings_back_the_rest_of_one_changed_elsewhere(db: Database) -> None:
    # It was all or none: Globex changed in another window kept Acme and Rita let go too.
    from bounceback_tui.services.long_past import (
        BroughtBack,
        bring_back_long_past,
        long_past_follow_ups,
        settle_long_past,
    )

    _store(db)
    before = _follow_ups(db)
    settled = settle_long_past(db, long_past_follow_ups(db, FIXED_TODAY), None)
    assert bring_back_long_past(db, settled) == BroughtBack(3)
    assert _follow_ups(db) == before
    # Let go again, then Globex changed in another window: the other two come back, in one
    # write, and Globex stays as the other window left it (let go).
    settled = settle_long_past(db, long_past_follow_ups(db, FIXED_TODAY), None)
    another_program_writes(
        db.path, "UPDATE application SET notes = 'called' WHERE company = 'Globex'"
    )
    assert bring_back_long_past(db, settled) == BroughtBack(2, changed=("Globex (Engineer)",))
    assert _follow_ups(db) == {**before, "Globex 2": None}
    # Acme and Rita let go again, and Rita deleted in another window: Acme comes back.
    settled = settle_long_past(db, long_past_follow_ups(db, FIXED_TODAY), None)
    assert [f.name for f in settled] == ["Acme", "Rita Okoye"]
    with sqlite3.connect(db.path) as conn:
        conn.execute("DELETE FROM contact WHERE name = 'Rita Okoye'")
    assert bring_back_long_past(db, settled) == BroughtBack(1, gone=("Rita Okoye",))
    after = _follow_ups(db)
    assert after["Acme 1"] == "2026-01-10" and "Rita Okoye 1" not in after


def test_u_names_two_applications_at_one_company_by_their_roles(db: Database) -> None:
    # "2 could not be brought back: Lumen Health and Lumen Health were changed since the
    # review": which two? Each is named with its role, as the review lists them.
    from bounceback_tui.domain.wording import back_as_they_were
    from bounceback_tui.services.long_past import (
        bring_back_long_past,
        long_past_follow_ups,
        settle_long_past,
    )

    for role in ("Data Analyst", "Product Analyst"):
        values = {
            "company": "Lumen Health",
            "role": role,
            "stage": "interviewing",
            "date_applied": "2025-12-01",
            "next_follow_up": "2026-01-10",
        }
        application_service.add_application(db, validate_application(values, FIXED_TODAY))
    _application(db, "Acme", "offer", "2026-01-12")
    settled = settle_long_past(db, long_past_follow_ups(db, FIXED_TODAY), None)
    # another window
    another_program_writes(
        db.path, "UPDATE application SET notes = 'called' WHERE company = 'Lumen Health'"
    )
    result = bring_back_long_past(db, settled)
    assert back_as_they_were(
        result.back, "follow-up", changed=result.changed, gone=result.gone
    ) == (
        "1 follow-up is back as it was; 2 could not be brought back: Lumen Health (Data "
        "Analyst) and Lumen Health (Product Analyst) were changed since the review, so they "
        "stay as they are now."
    )


def _actions(db: Database) -> dict[str, int]:
    with sqlite3.connect(db.path) as conn:
        return dict(conn.execute("SELECT day, actions FROM activity_day").fetchall())


def test_taking_a_review_back_leaves_the_day_as_it_was(db: Database) -> None:
    # `u` counted as the day's action, and the review's own count stayed: a day with no
    # action but a review taken back was an active day, and the streak went on.
    from bounceback_tui.services.long_past import (
        bring_back_long_past,
        long_past_follow_ups,
        settle_long_past,
    )

    _store(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute("DELETE FROM activity_day")  # nothing done yet today
    settled = settle_long_past(db, long_past_follow_ups(db, FIXED_TODAY), None)
    assert _actions(db) == {"2026-03-16": 1}  # letting go is an action
    bring_back_long_past(db, settled, FIXED_TODAY)
    assert _actions(db) == {}
    assert load_today(db.path, FIXED_TODAY).streak_days == 0
    # Two actions earlier today: the review makes three, its take-back leaves two.
    with sqlite3.connect(db.path) as conn:
        conn.execute("INSERT INTO activity_day (day, actions) VALUES ('2026-03-16', 2)")
    settled = settle_long_past(db, long_past_follow_ups(db, FIXED_TODAY), date(2026, 3, 23))
    assert _actions(db) == {"2026-03-16": 3}
    bring_back_long_past(db, settled, FIXED_TODAY)
    assert _actions(db) == {"2026-03-16": 2}
    # One changed elsewhere stays let go: the review still stands in part, and counts.
    settled = settle_long_past(db, long_past_follow_ups(db, FIXED_TODAY), None)
    another_program_writes(
        db.path, "UPDATE application SET notes = 'called' WHERE company = 'Globex'"
    )
    bring_back_long_past(db, settled, FIXED_TODAY)
    assert _actions(db) == {"2026-03-16": 3}


async def test_the_review_lists_every_one_and_u_on_today_brings_them_back(
    demo_store: DataPaths,
) -> None:
    # It named six of sixteen and "and 10 more" (Down did not scroll), and `l` let go of all
    # sixteen with no way back: `u` on Today did nothing.
    from textual.widgets import Static

    from bounceback_tui.ui.today.long_past import LongPastList

    clock.freeze(FIXED_NOW + timedelta(days=400))
    db = Database(demo_store.database)
    # Here every day for five weeks up to yesterday, back from the break over 30 days ago
    # (a return's groups last 30 days: domain/time_away): one group of them, sixteen.
    here = [(date(2027, 3, 15) + timedelta(days=n)).isoformat() for n in range(36)]
    with sqlite3.connect(db.path) as conn:
        conn.executemany(
            "INSERT INTO activity_day (day, actions) VALUES (?, 1)", [(d,) for d in here]
        )
    conn.close()
    before = {k: v for k, v in _follow_ups(db).items() if v}
    async with app_on(demo_store, size=(100, 30), notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        await _open_the_review(app, pilot, "from a while back")
        listed = app.screen.query_one(LongPastList)
        assert app.focused is listed
        lines = str(listed.query_one(Static).render()).splitlines()
        assert len(lines) == 16 and all(line.startswith("• ") for line in lines)
        assert "more" not in str(app.screen.query_one(".confirm-detail", Static).render())
        assert listed.max_scroll_y > 0  # sixteen lines do not fit at 100x30: it scrolls
        await pilot.press("j", "down")
        await settle_workers(pilot)
        assert listed.scroll_y == 2  # the last two in view
        await pilot.press("k")
        await settle_workers(pilot)
        assert listed.scroll_y == 1
        await pilot.press("l")
        await settle_workers(pilot)
        assert len([k for k in before if not _follow_ups(db)[k]]) == 16
        assert "Let go of 16 follow-ups. u brings them back." in toasts(app)
        await pilot.press("u")
        await settle_workers(pilot)
        assert {k: v for k, v in _follow_ups(db).items() if v} == before
        assert "16 follow-ups are back as they were." in toasts(app)
        assert "16 follow-ups from a while back: let them go or move them on" in _titles(app)
        assert focus_problem(app) is None
        await pilot.press("u")  # nothing more to take back: it says so, and changes nothing
        await settle_workers(pilot)
        assert "Nothing to undo here." in toasts(app)
    db.dispose()


async def test_u_brings_back_the_rest_and_says_which_one_stays_and_why(
    demo_store: DataPaths,
) -> None:
    # `u` after one of sixteen was changed in another window: "… was changed in another
    # window." and all sixteen stayed let go.
    clock.freeze(FIXED_NOW + timedelta(days=400))
    db = Database(demo_store.database)
    before = {k: v for k, v in _follow_ups(db).items() if v}
    async with app_on(demo_store, size=(100, 30), notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        await _open_the_review(app, pilot)
        first = app.screen.follow_ups[0]  # type: ignore[attr-defined]
        await pilot.press("l")
        await settle_workers(pilot)
        assert _actions(db).get("2027-04-20") == 1  # letting go is the day's one action
        table = "contact" if first.person else "application"
        # another window
        another_program_writes(
            db.path, f"UPDATE {table} SET notes = 'called' WHERE id = ?", (first.item_id,)
        )
        await pilot.press("u")
        await settle_workers(pilot)
        said = (
            "12 follow-ups are back as they were; 1 could not be brought back: "
            f"{first.name if first.person else f'{first.name} ({first.detail})'} was changed "
            "since the review, so it stays as it is now."
        )
        assert said in toasts(app), toasts(app)
        after = _follow_ups(db)
        kept = f"{first.name} {first.item_id}"
        assert after[kept] is None
        assert {k: after[k] for k in before if k != kept} == {
            k: v for k, v in before.items() if k != kept
        }
        assert _actions(db).get("2027-04-20") == 1  # the take-back is no action of its own
        assert focus_problem(app) is None
    db.dispose()


async def test_u_after_a_review_leaves_the_day_without_an_action(demo_store: DataPaths) -> None:
    clock.freeze(FIXED_NOW + timedelta(days=400))
    db = Database(demo_store.database)
    async with app_on(demo_store, size=(100, 30), notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert _actions(db).get("2027-04-20") is None
        await _open_the_review(app, pilot)
        await pilot.press("l")
        await settle_workers(pilot)
        assert _actions(db)["2027-04-20"] == 1
        await pilot.press("u")
        await settle_workers(pilot)
        assert "13 follow-ups are back as they were." in toasts(app)
        assert _actions(db).get("2027-04-20") is None
        assert app.current_pane.summary.streak_days == 0  # type: ignore[attr-defined]
    db.dispose()
