"""A record's feelings line their ratings up however wide their names are drawn.

The summary padded each feeling's name with ``str.ljust``, which counts characters: an emoji
is one character and two cells, so "Angry 😡" pushed its ratings one cell right of every
other row's. Names are now padded in terminal cells (``ui/kit/cells.pad_cells``).
"""

from __future__ import annotations

from rich.cells import cell_len

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.reframe_fixtures import add_record
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle


def _column(lines: list[str], name: str, rating: str) -> int:
    """The terminal column where ``rating`` starts on the line that shows feeling ``name``."""
    line = next(line for line in lines if f"{name} " in line)
    start = line.index(rating, line.index(name) + len(name))
    return cell_len(line[:start])


async def test_an_emoji_in_a_feelings_name_does_not_push_its_rating(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(
        db,
        "Nobody will hire me",
        traps=("fortune_telling",),
        feelings=(("Angry 😡", 80, 40), ("Sad", 60, 30)),
    )
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot)
        assert pane.mode == "summary"
        lines = screen_lines(app)
        assert _column(lines, "Angry 😡", "80") == _column(lines, "Sad", "60")
        assert _column(lines, "Angry 😡", "40") == _column(lines, "Sad", "30")


def test_a_name_is_padded_to_its_cells_and_never_cut() -> None:
    from bounceback_tui.ui.kit.cells import pad_cells

    assert pad_cells("Angry 😡", 10) == "Angry 😡  "  # 8 cells and two spaces
    assert pad_cells("悲しい", 8) == "悲しい  "  # three wide characters: 6 cells
    assert pad_cells("Overwhelmed and tired", 10) == "Overwhelmed and tired"
