"""Skills: an improvement backlog fed by feedback and reflection.

A board (todo, doing, done) or an ordered list, toggled with `v`. Everything the pane
shows comes from services.skills; every key that changes something is one transaction.
"""

from __future__ import annotations

from contextlib import suppress
from typing import TYPE_CHECKING, ClassVar, cast

from rich.style import Style
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import ContentSwitcher, Static

# The app imports the ORM in a worker thread after the first paint. Importing that same
# module first makes this thread wait for it, instead of importing SQLAlchemy alongside it
# (two threads importing SQLAlchemy at once can fail with "partially initialized module").
import bounceback_tui.services.applications  # noqa: F401
from bounceback_tui import clock
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.skill_order import list_order, neighbour_after_delete, neighbour_in_order
from bounceback_tui.domain.skills import (
    WHY_LIMIT,
    SkillStatus,
    SourceKind,
    doing_limit_message,
    first_sentence,
    guess_kind,
    over_doing_limit,
    parse_source_kind,
    title_from,
    validate_skill,
)
from bounceback_tui.domain.wording import noun_for
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import skills as skill_service
from bounceback_tui.ui.app_pane import AppPane
from bounceback_tui.ui.kit.empty_state import EmptyState
from bounceback_tui.ui.kit.filter_bar import FilterBar
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.kit.virtual_list import VirtualList
from bounceback_tui.ui.skills.board import SkillBoard, SkillColumn, SkillLines, SkillList
from bounceback_tui.ui.skills.detail import SkillDetail, SkillSuggestionBar

if TYPE_CHECKING:
    from datetime import date

    from bounceback_tui.services.skills import SkillProgress, SkillRow, SoftSkillSuggestion
    from bounceback_tui.services.store_access import DeletedRows
    from bounceback_tui.ui.skills.form import SkillFormValues

BOARD, LIST = "board", "list"


def _form_values(row: SkillRow) -> SkillFormValues:
    """An item as the edit form's starting values."""
    from bounceback_tui.ui.skills.form import SkillFormValues

    return SkillFormValues.of(
        title=row.title,
        kind=row.kind.value,
        why=row.why,
        target_date=row.target_date.isoformat() if row.target_date else "",
        resources=row.resources,
        notes=row.notes,
    )


# Pane heights below this (an 80x24 terminal gives about 20) use the compact layout.
COMPACT_BELOW = 24
# Actions that need an item under the cursor.
_ON_ITEM = {"edit", "advance", "move_status", "move_priority", "delete", "open_link", "open_source"}


def _search_text(row: SkillRow) -> str:
    return row.search_text


