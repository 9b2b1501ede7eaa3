"""The feelings step read while a row of the person's own feelings is still being mounted.

Seen on a busy machine (the landing queue, load 15): ``ctrl+n`` on the feelings step raised
``ValueError: not enough values to unpack`` in ``FeelingsStep.read_into`` and the app stopped.
A new row's two boxes are mounted a moment after the row itself; a read in between found the
row and no boxes. It must read the row as it was built, and never fail.
"""

from __future__ import annotations

from textual.containers import Vertical
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.reframe.feeling_rows import FeelingRow
from bounceback_tui.ui.reframe.rating_steps import FeelingsStep
from tests.quiet import until_quiet

SIZE = (100, 30)


async def _feelings_step(pilot) -> FeelingsStep:  # type: ignore[no-untyped-def]
    await pilot.press("4")
    await until_quiet(pilot)
    await pilot.press("a")
    await until_quiet(pilot)
    await pilot.press("ctrl+n")  # past the situation, to the thought
    await until_quiet(pilot)
    pilot.app.focused.insert("I always fail")
    await pilot.press("ctrl+n")
    await until_quiet(pilot)
    assert str(pilot.app.query_one("#rf-progress").render()).startswith("Step 3 of 8")
    return pilot.app.query_one(FeelingsStep)


async def test_a_read_while_the_next_blank_row_is_mounted_does_not_fail(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        step = await _feelings_step(pilot)
        step.query_one("#rf-preset-0", Input).value = "70"
        name_box = step.query(".rf-custom-name").last(Input)
        name_box.value = "tired"
        # Typing a name into the last row opens the next: call what the Changed message
        # calls, then read at once, before the new row's boxes are mounted (no await between).
        step.on_input_changed(Input.Changed(name_box, "tired"))
        rows = list(step.query(".rf-custom-row"))
        assert len(rows) == 2 and not rows[1].query(Input)  # the race the test is about
        rows[0].query(Input).last().value = "40"
        draft = RecordDraft(thought="I always fail")
        errors = step.read_into(draft)
        assert errors == []
        assert [(f.name, f.before) for f in draft.feelings] == [("sad", 70), ("tired", 40)]
        await until_quiet(pilot)
        assert len(rows[1].query(Input)) == 2


async def test_a_row_read_before_its_boxes_exist_keeps_what_it_was_built_with(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        step = await _feelings_step(pilot)
        # A draft's own feelings are shown by rows built with them (after a remount).
        step.query_one("#rf-custom-rows", Vertical).mount(FeelingRow("dread", "55"))
        draft = RecordDraft(thought="I always fail")
        assert step.read_into(draft) == []
        assert [(f.name, f.before) for f in draft.feelings] == [("dread", 55)]
        await until_quiet(pilot)
        assert app.focused is not None


async def test_every_row_of_ones_own_feelings_shows_on_a_small_terminal(
    opened_paths: DataPaths,
) -> None:
    # A stranger's walk (seventeenth round), 80x24: a second row of one's own feelings was
    # mounted and focused but never drawn (the rows' box kept one line), so "85" meant for
    # the belief went into a name box out of sight.
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        step = await _feelings_step(pilot)
        await pilot.press("8", "0", "tab", "1", "5", "0", "tab")  # a refused rating says so
        await pilot.click(".rf-custom-name")
        await pilot.press(*"hopeless", "tab", "9", "0", "tab", *"numb", "tab", "4", "0", "tab")
        await until_quiet(pilot)
        rows = list(step.query(FeelingRow))
        assert len(rows) == 3
        assert app.focused is rows[2].name_box()
        # Drawn, not only placed: each row's visible part is its whole line.
        shown = [app.screen.find_widget(row).visible_region for row in rows]
        assert [region.height for region in shown] == [1, 1, 1], shown


async def test_a_long_paste_into_a_feelings_name_stops_at_its_limit(
    opened_paths: DataPaths,
) -> None:
    """A tester pasted 10,000 characters into "another feeling": the box kept 60 of them, and
    the step then refused "A feeling's name is 60 characters; the limit is 40." The box now
    stops at 40, the limit the name is kept to, and the step goes on."""
    from textual import events

    from tests.test_reframe_rating_in_name import _message

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        step = await _feelings_step(pilot)
        await pilot.press(*["tab"] * 5)  # past the five feelings named, to one's own
        await until_quiet(pilot)
        row = step.query_one(FeelingRow)
        assert app.focused is row.name_box()
        app.focused.post_message(events.Paste("w" * 10_000))
        await until_quiet(pilot)
        assert row.values() == ("w" * 40, "")
        await pilot.press("tab", "5", "0", "ctrl+n")
        await until_quiet(pilot)
        assert "the limit is" not in _message(app)
        assert str(app.query_one("#rf-progress").render()).startswith("Step 4 of 8")
