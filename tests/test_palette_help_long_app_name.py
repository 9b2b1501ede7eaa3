"""A help line that names a long application fits the palette, the name cut at a word.

With an application of 60 characters and more chosen on the Pipeline ("Northwind Traders
International Holdings… (Senior Site Reliability…)"), "Schedule an interview for the
application" and its neighbours wrapped their help onto a second row at 100 and 120 columns,
where every other line fits (tests/test_palette_help_fits_100.py). The name is cut part by
part at words' ends, with "…", to the room the rest of its line leaves: a 10,000-character
name, emoji (two cells each), right-to-left text and brackets as typed alike.
"""

from __future__ import annotations

import re

import pytest
from textual.command import CommandList

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search
from tests.pipeline_fixtures import add
from tests.test_palette_help_fits_100 import _wrapped
from tests.written_over import another_program_writes

NAMES = {
    "long": ("Northwind Traders International Holdings", "Senior Site Reliability Engineer"),
    "10,000": ("Northwind " * 1_000, "[b]Senior[/] " * 30),
    "emoji": ("🚀🌟 Rocket Star 🎉 Labs " * 4, "Data 🙂 Analyst " * 3),
    "rtl": ("شركة النجمة للتقنية المتقدمة " * 4, "محلل بيانات أول " * 3),
}


async def _help_lines(paths: DataPaths, db: Database, name: str, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    chosen = add(db, "Placeholder", "Role", date_applied="2026-03-10")
    # as an import or another program keeps it
    another_program_writes(paths, "UPDATE application SET company = ?, role = ?", NAMES[name])
    app = BouncebackApp(paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(chosen)
        await search(app, pilot, "")
        results = app.screen.query_one(CommandList)
        helps = [
            str(results.get_option_at_index(i).prompt).split("\n")[-1]
            for i in range(results.option_count)
        ]
        return _wrapped(app), helps


@pytest.mark.parametrize("size", [(100, 30), (120, 40)])
@pytest.mark.parametrize("name", list(NAMES))
async def test_no_help_line_naming_a_long_application_wraps(
    opened_paths: DataPaths, db: Database, name: str, size: tuple[int, int]
) -> None:
    wrapped, helps = await _help_lines(opened_paths, db, name, size)
    assert wrapped == [], "\n".join(wrapped)
    company = NAMES[name][0].split()[0]
    named = [line for line in helps if company in line]
    assert len(named) >= 4, helps  # reject, follow up, edit, schedule an interview
    for line in named:
        # Each part cut after a whole word: the ellipsis follows a word's end, never part of
        # one ("Northwind…", not "Northw…"), and the role's bracket is closed.
        for cut in re.finditer(r"(\S+)…", line):
            said = cut.group(1).lstrip("(")
            assert any(said == word for word in " ".join(NAMES[name]).split()), line
        assert "(" not in line.split(":")[0] or ")" in line, line
