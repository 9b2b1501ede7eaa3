"""settings.toml as an attacker's walk left it: care settings written in other TOML layouts,
two settings screens saving at once, the file kept as a link in the person's dotfiles, and
a named pipe or a device where the file should be."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.care_settings import CareSettings, load_care, save_care
from bounceback_tui.ui.keymap import load_keymap
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.quiet import until_drained, until_quiet
from tests.ui_harness import app_on, settle, toasts

KEYMAP = '[keymap]\n"pipeline.add" = "n"\n'


def _write(paths: DataPaths, text: str) -> Path:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(text, encoding="utf-8")
    return paths.settings_file


async def _settings(app: Any, pilot: Any) -> SettingsScreen:
    await pilot.press("comma")
    await until_drained(pilot)  # open: keys typed now go where it put focus
    assert isinstance(app.screen, SettingsScreen)
    return app.screen


async def _type_in(pilot: Any, screen: SettingsScreen, field: str, text: str) -> None:
    """Type ``text`` into the care field, then leave it (where it is written). Each step
    waits until the app has done it (the focus moved, every key typed handled), not for a
    number of pauses: under load "u" and "m" of "Mum" were still on their way when focus
    left the field, and "M" was written."""
    screen.query_one(f"#care-{field}", Input).focus()
    await until_drained(pilot)
    await pilot.press(*text)
    await until_drained(pilot)
    screen.query_one("#settings-sections").focus()
    await until_drained(pilot)


def _note(screen: SettingsScreen, field: str) -> str:
    return " ".join(str(screen.query_one(f"#note-care-{field}", Static).render()).split())


# -- 1. layouts other than a plain [care] table --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kept_as_written"),
    [
        # care.name = lines: changed in place, the new fields added after them so
        ('care.support_name = "Mum"\n' + KEYMAP, 'care.country = "GB"\n'),
        # the table's name in single quotes; the comment after a value stays
        ("['care']\nsupport_name = 'Mum'  # my mum\n" + KEYMAP, "# my mum\n"),
    ],
)
def test_care_written_as_dotted_keys_or_a_quoted_table_is_changed_in_place(
    tmp_path: Path, text: str, kept_as_written: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    save_care(path, CareSettings(country="GB", support_name="Mum"))
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data == {
        "care": {"country": "GB", "support_name": "Mum", "support_number": ""},
        "keymap": {"pipeline.add": "n"},
    }
    assert kept_as_written in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "text",
    [
        '[[care]]\nsupport_name = "Mum"\n',
        'care = { support_name = "Mum" }\n' + KEYMAP,
        'note = """\n[care]\n"""\n' + KEYMAP,  # a [care] line inside a text over several lines
    ],
)
def test_care_in_a_form_that_cannot_be_changed_safely_is_refused_and_left_alone(
    tmp_path: Path, text: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(text, encoding="utf-8")
    refused = r"cannot change safely.*by hand\. Nothing was changed\."
    with pytest.raises(BouncebackError, match=refused):
        save_care(path, CareSettings(country="GB"))
    assert path.read_text(encoding="utf-8") == text


def test_a_value_over_several_lines_is_written_again_with_its_table(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[care]\nsupport_name = """Mum\nand Dad"""\n' + KEYMAP, encoding="utf-8")
    save_care(path, CareSettings(country="GB", support_name="Mum and Dad"))
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "care": {"country": "GB", "support_name": "Mum and Dad", "support_number": ""},
        "keymap": {"pipeline.add": "n"},
    }


async def test_typing_a_country_over_dotted_care_keys_saves_it_and_keeps_the_rest(
    opened_paths: DataPaths,
) -> None:
    """The attacker's file: it crashed the app (exit 70, "Cannot declare ('care',) twice")."""
    path = _write(opened_paths, 'care.support_name = "Mum"\n' + KEYMAP)
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        assert screen.query_one("#care-support_name", Input).value == "Mum"
        await _type_in(pilot, screen, "country", "gb")
        assert _note(screen, "country") == "Saved in settings.toml."
        assert focus_problem(app) is None
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "care": {"support_name": "Mum", "country": "GB"},
        "keymap": {"pipeline.add": "n"},
    }


async def test_typing_over_care_as_a_list_of_tables_says_why_and_changes_nothing(
    opened_paths: DataPaths,
) -> None:
    text = '[[care]]\nsupport_name = "Mum"\n' + KEYMAP
    path = _write(opened_paths, text)
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        await _type_in(pilot, screen, "country", "gb")
        note = _note(screen, "country")
        assert "cannot change safely" in note and "Nothing was changed." in note
        assert app.screen is screen and focus_problem(app) is None
    assert path.read_text(encoding="utf-8") == text


# -- 2. two windows ------------------------------------------------------------------------------


async def test_a_field_saved_keeps_the_fields_another_window_saved(
    opened_paths: DataPaths,
) -> None:
    """Window B opened Settings first; window A then saved "Sam my sister" as someone to
    call; B's country wrote its own empty name over it, and both said "Saved"."""
    path = _write(opened_paths, KEYMAP)
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)  # window B
        save_care(path, CareSettings(support_name="Sam my sister"))  # window A
        await _type_in(pilot, screen, "country", "GB")
        assert _note(screen, "country") == "Saved in settings.toml."
    care = load_care(path)
    assert (care.country, care.support_name) == ("GB", "Sam my sister")
    assert tomllib.loads(path.read_text(encoding="utf-8"))["keymap"] == {"pipeline.add": "n"}


