"""What the app leaves out until it is used, for its steady memory (docs/performance.md,
"Memory, mem4's round"): after every pane has been shown and nothing was typed, the fuzzy
matcher's word scoring (rapidfuzz and the C++ runtime it loads, about 3 MiB resident) is not
imported; a filter box that opens imports it in a thread, and filtering works as before.

Each check runs in a fresh interpreter: this process has imported everything already.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import add

MATCHER = ("rapidfuzz", "bounceback_tui.domain.fuzzy_scores")


def _run(probe: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(probe)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_building_an_index_imports_no_matcher_and_matching_does() -> None:
    out = _run(
        f"""
        import sys
        from bounceback_tui.domain.list_model import ListModel
        names = ["Northwind Analytics", "Acme", "Globex", "Initech"]
        model = ListModel(lambda name: name, lambda name: name, ranked=True)
        model.replace(names)
        model.prepare_index()
        model.set_filter("", lambda name: name.startswith("A"))
        print(",".join(m for m in {MATCHER!r} if m in sys.modules), end="|")
        model.set_filter("nrthwind")  # a letter left out: scored by the matcher
        print(list(model.visible), end="|")
        print(",".join(m for m in {MATCHER!r} if m in sys.modules))
        """
    )
    assert out == "|['Northwind Analytics']|rapidfuzz,bounceback_tui.domain.fuzzy_scores"


@pytest.mark.slow
def test_every_pane_shown_leaves_the_matcher_out_until_a_filter_opens(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    for company in ("Northwind Analytics", "Acme", "Globex"):
        add(db, company, link="https://jobs.example.com/1", notes="met at a fair")
    db.dispose()
    out = _run(
        f"""
        import asyncio, sys, time
        from pathlib import Path
        from bounceback_tui.paths import DataPaths
        from bounceback_tui.ui.app import BouncebackApp

        def loaded():
            return ",".join(m for m in {MATCHER!r} if m in sys.modules)

        async def main():
            data, config = {str(opened_paths.data_dir)!r}, {str(opened_paths.config_dir)!r}
            paths = DataPaths(Path(data), Path(config))
            app = BouncebackApp(paths)
            async with app.run_test(size=(100, 30)) as pilot:
                for key in "234561":
                    await pilot.press(key)
                    await pilot.pause()
                    await app.workers.wait_for_complete()
                    await pilot.pause()
                print(loaded(), end="|")
                await pilot.press("2", "/")
                for _ in range(100):  # the thread the box started
                    if loaded():
                        break
                    time.sleep(0.05)
                print(loaded(), end="|")
                await pilot.press(*"nrthwind")
                await pilot.pause()
                pane = app.current_pane
                print([row.company for row in pane._model.visible])

        asyncio.run(main())
        """
    )
    assert out == "|rapidfuzz,bounceback_tui.domain.fuzzy_scores|['Northwind Analytics']"


def test_the_reframe_package_loads_its_suggestions_when_first_asked() -> None:
    """Reframe's pane names the catalogue and ``suggest_traps``; the suggestions' modules
    (the lexicon, the word tools and rapidfuzz under them) load at the first thought."""
    later = ("rapidfuzz", "bounceback_tui.reframe.suggest", "bounceback_tui.reframe.words")
    out = _run(
        f"""
        import sys
        import bounceback_tui.ui.reframe.steps
        from bounceback_tui.reframe import TRAPS, suggest_traps
        print(",".join(m for m in {later!r} if m in sys.modules), end="|")
        print([s.key for s in suggest_traps("I always mess up interviews")], end="|")
        print(",".join(m for m in {later!r} if m in sys.modules))
        """
    )
    assert out == "|['overgeneralization']|" + ",".join(later)
