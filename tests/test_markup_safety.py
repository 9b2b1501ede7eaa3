"""Issue 15, "User text read as markup": each reported case, driven as a person would.

Every case puts text that Rich or Textual would read as markup (or that carries control
characters) where a person's text goes, then checks that the app neither crashes nor
mangles it: the text is on screen exactly as typed (after the display neutralisation,
``tests/screen_text.shown``) and nothing painted would command the terminal.
"""

from __future__ import annotations

from datetime import date

from textual.widgets import Input

from bounceback_tui.domain.skills import SkillInput, SkillKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.boards import follow_board_spec
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.template import TemplateEditor
from tests.recovery_fixtures import add_rejection
from tests.reframe_fixtures import add_record
from tests.screen_text import assert_on_screen, assert_terminal_safe, screen_text
from tests.ui_harness import settle
from tests.written_over import another_program_writes

SIZE = (120, 40)
LINK = "Initech [link=http://x]y"
STEP = "Email Jane [link=http://x]y"
BOARD_COMPANY = "Evil [link=http://x]y"
SKILL = "Speak up [ in meetings [/]"


async def _fill(app: BouncebackApp, pilot, **values: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(app.screen, FormScreen)
    for name, value in values.items():
        app.screen.query_one(f"#field-{name}", Input).value = value
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert not isinstance(app.screen, FormScreen), screen_text(app)


# --- Recovery ----------------------------------------------------------------------------------


async def test_recovery_new_no_with_a_markup_company_lists_edits_and_deletes_it(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        await _fill(app, pilot, company=LINK, role="Analyst")
        assert_on_screen(app, f"A plan for {LINK} (Analyst) is ready.")  # the toast
        pane = app.current_pane
        assert [r.company for r in pane.table.items] == [LINK]
        assert_on_screen(app, LINK)  # the list and the plan's title
        await pilot.press("escape", "e")  # from the steps back to the list, then edit
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert_on_screen(app, f"Edit the rejection from {LINK}")
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_on_screen(app, f"Delete the rejection from {LINK} (Analyst) and its plan?")
        await pilot.press("y")
        await settle(pilot)
        assert pane.table.items == []
    assert plan_service.plan_rows(db) == []


async def test_recovery_custom_step_with_a_markup_title(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Acme", "Engineer", date(2026, 3, 12))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("3")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await _fill(app, pilot, title=STEP)
        assert_on_screen(app, f"Added “{STEP}” to this plan.")
        pane = app.current_pane
        assert pane.step_list.highlighted_step.title == STEP
        assert_on_screen(app, STEP)  # in the plan's list of steps
        await pilot.press("d")  # the step list has focus: remove this step
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_on_screen(app, f"Remove “{STEP}” from this plan?")
        await pilot.press("y")
        await settle(pilot)


async def test_template_editor_adds_and_retires_a_markup_step(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("comma")
        await settle(pilot)
        editor = app.screen.query_one(TemplateEditor)
        editor.table.focus()
        await pilot.press("a")
        await settle(pilot)
        await _fill(app, pilot, title=STEP)
        assert editor.selected.title == STEP
        assert_on_screen(app, STEP)  # the template's table
        await pilot.press("space")
        await settle(pilot)
        assert_on_screen(app, f"Retired “{STEP}”: new plans leave it out.")
    assert [r.retired for r in template_service.list_template(db) if r.title == STEP] == [True]


# --- Boards ------------------------------------------------------------------------------------


async def test_boards_with_a_markup_company_show_and_unfollow(
    opened_paths: DataPaths, db: Database
) -> None:
    follow_board_spec(db, "lever:evil", BOARD_COMPANY)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("b")
        await settle(pilot)
        assert_on_screen(app, BOARD_COMPANY)  # the table and the detail under it
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_on_screen(app, f"Stop following {BOARD_COMPANY}'s board?")
        await pilot.press("y")
        await settle(pilot)
        assert_on_screen(app, f"No longer following {BOARD_COMPANY}.")
        await pilot.press("u")
        await settle(pilot)
        assert_on_screen(app, f"Following {BOARD_COMPANY} again.")


# --- Skills ------------------------------------------------------------------------------------


def _add_skill(db: Database, title: str) -> int:
    return skill_service.add_skill(db, SkillInput(title=title, kind=SkillKind.SOFT_SKILL))


async def test_skills_filter_with_a_lone_bracket_says_nothing_matches(
    opened_paths: DataPaths, db: Database
) -> None:
    _add_skill(db, "SQL window functions")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("5")
        await settle(pilot)
        await pilot.press("slash", *"zzqq", "space", "left_square_bracket")
        await settle(pilot)
        assert_on_screen(app, "Nothing matches “zzqq [”.")


async def test_a_skill_title_with_brackets_shows_without_a_stray_backslash(
    opened_paths: DataPaths, db: Database
) -> None:
    _add_skill(db, SKILL)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("5")
        await settle(pilot)
        assert_on_screen(app, SKILL)  # the board card and the detail
        assert "\\[/]" not in screen_text(app)
        await pilot.press("space")  # to Doing
        await settle(pilot)
        await pilot.press("space")  # to Done: a toast names it
        await settle(pilot)
        assert_on_screen(app, f"Well done: you finished “{SKILL}”.")
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_on_screen(app, f"Delete “{SKILL}”?")
        assert "\\[/]" not in screen_text(app)
        await pilot.press("y")
        await settle(pilot)
        assert_on_screen(app, f"Deleted “{SKILL}”.")


# --- Reframe -----------------------------------------------------------------------------------


async def test_reframe_thought_banner_and_delete_dialog_show_the_thought_literally(
    opened_paths: DataPaths, db: Database
) -> None:
    draft_id = add_record(db, SKILL, complete=False, step=5)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await app.go_to("reframe", draft_id)
        await settle(pilot)
        assert_on_screen(app, f"Your thought: “{SKILL}”")
        assert "\\[/]" not in screen_text(app)
        await pilot.press("escape")  # back to the history (the draft is kept)
        await settle(pilot)
        assert_on_screen(app, SKILL)  # the history's row
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert_on_screen(app, f"“{SKILL}”")
        assert "\\[/]" not in screen_text(app)


# --- Control characters from a hand-edited store ---------------------------------------------


async def test_control_sequences_in_the_store_never_reach_the_terminal(
    opened_paths: DataPaths, db: Database
) -> None:
    hostile = "Acme \x1b]52;c;aGk=\x07 \x1b[2J \x1b]8;;http://x/\x1b\\y\x1b]8;;\x1b\\ \u202eevil"
    rid = add_rejection(db, "Acme", "Engineer", date(2026, 3, 12))
    another_program_writes(
        opened_paths,
        "UPDATE rejection SET company = ?, reason = ? WHERE id = ?",
        (hostile, hostile, rid),
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await pilot.press("3")
        await settle(pilot)
        assert_terminal_safe(app)
        assert_on_screen(app, hostile)
        await pilot.press("d")
        await settle(pilot)
        assert_terminal_safe(app)
