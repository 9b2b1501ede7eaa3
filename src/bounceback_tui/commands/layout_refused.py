"""A store the launch refuses for its layout, offered to be repaired on the store-problem
screen.

A store behind this version that holds what the app does not make (another program's
trigger, table, view, index or column), or one of the app's own triggers, indexes or views
changed or missing, is not upgraded (migrations/apply.py). The launch printed one sentence
naming `bounceback-tui repair` and ended with status 1. In a terminal it now shows the
store-problem screen with "Repair it" first: it runs what `repair` runs
(``commands.repair.repair_store``, one function), which brings the store up to date once
it is put right, and the app opens. The next good backup is offered too, where there is
one, and quitting leaves the file as it was (status 1). A layout `repair` would not leave
as the app makes it (a column SQLite cannot drop) is not offered to be repaired: the screen
says why. Away from a terminal the refusal is said as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.paths import DataPaths

if TYPE_CHECKING:
    from bounceback_tui.errors import ForeignLayoutError, StoreError, StoreLayoutError
    from bounceback_tui.store.layout_faults import Fault
    from bounceback_tui.ui.screens.store_problem_repair import LayoutOffer

_NAME_CELLS = 32  # a name in a sentence, on one line (as the launch's notice clips them)
# Started fresh from, such a store is moved aside, never deleted, as an unreadable one is:
# bounceback.sqlite3.changed-<time> (it reads; another program changed it).
KEPT_ASIDE_AS = "changed"
# Repair it did not work, said as a person would (SQLite's words on the details line).
COPY_NOT_SOUND = (
    "Repair stopped before changing anything: the copy of your store it keeps first failed "
    "the check for damage. Your store may be damaged, or hold something another program made "
    "that bounceback-tui cannot read. It is exactly as it was."
)
NOT_REMOVED = (
    "Repair stopped: what another program added could not be removed, because something else "
    "in the store depends on it. Nothing was changed."
)


def layout_refusal(paths: DataPaths, refused: ForeignLayoutError) -> tuple[StoreError, LayoutOffer]:
    """What the store-problem screen says of the store the launch refused for its layout,
    and what it offers (``run_app.resolve_store_problem`` shows them). Away from a terminal,
    or when what is refused cannot be read again: the refusal, raised as it was."""
    from bounceback_tui.commands import not_a_terminal
    from bounceback_tui.errors import StoreError
    from bounceback_tui.store.layout import repair_kept_back, store_foreign_parts

    if not_a_terminal() is not None:
        raise refused
    faults = store_foreign_parts(paths.database)
    if not faults:
        raise refused
    kept_back = repair_kept_back(paths.database)
    said = refused_problem(faults, mended=kept_back is None)
    return StoreError(said), layout_offer(paths, faults, kept_back)


def refused_problem(faults: list[Fault], *, mended: bool = True) -> str:
    """What the screen says is wrong: "Your store holds a trigger (zz_evil) that
    bounceback-tui does not make, and it is not brought up to this version until it is
    removed. Nothing was changed." Names clipped to one line, plain text. Not ``mended``
    (what `repair` does not mend is there too, said beside it): "…, so it is not brought up
    to this version.", removing it not being enough."""
    from bounceback_tui.store.layout_faults import told

    said = told(faults, _clipped, "holds")
    held = f"and it is not brought up to this version until {said.until}"
    if not mended:
        held = "so it is not brought up to this version"
    return (
        f"Your store {said.what} (another program changed it, or it came back with a "
        f"backup), {held}. Nothing was changed."
    )


def layout_offer(paths: DataPaths, faults: list[Fault], kept_back: str | None) -> LayoutOffer:
    """What "Repair it" does, said before it is chosen; or why it is not offered
    (``kept_back``: ``layout.repair_kept_back``'s reason)."""
    from bounceback_tui.ui.screens.store_problem_repair import LayoutOffer

    what = repair_said(faults)
    if kept_back is not None:
        return LayoutOffer(what, None, _not_offered(kept_back))
    return LayoutOffer(what, lambda: repair_here(paths))


def _not_offered(kept_back: str) -> str:
    # The way back (a backup made before, or that there is none) the screen says after it.
    return f"Repair is not offered: it would not put this store right ({kept_back})."


