"""The add-application form: validated as a whole, saved in one transaction, or not at all."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput, validate_application
from bounceback_tui.domain.dates import ACCEPTED_FORMS
from bounceback_tui.domain.stages import ALL_STAGES, Stage
from bounceback_tui.errors import BouncebackError, ValidationError

SaveCallback = Callable[[ApplicationInput], object]

# (field name, label, placeholder)
TEXT_FIELDS: tuple[tuple[str, str, str], ...] = (
    ("company", "Company *", "Who is hiring"),
    ("role", "Role *", "The job title"),
    ("link", "Link", "https://..."),
    ("date_applied", "Date applied", ACCEPTED_FORMS),
)


class ApplicationFormScreen(ModalScreen[object | None]):
    """Enter saves, Escape cancels; refused fields get their message in place."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
        Binding("ctrl+s", "save", "Save", id="form.save"),
    ]

    def __init__(self, save: SaveCallback, title: str = "New application") -> None:
        super().__init__()
        self._save = save
        self._title = title

    def compose(self) -> ComposeResult:
        with Vertical(id="form-box", classes="form"):
            yield Static(self._title, classes="form-title")
            with VerticalScroll(classes="form-fields"):
                for name, label, placeholder in TEXT_FIELDS[:3]:
                    yield from self._field(name, label, placeholder)
                yield Label("Stage", classes="field-label")
                yield Select(
                    [(stage.label, stage.value) for stage in ALL_STAGES],
                    value=Stage.APPLIED.value,
                    allow_blank=False,
                    id="field-stage",
                )
                yield Static("", id="error-stage", classes="field-error")
                name, label, placeholder = TEXT_FIELDS[3]
                yield from self._field(name, label, placeholder)
            yield Static("", id="form-message", classes="form-message")
            with Horizontal(classes="form-buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

    def _field(self, name: str, label: str, placeholder: str) -> ComposeResult:
        yield Label(label, classes="field-label")
        yield Input(placeholder=placeholder, id=f"field-{name}")
        yield Static("", id=f"error-{name}", classes="field-error")

    def on_mount(self) -> None:
        self.query_one("#field-company", Input).focus()

    def values(self) -> dict[str, str]:
        values = {name: self.query_one(f"#field-{name}", Input).value for name, *_ in TEXT_FIELDS}
        values["stage"] = str(self.query_one("#field-stage", Select).value)
        return values

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
        self.dismiss(None)

    def action_save(self) -> None:
        self._clear_errors()
        try:
            data = validate_application(self.values(), clock.today())
            result = self._save(data)
        except ValidationError as exc:
            self._show_errors(exc)
            return
        except BouncebackError as exc:
            self.query_one("#form-message", Static).update(str(exc))
            return
        self.dismiss(result)

    def _clear_errors(self) -> None:
        for widget in self.query(".field-error"):
            widget.display = False
        self.query_one("#form-message", Static).update("")

    def _show_errors(self, exc: ValidationError) -> None:
        first_field = None
        for error in exc.errors:
            slot = self.query(f"#error-{error.field}")
            if slot:
                widget = slot.first(Static)
                widget.update(error.message)
                widget.display = True
                first_field = first_field or error.field
        self.query_one("#form-message", Static).update("Nothing was saved: " + exc.summary())
        if first_field:
            self.query_one(f"#field-{first_field}").focus()
