"""A keymap is checked before any of it is bound, and says plainly what it cannot do.

A power user's walk: with `"pane.pipeline" = "p"` (Reframe's p) the tab strip read
"1 Today  p Pipeline" and p opened the Pipeline for the 3 to 12 seconds the check waited
behind the store; then the strip changed to "2 Pipeline" and p stopped working.
`"app.settings" = "ctrl+comma"` was taken though most terminals send ctrl+comma as `,`;
a settings.toml that is a link to nothing was passed over in silence; and the note refusing
`"app.quit" = "ctrl+q"` did not tell someone who wanted q to stop quitting how to do it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.keymap import load_keymap, parse_keymap
from bounceback_tui.ui.kit.pane_tabs import PaneTabs

SIZE = (100, 30)


def _write_settings(paths: DataPaths, text: str) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text, encoding="utf-8")


def test_the_keys_written_down_are_the_codes_own() -> None:
    # The check before the first paint reads the keys `python docs/keymap.py` wrote down.
    from bounceback_tui.ui.binding_catalogue import binding_inventory, scopes_of
    from bounceback_tui.ui.keymap_check import stored_scopes

    assert stored_scopes() == scopes_of(binding_inventory()), "run: python docs/keymap.py"


def test_a_refused_entry_is_never_bound(opened_paths: DataPaths) -> None:
    _write_settings(opened_paths, '[keymap]\n"pane.pipeline" = "p"\n"pipeline.add" = "n"\n')
    app = BouncebackApp(opened_paths)
    # Before anything is drawn: the Pipeline keeps 2, the sound entry applies.
    assert "pane.pipeline" not in app.keys_in_use
    assert app.keys_in_use.get("pipeline.add") == "n"
    assert ("pipeline", "2", "Pipeline") in app.pane_tabs()


async def test_the_first_frame_shows_the_usual_key_and_p_stays_reframes(
    opened_paths: DataPaths,
) -> None:
    _write_settings(opened_paths, '[keymap]\n"pane.pipeline" = "p"\n')
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        tabs = app.query_one(PaneTabs)
        assert ("pipeline", "2", "Pipeline") in tabs.tabs
        assert "p Pipeline" not in tabs.render_line(0).text
        await pilot.press("p")
        await pilot.pause()
        assert app.shown_pane() == "today"
        await app.workers.wait_for_complete()
        await pilot.pause()
        notes = [str(note.message) for note in app._notifications]
        assert any("pane.pipeline was not changed" in note for note in notes)


@pytest.mark.parametrize("key", ["ctrl+comma", "ctrl+.", "ctrl+;", "ctrl+'", "ctrl+/"])
def test_ctrl_with_a_mark_most_terminals_cannot_send_is_refused(key: str) -> None:
    result = parse_keymap({"app.settings": key})
    assert result.keymap == {}
    (problem,) = result.problems
    assert problem.startswith(f"app.settings was not changed: '{key}'")
    assert "most terminals" in problem and "cannot send" in problem


@pytest.mark.parametrize("key", ["ctrl+s", "ctrl+1", "ctrl+backslash", "ctrl+f5", "alt+c"])
def test_keys_terminals_send_are_still_taken(key: str) -> None:
    assert parse_keymap({"app.settings": key}).problems == []


def test_a_settings_file_that_links_to_nothing_is_said(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    os.symlink("/nonexistent/x.toml", path)
    result = load_keymap(path)
    assert result.keymap == {}
    (problem,) = result.problems
    assert "settings.toml" in problem and "/nonexistent/x.toml" in problem
    assert "not there" in problem and "usual keys kept" in problem


def test_a_settings_file_that_links_to_a_file_is_read_through_it(tmp_path: Path) -> None:
    real = tmp_path / "mine.toml"
    real.write_text('[keymap]\n"pipeline.add" = "n"\n', encoding="utf-8")
    os.symlink(real, tmp_path / "settings.toml")
    result = load_keymap(tmp_path / "settings.toml")
    assert result.keymap == {"pipeline.add": "n"} and result.problems == []


def test_the_quit_note_says_q_still_quits_and_how_to_stop_it() -> None:
    from bounceback_tui.ui.binding_catalogue import check_keymap

    checked = check_keymap({"app.quit": "ctrl+q"}, app_class=BouncebackApp)
    assert checked.keymap == {}
    (note,) = checked.problems
    said, _, advice = note.partition(". ")
    # Someone who wanted q to stop quitting reads that it still does, and what to do instead.
    assert "ctrl+q" in said and "so q stays Quit" in said
    assert "take Quit off q" in advice and "give app.quit a key nothing else uses" in advice


async def test_the_quit_notes_advice_works(opened_paths: DataPaths) -> None:
    _write_settings(opened_paths, '[keymap]\n"app.quit" = "ctrl+x"\n')
    app = BouncebackApp(opened_paths)
    assert app._keymap_notes == []
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running and not app.quitting
        await pilot.press("ctrl+x")
        await pilot.pause()
        assert app.quitting
