"""`today` and `today --json` name every interview whose start cannot be read, a number
written over it as well as garbage text.

A tester's walk: `sqlite3 store "update interview set starts_at=42 where id=2"` and
`"... starts_at='[b]garbage[/]' where id=3"`: Today named only the garbage one. SQLite reads
42 as a day (a Julian day number), so the interview was neither listed nor said; the
Pipeline's detail and the JSON export both named it.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


def _two_overwritten(paths: DataPaths) -> list[tuple[str, str]]:
    """The demo store with the first interview's start 42, the second's garbage text: their
    (company, role)."""
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 40, force=True)
    with sqlite3.connect(paths.database) as conn:
        first, second = (r[0] for r in conn.execute("SELECT id FROM interview ORDER BY id LIMIT 2"))
        conn.execute("UPDATE interview SET starts_at = 42 WHERE id = ?", (first,))
        conn.execute("UPDATE interview SET starts_at = '[b]garbage[/]' WHERE id = ?", (second,))
        named = [
            conn.execute(
                "SELECT a.company, a.role FROM interview v JOIN application a "
                "ON a.id = v.application_id WHERE v.id = ?",
                (one,),
            ).fetchone()
            for one in (first, second)
        ]
    conn.close()
    return named


def test_today_names_a_number_and_garbage_text_alike(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    (company_42, role_42), (company_text, role_text) = _two_overwritten(opened_paths)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    said = capsys.readouterr().out
    assert f"{company_42} ({role_42}) has a time that could not be read ('42')" in said, said
    assert f"({role_text}) has a time that could not be read ('[b]garbage[/]')" in said, said

    assert main(["today", "--json", "--data-dir", str(opened_paths.data_dir)]) == 0
    listed = json.loads(capsys.readouterr().out)["interviews_unreadable"]
    assert {"company": company_42, "role": role_42, "starts_at": "42"} in listed, listed
    assert {"company": company_text, "role": role_text, "starts_at": "[b]garbage[/]"} in listed
