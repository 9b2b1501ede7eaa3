"""Skills: an improvement backlog fed by feedback and reflection.

A board (todo, doing, done) or an ordered list, toggled with `v`. Everything the pane
shows comes from services.skills; every key that changes something is one transaction.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import ContentSwitcher, Static

# Before services.skills, as in listing.py (the ORM imports in a worker thread).
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.skills.board import SkillBoard, SkillList
from bounceback_tui.ui.skills.delete_undo import DeleteAndUndo
from bounceback_tui.ui.skills.detail import SkillDetail, SkillSuggestionBar
from bounceback_tui.ui.skills.item_forms import ItemForms
from bounceback_tui.ui.skills.links import ItemLinks
from bounceback_tui.ui.skills.listing import BOARD, SkillsListing
from bounceback_tui.ui.skills.status_moves import StatusMoves
from bounceback_tui.ui.skills.suggestions import SuggestionKeys

if TYPE_CHECKING:
    pass


class SkillsPane(ItemForms, StatusMoves, DeleteAndUndo, ItemLinks, SuggestionKeys, SkillsListing):
    """The Skills pane: its keys and layout; each flow is a module of its own (see listing)."""

    PANE_ID = "skills"
    UNREAD_WHAT = "your skills"
    ROW_TABLE = "skill"
    # The key bar's labels when it is short of room (ui/kit/key_bar.py).
    BAR_LABELS: ClassVar[dict[str, str]] = {
        "skills.clear_filter": "Filter",
        "skills.accept_suggestion": "Suggested",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "add", "Add", id="skills.add"),
        Binding("e", "edit", "Edit", id="skills.edit"),
        Binding("space", "advance", "Advance", id="skills.advance"),
        Binding(
            "left_square_bracket",
            "move_status(-1)",
            "Status back",
            show=False,
            id="skills.status_back",
        ),
        Binding(
            "right_square_bracket",
            "move_status(1)",
            "Status forward",
            show=False,
            id="skills.status_forward",
        ),
        Binding("K", "move_priority(-1)", "Priority up", show=False, id="skills.priority_up"),
        Binding("J", "move_priority(1)", "Priority down", show=False, id="skills.priority_down"),
        Binding("v", "toggle_view", "View", id="skills.view"),
        Binding("slash", "filter", "Filter", id="skills.filter"),
        Binding("escape", "clear_filter", "Clear filter", id="skills.clear_filter"),
        Binding("o", "open_link", "Open link", show=False, id="skills.open_link"),
        Binding("s", "open_source", "Open source", show=False, id="skills.open_source"),
        Binding("d", "delete", "Delete", show=False, id="skills.delete"),
        Binding("u", "undo", "Undo", id="skills.undo"),
        Binding("A", "accept_suggestion", "Add suggested", id="skills.accept_suggestion"),
        Binding("X", "dismiss_suggestion", "Not this one", show=False, id="skills.dismiss"),
    ]

    # --- Layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="skills-header", classes="pane-header")
        yield SkillSuggestionBar(id="skills-suggestion")
        yield FilterBar(
            "Filter skills (Esc clears)", id="skills-filter-bar", input_id="skills-filter"
        )
        yield EmptyState(
            "Your skills backlog is empty",
            "A rejection is information. Turn what you learn from feedback and reflection into a "
            "short list of skills to grow, and work through it one at a time.",
            "Press [b]{skills.add|a}[/b] to add one, or [b]{recovery.skill|s}[/b] on a reflection "
            "or feedback answer in Recovery ([b]{pane.recovery|3}[/b]).",
            id="skills-empty",
        )
        with Vertical(id="skills-body"):
            with ContentSwitcher(initial=BOARD, id="skills-views"):
                yield SkillBoard(id=BOARD)
                yield SkillList()
            yield Static(id="skills-nomatch")
            yield SkillDetail(id="skills-detail")

    def on_mount(self) -> None:
        self.query_one("#skills-nomatch").display = False
