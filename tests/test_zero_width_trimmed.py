"""Characters of no width at the start or end of a typed text are dropped, as spaces are.

A thought typed (or pasted) with a zero-width space, a joiner, a word joiner or a byte order
mark before it was saved with them: the record's thought began with characters nobody can
see, which the list drew as "�" (a character of no width cannot begin a line on a terminal)
and a search for its first word could miss. The round before made a text of only such
characters empty (``is_blank``); now they are trimmed from the ends of any text like spaces
(docs/architecture.md, "cleaning typed text"). A joiner inside an emoji, or inside a word,
is kept as typed.
"""

from __future__ import annotations

import pytest
from textual.widgets import TextArea

from bounceback_tui.domain.text import clean_text
from bounceback_tui.errors import FieldError
from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import RecordDraft, validate
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.quiet import until_quiet
from tests.screen_text import screen_lines
from tests.ui_harness import settle

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man, ZWJ, woman, ZWJ, girl
ENGLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"  # tags

# What was typed, and what is saved: written out by hand.
CASES = [
    ("\u200bNobody wants me", "Nobody wants me"),
    ("\u200d\u200dNobody wants me", "Nobody wants me"),
    ("\ufeffNobody wants me\u2060", "Nobody wants me"),
    ("\u2060 \u200b Nobody wants me \u200b ", "Nobody wants me"),
    ("\u200c\u200bNobody wants me\u200d", "Nobody wants me"),
    (f"\u200b{FAMILY} hates me\u200b", f"{FAMILY} hates me"),
    (f"Me and my {FAMILY}\u200d", f"Me and my {FAMILY}"),
    (f"\u200bGo {ENGLAND}", f"Go {ENGLAND}"),  # its last tag (U+E007F) is Cf too: kept
    ("Zo\u200bë is kinder", "Zo\u200bë is kinder"),  # inside a word: kept
]


@pytest.mark.parametrize(("typed", "saved"), CASES)
def test_the_thought_is_saved_without_characters_of_no_width_at_its_ends(
    typed: str, saved: str
) -> None:
    assert validate(RecordDraft(thought=typed, current_step=3)).thought == saved


@pytest.mark.parametrize(("typed", "saved"), CASES)
def test_a_one_line_field_is_trimmed_the_same_way(typed: str, saved: str) -> None:
    errors: list[FieldError] = []
    assert clean_text(typed, "company", "Company", errors) == saved
    assert errors == []


def test_a_many_line_field_keeps_its_inner_lines_and_leading_spaces() -> None:
    errors: list[FieldError] = []
    typed = "\u200b\n  first line\n\u200b\nlast line\u200b\n\ufeff"
    assert clean_text(typed, "notes", "Notes", errors, multiline=True) == (
        "first line\n\u200b\nlast line"
    )
    assert errors == []


async def test_a_thought_typed_after_a_zero_width_paste_is_saved_without_it(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        await pilot.press("a")
        await until_quiet(pilot)
        await pilot.press("ctrl+n")  # past the situation, to the thought
        await until_quiet(pilot)
        box = app.focused
        assert isinstance(box, TextArea)
        box.insert("\u200b\u200d\ufeff\u2060")  # a paste of nothing a person can see
        await pilot.pause()
        await pilot.press(*"Nobody wants me")
        await until_quiet(pilot)
        await pilot.press("escape")
        await settle(pilot, 4)
        await until_quiet(pilot)
        assert app.current_pane.mode == "history"
        row = next(line for line in screen_lines(app) if "Nobody wants me" in line)
        assert "\ufffd" not in row, row
    (record,) = reframe_service.history(db)
    assert record.thought == "Nobody wants me"
