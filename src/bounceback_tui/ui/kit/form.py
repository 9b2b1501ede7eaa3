"""A generic modal form: labelled fields, a message under each refused one, save or cancel.

Screens describe their fields with FieldSpec and pass a ``submit`` callback that validates *and*
saves (one transaction). If it raises ValidationError the messages appear in place, in sight,
and the form stays open as typed; any other BouncebackError shows at the bottom. No half-saves.

A form that edits a stored record carries a ``SaveGuard``: the version it read, which its
``submit`` passes to the service. If the record changed or went elsewhere meanwhile
(ConflictError), the form says what changed and asks: reload, or save mine over it;
deleted, save it as new (onto it, if it is back by then) or discard (ui/kit/form_conflict.py).

Each refused field's message shows once, beside it, and goes once that field changes; the
bottom line counts what is left. Escape on a changed form asks before throwing it away.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import ClassVar, Generic, TypeVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import Input, Select, Static, TextArea

from bounceback_tui.errors import BouncebackError, ConflictError, ValidationError
from bounceback_tui.ui.kit.bursts import OncePerBurst
from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.confirm import ask_before_throwing_away, no_keys
from bounceback_tui.ui.kit.conflict import SaveGuard as SaveGuard  # where forms find it
from bounceback_tui.ui.kit.dropdown import Dropdown
from bounceback_tui.ui.kit.field_changes import changed_note
from bounceback_tui.ui.kit.field_errors import (
    error_line,
    help_in_sight,
    hide_message,
    show_full_note,
    show_message,
    shown_errors,
)
from bounceback_tui.ui.kit.field_row import FieldRow
from bounceback_tui.ui.kit.field_spec import FieldKind as FieldKind  # where forms find them
from bounceback_tui.ui.kit.field_spec import FieldSpec as FieldSpec
from bounceback_tui.ui.kit.field_spec import field_label as field_label
from bounceback_tui.ui.kit.fields import PlainInput, PlainTextArea, cut_link_errors
from bounceback_tui.ui.kit.focus import scroll_into_sight
from bounceback_tui.ui.kit.form_conflict import FormConflicts
from bounceback_tui.ui.kit.form_fill import fill_fields
from bounceback_tui.ui.kit.form_fit import FormFields, FormMessage, fit_form
from bounceback_tui.ui.kit.form_keys import Where, form_keys_hint
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.suggest import LaterSuggestions
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.kit.type_ahead import FIELD_KEYS, TypeAhead

T = TypeVar("T")
# Re-reads the record for "reload": its form values and version, or None if it is gone.
Reload = Callable[[], "tuple[dict[str, str], int] | None"]
# The form's values of the record a conflict found (``ConflictError.current``; {}: unknown).
ValuesNow = Callable[[dict[str, object]], dict[str, str]]
# What else another window did to the record, from its stored columns, in a sentence ("It was
# moved within its group there."); "" when nothing the fields do not show changed.
OtherChanges = Callable[[dict[str, object]], str]


class FormScreen(FormConflicts, TypeAhead, ModalScreen[T | None], Generic[T]):
    """Enter (in a one-line field) or ctrl+s saves; Enter on a dropdown opens it; Escape cancels.

    ``title`` and ``intro`` given as ``str`` are shown as plain text, whatever they hold; for
    app-written markup with a person's text in it pass ``markup_with(...)`` (ui/kit/text).
    ``typed``: what the person typed before the form closed to show them something and
    opened again; shown in the fields and, unlike the fields' ``value``, not saved yet.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
        *FIELD_KEYS,  # Tab and Shift+Tab, in order with the typing around them
    ]
    DEFAULT_CLASSES = "form-screen"

    def __init__(
        self,
        title: str | Content,
        fields: Sequence[FieldSpec],
        submit: Callable[[dict[str, str]], T],
        *,
        intro: str | Content = "",
        submit_label: str = "Save",
        guard: SaveGuard | None = None,
        reload: Reload | None = None,
        values_now: ValuesNow | None = None,
        other_changes: OtherChanges | None = None,
        typed: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__()
        # The fields as opened (or last reloaded): a difference is typing Escape would lose.
        self._baseline = {spec.name: spec.value for spec in fields}
        if typed:
            # Shown, and still not saved: Escape asks (the bank's note, back from its questions).
            fields = [replace(spec, value=typed.get(spec.name, spec.value)) for spec in fields]
        self.form_title = title if isinstance(title, Content) else plain(title)
        self.fields = tuple(fields)
        self._submit = submit
        self._intro = intro if isinstance(intro, Content) else plain(intro)
        self.submit_label = submit_label
        self.guard = guard
        self._reload = reload
        self._values_now = values_now
        self._other_changes = other_changes
        self._changes: OncePerBurst[Widget] = OncePerBurst(self, self._field_changed)
        self._note_the_store_file()  # the record was read just now (ui/kit/form_conflict)

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box", classes="form"):
            yield Static(self.form_title, classes="form-title")
            if self._intro:
                yield Static(self._intro, classes="form-intro")
            # Not focusable itself: a field scrolls into view as it takes focus, and a
            # focused box showed nothing, took no typing and did not save on Enter.
            with FormFields(classes="form-fields", can_focus=False):
                for spec in self.fields:
                    yield from self._field(spec)
            yield FormMessage("", id="form-message", classes="form-message")
            with ButtonRow(classes="form-buttons"):
                yield KeysHint(form_keys_hint(self, "field"), classes="form-keys")
                yield Button(self.submit_label, variant="primary", id="save", compact=True)
                yield Button("Cancel", id="cancel", compact=True)

    def _field(self, spec: FieldSpec) -> ComposeResult:
        yield from self.field_widgets(spec)

    def field_widgets(self, spec: FieldSpec) -> list[Widget]:
        """A field's row (it draws the label: kit/field_row.py) and help line, if any; its
        message line is made when first needed (kit/field_errors.py)."""
        row_classes = "field-row field-multiline" if spec.kind == "multiline" else "field-row"
        if spec.help:
            row_classes += " -has-note"
        row = FieldRow(
            field_label(spec), self._input(spec), classes=row_classes, id=f"row-{spec.name}"
        )
        if spec.help:
            return [row, Static(plain(spec.help), classes="field-help")]
        return [row]

    def _input(self, spec: FieldSpec) -> Widget:
        widget_id = f"field-{spec.name}"
        if spec.kind == "multiline":
            area = PlainTextArea(spec.value, id=widget_id, soft_wrap=True, compact=True)
            area.show_line_numbers = False
            area.max_length = spec.max_length
            area.line_limit = spec.line_limit
            return area
        if spec.kind == "select":
            return Dropdown(
                spec.options,
                value=spec.value if spec.value else Select.NULL,
                # A required choice with no starting value stays blank until the person
                # picks (Select would otherwise silently pick the first option).
                allow_blank=not (spec.required and spec.value),
                prompt=spec.placeholder or "Choose",
                id=widget_id,
                compact=True,
            )
        return PlainInput(
            spec.value,
            placeholder=spec.placeholder,
            id=widget_id,
            compact=True,
            suggester=(
                LaterSuggestions(spec.suggest, spec.whole, spec.offer_if, spec.instead)
                if spec.suggest
                else None
            ),
            max_length=spec.max_length or 0,
        )

    def on_mount(self) -> None:
        # Focused now, not after the keys queued in the app (Widget.focus waits for them):
        # till then what is typed waits (kit/type_ahead.py), and the app's keeper gives way.
        if self.fields:
            first = self.query_one(f"#field-{self.fields[0].name}")
            self._open_at_end(self.fields[0], first, opening=True)
            self.set_focus(first, scroll_visible=False)
            if self.focused is not first:
                first.focus()

    def _open_at_end(self, spec: FieldSpec, field: Widget, *, opening: bool = False) -> None:
        """The first field opens as it reads: the cursor after its text, nothing selected (an
        edit form's first key replaced the company). Tab selects again (descendant focus).
        A date stays selected: the first key replaces it ("today", "+1w": typing "+3d"
        after them made "+1w+3d"), also when refused with the cursor in it (no focus to come).
        So does a value the app offers as a dialog opens (``opening``: not a stored record's,
        ``guard``, nor what was typed before): "/tmp/x" typed in "Export calendar" joined its
        path. Selected now, not on its Focus event: a key typed before that replaces it."""
        offered = (
            opening
            and self.guard is None
            and bool(spec.value)
            and spec.value == self._baseline.get(spec.name)
        )
        if isinstance(field, Input) and spec.kind != "date":
            field.select_on_focus = False
            field.cursor_position = len(field.value)
            if offered:
                field.select_all()
        elif isinstance(field, Input) and field.has_focus:
            field.select_all()
        elif isinstance(field, TextArea):  # not before the first line ("Qbackend engineer")
            field.move_cursor(field.document.end)

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(fit_form, self)

    def values(self) -> dict[str, str]:
        """Every field's text; an empty select gives "", a field not built yet its start."""
        values: dict[str, str] = {}
        for spec in self.fields:
            found = self.query(f"#field-{spec.name}")
            widget = found.first() if found else None
            if isinstance(widget, TextArea):
                values[spec.name] = widget.text
            elif isinstance(widget, Select):
                values[spec.name] = "" if widget.value is Select.NULL else str(widget.value)
            elif isinstance(widget, Input):
                values[spec.name] = widget.value
            else:
                values[spec.name] = spec.value
        return values

    def has_changes(self) -> bool:
        """True when a field differs from how the form opened: there is typing to lose."""
        current = FormScreen.values(self)
        return any(current[name] != value for name, value in self._baseline.items())

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        widget = event.widget
        where: Where = (
            "text"
            if isinstance(widget, TextArea)
            else "dropdown"
            if isinstance(widget, Select)
            else "list"  # the dropdown's open list
            if isinstance(widget.parent, Select)
            else "field"
        )
        self.query_one(".form-keys", Static).update(form_keys_hint(self, where))
        self.call_after_refresh(help_in_sight, self, widget)

    def on_descendant_blur(self, event: events.DescendantBlur) -> None:
        if isinstance(event.widget, Input):  # Tab back selects its text again, also after a
            event.widget.select_on_focus = True  # refusal in it: "Tokio", then "TokioTokyo"

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        if not self.has_changes():
            self.dismiss(None)
            return
        # A form that can reload its record edits one saved before: that stays as it was.
        lost = "Your changes are not" if self._reload else "Nothing in it has been"
        back = f"{no_keys(self.app)} goes back to the form."
        ask_before_throwing_away(self, f"{lost} saved yet. {back}")

    # --- messages: once, beside the field, gone when it changes ---------------------------

    # A key typed is one change; a paste without bracketed paste is one a character, each
    # handled as it comes, and the notes once the burst's are (kit/bursts.py).
    def on_input_changed(self, event: Input.Changed) -> None:
        self._changes.ask(event.input)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._changes.ask(event.text_area)

    def on_select_changed(self, event: Select.Changed) -> None:
        self._changes.ask(event.select)

    def _field_changed(self, widget: Widget) -> None:
        name = (widget.id or "").removeprefix("field-")
        line = error_line(self, name) if name else None
        if line is not None and line.display and not line.has_class("-full"):
            hide_message(self, name)
            self._show_count()
        if name:
            show_full_note(self, name, changed_note(self.fields, name, widget))

    def _show_count(self) -> None:
        """The bottom line: how many fields still show a message (beside them, not here)."""
        left = shown_errors(self)
        message = ""
        if left:
            fields = "1 field needs" if left == 1 else f"{left} fields need"
            message = f"Nothing was saved: {fields} a look."
        self.query_one("#form-message", Static).update(plain(message))

    def cut_links(self) -> ValidationError | None:
        """Each link field a paste was cut in, saying so (kit/fields.cut_link_problem)."""
        errors = cut_link_errors(self, [spec.name for spec in self.fields if spec.kind == "link"])
        return ValidationError(errors) if errors else None

    def action_save(self) -> None:
        self._changes.flush()  # the notes of what was typed, before the save's own
        self._clear_errors()
        try:
            if cut := self.cut_links():
                raise cut
            result = self._submit(self.values())
        except ValidationError as exc:
            self._show_errors(exc)
            return
        except ConflictError as exc:
            if self.guard is None:
                self.query_one("#form-message", Static).update(plain(self.conflict_said(exc)))
            else:
                self._ask_about_conflict(exc)
            return
        except BouncebackError as exc:
            self.query_one("#form-message", Static).update(plain(exc))
            return
        self.dismiss(result)

    def _typed(self) -> dict[str, str]:
        """What the fields hold, read as this class reads them (not a subclass's values)."""
        return FormScreen.values(self)

    def fill(self, values: dict[str, str]) -> None:
        """Put ``values`` into the fields (names the form has no field for are ignored)."""
        fill_fields(self, self.fields, values)

    def _focus_first_field(self) -> None:
        if self.fields and self.query(f"#field-{self.fields[0].name}"):
            first = self.query_one(f"#field-{self.fields[0].name}")
            self._open_at_end(self.fields[0], first)
            first.focus()

    def _clear_errors(self) -> None:
        for line in self.query(".field-error"):  # made only for fields once refused
            if line.display and not line.has_class("-full"):
                hide_message(self, (line.id or "").removeprefix("error-"))
        self.query_one("#form-message", Static).update("")

    def _show_errors(self, exc: ValidationError) -> None:
        shown: set[str] = set()
        elsewhere: list[str] = []
        for error in exc.errors:
            if not show_message(self, error.field, plain(error.message)):
                # No field on this form to show it beside: it goes at the bottom in full.
                elsewhere.append(error.message)
                continue
            shown.add(error.field)
        # The first refused field as the form reads, not as the rules checked them.
        first = next((spec for spec in self.fields if spec.name in shown), None)
        self._show_count()
        if elsewhere:
            self.query_one("#form-message", Static).update(
                markup_with("Nothing was saved. $messages", messages=" ".join(elsewhere))
            )
        if first is not None:
            target = self.query_one(f"#field-{first.name}")
            # Mended, not typed again ("jane@example", ".com"); a refused date stays selected.
            self._open_at_end(first, target)
            target.focus()  # in sight with what it says under it, once that is laid out
            note = self.query_one(f"#error-{first.name}")
            self.call_after_refresh(scroll_into_sight, target, note)