async def _changed_elsewhere_then_typed(
    paths: DataPaths, choose: str, check: Callable[[Any, SettingsScreen, Input], None]
) -> None:
    path = _write(paths, "")
    async with app_on(paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        save_care(path, CareSettings(support_name="Sam my sister"))  # another window
        await _type_in(pilot, screen, "support_name", "Mum")
        assert _note(screen, "support_name") == (
            "Not saved: Someone to call was changed to “Sam my sister” in another window "
            "(or by hand in settings.toml)."
        )
        assert load_care(path).support_name == "Sam my sister"
        # The question waits for a pause in the typing (a timer): waited for, not slept on.
        await until_quiet(pilot)
        await until_drained(pilot)
        assert isinstance(app.screen, ConflictScreen)
        assert app.screen.what_changed.startswith("Someone to call was changed to “Sam my")
        await pilot.press(choose)
        await until_drained(pilot)
        assert app.screen is screen
        field = screen.query_one("#care-support_name", Input)
        assert app.focused is field
        check(app, screen, field)


async def test_reload_shows_the_name_saved_elsewhere_and_writes_nothing(
    opened_paths: DataPaths,
) -> None:
    def check(_app: Any, screen: SettingsScreen, field: Input) -> None:
        assert field.value == "Sam my sister"
        assert load_care(opened_paths.settings_file).support_name == "Sam my sister"

    await _changed_elsewhere_then_typed(opened_paths, "r", check)


async def test_save_mine_over_it_writes_the_name_typed_here(opened_paths: DataPaths) -> None:
    def check(_app: Any, screen: SettingsScreen, field: Input) -> None:
        assert field.value == "Mum"
        assert load_care(opened_paths.settings_file).support_name == "Mum"
        assert _note(screen, "support_name") == "Saved in settings.toml."

    await _changed_elsewhere_then_typed(opened_paths, "o", check)


# -- 3. a link ----------------------------------------------------------------------------------


def test_a_settings_file_kept_as_a_link_is_written_through_it(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = dotfiles / "bounceback.toml"
    real.write_text(KEYMAP, encoding="utf-8")
    real.chmod(0o644)
    config = tmp_path / "config"
    config.mkdir()
    link = config / "settings.toml"
    link.symlink_to(real)
    save_care(link, CareSettings(country="IE", support_name="Sam"))
    assert link.is_symlink() and link.resolve() == real
    assert tomllib.loads(real.read_text(encoding="utf-8")) == {
        "keymap": {"pipeline.add": "n"},
        "care": {"country": "IE", "support_name": "Sam", "support_number": ""},
    }
    assert real.stat().st_mode & 0o777 == 0o600  # a phone number: private, as files the app writes
    assert sorted(p.name for p in dotfiles.iterdir()) == ["bounceback.toml"]


# -- 4. a named pipe, a device ---------------------------------------------------------------


def _fifo(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    return path


def _promptly(path: Path, read: Callable[[Path], Any]) -> Any:
    """``read(path)``, failing (not hanging) if it waits on the pipe: a writer that opens and
    closes the pipe at once lets a blocked reader go."""
    result: list[Any] = []

    def run() -> None:
        try:
            result.append(read(path))
        except BaseException as exc:  # raised again below, in the test's thread
            result.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive():
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(5)
        pytest.fail(f"reading {path.name} waited on the named pipe")
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_at_once_by_every_reader(tmp_path: Path) -> None:
    path = _fifo(tmp_path / "settings.toml")
    keymap = _promptly(path, load_keymap)
    assert keymap.keymap == {}
    assert keymap.problems == ["settings.toml is a named pipe, not a file; usual keys kept."]
    care = _promptly(path, load_care)
    assert care.problem == "settings.toml is a named pipe, not a file; it was not read."
    with pytest.raises(BouncebackError, match="is a named pipe, not a file; nothing was changed"):
        _promptly(path, lambda p: save_care(p, CareSettings(country="GB")))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
async def test_the_app_opens_over_a_named_pipe_and_says_so(opened_paths: DataPaths) -> None:
    path = _fifo(opened_paths.settings_file)
    _promptly(path, load_keymap)  # (so that the app below cannot hang the suite)
    async with app_on(opened_paths, notifications=True) as (app, pilot, _pane):
        await settle(pilot)
        assert any(
            "settings.toml is a named pipe, not a file; usual keys kept." in toast
            for toast in toasts(app)
        ), toasts(app)
        app.action_struggling()  # the crisis screen reads the file without the store
        await settle(pilot)
        text = " ".join(" ".join(str(s.render()) for s in app.screen.query(Static)).split())
        assert "settings.toml is a named pipe, not a file; it was not read." in text


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_link_to_an_endless_device_is_refused_without_reading_it(tmp_path: Path) -> None:
    """A link to /dev/zero: its size reads 0, so the size check let it through and the read
    filled the memory. Run apart, with a memory limit, so a regression fails, not the box."""
    link = tmp_path / "settings.toml"
    link.symlink_to("/dev/zero")
    probe = (
        "import resource, sys\n"
        "resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))\n"
        "from pathlib import Path\n"
        "from bounceback_tui.ui.keymap import load_keymap\n"
        "from bounceback_tui.services.care_settings import load_care\n"
        "path = Path(sys.argv[1])\n"
        "print(load_keymap(path).problems[0])\n"
        "print(load_care(path).problem)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(link)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent / "src")},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines() == [
        "settings.toml is a device, not a file; usual keys kept.",
        "settings.toml is a device, not a file; it was not read.",
    ]
