"""An application's stage history in a CSV file: its timeline, the moves it made, in one
column a spreadsheet can show and a person can edit ("Applied 2026-11-02; Screening
2026-11-09"). The export writes each move as its stage and day, in the order they were
made; the import reads them back as the application's timeline, so "In stage N days", the
days to a first reply, the rates by stage reached and What's working's flow come out as
they were. A file without the column imports as before (``csv_write._timeline``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from bounceback_tui.domain.stages import PROGRESSION, Stage
from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.domain.wording import plural
from bounceback_tui.stored_dates import stored_day
from bounceback_tui.transfer import csv_rejections
from bounceback_tui.transfer.csv_values import DateOrder, read_sheet_date

FIELD = "stage_history"
HEADER = "Stage history"
_BETWEEN = "; "  # between two moves, as written
EXAMPLE = "Applied 2026-11-02; Screening 2026-11-09"
# Each move's stage and day as stored, in the order they were made (the store's own order: a
# no recorded later for an earlier day still comes after the move before it): a JSON list of
# [stage, day] pairs, never one text joined in SQL, where a day another program wrote over
# ("soon; Offer 2026-01-01") was written as it was, and read back as a move of its own. A
# value SQLite holds as bytes is shown as x'..' (JSON holds no bytes): no day either.
_AS_STORED = "CASE typeof({0}) WHEN 'blob' THEN 'x''' || hex({0}) || '''' ELSE {0} END"
SQL = (
    "(SELECT json_group_array(json_array("
    + _AS_STORED.format("s.to_stage")
    + ", "
    + _AS_STORED.format("s.changed_on")
    + ")) FROM (SELECT s.to_stage, s.changed_on FROM stage_change s "
    "WHERE s.application_id = application.id ORDER BY s.id) AS s)"
)


@dataclass(frozen=True)
class Move:
    stage: Stage
    day: date


def stored_moves(value: Any) -> tuple[list[tuple[str, date]], list[tuple[str, object]]]:
    """The moves ``SQL`` read: those whose day the app reads (their stage as stored, and the
    day read: stored_dates.py), and those whose day it cannot (their stage, the day as
    stored)."""
    read: list[tuple[str, date]] = []
    unread: list[tuple[str, object]] = []
    for stage, day in json.loads(value) if isinstance(value, str) else ():
        found = stored_day(day)
        if found is None:
            unread.append((str(stage), day))
        else:
            read.append((str(stage), found))
    return read, unread


def _label(stage: str) -> str:
    return Stage(stage).label if stage in set(Stage) else stage  # a newer version's stage


def unread_column(stage: str) -> str:
    """How a move whose day could not be read is named: "Stage history, the move to
    Screening"."""
    return f"{HEADER}, the move to {_label(stage)}"


def written(moves: list[tuple[str, date]]) -> str:
    """The export's cell: each move's stage as its label, then its day."""
    return _BETWEEN.join(f"{_label(stage)} {day.isoformat()}" for stage, day in moves)


def read_moves(
    text: str, today: date, order: DateOrder, read_stage: Callable[[str], Stage | None]
) -> tuple[tuple[Move, ...], str]:
    """The moves a cell lists, or a problem to report. Each move is a stage and its day
    ("Screening 2026-11-09", "Screening 9 Nov 2026"), moves parted by ";"."""
    moves: list[Move] = []
    for part in text.split(";"):
        said = " ".join(part.split())
        if not said:
            continue
        move = _move(said, today, order, read_stage)
        if move is None:
            shown = cut_near_word(said, 40)
            return (), (
                f"{HEADER}: {shown!r} is not a stage and its day; write each move as "
                f"its stage and the day it moved, ';' between them: {EXAMPLE!r}"
            )
        if move.day > today:
            return (), f"{HEADER}: {move.stage.label} {move.day.isoformat()} is in the future"
        moves.append(move)
    return tuple(moves), ""


def _move(
    said: str, today: date, order: DateOrder, read_stage: Callable[[str], Stage | None]
) -> Move | None:
    """A stage and its day, the stage's words first: the fewest words that name a stage and
    leave a day ("Phone screen 9 Nov 2026")."""
    words = said.split()
    for cut in range(1, len(words)):
        stage = read_stage(" ".join(words[:cut]).rstrip(":"))
        if stage is None:
            continue
        try:
            return Move(stage, read_sheet_date(" ".join(words[cut:]), today, order, past=True))
        except ValueError:
            continue
    return None


def stage_history(
    raw: dict[str, str],
    stage: Stage,
    today: date,
    order: DateOrder,
    read_stage: Callable[[str], Stage | None],
) -> tuple[tuple[Move, ...], str]:
    """A row's moves (none when its cell is empty or it has no such column), or a problem.
    A Rejected row whose history ends with its no and names no Got as far as got as far as
    the stage before it: ``raw`` takes that stage."""
    moves, problem = read_moves(raw.get(FIELD, ""), today, order, read_stage)
    if problem or not moves:
        return (), problem
    before = moves[-2].stage if len(moves) > 1 else None
    if stage is Stage.REJECTED and moves[-1].stage is Stage.REJECTED and before in PROGRESSION:
        raw.setdefault(csv_rejections.REACHED, "")
        raw[csv_rejections.REACHED] = raw[csv_rejections.REACHED] or before.label
    return moves, ""


def day_of_no(moves: tuple[Move, ...], stage: Stage) -> date | None:
    """A Rejected row's no is on the day of its last move, when that is its no and no
    Rejected on says so."""
    ends_in_no = bool(moves) and moves[-1].stage is Stage.REJECTED
    return moves[-1].day if ends_in_no and stage is Stage.REJECTED else None


def apart_note(lines: list[int], limit: int | None) -> list[str]:
    """What the plan says of rows whose history ends at another stage than their Stage (a
    Stage changed in the spreadsheet, a move not added): kept as they are, nothing guessed."""
    if not lines:
        return []
    numbers = ", ".join(str(line) for line in lines[:limit])
    more = ", ..." if len(lines) > len(lines[:limit]) else ""
    one = len(lines) == 1
    return [
        f"{plural(len(lines), 'row')} {'has a' if one else 'have a'} {HEADER} that ends at "
        f"another stage than {'its' if one else 'their'} Stage (line{'' if one else 's'} "
        f"{numbers}{more}): the moves are kept as written and the Stage is where "
        f"{'it stands' if one else 'they stand'}. To count the days in that Stage, add the "
        "move into it, with its day, at the end of the history."
    ]


def timeline(moves: tuple[Move, ...]) -> list[dict[str, Any]]:
    """The moves as timeline entries, each from the stage the one before moved to."""
    entries: list[dict[str, Any]] = []
    before: str | None = None
    for move in moves:
        entries.append({"from_stage": before, "to_stage": move.stage.value, "changed_on": move.day})
        before = move.stage.value
    return entries
