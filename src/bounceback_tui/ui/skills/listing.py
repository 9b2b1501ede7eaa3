"""The Skills backlog on screen: read, filtered, shown as a board or a list with the item
under the cursor in detail; which keys apply, and what follows a change.

The base of ``SkillsPane`` (ui/skills/pane.py); what the keys do to an item lives beside it,
one module a flow: item_forms, status_moves, delete_undo, links, suggestions.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING

from rich.style import Style
from textual import events
from textual.content import Content
from textual.widgets import ContentSwitcher, Static

# The app imports the ORM in a worker thread after the first paint. Importing that same
# module first makes this thread wait for it, instead of importing SQLAlchemy alongside it
# (two threads importing SQLAlchemy at once can fail with "partially initialized module").
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui import clock
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.skills import (
    SkillStatus,
    over_doing_limit,
)
from bounceback_tui.domain.wording import noun_for, number
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import skill_progress, skill_suggestions
from bounceback_tui.services import skills as skill_service
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.key_text import esc_of
from bounceback_tui.ui.kit.list_filter import FilteredListPane
from bounceback_tui.ui.kit.text import markup_with, plain, toast_with
from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.skills.board import SkillBoard, SkillColumn, SkillLines, SkillList
from bounceback_tui.ui.skills.detail import SkillDetail, SkillSuggestionBar

if TYPE_CHECKING:
    from bounceback_tui.services.skill_progress import SkillProgress
    from bounceback_tui.services.skill_suggestions import SoftSkillSuggestion
    from bounceback_tui.services.skills import SkillRow


BOARD, LIST = "board", "list"
_COLUMN = {SkillStatus.TODO: "To do", SkillStatus.DOING: "Doing", SkillStatus.DONE: "Done"}


# Pane heights below this (an 80x24 terminal gives about 20) use the compact layout.
COMPACT_BELOW = 24
# Below this (90x14 gives 10 rows) the detail card steps aside too: with the header and a
# suggestion it left the lanes no row (the random walk at 90x14, seed 9202); `e` shows it all.
TINY_BELOW = 16
# Actions that need an item under the cursor.
_ON_ITEM = {"edit", "advance", "move_status", "move_priority", "delete", "open_link", "open_source"}


def _search_text(row: SkillRow) -> str:
    return row.search_text


def _names(row: SkillRow) -> str:
    """A skill's title and where it came from are names: found by their initials whatever
    their case ("sdi" for "System design interviews"), as an application's are."""
    return f"{row.title}, {row.company}, {row.role}"


