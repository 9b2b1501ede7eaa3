"""`?` lists the pane's own keys, all of them, grouped, and none of Textual's plumbing.

The expected keys come from the binding catalogue (ui/binding_catalogue.py): every binding
declared for a pane and its widgets must be on that pane's `?` screen, whether or not it
applies at this moment.
"""

from __future__ import annotations

import pytest
from textual.screen import Screen

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.binding_catalogue import binding_inventory
from bounceback_tui.ui.pane_key_reads import group_ids
from bounceback_tui.ui.pane_keys import EVERYWHERE, PANE_GROUPS, SCREEN_GROUPS
from bounceback_tui.ui.panes import PANES
from bounceback_tui.ui.screens.help import HelpScreen

SIZE = (100, 40)
# Shared widgets the People, Skills and Reframe panes use (their module names are not the
# panes').
SHARED = {
    "people": {"list.down", "list.up", "list.page_down", "list.page_up", "list.first", "list.last"},
    "skills": {
        "list.down",
        "list.up",
        "list.page_down",
        "list.page_up",
        "list.first",
        "list.last",
        "list.select",
    },
    "reframe": {
        "list.down",
        "list.up",
        "list.page_down",
        "list.page_up",
        "list.first",
        "list.last",
        "ticks.down",
        "ticks.up",
        "ticks.first",
        "ticks.last",
        "ticks.toggle",
    },
}
PLUMBING = (
    "Scroll Left",
    "Scroll Right",
    "Page Left",
    "Page Right",
    "Copy selected text",
    "Select",
    "Scroll Up",
    "Scroll Down",
    "Toggle",
)


def _catalogue_ids(title: str) -> set[str]:
    return {
        entry.id
        for entry in binding_inventory()
        if entry.id and entry.where == f"the {title} pane" and not issubclass(entry.owner, Screen)
    }


@pytest.mark.parametrize("spec", PANES, ids=[spec.id for spec in PANES])
async def test_help_lists_every_key_of_the_pane(opened_paths: DataPaths, spec) -> None:  # type: ignore[no-untyped-def]
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(spec.key)
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = app.screen.lines
    pane_ids = {i for line in lines if line.scope == "pane" for i in line.ids}
    assert pane_ids == _catalogue_ids(spec.title) | SHARED.get(spec.id, set())
    global_ids = {i for line in lines if line.scope == "global" for i in line.ids}
    assert global_ids == set(group_ids((EVERYWHERE,)))
    plumbing = {text.lower() for text in PLUMBING}
    assert not [line for line in lines if line.description.lower() in plumbing]
    assert not [line for line in lines if line.keys in ("^pgup", "^pgdn")]  # Page Left/Right


async def test_the_keys_the_issue_found_missing_are_there(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    found: dict[str, dict[str, str]] = {}
    async with app.run_test(size=SIZE) as pilot:
        for key, pane in (("2", "pipeline"), ("5", "skills"), ("1", "today")):
            await pilot.press(key)
            await pilot.pause()
            await pilot.press("question_mark")
            await pilot.pause()
            found[pane] = {
                line.keys: line.group for line in app.screen.lines if line.scope == "pane"
            }
            await pilot.press("escape")
            await pilot.pause()
    # Pipeline's undo and review, Skills' priority and suggestion keys (an empty store: none
    # of them applies yet, and each is still listed).
    assert found["pipeline"]["u"] == "Applications"
    assert found["pipeline"]["r"] == "Stages"
    assert {found["skills"][k] for k in ("K", "J")} == {"Items"}
    assert {found["skills"][k] for k in ("A", "X")} == {"Suggestions"}
    # Today's Enter is listed as what it does here, not as Textual's generic "⏎ Select".
    assert found["today"]["⏎"] == "Today"


def test_every_pane_binding_is_in_one_group_once() -> None:
    for spec in PANES:
        ids = list(group_ids(PANE_GROUPS[spec.id]))
        assert len(ids) == len(set(ids)), spec.id
        assert set(ids) == _catalogue_ids(spec.title) | SHARED.get(spec.id, set()), spec.id


def test_every_screen_group_lists_all_of_its_screens_keys() -> None:
    """The screens the panes open (What's working, the answer bank, the care screens, `?`):
    each namespace's group names every binding with that namespace, and nothing else."""
    by_namespace: dict[str, set[str]] = {}
    for entry in binding_inventory():
        if entry.id:
            by_namespace.setdefault(entry.id.partition(".")[0], set()).add(entry.id)
    for namespace, groups in SCREEN_GROUPS.items():
        ids = list(group_ids(groups))
        assert len(ids) == len(set(ids)), namespace
        assert set(ids) == by_namespace[namespace], namespace


# In a new process nothing but the first screen is imported: on an empty store Today's body (the
# due list, whose keys `today.open/up/down` are) is not built, so its module is not loaded. In
# the suite another test has usually loaded it already, which hid that `?` then missed its keys.
_FRESH_PROCESS_HELP = """
import asyncio, sys
from pathlib import Path
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp

async def main() -> None:
    paths = DataPaths(Path(sys.argv[1]), Path(sys.argv[2]))
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        ids = [i for line in app.screen.lines if line.scope == "pane" for i in line.ids]
        print(" ".join(sorted(ids)))

asyncio.run(main())
"""


def test_help_on_an_empty_store_in_a_new_process_lists_the_due_list_keys(
    opened_paths: DataPaths,
) -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _FRESH_PROCESS_HELP,
            str(opened_paths.data_dir),
            str(opened_paths.config_dir),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    listed = set(done.stdout.split())
    assert {"today.open", "today.up", "today.down"} <= listed
    assert listed == _catalogue_ids("Today")


async def test_a_description_that_wraps_stays_in_its_column(opened_paths: DataPaths) -> None:
    """Recovery's `?` at 80x24 (fifteenth round, left; sixteenth, mended): "delete the
    rejection and its plan, or the step (asks first)" wrapped, and "first)" ran back under
    the keys, as if it were a key of its own."""
    from bounceback_tui.ui.screens.help import HelpScreen
    from tests.screen_text import screen_lines
    from tests.ui_harness import app_on

    async with app_on(opened_paths, "recovery", size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        lines = screen_lines(app)
        at = next(n for n, line in enumerate(lines) if "delete the rejection and its plan" in line)
        description_column = lines[at].index("delete the rejection")
        follow = lines[at + 1]
        assert follow[description_column:].strip().startswith("first)")
        assert follow[:description_column].strip("│ ") == ""
