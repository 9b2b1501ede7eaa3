"""The new application's form keeps what is typed as a draft, and `a` offers it back.

A pause in typing keeps the form's fields (``services/application_draft.py``), as a step's
answer and a Reframe record keep theirs, so a `kill -9`, a crash or a closed terminal no
longer loses a half-typed application. The next `a` asks first: "You were adding Acme (Data
Analyst). Start empty instead?"; no (the safe answer, Escape too) carries on with it, yes
throws it away. Saving, or throwing the form away, clears it. A draft another window is
still typing (its form open there) is not left over and not offered: `a` opens an empty form
saying another window is adding it, so the two windows never save one application twice.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple
from uuid import uuid4

from textual.content import Content
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.text import app_name
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import application_draft as drafts
from bounceback_tui.services.already_there import already_there
from bounceback_tui.ui.kit.ask_again import SavesAgainOnYes
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.key_text import with_keys
from bounceback_tui.ui.kit.text import after_colon, markup_with, plain, toast_with
from bounceback_tui.ui.pipeline.add_duplicate import ask_before_adding_again
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import Database

# Seconds of quiet after a change before the draft is written, as a step's answer waits.
DRAFT_DELAY = 0.6
BACK = "Your draft from last time is back, as you left it; not saved yet."
# `a` while another window's form is open on a draft: that one is not left over.
TYPED_ELSEWHERE = "Another window is adding {app}; this form starts empty."
# What the terminal is told after quitting over the form's typing, the key as bound.
QUIT_KEEPS = (
    "The new application you were adding is kept as a draft, not saved yet; "
    "[b]{pipeline.add|a}[/b] on the Pipeline brings it back as you left it."
)
NOT_KEPT = "Not kept as a draft: another window keeps a new application as one. Saving keeps this."
# Refused before this form ever kept it: a draft of another form's is kept (from last time,
# or another window's), which `a` offers back; this one (`i`'s, say) never writes over it.
KEPT_ELSEWHERE = (
    "Not kept as a draft: another new application's draft is kept, which "
    "[b]{pipeline.add|a}[/b] offers back. Saving keeps this."
)

# Opens the add form: (typed fields or None, the holder of its draft, a note to show).
OpenForm = Callable[[Mapping[str, str] | None, str, str], None]


def new_holder() -> str:
    """A token naming one form, which the draft it keeps carries."""
    return uuid4().hex


class FormDraft(NamedTuple):
    """How an add form keeps its draft: the token naming it, the note it opens with, and
    whether it holds the draft already (carried on with, after `a` asked)."""

    holder: str
    note: str = ""
    held: bool = False


class DraftedApplicationForm(SavesAgainOnYes, ApplicationFormScreen):
    """The add form whose fields are kept as the draft a moment after each pause in typing."""

    def __init__(self, db: Database, draft: FormDraft, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.db = db
        self.holder = draft.holder
        self._draft_note = draft.note
        # Whether this form has kept the draft: a refusal then means another window took it.
        self._held = draft.held
        self._draft_timer: Timer | None = None
        self._form_closed = False
        self._draft_refused = False
        # Whether a draft of this form's may be kept: none is cleared (no write) until then.
        self._may_hold = bool(kwargs.get("typed"))

    def action_save(self) -> None:
        """Ask first when the application is one already in the Pipeline, by the import's
        duplicate rule (ui/pipeline/add_duplicate.py); a form that does not check out saves
        as before, which says why. A draft waiting for its pause is written first, not
        thrown away: a save refused (a field, "Add another?" answered keep editing) leaves
        the typing kept, should the app die before the next key. Written before, never
        after: its note ("Not kept as a draft: …") would take the place of why the save
        was refused. The window's scratch: no pane reads everything again for it."""
        if self._draft_timer is not None:
            self.keep_draft()
        if self._asked_again or not self._all_mounted:
            super().action_save()
            return
        try:
            data = validate_application(self.values(), clock.today())
            there = already_there(self.db, data)
        except BouncebackError:
            there = None
        if there is None:
            super().action_save()
            return
        ask_before_adding_again(self, there, self._save_again)

    def on_mount(self) -> None:
        # Textual dispatches this handler first, then the form's own on_mount (each class
        # of the MRO in turn); theirs focus the first field and mount the rest, and leave
        # the message as said here.
        if self._draft_note:
            self._say(self._draft_note)

    def _say(self, text: str) -> None:
        self.query_one("#form-message", Static).update(plain(text))

    def _field_changed(self, widget: Widget) -> None:
        super()._field_changed(widget)
        if self._form_closed:
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self.keep_draft)

    def _stop_timer(self) -> None:
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None

    def keep_draft(self) -> None:
        """Write the fields as the draft (or clear it when nothing differs from an empty
        form); a refusal says so on the form's bottom line."""
        self._stop_timer()
        if self._form_closed:
            return
        try:
            if not self.has_changes():
                self._clear()
                return
            self._may_hold = True
            typed = {name: text for name, text in self.values().items() if text}
            kept = drafts.keep_draft(self.db, self.holder, typed)
        except BouncebackError as exc:
            self.query_one("#form-message", Static).update(
                markup_with("Not kept as a draft: $error", error=after_colon(exc))
            )
            self._draft_refused = True
            return
        if not kept:
            message = self.query_one("#form-message", Static)
            elsewhere = self._held or self._typed_elsewhere()
            message.update(plain(NOT_KEPT) if elsewhere else with_keys(KEPT_ELSEWHERE, self.app))
            self._draft_refused = True
            return
        self._held = True
        if self._draft_refused:
            self._draft_refused = False
            self._say("")

    def _typed_elsewhere(self) -> bool:
        """Whether the draft kept is one another window's open form keeps (not left over)."""
        kept = drafts.read_draft(self.db)
        return kept is not None and drafts.being_typed(self.db, kept)

    def keep_on_quitting(self) -> Content | None:
        """Before the app quits (kit/quit_guard.py): the fields written as the draft now,
        not after the pause in typing; what brings them back (the app quits without asking
        and says it), or None when they are not kept (nothing typed, another form keeps the
        draft, the write refused): then quitting asks before throwing them away, as over any
        form."""
        if self._form_closed or not self.has_changes():
            return None
        self.keep_draft()
        if self._draft_refused:
            return None
        return with_keys(QUIT_KEEPS, self.app)

    def dismiss(self, result: Any = None) -> Any:
        """Saved (the save cleared the draft in its own transaction) or thrown away: the
        draft goes with the form."""
        self._form_closed = True
        self._stop_timer()
        # Not cleared (a full disk): kept, and offered again by the next `a`; nothing lost.
        with contextlib.suppress(BouncebackError):
            if result is None:
                self._clear()
        return super().dismiss(result)

    def on_unmount(self) -> None:
        """Closed with its draft kept (the window quitting): the draft is left over now."""
        with contextlib.suppress(BouncebackError):
            drafts.let_go_of(self.db, self.holder)

    def _clear(self) -> None:
        if self._may_hold:
            drafts.clear_draft(self.db, self.holder)
            self._may_hold = False


