"""A toast naming a file keeps the file's name whole on one line.

An export to a deep folder at 80x24: "Saved everything (41 applications) to ~/Documents/
job-search/2026/exports/bounceback-2026-03-16.json." folded the path where the toast's line
ended, the file's name split across two lines. The same for "Back up now" and its copy in
the backups folder.
"""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input
from textual.widgets._toast import Toast

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.toast_path import toast_path
from tests.screen_text import screen_lines
from tests.test_transfer_palette import _finish, _palette, filled  # noqa: F401

DEEP = "Documents/job-search/applications/2026/exports/spring"
NAME = "bounceback-2026-03-16.json"


def _toast_lines(app: BouncebackApp) -> list[str]:
    (toast,) = app.screen.query(Toast)
    region = toast.region
    return [
        text
        for line in screen_lines(app)[region.y : region.bottom]
        if (text := line[region.x : region.right].strip("▌ "))  # its coloured edge
    ]


async def test_an_export_to_a_deep_folder_names_its_file_whole(
    filled: DataPaths,  # noqa: F811
) -> None:
    folder = Path.home() / DEEP
    folder.mkdir(parents=True)
    app = BouncebackApp(filled)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await _palette(pilot, "export as json")
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-path", Input).value = f"~/{DEEP}/{NAME}"
        await pilot.press("enter")
        await _finish(app, pilot)
        lines = _toast_lines(app)
        said = " ".join(lines)
        assert said.startswith("Exported Saved everything (41 applications) to"), lines
        assert any(NAME in line for line in lines), lines  # the name on one line, whole
        assert f"/spring/{NAME}." in said, lines  # the folder it is in, named before it
    assert (folder / NAME).is_file()


async def test_back_up_now_names_its_copy_whole(filled: DataPaths) -> None:  # noqa: F811
    # Its name (41 cells) is longer than a toast's line at 80 columns (36): at 120 (56).
    app = BouncebackApp(filled)
    async with app.run_test(size=(120, 30), notifications=True) as pilot:
        await _palette(pilot, "back up now")
        await _finish(app, pilot)
        lines = _toast_lines(app)
    (copy,) = (filled.data_dir / "backups").glob("*manual*")
    assert any(copy.name in line for line in lines), lines
    assert f"…/backups/{copy.name}." in " ".join(lines), lines


def test_a_path_that_fits_is_named_in_full_and_a_long_one_keeps_its_name() -> None:
    assert toast_path(Path.home() / "out" / NAME) == f"~/out/{NAME}"
    assert toast_path(Path.home() / DEEP / NAME) == f"…/spring/{NAME}"  # 80 columns
    assert toast_path(Path.home() / DEEP / NAME, 120) == f"…/2026/exports/spring/{NAME}"
    assert toast_path(Path.home() / DEEP / NAME, 200) == f"…/2026/exports/spring/{NAME}"
    # A name longer than the line on its own: cut in its middle, on one line, its end kept.
    long_name = "bounceback-export-for-the-spring-2026-search.json"
    assert toast_path(Path("/srv") / long_name) == "boun…or-the-spring-2026-search.json"
    assert toast_path(Path("/srv") / long_name, 120) == f"/srv/{long_name}"
