"""What every `u` shares beyond the pane's own entries (``Pane.remember_undo``): the note
after it, and letting go of what it could take back once the store is replaced.

- ``say_brought_back(widget, back, usual)``: the pane's own note when the undo brought back
  everything (``usual``); when a link could not come back, because what it led to was deleted
  in another window meanwhile, the whole story as a warning ("Alex Morgan is back; the link
  to Oakleaf (Analyst) was not, as it was deleted in another window.",
  ``services/bring_back.py``).
- ``deleted_words(deleted, column)``: what the deleted row said in ``column`` (a skill's title,
  a thought), for a note that names what came back in one family of words: "“Learn SQL” is
  back.", "Kenji Tanaka is back." ("Put back.", "Brought back." named nothing: a stranger's
  walk).
- ``AddUndo`` and ``added_note``: an add `u` can take back (Skills, Recovery, People: a
  person, a line of the log, an interview; Reframe). The pane keeps an ``AddUndo`` (the
  service's receipt, ``services/added.py``, and the call that takes it back) with
  ``Pane.remember_undo``, so a later add or delete replaces it as deletes replace each
  other, and its note ends "u takes it away." (``added_note``).
  Its ``action_undo`` begins with ``Pane.took_back_add()``: the add goes in one transaction
  only while the record is as the add left it (anything else is refused, with nothing
  changed, and the record stays under the cursor), a plan step it ticked is unticked (one
  changed since stays, and the note says so), what it cleared elsewhere is back while still
  empty ("Your follow-up with Priya Shah is back on 13 Jan.", ``put_back_note``), and the
  pane puts the cursor on a row near where it was (``Pane.after_add_taken_back``).
- ``drop_undo_everywhere(app)``: a restore, an import with --replace or demo data replaced
  the store under the window ("Store replaced", ``ui/app_panes.py``); what `u` would take back
  was taken from the store before, so every pane and dialog that keeps an undo
  (``KeepsUndo``) forgets it and `u` leaves the key bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from textual.app import App
from textual.content import Content

from bounceback_tui.errors import BouncebackError, StoreError
from bounceback_tui.ui.kit.text import ContentNotify, plain, step_toast, toast_with

if TYPE_CHECKING:  # the type alone: the ORM is not imported before the first paint
    from bounceback_tui.services.added import Added, KeyOf, MovedDay
    from bounceback_tui.services.bring_back import BroughtBack
    from bounceback_tui.services.store_access import Database
    from bounceback_tui.services.take_back import TakenBack
    from bounceback_tui.ui.kit.pane import Pane

# What every note after an undoable add ends with, as "u brings it back" after a delete: the
# key of the pane's undo as the person's keymap has it (``undo_key``).
TAKES_IT_AWAY = " [b]$key[/b] takes it away."


def added_note(pane: object, said: str | Content) -> Content:
    """The note after an add ``pane``'s undo can take back: what the pane says of it, then
    what its key does. The key was written "u" by hand, and still said so once a keymap had
    moved the pane's undo (``undo_key``)."""
    head = said if isinstance(said, Content) else Content(said)
    return head + toast_with(TAKES_IT_AWAY, key=undo_key(pane))


def answered_note(added: Added) -> Content:
    """What an interview booked settled (``interviews.add_interview_undoable``): " They
    answered: its follow-up is done.", said before the undo's key, which brings it back;
    nothing when it settled nothing (a follow-up went from Today without a word)."""
    return plain(" They answered: its follow-up is done.") if added.cleared else Content("")


def undo_key(pane: object) -> str:
    """The key of ``pane``'s undo (its binding whose action is "undo": "pipeline.undo",
    "today.undo") as the person's keymap has it; "u", its usual key, without one."""
    from bounceback_tui.ui.kit.key_text import key_of

    bindings = getattr(pane, "_bindings", None)
    for declared in bindings.key_to_bindings.values() if bindings is not None else ():
        for binding in declared:
            if binding.action == "undo" and binding.id is not None:
                return key_of(getattr(pane, "app", None), binding.id, "u")
    return "u"


