"""This window's own deletes, so that `u` on another pane never blames "another window" for
them (a new user's walk: an interview scheduled on People, deleted from Today, and People's
`u` said another window may have deleted it).

``Pane.remember_undo`` notes each delete it keeps (a receipt whose ``rows`` name the table
and row it took: ``store/undo.DeletedRows``), and ``Pane.forget_undo`` lets go of it once
taken back. An add's `u` that finds its record gone asks ``said_of_gone``: deleted here, the
refusal says on which pane, and that pane's `u` while it still keeps that delete."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from bounceback_tui.errors import BouncebackError, DeletedElsewhereError

if TYPE_CHECKING:
    from bounceback_tui.ui.kit.pane import Pane

# For each app: (table, row id) deleted in it -> the pane that deleted it and the receipt.
_DELETED: WeakKeyDictionary[Any, dict[tuple[str, Any], tuple[Pane, object]]] = WeakKeyDictionary()


def _key_of(entry: object) -> tuple[str, Any] | None:
    rows = getattr(entry, "rows", None)
    table = getattr(rows, "table", None)
    return (table, getattr(rows, "row_id", None)) if isinstance(table, str) else None


def noted(pane: Pane, entry: object) -> None:
    """``entry``, just kept by ``pane`` for its `u`: a delete is noted as this window's."""
    key = _key_of(entry)
    if key is not None:
        _DELETED.setdefault(pane.app, {})[key] = (pane, entry)


def let_go(pane: Pane, entry: object) -> None:
    """``entry`` taken back (or no longer to be): its record is no longer this window's
    delete."""
    key = _key_of(entry)
    kept = _DELETED.get(pane.app, {})
    if key is not None and key in kept and kept[key][1] is entry:
        del kept[key]


def let_go_all(pane: Pane) -> None:
    """Every delete ``pane`` noted: its undo dropped (the store replaced, whose row ids a
    new store may use again for other records)."""
    kept = _DELETED.get(pane.app, {})
    for key in [key for key, (holder, _entry) in kept.items() if holder is pane]:
        del kept[key]


def said_of_gone(pane: Pane, receipt: object, exc: BouncebackError) -> BouncebackError:
    """``exc``, the refusal of an add's `u` (``receipt``: services/added.Added), or, when its
    record is gone because this window deleted it, the words that say so."""
    from bounceback_tui.domain.wording import deleted_here
    from bounceback_tui.ui.kit.undo import undo_key

    table, row_id = getattr(receipt, "table", None), getattr(receipt, "row_id", None)
    found = _DELETED.get(pane.app, {}).get((str(table), row_id))
    if not isinstance(exc, DeletedElsewhereError) or found is None:
        return exc
    holder, entry = found
    titles: list[tuple[str, str, str]] = getattr(pane.app, "pane_tabs", list)()
    where = next((title for pane_id, _key, title in titles if pane_id == holder.id), "")
    undo = undo_key(holder) if entry is holder.undo_entry() else ""
    thing, name = getattr(receipt, "thing", "it"), getattr(receipt, "name", None)
    return DeletedElsewhereError(
        deleted_here(thing, where or "another pane of this window", undo, name=name)
    )
