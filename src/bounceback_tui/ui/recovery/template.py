"""The recovery template editor on the settings screen: add, reword, reorder, retire.

Plans already made keep the steps they were created with; only new plans follow
the template. The first edit copies the built-in template into the store.

The editor shows the rows it is given and says what the person asked for with a message
(``TemplateEditor.Change``, naming the versions it showed); the settings screen makes the
change through the services and shows the rows again. The editor never writes to the
store. ``template_form`` builds the form (a screen) the settings screen opens to add or
reword a step.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar, Literal

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from bounceback_tui.domain.recovery import GROUP_TITLES, GROUPS, StepKind, StepLink
from bounceback_tui.domain.recovery_forms import (
    DETAIL_LIMIT,
    TITLE_LIMIT,
    validate_template_step,
)
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services.kept_edits import template_step_kept
from bounceback_tui.services.recovery_template import TemplateRow
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.refused_keys import say_note
from bounceback_tui.ui.kit.text import display_text, plain

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import Database
    from bounceback_tui.ui.kit.form import FormScreen

WHEN_OPTIONS = (("Every plan", "no"), ("Only with the optional steps on", "yes"))


def template_form(
    db: Database, row: TemplateRow | None, group_key: str, kept: list[str] | None = None
) -> FormScreen[str]:
    """The form to add a template step (row None) or reword one. A reword saved as it
    opened writes nothing (``kept_edits.template_step_kept``): its title goes in ``kept``,
    for the caller's note."""
    from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, SaveGuard
    from bounceback_tui.ui.kit.stored_field import stored_field

    fields = (
        stored_field(
            "recovery_template_step.title",
            "Step",
            required=True,
            value=row.title if row else "",
            max_length=TITLE_LIMIT,
        ),
        stored_field(
            "recovery_template_step.detail",
            "Detail",
            value=row.detail if row else "",
            max_length=DETAIL_LIMIT,
        ),
        FieldSpec(
            "group",
            "Group",
            kind="select",
            options=tuple((g.title, g.key) for g in GROUPS),
            value=row.group_key if row else group_key,
            required=True,
        ),
        FieldSpec(
            "kind",
            "Kind",
            kind="select",
            options=tuple((k.label, k.value) for k in StepKind),
            value=row.kind.value if row else StepKind.CHECK.value,
            required=True,
        ),
        FieldSpec(
            "offset_days",
            "Day after the no",
            value=str(row.offset_days) if row else "1",
            placeholder="0 is the day itself",
        ),
        FieldSpec(
            "link",
            "Links to",
            kind="select",
            options=tuple((k.label, k.value) for k in StepLink),
            value=row.link.value if row and row.link else "",
            placeholder="Nothing",
        ),
        FieldSpec(
            "optional",
            "In plans",
            kind="select",
            options=WHEN_OPTIONS,
            value="yes" if row and row.optional else "no",
            required=True,
        ),
    )

    # A reword names the version the editor showed: a change or a reset in another window
    # meanwhile is shown (reload, or save mine over it; gone: save it as a new step).
    guard = SaveGuard(row.version) if row is not None else None

    def submit(values: dict[str, str]) -> str:
        data = validate_template_step(values)
        if row is None or (guard is not None and guard.as_new):
            return template_service.add_template_step(db, data)
        version = guard.version if guard else None
        if template_step_kept(db, row.key, data, version):
            if kept is not None:
                kept.append(data.title)
            return row.key
        template_service.update_template_step(
            db, row.key, data, expected_version=guard.version if guard else None
        )
        return row.key

    # The step as the form last read it (opened, or reloaded since).
    shown = [row]

    def reload() -> tuple[dict[str, str], int] | None:
        assert row is not None
        found = next((r for r in template_service.list_template(db) if r.key == row.key), None)
        if found is not None:
            shown[0] = found
        return None if found is None else (template_values(found), found.version)

    def other_changes(columns: dict[str, object]) -> str:
        read = shown[0]
        assert read is not None
        return template_service.changed_there(read, template_service.template_row_of(columns))

    return FormScreen(
        "Reword a template step" if row else "Add a template step",
        fields,
        submit,
        intro=_form_intro(row),
        guard=guard,
        reload=reload if row is not None else None,
        # The conflict dialog names the fields another window changed.
        values_now=_values_now if row is not None else None,
        # And what the fields do not show: the step moved, retired, the template reset.
        other_changes=other_changes if row is not None else None,
    )


def _form_intro(row: TemplateRow | None) -> Content:
    """What the form says first: a built-in step written for one kind of no says which."""
    intro = "New plans get this step; plans you already have keep theirs."
    if row is not None and row.only_for is not None:
        intro += " It goes only into plans for " + row.only_for.plans + "."
    return plain(intro)


def _values_now(columns: dict[str, object]) -> dict[str, str]:
    return template_values(template_service.template_row_of(columns))


def template_values(row: TemplateRow) -> dict[str, str]:
    """The form's values for a stored step (what "reload" puts back)."""
    return {
        "title": row.title,
        "detail": row.detail,
        "group": row.group_key,
        "kind": row.kind.value,
        "offset_days": str(row.offset_days),
        "link": row.link.value if row.link else "",
        "optional": "yes" if row.optional else "no",
    }


