"""A dialog opened lays its screen out once at the terminal's size, and the screens under it
not at all (ui/kit/screen_layouts.py); a terminal resized lays them all out as before."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from textual.geometry import Size
from textual.screen import Screen

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit import screen_layouts
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.pane_switcher import PaneScreen
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline
from tests.quiet import until_drained, until_quiet
from tests.ui_harness import app_on


@pytest.fixture
def laid_out(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Each screen's layouts at a size given (a resize, a resume), by the screen's class."""
    counted: Counter[str] = Counter()
    textual = Screen._refresh_layout

    def counting(self: Screen[Any], size: Size | None = None, scroll: bool = False) -> None:
        if size is not None:
            counted[type(self).__name__] += 1
        textual(self, size, scroll)

    monkeypatch.setattr(Screen, "_refresh_layout", counting)
    return counted


def test_the_app_installs_it_once() -> None:
    import bounceback_tui.ui.app  # noqa: F401  (installed as the app loads)

    assert Screen._screen_resized is screen_layouts._screen_resized
    assert screen_layouts.lay_out_once()


async def test_a_form_opened_is_laid_out_once_and_the_pane_under_it_not_again(
    opened_paths: DataPaths, laid_out: Counter[str]
) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await until_drained(pilot)
        laid_out.clear()
        await pilot.press("a")
        await until_quiet(pilot)
        await until_drained(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        # Shown: once at its size. Textual laid it out again on its own Resize, at the same
        # size, and the Pipeline under it too: {form: 2, PaneScreen: 1}.
        assert dict(laid_out) == {type(form).__name__: 1}
        assert form.size == Size(100, 30)
        assert app.focused is form.query_one("#field-company")


async def test_a_terminal_resized_under_a_form_lays_out_every_screen(
    opened_paths: DataPaths, laid_out: Counter[str]
) -> None:
    store_once(opened_paths, small_pipeline)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await until_quiet(pilot)
        form = app.screen
        laid_out.clear()
        await pilot.resize_terminal(80, 24)
        await until_drained(pilot)
        under = app.screen_stack[0]
        assert isinstance(under, PaneScreen)
        assert laid_out[type(form).__name__] >= 1 and laid_out["PaneScreen"] >= 1
        assert form.size == under.size == Size(80, 24)
