"""On a store with nobody in People, the palette's person commands say there is nobody yet.

A tester's walk on a fresh store: the palette's "followup", Enter, went to an empty People
pane saying "Choose the person, then press m for a message." with nobody to choose. It now
says there is nobody in People yet and which key adds someone (as bound).
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.palette_fixtures_ui import messages, search

SIZE = (100, 30)


@pytest.mark.parametrize(
    ("query", "title"),
    [("followup", "Write a message"), ("log", "Log what happened with someone")],
)
async def test_a_person_command_with_nobody_yet_says_how_to_add_someone(
    opened_paths: DataPaths, query: str, title: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        results = await search(app, pilot, query)
        assert results[0].startswith(f"{title} |")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        assert app.current_pane.id == "people"
        said = " ".join(messages(app))
        assert "Choose the person" not in said
        assert "Nobody in People yet" in said
        assert "a adds someone" in said
        assert focus_problem(app) is None
