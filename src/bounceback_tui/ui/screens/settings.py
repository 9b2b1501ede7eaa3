"""The settings screen: every store setting, and the recovery plan template.

Changes are saved as they are made (one small transaction each), so there is no
Save button to forget; a value that cannot be used shows why and is not saved.

Each save names the version the screen read (compare-and-set): a setting another window
changed meanwhile is not overwritten unseen; the conflict dialog shows what it is now and
offers to reload it or save this screen's value over it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Checkbox, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services.settings import (
    SPECS,
    parse_setting,
    read_settings_versions,
    save_setting,
)
from bounceback_tui.ui.kit.text import ContentNotify, markup_with, plain
from bounceback_tui.ui.kit.tick_box import TickBox
from bounceback_tui.ui.recovery.template import TemplateEditor, template_form

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.key_bar import KeyBar

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


class MessageTemplateList(OptionList):
    """The message kinds; Enter edits one's template (People's and Recovery's drafts)."""

    def on_mount(self) -> None:
        from bounceback_tui.domain.messages import MessageKind

        self.add_options(Option(kind.label, id=kind.value) for kind in MessageKind)


class SettingsScreen(ContentNotify, Screen[None]):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="settings.close"),
    ]

    @property
    def bb_app(self) -> BouncebackApp:
        return cast("BouncebackApp", self.app)

    def __init__(self) -> None:
        super().__init__()
        # Each setting's value and version as this screen last read or wrote it (version
        # 0: at its default, no row). A field showing what is stored has nothing to save.
        self._versions: dict[str, int] = {}
        self._stored: dict[str, Any] = {}
        self._conflict_open = False

    def compose(self) -> ComposeResult:
        read = read_settings_versions(self.bb_app.db)
        self._versions = {key: found.version for key, found in read.items()}
        values = {key: found.value for key, found in read.items()}
        self._stored = dict(values)
        # Not focusable itself (as forms): each setting scrolls into view as it takes focus.
        with VerticalScroll(id="settings-body", can_focus=False):
            yield Static("Settings", classes="settings-title")
            yield Static("Saved as you change them. Escape closes.", classes="settings-intro")
            yield Static("Your search", classes="settings-section")
            for key in NUMBERS:
                yield from self._number_row(key, values[key])
            yield Static("Look and feel", classes="settings-section")
            yield from self._theme_row(values["theme"])
            for key in SWITCHES:
                yield from self._switch_row(key, bool(values[key]))
            yield Static("Messages", classes="settings-section")
            yield from self._text_row("your_name", str(values["your_name"] or ""))
            yield Static(
                "Message drafts start from these templates. Enter on one opens it; the "
                "placeholders it can use are listed there.",
                classes="settings-note",
            )
            yield MessageTemplateList(id="message-templates", compact=True)
            yield Static("Recovery plan", classes="settings-section")
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
                recovery_service.list_template(self.bb_app.db), id="template-editor"
            )
            yield from self._care_rows()
        yield KeyBar()

    def _care_rows(self) -> ComposeResult:
        """The [care] section of settings.toml (not the store: the "If you are struggling"
        screen reads it even when the store cannot be opened)."""
        from bounceback_tui.services.care_settings import load_care

        care = load_care(self.bb_app.paths.settings_file)
        self._care_shown = {
            "country": care.country,
            "support_name": care.support_name,
            "support_number": care.support_number,
        }
        yield Static("If you are struggling", classes="settings-section")
        yield Static(
            "For the help screen (? then h, or the palette). Kept in settings.toml, not the "
            "store, so it opens even when the store cannot.",
            classes="settings-note",
        )
        for key, label, value, note in (
            ("country", "Country", care.country, "Two letters (US, GB, IE): its lines first."),
            ("support_name", "Someone to call", care.support_name, "A name you would call."),
            ("support_number", "Their number", care.support_number, "Shown, never dialled."),
        ):  # fmt: skip
            with Horizontal(classes="setting-row"):
                yield Label(label, classes="setting-label")
                yield PlainInput(value, id=f"care-{key}", compact=True)
                yield Static(note, id=f"note-care-{key}", classes="setting-note")

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

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if not isinstance(event.option_list, MessageTemplateList) or event.option.id is None:
            return
        event.stop()
        self._edit_template(event.option.id)

    def _edit_template(self, kind_value: str) -> None:
        from bounceback_tui.domain.messages import PLACEHOLDERS, MessageKind, validate_template
        from bounceback_tui.services import messages as message_service
        from bounceback_tui.ui.kit.form import FieldSpec, FormScreen

        kind = MessageKind(kind_value)
        db = self.bb_app.db
        try:
            current = message_service.templates(db)[kind]
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error")
            return
        listed = ", ".join("{" + name + "} " + what for name, what in PLACEHOLDERS.items())
        placeholders = plain("Placeholders: " + listed + ".")

        def submit(values: dict[str, str]) -> bool:
            if not (values.get("body") or "").strip():
                message_service.reset_template(db, kind)  # back to the built-in one
                return True
            message_service.save_template(db, kind, validate_template(values))
            return True

        def done(saved: bool | None) -> None:
            if saved:
                self.notify(markup_with("Saved the template for “$kind”.", kind=kind.label))
            self.query_one(MessageTemplateList).focus()

        self.app.push_screen(
            FormScreen(
                markup_with("Template: $kind", kind=kind.label),
                (
                    FieldSpec("subject", "Subject", value=current.subject),
                    FieldSpec(
                        "body",
                        "Message",
                        kind="multiline",
                        value=current.body,
                        help="Empty it to go back to the built-in one.",
                    ),
                ),
                submit,
                intro=placeholders,
            ),
            done,
        )

    def _text_row(self, key: str, value: str) -> ComposeResult:
        spec = SPECS[key]
        with Horizontal(classes="setting-row"):
            yield Label(spec.title, classes="setting-label")
            yield PlainInput(value, id=f"setting-{key}", classes="setting-text", compact=True)
            yield Static(spec.description, id=f"note-{key}", classes="setting-note")

    def _theme_row(self, value: str) -> ComposeResult:
        spec = SPECS["theme"]
        themes = sorted(self.app.available_themes)
        with Horizontal(classes="setting-row"):
            yield Label(spec.title, classes="setting-label")
            yield Select(
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
        self.query_one(f"#setting-{NUMBERS[0]}", Input).focus()

    def _note(self, key: str, message: str | Content, *, error: bool = False) -> None:
        """The line beside a setting: ``message`` as plain text (or Content from the kit)."""
        note = self.query_one(f"#note-{key}", Static)
        note.update(message if isinstance(message, Content) else plain(message))
        note.set_class(error, "-error")

    def _save_text(self, key: str, typed: str) -> None:
        from bounceback_tui.domain.text import clean_text
        from bounceback_tui.errors import FieldError

        errors: list[FieldError] = []
        value = clean_text(typed, key, SPECS[key].title, errors, limit=100)
        if errors:
            self._note(key, errors[0].message, error=True)
            return
        self._save(key, value)

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
        except ConflictError as exc:
            self._note(key, f"Not saved: {exc}", error=True)
            self._ask_about_conflict(key, value, exc)
            return False
        except BouncebackError as exc:
            self._note(key, plain(exc), error=True)
            return False
        self._note(key, SPECS[key].description)
        return True

    def _ask_about_conflict(self, key: str, value: Any, exc: ConflictError) -> None:
        from bounceback_tui.ui.kit.conflict import ConflictScreen

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

        self.app.push_screen(ConflictScreen(str(exc), deleted=False), chosen)

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

    def _reload_setting(self, key: str) -> None:
        """Show the setting as it is stored now; this screen's next save names that."""
        found = read_settings_versions(self.bb_app.db)[key]
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

    def _save_care(self, changed: str) -> None:
        from bounceback_tui.errors import ValidationError
        from bounceback_tui.services.care_settings import save_care, validate_care

        values = {
            key: self.query_one(f"#care-{key}", Input).value
            for key in ("country", "support_name", "support_number")
        }
        if values == getattr(self, "_care_shown", None):
            return  # as read (an input reporting its first value): nothing to write
        note = self.query_one(f"#note-care-{changed}", Static)
        try:
            save_care(self.bb_app.paths.settings_file, validate_care(values))
        except ValidationError as exc:
            message = exc.for_field(changed) or exc.summary()
            note.update(markup_with("$error Not saved.", error=message))
            note.set_class(True, "-error")
            return
        except BouncebackError as exc:
            note.update(plain(exc))
            note.set_class(True, "-error")
            return
        self._care_shown = values
        note.update(plain("Saved in settings.toml."))
        note.set_class(False, "-error")

    def on_input_changed(self, event: Input.Changed) -> None:
        if (input_id := event.input.id or "").startswith("care-"):
            event.stop()
            self._save_care(input_id.removeprefix("care-"))
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
            self._note(key, markup_with("$error Not saved.", error=exc), error=True)
            return
        self._save(key, value)

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

    def on_template_editor_change(self, event: TemplateEditor.Change) -> None:
        event.stop()
        db, row, editor = self.bb_app.db, event.row, event.editor
        if event.asked == "add":

            def added(key: str | None) -> None:
                if key:
                    self._show_template(editor, key)
                    self.notify("Added to the template. New plans will include it.")

            self.app.push_screen(template_form(db, None, event.group_key), added)
        elif event.asked == "reword":
            assert row is not None

            def closed(key: str | None) -> None:
                # Saved, or closed after a conflict: show the template as it is now.
                self._show_template(editor, key or row.key)

            self.app.push_screen(template_form(db, row, row.group_key), closed)
        elif event.asked == "move":
            assert row is not None and event.neighbour is not None
            other = event.neighbour
            self._change_template(
                editor,
                lambda: recovery_service.move_template_step(
                    db,
                    row.key,
                    event.direction,
                    expected_version=row.version,
                    neighbour=(other.key, other.version),
                ),
                row.key,
            )
        elif event.asked in ("retire", "restore"):
            assert row is not None
            retire = event.asked == "retire"
            changed = self._change_template(
                editor,
                lambda: recovery_service.set_template_step_retired(
                    db, row.key, retire, expected_version=row.version
                ),
                row.key,
            )
            if changed and retire:
                self.notify(
                    markup_with(
                        "Retired “$title”: new plans leave it out. Space brings it back.",
                        title=row.title,
                    )
                )
        else:
            self._confirm_template_reset(editor, event.shown)

    def _show_template(self, editor: TemplateEditor, keep: str | None = None) -> None:
        editor.show(recovery_service.list_template(self.bb_app.db), keep)

    def _change_template(
        self, editor: TemplateEditor, change: Callable[[], object], keep: str | None = None
    ) -> bool:
        """Make one change, then show the template as it is now. A change another window
        made first (ConflictError) is said, and nothing of this one is written."""
        try:
            change()
        except ConflictError as exc:
            self.notify(plain(f"Nothing changed: {exc}"), severity="warning")
            self._show_template(editor, keep)
            return False
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error")
            self._show_template(editor, keep)
            return False
        self._show_template(editor, keep)
        return True

    def _confirm_template_reset(self, editor: TemplateEditor, shown: dict[str, int]) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes and self._change_template(
                editor, lambda: recovery_service.reset_template(self.bb_app.db, expected=shown)
            ):
                self.notify("The template is back to the built-in steps.")

        self.app.push_screen(
            ConfirmScreen(
                "Go back to the built-in template?",
                "Your added and reworded steps leave the template. Plans you already have "
                "keep their steps.",
                confirm_label="Reset",
            ),
            answered,
        )

    def action_close(self) -> None:
        self.dismiss(None)
