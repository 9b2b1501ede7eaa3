"""A link to copy, shown when there is no graphical browser to open it in (SSH, a console).

A console browser would take over the app's own terminal, so the app shows the
link instead, as plain text the person can select, with `c` to copy it through
the terminal (Textual's clipboard support; most terminals accept it).

An email (People's message sent by email: a ``MailLink``) is shown as one, "Open this in
your mail app", its address, subject and message as written, to copy into any mail program:
titled for a browser, it showed the link percent-encoded ("Thank%20you%20%E2%80%94"). `c`
copies it whole as its mailto: link.

A long link (a mailto: with its message, a tracking address) scrolls in the rows the box
has above the key bar, so the buttons stay in sight (the random walk at 70x18, seed 9101: a
feedback request's mailto: took every row and the focused Close button was cut off).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from bounceback_tui.domain.links import Link, MailLink
from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.list_fit import fit_list_soon, keep_list_fitted
from bounceback_tui.ui.kit.text import markup_with

# The most rows the link takes when there is room; it scrolls past them.
LINK_ROWS = 12


class LinkScreen(ModalScreen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "copy", "Copy the link", id="link.copy"),
        Binding("escape,enter", "close", "Close", id="link.close"),
    ]
    DEFAULT_CLASSES = "confirm-screen"

    def __init__(self, link: Link) -> None:
        super().__init__()
        self.link = link

    def compose(self) -> ComposeResult:
        with Vertical(classes="confirm-box -invitation", id="link-box"):
            if isinstance(self.link, MailLink):
                yield Static("Open this in your mail app", classes="confirm-question")
                yield Static(
                    "There is no mail app to hand it to here (no display, as over SSH). Copy "
                    "the address, subject and message into your email; Copy takes it whole, "
                    "as a mailto: link.",
                    classes="confirm-detail",
                )
            else:
                yield Static("Open this link in your browser", classes="confirm-question")
                yield Static(
                    "There is no graphical browser here (no display, as over SSH), so it is "
                    "not opened in this terminal. Copy it from here:",
                    classes="confirm-detail",
                )
            # The link as plain content: never markup, whatever it holds.
            with VerticalScroll(id="link-scroll", can_focus=False):
                yield Static(self._shown(), id="link-url")
            with ButtonRow(classes="form-buttons"):
                # No keys line of its own ("c copy  Esc close" over Copy, Close): the key
                # bar under the dialog names their keys, as bound, with these words.
                yield Button("Copy", id="copy", compact=True)
                yield Button("Close", variant="primary", id="close", compact=True)

    def _shown(self) -> Content:
        """The link as plain text; an email as its address, subject and message, the
        person's words as written (never markup, never a control character)."""
        if not isinstance(self.link, MailLink):
            return Content(self.link.url)
        subject, body = self.link.message
        return markup_with(
            "[b]To:[/b] $address\n[b]Subject:[/b] $subject\n\n$body",
            address=self.link.address,
            subject=subject,
            body=body,
        )

    def on_mount(self) -> None:
        self.query_one("#close", Button).focus()
        keep_list_fitted(self, *self._fitted())

    def on_resize(self) -> None:
        fit_list_soon(self, *self._fitted())

    def _fitted(self) -> tuple[Vertical, VerticalScroll, int]:
        return self.query_one("#link-box", Vertical), self.query_one(VerticalScroll), LINK_ROWS

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "copy":
            self.action_copy()
        else:
            self.dismiss(None)

    def action_copy(self) -> None:
        self.app.copy_to_clipboard(self.link.url)
        if isinstance(self.link, MailLink):
            self.notify("Copied the mailto: link (if your terminal allows it).", timeout=4)
        else:
            self.notify("Copied the link (if your terminal allows it).", timeout=4)

    def action_close(self) -> None:
        self.dismiss(None)
