"""Today's "and N more in the next 7 days" counts every interview ahead, not the ten read.

A stranger's walk: with fourteen interviews in the coming week, Today said "and 8 more in the
next 7 days" (ten read, two shown), 80x24 "+9 more", and `today` listed ten with no word of
the other four; `N` listed all fourteen. On the 10,000 demo it said "and 8 more" of 1,326.

Today is Monday 16 March 2026 (tests/conftest.py); Acme's onsite is on Wednesday 18 March
(tests/test_people_pane.py's ``seeded``), and twelve more are added between 17 and 22 March:
thirteen ahead.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today_people import load_people_today
from bounceback_tui.ui.today.people_lines import people_text
from tests.test_people_pane import seeded  # noqa: F401  (Acme's onsite, 18 Mar)

ADDED = 12
AHEAD = ADDED + 1


def _more_ahead(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(interview)")]
        kept = [c for c in columns if c not in ("id", "starts_at")]
        for number in range(ADDED):
            day, hour = 17 + number % 6, 9 + number // 6
            conn.execute(
                f"INSERT INTO interview ({', '.join(kept)}, starts_at) "
                f"SELECT {', '.join(kept)}, ? FROM interview WHERE id = "
                "(SELECT min(id) FROM interview WHERE kind = 'onsite')",
                (f"2026-03-{day:02d} {hour:02d}:00:00",),
            )
    conn.close()


def test_the_strip_counts_every_interview_ahead(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, _ids = seeded
    _more_ahead(paths)
    said = [
        words.plain for words, _key, _after in people_text(load_people_today(paths.database)).lines
    ]
    assert f"and {AHEAD - 2} more in the next 7 days" in said, said


def test_today_says_how_many_more_are_ahead(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths, _ids = seeded
    _more_ahead(paths)
    assert main(["today", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    ahead = out.split("Interviews in the next 7 days\n")[1].split("\n\n")[0]
    listed = [line for line in ahead.splitlines() if line.startswith("  - ")]
    assert 0 < len(listed) < AHEAD, ahead
    assert ahead.splitlines()[-1] == f"  and {AHEAD - len(listed)} more", ahead
