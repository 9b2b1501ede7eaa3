"""A confirm dialog gives its keys in one order, yes first, however the keymap moves them.

With `"confirm.yes" = "Y"` the delete dialog's own line read "Y yes  n/Esc no" while the key
bar under it read "n No  Y Yes": Textual's keymap puts a key it moves after the others, so
the bar's order changed with the keymap. The bar keeps the order of the dialog's buttons,
as it does with no keymap ("y Delete  n/Esc Keep it"; the dialog has no line of its own now).
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.built_stores import store_once
from tests.screen_text import screen_text
from tests.test_keymap import _keymapped
from tests.ui_harness import settle_workers


async def _delete_dialog_keys(paths: DataPaths, keymap: str) -> tuple[list[str], str]:
    """The key bar's labels under the Pipeline's delete dialog, and the screen's text."""
    store_once(paths, fill_demo, 60)
    async with _keymapped(paths, keymap) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("d")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert focus_problem(app) is None
        labels = [label for _keys, label in app.query_one(KeyBar).shown()]
        return labels, screen_text(app)


async def test_with_yes_moved_the_bar_gives_yes_first_as_the_dialog_does(
    opened_paths: DataPaths,
) -> None:
    labels, text = await _delete_dialog_keys(opened_paths, '[keymap]\n"confirm.yes" = "Y"\n')
    assert "Y Delete  n/Esc Keep it" in text
    assert labels.index("Delete") < labels.index("Keep it"), labels


async def test_with_no_keymap_the_bar_gives_yes_first_too(opened_paths: DataPaths) -> None:
    labels, text = await _delete_dialog_keys(opened_paths, "")
    assert "y Delete  n/Esc Keep it" in text
    assert labels.index("Delete") < labels.index("Keep it"), labels
