"""A message draft: shown in an editable area, then copied, opened in mail, or marked sent.

The app sends nothing itself. Only "mark as sent" logs the interaction and ticks the
recovery step the message stands for; after a copy or opening it in mail, the screen asks
whether it was sent. Marked as sent by mistake, `u` on the pane it was opened from (People,
Recovery, Today) takes it back as it takes back a line logged with `i`: the line, the step
it ticked with what it noted there, the reply's day a late ask moved, and the follow-ups it
settled (kit/undo.py, services/take_back.py).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from bounceback_tui.domain.links import LinkError
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import messages as message_service
from bounceback_tui.services.message_mail import NoAddress, mail_link_for
from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.fields import PlainInput, PlainTextArea
from bounceback_tui.ui.kit.form_fit import KEY_BAR_ROWS
from bounceback_tui.ui.kit.key_text import key_of, keys_of
from bounceback_tui.ui.kit.text import markup_with, plain, step_toast, toast_with
from bounceback_tui.ui.kit.type_ahead import TypeAhead
from bounceback_tui.ui.kit.undo import added_note, undo_of_add

if TYPE_CHECKING:
    from collections.abc import Callable

    from bounceback_tui.services.messages import DraftView
    from bounceback_tui.services.people_log import LoggedInteraction, SettledFollowUp
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.app_pane import AppPane


NOBODY_NAMED = (
    "Nobody was named in this interview, so there is no address to open in mail: copy the "
    "message instead."
)
BODY_ROWS = 8  # the draft's box (people.tcss) where there is room
LEAST_BODY_ROWS = 3


class MessageScreen(TypeAhead, ModalScreen["LoggedInteraction | None"]):
    """Returns what marking it sent logged (the step it ticked, the follow-ups it settled),
    or None when not sent."""

    # priority: the screen's, wherever the cursor is (the text area's own ctrl+y is redo,
    # which would swallow the copy; its undo, ctrl+z, stays).
    # Mark as sent first: the key bar keeps its first keys, and at 40 columns it kept Copy
    # and Open in mail, with no way on screen to say the message went.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "sent", "Mark as sent", id="message.sent", priority=True),
        Binding("ctrl+y", "copy", "Copy", id="message.copy", priority=True),
        Binding("ctrl+o", "mail", "Open in mail", id="message.mail", priority=True),
        Binding("escape", "close", "Close", id="message.close"),
    ]
    DEFAULT_CLASSES = "form-screen"

    def __init__(self, view: DraftView) -> None:
        super().__init__()
        self.view = view
        # What Escape may close without asking: the draft as filled in, and the last text
        # copied or opened in mail (out in the person's hands already).
        self._nothing_to_lose = {(view.draft.subject, view.draft.body)}
        self._sent = False  # marked as sent: once, however often ctrl+s is pressed

    @property
    def bb_app(self) -> BouncebackApp:
        return cast("BouncebackApp", self.app)

    def compose(self) -> ComposeResult:
        v = self.view
        to = v.recipient
        # It scrolls in a short terminal, so what Tab reaches is brought into sight (at 40x15
        # the note and the Mark as sent button were below the box's edge); the draft's box
        # gives up rows first (``_fit_body``).
        with VerticalScroll(id="message-box", classes="form", can_focus=False):
            yield Static(
                markup_with("$kind: $company", kind=v.draft.kind.label, company=v.company),
                classes="form-title",
            )
            if to is None and v.nobody_named and v.recipients:
                # Not "Nobody is linked": people are, only none of them was in it.
                who = markup_with(
                    "[dim]Nobody was named in this interview: the draft greets no one by "
                    "name.[/dim]"
                )
            elif to is None:
                who = markup_with("[dim]Nobody is linked to this application yet.[/dim]")
            elif to.can_mail:
                who = markup_with("To $name <$email>", name=to.name, email=to.email)
            elif to.mail_problem:  # held, but not one to mail (a store edited by hand)
                who = markup_with(
                    "To $name [dim](the email stored cannot be used: edit the person in People)"
                    "[/dim]",
                    name=to.name,
                )
            else:
                who = markup_with(
                    "To $name [dim](no email yet: copy it, or add one in People)[/dim]",
                    name=to.name,
                )
            yield Static(who, classes="form-intro")
            with Horizontal(classes="field-row"):
                yield Label("Subject", classes="field-label")
                yield PlainInput(v.draft.subject, id="message-subject", compact=True)
            area = PlainTextArea(v.draft.body, id="message-body", soft_wrap=True, compact=True)
            area.show_line_numbers = False
            yield area
            yield Static("", id="message-note", classes="form-message")
            with ButtonRow(classes="form-buttons"):
                # No keys line of its own ("^s sent" over Mark as sent): the key bar under
                # the dialog names each key, as bound, with its button's or its own words.
                yield Button("Mark as sent", variant="primary", id="sent", compact=True)

    def focus_target(self) -> TextArea:
        return self.query_one("#message-body", TextArea)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit_body)

    def _fit_body(self) -> None:
        """The draft's box as tall as it usually is (``BODY_ROWS``) where the terminal has the
        rows, fewer where it has not (``LEAST_BODY_ROWS`` at the least): at 50x18 its eight
        rows pushed the note "Your name is not set…" under the box's edge, cut mid-way."""
        box = self.query_one("#message-box", VerticalScroll)
        body = self.query_one("#message-body", TextArea)
        others = sum(
            child.outer_size.height for child in box.children if child is not body and child.display
        )
        room = self.size.height - KEY_BAR_ROWS - box.styles.gutter.height - others - 1
        rows = max(LEAST_BODY_ROWS, min(BODY_ROWS, room))
        if body.styles.height is None or body.styles.height.value != rows:
            body.styles.height = rows

    def on_mount(self) -> None:
        self.query_one("#message-body", TextArea).focus()
        if self.view.unsigned:
            # It ended "Best," with nothing after it, and nothing said why. Settings' key as
            # bound: a keymap that moved it still read ",".
            settings = key_of(self.app, "app.settings", ",")
            self.query_one("#message-note", Static).update(
                plain(f"Your name is not set, so the sign-off is blank: Settings ({settings}) "
                      "has it.", "$text-warning")
            )  # fmt: skip

    def _texts(self) -> tuple[str, str] | None:
        from bounceback_tui.domain.messages import validate_draft
        from bounceback_tui.errors import ValidationError

        subject, body = self._shown()
        try:
            return validate_draft(subject, body)
        except ValidationError as exc:
            self._say(exc.summary(), error=True)
            return None

    def _shown(self) -> tuple[str, str]:
        return (
            self.query_one("#message-subject", Input).value,
            self.query_one("#message-body", TextArea).text,
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        note = self.query_one("#message-note", Static)
        note.update(plain(text, "$text-error" if error else "$text-success"))

    def action_copy(self) -> None:
        texts = self._texts()
        if texts is None:
            return
        subject, body = texts
        self.app.copy_to_clipboard(f"Subject: {subject}\n\n{body}" if subject else body)
        self._nothing_to_lose.add(self._shown())
        # No "Did you send it?" here: it asked at once, before the person could paste it
        # anywhere (a stranger's walk, nineteenth round). A mail client opened is asked about.
        sent = key_of(self.app, "message.sent", "ctrl+s")
        self._say(f"Copied (through your terminal). Once it is sent, {sent} marks it as sent.")

    def action_mail(self) -> None:
        texts = self._texts()
        if texts is None:
            return
        if self.view.recipient is None and self.view.nobody_named and self.view.recipients:
            self._say(NOBODY_NAMED, error=True)
            return
        try:
            link = mail_link_for(self.view.recipient, *texts)
        except NoAddress as exc:  # said here, with the keys to put it right as bound
            keys = keys_of(self.app, "people", link="l", edit="e")
            copy = key_of(self.app, "message.copy", "ctrl+y")
            self._say(exc.said(link=keys["link"], edit=keys["edit"], copy=copy), error=True)
            return
        except (LinkError, BouncebackError) as exc:
            self._say(str(exc), error=True)
            return
        self.bb_app.open_link(link)
        self._nothing_to_lose.add(self._shown())
        self._ask_if_sent()

    def _ask_if_sent(self) -> None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.action_sent()

        self.app.push_screen(
            ConfirmScreen(
                "Did you send it?",
                "Saying yes logs it and ticks its step in your plan. The app never sends "
                "anything itself.",
                confirm_label="Yes, sent",
                cancel_label="Not yet",
            ),
            answered,
        )

    def action_sent(self) -> None:
        if self._sent:  # a second ctrl+s before the screen closed logged a second line
            self._say("Already marked as sent: it is in the log once.")
            return
        texts = self._texts()
        if texts is None:
            return
        v = self.view
        try:
            logged = message_service.mark_sent(
                self.bb_app.db,
                v.draft.kind,
                v.application_id,
                contact_id=v.recipient.id if v.recipient else None,
                subject=texts[0],
            )
        except BouncebackError as exc:
            self._say(str(exc), error=True)
            return
        self._sent = True
        self.dismiss(logged)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_sent()

    def action_close(self) -> None:
        """Close; a draft the person has edited (and not copied or mailed since) is thrown
        away only when they say so, as every form asks (kit/form.py)."""
        lost = self.unsaved_typing()
        if lost is None:
            self.dismiss(None)
            return
        from bounceback_tui.ui.kit.confirm import ask_before_throwing_away, no_keys

        ask_before_throwing_away(self, f"{lost} {no_keys(self.app)} goes back to the message.")

    def unsaved_typing(self) -> str | None:
        """An edited draft not copied or mailed since (kit/quit_guard.py asks on quit too)."""
        if self._shown() in self._nothing_to_lose:
            return None
        return "Your changes to the message have not been copied or sent."


def open_message(
    pane: AppPane,
    kind: object,
    application_id: int,
    contact_id: int | None,
    *,
    interview_id: int | None = None,
    then: Callable[[bool], Content] | None = None,
) -> None:
    """Open the draft of ``kind`` for an application (from People, Recovery or Today); about
    an interview (Today's thank-you), its date and, unless ``contact_id`` says, its person.
    ``then``: what the note after it closes goes on to say, given whether it was marked as
    sent (Today's keys for what "How did it go?" saved); said alone when it was not."""
    from bounceback_tui.domain.messages import MessageKind
    from bounceback_tui.services import messages as message_service

    assert isinstance(kind, MessageKind)
    try:
        view = message_service.draft_for(
            pane.bb_app.db,
            kind,
            application_id,
            contact_id=contact_id,
            interview_id=interview_id,
        )
    except BouncebackError as exc:
        pane.notify(plain(exc), severity="error", title="Not opened")
        return

    def closed(logged: LoggedInteraction | None) -> None:
        more = then(logged is not None) if then is not None else Content("")
        if logged is None:
            if more:
                pane.notify(more)
            return
        # Read again as after any action (kit/read_failed.py): Today's own reload reads its
        # summary unguarded, and a store it could not read then closed the app.
        pane.reread()
        if logged.added is not None:  # `u` takes it back, as a line logged with `i`
            pane.remember_undo(undo_of_add(pane.bb_app.db, logged.added))
        # A step ticked before (an earlier exchange) is not news: "logged" only.
        ticked = "" if logged.already_ticked else logged.ticked_step or ""
        said = (
            step_toast("Marked as sent, and ticked “$step”.", ticked)
            if ticked
            else Content("Marked as sent, and logged.")
        )
        said += settled_note(logged.settled)
        note = added_note(pane, said) if logged.added is not None else said
        pane.notify(Content(" ").join([note, more]) if more else note)

    pane.app.push_screen(MessageScreen(view), closed)


def message_to_one_of(pane: AppPane, kind: object, application_id: int) -> None:
    """Recovery's `m`: with two or more people linked to the no's application, ask which of
    them it is to, the one last in touch first (Enter takes them; typing finds another);
    with one, or none, straight to the draft (``open_message``). It wrote to the recruiter
    with no way to pick the hiring manager who had written since."""
    from bounceback_tui import clock
    from bounceback_tui.domain.wording import days_ago
    from bounceback_tui.ui.people.pick import PickScreen

    try:
        people = message_service.recipients_in_order(pane.bb_app.db, application_id)
    except BouncebackError as exc:
        pane.notify(plain(exc), severity="error", title="Not opened")
        return
    if len(people) < 2:
        open_message(pane, kind, application_id, None)
        return
    today = clock.today()

    def note(when: date | None) -> str:
        if when is None:
            return "not in touch yet"
        return f"in touch {days_ago(max(0, (today - when).days))}"

    def picked(contact_id: int | None) -> None:
        if contact_id is not None:
            open_message(pane, kind, application_id, contact_id)

    pane.app.push_screen(
        PickScreen(
            "Who is it to?",
            [(p.id, p.name, f"{p.kind.label} · {note(p.last_contacted)}") for p in people],
            "",
        ),
        picked,
    )


def settled_note(settled: tuple[SettledFollowUp, ...]) -> Content:
    """What a toast after a line logged adds for the follow-ups it settled (their days
    cleared: services/people_log.settle_follow_ups), with the day each had, so that one still
    wanted can be set again: " That settles your 13 Jan follow-up with Priya Shah."; nothing
    when it settled none. The day comes before the name: after an application's "Company
    (Role)" a "(was 8 Dec)" made two sets of brackets in a row."""
    from bounceback_tui import clock
    from bounceback_tui.domain.dates import day_month

    if not settled:
        return Content("")
    today = clock.today()
    first, *rest = settled
    values = {"first": first.name, "day": day_month(first.day, today)}
    if not rest:
        return toast_with(" That settles your $day follow-up with $first.", **values)
    values |= {"second": rest[0].name, "then": day_month(rest[0].day, today)}
    return toast_with(
        " That settles your $day follow-up with $first and your $then one with $second.",
        **values,
    )
