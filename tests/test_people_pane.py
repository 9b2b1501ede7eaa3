"""The People pane, message drafts, Recovery's `m` and Today's people part, driven by keys.

Snapshots: `pytest tests/test_people_pane.py --snapshot-update` after an intended change,
then open the SVGs and check them by eye.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from textual import events

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, people_edits
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.people.pane import PeoplePane
from bounceback_tui.ui.people.pick import PickScreen
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.monkey.checks import focus_dead_end
from tests.people_fixtures import seed_people
from tests.screen_text import assert_terminal_safe, is_on_screen, screen_text
from tests.ui_harness import open_message_template, settle

HOSTILE_NAME = "Zoë [link=http://x]y [/] [b] ["


def _seed(paths: DataPaths) -> dict[str, int]:
    """Rita (a recruiter at Initech, rejected after interviews) and Maya (support, on no
    application); an interview at each company. Built once per worker and copied
    (``tests/built_stores.py``): about 55 ms of CPU and eight writes a build, and 83
    tests in 25 files take this store."""
    return store_once(paths, _seed_into)


def _seed_into(db: Database) -> dict[str, int]:
    def add_interviews(db: Database, ids: dict[str, int]) -> None:
        interviews.add_interview(
            db,
            ids["initech"],
            validate_interview(
                {"kind": "technical", "day": "2026-03-13", "at": "14:00", "zone": "Europe/London"},
                FIXED_TODAY,
            ),
            (ids["rita"],),
        )
        interviews.add_interview(
            db,
            ids["acme"],
            validate_interview(
                {"kind": "onsite", "day": "2026-03-18", "at": "10:00", "zone": "America/New_York",
                 "prep_notes": "Two stories about teamwork"},
                FIXED_TODAY,
            ),
        )  # fmt: skip

    rita = {"name": "Rita Okoye", "kind": "recruiter", "email": "rita@initech.example",
            "company": "Initech", "next_follow_up": "2026-03-16"}  # fmt: skip
    return seed_people(
        db,
        reached=Stage.INTERVIEWING,
        people={"rita": (rita, ("initech",)), "maya": ({"name": "Maya", "kind": "support"}, ())},
        more=add_interviews,
    )


@pytest.fixture
def seeded(opened_paths: DataPaths) -> tuple[DataPaths, dict[str, int]]:
    return opened_paths, _seed(opened_paths)


def _count(paths: DataPaths, sql: str) -> Any:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(sql).fetchone()[0]


async def test_six_opens_people_and_a_person_is_added_as_typed(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert isinstance(app.current_pane, PeoplePane)
        assert is_on_screen(app, "Nobody here yet")
        assert focus_problem(app) is None
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        form = app.screen
        form.query_one("#field-name").value = HOSTILE_NAME
        form.query_one("#field-email").value = "zoe.example.com"  # no @
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)  # refused, the form stays
        assert "@" in screen_text(app)
        assert _count(opened_paths, "SELECT count(*) FROM contact") == 0  # nothing half-saved
        form.query_one("#field-email").value = "zoe@example.com"
        form.query_one("#field-phone").value = "+44 20 7946 0958"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert _count(opened_paths, "SELECT name FROM contact") == HOSTILE_NAME
        assert is_on_screen(app, HOSTILE_NAME)
        assert_terminal_safe(app)
        assert focus_problem(app) is None


async def test_link_log_delete_and_undo(seeded: tuple[DataPaths, dict[str, int]]) -> None:
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        pane = app.current_pane
        assert isinstance(pane, PeoplePane)
        assert pane.select_item(ids["rita"])
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press(*"acme")
        await pilot.press("enter")
        await settle(pilot)
        linked = _count(
            paths, f"SELECT count(*) FROM application_contact WHERE contact_id = {ids['rita']}"
        )
        assert linked == 2
        assert is_on_screen(app, "Acme (Engineer)")

        # A line in the log: feedback asked about Initech ticks its plan's step.
        await pilot.press("i")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        form.query_one("#field-kind").value = "feedback_asked"
        form.query_one("#field-application").value = str(ids["initech"])
        form.query_one("#field-note").value = "Emailed [b]Rita[/b]"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        done = _count(
            paths, "SELECT done_at IS NOT NULL FROM recovery_step WHERE template_key='feedback.ask'"
        )
        assert done == 1
        assert is_on_screen(app, "Emailed [b]Rita[/b]")

        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "linked to 2 application" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert _count(paths, "SELECT count(*) FROM contact") == 1
        # The application keeps its log, with the name in it.
        assert _count(paths, "SELECT contact_name FROM interaction") == "Rita Okoye"
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle(pilot)
        assert _count(paths, "SELECT count(*) FROM contact") == 2
        assert _count(paths, "SELECT count(*) FROM application_contact") == 2
        assert focus_problem(app) is None


async def test_a_message_is_marked_sent_and_ticks_the_bridge(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press(*"gracious", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MessageScreen)
        assert "To Rita Okoye <rita@initech.example>" in screen_text(app)
        assert "Hi Rita," in screen.query_one("#message-body").text
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, MessageScreen)
        ticked = _count(
            paths,
            "SELECT done_at IS NOT NULL FROM recovery_step WHERE template_key='guardrails.bridge'",
        )
        assert ticked == 1
        assert _count(paths, "SELECT kind FROM interaction") == "sent"
        assert focus_problem(app) is None


async def test_recovery_m_writes_the_feedback_request(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    paths, _ids = seeded
    with sqlite3.connect(paths.database) as conn:
        rejection = conn.execute("SELECT id FROM rejection").fetchone()[0]
        step = conn.execute(
            "SELECT id FROM recovery_step WHERE template_key = 'feedback.ask'"
        ).fetchone()[0]
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        pane = await app.go_to("recovery", rejection)
        await settle(pilot)
        pane.select_step(step)  # type: ignore[attr-defined]
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        assert "Ask for feedback after a no" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)
        assert focus_problem(app) is None


async def test_today_asks_how_it_went_after_the_first_paint_and_offers_thanks(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    paths, _ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause(0.5)
        await settle(pilot)
        text = screen_text(app)
        assert "How did it go?" in text and "Technical at Initech" in text
        assert "Onsite: Acme" in text and "Two stories about teamwork" in text
        await pilot.press("h")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-note").value = "Went well"
        app.screen.query_one("#field-rating").value = "4"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)  # a thank-you?
        await pilot.press("y")
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        assert "Thank you" in screen_text(app)
        assert _count(paths, "SELECT rating FROM interview WHERE outcome_at IS NOT NULL") == 4


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_people_pane_snapshot(snap_compare, seeded, size) -> None:  # type: ignore[no-untyped-def]
    paths, _ids = seeded
    assert snap_compare(BouncebackApp(paths), press=["6"], terminal_size=size)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)], ids=["120x40", "80x24"])
def test_message_snapshot(snap_compare, seeded, size) -> None:  # type: ignore[no-untyped-def]
    paths, _ids = seeded

    async def run_before(pilot: Any) -> None:
        await pilot.press("6")
        await pilot.pause()
        pilot.app.current_pane.select_item(_ids["rita"])
        await pilot.pause()
        await pilot.press("m")
        await pilot.pause()
        await pilot.press(*"feedback", "enter")
        await pilot.pause()

    assert snap_compare(BouncebackApp(paths), run_before=run_before, terminal_size=size)


async def test_application_choices_in_forms_are_shown_as_typed(opened_paths: DataPaths) -> None:
    """Found in the tmux walk: a company in a form's select was read as markup."""
    db = Database(opened_paths.database)
    try:
        app_row = add_application(db, ApplicationInput(company="Acme [b]Corp[/b] [", role="Eng"))
        rita = people_edits.add_contact(db, validate_contact({"name": "Rita"}, FIXED_TODAY))
        assert app_row.id is not None
        people_edits.link_application(db, rita, app_row.id)
    finally:
        db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        for key in ("n", "i"):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, FormScreen)
            assert "Acme [b]Corp[/b] [ (Eng" in screen_text(app), key
            await pilot.press("escape")
            await settle(pilot)