class SkillsPane(AppPane):
    PANE_ID = "skills"
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

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        # Every item in priority order, and those the filter lets through.
        self._model: ListModel[SkillRow, int] = ListModel(lambda row: row.id, _search_text)
        self._view = BOARD
        self._view_loaded = False
        self._status = SkillStatus.TODO  # the board column last in use
        self._selected: int | None = None
        self._progress: SkillProgress | None = None
        self._suggestions: list[SoftSkillSuggestion] = []

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
        progress = skill_service.skill_progress(db, today)
        suggestions = skill_service.soft_skill_suggestions(db, today)
        self._progress, self._suggestions = progress, suggestions
        self._model.replace(rows)
        self._draw()

    @property
    def _rows(self) -> list[SkillRow]:
        """Every item, in priority order."""
        return self._model.items

    def _shown_rows(self) -> list[SkillRow]:
        return self._model.visible

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
                markup_with(
                    "Nothing matches “$query”. [b]Esc[/b] clears the filter.",
                    query=self._model.text.strip(),
                )
            )
        if self._view == BOARD:
            self.query_one(SkillBoard).show(rows, today, self._column_titles(), self._warn)
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
                "[b]$total[/b] $noun", total=f"{p.total:,}", noun=noun_for(p.total, "item")
            ),
            doing,
            markup_with(
                "[b]$month[/b] done this month, [b]$done[/b] in all",
                month=f"{p.done_this_month:,}",
                done=f"{p.done:,}",
            ),
        ]
        if p.overdue:
            parts.append(plain(f"{p.overdue:,} overdue", "$text-warning"))
        dot = markup_with(" [dim]·[/dim] ")
        header = dot.join(parts)
        if not self.has_class("-compact"):
            kinds = dot.join(plain(f"{k.kind.label} {k.done}/{k.total}") for k in p.by_kind)
            header += markup_with("\n[dim]Done by kind[/dim]  ") + kinds
        return header

    def _column_titles(self) -> dict[SkillStatus, str]:
        rows = self._shown_rows()
        counts = {s: 0 for s in SkillStatus}
        for row in rows:
            counts[row.status] += 1
        limit = self._progress.doing_limit if self._progress else 3
        return {
            SkillStatus.TODO: f"To do · {counts[SkillStatus.TODO]}",
            SkillStatus.DOING: f"Doing · {counts[SkillStatus.DOING]} of {limit}",
            SkillStatus.DONE: f"Done · {counts[SkillStatus.DONE]}",
        }

    def on_resize(self, event: events.Resize) -> None:
        # A short terminal (80x24) drops the per-kind line and tightens the boxes.
        compact = event.size.height < COMPACT_BELOW
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

    def select_item(self, skill_id: int) -> bool:
        """Show one item (Today jumps here for skills in progress); clears a filter hiding it."""
        if self._find(skill_id) is None:
            return False
        if not self._model.shows(skill_id):
            self._clear_query()
            self._draw()
        self._place_cursor(skill_id)
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

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        event.stop()
        self.action_edit()

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
        if action in ("toggle_view", "filter"):
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
        self._model.prepare_index()  # now, so the first letter does not pay for it
        self.filter_bar.open()
        self.sync_keys()

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        event.stop()
        self._model.set_filter(event.value)
        self._draw()

    def on_filter_bar_submitted(self, event: FilterBar.Submitted) -> None:
        event.stop()
        if not self._model.is_filtered:
            self.filter_bar.close()
        self._active_table().focus()

    def _clear_query(self) -> None:
        self.filter_bar.close()
        self._model.clear_filter()

    def action_clear_filter(self) -> None:
        self._clear_query()
        self._draw()
        self._active_table().focus()
        self.sync_keys()

    # --- Adding and editing -------------------------------------------------------------

    def action_add(self) -> None:
        self._open_form("New skill item", values=None)

    def add_from_source(
        self,
        *,
        text: str,
        source_kind: str,
        rejection_id: int | None = None,
        recovery_step_id: int | None = None,
    ) -> None:
        """Open the add form prefilled from a reflection or feedback answer, its source linked.

        Nothing is stored until the person saves the form."""
        from bounceback_tui.ui.skills.form import SkillFormValues

        try:
            kind = parse_source_kind(source_kind)
        except ValueError as exc:
            self.notify(plain(exc), severity="error")
            return
        context = skill_service.source_context(self.bb_app.db, rejection_id, recovery_step_id)
        if rejection_id is not None and context is None:
            self.notify("That rejection is no longer there.", severity="warning")
            return
        intro = Content("")
        if kind is not SourceKind.MANUAL:
            on = (
                markup_with(" on $company ($role)", company=context.company, role=context.role)
                if context is not None
                else Content("")
            )
            intro = (
                markup_with("From $kind", kind=kind.label)
                + on
                + markup_with(". Nothing is stored until you save; the item stays linked to it.")
            )
        why = " ".join(text.split())
        if len(why) > WHY_LIMIT:
            why = why[: WHY_LIMIT - 1] + "…"  # the full answer stays on the plan
        title = title_from(text)
        sentence = first_sentence(text)
        # A shortened title keeps the sentence it came from in the notes.
        notes = sentence if title.rstrip("…") != sentence.rstrip(".!?") else ""
        values = SkillFormValues(title=title, kind=guess_kind(text).value, why=why, notes=notes)
        self._open_form(
            "New skill item",
            values=values,
            intro=intro,
            source=(kind, rejection_id, recovery_step_id),
        )

    def action_edit(self) -> None:
        row = self.selected
        if row is None:
            return
        self._open_form(
            "Edit skill item",
            values=_form_values(row),
            skill_id=row.id,
            version=row.version,
            stored_target=row.target_date,
        )

    def _open_form(
        self,
        title: str,
        *,
        values: SkillFormValues | None,
        intro: Content | str = "",
        skill_id: int | None = None,
        version: int | None = None,
        source: tuple[SourceKind, int | None, int | None] | None = None,
        stored_target: date | None = None,
    ) -> None:
        from dataclasses import asdict

        from bounceback_tui.ui.kit.form import SaveGuard
        from bounceback_tui.ui.skills.form import SkillFormScreen, skill_fields

        db = self.bb_app.db
        # An edit names the version it opened on; another window's change is a conflict.
        guard = SaveGuard(version) if skill_id is not None else None
        # The target date the item had when read (a reload reads it again): that one may
        # have passed since, and can stay.
        target_read = [stored_target]

        def submit(form: dict[str, str]) -> int:
            data = validate_skill(form, clock.today(), stored_target=target_read[0])
            if skill_id is not None and not (guard and guard.as_new):
                skill_service.update_skill(
                    db, skill_id, data, expected_version=guard.version if guard else None
                )
                return skill_id
            kind, rejection_id, step_id = source or (SourceKind.MANUAL, None, None)
            return skill_service.add_skill(
                db, data, source_kind=kind, rejection_id=rejection_id, recovery_step_id=step_id
            )

        def saved(result: int | None) -> None:
            if result is None:
                return
            self._after_change(result)
            verb = "Saved" if skill_id is not None else "Added"
            found = self._find(result)
            title = found.title if found is not None else ""
            self.notify(
                markup_with("$verb: $title", verb=verb, title=title)
                if title
                else markup_with("$verb.", verb=verb)
            )

        def reload() -> tuple[dict[str, str], int] | None:
            assert skill_id is not None
            try:
                fresh = skill_service.get_skill(db, skill_id)
            except BouncebackError:
                return None
            target_read[0] = fresh.target_date
            return asdict(_form_values(fresh)), fresh.version

        def closed(result: int | None) -> None:
            if result is None:
                self.refresh_if_stale()  # closed after a conflict: show what is there now
            saved(result)

        form = SkillFormScreen(
            title,
            skill_fields(values),
            submit,
            intro=intro,
            guard=guard,
            reload=reload if skill_id is not None else None,
            # Only an item typed by hand: an answer's kind is guessed from the whole answer.
            follow_title=skill_id is None and source is None,
        )
        self.app.push_screen(form, closed)

    def _after_change(self, skill_id: int | None) -> None:
        """Re-read everything, then put the cursor (and focus) back on the item."""
        if skill_id is not None:
            self._selected = skill_id
        self.reload()
        if self._find(skill_id) is not None:
            assert skill_id is not None
            if not self._model.shows(skill_id):
                self._clear_query()
                self._draw()
            self._place_cursor(skill_id)
        self._active_table().focus()
        self._sync_selection()

    def _after_move(self, *skill_ids: int) -> None:
        """After a status or priority move: re-read only the items that moved (and the
        counts), not the whole backlog, so the key stays quick on a large store."""
        db = self.bb_app.db
        try:
            fresh = {row.id: row for row in skill_service.get_skills(db, skill_ids)}
            self._progress = skill_service.skill_progress(db, clock.today())
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

    # --- Status and priority -------------------------------------------------------------

    def action_advance(self) -> None:
        self._move_status(1)

    def action_move_status(self, step: int) -> None:
        self._move_status(step)

    def _move_status(self, step: int) -> None:
        row = self.selected
        if row is None:
            return
        try:
            change = skill_service.step_status(
                self.bb_app.db, row.id, step, expected_version=row.version
            )
        except ConflictError as exc:
            self._stale(exc)
            return
        except BouncebackError as exc:
            self.report(exc)
            self._after_change(None)
            return
        if change is None:
            return
        self._after_move(row.id)
        if change.over_limit:
            self.notify(
                plain(doing_limit_message(change.doing, change.doing_limit)),
                title="More than your limit in progress",
                severity="warning",
            )
        elif change.new is SkillStatus.DONE:
            self.notify(
                markup_with("Well done: you finished \u201c$title\u201d.", title=row.title),
                title="Done",
            )

    def action_move_priority(self, direction: int) -> None:
        row = self.selected
        if row is None:
            return
        if self._model.is_filtered:
            # Moving past items the filter hides would surprise; say so instead.
            self.notify("Reordering works on the whole backlog: Esc clears the filter first.")
            return
        neighbour = neighbour_in_order(self._rows, row, direction, same_status=self._view == BOARD)
        if neighbour is None:
            return  # first or last, as the pane shows it
        try:
            moved = skill_service.move_priority(
                self.bb_app.db,
                row.id,
                direction,
                same_status=self._view == BOARD,
                expected_version=row.version,
                # A swap moves both items: the one it swaps with must be as shown, too.
                neighbour=(neighbour.id, neighbour.version),
            )
        except ConflictError as exc:
            self._stale(exc)
            return
        except BouncebackError as exc:
            self.report(exc)
            return
        if moved is None:
            return
        if neighbour.priority == row.priority:
            # A tie the store broke by renumbering: more items than these two moved.
            self._after_change(row.id)
        else:
            self._after_move(row.id, moved)

    # --- Delete and undo ----------------------------------------------------------------

    def action_delete(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        row = self.selected
        if row is None:
            return

        def answered(yes: bool | None) -> None:
            if not yes:
                return
            try:
                deleted = skill_service.delete_skill(
                    self.bb_app.db, row.id, expected_version=row.version
                )
            except ConflictError as exc:
                self._stale(exc)
                return
            except BouncebackError as exc:
                self.report(exc)
                return
            self.remember_undo(deleted)
            self._selected = self._neighbour_of(row.id)
            self._after_change(self._selected)
            self.notify(markup_with("Deleted “$title”. Press [b]u[/b] to undo.", title=row.title))

        self.app.push_screen(
            ConfirmScreen(
                markup_with("Delete “$title”?", title=row.title),
                "Its links and notes go with it. You can undo with u straight after.",
                confirm_label="Delete",
            ),
            answered,
        )

    def _neighbour_of(self, skill_id: int) -> int | None:
        """The item the cursor should land on once this one is gone."""
        if self._view == BOARD:
            shown = [r for r in self._shown_rows() if r.status is self._status]
        else:
            shown = list_order(self._shown_rows())
        return neighbour_after_delete(shown, skill_id)

    def action_undo(self) -> None:
        entry = self.undo_entry()
        if entry is None:
            return
        self.forget_undo(entry)
        deleted = cast("DeletedRows", entry)
        try:
            skill_service.restore_skill(self.bb_app.db, deleted)
        except BouncebackError as exc:
            self.report(exc, title="Could not undo")
            return
        self._after_change(int(deleted.row_id))
        self.notify("Put back.")

    # --- Links ---------------------------------------------------------------------------

    def action_open_link(self) -> None:
        from bounceback_tui.domain.applications import normalize_link

        row = self.selected
        if row is None:
            return
        if not row.first_link:
            self.notify("No link on this item yet. Press e to add one.")
            return
        try:
            url = normalize_link(row.first_link)
        except ValueError:
            url = ""
        if not url:
            self.notify(
                markup_with(
                    "This link looks broken: $link. Press e to fix it.", link=row.first_link[:80]
                ),
                severity="warning",
            )
            return
        self.app.open_url(url)

    async def action_open_source(self) -> None:
        row = self.selected
        if row is None:
            return
        if row.rejection_id is None:
            self.notify(
                "This item was typed by hand, so there is no source to open."
                if row.source_kind is SourceKind.MANUAL
                else "The rejection this came from has since been deleted."
            )
            return
        await self.bb_app.go_to("recovery", row.rejection_id)

    # --- Suggestions ---------------------------------------------------------------------

    def action_accept_suggestion(self) -> None:
        if not self._suggestions:
            return
        suggestion = self._suggestions[0]
        try:
            skill_id = skill_service.accept_suggestion(self.bb_app.db, suggestion)
        except BouncebackError as exc:
            self.report(exc)
            self._after_change(None)
            return
        self._after_change(skill_id)
        self.notify(
            markup_with(
                "Added a soft-skill item for $company. Press e to make it your own.",
                company=suggestion.company,
            ),
            title="Suggestion added",
        )

    def action_dismiss_suggestion(self) -> None:
        if not self._suggestions:
            return
        suggestion = self._suggestions[0]
        try:
            skill_service.dismiss_suggestion(self.bb_app.db, suggestion.rejection_id)
        except BouncebackError as exc:
            self.report(exc)
            return
        self._after_change(self._selected)
        self.notify(
            markup_with(
                "Not for $company, then; it won't be suggested again.", company=suggestion.company
            )
        )
