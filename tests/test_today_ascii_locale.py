"""Plain `bounceback-tui today` under an ASCII-only locale (LC_ALL=C, LANG=C).

Python reads the C locale as UTF-8 (its UTF-8 mode, and LANG=C coerced to C.UTF-8), but with
those off (PYTHONUTF8=0, PYTHONCOERCECLOCALE=0, as some systems and embedders run it) or with
PYTHONIOENCODING=ascii, standard output is ASCII:
a company named "Åsa Design — Zoë" ended `today` with "Something went wrong
(UnicodeEncodeError …)", exit 70. A stream that cannot show a character now gets it as
near as it can ("Asa Design -- Zoe", "?" for what has no near letter), never raw bytes of
another encoding; where the stream is UTF-8 the names go out exactly as stored.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths

SRC = Path(__file__).resolve().parents[1] / "src"
COMPANY = "Åsa Design — Zoë"
ROLE = "Ingénieur 東京"


def _store(paths: DataPaths) -> None:
    # The command runs on the real clock, not the tests' frozen one: a follow-up 3 days back.
    late = (date.today() - timedelta(days=3)).isoformat()
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
            "created_at, updated_at) VALUES (?, ?, 'screening', ?, ?, "
            "'2026-01-02 09:00:00', '2026-01-02 09:00:00')",
            (COMPANY, ROLE, late, late),
        )
    conn.close()


def _today(paths: DataPaths, **env: str) -> subprocess.CompletedProcess[bytes]:
    kept = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "PYTHONIO"))}
    return subprocess.run(
        [sys.executable, "-m", "bounceback_tui", "--data-dir", str(paths.data_dir), "today"],
        capture_output=True,
        env={**kept, "PYTHONPATH": str(SRC), **env},
        timeout=120,
    )


@pytest.mark.parametrize(
    "env",
    [
        {"LC_ALL": "C", "PYTHONUTF8": "0"},
        {"LANG": "C", "PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0"},
        {"LC_ALL": "C", "PYTHONIOENCODING": "ascii"},
    ],
    ids=["LC_ALL=C", "LANG=C", "PYTHONIOENCODING=ascii"],
)
def test_an_ascii_stream_gets_the_names_as_near_as_it_can(
    opened_paths: DataPaths, env: dict[str, str]
) -> None:
    _store(opened_paths)
    done = _today(opened_paths, **env)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert b"Something went wrong" not in done.stderr
    out = done.stdout.decode("ascii")  # nothing but ASCII: no bytes of another encoding
    assert "Follow up with Asa Design -- Zoe (Ingenieur ??)" in out, out


@pytest.mark.parametrize("env", [{"LC_ALL": "C"}, {"LANG": "C"}], ids=["LC_ALL=C", "LANG=C"])
def test_pythons_utf8_reading_of_c_keeps_the_names_exact(
    opened_paths: DataPaths, env: dict[str, str]
) -> None:
    _store(opened_paths)
    done = _today(opened_paths, **env)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert f"Follow up with {COMPANY} ({ROLE})" in done.stdout.decode("utf-8")