@dataclass(frozen=True, eq=False)
class AddUndo:
    """An add `u` can take back: the receipt, and the call that takes it back in one
    transaction (``services/take_back.take_back`` with the pane's store), returning what
    it did beside (``TakenBack``). Each call is given the keys as bound (``KeyOf``: the
    app's ``key_label``), which a refusal names ("Press d to delete it.")."""

    receipt: Added
    take_back: Callable[[KeyOf], TakenBack]
    # What goes with it that the person wrote (a thought record's answers): `u` asks first,
    # naming it, and keeps it unless told yes (one stray key lost a whole exercise).
    asks: str = ""
    # Raises what the take-back would refuse with now (``take_back.can_take_back``): asked
    # first, a record changed since is refused before the question, not after it.
    check: Callable[[KeyOf], None] | None = None


def undo_of_add(db: Database, added: Added, *, asks: str = "") -> AddUndo:
    """What `u` keeps for ``added``: taken back by ``services/take_back.take_back``, and
    checked by its ``can_take_back``, so `u` leaves the key bar once the record has changed
    since (``Pane.undo_refusal``) rather than staying there only to refuse."""
    from bounceback_tui.services.take_back import can_take_back, take_back

    return AddUndo(
        added, partial(take_back, db, added), asks=asks, check=partial(can_take_back, db, added)
    )


def undo_failed(
    pane: Pane, exc: BouncebackError, refused: Callable[[BouncebackError], object]
) -> None:
    """What every `u` does when taking back failed: damage, or a table or column of the
    app's dropped meanwhile, go on to the app's one door for them (as ``Pane.reread``
    sends them, kit/read_failed.py), never a "Could not undo" toast; a store busy or
    read-only for now is said and the undo kept (`u` may work later); anything else (changed
    or deleted since) is the pane's ``refused``: it lets go of the undo, says why, and shows
    the row as it is now."""
    from bounceback_tui.ui.kit.read_failed import TO_THE_APP

    if isinstance(exc, TO_THE_APP):
        raise exc
    if isinstance(exc, StoreError):
        pane.report(exc, title="Could not undo")
        return
    refused(exc)


def take_back_add(pane: Pane, entry: AddUndo) -> None:
    """`u` on an add: take it back (after asking, if it holds the person's writing), or say
    why not with nothing changed; the cursor always lands on a row of the pane
    (``after_add_taken_back``), and focus stays in it."""
    if not entry.asks:
        _take_back(pane, entry)
        return
    if entry.check is not None:
        from bounceback_tui.ui.kit.key_text import key_of  # the keys a refusal names

        try:
            entry.check(partial(key_of, pane.app))
        except BouncebackError as exc:
            undo_failed(pane, exc, partial(_refused, pane, entry))
            return
    from bounceback_tui.ui.kit.confirm import ConfirmScreen

    def answered(yes: bool | None) -> None:
        if yes and entry is pane.undo_entry():
            _take_back(pane, entry)
        else:
            _keep_focus(pane)

    called = entry.receipt.thing.replace("{name}", "$name")
    pane.app.push_screen(
        ConfirmScreen(
            toast_with(f"Take back {called}?", name=entry.receipt.name),
            entry.asks,
            confirm_label="Take it back",
            cancel_label="Keep it",
        ),
        answered,
    )


def taken_back_note(
    thing: str,
    name: str,
    unticked: tuple[str, ...],
    *,
    finished_again: bool = False,
    kept: tuple[str, ...] = (),
) -> Content:
    """The note after `u` took an add back, the Pipeline's too: "Taken back: “Negotiation”
    is removed.", then the plan steps open again (one step in several plans: " “Send the next
    application” is open again in 2 plans."), a plan finished again, and the steps
    it ticked that stay as they are (``kept``: changed since). ``thing`` is the app's words
    for it, "{name}" where ``name`` goes."""
    template = "Taken back: " + thing.replace("{name}", "$name") + " is removed."
    said = toast_with(template, name=name)
    if len(unticked) == 1:
        said += step_toast(" “$step” in your plan is open again.", unticked[0])
    elif len(set(unticked)) == 1:  # one step, in each plan an add ticked it in
        said += step_toast(" “$step” is open again in $n plans.", unticked[0], n=len(unticked))
    elif unticked:
        said += step_toast(
            " “$step” and $more more in your plan are open again.",
            unticked[0],
            more=len(unticked) - 1,
        )
    if finished_again:
        said += Content(" Its plan is finished again.")
    if len(kept) == 1:
        said += step_toast(" “$step” in your plan stays as it is: it has changed since.", kept[0])
    elif len(set(kept)) == 1:
        said += step_toast(
            " “$step” stays as it is in $n plans: it has changed since.", kept[0], n=len(kept)
        )
    elif kept:
        said += step_toast(
            " “$step” and $more more in your plan stay as they are: they have changed since.",
            kept[0],
            more=len(kept) - 1,
        )
    return said