class SkillsListing(FilteredListPane, AppPane):
    """Reading and showing the items; the actions are in the flows' modules."""

    STATEFUL_ACTIONS = (
        *sorted(_ON_ITEM - {"move_status"}),
        ("move_status", (-1,)),
        ("move_status", (1,)),
        "clear_filter",
        "undo",
        "accept_suggestion",
        "dismiss_suggestion",
        "toggle_view",
        "filter",
    )

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Every item in priority order, and those the filter lets through.
        self._model: ListModel[SkillRow, int] = ListModel(
            lambda row: row.id, _search_text, names_of=_names
        )
        self._view = BOARD
        self._view_loaded = False
        self._status = SkillStatus.TODO  # the board column last in use
        self._selected: int | None = None
        self._progress: SkillProgress | None = None
        self._suggestions: list[SoftSkillSuggestion] = []

    @property
    def filter_bar(self) -> FilterBar:
        return self.query_one("#skills-filter-bar", FilterBar)

    def focus_target(self) -> SkillLines:
        return self._active_table()

    def _active_table(self) -> SkillLines:
        if self._view == BOARD:
            return self.query_one(SkillBoard).column(self._status)
        return self.query_one("#skills-list", SkillList)

    @property
    def _warn(self) -> Style:
        color = self.app.theme_variables.get("text-warning") or "yellow"
        try:
            return Style.parse(f"bold {color}")
        except Exception:
            return Style(bold=True, color="yellow")

    # --- Loading and drawing ------------------------------------------------------------

    def load(self) -> None:
        # A store that cannot be read raises here: Pane.reload says why and keeps what is shown.
        db = self.bb_app.db
        today = clock.today()
        if not self._view_loaded:
            from bounceback_tui.services.settings import read_setting

            self._set_view(BOARD if read_setting(db, "skills_view") != LIST else LIST)
            self._view_loaded = True
        rows = skill_service.list_skills(db)
        progress = skill_progress.skill_progress(db, today)
        suggestions = skill_suggestions.soft_skill_suggestions(db, today)
        self._progress, self._suggestions = progress, suggestions
        self._model.replace(rows)
        self._draw()

    @property
    def _rows(self) -> list[SkillRow]:
        """Every item, in priority order."""
        return self._model.items

    def _shown_rows(self) -> list[SkillRow]:
        return list(self._model.visible)

    def _find(self, skill_id: int | None) -> SkillRow | None:
        return None if skill_id is None else self._model.find(skill_id)

    def _draw(self) -> None:
        today = clock.today()
        rows = self._shown_rows()
        has_items = bool(self._rows)
        self.query_one("#skills-empty").display = not has_items
        self.query_one("#skills-body").display = has_items
        self.query_one(SkillSuggestionBar).show(self._suggestions)
        self.query_one("#skills-header", Static).update(self._header_content())
        nomatch = self.query_one("#skills-nomatch", Static)
        nomatch.display = has_items and not rows
        if not rows and has_items:
            nomatch.update(
                toast_with(
                    "Nothing matches “$query”. [b]$clear[/b] clears the filter.",
                    query=self._model.text.strip(),
                    clear=esc_of(self.app, "skills.clear_filter"),
                )
            )
        if self._view == BOARD:
            if self._model.is_filtered and rows and not any(r.status is self._status for r in rows):
                # The column the cursor was in has no match: the first that has one, so Enter
                # in the filter lands on a match, not on an empty column (a newcomer's walk).
                self._status = next(s for s in SkillStatus if any(r.status is s for r in rows))
            self.query_one(SkillBoard).show(
                rows, today, self._column_titles(), self._warn, filtered=self._model.is_filtered
            )
        else:
            self.query_one("#skills-list", SkillList).show(
                rows, today, self._warn, ranked=self._rows
            )
        if self._selected is not None and self._model.shows(self._selected):
            self._place_cursor(self._selected)
        self._sync_selection()

    def _header_content(self) -> Content:
        p = self._progress
        if p is None or p.total == 0:
            return Content("")  # the empty state says it all
        doing = markup_with(
            "[b]$doing[/b] of $limit in progress", doing=p.doing, limit=p.doing_limit
        )
        if over_doing_limit(p.doing, p.doing_limit):
            doing = doing.stylize("$text-warning")
        parts = [
            markup_with(
                "[b]$total[/b] $noun", total=number(p.total), noun=noun_for(p.total, "item")
            ),
            doing,
            markup_with(
                "[b]$month[/b] done this month, [b]$done[/b] in all",
                month=number(p.done_this_month),
                done=number(p.done),
            ),
        ]
        if p.overdue:
            # Past their target day, said as Today says it: "1 late", not "1 overdue".
            parts.append(plain(f"{number(p.overdue)} late", "$text-warning"))
        dot = markup_with(" · ")
        header = dot.join(parts)
        if not self.has_class("-compact"):
            kinds = dot.join(
                plain(f"{k.kind.label} {number(k.done)}/{number(k.total)}") for k in p.by_kind
            )
            header += markup_with("\nDone by kind  ") + kinds
        return header

    def _column_titles(self) -> dict[SkillStatus, str]:
        """Each column's title and count ("To do · 1,297": it read "1297" on a big backlog),
        the count written by ``domain/wording.number`` as everywhere."""
        rows = self._shown_rows()
        counts = {s: 0 for s in SkillStatus}
        for row in rows:
            counts[row.status] += 1
        limit = self._progress.doing_limit if self._progress else 3
        if self._model.is_filtered:  # "1 of 3" read as one of three matches
            return {s: f"{_COLUMN[s]} · {number(counts[s])} shown" for s in SkillStatus}
        return {
            SkillStatus.TODO: f"To do · {number(counts[SkillStatus.TODO])}",
            SkillStatus.DOING: f"Doing · {number(counts[SkillStatus.DOING])} of {number(limit)}",
            SkillStatus.DONE: f"Done · {number(counts[SkillStatus.DONE])}",
        }

    def on_resize(self, event: events.Resize) -> None:
        # A short terminal (80x24) drops the per-kind line and tightens the boxes.
        compact = event.size.height < COMPACT_BELOW
        self.set_class(event.size.height < TINY_BELOW, "-tiny")
        if compact != self.has_class("-compact"):
            self.set_class(compact, "-compact")
            self.query_one("#skills-header", Static).update(self._header_content())

    # --- Selection ----------------------------------------------------------------------

    @property
    def selected(self) -> SkillRow | None:
        return self._find(self._selected)

    def _sync_selection(self) -> None:
        """Read the item under the active table's cursor into the detail and the footer."""
        row = self._active_table().selected
        self._selected = row.id if row is not None else None
        self.query_one(SkillDetail).show(self.selected, clock.today())
        self.sync_keys()

    def _place_cursor(self, skill_id: int) -> bool:
        row = self._find(skill_id)
        if row is None:
            return False
        if self._view == BOARD:
            self._status = row.status
        return self._active_table().select_key(skill_id)

    def _show(self, skill_id: int) -> None:
        """The cursor on ``skill_id``, a filter hiding it cleared first."""
        if not self._model.shows(skill_id):
            self._clear_query()
            self._draw()
        self._place_cursor(skill_id)

    def select_item(self, skill_id: int) -> bool:
        """Show one item (Today jumps here for skills in progress); clears a filter hiding it."""
        if self._find(skill_id) is None:
            return False
        self._show(skill_id)
        self._active_table().focus()
        self._sync_selection()
        return True

    def on_virtual_list_highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        if event.virtual_list is self._active_table():
            self._sync_selection()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, SkillColumn) and event.widget.status is not self._status:
            self._status = event.widget.status
            self._sync_selection()

    def on_skill_column_step(self, event: SkillColumn.Step) -> None:
        order = list(SkillStatus)
        index = order.index(event.column.status) + event.delta
        if 0 <= index < len(order):
            self._status = order[index]
            self._active_table().focus()
            self._sync_selection()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        row = self.selected
        if action in _ON_ITEM and row is None:
            return False
        if action == "advance" and row is not None and row.status is SkillStatus.DONE:
            return None
        if action == "move_status" and row is not None:
            step = parameters[0] if parameters and isinstance(parameters[0], int) else 1
            at_end = SkillStatus.TODO if step < 0 else SkillStatus.DONE
            return None if row.status is at_end else True
        if action == "move_priority" and row is not None and row.status is SkillStatus.DONE:
            return False
        if action == "clear_filter":
            return self._model.is_filtered or self.filter_bar.is_open
        if action in ("accept_suggestion", "dismiss_suggestion"):
            return bool(self._suggestions)
        if action == "toggle_view":
            return bool(self._rows)
        return super().check_action(action, parameters)

    # --- Views and filter ---------------------------------------------------------------

    def _set_view(self, view: str) -> None:
        self._view = view
        self.query_one("#skills-views", ContentSwitcher).current = (
            BOARD if view == BOARD else "skills-list"
        )

    def action_toggle_view(self) -> None:
        selected = self._selected
        self._set_view(LIST if self._view == BOARD else BOARD)
        from bounceback_tui.services.settings import save_setting

        # If the store cannot be written the view still switches; it is only not remembered.
        with suppress(BouncebackError):
            save_setting(self.bb_app.db, "skills_view", self._view)
        self._draw()
        if selected is not None:
            self._place_cursor(selected)
        self._active_table().focus()
        self._sync_selection()

    def action_filter(self) -> None:
        self.open_filter()
        self.sync_keys()

    # --- After a change ----------------------------------------------------------

    def _after_change(self, skill_id: int | None) -> None:
        """Re-read everything, then put the cursor (and focus) back on the item."""
        if skill_id is not None:
            self._selected = skill_id
        self.reread()
        if self._find(skill_id) is not None:
            assert skill_id is not None
            self._show(skill_id)
        self._active_table().focus()
        self._sync_selection()

    def _after_move(self, *skill_ids: int) -> None:
        """After a status or priority move: re-read only the items that moved (and the
        counts), not the whole backlog, so the key stays quick on a large store."""
        db = self.bb_app.db
        try:
            fresh = {row.id: row for row in skill_service.get_skills(db, skill_ids)}
            self._progress = skill_progress.skill_progress(db, clock.today())
        except BouncebackError as exc:
            self.report(exc)
            return
        # Moved items get their new values; one deleted meanwhile drops out.
        rows = [row for row in self._rows if row.id not in skill_ids]
        rows += fresh.values()
        rows.sort(key=lambda row: (row.priority, row.id))
        self._model.replace(rows)
        self._selected = skill_ids[0]
        self._draw()
        self._place_cursor(skill_ids[0])
        self._active_table().focus()
        self._sync_selection()
        self.caught_up()

    def _stale(self, exc: ConflictError) -> None:
        """A move or delete named a version another window has moved past: say what
        happened, and show the backlog as it is now (cursor kept where it can be)."""
        self.report(exc)
        self._after_change(None)
