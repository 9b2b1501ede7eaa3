"""The floor every ratio is measured against: a bare Textual app (Header, Static, Footer).

`space` updates the Static, which gives the keystroke baseline. With ``--sqlmodel`` it
also imports SQLModel (as the app does after its first paint): the floor for the app's
steady memory, since the app holds the ORM once any pane but Today is shown.
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

    bumps = 0

    def action_bump(self) -> None:
        # A new text on every press: a keystroke that changes nothing on screen is not timed.
        self.bumps += 1
        self.query_one("#mark", Static).update(f"READY-MARK {self.bumps}")


if __name__ == "__main__":
    import sys

    if "--sqlmodel" in sys.argv[1:]:
        import sqlmodel  # noqa: F401  (imported for its memory, as the app holds it)
    BareApp().run()
