""" "Talk it through": the nudge to reach one person today, and who they are.

A low check-in offers it, and the palette has it on any day. It names the person kept in
Settings and the support people from People, and it stays until Escape closes it: a toast
that went after 20 seconds took the number a person was reaching for with it (a new user's
walk), and it left out the one kept in Settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Static

from bounceback_tui.services.care_people import people_to_call
from bounceback_tui.services.care_settings import CareSettings
from bounceback_tui.ui.care.text_screen import (
    CareTextScreen,
    people_key,
    settings_key,
    unread_said,
)
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.scroll_text import ScrollText
from bounceback_tui.ui.kit.text import plain

TALK_IT_THROUGH = (
    "Send one message or make one call to someone close: a friend, family, a former "
    "colleague. You do not need to explain everything; \u201cToday was a hard one, can we "
    "talk?\u201d is enough."
)


def talk_text(
    care: CareSettings, contacts: Sequence[tuple[str, str]], unread: str = "", app: object = None
) -> Content:
    """The nudge, then the person kept in Settings and ``contacts`` (name, and a number or
    an email: the support people from People), or where to keep them, Settings' and People's
    keys as ``app``'s keymap binds them; ``unread``: why the people in People could not be
    read, said in place of advice to add them."""
    text = plain(TALK_IT_THROUGH)
    people = people_to_call(care, contacts)
    if unread:
        if people:
            text += Content.styled("\n\nYour people", "bold $text-accent")
            text += Content("").join(Content("\n") + plain("  ".join(p for p in pair if p))
                                     for pair in people)  # fmt: skip
        return text + Content("\n\n") + unread_said(unread)
    if not people:
        return text + plain(
            f"\n\nSettings ({settings_key(app)}) can keep someone you would call, and People "
            f"({people_key(app)}) the ones you lean on (the kind \u201cFriend or family\u201d). "
            "They show here.",
            "$text-muted",
        )
    lines = [
        Content("\n") + plain("  ".join(part for part in (name, reach) if part))
        for name, reach in people
    ]
    text += Content.styled("\n\nYour people", "bold $text-accent") + Content("").join(lines)
    if not contacts:
        text += plain(
            f"\n\nPeople ({people_key(app)}) can keep others you lean on: the kind "
            "\u201cFriend or family\u201d.",
            "$text-muted",
        )
    return text


class TalkScreen(CareTextScreen):
    """Escape closes; a long list scrolls with the arrow keys."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="talk.close"),
    ]
    TEXT_ID = "talk-text"

    def compose(self) -> ComposeResult:
        with Vertical(id="talk-box", classes="form"):
            yield Static("Talk it through", classes="form-title")
            with ScrollText(id="talk-text"):
                yield Static(talk_text(self.care, self.contacts, self.unread, self.app))
            yield KeysHint(
                keys_line(self.app, ("{talk.close|escape,q|Esc}", "close")), classes="form-keys"
            )
