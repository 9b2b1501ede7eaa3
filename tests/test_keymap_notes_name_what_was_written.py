"""Notes about settings.toml say what the person wrote and what a key already does, and keep
a path whole. A stranger's walk:

- a care field that could not be written, at 100 columns, broke the path mid-word
  ("/tmp/s93/cfg/bounceback-tui/settings" then ".toml could not be written");
- `"pipeline.add" = "pagedown"` was refused with "pgdn already means Page down", a key the
  file never named;
- `ctrl+c` was refused as it "already means a key of its own in the Today pane", without
  saying what that was.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.care_settings import save_care_field
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.binding_catalogue import check_keymap


def test_a_refused_write_puts_the_folder_on_a_line_of_its_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "cfg" / "bounceback-tui"
    folder.mkdir(parents=True)
    path = folder / "settings.toml"
    path.write_text('[care]\ncountry = "GB"\n', encoding="utf-8")

    def refuse(*_args: object, **_options: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(BouncebackError) as caught:
        save_care_field(path, "country", "IE", expected="GB")
    first, folder_line = str(caught.value).splitlines()
    assert first == (
        "settings.toml could not be written (Permission denied); nothing was changed. Its folder:"
    )
    assert folder_line == str(folder)  # whole, on its own line: it wraps at spaces only


def test_home_is_shown_as_a_tilde(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from bounceback_tui.paths import shown_path

    monkeypatch.setenv("HOME", str(tmp_path))
    assert shown_path(tmp_path / ".config" / "bounceback-tui") == "~/.config/bounceback-tui"
    assert shown_path(Path("/etc/bounceback-tui")) == "/etc/bounceback-tui"


def test_a_clash_names_the_key_as_the_file_wrote_it() -> None:
    found = check_keymap({"pipeline.add": "pagedown"}, app_class=BouncebackApp)
    assert found.problems == [
        "pipeline.add was not changed: pagedown already means Page down (list.page_down) "
        "in the Pipeline pane."
    ]


def test_a_clash_with_a_key_of_textuals_own_names_what_it_does() -> None:
    found = check_keymap({"today.check_in": "ctrl+c"}, app_class=BouncebackApp)
    assert found.problems == [
        "today.check_in was not changed: ctrl+c already means showing how to quit "
        "in the Today pane."
    ]
