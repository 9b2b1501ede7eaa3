"""The People pane's list and what goes with it: reading the people, drawing the list and
the header, the selected person's detail, the filter, and which keys apply when.

The flows that change something are mixins beside it (person_edits.py, application_links.py,
log_keys.py); ui/people/pane.py puts them together with the keys and the layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.widgets import Input, Static

# The app imports the ORM in a worker after the first paint; importing the same module
# first makes this thread wait for it (see ui/skills/pane.py).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui import clock
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import people as people_service
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.people.detail import PersonDetail

if TYPE_CHECKING:
    from bounceback_tui.domain.fuzzy import FuzzyIndex
    from bounceback_tui.services.people import ContactDetail, ContactRow

_ON_PERSON = {"edit", "delete", "link", "unlink", "log", "interview", "message", "open_link"}


class PeopleList(ListTable):
    """The people, one row each: name, kind, company, last in touch."""


class PeopleListing(AppPane):
    """The list, the filter and the detail; the keys that change something are mixins."""

    STATEFUL_ACTIONS = (*sorted(_ON_PERSON), "undo", "clear_filter", "filter")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[ContactRow] = []
        self._by_id: dict[int, ContactRow] = {}
        self._index: FuzzyIndex[ContactRow] | None = None
        self._query = ""
        self._selected: int | None = None
        self._detail: ContactDetail | None = None

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

    # --- Changes: the mixins call these, and override these ------------------------------

    def action_edit(self) -> None:
        """Enter on a person: their form (person_edits.py)."""

    def _after_change(self, contact_id: int | None) -> None:
        if contact_id is not None:
            self._selected = contact_id
        self.reload()
        if contact_id is not None and contact_id in self._by_id:
            self.select_item(contact_id)
        self.focus_target().focus()

    def _linked(self) -> list[tuple[int, str]]:
        if self._detail is None:
            return []
        return [(a.id, f"{a.company} — {a.role}") for a in self._detail.applications]
