"""A care screen of words that stays until closed: the settings' person and the people kept.

"If you are struggling" and "Talk it through" are both this: the care settings and the
people to call, a scrolling text with the focus, and Escape (or `q`) to close.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar, Self

from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget

from bounceback_tui.services.care_settings import CareSettings, load_care
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import plain


def settings_key(app: object) -> str:
    """Settings' key as ``app``'s keymap binds it, for "Settings (,) can keep…": a person
    who moved Settings read the usual "," in the care texts."""
    return key_of(app, "app.settings", ",")


def people_key(app: object) -> str:
    """People's key as bound ("People (6) can keep…")."""
    return key_of(app, "pane.people", "6")


def unread_said(why: str) -> Content:
    """ "Your people could not be read", and why: said where the people in People would be
    listed (their rows were not read; they are not gone)."""
    return plain("Your people could not be read", "bold $text-warning") + plain(
        f"\n{why}\nThis is not an empty list: they show here once they can be read.",
        "$text-muted",
    )


class CareTextScreen(ModalScreen[None]):
    """Subclasses compose a ScrollText with the id ``TEXT_ID`` and bind their close key."""

    TEXT_ID: ClassVar[str]
    DEFAULT_CLASSES = "form-screen"

    def __init__(
        self, care: CareSettings, contacts: Sequence[tuple[str, str]] = (), unread: str = ""
    ) -> None:
        super().__init__()
        self.care = care
        self.contacts = tuple(contacts)
        self.unread = unread  # why the people in People could not be read, if they could not

    @classmethod
    def from_settings(
        cls, settings_file: Path, contacts: Sequence[tuple[str, str]] = (), unread: str = ""
    ) -> Self:
        return cls(load_care(settings_file), contacts, unread)

    def on_mount(self) -> None:
        self.focus_target().focus()

    def focus_target(self) -> Widget:
        return self.query_one(f"#{self.TEXT_ID}")

    def action_close(self) -> None:
        self.dismiss(None)
