"""The Reframe exercise meeting another window's change (or a restore's) as it saves.

Nothing is saved over it unseen: the conflict dialog names the steps changed there (and
which of them the person changed too) and quotes what they read now, and the person
chooses: save theirs over it (the steps only the other window changed are kept), save it
as a new record (onto the same one if it was deleted there and brought back), reload it, or
discard what they typed. A record whose version moved on but that reads as this page read it
is saved without asking. ``DraftSaving`` (draft_saving.py) saves, and builds on this.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from textual.containers import Vertical

from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.reframe.record import (
    STEPS,
    RecordDraft,
    as_stored,
    step_readings,
    step_texts,
)
from bounceback_tui.ui.kit.form_conflict import conflict_lines


class DraftConflicts(Vertical):
    """The choice a save that met another change opens, and what each choice does."""

    # Set by DraftSaving: the draft on the page, the record as last read or saved, the step
    # shown, whether the exercise is under way, when the record was read, and how to read
    # it again by id.
    draft: RecordDraft
    _saved: RecordDraft
    index: int
    active: bool
    _read_at: float
    _conflict_open: bool
    _unsettled: str | None
    _load_record: Callable[[int], RecordDraft]
    _carry_on: Callable[[], Awaitable[None]] | None = None  # after "Save as new" (exercise.py)

    if TYPE_CHECKING:  # DraftSaving's, and the exercise's (draft_saving.py, exercise.py)

        def _save(self, *, ask: bool = True, mend: bool = True, again: bool = False) -> bool: ...
        def _show_message(self, text: str, *, error: bool = False) -> None: ...
        def _cancel_timer(self) -> None: ...
        def _discard(self) -> None: ...
        async def begin(self, draft: RecordDraft, step: int | None = None) -> None: ...
        async def show_step(self, index: int) -> None: ...
        def _focus_field(self, last: bool) -> None: ...

    def _ask_about_conflict(self, exc: ConflictError) -> None:
        """Another window (or a restore) changed or deleted this record since it was read:
        nothing was saved; the person chooses (reload it, keep theirs, save it as new)."""
        from bounceback_tui.ui.kit.conflict import ConflictScreen

        self._cancel_timer()
        self._conflict_open = True
        self._carry_on = None  # ctrl+n or ctrl+b sets it once the dialog is open
        said, line = conflict_lines(self.app, self._read_at, exc)
        self._show_message(line, error=True)
        there, reads = self._changed_there(exc)
        self.app.push_screen(
            ConflictScreen(said, deleted=exc.deleted, changed_there=there, now_there=reads),
            lambda choice: self._conflict_chosen(choice, exc),
        )

    def _changed_there(self, exc: ConflictError) -> tuple[str, str]:
        """The steps another window changed (by their titles), and which of them the person
        changed too: the record as stored now against what this page last read or saved;
        and what those steps read now, quoted ("Now there: …", as a form's dialog says)."""
        from bounceback_tui.ui.kit.conflict import Named, changed_there, now_there

        if exc.deleted or self.draft.id is None:
            return "", ""
        try:
            now = self._load_record(self.draft.id)
        except BouncebackError:
            return "", ""  # gone meanwhile: nothing to name
        labels = [(step.key, step.title) for step in STEPS]
        read, typed = as_stored(self._saved), step_texts(as_stored(self.draft))
        there = changed_there(labels, step_texts(read), step_texts(now), typed)
        steps = [Named(key, title) for key, title in labels]
        return there, now_there(steps, step_readings(read), step_readings(now))

    def _nothing_changed_there(self, exc: ConflictError) -> bool:
        """The record's version moved on but it reads as this page read it: deleted there
        and brought back (`u`), or saved unchanged. Nothing there to choose between."""
        if exc.deleted or self.draft.id is None:
            return False
        try:
            now = self._load_record(self.draft.id)
        except BouncebackError:
            return False
        read = as_stored(self._saved)
        return (now.rejection_id, step_texts(now)) == (read.rejection_id, step_texts(read))

    def _keep_theirs(self, exc: ConflictError) -> bool:
        """Take the stored record's steps that only another window changed into the draft
        (``reframe/record.keep_theirs``); True if any was taken."""
        from bounceback_tui.reframe.record import keep_theirs

        if self.draft.id is None:
            return False
        try:
            now = self._load_record(self.draft.id)
        except BouncebackError:
            return False
        merged = keep_theirs(
            as_stored(self._saved), now, self.draft, compared=as_stored(self.draft)
        )
        if step_texts(merged) == step_texts(self.draft):
            return False
        merged.version = exc.current_version
        self.draft = merged
        return True

    def _there_again(self) -> bool:
        """The record deleted elsewhere is back (another window's undo): then "save as new"
        saves onto it, under compare-and-set against the version read, not a second copy."""
        if self.draft.id is None:
            return False
        try:
            self._load_record(self.draft.id)
        except BouncebackError:
            return False
        return True

    def _conflict_chosen(self, choice: str | None, exc: ConflictError) -> None:
        self._conflict_open = False
        if choice is not None:  # chosen: a save that meets another change says so anew
            self._unsettled = None
            self._show_message("")
        if choice == "overwrite":
            self.draft.version = exc.current_version
            if self._keep_theirs(exc):  # steps only the other window changed: shown as kept
                self.call_later(self.show_step, self.index)
            self._save()
        elif choice == "as_new":
            if not self._there_again():  # back under its own id: `u` there finds it, not two
                self.draft.version = None
            if self._save() and self._carry_on is not None:
                self.call_later(self._carry_on)  # the step the person asked for, focused
                return
        elif choice == "reload" and self.draft.id is not None:
            try:
                fresh = self._load_record(self.draft.id)
            except BouncebackError as error:
                self._show_message(str(error), error=True)
                return
            self.call_later(self.begin, fresh, self.index)
        elif choice == "discard":
            self._discard()
            return
        self.call_after_refresh(self._focus_field, False)
