"""A person's text is cut, and a one-line field's cursor steps, between what a reader sees as
one character: never between a letter and its accent, inside a joined emoji or a flag."""

from __future__ import annotations

from datetime import date

from textual.app import App, ComposeResult

from bounceback_tui.domain.due import draft_item
from bounceback_tui.domain.text import clip_name
from bounceback_tui.ui.kit.cells import clip, fit_cells
from bounceback_tui.ui.kit.fields import PlainInput

ACCENTED = "e\u0301"  # e and a combining acute: one letter on screen
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # man, woman, girl, joined
FLAG = "\U0001f1eb\U0001f1f7"  # F and R regional indicators: the French flag
PLANE = "\u2708\ufe0f"  # a narrow symbol shown as an emoji (VS16)


def test_a_drafts_label_is_cut_by_letters_not_code_points() -> None:
    """The attacker's thought, fifty accented letters: the label kept 23 of them, a bare "e"
    and an ellipsis (47 code points), and the row cut it again."""
    item = draft_item(7, ACCENTED * 50, date(2026, 3, 10))
    assert item.title == "Unfinished thought record: \u201c" + ACCENTED * 47 + "\u2026\u201d"
    short = draft_item(8, "A" + ACCENTED * 40, date(2026, 3, 10))
    assert short.title == "Unfinished thought record: \u201cA" + ACCENTED * 40 + "\u201d"


def test_a_name_is_never_cut_inside_a_joined_emoji() -> None:
    assert clip_name(f"a{FAMILY}bcdef", 5) == f"a{FAMILY}b\u2026"
    assert clip_name(f"a{FLAG}{FLAG}{FLAG}", 4) == f"a{FLAG}\u2026"
    assert clip_name(f"{PLANE}{PLANE}{PLANE}", 5) == f"{PLANE}{PLANE}\u2026"
    assert clip_name("Caf" + ACCENTED + " au lait", 5) == "Caf" + ACCENTED + "\u2026"


def test_a_column_is_never_cut_inside_a_flag() -> None:
    """Rich measures a flag as two cells and cut one in half: "a🇫🇷🇫…"."""
    assert clip(f"a{FLAG}{FLAG}{FLAG}", 5) == f"a{FLAG}\u2026"
    assert clip(f"ab{FAMILY}cd", 5) == f"ab{FAMILY}\u2026"
    assert fit_cells(f"a{FLAG}{FLAG}{FLAG}", 5) == f"a{FLAG}\u2026 "


class OneField(App[None]):
    def compose(self) -> ComposeResult:
        yield PlainInput(id="one")


async def _field_holding(pilot, text: str) -> PlainInput:  # type: ignore[no-untyped-def]
    field = pilot.app.query_one("#one", PlainInput)
    field.value = text
    field.cursor_position = len(text)
    field.focus()
    await pilot.pause()
    return field


async def test_backspace_takes_a_whole_flag_or_family() -> None:
    app = OneField()
    async with app.run_test(size=(40, 5)) as pilot:
        field = await _field_holding(pilot, f"ok{FLAG}{FLAG}")
        await pilot.press("backspace")
        assert field.value == f"ok{FLAG}"
        field = await _field_holding(pilot, f"hi{FAMILY}")
        await pilot.press("backspace")
        assert field.value == "hi"
        field = await _field_holding(pilot, f"x{ACCENTED}")
        await pilot.press("backspace")
        assert field.value == "x"


async def test_the_arrows_and_delete_step_over_a_whole_character() -> None:
    app = OneField()
    async with app.run_test(size=(40, 5)) as pilot:
        field = await _field_holding(pilot, f"a{FAMILY}b{FLAG}")
        await pilot.press("left")
        assert field.cursor_position == 1 + 5 + 1  # before the flag
        await pilot.press("left", "left")
        assert field.cursor_position == 1  # before the family
        await pilot.press("delete")
        assert field.value == f"ab{FLAG}"
        await pilot.press("right", "right")
        assert field.cursor_position == 4  # after the flag, the end
        await pilot.press("shift+left")
        assert field.selected_text == FLAG


def test_todays_due_line_is_never_cut_inside_a_flag() -> None:
    """A due line's words cut before how late it is kept half a flag ("? Ask ab🇫🇷🇫🇷🇫🇷🇫…")."""
    from datetime import timedelta
    from functools import partial
    from types import SimpleNamespace
    from typing import Any

    from bounceback_tui.domain.due import feedback_item
    from bounceback_tui.ui.today.board_rows import DuePrompt
    from bounceback_tui.ui.today.text import due_prompt
    from tests.conftest import FIXED_TODAY

    item = feedback_item(1, 2, "ab" + FLAG * 8, FIXED_TODAY - timedelta(days=24), 0, FIXED_TODAY)
    summary: Any = SimpleNamespace(today=FIXED_TODAY)
    # 35 cells: "? Ask " 6, " for feedback" 13 (kept whole) and how late in fewer cells (a
    # plan's step: tests/test_today_overdue_says_when.py), "  24d late" 10, leave 6 for the
    # company and its ellipsis: "ab" and one flag (5), the second would end at 7.
    line = DuePrompt(partial(due_prompt, item, summary)).fitted(35).plain
    assert line == f"? Ask ab{FLAG}\u2026 for feedback   24d late"
    # 28 cells: too few for its day; the company keeps 9, "ab" and three flags (8).
    line = DuePrompt(partial(due_prompt, item, summary)).fitted(28).plain
    assert line.rstrip() == f"? Ask ab{FLAG * 3}\u2026 for feedback"