async def test_the_palette_finds_a_person_by_a_typo_and_opens_them(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    from tests.palette_fixtures_ui import choose, search

    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "rita okoy")
        assert results[0].startswith("Person · Rita Okoye | In-house recruiter · Initech")
        await pilot.press("escape")
        await settle(pilot)
        await choose(app, pilot, "rita okoy")
        pane = app.current_pane
        assert isinstance(pane, PeoplePane)
        assert pane.selected is not None and pane.selected.id == ids["rita"]
        assert focus_problem(app) is None


def test_the_palette_calendar_export_checks_its_days(tmp_path: Any, data_paths: DataPaths) -> None:
    from bounceback_tui.errors import ValidationError
    from bounceback_tui.ui.screens.export import check_request

    good = check_request("calendar", {"path": str(tmp_path / "c.ics"), "days": "14"}, data_paths)
    assert (good.kind, good.days) == ("calendar", 14)
    with pytest.raises(ValidationError) as caught:
        check_request("calendar", {"path": str(tmp_path / "c.ics"), "days": "-1"}, data_paths)
    assert caught.value.for_field("days")


async def test_message_templates_are_edited_in_settings_and_reset(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    from bounceback_tui.domain.messages import MessageKind
    from bounceback_tui.services import messages as message_service

    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await open_message_template(app, pilot, 2)  # a follow-up after applying
        assert "{first_name}" in screen_text(app)  # the placeholders are listed
        app.screen.query_one("#field-body").text = "Hello {first_name} at {company} [b]{x}[/b]"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
        # {x} is no placeholder: saved as typed, and said so (it was saved without a word,
        # the draft then showing "{x}": a stranger's walk).
        told = [str(n.message) for n in app._notifications]
        assert any("{x}" in line and "not a placeholder" in line for line in told), told
    db = Database(paths.database)
    try:
        view = message_service.draft_for(db, MessageKind.FOLLOW_UP, ids["initech"])
        assert view.draft.body == "Hello Rita at Initech [b]{x}[/b]"
        message_service.reset_template(db, MessageKind.FOLLOW_UP)
        assert message_service.draft_for(
            db, MessageKind.FOLLOW_UP, ids["initech"]
        ).draft.body.startswith("Hi Rita,")
    finally:
        db.dispose()


async def test_ticking_the_feedback_step_offers_to_log_it(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    paths, ids = seeded
    with sqlite3.connect(paths.database) as conn:
        rejection = conn.execute("SELECT id FROM rejection").fetchone()[0]
        step = conn.execute(
            "SELECT id FROM recovery_step WHERE template_key = 'feedback.ask'"
        ).fetchone()[0]
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        pane = await app.go_to("recovery", rejection)
        await settle(pilot)
        pane.select_step(step)  # type: ignore[attr-defined]
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "Log “Feedback asked” with Initech (Analyst) too?" in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert focus_problem(app) is None
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT kind, application_id FROM interaction").fetchall() == [
            ("feedback_asked", ids["initech"])
        ]


async def test_copy_works_from_the_message_body_and_ctrl_s_marks_it_sent(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    """Found in the tmux walk: ctrl+y in the body was the text area's redo, so nothing was
    copied and nothing asked; the key is the screen's, wherever the cursor is."""
    paths, ids = seeded
    app = BouncebackApp(paths)
    copied: list[str] = []
    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]  # no terminal here
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await pilot.press("m")
        await settle(pilot)
        await pilot.press(*"gracious", "enter")
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        assert app.focused is app.screen.query_one("#message-body")
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert len(copied) == 1 and "Hi Rita," in copied[0]
        assert copied[0].startswith("Subject: ")
        assert isinstance(app.screen, MessageScreen)  # not asked at once: pasted first
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, (MessageScreen, ConfirmScreen))
        assert _count(paths, "SELECT kind FROM interaction") == "sent"
        assert focus_problem(app) is None


