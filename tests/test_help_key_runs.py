"""`?` on a practice round lists the rating keys as one line, "1-5", as the key bar does, and
leaves out space once the answer is shown (a tester's walk).

It listed "1 Rate" beside "2 Rate 2", "3 Rate 3" and so on: one binding a key, the first's
description the key bar's short "Rate", the others' their own. And "space Show my answer"
was still listed with the answer on the screen, where space does nothing. Now the keys of
one action taken with different arguments (``rate(1)`` to ``rate(5)``) are one line, a run
of digits written as a range, on every screen's `?` (``ui/screens/help.py``); and a screen
may say what `?` lists for a key of its own that does nothing at this moment
(``help_while_refused``), or leave it out.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import Static

from bounceback_tui.domain.answers import validate_question
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers
from bounceback_tui.store.database import Database
from bounceback_tui.ui.answers.practice import AnswerPracticeScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.help import HelpScreen, collect_help
from tests.screen_text import flat, screen_text
from tests.ui_harness import app_on, settle_workers


def test_a_run_of_digits_is_written_as_a_range() -> None:
    from bounceback_tui.ui.screens.help import key_runs

    assert key_runs(["1", "2", "3", "4", "5"]) == "1-5"
    assert key_runs(["1", "2"]) == "1-2"
    assert key_runs(["1", "3"]) == "1 / 3"
    # A key moved in the keymap breaks the run where it stands.
    assert key_runs(["r", "2", "3", "4", "5"]) == "r / 2-5"
    assert key_runs(["1", "2", "x", "4", "5"]) == "1-2 / x / 4-5"
    assert key_runs(["a", "b"]) == "a / b"


# The card's keys, as every long text's (kit/scroll_text.py): each with all its keys, "↑ / k",
# not the first alone (tests/test_practice_card_scroll.py).
CARD_KEYS = [
    ("↑ / k", "Up"),
    ("↓ / j", "Down"),
    ("pgup", "Page up"),
    ("pgdn", "Page down"),
    ("home / g", "Top"),
    ("end / G", "Bottom"),
]


async def _help_of_practice(pilot) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    practice = pilot.app.screen
    assert isinstance(practice, AnswerPracticeScreen)
    await pilot.press("question_mark")
    await settle_workers(pilot)
    assert isinstance(pilot.app.screen, HelpScreen)
    listed = [(line.keys, line.description) for line in pilot.app.screen.lines]
    await pilot.press("escape")
    await settle_workers(pilot)
    assert pilot.app.screen is practice
    assert focus_problem(pilot.app) is None
    return listed


async def test_practice_lists_the_rating_keys_once_and_space_only_while_it_acts(
    opened_paths: DataPaths, db: Database
) -> None:
    answers.add_question(db, validate_question({"question": "Why this company?"}))
    async with app_on(opened_paths, size=(100, 40)) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        await pilot.press("p")
        await settle_workers(pilot)
        before = await _help_of_practice(pilot)
        assert sorted(before) == sorted(
            [
                ("1-5", "Rate, once your answer is shown"),
                ("?", "Keys"),
                ("Esc / q", "Close"),  # q closes it too; `?` listed Escape alone before
                ("Space", "Show my answer"),
                *CARD_KEYS,
            ]
        )
        await pilot.press("space")  # the answer shows
        await settle_workers(pilot)
        shown = await _help_of_practice(pilot)
        assert sorted(shown) == sorted(
            [("1-5", "Rate"), ("?", "Keys"), ("Esc / q", "Close"), *CARD_KEYS]
        )
        await pilot.press("question_mark")
        await settle_workers(pilot)
        text = flat(screen_text(app))
        assert "1-5 Rate" in text and "Rate 2" not in text and "Show my answer" not in text
        await pilot.press("escape")
        await settle_workers(pilot)
        await pilot.press("4")  # the round's one question rated: the round is done
        await settle_workers(pilot)
        done = await _help_of_practice(pilot)
        assert sorted(done) == sorted([("?", "Keys"), ("Esc / q", "Close"), *CARD_KEYS])


class _Picker(ModalScreen[None]):
    """A screen with digit keys of its own: one action, three arguments, the key bar showing
    the first for all three; and letter keys that take one action with an argument each, as
    the conflict dialog's do (each a key of its own), and digit keys that the key bar shows
    each (each its own line too)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("1", "pick(1)", "Pick", key_display="1-3", id="picker.one"),
        Binding("2", "pick(2)", "Pick the second", show=False, id="picker.two"),
        Binding("3", "pick(3)", "Pick the third", show=False, id="picker.three"),
        Binding("r", "choose('reload')", "Reload", id="picker.reload"),
        Binding("o", "choose('overwrite')", "Save mine", id="picker.overwrite"),
        Binding("7", "size(7)", "Seven", id="picker.seven"),
        Binding("8", "size(8)", "Eight", id="picker.eight"),
        Binding("x", "close", "Close", id="picker.close"),
    ]

    def compose(self) -> ComposeResult:
        yield Static("Pick one")

    def action_pick(self, number: int) -> None:
        pass

    def action_choose(self, choice: str) -> None:
        pass

    def action_size(self, number: int) -> None:
        pass

    def action_close(self) -> None:
        self.dismiss(None)


async def test_any_screen_s_keys_of_one_action_are_one_line() -> None:
    app: App[None] = App()
    async with app.run_test() as pilot:
        await app.push_screen(_Picker())
        await pilot.pause()
        listed = [(line.keys, line.description) for line in collect_help(app.screen, app)]
    assert sorted(listed) == [
        ("1-3", "Pick"),
        ("7", "Seven"),
        ("8", "Eight"),
        ("o", "Save mine"),
        ("r", "Reload"),
        ("x", "Close"),
    ]
