"""What the first paint parses: only the rule sets its screen uses.

Each rule set of a stylesheet read before the first frame is parsed, then matched against
every widget as it is styled (about 0.8 million instructions each: docs/performance.md,
"First paint, fp6's round"). The shared rules the first screen does without (cards, pane
headers, empty states) are read just after it is painted, before any other pane is shown.
"""

from __future__ import annotations

from textual.css.stylesheet import Stylesheet

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.styles import first_paint_paths
from tests.today_fixtures import build_store

SIZE = (100, 30)


def _first_paint_selectors(variables: dict[str, str]) -> list[str]:
    sheet = Stylesheet(variables=variables)
    for path in first_paint_paths():
        sheet.read(path)
    sheet.parse()
    return [rule.selectors for rule in sheet.rules]


async def _unused_rules(paths: DataPaths) -> list[str]:
    async with BouncebackApp(paths).run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = pilot.app.screen
        parsed = _first_paint_selectors(pilot.app.get_css_variables())
        assert parsed, "the first paint reads no stylesheet?"
        return [
            selectors
            for selectors in parsed
            if not any(screen.query(part.strip()) for part in selectors.split(","))
        ]


async def test_the_first_screen_uses_every_rule_it_parses(opened_paths: DataPaths) -> None:
    assert await _unused_rules(opened_paths) == []  # an empty store: the welcome
    build_store(opened_paths.database)
    assert await _unused_rules(opened_paths) == []  # a store with data: the board


async def test_the_rules_read_after_the_first_paint_style_the_other_panes(
    opened_paths: DataPaths,
) -> None:
    async with BouncebackApp(opened_paths).run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        empty = pilot.app.query_one("#pipeline-empty")
        assert empty.has_class("empty-state")
        assert empty.styles.border_top[0] == "round"  # .empty-state, app_later.tcss
        assert empty.styles.margin.top == 1
