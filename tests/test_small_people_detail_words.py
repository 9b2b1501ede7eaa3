"""People's detail at 40x15 (a stranger's walk on the demo store): beside the list it is
nine cells wide, and "Brightpath Talent" wrapped mid-word, "Brightpat" over "h Talent". A
name, a role and company, and a kind now break at spaces only, and a word wider than the
panel is cut with "…". (An email already folds after its @ and before a dot.)
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


async def test_at_40x15_the_detail_breaks_at_spaces_and_cuts_a_long_word(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "people", size=(40, 15)) as (app, pilot, _pane):
        await settle_workers(pilot)
        panel = [line.split("▏", 1)[1].strip() for line in screen_lines(app) if "▏" in line]
        # Alex Morgan, of Brightpath Talent, an agency recruiter: the panel's first lines.
        assert panel[:6] == ["Alex", "Morgan", "Brightpa…", "Talent", "Agency", "recruiter"]
        assert panel[7:9] == ["Email", "alex@"], panel
