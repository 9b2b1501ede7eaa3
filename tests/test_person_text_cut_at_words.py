"""Three more places that cut a person's text cut it at a word's end, with "…".

- A field's error quotes what was typed ("'next tuesday at half past ele…' is not a date"):
  it was cut in the middle of a word. A single 10,000-character word is still cut inside
  it, there being no word's end.
- Reframe's list showed a thought as "[b]bold[/…", cut inside a word (and the brackets are
  the person's, shown as typed, never read as markup).
- The palette's People line, "With Dana, chosen in People, for Company (Role) · Stage",
  named the application at up to 56 cells, and wrapped at 100 columns where every other
  line fits: the name is cut at words' ends to the room the line leaves it (at 100 columns
  the line leaves out what the key does, which the title says).

At 80x24, 100x30 and 120x40, with a 10,000-character text, `[b]x[/]`, emoji and
right-to-left text.
"""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len
from textual.command import CommandList

from bounceback_tui.domain.dates import DateParseError, parse_date
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.text import quoted, screen_line
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.conftest import FIXED_TODAY
from tests.palette_fixtures_ui import search
from tests.pipeline_fixtures import add
from tests.reframe_fixtures import add_record
from tests.test_palette_help_fits_100 import _wrapped
from tests.ui_harness import app_on, settle
from tests.written_over import another_program_writes

SIZES = [(80, 24), (100, 30), (120, 40)]
TEXTS = {
    "words": "next tuesday at half past eleven in the morning please",
    "markup": "[b]x[/] [b]bold[/] as typed " * 10,
    "emoji": "Rocket 🚀 launch 🌟 party 🎉 tomorrow " * 5,
    "rtl": "شركة النجمة للتقنية المتقدمة " * 6,
    "10,000": "I will never get hired anywhere " * 313,
}


def _cut_after_a_word(shown: str, whole: str) -> None:
    """``shown`` is the start of ``whole`` up to a word's end, then "…"."""
    assert shown.endswith("…"), shown
    kept = shown.removesuffix("…")
    flat = screen_line(whole)
    assert flat.startswith(kept), (shown, flat[:80])
    assert flat[len(kept)].isspace(), f"cut inside a word: {shown!r}"


@pytest.mark.parametrize("name", list(TEXTS))
def test_a_fields_error_quotes_the_text_cut_after_a_whole_word(name: str) -> None:
    text = TEXTS[name]
    said = quoted(text)
    assert said[0] == said[-1] == "'", said
    _cut_after_a_word(said[1:-1], text)
    with pytest.raises(DateParseError) as refused:
        parse_date(text, FIXED_TODAY)
    assert said in str(refused.value)


def test_a_single_long_word_is_still_cut_inside_it() -> None:
    said = quoted("x" * 10_000)
    assert said == "'" + "x" * 39 + "…'"


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("name", list(TEXTS))
async def test_reframes_list_cuts_a_thought_after_a_whole_word(
    opened_paths: DataPaths, db: Database, name: str, size: tuple[int, int]
) -> None:
    text = TEXTS[name] if name != "words" else TEXTS[name] * 3
    add_record(db, text)
    async with app_on(opened_paths, "reframe", size=size) as (_app, pilot, pane):
        await settle(pilot)
        history = pane.query_one("HistoryList")
        width = history.scrollable_content_region.width
        (strip,) = history.render_item(history.items[0], 0, width)
        line = strip.text
        assert cell_len(line) == width
        # Date, then the thought: cut where a word ends, the brackets as typed.
        thought = re.sub(r"^\s*\d{4}-\d\d-\d\d\s+", "", line)
        shown = thought.split("…")[0].strip() + "…"
        _cut_after_a_word(shown, text)
        if name == "markup":
            assert shown.startswith("[b]x[/] [b]bold[/]"), line


async def _people_help(
    paths: DataPaths, db: Database, company: str, role: str, size: tuple[int, int]
) -> tuple[list[str], str]:
    chosen = add(db, "Placeholder", "Role", stage="applied")
    # as an import or another program keeps it
    another_program_writes(paths, "UPDATE application SET company = ?, role = ?", (company, role))
    person = people_edits.add_contact(
        db, validate_contact({"name": "Dana Reyes", "kind": "recruiter"}, FIXED_TODAY)
    )
    people_edits.link_application(db, person, chosen)
    app = BouncebackApp(paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press("6")
        await pilot.pause()
        assert app.current_pane.select_item(person)
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(chosen)
        await pilot.pause()
        await search(app, pilot, "")
        results = app.screen.query_one(CommandList)
        helps = [
            str(results.get_option_at_index(i).prompt).split("\n")[-1]
            for i in range(results.option_count)
        ]
        (line,) = [h for h in helps if h.startswith("With Dana Reyes, chosen in People, for ")]
        return _wrapped(app), line


NAMES = {
    "long": ("Northwind Traders International Holdings", "Senior Site Reliability Engineer"),
    "10,000": ("Northwind " * 1_000, "[b]Senior[/] " * 30),
    "emoji": ("🚀🌟 Rocket Star 🎉 Labs " * 4, "Data 🙂 Analyst " * 3),
    "rtl": ("شركة النجمة للتقنية المتقدمة " * 4, "محلل بيانات أول " * 3),
}


@pytest.mark.parametrize("size", [(100, 30), (120, 40)])
@pytest.mark.parametrize("name", list(NAMES))
async def test_the_palettes_people_line_fits_its_application_cut_at_words(
    opened_paths: DataPaths, db: Database, name: str, size: tuple[int, int]
) -> None:
    wrapped, line = await _people_help(opened_paths, db, *NAMES[name], size)
    assert wrapped == [], "\n".join(wrapped)
    # At 100 columns the title says what it does ("Schedule an interview"); at 120 so does
    # the line.
    ending = " · Applied (key n on People)" if size[0] == 100 else ": its day, time and kind"
    assert line.endswith(ending) or f"{ending} (key n on People)" in line, line
    assert "chosen in People, for " in line and "(key n on People)" in line, line
    for cut in re.finditer(r"(\S+)…", line):
        said = cut.group(1).lstrip("(")
        assert any(said == word for word in " ".join(NAMES[name]).split()), line
