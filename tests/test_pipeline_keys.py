"""Every Pipeline key, driven with Pilot on a small fixed data set."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from textual.widgets import Input, Select, Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.board import BoardColumn
from bounceback_tui.ui.pipeline.dialogs import GhostScreen, PlanOfferScreen
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.helpers import content_of
from tests.pipeline_fixtures import rows, small_pipeline, stage_of, timeline
from tests.written_over import another_program_writes

SIZE = (100, 30)


@pytest.fixture
def ids(opened_paths: DataPaths) -> dict[str, int]:
    return store_once(opened_paths, small_pipeline)


@asynccontextmanager
async def pipeline(paths: DataPaths, size: tuple[int, int] = SIZE) -> AsyncIterator[Any]:
    app = BouncebackApp(paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        await pilot.pause()
        yield app, pilot, app.query_one(PipelinePane)


def selected(pane: PipelinePane) -> str | None:
    row = pane.selected_row
    return row.company if row else None


async def select(pilot: Any, pane: PipelinePane, app_id: int) -> None:
    assert pane.select_item(app_id)
    await pilot.pause()


def field(app: BouncebackApp, name: str) -> Any:
    return app.screen.query_one(f"#field-{name}")


async def settle(pilot: Any) -> None:
    # The application form mounts its later fields just after its first paint.
    await pilot.pause()
    await pilot.pause()


# --- the list -----------------------------------------------------------------------------


async def test_table_lists_everything_newest_applied_first(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, _pilot, pane):
        table = pane.table
        assert table.row_count == 8
        companies = [table.cell_text(i, "company") for i in range(table.row_count)]
        # Sorted by date applied, newest first; Paperkite (saved, no date) last.
        assert companies == [
            "مؤسسة الأمل",
            "Café Numérique",
            "Northwind Analytics",
            "Bluefin Labs",
            "Kestrel Robotics 🚀",
            "Quarry & Co",
            "Harbor Freight Tech",
            "Paperkite",
        ]
        assert table.cell_text(3, "in_stage") == "34d quiet"
        header = str(app.query_one("#pipeline-header").render())
        # Sent: all but Paperkite. Replies: Northwind, Café, Kestrel, Quarry (4 of 7).
        assert "7 sent · replies 57% · interviews 29% · offers 14%" in header


async def test_s_cycles_the_sort_column_and_shift_s_reverses_it(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (_app, pilot, pane):
        table = pane.table
        await pilot.press("s")  # Applied -> Follow-up (soonest first)
        await pilot.pause()
        assert (table.sort_key, table.sort_descending) == ("follow_up", False)
        assert table.cell_text(0, "company") == "Café Numérique"  # 2026-03-13
        # Excite, Location, Mode, Source, Salary, then round to Company.
        for _ in range(6):
            await pilot.press("s")
        await pilot.pause()
        assert table.sort_key == "company"
        assert table.cell_text(0, "company") == "Bluefin Labs"
        await pilot.press("S")
        await pilot.pause()
        assert table.cell_text(0, "company") == "مؤسسة الأمل"


async def test_clicking_a_column_title_sorts_by_it(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (_app, pilot, pane):
        # The Stage title sits after Company and Role; click its first cell.
        widths = pane.table._widths
        x = widths["company"] + widths["role"] + 2 + 1
        await pilot.click("#pipeline-table", offset=(x, 0))
        await pilot.pause()
        assert pane.table.sort_key == "stage"
        assert pane.table.cell_text(0, "stage") == "Saved"


# --- add, edit, bad input -----------------------------------------------------------------


async def test_add_with_every_field(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        values = {
            "company": "Lumen Health",
            "role": "Data Engineer",
            "date_applied": "-2d",
            "next_follow_up": "+1w",
            "link": "lumen.example/jobs/9",
            "location": "Lisbon",
            "salary_min": "60k",
            "salary_max": "72,000",
            "salary_currency": "€",
            "contact_name": "Priya",
            "contact_email": "priya@lumen.example",
        }
        for name, value in values.items():
            field(app, name).value = value
        field(app, "work_mode").value = "remote"
        field(app, "salary_period").value = "year"
        field(app, "source").value = "recruiter"
        field(app, "excitement").value = "4"
        field(app, "notes").text = "Met Priya at PyCon."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert selected(pane) == "Lumen Health"
    stored = rows(
        opened_paths.database,
        "SELECT date_applied, next_follow_up, link, work_mode, salary_min, salary_max, "
        "salary_currency, salary_period, source, excitement, "
        # The contact typed with the application is a person linked to it.
        "(SELECT c.email FROM application_contact l JOIN contact c ON c.id = l.contact_id "
        "WHERE l.application_id = application.id), notes "
        "FROM application WHERE company = 'Lumen Health'",
    )
    assert stored == [
        (
            "2026-03-14",
            "2026-03-23",
            "https://lumen.example/jobs/9",
            "remote",
            60000.0,
            72000.0,
            "EUR",
            "year",
            "recruiter",
            4,
            "priya@lumen.example",
            "Met Priya at PyCon.",
        )
    ]


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("company", "   ", "Company is required."),
        ("link", "not a link", "web address"),
        ("contact_email", "sam.example.com", "@"),
        ("date_applied", "+3d", "future"),
        ("date_applied", "last week", "YYYY-MM-DD"),  # "last tuesday" is taken
        ("date_applied", "next tuesday", "future"),  # a weekday is the next one after today
        ("salary_min", "90k", "below the minimum"),
    ],
)
async def test_bad_input_is_explained_and_nothing_is_saved(
    opened_paths, ids, name: str, value: str, message: str
) -> None:
    before = rows(opened_paths.database, "SELECT count(*) FROM application")
    async with pipeline(opened_paths) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot)
        field(app, "company").value = "Acme"
        field(app, "role").value = "Engineer"
        field(app, "salary_max").value = "80k"
        field(app, name).value = value
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        error_field = "salary_max" if name == "salary_min" else name
        error = app.screen.query_one(f"#error-{error_field}", Static)
        assert error.display and message in str(error.render())
        assert "Nothing was saved" in str(app.screen.query_one("#form-message", Static).render())
    assert rows(opened_paths.database, "SELECT count(*) FROM application") == before


async def test_long_notes_emoji_and_rtl_are_stored_and_shown(opened_paths, ids) -> None:
    notes = ("שלום 👋🏽 " * 1500)[:10_000]
    async with pipeline(opened_paths, size=(130, 40)) as (app, pilot, pane):
        await pilot.press("a")
        await settle(pilot)
        field(app, "company").value = "مؤسسة 🚀"
        field(app, "role").value = "Ingénieure"
        field(app, "notes").text = notes
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert selected(pane) == "مؤسسة 🚀"
        body = str(app.query_one("#pipeline-detail-body", Static).render())
        assert "مؤسسة 🚀" in body and "Ingénieure" in body and "שלום 👋🏽" in body
    assert rows(
        opened_paths.database, "SELECT notes FROM application WHERE role = 'Ingénieure'"
    ) == [(notes.strip(),)]


async def test_e_and_enter_edit_the_selected_application(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, ids["Northwind Analytics"])
        await pilot.press("e")
        await settle(pilot)
        assert field(app, "company").value == "Northwind Analytics"
        assert field(app, "salary_min").value == "70000"
        assert field(app, "work_mode").value == "hybrid"
        assert field(app, "notes").text.startswith("Panel on Thursday")
        field(app, "location").value = "Hamburg"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        await pilot.press("enter")
        await settle(pilot)
        assert field(app, "location").value == "Hamburg"
        await pilot.press("escape")
    assert rows(
        opened_paths.database,
        "SELECT location FROM application WHERE id = ?",
        ids["Northwind Analytics"],
    ) == [("Hamburg",)]


async def test_editing_into_rejected_asks_for_the_details(opened_paths, ids) -> None:
    app_id = ids["Bluefin Labs"]
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, app_id)
        await pilot.press("e")
        await settle(pilot)
        field(app, "stage").value = "rejected"
        await pilot.press("ctrl+s")
        await pilot.pause()
        # The rejection dialog opens over the form.
        assert field(app, "rejected_on").value == "today"
        field(app, "rejected_on").value = "2026-03-12"
        await pilot.press("escape")
        await pilot.pause()
        # A changed date is typing to lose: the dialog asks first.
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await pilot.pause()
        # Cancelled: the form is still open, nothing saved yet.
        assert "Not saved yet" in str(app.screen.query_one("#form-message", Static).render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        field(app, "rejected_on").value = "2026-03-12"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanOfferScreen)
        await pilot.press("n")
        await pilot.pause()
        assert pane.selected_row is not None and pane.selected_row.stage.value == "rejected"
    assert timeline(opened_paths.database, app_id)[-1] == ("applied", "rejected", "2026-03-12")


async def test_escape_on_a_filled_new_application_asks_first(opened_paths, ids) -> None:
    before = rows(opened_paths.database, "SELECT count(*) FROM application")
    async with pipeline(opened_paths) as (app, pilot, _pane):
        await pilot.press("a")
        await pilot.press(*"Acme")  # typed before the later fields have arrived
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # Escape again means no: back to the form
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert field(app, "company").value == "Acme"
        await pilot.press("escape", "y")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
        # An untouched form closes at once.
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen | ConfirmScreen)
    assert rows(opened_paths.database, "SELECT count(*) FROM application") == before


async def test_open_add_form_is_prefilled(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        pane.open_add_form(
            {
                "company": "Tessellate",
                "role": "Site Reliability Engineer",
                "link": "https://boards.example.com/tessellate/77",
                "description": "We run the grid.",
                "employment_type": "FULL_TIME",
            }
        )
        await settle(pilot)
        assert field(app, "company").value == "Tessellate"
        assert field(app, "description").text == "We run the grid."
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert rows(
        opened_paths.database,
        "SELECT role, link, description, employment_type, stage FROM application "
        "WHERE company = 'Tessellate'",
    ) == [
        (
            "Site Reliability Engineer",
            "https://boards.example.com/tessellate/77",
            "We run the grid.",
            "FULL_TIME",
            "applied",
        )
    ]


# --- stages -------------------------------------------------------------------------------


async def test_brackets_move_between_stages(opened_paths, ids) -> None:
    app_id = ids["Café Numérique"]
    async with pipeline(opened_paths) as (_app, pilot, pane):
        await select(pilot, pane, app_id)
        await pilot.press("]")
        await pilot.pause()
        assert stage_of(opened_paths.database, app_id) == "interviewing"
        assert selected(pane) == "Café Numérique"
        await pilot.press("[")
        await pilot.pause()
        assert stage_of(opened_paths.database, app_id) == "screening"
    # `]` then `[` on the same day leaves the timeline as it was.
    assert timeline(opened_paths.database, app_id) == [
        (None, "applied", "2026-03-02"),
        ("applied", "screening", "2026-03-09"),
    ]


async def test_brackets_do_not_apply_at_the_ends(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (_app, pilot, pane):
        await select(pilot, pane, ids["Paperkite"])
        assert pane.check_action("move", (-1,)) is None
        assert pane.check_action("move", (1,)) is True
        await pilot.press("[")
        await pilot.pause()
        assert stage_of(opened_paths.database, ids["Paperkite"]) == "saved"


async def test_x_records_a_rejection_offers_the_plan_and_u_takes_it_back(opened_paths, ids) -> None:
    app_id = ids["Northwind Analytics"]
    gone_to: list[tuple[str, int | None]] = []
    async with pipeline(opened_paths) as (app, pilot, pane):

        async def go_to(pane_id: str, item_id: int | None = None) -> None:
            gone_to.append((pane_id, item_id))

        app.go_to = go_to  # type: ignore[method-assign]
        await select(pilot, pane, app_id)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert field(app, "stage_reached").value == "interviewing"
        field(app, "rejected_on").value = "yesterday"
        field(app, "reason").text = "They hired internally."
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanOfferScreen)
        await pilot.press("y")
        await pilot.pause()
        rejection_id = rows(
            opened_paths.database, "SELECT id FROM rejection WHERE application_id = ?", app_id
        )[0][0]
        assert gone_to == [("recovery", rejection_id)]
        assert stage_of(opened_paths.database, app_id) == "rejected"
        assert pane.check_action("reject", ()) is None  # already rejected
        await pilot.press("u")
        await pilot.pause()
        assert stage_of(opened_paths.database, app_id) == "interviewing"
    assert rows(
        opened_paths.database, "SELECT count(*) FROM rejection WHERE application_id = ?", app_id
    ) == [(0,)]
    assert rows(
        opened_paths.database,
        "SELECT count(*) FROM recovery_step WHERE rejection_id = ?",
        rejection_id,
    ) == [(0,)]


async def test_a_future_rejection_date_is_refused(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, ids["Bluefin Labs"])
        await pilot.press("x")
        await pilot.pause()
        field(app, "rejected_on").value = "tomorrow"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert "future" in str(app.screen.query_one("#error-rejected_on", Static).render())
        await pilot.press("escape")
    assert stage_of(opened_paths.database, ids["Bluefin Labs"]) == "applied"


async def test_undo_of_a_rejection_with_work_in_its_plan_asks_first(opened_paths, ids) -> None:
    app_id = ids["Bluefin Labs"]
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, app_id)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("n")  # not now
        await pilot.pause()

        another_program_writes(
            opened_paths,
            "UPDATE recovery_step SET answer = 'I rushed it' "
            "WHERE id = (SELECT max(id) FROM recovery_step)",
        )
        await pilot.press("u")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert stage_of(opened_paths.database, app_id) == "rejected"


# --- follow-up, link, delete --------------------------------------------------------------


async def test_f_sets_then_clears_the_follow_up(opened_paths, ids) -> None:
    app_id = ids["Bluefin Labs"]
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, app_id)
        await pilot.press("f")
        await pilot.pause()
        assert field(app, "next_follow_up").value == "+1w"
        await pilot.press("enter")
        await pilot.pause()
        assert rows(
            opened_paths.database, "SELECT next_follow_up FROM application WHERE id = ?", app_id
        ) == [("2026-03-23",)]
        # The application by its role too: two at one company read alike by company alone.
        said = [str(n.message) for n in app._notifications]
        assert "Follow up with Bluefin Labs (Backend Engineer) on Mon 23 Mar." in said, said
        await pilot.press("f")
        await pilot.pause()
        assert field(app, "next_follow_up").value == "2026-03-23"
        field(app, "next_follow_up").value = "someday"
        await pilot.press("enter")
        await pilot.pause()
        assert "YYYY-MM-DD" in str(app.screen.query_one("#error-next_follow_up", Static).render())
        field(app, "next_follow_up").value = ""
        await pilot.press("enter")
        await pilot.pause()
        said = [str(n.message) for n in app._notifications]
        assert "No follow-up set for Bluefin Labs (Backend Engineer)." in said, said
    assert rows(
        opened_paths.database, "SELECT next_follow_up FROM application WHERE id = ?", app_id
    ) == [(None,)]


async def test_f_refuses_a_day_before_the_application_and_a_closed_one(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, ids["Bluefin Labs"])
        await pilot.press("f")
        await pilot.pause()
        field(app, "next_follow_up").value = "2000-01-01"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#error-next_follow_up", Static).render())
        assert error.startswith("The follow-up is before the date applied (")
        await pilot.press("escape", "y")
        await pilot.pause()
        # A rejected application has nothing to follow up: a word instead of the dialog.
        rejected = next(r for r in pane.rows if r.stage.value == "rejected")
        await select(pilot, pane, rejected.id)
        await pilot.press("f")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
        assert any(
            "Rejected applications have nothing to follow up." in str(n.message)
            for n in app._notifications
        )


async def test_o_opens_the_link(opened_paths, ids, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(BouncebackApp, "open_url", lambda self, url, **kw: opened.append(url))
    async with pipeline(opened_paths) as (_app, pilot, pane):
        await select(pilot, pane, ids["Northwind Analytics"])
        await pilot.press("o")
        await pilot.pause()
        # No link: it says so. Off the bar, it did nothing and said nothing (a stranger).
        await select(pilot, pane, ids["Paperkite"])
        await pilot.press("o")
        await pilot.pause()
        assert any("No link saved for this one" in str(n.message) for n in _app._notifications)
    assert opened == ["https://jobs.example.com/northwind/1"]


async def test_d_asks_then_deletes_and_u_brings_it_back(opened_paths, ids) -> None:
    app_id = ids["Kestrel Robotics 🚀"]
    # Versions left out: the undo is a write, and moves the restored row's version on.
    before = content_of(opened_paths.database, "application", "ORDER BY id")
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, app_id)
        assert pane.check_action("undo", ()) is False
        await pilot.press("d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert pane.table.row_count == 8
        await pilot.press("d", "y")
        await pilot.pause()
        assert pane.table.row_count == 7
        assert rows(opened_paths.database, "SELECT application_id FROM rejection") == [(None,)]
        await pilot.press("u")
        await pilot.pause()
        assert pane.table.row_count == 8
        assert selected(pane) == "Kestrel Robotics 🚀"
    assert content_of(opened_paths.database, "application", "ORDER BY id") == before
    assert rows(opened_paths.database, "SELECT application_id FROM rejection") == [(app_id,)]


# --- filter -------------------------------------------------------------------------------


async def test_slash_filters_as_you_type_and_escape_clears(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        await pilot.press("/")
        await pilot.pause()
        assert isinstance(app.focused, Input)
        await pilot.press(*"nortwind")  # a typo
        await pilot.pause()
        assert [r.company for r in pane.visible_rows] == ["Northwind Analytics"]
        status = str(app.query_one("#pipeline-filter-status", Static).render())
        assert "1 of 8" in status
        await pilot.press("enter")  # back to the list, filter kept
        await pilot.pause()
        assert app.focused is pane.table
        assert pane.table.row_count == 1
        await pilot.press("escape")
        await pilot.pause()
        assert pane.table.row_count == 8
        assert not app.query_one("#pipeline-filter-bar").display


async def test_enter_in_an_empty_filter_closes_it_as_in_every_list(opened_paths, ids) -> None:
    """The Pipeline's filter keys are the kit's (People's and Skills'): Enter with nothing
    typed goes back to the list and closes the bar, on the table and on the board."""
    async with pipeline(opened_paths) as (app, pilot, pane):
        for view_key in ("", "v"):
            if view_key:
                await pilot.press(view_key)
            await pilot.press("/")
            await pilot.pause()
            assert app.query_one("#pipeline-filter-bar").display
            await pilot.press("enter")
            await pilot.pause()
            assert not app.query_one("#pipeline-filter-bar").display
            assert app.focused is pane.focus_target()
            assert len(pane.visible_rows) == 8


async def test_filter_prefixes(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        await pilot.press("/")
        await pilot.press(*"stage:scr")
        await pilot.pause()
        assert [r.company for r in pane.visible_rows] == ["Café Numérique"]
        pane.filter_input.value = "since:2026-03-01"
        await pilot.pause()
        assert {r.company for r in pane.visible_rows} == {"مؤسسة الأمل", "Café Numérique"}
        pane.filter_input.value = "is:quiet"
        await pilot.pause()
        assert [r.company for r in pane.visible_rows] == ["Bluefin Labs"]
        pane.filter_input.value = "since:soon"
        await pilot.pause()
        status = str(app.query_one("#pipeline-filter-status", Static).render())
        assert "YYYY-MM-DD" in status
        assert len(pane.visible_rows) == 8  # the unreadable part is left out


async def test_select_item_clears_a_filter_that_hides_it(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (_app, pilot, pane):
        await pilot.press("/")
        await pilot.press(*"quarry")
        await pilot.pause()
        assert pane.select_item(ids["Paperkite"])
        await pilot.pause()
        assert selected(pane) == "Paperkite"
        assert pane.filter_input.value == ""
        assert len(pane.visible_rows) == 8
        assert not pane.select_item(9999)


# --- board --------------------------------------------------------------------------------


async def test_v_switches_to_the_board_keeping_the_selection(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, ids["Northwind Analytics"])
        # The board is built the first time it is shown (docs/performance.md, "Memory, mem5's
        # round"): nine columns nobody who stays on the table needs.
        assert not app.query(BoardColumn)
        await pilot.press("v")
        await pilot.pause()
        assert pane.view == "board"
        assert isinstance(app.focused, BoardColumn) and app.focused.stage.value == "interviewing"
        assert selected(pane) == "Northwind Analytics"
        counts = {stage.value: len(col.rows) for stage, col in pane.board.columns.items()}
        assert counts == {
            "saved": 1,
            "applied": 2,
            "screening": 1,
            "interviewing": 1,
            "offer": 1,
            "accepted": 0,
            "rejected": 1,
            "withdrawn": 0,
            "ghosted": 1,
        }
        await pilot.press("left")
        await pilot.pause()
        assert selected(pane) == "Café Numérique"
        await pilot.press("l")
        await pilot.pause()
        assert selected(pane) == "Northwind Analytics"
        await pilot.press("v")
        await pilot.pause()
        assert pane.view == "table" and app.focused is pane.table
        assert selected(pane) == "Northwind Analytics"


async def test_on_the_board_the_card_follows_its_move(opened_paths, ids) -> None:
    app_id = ids["Quarry & Co"]
    async with pipeline(opened_paths) as (app, pilot, pane):
        await pilot.press("v")
        await select(pilot, pane, app_id)
        await pilot.press("]")
        await pilot.pause()
        assert stage_of(opened_paths.database, app_id) == "accepted"
        assert isinstance(app.focused, BoardColumn) and app.focused.stage.value == "accepted"
        assert selected(pane) == "Quarry & Co"
        assert pane.check_action("move", (1,)) is None  # nothing after Accepted


async def test_up_and_down_in_a_board_column(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        await pilot.press("v")
        await select(pilot, pane, ids["Bluefin Labs"])
        column = app.focused
        assert isinstance(column, BoardColumn) and column.stage.value == "applied"
        await pilot.press("k")
        await pilot.pause()
        assert selected(pane) == "مؤسسة الأمل"
        await pilot.press("j")
        await pilot.pause()
        assert selected(pane) == "Bluefin Labs"


# --- ghosting suggestion ------------------------------------------------------------------


async def test_r_reviews_quiet_ones_and_the_person_decides(opened_paths, ids) -> None:
    app_id = ids["Bluefin Labs"]
    async with pipeline(opened_paths) as (app, pilot, pane):
        assert pane.check_action("review_quiet", ()) is True
        await pilot.press("r")
        await pilot.pause()
        assert isinstance(app.screen, GhostScreen)
        await pilot.press("escape")  # later: nothing changes
        await pilot.pause()
        assert stage_of(opened_paths.database, app_id) == "applied"
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("n")  # not yet
        await pilot.pause()
        assert rows(
            opened_paths.database,
            "SELECT ghost_dismissed_on, stage FROM application WHERE id = ?",
            app_id,
        ) == [("2026-03-16", "applied")]
        assert pane.check_action("review_quiet", ()) is False  # no more nagging


async def test_r_then_y_marks_it_ghosted(opened_paths, ids) -> None:
    app_id = ids["Bluefin Labs"]
    async with pipeline(opened_paths) as (_app, pilot, pane):
        await pilot.press("r", "y")
        await pilot.pause()
        assert stage_of(opened_paths.database, app_id) == "ghosted"
        assert selected(pane) == "Bluefin Labs"


# --- details ------------------------------------------------------------------------------


async def test_t_shows_the_timeline(opened_paths, ids) -> None:
    async with pipeline(opened_paths) as (app, pilot, pane):
        detail = app.query_one("#pipeline-detail")
        assert not detail.display  # 100 columns: hidden until asked for
        await select(pilot, pane, ids["Kestrel Robotics 🚀"])
        await pilot.press("t")
        await pilot.pause()
        assert detail.display
        body = str(app.query_one("#pipeline-detail-body", Static).render())
        for line in (
            "2026-01-20  Applied",
            "2026-01-27  Screening +7d",
            "2026-02-05  Rejected +9d",
            "Looking for more Kubernetes.",
        ):
            assert line in body
        await pilot.press("t")
        await pilot.pause()
        assert not detail.display


async def test_details_show_by_default_when_wide(opened_paths, ids) -> None:
    async with pipeline(opened_paths, size=(130, 30)) as (app, _pilot, _pane):
        assert app.query_one("#pipeline-detail").display


async def test_help_lists_the_pipeline_keys(opened_paths, ids) -> None:
    from bounceback_tui.ui.screens.help import HelpScreen

    async with pipeline(opened_paths) as (app, pilot, _pane):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        described = {line.description for line in app.screen.lines if line.scope == "pane"}
        for description in (
            "add an application",
            "edit the application",
            "mark rejected (starts a recovery plan)",
            "set the next follow-up",
            "filter: words, stage:, since:, until:, is:quiet, is:due",
            "delete it (asks first)",
            "open its link in the browser",
        ):
            assert description in described


async def test_empty_pipeline_shows_only_add(opened_paths) -> None:
    async with pipeline(opened_paths) as (app, _pilot, pane):
        assert app.query_one("#pipeline-empty").display
        for action in ("edit", "delete", "reject", "follow_up", "open_link"):
            assert pane.check_action(action, ()) is False
        assert pane.check_action("add", ()) is True


def test_select_widgets_are_still_selects() -> None:
    # The stage stays a pick-list: the one choice that matters most.
    from bounceback_tui.ui.pipeline.application_form import APPLICATION_FIELDS

    kinds = {spec.name: spec.kind for spec in APPLICATION_FIELDS}
    assert kinds["stage"] == "select"
    assert kinds["notes"] == "multiline"
    _ = (Select, TextArea)


async def test_text_that_looks_like_markup_is_shown_as_typed(opened_paths, ids) -> None:
    async with pipeline(opened_paths, size=(130, 40)) as (app, pilot, pane):
        await pilot.press("a")
        await settle(pilot)
        field(app, "company").value = "[b]Acme[/b] [$accent] \\"
        field(app, "role").value = "["
        field(app, "notes").text = "Salary [negotiable]"
        await pilot.press("ctrl+s")
        await pilot.pause()
        body = str(app.query_one("#pipeline-detail-body", Static).render())
        assert "[b]Acme[/b] [$accent] \\" in body
        assert "Salary [negotiable]" in body
        assert pane.table.cell_text(pane.table.cursor, "role") == "["


async def test_y_opens_the_plan_on_its_first_step_so_space_ticks_it(opened_paths, ids) -> None:
    app_id = ids["Northwind Analytics"]
    async with pipeline(opened_paths) as (app, pilot, pane):
        await select(pilot, pane, app_id)
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanOfferScreen)
        await pilot.press("y")
        await settle(pilot)
        recovery = app.current_pane
        assert recovery.id == "recovery"
        steps = recovery.step_list  # type: ignore[attr-defined]
        assert app.focused is steps
        first = rows(
            opened_paths.database,
            "SELECT s.id, s.title FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id "
            "WHERE r.application_id = ? ORDER BY s.offset_days, s.position LIMIT 1",
            app_id,
        )[0]
        assert steps.highlighted_step_id == first[0]
        assert first[1] == "Let yourself feel it for a while"
        await pilot.press("space")
        await pilot.pause()
    assert rows(
        opened_paths.database,
        "SELECT done_at IS NOT NULL FROM recovery_step WHERE id = ?",
        first[0],
    ) == [(1,)]


async def test_the_board_says_which_stages_lie_beyond_the_edges(opened_paths, ids) -> None:
    from textual.widgets import Static

    async with pipeline(opened_paths, size=(120, 40)) as (app, pilot, pane):
        await pilot.press("v")
        await settle(pilot)
        hint = str(app.query_one("#board-hint", Static).render())
        # small_pipeline: Saved 1, Applied 2, Screening 1, Interviewing 1, Offer 1, Accepted 0,
        # Rejected 1, Withdrawn 0, Ghosted 1; the first three columns are in view.
        assert "Interviewing 1" in hint and "Ghosted 1" in hint and hint.rstrip().endswith("▸")
        assert "◂" not in hint
        for _ in range(8):
            await pilot.press("l")
        await settle(pilot)
        hint = str(app.query_one("#board-hint", Static).render())
        assert hint.startswith("◂") and "Saved 1" in hint and "▸" not in hint
        assert pane.board.active_column.stage.value == "ghosted"


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_v_stays_on_the_key_bar(opened_paths, ids, size) -> None:  # type: ignore[no-untyped-def]
    from bounceback_tui.ui.kit.key_bar import KeyBar

    async with pipeline(opened_paths, size=size) as (app, pilot, _pane):
        for view in ("table", "board"):
            shown = app.screen.query_one(KeyBar).shown()
            assert ("v", "View") in shown, (view, shown)
            await pilot.press("v")
            await settle(pilot)


async def test_the_board_keeps_its_details_at_80_columns(opened_paths, ids) -> None:
    """At 80 columns the details start hidden (no room), `t` brings them beside the board,
    they follow the card under the cursor across columns, stay through `v`, and the line
    above the one column still in view still says what lies each way, whole."""
    async with pipeline(opened_paths, size=(80, 24)) as (app, pilot, pane):
        detail = app.query_one("#pipeline-detail")
        await pilot.press("v")
        await settle(pilot)
        assert pane.board.display and not detail.display
        await pilot.press("t")
        await settle(pilot)
        assert detail.display and detail.region.width > 0
        assert pane.board.region.right <= detail.region.x  # beside the board, not over it

        def body() -> str:
            return str(app.query_one("#pipeline-detail-body", Static).render())

        first = selected(pane)
        assert first is not None and first in body()
        await pilot.press("j")
        await settle(pilot)
        second = selected(pane)
        assert second not in (None, first) and second in body()
        await pilot.press("l")  # Screening: Café Numérique only
        await settle(pilot)
        assert selected(pane) == "Café Numérique" and "Café Numérique" in body()

        hint = app.query_one("#board-hint", Static)
        text = str(hint.render())
        # small_pipeline, Screening in view: Saved and Applied to the left, six stages to
        # the right; one whole column in view (no slice of the next: issue 16) leaves the
        # hint 25 cells, room for no more than how many lie each way.
        assert hint.content_region.width == 25
        assert text.strip() == "◂ 2 stages    6 stages ▸"
        assert len(text.strip()) <= hint.content_region.width

        await pilot.press("v")
        await settle(pilot)
        assert pane.table.display and detail.display
        assert "Café Numérique" in body()


SMALL_COUNTS = [
    ("Saved", 1),
    ("Applied", 2),
    ("Screening", 1),
    ("Interviewing", 1),
    ("Offer", 1),
    ("Accepted", 0),
    ("Rejected", 1),
    ("Withdrawn", 0),
    ("Ghosted", 1),
]


@pytest.mark.parametrize(
    ("first", "shown", "width", "expected"),
    [
        (
            2,
            1,
            None,
            "◂ Saved 1  Applied 2    Interviewing 1  Offer 1  Accepted 0  Rejected 1  "
            "Withdrawn 0  Ghosted 1 ▸",
        ),
        (2, 1, 45, "◂ 2 stages · 3    Interviewing 1  +5 more ▸"),
        (2, 1, 40, "◂ 2 stages · 3    6 stages · 4 ▸"),
        (2, 1, 26, "◂ 2 stages    6 stages ▸"),
        (0, 3, 40, "Interviewing 1  Offer 1  +4 more ▸"),
        (8, 1, 40, "◂ 8 stages · 7"),
        (0, 9, 40, "All 9 stages in view"),
    ],
)
def test_the_board_hint_shortens_to_fit(first, shown, width, expected) -> None:  # type: ignore[no-untyped-def]
    from bounceback_tui.ui.pipeline.board_hint import edge_hint

    hint = edge_hint(SMALL_COUNTS, first, shown, width)
    assert hint.plain == expected
    assert width is None or hint.cell_length <= width


async def test_home_goes_back_to_the_first_column_too(opened_paths, ids) -> None:
    # Scrolled to the right, Home went to the first row but left the table scrolled: the
    # Company column out of sight, so which row was which could not be told (a stranger's
    # walk at 200 columns). Home is the first row and the first column.
    async with pipeline(opened_paths, size=(80, 24)) as (_app, pilot, pane):
        table = pane.table
        await pilot.press("down", "right", "right", "right")
        await pilot.pause()
        assert table.scroll_x > 0 and table.cursor == 1
        await pilot.press("home")
        await pilot.pause()
        assert (table.scroll_x, table.cursor) == (0, 0)
