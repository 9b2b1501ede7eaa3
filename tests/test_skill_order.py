"""The order the Skills pane shows its backlog in, checked without a terminal."""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from bounceback_tui.domain.skill_order import (
    board_columns,
    list_order,
    neighbour_after_delete,
    neighbour_in_order,
    open_ranks,
)
from bounceback_tui.domain.skills import SkillStatus

TODO, DOING, DONE = SkillStatus.TODO, SkillStatus.DOING, SkillStatus.DONE


class Row(NamedTuple):
    id: int
    status: SkillStatus
    priority: int
    finished_at: datetime | None = None


# As the store reads them: by priority. Two finished items, the later one (5) read first.
ROWS = [
    Row(1, TODO, 1),
    Row(5, DONE, 2, datetime(2026, 3, 10)),
    Row(2, DOING, 3),
    Row(3, TODO, 4),
    Row(6, DONE, 5, datetime(2026, 3, 12)),
    Row(4, DOING, 6),
]


def ids(rows: list[Row]) -> list[int]:
    return [row.id for row in rows]


def test_the_list_shows_open_items_by_priority_then_the_newest_done() -> None:
    assert ids(list_order(ROWS)) == [1, 2, 3, 4, 6, 5]


def test_the_board_has_a_column_per_status_done_newest_first() -> None:
    columns = board_columns(ROWS)
    assert list(columns) == [TODO, DOING, DONE]
    assert {status: ids(rows) for status, rows in columns.items()} == {
        TODO: [1, 3],
        DOING: [2, 4],
        DONE: [6, 5],
    }


def test_a_done_item_without_a_finish_time_goes_last() -> None:
    rows = [Row(7, DONE, 1), *ROWS]
    assert ids(board_columns(rows)[DONE]) == [6, 5, 7]


def test_only_open_items_are_numbered_in_priority_order() -> None:
    assert open_ranks(ROWS) == {1: 1, 2: 2, 3: 3, 4: 4}


def test_a_priority_move_swaps_with_the_neighbour_the_pane_shows() -> None:
    todo_3, doing_2 = ROWS[3], ROWS[2]
    # On the board the neighbour is in the same column: 3 goes up past 1, not past 2.
    assert neighbour_in_order(ROWS, todo_3, -1, same_status=True) == ROWS[0]
    # In the list every open item counts: 3 goes up past 2 (a doing item).
    assert neighbour_in_order(ROWS, todo_3, -1, same_status=False) == doing_2
    # At either end there is no one to swap with, and a done item never moves.
    assert neighbour_in_order(ROWS, ROWS[0], -1, same_status=False) is None
    assert neighbour_in_order(ROWS, ROWS[5], 1, same_status=True) is None
    assert neighbour_in_order(ROWS, ROWS[1], 1, same_status=False) is None


def test_after_a_delete_the_cursor_takes_the_next_item_or_the_one_before_at_the_end() -> None:
    shown = list_order(ROWS)  # 1 2 3 4 6 5
    assert neighbour_after_delete(shown, 3) == 4
    assert neighbour_after_delete(shown, 5) == 6
    assert neighbour_after_delete(shown[:1], 1) is None
    assert neighbour_after_delete(shown, 99) is None
