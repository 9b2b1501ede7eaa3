"""A closed screen's memory is given back at once (ui/kit/closed_screens.py): the app runs a
collection once the screen has been removed, instead of leaving its cycles to the
collector's own turn, which the app's freezing puts off until more screens have been built
over them (docs/performance.md, "Memory: the long walk, walk6's round")."""

from __future__ import annotations

import gc
import weakref
from typing import Any

import pytest
from textual.screen import Screen

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit import closed_screens

SIZE = (100, 30)


class Collections:
    """Each collection the app asks for, with the screens it was watching then."""

    def __init__(self) -> None:
        self.watched: list[weakref.ref[Screen[Any]]] = []
        self.seen: list[list[bool]] = []  # per collection: each watched screen attached?
        self.freed: list[list[bool]] = []  # and gone right after it

    def __call__(self) -> None:
        self.seen.append([bool(ref() and ref().is_attached) for ref in self.watched])  # type: ignore[union-attr]
        gc.collect()
        self.freed.append([ref() is None for ref in self.watched])


@pytest.fixture
def collections(monkeypatch: pytest.MonkeyPatch) -> Collections:
    recorder = Collections()
    monkeypatch.setattr(closed_screens, "collect_closed", recorder)
    return recorder


async def _open(app: BouncebackApp, pilot, opener: str) -> Screen[Any]:  # type: ignore[no-untyped-def]
    depth = len(app.screen_stack)
    getattr(app, opener)()
    for _ in range(50):
        await pilot.pause(0.02)
        if len(app.screen_stack) > depth:
            break
    return app.screen


async def _turns(pilot, done) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(50):
        if done():
            return True
        await pilot.pause(0.02)
    return bool(done())


async def test_closing_a_screen_collects_once_it_is_removed(
    opened_paths: DataPaths, collections: Collections
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        settings = await _open(app, pilot, "action_settings")
        collections.watched.append(weakref.ref(settings))
        del settings
        await pilot.pause(0.1)
        assert collections.seen == []  # nothing closed yet
        await pilot.press("escape")
        assert await _turns(pilot, lambda: collections.seen)
        assert len(app.screen_stack) == 1
        assert collections.seen[0] == [False]  # after its removal, not before
        assert app.screen.focused is not None  # the pane has focus back


async def test_each_screen_of_a_stack_is_collected_once_closed(
    opened_paths: DataPaths, collections: Collections
) -> None:
    """Settings, Help over it, the palette over Help, closed one by one."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for opener in ("action_settings", "action_help", "action_command_palette"):
            collections.watched.append(weakref.ref(await _open(app, pilot, opener)))
        await pilot.pause(0.1)
        assert len(app.screen_stack) == 4
        for depth in (3, 2, 1):
            await pilot.press("escape")
            assert await _turns(pilot, lambda depth=depth: len(collections.seen) == 4 - depth)
            assert len(app.screen_stack) == depth
            # The screen just closed is removed when the collection runs; those under it not.
            assert collections.seen[-1] == [n < depth - 1 for n in range(3)]
        assert app.screen.focused is not None


def _styles_caches_kept(app: BouncebackApp) -> int:
    """Textual's per-widget line caches alive that no widget on a screen owns."""
    from textual._styles_cache import StylesCache

    gc.unfreeze()  # the app's frozen objects too, whenever its warm-up froze them
    gc.collect()
    owned = {
        id(node._styles_cache)
        for screen in app.screen_stack
        for node in screen.walk_children(with_self=True)
        if hasattr(node, "_styles_cache")
    }
    return sum(
        1 for obj in gc.get_objects() if isinstance(obj, StylesCache) and id(obj) not in owned
    )


async def test_a_form_closed_over_a_dialog_leaves_nothing_behind(opened_paths: DataPaths) -> None:
    """The answer bank's form, opened and closed again and again over the bank: Textual's
    caches kept each closed form's widgets and lines (about 2,500 of Python's blocks a
    form) until the panes were shown again."""
    from bounceback_tui.ui.app_screens import show_answer_bank
    from bounceback_tui.ui.kit.form import FormScreen

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        show_answer_bank(app, practise=False)
        assert await _turns(pilot, lambda: type(app.screen).__name__ == "AnswerBankScreen")

        async def add_and_cancel() -> None:
            await pilot.press("a")
            assert await _turns(pilot, lambda: isinstance(app.screen, FormScreen))
            await pilot.press("escape")
            assert await _turns(pilot, lambda: type(app.screen).__name__ == "AnswerBankScreen")
            assert await _turns(pilot, lambda: not app._collection_due)  # the close's clean-up

        await add_and_cancel()
        await add_and_cancel()
        after_two = _styles_caches_kept(app)
        for _ in range(4):
            await add_and_cancel()
        assert _styles_caches_kept(app) <= after_two  # four more forms, none of them kept
