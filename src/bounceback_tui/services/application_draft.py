"""A new application half typed (the Pipeline's `a`), kept as a draft while it is typed.

A recovery step's answer and a Reframe record keep what is typed in their own rows; a new
application has no row until it is saved, so its form's fields are kept in one setting of
the app's own (``application_draft``: the form's field names to their text, as typed, with
what a form field never takes left out: a control character but tab and line breaks, which
typing and pasting drop too (ui/kit/paste_input.py), and text past ``LONG_TEXT_LIMIT``, the
most a field of the form holds). The setting is the window's scratch, not a setting's value:
an export leaves it out and a restore does not judge it (transfer/scratch.py).
A `kill -9`, a crash or a closed terminal then loses at most the last pause's worth of
typing, and the next `a` offers the rest back. Saving the application or throwing the form
away clears it; a save clears it in the save's own transaction (``add_drafted``), so
no moment exists where the application is saved and its draft is still offered back.

Two windows on one store: the draft names the form that keeps it (``holder``, a token each
form makes). A form writes only a draft it keeps, or where there is none; another window's
`a` asks before it carries on with one (and then keeps it itself) or throws it away. So a
draft never fills a form silently, and two forms never write over each other's typing. A
draft whose form is still open in another window (``store/draft_lock.py``: that form holds
a lock the kernel lets go of when its window dies) is not left over: `a` does not offer it.
Not counted as an action (it is written while typing), as a step's draft is not; written as
the window's scratch (``Database.write(scratch=True)``), which no pane reads again for.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sqlmodel import Session

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.text import LONG_TEXT_LIMIT
from bounceback_tui.domain.text_fit import fitting
from bounceback_tui.services import applications
from bounceback_tui.services.applications import SaveResult, added_result
from bounceback_tui.store.database import Database
from bounceback_tui.store.draft_lock import held_elsewhere, hold, let_go, lock_path, remove_left
from bounceback_tui.store.models import Setting

KEY = "application_draft"


@dataclass(frozen=True)
class ApplicationDraft:
    holder: str  # the form that keeps it
    fields: dict[str, str]  # field name -> text, as typed

    @property
    def company(self) -> str:
        return self.fields.get("company", "")

    @property
    def role(self) -> str:
        return self.fields.get("role", "")


def _decoded(row: Setting | None) -> ApplicationDraft | None:
    if row is None:
        return None
    try:
        value: Any = json.loads(row.value)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    holder, fields = value.get("holder"), value.get("fields")
    if not isinstance(holder, str) or not isinstance(fields, dict) or not fields:
        return None
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in fields.items()):
        return None
    return ApplicationDraft(holder, dict(fields))


_KEPT_CONTROLS = frozenset("\t\n\r")


def _as_a_field_holds(text: str) -> str:
    """``text`` as a form field can hold it: no control character but tab and line breaks
    (typing and pasting drop the rest), and no more than the longest field takes."""
    if not text.isprintable():
        text = "".join(
            ch for ch in text if ch in _KEPT_CONTROLS or unicodedata.category(ch) != "Cc"
        )
    return fitting("", text, "", LONG_TEXT_LIMIT)


def _encoded(holder: str, fields: Mapping[str, str]) -> str:
    kept = {name: _as_a_field_holds(text) for name, text in fields.items()}
    return json.dumps({"holder": holder, "fields": kept})


def read_draft(db: Database) -> ApplicationDraft | None:
    """The draft kept, or None (none, or one the app cannot read)."""
    with db.read() as session:
        return _decoded(session.get(Setting, KEY))


def being_typed(db: Database, draft: ApplicationDraft) -> bool:
    """Whether the form that keeps ``draft`` is still open (another window typing it), not
    left by a window that is gone; False where that cannot be told."""
    return held_elsewhere(lock_path(db.path, draft.holder)) is True


def keep_draft(db: Database, holder: str, fields: Mapping[str, str]) -> bool:
    """Keep ``fields`` as the draft of the form ``holder``; False, writing nothing, when
    another form keeps one (another window's, or one its `a` has not asked about yet).
    The form holds its lock before it writes, so a draft is never read as left over while
    its form is open."""
    encoded = _encoded(holder, fields)
    hold(lock_path(db.path, holder))
    with db.write(count_activity=False, scratch=True) as session:
        row = session.get(Setting, KEY)
        if row is None:
            session.add(Setting(key=KEY, value=encoded))
            return True
        kept = _decoded(row)
        if kept is not None and kept.holder != holder:
            let_go(lock_path(db.path, holder))
            return False
        if row.value != encoded:  # as it stands: nothing written, the version stays
            row.value = encoded
        return True


def take_draft(db: Database, holder: str) -> ApplicationDraft | None:
    """Carry on with the draft kept: the form ``holder`` keeps it from now on (another
    window's form that kept it writes it no more). Its fields, or None if it is gone."""
    with db.write(count_activity=False, scratch=True) as session:
        row = session.get(Setting, KEY)
        kept = _decoded(row)
        if row is None or kept is None:
            return None
        if kept.holder != holder:
            hold(lock_path(db.path, holder))
            row.value = _encoded(holder, kept.fields)
            remove_left(lock_path(db.path, kept.holder))
        return ApplicationDraft(holder, kept.fields)


def drop_draft(db: Database, seen: ApplicationDraft) -> None:
    """Throw away the draft ``seen`` ("start empty"), if it is still the one kept."""
    with db.write(count_activity=False, scratch=True) as session:
        row = session.get(Setting, KEY)
        kept = _decoded(row)
        if row is not None and (kept is None or kept.holder == seen.holder):
            session.delete(row)
    remove_left(lock_path(db.path, seen.holder))


def clear_draft(db: Database, holder: str) -> None:
    """The form ``holder`` was thrown away: its draft goes (one another form keeps stays)."""
    with db.write(count_activity=False, scratch=True) as session:
        _clear_in(session, holder)
    let_go(lock_path(db.path, holder))


def let_go_of(db: Database, holder: str) -> None:
    """The form ``holder`` closed with its draft kept (its window quitting): its lock goes,
    so the next `a` offers the draft back as left over."""
    let_go(lock_path(db.path, holder))


def _clear_in(session: Session, holder: str) -> None:
    row = session.get(Setting, KEY)
    kept = _decoded(row)
    if row is not None and (kept is None or kept.holder == holder):
        session.delete(row)


def add_drafted(
    db: Database, holder: str, data: ApplicationInput, rejection: RejectionInput | None = None
) -> SaveResult:
    """Add the application the form ``holder`` keeps a draft of, as
    ``applications.add_application_result`` does, its draft cleared in the same transaction:
    the app killed just after the save never offers back a draft of what is saved."""
    with db.write() as session:
        # Asked of its module when called (one rule for every add, and what a test stands in).
        app, ticked = applications.insert_application(session, data, rejection)
        _clear_in(session, holder)
        result = replace(added_result(session, app), ticked=ticked)
    let_go(lock_path(db.path, holder))
    return result
