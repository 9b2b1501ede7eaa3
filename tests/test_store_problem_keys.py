"""The screen offered when the store cannot be opened: keys typed as it appears choose
nothing, and Start fresh asks first (an attacker's walk, twenty-second round: the store broke
under an open window while a form was being typed into, this screen took the window's place,
and the `f` of "After JSON over store" started a fresh store at once)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens import store_problem
from bounceback_tui.ui.screens.store_problem import KEY_QUIET_S, StoreProblemApp

ASIDE = "bounceback.sqlite3.unreadable-20260316-093000"
TYPED = [
    *"After",
    "space",
    *"JSON",
    "space",
    *"over",
    "space",
    *"store",
    "enter",
]


class _Clock:
    """The screen's clock, moved by the test: a loaded machine's slow keys are not still."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> _Clock:
    fake = _Clock()
    monkeypatch.setattr(store_problem, "time", SimpleNamespace(monotonic=fake))
    return fake


def _chooser(chosen: list[str], **kwargs: float) -> StoreProblemApp:
    def choose(what: str) -> str:
        chosen.append(what)
        return f"Did {what}."

    return StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label="daily, today 09:30: 3 applications, 1 rejection",
        aside_name=ASIDE,
        restore=lambda: choose("restore"),
        fresh=lambda: choose("fresh"),
        **kwargs,
    )


def _result(app: StoreProblemApp) -> str:
    return str(app.query_one("#problem-result").render())


async def test_keys_typed_as_the_screen_appears_choose_nothing(clock: _Clock) -> None:
    assert KEY_QUIET_S >= 0.5  # long enough to tell a burst of typing from a choice
    chosen: list[str] = []
    app = _chooser(chosen)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*TYPED, "q", "escape")
        await pilot.pause()
        assert chosen == [] and not app.done
        assert not isinstance(app.screen, ConfirmScreen)
        assert app.is_running  # not even q: the person never saw it
        assert _result(app) == (
            "What was typed as this appeared was not taken as a choice. Read this, then choose."
        )
        assert focus_problem(app) is None


async def test_keys_count_once_the_keyboard_has_been_still(clock: _Clock) -> None:
    chosen: list[str] = []
    app = _chooser(chosen, quiet_s=1.0)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        clock.now += 0.6
        await pilot.press("r")  # within the wait the first key started again
        clock.now += 0.6  # past the first key's wait, not the second's
        await pilot.press("r")
        await pilot.pause()
        assert chosen == [] and not isinstance(app.screen, ConfirmScreen)
        clock.now += 1.2  # now still for longer than the wait
        await pilot.press("r")
        await pilot.pause()
        assert chosen == ["restore"] and app.done


async def test_start_fresh_asks_first_and_says_what_becomes_of_the_file() -> None:
    chosen: list[str] = []
    app = _chooser(chosen, quiet_s=0)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("f")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ConfirmScreen)
        assert str(screen.query_one(".confirm-question").render()) == (
            "Start fresh, with an empty store?"
        )
        detail = str(screen.query_one(".confirm-detail").render())
        assert f"renamed to {ASIDE}" in detail and "never deleted" in detail
        # Cancel has the focus: Enter (the end of a line typed) keeps everything.
        assert screen.focused is not None and screen.focused.id == "no"
        await pilot.press("enter")
        await pilot.pause()
        assert chosen == [] and not app.done and not isinstance(app.screen, ConfirmScreen)
        assert focus_problem(app) is None
        await pilot.press("f", "escape")
        await pilot.pause()
        assert chosen == []
        await pilot.press("f", "y")
        await pilot.pause()
        assert chosen == ["fresh"] and app.done
        assert "Did fresh." in _result(app)
        # The choices are gone; Open bounceback takes the focus, and Enter opens it.
        assert focus_problem(app) is None
        await pilot.press("enter")
        await pilot.pause()
    assert app.return_value is True


@pytest.mark.parametrize("key", ["r", "enter"])
async def test_restore_is_chosen_at_once_once_the_keyboard_is_still(key: str) -> None:
    chosen: list[str] = []
    app = _chooser(chosen, quiet_s=0)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(key)  # the Restore button has the focus at first
        await pilot.pause()
        assert chosen == ["restore"]
