"""People (key 6): the people a search involves, what passed between you, and what is next.

A list with a fuzzy filter on the left, the selected person's detail on the right. Every
key that changes something is one transaction through services.people_edits,
services.interviews or services.messages; edits and deletes name the version they read.
The list and filter are in listing.py; each flow is a module of its own (person_edits.py,
application_links.py, log_keys.py, log_edits.py).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Static

from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.people.application_links import ApplicationLinks
from bounceback_tui.ui.people.detail import PersonDetail
from bounceback_tui.ui.people.log_edits import LogEdits
from bounceback_tui.ui.people.log_keys import LogKeys
from bounceback_tui.ui.people.message import open_message
from bounceback_tui.ui.people.people_list import PeopleList
from bounceback_tui.ui.people.person_edits import PersonEdits

__all__ = ["PeoplePane", "open_message"]  # Today and Recovery open a draft through this


class PeoplePane(PersonEdits, ApplicationLinks, LogKeys, LogEdits):
    PANE_ID = "people"
    UNREAD_WHAT = "your people"
    ROW_TABLE = "contact"
    ROW_CHILDREN = frozenset({"interaction", "interview"})  # shown with their person
    ROW_WORDS = "its person"
    # The key bar's labels when it is short of room (ui/kit/key_bar.py); keys sharing one
    # share a place on it.
    BAR_LABELS: ClassVar[dict[str, str]] = {
        "people.link": "Link",
        "people.clear_filter": "Filter",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="people.add"),
        # Off the bar, for `t` to the details: Enter on a person edits them too.
        Binding("e,enter", "edit", "Edit", show=False, id="people.edit"),
        Binding("l", "link", "Link application", id="people.link"),
        Binding("L", "unlink", "Unlink", show=False, id="people.unlink"),
        Binding("i", "log", "Log", id="people.log"),
        # Off the bar (its room is the other keys'): `?` and the docs list it.
        Binding("I", "edit_log", "Edit log", show=False, id="people.edit_log"),
        Binding("n", "interview", "Interview", id="people.interview"),
        # Off the bar, as on the Pipeline: the details name it beside the person's
        # interviews. On it, short of room, it shared "Interview" with `n`: "n N Interview"
        # said neither which key schedules nor which changes one.
        Binding("N", "edit_interview", "Edit interview", show=False, id="people.edit_interview"),
        Binding("m", "message", "Message", id="people.message"),
        Binding("o", "open_link", "Open link", show=False, id="people.open_link"),
        Binding("slash", "filter", "Filter", id="people.filter"),
        Binding("escape", "clear_filter", "Clear filter", id="people.clear_filter"),
        Binding("d", "delete", "Delete", show=False, id="people.delete"),
        Binding("u", "undo", "Undo", id="people.undo"),
    ]

    def row_named(self, row: object) -> str:
        """A person as notes name them: their name."""
        return str(getattr(row, "name", ""))

    def compose(self) -> ComposeResult:
        yield Static(id="people-header", classes="pane-header")
        yield FilterBar(
            "Filter people (Esc clears)", id="people-filter-bar", input_id="people-filter"
        )
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
        self.query_one("#people-nomatch").display = False
