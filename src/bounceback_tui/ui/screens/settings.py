"""The settings screen: every store setting, and the recovery plan template.

Changes are saved as they are made (one small transaction each), so there is no
Save button to forget; a value that cannot be used shows why and is not saved.

Each save names the version the screen read (compare-and-set): a setting another window
changed meanwhile is not overwritten unseen; the conflict dialog shows what it is now and
offers to reload it or save this screen's value over it (settings_saving.py).

The two template editors (the recovery plan's steps, the message drafts) are in
settings_templates.py; the "If you are struggling" fields (settings.toml, not the store) in
settings_care.py.
"""

from __future__ import annotations

import time
from contextlib import suppress
from typing import Any, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Checkbox, Input, Label, Select, Static

from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services.settings import (
    SPECS,
    TEXT_LIMIT,
    parse_setting,
    read_settings_versions,
)
from bounceback_tui.ui.kit.confirm import ask_before_throwing_away
from bounceback_tui.ui.kit.dropdown import Dropdown
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.focus import FieldsScroll
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.key_text import key_word
from bounceback_tui.ui.kit.quiet_saves import QuietSaves
from bounceback_tui.ui.kit.refused_keys import NOTE_SECONDS
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.kit.tick_box import TickBox
from bounceback_tui.ui.kit.type_ahead import TypeAhead
from bounceback_tui.ui.pane_keys import EVERYWHERE
from bounceback_tui.ui.recovery.template import TemplateEditor
from bounceback_tui.ui.screens.settings_care import CareEdits, care_not_saved
from bounceback_tui.ui.screens.settings_saving import SettingSaves
from bounceback_tui.ui.screens.settings_sections import (
    Section,
    SectionList,
    is_pane_key,
    section_heading,
)
from bounceback_tui.ui.screens.settings_templates import MessageTemplateList, TemplateEdits

# Seconds of quiet typing before a number or a name is saved (kit/quiet_saves.py).
SAVE_DELAY = 0.5
NUMBERS = ("weekly_goal", "ghost_after_days", "skills_doing_limit", "backups_to_keep")
SWITCHES = ("tour_seen",)
TEXTS = ("your_name",)
OPTIONAL_STEPS_HELP = (
    "Adds two exercises to new plans, both from research on setbacks. Expressive writing: "
    "fifteen minutes of private, timed writing about the no and how it felt (in Pennebaker's "
    "studies, people who wrote this way after losing a job found work sooner). Self-compassion: "
    "a note to yourself, written as you would write to a friend. Some people feel sadder just "
    "after writing; that passes. If it is too much, stop and talk to someone you trust."
)


