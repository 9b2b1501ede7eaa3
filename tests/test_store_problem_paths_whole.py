"""The store-problem screen keeps a path's names whole and a list's hanging indents at every
width.

At 60 columns "Ready to go" cut the kept store's path inside its name ("…20270105-09" /
"0000;"), and a backup that cannot be used lost its indent on its second line ("by hand, Sat
2 Jan 09:00: not a store, cannot" / "be used" at the left margin).
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.command_wrap import laid_out, wrapped
from bounceback_tui.paths import DataPaths
from tests.screen_text import screen_lines
from tests.store_problem_fixtures import chooser
from tests.test_store_problem_marks import GOOD, _backups

WIDTHS = (60, 80, 100, 120)
SPOILED = "bounceback-20260315-090000-manual.sqlite3"  # newer than the good one


def _rows(lines: list[str]) -> list[str]:
    return [line.rstrip(" │") for line in lines]


def _indent(row: str) -> int:
    inside = row.lstrip(" │╭╰")
    return len(row) - len(inside.lstrip(" "))


async def test_a_backup_that_cannot_be_used_keeps_its_indent_on_its_next_lines(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, (GOOD, None), (SPOILED, lambda path: path.write_text("not a store")))
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(60, 40)) as pilot:
        for width in WIDTHS:
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            rows = _rows(screen_lines(app))
            first = next(at for at, row in enumerate(rows) if "not a store" in row)
            item = rows[first]
            said = [item]
            for row in rows[first + 1 :]:
                if not row.strip(" │"):
                    break
                said.append(row)
            assert "cannot be used" in " ".join(row.strip(" │") for row in said), (width, said)
            assert [_indent(row) for row in said] == [_indent(item)] * len(said), (width, said)


async def test_ready_to_go_keeps_the_kept_paths_names_whole(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths)  # no backup: Start fresh
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(60, 40)) as pilot:
        await pilot.pause()
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("y")  # the question's "Start fresh"
        await pilot.pause()
        assert app.done
        kept = f"{app.aside_folder}/{app.aside_name}"
        assert len(kept) > 50  # longer than a line at 60 columns
        for width in WIDTHS:
            await pilot.resize_terminal(width, 40)
            await pilot.pause()
            rows = [row.strip(" │") for row in screen_lines(app)]
            # The kept file's name is whole on one line, its folder's names too.
            assert any(app.aside_name in row for row in rows), (width, rows)
            assert kept in "".join(rows), (width, rows)
            for name in str(app.aside_folder).strip("/").split("/"):
                assert any(f"/{name}/" in row or row.startswith(f"{name}/") for row in rows), (
                    width,
                    name,
                    rows,
                )


def test_a_path_longer_than_a_line_is_broken_between_its_names() -> None:
    said = "The old store is kept as /home/sam/.local/share/bounceback-tui/bounceback.sqlite3.x;"
    lines = [said[start:end] for start, end, _indent in laid_out(said, 40)]
    assert lines == [
        "The old store is kept as",
        "/home/sam/.local/share/bounceback-tui/",
        "bounceback.sqlite3.x;",
    ]


def test_a_list_item_hangs_under_its_first_word() -> None:
    said = "     by hand, Sat 2 Jan 09:00: not a store, cannot be used"
    assert wrapped(said, 50).split("\n") == [
        "     by hand, Sat 2 Jan 09:00: not a store, cannot",
        "     be used",
    ]
