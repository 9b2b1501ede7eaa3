"""Followed job boards: follow, unfollow, list, and refresh them all at once.

A refresh fetches every followed board concurrently (a few at a time), each within
its deadline, and stores each board's new openings in a transaction of its own as
soon as that board is read: one slow or failing board never costs the others what
they brought. Each opening not already known becomes a Saved application at the
followed company. "Already known" means the same link,
or the same company with a near-identical title (rapidfuzz, ``importers.dedupe``).
One board's failure is recorded on that board (``last_error``) and reported; the
other boards are still read and stored.

Two rules keep a followed board from flooding the Pipeline:

- the first check of a board adds at most ``FIRST_CHECK_LIMIT`` openings, the
  newest first (a big company can have hundreds);
- later checks add only openings posted since the day before the last successful
  check (or with no date), so a lead the person deleted does not come back.

httpx is imported only when a refresh runs.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.text import clean_text
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError, FieldError, NotFoundError, ValidationError
from bounceback_tui.importers.posting import Posting, prettify_token
from bounceback_tui.importers.providers import (
    PROVIDER_LABELS,
    BoardRef,
    board_from_url,
    parse_board_spec,
)
from bounceback_tui.services.applications import insert_application
from bounceback_tui.services.posting_import import application_input, known_postings
from bounceback_tui.store.cas import checked
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import FollowedBoard
from bounceback_tui.store.undo import DeletedRows, delete_with_undo, restore

if TYPE_CHECKING:
    import httpx

FIRST_CHECK_LIMIT = 25
CONCURRENCY = 4

BoardFetcher = Callable[[BoardRef], Awaitable[list[Posting]]]
ProgressCallback = Callable[["RefreshProgress"], object]


@dataclass(frozen=True)
class BoardView:
    """A followed board as the UI and the command line show it."""

    id: int
    company: str
    provider: str
    token: str
    created_at: datetime
    last_checked_at: datetime | None
    last_error: str
    version: int = 1  # what an unfollow from a screen showing it names

    @property
    def ref(self) -> BoardRef:
        return BoardRef(self.provider, self.token)  # type: ignore[arg-type]  # stored from a parsed BoardRef

    @property
    def provider_label(self) -> str:
        return PROVIDER_LABELS.get(self.provider, self.provider)

    @property
    def spec(self) -> str:
        return self.ref.spec

    @property
    def public_url(self) -> str:
        return self.ref.public_url


def _view(row: FollowedBoard) -> BoardView:
    assert row.id is not None
    return BoardView(
        id=row.id,
        company=row.company,
        provider=row.provider,
        token=row.token,
        created_at=row.created_at,
        last_checked_at=row.last_checked_at,
        last_error=row.last_error,
        version=row.version,
    )


# --- following ---------------------------------------------------------------------------


def list_boards(db: Database) -> list[BoardView]:
    """Every followed board, by company name."""
    with db.read() as session:
        rows = session.exec(
            select(FollowedBoard).order_by(func.lower(FollowedBoard.company), col(FollowedBoard.id))
        )
        return [_view(row) for row in rows]


def _find(session: Session, ref: BoardRef) -> FollowedBoard | None:
    return session.exec(
        select(FollowedBoard).where(
            FollowedBoard.provider == ref.provider,
            func.lower(FollowedBoard.token) == ref.token.lower(),
        )
    ).first()


def find_board(db: Database, ref: BoardRef) -> BoardView | None:
    with db.read() as session:
        row = _find(session, ref)
        return _view(row) if row else None


def is_following(db: Database, ref: BoardRef) -> bool:
    return find_board(db, ref) is not None


def board_to_offer(db: Database, link: str | None) -> BoardRef | None:
    """The board behind an application's link, if it is one the person does not follow yet.

    For "follow this company?" when marking a rejection.
    """
    ref = board_from_url(link)
    if ref is None or is_following(db, ref):
        return None
    return ref


def _normal_ref(ref: BoardRef) -> BoardRef:
    # Greenhouse and Lever board names are lower-case; Ashby's keep the company's spelling.
    if ref.provider in ("greenhouse", "lever"):
        return BoardRef(ref.provider, ref.token.lower())
    return ref


def follow_board(db: Database, ref: BoardRef, company: str | None = None) -> BoardView:
    """Start following a board. ``company`` defaults to the board's name, tidied."""
    ref = _normal_ref(ref)
    errors: list[FieldError] = []
    name = clean_text(company or prettify_token(ref.token), "company", "Company", errors,
                      required=True)  # fmt: skip
    if errors:
        raise ValidationError(errors)
    with db.write() as session:
        existing = _find(session, ref)
        if existing is not None:
            raise BouncebackError(
                f"You already follow {existing.company}'s {PROVIDER_LABELS[ref.provider]} board."
            )
        row = FollowedBoard(company=name, provider=ref.provider, token=ref.token)
        session.add(row)
        session.flush()
        return _view(row)


