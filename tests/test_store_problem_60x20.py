"""The store-problem screen at 60x20 (a tester, a store replaced with random bytes).

Start fresh read "f  Start fresh (the file is kept as" / "bounceback.sqlite3.unreadable-
20270105-0900" / "00)": the kept file's name split inside itself, its end under the key. A
name stays whole, or where even alone it does not fit under the words, is cut in the middle
with "…"; every next line of a choice begins under its words. And Tab went f, q, then a
third stop with nothing shown focused (the page), where Space and Enter did nothing.
"""

from __future__ import annotations

from textual.widgets import Button

from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.screen_text import screen_lines

KEPT_AS = "bounceback.sqlite3.unreadable-20270105-090000"


def _chooser() -> StoreProblemApp:
    return StoreProblemApp(
        "The file at /tmp/x/bounceback.sqlite3 is not a bounceback-tui store (it is not an "
        "SQLite database). It was left untouched.",
        backup_label=None,
        aside_name=KEPT_AS,
        restore=lambda: "Restored the backup.",
        fresh=lambda: "Started fresh.",
        quiet_s=0,
    )


def _choice(app: StoreProblemApp, words: str) -> list[str]:
    """The rows of the choice that begins with ``words``, inside the box's border."""
    rows = [row.strip("│ ").rstrip() for row in screen_lines(app)]
    lines = [row.rstrip(" │") for row in screen_lines(app)]
    first = next(at for at, row in enumerate(rows) if row.startswith(words))
    said = [lines[first]]
    for line, row in zip(lines[first + 1 :], rows[first + 1 :], strict=False):
        if not row:
            break
        said.append(line)
    return said


async def test_start_fresh_keeps_the_kept_files_name_in_one_piece_under_its_words() -> None:
    for size in ((60, 20), (80, 24)):
        app = _chooser()
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            said = _choice(app, "f  Start fresh")
            words_at = said[0].index("Start fresh")
            for line in said[1:]:  # under the words, never under the key
                assert len(line) - len(line.lstrip(" │")) == words_at, (size, said)
            named = [line.strip(" │") for line in said if "bounc" in line]
            assert len(named) == 1, (size, said)  # the name on one line
            (name,) = named
            if size == (80, 24):
                assert name == f"{KEPT_AS})", said  # room for it whole
            else:  # its start and its end, "…" between
                head, cut, tail = name.partition("…")
                assert cut and head and tail, said
                assert KEPT_AS.startswith(head) and f"{KEPT_AS})".endswith(tail), said


async def test_tab_goes_only_where_focus_shows_and_a_key_does_something() -> None:
    app = _chooser()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        stops = []
        for _ in range(4):
            await pilot.press("tab")
            await pilot.pause()
            assert isinstance(app.focused, Button), app.focused
            stops.append(app.focused.id)
        assert set(stops) == {"fresh", "leave"}, stops
        page = app.query_one("#problem-page")
        await pilot.press("end")  # the page still scrolls from a choice
        await pilot.pause()
        assert page.scroll_y > 0
        assert isinstance(app.focused, Button)
