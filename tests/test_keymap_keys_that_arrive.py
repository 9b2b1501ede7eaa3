"""A keymap's entries are refused for what they are, and every note names a key that works.

A tester's walk (settings.toml's ``[keymap]``):

- `"app.help" = "ctrl+i"` was taken. Ctrl+i is Tab's byte to a terminal (ctrl+m Enter's,
  ctrl+[ Escape's, ctrl+h Backspace's), so the key never arrives: the key bar offered
  "^i Keys", neither Tab nor ctrl+i opened the keys, and `?` only said the keys were on ^i.
- `"pipeline.add" = "z"` and `"pipeline.edit" = "z"`: both refused, each sentence saying z
  was the other's already, though z did nothing.
- A 10,000-character key was quoted whole on the `?` screen (about 160 lines).
- `"pipeline.filter" = {a = 1}` was "'pipeline.filter.a' is not a binding id".
- One entry not applied, on a small screen: "One entry … was not applied: ? lists them."
"""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.binding_catalogue import check_keymap
from bounceback_tui.ui.keymap import normalize_key, parse_keymap
from bounceback_tui.ui.screens.help import HelpScreen
from tests.screen_text import flat, screen_text
from tests.test_keymap import RecordingApp, _keymapped, _settle, _write_settings


@pytest.mark.parametrize(
    ("written", "arrives_as"),
    [("ctrl+i", "Tab"), ("ctrl+m", "Enter"), ("ctrl+[", "Escape"), ("ctrl+h", "Backspace")],
)
def test_a_ctrl_key_a_terminal_sends_as_another_is_refused(written: str, arrives_as: str) -> None:
    with pytest.raises(ValueError) as refused:
        normalize_key(written)
    said = str(refused.value)
    assert f"'{written}'" in said
    assert arrives_as in said


def test_other_ctrl_keys_are_still_taken() -> None:
    assert normalize_key("ctrl+k") == "ctrl+k"
    assert normalize_key("ctrl+j") == "ctrl+j"
    assert normalize_key("tab") == "tab"


async def test_help_on_ctrl_i_is_refused_and_question_mark_still_lists_the_keys(
    opened_paths: DataPaths,
) -> None:
    keymap = '[keymap]\n"app.help" = "ctrl+i"\n"pipeline.add" = "tab"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        assert "app.help" not in app.keys_in_use
        note = next(m for m in app.messages if "app.help" in m)
        assert "ctrl+i" in note and "Tab" in note
        await pilot.press("2")
        await pilot.pause()
        assert "^i" not in screen_text(app)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert "Your keymap has Keys on" not in screen_text(app)


async def test_the_count_names_question_mark_when_the_help_key_cannot_arrive(
    opened_paths: DataPaths,
) -> None:
    """At 60x20 the note counts the entries and names the key that lists them: ctrl+i was
    named, a key that never arrives."""
    bad = "".join(f'"nothing.n{n}" = "x"\n' for n in range(4))
    _write_settings(opened_paths, f'[keymap]\n"app.help" = "ctrl+i"\n{bad}')
    app = RecordingApp(opened_paths)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await _settle(app, pilot)
        (toast,) = [t for t in app.screen.query(Toast) if "Keymap" in str(t.render())]
        said = flat(str(toast.render()))
        assert "not applied: ? lists them." in said, said
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


def test_two_entries_asking_for_one_key_are_said_as_one_clash() -> None:
    checked = check_keymap({"pipeline.add": "z", "pipeline.edit": "z"})
    assert "pipeline.add" not in checked.keymap and "pipeline.edit" not in checked.keymap
    (said,) = checked.problems
    assert (
        said
        == "pipeline.add and pipeline.edit were not changed: both ask for z in the Pipeline pane."
    )


def test_a_clash_with_a_usual_key_is_still_said_as_before() -> None:
    checked = check_keymap({"pipeline.add": "e"})
    (said,) = checked.problems
    assert said.startswith("pipeline.add was not changed: e already means")


def test_a_long_key_is_quoted_short() -> None:
    long_key = "k" * 10_000
    result = parse_keymap({"pipeline.add": long_key, long_key: "x"})
    assert len(result.problems) == 2
    for said in result.problems:
        assert len(said) < 160, said
        assert "…" in said


def test_a_long_unknown_id_is_quoted_short() -> None:
    checked = check_keymap({"pipeline." + "d" * 10_000: "x"})
    (said,) = checked.problems
    assert len(said) < 160 and "…" in said, said


async def test_the_keys_screen_quotes_a_long_key_short(opened_paths: DataPaths) -> None:
    keymap = '[keymap]\n"pipeline.add" = "' + "k" * 10_000 + '"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = "\n".join(str(s.render()) for s in app.screen.query("Static"))
    (line,) = [line for line in listed.splitlines() if "pipeline.add" in line]
    assert len(line) < 160, line


def test_a_table_given_for_a_key_is_said_as_a_table() -> None:
    result = parse_keymap({"pipeline.filter": {"a": 1}})
    assert result.keymap == {}
    (said,) = result.problems
    assert said.startswith("pipeline.filter was not changed: it is a table"), said
    assert "pipeline.filter.a" not in said


def test_unquoted_dotted_ids_still_work() -> None:
    assert parse_keymap({"pipeline": {"add": "n"}}).keymap == {"pipeline.add": "n"}


async def test_one_entry_not_applied_is_it(opened_paths: DataPaths) -> None:
    _write_settings(opened_paths, '[keymap]\n"pipeline.add" = "banana"\n')
    app = RecordingApp(opened_paths)
    async with app.run_test(size=(40, 12), notifications=True) as pilot:
        await _settle(app, pilot)
        said = flat(" ".join(app.messages))
    assert "One entry in settings.toml was not applied: ? lists it." in said, said