def parse_board(text: str) -> BoardRef:
    """A board from a link or ``provider:token``, or an error saying what is accepted."""
    ref = parse_board_spec(text)
    if ref is None:
        raise BouncebackError(
            "That is not a Greenhouse, Lever or Ashby job board; use its link (like "
            "https://jobs.lever.co/acme) or provider:name (like lever:acme)."
        )
    return ref


def follow_board_spec(db: Database, text: str, company: str | None = None) -> BoardView:
    """Follow the board given as a link or ``provider:token``."""
    return follow_board(db, parse_board(text), company)


@dataclass(frozen=True)
class Unfollowed:
    """What ``undo_unfollow`` needs to put a board back."""

    board: BoardView
    deleted: DeletedRows


def unfollow_board(
    db: Database, board_id: int, *, expected_version: int | None = None
) -> Unfollowed:
    """Stop following a board (its Saved applications stay). Undo with ``undo_unfollow``.

    With ``expected_version``, only if the board is still as the screen showed it (a
    refresh or an unfollow and undo in another window moves it on): else ConflictError."""
    with db.write() as session:
        row = checked(
            session,
            FollowedBoard,
            board_id,
            expected_version,
            gone="That board is no longer followed; another window may have unfollowed it.",
            changed=lambda now: f"{now.company}'s board was changed in another window.",
        )
        view = _view(row)
        deleted = delete_with_undo(session, "followed_board", board_id)
    return Unfollowed(view, deleted)


def undo_unfollow(db: Database, unfollowed: Unfollowed) -> None:
    with db.write() as session:
        if _find(session, unfollowed.board.ref) is not None:
            return  # followed again in the meantime
        restore(session, unfollowed.deleted)


def board_by_spec_or_id(db: Database, text: str) -> BoardView:
    """A followed board named by its id, its link or ``provider:token`` (the command line)."""
    text = text.strip()
    if text.isascii() and text.isdecimal() and len(text) <= 18:  # int() refuses "²"
        for board in list_boards(db):
            if board.id == int(text):
                return board
        raise NotFoundError(f"No followed board has the id {text}.")
    ref = parse_board(text)
    found = find_board(db, ref)
    if found is None:
        raise NotFoundError(f"You do not follow {ref.spec}.")
    return found


# --- refreshing ----------------------------------------------------------------------------


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
        parts = [f"{added} new" if added else "nothing new"]
        if self.known:
            parts.append(f"{self.known} already in your Pipeline")
        if self.over_limit:
            parts.append(f"{self.over_limit} more left out (the {FIRST_CHECK_LIMIT} newest added)")
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
    done = 0

    async def one(board: BoardView) -> None:
        nonlocal done
        async with gate:
            result = await _fetch_one(board, fetch)
        async with writing:
            try:
                # The store is SQLite: a blocking call, kept off the event loop.
                outcome = await asyncio.to_thread(store_board, db, board, result)
            except BouncebackError as exc:
                failures.append(exc)
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


def store_board(db: Database, board: BoardView, result: list[Posting] | str) -> BoardOutcome | None:
    """Store one board's new openings (or its failure) in one transaction; None if the
    board was unfollowed while the refresh was running."""
    now = clock.now()
    # Reading a board counts as a day's action (the streak); a failure does not.
    with db.write(count_activity=not isinstance(result, str)) as session:
        row = session.get(FollowedBoard, board.id)
        if row is None:  # unfollowed while the refresh was running
            return None
        outcome = BoardOutcome(_view(row))
        if isinstance(result, str):
            outcome.error = result
            row.last_error = result
            outcome.board = _view(row)
            return outcome
        known = known_postings(session)
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
            app = insert_application(session, data)
            assert app.id is not None
            outcome.added.append(app.id)
            known.add(row.company, posting.title, posting.url)
        row.last_checked_at = now
        row.last_error = ""
        outcome.board = _view(row)
        return outcome


def _newest_first(posting: Posting) -> tuple[int, int]:
    # Undated openings first (they may be new), then by date, newest first.
    day = posting.date_posted or date.max
    return (0 if posting.date_posted is None else 1, -day.toordinal())


def refresh_boards_sync(db: Database, **options: Any) -> RefreshReport:
    """``refresh_boards`` for synchronous callers (the command line)."""
    return asyncio.run(refresh_boards(db, **options))
