"""Followed job boards: follow, unfollow and list them, and offer to follow the board a
posting's link belongs to. Reading them for new openings is board_refresh.py's part."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from bounceback_tui.domain.fuzzy_text import fold
from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.domain.text import clean_text, clip_name
from bounceback_tui.domain.wording import changed_elsewhere
from bounceback_tui.errors import BouncebackError, FieldError, NotFoundError, ValidationError
from bounceback_tui.importers.posting import prettify_token
from bounceback_tui.importers.providers import (
    PROVIDER_LABELS,
    BoardRef,
    board_from_url,
    parse_board_spec,
)
from bounceback_tui.services.bring_back import BroughtBack, restore_in, said_as
from bounceback_tui.store.cas import checked
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import FollowedBoard
from bounceback_tui.store.table_reads import readable_row
from bounceback_tui.store.undo import DeletedRows, delete_with_undo


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


def board_view(row: FollowedBoard) -> BoardView:
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
    """Every followed board, by company name as a person reads it, case and accents aside
    ("Émile" between "acme" and "Zeta"; SQLite's ``lower`` folds ASCII only, so every
    accented name came after "Zeta"), two boards of one name in the order followed."""
    with db.read() as session:
        rows = session.exec(select(FollowedBoard).order_by(col(FollowedBoard.id)))
        boards = [board_view(row) for row in rows]
    return sorted(boards, key=lambda board: fold(board.company))  # sorted() keeps the id order


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
        return board_view(row) if row else None


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
                      required=True, multiline=many_lines("followed_board", "company"))  # fmt: skip
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
        return board_view(row)


def parse_board(text: str) -> BoardRef:
    """A board from a link or ``provider:token``, or an error saying what is accepted."""
    if "://" in text and "@" in text.split("://", 1)[1].split("/", 1)[0]:
        from bounceback_tui.domain.links import NAME_OR_PASSWORD

        raise BouncebackError(NAME_OR_PASSWORD)  # as fetch-posting says it
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
            get=readable_row,  # a day written over elsewhere: read as none
            gone="That board is no longer followed; another window may have unfollowed it.",
            changed=lambda now: changed_elsewhere("{name}'s board", name=now.company),
        )
        view = board_view(row)
        deleted = delete_with_undo(session, "followed_board", board_id)
    return Unfollowed(view, deleted)


def undo_unfollow(db: Database, unfollowed: Unfollowed) -> BroughtBack:
    what = f"The board of {clip_name(unfollowed.board.company)}"
    with said_as(what), db.write() as session:
        if _find(session, unfollowed.board.ref) is not None:
            return BroughtBack(what)  # followed again in the meantime
        return restore_in(session, unfollowed.deleted, what)


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
