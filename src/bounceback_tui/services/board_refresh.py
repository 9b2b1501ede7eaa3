"""Refreshing followed job boards: every board at once, each stored as soon as it is read.

A refresh fetches every followed board concurrently (a few at a time), each within
its deadline, and stores each board's new openings in a transaction of its own as
soon as that board is read: one slow or failing board never costs the others what
they brought. Each opening not already known becomes a Saved application at the
followed company. "Already known" means the same posting, told apart as the import tells
them (``importers.dedupe.posting_key``: one Greenhouse posting under boards. and
job-boards.greenhouse.io is one), or the same company with a near-identical title
(rapidfuzz, ``importers.dedupe``). The stored applications are read once a refresh, then
board by board only those not read yet (``posting_import.PostingsRead``).
One board's failure is recorded on that board (``last_error``) and reported; the
other boards are still read and stored.

Two rules keep a followed board from flooding the Pipeline:

- the first check of a board adds at most ``FIRST_CHECK_LIMIT`` openings, the
  newest first (a big company can have hundreds);
- later checks add only openings posted since the day before the last successful
  check (or with no date), so a lead the person deleted does not come back.

httpx is imported only when a refresh runs. Following and unfollowing are in boards.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from bounceback_tui import clock
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError
from bounceback_tui.importers.posting import Posting
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.services.applications import insert_application
from bounceback_tui.services.boards import BoardView, board_view, list_boards
from bounceback_tui.services.posting_import import PostingsRead, application_input
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import FollowedBoard

if TYPE_CHECKING:
    import httpx

FIRST_CHECK_LIMIT = 25
CONCURRENCY = 4

BoardFetcher = Callable[[BoardRef], Awaitable[list[Posting]]]
ProgressCallback = Callable[["RefreshProgress"], object]


@dataclass(frozen=True)
class RefreshProgress:
    """One board finished (read or failed): ``done`` of ``total``."""

    done: int
    total: int
    board: BoardView
    error: str | None


@dataclass
class BoardOutcome:
    board: BoardView
    error: str | None = None
    openings: int = 0
    added: list[int] = field(default_factory=list)  # ids of the new Saved applications
    known: int = 0  # same link, or same company and role, as one already known
    older: int = 0  # posted before the last check (seen then, or deliberately removed)
    over_limit: int = 0  # left out by the first check's limit
    unreadable: int = 0  # no title, or refused by the application rules

    def summary(self) -> str:
        """One line for the command line and the boards screen."""
        if self.error:
            return self.error
        if self.openings == 0:
            return "No open roles right now."
        added = len(self.added)
        parts = [f"{added:,} new" if added else "nothing new"]
        if self.known:
            parts.append(f"{self.known:,} already in your Pipeline")
        if self.over_limit:
            newest = f"the {FIRST_CHECK_LIMIT:,} newest added"
            parts.append(f"{self.over_limit:,} more left out ({newest})")
        if self.unreadable:
            # Counted, never said: five of eight openings went without a word (an attacker).
            why = "no title, a link that is not a web page, or not readable"
            parts.append(f"{self.unreadable:,} left out ({why})")
        return ", ".join(parts) + "."


@dataclass
class RefreshReport:
    outcomes: list[BoardOutcome] = field(default_factory=list)

    @property
    def added(self) -> int:
        return sum(len(o.added) for o in self.outcomes)

    @property
    def failed(self) -> list[BoardOutcome]:
        return [o for o in self.outcomes if o.error]

    def summary(self) -> str:
        added = self.added
        text = f"Checked {plural(len(self.outcomes), 'board')}: " + (
            f"{plural(added, 'new opening')} added as Saved." if added else "no new openings."
        )
        if self.failed:
            text += f" {plural(len(self.failed), 'board')} could not be read."
        return text


async def refresh_boards(
    db: Database,
    *,
    board_ids: list[int] | None = None,
    fetch: BoardFetcher | None = None,
    on_progress: ProgressCallback | None = None,
    concurrency: int = CONCURRENCY,
    timeout: float | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> RefreshReport:
    """Read every followed board (or those in ``board_ids``) and store the new openings.

    ``fetch`` replaces the network (tests); otherwise one careful client is shared
    by all boards, and each board must be read within ``timeout`` seconds in all.
    Each board is stored in its own transaction as soon as it is read; if a write
    fails, the other boards are still stored, then the first failure is raised.
    ``on_progress`` is called as each board is done.
    """
    boards = list_boards(db)
    if board_ids is not None:
        boards = [b for b in boards if b.id in set(board_ids)]
    if not boards:
        return RefreshReport()
    if fetch is not None:
        return await _refresh_all(db, boards, fetch, on_progress, concurrency)
    from bounceback_tui.importers.fetch import fetch_board
    from bounceback_tui.importers.http import DEFAULT_TIMEOUT, SafeClient

    async with SafeClient(timeout=timeout or DEFAULT_TIMEOUT, transport=transport) as client:

        async def fetch_with_client(ref: BoardRef) -> list[Posting]:
            return await fetch_board(ref, client=client)

        return await _refresh_all(db, boards, fetch_with_client, on_progress, concurrency)


async def _refresh_all(
    db: Database,
    boards: list[BoardView],
    fetch: BoardFetcher,
    on_progress: ProgressCallback | None,
    concurrency: int,
) -> RefreshReport:
    gate = asyncio.Semaphore(max(1, concurrency))
    writing = asyncio.Lock()  # one board's transaction at a time
    outcomes: dict[int, BoardOutcome] = {}
    failures: list[BaseException] = []
    postings = PostingsRead()  # every stored link read once for all the boards
    done = 0

    async def one(board: BoardView) -> None:
        nonlocal done
        async with gate:
            result = await _fetch_one(board, fetch)
        async with writing:
            try:
                # The store is SQLite: a blocking call, kept off the event loop.
                outcome = await asyncio.to_thread(store_board, db, board, result, postings)
            except BouncebackError as exc:
                failures.append(exc)
                postings.forget()  # what the board added in memory was not stored
                outcome = None
        if outcome is not None:
            outcomes[board.id] = outcome
        done += 1
        if on_progress is not None:
            error = result if isinstance(result, str) else None
            on_progress(RefreshProgress(done, len(boards), board, error))

    await asyncio.gather(*(one(board) for board in boards))
    if failures:
        raise failures[0]
    return RefreshReport([outcomes[b.id] for b in boards if b.id in outcomes])


async def _fetch_one(board: BoardView, fetch: BoardFetcher) -> list[Posting] | str:
    """The board's openings, or the sentence saying why it could not be read."""
    try:
        return list(await fetch(board.ref))
    except BouncebackError as exc:
        return str(exc)
    except Exception as exc:  # one board's surprise must not stop the others
        return (
            f"{board.provider_label} sent something that could not be read ({type(exc).__name__})."
        )


