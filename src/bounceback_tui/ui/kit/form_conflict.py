"""A form's save met a newer version of its record, or none: the dialog, and what each
choice does (mixed into ``ui/kit/form.FormScreen``).

Changed elsewhere: reload, or save mine over it (theirs kept where nothing was typed).
Deleted elsewhere: save it as new (onto it, if it is back by then) or discard.

A form opened before the window took up a store file replaced by hand (the count of those
the app keeps: ``store_files_taken_up``) was reading a row of the file let go. The new
file's rows keep their ids, so a save met whatever row the new file holds under that id,
and the dialog asked as if another window had changed it ("Now there: Skill “Theirs”",
"Save mine over it"): that would have written over a row of another store. It says the
store was replaced and that the row there is a different one, and offers what a deleted
row offers: save what was typed as a new one, or discard it.

A store replaced wholesale under the form (a restore, an import with --replace or demo data,
from another shell) is not another window's doing: the form said "Acme was changed in another
window." while the window's note said "Store replaced". Its message says what replaced the
store (``replaced_under``), the note beside the store read as the window reads it
(``services/store_replaced``), and the choices stay those of the record as it is now.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from textual.content import Content
from textual.widgets import Static

from bounceback_tui.errors import ConflictError
from bounceback_tui.services.store_replaced import Replacement, replaced_since
from bounceback_tui.ui.kit.conflict import SaveGuard, keep_theirs
from bounceback_tui.ui.kit.text import after_colon, markup_with

if TYPE_CHECKING:
    from textual.app import App
    from textual.widget import Widget

    from bounceback_tui.ui.kit.form import FieldSpec, OtherChanges, Reload, ValuesNow

    _Base = Widget
else:
    _Base = object

DIFFERENT_ROW = (
    "The store file was replaced outside the app since this form opened: the new one holds "
    "a different row here, not the one you were editing, and nothing was saved over it."
)
ROW_NOT_THERE = (
    "The store file was replaced outside the app since this form opened, and the new one "
    "does not hold the row you were editing."
)


def store_files_taken_up(app: App[Any] | None) -> int:
    """How many store files replaced by hand the window has taken up (``ui/app_panes``)."""
    return int(getattr(app, "store_files_taken_up", 0))


def replaced_under(app: App[Any] | None, since: float) -> Replacement | None:
    """What replaced the window's store wholesale after ``since`` (seconds since the
    epoch), if anything did (``services/store_replaced.replaced_since``)."""
    paths = getattr(app, "paths", None)
    database = getattr(paths, "database", None)
    return None if database is None else replaced_since(database, since)


def replaced_said(found: Replacement, exc: ConflictError, *, gone: bool | None = None) -> str:
    """The form's sentence for a save that met a store replaced since it read its record:
    what replaced it, and what that did to the record (``gone``: whether it is no longer
    there, when the error cannot tell; else ``exc.deleted``). Plain text."""
    if found.how == "restore":
        lead, had = f"The store was restored from a backup ({found.source})", "the backup had it"
    elif found.how == "import":
        lead, had = f"The store was replaced by the import of {found.source}", "the file had it"
    else:
        lead, had = "The store was filled with demo data", ""
    if exc.deleted if gone is None else gone:
        return f"{lead}; it does not hold what you were editing, and nothing was saved."
    if not had:
        return f"{lead}; it holds a demo record in its place, and nothing was saved."
    return f"{lead}; what you were editing is there as {had}, and nothing was saved."


def conflict_lines(
    app: App[Any] | None, since: float, exc: ConflictError, *, gone: bool | None = None
) -> tuple[str, str]:
    """What a save that met ``exc`` says, for a record read at ``since`` (seconds since the
    epoch): the dialog's sentence and the short line beside what was typed. The error's own
    words when another window changed it ("Not saved: …"); what replaced the store since
    (``replaced_said``, ``replaced_in_short``) when a restore, an import or demo data did.
    Forms, the Reframe draft and Settings all say it so (they blamed "another window").
    ``gone``: as ``replaced_said`` takes it."""
    found = replaced_under(app, since)
    if found is None:
        return str(exc), f"Not saved: {after_colon(exc)}"
    return replaced_said(found, exc, gone=gone), replaced_in_short(found)


def replaced_in_short(found: Replacement) -> str:
    """The form's own line under its fields (``#form-message``)."""
    if found.how == "restore":
        return "Not saved: the store was restored from a backup."
    if found.how == "import":
        return "Not saved: the store was replaced by an import."
    return "Not saved: the store was filled with demo data."


