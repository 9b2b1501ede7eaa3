"""The settings screen's "If you are struggling" fields: the ``[care]`` section of
``settings.toml`` (not the store: the help screen reads it even when the store cannot be
opened).

Each field is saved as it is typed, alone, over what the file holds now: two windows'
settings screens keep each other's fields. A field changed in the file since this screen
read it (another window, a hand edit) is not overwritten unseen: its note says so at once
and, once the typing pauses, the conflict dialog offers to reload it or save this one over
it, as the store's settings do.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Label, Static

from bounceback_tui.errors import BouncebackError
from bounceback_tui.services.care_settings import (
    LABELS,
    LIMITS,
    CareChanged,
    read_care,
    save_care_field,
    validate_care,
)
from bounceback_tui.ui.kit.fields import PlainInput, with_full_note
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.screens.settings_sections import section_heading

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp

# Seconds of quiet typing before a field changed elsewhere asks what to do: asked at the
# first key, the dialog took the keys typed after it ("o" chose "save mine over it").
ASK_DELAY = 0.5
HINTS = {
    "country": "Two letters (US, GB, IE): its lines first.",
    "support_name": "A name you would call.",
    "support_number": "Shown, never dialled.",
}
SAVED = "Saved in settings.toml."


class CareEdits(Screen[None]):
    """The settings screen's part that edits the care settings (SettingsScreen builds on it)."""

    # What each field showed as read or last saved, and what the file held for it then:
    # a save names the second, so a change made in the file since is seen.
    _care_shown: dict[str, str]
    _care_written: dict[str, str]
    _care_ask: Timer | None = None
    _care_asking = False

    @property
    def _settings_file(self) -> Path:
        return cast("BouncebackApp", self.app).paths.settings_file

    def _care_rows(self) -> ComposeResult:
        read = read_care(self._settings_file)
        care = read.care
        self._care_shown = {key: getattr(care, key) for key in LABELS}
        self._care_written = dict(read.written)
        yield section_heading("care")
        yield Static(
            "For the help screen (? then h, or the palette). Kept in settings.toml, not the "
            "store, so it opens even when the store cannot.",
            classes="settings-note",
        )
        for key, label in LABELS.items():
            with Horizontal(classes="setting-row"):
                yield Label(label, classes="setting-label")
                # As wide as the other text settings: a full-width input left its note
                # (the hint, and "Not saved" with why) no room at all.
                # No more than the file takes: 10,000 keys typed on were each checked and
                # said to be too many, a minute's work (a tester's walk).
                yield PlainInput(
                    self._care_shown[key],
                    id=f"care-{key}",
                    classes="setting-text",
                    compact=True,
                    max_length=LIMITS[key],
                )
                yield Static(HINTS[key], id=f"note-care-{key}", classes="setting-note")

    def _save_care(self, key: str, *, over: str | None = None) -> None:
        """Save the field ``key`` as typed; ``over``: what the file held when the person
        chose to save theirs over it."""
        from bounceback_tui.errors import ValidationError

        typed = self.query_one(f"#care-{key}", Input).value
        if over is None and typed == self._care_shown[key]:
            # As read or saved (an input reporting its first value, or typed back to it).
            self._care_note(key, plain(HINTS[key]), error=False)
            return
        try:
            value = str(getattr(validate_care({key: typed}), key))
        except ValidationError as exc:
            # Each field stands on its own: one not right yet keeps the others saving.
            message = exc.errors[0].message
            self._care_note(key, markup_with("$error Not saved.", error=message), error=True)
            return
        if over is None and value == self._care_written[key]:
            self._care_shown[key] = typed  # what the file has ("Sam " is "Sam")
            self._care_note(key, plain(SAVED), error=False)
            return
        expected = self._care_written[key] if over is None else over
        try:
            save_care_field(self._settings_file, key, value, expected=expected)
        except CareChanged as exc:
            self._care_note(key, markup_with("Not saved: $why", why=exc), error=True)
            self._ask_later(key, exc)
            return
        except BouncebackError as exc:
            self._care_note(key, plain(exc), error=True)
            return
        self._care_shown[key] = typed
        self._care_written[key] = value
        self._care_note(key, plain(SAVED), error=False)

    def _ask_later(self, key: str, exc: CareChanged) -> None:
        """The conflict dialog, once the typing has paused (each key puts it off)."""
        if self._care_ask is not None:
            self._care_ask.stop()
        self._care_ask = self.set_timer(ASK_DELAY, lambda: self._ask(key, exc))

    def _ask(self, key: str, exc: CareChanged) -> None:
        from bounceback_tui.ui.kit.conflict import ConflictScreen

        self._care_ask = None
        if self._care_asking or self.app.screen is not self:
            return
        self._care_asking = True
        field = self.query_one(f"#care-{key}", Input)

        def chosen(choice: str | None) -> None:
            self._care_asking = False
            if choice == "overwrite":
                self._save_care(key, over=exc.now)
            elif choice == "reload":
                self._reload_care(key)
            field.focus()

        self.app.push_screen(ConflictScreen(str(exc), deleted=False), chosen)

    def _reload_care(self, key: str) -> None:
        """Show the field as the file has it now; this screen's next save names that."""
        written = read_care(self._settings_file).written[key]
        field = self.query_one(f"#care-{key}", Input)
        with field.prevent(Input.Changed):  # putting the file's value back is not a change
            field.value = written
        self._care_shown[key] = written
        self._care_written[key] = written
        self._care_note(key, plain(HINTS[key]), error=False)

    def _care_note(self, key: str, text: Content, *, error: bool) -> None:
        note = self.query_one(f"#note-care-{key}", Static)
        note.update(with_full_note(text, self.query_one(f"#care-{key}", Input)))
        note.set_class(error, "-error")