def store_board(
    db: Database,
    board: BoardView,
    result: list[Posting] | str,
    postings: PostingsRead | None = None,
) -> BoardOutcome | None:
    """Store one board's new openings (or its failure) in one transaction; None if the
    board was unfollowed while the refresh was running. ``postings``: what the refresh has
    read of the stored applications so far (``PostingsRead``); else every row is read."""
    now = clock.now()
    # Reading a board counts as a day's action (the streak); a failure does not.
    with db.write(count_activity=not isinstance(result, str)) as session:
        row = session.get(FollowedBoard, board.id)
        if row is None:  # unfollowed while the refresh was running
            return None
        outcome = BoardOutcome(board_view(row))
        if isinstance(result, str):
            outcome.error = result
            row.last_error = result
            outcome.board = board_view(row)
            return outcome
        postings = postings or PostingsRead()
        known = postings.read(session)
        last_checked = row.last_checked_at
        first_check = last_checked is None
        since = None if last_checked is None else last_checked.date() - timedelta(days=1)
        outcome.openings = len(result)
        for posting in sorted(result, key=_newest_first):
            if not posting.title:
                outcome.unreadable += 1
                continue
            if known.match(row.company, posting.title, posting.url):
                outcome.known += 1
                continue
            if since and posting.date_posted and posting.date_posted < since:
                outcome.older += 1
                continue
            if first_check and len(outcome.added) >= FIRST_CHECK_LIMIT:
                outcome.over_limit += 1
                continue
            try:
                data = application_input(posting, company=row.company)
            except BouncebackError:
                outcome.unreadable += 1
                continue
            app, _ = insert_application(session, data)  # Saved: nothing ticked
            assert app.id is not None
            outcome.added.append(app.id)
            postings.added(app.id, row.company, posting.title, posting.url)
        row.last_checked_at = now
        row.last_error = ""
        outcome.board = board_view(row)
        return outcome


def _newest_first(posting: Posting) -> tuple[int, int]:
    # Undated openings first (they may be new), then by date, newest first.
    day = posting.date_posted or date.max
    return (0 if posting.date_posted is None else 1, -day.toordinal())


def refresh_boards_sync(db: Database, **options: Any) -> RefreshReport:
    """``refresh_boards`` for synchronous callers (the command line)."""
    return asyncio.run(refresh_boards(db, **options))
