""" "If you are struggling" names the key that opens Settings only where one does, as bound.

Opened from the screen shown when the store cannot be opened (`h`, its Help), it said
"Settings (,) can keep their name and number" and "Set your country in Settings (,)", and `,`
did nothing there: Settings cannot be opened until the store is. It now says Settings is
there once bounceback opens, naming no key; in the app, it names Settings' key as the keymap
binds it (it wrote `,` whatever settings.toml gave `app.settings`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.care.crisis import CrisisScreen
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.ui_harness import settle_workers


def _said(app: StoreProblemApp | BouncebackApp) -> str:
    assert isinstance(app.screen, CrisisScreen)
    text = "\n".join(str(w.render()) for w in app.screen.query(".crisis-section"))
    return " ".join(text.split())


async def test_from_the_store_problem_screen_it_names_no_settings_key(tmp_path: Path) -> None:
    app = StoreProblemApp(
        "The file at ... is damaged. It was left untouched.",
        backup_label=None,
        aside_name="bounceback.sqlite3.unreadable-20270105-090000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
        settings_file=tmp_path / "settings.toml",  # no country, nobody kept
        quiet_s=0,
    )
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        said = _said(app)
        assert "Settings (" not in said, said
        assert "once bounceback opens" in said.casefold(), said
        assert "Think of one person you could call today." in said
        assert "to see its lines first" in said


@pytest.mark.parametrize(("keymap", "shown"), [("", ","), ('"app.settings" = "ctrl+o"', "^o")])
async def test_in_the_app_it_names_settings_key_as_bound(
    keymap: str, shown: str, opened_paths: DataPaths
) -> None:
    opened_paths.config_dir.mkdir(parents=True, exist_ok=True)
    opened_paths.settings_file.write_text(f"[keymap]\n{keymap}\n", encoding="utf-8")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 40)) as pilot:
        await settle_workers(pilot)
        app.action_struggling()
        await settle_workers(pilot)
        said = _said(app)
        assert f"Settings ({shown}) can keep their name and number" in said, said
        assert f"Set your country in Settings ({shown}) to see its lines first." in said