class FormConflicts(_Base):
    """The conflict dialog of ``FormScreen``."""

    if TYPE_CHECKING:
        fields: tuple[FieldSpec, ...]
        guard: SaveGuard | None
        _reload: Reload | None
        _values_now: ValuesNow | None
        _other_changes: OtherChanges | None
        _baseline: dict[str, str]

        def fill(self, values: dict[str, str]) -> None: ...
        def action_save(self) -> None: ...
        def _focus_first_field(self) -> None: ...
        def _typed(self) -> dict[str, str]: ...
        def dismiss(self, result: Any = None) -> Any: ...

    # The window's count of store files taken up when the form read its record, and when
    # it read it (seconds since the epoch).
    _read_in_file = 0
    _read_at = 0.0

    def _note_the_store_file(self) -> None:
        """The form's record was read now: from the file the window holds now."""
        try:
            app = self.app
        except RuntimeError:  # made outside a running app (a unit test): none taken up
            app = None
        self._read_in_file = store_files_taken_up(app)
        self._read_at = time.time()

    def _replaced_since_read(self) -> Replacement | None:
        """What replaced the store wholesale since the form read its record, if anything."""
        return replaced_under(self.app, self._read_at)

    def conflict_said(self, exc: ConflictError) -> str:
        """What the form says of a save that met a newer version of its record, or none:
        the error's sentence, or what replaced the store since the form read it."""
        return conflict_lines(self.app, self._read_at, exc)[0]

    def _from_a_file_let_go(self) -> bool:
        """Whether the record was read from a store file the window has let go since."""
        return self._read_in_file != store_files_taken_up(self.app)

    def _ask_about_conflict(self, exc: ConflictError) -> None:
        from bounceback_tui.ui.kit.conflict import ConflictScreen, told_apart

        def chosen(choice: str | None) -> None:
            self._conflict_chosen(choice, exc)

        message = self.query_one("#form-message", Static)
        can_new = self.guard is None or self.guard.can_save_as_new
        if self._from_a_file_let_go():
            # Whatever is under that id now is a row of the new file: never saved over.
            message.update(Content("Not saved: the store file was replaced outside the app."))
            said = ROW_NOT_THERE if exc.deleted else DIFFERENT_ROW
            self.app.push_screen(
                ConflictScreen(said, deleted=True, can_save_as_new=can_new), chosen
            )
            return
        found = self._replaced_since_read()
        if found is None:
            message.update(markup_with("Not saved: $error", error=after_colon(exc)))
        else:
            message.update(Content(replaced_in_short(found)))
        now = self._values_now(exc.current) if exc.current and self._values_now else {}
        # The fields another window changed, by their labels, and what they read there now.
        there, reads = told_apart(self.fields, self._baseline, now, self._typed())
        # What the fields cannot show (a step moved, retired, the template reset): said
        # first, or "No field of this form changed there." left the person guessing.
        if exc.current and self._other_changes is not None:
            there = " ".join(part for part in (self._other_changes(exc.current), there) if part)
        screen = ConflictScreen(
            str(exc) if found is None else replaced_said(found, exc),
            deleted=exc.deleted,
            can_save_as_new=can_new,
            changed_there=there,
            now_there=reads,
            settled=exc.settled,
        )
        self.app.push_screen(screen, chosen)

    def _conflict_chosen(self, choice: str | None, exc: ConflictError) -> None:
        assert self.guard is not None
        message = self.query_one("#form-message", Static)
        if choice == "overwrite":
            if exc.current and self._values_now:  # theirs kept where nothing was typed
                now = self._values_now(exc.current)
                self.fill(keep_theirs(self._baseline, now, self._typed()))
            self.guard.version = exc.current_version
            self.action_save()
        elif choice == "as_new":
            if (
                not self._from_a_file_let_go()
                and self._reload is not None
                and self._reload() is not None
            ):
                # Back meanwhile (undone elsewhere): saved onto it, compare-and-set, not twice.
                self.action_save()
                return
            self.guard.as_new = True
            self.guard.version = None
            self.action_save()
        elif choice == "discard":
            self.dismiss(None)
        elif choice == "reload":
            fresh = self._reload() if self._reload is not None else None
            if fresh is None:
                # Nothing to reload into the form: close it; the pane shows what is there.
                self.dismiss(None)
                return
            values, version = fresh
            self.fill(values)
            self._note_the_store_file()
            self._baseline = self._typed()  # nothing typed over the reload yet
            self.guard.version = version
            self.guard.as_new = False
            message.update(Content("Reloaded: this is what is saved now."))
            self._focus_first_field()
        # None: back to the form, everything typed still there.
