"""Skills under a filter, as a newcomer met it (a stranger's walk, eighteenth round): on a Done
item, `/` "sytem" Enter left the focus on the now empty Done column (no detail, `l` and `j`
doing nothing), the columns read "Doing · 1 of 3" (the limit, read as one of three matches)
and "Done · 0 / Nothing finished yet." beside a finished item the filter hid; and the detail
offered "o link" and "s source" on an item typed by hand with neither."""

from __future__ import annotations

from bounceback_tui.domain.skills import SkillStatus
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.skills.board import SkillBoard
from bounceback_tui.ui.skills.detail import SkillDetail
from tests.skills_fixtures import Seeded
from tests.test_skills_pane import seeded, skills_pane  # noqa: F401  (the fixture)


async def test_enter_in_the_filter_lands_on_a_match(
    opened_paths: DataPaths,
    seeded: Seeded,  # noqa: F811
) -> None:
    async with skills_pane(opened_paths) as (app, pilot, pane):
        assert pane.select_item(seeded.skills["kubernetes"])  # in Done
        await pilot.pause()
        board = pane.query_one(SkillBoard)
        assert app.focused is board.column(SkillStatus.DONE)
        await pilot.press("slash", *"sytem", "enter")
        await pilot.pause()
        assert app.focused is board.column(SkillStatus.TODO)
        assert pane.selected is not None
        assert pane.selected.title == "System design interviews"
        assert focus_problem(app) is None

        titles = {
            s: str(pane.query_one(f"#skills-lane-{s.value}").border_title) for s in SkillStatus
        }
        assert titles[SkillStatus.TODO] == "To do · 1 shown"
        assert titles[SkillStatus.DOING] == "Doing · 0 shown"
        assert board.column(SkillStatus.DONE).placeholder == "No match here."

        await pilot.press("escape")
        await pilot.pause()
        titles = {
            s: str(pane.query_one(f"#skills-lane-{s.value}").border_title) for s in SkillStatus
        }
        assert titles[SkillStatus.DOING] == "Doing · 1 of 3"
        assert board.column(SkillStatus.DONE).placeholder == "Nothing finished yet."


async def test_the_detail_offers_link_and_source_keys_only_where_there_are_some(
    opened_paths: DataPaths,
    seeded: Seeded,  # noqa: F811
) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        hints = {}
        for key in ("resume", "sql", "review"):
            assert pane.select_item(seeded.skills[key])
            await pilot.pause()
            hints[key] = str(pane.query_one(SkillDetail).border_subtitle)
    by_hand = hints["resume"]
    assert "link" not in by_hand and "source" not in by_hand and "status" in by_hand
    assert "link" in hints["sql"] and "source" not in hints["sql"]
    assert "source" in hints["review"]
