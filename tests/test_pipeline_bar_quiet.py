"""The Pipeline's `r` is on the key bar while some applications look ghosted.

Found in the twenty-third round (its left-alone list): the header said "1 quiet (r)" and
the key bar never showed `r` (it was declared off the bar), so the header's line was the
only place that named the key. It is on the bar now after `f` (its place in `?`, the
Stages), while an application looks ghosted; with none, the bar leaves it out.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.pipeline.dialogs import GhostScreen
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle, settle_workers


def _store(paths: DataPaths, *, quiet: bool) -> None:
    db = Database(paths.database)
    try:
        # Sent 43 days ago with no word since: more than the 21 days that make it look ghosted.
        sent = date(2026, 2, 1) if quiet else date(2026, 3, 10)
        add_application(db, ApplicationInput(company="Globex", role="Analyst", date_applied=sent))
    finally:
        db.dispose()


# The bar's keys by hand: the Pipeline's shown bindings in their order, `r` after `f`.
FULL = [
    ("a", "Add"),
    ("e", "Edit"),
    ("v", "View"),
    ("[ ]", "Stage"),
    ("x", "Rejected"),
    ("f", "Follow-up"),
    ("r", "Review quiet ones"),
    ("/", "Filter"),
    ("?", "Keys"),
]
# At 80 columns the labels are short where the pane has a short one: "Reject", "Follow",
# "Quiet".
SHORT = [*FULL[:4], ("x", "Reject"), ("f", "Follow"), ("r", "Quiet"), *FULL[7:]]


@pytest.mark.parametrize(
    ("size", "wanted"), [((100, 30), FULL), ((80, 24), SHORT)], ids=["100x30", "80x24"]
)
async def test_r_is_on_the_bar_while_one_looks_ghosted(
    opened_paths: DataPaths, size: tuple[int, int], wanted: list[tuple[str, str]]
) -> None:
    _store(opened_paths, quiet=True)
    async with app_on(opened_paths, "pipeline", size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        assert any("1 quiet (r)" in line for line in screen_lines(app))
        assert app.screen.query_one(KeyBar).shown()[: len(wanted)] == wanted
        await pilot.press("r")  # the key the bar shows: the ghosted question
        await settle(pilot)
        assert isinstance(app.screen, GhostScreen)
        await pilot.press("y")  # ghosted: nothing looks quiet now, and `r` leaves the bar
        await settle_workers(pilot)
        await pilot.pause()
        assert "r" not in {key for key, _label in app.screen.query_one(KeyBar).shown()}
        assert focus_problem(app) is None


async def test_with_nothing_quiet_r_is_off_the_bar(opened_paths: DataPaths) -> None:
    _store(opened_paths, quiet=False)
    async with app_on(opened_paths, "pipeline", size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.pause()
        assert not any("quiet (r)" in line for line in screen_lines(app))
        keys = [key for key, _label in app.screen.query_one(KeyBar).shown()]
        assert "r" not in keys and keys[5:7] == ["f", "/"]