async def test_a_long_paste_that_matches_nobody_keeps_the_list_and_the_cursor_in_sight(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    # The Skills pane's walk failure (tests/test_skills_pane.py) in the pane that shares its
    # "nothing matches" line and its filter keys.
    paths, _ = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("6", "slash")
        await settle(pilot)
        box = app.focused
        assert box is not None and box.id == "people-filter"
        box.post_message(events.Paste("[b]x" * 2_500))
        await settle(pilot)
        assert 0 < len(box.value) <= 200 and "[b]x[b]x".startswith(box.value[:8])
        nomatch = app.screen.query_one("#people-nomatch")
        assert nomatch.region.height <= 4
        assert is_on_screen(app, "Nobody matches “[b]x[b]x")
        await pilot.press("enter")  # nobody to go to: the cursor stays in the box
        await settle(pilot)
        assert app.focused is box
        assert focus_dead_end(app) is None


async def test_the_filter_says_what_it_is_filtering_by_as_it_is_typed(
    seeded: tuple[DataPaths, dict[str, int]],
) -> None:
    # Seen in tmux: once nothing matched, the message kept the first query that matched
    # nothing ("Nobody matches “zoe [b]x”" with `zoe [b]x[/] [` in the box), and the header
    # went on counting everyone.
    paths, _ = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(110, 32)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("/", *"okoye")
        await settle(pilot)
        assert is_on_screen(app, "1 of 2 people")
        await pilot.press(*"zzzz[/] [")
        await settle(pilot)
        assert is_on_screen(app, "Nobody matches “okoyezzzz[/] [”")
        assert is_on_screen(app, "0 of 2 people")
        await pilot.press("escape")
        await settle(pilot)
        assert is_on_screen(app, "2 people") and not is_on_screen(app, "of 2 people")


async def test_linking_in_an_empty_store_says_where_applications_come_from(
    opened_paths: DataPaths, db: Database
) -> None:
    # A person in an empty store: `m` said "Link an application first (l)", and `l` then
    # offered "No other applications." with no way on (a stranger's walk).
    people_edits.add_contact(db, validate_contact({"name": "Solo"}, FIXED_TODAY))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        assert is_on_screen(app, "No applications yet: add one on the Pipeline (2, then a).")
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is not None


async def test_a_link_filter_that_matches_nothing_says_so_not_linked_to_every_one(
    opened_paths: DataPaths, db: Database
) -> None:
    # Typing "and or" in `l`'s filter said "Linked to every application already." while
    # none was linked; clearing the filter showed them all.
    people_edits.add_contact(db, validate_contact({"name": "Solo"}, FIXED_TODAY))
    add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press(*"and or")
        await settle(pilot)
        assert is_on_screen(app, "Nothing matches “and or”.")
        assert not is_on_screen(app, "Linked to every application already.")
        await pilot.press(*["backspace"] * 6)
        await settle(pilot)
        assert is_on_screen(app, "Initech (Analyst)")
