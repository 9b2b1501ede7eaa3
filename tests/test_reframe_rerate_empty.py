"""Step 8 (re-rate) says what was rated at the start, and only that.

Found walking the app (ux11): with nothing rated in step 3, neither a feeling nor the belief,
step 8 said "No feelings were rated in step 3, so only the belief is left to re-rate", as if
the belief had been rated; there was nothing to compare it with.
"""

from __future__ import annotations

from textual.widgets import Static, TextArea

from bounceback_tui.paths import DataPaths
from tests.ui_harness import app_on, settle


async def _to_step_8(pilot, belief: str) -> str:  # type: ignore[no-untyped-def]
    await pilot.press("a")
    await settle(pilot)
    for text in ("Another no", "I'll never get hired"):
        area = pilot.app.focused
        assert isinstance(area, TextArea)
        area.insert(text)
        await pilot.press("ctrl+n")
        await settle(pilot)
    if belief:  # step 3: no feeling rated; the belief, if given
        pilot.app.screen.query_one("#rf-belief-before").value = belief
    for _ in range(5):  # steps 3 to 7
        await pilot.press("ctrl+n")
        await settle(pilot)
    return str(pilot.app.screen.query_one(".rf-rerate-empty", Static).render())


async def test_nothing_rated_at_the_start_is_said_so(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "reframe") as (_app, pilot, _pane):
        said = await _to_step_8(pilot, "")
    assert "only the belief is left" not in said
    assert "Nothing was rated in step 3" in said
    # The keys as the key bar names them, not "ctrl+b" beside a bar saying "^b".
    assert "Go back with ^b to rate how you felt at the start, or carry on with ^n." in said


async def test_the_belief_alone_is_left_to_re_rate(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "reframe") as (_app, pilot, _pane):
        said = await _to_step_8(pilot, "70")
    assert "No feelings were rated in step 3, so only the belief is left to re-rate" in said
    assert "Go back with ^b to add some, or carry on with ^n." in said


async def test_the_summary_names_its_back_key_as_the_key_bar_does(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "reframe") as (app, pilot, _pane):
        await _to_step_8(pilot, "70")
        await pilot.press("ctrl+n")  # past the last step: the record's summary
        await settle(pilot)
        keys = str(app.screen.query_one("#rf-summary-keys", Static).render())
    assert "^b Back to the last step" in keys, keys