class SettingsScreen(TypeAhead, TemplateEdits, CareEdits, SettingSaves):
    """Opens on the list of its sections (settings_sections.py): a key pressed on arrival
    changes no setting. What is typed while it opens waits for the list (kit/type_ahead.py),
    and what is typed after Enter on it waits for the setting Enter went to."""

    HELP_TITLE: ClassVar[str] = "Settings"  # `?` names it (ui/app_screens.show_help)
    # `?` lists the template's keys whatever has focus, saying when they work (help.py).
    HELP_PARTS: ClassVar[tuple[tuple[str, str], ...]] = (
        ("TemplateEditor", "Recovery plan template (while its list of steps has focus)"),
    )
    # Under 80 columns a setting's label, its control and its note stack (settings.tcss):
    # at 40 the label's 26 cells ran the theme's dropdown and every note past the edge; at
    # 60 a text field's note had no room (an error's "its note says why" pointed at
    # nothing), at 72 about eight cells, which broke its words.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (80, "-wide")]  # noqa: RUF012  # Textual reads it
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="settings.close"),
    ]
    # What `?` says each key does here, as a pane's `?` does (ui/screens/help._help_words);
    # the template's keys are the template editor's to say.
    HELP_WORDS: ClassVar[dict[str, str]] = {
        **dict(EVERYWHERE.entries),
        "app.help": "every key of this screen",
        "settings.close": "close the settings",
        "settings.go_to": "go to the highlighted section's first setting",
        "choices.choose": "go to the highlighted section's first setting",
        "choices.down": "down the sections",
        "choices.up": "up the sections",
        "choices.first": "first section",
        "choices.last": "last section",
    }

    def __init__(self) -> None:
        super().__init__()
        # Each setting's value and version as this screen last read or wrote it (version
        # 0: at its default, no row). A field showing what is stored has nothing to save.
        self._versions: dict[str, int] = {}
        self._stored: dict[str, Any] = {}
        # When each setting was last read or saved (seconds since the epoch; those not
        # there, when the screen read them all): a restore since is what a save met.
        self._read_at: dict[str, float] = {}
        self._opened_at = time.time()
        self._conflict_open = False
        # A number or a name is saved after a pause in typing (kit/quiet_saves.py).
        self._quiet = QuietSaves(self, SAVE_DELAY)

    def compose(self) -> ComposeResult:
        self._opened_at = self._template_read_at = time.time()
        read = read_settings_versions(self.bb_app.db)
        self._versions = {key: found.version for key, found in read.items()}
        values = {key: found.value for key, found in read.items()}
        self._stored = dict(values)
        # Not focusable itself (as forms): each setting scrolls into view as it takes focus,
        # and its scroll keys take focus along (FieldsScroll).
        with FieldsScroll(id="settings-body", can_focus=False):
            yield Static("Settings", classes="settings-title")
            # The keys as bound: a keymap that moved them still read "Enter" and "Escape".
            go_to = key_word(self.app, "settings.go_to", "enter", "Enter")
            close = key_word(self.app, "settings.close", "escape,q", "Escape")
            yield Static(
                plain(f"Saved as you change them. {go_to} goes to a section; {close} closes."),
                classes="settings-intro",
            )
            yield SectionList(self.go_to_section, id="settings-sections", compact=True)
            yield section_heading("search")
            for key in NUMBERS:
                yield from self._number_row(key, values[key])
            yield section_heading("look")
            yield from self._theme_row(values["theme"])
            for key in SWITCHES:
                yield from self._switch_row(key, bool(values[key]))
            yield section_heading("messages")
            yield from self._text_row("your_name", str(values["your_name"] or ""))
            yield Static(
                "Message drafts start from these templates. Enter on one opens it; the "
                "placeholders it can use are listed there.",
                classes="settings-note",
            )
            yield MessageTemplateList(id="message-templates", compact=True)
            yield section_heading("recovery")
            yield from self._switch_row(
                "recovery_optional_steps",
                bool(values["recovery_optional_steps"]),
                OPTIONAL_STEPS_HELP,
            )
            yield Static(
                "The template every new plan is copied from. Plans you already have keep the "
                "steps they started with.",
                classes="settings-note",
            )
            yield TemplateEditor(
                template_service.list_template(self.bb_app.db), id="template-editor"
            )
            yield from self._care_rows()
        yield KeyBar()

    def _number_row(self, key: str, value: Any) -> ComposeResult:
        spec = SPECS[key]
        with Horizontal(classes="setting-row"):
            yield Label(spec.title, classes="setting-label")
            yield PlainInput(
                str(value),
                id=f"setting-{key}",
                classes="setting-number",
                compact=True,
                restrict=r"\d{0,4}",
            )
            yield Static(spec.description, id=f"note-{key}", classes="setting-note")

    def _text_row(self, key: str, value: str) -> ComposeResult:
        spec = SPECS[key]
        with Horizontal(classes="setting-row"):
            yield Label(spec.title, classes="setting-label")
            yield PlainInput(
                value,
                id=f"setting-{key}",
                classes="setting-text",
                compact=True,
                max_length=TEXT_LIMIT,
            )
            yield Static(spec.description, id=f"note-{key}", classes="setting-note")

    def _theme_row(self, value: str) -> ComposeResult:
        spec = SPECS["theme"]
        themes = sorted(self.app.available_themes)
        with Horizontal(classes="setting-row"):
            yield Label(spec.title, classes="setting-label")
            yield Dropdown(
                [(name, name) for name in themes],
                value=self.app.theme if self.app.theme in themes else value,
                allow_blank=False,
                id="setting-theme",
                compact=True,
            )
            yield Static(spec.description, id="note-theme", classes="setting-note")

    def _switch_row(self, key: str, value: bool, help_text: str = "") -> ComposeResult:
        spec = SPECS[key]
        with Horizontal(classes="setting-row"):
            yield Label(spec.title, classes="setting-label")
            yield TickBox("", value, id=f"setting-{key}", compact=True)
            yield Static(help_text or spec.description, id=f"note-{key}", classes="setting-note")

    def on_mount(self) -> None:
        self.query_one(SectionList).focus()

    def go_to_section(self, section: Section) -> None:
        """The section's heading at the top, and its first setting focused."""
        heading = self.query_one(f"#section-{section.key}")
        self.query_one("#settings-body", FieldsScroll).scroll_to_widget(
            heading, animate=False, top=True, immediate=True
        )
        self.type_ahead_focus(self.query_one(f"#{section.first}"))

    def on_key(self, event: events.Key) -> None:
        # A pane key that came up here was not typed into a field (it is refused under
        # Settings, ui/app_panes.py): say why nothing happens, rather than nothing.
        if is_pane_key(self.app, event.key):
            close = key_word(self.app, "settings.close", "escape,q", "Escape")
            note = plain(f"The pane keys work once Settings is closed ({close}).")
            if str(note) not in {str(shown.message) for shown in self.app._notifications}:
                self.notify(note, timeout=NOTE_SECONDS)

    def _save_text(self, key: str, typed: str) -> None:
        from bounceback_tui.domain.text import clean_text
        from bounceback_tui.errors import FieldError

        errors: list[FieldError] = []
        value = clean_text(typed, key, SPECS[key].title, errors, limit=TEXT_LIMIT)
        if errors:
            self._quiet.drop(key)
            self._note(key, errors[0].message, error=True)
            return
        if len(typed) >= TEXT_LIMIT:  # full: said at once, not after the pause
            self._note(key, SPECS[key].description)
        self._quiet.later(key, lambda: self._save(key, value))

    def store_replaced(self) -> None:
        """A restore or import elsewhere (kit/read_again.py): show what it changed."""
        from bounceback_tui.ui.screens.settings_reread import show_what_the_store_holds

        show_what_the_store_holds(self)

    def on_input_changed(self, event: Input.Changed) -> None:
        self._put_off_care_question()
        if (input_id := event.input.id or "").startswith("care-"):
            event.stop()
            self._care_typed(input_id.removeprefix("care-"))
            return
        key = (event.input.id or "").removeprefix("setting-")
        if key in TEXTS:
            event.stop()
            self._save_text(key, event.value)
            return
        if key not in NUMBERS:
            return
        event.stop()
        try:
            value = parse_setting(key, event.value)
        except ValueError as exc:
            self._quiet.drop(key)  # nothing typed on the way to this is saved either
            self._note(key, markup_with("$error Not saved.", error=exc), error=True)
            return
        self._quiet.later(key, lambda: self._save(key, value))

    def on_input_blurred(self, event: Input.Blurred) -> None:
        """A number refused as typed shows the one in use again once the focus leaves it,
        its note saying so: "0" beside "Not saved." stayed in sight until Settings was opened
        again, while the app went on with 5 (a tester's walk). Text is left as typed (the
        person's own words, to put right; its note says it is not saved). The terminal
        losing focus is no leaving. A care field is written as it is left (settings_care)."""
        self._care_left(event.input)
        key = (event.input.id or "").removeprefix("setting-")
        if key not in NUMBERS or not self.app.app_focus:
            return
        try:
            parse_setting(key, event.input.value)
        except ValueError as exc:
            self._quiet.drop(key)
            kept = self._stored[key]
            with event.input.prevent(Input.Changed):
                event.input.value = str(kept)
            message = markup_with("$error Not saved: it stays $kept.", error=exc, kept=kept)
            self._note(key, message, error=True)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        key = (event.checkbox.id or "").removeprefix("setting-")
        if key in SPECS:
            event.stop()
            self._save(key, bool(event.value))

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.select.id != "setting-theme" or event.value is Select.NULL:
            return
        event.stop()
        # The app remembers every theme change, wherever it comes from (this list or the
        # palette's Theme command), so setting it is all there is to do here.
        theme = str(event.value)
        if theme in self.app.available_themes:
            self.app.theme = theme

    # -- the recovery template: the editor asks, this screen writes ---------------------------

    def action_close(self) -> None:
        """Escape or `q`: every waiting save made now; care typing that cannot be written
        is not thrown away without asking."""
        self._quiet.flush()
        left = self._keep_care()
        if not left:
            self.dismiss(None)
            return
        self.query_one(f"#care-{left[0]}", Input).focus()
        ask_before_throwing_away(self, care_not_saved(left))

    def on_unmount(self) -> None:
        with suppress(Exception):  # the app closing with a save waiting: never block it
            self._quiet.flush()
        with suppress(Exception):
            self._keep_care()
