"""`u` after a delete, the same on every pane: put back what the delete removed, in one
transaction, with whatever another window changed meanwhile taken into account.

A person deleted here may have been linked to an application deleted in another window since;
a restore may have put the deleted record back already. ``bring_back`` then brings back what
it can (``store/undo.restore``): the record with its links to rows still there, and says which
links could not come (``BroughtBack.note``: "Alex Morgan is back; the link to Oakleaf's
application was not, as it was deleted in another window."). When the record itself cannot
come back, it raises a ``BouncebackError`` that says why, and nothing is written.

Another window may have saved the deleted record again as new (its form's "save as new",
the record gone under it): `u` then made a second Alex Morgan beside the one saved there,
that one without the links to two applications (a stranger's two windows). ``restore_in``
finds the one saved again (``SAVED_AGAIN``): a person's or an application's links come back
to it, and a record whose form saved what hangs off it stays as it is there, said.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, SQLModel

from bounceback_tui.domain.interviews import InterviewKind
from bounceback_tui.domain.text import app_name, clip_name, interview_named
from bounceback_tui.domain.wording import brought_back, not_brought_back, plural, saved_again
from bounceback_tui.errors import BouncebackError, StoreRefusedError
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from bounceback_tui.store.undo import (
    DeletedRows,
    Gone,
    RestoreRefused,
    RowKey,
    raw_rows,
    restore,
)


@dataclass(frozen=True)
class BroughtBack:
    """What `u` brought back (``what``, the app's words) and the links it could not
    (``lost``, each what the link led to); ``many``: more than one link was lost."""

    what: str
    lost: tuple[str, ...] = ()
    many: bool = False
    # Saved again as new in another window meanwhile: the id of that one, where the links
    # went (the pane puts its cursor there).
    again_as: int | None = None

    @property
    def again(self) -> bool:
        return self.again_as is not None

    @property
    def note(self) -> str:
        """The sentence for the person: "<what> is back; the link to … was not, …"."""
        if self.again:  # its links to rows gone meanwhile: said as after any other undo
            gone = brought_back("It", self.lost, many=self.many) if self.lost else ""
            return f"{saved_again(self.what, links_back=True)} {gone}".strip()
        return brought_back(self.what, self.lost, many=self.many)


# A record deleted here that another window saved again as new ("save as new" on its form,
# the record gone under it) is found by these columns, among the rows added since the
# delete; True: what was linked to it comes back linked to the one saved again (a person's
# applications, interviews and log; an application's people, interviews and timeline, none
# of which its form holds); False: the one there stands alone, and `u` says so (its form
# saved what hangs off it, or a plan of its own was made for it).
SAVED_AGAIN: dict[str, tuple[tuple[str, ...], bool]] = {
    "contact": (("name", "email"), True),
    "application": (("company", "role"), True),
    "skill": (("title",), False),
    "interview_question": (("question",), False),
    "interview": (("application_id", "kind", "starts_at"), False),
    "rejection": (("company", "role", "rejected_on"), False),
    "thought_record": (("thought",), False),
}


# What a row no name can be given to is called, counted ("2 log entries").
_COUNTED = {
    "interaction": ("log entry", "log entries"),
    "thought_record": ("thought record", "thought records"),
    "coping_card": ("coping card", "coping cards"),
    "stage_change": ("timeline entry", "timeline entries"),
}


def named(gone: Gone, session: Session | None = None) -> str | None:
    """A row gone, in the app's words ("Oakleaf (Analyst)", "Alex Morgan"), from the row as it
    was at the delete; None for a row that has no name of its own (a log entry)."""
    row: dict[str, Any] = gone.row
    if not row:
        return None
    match gone.table:
        case "application":
            # "Company (Role)" as every note names it: "Oakleaf's application" named neither
            # the role nor which of two at one company.
            return app_name(row["company"], row.get("role") or "")
        case "contact":
            return clip_name(row["name"])
        case "skill":
            return f"the skill “{clip_name(row['title'])}”"
        case "interview_question":
            return f"the question “{clip_name(row['question'])}”"
        case "rejection":
            return f"the rejection from {app_name(row['company'], row.get('role') or '')}"
        case "recovery_step":
            return f"the step “{clip_name(row['title'])}”"
        case "interview":
            try:
                kind = InterviewKind(row["kind"]).label
            except ValueError:  # a kind this version does not know (a hand-edited store)
                kind = ""
            app = session.get(Application, row["application_id"]) if session else None
            if app is None:
                return f"the {kind} interview" if kind else "the interview"
            return f"the {interview_named(kind, app.company, app.role)}"
    return None


def called(deleted: DeletedRows) -> str:
    """The deleted record, in the app's words, to begin a sentence ("The skill “SQL”")."""
    table, rows = deleted.rows[0]
    name = named(Gone(table, rows[0])) or f"the {_COUNTED.get(table, ('record', ''))[0]}"
    return f"T{name[1:]}" if name.startswith("the ") else name


def lost_words(session: Session, lost: Sequence[Gone]) -> tuple[tuple[str, ...], bool]:
    """The rows gone, named, those without a name counted by kind; and whether more than
    one row was gone."""
    names: list[str] = []
    unnamed: Counter[str] = Counter()
    for gone in lost:
        name = named(gone, session)
        if name is None:
            unnamed[gone.table] += 1
        elif name not in names:
            names.append(name)
    for table, count in unnamed.items():
        one, many = _COUNTED.get(table, ("record", "records"))
        names.append(f"a {one}" if count == 1 else plural(count, one, many))
    return tuple(names), len(lost) > 1


@contextmanager
def said_as(what: str) -> Iterator[None]:
    """A restore refused inside (the record's id taken, a row it cannot be without gone,
    or the store refusing the row) comes out as a ``BouncebackError`` saying so about
    ``what``; the transaction it was in is rolled back."""
    try:
        yield
    except RestoreRefused as refused:
        if (parent := refused.parent) is None:
            raise BouncebackError(not_brought_back(what, taken=True)) from None
        words = named(parent) or f"the {_COUNTED.get(parent.table, ('record', ''))[0]}"
        raise BouncebackError(not_brought_back(what, parent=words)) from None
    except (IntegrityError, StoreRefusedError):
        raise BouncebackError(not_brought_back(what)) from None


def _same(value: Any, other: Any) -> bool:
    if isinstance(value, str) and isinstance(other, str):
        return " ".join(value.split()).casefold() == " ".join(other.split()).casefold()
    return bool(value == other)


def saved_again_as(session: Session, deleted: DeletedRows) -> int | None:
    """The id of the row another window saved ``deleted``'s record again as, since the
    delete (``SAVED_AGAIN``), the latest if more than one; None when there is none."""
    rule = SAVED_AGAIN.get(deleted.table)
    if rule is None or deleted.highest_id is None or not deleted.rows:
        return None
    columns, _links_back = rule
    first = deleted.rows[0][1][0]
    table = SQLModel.metadata.tables[deleted.table]
    # As stored, as the deleted row was kept (store/undo.raw_rows): the same text compares
    # equal, and a day another program wrote over is no crash.
    since = raw_rows(session, table, table.c.id > deleted.highest_id)
    for found in sorted(since, key=lambda row: row["id"], reverse=True):
        if all(_same(found[column], first[column]) for column in columns):
            return int(found["id"])
    return None


def restore_in(
    session: Session, deleted: DeletedRows, what: str, *, also: Sequence[DeletedRows] = ()
) -> BroughtBack:
    """Inside the caller's transaction: put ``deleted`` back (``RestoreRefused`` if it cannot
    come), then what was deleted with it in receipts of their own (``also``: a person's own
    log entries), each as far as it can. Saved again as new in another window meanwhile
    (``saved_again_as``): what was linked to it is linked to that one, or, where its form
    saved that too, nothing is written and a ``BouncebackError`` says why."""
    moved: dict[RowKey, Any] = {}
    again = saved_again_as(session, deleted)
    if again is not None:
        if not SAVED_AGAIN[deleted.table][1]:
            raise BouncebackError(saved_again(what, links_back=False))
        moved = {(deleted.table, (deleted.row_id,)): again}
    lost = list(restore(session, deleted, moved).lost)
    for receipt in also:
        try:
            lost += restore(session, receipt, moved).lost
        except RestoreRefused:
            continue  # back already, or its parent gone: the record itself is back
    words, many = lost_words(session, lost)
    return BroughtBack(what, words, many, again_as=again)


def bring_back(
    db: Database,
    deleted: DeletedRows,
    what: str | None = None,
    *,
    also: Sequence[DeletedRows] = (),
    then: Callable[[Session], object] | None = None,
) -> BroughtBack:
    """Put back what a delete removed, in one transaction (``then`` runs in it too, after);
    ``what`` names it in the app's words, a person's text clipped (``clip_name``); by
    default it is named from the deleted row (``called``)."""
    what = what or called(deleted)
    with said_as(what), db.write() as session:
        back = restore_in(session, deleted, what, also=also)
        if then is not None:
            then(session)
        return back
