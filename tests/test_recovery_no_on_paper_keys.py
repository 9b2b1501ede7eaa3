"""A no on paper, by the keys a person presses (a new user's finding): Pipeline `2`, an
application at Applied, `x` with "got as far as: Applied", the plan offered and opened; its
steps ask nothing about an interview, and `m` on the feedback step drafts a request with no
conversation or team in it. The template editor still shows and rewords the steps written for
one kind of no, and says which. Expected words are written out by hand."""

from __future__ import annotations

from textual.widgets import Input, Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from bounceback_tui.ui.recovery.template import TemplateEditor
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.built_stores import store_once
from tests.pipeline_fixtures import rows, small_pipeline
from tests.recovery_fixtures import add_rejection, step_by_key, steps_of
from tests.screen_text import flat, screen_text
from tests.ui_harness import app_on, settle


async def test_x_at_applied_makes_a_plan_for_a_no_on_paper_and_m_drafts_for_it(
    opened_paths: DataPaths,
) -> None:
    ids = store_once(opened_paths, small_pipeline)
    bluefin = ids["Bluefin Labs"]  # applied on 10 Feb, never heard back
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        assert pane.select_item(bluefin)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-stage_reached").value == "applied"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PlanOfferScreen)
        await pilot.press("y")
        await settle(pilot, 4)
        recovery = app.current_pane
        assert isinstance(recovery, RecoveryPane)
        title = flat(str(recovery.query_one("#plan-title", Static).render()))
        assert "after applying" in title
        shown = flat(screen_text(app))
        assert "Which of the posting's asks did my application show?" in shown
        for asked_after_talking in ("How prepared was I", "Practise interviewing"):
            assert asked_after_talking not in shown

        ((rejection_id,),) = rows(
            opened_paths.database, "SELECT id FROM rejection WHERE application_id = ?", bluefin
        )
        assert recovery.select_step(step_by_key(app.db, rejection_id, "feedback.ask").id)
        await settle(pilot)
        help_text = flat(screen_text(app))
        assert "conversation" not in help_text and "interview" not in help_text
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        body = app.screen.query_one("#message-body", TextArea).text
        assert "for taking the time to read my application" in body
        assert "team" not in body and "conversation" not in body
        await pilot.press("escape")
        await settle(pilot)
        assert focus_problem(app) is None


async def test_the_template_editor_shows_and_rewords_a_step_for_one_kind_of_no(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await pilot.press("comma")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        editor = app.screen.query_one(TemplateEditor)
        editor.table.focus()

        def notes(key: str) -> str:
            return str(editor.table.get_row(key)[-1])

        assert notes("keep_going.practise") == "check, after talking"
        assert notes("reflect.posting") == "answer, no on paper"
        assert notes("reflect.went_well") == "answer"
        assert editor.table.select_key("keep_going.practise")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        intro = flat(str(app.screen.query_one(".form-intro", Static).render()))
        assert intro == (
            "New plans get this step; plans you already have keep theirs. It goes only into "
            "plans for a no after a conversation with them (a screening call or an interview)."
        )
        app.screen.query_one("#field-title", Input).value = "Practise a two-minute story"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, SettingsScreen)
        assert notes("keep_going.practise") == "check, after talking"
        assert focus_problem(app) is None

    practise = {r.key: r for r in template_service.list_template(db)}["keep_going.practise"]
    only_for = getattr(practise, "only_for", None)  # read by name: the rows had none
    assert (practise.title, only_for) == ("Practise a two-minute story", "after_talking")
    talked = add_rejection(db, "Talk Co", stage_reached="interviewing")
    paper = add_rejection(db, "Paper Co", stage_reached="applied")
    assert "Practise a two-minute story" in [s.title for s in steps_of(db, talked)]
    assert "Practise a two-minute story" not in [s.title for s in steps_of(db, paper)]
