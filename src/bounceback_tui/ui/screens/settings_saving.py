"""Saving one setting of the store, compare-and-set, and what the settings screen says of it.

A save names the version the screen read (``save_setting(..., expected_version=)``); a value
already stored is not written again (other windows would hear of a change nobody made). A
setting another window or a restore changed meanwhile is not overwritten unseen: the note
beside it says whose change it met, and the conflict dialog shows what it is now and offers to
reload it or save this screen's value over it. The note beside each setting is written here
too, as plain text. SettingsScreen (settings.py) builds on it.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, cast

from textual.content import Content
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Static

from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services.settings import (
    SPECS,
    SettingValue,
    describe_value,
    parse_setting,
    read_settings_versions,
    save_setting,
    setting_value_of,
)
from bounceback_tui.ui.kit.fields import with_full_note
from bounceback_tui.ui.kit.form_conflict import conflict_lines
from bounceback_tui.ui.kit.text import plain

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp


class SettingSaves(Screen[None]):
    """The settings screen's part that saves a setting and settles its conflicts."""

    # Each setting's value and version as this screen last read or wrote it (version 0: at
    # its default, no row), when each was last read or saved, and when the screen opened
    # (settings.py sets them as it reads them all).
    _versions: dict[str, int]
    _stored: dict[str, Any]
    _read_at: dict[str, float]
    _opened_at: float
    _conflict_open = False

    @property
    def bb_app(self) -> BouncebackApp:
        return cast("BouncebackApp", self.app)

    def _note(self, key: str, message: str | Content, *, error: bool = False) -> None:
        """The line beside a setting: ``message`` as plain text (or Content from the kit)."""
        note = self.query_one(f"#note-{key}", Static)
        content = message if isinstance(message, Content) else plain(message)
        note.update(with_full_note(content, self.query_one(f"#setting-{key}")))
        note.set_class(error, "-error")

    def _save(self, key: str, value: Any, *, over: int | None = None) -> bool:
        """Save one setting, naming the version this screen read (``over``: the version
        the person chose to save over)."""
        if over is None and key in self._stored and value == self._stored[key]:
            # What is stored already (a field's first value as the screen opens, or typed
            # back): writing it would only tell other windows of a change nobody made.
            self._note(key, SPECS[key].description)
            return True
        expected = self._versions.get(key, 0) if over is None else over
        try:
            self._versions[key] = save_setting(
                self.bb_app.db, key, value, expected_version=expected
            )
            self._stored[key] = value
            self._read_at[key] = time.time()
        except ConflictError as exc:
            said, line = conflict_lines(self.app, self._read_at.get(key, self._opened_at), exc)
            self._note(key, line, error=True)
            self._ask_about_conflict(key, value, exc, said)
            return False
        except BouncebackError as exc:
            self._note(key, plain(exc), error=True)
            return False
        self._note(key, SPECS[key].description)
        return True

    def _ask_about_conflict(self, key: str, value: Any, exc: ConflictError, said: str) -> None:
        """``said``: whose change it met (``kit/form_conflict.conflict_lines``)."""
        from bounceback_tui.ui.kit.conflict import ConflictScreen, Named, now_there

        if self._conflict_open:  # one question at a time; the note says it meanwhile
            return
        self._conflict_open = True
        widget = self.query_one(f"#setting-{key}")

        def chosen(choice: str | None) -> None:
            self._conflict_open = False
            if choice == "overwrite":
                self._save(key, self._value_of(key, value), over=exc.current_version)
            elif choice == "reload":
                self._reload_setting(key)
            widget.focus()

        # Another window's sentence names the value; a restore's says what it is now after it.
        now = describe_value(key, setting_value_of(key, exc.current or {}))
        shown = describe_value(key, self._stored.get(key))
        reads = (
            ""
            if said == str(exc)
            else now_there([Named(key, SPECS[key].title)], {key: shown}, {key: now})
        )
        self.app.push_screen(ConflictScreen(said, deleted=False, now_there=reads), chosen)

    def _value_of(self, key: str, fallback: Any) -> Any:
        """What the setting's widget holds now (the person may have typed on)."""
        widget = self.query_one(f"#setting-{key}")
        if isinstance(widget, Checkbox):
            return bool(widget.value)
        if isinstance(widget, Input):
            try:
                return parse_setting(key, widget.value)
            except ValueError:
                return fallback
        return fallback

    def _reload_setting(self, key: str, found: SettingValue | None = None) -> None:
        """Show the setting as stored now (or as ``found``); this screen's next save names it."""
        found = found or read_settings_versions(self.bb_app.db)[key]
        self._read_at[key] = time.time()
        self._versions[key] = found.version
        self._stored[key] = found.value
        widget = self.query_one(f"#setting-{key}")
        # Putting the stored value back is not a change to save.
        if isinstance(widget, Checkbox):
            with widget.prevent(Checkbox.Changed):
                widget.value = bool(found.value)
        elif isinstance(widget, Input):
            with widget.prevent(Input.Changed):
                widget.value = str(found.value)
        self._note(key, SPECS[key].description)
