"""The settings screen's "If you are struggling" fields: the ``[care]`` section of
``settings.toml`` (not the store: the help screen reads it even when the store cannot be
opened).

Each field is checked as it is typed and written once, when it is left or the screen closes
(Escape, `q`, and before the app quits): written at every key, the file went through every
value the typing passed ("N", "Na": a country nobody chose) and was rewritten forty times for
a phone number. Each is written alone, over what the file holds now: two windows' settings
screens keep each other's fields. A field changed in the file since this screen read it
(another window, a hand edit) is not overwritten unseen: its note says so and, once the
typing pauses, the conflict dialog offers to reload it or save this one over it, as the
store's settings do. Typing that cannot be written (refused, or that dialog put off) is
never dropped without a word: closing asks before throwing it away, and so does quitting.
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
from bounceback_tui.ui.kit.text import after_colon, markup_with, plain
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


def care_not_saved(keys: list[str]) -> str:
    """What closing or quitting would throw away: the care fields ``keys`` not written."""
    names = " and ".join(LABELS[key] for key in keys)
    return f"{names}: not saved in settings.toml; its note says why."


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

    def _care_typed(self, key: str) -> None:
        """A key typed in a care field: what it holds is checked, and written only once the
        field is left (``_save_care``)."""
        from bounceback_tui.errors import ValidationError

        self._put_off_care_question()
        try:
            validate_care({key: self.query_one(f"#care-{key}", Input).value})
        except ValidationError as exc:
            message = exc.errors[0].message
            self._care_note(key, markup_with("$error Not saved.", error=message), error=True)
            return
        self._care_note(key, plain(HINTS[key]), error=False)

    def _save_care(self, key: str, *, over: str | None = None, ask: bool = True) -> bool:
        """Write the field ``key`` as typed; ``over``: what the file held when the person
        chose to save theirs over it. True if what it shows is what the file has now; else
        its note says why, and (``ask``) the conflict dialog comes once the typing pauses."""
        from bounceback_tui.errors import ValidationError

        typed = self.query_one(f"#care-{key}", Input).value
        if over is None and typed == self._care_shown[key]:
            return True  # as read or saved (typed back to it, or never changed)
        try:
            value = str(getattr(validate_care({key: typed}), key))
        except ValidationError as exc:
            # Each field stands on its own: one not right yet keeps the others saving.
            message = exc.errors[0].message
            self._care_note(key, markup_with("$error Not saved.", error=message), error=True)
            return False
        if over is None and value == self._care_written[key]:
            self._care_shown[key] = typed  # what the file has ("Sam " is "Sam")
            self._care_note(key, plain(SAVED), error=False)
            return True
        expected = self._care_written[key] if over is None else over
        try:
            save_care_field(self._settings_file, key, value, expected=expected)
        except CareChanged as exc:
            self._care_note(key, markup_with("Not saved: $why", why=after_colon(exc)), error=True)
            if ask:
                self._ask_later(key, exc)
            return False
        except BouncebackError as exc:
            self._care_note(key, plain(exc), error=True)
            return False
        self._care_shown[key] = typed
        self._care_written[key] = value
        self._care_note(key, plain(SAVED), error=False)
        return True

    def _keep_care(self) -> list[str]:
        """Write every care field's typing now (the screen closing, the app quitting): the
        keys of those that could not be, each note saying why."""
        return [key for key in LABELS if not self._save_care(key, ask=False)]

    def unsaved_typing(self) -> str | None:
        """Before the app quits (kit/quit_guard.py): the care typing written now; what could
        not be, in a sentence."""
        left = self._keep_care()
        return care_not_saved(left) if left else None

    def _care_left(self, field: Input) -> None:
        """A field left: a care field is written now. The terminal losing focus is no
        leaving (the app quitting writes it, ``unsaved_typing``)."""
        if (field_id := field.id or "").startswith("care-") and self.app.app_focus:
            self._save_care(field_id.removeprefix("care-"))

    def _put_off_care_question(self) -> None:
        """A key typed in any field of the screen: the conflict dialog waits for a pause."""
        if self._care_ask is not None:
            self._care_ask.reset()

    def _ask_later(self, key: str, exc: CareChanged) -> None:
        """The conflict dialog, once the typing has paused (each key in a field puts it off:
        typed into the dialog, "o" chose "save mine over it")."""
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