def add_with_draft(
    app: Any, db: Database, open_form: OpenForm, fresh: Callable[[], None] | None = None
) -> None:
    """`a`: the form empty, or, with a draft kept, after asking whether to carry on.
    ``fresh``: what opens instead of the empty form (`i`'s link to fetch, which then fills
    the form in); with a draft left over `i` asks its own question (import, keeping the
    draft; carry on with it, as `a` does; or back), and never throws the draft away."""
    holder = new_holder()

    def start(note: str = "") -> None:
        if fresh is not None:
            fresh()  # another window's form then says so once typed in (`NOT_KEPT`)
        else:
            open_form(None, holder, note)

    try:
        draft = drafts.read_draft(db)
    except BouncebackError:
        draft = None
    if draft is None:
        start()
        return
    if drafts.being_typed(db, draft):  # another window's form is open on it: not left over
        name = app_name(draft.company or "a new application", draft.role)
        start(TYPED_ELSEWHERE.format(app=name))
        return
    seen = draft
    if fresh is not None:
        _ask_import_or_draft(app, db, seen, holder, open_form, fresh)
        return

    def answered(start_empty: bool | None) -> None:
        try:
            if start_empty:
                drafts.drop_draft(db, seen)
                start()
                return
            taken = drafts.take_draft(db, holder)
        except BouncebackError as exc:
            app.notify(toast_with("$error", error=exc), severity="error", title="Not opened")
            return
        open_form(taken.fields if taken else None, holder, BACK if taken else "")

    company = draft.company or "a new application"
    app.push_screen(
        ConfirmScreen(
            markup_with(
                "You were adding $app. Start empty instead?", app=app_name(company, draft.role)
            ),
            "It was kept as a draft, not saved. Carry on brings it back as you left it; "
            "starting empty throws it away.",
            confirm_label="Start empty",
            cancel_label="Carry on",
        ),
        answered,
    )


def _ask_import_or_draft(
    app: Any,
    db: Database,
    seen: drafts.ApplicationDraft,
    holder: str,
    open_form: OpenForm,
    fresh: Callable[[], None],
) -> None:
    """`i` over a draft left over (ui/pipeline/import_or_draft.py): the import with the draft
    kept for `a`, the draft's form, or back to the list with nothing changed."""
    from bounceback_tui.ui.pipeline.import_or_draft import ImportOrDraftScreen

    screen = ImportOrDraftScreen(app_name(seen.company or "a new application", seen.role), app)

    def answered(importing: bool | None) -> None:
        if importing:
            fresh()  # its form keeps no draft of its own over this one (`KEPT_ELSEWHERE`)
            return
        if not screen.carry_on:
            return
        try:
            taken = drafts.take_draft(db, holder)
        except BouncebackError as exc:
            app.notify(toast_with("$error", error=exc), severity="error", title="Not opened")
            return
        open_form(taken.fields if taken else None, holder, BACK if taken else "")

    app.push_screen(screen, answered)
