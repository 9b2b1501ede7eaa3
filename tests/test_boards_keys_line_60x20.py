"""The Boards screen's keys line shows whole at 60x20.

Reached from the Pipeline (`b`) at 60x20, the box's keys line ("a follow  d unfollow …")
fell below the box's bottom edge with no board followed, the empty state taking the rows,
and a refresh's status pushed it out with boards: the box showed every word but its keys.
It now stays at the box's foot, and short of rows the blank lines above the title, inside
the empty state and under the keys line go, so the empty state shows whole as well.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.boards import follow_board
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.pipeline.boards import BoardsScreen
from tests.importers_fixtures import PostingServer, serve_postings
from tests.monkey.checks import focus_dead_end, key_bar_covered
from tests.screen_text import screen_lines

KEYS = "a Follow  d Unfollow  r Refresh all  o Open  Esc Close"


def _keys_line_whole(app: BouncebackApp) -> None:
    """The keys line is painted whole, inside the box's edges."""
    screen = app.screen
    assert isinstance(screen, BoardsScreen)
    box = screen.query_one("#boards-box").region
    hint = screen.query_one(KeysHint).region
    lines = screen_lines(app)
    inside = box.y < hint.y < box.bottom - 1  # between the box's top and bottom edges
    assert inside and KEYS in lines[hint.y], "\n".join(lines)
    assert key_bar_covered(app) is None
    assert focus_dead_end(app) is None


async def _boards_at_60x20(app: BouncebackApp, pilot: object) -> None:
    await pilot.press("2")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.press("b")  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_with_no_board_the_keys_line_and_the_empty_state_show_whole(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 20)) as pilot:
        await _boards_at_60x20(app, pilot)
        _keys_line_whole(app)
        text = "\n".join(screen_lines(app))
        assert "Press a and paste the board's link." in text, text
        empty = app.screen.query_one("#boards-empty").region
        box = app.screen.query_one("#boards-box").region
        assert empty.bottom <= box.bottom - 1, (empty, box)  # its own box closed, not cut


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


@pytest.mark.parametrize("boards", [3, 8])
async def test_with_boards_and_a_refresh_said_the_keys_line_shows_whole(
    opened_paths: DataPaths, db: Database, posting_server: PostingServer, boards: int
) -> None:
    # The loopback server knows the board "fernweh"; the others are not found there.
    follow_board(db, BoardRef("ashby", "fernweh"), "Fernweh Travel")
    for n in range(boards - 1):
        follow_board(db, BoardRef("lever", f"company{n}"), f"Company {n}")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 20)) as pilot:
        await _boards_at_60x20(app, pilot)
        _keys_line_whole(app)
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        status = str(app.screen.query_one("#boards-status").render())
        assert "2 new" in status, status
        _keys_line_whole(app)


def test_the_boards_screen_at_60x20(snap_compare, opened_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(BouncebackApp(opened_paths), press=["2", "b"], terminal_size=(60, 20))
