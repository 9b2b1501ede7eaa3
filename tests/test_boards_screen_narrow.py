"""The Boards screen at 60x20 reads whole: the table's header and every column in the box (its
four columns took 74 cells of 56: "Last check", and "Last result" out of sight to the
right), the follow form's example link whole in its field, the empty screen's words."""

from __future__ import annotations

from rich.cells import cell_len
from textual.widgets import DataTable, Input

from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.posting import Posting
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.services.boards import follow_board
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.test_boards_screen import Harness, boards_screen

LONG_NAME = "Northwind Analytics and Forecasting International"


def follow_three(db: Database) -> None:
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    follow_board(db, BoardRef("greenhouse", "nobody"), "Nobody Ltd")
    follow_board(db, BoardRef("greenhouse", "northwind"), LONG_NAME)


async def fetch(ref: BoardRef) -> list[Posting]:
    if ref.token == "nobody":
        raise FetchError("Greenhouse has no job board called “nobody” (HTTP 404).")
    return [Posting(title=f"Role at {ref.token}", url=f"https://jobs.example/{ref.token}")]


def headers(table: DataTable[object]) -> list[str]:
    return [str(column.label) for column in table.ordered_columns]


async def test_the_table_fits_the_box_at_60_columns_and_is_whole_when_wide(db: Database) -> None:
    follow_three(db)
    app = Harness(db, fetch)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = boards_screen(app).query_one("#boards-table", DataTable)
        # Every column in sight: nothing to scroll to on the right, each header whole.
        assert table.virtual_size.width <= table.size.width
        assert headers(table) == ["Company", "Last checked", "Last result"]
        rows = [[str(cell) for cell in table.get_row_at(n)] for n in range(table.row_count)]
        assert rows[0] == ["Bluebird Health", "today 09:30", "1 new"]
        assert rows[1] == ["Nobody Ltd", "not yet", "not read"]
        assert rows[2][0] == "Northwind Analytics and…"  # cut at a word's end
        assert rows[2][1:] == ["today 09:30", "1 new"]
        # The board left out of the table is named under it, for the row selected.
        await pilot.press("down", "down")
        await pilot.pause()
        detail = str(boards_screen(app).query_one("#boards-detail").render())
        assert "https://job-boards.greenhouse.io/northwind" in detail

        # Made wide again (the box stops at 100 columns), the Board column is back, the long
        # name cut at a word's end to leave it room.
        await pilot.resize_terminal(140, 30)
        await pilot.pause()
        assert headers(table) == ["Company", "Board", "Last checked", "Last result"]
        assert str(table.get_row_at(2)[0]) == "Northwind Analytics and Forecasting…"
        assert table.selected_key == str(3)  # the cursor stays on its board
        assert table.virtual_size.width <= table.size.width


async def test_the_follow_forms_example_link_is_whole_at_60_columns(db: Database) -> None:
    app = Harness(db)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        field = app.screen.query_one("#field-board", Input)
        assert cell_len(str(field.placeholder)) <= field.content_size.width
        assert "lever:acme" in str(field.placeholder)


def test_boards_screen_at_60x20_snapshot(snap_compare, db: Database) -> None:  # type: ignore[no-untyped-def]
    follow_three(db)

    async def refresh(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await pilot.press("down")
        await pilot.pause()

    assert snap_compare(Harness(db, fetch), run_before=refresh, terminal_size=(60, 20))


def test_empty_boards_screen_at_60x20_snapshot(snap_compare, db: Database) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(Harness(db), terminal_size=(60, 20))


async def test_a_board_never_read_says_so_in_the_command_lines_words(db: Database) -> None:
    """At 60 columns the row read "not yet" and "not read", and the line under it "The last
    check failed: …": it now says what `boards` says, "not yet (last try failed: …)"."""
    follow_three(db)
    app = Harness(db, fetch)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("down")
        await pilot.pause()
        detail = " ".join(str(boards_screen(app).query_one("#boards-detail").render()).split())
        assert (
            "Last checked: not yet (last try failed: Greenhouse has no job board called "
            "“nobody” (HTTP 404).)"
        ) in detail
        assert "The last check failed" not in detail
