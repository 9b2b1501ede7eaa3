"""A settings.toml that links to nothing is said where the care settings are shown, once.

The keymap said "settings.toml is a link to /nonexistent/x.toml, which is not there; usual
keys kept." at launch, but the care settings read the same link as an empty file without a
word: the crisis screen showed no person to call and no country's lines, and nothing said
why. It now says it, in the keymap's words, under the lines; the launch still has one note
about the link, not one from each reader.
"""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.care_settings import load_care, read_care
from bounceback_tui.ui.keymap import load_keymap
from tests.ui_harness import app_on, settle, toasts

SAID = "settings.toml is a link to /nonexistent/x.toml, which is not there"


def _broken_link(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.symlink("/nonexistent/x.toml", path)
    return path


def test_the_care_settings_say_the_link_goes_nowhere(tmp_path: Path) -> None:
    path = _broken_link(tmp_path / "settings.toml")
    care = load_care(path)
    assert care.problem == f"{SAID}; it was not read."
    assert (care.country, care.support_name, care.support_number) == ("", "", "")
    assert read_care(path).care.problem == care.problem
    assert load_keymap(path).problems == [f"{SAID}; usual keys kept."]


def test_a_missing_file_is_still_no_problem(tmp_path: Path) -> None:
    assert load_care(tmp_path / "settings.toml").problem == ""


async def test_the_launch_says_it_once_and_the_crisis_screen_says_it_for_care(
    opened_paths: DataPaths,
) -> None:
    _broken_link(opened_paths.settings_file)
    async with app_on(opened_paths, notifications=True) as (app, pilot, _pane):
        await app.workers.wait_for_complete()
        await settle(pilot, 3)
        notes = [toast for toast in toasts(app) if "/nonexistent/x.toml" in toast]
        assert len(notes) == 1, toasts(app)
        assert f"{SAID}; usual keys kept." in notes[0]
        app.action_struggling()  # the crisis screen reads the file without the store
        await settle(pilot)
        text = " ".join(" ".join(str(s.render()) for s in app.screen.query(Static)).split())
        assert f"{SAID}; it was not read." in text
        assert text.count("/nonexistent/x.toml") == 1