def days_note(moved: tuple[MovedDay, ...], *, back: bool = False) -> Content:
    """What a note says of plan steps' days an action moved (``back``: an undo moved them
    back): " “Note what came back” is due 27 Nov again." (services/reply_day.py); nothing
    when none moved."""
    said = Content("")
    for one in moved:
        day = _said_value(one.due(back=back))
        said += step_toast(" “$step” is due $day again.", one.title, day=day)
    return said


def put_back_note(done: TakenBack) -> Content:
    """What the note after `u` adds for what the add had cleared elsewhere: " Your follow-up
    with Priya Shah is back on 13 Jan.", or, set again since, " Your follow-up with Priya
    Shah stays on 20 Jan, the day you set since."; nothing when it had cleared nothing. Then
    a reply step's day a late ask had moved, back as it was (``days_note``), and an
    application the add had marked rejected, back in its stage (" Northwind (Platform
    Engineer) is back in Applied in the Pipeline.")."""
    said = days_note(done.days_back, back=True)
    for named, stage in done.moved_back:  # "Company (Role)": app_name
        said += toast_with(" $name is back in $stage in the Pipeline.", name=named, stage=stage)
    for one, template in (
        *((one, " $Thing is back on $day.") for one in done.put_back),
        *((one, " $Thing stays on $day, the day you set since.") for one in done.set_since),
    ):
        thing = one.thing[:1].upper() + one.thing[1:]
        said += toast_with(
            template.replace("$Thing", thing.replace("{name}", "$name")),
            name=one.name,
            day=_said_value(one.value),
        )
    return said


def _said_value(value: object) -> str:
    """A value put back as a note says it: a day as "13 Jan" (with its year when not this
    one), anything else as it reads."""
    from datetime import date

    from bounceback_tui import clock
    from bounceback_tui.domain.dates import day_month

    return day_month(value, clock.today()) if isinstance(value, date) else str(value)


def _take_back(pane: Pane, entry: AddUndo) -> None:
    from bounceback_tui.ui.kit.key_text import key_of
    from bounceback_tui.ui.kit.toast_room import notes_of_the_undone_go

    notes_of_the_undone_go(pane.app)
    added = entry.receipt
    hidden = filter_hides(pane, added)
    try:
        done = entry.take_back(partial(key_of, pane.app))
    except BouncebackError as exc:
        undo_failed(pane, exc, partial(_refused, pane, entry))
        return
    pane.forget_undo(entry)
    pane.after_add_taken_back(added, taken=True)
    _keep_focus(pane)
    said = taken_back_note(
        added.thing,
        added.name,
        done.unticked,
        finished_again=done.finished_again,
        kept=done.kept,
    )
    said += hidden_note(pane, hidden)
    pane.notify(said + put_back_note(done), title=f"{added.action} taken back")


@dataclass(frozen=True)
class Hidden:
    """What the pane's filter hid of an add `u` takes back: the words typed, and for a
    record shown inside another (a plan's step, a person's log line) that one's words and
    name ("its plan", "Acme (Engineer)"); "" for the record itself."""

    typed: str
    whose: str = ""
    name: str = ""


def filter_hides(pane: Pane, added: Added) -> Hidden | None:
    """Whether the words typed in ``pane``'s filter hide the record ``added`` names, or the
    row it is shown in (``Pane.ROW_TABLE``: the pane's rows; a record of
    ``Pane.ROW_CHILDREN`` is shown in its ``parent``). `u` after a save that changed
    nothing takes back the pane's last add, and one the filter hid went without a sign on
    the screen (the round's last walk): the note says so."""
    if added.table == pane.ROW_TABLE:
        return hidden_row(pane, added.row_id)
    if added.table in pane.ROW_CHILDREN:
        return hidden_row(pane, added.parent, pane.ROW_WORDS)
    return None


