"""The person's own keys: every binding has an id, settings.toml's [keymap] remaps them,
and a broken file, an unknown id or a clash is reported and never stops the app."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import pytest
from textual.binding import Binding
from textual.dom import DOMNode

import bounceback_tui.ui as ui_package
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.binding_catalogue import check_keymap
from bounceback_tui.ui.keymap import load_keymap, normalize_key, normalize_keys, parse_keymap
from bounceback_tui.ui.keymap_docs import render_markdown
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.screens.help import HelpScreen, collect_help
from tests.built_stores import store_once

SIZE = (100, 30)
DOCS = Path(__file__).resolve().parent.parent / "docs"
ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")


class RecordingApp(BouncebackApp):
    """The app, keeping every notification's text for the test to read."""

    def __init__(self, paths: DataPaths) -> None:
        super().__init__(paths)
        self.messages: list[str] = []

    def notify(self, message: str, **kwargs: Any) -> None:  # type: ignore[override]
        self.messages.append(str(message))
        super().notify(message, **kwargs)


def _write_settings(paths: DataPaths, text: str) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text, encoding="utf-8")


async def _settle(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Let the warm-up thread (and with it the keymap check) finish."""
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


@asynccontextmanager
async def _keymapped(paths: DataPaths, settings: str) -> AsyncIterator[tuple[RecordingApp, Any]]:
    """The app started with ``settings`` as settings.toml, its keymap check done."""
    _write_settings(paths, settings)
    app = RecordingApp(paths)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(app, pilot)
        yield app, pilot


def _own_classes_with_bindings() -> list[type]:
    """Walk every module of the UI package and every DOMNode class defined in it."""
    for module in pkgutil.walk_packages(ui_package.__path__, "bounceback_tui.ui."):
        importlib.import_module(module.name)
    found = []
    pending = list(DOMNode.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("bounceback_tui.") and cls.__dict__.get("BINDINGS"):
            found.append(cls)
    return found


# -- every binding has an id ------------------------------------------------------------


def test_every_binding_has_a_namespaced_id_unique_in_its_class() -> None:
    classes = _own_classes_with_bindings()
    names = {cls.__name__ for cls in classes}
    # The walk really reaches the app, the panes, screens and widgets.
    assert {"BouncebackApp", "PipelinePane", "SkillsPane", "FormScreen", "ListTable"} <= names
    for cls in classes:
        seen: set[str] = set()
        for item in cls.__dict__["BINDINGS"]:
            assert isinstance(item, Binding), f"{cls.__name__}: {item!r} is a tuple without an id"
            assert item.id, f"{cls.__name__}: {item.key} -> {item.action} has no id"
            assert ID_PATTERN.match(item.id), f"{cls.__name__}: {item.id} is not like pane.action"
            assert item.id not in seen, f"{cls.__name__}: {item.id} is used twice"
            seen.add(item.id)


def test_an_id_means_the_same_keys_in_every_class() -> None:
    # One id is one thing to rebind: a list that binds `list.down` to `j` alone while another
    # binds `down,j` made the README's keys table (one row per id) wrong for one of them,
    # depending on which class the catalogue met first.
    keys_of: dict[str, dict[str, str]] = {}
    for cls in _own_classes_with_bindings():
        for item in cls.__dict__["BINDINGS"]:
            if isinstance(item, Binding) and item.id:
                keys_of.setdefault(item.id, {})[cls.__name__] = item.key
    differing = {i: by for i, by in keys_of.items() if len(set(by.values())) > 1}
    assert differing == {}


def test_the_palette_key_has_an_id_too() -> None:
    ids = {b.id for b in BouncebackApp.BINDINGS if isinstance(b, Binding)}
    assert {"app.palette", "app.quit", "app.help", "pane.today"} <= ids


def test_docs_list_every_binding_id() -> None:
    documented = set(
        re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", (DOCS / "keymap.md").read_text(), re.M)
    )
    in_code = {
        item.id
        for cls in _own_classes_with_bindings()
        for item in cls.__dict__["BINDINGS"]
        if isinstance(item, Binding) and item.id
    }
    assert in_code - documented == set(), "run: python docs/keymap.py"
    assert documented - in_code == set(), "docs/keymap.md lists ids the code no longer has"


def test_keymap_reference_is_generated_from_the_code() -> None:
    assert (DOCS / "keymap.md").read_text(encoding="utf-8") == render_markdown(), (
        "docs/keymap.md is out of date: run python docs/keymap.py"
    )


# -- reading the file -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "textual_name"),
    [
        ("n", "n"),
        ("?", "question_mark"),
        ("[", "left_square_bracket"),
        ("/", "slash"),
        ("Ctrl+S", "ctrl+s"),
        ("ctrl+shift+Up", "ctrl+shift+up"),
        ("Enter", "enter"),
        ("comma", "comma"),
        ("F5", "f5"),
        ("A", "A"),
    ],
)
def test_keys_are_read_as_textual_names_them(typed: str, textual_name: str) -> None:
    assert normalize_key(typed) == textual_name


@pytest.mark.parametrize("bad", ["", "ctrl+", "cmd+s", "ctrl+nope", "hyperspace", "ctrl++x"])
def test_keys_that_are_not_keys_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        normalize_key(bad)


def test_several_keys_by_comma_or_list_and_repeats_dropped() -> None:
    assert normalize_keys("ctrl+1, 1") == "ctrl+1,1"
    assert normalize_keys(["v", "b", "v"]) == "v,b"


def test_each_entry_is_checked_on_its_own() -> None:
    result = parse_keymap(
        {
            "pipeline.add": "n",
            "pipeline": {"edit": "E"},  # an unquoted dotted id in the file
            "skills.view": 5,
            "today.check_in": "",
            "not an id": "x",
            "reframe.new": ["a", 3],
        }
    )
    assert result.keymap == {"pipeline.add": "n", "pipeline.edit": "E"}
    assert len(result.problems) == 4
    joined = " ".join(result.problems)
    for name in ("skills.view", "today.check_in", "not an id", "reframe.new"):
        assert name in joined


def test_no_file_is_no_keymap_and_no_problem(tmp_path: Path) -> None:
    result = load_keymap(tmp_path / "settings.toml")
    assert result.keymap == {} and result.problems == []


def test_a_file_without_a_keymap_section_is_fine(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("[other]\nx = 1\n")
    assert load_keymap(path).problems == []


@pytest.mark.parametrize(
    "content",
    [
        b"[keymap\n",  # not TOML
        b'[keymap]\n"pipeline.add" = n\n',  # value not quoted
        b"\xff\xfe[keymap]",  # not UTF-8
        b'keymap = "n"\n',  # not a table
    ],
)
def test_a_broken_file_is_one_sentence_and_no_keys(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(content)
    result = load_keymap(path)
    assert result.keymap == {}
    assert len(result.problems) == 1
    assert "settings.toml" in result.problems[0]


# -- checking ids and clashes -----------------------------------------------------------


def test_unknown_ids_are_dropped_with_a_suggestion() -> None:
    checked = check_keymap({"pipeline.ad": "z", "pipeline.add": "n"}, app_class=BouncebackApp)
    assert checked.keymap == {"pipeline.add": "n"}
    assert checked.problems == [
        "pipeline.ad: no binding has this id, so it was ignored. Did you mean pipeline.add?"
    ]


def test_a_key_taken_in_the_same_pane_is_a_clash() -> None:
    checked = check_keymap({"pipeline.add": "e"}, app_class=BouncebackApp)
    assert checked.keymap == {}
    assert checked.problems == [
        "pipeline.add was not changed: e already means Edit (pipeline.edit) in the Pipeline pane."
    ]


def test_a_swap_is_not_a_clash() -> None:
    checked = check_keymap({"pipeline.add": "e", "pipeline.edit": "a"}, app_class=BouncebackApp)
    assert checked.keymap == {"pipeline.add": "e", "pipeline.edit": "a"}
    assert checked.problems == []


def test_a_global_key_hidden_by_a_pane_key_is_a_clash() -> None:
    checked = check_keymap({"pane.today": "a"}, app_class=BouncebackApp)
    assert checked.keymap == {}
    assert "a already means Add (people.add)" in checked.problems[0]


def test_a_key_shared_on_purpose_keeps_its_partner() -> None:
    # Reframe's e opens a record or edits it, whichever applies. Moving "edit" alone must
    # leave "open" on e (Textual would otherwise unbind both).
    checked = check_keymap({"reframe.edit": "E"}, app_class=BouncebackApp)
    assert checked.problems == []
    assert checked.keymap == {"reframe.edit": "E", "reframe.open": "e"}


# -- in the app -------------------------------------------------------------------------


async def test_a_remapped_key_takes_effect(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, '[keymap]\n"pipeline.add" = "n"\n') as (app, pilot):
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen), "a should no longer add"
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        assert app.screen.form_title == "New application"
        await pilot.press("escape")
        await pilot.pause()
        # No keymap problem; only the note that `a` moved (tests/test_moved_key_note.py).
        assert app.messages == ["Your keymap has Add on n now, not a."]


async def test_remapped_keys_show_in_the_footer_help_and_hints(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, '[keymap]\n"pipeline.add" = "n"\n"app.help" = "f1"\n') as (
        app,
        pilot,
    ):
        await pilot.press("2")
        await pilot.pause()
        footer = set(app.screen.query_one(KeyBar).shown())
        assert ("n", "Add") in footer
        assert ("a", "Add") not in footer
        assert ("f1", "Keys") in footer
        lines = {(line.keys, line.description) for line in collect_help(app.screen, app)}
        assert ("n", "add an application") in lines
        assert ("f1", "every key of the current pane (this screen)") in lines
        # The empty Pipeline's hint names the key in use.
        assert "Press n to add" in str(app.query_one("#pipeline-empty").render())
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_palette_key_can_move(opened_paths: DataPaths) -> None:
    from textual.command import CommandPalette

    # ctrl+o: a key no text field keeps (ctrl+k deletes to the line's end in one).
    async with _keymapped(opened_paths, '[keymap]\n"app.palette" = "ctrl+o"\n') as (app, pilot):
        assert app.screen.query_one(KeyBar).shown()[-1] == ("^o", "palette")
        await pilot.press("ctrl+o")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)


async def test_a_broken_file_is_reported_and_ignored(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, '[keymap]\n"pipeline.add" = n\n') as (app, pilot):
        assert len(app.messages) == 1
        assert "settings.toml could not be read" in app.messages[0]
        assert "usual keys kept" in app.messages[0]
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)


async def test_every_entry_not_applied_is_said_in_one_form(opened_paths: DataPaths) -> None:
    """A key that cannot be read and an id no binding has: both start with the entry's id,
    the file named once under them. "settings.toml: skills.view was not changed" stood
    beside "pipeline.ad: no binding has this id"."""
    async with _keymapped(
        opened_paths, '[keymap]\n"pipeline.ad" = "z"\n"skills.view" = 5\n"not an id" = "x"\n'
    ) as (app, _pilot):
        assert len(app.messages) == 1
        entries = app.messages[0].split("\n")[:-1]  # the last line: the other keys, the file
        assert len(entries) == 3, entries
        assert sorted(entry.split(" ")[0].rstrip(":") for entry in entries) == [
            "'not",
            "pipeline.ad",
            "skills.view",
        ], entries
        assert not any(entry.startswith("settings.toml") for entry in entries), entries


async def test_unknown_ids_and_clashes_are_told_once_and_the_rest_applies(
    opened_paths: DataPaths,
) -> None:
    async with _keymapped(
        opened_paths,
        '[keymap]\n"pipeline.ad" = "z"\n"skills.add" = "e"\n"app.quit" = "ctrl+nope"\n'
        '"pipeline.view" = "y"\n',  # y: a key the Pipeline leaves free (w is What's working)
    ) as (app, pilot):
        assert len(app.messages) == 1
        message = app.messages[0]
        assert "pipeline.ad: no binding has this id" in message
        assert "skills.add was not changed: e already means Edit (skills.edit)" in message
        assert "app.quit was not changed: 'ctrl+nope'" in message
        assert app.keys_in_use == {"pipeline.view": "y"}
        await pilot.press("5")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)  # skills.add kept its usual key


async def test_startup_reads_the_keymap_without_the_orm(opened_paths: DataPaths) -> None:
    # Constructing the app (theme, first-run facts, keymap) happens before the first paint.
    import subprocess
    import sys

    _write_settings(opened_paths, '[keymap]\n"pipeline.add" = "n"\n')
    code = (
        "import sys\n"
        "from bounceback_tui.paths import resolve_paths\n"
        "from bounceback_tui.ui.app import BouncebackApp\n"
        f"app = BouncebackApp(resolve_paths({str(opened_paths.data_dir)!r}))\n"
        "assert app.keys_in_use == {'pipeline.add': 'n'}, app.keys_in_use\n"
        "assert 'sqlmodel' not in sys.modules and 'sqlalchemy' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_store_is_not_touched_by_reading_keys(opened_paths: DataPaths) -> None:
    _write_settings(opened_paths, '[keymap]\n"pipeline.add" = "n"\n')
    BouncebackApp(opened_paths)
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM setting").fetchone()[0] == 0


async def test_moving_one_of_two_bindings_on_a_key_keeps_the_other(opened_paths: DataPaths) -> None:
    from bounceback_tui.services.demo import fill_demo

    store_once(opened_paths, fill_demo, 20)
    # In Reframe, e opens the selected record (history) and edits it (summary).
    async with _keymapped(opened_paths, '[keymap]\n"reframe.edit" = "E"\n') as (app, pilot):
        await pilot.press("4")
        await pilot.pause()
        pane = app.current_pane
        assert pane.mode == "history"  # type: ignore[attr-defined]
        await pilot.press("e")  # still opens
        await pilot.pause()
        assert pane.mode == "summary"  # type: ignore[attr-defined]
        await pilot.press("e")  # no longer edits
        await pilot.pause()
        assert pane.mode == "summary"  # type: ignore[attr-defined]
        await pilot.press("E")
        await pilot.pause()
        assert pane.mode == "exercise"  # type: ignore[attr-defined]
        assert app.messages == []


def test_readme_keys_table_is_generated_from_the_code() -> None:
    from bounceback_tui.ui.keymap_docs import render_readme_keys

    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    assert render_readme_keys() in readme, (
        "README's keys table is out of date: python docs/keymap.py"
    )


@pytest.mark.parametrize("key", ["d", "u", "i", "b", "o", "t", "ctrl+r", "r", "K", "J", "A", "X"])
def test_readme_keys_table_names_every_key(key: str) -> None:
    # These were missing from the hand-written table.
    readme = (DOCS.parent / "README.md").read_text(encoding="utf-8")
    table = readme.split("## Keys", 1)[1].split("\n## ", 1)[0]
    assert f"`{key}` " in table
