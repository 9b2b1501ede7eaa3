"""The floor every ratio is measured against: a bare Textual app (Header, Static, Footer).

`space` updates the Static, which gives the keystroke baseline.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class BareApp(App[None]):
    TITLE = "bare"
    BINDINGS: ClassVar = [("q", "quit", "Quit"), ("space", "bump", "Bump")]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static("READY-MARK", id="mark")
        yield Footer()

    def action_bump(self) -> None:
        mark = self.query_one("#mark", Static)
        mark.update(f"READY-MARK {len(str(mark.render()))}")


if __name__ == "__main__":
    BareApp().run()
