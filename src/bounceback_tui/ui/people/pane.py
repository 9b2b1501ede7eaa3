"""People (key 6): the people a search involves, what passed between you, and what is next.

A list with a fuzzy filter on the left, the selected person's detail on the right. Every
key that changes something is one transaction through services.people, services.interviews
or services.messages; edits and deletes name the version they read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Input, Static

# The app imports the ORM in a worker after the first paint; importing the same module
# first makes this thread wait for it (see ui/skills/pane.py).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui import clock
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import validate_contact, validate_interaction
from bounceback_tui.errors import BouncebackError, ConflictError, ValidationError
from bounceback_tui.services import interviews as interview_service
from bounceback_tui.services import people as people_service
from bounceback_tui.services import people_edits, people_log
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.people.detail import PersonDetail
from bounceback_tui.ui.people.forms import (
    NO_APPLICATION,
    contact_fields,
    interaction_fields,
    interview_fields,
)

if TYPE_CHECKING:
    from bounceback_tui.domain.fuzzy import FuzzyIndex
    from bounceback_tui.services.people import ContactDetail, ContactRow

_ON_PERSON = {"edit", "delete", "link", "unlink", "log", "interview", "message", "open_link"}


class PeopleList(ListTable):
    """The people, one row each: name, kind, company, last in touch."""


class PeoplePane(AppPane):
    PANE_ID = "people"
    STATEFUL_ACTIONS = (*sorted(_ON_PERSON), "undo", "clear_filter", "filter")
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="people.add"),
        Binding("e", "edit", "Edit", id="people.edit"),
        Binding("l", "link", "Link application", id="people.link"),
        Binding("L", "unlink", "Unlink", show=False, id="people.unlink"),
        Binding("i", "log", "Log", id="people.log"),
        Binding("n", "interview", "Interview", id="people.interview"),
        Binding("m", "message", "Message", id="people.message"),
        Binding("o", "open_link", "Open link", show=False, id="people.open_link"),
        Binding("slash", "filter", "Filter", id="people.filter"),
        Binding("escape", "clear_filter", "Clear filter", id="people.clear_filter"),
        Binding("d", "delete", "Delete", show=False, id="people.delete"),
        Binding("u", "undo", "Undo", id="people.undo"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[ContactRow] = []
        self._by_id: dict[int, ContactRow] = {}
        self._index: FuzzyIndex[ContactRow] | None = None
        self._query = ""
        self._selected: int | None = None
        self._detail: ContactDetail | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="people-header", classes="pane-header")
        yield PlainInput(placeholder="Filter people (Esc clears)", id="people-filter", compact=True)
        yield EmptyState(
            "Nobody here yet",
            "The people in your search: recruiters, hiring managers, the friend who refers "
            "you. Keep what passed between you, and the follow-ups, in one place.",
            "Press [b]{people.add|a}[/b] to add someone.",
            id="people-empty",
        )
        with Horizontal(id="people-body"):
            yield PeopleList(id="people-list")
            yield PersonDetail(id="people-detail")
        yield Static(id="people-nomatch")

    def on_mount(self) -> None:
        self.query_one("#people-filter", Input).display = False
        self.query_one("#people-nomatch").display = False
        table = self.query_one(PeopleList)
        table.add_column("Name", key="name", width=20)
        table.add_column("In touch", key="last", width=8)
        table.add_column("Kind", key="kind", width=20)
        table.add_column("Company", key="company", width=16)

    def focus_target(self) -> PeopleList:
        return self.query_one(PeopleList)

    # --- Reading and drawing --------------------------------------------------------------

    def load(self) -> None:
        rows = people_service.list_contacts(self.bb_app.db)  # the base reports a failure
        self._rows = rows
        self._by_id = {r.id: r for r in rows}
        self._index = None
        self._draw()

    def _shown(self) -> list[ContactRow]:
        if not self._query:
            return self._rows
        if self._index is None:
            from bounceback_tui.domain.fuzzy import FuzzyIndex

            self._index = FuzzyIndex(self._rows, lambda r: r.search_text)
        return [row for row, _ in self._index.search(self._query)]

    def _draw(self) -> None:
        shown = self._shown()
        has_people = bool(self._rows)
        self.query_one("#people-empty").display = not has_people
        self.query_one("#people-body").display = has_people
        nomatch = self.query_one("#people-nomatch", Static)
        nomatch.display = has_people and not shown
        if has_people and not shown:
            nomatch.update(
                markup_with(
                    "Nobody matches “$query”. [b]Esc[/b] clears the filter.", query=self._query
                )
            )
        due = sum(1 for r in self._rows if r.next_follow_up and r.next_follow_up <= clock.today())
        header = markup_with(
            "[b]$count[/b] $noun",
            count=f"{len(self._rows):,}",
            noun="person" if len(self._rows) == 1 else "people",
        )
        if due:
            header += markup_with(" [dim]·[/dim] ") + plain(f"{due} to follow up", "$text-warning")
        self.query_one("#people-header", Static).update(header if has_people else plain(""))
        table = self.query_one(PeopleList)
        keep = self._selected
        table.clear()
        today = clock.today()
        for row in shown:
            last = ""
            if row.last_contacted:
                days = (today - row.last_contacted).days
                last = "today" if days == 0 else f"{days}d ago"
            table.add_row(
                plain(row.name),
                plain(last, "dim"),
                plain(row.kind.label, "dim"),
                plain(row.company),
                key=str(row.id),
            )
        if keep is not None and keep in {r.id for r in shown}:
            table.select_key(str(keep))
        self._sync_selection()

    @property
    def selected(self) -> ContactRow | None:
        return self._by_id.get(self._selected) if self._selected is not None else None

    def _sync_selection(self) -> None:
        key = self.query_one(PeopleList).selected_key
        self._selected = int(key) if key is not None else None
        self._detail = None
        if self._selected is not None:
            try:
                self._detail = people_service.contact_detail(self.bb_app.db, self._selected)
            except BouncebackError:
                self._detail = None
        self.query_one(PersonDetail).show(self._detail)
        self.sync_keys()

    def on_data_table_row_highlighted(self, event: ListTable.RowHighlighted) -> None:
        event.stop()
        self._sync_selection()

    def on_data_table_row_selected(self, event: ListTable.RowSelected) -> None:
        event.stop()
        self.action_edit()

    def select_item(self, item_id: int) -> bool:
        if item_id not in self._by_id:
            return False
        if self._query and item_id not in {r.id for r in self._shown()}:
            self._clear_query()
        self._selected = item_id
        self._draw()
        self.query_one(PeopleList).select_key(str(item_id))
        self.query_one(PeopleList).focus()
        self._sync_selection()
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _ON_PERSON and self.selected is None:
            return False
        if action == "open_link":
            return bool(self.selected and self.selected.link)
        if action == "unlink":
            return bool(self._detail and self._detail.applications)
        if action == "undo":
            return self.has_undo
        if action == "clear_filter":
            return bool(self._query) or self.query_one("#people-filter", Input).display
        if action == "filter":
            return bool(self._rows)
        return True

    # --- Filter -------------------------------------------------------------------------

    def action_filter(self) -> None:
        box = self.query_one("#people-filter", Input)
        box.display = True
        box.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "people-filter":
            return
        event.stop()
        self._query = event.value.strip()
        self._draw()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "people-filter":
            event.stop()
            if not self._query:
                event.input.display = False
            self.focus_target().focus()

    def _clear_query(self) -> None:
        box = self.query_one("#people-filter", Input)
        with box.prevent(Input.Changed):
            box.value = ""
        box.display = False
        self._query = ""

    def action_clear_filter(self) -> None:
        self._clear_query()
        self._draw()
        self.focus_target().focus()

    # --- Adding, editing, deleting -------------------------------------------------------

    def _after_change(self, contact_id: int | None) -> None:
        if contact_id is not None:
            self._selected = contact_id
        self.reload()
        if contact_id is not None and contact_id in self._by_id:
            self.select_item(contact_id)
        self.focus_target().focus()

    def _stale(self, exc: ConflictError) -> None:
        self.notify(markup_with("Nothing changed: $error", error=exc), severity="warning")
        self._after_change(None)

    def action_add(self) -> None:
        self._open_form(None)

    def action_edit(self) -> None:
        if self.selected is not None:
            self._open_form(self.selected)

    def _open_form(self, row: ContactRow | None) -> None:
        from bounceback_tui.ui.kit.form import FormScreen, SaveGuard

        db = self.bb_app.db
        guard = SaveGuard(row.version) if row is not None else None

        def submit(values: dict[str, str]) -> int:
            data = validate_contact(values, clock.today())
            if row is not None and guard is not None and not guard.as_new:
                people_edits.update_contact(db, row.id, data, expected_version=guard.version)
                return row.id
            return people_edits.add_contact(db, data)

        def reload() -> tuple[dict[str, str], int] | None:
            assert row is not None
            try:
                fresh = people_service.get_contact(db, row.id)
            except BouncebackError:
                return None
            return fresh.form_values(), fresh.version

        def closed(result: int | None) -> None:
            if result is None:
                self.refresh_if_stale()
                return
            self._after_change(result)
            name = self._by_id[result].name if result in self._by_id else ""
            verb = "Saved" if row is not None else "Added"
            self.notify(markup_with("$verb: $name", verb=verb, name=name))

        self.app.push_screen(
            FormScreen(
                "Edit person" if row is not None else "New person",
                contact_fields(row.form_values() if row is not None else None),
                submit,
                guard=guard,
                reload=reload if row is not None else None,
            ),
            closed,
        )

    def action_delete(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        row = self.selected
        if row is None:
            return
        try:
            links = people_edits.contact_links(self.bb_app.db, row.id)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error")
            return
        detail = plain("You can undo with u straight after.")
        if links.applications or links.interactions or links.interviews:
            detail = plain(
                f"They are linked to {links.applications} application(s) and "
                f"{links.interviews} interview(s). The applications keep their log with "
                "the name in it; lines about this person alone go. u undoes it straight after."
            )

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                deleted = people_edits.delete_contact(
                    self.bb_app.db, row.id, expected_version=row.version
                )
            except ConflictError as exc:
                self._stale(exc)
                return
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error")
                return
            self.remember_undo(deleted)
            self._selected = None
            self._after_change(None)
            self.notify(markup_with("Deleted $name. Press [b]u[/b] to undo.", name=row.name))

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Delete $name?", name=row.name), detail, confirm_label="Delete"
            ),
            answered,
        )

    def action_undo(self) -> None:
        deleted = self.undo_entry()
        if deleted is None:
            return
        assert isinstance(deleted, people_edits.DeletedContact)
        self.forget_undo(deleted)
        try:
            people_edits.restore_contact(self.bb_app.db, deleted)
        except BouncebackError as exc:
            self.report(exc)
            return
        self.reload()
        back = next((r.id for r in self._rows if r.name == deleted.name), None)
        self._after_change(back)
        self.notify(markup_with("Brought back $name.", name=deleted.name))

    def action_open_link(self) -> None:
        if self.selected is not None and self.selected.link:
            self.bb_app.open_url(self.selected.link)

    # --- Applications ----------------------------------------------------------------------

    def _linked(self) -> list[tuple[int, str]]:
        if self._detail is None:
            return []
        return [(a.id, f"{a.company} — {a.role}") for a in self._detail.applications]

    def action_link(self) -> None:
        from bounceback_tui.ui.people.pick import PickScreen

        row = self.selected
        if row is None:
            return
        try:
            choices = people_edits.application_choices(self.bb_app.db, row.id)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="error")
            return
        items = [(c.id, f"{c.company} — {c.role}", c.stage.label) for c in choices if not c.linked]

        def chosen(app_id: int | None) -> None:
            if app_id is None:
                return
            try:
                people_edits.link_application(self.bb_app.db, row.id, app_id)
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error")
                return
            self._after_change(row.id)
            company = next((c.company for c in choices if c.id == app_id), "")
            self.notify(markup_with("Linked $name to $company.", name=row.name, company=company))

        self.app.push_screen(
            PickScreen(f"Link {row.name} to an application", items, "No other applications."),
            chosen,
        )

    def action_unlink(self) -> None:
        from bounceback_tui.ui.people.pick import PickScreen

        row = self.selected
        linked = self._linked()
        if row is None or not linked:
            return

        def chosen(app_id: int | None) -> None:
            if app_id is None:
                return
            try:
                people_edits.unlink_application(self.bb_app.db, row.id, app_id)
            except BouncebackError as exc:
                self.notify(plain(exc), severity="error")
                return
            self._after_change(row.id)
            self.notify("Unlinked. The log keeps what happened.")

        self.app.push_screen(
            PickScreen(f"Take {row.name} off an application", [(i, t, "") for i, t in linked], ""),
            chosen,
        )

    # --- The log, interviews and messages ------------------------------------------------------

    def action_log(self) -> None:
        from bounceback_tui.ui.kit.form import FormScreen

        row = self.selected
        if row is None:
            return
        linked = self._linked()
        db = self.bb_app.db

        def submit(values: dict[str, str]) -> str:
            data = validate_interaction(values, clock.today())
            about = values.get("application") or NO_APPLICATION
            app_id = None if about == NO_APPLICATION else int(about)
            return (
                people_log.log_interaction(
                    db, data, application_id=app_id, contact_id=row.id
                ).ticked_step
                or ""
            )

        def closed(ticked: str | None) -> None:
            if ticked is None:
                return
            self._after_change(row.id)
            if ticked:
                self.notify(markup_with("Logged, and ticked “$step” in your plan.", step=ticked))
            else:
                self.notify("Logged.")

        self.app.push_screen(
            FormScreen(
                markup_with("Log: $name", name=row.name),
                interaction_fields(linked, linked[0][0] if len(linked) == 1 else None),
                submit,
            ),
            closed,
        )

    def action_interview(self) -> None:
        from bounceback_tui.ui.kit.form import FormScreen

        row = self.selected
        if row is None:
            return
        linked = self._linked()
        if not linked:
            self.notify("Link an application first (l): an interview belongs to one.")
            return
        db = self.bb_app.db

        def submit(values: dict[str, str]) -> int:
            data = validate_interview(values, clock.today())
            try:
                app_id = int(values.get("application") or "")
            except ValueError:
                raise ValidationError.single("application", "Pick the application.") from None
            return interview_service.add_interview(db, app_id, data, (row.id,))

        def closed(result: int | None) -> None:
            if result is None:
                return
            self._after_change(row.id)
            self.notify("Interview saved. It is on Today and in the calendar export.")

        self.app.push_screen(
            FormScreen(
                markup_with("Interview with $name", name=row.name),
                interview_fields(linked),
                submit,
            ),
            closed,
        )

    def action_message(self) -> None:
        from bounceback_tui.domain.messages import MessageKind
        from bounceback_tui.ui.people.pick import PickScreen

        row = self.selected
        linked = self._linked()
        if row is None:
            return
        if not linked:
            self.notify("Link an application first (l): a message is about one.")
            return
        kinds = list(MessageKind)

        def kind_chosen(index: int | None) -> None:
            if index is None:
                return
            kind = kinds[index]
            if len(linked) == 1:
                open_message(self, kind, linked[0][0], row.id)
                return
            self.app.push_screen(
                PickScreen("About which application?", [(i, t, "") for i, t in linked], ""),
                lambda app_id: open_message(self, kind, app_id, row.id) if app_id else None,
            )

        self.app.push_screen(
            PickScreen(
                f"A message to {row.name}", [(n, k.label, "") for n, k in enumerate(kinds)], ""
            ),
            kind_chosen,
        )


def open_message(pane: AppPane, kind: object, application_id: int, contact_id: int | None) -> None:
    """Open the draft of ``kind`` for an application (from People, Recovery or Today)."""
    from bounceback_tui.domain.messages import MessageKind
    from bounceback_tui.services import messages as message_service
    from bounceback_tui.ui.people.message import MessageScreen

    assert isinstance(kind, MessageKind)
    try:
        view = message_service.draft_for(
            pane.bb_app.db, kind, application_id, contact_id=contact_id
        )
    except BouncebackError as exc:
        pane.notify(plain(exc), severity="error")
        return

    def closed(ticked: str | None) -> None:
        if ticked is None:
            return
        pane.reload()
        if ticked:
            pane.notify(markup_with("Marked as sent, and ticked “$step”.", step=ticked))
        else:
            pane.notify("Marked as sent, and logged.")

    pane.app.push_screen(MessageScreen(view), closed)
