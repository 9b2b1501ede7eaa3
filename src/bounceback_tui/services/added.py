"""What `u` needs to take back a record just added, made inside the add's own transaction
(``receipt``); ``services/take_back.py`` takes it back.

The receipt holds the record's version and how many rows hang off it straight after the
add, the plan steps the add ticked (and what else it wrote in them: a feedback line's day
asked and how, a reply's answer; and the reply step's day a late ask moved), and when a
plan the add reopened had finished: `u` goes ahead only while the record is still exactly
so (compare-and-set), and puts back what the add did beside it, each step only while it
still holds what the add wrote."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session

from bounceback_tui.domain.text import AppName, clip_name
from bounceback_tui.store.undo import footprint

# A binding's key as the person's keymap has it, asked by its id and its usual key (the
# UI's ``key_label``): services/ cannot ask the keymap, and a refusal that said "Press d"
# kept the usual letter after settings.toml moved the key (services/take_back.py).
KeyOf = Callable[[str, str], str]
# A binding id naming the key of the pane the person is on, for an action several panes bind
# alike ("here.edit_interview": People's, the Pipeline's or Today's `N`): the app's
# ``key_label`` reads it as the shown pane's own binding (ui/app_keys.py). "Press N, then d"
# named People's `N` on every pane, a key the Pipeline's keymap may have moved.
HERE = "here."


@dataclass(frozen=True)
class TickedStep:
    """A step an action ticked: enough to name it and to take the tick back with the action."""

    step_id: int
    title: str
    done_at: datetime
    # What else the action wrote in the step, each (column, before, after): a feedback
    # line's day asked and how, a reply's answer. They go back with the tick.
    filled: tuple[tuple[str, Any, Any], ...] = ()
    # False: the step was ticked already (``done_at`` its own), and the action only filled
    # in what it had left empty; `u` empties that again and leaves the tick.
    ticked_now: bool = True
    # The no whose plan it is, "Company (Role)" (domain/text.app_name): an application sent
    # names the plan it answered ("" where the action's own words name it).
    plan: str = ""


@dataclass(frozen=True)
class Cleared:
    """A value an add emptied in another record (a follow-up's day a line settled): `u` puts
    it back while that record's ``column`` is still empty."""

    table: str
    row_id: int
    column: str
    value: Any
    # The app's words for it, "{name}" where the person's text goes ("your follow-up with
    # {name}"), and that text.
    thing: str
    name: str


@dataclass(frozen=True)
class MovedDay:
    """A plan step's day an action moved, in days from its no (a feedback ask moved "Note
    what came back" to a week after it): `u` puts ``before`` back while the step still has
    ``after`` (services/reply_day.py)."""

    step_id: int
    title: str
    before: int
    after: int
    rejected_on: date  # its no's day, for a note to name the day

    def due(self, *, back: bool = False) -> date:
        """The day the step is due once moved (``back``: once the move is undone)."""
        return self.rejected_on + timedelta(days=max(0, self.before if back else self.after))


@dataclass(frozen=True)
class Added:
    """A record just added, as the add left it."""

    table: str
    row_id: int
    # The app's words for it, "{name}" where the person's text goes ("the step “{name}”").
    thing: str
    name: str
    version: int
    # Rows deleting it would take or unlink with it (a new no's plan steps).
    with_it: int
    ticked: tuple[TickedStep, ...] = ()
    # A finished plan the add reopened (a step added to it): when it had finished.
    reopened: datetime | None = None
    # The record it belongs to (a step's no), for the pane to show once it is gone.
    parent: int | None = None
    # What the add emptied elsewhere, to put back with it (a follow-up's day).
    cleared: tuple[Cleared, ...] = ()
    # The plan steps' days it moved (a late feedback ask's reply), to put back with it.
    moved: tuple[MovedDay, ...] = ()
    # What the person did, as the note after `u` names it: "Sending taken back" for a log
    # line "Mark as sent" wrote ("Add taken back" said of a send).
    action: str = "Add"

    @property
    def called(self) -> str:
        """What notes call it: "the step “Call Sam”", "Kenji Tanaka"."""
        name = self.name if isinstance(self.name, AppName) else clip_name(self.name)
        return self.thing.replace("{name}", name)  # an application's is clipped already


def receipt(
    session: Session,
    table: str,
    row_id: int,
    thing: str,
    name: str,
    *,
    ticked: tuple[TickedStep, ...] = (),
    reopened: datetime | None = None,
    parent: int | None = None,
    cleared: tuple[Cleared, ...] = (),
    moved: tuple[MovedDay, ...] = (),
) -> Added:
    """Inside the add's transaction, once its rows are written: the receipt `u` needs."""
    version, with_it = footprint(session, table, row_id)
    assert version is not None  # written just now, in this transaction
    return Added(
        table, row_id, thing, name, version, with_it, ticked, reopened, parent, cleared, moved
    )
