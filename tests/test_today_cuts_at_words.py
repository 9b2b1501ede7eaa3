"""Every line Today draws with the demo data, at 60x20, 80x24, 100x30 and 120x40, that is
cut with an ellipsis is cut at a word's end of what it cuts: the demo at 80x24 read "☐
Riv…: 5 steps open" (a company cut inside its first word), "↑ System design intervie…" and
"↑ Talking through trade-…" (skills cut inside a word, at a hyphen), and the interview
strip "prepare: Re-read the postin…" at 120x40. Today is Monday 16 March 2026
(tests/conftest.py)."""

from __future__ import annotations

import re
import sqlite3
from datetime import date, datetime

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.text import screen_line
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.conftest import FIXED_NOW, FIXED_ZONE
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SIZES = [(60, 20), (80, 24), (100, 30), (120, 40)]
# A box's edges and a bar's blocks are not words.
_FRAME = re.compile(r"[│╭╮╰╯─━█▌▐]")
# The app's own label before what it labels: never cut from it ("prepare…" at 100x30).
_LABELS = ("prepare",)
# What may follow a word's end in the words it was cut from.
_WORD_END = re.compile(r"$|[\s,.;:!?)\]'\"]")


def _texts(paths: DataPaths) -> list[str]:
    """Every text the demo stored: what Today's lines are cut from."""
    texts: list[str] = []
    with sqlite3.connect(paths.database) as conn:
        tables = [
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                texts += [screen_line(value) for value in row if isinstance(value, str)]
    conn.close()
    return texts


def _cut_inside_a_word(before: str, texts: list[str]) -> bool:
    """Whether ``before`` (the words before an ellipsis) ends inside a word of what it was
    cut from: the longest run of its last words found in a stored text, followed there by
    more of the word (a letter, or a hyphen's other half) wherever it is found."""
    words = before.split()
    if words and words[-1].rstrip(":") in _LABELS:
        return True
    for start in range(max(0, len(words) - 4), len(words)):
        tail = " ".join(words[start:]).lstrip("([")
        if not tail:
            continue
        ends = [
            _WORD_END.match(text, at + len(tail)) is not None
            for text in texts
            for at in (m.start() for m in re.finditer(re.escape(tail), text))
        ]
        if ends:
            return not any(ends)
    return False  # the app's own words, not cut from a stored text


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_no_line_of_today_is_cut_inside_a_word(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    texts = _texts(opened_paths)
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    cut = [
        line.strip()
        for line in lines
        for before in _FRAME.sub(" ", line).split("…")[:-1]
        if _cut_inside_a_word(before, texts)
    ]
    assert not cut, "\n".join(lines)


# The welcome back after three weeks away: its second line, the app's own ("Time away is no
# mark against you: … Coming back counts."), read "Coming b…", "Coming bac…" and "Coming back
# …" at 66 to 76 columns, cut a letter at a time under a line cut at a word's end.
_RETURN = "Time away is no mark against you: long searches pause. Coming back counts."


# 27 rows: the line has one row (the ask about last week's interview keeps one of its own).
@pytest.mark.parametrize("width", range(66, 77))
async def test_the_welcome_backs_second_line_is_cut_at_a_words_end(
    opened_paths: DataPaths, width: int
) -> None:
    store_once(opened_paths, fill_demo, 60)
    with sqlite3.connect(opened_paths.database) as conn:  # nothing done for 21 days
        conn.execute("DELETE FROM activity_day WHERE day > '2026-02-23'")
    conn.close()
    async with app_on(opened_paths, size=(width, 27)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    (line,) = [_FRAME.sub(" ", line).strip() for line in lines if "Time away is" in line]
    if line != _RETURN:
        before, _, after = line.partition("…")
        assert not after, "\n".join(lines)
        assert _RETURN.startswith(before), "\n".join(lines)
        assert before == before.rstrip(" ,;:."), "\n".join(lines)
        assert _RETURN[len(before)] == " ", "\n".join(lines)


# On days later in the year, the demo filled on each: a plan's line whose company alone fits
# beside its step read "☐ Riverstone…: Whic… (+4)  25d late" at 78 to 82 columns, its step's
# first word cut (as the 80x24 walk above read on the tests' day).
DAYS = [date(2026, 12, day) for day in (10, 12, 14, 20)]


@pytest.mark.parametrize("day", DAYS, ids=[day.isoformat() for day in DAYS])
@pytest.mark.parametrize("width", range(78, 83))
@pytest.mark.parametrize("height", [24, 30])
async def test_later_in_the_year_no_due_line_is_cut_inside_a_word(
    opened_paths: DataPaths, day: date, width: int, height: int
) -> None:
    clock.freeze(datetime.combine(day, FIXED_NOW.time()), tz=FIXED_ZONE)
    store_once(opened_paths, fill_demo, 60)
    texts = _texts(opened_paths)
    async with app_on(opened_paths, size=(width, height)) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    cut = [
        line.strip()
        for line in lines
        for before in _FRAME.sub(" ", line).split("…")[:-1]
        if _cut_inside_a_word(before, texts)
    ]
    assert not cut, "\n".join(lines)
