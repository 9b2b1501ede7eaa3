"""The note after `f` says the follow-up's day as the app's other notes say a day, not as it
is stored: "Follow up with Vantage Civic (iOS Developer) on 2027-01-08." (a tester's find)."""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.test_pipeline_keys import field, ids, pipeline, select  # noqa: F401  (the fixture)


async def _set_follow_up(paths: DataPaths, app_id: int, typed: str | None) -> list[str]:
    async with pipeline(paths) as (app, pilot, pane):
        await select(pilot, pane, app_id)
        await pilot.press("f")
        await pilot.pause()
        if typed is not None:
            field(app, "next_follow_up").value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert focus_problem(app) is None
        return [str(n.message) for n in app._notifications]


async def test_a_follow_up_this_year_is_said_by_its_weekday_and_day(
    opened_paths: DataPaths,
    ids: dict[str, int],  # noqa: F811
) -> None:
    said = await _set_follow_up(opened_paths, ids["Bluefin Labs"], None)  # +1w, as offered
    assert "Follow up with Bluefin Labs (Backend Engineer) on Mon 23 Mar." in said, said


async def test_a_follow_up_next_year_has_its_year(
    opened_paths: DataPaths,
    ids: dict[str, int],  # noqa: F811
) -> None:
    said = await _set_follow_up(opened_paths, ids["Bluefin Labs"], "2027-01-08")
    assert "Follow up with Bluefin Labs (Backend Engineer) on Fri 8 Jan 2027." in said, said
