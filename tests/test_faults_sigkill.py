"""Killed with SIGKILL in the middle of a burst of writes: every committed write is there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.sqlite_file import open_store
from tests.transfer_fixtures import count, integrity

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from bounceback_tui.domain.applications import ApplicationInput
    from bounceback_tui.services.applications import add_application
    from bounceback_tui.store.database import Database

    db = Database(Path(sys.argv[1]))
    number = 0
    while True:
        number += 1
        saved = add_application(
            db, ApplicationInput(company=f"Burst {number}", role="Writer", notes="x" * 700)
        )
        # Printed only once the transaction has committed.
        print(saved.id, number, flush=True)
    """
)

BULK_WRITER = textwrap.dedent(
    """
    import sys
    from dataclasses import replace
    from datetime import date
    from pathlib import Path

    from bounceback_tui.transfer.csv_import import plan_csv_import
    from bounceback_tui.transfer.csv_write import write_csv_plan
    from bounceback_tui.store.database import Database

    csv_path, db_path = Path(sys.argv[1]), Path(sys.argv[2])
    db = Database(db_path)
    plan = plan_csv_import(csv_path, None, today=date(2026, 3, 16))
    print("READY", flush=True)
    rows = plan.rows
    for round in range(1, 1_000_000):
        # Each round's companies carry its number: the writing skips rows already stored.
        plan.rows = [replace(r, data=replace(r.data, company=f"{r.data.company} ({round})"))
                     for r in rows]
        write_csv_plan(db, plan)
        print("COMMITTED", flush=True)
    """
)


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=os.environ.copy(),
    )


@pytest.mark.slow
def test_kill_during_a_burst_of_single_writes(opened_paths: DataPaths) -> None:
    writer = _start(WRITER, str(opened_paths.database))
    assert writer.stdout is not None
    committed: list[tuple[int, int]] = []
    for line in writer.stdout:
        app_id, number = (int(x) for x in line.split())
        committed.append((app_id, number))
        if len(committed) >= 60:
            break
    os.kill(writer.pid, signal.SIGKILL)
    # The rest through the same reader: iterating it read ahead, and communicate() reads the
    # pipe underneath, so lines already in the reader's buffer were lost (under load, two
    # committed writes looked missing).
    rest = writer.stdout.read()
    writer.communicate(timeout=30)
    # Only whole lines: the kill can come half-way through printing one ("12" of "12 7").
    committed += [tuple(int(x) for x in line.split()) for line in rest.split("\n")[:-1] if line]
    assert writer.returncode == -signal.SIGKILL

    # As the next launch would: open (replaying the WAL), then check everything.
    open_store(opened_paths)
    assert integrity(opened_paths.database) == "ok"
    import sqlite3

    with sqlite3.connect(opened_paths.database) as conn:
        stored = dict(conn.execute("SELECT id, company FROM application").fetchall())
        timeline = {r[0] for r in conn.execute("SELECT application_id FROM stage_change")}
    for app_id, number in committed:
        assert stored[app_id] == f"Burst {number}"
        assert app_id in timeline
    # At most the one write in flight when the kill came may be missing from the printout.
    assert len(stored) - len(committed) in (0, 1)


@pytest.mark.slow
def test_kill_during_an_import_keeps_whole_transactions(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    source = tmp_path / "big.csv"
    source.write_text(
        "Company,Role,Notes\n"
        + "\n".join(f"Company {i},Role {i},{'n' * 300}" for i in range(300))
        + "\n"
    )
    writer = _start(BULK_WRITER, str(source), str(opened_paths.database))
    assert writer.stdout is not None
    seen = 0
    for line in writer.stdout:
        if line.strip() == "COMMITTED":
            seen += 1
            if seen >= 3:
                break
    os.kill(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=30)
    open_store(opened_paths)
    assert integrity(opened_paths.database) == "ok"
    rows = count(opened_paths.database, "application")
    # Only whole imports: never a part of one.
    assert rows % 300 == 0 and rows >= 900
    assert count(opened_paths.database, "stage_change") == rows