def hidden_row(pane: Pane, key: int | None, whose: str = "") -> Hidden | None:
    """Whether the words typed in ``pane``'s filter hide its row ``key`` (``whose``: what a
    note calls that row, for a record shown in it; "" for the record's own row)."""
    model = getattr(pane, "_model", None)
    typed = " ".join(str(getattr(model, "text", "")).split())
    if model is None or not typed or key is None:
        return None
    row = model.find(key)
    if row is None or model.shows(key):
        return None
    return Hidden(typed, whose, pane.row_named(row) if whose else "")


def hidden_note(pane: Pane, hidden: Hidden | None) -> Content:
    """' The filter "zeta" was hiding it.', ' The filter "zeta" was hiding its plan, Acme
    (Engineer).', or once the pane cleared the filter to show where the cursor went,
    ' Filter "zeta" cleared: it hid its plan, Acme (Engineer).'; nothing when nothing hid."""
    if hidden is None:
        return Content("")
    model = getattr(pane, "_model", None)
    cleared = not " ".join(str(getattr(model, "text", "")).split())
    what = ("$whose, $name" if hidden.name else "$whose") if hidden.whose else "it"
    template = (
        f' Filter "$typed" cleared: it hid {what}.'
        if cleared
        else f' The filter "$typed" was hiding {what}.'
    )
    return toast_with(template, typed=hidden.typed, whose=hidden.whose, name=hidden.name)


def _refused(pane: Pane, entry: AddUndo, exc: BouncebackError) -> None:
    """Changed or gone: it stays, said, and `u` lets go of it (it would only say so again)."""
    from bounceback_tui.ui.kit.deleted_here import said_of_gone

    pane.forget_undo(entry)
    pane.report(said_of_gone(pane, entry.receipt, exc))  # this window's own delete: said
    pane.after_add_taken_back(entry.receipt, taken=False)
    _keep_focus(pane)


def _keep_focus(pane: Pane) -> None:
    """Focus on the pane's own widgets after the pane has placed the cursor (never lost)."""
    focused = pane.app.focused
    if focused is None or not (focused is pane or pane in focused.ancestors):
        pane.focus_target_shown().focus()


def say_brought_back(
    widget: ContentNotify,
    back: BroughtBack | None,
    usual: str | Content | None,
    *,
    title: str = "",
    timeout: float | None = None,
) -> None:
    """The note after an undo: ``usual`` (None: no note), or what did not come back, or
    where it went (saved again as new in another window meanwhile)."""
    if back is not None and back.again and not back.lost:  # a longer story: its own time
        widget.notify(plain(back.note), title=title)
    elif back is None or not back.lost:
        if usual is not None:
            widget.notify(usual, title=title, timeout=timeout)
    else:
        widget.notify(plain(back.note), severity="warning", title="Not every link came back")


def deleted_words(deleted: object, column: str, most: int = 60) -> str:
    """The first deleted row's ``column`` (the record the person deleted, before what went
    with it), on one line and clipped to ``most`` cells; "" if it had none."""
    from bounceback_tui.ui.kit.cells import clip

    rows = getattr(deleted, "rows", None) or [("", [{}])]
    first = rows[0][1][0] if rows[0][1] else {}
    return clip(" ".join(str(first.get(column) or "").split()), most)


@runtime_checkable
class KeepsUndo(Protocol):
    """A pane or dialog with something `u` can take back."""

    def drop_undo(self) -> None:
        """Forget everything `u` could take back, and update the key bar."""


def drop_undo_everywhere(app: App[Any]) -> int:
    """Every pane and open dialog forgets its undo; returns how many were told."""
    holders = [
        node
        for screen in app.screen_stack
        for node in (screen, *screen.walk_children(with_self=False))
        if isinstance(node, KeepsUndo)
    ]
    for holder in holders:
        holder.drop_undo()
    return len(holders)