def _cells(row: TemplateRow, title_width: int) -> tuple[Text, ...]:
    notes = [row.kind.value]
    if row.optional:
        notes.append("optional")
    if row.link:
        notes.append(f"links to {row.link.value}")
    if row.only_for:
        notes.append(row.only_for.label)
    if row.retired:
        notes.insert(0, "retired")
    title = Text(display_text(row.title), style="dim strike" if row.retired else "", no_wrap=True)
    title.truncate(title_width, overflow="ellipsis")
    return (
        title,
        Text(
            display_text(GROUP_TITLES.get(row.group_key, row.group_key)),
            style="dim" if row.retired else "",
        ),
        Text(f"day {row.offset_days}", style="dim"),
        Text(", ".join(notes), style="dim"),
    )


Asked = Literal["add", "reword", "move", "retire", "restore", "reset"]


class TemplateEditor(Vertical):
    """A list of the template's steps with the keys to change them."""

    @dataclass
    class Change(Message):
        """The person asked for a change: ``add`` a step to ``group_key``; ``reword``,
        ``retire`` or ``restore`` the step ``row``; ``move`` it by ``direction``, past
        ``neighbour``; or ``reset`` the template the editor showed (``shown``: each step's
        key and version)."""

        editor: TemplateEditor
        asked: Asked
        row: TemplateRow | None = None
        group_key: str = ""
        direction: int = 0
        neighbour: TemplateRow | None = None
        shown: dict[str, int] = field(default_factory=dict)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add step", id="template.add"),
        Binding("e", "edit", "Reword", id="template.edit"),
        Binding("left_square_bracket", "move(-1)", "Move up", id="template.up"),
        Binding("right_square_bracket", "move(1)", "Move down", id="template.down"),
        Binding("space", "retire", "Retire / restore", id="template.retire"),
        Binding("R", "reset", "Reset to built-in", id="template.reset"),
    ]
    # What Settings' `?` says each key does (ui/screens/help._help_words), as a pane's does.
    HELP_WORDS: ClassVar[dict[str, str]] = {
        "template.add": "add a step to the template",
        "template.edit": "reword the highlighted step",
        "template.up": "move the step up",
        "template.down": "move the step down",
        "template.retire": "retire the step from new plans, or restore it",
        "template.reset": "go back to the built-in steps (asks first)",
        "list.down": "down the steps",
        "list.up": "up the steps",
        "list.page_down": "a page down",
        "list.page_up": "a page up",
        "list.first": "first step",
        "list.last": "last step",
    }

    def __init__(self, rows: list[TemplateRow], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.rows = {row.key: row for row in rows}

    def compose(self) -> ComposeResult:
        table = ListTable(id="template-table")
        table.add_columns("Step", "Group", "Day", "")
        yield table
        yield Static(
            keys_line(
                self.app,
                ("{template.add|a}", "add"),
                ("{template.edit|e}", "reword"),
                ("{template.up|left_square_bracket} {template.down|right_square_bracket}", "move"),
                ("{template.retire|space|space}", "retire or restore"),
                ("{template.reset|R}", "reset to the built-in template"),
            ),
            classes="template-keys",
        )

    @property
    def table(self) -> ListTable:
        return self.query_one("#template-table", ListTable)

    def on_mount(self) -> None:
        self.show(list(self.rows.values()))

    def on_data_table_row_selected(self, event: ListTable.RowSelected) -> None:
        event.stop()  # Enter on a row rewords it
        self.action_edit()

    def show(self, rows: list[TemplateRow], keep: str | None = None) -> None:
        """Show ``rows``, keeping the cursor on ``keep`` (or on the step it was on)."""
        keep = keep or self.table.selected_key
        self.rows = {row.key: row for row in rows}
        table = self.table
        table.clear()
        # The step's title takes what the other columns leave, so no sideways scrolling.
        title_width = max(20, self.app.size.width - 56)
        for row in self.rows.values():
            table.add_row(*_cells(row, title_width), key=row.key)
        if keep:
            table.select_key(keep)

    @property
    def selected(self) -> TemplateRow | None:
        key = self.table.selected_key
        return self.rows.get(key) if key else None

    def action_add(self) -> None:
        current = self.selected
        group = current.group_key if current else "keep_going"
        self.post_message(self.Change(self, "add", group_key=group))

    def action_edit(self) -> None:
        if (row := self.selected) is not None:
            self.post_message(self.Change(self, "reword", row, group_key=row.group_key))

    def _neighbour(self, row: TemplateRow, direction: int) -> TemplateRow | None:
        """The step the editor shows next to ``row`` in its group (what a move swaps)."""
        group = [r for r in self.rows.values() if r.group_key == row.group_key]
        index = group.index(row) + (1 if direction > 0 else -1)
        return group[index] if 0 <= index < len(group) else None

    def action_move(self, direction: int) -> None:
        row = self.selected
        if row is None:
            return
        other = self._neighbour(row, direction)
        if other is None:  # first or last in its group, as the editor shows it: said
            end = "first" if direction < 0 else "last"
            say_note(self, plain(f"It is {end} in its group already."))
            return
        self.post_message(self.Change(self, "move", row, direction=direction, neighbour=other))

    def action_retire(self) -> None:
        if (row := self.selected) is not None:
            self.post_message(self.Change(self, "restore" if row.retired else "retire", row))

    def action_reset(self) -> None:
        shown = {key: row.version for key, row in self.rows.items()}
        self.post_message(self.Change(self, "reset", shown=shown))
