"""The People pane's list and what goes with it: reading the people, drawing the list and
the header, the selected person's detail, the filter, and which keys apply when.

The flows that change something are mixins beside it (person_edits.py, application_links.py,
log_keys.py); ui/people/pane.py puts them together with the keys and the layout.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

# The app imports the ORM in a worker after the first paint; importing the same module
# first makes this thread wait for it (see ui/skills/pane.py).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui import clock
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.text import app_name
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import people as people_service
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.key_text import esc_of
from bounceback_tui.ui.kit.list_filter import FilteredListPane
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.people.detail import PersonDetail
from bounceback_tui.ui.people.people_list import PeopleList

if TYPE_CHECKING:
    from bounceback_tui.services.people import ContactDetail, ContactRow

_ON_PERSON = {
    "edit",
    "delete",
    "link",
    "unlink",
    "log",
    "edit_log",
    "interview",
    "edit_interview",
    "message",
    "open_link",
}


class PeopleListing(FilteredListPane, AppPane):
    """The list, the filter and the detail; the keys that change something are mixins."""

    STATEFUL_ACTIONS = (*sorted(_ON_PERSON), "undo", "clear_filter", "filter")

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Every person as read, and the few the filter lets through (best match first).
        self._model: ListModel[ContactRow, int] = ListModel(
            lambda row: row.id,
            lambda row: row.search_text,
            ranked=True,
            names_of=lambda row: f"{row.name}, {row.company}, {row.role}",  # their initials
        )
        self._selected: int | None = None
        self._header_figures = plain("")  # what follows the count: "· 2 to follow up"
        self._detail: ContactDetail | None = None

    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one("#people-filter-bar", FilterBar)

    @property
    def people_list(self) -> PeopleList:
        return self.query_one(PeopleList)

    def focus_target(self) -> PeopleList:
        return self.people_list

    # --- Reading and drawing --------------------------------------------------------------

    @property
    def _rows(self) -> list[ContactRow]:
        return self._model.items

    @property
    def has_people(self) -> bool:
        """Whether anyone is in People, as last read (the palette's person commands)."""
        return bool(self._rows)

    def load(self) -> None:
        rows = people_service.list_contacts(self.bb_app.db)  # the base reports a failure
        self._model.replace(rows)
        self._draw()

    def _draw_filter_state(self) -> None:
        """The header's count and the no-match line: both say what the filter is doing now,
        so they follow every change of its text, not only changes of the rows shown."""
        rows, shown = self._rows, self._model.visible
        has_people = bool(rows)
        nomatch = self.query_one("#people-nomatch", Static)
        nomatch.display = has_people and not shown
        if has_people and not shown:
            nomatch.update(
                toast_with(
                    "Nobody matches “$query”. [b]$clear[/b] clears the filter.",
                    query=self._model.text.strip(),
                    clear=esc_of(self.app, "people.clear_filter"),
                )
            )
        noun = "person" if len(rows) == 1 else "people"
        if self._model.is_filtered:
            count = markup_with(
                "[b]$shown[/b] of $count $noun",
                shown=f"{len(shown):,}",
                count=f"{len(rows):,}",
                noun=noun,
            )
        else:
            count = markup_with("[b]$count[/b] $noun", count=f"{len(rows):,}", noun=noun)
        header = self.query_one("#people-header", Static)
        header.update(Content.assemble(count, self._header_figures) if has_people else plain(""))

    def _draw(self) -> None:
        shown = self._model.visible
        rows = self._rows
        has_people = bool(rows)
        self.query_one("#people-empty").display = not has_people
        self.query_one("#people-body").display = has_people
        due = sum(1 for r in rows if r.next_follow_up and r.next_follow_up <= clock.today())
        self._header_figures = (
            markup_with(" [dim]·[/dim] ") + plain(f"{due:,} to follow up", "$text-warning")
            if due
            else plain("")
        )
        self._draw_filter_state()
        keep = (
            self._selected
            if self._selected is not None and self._model.shows(self._selected)
            else None
        )
        self.people_list.set_items(shown, keep=keep, or_first=keep is None)
        self._sync_selection()

    @property
    def selected(self) -> ContactRow | None:
        return self._model.find(self._selected) if self._selected is not None else None

    def _sync_selection(self) -> None:
        key = self.people_list.selected_key
        self._selected = key if isinstance(key, int) else None
        self._detail = None
        if self._selected is not None:
            try:
                self._detail = people_service.contact_detail(self.bb_app.db, self._selected)
            except BouncebackError:
                self._detail = None
        self.query_one(PersonDetail).show(self._detail)
        self.sync_keys()

    def on_virtual_list_highlighted(self, event: VirtualList.Highlighted[ContactRow]) -> None:
        event.stop()
        if event.key != self._selected or self._detail is None:
            self._sync_selection()

    def on_virtual_list_selected(self, event: VirtualList.Selected[ContactRow]) -> None:
        event.stop()
        self.action_edit()

    def select_item(self, item_id: int) -> bool:
        if self._model.find(item_id) is None:
            return False
        if not self._model.shows(item_id):
            self._clear_query()
        self._selected = item_id
        self._draw()
        self.people_list.select_key(item_id)
        self.people_list.focus()
        self._sync_selection()
        return True

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in _ON_PERSON and self.selected is None:
            return False
        if action == "open_link":
            # Off the bar: with no link it says so (it did nothing, a stranger's walk).
            return self.selected is not None
        if action == "unlink":
            return bool(self._detail and self._detail.applications)
        if action == "edit_interview":
            return bool(self._detail and self._detail.interviews)
        if action == "undo":
            return self.has_undo
        if action == "clear_filter":
            return self._model.is_filtered or self.filter_bar.is_open
        return True

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | Content | None:
        """A person's key with nobody to act on says so (kit/refused_keys.py): `n` and `m`
        on a fresh store did nothing at all (a newcomer's walk)."""
        if action in _ON_PERSON and self.selected is None:
            if not self._rows:
                add = self.bb_app.key_label("people.add", "a")
                return plain(f"Add a person first ({add}).")
            if not self._model.visible:
                clear = esc_of(self.app, "people.clear_filter")
                return plain(f"Nobody matches the filter: {clear} clears it.")
            return "Pick a person first."
        return super().refused_key_note(action, parameters)

    # --- Filter -------------------------------------------------------------------------

    def action_filter(self) -> None:
        self.open_filter()
        self.sync_keys()

    # --- Changes: the mixins call these, and override these ------------------------------

    def action_edit(self) -> None:
        """Enter on a person: their form (person_edits.py)."""

    def _after_change(self, contact_id: int | None) -> None:
        if contact_id is not None:
            self._selected = contact_id
        self.reread()
        if contact_id is not None and self._model.find(contact_id) is not None:
            self.select_item(contact_id)
        self.focus_target().focus()

    def _linked_picks(self) -> list[tuple[int, str, str]]:
        """(id, "Company (Role)", stage) of each linked application, for a picker: two at
        one company for one role are told apart by their stage."""
        if self._detail is None:
            return []
        return [
            (a.id, app_name(a.company, a.role), a.stage.label) for a in self._detail.applications
        ]

    def _linked(self) -> list[tuple[int, str]]:
        """(id, "Company (Role) · Stage") of each linked application, for a form's choice."""
        return [(i, f"{label} · {stage}") for i, label, stage in self._linked_picks()]

    def _linked_open(self) -> list[int]:
        """The linked applications an interview ahead can be added to: not rejected, not
        withdrawn (domain/interviews.CALLED_OFF_STAGES)."""
        from bounceback_tui.domain.interviews import CALLED_OFF_STAGES

        applications = self._detail.applications if self._detail is not None else ()
        return [a.id for a in applications if a.stage.value not in CALLED_OFF_STAGES]

    def _linked_in_play(self) -> int | None:
        """The first linked application not closed yet, if any."""
        from bounceback_tui.domain.stages import CLOSED_STAGES

        applications = self._detail.applications if self._detail is not None else ()
        return next((a.id for a in applications if a.stage not in CLOSED_STAGES), None)
