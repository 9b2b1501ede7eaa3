"""The keymap's note is read whole on a small terminal.

A tester's walk: at 60x20, with four entries of settings.toml not applied, the note naming
them was taller than the screen and cut at the top: its "Keymap" title and the first
entry's name were off screen. Where the note would not fit, it names how many entries were
not applied and the key that lists them all (`?`, as the keymap has it).
"""

from __future__ import annotations

from textual.widgets._toast import Toast

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.screens.help import HelpScreen
from tests.screen_text import flat, screen_text
from tests.test_keymap import RecordingApp, _settle, _write_settings

FOUR_REFUSED = (
    '"today.next_step" = "c"\n'  # c is the check-in's
    '"nothing.one" = "x"\n'  # no such binding
    '"pipeline.add" = "banana"\n'  # no keyboard sends it
    '"list.down" = "k"\n'  # k is Up's
)


async def _note_at(paths: DataPaths, size: tuple[int, int], help_key: str) -> None:
    bound = f'"app.help" = "{help_key}"\n' if help_key != "?" else ""
    _write_settings(paths, f"[keymap]\n{bound}{FOUR_REFUSED}")
    app = RecordingApp(paths)
    async with app.run_test(size=size, notifications=True) as pilot:
        await _settle(app, pilot)
        (toast,) = [t for t in app.screen.query(Toast) if "Keymap" in str(t.render())]
        # The whole note is on screen, above the key bar.
        assert toast.region.y >= 0 and toast.region.bottom <= size[1] - 1, toast.region
        assert "Keymap" in screen_text(app)
        said = flat(str(toast.render()))
        assert said.startswith("Keymap 4 entries in settings.toml were not applied:"), said
        assert f"not applied: {help_key} lists them." in said
        await pilot.press(help_key if help_key != "?" else "question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = "\n".join(str(s.render()) for s in app.screen.query("Static"))
    for name in ("today.next_step", "nothing.one", "pipeline.add", "list.down"):
        assert name in listed


async def test_four_entries_at_60x20_are_counted_whole(opened_paths: DataPaths) -> None:
    await _note_at(opened_paths, (60, 20), "?")


async def test_the_count_names_the_help_key_as_bound(opened_paths: DataPaths) -> None:
    await _note_at(opened_paths, (60, 20), "f1")


async def test_where_they_fit_each_entry_is_named(opened_paths: DataPaths) -> None:
    _write_settings(opened_paths, f"[keymap]\n{FOUR_REFUSED}")
    app = RecordingApp(opened_paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await _settle(app, pilot)
        (toast,) = [t for t in app.screen.query(Toast) if "Keymap" in str(t.render())]
        assert toast.region.y >= 0
        said = flat(str(toast.render()))
    assert "nothing.one: no binding has this id" in said
    assert "list.down was not changed" in said
    assert "entries in settings.toml were not applied" not in said
