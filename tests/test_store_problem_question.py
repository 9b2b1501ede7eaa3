"""The store-problem screen's "Start fresh?" question is a dialog as the app's are (a
tester's walk on a store cut to 50 KB): the key bar showed "h Help" alone, which the
question does not take, and not its `y` and `n`; and grown from 80x12 to 120x40 with the
question open, it did not stay a dialog above the bar."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.screen_text import screen_lines
from tests.store_problem_fixtures import chooser


def _cut(paths: DataPaths) -> None:
    """The store's file cut short, as a disk that filled up leaves it."""
    data = paths.database.read_bytes()
    paths.database.write_bytes(data[:4096] + b"\0" * 4096)


async def test_the_start_fresh_question_shows_its_own_keys_and_stays_centred_when_grown(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cut(opened_paths)
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(80, 12)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        bar = screen_lines(app)[-1]
        assert "y Start fresh" in bar and "n/Esc Go back" in bar, bar
        assert "Help" not in bar, bar  # `h` is not taken while the question is open
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        await pilot.pause()
        box = app.screen.query_one(".confirm-box").region
        # Centred in the terminal, whole, and above its key bar's row.
        assert abs(box.x - (120 - box.right)) <= 1, box
        assert abs(box.y - (39 - box.bottom)) <= 1, box
        assert box.bottom <= 39, box
        lines = screen_lines(app)
        assert "Start fresh, with an empty store?" in "\n".join(lines)
        assert "y Start fresh" in lines[-1] and "n/Esc Go back" in lines[-1], lines[-1]
        assert focus_problem(app) is None
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen)
        assert "f Start fresh" in screen_lines(app)[-1]
        assert focus_problem(app) is None
