"""Today's "(and N more like it)" beside an interview whose time could not be read counts
every such interview, not the ten read.

With twelve interviews whose time another program wrote over, Today said the first and
"(and 9 more like it)": the count was taken from the ten it read, not from the store.

Acme's onsite comes from tests/test_people_pane.py's ``seeded``; twelve copies of it are
added with a time no one can read.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today_people import load_people_today
from bounceback_tui.ui.today.people_lines import people_text
from tests.test_people_pane import seeded  # noqa: F401  (Acme's onsite, 18 Mar)

OVERWRITTEN = 12


def _overwritten(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        columns = [row[1] for row in conn.execute("PRAGMA table_info(interview)")]
        kept = [c for c in columns if c not in ("id", "uid", "starts_at")]
        for number in range(OVERWRITTEN):
            conn.execute(
                f"INSERT INTO interview ({', '.join(kept)}, uid, starts_at) "
                f"SELECT {', '.join(kept)}, ?, ? FROM interview WHERE id = "
                "(SELECT min(id) FROM interview WHERE kind = 'onsite')",
                (f"overwritten-{number}", f"[b]garbage {number}[/]"),
            )
    conn.close()


def test_the_strip_counts_every_interview_whose_time_cannot_be_read(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, _ids = seeded
    _overwritten(paths)
    said = [
        words.plain for words, _key, _after in people_text(load_people_today(paths.database)).lines
    ]
    overwritten = [line for line in said if "could not be read" in line]
    assert len(overwritten) == 1, said
    assert overwritten[0].endswith(f"(and {OVERWRITTEN - 1} more like it)"), said