def missing_refusal(paths: DataPaths, refused: StoreLayoutError) -> tuple[StoreError, LayoutOffer]:
    """What the store-problem screen says of a store up to date that lacks a table the app
    uses, or one of its columns (store/layout_tables.py), and that "Repair it" is not
    offered: `repair` does not mend that. Restore and Start fresh, as for the other layout
    refusals (the store kept aside as it is). Away from a terminal: the refusal, raised."""
    from bounceback_tui.commands import not_a_terminal
    from bounceback_tui.errors import StoreError
    from bounceback_tui.ui.screens.store_problem_repair import LayoutOffer

    if not_a_terminal() is not None:
        raise refused
    said = (
        f"Your store is not as bounceback-tui makes it: {refused.problem} (another program "
        "changed it, or it came back with a backup), so it cannot be used as it is. Nothing "
        "was changed."
    )
    return StoreError(said), LayoutOffer("", None, _not_offered(refused.problem))


def repair_said(faults: list[Fault]) -> str:
    """ "A copy of the store is kept first, in the backups folder. Then the trigger zz_evil
    and the table zz_log, which bounceback-tui does not make, are removed, and the store is
    brought up to date." """
    from bounceback_tui.store.layout_faults import FOREIGN

    gone = [f for f in faults if f.state == FOREIGN]
    back = [f for f in faults if f.state != FOREIGN]
    done = []
    if gone:
        verb = "is" if len(gone) == 1 else "are"
        done.append(f"{_listed(gone)}, which bounceback-tui does not make, {verb} removed")
    if back:
        one = len(back) == 1
        done.append(
            f"{_listed(back)} {'is' if one else 'are'} put back as bounceback-tui makes "
            f"{'it' if one else 'them'}"
        )
    return (
        "A copy of the store is kept first, in the backups folder. Then "
        f"{' and '.join(done)}, and the store is brought up to date."
    )


def repair_here(paths: DataPaths) -> str:
    """`repair` on the screen (``repair_store``, as the command runs it), and what was done,
    said for the screen: "Removed what the app does not make: trigger zz_evil. The store as
    it was is kept as …-before-repair.sqlite3 in the backups folder; it was then brought up
    to date from version 7." What it could not put right is raised in its own words."""
    from bounceback_tui.commands.repair import repair_store
    from bounceback_tui.errors import StoreDamagedError, StoreError
    from bounceback_tui.store.layout import removed_sentence

    said: list[str] = []
    try:
        repaired = repair_store(paths, said.append)
    except StoreDamagedError as exc:  # the copy kept first failed SQLite's check
        raise _in_plain_words(COPY_NOT_SOUND, exc.details) from exc
    if repaired.met:  # SQLite would not drop something: its words go on the details line
        assert repaired.saved is not None
        kept = f" The copy kept first is {repaired.saved.name} in the backups folder."
        raise _in_plain_words(NOT_REMOVED + kept, repaired.met)
    if repaired.status != 0:
        raise StoreError(" ".join(said))
    if repaired.saved is None:  # put right meanwhile (another window's repair)
        return " ".join(said)
    done = removed_sentence(list(repaired.done)) if repaired.done else "Nothing needed changing."
    upgraded = (
        f"; it was then brought up to date from version {repaired.upgraded_from}"
        if repaired.upgraded_from
        else ""
    )
    return (
        f"{done} The store as it was is kept as {repaired.saved.name} in the backups "
        f"folder{upgraded}."
    )


def _in_plain_words(said: str, details: str) -> StoreError:
    """``said`` for the screen, SQLite's own words (``details``) kept for its details line:
    the screen read "damaged inside (SQLite's check of the copy says: unknown function:
    zz_fn())" of a store whose only fault was another program's index."""
    from bounceback_tui.errors import StoreError

    error = StoreError(said)
    error.details = details
    return error


def _listed(faults: list[Fault]) -> str:
    things = [f"the {f.kind} {_clipped(f.name)}" for f in faults]
    return things[0] if len(things) == 1 else ", ".join(things[:-1]) + " and " + things[-1]


def _clipped(name: str) -> str:
    from bounceback_tui.domain.text import clip_name

    return clip_name(name, _NAME_CELLS)
