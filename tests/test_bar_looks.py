"""The tab bar's and the key bar's colours, worked out from the theme's variables
(ui/kit/theme_looks.py), are what their component classes gave them in CSS
(docs/performance.md, "First paint, fp6's round"), in every theme the app offers."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult

from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.pane_tabs import PaneTabs
from bounceback_tui.ui.kit.theme_looks import line_variables

TABS = [("today", "1", "Today"), ("pipeline", "2", "Pipeline")]


class CssTabs(PaneTabs):
    """The tab bar as it was: its parts' colours from component classes."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "pane-tabs--tab",
        "pane-tabs--active",
        "pane-tabs--key",
        "pane-tabs--rule",
        "pane-tabs--rule-active",
    }
    DEFAULT_CSS = """
    CssTabs > .pane-tabs--tab { color: $text-muted; }
    CssTabs > .pane-tabs--active { color: $text; text-style: bold; }
    CssTabs > .pane-tabs--key { color: $text-muted; }
    CssTabs > .pane-tabs--rule { color: $tab-line; }
    CssTabs > .pane-tabs--rule-active { color: $accent; }
    """


class CssKeyBar(KeyBar):
    """The key bar as it was: its parts' colours from component classes."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--disabled",
    }
    DEFAULT_CSS = """
    CssKeyBar > .key-bar--key {
        color: $footer-key-foreground;
        background: $footer-key-background;
        text-style: bold;
    }
    CssKeyBar > .key-bar--description {
        color: $footer-description-foreground;
    }
    CssKeyBar > .key-bar--disabled {
        color: $footer-foreground 45%;
    }
    """


class Both(App[None]):
    def get_css_variables(self) -> dict[str, str]:
        # The rule under the tabs is one of the app's lines (kit/theme_looks.LINES).
        self.theme_variables = line_variables(super().get_css_variables())
        return self.theme_variables

    def compose(self) -> ComposeResult:
        yield PaneTabs(TABS, active="today", id="new")
        yield CssTabs(TABS, active="today", id="old")
        yield KeyBar(id="new-keys")
        yield CssKeyBar(id="old-keys")


async def test_the_bars_colours_are_the_stylesheets_in_every_theme() -> None:
    app = Both()
    async with app.run_test(size=(80, 10)) as pilot:
        themes = sorted(app.available_themes)
        assert len(themes) > 5 and "textual-dark" in themes
        for theme in themes:
            app.theme = theme
            await pilot.pause()
            new, old = app.query_one("#new", PaneTabs), app.query_one("#old", CssTabs)
            looks = new._looks()
            if theme == "textual-dark":  # the app's default: the parts do differ
                assert len(set(looks.values())) >= 3
            for part in looks:
                assert looks[part] == old.get_component_rich_style(f"pane-tabs--{part}"), (
                    theme,
                    part,
                )
            keys, css_keys = (
                app.query_one("#new-keys", KeyBar),
                app.query_one("#old-keys", CssKeyBar),
            )
            assert keys._looks() == tuple(
                css_keys.get_component_rich_style(f"key-bar--{part}")
                for part in ("key", "description", "disabled")
            ), theme
            if theme == "textual-dark":  # the app's default: the parts do differ
                assert len(set(keys._looks())) == 3
