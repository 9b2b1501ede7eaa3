import pytest

from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_look(opened_paths, size):
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        print("\n".join(screen_lines(app)))
