"""The store-problem screen's choices: a label that wraps goes on under its words, not under
its key, and Space presses the focused button as Enter does.

At 100 columns "r  Restore the latest backup (by hand, today 21:46: 60 applications, 25" went
on with "rejections)" under the `r`, and "f  Start fresh (the file is kept as" with the kept
file's name under the `f`. Space on the focused Restore said "That key does nothing here".
"""

from __future__ import annotations

import pytest

from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.screen_text import screen_lines

ASIDE = "bounceback.sqlite3.unreadable-20261207-214640"


def _chooser(chosen: list[str]) -> StoreProblemApp:
    def choose(what: str) -> str:
        chosen.append(what)
        return f"Did {what}."

    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label="by hand, today 21:46: 60 applications, 25 rejections",
        aside_name=ASIDE,
        restore=lambda: choose("restore"),
        fresh=lambda: choose("fresh"),
        quiet_s=0,
    )


def _next_line_starts(lines: list[str], first: str, next_words: str) -> tuple[int, int]:
    """The column of ``first``'s words after its key, and where the line after it begins,
    which must be the label going on (its last words, ``next_words``, on it)."""
    (at,) = [n for n, line in enumerate(lines) if first in line]
    after = lines[at + 1]
    begins = next(n for n, char in enumerate(after) if char not in " │")  # inside the box
    assert next_words in after, (lines[at], after)
    key_and_gap = first.split("  ", 1)[0] + "  "
    return lines[at].index(first) + len(key_and_gap), begins


@pytest.mark.parametrize("size", [(80, 24), (100, 40)])
async def test_a_wrapped_choice_goes_on_under_its_words(size: tuple[int, int]) -> None:
    app = _chooser([])
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        lines = screen_lines(app)
        words, next_line = _next_line_starts(lines, "r  Restore the latest backup", "rejections)")
        assert next_line == words, lines
        words, next_line = _next_line_starts(lines, "f  Start fresh", ASIDE)
        assert next_line == words, lines
        assert any(f"{ASIDE})" in line.split() for line in lines)  # the kept name whole


async def test_space_presses_the_focused_button() -> None:
    chosen: list[str] = []
    app = _chooser(chosen)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("tab")  # from Restore to Start fresh
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "fresh"
        await pilot.press("space")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # asked first, as its key and Enter do
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is not None and app.focused.id == "fresh"
        await pilot.press("shift+tab", "space")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert chosen == ["restore"] and app.done
        assert [str(note.message) for note in app._notifications] == []
        assert focus_problem(app) is None
        await pilot.press("space")  # "Open bounceback", focused once a choice is made
        await pilot.pause()
    assert app.return_value is True
