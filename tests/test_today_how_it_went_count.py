"""Today's "How did it go? … (and N more)" counts every interview waiting to be noted.

The awaiting list is read five at a time: with 71 interviews held and not noted (the demo at
10,000), the strip said "(and 4 more)", and `today` listed five with no word of the others.

Today is Monday 16 March 2026 (tests/conftest.py); Initech's technical interview was on
Friday 13 March (tests/test_people_pane.py's ``seeded``), and eight more are added before it.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today_people import load_people_today
from bounceback_tui.ui.today.people_lines import people_text
from tests.test_people_pane import seeded  # noqa: F401  (Initech's technical interview, 13 Mar)

MORE = 8  # held on 3 to 10 March, none noted


def _more_held(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(interview)")]
        kept = [c for c in columns if c not in ("id", "starts_at")]
        for day in range(3, 3 + MORE):
            conn.execute(
                f"INSERT INTO interview ({', '.join(kept)}, starts_at) "
                f"SELECT {', '.join(kept)}, ? FROM interview WHERE id = "
                "(SELECT min(id) FROM interview WHERE kind = 'technical')",
                (f"2026-03-{day:02d} 14:00:00",),
            )
    conn.close()


def test_the_strip_counts_every_interview_waiting(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, _ids = seeded
    _more_held(paths)
    words, _key, _after = people_text(load_people_today(paths.database)).lines[0]
    assert words.plain.startswith("How did it go? Technical at Initech"), words.plain
    assert words.plain.endswith(f"(and {MORE} more)"), words.plain


def test_today_says_how_many_more_it_does_not_list(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    capsys: pytest.CaptureFixture[str],
) -> None:
    paths, _ids = seeded
    _more_held(paths)
    assert main(["today", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    held = out.split("How did it go? (to note on the app's Today)\n")[1].split("\n\n")[0]
    listed = [line for line in held.splitlines() if line.startswith("  - ")]
    assert listed[0] == "  - Technical at Initech (Analyst), Fri 13 Mar 14:00", held
    assert held.splitlines()[-1] == f"  and {MORE + 1 - len(listed)} more", held
