"""Quitting while a Reframe step holds what its save refuses asks first, as a form does.

The twenty-third round left it, thinking the boxes could no longer reach that state. They
can, by typing and by pasting: a feeling named twice ("Sad" among the usual five and again as
one's own), a rating of 150, or a paste holding control characters (an escape sequence, a
bell), which the step's boxes keep, shown as "�", for the save to name. ctrl+q (or `q` where
it is not typed into a box) then quit at once: the refused rating or name was gone, and with
a refused text the whole record was never written. It asks now, in the save's own words;
`n` goes back to the box, a yes quits.
"""

from __future__ import annotations

from textual import events
from textual.widgets import ContentSwitcher, Input, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.quit_guard import QuitConfirmScreen
from tests.quiet import until_quiet
from tests.ui_harness import reframe_to_the_feelings, settle

FIRST = "This thought record holds what cannot be saved:"
BACK = "n or Escape goes back to it."


async def test_a_feeling_named_twice_asks_before_quitting(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await reframe_to_the_feelings(app, pilot)
        await pilot.press(*"70")
        name = app.query_one(".rf-custom-name", Input)
        name.focus()
        await pilot.pause()
        await pilot.press(*"Sad", "tab", *"60")
        await settle(pilot, 3)
        rating = app.focused
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, QuitConfirmScreen)
        assert not app.quitting
        assert str(app.screen.detail) == f"{FIRST} 'Sad' is listed twice. {BACK}"
        await pilot.press("n")
        await settle(pilot)
        assert not app.quitting
        assert app.focused is rating  # back in the box, the typing there
        assert name.value == "Sad"
        await pilot.press("ctrl+q")
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert app.quitting


async def test_a_rating_out_of_range_asks_before_quitting(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await reframe_to_the_feelings(app, pilot)
        await pilot.press(*"150")
        await settle(pilot, 3)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, QuitConfirmScreen)
        assert str(app.screen.detail) == f"{FIRST} Sad: ratings go from 0 to 100. {BACK}"
        await pilot.press("ctrl+q")  # a second ctrl+q on the question is a yes
        await settle(pilot)
        assert app.quitting


async def test_a_pasted_control_character_asks_before_quitting(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        await pilot.press("a")
        await until_quiet(pilot)
        area = app.focused
        assert isinstance(area, TextArea)
        app.post_message(events.Paste("It \x1b[31mhappened\x07 today"))
        await settle(pilot, 3)
        assert area.text == "It \x1b[31mhappened\x07 today"  # kept, for the save to name
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, QuitConfirmScreen)
        assert str(app.screen.detail) == (
            f"{FIRST} The situation contains control characters; remove them. {BACK}"
        )
        await pilot.press("escape")
        await settle(pilot)
        assert not app.quitting and app.focused is area
    assert reframe_service.history(db) == []  # nothing written: the save refuses it


async def test_a_step_the_save_takes_quits_at_once_and_is_kept(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await reframe_to_the_feelings(app, pilot)
        await pilot.press(*"70")
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.quitting
    (row,) = reframe_service.history(db)
    assert row.thought == "Nobody wants me"
    assert [(f.name, f.before) for f in reframe_service.load_record(db, row.id).feelings] == [
        ("sad", 70)
    ]


async def test_n_from_another_pane_goes_back_to_the_refused_box(
    opened_paths: DataPaths, db: Database
) -> None:
    """A stranger's walk: Sad 150 on the feelings step, the palette's "Go to Pipeline", then
    `q`. The question came, and `n` left them on the Pipeline, the record out of sight."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await reframe_to_the_feelings(app, pilot)
        sad = app.focused
        await pilot.press(*"150")
        await settle(pilot, 3)
        await pilot.press("ctrl+p")
        await settle(pilot)
        await pilot.press(*"Go to Pipeline")
        await settle(pilot, 3)
        await pilot.press("enter")
        await settle(pilot, 3)
        assert app.query_one("#panes", ContentSwitcher).current == "pipeline"
        await pilot.press("q")
        await settle(pilot)
        assert isinstance(app.screen, QuitConfirmScreen)
        assert str(app.screen.detail) == f"{FIRST} Sad: ratings go from 0 to 100. {BACK}"
        await pilot.press("n")
        await settle(pilot, 3)
        assert not app.quitting
        assert app.query_one("#panes", ContentSwitcher).current == "reframe"
        assert app.focused is sad  # the box holding 150
        assert isinstance(sad, Input) and sad.value == "150"
